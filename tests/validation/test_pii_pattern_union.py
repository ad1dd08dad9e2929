"""The union gate of :mod:`medsyn_dataset.validation.pii.pattern_union`: it matches at a position exactly
when one of its patterns matches there, so the date rules it gates find what they found without it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import date_grammar
from medsyn_dataset.validation.pii.pattern_union import rules_at, rules_gate, union


def test_union_keeps_each_patterns_back_references_and_case_flags() -> None:
    gate = union([re.compile(r"(?P<sep>[./])\d\d(?P=sep)"), re.compile(r"марта", re.IGNORECASE), re.compile(r"\d+ мг")])
    assert gate.match(".12.") and gate.match("/03/")
    assert not gate.match(".12/")  # (the first pattern's separator must repeat)
    assert gate.match("МАРТА") and gate.match("Марта")
    assert gate.match("500 мг") and not gate.match("500 МГ")  # (the third pattern has no IGNORECASE)


def test_union_refuses_what_it_cannot_keep() -> None:
    with pytest.raises(ValueError):
        union([re.compile(r"(\d)-\1")])
    with pytest.raises(ValueError):
        union([re.compile(r"a", re.VERBOSE)])


_DATE_RULE_SETS = (date_grammar.SHORT_RULES, date_grammar.SHORT_RULES_CYRILLIC, date_grammar.SHORT_SLASH,
                   date_grammar.SHORT_SLASH_CYRILLIC, date_grammar.LONG_RULES)
_PIECES = ("12", "3", "03", "2019", "1985", "31", ".", "/", "-", " ", ",", "марта", "МАР", "Aug", "XI", "г.", "мг", "г/л",
           "ммоль/л", "37,5", "120/80", "J06.9", "палата 12", "в 08:30", "12:45", "числа", "по", "—", "го", "»")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_date_rules_gate_matches_where_some_rule_matches(text: str) -> None:
    for rules in _DATE_RULE_SETS:
        gate = rules_gate(rules)
        for start in range(len(text) + 1):
            some = any(pattern.match(text, start) for _, pattern, _ in rules)
            assert (gate.match(text, start) is not None) == some, (text, start)


@pytest.mark.parametrize("text", [
    "Парацетамол 500 мг 3 раза в день", "Hb 132 г/л, глюкоза 5,4 ммоль/л", "АД 120/80, ЧСС 72", "МКБ J06.9",
    "палата 12, койка 3", "принимать в 08:30 и 20:30", "t 37,5", "дата осмотра 12.03.2019", "12 марта 2019 г.",
])
def test_rules_at_a_number_are_those_that_match_there(text: str) -> None:
    for rules in _DATE_RULE_SETS:
        for number in re.finditer(r"\d+", text):
            kept = rules_at(rules, text, number.start())
            assert kept in (rules, ())
            matching = [name for name, pattern, _ in rules if pattern.match(text, number.start())]
            assert (kept == rules) if matching else (kept == () or len(rules) < 2)
