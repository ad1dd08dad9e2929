"""PII that generalises (issue #10, round 22): a lower-case first name and surname, first name first or in an oblique
case, after a cue that names a person ("пац. исай николаев", "с пациентом саргсяном ашотом", "клиент елена королева",
"созвон с нинелью макаровой"); a two-letter word after a name is no pair of initials ("клиент герасимова не пришел").
Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.lower_name_pairs import name_pair_end


@pytest.mark.parametrize("source", [
    "пац. [[P|исай николаев]] 67 лет доставлен бригадой",
    "клиент [[P|елена королева]] не пришел, 2й раз",
    "с пациентом [[P|саргсяном ашотом]] согласован план лечения",
    "созвон с [[P|нинелью макаровой]] - согласны на хоспис",
])
def test_a_first_name_and_a_surname_after_a_persons_cue(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "PERSON"], text, spans)


def test_a_two_letter_word_after_a_name_is_no_pair_of_initials(scanner: PiiScanner) -> None:
    text = "клиент герасимова не пришел"
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PERSON"] == ["герасимова"]


@pytest.mark.parametrize("text", [
    "клиенту роза ветров понравилась",
    "пациент вера надежда любовь",
    "созвон с марка лекарства",
])
def test_two_ordinary_words_after_a_cue_are_no_name_pair(text: str) -> None:
    cue_end = text.index(" ", text.index(" ") + 1) + 1 if text.startswith("созвон") else text.index(" ") + 1
    assert name_pair_end(text, cue_end) == 0


@pytest.mark.parametrize("pair", ["эдуарду назарову", "карповой таисии", "дементьев лавр", "волкова юлия"])
def test_a_name_pair_agrees_in_case(pair: str) -> None:
    assert name_pair_end(pair, 0) == len(pair)


@pytest.mark.parametrize("pair", ["галине зиминых", "эдуарду назарова", "роза ветров", "лев толстой"])
def test_a_pair_in_different_cases_or_of_ordinary_words_is_none(pair: str) -> None:
    assert name_pair_end(pair, 0) == 0
