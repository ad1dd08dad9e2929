"""Per-code recall of top-1 ICD-10 code predictions, as an `evaluate` metric.

Load it by local path, offline: ``evaluate.load(str(medsyn_dataset.benchmark.metrics.metric_path("per_code_recall")))``.
"""

import evaluate

# the module, not its class: evaluate loads the first Metric class it finds in this script
from medsyn_dataset.benchmark.metrics import top1_metric
from medsyn_dataset.benchmark.metrics.core import per_code_recall

_DESCRIPTION = """\
Recall at rank 1 of every ICD-10 code present in the references: for code c, the share of items
with gold code c whose first predicted code is c (scikit-learn's recall_score(average=None)).
"""

_KWARGS_DESCRIPTION = """
Args:
    predictions (list of list of str): ranked predicted codes per item; the first one is scored.
    references (list of str): the gold code per item.
Returns:
    per_code_recall (dict of str to float): sorted by code.
Examples:
    >>> metric.compute(predictions=[["A"], ["A"], ["B"]], references=["A", "B", "B"])
    {'per_code_recall': {'A': 1.0, 'B': 0.5}}
"""

@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class PerCodeRecall(top1_metric.Top1Metric):
    KEY = "per_code_recall"
    SCORE = staticmethod(per_code_recall)
    DESCRIPTION = _DESCRIPTION
    KWARGS_DESCRIPTION = _KWARGS_DESCRIPTION
