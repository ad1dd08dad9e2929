"""PII round 10: persons and places in free text by grammar around them (marks as in ``test_pii_cues.py``:
``[[P|...]]`` a person, ``[[L|...]]`` a place). Every marked span must be found with its type, nothing
unmarked may be flagged; the look-alikes stay clean (kinship words before ordinary words, eponyms after
"по", Latin medical terms, streets after "по", a birth without a place)."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.person_cues import kin_names, po_names, reported_names, speaker_names

CASES = {
    # a dictated note: a lower-case first name in the case of the kinship or role noun before it
    "kin-nominative": "со слов пациента сопровождает сын [[P|тимофей]] он в курсе схемы",
    "kin-instrumental": "беседа проведена с женой [[P|ларисой]] рекомендации даны",
    "role-lower-surname": "лечащий врач [[P|сорокина вера]] рекомендовала контроль",
    "kin-lower-surname-instrumental": "беседа с мужем [[P|кузнецовым]] проведена",
    "kin-capitalised-possessive-surname": "Здравствуйте, это сын [[P|Пестовой]] из 3 палаты.",
    "kin-genitive-surname": "по просьбе внучки [[P|полины]] выдана выписка",
    # a copied chat: the speaker between the time stamp and the colon, a rare name the dictionary lacks
    "chat-bracketed": "Переписка:\n[12.11.2025 09:41] [[P|Ратибор]]: отцу лучше, спасибо\n",
    "chat-whatsapp": "Из чата:\n14.02.2026, 22:05 - [[P|Зоя Мельникова]]: температура 38,2\n",
    "chat-speaker-first": "Копия из мессенджера:\n[[P|Всемила]], [05.01.2026 23:10]\nдоктор, ей хуже\n",
    "naming-verb": "со слов матери девочку зовут [[P|милана]], ей 4 года",
    "chat-time-only": "18:20 [[P|Ярополк]]: привезу анализы завтра\n",
    # the person a relative speaks about, or a message is for
    "reported-that": "Сестра рассказала, что [[P|Мирослав]] отказывается от еды.",
    "message-for": "Просили перезвонить [[P|Ульяне]] после обхода.",
    # "по" naming the person a call is about, or a full name in the dative
    "po-call-topic": "Звонок: это по [[P|Кудрявцеву]], как его самочувствие?",
    "po-full-name": "Справка выдана по [[P|Лидии Семёновне]] для работы.",
    # a lone dictionary name after a person word is no field label, even before a colon or a stop
    "person-word-before-colon": "Сообщено опекуну пациентки [[P|Прохоровой]]: перевод завтра.",
    # Latin-script names of foreigners after citizenship, document and role cues
    "latin-citizen": "Пациентка — гражданка Таджикистана [[P|Rakhimova Nigora]], переводит сын.",
    "latin-passport": "Данные сверены, в паспорте: [[P|NAZAROV TIMUR]]. Жалоб нет.",
    "latin-interpreter": "Присутствовал переводчик [[P|Aziz Karimov]], пояснения даны.",
    # no cue at all: the Latin words read back into Cyrillic as a surname and a given name
    "latin-read-back": "Выписка из клиники Ташкента, [[P|Sultanova Dilnoza]] наблюдалась с 2019 г.",
    "latin-read-back-icao": "Копия визы приложена ([[P|Evgenii Zhuravlev]]).",
    "cyrillic-after-script-label": "Имя латиницей [[P|DJURAEVA MALIKA]] (кириллицей: [[P|Джураева Малика]]), 30 лет.",
    # a message's closing and its writer
    "signature-after-thanks": "Передайте лекарства, пожалуйста. Заранее спасибо, [[P|Злата]]",
    # look-alike Latin initials beside a Cyrillic surname (OCR, a Latin keyboard)
    "lookalike-initials": "Заключение составил: Сорокин [[P|A.M.]] 5 мая",
    # places: a birthplace after the date of birth, in the nominative after "в"
    "birthplace-after-date": "Родилась 3 июня 1961 года в [[L|Нижняя Тура]], в семье рабочих.",
    # a street and house after a residence verb and "на"/"по", no street word
    "residence-street": "Внук живёт неподалёку на [[L|Садовая, 14]], поможет с транспортом.",
    "residence-street-oblique": "Сейчас проживает по [[L|Гагарина 7/2]] у дочери.",
    # an address in capitals after an abbreviated residence cue, and on the line after its label
    "residence-street-with-whom": "После выписки переехала к сыну на [[L|Лесная, 9]], уход обеспечен.",
    "abbreviated-cue-caps": "место рег-ии [[L|КИНЕЛЬ, ПР-Т ЛЕНИНА, Д.12, КВ.4]] Жалобы на слабость.",
    "next-line-town-street": "Адрес проживания:\n[[L|Кашин, Заводская 12-7]]\nДиагноз: ОРВИ",
    "next-line-caps": "Адрес регистрации:\n[[L|ОХА, ПЕР. СОВЕТСКИЙ, Д.3, КВ.8]]\nСНИЛС нет",
}

CLEAN = [
    # kinship words before ordinary words and before a name in another case
    "сын сказал что мама дома, жена пациента в курсе, дочь приедет, муж работает",
    "сестра хозяйка отделения, брат двоюродный, мать одиночка, сестра старшая",
    # a service after a role noun
    "вызов врача Скорой помощи, сестра Милосердия.",
    # an adjective after a role noun is its attribute
    "консультация врача данной специальности, врач городской поликлиники, врачом скорой помощи",
    # eponyms and streets after "по"
    "Анализ мочи по Нечипоренко, по Зимницкому; температура по Цельсию; идти по Садовой улице.",
    # Latin medical terms and abbreviations
    "Anamnesis vitae: без особенностей. Status localis: чисто. Per os 2 р/д. Sol. Natrii chloridi 0,9% - 200 ml.",
    # Latin drug, company and microbe names read back as nothing of a name
    "Препараты: Berlin Chemie, Gedeon Richter, Insulin Glargine. Посев: Candida albicans, Helicobacter pylori (+).",
    # a chat line whose speaker is a role word, a time in running text
    "[12.11.2025 09:41] Врач: явка завтра\nПриём в 10:30 Кабинет 5: процедурная",
    # a label's next line that is no address: a lab line with a range
    "Адрес:\nсм. выше\nОАК: Hb 120, СОЭ 5-12",
    # a birth without a place, a residence without a street
    "Родился 5 марта 1956 года в срок, рос и развивался нормально. Живёт на Кавказе 5 лет, с дочерью на 2 этаже; переехал на 3 месяца.",
    # speech verbs before a drug or a sentence start
    "Пациент говорит что Нурофен помогает. Просим передать Министерству здравоохранения.",
    # thanks to a doctor
    "Спасибо, доктор! Спасибо, Вам огромное.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round_10_persons_and_places_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type in ("PERSON", "LOCATION")]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round_10_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type in ("PERSON", "LOCATION")] == []


def test_kin_names_need_the_nouns_case() -> None:
    text = "дочь ирина звонила; с сыном олегом; сын марка; мама дома"
    assert [text[a:b] for a, b in kin_names(text)] == ["ирина", "олегом"]  # ("сын марка": a name in the genitive, no name)


def test_speaker_lines_need_a_time_at_the_line_start() -> None:
    text = "[01.02.2026 10:00] Остромир: да\nВ 10:00 Пациент: осмотрен\n09:15 Регистратура: ждём"
    assert [text[a:b] for a, b in speaker_names(text)] == ["Остромир"]


def test_reported_and_po_names() -> None:
    text = "мама говорит, что Всеслав спит. по Нечипоренко норма. это по Ершовой. по Ивану Петровичу"
    assert [text[a:b] for a, b in reported_names(text)] == ["Всеслав"]
    assert [text[a:b] for a, b in po_names(text)] == ["Ершовой", "Ивану Петровичу"]


def test_lookalike_initials_are_made_cyrillic_in_place() -> None:
    text = "Петров M.A. и E.K. Сидорова; vitamin C. and Dr. Smith M.A."
    out = normalize(text)
    assert len(out) == len(text)
    assert "Петров М.А." in out and "Е.К. Сидорова" in out and out.endswith("Dr. Smith M.A.")
