"""A key that names a link holds a URL, not a record's number (round 25, :data:`.export_keys.LINK_WORDS`)."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type


@pytest.mark.parametrize("key", ["emk_url", "card_link", "recordUri", "EMR_HREF", "mrn_url"])
def test_a_link_key_names_no_identifier(key: str) -> None:
    assert key_type(key) is None


@pytest.mark.parametrize("key", ["emk", "card_number", "mrn"])
def test_a_record_key_still_names_a_record(key: str) -> None:
    assert key_type(key) == "MEDICAL_RECORD_NUMBER"


@pytest.mark.parametrize(("text", "link"), [
    # a patient's record in a MIS export: a scheme-less link under "emk_url" (a link to one person's record)
    ("patient_id=94438690; emk_url=oao.edu/patients/968388; enp=5572720376203667;", "oao.edu/patients/968388"),
    ("card_link=lk.clinic.ru/card/123456\nfio=Иванов Иван", "lk.clinic.ru/card/123456"),
])
def test_the_value_under_a_link_key_is_a_url(scanner: PiiScanner, text: str, link: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]
    assert ("URL", link) in found and ("MEDICAL_RECORD_NUMBER", link) not in found
