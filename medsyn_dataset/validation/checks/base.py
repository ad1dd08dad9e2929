"""What a validation check is.

A check has a ``name`` (its stage and its registry key), the note columns it ``reads``
(``"text"``, struct fields as ``"patient.sex"``, and ``"tokens"`` for the batch's word tokens),
the outputs it ``writes`` (validation fields, or ``"text_redacted"``), and a ``scope``. A run
reads the corpus shard by shard in batches and makes two passes (:mod:`..runner`): pass 1 runs
every batch through the checks, where the batch is (in worker processes, on a cluster); pass 2,
once every corpus-wide check is final, decides every row and writes it.

* a **row-wise** check (:class:`RowCheck`) looks at one row at a time. :meth:`RowCheck.check` is a
  pure function of a batch of rows, run in pass 1 wherever the batch is; :meth:`RowCheck.summarize`
  folds each batch's result, in corpus order where the results are gathered, into the small state
  its report section needs. A row-wise check sees the findings of the row-wise checks before it.
* a **corpus-wide** check (:class:`CorpusCheck`) needs every row before it can judge one
  (duplicates, contamination, memorisation, label noise). Its work is split the same way:
  :meth:`CorpusCheck.sketch` is a pure function of a batch (where the batch is) that keeps only
  what the check needs of it (signatures, hashes, the best outside match, labels);
  :meth:`CorpusCheck.observe` takes the sketches in corpus order into compact state (spilled to
  disk past a size: :meth:`~medsyn_dataset.validation.context.CheckContext.spill`); and
  :meth:`CorpusCheck.finalize`, after the last batch, gives its findings, read back batch by batch
  (:class:`CorpusFindings`) when the rows are decided.

Both give a :class:`CheckResult` (per-row findings, written values and quality scores) per batch
and, at the end, their report section (:meth:`Check.section`: a key of ``validation_report.json``
and a :class:`~medsyn_dataset.jsonrecord.JsonRecord`). A batch also carries what the row-wise
checks before it found (:attr:`Rows.findings`): a check may depend on them (the duplicates check
prefers rows without drop reasons as cluster representatives). Corpus-wide findings exist only
after pass 1, so no check sees them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from medsyn_dataset.jsonrecord import JsonRecord
from medsyn_dataset.validation.context import BatchTokens, CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.policy import Action

Scope = Literal["row", "corpus"]
#: The pseudo-column of a batch's word tokens (see :class:`~medsyn_dataset.validation.context.BatchTokens`).
TOKENS = "tokens"
#: The output column of a check that redacts text (the PII scan).
TEXT_REDACTED = "text_redacted"


@dataclass
class Rows:
    """A batch: rows ``start .. start + len(ids)`` of the corpus, with the columns the checks read."""

    start: int
    ids: list[str]
    columns: Mapping[str, list[Any]]
    tokens: BatchTokens | None = None
    #: per row of the batch, what the row-wise checks that ran before found (read-only)
    findings: Sequence[Sequence[Finding]] = ()

    def __len__(self) -> int:
        return len(self.ids)

    def column(self, name: str) -> list[Any]:
        try:
            return self.columns[name]
        except KeyError:
            raise KeyError(f"column {name!r} was not read: add it to the check's `reads`") from None


@dataclass
class CheckResult:
    """What a check found in a batch (or, from :meth:`CorpusCheck.finalize`, in the whole corpus).

    Row positions count from the batch's first row. ``findings`` and ``scores`` list only rows
    with something in them; ``values`` holds one value per row for each output the check writes.
    """

    findings: dict[int, list[Finding]] = field(default_factory=dict)
    values: dict[str, list[Any]] = field(default_factory=dict)
    scores: dict[int, dict[str, Any]] = field(default_factory=dict)

    def add(self, row: int, finding: Finding) -> None:
        self.findings.setdefault(row, []).append(finding)

    def score(self, row: int, **numbers: Any) -> None:
        self.scores.setdefault(row, {}).update(numbers)


#: A report section: (key of validation_report.json, its content).
Section = tuple[str, JsonRecord]


class Check(ABC):
    """Base of every check; made once per run with the run's :class:`CheckContext`."""

    name: ClassVar[str]
    reads: ClassVar[tuple[str, ...]] = ()
    writes: ClassVar[tuple[str, ...]] = ()
    scope: ClassVar[Scope]
    #: actions of finding names the policy's ``actions`` do not list (a check added without a policy field)
    default_actions: ClassVar[Mapping[str, Action]] = {}

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.policy = ctx.policy

    def progress_total(self, rows: int) -> int:
        """The length of the check's progress bar (rows, unless it counts something else)."""
        return rows

    def section(self) -> Section | None:
        """The check's section of the report, after every batch; None: it has none."""
        return None

    def close(self) -> None:  # noqa: B027 - optional hook: most checks hold nothing
        """Release what the check holds (worker processes, files); called after the run, also after an error."""


class RowCheck(Check):
    """A check of one row at a time; see the module docstring."""

    scope: ClassVar[Scope] = "row"

    @abstractmethod
    def check(self, rows: Rows) -> CheckResult:
        """Findings for ``rows``: a pure function of the batch (and the check's settings)."""

    def summarize(self, rows: Rows, result: CheckResult) -> None:
        """Fold one batch's result into what :meth:`section` reports (compact: counts, sums)."""


class CorpusCheck(Check):
    """A check that needs the whole corpus; see the module docstring."""

    scope: ClassVar[Scope] = "corpus"

    def sketch(self, rows: Rows) -> Any:
        """What the check keeps of a batch: small, picklable, a pure function of the batch (it runs
        where the batch is checked, like :meth:`RowCheck.check`). Default: nothing."""
        return None

    @abstractmethod
    def observe(self, start: int, rows: int, sketch: Any) -> None:
        """Take in the sketch of rows ``start .. start + rows`` (batches come in corpus order)."""

    @abstractmethod
    def finalize(self) -> CorpusFindings | CheckResult:
        """Findings for every row observed: a :class:`CorpusFindings`, or (for a small check) one
        :class:`CheckResult` for the whole corpus, row positions counted from its first row."""


class CorpusFindings(ABC):
    """A corpus-wide check's findings, read back one batch at a time (in corpus order)."""

    @abstractmethod
    def batch(self, start: int, stop: int) -> CheckResult:
        """The findings of rows ``start .. stop``, row positions counted from ``start``."""


class WholeResult(CorpusFindings):
    """A :class:`CheckResult` of the whole corpus, cut into batches."""

    def __init__(self, result: CheckResult) -> None:
        self.result = result

    def batch(self, start: int, stop: int) -> CheckResult:
        r = self.result
        return CheckResult(
            findings={i - start: f for i, f in r.findings.items() if start <= i < stop},
            values={name: values[start:stop] for name, values in r.values.items()},
            scores={i - start: s for i, s in r.scores.items() if start <= i < stop},
        )
