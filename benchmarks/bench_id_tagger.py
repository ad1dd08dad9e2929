"""Does the identifier tagger generalise to an author it never saw? Leave-one-author-out.

    python -m benchmarks.bench_id_tagger [--per-family 40] [--folds blind5 ... blind10]

For each fold split (by default blind5..blind10, each written by another author), a tagger is trained
on every other tuning split (and clean RuMedTop3 train notes) and measured on the fold: its
MEDICAL_RECORD_NUMBER recall with the rules alone and with rules + tagger (the tagger fills gaps: a
tagged token that overlaps anything the rules found is dropped, as ``scanner.resolve_overlaps`` does),
and its false spans (a tagged token that overlaps no planted span; the notes around the plants are
real clinical notes). Clean-note flags on RuMedTop3 dev and the hand-checked upstream notes are
counted for each fold's model; they are never used to choose anything.

The decision threshold is chosen from the pooled fold results alone: the lowest on a grid whose
false spans stay within ``--fp-budget`` of the fold notes (default 0.1 %, half the brief's +0.2 pp).
Rules: by default (``--rules first``) each fold is scanned by the scanner as it was when that split
was first measured (the commit before it became tuning data, :data:`FIRST_MEASURED`, loaded from
git): the rules of today were fitted to every tuning split, so only the rules of then show what a
tagger adds for an author nobody tuned on. ``--rules now`` uses today's rules.
Last, the model trained on all tuning splits is measured on the ``heldout`` families of
:mod:`benchmarks.pii_families` (numbers only: their misses are never printed).
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from benchmarks import bench_pii
from benchmarks.id_tagger_data import (
    MRN,
    Example,
    Row,
    clean_examples,
    examples,
    planted_split,
    tuning_split_names,
)
from benchmarks.pii_families import HELDOUT
from benchmarks.train_id_tagger import fit
from medsyn_dataset.io import atomic_open
from medsyn_dataset.validation.pii import PiiEntity, PiiScanner
from medsyn_dataset.validation.pii.id_tagger import RECOGNIZER_NAME, IdModel

#: the scanner's commit when each split was first measured (the parent of the commit that made it tuning data)
FIRST_MEASURED = {"blind5": "acec3fb^", "blind6": "fe301f0^", "blind7": "a4d341c^", "blind8": "de83bd8^",
                  "blind9": "de83bd8^", "blind10": "fe5d111^"}
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)
DEFAULT_FOLDS = ("blind5", "blind6", "blind7", "blind8", "blind9", "blind10")


@dataclass
class Scored:
    """One split's planted notes, the rules' entities on them and the candidates' examples."""

    rows: list[Row]
    rules: list[list[PiiEntity]]
    examples: list[Example]


def rules_scanner() -> PiiScanner:
    scanner = PiiScanner()
    scanner.recognizers = [r for r in scanner.recognizers if r.name != RECOGNIZER_NAME]
    return scanner


def added_spans(scored: Scored, probabilities: Sequence[float], threshold: float) -> list[list[tuple[int, int]]]:
    """Per note, the tagged tokens no rule entity overlaps (what the tagger adds to the scan)."""
    added: list[list[tuple[int, int]]] = [[] for _ in scored.rows]
    for example, p in zip(scored.examples, probabilities, strict=True):
        if p >= threshold and not any(e.start < example.end and example.start < e.end for e in scored.rules[example.note]):
            added[example.note].append((example.start, example.end))
    return added


def mrn_recall(scored: Scored, added: list[list[tuple[int, int]]]) -> tuple[int, int, int]:
    """(planted MRN spans, hit by the rules, hit by rules + added spans)."""
    n = by_rules = by_both = 0
    for (_, _, _, golds), rules, extra in zip(scored.rows, scored.rules, added, strict=True):
        for kind, start, end in golds:
            if kind != MRN:
                continue
            n += 1
            hit = any(e.type == MRN and e.start < end and start < e.end for e in rules)
            by_rules += hit
            by_both += hit or any(s < end and start < e for s, e in extra)
    return n, by_rules, by_both


def tagger_alone(scored: Scored, probabilities: Sequence[float], threshold: float) -> float:
    """Share of planted MRN spans a tagged token overlaps, whatever the rules found."""
    tagged: list[list[tuple[int, int]]] = [[] for _ in scored.rows]
    for example, p in zip(scored.examples, probabilities, strict=True):
        if p >= threshold:
            tagged[example.note].append((example.start, example.end))
    spans = [(start, end, tagged[i]) for i, (_, _, _, golds) in enumerate(scored.rows) for kind, start, end in golds if kind == MRN]
    return sum(1 for start, end, found in spans if any(s < end and start < e for s, e in found)) / max(1, len(spans))


def false_notes(scored: Scored, added: list[list[tuple[int, int]]]) -> int:
    """Notes where an added span overlaps no planted span of any type."""
    return sum(1 for (_, _, _, golds), extra in zip(scored.rows, added, strict=True)
               if any(not any(gs < e and s < ge for _, gs, ge in golds) for s, e in extra))


def clean_flags(scored: Scored, model: IdModel, threshold: float) -> tuple[int, int, int]:
    """(notes, flagged by the rules, flagged by rules + tagger) of a clean set."""
    probabilities = [model.probability(example.buckets) for example in scored.examples]
    added = added_spans(scored, probabilities, threshold)
    rules = sum(1 for entities in scored.rules if entities)
    both = sum(1 for entities, extra in zip(scored.rules, added, strict=True) if entities or extra)
    return len(scored.rows), rules, both


Scanned = dict[str, tuple[list[Row], list[list[PiiEntity]]]]


def _scan(rows: list[Row], scanner: Any) -> tuple[list[Row], list[list[PiiEntity]]]:
    return rows, scanner.scan_many([text for _, _, text, _ in rows])


def _load_cache(path: Path | None, args: argparse.Namespace) -> Scanned | None:
    """The planted notes and the rules' entities of an earlier run with the same arguments (the
    features are extracted anew: the cache serves retraining while the features change)."""
    if path is None or not path.exists():
        return None
    with path.open("rb") as handle:
        key, scanned = pickle.load(handle)
    return cast(Scanned, scanned) if key == _cache_key(args) else None


def _save_cache(path: Path | None, args: argparse.Namespace, scanned: Scanned) -> None:
    if path is not None:
        with atomic_open(path, "wb") as handle:
            pickle.dump((_cache_key(args), scanned), handle)


def _cache_key(args: argparse.Namespace) -> tuple[Any, ...]:
    head = subprocess.run(["git", "-C", str(bench_pii.REPO), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    return (args.per_family, tuple(args.folds), args.rules, head.strip())


def first_rules(fold: str, rows: list[Row]) -> list[list[PiiEntity]]:
    """The entities the scanner of :data:`FIRST_MEASURED` ``[fold]`` finds in ``rows``."""
    old = bench_pii.baseline_scanner_class(FIRST_MEASURED[fold])(n_jobs=1)
    found = old.scan_many([text for _, _, text, _ in rows])
    # (as this package's entities: the old scanner's class lives in a temporary module)
    return [[PiiEntity(e.type, e.start, e.end, e.score, e.recognizer) for e in entities] for entities in found]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_id_tagger", description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-family", type=int, default=40)
    parser.add_argument("--folds", nargs="+", default=list(DEFAULT_FOLDS))
    parser.add_argument("--rules", choices=("first", "now"), default="first",
                        help="the rules a fold is scanned with: as when it was first measured (default) or today's")
    parser.add_argument("--cache", type=Path, help="keep the planted notes and the rules' entities in this pickle between runs")
    parser.add_argument("--fp-budget", type=float, default=0.001, help="false-span notes allowed per fold note (default 0.001)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    notes = bench_pii.rumedtop3("train") or bench_pii.FIXTURE_NOTES
    scanner = rules_scanner()
    scanned = _load_cache(args.cache, args)
    if scanned is None:
        scanned = {name: _scan(planted_split(name, notes, args.per_family), scanner) for name in tuning_split_names()}
        if args.rules == "first":
            for fold in args.folds:
                scanned[fold] = (scanned[fold][0], first_rules(fold, scanned[fold][0]))
        clean_sets = {"RuMedTop3 dev": bench_pii.rumedtop3("dev"),
                      "upstream checked": bench_pii.upstream_clean(bench_pii.upstream_texts())}
        for label, texts in clean_sets.items():
            if texts:
                scanned["clean:" + label] = _scan([("clean", label, t, []) for t in texts], scanner)
        scanned[HELDOUT] = _scan(planted_split(HELDOUT, notes, args.per_family), scanner)
        _save_cache(args.cache, args, scanned)
    splits = {name: Scored(rows, rules, examples(name, rows)) for name, (rows, rules) in scanned.items()
              if name in tuning_split_names()}
    cleans = {name[6:]: Scored(rows, rules, examples(name, rows)) for name, (rows, rules) in scanned.items()
              if name.startswith("clean:")}
    heldout = Scored(scanned[HELDOUT][0], scanned[HELDOUT][1], examples(HELDOUT, scanned[HELDOUT][0]))
    train_clean = clean_examples(bench_pii.rumedtop3("train"), "clean")
    print(f"planted and scanned in {time.perf_counter() - started:.0f} s (folds scanned with the rules {args.rules})")

    fold_probs: dict[str, tuple[IdModel, list[float]]] = {}
    for fold in args.folds:
        train = [e for name, s in splits.items() if name != fold for e in s.examples] + train_clean
        model = fit(train)
        fold_probs[fold] = (model, [model.probability(e.buckets) for e in splits[fold].examples])

    print(f"\npooled over folds {', '.join(args.folds)} (each fold's model never saw its author):")
    print(f"  {'threshold':>9} {'MRN n':>6} {'rules':>7} {'+tagger':>8} {'tagger alone':>13} {'false-span notes':>17}")
    chosen = None
    n_notes = sum(len(splits[f].rows) for f in args.folds)
    for threshold in GRID:
        n = hit_rules = hit_both = false = 0
        alone = 0.0
        for fold in args.folds:
            alone += tagger_alone(splits[fold], fold_probs[fold][1], threshold) * sum(
                1 for row in splits[fold].rows for g in row[3] if g[0] == MRN)
            added = added_spans(splits[fold], fold_probs[fold][1], threshold)
            a, b, c = mrn_recall(splits[fold], added)
            n, hit_rules, hit_both = n + a, hit_rules + b, hit_both + c
            false += false_notes(splits[fold], added)
        if chosen is None and false <= args.fp_budget * n_notes:
            chosen = threshold
        print(f"  {threshold:9.2f} {n:6d} {hit_rules / n:7.3f} {hit_both / n:8.3f} {alone / n:13.3f} {false:8d} / {n_notes}")
    chosen = chosen if chosen is not None else GRID[-1]
    print(f"\nchosen threshold {chosen} (lowest with false-span notes <= {args.fp_budget:.1%} of fold notes)")

    print(f"\nper fold at {chosen}:  MRN recall rules -> rules + tagger; false-span notes; clean notes flagged rules -> + tagger")
    for fold in args.folds:
        model, probabilities = fold_probs[fold]
        added = added_spans(splits[fold], probabilities, chosen)
        n, by_rules, by_both = mrn_recall(splits[fold], added)
        clean_text = "; ".join(f"{label} {r}/{m} -> {b}/{m}" for label, s in cleans.items()
                               for m, r, b in [clean_flags(s, model, chosen)])
        print(f"  {fold:8} n={n:4d}  {by_rules / n:.3f} -> {by_both / n:.3f}  (tagger alone "
              f"{tagger_alone(splits[fold], probabilities, chosen):.3f})  false {false_notes(splits[fold], added):3d}"
              f"/{len(splits[fold].rows)}  {clean_text}")

    full = fit([e for s in splits.values() for e in s.examples] + train_clean)
    added = added_spans(heldout, [full.probability(e.buckets) for e in heldout.examples], chosen)
    n, by_rules, by_both = mrn_recall(heldout, added)
    clean_text = "; ".join(f"{label} {r}/{m} -> {b}/{m}" for label, s in cleans.items() for m, r, b in [clean_flags(s, full, chosen)])
    print(f"\nmodel on all tuning splits, held-out families: MRN n={n} {by_rules / max(1, n):.3f} -> {by_both / max(1, n):.3f}; "
          f"false {false_notes(heldout, added)}/{len(heldout.rows)}; {clean_text}")
    scanner.close()
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
