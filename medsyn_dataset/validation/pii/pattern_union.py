"""One pattern that matches where any of several patterns matches: a gate before trying them one by one.

The date rules (:mod:`.dates`) are tried at every number of a note, each rule a ``match`` call of its
own (eleven for a number of one or two digits). Most numbers of a clinical note are doses, lab values
and times, no date: there the union of the rules, one ``match``, says that none of them matches (~2x
cheaper than asking each), and the rules are tried one by one only where it matches.

Why a match of the union is exactly "some rule matches here": the union is ``(?:r1)|(?:r2)|...``,
anchored where it is tried; an alternation matches at a position when one of its alternatives does,
and each alternative is its rule's own pattern (group names made unique per rule, with their back
references, and the rule's flags scoped to it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a group's name where it is defined, referred back to, or tested: "(?P<sep>", "(?P=sep)", "(?(sep)"
_GROUP_NAME = re.compile(r"\(\?(P<|P=|\()([A-Za-z_]\w*)")
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]|\(\?\(\d")
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_DEFAULT_FLAGS = re.compile("").flags  # (re.UNICODE, set on every str pattern)


def union(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """A pattern that matches at a position exactly when one of ``patterns`` matches there."""
    parts = []
    for index, pattern in enumerate(patterns):
        flags = pattern.flags & ~_DEFAULT_FLAGS
        inline = "".join(letter for flag, letter in _SCOPED_FLAGS if flags & flag)
        if flags & ~sum(flag for flag, _ in _SCOPED_FLAGS) or _NUMBERED_REFERENCE.search(pattern.pattern):
            raise ValueError(f"union: pattern {index} has flags or numbered references it can't keep: {pattern.pattern!r}")
        source = _GROUP_NAME.sub(rf"(?\1\2_{index}", pattern.pattern)
        parts.append(f"(?{inline}:{source})" if inline else f"(?:{source})")
    return re.compile("|".join(parts))


_GATES: dict[int, tuple[Sequence[tuple[str, re.Pattern[str], float]], re.Pattern[str]]] = {}


def rules_gate(rules: Sequence[tuple[str, re.Pattern[str], float]]) -> re.Pattern[str]:
    """:func:`union` of the patterns of ``rules`` ((name, pattern, score) triples), kept per rules object
    (callers pass module constants; the object is kept with it, so its ``id`` names no other)."""
    kept = _GATES.get(id(rules))
    if kept is None or kept[0] is not rules:
        if len(_GATES) >= 64:  # (rules made up per call would each take a slot)
            _GATES.clear()
        kept = _GATES[id(rules)] = (rules, union([pattern for _, pattern, _ in rules]))
    return kept[1]


def rules_at(rules: Sequence[tuple[str, re.Pattern[str], float]], text: str, start: int
             ) -> Sequence[tuple[str, re.Pattern[str], float]]:
    """``rules``, or none of them where :func:`rules_gate` says that none matches at ``start`` (a single
    rule is tried as it is: its gate would be itself)."""
    if len(rules) < 2 or rules_gate(rules).match(text, start) is not None:
        return rules
    return ()
