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


def test_another_objects_type_or_none_names_nothing() -> None:
    assert type_key("ppn") == "passport"
    # (a type of another member before the value's own object; no type at all)
    for text in ('{"a": {"type": ' + _coding("PPN") + '}, "b": [{"value": "8024 195860"}]}',
                 '{"value": "8024 195860"}'):
        start = text.index("8024")
        assert identifier_type_key(text, start, start + 11) == "", text


# (review A r23, finding 7: any other code of the table, MR above all, or a type with only a "text", left the value
# unreported, though the same value with no type is a record number; 0412ba5 pinned type_key("MR") == "", the leak)
@pytest.mark.parametrize(("identifier", "value"), [
    ('{"type": ' + _coding("MR") + ', "value": "12345678901"}', "12345678901"),
    ('{"type": {"coding": [{"code": "MR"}]}, "value": "123456"}', "123456"),
    ('{"type": {"coding": [{"code": "MR"}]}, "value": "ИБ-2024-00123"}', "ИБ-2024-00123"),
    ('{"use": "usual", "type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:1.2.643.5.1.13", "value": "12345678901"}',
     "12345678901"),
    ('{"type": {"coding": [{"code": "PI"}]}, "value": "12345678901"}', "12345678901"),
    ('{"type": {"text": "Номер карты"}, "value": "12345678901"}', "12345678901"),
    ('{"value": "12345678901", "type": {"text": "Номер карты"}}', "12345678901"),
    # (a typed key whose shape the value does not have: still the person's identifier, a record number)
    ('{"type": {"coding": [{"code": "PPN"}]}, "value": "12345678901"}', "12345678901"),
    ('{"type": {"coding": [{"code": "SN"}]}, "value": "12345"}', "12345"),
    ('{"type": {"coding": [{"code": "JHN"}]}, "value": "12345"}', "12345"),
])
def test_another_code_or_a_text_only_type_is_a_record_number(scanner: PiiScanner, identifier: str, value: str) -> None:
    text = '{"identifier": [' + identifier + "]}"
    assert _found(scanner, text, value) == [("MEDICAL_RECORD_NUMBER", value)]
    assert type_key("MR") == "record id"


def test_a_typed_quantity_is_no_identifier(scanner: PiiScanner) -> None:
    # (negative: a CodeableConcept's code beside a measured value names no identifier)
    text = '{"code": {"coding": [{"code": "MR"}]}, "valueQuantity": {"value": 12345}}'
    assert scanner.scan_fast(text) == []
