"""The card's plots (PNG under ``<release>/assets/``). matplotlib is imported lazily, Agg backend."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from medsyn_dataset.io import atomic_path


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)  # headless: never needs a display
    import matplotlib.pyplot as plt

    return plt


def _save(fig, path: Path) -> Path:
    plt = _pyplot()
    with atomic_path(path) as tmp:
        # metadata=None-ish values keep PNG bytes free of the matplotlib version/time stamp
        fig.savefig(tmp, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return path


def plot_notes_per_code(code_counts: Mapping[str, Mapping[str, int]], splits: Sequence[str], path: Path) -> Path:
    """Stacked bars: notes per ICD-10 code, one colour per split."""
    plt = _pyplot()
    codes = list(code_counts)
    width = max(6.0, min(16.0, 0.06 * len(codes) + 3))
    fig, ax = plt.subplots(figsize=(width, 4))

    # one filled step patch per split (ax.stairs), not one patch per bar: 219 codes x 3 splits of
    # ax.bar patches take seconds to draw
    edges = np.arange(len(codes) + 1) - 0.5
    bottom = np.zeros(len(codes))
    for split in splits:
        heights = np.array([code_counts[c].get(split, 0) for c in codes], dtype=float)
        ax.stairs(bottom + heights, edges, baseline=bottom, fill=True, label=split)
        bottom = bottom + heights
    # a label per code is unreadable (and slow to lay out) beyond ~40 codes: label every k-th one;
    # the card's codes table has every number
    step = max(1, math.ceil(len(codes) / 40))
    ticks = list(range(0, len(codes), step))
    ax.set_xticks(ticks)
    ax.set_xticklabels([codes[i] for i in ticks], rotation=90, fontsize=7)
    ax.set_xlim(-0.6, len(codes) - 0.4)
    ax.set_ylabel("notes")
    ax.set_title(f"Notes per ICD-10 code ({len(codes)} codes)")
    ax.legend()
    return _save(fig, path)


def plot_text_length(lengths: Mapping[str, Sequence[int] | np.ndarray], path: Path) -> Path:
    """Histogram of note length in characters, per split: each bar is the share of that split's notes in the bin."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4))
    nonempty = {split: np.asarray(values, dtype=np.int64) for split, values in lengths.items() if len(values)}
    width = 1
    if nonempty:
        hi = max(int(values.max()) for values in nonempty.values())
        width = max(1, (hi + 100) // 40)
        bins = list(range(0, hi + 100, width))
        for split, values in nonempty.items():
            # weights, not density=True: a bar's height is a share of the split's notes, not a density per character
            ax.hist(values, bins=bins, alpha=0.6, label=split, weights=np.full(len(values), 100.0 / len(values)))
        ax.legend()
    ax.set_xlabel(f"characters per note (bins of {width:,} characters)")
    ax.set_ylabel("% of the split's notes in the bin")
    ax.set_title("Note length")
    return _save(fig, path)


def plot_funnel(steps: Sequence[tuple[str, int]], path: Path) -> Path:
    """Horizontal bars: notes at each validation stage."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.6 * len(steps) + 1.2))
    labels = [label for label, _ in steps][::-1]
    values = [value for _, value in steps][::-1]
    bars = ax.barh(labels, values)
    for bar, value in zip(bars, values, strict=True):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value:,}", va="center")
    ax.set_xlabel("notes")
    ax.set_title("Validation funnel")
    ax.set_xlim(0, max(values or [1]) * 1.15)
    return _save(fig, path)
