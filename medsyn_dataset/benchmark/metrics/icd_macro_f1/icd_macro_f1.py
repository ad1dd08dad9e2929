"""Macro-F1 of top-1 ICD-10 code predictions over the reference label set, as an `evaluate` metric.

Load it by local path, offline: ``evaluate.load(str(medsyn_dataset.benchmark.metrics.metric_path("icd_macro_f1")))``.
"""

import evaluate

# the module, not its class: evaluate loads the first Metric class it finds in this script
from medsyn_dataset.benchmark.metrics import top1_metric
from medsyn_dataset.benchmark.metrics.core import macro_f1

_DESCRIPTION = """\
Macro-averaged F1 of the top-1 predicted ICD-10 code, averaged over the codes present in the
references (scikit-learn's f1_score(average="macro", labels=<reference codes>, zero_division=0)).
Predictions may be plain codes or ranked lists (the first code is used).
"""

_KWARGS_DESCRIPTION = """
Args:
    predictions (list of list of str): ranked predicted codes per item; the first one is scored.
    references (list of str): the gold code per item.
Returns:
    macro_f1 (float): in [0, 1].
Examples:
    >>> metric.compute(predictions=[["A"], ["A"], ["B"]], references=["A", "B", "B"])
    {'macro_f1': 0.6666666666666666}
"""

@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class IcdMacroF1(top1_metric.Top1Metric):
    KEY = "macro_f1"
    SCORE = staticmethod(macro_f1)
    DESCRIPTION = _DESCRIPTION
    KWARGS_DESCRIPTION = _KWARGS_DESCRIPTION
