"""Hit@k for ranked ICD-10 code predictions (RuMedBench's accuracy and Hit@3), as an `evaluate` metric.

Load it by local path, offline: ``evaluate.load(str(medsyn_dataset.benchmark.metrics.metric_path("hit_at_k")))``.
"""

import evaluate

from medsyn_dataset.benchmark.metrics.core import hit_at_k, ranked_codes_info

_DESCRIPTION = """\
Hit@k: the share of items whose gold ICD-10 code is among the first k ranked predictions.
Hit@1 is accuracy; Hit@3 is RuMedBench's RuMedTop3 metric (gold code in the 3 predicted codes).
"""

_KWARGS_DESCRIPTION = """
Args:
    predictions (list of list of str): ranked predicted codes per item, best first.
    references (list of str): the gold code per item.
    k (int): how many ranked predictions count; default 1.
Returns:
    hit_at_k (float): in [0, 1].
Examples:
    >>> metric.compute(predictions=[["I11", "I10"], ["J06", "J00"]], references=["I10", "J00"], k=1)
    {'hit_at_k': 0.0}
"""

_CITATION = """\
@misc{blinov2022rumedbench, title={RuMedBench: A Russian Medical Language Understanding Benchmark},
author={Blinov, Pavel and Reshetnikova, Arina and Nesterov, Aleksandr and Zubkova, Galina and Kokh, Vladimir},
year={2022}, eprint={2201.06499}, archivePrefix={arXiv}}
"""


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class HitAtK(evaluate.Metric):
    def _info(self):
        return ranked_codes_info(_DESCRIPTION, _KWARGS_DESCRIPTION, _CITATION)

    def _compute(self, predictions, references, k=1):
        return {"hit_at_k": hit_at_k(references, predictions, k)}
