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


# A label of three or four words closed by a colon ("Телефон матери в Бишкеке:") still opens the phone's field
def test_a_long_label_closed_by_a_colon(scanner: PiiScanner) -> None:
    text = "Контакт родственников за рубежом: 998961173832"
    assert _phones(scanner, text) == ["998961173832"]


def test_a_long_label_without_a_colon_reads_no_count(scanner: PiiScanner) -> None:
    assert _phones(scanner, "Тел. не работает, звонили 12 раз: 1234") == []
