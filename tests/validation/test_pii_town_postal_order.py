"""PII round 23 (DL): a town the dictionary does not know, in the postal order with its commas ("Объячево, Революционная,
85"), is a place when the morphological predictor reads it as a place's name by its ending (:mod:`.town_houses`)."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _places(text: str) -> list[str]:
    return [text[e.start : e.end] for e in SCANNER.scan_fast(text) if e.type == "LOCATION"]


@pytest.mark.parametrize(("text", "place"), [
    ("Упала дома (Объячево, Революционная, 85). Жалобы на боль.", "Объячево, Революционная, 85"),
    ("Вызов: Лабытнанги, Садовая, 5.", "Лабытнанги, Садовая, 5"),
])
def test_unknown_town_in_the_postal_order(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize("text", [
    "Принимает Эутирокс, Утренняя, 50 мкг.",  # a drug and a dose's time of day
    "Лантус, Вечерняя, 12 ед.",
    "Нурофен, Новая, 2 таб.",  # a unit after the number
    "Бисопролол, Повторная, 5.",  # a dose's word
    "Шкала Глазго, Общая, 15.",  # a score
    "Иванов, Петрова, 12.",  # persons
])
def test_drugs_scores_and_persons_stay_clean(text: str) -> None:
    assert _places(text) == []
