"""PII that generalises (issue #10, round 18): places.

* a settlement's kind written as a label ("в городе — Кондопога") is no part of the place the field names.
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


def _locations(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]


@pytest.mark.parametrize(("text", "place"), [
    ("Проживает в городе — Кондопога", "Кондопога"),
    ("Проживает в деревне: Истра, ул. Садовая, 5. Жалоб нет.", "Истра, ул. Садовая, 5"),
    ("Проживает в деревне — Истра", "Истра"),
    ("Прописана в посёлке: Сосновка", "Сосновка"),
])
def test_a_labelled_place_starts_at_its_name_not_at_its_kind(scanner: PiiScanner, text: str, place: str) -> None:
    assert _locations(scanner, text) == [place]


@pytest.mark.parametrize("text", ["Проживает в городе — один.", "Проживает в городе: с семьёй."])
def test_a_kind_label_without_a_name_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert _locations(scanner, text) == []
