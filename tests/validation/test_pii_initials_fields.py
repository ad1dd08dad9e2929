"""PII that generalises (issue #10, round 26): initials under a field that names them, whatever its label's length
and however the letters are parted (a trial's subject lists, SAE forms, CRFs), and an initials column headed as
trial logs cut it ("INIT", "Иниц."). Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

FOUND = {
    # a label that says where the initials are written, before a dash or a colon
    "label-where-written": "Инициалы пациента в ИРК — [[P|МАН]]; дата рождения не указывается.",
    "label-where-hyphens": "Инициалы пациента в ИРК — [[P|У-А-Д]]; дата рождения не указывается.",
    "label-where-stops": "Инициалы субъекта по журналу CRF: [[P|Д.М.А.]]\n",
    # a hyphen where a part of the name is missing or double, after a field or a Latin label with no separator
    "field-padded-hyphen": "1. Номер субъекта: [[M|39391]]   Инициалы: [[P|ГА-М]]\n2. Пол: ж",
    "latin-label-padded": "Subject initials [[P|ПА-М]] (по журналу идентификации).",
    "latin-label-leading-hyphen": "Subject initials [[P|И-АП]] (по журналу идентификации).",
    # a fixed-width listing whose initials column is headed "INIT"
    "fixed-width-init-column": (
        "SUBJ      INIT  DOB         ENROLLED    STATUS\n"
        "[[M|39-168]]    [[P|БЭИ]]   [[D|05.02.1957]]  [[D|12.09.2021]]  WITHDRAWN\n"
        "[[M|266-2469]]  [[P|АДГ]]   [[D|24.04.1981]]  [[D|16.01.2026]]  ONGOING\n"
    ),
    "bars-init-column": "SUBJ | Иниц. | DOB\n[[M|33-190]] | [[P|СБВ]] | [[D|13.08.2000]]\n",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_labelled_initials_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a label that negates, a sentence going on after the capitals, a placeholder, the name's label itself
    "Инициалы пациента в ИРК не указываются - ЭКГ без изменений.",
    "Инициалы пациента в ИРК — ЭКГ в норме.",
    "Инициалы: XXX; Инициалы: Х-Х-Х",
    # the capitals before a separator are the label's word, not its value
    "Инициалы пациента в ИРК — \n",
    # a label of a check, a form's answer, the record's own name (review A r26, finding 11)
    "Инициалы сверены с ИРК: ОК.",
    "Проверено: инициалы в CRF — ДА",
    "Инициалы пациента в ИРК: НД",
    "Инициалы субъекта по журналу — ИРК",
]


@pytest.mark.parametrize("text", CLEAN)
def test_initials_labels_without_initials_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_labelled_initials_alone() -> None:
    """The module's own reading: the value after a long label, none before a surname (the chains' business)."""
    from medsyn_dataset.validation.pii.initials_fields import labelled_initials

    text = "Инициалы пациента в ИРК — МАН; Инициалы, фамилия: А.В. Кузнецов"
    assert [text[a:b] for a, b in labelled_initials(text)] == ["МАН"]


def test_the_sentence_stop_is_left_out() -> None:
    """Joined capitals at a sentence's end: the stop is the sentence's, not the initials' (stopped initials keep theirs)."""
    from medsyn_dataset.validation.pii.initials_fields import labelled_initials

    text = "Инициалы пациента в ИРК — МАН.\nИнициалы субъекта: Д.М.А.\n"
    assert [text[a:b] for a, b in labelled_initials(text)] == ["МАН", "Д.М.А."]
