"""An identifier's type code of HL7 table 0203 in a FHIR Identifier names its kind (round 23, :mod:`.identifier_types`).

Our own examples: the code of the standard's table, whatever the value's digits look like.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.identifier_types import identifier_type_key, type_key


def _coding(code: str) -> str:
    return '{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "' + code + '"}]}'


def _found(scanner: PiiScanner, text: str, value: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if value in text[e.start : e.end]]


@pytest.mark.parametrize(("code", "value", "kind"), [
    ("PPN", "8024 195860", "RU_PASSPORT"),  # (a phone's look: "8024 195860" is ten digits too)
    ("JHN", "7723441193736231", "RU_OMS_POLICY"),
])
def test_the_type_code_before_the_value_names_it(scanner: PiiScanner, code: str, value: str, kind: str) -> None:
    text = '{"resourceType": "Patient", "identifier": [{"type": ' + _coding(code) + ', "value": "' + value + '"}]}'
    assert _found(scanner, text, value) == [(kind, value)]


def test_the_type_code_after_the_value_names_it(scanner: PiiScanner) -> None:
    text = '{"identifier": [{"use": "official", "value": "8024 195860", "type": ' + _coding("PPN") + "}]}"
    assert _found(scanner, text, "8024 195860") == [("RU_PASSPORT", "8024 195860")]


def test_another_code_or_another_objects_type_names_nothing() -> None:
    assert type_key("MR") == "" and type_key("ppn") == "passport"
    # (a medical record's code; a type of another member before the value's own object)
    for text in ('{"identifier": [{"type": ' + _coding("MR") + ', "value": "8024 195860"}]}',
                 '{"a": {"type": ' + _coding("PPN") + '}, "b": [{"value": "8024 195860"}]}',
                 '{"value": "8024 195860"}'):
        start = text.index("8024")
        assert identifier_type_key(text, start, start + 11) == "", text
