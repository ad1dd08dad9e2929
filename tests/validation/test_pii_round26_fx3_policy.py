"""Review A r26, finding 12: an old policy's series and number in a person's row needs evidence.

Each text is the reviewer's (or of the same class); each test failed on comb e101e56 before the fix.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.scanner import PiiScanner

_SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in _SCANNER.scan_fast(text)]


def _typed(text: str, kind: str) -> list[str]:
    return [value for type_, value in _found(text) if type_ == kind]


# finding 12: a person's row gives a policy only with evidence; a phone's, a year's series is none
@pytest.mark.parametrize("text", [
    "Иванов И.И.   12.03.1960   8916 1234567   кардиология",
    "Петрова А.С.   05.11.1978   АН 1234567   военнообязанная",
    "Козлова Е.В.   23.04.1990   2023 1234567   поступила",
    "Сидоров П.П.   01.02.1955   ВК 1234567   выписан",
    # (evidence present, the shape still a phone's or a year's)
    "Иванов И.И.   12.03.1960   8916 1234567   770708389324",
    "Козлова Е.В.   23.04.1990   2023 1234567   770708389324",
])
def test_a_row_without_evidence_or_with_anothers_shape_gives_no_policy(text: str) -> None:
    assert _typed(text, "RU_OMS_POLICY") == []


@pytest.mark.parametrize(("text", "value"), [
    ("ЕА 8724645   Бадмаева С.Ц.   29.09.1949   770708389324   12345", "ЕА 8724645"),
    ("7700 12345678   Бадмаева С.Ц.   29.09.1949   770708389324   12345", "7700 12345678"),
    ("Реестр застрахованных\nЯМ 1234567   Бадмаева С.Ц.   29.09.1949   кардиология", "ЯМ 1234567"),
])
def test_a_row_with_evidence_keeps_the_policy(text: str, value: str) -> None:
    assert _typed(text, "RU_OMS_POLICY") == [value]
