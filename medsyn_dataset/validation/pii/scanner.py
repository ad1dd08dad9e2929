"""``PiiScanner``: find PII in Russian notes, one text or a whole corpus.

:meth:`PiiScanner.scan` runs Presidio's ``AnalyzerEngine`` (offline Russian NLP engine, this
package's recognizers) and resolves overlaps. :meth:`PiiScanner.scan_many` is the corpus path: the
same recognizers called directly (Presidio's per-call orchestration is most of the cost on clean
text) and, for large inputs, two worker processes. Both paths give identical entities (tested).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from medsyn_dataset.validation.pii.address_tails import NAME, SEPARATOR
from medsyn_dataset.validation.pii.base import LANGUAGE, Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.date_conflicts import dates_kept
from medsyn_dataset.validation.pii.engine import build_analyzer, default_recognizers
from medsyn_dataset.validation.pii.entities import ENTITY_TYPES, ID_PAPERS, PiiEntity
from medsyn_dataset.validation.pii.id_tagger import RECOGNIZER_NAME as ID_TAGGER_NAME
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.passport_parts import HANDED_OFF_NAME
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.worker_signals import quiet_worker, signals_held

#: Corpora at least this large are scanned in worker processes by default.
PARALLEL_MIN_TEXTS = 2000
_CHUNK = 256

#: recognizers whose spans only fill what the rules left (see :func:`resolve_overlaps`): the learned tagger, and the
#: values the passport's rules handed to another paper (reported by that paper's rule where one does)
GAP_FILLERS = frozenset({ID_TAGGER_NAME, HANDED_OFF_NAME})

# When scores tie on overlapping spans, the more specific type wins.
_PRIORITY = {name: rank for rank, name in enumerate((
    "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_PASSPORT", "RU_OMS_POLICY", "RU_INN", "MEDICAL_RECORD_NUMBER",
    "PHONE_NUMBER", "DATE_TIME", "LOCATION", "PERSON",
))}


def resolve_overlaps(candidates: Iterable[Candidate], text: str | None = None) -> list[Candidate]:
    """Keep a set of non-overlapping spans: a span inside a longer one is dropped (the street
    "ул. Льва Толстого" is a LOCATION, not a PERSON); other overlaps go to the higher score, then
    the longer span, then the more specific type; a tie between recognizers goes by name, so every
    path gives the same result whatever order the candidates come in. Sorted by position.

    The learned tagger's spans (:data:`GAP_FILLERS`) come after every rule's in both passes: a
    tagger only fills gaps, so a token it takes for an identifier never swallows the phone, the date
    or the labelled record number a rule found around or inside it.

    Before resolving, a LOCATION candidate that starts at the number of a paper (:data:`_NUMBERED_PAPERS`) scored well
    above it is cut to the settlement after the number or dropped (:func:`_drop_places_led_by_papers`; without ``text``,
    always dropped): such a candidate may vanish, or come back shorter, though it overlaps nothing longer."""
    candidates = _drop_places_led_by_papers(list(candidates), text)
    by_length = sorted(candidates, key=lambda c: (c.recognizer in GAP_FILLERS, c.start - c.end, -c.score,
                                                  _PRIORITY[c.type], c.start, c.recognizer))
    outer: list[Candidate] = []
    for cand in by_length:  # longest first: anything inside an already kept span goes
        if not any(o.start <= cand.start and cand.end <= o.end for o in outer):
            outer.append(cand)
    kept: list[Candidate] = []
    for cand in sorted(outer, key=lambda c: (c.recognizer in GAP_FILLERS, -c.score, c.start - c.end,
                                             _PRIORITY[c.type], c.start, c.recognizer)):
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end))


# the papers whose number an address's reading may take for its postcode or house number
_NUMBERED_PAPERS = ID_PAPERS | {"MEDICAL_RECORD_NUMBER"}
# how much higher the paper's score must be: a bare postcode's weak reading (0.5-0.65) yields to a cued paper (0.86-0.95),
# a cued address ("Адрес вызова: 076134 Красноселькуп ул. ...", 0.85) to none
_PAPER_MARGIN = 0.2
# "at least 0.2 higher" compared with a tolerance: the scores are decimals of at most four places (the rules' constants,
# context boosts rounded so), which binary floats hold inexactly, so that 0.85 - 0.65 falls short of 0.2 and 0.9 - 0.7
# exceeds it; real scores differ by 0.0001 or more, the rounding by ~1e-16 (review B r23, finding 6)
_SCORE_TOLERANCE = 1e-9


# the first word after a paper's number (skipping separators): a capitalised word, hyphenated parts included
_PLACE_AFTER = re.compile(r"[\s,;:.\-–—]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*)(?![\w\-])")
_SEPARATOR_CHARS = frozenset(" \t\n\r,;:.-–—")
# a street named without its keyword and its house right after it: "Садовая 12-4", "Ленина, д. 5", "Строителей 7/2"
# (the name must end as a street's does, :data:`.house_streets.STREET_SHAPE`: "Брак 1" is none)
_STREET_AND_HOUSE = re.compile(rf"(?P<name>{NAME}){SEPARATOR}(?:(?:д\.|дом)[ \t]?)?\d{{1,4}}[а-я]?(?:[/\-]\d{{1,4}}[а-я]?)?(?![\d.,:]?\d)")
# an address's own label before the number ("Адрес вызова: 076134 ...", "индекс 630000", a home visit's "Вызов на дом:
# 140471, ..."): the number is the postcode
_ADDRESS_LABEL_BEFORE = re.compile(r"(?i:адр|прожива|жительств|регистрац|прописк|индекс|почтов|на[ \t]+дом|м/ж)[^\n]*$")
# a paper's score that says its rule read the paper's own label before the number ("Карта 582267": 0.86)
_CUED_PAPER = 0.8


def _place_word(word: str) -> bool:
    """A capitalised word that may name the settlement after a paper's number: a place of the dictionary, or a word it
    does not know ("Чурапча", "Красноселькуп"); not a known common noun ("Брак 1", "Беременностей")."""
    from medsyn_dataset.language.morphology import analyzer
    from medsyn_dataset.validation.pii.places import WordClass, word_class

    return bool(word_class(word) & WordClass.PLACE) or not analyzer().word_is_known(word.lower())


def _address_after(text: str, start: int, end: int) -> int:
    """Where an address of its own starts after a paper's number ending at ``start`` (-1: none before ``end``): a
    settlement's name (:func:`_place_word`), a street's keyword ("ул. Садовая"), or a street named by its shape with its
    house ("Садовая 12-4"). What the address reading built on the number as its postcode stands without it."""
    from medsyn_dataset.validation.pii.address_components import street_word_at
    from medsyn_dataset.validation.pii.house_streets import STREET_SHAPE

    at = start
    while at < end and text[at] in _SEPARATOR_CHARS:
        at += 1
    if at >= end:
        return -1
    after = _PLACE_AFTER.match(text, at, end)
    if after is not None and _place_word(after.group(1)):
        return after.start(1)
    street = _STREET_AND_HOUSE.match(text, at, end)
    if street_word_at(text, at) or (street is not None and STREET_SHAPE.search(street.group("name"))):
        return at
    return -1


def _drop_places_led_by_papers(candidates: list[Candidate], text: str | None = None) -> list[Candidate]:
    """Without an address that starts with a paper's number, where the paper's rule scores that number well above what
    the address reading scores the whole ("номер 970559 Брак 1", "№ мед. карты 582267, участок 7": six digits a postcode's
    reading takes): the number is the paper's, and the words after it are no address without it (else the longer span
    would swallow the paper's in :func:`resolve_overlaps`). When the words after it are an address of their own (a
    settlement's name, "Мед. карта № 582267 Красноселькуп", review B r23, finding 1; a street and its house, "Карта
    582267, Садовая 12-4", review r24), the address is cut to start there instead. A paper read by its own label
    ("Карта 582267", scored :data:`_CUED_PAPER` or more) keeps its number so even against a better-scored address
    ("Карта 582267, ул. Садовая 12-4"), unless an address's label stands before the number on its line ("Адрес вызова:
    076134 ...": a postcode)."""
    papers: dict[int, Candidate] = {}
    for c in candidates:
        if c.type in _NUMBERED_PAPERS and c.recognizer not in GAP_FILLERS and (
            c.start not in papers or c.score > papers[c.start].score
        ):
            papers[c.start] = c
    if not papers:
        return candidates
    kept: list[Candidate] = []
    for c in candidates:
        paper = papers.get(c.start) if c.type == "LOCATION" else None
        if paper is None or text is None or paper.end >= c.end:
            outscored = paper is not None and paper.score - c.score >= _PAPER_MARGIN - _SCORE_TOLERANCE
            if not outscored:
                kept.append(c)
            continue
        outscored = paper.score - c.score >= _PAPER_MARGIN - _SCORE_TOLERANCE
        cued = paper.score >= _CUED_PAPER and not _ADDRESS_LABEL_BEFORE.search(text, text.rfind("\n", 0, c.start) + 1, c.start)
        rest = _address_after(text, paper.end, c.end) if outscored or cued else -1
        if rest >= 0:
            kept.append(c._replace(start=rest))
        elif not outscored:
            kept.append(c)
    return kept


class PiiScanner:
    """Detect PII entities in Russian text, offline.

    ``entities``: types to report (default: all of :data:`ENTITY_TYPES`); ``score_threshold``:
    minimum score, applied before overlaps are resolved; ``n_jobs``: worker processes for
    :meth:`scan_many` (default: 2 for corpora of ``PARALLEL_MIN_TEXTS`` texts or more, else 1).
    """

    def __init__(
        self,
        entities: Sequence[str] = ENTITY_TYPES,
        score_threshold: float = 0.5,
        n_jobs: int | None = None,
    ) -> None:
        unknown = sorted(set(entities) - set(ENTITY_TYPES))
        if unknown:
            raise ValueError(f"unknown PII entity types {unknown}; expected some of {ENTITY_TYPES}")
        if not 0.0 <= score_threshold <= 1.0:
            raise ValueError(f"score_threshold must be in [0, 1], got {score_threshold}")
        self.entities = tuple(entities)
        self.score_threshold = score_threshold
        self.n_jobs = n_jobs
        self.recognizers: list[CandidateRecognizer] = [
            r for r in default_recognizers() if isinstance(r, CandidateRecognizer) and r.entity in self.entities
        ]
        self.analyzer = build_analyzer(self.recognizers)
        self._plan = scan_plan(self.recognizers)
        # a recognizer of one type may hand a value on as another (a passport-shaped number after a driving
        # licence is reported as a record number): with some types asked for, only those are reported
        self._only: frozenset[str] | None = None if set(self.entities) == set(ENTITY_TYPES) else frozenset(self.entities)
        self._pool: Any = None
        self._pool_size = 0

    # ----- one text ------------------------------------------------------------------------
    def scan(self, text: str) -> list[PiiEntity]:
        """Entities in ``text`` via Presidio's AnalyzerEngine; offsets into ``text``, sorted."""
        if not isinstance(text, str):
            raise TypeError(f"scan: text is {type(text).__name__}, not str")
        # the recognizers read plain spaces and dashes (:mod:`.normalize`: one character for one, so
        # the offsets found are offsets into ``text``)
        normalized = normalize(text)
        results = self.analyzer.analyze(
            text=normalized, language=LANGUAGE, entities=list(self.entities), score_threshold=self.score_threshold
        )
        candidates = [
            Candidate(r.entity_type, r.start, r.end, r.score, r.recognition_metadata["recognizer_name"])
            for r in results
            if self._only is None or r.entity_type in self._only
        ]
        return _to_entities(resolve_overlaps(dates_kept(candidates, normalized), normalized))

    def scan_fast(self, text: str) -> list[PiiEntity]:
        """Same result as :meth:`scan`, calling the recognizers without Presidio's orchestration."""
        threshold = self.score_threshold
        text = normalize(text)  # (as in :meth:`scan`)
        candidates: list[Candidate] = []
        for idle, group in self._plan:  # (the recognizers in registry order: ties between them go by that order)
            if idle is None or not idle(text):
                candidates += [c for r in group for c in r.candidates(text) if c.score >= threshold]
        if self._only is not None:
            candidates = [c for c in candidates if c.type in self._only]
        # (a full calendar date keeps its characters against an identifier's reading: :mod:`.date_conflicts`)
        return _to_entities(resolve_overlaps(dates_kept(_drop_contained_same_type(candidates), text), text)) if candidates else []

    # ----- a corpus ------------------------------------------------------------------------
    def scan_many(self, texts: Iterable[str], progress: bool = False) -> list[list[PiiEntity]]:
        """Entities for each text, in input order. Uses worker processes for large corpora."""
        items = list(texts)
        for index, text in enumerate(items):
            if not isinstance(text, str):
                raise TypeError(f"scan_many: text #{index} is {type(text).__name__}, not str")
        n_jobs = self.n_jobs if self.n_jobs is not None else (2 if len(items) >= PARALLEL_MIN_TEXTS else 1)
        n_jobs = max(1, min(n_jobs, os.cpu_count() or 1, max(1, len(items) // _CHUNK)))
        if n_jobs > 1:
            import multiprocessing as mp

            if mp.current_process().daemon:  # a daemon worker may not start processes of its own
                n_jobs = 1
        chunks = [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
        # workers are forked before the progress bar starts its refresh thread
        pool = self._worker_pool(n_jobs) if n_jobs > 1 else None
        results: list[list[PiiEntity]] = []
        with StageProgress(enabled=progress) as bar, bar.stage("PII scan", total=len(items)) as advance:
            for chunk_result in self._map_chunks(chunks, pool):
                results.extend(chunk_result)
                advance(len(chunk_result))
        return results

    def _map_chunks(self, chunks: list[list[str]], pool: Any) -> Iterator[list[list[PiiEntity]]]:
        if pool is None:
            for chunk in chunks:
                yield [self.scan_fast(text) for text in chunk]
            return
        yield from pool.imap(_scan_chunk, chunks)

    def _worker_pool(self, n_jobs: int) -> Any:
        """Worker processes, kept between calls: callers scan a corpus in slices, and restarting the
        workers would throw away their warm morphology caches. Ended by :meth:`close` (or when the
        scanner is garbage-collected, or at exit)."""
        if self._pool is not None and self._pool_size == n_jobs:
            return self._pool
        self.close()
        import multiprocessing as mp
        import weakref

        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        inherited = self if method == "fork" else None  # fork shares the built scanner; spawn rebuilds it
        with signals_held():  # the workers take Ctrl-C and SIGTERM only once quiet_worker has run
            pool = mp.get_context(method).Pool(n_jobs, initializer=_init_worker, initargs=(self._config(), inherited))
        self._pool, self._pool_size = pool, n_jobs
        self._pool_finalizer = weakref.finalize(self, pool.terminate)
        return pool

    def close(self) -> None:
        """Stop the worker processes of :meth:`scan_many`, if any (the scanner stays usable)."""
        if self._pool is not None:
            self._pool_finalizer()
            self._pool = None

    def __enter__(self) -> PiiScanner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _config(self) -> dict[str, Any]:
        return {"entities": self.entities, "score_threshold": self.score_threshold, "n_jobs": 1}

    def __getstate__(self) -> dict[str, Any]:  # pickled as its config; rebuilt on the other side
        return self._config()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]


def scan_plan(recognizers: Sequence[CandidateRecognizer]) -> list[tuple[Callable[[str], bool] | None, list[CandidateRecognizer]]]:
    """The recognizers in order, in runs: each run of one class with a ``group_idle`` test (the recognizers
    of a table's cells, an export's fields, ...) with that test, the others together with none."""
    plan: list[tuple[Callable[[str], bool] | None, list[CandidateRecognizer]]] = []
    for recognizer in recognizers:
        idle = type(recognizer).group_idle
        if plan and plan[-1][0] is idle:
            plan[-1][1].append(recognizer)
        else:
            plan.append((idle, [recognizer]))
    return plan


def _drop_contained_same_type(candidates: list[Candidate]) -> list[Candidate]:
    """What Presidio's ``EntityRecognizer.remove_duplicates`` does before we see its results: in
    (score desc, start, longest) order, a span inside an earlier one of the same type goes (two
    recognizers finding the same span keep the first in registry order)."""
    if len(candidates) < 2:
        return candidates
    kept: list[Candidate] = []
    # (a value the passport's rules handed off comes last: it never takes the place of a span of the paper's own rule)
    for cand in sorted(candidates, key=lambda c: (c.recognizer == HANDED_OFF_NAME, -c.score, c.start, c.start - c.end)):
        if not any(k.type == cand.type and k.start <= cand.start and cand.end <= k.end for k in kept):
            kept.append(cand)
    return kept


def _to_entities(candidates: list[Candidate]) -> list[PiiEntity]:
    return [PiiEntity(c.type, c.start, c.end, float(c.score), c.recognizer) for c in candidates]


_WORKER_SCANNER: PiiScanner | None = None


def _init_worker(config: dict[str, Any], inherited: PiiScanner | None) -> None:
    global _WORKER_SCANNER
    quiet_worker()  # Ctrl-C is the parent's; SIGTERM from pool.terminate() ends the worker without a traceback
    _WORKER_SCANNER = inherited if inherited is not None else PiiScanner(**config)


def _scan_chunk(chunk: list[str]) -> list[list[PiiEntity]]:
    assert _WORKER_SCANNER is not None
    return [_WORKER_SCANNER.scan_fast(text) for text in chunk]

