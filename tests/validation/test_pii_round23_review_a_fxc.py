"""Review A of round 23, findings 9 and 13 (fixer C): a sample's or another paper's number in a record naming the
insurer is that paper's number, not the OMS policy; tests that pin the numbers beside a date survive it.

Our own examples, the review's reproducers.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from medsyn_dataset.validation.pii import PiiScanner, drug_names, policy_records
from medsyn_dataset.validation.pii.date_conflicts import full_date
from medsyn_dataset.validation.pii.months import ROMAN_MONTHS


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


# (finding 13: test_pii_dates_round23's test_full_date_keeps_its_characters asks only that the date be found; it would
# pass if date_conflicts.dates_kept dropped the prescription's or the licence's number beside the date, its failure mode)
@pytest.mark.parametrize(("text", "expected"), [
    ("РЕЦЕПТ Серия 97-20 № 93601054 21.02.2021 г.\nФ.И.О. пациента",
     [("MEDICAL_RECORD_NUMBER", "97-20"), ("MEDICAL_RECORD_NUMBER", "93601054"), ("DATE_TIME", "21.02.2021")]),
    ("в/у 77 АА 123456 выдано 19-08-2022 ГИБДД", [("MEDICAL_RECORD_NUMBER", "77 АА 123456"), ("DATE_TIME", "19-08-2022")]),
    ("Вод. удостоверение 7712 345678 выдано 19-08-2022 ГИБДД",
     [("MEDICAL_RECORD_NUMBER", "7712 345678"), ("DATE_TIME", "19-08-2022")]),
])
def test_the_numbers_beside_a_full_date_survive(scanner: PiiScanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected


def test_the_names_beside_a_column_of_dates_survive(scanner: PiiScanner) -> None:
    text = "9012256\tАлександров\tСилантий\t2000-01-06\t09.06.2022\tOS\t71\nжалобы"
    found = _typed(scanner, text)
    for item in [("PERSON", "Александров"), ("PERSON", "Силантий"), ("DATE_TIME", "2000-01-06"), ("DATE_TIME", "09.06.2022")]:
        assert item in found


# (finding 14: drug_names imported the knowledge graph inside a function; the repo's rule is top-level imports, the
# lazy part being only the graph's build, default_mkg() under lru_cache)
def test_the_round_23_modules_import_at_the_top() -> None:
    for module in (drug_names, policy_records):
        tree = ast.parse(inspect.getsource(module))
        inner = [node for function in ast.walk(tree) if isinstance(function, ast.FunctionDef)
                 for node in ast.walk(function) if isinstance(node, ast.Import | ast.ImportFrom)]
        assert inner == [], module.__name__
        private = [alias.name for node in tree.body if isinstance(node, ast.ImportFrom) for alias in node.names
                   if alias.name.startswith("_")]
        assert private == [], module.__name__


# (finding 14: date_conflicts added a third table of Roman months beside dates' and surrogate_dates'; one table, in
# months, the module of the month forms every reader shares)
def test_one_table_of_roman_months() -> None:
    package = Path(inspect.getfile(PiiScanner)).parent
    holders = sorted(path.name for path in package.glob("*.py") if re.search(r"\bVIII\b", path.read_text(encoding="utf-8"))
                     and not re.search(r"\"VIII-", path.read_text(encoding="utf-8")))
    assert holders == ["months.py"]
    assert ROMAN_MONTHS.index("IX") == 8 and len(ROMAN_MONTHS) == 12
    assert full_date("26.XI.2015") and not full_date("26.XIII.2015")
