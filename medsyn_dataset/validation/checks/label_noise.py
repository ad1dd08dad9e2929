"""``label_noise``: out-of-fold top-k predictions of a TF-IDF classifier trained on the corpus itself;
a row whose code is not among them is flagged ``label_not_in_top<k>`` (and, with
``labels.use_cleanlab``, cleanlab's verdicts ``label_issue``). Corpus-wide.

Each batch's sketch is its codes and each row's word counts; the classifier is fitted and every
row predicted at the end, from the spilled counts (:mod:`medsyn_dataset.validation.label_stream`:
the predictions of :func:`~medsyn_dataset.validation.labels.label_noise`, in compact state).
Writes ``validation.label_predictions`` and ``labels.label_noise`` of the report.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import (
    TOKENS,
    CheckResult,
    CorpusCheck,
    CorpusFindings,
    Rows,
    Section,
)
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.label_stream import LabelNoiseState, LabelStreamResult, token_counts
from medsyn_dataset.validation_report import LabelNoise, LabelsSection


class LabelNoiseCheck(CorpusCheck):
    name = "label_noise"
    reads = ("icd10_code", TOKENS)
    writes = (ValidationField.LABEL_PREDICTIONS,)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self.state = LabelNoiseState(ctx.spill)
        self._rows = 0
        self._stats = LabelNoise.with_keys(run=False)

    def sketch(self, rows: Rows) -> Any:
        if not self.policy.labels.label_noise:
            return None
        assert rows.tokens is not None
        return [str(c) for c in rows.column("icd10_code")], token_counts(rows.tokens.corpus)

    def observe(self, start: int, rows: int, sketch: Any) -> None:
        self._rows += rows
        if sketch is not None:
            self.state.observe(*sketch)

    def finalize(self) -> CorpusFindings:
        lp = self.policy.labels
        if not lp.label_noise:
            return LabelFindings(None, lp.top_k)
        noise = self.state.finalize(
            lp.top_k, lp.folds, lp.seed, lp.svd_components, max_iter=lp.max_iter, use_cleanlab=lp.use_cleanlab,
            max_train_rows=lp.max_train_rows,
        )  # fmt: skip
        self._stats = LabelNoise(
            run=True, scored_rows=int(noise.scored.sum()), top1_accuracy=noise.top1_accuracy,
            top_k=lp.top_k, top_k_accuracy=noise.top_k_accuracy,
        )  # fmt: skip
        return LabelFindings(noise, lp.top_k)

    def section(self) -> Section:
        return "labels", LabelsSection.with_keys(label_noise=self._stats)

    def close(self) -> None:
        self.state.close()


class LabelFindings(CorpusFindings):
    """Each row's top-k codes and its findings (None: the check did not run)."""

    def __init__(self, noise: LabelStreamResult | None, top_k: int) -> None:
        self.noise, self.top_k = noise, top_k

    def batch(self, start: int, stop: int) -> CheckResult:
        noise = self.noise
        if noise is None or noise.top is None:
            return CheckResult(values={ValidationField.LABEL_PREDICTIONS: [None] * (stop - start)})
        classes = noise.classes
        top = [[classes[j] for j in row] for row in noise.top[start:stop].tolist()]
        result = CheckResult(values={ValidationField.LABEL_PREDICTIONS: top})
        for i in np.flatnonzero(~noise.in_top_k[start:stop]).tolist():
            result.add(i, Finding("label_not_in_top_k", reason=f"label_not_in_top{self.top_k}"))
        for i in np.flatnonzero(noise.label_issue[start:stop]).tolist():
            result.add(i, Finding("label_issue"))
        return result
