"""Round 24 (PI): an old OMS policy's series in two digit groups joined by a dash; a DICOM patient id by its check digits.

Before the ЕНП of 2011 a policy's series was the region's and the insurer's code, free text of up to ten characters
(the ФОМС registers' SPOLIS beside NPOLIS): "77 00 № 463972" was read, "15-23 № 70831344" now too.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import luhn_valid

CASES = {
    "old-policy-dashed-series": "Полис ОМС старого образца: [[O|15-23 № 70831344]] Прием повторный.",
    "policy-word-alone-series-caption": "Полис серия [[O|56-93 № 69973220]] Головные боли в лобной области.",
    "insurance-policy-dashed-series": "Страховой полис [[O|62-16 № 19475299]] высыпания под правым глазом.",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_policies_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    # no policy's word: a pressure and a count, a ward's number
    "pressure-then-number": "АД 120-80, ЧСС 72, палата 12-14.",
    "stage-and-dose": "Стадия 2-3, доза 10-20 мг № 30 таблеток.",
    # a date is no series: "16.03 №" after a policy's word gives no policy
    "date-before-sign": "Полис ОМС 16.03 № 12 выдан повторно.",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type not in ("DATE_TIME",)]
    assert found == [], found


def test_a_voluntary_policy_stays_a_record_number(scanner: PiiScanner) -> None:
    text = "Полис ДМС 12-34 № 5678901, страховая «Ингосстрах»."
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type != "PERSON"]
    assert ("RU_OMS_POLICY", "12-34 № 5678901") not in found and any(t == "MEDICAL_RECORD_NUMBER" for t, _ in found), found


# a DICOM header's patient ids (Patient ID, Other Patient IDs): a value whose check digits hold is that national
# identifier (a ЕНП by its Luhn digit, a SNILS), any other a record number; the study's other ids stay record numbers
def _enp(first15: str) -> str:
    return next(first15 + d for d in "0123456789" if luhn_valid(first15 + d))


_ENP = _enp("214300575817765")
_NOT_ENP = _ENP[:-1] + str((int(_ENP[-1]) + 1) % 10)
DICOM = {
    "other-patient-ids-enp": (f"(0010, 1000) Other Patient IDs  LO: '{_ENP}'", "RU_OMS_POLICY"),
    "patient-id-enp-by-name": (f"Patient ID: {_ENP}", "RU_OMS_POLICY"),
    "patient-id-enp-json": (f'{{"00101000": {{"vr": "LO", "Value": ["{_ENP}"]}}}}', "RU_OMS_POLICY"),
    "other-patient-ids-snils-digits": ("Other Patient IDs: 11223344595", "RU_SNILS"),
    "patient-id-no-check-digit": (f"Patient ID: {_NOT_ENP}", "MEDICAL_RECORD_NUMBER"),
    "patient-id-short": ("(0010, 0020) Patient ID  LO: '7392396073'", "MEDICAL_RECORD_NUMBER"),
    "accession-number-luhn-valid": (f"(0008,0050) Accession Number SH [{_ENP}]", "MEDICAL_RECORD_NUMBER"),
    # (an Issuer of Patient ID that names a hospital decides: its record number, whatever the check digit)
    "issuer-names-a-hospital": (f"(0010,0020) PatientID LO [{_ENP}]\n(0010,0021) IssuerOfPatientID LO [ГКБ 1]",
                                "MEDICAL_RECORD_NUMBER"),
}


@pytest.mark.parametrize("name", sorted(DICOM))
def test_dicom_patient_ids_by_check_digits(scanner: PiiScanner, name: str) -> None:
    text, kind = DICOM[name]
    found = [e.type for e in scanner.scan(text)]
    assert found == [kind], found
