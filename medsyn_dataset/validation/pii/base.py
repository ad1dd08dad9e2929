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
    #: optional cheap pattern, searched in the lower-cased text, giving the positions where a match
    #: may start; ``pattern`` is then only tried there (for rules that start with a keyword)
    anchor: re.Pattern[str] | None = None


class RegexRecognizer(CandidateRecognizer):
    """Regex rules with validators (checksums) and context, for one entity type."""

    def __init__(self, entity: str, name: str, rules: Sequence[Rule], needs: str | None = None) -> None:
        super().__init__(entity, name)
        self.rules = tuple(rules)
        self._needs = re.compile(needs) if needs else None  # cheap pre-check: skip texts without it

    def candidates(self, text: str) -> Iterator[Candidate]:
        if self._needs is not None and not self._needs.search(text):
            return
        lower: str | None = None
        for rule in self.rules:
            has_value = "value" in rule.pattern.groupindex
            if rule.anchor is not None:
                if lower is None:
                    lower = text.lower()
                    if len(lower) != len(text):  # a rare character changed length: no anchoring
                        lower = ""
                matches = _anchored(rule.pattern, rule.anchor, text, lower) if lower else rule.pattern.finditer(text)
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


def _anchored(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, lower: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start where ``anchor`` matches in ``lower``, left to right."""
    resume = 0
    for hit in anchor.finditer(lower):
        if hit.start() < resume:
            continue
        match = pattern.match(text, hit.start())
        if match is not None:
            resume = match.end()
            yield match
