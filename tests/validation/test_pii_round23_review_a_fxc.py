"""Review A of round 23, findings 9 and 13 (fixer C): a sample's or another paper's number in a record naming the
insurer is that paper's number, not the OMS policy; tests that pin the numbers beside a date survive it.

Our own examples, the review's reproducers.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# (finding 9: policy_records._OTHER_PAPER knew "заказ" and "штрих" but not the sample's or the container's words of
# phones' lab-number list, nor a coupon's, a protocol's, a receipt's number)
@pytest.mark.parametrize("label", ["Номер пробы", "Образец", "Пробирка №", "Контейнер", "Биоматериал №", "Талон №",
                                   "Протокол №", "Квитанция №", "Номер чека"])
def test_another_papers_number_in_an_insured_record_is_no_policy(scanner: PiiScanner, label: str) -> None:
    text = f"СМО: Ингосстрах-М\n{label} 1234567812345678"
    assert _typed(scanner, text) == [("MEDICAL_RECORD_NUMBER", "1234567812345678")]


@pytest.mark.parametrize("text", ["СМО: Ингосстрах-М\nНомер: 1234567812345678",
                                  "Страховая компания: СОГАЗ-Мед\nНомер: 7700 1234 5678 9012",
                                  "СМО: Ингосстрах-М\nЧеклист заполнен. Номер: 1234567812345678"])
def test_a_generic_label_in_an_insured_record_stays_the_policy(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _typed(scanner, text)] == ["RU_OMS_POLICY"]
