"""Review B r23, finding 8: bench_id_tagger's --read-at threshold passes the false-span budget's gate too, and what may
ship is worded from that threshold's own numbers (it used to keep the budget's recall and save a model over budget)."""

from __future__ import annotations

import pytest

from benchmarks.bench_id_tagger import main
from benchmarks.id_tagger_threshold import GRID, choose

# pooled (MRN n, rules, rules + tagger, alone, false-span notes) per threshold: fewer false spans, less recall, higher up
FALSE = {0.3: 40, 0.4: 30, 0.5: 20, 0.6: 12, 0.7: 9, 0.8: 7, 0.85: 6, 0.9: 5, 0.95: 3, 0.96: 2, 0.97: 1, 0.98: 0, 0.99: 0}
POOLED = {t: (1000, 880, 960 - int(100 * t), 0.0, FALSE[t]) for t in GRID}
BUDGET = 3.0


def test_the_budget_chooses_the_lowest_threshold_within_it() -> None:
    choice = choose(POOLED, BUDGET)
    assert (choice.threshold, choice.recall, choice.failed) == (0.95, 0.865, False)


def test_a_read_at_threshold_within_the_budget_ships_with_its_own_recall() -> None:
    choice = choose(POOLED, BUDGET, read_at=0.97)
    assert (choice.threshold, choice.recall, choice.failed) == (0.97, 0.863, False)


def test_a_read_at_threshold_over_the_budget_may_not_ship() -> None:
    choice = choose(POOLED, BUDGET, read_at=0.9)
    assert (choice.threshold, choice.recall, choice.failed) == (0.9, None, True)
    assert "over the budget" in choice.why


def test_only_an_explicit_override_ships_a_threshold_over_the_budget_and_says_so() -> None:
    choice = choose(POOLED, BUDGET, read_at=0.9, override=True)
    assert (choice.recall, choice.failed, choice.over_budget) == (0.87, False, True)


def test_no_threshold_within_the_budget_fails() -> None:
    choice = choose(POOLED, -1.0)
    assert (choice.threshold, choice.recall, choice.failed) == (GRID[-1], None, True)


def test_a_read_at_threshold_off_the_grid_is_refused() -> None:
    with pytest.raises(SystemExit):
        main(["--read-at", "0.93"])
