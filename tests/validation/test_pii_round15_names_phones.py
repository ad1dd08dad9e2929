"""PII that generalises (issue #10, round 15): names, phones, dates, places and policies of flat exports, dumps,
foreign contacts and old forms.

Every case is made up here (not taken from the benchmark), each class with look-alikes that must stay
clean (doses, lab values, pressures, times of taking a drug, ward numbers, ICD codes).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


CASES = {
    # a flat export's pairs joined by "|" or ";", the ТФОМС register's keys FAM/IM/OT (:mod:`.export_fields`)
    "flat-export-pipes": "Выгрузка: N_ZAP=12|FAM=[[P|ЛАПТЕВА]]|IM=[[P|ОЛЬГА]]|OT=[[P|ИГОРЕВНА]]|W=2|DR=[[D|1961-03-05]]|Q=1",
    "flat-export-semicolons": "rec;fam=[[P|Гуляев]];im=[[P|Ефим]];ot=[[P|Ильич]];sex=1",
    # a DICOM dump's columns: tag, keyword, a bare value representation, the value (:mod:`.dicom`)
    "dicom-dump-columns": (
        "(0008,0021) SeriesDate       DA  [[D|20230117]]\n(0008,0060) Modality         CS  MR\n"
        "(0010,0030) PatientBirthDate DA  [[D|19640229]]\n(0018,0050) SliceThickness   DS  5.0"
    ),
    # a form's joint caption for a series and a number, "серия/номер", "серия, №" (:mod:`.id_fields`)
    "policy-series-slash-number": "Полис ОМС старого образца, серия/номер: [[O|5403 № 0177451263]]; действителен.",
    "policy-letters-series-comma": "Полис ОМС серия, №: [[O|КМ 4412076]]\nДиагноз J06.9",
    "passport-series-slash-number": "Паспорт серия/номер: [[Pa|4509 331207]], выдан давно.",
    # a foreign number after "+", its groups unbracketed, valid or not for its country (:mod:`.phones`)
    "international-spaced-groups": "Сестра на родине: [[T|+375 29 741 20 53]]; брат [[T|+380-67-412-33-90]].",
    "international-one-digit-too-many": "Жена — [[T|+374 95 412 30 117]], звонить вечером.",
    # a person's label, then a town's seven-digit number: a phone, not the patient's record (:mod:`.record_numbers`)
    "patient-label-town-phone": "Пациент [[P|Крылов]]: [[T|512-40-77]], [[T|8 912 004 55 61]]",
    # eight digits, day first, of a plausible year, standing apart: a date typed without its stops (:mod:`.date_cues`)
    "compact-day-first-in-prose": "Извещаем, что [[D|23112019]] больной поступил; вязки сняты в [[D|17032021]] (утром).",
}
CLEAN = [
    # a flat row of lab values and doses: keys name no person
    "LAB|K=4.1|NA=140|GLU=5.6|CRP=12",
    "naznach;doza=5мг;kratn=2;put=внутрь",
    # a dump's technical attributes: no date, no person
    "(0018,0050) SliceThickness   DS  1.25\n(0028,0010) Rows             US  512\n(0008,0060) Modality  CS  CT",
    # a policy's caption with no number; signs of a reflex, a test's pluses, a temperature
    "Полис ОМС серия/номер: не предъявлен. Эналаприл 10 мг 2 р/д.",
    "Рефлексы +2 +2 +1, реакция ++, Т +37,2, ЧСС +10 уд/мин.",
    # eight digits that are no date: a month 13, a year 2187; glued to a letter; a decimal
    "Счётчик 12134567, шаг 31012187, серия A12052021, объём 12052021,5 мл.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round15_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round15_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


@pytest.mark.parametrize("text", ["Заказ 04102019 отправлен в лабораторию.", "Направление № 25032021 выдано.",
                                  "Штрихкод: 12052021, проба крови."])
def test_round15_eight_digits_after_an_identifier_word_are_no_date(scanner: PiiScanner, text: str) -> None:
    assert [e.type for e in scanner.scan(text) if e.type == "DATE_TIME"] == []


def test_round15_a_numbered_patient_keeps_its_record_number(scanner: PiiScanner) -> None:
    text = "Пациент № 512-40-77 поступил в 14:00."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("MEDICAL_RECORD_NUMBER", "512-40-77")]
