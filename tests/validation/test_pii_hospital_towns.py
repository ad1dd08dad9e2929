"""Towns named by a district hospital's abbreviation beside them and by a residence's word before them (round 25,
:mod:`.hospital_towns`). Our own examples: a call log's, a journal's and a referral's lines, and the negatives."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _places(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]


@pytest.mark.parametrize(("text", "town"), [
    # the town after the abbreviation, in the nominative (a call log's bracket, a referral's "из ЦРБ")
    ("12:00 — звонил Петросян А.А. (ЦРБ Далматово), тел. 8 (8792) 46-24-84, о больном", "Далматово"),
    ("Перевод согласован с ЦРКБ Ирбит, транспорт санавиации.", "Ирбит"),
    ("Консультация: (ЦРБ Катав-Ивановск) дежурный хирург.", "Катав-Ивановск"),
    # before it: a journal's column, a "from" field with the abbreviation in brackets
    ("12.24    8668     Шубин А.Д.     Нягань ЦРБ     Ларионова", "Нягань"),
    ("Откуда: Ельня (ЦРБ)\nДиагноз: перелом.", "Ельня"),
    # a residence's word and a comma or a dash before a place of the dictionary
    ("Направлен: поликлиникой по месту жительства, Углегорск\nСКК № 598", "Углегорск"),
    ("Наблюдается по месту регистрации — Тихорецк.", "Тихорецк"),
])
def test_a_town_beside_a_hospitals_abbreviation_or_after_a_residence(scanner: PiiScanner, text: str, town: str) -> None:
    assert _places(scanner, text) == [town]


@pytest.mark.parametrize("text", [
    "Врач ЦРБ Пушкин А.С. осмотрел пациента.",  # (initials after it: the hospital's doctor)
    "Консультирован в ЦРБ Терапевтом, назначено лечение.",  # (no place of the dictionary)
    "Госпитализирован в ЦРБ Россия.",  # (a country names no one)
    "Наблюдается по месту жительства, Терапевт Иванова.",  # (a person, no place)
    "Больница Далматово",  # (a noun, not an abbreviation: its town would stand in the genitive)
])
def test_no_town_where_the_word_is_none(scanner: PiiScanner, text: str) -> None:
    assert _places(scanner, text) == []
