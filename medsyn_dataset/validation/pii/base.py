"""Presidio recognizer base for candidate spans scored by rules and context.

Every recognizer of this package yields :class:`Candidate` tuples from :meth:`candidates`; the
Presidio :meth:`analyze` wraps them into ``RecognizerResult`` objects. The scanner's fast path
calls :meth:`candidates` directly, so both paths give the same spans and scores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from medsyn_dataset.validation.pii._presidio import LocalRecognizer, RecognizerResult
from medsyn_dataset.validation.pii.checksums import digits_only
from medsyn_dataset.validation.pii.code_page import char_positions, code_page_bytes, shapes_table
from medsyn_dataset.validation.pii.context import Context
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts
from medsyn_dataset.validation.pii.normalize import normalize

LANGUAGE = "ru"


class Candidate(NamedTuple):
    type: str
    start: int
    end: int
    score: float
    recognizer: str


class CandidateRecognizer(LocalRecognizer):
    """A Presidio recognizer whose scoring (context included) happens in :meth:`candidates`.

    Results are marked as already context-enhanced, so Presidio's lemma enhancer leaves them alone.
    """

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for the type checker
    #: for a class whose recognizers (one per type) each keep their type's part of one result computed once
    #: per text (a table's cells, an export's fields): a test, true only where that result is empty, so that
    #: none of them finds anything. The scanner's fast path asks it once for a run of such recognizers and
    #: skips them all where it holds (most notes have no table, export or message: ~35 calls saved per note).
    group_idle: Callable[[str], bool] | None = None

    def __init__(self, entity: str, name: str) -> None:
        super().__init__(supported_entities=[entity], name=name, supported_language=LANGUAGE)
        self.entity = entity

    def load(self) -> None:  # nothing to load: rules are compiled at import
        return None

    def candidates(self, text: str) -> Iterator[Candidate]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and self.entity not in entities:
            return []
        text = normalize(text)  # (returns PiiScanner.scan's own result as it is; here for a user's own AnalyzerEngine)
        return [
            RecognizerResult(
                entity_type=c.type,
                start=c.start,
                end=c.end,
                score=c.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: c.recognizer,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            )
            for c in self.candidates(text)
        ]


class SpanRecognizer(CandidateRecognizer):
    """One type's spans found by one function, all with one score; ``gate``, when given, a cheap test the text must
    pass before the function runs (latin's "two Latin letters in a row")."""

    def __init__(self, entity: str, name: str, finder: Callable[[str], Iterator[tuple[int, int]]], score: float,
                 gate: Callable[[str], bool] | None = None) -> None:
        super().__init__(entity, name)
        self._finder, self._score, self._gate = finder, score, gate

    def candidates(self, text: str) -> Iterator[Candidate]:
        if self._gate is not None and not self._gate(text):
            return
        for start, end in self._finder(text):
            yield Candidate(self.entity, start, end, self._score, self.name)


@dataclass(frozen=True)
class Rule:
    """One regular expression. The span is group ``value`` when the pattern has it, else the match.

    ``validate`` gets the span's digits (``digits=True``) or text; ``False`` drops the candidate.
    """

    name: str
    pattern: re.Pattern[str]
    score: float
    context: Context = field(default_factory=Context)
    validate: Callable[[str], bool] | None = None
    digits: bool = True
    #: optional literal words where a match may start (found with ``str.find`` in the lower-cased
    #: text, or in the text itself with ``anchor_case``); ``pattern`` is then only tried there (for
    #: rules that start with a keyword: a scan for an alternation costs ~50 us per note, a few
    #: ``find`` calls a few)
    anchor: tuple[str, ...] = ()
    anchor_case: bool = False
    #: optional test of the whole text, cached between rules and recognizers (e.g.
    #: :func:`has_long_number`): the rule is skipped where it fails
    gate: Callable[[str], bool] | None = None
    #: the pattern's matches start only where a run of digits starts: tried there alone
    #: (:func:`finditer_at_digit_runs`), not at every position of the text
    at_digit_runs: bool = False


class _RulePlan(NamedTuple):
    """A :class:`Rule`'s fields as :meth:`RegexRecognizer.candidates` reads them, and whether its pattern has a group
    ``value``."""

    pattern: re.Pattern[str]
    anchor: tuple[str, ...]
    anchor_case: bool
    gate: Callable[[str], bool] | None
    at_digit_runs: bool
    has_value: bool
    validate: Callable[[str], bool] | None
    digits: bool
    context: Context
    score: float


class RegexRecognizer(CandidateRecognizer):
    """Regex rules with validators (checksums) and context, for one entity type."""

    def __init__(self, entity: str, name: str, rules: Sequence[Rule], needs: str | tuple[str, ...] | None = None) -> None:
        """``needs``: a regex the text must hold, or literal strings of which it must hold one (each
        looked for at the positions of its first character, :func:`_holds`: far cheaper than a regex search for their
        alternation; for literals that open with a rare character)."""
        super().__init__(entity, name)
        self.rules = tuple(rules)
        self._needs_any = needs if isinstance(needs, tuple) else ()
        self._needs = re.compile(needs) if isinstance(needs, str) and needs else None  # cheap pre-check: skip texts without it
        self._needs_digit = needs == r"\d"  # (read off the text's runs of digits, found once for all recognizers)
        self._has_value = tuple("value" in rule.pattern.groupindex for rule in self.rules)
        # The words of all the rules anchored in the lower-cased text, asked for at once: where none of them starts a
        # word, no such rule has a start to be tried at, and each is passed over without asking for its own words
        # (a passport's 11 such rules: 11 look-ups of the cue index, 1 on a note without any passport word). Each
        # rule's starts are those of its own words, so none has any where their union has none.
        lower_anchored = [rule.anchor for rule in self.rules if rule.anchor and not rule.anchor_case]
        self._anchors = tuple(dict.fromkeys(word for words in lower_anchored for word in words)) if len(lower_anchored) > 1 else ()
        # Each rule's fields in one flat tuple, read by one unpacking per rule and note rather than ~6 attribute look-ups
        # (~60 rules a note), and the same without the rules anchored in the lower-cased text, for a text where the
        # union of their words starts no word (those rules are skipped there, :meth:`candidates`). Both keep the
        # rules' order, so the candidates come in the order they came in.
        self._plan = tuple(_RulePlan(rule.pattern, rule.anchor, rule.anchor_case, rule.gate, rule.at_digit_runs, has_value,
                                     rule.validate, rule.digits, rule.context, rule.score)
                           for rule, has_value in zip(self.rules, self._has_value, strict=True))
        self._plan_unanchored = tuple(plan for plan in self._plan if not plan.anchor or plan.anchor_case)
        # The same plans without the rules gated by :func:`has_long_number`, for a text without such a number (~99 % of
        # notes): the identifier rules of a recognizer are mostly so gated (~16 of the ~34 rules a note passes through),
        # and each cost an unpacking and a call of the gate to skip. A rule is dropped exactly where its gate would
        # skip it (the gate reads the text alone, its answer kept per text); the rest keep their order.
        self._long_gated = any(plan.gate is has_long_number for plan in self._plan)
        self._plans_short = (tuple(plan for plan in self._plan if plan.gate is not has_long_number),
                             tuple(plan for plan in self._plan_unanchored if plan.gate is not has_long_number))

    def candidates(self, text: str) -> Iterator[Candidate]:
        if self._needs_digit:
            if not digit_runs(text):
                return
        elif self._needs_any:
            if not any(_holds(text, literal) for literal in self._needs_any):
                return
        elif self._needs is not None and not self._needs.search(text):
            return
        plan = self._plan  # (the unanchored plan: the lower-case anchors of the rules start no word of the text)
        unanchored = False
        if self._anchors:
            lower = lowered(text)
            if lower and not word_starts(lower, self._anchors):
                plan, unanchored = self._plan_unanchored, True
        if self._long_gated and not has_long_number(text):
            plan = self._plans_short[unanchored]
        matches: Iterable[re.Match[str]]
        for pattern, anchor, anchor_case, gate, at_digit_runs, has_value, validate, digits, context, base_score in plan:
            if gate is not None and not gate(text):
                continue
            if anchor:
                haystack = text if anchor_case else lowered(text)
                if not haystack:
                    matches = pattern.finditer(text)
                else:
                    starts = word_starts(haystack, anchor)
                    if not starts:
                        continue  # (most notes: none of the rule's words; nothing to try)
                    matches = matches_at(pattern, text, starts)
            elif at_digit_runs:
                matches = finditer_at_digit_runs(pattern, text)
            else:
                matches = pattern.finditer(text)
            for match in matches:
                start, end = match.span("value") if has_value else match.span()
                if validate is not None:
                    value = text[start:end]
                    if not validate(digits_only(value) if digits else value):
                        continue
                score = context.adjust(text, start, end, base_score)
                if score > 0:
                    yield Candidate(self.entity, start, end, round(score, 4), self.name)


def _holds(text: str, literal: str) -> bool:
    """``literal in text``, read off the positions of its first character (:func:`.code_page.char_positions`, shared per
    note): for a literal that opens with a rare mark or capital ("||", "ШК"), a few ``startswith`` instead of a search of
    the whole note (~2 us for two characters)."""
    return not literal or any(text.startswith(literal, position) for position in char_positions(text, literal[0]))


def best_per_span(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per (start, end): the highest score (a recognizer that finds a span by two
    routes, e.g. a cue field and a pattern, reports it once)."""
    best: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end)
        if key not in best or cand.score > best[key].score:
            best[key] = cand
    return list(best.values())


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, when ``starts`` (sorted) holds every position where a
    match of it can start: tried there alone, not at every position of the text.

    A list, made at once, not a generator: ~170 matches a note come through here (the name chains and
    the place words at every capitalised word, the anchored rules at their cue words), and a generator's
    suspend and resume for each cost ~1.5 % of the scan (A/B, 1,500 speed notes). The same matches in the
    same order: ``pattern.match`` reads only ``pattern`` and ``text``, so when it runs does not change what
    it finds, and ``starts`` is read once, in order, as before (a caller that stops early now has the
    remaining matches made for nothing: no caller does so on a hot path)."""
    found: list[re.Match[str]] = []
    match_at = pattern.match
    resume = 0
    for start in starts:
        if start >= resume:
            match = match_at(text, start)
            if match is not None:
                resume = match.end()
                found.append(match)
    return found


def matches_at_anchors(pattern: re.Pattern[str], anchors: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` where one of the (lower-case) ``anchors`` starts a word: ``str.find``
    finds the few places, instead of a case-insensitive alternation tried at every position. Unlike
    :func:`matches_at`, a match may start inside the one before it (every anchor is tried)."""
    lower = lowered(text)
    if not lower:
        yield from pattern.finditer(text)
        return
    for start in word_starts(lower, anchors):
        found = pattern.match(text, start)
        if found is not None:
            yield found


# nine digits or more in one number, single spaces, dashes, stops, slashes or a "№" between them: what
# every identifier without a cue word (SNILS, INN, passport, policy) is made of
_LONG_NUMBER = re.compile(r"\d(?:[ \-./]?(?:№ ?)?\d){8}")
# the text last asked about and its answer, one (text, answer) pair read and replaced whole: two slots written one
# after the other let a thread that had found its text there read the answer another thread had just written for its
# own note. (A pair in one slot, not a threading.local: these are read hundreds of times a note, and a local's
# attribute costs ~5 % of the scan.)
_LONG_NUMBER_SEEN: list[tuple[str, bool]] = [("", False)]


def has_long_number(text: str) -> bool:
    """Whether ``text`` holds a number of nine digits or more (tested once per text, shared by the
    identifier rules that need one: most clinical notes have none). Such a number found anywhere
    in a run of digits is found from the run's start as well, so only run starts are tried."""
    seen = _LONG_NUMBER_SEEN[0]
    if seen[0] is text:
        return seen[1]
    found = any(_LONG_NUMBER.match(text, run.start()) for run in digit_runs(text))
    _LONG_NUMBER_SEEN[0] = (text, found)
    return found


_DIGITS = re.compile(r"\d+")
# the text last asked about and its runs, one pair read and replaced whole (see _LONG_NUMBER_SEEN)
_RUNS_KEPT: list[tuple[str, list[re.Match[str]]]] = [("", [])]


def digit_runs(text: str) -> list[re.Match[str]]:
    """The runs of digits of ``text`` (``\\d+`` matches, in order), found once per text and shared by
    the recognizers: a regex scan for a pattern that starts with a digit steps through every
    character of a note (~15 us for 2,000 characters), a note has only a few numbers."""
    kept = _RUNS_KEPT[0]
    if kept[0] is text:
        return kept[1]
    runs = _find_digit_runs(text)
    _RUNS_KEPT[0] = (text, runs)
    return runs


# the code page's bytes (:func:`.code_page.code_page_bytes`: none of its characters is a digit but 0-9, while
# ``\d`` is any Unicode decimal digit) with each digit "0" and all else " "
_DIGIT_SHAPES = shapes_table(lambda ch: "0" if "0" <= ch <= "9" else " ")


def _find_digit_runs(text: str) -> list[re.Match[str]]:
    """``list(_DIGITS.finditer(text))``. A regex scan for ``\\d`` tests every character of a note (~25 us
    for 2,000 characters); a note the Russian code page holds (nearly all) is encoded in it, one byte for
    one character, its digits found by ``bytes.find`` (~10 us), and each run is matched where it starts.
    A text with another character (where a digit of another script may be) is scanned as before."""
    encoded = code_page_bytes(text)
    if encoded is None:
        return list(_DIGITS.finditer(text))
    shapes = encoded.translate(_DIGIT_SHAPES)
    runs = []
    position = shapes.find(b"0")
    while position >= 0:
        run = _DIGITS.match(text, position)
        assert run is not None  # (a "0" of the shapes is a digit of the text at the same place)
        runs.append(run)
        position = shapes.find(b"0", run.end())
    return runs


def finditer_at_digit_runs(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose matches can start only where a run
    of digits starts: it is tried at the run starts of :func:`digit_runs` (see :func:`matches_at`)."""
    return matches_at(pattern, text, [run.start() for run in digit_runs(text)])


def compile_grouped(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with the alternatives of its leading alternation (the whole
    pattern, or a ``(?:...)`` it opens with) grouped by the character they start with:
    ``ул\\.|улиц[аеы]|пр\\.|пер\\.`` is compiled as ``у(?:л\\.|лиц[аеы])|п(?:р\\.|ер\\.)``. The matches
    are the same; they are found faster, as ``re`` tries alternatives one after another at every
    position where one of them may start (a street-word scan of a note: ~50 us -> ~30 us).

    Why the matches are the same: the alternatives of a group keep their order, and at any
    position at most one group can match (their first characters differ), so the first alternative
    that leads to a match, backtracking included, is the one of the ungrouped pattern. Nothing is
    regrouped unless every alternative opens with a literal character that no quantifier follows,
    nor under ``re.IGNORECASE`` (where "у" and "У" would be two groups matching one character) or
    ``re.VERBOSE`` (where a space is no character)."""
    if not flags & (re.IGNORECASE | re.VERBOSE):
        if pattern.startswith("(?:"):
            parts, end = split_alternatives(pattern, 3)
            if end < len(pattern):  # ``pattern[end]`` closes the leading group
                pattern = "(?:" + group_by_first_character(parts) + pattern[end:]
        else:
            parts, end = split_alternatives(pattern, 0)
            if end == len(pattern):
                pattern = group_by_first_character(parts)
    return re.compile(pattern, flags)


def split_alternatives(pattern: str, start: int) -> tuple[list[str], int]:
    """The alternatives of the alternation that runs from ``start`` to the end of ``pattern`` or to the
    ``)`` that closes its group, and where it ends."""
    parts: list[str] = []
    depth, begin, position, in_class, class_start = 0, start, start, False, 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]" or position == class_start  # "[]...]": a "]" first is a member
        elif char == "[":
            in_class, class_start = True, position + 1 + pattern.startswith("^", position + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                break
            depth -= 1
        elif char == "|" and not depth:
            parts.append(pattern[begin:position])
            begin = position + 1
        position += 1
    parts.append(pattern[begin:position])
    return parts, position


_REGEX_SPECIAL = frozenset("\\()[]{}|.^$?*+")


def _first_character(alternative: str) -> tuple[str, int] | None:
    """The literal character an alternative opens with and how many pattern characters spell it
    ("у" 1, "\\." 2), or None (a class, a group, an escape such as ``\\s``, a quantifier after it)."""
    if alternative[:1] == "\\" and len(alternative) > 1 and not alternative[1].isalnum() and not alternative[1].isspace():
        char, size = alternative[1], 2
    elif alternative and alternative[0] not in _REGEX_SPECIAL:
        char, size = alternative[0], 1
    else:
        return None
    return None if alternative[size : size + 1] in ("?", "*", "+", "{") else (char, size)


def group_by_first_character(parts: list[str], others_last: bool = False) -> str:
    """The alternation ``"|".join(parts)`` with its alternatives grouped by the literal character they open
    with (``у(?:л\\.|лиц[аеы])|п(?:р\\.|ер\\.)``), each group in the order its character first comes and
    its alternatives in their order. An alternative that opens with no literal character (a class, a group,
    ``\\w*``) leaves the whole alternation as written, unless ``others_last``: then such alternatives follow
    the groups (the same language at each position, for a caller that reads only whether and where a match
    starts, as :mod:`.folded` does; not the same first match)."""
    firsts = [_first_character(part) for part in parts]
    if not others_last and (len(parts) < 2 or None in firsts):
        return "|".join(parts)
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for first, part in zip(firsts, parts, strict=True):
        if first is None:
            others.append(part)
        else:
            groups.setdefault(first[0], []).append(part[first[1] :])
    grouped = [re.escape(char) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for char, rests in groups.items()]
    return "|".join(grouped + others)


def in_tab_row(text: str, position: int) -> bool:
    """``position`` is on a line of tab-separated cells (a TSV export's header names its columns)."""
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text.count("\t", begin, end if end >= 0 else len(text)) >= 2
