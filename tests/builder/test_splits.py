"""Grouped stratified splits: properties over random note sets (hypothesis) and fixed cases."""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medsyn_dataset.builder.splits import (
    MIN_NOTES_PER_SPLIT_CODE,
    SPLIT_NAMES,
    NoteKey,
    group_notes,
    normalize_ratios,
    plan_splits,
    report_markdown,
)

CODES = ("A09", "I10", "J06", "K29", "M54")


@st.composite
def note_sets(draw: st.DrawFn, same_code_groups: bool = False) -> list[NoteKey]:
    """Random notes; with ``same_code_groups`` clusters and example notes never cross codes."""
    n = draw(st.integers(1, 80))
    notes = []
    for i in range(n):
        code = draw(st.sampled_from(CODES))
        cluster = draw(st.one_of(st.none(), st.integers(0, 15)))
        example = draw(st.one_of(st.none(), st.integers(0, 15).map(lambda k: f"ex{k}")))
        if same_code_groups:
            cluster = None if cluster is None else hash((code, cluster)) % 10_000
            example = None if example is None else f"{code}:{example}"
        notes.append(NoteKey(f"n{i:04d}", code, cluster, example))
    return notes


def _split_of_groups(notes: list[NoteKey], assignment: dict[str, str], attr: str) -> dict[object, set[str]]:
    splits: dict[object, set[str]] = defaultdict(set)
    for note in notes:
        key = getattr(note, attr)
        if key is not None:
            splits[key].add(assignment[note.id])
    return splits


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=note_sets(), seed=st.integers(0, 2**31))
def test_no_cluster_or_example_spans_two_splits_and_every_note_is_assigned(notes: list[NoteKey], seed: int) -> None:
    plan = plan_splits(notes, seed=seed)
    assert set(plan.assignment) == {n.id for n in notes}
    assert set(plan.assignment.values()) <= set(SPLIT_NAMES)
    for attr in ("near_dup_cluster", "example_id"):
        for key, splits in _split_of_groups(notes, plan.assignment, attr).items():
            assert len(splits) == 1, f"{attr} {key} spans {splits}"
    report = plan.report
    assert sum(report.split_sizes.values()) == len(notes)
    for code, cells in report.per_code.items():
        assert sum(cells.values()) == sum(1 for n in notes if n.code == code)
    # the gaps listed are exactly the codes with >= 3 notes missing from a split
    gaps = {g["code"] for g in report.coverage_gaps}
    expected = {c for c, cells in report.per_code.items()
                if sum(cells.values()) >= MIN_NOTES_PER_SPLIT_CODE and min(cells.values()) == 0}
    assert gaps == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=note_sets(same_code_groups=True), seed=st.integers(0, 2**31))
def test_every_code_with_enough_groups_is_in_every_split(notes: list[NoteKey], seed: int) -> None:
    plan = plan_splits(notes, seed=seed)
    groups = group_notes(sorted(notes, key=lambda n: n.id))
    ordered = sorted(notes, key=lambda n: n.id)
    groups_per_code = Counter(ordered[g[0]].code for g in groups)  # single-code groups here
    for code, cells in plan.report.per_code.items():
        if groups_per_code[code] >= len(SPLIT_NAMES):
            assert min(cells.values()) > 0, (code, cells)
    # with no grouping at all, every code with >= 3 notes is in every split
    plain = [NoteKey(n.id, n.code) for n in notes]
    for code, cells in plan_splits(plain, seed=seed).report.per_code.items():
        if sum(cells.values()) >= MIN_NOTES_PER_SPLIT_CODE:
            assert min(cells.values()) > 0, (code, cells)


@settings(max_examples=20, deadline=None)
@given(notes=note_sets(), seed=st.integers(0, 2**31), shuffle_seed=st.integers(0, 1000))
def test_same_seed_same_split_whatever_the_row_order(notes: list[NoteKey], seed: int, shuffle_seed: int) -> None:
    shuffled = list(notes)
    random.Random(shuffle_seed).shuffle(shuffled)
    assert plan_splits(notes, seed=seed).assignment == plan_splits(shuffled, seed=seed).assignment


def test_ratios_are_followed_on_a_large_ungrouped_set() -> None:
    rng = random.Random(3)
    notes = [NoteKey(f"n{i:05d}", rng.choice(CODES)) for i in range(5000)]
    report = plan_splits(notes, {"train": 0.7, "validation": 0.2, "test": 0.1}, seed=1).report
    assert report.achieved_ratios["train"] == pytest.approx(0.7, abs=0.01)
    assert report.achieved_ratios["validation"] == pytest.approx(0.2, abs=0.01)
    for cells in report.per_code.values():  # per code, too
        total = sum(cells.values())
        assert cells["test"] / total == pytest.approx(0.1, abs=0.02)


def test_seed_changes_the_split() -> None:
    notes = [NoteKey(f"n{i:04d}", CODES[i % 5]) for i in range(400)]
    assert plan_splits(notes, seed=1).assignment != plan_splits(notes, seed=2).assignment


def test_chained_groupings_are_united() -> None:
    # a~b share a cluster, b~c share an example note: all three must be together
    notes = [NoteKey("a", "A09", 1, None), NoteKey("b", "A09", 1, "ex"), NoteKey("c", "I10", None, "ex")]
    notes += [NoteKey(f"x{i}", CODES[i % 5]) for i in range(60)]
    for seed in range(20):
        a = plan_splits(notes, seed=seed).assignment
        assert a["a"] == a["b"] == a["c"]


def test_report_says_what_grouping_moved_and_lists_gaps() -> None:
    # one code whose 6 notes are all near-duplicates of each other: it cannot be in every split
    notes = [NoteKey(f"dup{i}", "K29", 7, None) for i in range(6)]
    notes += [NoteKey(f"n{i:03d}", CODES[i % 3]) for i in range(90)]
    report = plan_splits(notes, seed=0).report
    assert report.grouping["multi_note_groups"] == 1
    assert report.grouping["notes_in_multi_note_groups"] == 6
    assert report.grouping["groups_an_ungrouped_split_would_break"] == 1
    gap = next(g for g in report.coverage_gaps if g["code"] == "K29")
    assert gap["groups"] == 1 and set(gap["missing_from"]) == {"validation", "test"}
    assert report.smallest_cells[0]["notes"] == 0
    text = report_markdown(report)
    assert "K29" in text and "### Splits" in text


def test_zero_ratio_split_stays_empty_and_bad_ratios_fail() -> None:
    notes = [NoteKey(f"n{i:03d}", CODES[i % 5]) for i in range(100)]
    report = plan_splits(notes, {"train": 0.9, "validation": 0.0, "test": 0.1}).report
    assert report.split_sizes["validation"] == 0 and not report.coverage_gaps
    with pytest.raises(ValueError, match="sum to 1"):
        normalize_ratios({"train": 0.5, "validation": 0.1, "test": 0.1})
    with pytest.raises(ValueError, match="unknown split"):
        normalize_ratios({"dev": 1.0})
    with pytest.raises(ValueError, match="occurs more than once"):
        plan_splits([NoteKey("a", "A09"), NoteKey("a", "I10")])


def _assign_before_issue_13(notes, groups, ratios, seed):  # type: ignore[no-untyped-def]
    """The assignment as written before it was sped up for a million notes (numpy per group): the oracle."""
    import numpy as np

    active = [name for name in SPLIT_NAMES if ratios[name] > 0]
    n_splits = len(active)
    group_codes = [Counter(notes[i].code for i in g) for g in groups]
    code_total = Counter(note.code for note in notes)
    target = {code: np.array([ratios[s] * n for s in active]) for code, n in code_total.items()}
    current = {code: np.zeros(n_splits) for code in code_total}
    assigned = [-1] * len(groups)
    order = np.random.default_rng(seed).permutation(len(groups))
    rank = np.empty(len(groups), dtype=np.int64)
    rank[order] = np.arange(len(groups))

    def put(g, s):  # type: ignore[no-untyped-def]
        assigned[g] = s
        for code, k in group_codes[g].items():
            current[code][s] += k

    groups_of_code = defaultdict(list)
    for g, codes in enumerate(group_codes):
        for code in codes:
            groups_of_code[code].append(g)
    coverable = sorted((c for c, n in code_total.items() if n >= MIN_NOTES_PER_SPLIT_CODE),
                       key=lambda c: (len(groups_of_code[c]), code_total[c], c))  # fmt: skip
    for code in coverable:
        for s in sorted(range(n_splits), key=lambda s: (-ratios[active[s]], s)):
            if current[code][s] > 0:
                continue
            free = [g for g in groups_of_code[code] if assigned[g] < 0]
            if not free:
                break
            put(min(free, key=lambda g: (len(groups[g]), len(group_codes[g]), rank[g])), s)
    ratio_vec = np.array([ratios[s] for s in active])
    rest = sorted((g for g in range(len(groups)) if assigned[g] < 0), key=lambda g: (-len(groups[g]), rank[g]))
    for g in rest:
        score = np.zeros(n_splits)
        for code, k in group_codes[g].items():
            score += k * (target[code] - current[code])
        put(g, max(range(n_splits), key=lambda s: (round(float(score[s]), 9), ratio_vec[s], -s)))
    return assigned, active


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notes=note_sets(),
    seed=st.integers(0, 2**16),
    ratios=st.sampled_from(
        [None, {"train": 0.7, "validation": 0.2, "test": 0.1}, {"train": 0.5, "test": 0.5}, dict.fromkeys(SPLIT_NAMES, 1 / 3)]
    ),
)
def test_fast_assignment_is_the_numpy_one(notes: list[NoteKey], seed: int, ratios: dict[str, float] | None) -> None:
    from medsyn_dataset.builder.splits import _assign

    notes = sorted(notes, key=lambda n: n.id)
    ratios = normalize_ratios(ratios)
    for groups in (group_notes(notes), [[i] for i in range(len(notes))]):
        assert _assign(notes, groups, ratios, seed) == _assign_before_issue_13(notes, groups, ratios, seed)
