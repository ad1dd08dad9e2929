"""PII round 7 (issue #10): names and places in machine exports, TSV rows, boxed letters, staff and
contracted patient words. Own examples, one per convention; marks as in ``test_pii_persons_places.py``
(``[[P|...]]`` a person, ``[[L|...]]`` a place, ``[[D|...]]`` a date)."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_fields import key_type, normal_key


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("lastName", "PERSON"), ("LAST-NAME", "PERSON"), ("patient_last_name", "PERSON"), ("hl7:family", "PERSON"),
        ("givenName", "PERSON"), ("familiya", "PERSON"), ("Otchestvo", "PERSON"), ("pacient_fio", "PERSON"),
        ("Фамилия", "PERSON"), ("homeAddress", "LOCATION"), ("reg_addr", "LOCATION"), ("streetAddressLine", "LOCATION"),
        ("place_of_birth", "LOCATION"), ("doctor", "ROLE"), ("drug", None), ("birthDate", None), ("id", None),
    ],
)
def test_export_keys_are_read_by_their_normalised_ending(key: str, kind: str | None) -> None:
    assert key_type(key) == kind
    assert normal_key("ns:patientLastName") == "patientlastname"


EXPORT_MARKS = {
    "xml-name-parts": "<person><family>[[P|Жуков]]</family><given>[[P|Евсей]]</given><given>[[P|Лукич]]</given></person>",
    "xml-namespaced": '<hl7:family use="L">[[P|Тян]]</hl7:family><hl7:given>[[P|Ен Сук]]</hl7:given>',
    "xml-address": "<addr><streetAddressLine>[[L|Сызрань, ул. Гидротурбинная, 12]]</streetAddressLine></addr>",
    "json-camel": '{"lastName": "[[P|Грач]]", "firstName": "[[P|Милослав]]", "regAddress": "[[L|Ейск, пер. Садовый, 4]]"}',
    "json-translit": '{"familiya": "[[P|Бунь]]", "imya": "[[P|Злата]]", "otchestvo": "[[P|Ильинична]]"}',
    "kv-log": 'ts=2025-01-01 lvl=info vrach="[[P|Сомова Е.Р.]]" msg="ok"',
    "kv-log-unquoted": "event=visit patient_surname=[[P|Чех]] card=17",
}


@pytest.mark.parametrize("name", list(EXPORT_MARKS))
def test_names_and_places_in_exports_are_found_by_their_keys(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(EXPORT_MARKS[name])
    kinds = {"PERSON", "LOCATION"}
    check_planted([e for e in scanner.scan(text) if e.type in kinds], text, [s for s in spans if s[0] in kinds])


LAYOUTS = {
    # a TSV export: the header types its columns; a chain does not run across a tab
    "tsv-row": "Фамилия\tИмя\tОтчество\tАдрес\n[[P|Лис]]\t[[P|Ярослава]]\t[[P|Олеговна]]\t[[L|Боровичи, ул. Мира, 2]]\n",
    "tsv-header-after-sentence": "Список на приём. Фамилия\tИмя\tОтчество\n[[P|Пчёлкин]]\t[[P|Тихон]]\t[[P|Ильич]]\n",
    # OCR of a form's boxes: " | " between letters, a three-letter surname, a double surname's hyphen
    "boxes-spaced-pipes": "Фамилия [[P|Ш | У | Б | И | Н | А]]\nПол: ж",
    "boxes-short": "Фамилия [[P|Л|Ю|Н]]\nИмя [[P|Г | Л | Е | Б]]\n",
    "boxes-double": "Фамилия [[P|Р | О | З | А | - | Б | Е | Л | А | Я]]\n",
    # initials written without stops after a surname (handwriting, registries)
    "stopless-initials": "Пац-ка [[P|Чижова ЛВ]] [[D|03.04.1961]] г.р.",
    "stopless-initials-staff": "Осмотр провела [[P|Гришина ТА]], рекомендации даны.",
    # staff roles by their nouns; an agent noun is no eponym ("вакцинатор", unlike "вакцина")
    "vaccinator": "R1 [[D|12.05.2024]], вакцинатор [[P|Лаптева О.И.]]",
    "police-officer": "Участковый уполномоченный [[P|Сазонов К.П.]] сообщил о травме.",
    # contracted patient words and abbreviated relatives and contacts
    "contracted-patient": "б-ной [[P|Ерёмин]] [[D|12.01.1950]] г.р. доставлен СМП",
    "abbreviated-relative": "конт. лицо [[P|Альбина Рашидовна]]; родств. [[P|Гульнара]]",
    "caller": "Вызывающий: [[P|Евдокия]], соседка",
    # a first name that is also a word, beside a surname
    "name-also-word": "[[P|Роман Кравцов]], запись подтверждена",
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_names_by_layout_roles_and_contractions(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(LAYOUTS[name])
    kinds = {"PERSON", "LOCATION", "DATE_TIME"}
    check_planted([e for e in scanner.scan(text) if e.type in kinds], text, [s for s in spans if s[0] in kinds])


CLEAN = [
    # keys that name no person, values that are no names
    '{"drug": "Нурофен", "dose": "400 мг", "name": "анализ крови", "doctor": "терапевт"}',
    "<test><name>Общий анализ крови</name><value>норма</value></test>",
    "status=done drug=Кеторол unit=мг",
    # a vaccine (not its agent) before a capitalised word is an eponym's frame
    "Введена вакцина Гам-Ковид-Вак, реакции нет.",
    # two capitals after an ordinary word are an abbreviation, spaced lower-case letters a phrase
    "Анализы ОАК ОАМ в норме. Имя и фамилия в и ч не указаны.",
    "Показатели\tЗначение\tНорма\nГемоглобин\t130\t120-160\n",
    "Пасспорт не предъявлен, Адресс не указан.",
    # a registration that is no address's label, an English word that is no label
    "Регистрация ЭКГ проведена. Рег. номер 12. Address book updated.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_export_and_layout_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type in ("PERSON", "LOCATION")] == []


PLACES = {
    # an address printed over several lines, each broken after a comma
    # ("⏎" is a line break inside a mark: the marks do not span lines)
    "lines-after-commas": "Адрес регистрации: [[L|301840, Тульская обл.,⏎г. Ефремов,⏎ул. Свердлова, д. 12]]\nЖалобы на кашель.",
    # the rooms of a dormitory or a hostel, premises and offices after the house
    "dormitory-room": "Проживает: [[L|ул. Лесная, 9, общежитие № 2, комн. 41]]; студент.",
    "premises": "Адрес: [[L|пр-т Мира, 14, пом. 3]]\n",
    # a district abbreviated "р-он"; a registration's label, a service place; a bilingual form's English label
    "district-r-on": "Уроженка [[L|Омская обл., Тарский р-он, с. Екатериновка]]\n",
    "registration-label": "Регистрация: [[L|г. Котлас, ул. Узкая, д. 8]]\n",
    "registration-abbreviated-caps": "Рег.: [[L|г. ВЯЗЬМА, УЛ. ПОЛЕВАЯ, Д. 3]]\n",
    "service-place": "Место службы: [[L|в/ч 40210, г. Бийск]]\n",
    "english-label": "Home address: [[L|Казахстан, Костанай, ул. Абая, 17]]\n",
    # a form's note in brackets between the label and its colon
    "label-bracket-note": "Адрес места жительства (пребывания): [[L|г. Шуя, ул. Свободы, 4]]\n",
    "label-bracket-note-free": "Адрес (со слов): [[L|в/ч 11873, пос. Мулино]]\n",
    # a label misspelt with a doubled letter is no surname
    "misspelt-label": "Адресс [[L|г. Бузулук, ул. Мира, 7]]\n",
}


@pytest.mark.parametrize("name", list(PLACES))
def test_places_over_lines_and_in_dormitories_are_whole(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(PLACES[name])
    text = text.replace("⏎", "\n")
    found = [e for e in scanner.scan(text) if e.type == "LOCATION"]
    check_planted(found, text, spans)
    assert [(e.start, e.end) for e in found] == [(a, b) for _, a, b in spans]  # one span, the whole address


PLACES_CLEAN = [
    # a line ending in a comma followed by a new field or by a sentence is no address's next line
    "Адрес: г. Ефремов,\nДиагноз: ОРВИ.",
    "Комната 5 проветривается, пом. врача рядом, общ. анализ крови 12 показателей.",
]


@pytest.mark.parametrize("text", PLACES_CLEAN)
def test_place_continuations_stay_in_their_field(scanner: PiiScanner, text: str) -> None:
    found = [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"]
    assert all("\n" not in span and "анализ" not in span for span in found), found
