"""A scanner asked for some types reports only those, even where a recognizer of an asked-for type hands a
value on as another type (a passport-shaped number after a driving licence is a record number)."""

from medsyn_dataset.validation.pii import PiiScanner

TEXT = "Водительское удостоверение 4509 123456. Паспорт 4509 123457, выдан ОВД."


def test_only_the_types_asked_for_are_reported() -> None:
    full = {e.type for e in PiiScanner(n_jobs=1).scan_fast(TEXT)}
    assert {"RU_PASSPORT", "MEDICAL_RECORD_NUMBER"} <= full
    scanner = PiiScanner(n_jobs=1, entities=("RU_PASSPORT",))
    assert {e.type for e in scanner.scan_fast(TEXT)} == {"RU_PASSPORT"}
    assert {e.type for e in scanner.scan(TEXT)} == {"RU_PASSPORT"}
