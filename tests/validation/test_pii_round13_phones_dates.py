"""PII that generalises (issue #10, round 13): phone labels, OCR'd phones, dates with dotted times.

Every case is made up here (not taken from the benchmark), each class with look-alikes that must stay
clean (doses, lab values, pressures, times of taking a drug, ward numbers).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # English labels of a translated extract, a foreign form, a fax header (:mod:`.phone_fields`)
    "fax-header": "FAX FROM: [[T|8 (4232) 51-07-93]]   [[D|04.02.2024 09:12]]   стр. 1/2\nВыписка.",
    "tel-international-00": "Address: [[L|г. Душанбе, ул. Рудаки, 12]]\nTel: [[T|00992917001122]]\nDiagnosis: J18.9",
    "phone-and-mobile": "Phone: [[T|+375 17 284-11-90]]; Mobile [[T|8 913 402 77 15]]",
    "fax-number-label": "Fax no. [[T|(3452) 41-20-88]], ответ направить до 15:00.",
    "tlf-abbreviation": "Родственники: сестра, тлф. [[T|8-917-330-41-06]], звонить вечером.",
    # a count after the number ("2 раза", "40 лет") is the next words', not the number's last group (:mod:`.phone_fields`)
    "count-after-number": "Связь: тел. [[T|(812) 570-33-14]] 3 раза в день, с 9 до 18.",
    "age-after-foreign-number": "Тел. сопровождающего: [[T|+996 700123456]] 35 лет, сын.",
    "latin-owner-word": "Tel. Ehefrau: [[T|+49 171 2345678]]\nDiagnose: I10",
    # a misspelt phone label inside an address chain ends the address (:mod:`.address`)
    "address-then-misspelt-phone-label": "Адрес: [[L|ул. Садовая, д. 8, кв. 41]] Телфон [[T|8 (915) 207-66-13]]",
    "address-street-contraction-stays": "Проживает: [[L|Вологда, Строителей пр-т 17-40]], тел. [[T|8 (8172) 53-11-07]]",
    # a phone's trunk prefix read by OCR as a letter before the bracketed code (:mod:`.ocr_numbers`)
    "ocr-trunk-letter": "Тел. [[T|В(843)2l0-4S-17]] (с бланка)",
    "ocr-trunk-letter-only": "Конт. тлф [[T|B(912)6084413]]\nДиагноз: I10",
    # a town's number after a generic "номер", a foreign number after a messenger's name (:mod:`.record_numbers`)
    "town-number-after-new-number": "Сообщила: запасной номер [[T|8-3462-40-17-29]], прежний отключён.",
    "messenger-foreign-number": "Общение через мессенджер по номеру [[T|00996555123456]], ответ в течение дня.",
    # an SMS log's recipients as MSISDNs, rows below the title, unassigned codes too (:mod:`.phones`)
    "sms-log-msisdn": (
        "Отчёт СМС-рассылки\n[[T|79035550142]] ; доставлено ; [[D|2024-05-06 10:02]]\n"
        "[[T|70401236655]] ; не доставлено ; [[D|2024-05-06 10:03]]"
    ),
    # OCR'd dates: slashes, a label's stop right before, a two-digit year after a date's label (:mod:`.ocr_dates`)
    "ocr-date-slashes": "Выдано: [[D|О7/ll/1984]], подпись врача.",
    "ocr-date-after-label-stop": "ПАЦИЕНТ [[P|ГУСЕВ П.П.]]\nг.р.[[D|0В.12.l96З]]  уч. 4",
    "ocr-date-short-year-after-label": "Дата выдачи: [[D|1б.О9.8S]] | ф. 025/у",
    # a register printed in fixed-width columns, the birth date under the ТФОМС field name "DR" (:mod:`.table_cells`)
    "fixed-width-dr-column": (
        "N  FAM          IM        DR        DS\n1  [[P|ОРЛОВА]]       [[P|ИННА]]      [[D|19740923]]  J45.0\n"
        "2  [[P|СИДОРЕНКО]]    [[P|ПЁТР]]      [[D|20011105]]  K21.0"
    ),
    # a reading after the date takes the unit: the date keeps its score (:mod:`.dates`)
    "date-then-reading-with-unit": "Прививки: БЦЖ в роддоме; реакция Манту [[D|14.03.23]] — 6 мм, папула.",
    # an ISO date and a time written with a stop: one date, never a phone (:mod:`.date_cues`)
    "iso-date-dotted-time": "Видеоконсультация проведена [[D|2023-11-02 18.40]] по телемедицинской связи.",
    "dmy-dotted-time": "Осмотрен [[D|02.11.2023 07.15]], АД 130/80.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round13_phone_and_date_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


def test_dotted_time_extends_a_dated_span_only(scanner: PiiScanner) -> None:
    text = "Телемедицина 2023-11-02 18.40 по видеосвязи."
    assert [text[e.start : e.end] for e in scanner.scan(text)] == ["2023-11-02 18.40"]


@pytest.mark.parametrize("text", [
    "Hotel 5*, cells 1234567 in field 3",  # English words that hold a label's letters
    "ОАК: Hb 12.10 13.20, эритроциты 4.5",  # pairs of lab values, no year before them
    "Телемедицина: глюкоза 5.6 ммоль/л, 14.30 приём метформина 500 мг",
    "Tel-Aviv clinic, палата 12, доза 2.5 мг",
    "Тел. пациента В(12) не указан, АД 120/80",  # a letter before a bracket but no number after it
    "Mobile X-ray unit 3, cabinet 214",
    "СМС-информирование: доза 7 мг, палата 12, приём в 14:30, вес 78 кг",
    "б/л 12.0S.46 мг, SpO2 98%, витамин В12 5.1, 1.2О.05.2019",  # look-alikes with no date's label before them
    "Выдано 3 уп., доза О,5/l0 мг",
    "МРТ: уплощение тел позвонков TH7-11, грыжа С5-6",  # "тел" of vertebral bodies before a level's code
    "Тел. для справок 2 раза в день, доза 120 мг 3 раза",  # counts after a phone word, no number
    "SAMPLE  TEST   RESULT  TIME\n17      HGB    132     08:30",  # a time column is no date of a person
])
def test_round13_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_a_numbered_value_in_an_sms_note_is_no_msisdn(scanner: PiiScanner) -> None:
    text = "СМС отправлено. Направление № 70401236655 готово, ID 70401236655."
    assert "PHONE_NUMBER" not in [e.type for e in scanner.scan(text)]



@pytest.mark.parametrize(("text", "phones"), [
    # "доп." before a whole number labels an additional number, not an extension of the first
    ("Тел. +7 903 118-40-27, доп. 8 (3532) 47-10-09; вызов в 02:14", ["+7 903 118-40-27", "8 (3532) 47-10-09"]),
    ("Тел. 8 (4862) 44-10-90 доб. 215, палата 4", ["8 (4862) 44-10-90 доб. 215"]),
    # a YAML flow sequence: each item a value of its own
    ('contact:\n  name: Орлова\n  phones: [8(921)4405512, "8 (4812) 61-20-33"]\n  ward: 5', ["8(921)4405512", "8 (4812) 61-20-33"]),
], ids=["additional-number", "extension", "yaml-flow-sequence"])
def test_phone_spans_are_exact(scanner: PiiScanner, text: str, phones: list[str]) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PHONE_NUMBER"] == phones


def test_a_date_column_cell_with_a_note_after_the_date_gives_the_date_alone(scanner: PiiScanner) -> None:
    text = "ID|DATE_IN|NOTE\n4471|2024-03-02 кашель сухой|x\n4472|12 марта 2024 г.|y"
    dates = [text[e.start : e.end] for e in scanner.scan(text) if e.type == "DATE_TIME"]
    assert dates == ["2024-03-02", "12 марта 2024 г."]


@pytest.mark.parametrize(("text", "address"), [
    # a flat written without its stop, a building with its flat after a dash, a house's letter (:mod:`.address`)
    ("Адрес: г. Кинешма, ул. Вокзальная, д.14, кв27\nЖалобы на кашель", "г. Кинешма, ул. Вокзальная, д.14, кв27"),
    ("Проживает: г. Тверь, ул. Мира, дом 12, корп. 3-48. Жалобы", "г. Тверь, ул. Мира, дом 12, корп. 3-48"),
    ("Адрес: г. Вязьма, ул. Ленина, дом 9, лит. Б\nЖалобы", "г. Вязьма, ул. Ленина, дом 9, лит. Б"),
    # a comma at a line's end: the address goes on in the next line
    ("Адрес: г. Тула, ул. Кирова, дом 5 к2,\nкв. 31\nДиагноз: I10", "г. Тула, ул. Кирова, дом 5 к2,\nкв. 31"),
    # a republic named before its keyword or with its other name in brackets, a district's "г.о.", an autonomous
    # district's second name
    ("Адрес: Удмуртская Республика, Малопургинский р-н, с. Пугачёво, ул. Садовая, д. 3\nЖалобы",
     "Удмуртская Республика, Малопургинский р-н, с. Пугачёво, ул. Садовая, д. 3"),
    ("Адрес: Респ. Марий Эл (Мари), г. Волжск, ул. Щорса, д. 2\nЖалобы", "Респ. Марий Эл (Мари), г. Волжск, ул. Щорса, д. 2"),
    ("Адрес: Московская обл., Одинцовский г.о., д. Жуковка, д. 41\nЖалобы", "Московская обл., Одинцовский г.о., д. Жуковка, д. 41"),
    ("Адрес: г. Нягань, ул. Ленина, д. 9, Ханты-Мансийский автономный округ - Югра\nЖалобы",
     "г. Нягань, ул. Ленина, д. 9, Ханты-Мансийский автономный округ - Югра"),
], ids=["flat-without-stop", "building-dash-flat", "house-letter", "comma-line-break", "republic-name-first",
        "republic-bracketed-name", "district-go", "autonomous-district-second-name"])
def test_address_parts_are_kept_whole(scanner: PiiScanner, text: str, address: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"] == [address]


@pytest.mark.parametrize("text", [
    "Эквивалент дозы 35 мг, квота 12, квадрант 3",
    "Глюкоза 5.6 — 7 ммоль/л, доза 2.5 - 5 мг, АД 120/80 — 3 раза",
    "Из анамнеза: Респ. терапия проведена, Респ. центр направил",
    "Рентген: ул. не видна. Доза 5 мг,\nкв. контроль через 2 дня",
])
def test_address_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e.type for e in scanner.scan(text) if e.type == "LOCATION"] == []


def test_a_checksummed_mobile_in_a_list_of_phones_stays_a_phone(scanner: PiiScanner) -> None:
    # 89996213813 passes the SNILS check digits by chance (one number in a hundred does); in prose, next to another
    # phone, it is a phone; as a whole cell of a delimited row it stays a SNILS
    text = "Контакты: сестра — 89996213813; +7 912 004-51-17 (раб.)"
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [
        ("PHONE_NUMBER", "89996213813"), ("PHONE_NUMBER", "+7 912 004-51-17")]
    row = "89996213813;Кузнецов П.П.;1975"
    assert ("RU_SNILS", "89996213813") in [(e.type, row[e.start : e.end]) for e in scanner.scan(row)]
