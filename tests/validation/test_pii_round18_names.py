"""PII that generalises (issue #10, round 18): personal names where their cue or shape was not read.

* whom a maternity record is about: the newborn, the woman in labour and after it ("Новорожденный ДОРОНИН, родился
  ...", "Роженица Эргашева", "Новорождённая Майя —");
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


def _persons(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PERSON"]


@pytest.mark.parametrize("source", [
    "Новорожденный [[P|ДОРОНИН]], родился в срок, масса 3400 г.",
    "Новорожденный [[P|Цыренова]], крик громкий.",
    "Новорождённая [[P|Майя]] — 3390 г / 51 см, Апгар 8-9.",
    "Роженица [[P|Эргашева]] поступила в родзал.",
    "ВЫПИСНОЙ ЭПИКРИЗ\nРодильница [[P|Орехова]], 31 год, выписана домой.",
])
def test_the_subject_of_a_maternity_record_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", [
    "Новорожденный мальчик, вес 3400 г.",
    "Новорождённая девочка. Оценка по шкале Апгар 8-9.",
    "Новорожденный ЗДОРОВ, крик громкий.",
    "Новорожденный Доношенный, крик громкий.",
    "Роженица Активна, жалоб нет.",
])
def test_a_maternity_record_s_other_words_are_no_name(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []
