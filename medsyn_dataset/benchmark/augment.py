"""The synthetic-augmentation experiment (MedSyn's claim: synthetic notes help on rare codes).

Conditions, each trained once per seed and evaluated on the same real held-out set:

* ``real``: real training notes only (ratio 0);
* ``real+syn x R``: real notes plus ``round(R * n_real)`` synthetic notes sampled without
  replacement with that seed; when fewer synthetic notes are available, all are used (the
  report gives the actual count ``n_synthetic``);
* ``synthetic only``: ``min(n_real, n_available)`` synthetic notes sampled with that seed.

Curation is a variable: every :class:`~medsyn_dataset.benchmark.synthetic.Curation` (which notes:
by validation decision and flags) x :class:`~medsyn_dataset.benchmark.synthetic.View` (which text:
full, head, complaints only) is a *pool*, and every pool runs every ratio and synthetic-only. The
conditions of a pool other than ``all`` / ``full`` carry it in their name, e.g.
``real+syn x1 [keep,-dialogue | complaints]``.

With ``restrict_synthetic`` (the default) synthetic notes whose code is not among the real training
codes are dropped first: a model cannot be credited on the real evaluation set for codes the real
benchmark does not have, and on RuMedTop3 that keeps the label space the benchmark's.

``synthetic_max_chars`` (off by default; the same as the view ``head:N``) cuts each synthetic note
at the last word boundary before that many characters. Generated notes run to ~2,000 characters
with the complaints first, while a RuMedTop3 item is a complaint text of ~120; the cut keeps the
part that matches the evaluation domain and bounds training cost (n-gram features grow with text
length).

Every condition is trained once per seed, the real-only one too: the SGD baselines shuffle by
their seed, so the spread of ``real`` is the model's own; the spread of the other conditions adds
the effect of *which* synthetic notes were drawn. Only a model whose fit ignores the seed
(``rumedbench-tfidf``) trains ``real`` once, and its spread is 0.
"""

from __future__ import annotations

import math
import random
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from medsyn_dataset.benchmark.data import Example
from medsyn_dataset.benchmark.icd import train_and_evaluate
from medsyn_dataset.benchmark.models import DEFAULT_MODEL, DETERMINISTIC_MODELS
from medsyn_dataset.benchmark.synthetic import (
    Curation,
    SyntheticNote,
    View,
    parse_curation,
    parse_view,
)
from medsyn_dataset.progress import BAR, COUNT, ELAPSED, REMAINING, progress_bar

SCORE_KEYS: tuple[str, ...] = ("hit_at_1", "hit_at_3", "macro_f1")


@dataclass(frozen=True)
class ChallengingSpec:
    """Which codes to call out: the ``n`` rarest in real training data, or the ``n`` of lowest real-only recall."""

    mode: Literal["rarest", "lowest-recall"] = "rarest"
    n: int = 20


def parse_challenging(text: str) -> ChallengingSpec:
    mode, _, count = text.partition(":")
    if mode not in ("rarest", "lowest-recall") or not count.isdigit() or int(count) < 1:
        raise ValueError(f"--challenging {text!r}: expected rarest:N or lowest-recall:N with N >= 1")
    return ChallengingSpec(mode=mode, n=int(count))  # type: ignore[arg-type]


def parse_ratios(text: str) -> list[float]:
    try:
        ratios = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise ValueError(f"--ratios {text!r}: expected comma-separated numbers such as 0,0.5,1,2") from None
    if not ratios or any(r < 0 or math.isnan(r) for r in ratios):
        raise ValueError(f"--ratios {text!r}: ratios must be >= 0")
    return sorted(set(ratios))


@dataclass
class AugmentConfig:
    ratios: list[float] = field(default_factory=lambda: [0.0, 0.5, 1.0, 2.0])
    seeds: list[int] = field(default_factory=lambda: [0, 1, 2])
    challenging: ChallengingSpec = field(default_factory=ChallengingSpec)
    synthetic_only: bool = True
    restrict_synthetic: bool = True
    model: str = DEFAULT_MODEL
    model_options: dict[str, Any] = field(default_factory=dict)
    synthetic_max_chars: int | None = None
    curations: list[Curation] = field(default_factory=lambda: [parse_curation("all")])
    views: list[View] = field(default_factory=lambda: [parse_view("full")])

    def pool_views(self) -> list[View]:
        """The views to run; ``synthetic_max_chars`` is the view head:N when no other view is chosen."""
        if self.synthetic_max_chars is not None and [v.name for v in self.views] == ["full"]:
            return [parse_view(f"head:{self.synthetic_max_chars}")]
        return list(self.views)


@dataclass
class Pool:
    """The synthetic notes one curation and one view give (after the real-code restriction)."""

    curation: str
    view: str
    examples: list[Example]
    view_sources: dict[str, int] = field(default_factory=dict)  # complaints view: section/sentence/head counts

    @property
    def label(self) -> str:
        return f"{self.curation} | {self.view}"


@dataclass
class Run:
    seed: int
    n_real: int
    n_synthetic: int
    metrics: dict[str, Any]


@dataclass
class Condition:
    name: str
    ratio: float | None  # None: synthetic only
    runs: list[Run] = field(default_factory=list)
    pool: Pool | None = None  # None: the real-only baseline

    def mean(self, key: str) -> float:
        return statistics.fmean(run.metrics[key] for run in self.runs)

    def std(self, key: str) -> float:
        values = [run.metrics[key] for run in self.runs]
        return statistics.stdev(values) if len(values) > 1 else 0.0

    def code_recall(self, code: str) -> float:
        """Mean over seeds of the code's rank-1 recall."""
        return statistics.fmean(run.metrics["per_code_recall"].get(code, 0.0) for run in self.runs)

    def subset_recall(self, codes: Sequence[str]) -> tuple[float, float]:
        """Mean and spread over seeds of the mean recall of ``codes``."""
        per_seed = [statistics.fmean(run.metrics["per_code_recall"].get(c, 0.0) for c in codes) for run in self.runs]
        return statistics.fmean(per_seed), (statistics.stdev(per_seed) if len(per_seed) > 1 else 0.0)


@dataclass
class AugmentResult:
    config: AugmentConfig
    conditions: list[Condition]
    train_counts: dict[str, int]  # real training notes per code
    eval_codes: list[str]
    challenging_codes: list[str]
    n_synthetic_available: int
    n_synthetic_dropped: int
    pools: list[Pool] = field(default_factory=list)

    @property
    def baseline(self) -> Condition:
        return next(c for c in self.conditions if c.ratio == 0.0)


def condition_name(ratio: float | None, pool: Pool | None = None) -> str:
    name = "synthetic only" if ratio is None else "real" if ratio == 0 else f"real+syn x{ratio:g}"
    return name if pool is None or pool.label == "all | full" else f"{name} [{pool.label}]"


def build_pools(notes: Sequence[SyntheticNote], config: AugmentConfig) -> list[Pool]:
    """Every curation x view; a ValueError when a curation needs verdicts the notes lack."""
    pools = []
    for curation in config.curations:
        chosen = curation.select(notes)
        for view in config.pool_views():
            texts = [note.example.text for note in chosen]
            examples = [Example(n.example.id, view.apply(n.example.text), n.example.code) for n in chosen]
            pools.append(Pool(curation.name, view.name, examples, view.counts(texts)))
    return pools


def sample_synthetic(synthetic: Sequence[Example], n: int, seed: int) -> list[Example]:
    """``n`` synthetic notes drawn without replacement (all of them when fewer are available)."""
    if n >= len(synthetic):
        return list(synthetic)
    return random.Random(seed).sample(list(synthetic), n)


def run_augmentation(
    real_train: Sequence[Example],
    synthetic: Sequence[Example | SyntheticNote],
    evaluation: Sequence[Example],
    config: AugmentConfig,
    progress: Callable[[str], None] | None = None,
) -> AugmentResult:
    """Train and evaluate every condition for every seed; pick the challenging codes."""
    if not real_train or not evaluation:
        raise ValueError("the augmentation experiment needs real training and evaluation examples")
    if 0.0 not in config.ratios:
        config.ratios = [0.0, *config.ratios]  # the real-only baseline is what every delta is against
    real_codes = {e.code for e in real_train}
    notes = [n if isinstance(n, SyntheticNote) else SyntheticNote(n) for n in synthetic]
    usable = [n for n in notes if n.example.code in real_codes] if config.restrict_synthetic else notes
    needs_synthetic = config.synthetic_only or any(r > 0 for r in config.ratios)
    if not usable and needs_synthetic:
        raise ValueError("no usable synthetic notes (none has a code of the real training data)")
    pools = build_pools(usable, config) if needs_synthetic else []
    for pool in pools:
        if not pool.examples:
            raise ValueError(f"curation {pool.curation!r} leaves no synthetic notes")

    conditions = [Condition(name=condition_name(0.0), ratio=0.0)]
    for pool in pools:
        plan: list[float | None] = [*(r for r in config.ratios if r > 0), *([None] if config.synthetic_only else [])]
        conditions += [Condition(name=condition_name(r, pool), ratio=r, pool=pool) for r in plan]
    _run_conditions(conditions, real_train, evaluation, config, progress)

    train_counts = dict(sorted(Counter(e.code for e in real_train).items()))
    eval_codes = sorted({e.code for e in evaluation})
    result = AugmentResult(
        config=config,
        conditions=conditions,
        train_counts=train_counts,
        eval_codes=eval_codes,
        challenging_codes=[],
        n_synthetic_available=len(usable),
        n_synthetic_dropped=len(notes) - len(usable),
        pools=pools,
    )
    result.challenging_codes = pick_challenging(result, config.challenging)
    return result


def _run_conditions(
    conditions: list[Condition],
    real_train: Sequence[Example],
    evaluation: Sequence[Example],
    config: AugmentConfig,
    progress: Callable[[str], None] | None,
) -> None:
    deterministic = config.model in DETERMINISTIC_MODELS
    tasks = [(c, s) for c in conditions for s in config.seeds]
    with progress_bar("[bold]augment[/] {task.description}", BAR, COUNT, ELAPSED, REMAINING, transient=True) as bar:
        task_id = bar.add_task("", total=len(tasks))
        for condition, seed in tasks:
            bar.update(task_id, description=f"{condition.name} seed {seed}")
            if condition.pool is None and deterministic and condition.runs:
                first = condition.runs[0]  # same rows, a fit that ignores the seed: the same result
                condition.runs.append(Run(seed, first.n_real, 0, first.metrics))
            else:
                pool = condition.pool.examples if condition.pool is not None else []
                if condition.ratio is None:
                    rows = sample_synthetic(pool, len(real_train), seed)
                    n_real = 0
                else:
                    rows = [*real_train, *sample_synthetic(pool, round(condition.ratio * len(real_train)), seed)]
                    n_real = len(real_train)
                run = train_and_evaluate(rows, evaluation, model=config.model, seed=seed, **config.model_options)
                condition.runs.append(Run(seed, n_real, len(rows) - n_real, run.metrics))
            if progress:
                progress(f"{condition.name} seed {seed}: hit@1 {condition.runs[-1].metrics['hit_at_1']:.4f}")
            bar.advance(task_id)


def pick_challenging(result: AugmentResult, spec: ChallengingSpec) -> list[str]:
    """The evaluation codes to call out (ties broken by training count, then code)."""
    counts = result.train_counts
    if spec.mode == "rarest":
        order = sorted(result.eval_codes, key=lambda c: (counts.get(c, 0), c))
    else:
        baseline = result.baseline
        order = sorted(result.eval_codes, key=lambda c: (baseline.code_recall(c), counts.get(c, 0), c))
    return order[: spec.n]
