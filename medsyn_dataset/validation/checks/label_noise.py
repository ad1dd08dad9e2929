"""``label_noise``: out-of-fold top-k predictions of a TF-IDF classifier trained on the corpus itself;
a row whose code is not among them is flagged ``label_not_in_top<k>`` (and, with
``labels.use_cleanlab``, cleanlab's verdicts ``label_issue``). Corpus-wide.

Writes ``validation.label_predictions`` and ``labels.label_noise`` of the report.
"""

from __future__ import annotations

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import TOKENS, CheckResult, CorpusCheck, Rows, Section
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.labels import label_noise
from medsyn_dataset.validation_report import LabelNoise, LabelsSection


class LabelNoiseCheck(CorpusCheck):
    name = "label_noise"
    reads = ("icd10_code", TOKENS)
    writes = (ValidationField.LABEL_PREDICTIONS,)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self._codes: list[str] = []
        self._stats = LabelNoise.with_keys(run=False)

    def observe(self, rows: Rows) -> None:
        self._codes.extend(str(c) for c in rows.column("icd10_code"))

    def finalize(self) -> CheckResult:
        lp = self.policy.labels
        if not lp.label_noise:
            return CheckResult(values={ValidationField.LABEL_PREDICTIONS: [None] * len(self._codes)})
        noise = label_noise(
            self.ctx.corpus_tokens().corpus, self._codes, lp.top_k, lp.folds, lp.seed, lp.svd_components,
            max_iter=lp.max_iter, use_cleanlab=lp.use_cleanlab, max_train_rows=lp.max_train_rows,
        )  # fmt: skip
        result = CheckResult(values={ValidationField.LABEL_PREDICTIONS: list(noise.top_k)})
        for i in np.flatnonzero(~noise.in_top_k).tolist():
            result.add(i, Finding("label_not_in_top_k", reason=f"label_not_in_top{lp.top_k}"))
        for i in np.flatnonzero(noise.label_issue).tolist():
            result.add(i, Finding("label_issue"))
        self._stats = LabelNoise(
            run=True, scored_rows=int(noise.scored.sum()), top1_accuracy=noise.top1_accuracy,
            top_k=lp.top_k, top_k_accuracy=noise.top_k_accuracy,
        )  # fmt: skip
        return result

    def section(self) -> Section:
        return "labels", LabelsSection.with_keys(label_noise=self._stats)
