"""Does a learned address tagger add LOCATION recall for an author it never saw? Leave-one-author-out.

    python -m benchmarks.bench_place_tagger [--folds blind41 ... blind55] [--rules first|now] [--cache PATH]
                                            [--per-family 40] [--train-per-family 20] [--save-model PATH --threshold T]

For each fold split (by default blind41..blind55, the fifteen newest tuning authors) the fold's LOCATION recall
(overlap) is measured with the rules alone and with rules + a tagger (:mod:`medsyn_dataset.validation.pii.place_tagger`)
trained on every other tuning split (:func:`benchmarks.id_tagger_data.tuning_split_names`, 51 authors in round 24):
the tagger's runs that overlap no entity of the rules are what it adds, as ``scanner.resolve_overlaps`` keeps a gap
filler's span only where no rule's span is. A false span is an added run that overlaps no planted LOCATION.

Unseen text, as ``bench_id_tagger`` does it: the training splits are planted into four fifths of RuMedTop3 train
(:func:`benchmarks.id_tagger_data.rumedtop3_train_parts`; those notes, clean, are the models' negatives too), the folds
into the held-back fifth no model learns from. Clean-note flags (a note where rules or rules + tagger report anything)
on RuMedTop3 dev, the hand-checked upstream notes and the held-back train notes are counted per threshold; spans added
to all 11,480 upstream notes are counted too (``--show-clean N`` prints N of them).

Rules (``--rules``): ``first`` scans each fold with the scanner of the commit just before it became tuning data
(``bench_id_tagger.FIRST_MEASURED``: rules nobody had fitted to that author, the honest baseline for what a tagger adds);
``now`` with today's rules (fitted to every fold: the tagger's gain on top of them). Thresholds: :data:`GRID`.
Nothing is chosen from the clean sets: they are read at each threshold, and the ship gate (the brief of round 24)
is that no clean set gains a flagged note.
"""

from __future__ import annotations

import argparse
import pickle
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import bench_pii
from benchmarks.bench_id_tagger import FIRST_MEASURED
from benchmarks.id_tagger_data import Row, planted_split, rumedtop3_train_parts, tuning_split_names
from medsyn_dataset.io import atomic_open
from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.hashed_model import fit_weights
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.place_features import N_BUCKETS, candidates, named, runs
from medsyn_dataset.validation.pii.place_tagger import PlaceModel, save_model

LOCATION = "LOCATION"
DEFAULT_FOLDS = tuple(f"blind{n}" for n in range(41, 56))
GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
SEED = 0
C = 0.5
MIN_WEIGHT = 0.02
Spans = list[tuple[int, int]]


@dataclass
class Scored:
    """One split's planted notes (normalised), the rules' spans (every type, and LOCATION's) and each note's candidates
    (start, end, hashed features, label; extracted anew by every run, not cached: the features change, the scans not)."""

    texts: list[str]
    golds: list[Spans]  # planted LOCATION spans
    others: list[Spans]  # planted spans of the other types
    rules: list[Spans]  # every entity the rules report
    rule_places: list[Spans]  # the rules' LOCATION entities
    cands: list[list[tuple[int, int, list[int], int]]]


def scored(rows: Sequence[Row], found: Sequence[Sequence[Any]] | None) -> Scored:
    texts = [normalize(text) for _, _, text, _ in rows]
    golds = [[(s, e) for kind, s, e in g if kind == LOCATION] for _, _, _, g in rows]
    others = [[(s, e) for kind, s, e in g if kind != LOCATION] for _, _, _, g in rows]
    rules = [[(e.start, e.end) for e in ents] for ents in found] if found is not None else [[] for _ in rows]
    places = [[(e.start, e.end) for e in ents if e.type == LOCATION] for ents in found] if found is not None else [[] for _ in rows]
    return Scored(texts, golds, others, rules, places, [])


def featured(sc: Scored) -> Scored:
    """``sc`` with its candidates' features extracted by today's :mod:`.place_features`."""
    sc.cands = [[(c.start, c.end, c.buckets, int(any(s < c.end and c.start < e for s, e in gold)))
                 for c in candidates(text)] for text, gold in zip(sc.texts, sc.golds, strict=True)]
    return sc


def _overlaps(start: int, end: int, spans: Spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def added(sc: Scored, probs: list[list[float]], threshold: float) -> list[Spans]:
    """Per note, the runs of accepted tokens that overlap no entity of the rules (what the tagger adds)."""
    out = []
    for text, cands, p, rules in zip(sc.texts, sc.cands, probs, sc.rules, strict=True):
        accepted = [(s, e) for (s, e, _, _), q in zip(cands, p, strict=True) if q >= threshold]
        out.append([r for r in runs(text, accepted) if named(text, *r) and not _overlaps(*r, rules)] if accepted else [])
    return out


def recall(sc: Scored, extra: list[Spans]) -> tuple[int, int, int, int]:
    """(planted LOCATION, hit by the rules, hit by rules + tagger, notes with a false added span)."""
    n = by_rules = by_both = false = 0
    for golds, places, more in zip(sc.golds, sc.rule_places, extra, strict=True):
        for s, e in golds:
            n += 1
            hit = _overlaps(s, e, places)
            by_rules += hit
            by_both += hit or _overlaps(s, e, more)
        false += any(not _overlaps(s, e, golds) for s, e in more)
    return n, by_rules, by_both, false


def fit(buckets: list[list[int]], labels: list[int], threshold: float = 0.5, meta: dict[str, Any] | None = None) -> PlaceModel:
    """L2 logistic regression (liblinear, fixed seed, balanced classes) on binary buckets; small weights dropped."""
    weights, intercept = fit_weights(buckets, labels, N_BUCKETS, C, MIN_WEIGHT, SEED)
    info = {"examples": len(labels), "positives": sum(labels), "C": C, "min_weight": MIN_WEIGHT, "seed": SEED}
    return PlaceModel(weights, intercept, threshold, {**(meta or {}), **info})


def training_rows(sets: dict[str, Scored]) -> tuple[list[list[int]], list[int]]:
    buckets = [c[2] for sc in sets.values() for cands in sc.cands for c in cands]
    labels = [c[3] for sc in sets.values() for cands in sc.cands for c in cands]
    return buckets, labels


def probabilities(model: PlaceModel, sc: Scored) -> list[list[float]]:
    return [[model.probability(c[2]) for c in cands] for cands in sc.cands]


def flagged(sc: Scored, extra: list[Spans]) -> tuple[int, int]:
    """(notes the rules flag, notes rules + tagger flag) of a clean set."""
    return (sum(1 for r in sc.rules if r), sum(1 for r, x in zip(sc.rules, extra, strict=True) if r or x))


def _found(rows: Sequence[Row], scanner: Any) -> list[Any]:
    return list(scanner.scan_many([text for _, _, text, _ in rows]))


def build(args: argparse.Namespace) -> dict[str, Scored]:
    """Every tuning split planted into the training notes (no scan: training data), the folds planted into the held-back
    notes and scanned by their rules, the clean sets scanned by today's rules."""
    training, held = rumedtop3_train_parts()
    out: dict[str, Scored] = {}
    for name in tuning_split_names():
        out["train:" + name] = scored(planted_split(name, training, args.train_per_family), None)
    out["train:clean"] = scored([("clean", "clean", t, []) for t in training], None)
    scanner = PiiScanner()
    olds: dict[str, Any] = {}
    try:
        for fold in args.folds:
            rows = planted_split(fold, held, args.per_family)
            if args.rules == "first":
                ref = FIRST_MEASURED[fold]
                if ref not in olds:
                    olds[ref] = bench_pii.baseline_scanner_class(ref)(n_jobs=2)
                out["fold:" + fold] = scored(rows, _found(rows, olds[ref]))
            else:
                out["fold:" + fold] = scored(rows, _found(rows, scanner))
        upstream = bench_pii.upstream_texts()
        clean = {"RuMedTop3 dev": bench_pii.rumedtop3("dev"), "upstream checked": bench_pii.upstream_clean(upstream),
                 "RuMedTop3 train held back": held, "upstream all": upstream}
        for label, texts in clean.items():
            rows = [("clean", label, t, []) for t in texts]
            out["clean:" + label] = scored(rows, _found(rows, scanner))
    finally:
        scanner.close()
        for old in olds.values():
            old.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_place_tagger", description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", nargs="+", default=list(DEFAULT_FOLDS))
    parser.add_argument("--rules", choices=("first", "now"), default="first")
    parser.add_argument("--per-family", type=int, default=40, help="fold notes per family (default 40, bench_pii's small)")
    parser.add_argument("--train-per-family", type=int, default=20, help="training notes per family (default 20)")
    parser.add_argument("--groups", type=int, default=15,
                        help="models fitted, each leaving out every author of its group of folds (default 15: one a fold)")
    parser.add_argument("--cache", type=Path, help="keep the planted, scanned and featured notes in this pickle")
    parser.add_argument("--show-false", type=int, default=0, metavar="N", help="N false spans per fold at --threshold")
    parser.add_argument("--show-clean", type=int, default=0, metavar="N", help="N spans added to clean notes at --threshold")
    parser.add_argument("--threshold", type=float, default=0.95, help="the threshold of the per-fold table and --save-model")
    parser.add_argument("--save-model", type=Path, metavar="PATH", help="write a model trained on every tuning split to PATH")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    key = (args.folds, args.rules, args.per_family, args.train_per_family)
    data: dict[str, Scored] | None = None
    if args.cache is not None and args.cache.exists():
        with args.cache.open("rb") as handle:
            cached_key, cached = pickle.load(handle)
        data = cached if cached_key == key else None
    if data is None:
        data = build(args)
        if args.cache is not None:
            with atomic_open(args.cache, "wb") as handle:
                pickle.dump((key, data), handle)
    data = {name: featured(sc) for name, sc in data.items()}
    print(f"planted, scanned and featured in {time.perf_counter() - started:.0f} s (folds: rules {args.rules})")
    train = {name[6:]: sc for name, sc in data.items() if name.startswith("train:")}
    folds = {name: data["fold:" + name] for name in args.folds}
    cleans = {name[6:]: sc for name, sc in data.items() if name.startswith("clean:")}

    fold_probs: dict[str, list[list[float]]] = {}
    clean_probs: dict[str, dict[str, list[list[float]]]] = {}
    groups = [args.folds[i :: args.groups] for i in range(min(args.groups, len(args.folds)))]
    for group in groups:  # (one model per group of folds, trained without any author of the group)
        model = fit(*training_rows({k: v for k, v in train.items() if k not in group}))
        for fold in group:
            fold_probs[fold] = probabilities(model, folds[fold])
            clean_probs[fold] = {label: probabilities(model, sc) for label, sc in cleans.items()}
    print(f"fitted {len(groups)} models (each leaving out the authors of its folds) in {time.perf_counter() - started:.0f} s")

    n_notes = sum(len(sc.texts) for sc in folds.values())
    print(f"\npooled over {len(args.folds)} folds ({n_notes} fold notes); clean notes flagged rules -> + tagger (any fold's "
          "model: the most of the folds' models)")
    header = "  ".join(f"{label} ({len(sc.texts)})" for label, sc in cleans.items())
    print(f"  {'thr':>5} {'LOC n':>6} {'rules':>6} {'+tagger':>8} {'false notes':>12}  {header}")
    for threshold in GRID:
        n = hit_rules = hit_both = false = 0
        for fold in args.folds:
            a, b, c, d = recall(folds[fold], added(folds[fold], fold_probs[fold], threshold))
            n, hit_rules, hit_both, false = n + a, hit_rules + b, hit_both + c, false + d
        cells = []
        for label, sc in cleans.items():
            worst = max(flagged(sc, added(sc, clean_probs[f][label], threshold)) for f in args.folds)
            spans = max(sum(len(x) for x in added(sc, clean_probs[f][label], threshold)) for f in args.folds)
            cells.append(f"{worst[0]}->{worst[1]} (+{spans} spans)")
        print(f"  {threshold:5.2f} {n:6d} {hit_rules / n:6.3f} {hit_both / n:8.3f} {false:12d}  " + "  ".join(cells))

    print(f"\nper fold at {args.threshold}: LOCATION recall rules -> + tagger (false-span notes / fold notes)")
    for fold in args.folds:
        n, by_rules, by_both, false = recall(folds[fold], added(folds[fold], fold_probs[fold], args.threshold))
        print(f"  {fold:8} n={n:5d} {by_rules / max(1, n):.3f} -> {by_both / max(1, n):.3f} ({false} / {len(folds[fold].texts)})")
        extra = added(folds[fold], fold_probs[fold], args.threshold)
        shown = 0
        for text, golds, more in zip(folds[fold].texts, folds[fold].golds, extra, strict=True):
            for s, e in more:
                if shown < args.show_false and not _overlaps(s, e, golds):
                    print(f"      false: {text[max(0, s - 40):s]!r} [{text[s:e]}] {text[e:e + 20]!r}")
                    shown += 1
    if args.show_clean:
        for label, sc in cleans.items():
            extra = added(sc, clean_probs[args.folds[-1]][label], args.threshold)
            shown_spans = [(text, s, e) for text, more in zip(sc.texts, extra, strict=True) for s, e in more]
            print(f"\n{label}: {len(shown_spans)} spans added by {args.folds[-1]}'s model at {args.threshold}")
            for text, s, e in shown_spans[: args.show_clean]:
                print(f"    {text[max(0, s - 40):s]!r} [{text[s:e]}] {text[e:e + 20]!r}")
    if args.save_model is not None:
        model = fit(*training_rows(train), threshold=args.threshold,
                    meta={"trained_on": sorted(train), "per_family": args.train_per_family})
        save_model(model, args.save_model)
        print(f"\nwritten {args.save_model}: {len(model.weights)} weights, threshold {args.threshold}")
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
