"""PII round 17, second review: places read where none is, or cut short (:mod:`...pii.address`,
:mod:`...pii.address_lower`, :mod:`...pii.places`, :mod:`...pii.caps_address`).

Same notation as ``test_pii_formats`` (``[[KIND|value]]``).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


def _found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan(text)]


# finding 4: after "у." / "сл." a surname is no settlement (a person's "у")
SURNAME_AFTER_U = ["Консультирован у. Кузнецова", "Пациент у. Смирнова", "Отмечается у. Петрова 3"]


@pytest.mark.parametrize("text", SURNAME_AFTER_U)
def test_a_surname_after_u_is_no_settlement(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _found(scanner, text)] in ([], ["PERSON"]), _found(scanner, text)


# finding 3: a drug and its dose after a one-letter abbreviation ("у." утром, "с." сублингвально, "п." перорально)
DRUG_DOSES = [
    "у. бисопролол 5мг",
    "Утром: у. метопролол 25мг",
    "с. амлодипин 5мг",
    "д. нифедипин 10мг",
    "п. метформин 500мг 2р/д",
    "сл. физраствор 200мл",
    "х. лазикс 40мг",
    "п. ибупрофен 200-400",
    "с. кеторол 10-20",
    "п. перорально 12/1",
    "п. кеторол 2р",
]


@pytest.mark.parametrize("text", DRUG_DOSES)
def test_a_drug_and_its_dose_is_no_lower_case_address(scanner: PiiScanner, text: str) -> None:
    assert _found(scanner, text) == []
