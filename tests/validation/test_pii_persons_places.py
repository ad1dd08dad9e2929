"""PII that generalises (issue #10, round 6): persons and places in Cyrillic, one case per convention.

Marks as in ``test_pii_cues.py``: ``[[P|...]]`` a person, ``[[L|...]]`` a place, ``[[D|...]]`` a date,
``[[S|...]]`` a SNILS, ``[[Pa|...]]`` a passport, ``[[E|...]]`` an e-mail. Every marked span must be
found with its type, nothing unmarked may be flagged; the clinical look-alikes at the end stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

PERSONS = {
    # initials whose last stop is dropped, before or after the surname, any case of the surname
    "initials-no-last-stop-after": "Осмотрена совместно с [[P|Кравцовой Л.Н]] в 10 ч.",
    "initials-no-last-stop-before": "Подписал [[P|Д.С Громов]], дежурный.",
    "initials-no-last-stop-spaced": "Ответственный: [[P|Е. А Лисицына]]\n",
    # a patronymic-shaped surname beside initials
    "patronymic-shaped-surname": "Со слов сестры [[P|Ильич Т.О.]] аллергии нет.",
    # surname, comma, initials (the order of lists and signatures)
    "surname-comma-initials": "Согласовано: [[P|Зотов, Е.Н.]]\n",
    # a signature's copy: "(подпись)" before the surname
    "signature-mark": "Согласен(на): (подпись) [[P|Прохоров]]\n",
    # a double surname whose first half is an ordinary word
    "double-surname-ordinary-half": "Ознакомлена: (подпись) [[P|Белая-Кузнецова]]\n",
    # a signature decoded between slashes
    "slashes-word-after-title": "Главный врач ______ /[[P|Мельник]]/\n",
    "slashes-initials-no-stop": "Выписал: /[[P|А.В Сорокин]]/ ______\n",
    # form cells without colons, a numbered role, a team line
    "bare-cells": "Фамилия [[P|ЛУКИНА]] Имя [[P|ЗОЯ]] Отчество [[P|ИГОРЕВНА]]\n",
    "numbered-role": "Ассистент 1: [[P|Гусев]]; Хирург: [[P|Ким]]; Анестезиолог: [[P|Фомина]].",
    "team-role-words": "Бригада: фельдшер [[P|Мухина Л.Д.]], водитель [[P|Лыков]].",
    "act-signers": "Сдал(а): [[P|Бондаренко]]; Ответственный — [[P|Лыткин]]. Утверждаю: [[P|Гусь В.В.]]",
    "team-dashes": "Хирург — [[P|Лунин]], ассистент — [[P|Цой]], операционная м/с — [[P|Бабич]].",
    # an exported chat's sender, a mailbox's display name
    "chat-sender": "[[[D|03.02.24, 08:05]]] [[P|Орлова Нина]]: Принесите выписку.",
    "mailbox-name": "От: [[P|Тарас Полищук]] <[[E|t.polishchuk@mail.ru]]>\n",
    # a scan that glued the next label to a name in capitals
    "glued-label": "ФИО:[[P|ЗУЕВА ИННА СЕРГЕЕВНА]]Пол: ж",
    # a name written one letter to a box, or letter by letter
    "letter-boxes": "Фамилия |[[P|С|О|Р|О|К|И|Н|А]]| Имя |[[P|Д|А|Р|Ь|Я]]|\n",
    "letters-spaced": "ФИО: [[P|Л и с и ц ы н  П а в е л]]\n",
    # a full name written in lower case, the surname before or after the name and patronymic
    "lower-case-surname-first": "со слов соседки [[P|кравец нина ильинична]] упала дома",
    "lower-case-surname-last": "звонил внук [[P|артём сергеевич бойко]], просил перезвонить",
}

PERSONS_CLEAN = [
    # lower-case words holding a patronymic's letters, a patronymic alone
    "Главная жалоба основная, давление ровное, сумма равна 5; со слов ивановича",
    "Буквы: а б в г д; по слогам т о ш н о т а.",
    # a header row of name cells names no one
    "Фамилия Имя Отчество Дата рождения\nФАМИЛИЯ ИМЯ ОТЧЕСТВО",
    # eponyms joined by a hyphen, and a lone capitalised drug between slashes, are no persons
    "Синдром Иценко-Кушинга исключён; вирус Эпштейн-Барр не выявлен.",
    "Схема: 5 мг/Кг/сут, ВИЧ/СПИД отрицает, ОАК/ОАМ в норме.",
    "Хирург: Ок. Дальше по плану. Принял: Нурофен 400 мг.",
    "От: Регистратура Поликлиники <reg@clinic.ru>",
    # short words pymorphy3 reads only as a plural of a rare first name: abbreviations and typos
    "Ат к ТПО 12. Соп.: ХОБЛ. Пии осмотре без динамики.",
]


@pytest.mark.parametrize("source", list(PERSONS.values()), ids=list(PERSONS))
def test_persons_of_every_convention_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", PERSONS_CLEAN)
def test_person_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


PLACES = {
    # the register's (ГАР/ФИАС) order and bare abbreviations, with a cue or without one
    "register-after-cue": "Адрес регистрации: [[L|обл Тверская, р-н Кимрский, с Ильинское, д 4]]\n",
    "register-no-cue": "Со слов, приехала из [[L|обл Курская, р-н Рыльский, х Луговой]] на попутке.",
    "register-keyword-glued": "Место регистрации [[L|г Тверь ул Советская д 5 кв 7]]\n",
    # a place cue's whole field: words before the head noun, no colon, a form's gender ending, a scan's space
    "cue-adjectives": "Адрес временного места пребывания [[L|601010, обл Владимирская, г Киржач]]\n",
    "cue-death-place": "Место смерти: [[L|пгт Ровеньки, ул. Мира, 3]]\n",
    "cue-no-colon-caps": "МЕСТО ЖИТЕЛЬСТВА [[L|ТОРЖОК]]\nЖалобы на кашель.",
    "cue-gender-ending": "Пациент(ка), зарегистрированный(ая): [[L|р-н Тосненский, п Ульяновка]]. Поступил(а) в 10:00.",
    "cue-scan-space": "Адрес прож .: [[L|г. Ржев, ул. Ленина, 8]] ; тел. нет",
    "cue-birthplace-verb": "Родилась в [[L|СТАРАЯ РУССА НОВГОРОДСКОЙ ОБЛ.]]; росла в детдоме.",
    "cue-military-town": "Адрес: [[L|в/ч 12345, Каменка, д. 2]]\n",
    # a field ends where the next field's cue starts on the same line
    "field-ends-at-next-cue": "Адрес: [[L|г. Кашин, ул. Луговая, 7-12]] СНИЛС: [[S|112-233-445 95]]\n",
    "field-ends-at-birth-date-cue": "Адрес: [[L|г. Кашин, ул. Мира, 7-12]] Дата рождения: [[D|02.11.1958]]\n",
    # a district-level unit named before its word, a railway station
    "city-district-order": "Адрес: [[L|Тверская область, Конаковский муниципальный округ, пгт Редкино]]\n",
    "railway-station": "Снята с поезда на [[L|станции Бологое]] бригадой СМП.",
    # a date after a place ends the place's field; a street named by a year does not
    "field-ends-at-date": "Место рождения [[L|г. Кашин]] [[D|02.11.1958]], по национальности русская.",
    "street-named-by-year": "Адрес: [[L|г. Тверь, ул. 1905 года, д. 5, кв. 2]]\n",
    # a micro-district by its bare number
    "microdistrict-number": "Выезд по адресу [[L|Сафоново, 3 мкр, 14-88]]\n",
    # a spa card's resort
    "resort-cell": "Курорт: [[L|Кисловодск]]; заезд по путёвке.",
    # a town an institution is named after, in the genitive; one or two words
    "institution-town": "Переведён из ЦРБ [[L|Торжка]] на долечивание.",
    "institution-two-words": "Повестка из военкомата [[L|Великих Лук]] приложена.",
    # towns joined by "и", in the instrumental; a gazetteer city read through its place lemma
    "joined-places": "Ездил между [[L|Ярославлем]] и [[L|Угличем]] на машине.",
}

PLACES_CLEAN = [
    "Наблюдение у терапевта по месту жительства. Родился в срок, в 1985 году.",
    "Работает в г. Тула, с Ивановым. Принимает по 1 т. 2 р/д, через 5 д 3 раза.",
    "Во 2 квартале года контроль. Синдром Иценко-Кушинга исключён.",
    "Боль в обл. Лобковой, пальпация обл. Паховая болезненна. Вызов со станции Скорой помощи.",
]


@pytest.mark.parametrize("source", list(PLACES.values()), ids=list(PLACES))
def test_places_of_every_convention_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    kinds = {"LOCATION", "RU_SNILS", "DATE_TIME"}
    found = [e for e in scanner.scan(text) if e.type in kinds]
    check_planted(found, text, [s for s in spans if s[0] in kinds])


@pytest.mark.parametrize("text", PLACES_CLEAN)
def test_place_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "LOCATION"] == [("LOCATION", "г. Тула")][
        : text.count("г. Тула")
    ]


def test_components_found_at_their_keywords_are_those_a_full_scan_finds() -> None:
    from medsyn_dataset.validation.pii import address

    text = ("Кв. 5, кв.12, оф. 3, офис 7; обл Тверская, Тверская обл., области, края, Алтайский край, р-на, районе, "
            "АО, автономного округа, респ Адыгея, краснота, обладает")
    streets = "ул. Мира, улица Ленина, пр-т Мира, пр-кт Победы, просп. Мира, проспекте, пр. Мира, пер. Тихий, переулке, бул. Роз, " \
        "бульваре, б-р Мира, ш. Энтузиастов, шоссе, алл. Роз, кв-л 5, квартале, линия, наб. Мойки, набережной, пл. Мира, " \
        "площадь, проезд, пр-д, туп. Глухой, тупике, аллея, мкр-н, мкрн., м-н, мкр., микрорайоне"

    def word_start(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:  # what ``_streets`` keeps of them
        return [(a, b) for a, b in spans if not a or not (streets[a - 1].isalnum() or streets[a - 1] in "._-")]

    anchored = [m.span() for m in address._anchored_matches(address._STREET_ANCHORS, address._STREET_WORD, streets)]
    assert word_start(anchored) == word_start([m.span() for m in address._STREET_WORD.finditer(streets)])
    for kind, pattern, _ in address._COMPONENT_PATTERNS:
        if kind in address._COMPONENT_ANCHORS:
            anchored = [m.span() for m in address._anchored_matches(address._COMPONENT_ANCHORS[kind], pattern, text)]
            assert anchored == [m.span() for m in pattern.finditer(text)], kind
