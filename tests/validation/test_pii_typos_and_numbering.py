"""PII that generalises (issue #10, round 11): dates with a typo or OCR noise, phones by their numbering plan.

Each case is made up here (not taken from the benchmark): a month's name one edit away from its
genitive ("декбаря", "ферваля", "мя"), OCR's "ll" for an "11" in a numeric date, a Russian mobile
number grouped with dots, an export's repeated phone field numbered "TEL2". Clean look-alikes stay
clean: doses, lab values, bare event years, ICD codes, a lab's dotted number.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type, key_words
from medsyn_dataset.validation.pii.misspelt_months import misspelt_month, one_edit_apart
from medsyn_dataset.validation.pii.normalize import normalize


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("ферваля", "февраля", True),  # two neighbours swapped
    ("сентяря", "сентября", True),  # a letter dropped
    ("апрееля", "апреля", True),  # a letter doubled
    ("июнля", "июля", True),
    ("октабря", "октября", True),  # a letter mistyped
    ("марта", "марта", False),
    ("мес", "мая", False),
    ("августа", "авг", False),
])
def test_one_edit_apart(a: str, b: str, apart: bool) -> None:
    assert one_edit_apart(a, b) is apart


@pytest.mark.parametrize(("word", "month"), [
    ("декбаря", True), ("мя", True), ("янаваря", True), ("яанваяря", False), ("янвяря", True), ("мая", False), ("мг", False),
    ("мл", False), ("мес", False), ("ед", False), ("раза", False), ("года", False), ("недели", False),
])
def test_misspelt_month(word: str, month: bool) -> None:
    assert misspelt_month(word) is month


@pytest.mark.parametrize("source", [
    "Выписан [[D|3 ферваля 2022]] под наблюдение участкового терапевта.",
    "Последняя МРТ от [[D|28 сентяря 2018]] — без отрицательной динамики.",
    "Родилась [[D|14 октабря 1957]] в семье рабочих.",
    "Контрольный осмотр [[D|2 мя 2024]], явка обязательна.",
    "Госпитализирован [[D|30 апрееля 2021]], переведён [[D|4 мая 2021]].",
    # OCR: "ll" for an eleven, "О" for a zero, in a numeric date
    "Дата поступления [[D|ll.О3.2О19]], выписка [[D|2l.03.2019]].",
    "Осмотрен [[D|ll.05.2023]] в 10:00.",
])
def test_dates_with_a_typo_or_ocr_noise_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    "Принимает эналаприл 5 мг 2 раза в день, метформин 10 мл 2019 не принимал.",
    "Диагноз: I11.9, E11.9, палата 11, пост 2, ll корпус.",
    "Таблетки принимать в 8:00 и 20:00, по 1 табл. 3 р/д, курс 10 дней.",
])
def test_clinical_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert scanner.scan(text) == []


def test_ll_is_a_digit_only_before_a_dates_group() -> None:
    assert normalize("ll.О6.2О2О") == "11.06.2020"
    assert normalize("Call. Well.") == "Call. Well."
    assert normalize("ll корпус") == "ll корпус"


@pytest.mark.parametrize("source", [
    "Дочь просила звонить по номеру [[T|8.916.245.10.37]] вечером.",
    "Сообщать по номеру [[T|8.903.118.44.02]] в любое время.",
])
def test_russian_mobile_grouped_with_dots_is_a_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


def test_a_dotted_lab_number_after_po_nomeru_stays_a_record_number(scanner: PiiScanner) -> None:
    text = "Пробирки маркированы по номеру 4.2231.77 в журнале."
    assert all(entity.type != "PHONE_NUMBER" for entity in scanner.scan(text))


@pytest.mark.parametrize(("key", "words", "kind"), [
    ("TEL2", ("tel", "2"), "PHONE_NUMBER"),
    ("phone1", ("phone", "1"), "PHONE_NUMBER"),
    ("SNILS2", ("snils", "2"), "RU_SNILS"),
    ("ICD10", ("icd", "10"), None),
    ("DOSE2", ("dose", "2"), None),
    ("PACS2000", ("pacs2000",), None),
])
def test_a_repeated_export_fields_ordinal_is_apart_from_its_name(key: str, words: tuple[str, ...], kind: str | None) -> None:
    assert key_words(key) == words
    assert key_type(key) == kind


def test_a_local_number_in_a_numbered_phone_field_of_an_export(scanner: PiiScanner) -> None:
    text, spans = planted("FAM=ИВАНОВА\nTEL1=[[T|89161234567]]\nTEL2=[[T|3-41-27]]\nDIAG1=J18.9\nDOSE2=5\n")
    found = [e for e in scanner.scan(text) if e.type == "PHONE_NUMBER"]
    check_planted(found, text, [span for span in spans if span[0] == "PHONE_NUMBER"])


@pytest.mark.parametrize("source", [
    "Больная [[D|03051962]] г.р., доставлена СМП.",
    "Пациент [[D|19620503]] г. р., пенсионер.",
    "Сын [[D|11092015]] года рождения, здоров.",
])
def test_a_compact_date_before_a_birth_mark_is_a_date(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    "Реактив, партия 12052019 гр. 5, годен.",
    "Сахар 12052019 г. не определялся.",
])
def test_eight_digits_before_grams_or_a_year_mark_alone_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan(text) if e.type == "DATE_TIME"] == []


def test_an_hl7_timestamp_field_running_on_into_the_notes_text(scanner: PiiScanner) -> None:
    # PID-7 (birth) and PV1-44 (admission) with the note's prose after the last field; OBX-5's value and a
    # number that is no valid timestamp stay what they are
    text, spans = planted(
        "MSH|^~\\&|MIS|LPU|||[[D|202311020915]]||ADT^A01|77|P|2.5\n"
        "PID|1||||[[P|Зуев^Олег]]||[[D|19710304]]|M\n"
        "PV1|1|I|||||||||||||||||||||||||||||||||||||||||||[[D|202311020930]] Жалобы на кашель 2 недели"
    )
    found = [e for e in scanner.scan(text) if e.type == "DATE_TIME"]
    check_planted(found, text, [span for span in spans if span[0] == "DATE_TIME"])
    clean = "PV1|1|I|||||||||||||||||||||||||||||||||||||||||||202313450930 Жалобы на кашель"
    assert [e for e in scanner.scan(clean) if e.type == "DATE_TIME"] == []


def test_a_registers_dr_column_and_an_admission_column_hold_dates(scanner: PiiScanner) -> None:
    text, spans = planted(
        "№  ФАМИЛИЯ     ИМЯ      ДР        КОД МКБ\n"
        "1  [[P|СОКОЛОВ     ПЁТР]]     [[D|17041966]]  I11.9\n"
        "\n"
        "| Койка | Пациент | Поступила | Доза | Палата |\n|---|---|---|---|---|\n"
        "| 4 | [[P|Лебедева Н.К.]] | [[D|09.03]] | 5 мг | 12 |\n"
    )
    found = [e for e in scanner.scan(text) if e.type in ("DATE_TIME", "PERSON")]
    check_planted(found, text, spans)


def test_dose_ward_and_icd_columns_stay_clean(scanner: PiiScanner) -> None:
    text = "| Препарат | Доза | Время приёма | Палата | МКБ |\n|---|---|---|---|---|\n| эналаприл | 10 мг | 08:00 | 12 | I10 |\n"
    assert [e for e in scanner.scan(text) if e.type == "DATE_TIME"] == []
