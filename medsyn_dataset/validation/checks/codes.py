"""``codes``: is the row's label a valid ICD-10 category of the release's code set, does its subcode
belong to it, do the patient's sex and age fit the code (per the knowledge graph)? Row-wise
(:func:`medsyn_dataset.validation.labels.check_code`).
"""

from __future__ import annotations

from medsyn_dataset.validation.checks.base import CheckResult, RowCheck, Rows
from medsyn_dataset.validation.labels import check_code


class CodesCheck(RowCheck):
    name = "codes"
    reads = ("icd10_code", "icd10_subcode", "patient.sex", "patient.age")

    def check(self, rows: Rows) -> CheckResult:
        result = CheckResult()
        codes, subcodes = rows.column("icd10_code"), rows.column("icd10_subcode")
        sexes, ages = rows.column("patient.sex"), rows.column("patient.age")
        for i in range(len(rows)):
            found = check_code(codes[i], subcodes[i], sexes[i], ages[i], self.ctx.code_set, self.ctx.mkg)
            if found:
                result.findings[i] = found
        return result
