"""PII that generalises (issue #10, round 26): a lower-case surname and first name that agree in case and gender, with
no cue word before them, as hurried notes, chats and dictated handovers write a person. Marks as in
:mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

FOUND = {
    "after-heading-colon": "скрининг: [[P|сысоев наум]] - не подходит по КВ",
    "object-of-verb-dative": "напомнить [[P|сидорову евдокиму]] про дневник!!",
    "handover-nominative": "ну короче, по смене: [[P|дроздова галина]] из шестой палаты всю ночь звала",
    "first-name-first": "вчера [[P|исай николаев]] пришёл на приём без направления",
    # a surname the dictionary lacks beside a first name that is no ordinary word: still a pair
    "unknown-surname-known-name": "пал. 3 - [[P|жумабаев данияр]], сатурация 93%",
    # ... and beside a first name that is as much a word ("динара", a dinar's)
    "unknown-surname-name-and-word": "в палате [[P|жумабаева динара]] жалуется на боль",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_lower_pairs_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # ordinary words that are names too, a name and a word: no pair
    "вера надежда любовь, роза ветров, здорова вера в лечение",
    # words ending as surnames do beside ordinary words
    "боли в области сердца, приступы до семи раз в день, кровь из носа",
    "состояние без изменений, готов к выписке, рекомендован контроль",
    # an adjective the dictionary lacks (rare or misspelt), read as a surname by its ending, and "флора", a first name
    # too (review A r26, finding 10): a surname only guessed is no pair beside a word read first as a noun
    "рост энтерококковой флоры",
    "рост диплококковой флоры",
    "рост стрептококовой флоры",
    "в посеве рост межвидовой и стриптококковой флоры",
]


@pytest.mark.parametrize("text", CLEAN)
def test_word_pairs_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_pairs_alone() -> None:
    """The module's own reading, both orders; capitalised names are the chains' business."""
    from medsyn_dataset.validation.pii.lower_pairs_anywhere import lower_name_pairs

    text = "по смене: дроздова галина, затем исай николаев; Иванов Пётр"
    assert [text[a:b] for a, b in lower_name_pairs(text)] == ["дроздова галина", "исай николаев"]


def test_ordinary_words_that_end_as_surnames_are_not_looked_up() -> None:
    """The cheap gate before a pair is read: a word ending as a surname declines is looked at beside its neighbour only
    where the dictionary reads it as a surname or a first name (most such words of a note are ordinary)."""
    from medsyn_dataset.validation.pii.lower_pairs_anywhere import _may_be_in_pair

    assert [w for w in ("анализов", "препаратов", "инсулин", "сосудов", "пациентов", "витамин") if _may_be_in_pair(w)] == []
    assert all(_may_be_in_pair(w) for w in ("дроздова", "николаев", "галина"))
