"""Review 18 (REV1) findings on identifiers and dates: each input is the review's, each failed on main before its fix.

A passport named before a later conclusion or military noun, or above its series line, stays a passport; a lab value
on its own line is no journal's date; export keys that measure a voucher or a register hold no record number; a form's
count and a study's list item are no record numbers; a time glued to its date's cell is reported with it. Marks as in
:mod:`support.pii_marks`.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return sorted((e.type, text[e.start : e.end]) for e in scanner.scan_fast(text))


# finding 3: "заключение" of a contract, and a military ID listed as the passport's alternative, name no other paper;
# finding 4: a title names the series below it only by the noun it opens with, and never when it names a passport
PASSPORTS = [
    "Паспорт, предъявлен при заключении договора: 4509 123456",
    "Паспорт для заключения: 4509 123456",
    "Документ (паспорт, военный билет): 4509 123456",
    "Документ: паспорт / военный билет 4509 123456",
    "Сведения о направлении\nСерия 4509 № 123456",
    "Данные из полиса ОМС и паспорта\nСерия 4509 № 123456",
]


@pytest.mark.parametrize("text", PASSPORTS)
def test_named_passport_is_not_handed_off(scanner: PiiScanner, text: str) -> None:
    found = [e for e in scanner.scan_fast(text) if e.type != "LOCATION"]
    assert [(e.type, text[e.start : e.end]) for e in found] == [("RU_PASSPORT", text[text.index("4509") :].split(" выдан")[0])]
    assert found[0].score > 0.5


# finding 8: a lab value on its own line under its test's name, its unit written with a slash, or a score in points
@pytest.mark.parametrize("text", ["Кортизол\n10.11 нмоль/л", "ТТГ:\n10.12 мкМЕ/мл", "ЛГ\n12.03 МЕ/л", "Инсулин\n11.06 мкЕд/мл",
                                  "12.05 баллов по шкале"])
def test_lab_value_on_its_own_line_is_no_date(scanner: PiiScanner, text: str) -> None:
    assert _typed(scanner, text) == []


def test_journal_entry_still_dated(scanner: PiiScanner) -> None:
    text = "13.03 актив на дом. пац-ка\n11.07 — отпущ."
    assert _typed(scanner, text) == [("DATE_TIME", "11.07"), ("DATE_TIME", "13.03")]


# finding 9: a register's or a voucher's word names a record number only alone or with a number's word
@pytest.mark.parametrize("key", ["voucher_price", "voucher_days", "voucherCount", "registry_status", "register_type",
                                 "register_address", "registry_year"])
def test_measured_register_and_voucher_keys_name_no_record(key: str) -> None:
    assert key_type(key) is None


def test_voucher_export_values_stay_clean(scanner: PiiScanner) -> None:
    assert _typed(scanner, '{"voucher_price": "45000", "registry_status": "1"}') == []


@pytest.mark.parametrize("key", ["registry_id", "voucher", "RegistryNumber", "voucher_no", "registryCode"])
def test_register_entry_keys_still_name_a_record(key: str) -> None:
    assert key_type(key) == "MEDICAL_RECORD_NUMBER"
