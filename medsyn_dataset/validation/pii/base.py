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
from medsyn_dataset.validation.pii.context import Context
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
        text = normalize(text)  # (a no-op after PiiScanner.scan; here for a user's own AnalyzerEngine)
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


class RegexRecognizer(CandidateRecognizer):
    """Regex rules with validators (checksums) and context, for one entity type."""

    def __init__(self, entity: str, name: str, rules: Sequence[Rule], needs: str | None = None) -> None:
        super().__init__(entity, name)
        self.rules = tuple(rules)
        self._needs = re.compile(needs) if needs else None  # cheap pre-check: skip texts without it

    def candidates(self, text: str) -> Iterator[Candidate]:
        if self._needs is not None and not self._needs.search(text):
            return
        for rule in self.rules:
            if rule.gate is not None and not rule.gate(text):
                continue
            has_value = "value" in rule.pattern.groupindex
            if rule.anchor:
                haystack = text if rule.anchor_case else lowered(text)
                matches = _anchored(rule.pattern, rule.anchor, text, haystack) if haystack else rule.pattern.finditer(text)
            else:
                matches = rule.pattern.finditer(text)
            for match in matches:
                start, end = match.span("value") if has_value else match.span()
                if rule.validate is not None:
                    value = text[start:end]
                    if not rule.validate(digits_only(value) if rule.digits else value):
                        continue
                score = rule.context.adjust(text, start, end, rule.score)
                if score > 0:
                    yield Candidate(self.entity, start, end, round(score, 4), self.name)


def best_per_span(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per (start, end): the highest score (a recognizer that finds a span by two
    routes, e.g. a cue field and a pattern, reports it once)."""
    best: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end)
        if key not in best or cand.score > best[key].score:
            best[key] = cand
    return list(best.values())


def _anchored(pattern: re.Pattern[str], words: tuple[str, ...], text: str, haystack: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start where one of ``words`` starts in ``haystack``, left to right."""
    resume = 0
    for start in word_starts(haystack, words):
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            resume = match.end()
            yield match


_STARTS: dict[tuple[str, ...], tuple[str, list[int]]] = {}


def word_starts(haystack: str, words: tuple[str, ...]) -> list[int]:
    """Sorted positions where any of ``words`` occurs in ``haystack`` and no letter or digit precedes
    it (kept per set of words for the text last searched: the rules of one cue share their words)."""
    kept = _STARTS.get(words)
    if kept is not None and kept[0] is haystack:
        return kept[1]
    found = _word_starts(haystack, words)
    _STARTS[words] = (haystack, found)
    return found


def _word_starts(haystack: str, words: tuple[str, ...]) -> list[int]:
    starts = set()
    for word in words:
        position = haystack.find(word)
        while position >= 0:
            if not position or not haystack[position - 1].isalnum():
                starts.add(position)
            position = haystack.find(word, position + 1)
    return sorted(starts)


_LOWERED: list[str] = ["", ""]


def lowered(text: str) -> str:
    """``text.lower()``, computed once for the recognizers that look at the same text in turn; ""
    when lowering changes the length (a rare character), so that offsets would not line up."""
    if _LOWERED[0] is not text:
        lower = text.lower()
        _LOWERED[0], _LOWERED[1] = text, lower if len(lower) == len(text) else ""
    return _LOWERED[1]


# nine digits or more in one number, single spaces, dashes, stops, slashes or a "№" between them: what
# every identifier without a cue word (SNILS, INN, passport, policy) is made of
_LONG_NUMBER = re.compile(r"\d(?:[ \-./]?(?:№ ?)?\d){8}")
_LONG_NUMBER_SEEN: list[object] = ["", False]


def has_long_number(text: str) -> bool:
    """Whether ``text`` holds a number of nine digits or more (one regex scan per text, shared by
    the identifier rules that need one: most clinical notes have none)."""
    if _LONG_NUMBER_SEEN[0] is not text:
        _LONG_NUMBER_SEEN[0], _LONG_NUMBER_SEEN[1] = text, _LONG_NUMBER.search(text) is not None
    return bool(_LONG_NUMBER_SEEN[1])
