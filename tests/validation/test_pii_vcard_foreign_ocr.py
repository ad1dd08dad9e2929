"""PII that generalises (issue #10, round 9): vCard contacts, foreign letters, OCR'd numbers.

Each case is made up here (not taken from the benchmark): vCard content lines read by RFC 6350's
properties (:mod:`medsyn_dataset.validation.pii.vcard`), German-style postal addresses and the
Latin names of letters from abroad (:mod:`medsyn_dataset.validation.pii.latin`), and the "l" that OCR
puts for a "1" inside numbers (:mod:`medsyn_dataset.validation.pii.normalize`), each with look-alikes
that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.latin import latin_names
from medsyn_dataset.validation.pii.latin_addresses import postal_addresses
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.vcard import vcard_fields

CASES = {
    "vcard-4": (
        "Контакт опекуна:\nBEGIN:VCARD\nVERSION:4.0\nN:[[P|Герасимова]];[[P|Эльвира]];[[P|Тимуровна]];;\n"
        "FN:[[P|Эльвира Тимуровна Герасимова]]\nADR;TYPE=work:;;[[L|ул. Гоголя, д. 17, кв. 4]];[[L|Саранск]];;[[L|430005]];Россия\n"
        "BDAY:[[D|1968-09-27]]\nNOTE:звонить после 18:00\nEND:VCARD"
    ),
    "vcard-21-grouped": (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nitem1.N;CHARSET=UTF-8:[[P|Ахмедов]];[[P|Рустам]];;;\r\n"
        "item1.ADR;HOME;CHARSET=UTF-8:;;[[L|пер. Садовый 3-12]];[[L|Дербент]];[[L|Республика Дагестан]];[[L|368600]];\r\n"
        "BDAY:[[D|--0704]]\r\nEND:VCARD"
    ),
    "vcard-lines-without-block": "Из телефона матери:\nN:[[P|Осипова]];[[P|Лада]];;;\nBDAY:[[D|19910212]]\n",
    "german-address-after-wohnhaft": (
        "Patientin [[P|Olga Semenova]], wohnhaft [[L|Lindenallee 7b, 04109 Leipzig]], stationär vom [[D|02.03.2021]]."
    ),
    "german-address-preposition-street": "Anschrift der Tochter [[L|An der Alster 12, 20099 Hamburg]]; Rückfragen erbeten.",
    "austrian-address": "Wohnort laut Brief: [[L|Mariahilfer Straße 45/3, A-1060 Wien]]",
    "patient-surname-comma-given": "В немецкой выписке: Patient [[P|Gusev, Timofei]], Aufnahme wegen Pneumonie.",
    "english-document-head": "Insurance claim for [[P|Daria Sokolova]], hospitalised for 5 days.",
    "ocr-l-for-one": "СНИЛС [[S|l26-448-703 l7]]",
    "ocr-spaced-labels": "Ф амилия: [[P|ГОРБУН0ВА]]\nДат а рожд.: [[D|0З.1l.1957]]\nА дрес : [[L|Кинешма, пер. Лесной 4-2]]\n",
    "patient-named-as": "Выписка из Германии, пациентка записана как [[P|Zhanna Orlova]], диагноз J45.",
    "fhir-given-array": '{"name": [{"use": "official", "family": "[[P|Тхай]]", "given": ["[[P|Зарема]]", "[[P|Руслановна]]"]}], '
                        '"tags": ["urgent", "Кардиология"]}',
    "ocr-spaced-birth-date": "Дата рожд.: [[D|1 7.02.19 63]]\nпульс 72",
    "dashed-date-after-card-label": "Дата заполнения медицинской карты: [[D|03-11-2022г.]]",
    "name-on-document": "Name as in passport: [[P|Vorobev, Gleb]]; visa attached.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round9_formats_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


def test_vcard_components_are_separate_spans_and_the_country_stays() -> None:
    text = "BEGIN:VCARD\nN:Ким;Ен;;;\nADR:;;ул. Мира 3;Артём;;692760;Россия\nBDAY:20010203\nEND:VCARD"
    found = [(kind, text[a:b]) for kind, a, b in vcard_fields(text)]
    assert found == [("PERSON", "Ким"), ("PERSON", "Ен"), ("LOCATION", "ул. Мира 3"), ("LOCATION", "Артём"),
                     ("LOCATION", "692760"), ("DATE_TIME", "20010203")]


@pytest.mark.parametrize("text", [
    # TNM staging and other "N:"/"FN" lines that are no vCard
    "Стадия: T2 N: 1 M: 0",
    "N: 3; FN: нет данных",
    "ADR: нежелательная реакция не выявлена",
])
def test_no_vcard_without_its_structure(text: str) -> None:
    assert vcard_fields(text) == []


@pytest.mark.parametrize("text", [
    # German clinical phrases with numbers: doses, lab values, wards, not addresses
    "Metformin 1000 mg, 2x täglich; Station 12, Zimmer 4",
    "HbA1c 8,1 %, Kreatinin 1,2 mg/dl, eGFR 54 ml/min",
    "Kontrolle in 4 Wochen, 10115 Einheiten",
])
def test_german_look_alikes_are_no_postal_address(text: str) -> None:
    assert list(postal_addresses(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Д ата рожд. 05.11.1950\nС Н И Л С 1", "Дата  рожд. 05.11.1950\nСНИЛС     1"),
    ("П0ЛИС 0МС 1; Диагн0з", "ПОЛИС ОМС 1; Диагноз"),
    ("рожд. 1О.О2.1988", "рожд. 10.02.1988"),
    # ordinary lines with short words, codes mixing scripts and digits, dosages: unchanged
    ("В связи с ухудшением\nВы дан ответ\nИмя Олег", "В связи с ухудшением\nВы дан ответ\nИмя Олег"),
    ("Т2N0М0, SpO2 95%, 0,5 мг, СО2 40", "Т2N0М0, SpO2 95%, 0,5 мг, СО2 40"),
    ("Группа З, З-4 курса", "Группа З, З-4 курса"),
    # a count before a date and a date without a label keep their spaces
    ("Дата осмотра: п. 3 12.03.2020; 5 .06 мл", "Дата осмотра: п. 3 12.03.2020; 5 .06 мл"),
])
def test_ocr_labels_and_letters_for_digits(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_name_of_a_thing_is_no_person() -> None:
    assert list(latin_names("Name of the drug: Aspirin Cardio")) == []


def test_latin_cue_word_without_name_stays_clean() -> None:
    text = "Patient Report, Aufnahme 2021"
    assert list(latin_names(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Дата рожд. 0l.08.1942", "Дата рожд. 01.08.1942"),
    ("СНИЛС 4 27-72l-06l 69", "СНИЛС 4 27-721-061 69"),
    # the litre, units and words keep their "l"
    ("Глюкоза 5,6 mmol/l, выпито 2 l воды", "Глюкоза 5,6 mmol/l, выпито 2 l воды"),
    ("Cl- 101, label 3", "Cl- 101, label 3"),
])
def test_ocr_l_inside_numbers_reads_as_one(text: str, expected: str) -> None:
    assert normalize(text) == expected
