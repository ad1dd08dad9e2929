"""Round 26's speed work (SPB) finds what the code it replaced found.

``base.RegexRecognizer`` passes over the rules gated by :func:`.base.has_long_number` at once on a text without such
a number (their plans are made without them when the recognizer is built), instead of unpacking each rule and calling
its gate to skip it. These tests hold every regex recognizer of the scanner to the candidates of the rule-by-rule path
(the recognizer with the shortcut switched off), and check that a text with a long number still reaches those rules.
"""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii.base import RegexRecognizer, has_long_number
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.scanner import PiiScanner

_REGEX_RECOGNIZERS = [r for r in PiiScanner().recognizers if isinstance(r, RegexRecognizer)]

# pieces of notes: the papers' words (anchors of the rules), numbers of nine digits and more in their usual groupings
# (valid SNILS, INN, policy numbers among them), shorter numbers, separators
_PIECES = (
    "СНИЛС ", "ИНН ", "полис ОМС ", "паспорт ", "серия ", "номер ", "№ ", "тел. ", "e-mail: ", "www.", "http://",
    "112-233-445 95", "11223344595", "500100732259", "7700000000", "9234 2345 6789 0123", "4509 123456", "45 09 123456",
    "12", "2024", "01.02.2020", "123456789", "1234567890123456", " ", ", ", ":", "\n", "а", "Иванов ", "@mail.ru ",
)


def _shortcut_off(recognizer: RegexRecognizer) -> RegexRecognizer:
    """The same recognizer on the rule-by-rule path (each rule's gate called, as before the shortcut)."""
    twin = copy.copy(recognizer)
    twin._long_gated = False
    return twin


def _found(recognizer: RegexRecognizer, text: str) -> list[tuple[str, int, int, float, str]]:
    return [tuple(c) for c in recognizer.candidates(text)]  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_regex_recognizers_find_what_the_rule_by_rule_path_finds(text: str) -> None:
    text = normalize(text)
    for recognizer in _REGEX_RECOGNIZERS:
        assert _found(recognizer, text) == _found(_shortcut_off(recognizer), text), recognizer.name


def test_the_short_plans_hold_every_rule_but_the_long_number_ones() -> None:
    """Without a long number only the rules gated by :func:`.base.has_long_number` are left out, in their order."""
    gated_somewhere = False
    for recognizer in _REGEX_RECOGNIZERS:
        full, unanchored = recognizer._plan, recognizer._plan_unanchored
        short, short_unanchored = recognizer._plans_short
        assert short == tuple(plan for plan in full if plan.gate is not has_long_number)
        assert short_unanchored == tuple(plan for plan in unanchored if plan.gate is not has_long_number)
        assert recognizer._long_gated == any(plan.gate is has_long_number for plan in full)
        gated_somewhere |= recognizer._long_gated
    assert gated_somewhere


def test_a_long_number_still_reaches_its_rules() -> None:
    """A note with a SNILS, an INN or a policy number has a long number: the gated rules run and find them (a
    shortcut taken on such a note would drop them)."""
    scanner = PiiScanner()
    text = "Пациент Смирнов. СНИЛС 112-233-445 95, ИНН 500100732259, полис ОМС 9234 2345 6789 0123."
    assert has_long_number(text)
    types = {entity.type for entity in scanner.scan_fast(text)}
    assert {"RU_SNILS", "RU_INN", "RU_OMS_POLICY"} <= types
    for recognizer in _REGEX_RECOGNIZERS:
        assert _found(recognizer, text) == _found(_shortcut_off(recognizer), text), recognizer.name

