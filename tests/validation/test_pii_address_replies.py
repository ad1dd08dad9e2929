"""PII that generalises (issue #10, round 16): the reply to a request for an address in a dialogue is an address.

A dispatcher's "Адрес?", a bot's "Введите адрес.", an administrator's "Подскажите адрес и телефон." and, on the next
line after the other side's label, a street and a house with no keyword. Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "Диспетчер: Адрес?\nАбонент: [[L|Маршала Жукова, 14, квартира 9]], подъезд 1",
    "[Бот] Введите адрес.\n[Клиент] [[L|Кинешма, Вокзальная 12-40]]\n[Бот] Удобное время?",
    "[01.02.2025 10:00] Регистратура: Подскажите адрес и телефон.\n[01.02.2025 10:02] Ольга: [[L|Шуя, ш. Ивановское 3-17]]",
])
def test_the_reply_to_an_address_request_is_an_address(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    for _kind, start, end in spans:
        assert any(e.start < end and start < e.end for e in found), (text[start:end], found)


@pytest.mark.parametrize("text", [
    "Диспетчер: Адрес?\nАбонент: Сейчас посмотрю, минуту.",
    "[Бот] Введите адрес электронной почты.\n[Клиент] Ящик 24 на работе",
    "Какой у вас адрес?\nОтвет: 3 раза в день по 1 таблетке.",
    "Адрес?\nУточнить у родственников 12 числа",
])
def test_a_reply_without_a_house_or_to_another_address_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []
