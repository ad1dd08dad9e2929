"""PII that generalises (issue #10, round 20): phone numbers as the numbering plan and people write them.

Marks as in :mod:`support.pii_marks`; the examples are our own (the conventions of
:mod:`benchmarks.pii_conventions_phones`).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _phones(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"]


# A messenger's name labels the number the messenger is reached at: a relative's abroad, copied without its "+"
# (E.164's digits) or in NANP's layout, is no valid Russian number, and only the field reads it
MESSENGER_FIELDS = [
    "WhatsApp [[T|998901234567]]",
    "Viber [[T|1-813-775-7976]] по вечерам.",
    "Телеграм: [[T|992971148400]]",
    "ватсап [[T|+7 912 345 67 89]]",
]


@pytest.mark.parametrize("source", MESSENGER_FIELDS)
def test_a_messenger_labels_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["Viber установлен, 2019", "WhatsApp 12.03.2019 отправлено сообщение", "Telegram @ivanov_ivan"])
def test_a_messenger_word_makes_no_phone_of_a_date_or_a_year(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


# A person's numbers are listed together: the first read as a phone by its own shape names the others
LISTED = [
    "жена — Икром Шавкат угли: [[T|8 990 982 06 83]], [[T|1-310-476-6077]]",
    '"phones": ["[[T|8 999 603 48 09]]", "[[T|1-887-480-1850]]"]',
    "брат: [[T|8 976 755 21 00]], [[T|998973909676]]",
    "Контакты: [[T|+7 912 345-67-89]] или [[T|375291234567]]",
]


@pytest.mark.parametrize("source", LISTED)
def test_numbers_listed_after_a_phone_are_phones(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"], text, spans)


@pytest.mark.parametrize("text, listed", [
    ("Иванов 8 912 345 67 89, 120 мг", "120"),  # a dose after a phone
    ("Контакты: 8 912 345 67 89, 12.03.2019 звонила", "12.03.2019"),  # a date
    ("8 912 345 67 89; 140/90", "140/90"),  # a pressure
    ("8 912 345 67 89, 112-233-445 95", "112-233-445 95"),  # a SNILS whose check digits hold
    ("8 912 345 67 89, 1234567890123456", "1234567890123456"),  # sixteen digits: longer than E.164 allows
])
def test_what_follows_a_phone_in_a_list_is_no_phone_unless_shaped_so(scanner: PiiScanner, text: str, listed: str) -> None:
    assert all(listed not in phone for phone in _phones(scanner, text))


# A local number with its kind said after it, as a contact list writes it
KIND_AFTER = [
    "[[T|55-22-16]] — домашний, трубку берёт соседка.",
    "[[T|2-30-63]] — мобильный.",
    "[[T|40-74-32]] (дом.)",
    "[[T|9-85-42]], сотовый дочери.",
    "[[T|58-72-67]] — моб. сына",
]


@pytest.mark.parametrize("source", KIND_AFTER)
def test_a_local_number_named_by_its_kind_after_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "АД 130-80-72 — домашнее давление",
    "Давление 130-80-72, домашнее",
    "Анализы 12-03-19, рабочий день по графику.",
    "Кт 12-03-19 - домашний режим",
])
def test_a_kind_word_after_other_numbers_makes_no_phone(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


# The numbering plan's whole number (a trunk or country prefix, an area code of three to five digits, the subscriber's
# groups) after the bare word "номер" is a phone, a colon after the word or none; a document's number word keeps it
AFTER_NUMBER_WORD = [
    "Мой новый номер [[T|8-4012-01-55-55]], старый не работает.",
    "Сменила номер: [[T|8-34345-4-17-73]]",
    "Новый номер [[T|8-35136-0-40-57]].",
]


@pytest.mark.parametrize("source", AFTER_NUMBER_WORD)
def test_a_whole_phone_after_the_word_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text, value", [
    ("Номер карты: 8-4012-01-55-55", "8-4012-01-55-55"),
    ("номер вызова: 8-4012-01-55-55", "8-4012-01-55-55"),
    # (eleven digits with a trunk prefix, the shape the whole-phone rule reads: an 8-digit value could never be one)
    ("Номер договора 8-4012-01-55-55", "8-4012-01-55-55"),
])
def test_a_documents_number_stays_a_record_number(scanner: PiiScanner, text: str, value: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]
    assert ("MEDICAL_RECORD_NUMBER", value) in found


# A label of three or four words closed by a colon ("Телефон матери в Бишкеке:") still opens the phone's field
def test_a_long_label_closed_by_a_colon(scanner: PiiScanner) -> None:
    text = "Контакт родственников за рубежом: 998961173832"
    assert _phones(scanner, text) == ["998961173832"]


def test_a_long_label_without_a_colon_reads_no_count(scanner: PiiScanner) -> None:
    assert _phones(scanner, "Тел. не работает, звонили 12 раз: 1234") == []


# A five- or six-digit local number (a town with a four- or five-digit area code) with its groups written apart by
# spaces, as by dashes, after a short cue ("т.", "дом.", "раб.")
@pytest.mark.parametrize("source", ["т. [[T|80 42 69]] — соседка", "т. [[T|2 17 80]]", "дом. [[T|45 12 34]]"])
def test_a_spaced_local_number_after_a_short_cue(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["по 1 т. 3 раза в день", "т. 10 20 30 мг", "т. 1 12 15 кап", "т. 2 10 15 амп."])
def test_a_short_cue_before_doses_makes_no_phone(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []
