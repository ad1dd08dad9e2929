"""Leaderboard submissions: read, validate against a reference, carry metadata.

A submission is JSONL (RuMedBench-compatible), one line per evaluation item::

    {"idx": "q1ad7f69", "prediction": ["E11", "E66", "I11"]}

``prediction`` is a ranked list of 1 to 3 distinct ICD-10 codes, best first. Errors, each with
its line number: a line that is not a JSON object, a missing ``idx``, a ``prediction`` that is not
a list (a bare string too), more than 3 codes, a repeated code, a code that is not shaped like an
ICD-10 code, a code that is well-formed but exists neither in WHO ICD-10 nor in the label set, a
duplicate, unknown or missing ``idx``. A valid ICD-10 code that is not among the reference codes
is *not* an error: it is a wrong answer (RuMedBench's own prediction files contain such codes). A
UTF-8 byte-order mark is accepted.

Metadata (team, model, uses_synthetic_data, url, date) comes from a sidecar JSON
(``<submission>.meta.json`` or ``--metadata FILE``) and/or command-line flags, which win.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from medsyn_dataset.benchmark.data import Example
from medsyn_dataset.io import read_json

MAX_PREDICTIONS = 3
#: The shape of an ICD-10 code as submissions write it: a category (``J06``) or a subcode (``J06.9``).
CODE_SHAPE = re.compile(r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a submission; ``line`` is 1-based (``None``: not tied to a submission line)."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@dataclass
class Submission:
    """The well-formed lines of a submission file: idx -> ranked codes, and idx -> line number."""

    path: Path
    predictions: dict[str, list[str]] = field(default_factory=dict)
    line_of: dict[str, int] = field(default_factory=dict)

    def codes_outside(self, reference_codes: Collection[str]) -> int:
        """How many predicted codes are not reference codes (valid, but wrong answers)."""
        known = set(reference_codes)
        return sum(code not in known for codes in self.predictions.values() for code in codes)


class InvalidSubmissionError(ValueError):
    """A submission failed validation; ``problems`` lists every problem."""

    def __init__(self, path: str | os.PathLike[str], problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        shown = "\n  ".join(str(p) for p in self.problems[:20])
        more = f"\n  ... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{path}: {len(self.problems)} problem(s):\n  {shown}{more}")


def read_submission(path: str | os.PathLike[str]) -> tuple[Submission, list[Problem]]:
    """Parse a submission; return its well-formed lines and the per-line format problems."""
    path = Path(path)
    submission = Submission(path=path)
    problems: list[Problem] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileNotFoundError(f"{path}: cannot read the submission ({exc.strerror or exc})") from exc
    try:
        content = raw.decode("utf-8-sig")  # a byte-order mark (Windows editors write one) is not content
    except UnicodeDecodeError as exc:
        return submission, [Problem(None, f"not UTF-8 text (byte {exc.start})")]
    lines = content.splitlines()
    if not lines:
        return submission, [Problem(None, "the submission is empty")]
    for lineno, line in enumerate(lines, start=1):
        problem = _parse_line(line, lineno, submission)
        if problem:
            problems.append(problem)
    return submission, problems


def _parse_line(line: str, lineno: int, submission: Submission) -> Problem | None:
    if not line.strip():
        return Problem(lineno, "empty line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Problem(lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return Problem(lineno, "expected a JSON object with 'idx' and 'prediction'")
    idx = record.get("idx")
    if isinstance(idx, int) and not isinstance(idx, bool):
        idx = str(idx)
    if not isinstance(idx, str) or not idx:
        return Problem(lineno, "field 'idx' is missing or not a non-empty string")
    prediction = record.get("prediction")
    if not isinstance(prediction, list) or not prediction:
        return Problem(
            lineno,
            f"idx {idx!r}: field 'prediction' must be a list of 1 to {MAX_PREDICTIONS} codes (got {_json_kind(prediction)})",
        )
    if not all(isinstance(code, str) and code for code in prediction):
        return Problem(lineno, f"idx {idx!r}: every prediction must be a non-empty string")
    if len(prediction) > MAX_PREDICTIONS:
        return Problem(lineno, f"idx {idx!r}: {len(prediction)} predictions; at most {MAX_PREDICTIONS} are allowed")
    if len(set(prediction)) != len(prediction):
        return Problem(lineno, f"idx {idx!r}: a code is repeated in the prediction {prediction}")
    malformed = [code for code in prediction if not CODE_SHAPE.match(code)]
    if malformed:
        shown = ", ".join(repr(code) for code in malformed)
        return Problem(lineno, f"idx {idx!r}: malformed code(s) {shown}; expected e.g. 'J06' or 'J06.9'")
    if idx in submission.line_of:
        return Problem(lineno, f"duplicate idx {idx!r} (first on line {submission.line_of[idx]})")
    submission.predictions[idx] = prediction
    submission.line_of[idx] = lineno
    return None


def _json_kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if value == []:
        return "an empty list"
    kinds = {str: "a string", bool: "a boolean", int: "a number", float: "a number", dict: "an object"}
    return kinds.get(type(value), type(value).__name__)


def is_known_code(code: str, label_set: Collection[str]) -> bool:
    """A code a submission may name: one of ``label_set``, or any WHO ICD-10 (2019) category or subcode."""
    from medsyn_dataset.knowledge.icd10 import is_valid

    return code in label_set or is_valid(code)


def validate_submission(
    path: str | os.PathLike[str], reference: Sequence[Example], label_set: Collection[str]
) -> tuple[Submission, list[Problem]]:
    """Every reference idx exactly once, no unknown idx, ICD-10 codes, well-formed lines.

    ``label_set`` holds codes accepted even when WHO ICD-10 does not list them (the reference's
    codes, a release's ClassLabel names, ``--labels``); a valid ICD-10 code outside it is allowed
    and simply scores as a wrong answer.
    """
    submission, problems = read_submission(path)
    labels = set(label_set) | {example.code for example in reference}
    return submission, _check_items(submission, problems, [example.id for example in reference], labels)


def check_public_rules(path: str | os.PathLike[str], ids: Sequence[str] | None = None) -> tuple[Submission, list[Problem]]:
    """The checks that need no gold codes (what a submitter can run before sending a file).

    Well-formed lines, ICD-10 codes (WHO), no duplicate idx; with ``ids`` (the evaluation items,
    whose texts are public) also every idx exactly once.
    """
    submission, problems = read_submission(path)
    return submission, _check_items(submission, problems, ids, frozenset())


def _check_items(
    submission: Submission, problems: list[Problem], ids: Sequence[str] | None, labels: Collection[str]
) -> list[Problem]:
    """Add the problems of the well-formed lines (unknown idx and codes, missing idx); sort by line."""
    known_ids = set(ids) if ids is not None else None
    for idx, codes in submission.predictions.items():
        lineno = submission.line_of[idx]
        if known_ids is not None and idx not in known_ids:
            problems.append(Problem(lineno, f"unknown idx {idx!r}: not in the reference"))
        unknown = [code for code in codes if not is_known_code(code, labels)]
        if unknown:
            problems.append(
                Problem(lineno, f"idx {idx!r}: not ICD-10 code(s): {', '.join(unknown)} (neither WHO ICD-10 nor the label set)")
            )
    if ids is not None and submission.predictions:
        missing = [i for i in ids if i not in submission.predictions]
        if missing:
            problems.append(Problem(None, _missing_message(missing)))
    problems.sort(key=lambda p: (p.line is None, p.line or 0))
    return problems


def _missing_message(missing: Sequence[str]) -> str:
    shown = ", ".join(repr(m) for m in missing[:10]) + (f" ... ({len(missing)} in all)" if len(missing) > 10 else "")
    return f"{len(missing)} reference idx have no prediction: {shown}"


# --------------------------------------------------------------------------------------------------
# metadata


@dataclass
class SubmissionMetadata:
    """Who submitted what; shown on the leaderboard."""

    team: str | None = None
    model: str | None = None
    uses_synthetic_data: bool | None = None
    url: str | None = None
    date: str | None = None  # ISO date of the submission; the scoring date when absent

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_META_FIELDS = {"team": str, "model": str, "uses_synthetic_data": bool, "url": str, "date": str}


def sidecar_path(submission: str | os.PathLike[str]) -> Path:
    path = Path(submission)
    return path.with_name(path.name + ".meta.json")


def load_metadata(path: str | os.PathLike[str] | None, overrides: Mapping[str, Any] | None = None) -> SubmissionMetadata:
    """Metadata from a JSON file (unknown keys and wrong types name the file and key), then ``overrides``."""
    values: dict[str, Any] = {}
    if path is not None:
        path = Path(path)
        loaded = read_json(path)
        if not isinstance(loaded, dict):
            raise ValueError(f"{path}: expected a JSON object")
        values = asdict(metadata_from_mapping(loaded, str(path)))
    values.update({key: value for key, value in (overrides or {}).items() if value is not None})
    return SubmissionMetadata(**values)


def metadata_from_mapping(values: Mapping[str, Any], source: str, strict: bool = True) -> SubmissionMetadata:
    """Check the metadata fields of ``values`` (``source`` names it in errors); ``strict`` refuses other keys."""
    checked: dict[str, Any] = {}
    for key, value in values.items():
        if key not in _META_FIELDS:
            if strict:
                raise ValueError(f"{source}: unknown key {key!r}; allowed: {', '.join(_META_FIELDS)}")
            continue
        if value is not None and not isinstance(value, _META_FIELDS[key]):
            raise ValueError(f"{source}: key {key!r} must be a {_META_FIELDS[key].__name__}")
        checked[key] = value
    return SubmissionMetadata(**checked)
