"""One grouping of alternatives by their first character (second review 17, leftover 1).

:func:`medsyn_dataset.validation.pii.base.group_by_first_character` serves both
:func:`.base.compile_grouped` and the folded cue search's lowered pattern (:func:`.folded._by_first_letter`),
which kept a copy of its own. The patterns they build are the strings the two old copies built, kept here as
reference functions (the code of commit 9ff11aa, the round's main).
"""

from __future__ import annotations

import re

import pytest

from medsyn_dataset.validation.pii import address, address_components, fields, name_triggers
from medsyn_dataset.validation.pii.base import group_by_first_character, split_alternatives
from medsyn_dataset.validation.pii.folded import _CUE_OPENING, _ORDERED, FoldedPattern


def _old_first_character(alternative: str) -> tuple[str, int] | None:
    if alternative[:1] == "\\" and len(alternative) > 1 and not alternative[1].isalnum() and not alternative[1].isspace():
        char, size = alternative[1], 2
    elif alternative and alternative[0] not in frozenset("\\()[]{}|.^$?*+"):
        char, size = alternative[0], 1
    else:
        return None
    return None if alternative[size : size + 1] in ("?", "*", "+", "{") else (char, size)


def _old_by_first_character(parts: list[str]) -> str:
    firsts = [_old_first_character(part) for part in parts]
    if len(parts) < 2 or None in firsts:
        return "|".join(parts)
    groups: dict[str, list[str]] = {}
    for first, part in zip(firsts, parts, strict=True):
        assert first is not None
        groups.setdefault(first[0], []).append(part[first[1] :])
    return "|".join(re.escape(char) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for char, rests in groups.items())


def _old_compile_grouped_pattern(pattern: str, flags: int = 0) -> str:
    if not flags & (re.IGNORECASE | re.VERBOSE):
        if pattern.startswith("(?:"):
            parts, end = split_alternatives(pattern, 3)
            if end < len(pattern):
                pattern = "(?:" + _old_by_first_character(parts) + pattern[end:]
        else:
            parts, end = split_alternatives(pattern, 0)
            if end == len(pattern):
                pattern = _old_by_first_character(parts)
    return pattern


def _old_by_first_letter(pattern: str) -> str:
    if not pattern.startswith(_CUE_OPENING) or _ORDERED.search(pattern):
        return pattern
    words, end = split_alternatives(pattern, len(_CUE_OPENING))
    if end >= len(pattern):
        return pattern
    groups: dict[str, list[str]] = {}
    others = []
    for word in words:
        first = _old_first_character(word)
        if first is None:
            others.append(word)
        else:
            groups.setdefault(first[0], []).append(word[first[1] :])
    grouped = [re.escape(char) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for char, rests in groups.items()]
    return _CUE_OPENING + "|".join(grouped + others) + pattern[end:]


@pytest.mark.parametrize("pattern", [name_triggers.TRIGGER, name_triggers.EPONYM_BEFORE])
def test_folded_cue_patterns_are_the_strings_the_old_copy_built(pattern: re.Pattern[str]) -> None:
    assert FoldedPattern(pattern).lowered.pattern == _old_by_first_letter(pattern.pattern)


def test_compile_grouped_users_are_the_strings_the_old_code_built() -> None:
    sources = [
        ("|".join(map(re.escape, fields._DATE_HINTS)), fields._DATE_HINT),
        *((pattern, compiled) for (pattern, _score), (_name, compiled, _) in zip(address_components.COMPONENTS.values(), address._COMPONENT_PATTERNS, strict=True)),
    ]
    for source, compiled in sources:
        assert compiled.pattern == _old_compile_grouped_pattern(source, compiled.flags & ~re.UNICODE)


@pytest.mark.parametrize(
    "parts",
    [["ул\\.", "улиц[аеы]", "пр\\.", "пер\\."], ["a"], ["[аб]", "в"], ["\\w*терапевт\\w*", "врач", "в?рач", "\\.", "\\s"], []],
)
def test_grouping_keeps_both_old_behaviours(parts: list[str]) -> None:
    assert group_by_first_character(parts) == _old_by_first_character(parts)
    assert _old_by_first_letter(_CUE_OPENING + "|".join(parts) + ")x") == _CUE_OPENING + group_by_first_character(parts, others_last=True) + ")x"
