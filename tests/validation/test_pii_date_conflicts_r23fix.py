"""Review A r23, findings 4 and 15: a full date keeps its characters only against a reading that cuts it.

A record's number that holds the whole date and runs on from it without a space ("№ 15.03.2024-К/12") is one
identifier: it is kept (and wins on length). A phone whose candidate ran one group into a following date is trimmed to
end before the date, not dropped. A candidate that cuts the date otherwise is still dropped.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("Талон ВМП № 15.03.2024-К/12", "15.03.2024-К/12"),
    ("Направление № 15.03.2024-АБ-12", "15.03.2024-АБ-12"),
    ("Карта № 15.03.2024/П-77", "15.03.2024/П-77"),
    ("Договор ДМС № 01.02.2023-ДМС/445", "01.02.2023-ДМС/445"),
    ("Accession: 2021-03-12-A0045", "2021-03-12-A0045"),
    ("Study ID 2021-03-12A", "2021-03-12A"),
    ("Направление на госпитализацию № 26.XI.2015-В", "26.XI.2015-В"),
])
def test_a_record_number_holding_a_whole_date_is_kept(text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in _found(text)


@pytest.mark.parametrize(("text", "phone"), [
    ("тел.: 83452 45 67 12.03.2021", "83452 45 67"),
    ("Тел.: 8 (912) 345-67-89 доб. 12.03.2021", "8 (912) 345-67-89"),
])
def test_a_phone_running_into_a_date_is_trimmed(text: str, phone: str) -> None:
    found = _found(text)
    assert ("PHONE_NUMBER", phone) in found
    assert ("DATE_TIME", "12.03.2021") in found


@pytest.mark.parametrize(("text", "expected"), [
    # the number before the date is a record's, the date its own: no phone "93601054 21"
    ("РЕЦЕПТ Серия 97-20 № 93601054 21.02.2021 г.\nФ.И.О. пациента",
     [("MEDICAL_RECORD_NUMBER", "97-20"), ("MEDICAL_RECORD_NUMBER", "93601054"), ("DATE_TIME", "21.02.2021")]),
    # a date then a space: the date alone, not a record's number or an address holding it
    ("в/у выдано 19-08-2022 ГИБДД", [("DATE_TIME", "19-08-2022")]),
    ("Регистрация: 26.XI.2015 г. Москва, ул. Ленина, д. 5",
     [("DATE_TIME", "26.XI.2015"), ("LOCATION", "Москва, ул. Ленина, д. 5")]),
])
def test_a_reading_across_a_space_still_yields_to_the_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_an_ocr_number_through_a_tab_still_yields_to_the_date() -> None:
    text = "9012256\tАлександров\tСилантий\t2000-01-06\t09.06.2022\tOS\t71\nжалобы"
    found = _found(text)
    assert ("DATE_TIME", "09.06.2022") in found
    assert not [value for kind, value in found if kind == "RU_INN"]
