"""Synthetic notes for the augmentation experiment: their validation verdicts, curation, and text views.

* :func:`load_synthetic` reads notes with what `medsyn validate` decided about them (``decision``
  and the checks named in ``reasons``); validated notes contribute their released text
  (``text_redacted`` when PII was redacted). JSONL and unvalidated Parquet carry no verdicts.
* A :class:`Curation` keeps the notes a release policy would: ``all`` (every note, as upstream
  published them), ``released`` (validation did not drop them), ``keep`` (nothing had to be
  redacted either), and ``-CHECK`` terms that remove notes a check flagged, e.g.
  ``keep,-label_not_in_top3,-dialogue``.
* A :class:`View` is the text the classifier trains on: ``full``, ``head:N`` (the first N
  characters, at a word boundary; generated notes put the complaints first), or ``complaints``: the
  complaints section only, to match RuMedTop3's short complaint texts (a "Жалобы:" section, else
  the sentence "... с жалобами на X", else the head of the note; :func:`complaints_of` says which).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from medsyn_dataset.benchmark.data import Example, load_examples

DECISIONS = ("keep", "redact", "drop")
CURATION_PRESETS: dict[str, frozenset[str] | None] = {
    "all": None,
    "released": frozenset({"keep", "redact"}),
    "keep": frozenset({"keep"}),
}
#: Length of the complaints view (RuMedTop3 complaint texts: median ~120 characters).
COMPLAINTS_MAX_CHARS = 300


@dataclass(frozen=True, slots=True)
class SyntheticNote:
    """A synthetic example with validation's verdict (``decision`` None: not validated)."""

    example: Example
    decision: str | None = None
    checks: frozenset[str] = frozenset()  # check names of the reasons: "dialogue", "label_not_in_top3", ...


def load_synthetic(specs: Iterable[str | os.PathLike[str]], split: str | None = None) -> list[SyntheticNote]:
    """Notes of every spec; validated note-schema Parquet keeps its verdicts and its released text."""
    notes: list[SyntheticNote] = []
    for spec in specs:
        path = Path(spec)
        parquet = path.suffix == ".parquet" or (path.is_dir() and any(path.glob("part-*.parquet")))
        verdicts = _verdicts(path) if parquet and path.exists() else None
        examples = load_examples(spec, split)
        if verdicts is None:
            notes.extend(SyntheticNote(example) for example in examples)
            continue
        for example in examples:
            decision, checks, released = verdicts[example.id]
            text = released if released else example.text
            notes.append(SyntheticNote(Example(example.id, text, example.code), decision, checks))
    return notes


def _verdicts(path: Path) -> dict[str, tuple[str | None, frozenset[str], str | None]] | None:
    """id -> (decision, checks, text_redacted) of validated notes; None when validation has not run."""
    from medsyn_dataset.schema import read_notes

    table = read_notes(path)
    validation = table.column("validation").to_pylist()
    if not any(v and v.get("decision") for v in validation):
        return None
    out = {}
    for note_id, verdict, redacted in zip(
        table.column("id").to_pylist(), validation, table.column("text_redacted").to_pylist(), strict=True
    ):
        verdict = verdict or {}
        checks = frozenset(reason.split(":")[1] for reason in verdict.get("reasons") or () if reason.count(":") >= 1)
        out[note_id] = (verdict.get("decision"), checks, redacted)
    return out


@dataclass(frozen=True)
class Curation:
    """Which synthetic notes to train on: a decision preset and checks whose notes are left out."""

    name: str
    decisions: frozenset[str] | None = None  # None: any decision (validated or not)
    excluded_checks: frozenset[str] = frozenset()

    @property
    def needs_validation(self) -> bool:
        return self.decisions is not None or bool(self.excluded_checks)

    def select(self, notes: Sequence[SyntheticNote]) -> list[SyntheticNote]:
        if self.needs_validation:
            unvalidated = sum(note.decision is None for note in notes)
            if unvalidated:
                raise ValueError(
                    f"curation {self.name!r} needs validated notes (`medsyn validate` output); "
                    f"{unvalidated} of {len(notes)} synthetic notes have no validation decision"
                )
        return [
            note
            for note in notes
            if (self.decisions is None or note.decision in self.decisions) and not (note.checks & self.excluded_checks)
        ]


def parse_curation(text: str) -> Curation:
    """``all`` | ``released`` | ``keep``, then ``-CHECK`` terms, comma-separated (``keep,-dialogue``)."""
    terms = [term.strip() for term in text.split(",") if term.strip()]
    if not terms:
        raise ValueError("--curation '': expected e.g. keep or keep,-label_not_in_top3,-dialogue")
    preset = terms[0] if not terms[0].startswith("-") else "all"
    if preset not in CURATION_PRESETS:
        raise ValueError(f"--curation {text!r}: {preset!r} is not one of {', '.join(CURATION_PRESETS)} (or a -CHECK term)")
    excluded = [term for term in terms if term.startswith("-")]
    rest = [term for term in terms[1 if preset == terms[0] else 0 :] if not term.startswith("-")]
    if rest or any(not re.fullmatch(r"-[a-z0-9_]+", term) for term in excluded):
        raise ValueError(f"--curation {text!r}: after the preset only -CHECK terms (e.g. -dialogue) may follow")
    return Curation(name=",".join(terms), decisions=CURATION_PRESETS[preset], excluded_checks=frozenset(t[1:] for t in excluded))


# --------------------------------------------------------------------------------------------------
# views


@dataclass(frozen=True)
class View:
    """The text a synthetic note contributes: ``full``, ``head:N`` or ``complaints``."""

    name: str
    kind: str = "full"
    max_chars: int | None = None

    def apply(self, text: str) -> str:
        if self.kind == "complaints":
            return complaints_of(text, self.max_chars or COMPLAINTS_MAX_CHARS)[0]
        return truncate_text(text, self.max_chars)

    def counts(self, texts: Iterable[str]) -> dict[str, int]:
        """How the complaints view found its text (section / sentence / head) over ``texts``."""
        if self.kind != "complaints":
            return {}
        return dict(Counter(complaints_of(text)[1] for text in texts))


def parse_view(text: str) -> View:
    kind, _, size = text.strip().partition(":")
    if kind == "full" and not size:
        return View("full")
    if kind == "complaints" and not size:
        return View("complaints", "complaints", COMPLAINTS_MAX_CHARS)
    if kind == "head" and size.isdigit() and int(size) >= 50:
        return View(f"head:{int(size)}", "head", int(size))
    raise ValueError(f"--view {text!r}: expected full, complaints or head:N (N >= 50)")


def truncate_text(text: str, max_chars: int | None) -> str:
    """``text`` cut at the last whitespace before ``max_chars`` (hard cut when there is none)."""
    if max_chars is None or len(text) <= max_chars:
        return text
    head = text[:max_chars]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[:cut] if cut > 0 else head


# A complaints heading: "Жалобы:", "1. Жалобы пациента:", "Основные жалобы:", "ЖАЛОБЫ." ...
_HEADING = re.compile(
    r"(?im)^[ \t*#>\-]*(?:\d{1,2}[.)]\s*)?(?:[А-Яа-яЁё]+\s+){0,2}жалоб\w*(?:[ \t]+[а-яё]+){0,3}[ \t]*[:.](?=\s)[ \t]*"
)
# The next section's heading ends the complaints section: "Анамнез:" at the start of a line, or
# "2. Анамнез:" when the complaints heading was numbered too (else "1. Кашель: ..." is a list item).
_NEXT_HEADING = re.compile(r"^[*#>]*[А-ЯЁA-Z][^\n:]{1,60}:")
_NEXT_NUMBERED = re.compile(r"^[*#>]*\d{1,2}[.)]\s*[А-ЯЁA-Z][^\n:]{1,60}:")
_NUMBERED = re.compile(r"^[ \t*#>\-]*\d{1,2}[.)]")
_BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]*")
# "... обратился с жалобами на X." / "жалуется на X" / "со следующими жалобами: X."
_SENTENCE = re.compile(r"(?i)(?:жалоб\w*|жалуется|жалуясь)(?:\s+пациент\w*)?(\s+на\s+|[ \t]*:[ \t]*)([^.!?\n]{3,})")


def complaints_of(text: str, max_chars: int = COMPLAINTS_MAX_CHARS) -> tuple[str, str]:
    """The complaints of a note and where they came from: ``section``, ``sentence`` or ``head``."""
    section = _complaints_section(text)
    if section and len(section) >= 10:
        return truncate_text(section, max_chars), "section"
    match = _SENTENCE.search(text)
    if match:
        connector = " на " if match.group(1).strip() == "на" else ": "
        return truncate_text(f"Жалобы{connector}{match.group(2).strip()}", max_chars), "sentence"
    return truncate_text(text.strip(), max_chars), "head"


def _complaints_section(text: str) -> str | None:
    match = _HEADING.search(text)
    if match is None:
        return None
    numbered = bool(_NUMBERED.match(match.group(0)))
    parts: list[str] = []
    for line in text[match.end() :].split("\n"):
        if not line.strip():
            if parts:
                break  # a blank line after the section's text ends it
            continue
        if parts and (_NEXT_HEADING.match(line) or (numbered and _NEXT_NUMBERED.match(line))):
            break
        item = _BULLET.sub("", line).strip().rstrip(";,")
        if item:
            parts.append(item)
    joined = ""
    for item in parts:  # bullet items become a comma-separated list, sentences stay sentences
        joined += ("" if not joined else " " if joined[-1] in ".!?:" else ", ") + item
    return joined or None
