"""``symptoms``: the share of a row's symptom list its text mentions (lemmas, then fuzzy lemmas).
Row-wise; writes ``validation.symptom_coverage`` and the coverage lines of the report's ``labels``.
"""

from __future__ import annotations

import array
import statistics

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import TOKENS, CheckResult, RowCheck, Rows, Section
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.labels import SymptomMatcher, row_coverage
from medsyn_dataset.validation_report import LabelsSection


class SymptomsCheck(RowCheck):
    name = "symptoms"
    reads = ("symptoms", TOKENS)
    writes = (ValidationField.SYMPTOM_COVERAGE,)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self.matcher = SymptomMatcher()
        self._covered = array.array("d")  # the coverage of rows with symptoms (for mean and median)

    def check(self, rows: Rows) -> CheckResult:
        assert rows.tokens is not None
        coverage = [
            row_coverage(self.matcher, symptoms, rows.tokens.of(i), rows.tokens.vocab)
            for i, symptoms in enumerate(rows.column("symptoms"))
        ]
        result = CheckResult(values={ValidationField.SYMPTOM_COVERAGE: coverage})
        minimum = self.policy.labels.min_symptom_coverage
        for i, cov in enumerate(coverage):
            if cov is not None and cov < minimum:
                result.add(i, Finding("low_symptom_coverage"))
        return result

    def summarize(self, rows: Rows, result: CheckResult) -> None:
        self._covered.extend(c for c in result.values[ValidationField.SYMPTOM_COVERAGE] if c is not None)

    def section(self) -> Section:
        covered = self._covered
        return "labels", LabelsSection.with_keys(
            symptom_coverage_mean=round(statistics.fmean(covered), 4) if covered else None,
            symptom_coverage_median=round(statistics.median(covered), 4) if covered else None,
            rows_with_symptoms=len(covered),
        )
