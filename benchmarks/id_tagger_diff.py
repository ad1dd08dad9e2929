"""What does a new identifier-tagger model lose against an old one? The positives, one by one, not pooled numbers.

    python -m benchmarks.id_tagger_diff --old 90c96fa [--new PATH] [--old-features REF] [--new-features REF]
                                        [--splits blind47 ...] [--notes train|held] [--per-family 40] [--show 60]

Both models (``--old``/``--new``: a model file, or a commit whose shipped model is read from git; ``--new`` defaults
to the package's) propose spans on this tree's candidates under this tree's vetoes (:mod:`.id_features`'s
``candidates``, :mod:`.id_tagger_vetoes`), so only the models differ; each model is scored with the feature extractor
of its own feature spec: this tree's when the spec is this tree's, else the ``id_features`` of ``--old-features`` /
``--new-features`` (a commit), else of the model's own commit. A retrain that changes the features is so compared
with the model it would replace (round 21's review: a diff that ran both through one extractor refused it).

The notes are every tuning split (or ``--splits``) planted as ``bench_pii`` plants them, into RuMedTop3 train
(``--notes train``, default) or only its held-back fifth (``--notes held``: text no retrained model learnt from; round
19's model did). A planted MEDICAL_RECORD_NUMBER is *lost* when the old model's span covers it, the new one's does not
and no rule of this tree does (the tagger only fills gaps; the rules are asked only on notes where the two models
differ); *gained* the other way round. False spans (a tagged token on no planted span, no rule's) *gained* and
*removed*, per split; ``--show`` prints the lost positives and the gained false spans. Only tuning splits are planted
(:func:`benchmarks.id_tagger_data.tuning_split_names`): the lists may be read.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks import bench_pii
from benchmarks.id_tagger_data import MRN, planted_split, rumedtop3_train_parts, tuning_split_names
from medsyn_dataset.validation.pii import PiiScanner, id_features
from medsyn_dataset.validation.pii.id_tagger import RECOGNIZER_NAME, IdModel, shipped_model
from medsyn_dataset.validation.pii.id_tagger_vetoes import refused
from medsyn_dataset.validation.pii.normalize import normalize

MODEL_IN_GIT = "medsyn_dataset/validation/pii/id_tagger_model.json"
Spans = set[tuple[int, int]]


def _is_file(ref: str) -> bool:
    return Path(ref).exists()


def model_json(ref: str) -> dict[str, Any]:
    """The parsed model file ``ref``, or the one shipped at commit ``ref``."""
    if _is_file(ref):
        return dict(json.loads(Path(ref).read_text(encoding="utf-8")))
    text = subprocess.run(["git", "-C", str(bench_pii.REPO), "show", f"{ref}:{MODEL_IN_GIT}"], check=True,
                          capture_output=True, text=True).stdout
    return dict(json.loads(text))


def package_at(ref: str) -> str:
    """The name of a temporary package holding the scanner package of commit ``ref`` (importable after this)."""
    scanner_class = bench_pii.baseline_scanner_class(ref)
    if scanner_class is None:
        raise ValueError(f"{ref}: no commit of this repository")
    return str(scanner_class.__module__).rsplit(".", 1)[0]


def extractor_for(spec: str, model_ref: str, features_ref: str | None) -> tuple[ModuleType, ModuleType]:
    """(id_features, id_tagger) modules that extract ``spec``: ``features_ref``'s, this tree's, or the model's commit's;
    ``ValueError`` when none does."""
    if features_ref is not None:
        package = package_at(features_ref)
        modules = importlib.import_module(package + ".id_features"), importlib.import_module(package + ".id_tagger")
        where = features_ref
    elif spec == id_features.FEATURE_SPEC:
        return id_features, importlib.import_module("medsyn_dataset.validation.pii.id_tagger")
    elif not _is_file(model_ref):
        package = package_at(model_ref)
        modules = importlib.import_module(package + ".id_features"), importlib.import_module(package + ".id_tagger")
        where = model_ref
    else:
        raise ValueError(f"{model_ref}: a model of feature spec {spec!r}, this tree extracts {id_features.FEATURE_SPEC!r}: "
                         "name a commit whose id_features extracts it (--old-features / --new-features)")
    if spec != modules[0].FEATURE_SPEC:
        raise ValueError(f"{model_ref}: a model of feature spec {spec!r}, {where} extracts {modules[0].FEATURE_SPEC!r}")
    return modules


class Scorer:
    """One model with the feature extractor of its own spec, proposing spans on this tree's candidates and vetoes."""

    def __init__(self, model_ref: str | None, features_ref: str | None = None) -> None:
        self.name = model_ref or "package"
        if model_ref is None and features_ref is None:
            features_module: ModuleType = id_features
            model: Any = shipped_model()
        else:
            ref = model_ref or str(Path(importlib.import_module("medsyn_dataset.validation.pii.id_tagger").MODEL_PATH))
            data = model_json(ref)
            features_module, tagger_module = extractor_for(str(data.get("feature_spec")), ref, features_ref)
            model = tagger_module.IdModel.from_json(data, source=ref)
        self.model = model
        self.spec: str = features_module.FEATURE_SPEC
        self._features: Callable[..., list[str]] = features_module.features
        self._hashed: Callable[[list[str]], list[int]] = features_module.hashed
        self._lines: Callable[[str], Any] | None = getattr(features_module, "LineIndex", None)

    def spans(self, text: str, candidates: list[id_features.IdCandidate]) -> Spans:
        """The candidates of (normalised) ``text`` this model tags and the vetoes keep."""
        lines = self._lines(text) if self._lines is not None else None
        model: IdModel = self.model
        out: Spans = set()
        for cand in candidates:
            extracted = (self._features(text, cand.start, cand.end, lines) if lines is not None
                         else self._features(text, cand.start, cand.end))
            if model.probability(self._hashed(extracted)) >= model.threshold and not refused(text, cand.start, cand.end):
                out.add((cand.start, cand.end))
        return out


def _covers(spans: Spans | list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _context(split: str, family: str, text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    return f"{split}/{family}: {text[max(line_start, start - 50):start]!r} [{text[start:end]}] {text[end:end + 20]!r}"


def compare(old: Scorer, new: Scorer, splits: list[str], notes: list[str], per_family: int) -> tuple[Counter[str], list[str], list[str]]:
    """(counts "lost"/"gained"/"false gained"/"false removed", also per split as "<kind> <split>"; the lost positives;
    the gained false spans), see the module doc."""
    scanner = PiiScanner(n_jobs=1)
    counts: Counter[str] = Counter()
    lost: list[str] = []
    false_gained: list[str] = []
    try:
        for split in splits:
            for family, _, raw, golds in planted_split(split, notes, per_family):
                text = normalize(raw)
                found = id_features.candidates(text)
                before, after = old.spans(text, found), new.spans(text, found)
                if before == after:
                    continue
                rules = [(e.start, e.end) for e in scanner.scan(raw) if e.recognizer != RECOGNIZER_NAME]
                for kind, start, end in golds:
                    if kind != MRN or _covers(rules, start, end):
                        continue
                    was, now = _covers(before, start, end), _covers(after, start, end)
                    if was != now:
                        change = "lost" if was else "gained"
                        counts[change] += 1
                        counts[f"{change} {split}"] += 1
                        if was:
                            lost.append(_context(split, family, text, start, end))
                planted = [(g, h) for _, g, h in golds]
                for change, spans, other in (("false gained", after, before), ("false removed", before, after)):
                    for s, e in sorted(spans - other):
                        if not _covers(planted, s, e) and not _covers(rules, s, e):
                            counts[change] += 1
                            counts[f"{change} {split}"] += 1
                            if change == "false gained":
                                false_gained.append(_context(split, family, text, s, e))
    finally:
        scanner.close()
    return counts, lost, false_gained


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="id_tagger_diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True, help="model file or commit of the old model")
    parser.add_argument("--new", help="model file or commit of the new model (default: the package's)")
    parser.add_argument("--old-features", metavar="REF", help="commit whose id_features extracts the old model's spec")
    parser.add_argument("--new-features", metavar="REF", help="commit whose id_features extracts the new model's spec")
    parser.add_argument("--splits", nargs="+", help="tuning splits planted (default: every one the tagger learns from)")
    parser.add_argument("--notes", choices=("train", "held"), default="train",
                        help="plant into all of RuMedTop3 train (default) or only its held-back fifth")
    parser.add_argument("--per-family", type=int, default=40)
    parser.add_argument("--show", type=int, default=60, help="lost positives and gained false spans printed (default 60 each)")
    args = parser.parse_args(argv)
    try:
        old = Scorer(args.old, args.old_features)
        new = Scorer(args.new, args.new_features)
    except ValueError as exc:
        parser.error(str(exc))
    splits = args.splits or tuning_split_names()
    unknown = sorted(set(splits) - set(tuning_split_names()))
    if unknown:
        parser.error(f"not splits the tagger learns from (held out, or unknown): {', '.join(unknown)}")
    # (all of train in the file's order, as bench_pii plants it; or its held-back fifth)
    notes = (rumedtop3_train_parts()[1] if args.notes == "held" else bench_pii.rumedtop3("train")) or list(bench_pii.FIXTURE_NOTES)
    counts, lost, false_gained = compare(old, new, splits, notes, args.per_family)
    print(f"old {old.name} ({old.spec}) -> new {new.name} ({new.spec}), {len(notes)} notes ({args.notes}): MRN positives "
          f"no rule covers lost {counts['lost']}, gained {counts['gained']}; false spans gained {counts['false gained']}, "
          f"removed {counts['false removed']}")
    print("per split (lost/gained positives, gained/removed false spans):")
    for split in splits:
        cells = [counts[f"{kind} {split}"] for kind in ("lost", "gained", "false gained", "false removed")]
        if any(cells):
            print(f"  {split:8} {cells[0]:4d} / {cells[1]:4d}   {cells[2]:4d} / {cells[3]:4d}")
    for title, lines in (("lost positives", lost), ("gained false spans", false_gained)):
        print(f"{title} (at most {args.show}):")
        for line in lines[: args.show]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
