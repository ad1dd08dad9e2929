"""Leakage-free evaluation splits: grouped, stratified by ICD-10 code, seeded.

Notes that are near-duplicates of each other (``validation.near_dup_cluster``) or were written
from the same example note (``example_id``) must land in the same split, otherwise a model can
score on the test split by remembering a twin from train. The two groupings are united
(union-find), so a chain "a ~ b by cluster, b ~ c by example" puts a, b and c together.

Groups are then assigned to splits so that every code's notes follow the split ratios:

1. *coverage*: for every code with at least :data:`MIN_NOTES_PER_SPLIT_CODE` notes, each split
   with a positive ratio first gets one group containing that code (codes with the fewest groups
   first, smallest groups first), so that every such code appears in every split whenever its
   groups allow it;
2. *balance*: the remaining groups, largest first (ties in seeded random order), go to the split
   where their codes are furthest below their target counts.

A code whose notes sit in fewer groups than there are splits cannot appear in every split; the
:class:`SplitReport` lists it under ``coverage_gaps`` rather than breaking a group.

The result depends only on the notes' ids, codes, groups, the ratios and the seed (not on the
order of rows or shards), so a rebuild gives the same splits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

SPLIT_NAMES: tuple[str, ...] = ("train", "validation", "test")
DEFAULT_RATIOS: dict[str, float] = {"train": 0.8, "validation": 0.1, "test": 0.1}
#: A code with at least this many notes must appear in every split (when its groups allow).
MIN_NOTES_PER_SPLIT_CODE = 3


@dataclass(frozen=True, slots=True)
class NoteKey:
    """What splitting needs to know about one note."""

    id: str
    code: str
    near_dup_cluster: int | None = None
    example_id: str | None = None


@dataclass
class SplitReport:
    """What the split did: sizes, per-code counts, the smallest cells, what grouping moved."""

    seed: int
    ratios: dict[str, float]
    num_notes: int
    split_sizes: dict[str, int]
    achieved_ratios: dict[str, float]
    num_codes: int
    per_code: dict[str, dict[str, int]]  # code -> split -> notes
    smallest_cells: list[dict[str, Any]]  # [{code, split, notes}], the fewest-notes (code, split) pairs
    grouping: dict[str, Any]  # group statistics and what grouping moved compared with an ungrouped split
    coverage_gaps: list[dict[str, Any]] = field(default_factory=list)  # codes >= 3 notes missing from a split

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SplitPlan:
    """The split of every note (by id) and the report that explains it."""

    assignment: dict[str, str]
    report: SplitReport


# ---- grouping ----------------------------------------------------------------------------------


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller index wins: keeps the roots independent of union order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def group_notes(notes: Sequence[NoteKey]) -> list[list[int]]:
    """Indices of ``notes`` grouped so that a shared near-dup cluster or example note joins them.

    Groups come out ordered by their smallest note id; members by note id.
    """
    uf = _UnionFind(len(notes))
    first_by_cluster: dict[int, int] = {}
    first_by_example: dict[str, int] = {}
    for i, note in enumerate(notes):
        if note.near_dup_cluster is not None:
            uf.union(first_by_cluster.setdefault(note.near_dup_cluster, i), i)
        if note.example_id:
            uf.union(first_by_example.setdefault(note.example_id, i), i)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(notes)):
        members[uf.find(i)].append(i)
    groups = [sorted(idx, key=lambda j: notes[j].id) if len(idx) > 1 else idx for idx in members.values()]
    groups.sort(key=lambda g: notes[g[0]].id)
    return groups


# ---- assignment --------------------------------------------------------------------------------


def normalize_ratios(ratios: Mapping[str, float] | None) -> dict[str, float]:
    """The ratios of the three splits, checked: known names, non-negative, summing to 1."""
    merged = dict(DEFAULT_RATIOS if ratios is None else {name: 0.0 for name in SPLIT_NAMES})
    for name, value in (ratios or {}).items():
        if name not in SPLIT_NAMES:
            raise ValueError(f"unknown split {name!r}; expected one of {', '.join(SPLIT_NAMES)}")
        if value < 0:
            raise ValueError(f"split ratio of {name!r} must be >= 0, got {value}")
        merged[name] = float(value)
    total = sum(merged.values())
    if abs(total - 1.0) > 1e-6:
        raise ValueError(f"split ratios must sum to 1, got {total:g}")
    return merged


def _code_counts(notes: Sequence[NoteKey], group: list[int]) -> dict[str, int]:
    """Notes per code in a group, codes in order of first appearance."""
    if len(group) == 1:
        return {notes[group[0]].code: 1}
    return dict(Counter(notes[i].code for i in group))


def _assign(
    notes: Sequence[NoteKey], groups: list[list[int]], ratios: dict[str, float], seed: int
) -> tuple[list[int], list[str]]:
    """Split index per group (in ``active`` order) and the list of active split names.

    Per-code counts are plain Python floats, not small numpy arrays: the same IEEE operations in the
    same order (so the same result), without numpy's per-call cost on a million groups.
    """
    active = [name for name in SPLIT_NAMES if ratios[name] > 0]
    n_splits = len(active)
    splits = range(n_splits)
    group_codes = [_code_counts(notes, g) for g in groups]
    code_total: Counter[str] = Counter(note.code for note in notes)
    target = {code: [ratios[s] * n for s in active] for code, n in code_total.items()}
    current = {code: [0.0] * n_splits for code in code_total}
    assigned = [-1] * len(groups)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(groups))  # seeded tie-breaking, independent of row order
    rank_array = np.empty(len(groups), dtype=np.int64)
    rank_array[order] = np.arange(len(groups))
    rank: list[int] = rank_array.tolist()

    def put(g: int, s: int) -> None:
        assigned[g] = s
        for code, k in group_codes[g].items():
            current[code][s] += k

    # 1. coverage: one group per (code, split) for codes with enough notes
    groups_of_code: dict[str, list[int]] = defaultdict(list)
    for g, codes in enumerate(group_codes):
        for code in codes:
            groups_of_code[code].append(g)
    coverable = [c for c, n in code_total.items() if n >= MIN_NOTES_PER_SPLIT_CODE]
    coverable.sort(key=lambda c: (len(groups_of_code[c]), code_total[c], c))
    # larger splits are filled first, so a code short of groups loses the smallest split
    split_order = sorted(splits, key=lambda s: (-ratios[active[s]], s))
    for code in coverable:
        # the preferred group first: smallest, fewest codes, then seeded order (a total order)
        candidates = sorted(groups_of_code[code], key=lambda g: (len(groups[g]), len(group_codes[g]), rank[g]))
        free = (g for g in candidates if assigned[g] < 0)
        for s in split_order:
            if current[code][s] > 0:
                continue
            best = next(free, None)
            if best is None:
                break
            put(best, s)

    # 2. balance: the rest, largest groups first, to the split with the largest deficit
    ratio_vec = [ratios[s] for s in active]
    rest = [g for g in range(len(groups)) if assigned[g] < 0]
    rest.sort(key=lambda g: (-len(groups[g]), rank[g]))
    for g in rest:
        score = [0.0] * n_splits
        for code, k in group_codes[g].items():
            want, have = target[code], current[code]
            for s in splits:
                score[s] += k * (want[s] - have[s])
        # the largest deficit; ties: the bigger split, then the lower index (deterministic)
        best, best_key = 0, (round(score[0], 9), ratio_vec[0], 0)
        for s in splits[1:]:
            key = (round(score[s], 9), ratio_vec[s], -s)
            if key > best_key:
                best, best_key = s, key
        put(g, best)
    return assigned, active


def plan_splits(
    notes: Sequence[NoteKey],
    ratios: Mapping[str, float] | None = None,
    seed: int = 0,
    *,
    grouped: bool = True,
    smallest: int = 10,
) -> SplitPlan:
    """Assign every note to ``train``/``validation``/``test``; see the module docstring.

    ``grouped=False`` treats every note as its own group (used to measure what grouping moved).
    """
    ratios = normalize_ratios(ratios)
    ids = [note.id for note in notes]
    if len(set(ids)) != len(ids):
        dup = next(i for i, c in Counter(ids).items() if c > 1)
        raise ValueError(f"note id {dup!r} occurs more than once; ids must be unique to split")
    notes = sorted(notes, key=lambda n: n.id)  # row order must not matter
    groups = group_notes(notes) if grouped else [[i] for i in range(len(notes))]
    assigned, active = _assign(notes, groups, ratios, seed)
    assignment = {notes[i].id: active[assigned[g]] for g, members in enumerate(groups) for i in members}
    report = _report(_Made(notes, groups, assignment, ratios, seed), grouped, smallest)
    return SplitPlan(assignment=assignment, report=report)


# ---- report ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Made:
    """A split as made, what the report describes: the notes (sorted by id), their groups, the assignment."""

    notes: Sequence[NoteKey]
    groups: list[list[int]]
    assignment: dict[str, str]
    ratios: dict[str, float]
    seed: int


def _report(made: _Made, grouped: bool, smallest: int) -> SplitReport:
    notes, groups, assignment, ratios, seed = made.notes, made.groups, made.assignment, made.ratios, made.seed
    active = [name for name in SPLIT_NAMES if ratios[name] > 0]
    per_code: dict[str, dict[str, int]] = {}
    for note in notes:
        cell = per_code.setdefault(note.code, dict.fromkeys(SPLIT_NAMES, 0))
        cell[assignment[note.id]] += 1
    per_code = dict(sorted(per_code.items()))
    sizes = Counter(assignment.values())
    split_sizes = {name: sizes.get(name, 0) for name in SPLIT_NAMES}
    total = max(len(notes), 1)
    cells = [
        {"code": code, "split": split, "notes": counts[split]}
        for code, counts in per_code.items()
        for split in active
    ]
    cells.sort(key=lambda c: (c["notes"], c["code"], SPLIT_NAMES.index(c["split"])))
    gaps = []
    groups_per_code: Counter[str] = Counter()
    for g in groups:
        for code in {notes[i].code for i in g} if len(g) > 1 else (notes[g[0]].code,):
            groups_per_code[code] += 1
    for code, counts in per_code.items():
        n = sum(counts.values())
        missing = [s for s in active if counts[s] == 0]
        if n >= MIN_NOTES_PER_SPLIT_CODE and missing:
            gaps.append(
                {"code": code, "notes": n, "groups": groups_per_code[code], "missing_from": missing}
            )
    grouping = _grouping_stats(made) if grouped else {"grouped": False}
    return SplitReport(
        seed=seed,
        ratios=ratios,
        num_notes=len(notes),
        split_sizes=split_sizes,
        achieved_ratios={name: round(split_sizes[name] / total, 6) for name in SPLIT_NAMES},
        num_codes=len(per_code),
        per_code=per_code,
        smallest_cells=cells[:smallest],
        grouping=grouping,
        coverage_gaps=gaps,
    )


def _grouping_stats(made: _Made) -> dict[str, Any]:
    """Group sizes, and what an ungrouped split with the same seed would have leaked or placed differently."""
    notes, groups, assignment = made.notes, made.groups, made.assignment
    multi = [g for g in groups if len(g) > 1]
    # the ungrouped assignment only (``notes`` are already sorted and checked): no second report
    singles, active = _assign(notes, [[i] for i in range(len(notes))], made.ratios, made.seed)
    ungrouped = {note.id: active[s] for note, s in zip(notes, singles, strict=True)}
    leaking = [g for g in multi if len({ungrouped[notes[i].id] for i in g}) > 1]
    moved = sum(1 for note in notes if ungrouped[note.id] != assignment[note.id])
    largest = sorted(multi, key=lambda g: (-len(g), notes[g[0]].id))[:5]
    return {
        "grouped": True,
        "num_groups": len(groups),
        "multi_note_groups": len(multi),
        "notes_in_multi_note_groups": sum(len(g) for g in multi),
        "near_dup_clusters": len({n.near_dup_cluster for n in notes if n.near_dup_cluster is not None}),
        "shared_example_notes": sum(
            1 for c in Counter(n.example_id for n in notes if n.example_id).values() if c > 1
        ),
        "largest_groups": [
            {"notes": len(g), "codes": sorted({notes[i].code for i in g}), "split": assignment[notes[g[0]].id]}
            for g in largest
        ],
        "groups_an_ungrouped_split_would_break": len(leaking),
        "notes_in_those_groups": sum(len(g) for g in leaking),
        "notes_placed_differently_than_ungrouped": moved,
    }


def split_warnings(report: SplitReport, max_codes: int = 10) -> list[str]:
    """Sentences for the user when a split is empty or lacks some codes, naming the codes and what they need.

    A code can appear in every split only with at least :data:`MIN_NOTES_PER_SPLIT_CODE` notes (one
    per split) that sit in as many separate groups (near-duplicates and notes of one example note
    always share a split).
    """
    active = [name for name in SPLIT_NAMES if report.ratios[name] > 0]
    needed = max(MIN_NOTES_PER_SPLIT_CODE, len(active))
    gaps = {g["code"]: g for g in report.coverage_gaps}

    def describe(codes: list[str]) -> str:
        parts = []
        for code in codes[:max_codes]:
            n = sum(report.per_code[code].values())
            parts.append(f"{code} ({n} note{'s' if n != 1 else ''}" + (f" in {gaps[code]['groups']} groups)" if code in gaps else ")"))
        more = f" and {len(codes) - max_codes} more" if len(codes) > max_codes else ""
        return ", ".join(parts) + more

    need = (
        f"a code needs at least {needed} notes, in {needed} separate near-duplicate/example groups, "
        f"to appear in all {len(active)} splits"
    )
    warnings = []
    for split in active:
        codes = [code for code, counts in report.per_code.items() if counts[split] == 0]
        if not codes:
            continue
        if report.split_sizes[split] == 0:
            warnings.append(
                f"split {split!r} is empty (ratio {report.ratios[split]:.0%}): {report.num_notes} notes over "
                f"{report.num_codes} codes are too few; {need}. Codes: {describe(codes)}"
            )
        else:
            warnings.append(f"split {split!r} has no notes of {len(codes)} code(s): {describe(codes)}; {need}")
    return warnings


def report_markdown(report: SplitReport, max_rows: int = 10) -> str:
    """A short Markdown section for the dataset card."""
    lines = [
        "### Splits",
        "",
        f"Seed {report.seed}; target ratios "
        + ", ".join(f"{s} {report.ratios[s]:.0%}" for s in SPLIT_NAMES)
        + "; achieved "
        + ", ".join(f"{s} {report.achieved_ratios[s]:.1%} ({report.split_sizes[s]:,})" for s in SPLIT_NAMES)
        + ".",
        "",
    ]
    grouping = report.grouping
    if grouping.get("grouped"):
        lines += [
            "Near-duplicate clusters and notes written from the same example note are kept in one split "
            f"({grouping['multi_note_groups']:,} multi-note groups holding {grouping['notes_in_multi_note_groups']:,} "
            f"notes). An ungrouped stratified split with the same seed would have broken "
            f"{grouping['groups_an_ungrouped_split_would_break']:,} of those groups across splits; grouping placed "
            f"{grouping['notes_placed_differently_than_ungrouped']:,} notes differently.",
            "",
        ]
    if report.coverage_gaps:
        gaps = ", ".join(f"{g['code']} (not in {'/'.join(g['missing_from'])})" for g in report.coverage_gaps)
        lines += [f"Codes with >= 3 notes missing from a split because their notes are in too few groups: {gaps}.", ""]
    else:
        lines += ["Every code with at least 3 notes appears in every split.", ""]
    lines += ["Smallest (code, split) cells:", "", "| code | split | notes |", "|---|---|---|"]
    lines += [f"| {c['code']} | {c['split']} | {c['notes']} |" for c in report.smallest_cells[:max_rows]]
    return "\n".join(lines) + "\n"
