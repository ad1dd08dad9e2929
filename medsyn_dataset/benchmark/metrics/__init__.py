"""ICD-10 code prediction metrics.

Two layers over one definition:

* pure functions (:mod:`.core`): :func:`hit_at_k`, :func:`macro_f1`, :func:`per_code_recall`,
  :func:`compute_metrics` — used by the CLI, the baselines and the leaderboard; cheap to import;
* ``evaluate`` metric modules shipped in this folder (``hit_at_k/``, ``icd_macro_f1/``,
  ``per_code_recall/``), loaded by local path with :func:`load_metric`, never from the Hub
  (unreachable for many hospital users). They call the same pure functions.
"""

from medsyn_dataset.benchmark.metrics.core import (
    METRIC_NAMES,
    compute_metrics,
    hit_at_k,
    load_metric,
    macro_f1,
    metric_path,
    per_code_recall,
)

__all__ = ["METRIC_NAMES", "compute_metrics", "hit_at_k", "load_metric", "macro_f1", "metric_path", "per_code_recall"]
