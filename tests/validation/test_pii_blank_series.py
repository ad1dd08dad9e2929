"""PII that generalises (issue #10, round 21): a paper's number after its blank's series (:mod:`.blank_series`).

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.blank_series import blank_series_numbers

SERIES = [
    "Охотник, разрешение [[M|РОХа 12345678]] (гладкоствольное), жалоб нет.",
    "Лицензия [[M|ЛОа№1234567]] выдана, жалоб нет.",
    "Военнослужащий, Л/н [[M|ТЕ 123456]], рядовой.",
    "Личный номер: [[M|КХ 730343]]",
    "Жетон [[M|К-654321]] при себе.",
    "<PersonalNumber>[[M|ВЕ 765432]]</PersonalNumber>",
    "Свидетельство о рождении [[M|II-ЛС № 464712]] выдано ЗАГС.",
]


@pytest.mark.parametrize("source", SERIES)
def test_a_blank_series_names_a_paper_whatever_its_label(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# analytes in capitals, organisation codes, other identifiers' abbreviations, a vaccine's lot, short numbers and
# decimals are no blank's number
NOT_SERIES = [
    "ЛЕЙК 1200000, ТРОМБ 250000 в мкл.",
    "Код ОКПО 01234567, ОКТМО 45382000.",
    "Полис ОМС 1234567 временный.",
    "Вакцина Гам-КОВИД-Вак, серия ЕВ 123456, введена в дельтовидную мышцу.",
    "СОЭ 12, АД 130/80, ЧСС 72, ВК 12345.",
    "КТ 1234567.5 HU",
    "Инв. № АБ 1234567 (тонометр)",
    "Тел. ФАПа 678994, звонить утром.",
    "ДР 02031974; пол Ж.",
    # a device's model or serial, an order's, a drug's registration certificate, an analyte's count (review C r21,
    # finding 3)
    "Аппарат ЭКГ ЭК 123456, инв. номер.",
    "Прибор МТ 1234567 поверен.",
    "Приказ МЗ РФ ЛР 123456.",
    "Номер РУ ЛП-001234 от 12.05.2012.",
    "Рег. удостоверение ФСР 2010/1234, ЛСР 123456.",
    "Эритроциты ЭР 4500000.",
    "Тромбоциты ТР 250000 в мкл.",
    "Установлен ЭКС, модель ЭС 1234567.",
]


def test_a_series_under_its_label_stays_the_forms_two_fields(scanner: PiiScanner) -> None:
    """"Серия 57 АБ № 063227": the form's rule reads the series and the number apart; no span joins them."""
    text = "Медицинское заключение\n(форма 003-В/у)\nСерия 57 АБ № 063227\nДата"
    found = [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"]
    assert found == ["57 АБ", "063227"]


@pytest.mark.parametrize("text", NOT_SERIES)
def test_no_series_no_paper(text: str) -> None:
    assert list(blank_series_numbers(text)) == []
