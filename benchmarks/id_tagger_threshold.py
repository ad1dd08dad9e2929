"""The threshold a trained kind of the identifier tagger is read at in :mod:`benchmarks.bench_id_tagger`, and whether it
may ship: the false-span budget is a gate, for a threshold the budget chooses and for one asked for (``--read-at``)."""

from __future__ import annotations

from dataclasses import dataclass

#: the thresholds pooled results are measured at
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99)


@dataclass
class Choice:
    """The threshold a trained kind is read at, its pooled recall there if it may ship (None if not), and why."""

    threshold: float
    recall: float | None
    why: str
    failed: bool = False
    over_budget: bool = False


def choose(by_threshold: dict[float, tuple[int, int, int, float, int]], budget: float, read_at: float | None = None,
           override: bool = False) -> Choice:
    """The threshold of a trained kind from its pooled results per threshold (:func:`pooled`'s tuples): the lowest whose
    false-span notes stay within ``budget``; with ``read_at``, that threshold, whose own numbers are then what may ship,
    and only within the budget unless ``override`` (review B r23, finding 8: --read-at used to keep the budget's recall
    and ship a threshold over it unchecked)."""
    within = [t for t in GRID if by_threshold[t][4] <= budget]
    if read_at is None:
        if not within:
            return Choice(GRID[-1], None, f"no threshold on {GRID[0]}..{GRID[-1]} keeps its false-span notes within the "
                                          f"budget ({budget:.0f}); shown at the grid's top", failed=True)
        n, _, hit_both, _, _ = by_threshold[within[0]]
        return Choice(within[0], hit_both / n, f"the lowest with false-span notes within the budget ({budget:.0f})")
    n, _, hit_both, _, false = by_threshold[read_at]
    budgets = f"the budget's choice: {within[0] if within else 'none'}"
    if false <= budget:
        return Choice(read_at, hit_both / n, f"--read-at, within the budget ({false} <= {budget:.0f}); {budgets}")
    if override:
        return Choice(read_at, hit_both / n, f"--read-at OVER the budget ({false} > {budget:.0f}), --override-budget; "
                                             f"{budgets}", over_budget=True)
    return Choice(read_at, None, f"--read-at {read_at} is over the budget ({false} > {budget:.0f} false-span notes); "
                                 f"{budgets}", failed=True)
