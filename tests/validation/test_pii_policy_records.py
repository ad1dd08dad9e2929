"""An OMS policy's ЕНП in a record that names the insurance anywhere (round 23, :mod:`.policy_records`).

Our own examples, written for the mechanism (a stem of the insurance inside any word, an insurer of the register of
СМО, the fund as a caption or as the issuer of a DICOM Patient ID on the line before), none copied from a split.
"""

from __future__ import annotations

import pytest
from support.pii_marks import planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.base import RegexRecognizer
from medsyn_dataset.validation.pii.checksums import enp_valid
from medsyn_dataset.validation.pii.policy_records import ENP_IN_RECORD

# (the one rule alone, as the OMS recognizer runs it)
ENP_IN_RECORD_RECOGNIZER = RegexRecognizer("RU_OMS_POLICY", "probe", [ENP_IN_RECORD], needs=r"\d")


def _typed(scanner: PiiScanner, text: str, kind: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == kind]


NAMED_IN_RECORD = [
    "Застрахован в СОГАЗ-Мед под № [[O|1648705964023592]]. Жалоб нет.",
    "Застрахованное лицо № [[O|7723441193736232]]",
    "Страхователь: Максимус; № [[O|7723 4411 9373 6232]]",
    "Страховая компания: Капитал МС\nНомер: [[O|1648705964023591]]",
    "ID пациента [[O|7723441193736232]] (ЕНП)",
    "(0010,0021) IssuerOfPatientID LO [ТФОМС]\n(0010,0020) PatientID LO [[[O|6838738069560423]]]",
]


@pytest.mark.parametrize("source", NAMED_IN_RECORD)
def test_a_policy_whose_record_names_the_insurance(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = _typed(scanner, text, "RU_OMS_POLICY")
    assert [text[start:end] for _, start, end in spans] == found, (text, found)


@pytest.mark.parametrize("text", [
    "Страховая компания СОГАЗ-Мед. Карта Visa 4276 3800 1234 5678",  # (a bank card named on its line)
    "Полис ДМС Ингосстрах, № 7723441193736232",  # (a voluntary insurance: the insurer's contract)
    "Страховая компания Капитал МС, договор № 7723441193736232",  # (a contract after the insurer)
    "Застрахован. Номер медицинской карты 7723441193736232",  # (the medical card's number)
    "Пациент 7723441193736232 поступил",  # (no insurance named)
    "Чувство страха. Код 7723441193736232",  # ("страх", the fear, is no insurance's stem "страхов")
    "Полисегментарная пневмония, проба 7723441193736232",  # (a word that starts like "полис")
])
def test_no_policy_without_the_insurance_or_beside_another_paper(text: str) -> None:
    assert not [c for c in ENP_IN_RECORD_RECOGNIZER.candidates(text) if c.score >= 0.5], text


def test_the_check_digit_lifts_the_score() -> None:
    checked, unchecked = "ЕНП 1648705964023592", "ЕНП 1648705964023591"
    assert enp_valid("1648705964023592") and not enp_valid("1648705964023591")
    score = {text: [c.score for c in ENP_IN_RECORD_RECOGNIZER.candidates(text)] for text in (checked, unchecked)}
    assert score[checked] == [pytest.approx(0.97)] and score[unchecked] == [pytest.approx(0.92)]


def test_a_blank_line_ends_the_record() -> None:
    assert not list(ENP_IN_RECORD_RECOGNIZER.candidates("Страховая компания СОГАЗ-Мед\n\nПроба 7723441193736232"))




def test_the_issuer_after_a_dicom_patient_id_names_the_policy(scanner: PiiScanner) -> None:
    # (PS3.5 lists attributes in the order of their tags: (0010,0021) Issuer of Patient ID after (0010,0020) Patient ID)
    text = "(0010,0020) PatientID LO [6838738069560423]\n(0010,0021) IssuerOfPatientID LO [ФОМС]"
    assert _typed(scanner, text, "RU_OMS_POLICY") == ["6838738069560423"]
    assert _typed(scanner, text.replace("ФОМС", "ГКБ 1"), "RU_OMS_POLICY") == []


@pytest.mark.parametrize("text", [
    "Реестр услуг по ДМС\nФИО | Полис | Телефон\nИванов И.И. | 7750 2411 9937 2230 | +79161234567",  # (a title's mark)
    '{"polis_oms_paid": "7835974245025815"}',  # (an export's value: its key decides)
    "polis_oms_paid=7835974245025815",
])
def test_no_policy_under_a_voluntary_title_or_in_an_exports_field(text: str) -> None:
    assert not list(ENP_IN_RECORD_RECOGNIZER.candidates(text)), text
