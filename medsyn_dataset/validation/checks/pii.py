"""``pii``: personal information (Presidio with Russian recognisers, :mod:`medsyn_dataset.validation.pii`).
Row-wise.

Every entity found goes to ``validation.pii``; those at or above ``pii.min_score`` (and of
``pii.types``, when given) become ``pii:<TYPE>`` findings and are replaced in ``text_redacted`` by
``<TYPE>`` or, with ``pii.redaction: surrogate``, by a surrogate of the same type and shape; with
``pii.keep_years`` a date that is a year alone ("2015", "в 2015 г.") stays in ``validation.pii`` but is neither
counted nor redacted (HIPAA Safe Harbor keeps years). The scanner is made on the first batch, in the process
that checks it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from medsyn_dataset.schema import PiiSpan, ValidationField
from medsyn_dataset.validation.checks.base import TEXT_REDACTED, CheckResult, RowCheck, Rows, Section
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation_report import PiiSection

# per row, how many high-confidence dates were a year alone that ``pii.keep_years`` kept (not a validation field: not
# written to the notes, read back by summarize)
_KEPT_YEARS = "pii_kept_years"


class PiiCheck(RowCheck):
    name = "pii"
    reads = ("text",)
    writes = (ValidationField.PII, TEXT_REDACTED)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        settings = self.policy.pii
        self.wanted = set(settings.types) if settings.types else None
        self._scanner: Any = None
        self._found: Counter[str] = Counter()
        self._strong: Counter[str] = Counter()
        self._rows_with_pii = 0

    def check(self, rows: Rows) -> CheckResult:
        texts = rows.column("text")
        if not self.policy.pii.enabled:
            return CheckResult(values={ValidationField.PII: [()] * len(texts), TEXT_REDACTED: list(texts)})
        from medsyn_dataset.validation.pii import redact

        min_score = self.policy.pii.min_score
        spans: list[tuple[PiiSpan, ...]] = []
        redacted: list[str] = []
        result = CheckResult(values={ValidationField.PII: spans, TEXT_REDACTED: redacted})
        kept_years: list[int] = []
        for i, found in enumerate(self._scan(texts)):
            found = sorted(found, key=lambda e: (e.start, e.end, e.type))
            spans.append(tuple(PiiSpan(**e.to_dict()) for e in found))
            kept = {e for e in found if e.score >= min_score and self._kept_year(e.type, texts[i][e.start : e.end])}
            kept_years.append(len(kept))
            strong = [e for e in found if e.score >= min_score and (self.wanted is None or e.type in self.wanted)
                      and e not in kept]
            for entity_type in sorted({e.type for e in strong}):
                result.add(i, Finding("pii", entity_type))
            redacted.append(
                redact(texts[i], strong, mode=self.policy.pii.redaction, seed=self.policy.pii.surrogate_seed)
                if strong else texts[i]
            )
        if self.policy.pii.keep_years:
            result.values[_KEPT_YEARS] = kept_years  # (for summarize, which sees the spans but not the text)
        return result

    def _kept_year(self, entity_type: str, value: str) -> bool:
        """A date that is a year alone, which ``pii.keep_years`` keeps (neither counted nor redacted)."""
        if not self.policy.pii.keep_years or entity_type != "DATE_TIME":
            return False
        from medsyn_dataset.validation.pii.event_years import is_bare_year

        return is_bare_year(value)

    def _scan(self, texts: list[str]) -> list[Any]:
        if self._scanner is None:
            from medsyn_dataset.validation.pii import PiiScanner

            # one process: the run's executor spreads the batches over the workers (--workers)
            self._scanner = PiiScanner(score_threshold=min(self.policy.pii.min_score, 0.5), n_jobs=1)
        return list(self._scanner.scan_many(texts, progress=False))

    def close(self) -> None:
        if self._scanner is not None:
            self._scanner.close()

    def summarize(self, rows: Rows, result: CheckResult) -> None:
        min_score = self.policy.pii.min_score
        for spans in result.values[ValidationField.PII]:
            self._found.update(s.type for s in spans)
            self._strong.update(s.type for s in spans if s.score >= min_score)
        kept = sum(result.values.get(_KEPT_YEARS, ()))
        if kept:  # (pii.keep_years: a year alone is no high-confidence entity)
            self._strong["DATE_TIME"] -= kept
            self._strong += Counter()  # (drops a type counted down to zero)
        if self.ctx.action("pii") != "ignore":  # the rows whose reasons will name PII
            self._rows_with_pii += len(result.findings)

    def section(self) -> Section:
        settings = self.policy.pii
        return "pii", PiiSection(
            rows_with_high_confidence_pii=self._rows_with_pii,
            entities_by_type=dict(sorted(self._found.items())),
            high_confidence_entities_by_type=dict(sorted(self._strong.items())),
            min_score=settings.min_score,
            scanned=settings.enabled,
        )
