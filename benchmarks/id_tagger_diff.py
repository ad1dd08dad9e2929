"""What does a new identifier-tagger model lose against an old one? The positives, one by one, not pooled numbers.

    python -m benchmarks.id_tagger_diff --old 90c96fa [--new PATH] [--per-family 40] [--show 60]

Both models (``--old``/``--new``: a model file, or a commit whose shipped model is read from git; ``--new`` defaults
to the package's) are run through this tree's recognizer (:class:`.id_tagger.IdTaggerRecognizer`: the same
candidates and vetoes), so only the models differ, on every tuning split planted as ``bench_pii`` plants it (RuMedTop3
train). A planted MEDICAL_RECORD_NUMBER is *lost* when the old model's span covers it, the new one's does not and no
rule of this tree does (the tagger only fills gaps; the rules are asked only on notes where the two models differ);
*gained* the other way round. False spans (a tagged token on no planted span, no rule's) added and removed are counted.
Only tuning splits are planted (:func:`benchmarks.id_tagger_data.tuning_split_names`): the list may be read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter
from pathlib import Path

from benchmarks import bench_pii
from benchmarks.id_tagger_data import MRN, planted_split, tuning_split_names
from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.id_tagger import (
    RECOGNIZER_NAME,
    IdModel,
    IdTaggerRecognizer,
    load_model,
    shipped_model,
)
from medsyn_dataset.validation.pii.normalize import normalize

MODEL_IN_GIT = "medsyn_dataset/validation/pii/id_tagger_model.json"


def model_at(ref: str) -> IdModel:
    """The model in the file ``ref``, or the one shipped at commit ``ref``."""
    if Path(ref).exists():
        return load_model(Path(ref))
    text = subprocess.run(["git", "-C", str(bench_pii.REPO), "show", f"{ref}:{MODEL_IN_GIT}"], check=True,
                          capture_output=True, text=True).stdout
    return IdModel.from_json(json.loads(text), source=f"{ref}:{MODEL_IN_GIT}")


def _spans(tagger: IdTaggerRecognizer, text: str) -> set[tuple[int, int]]:
    return {(c.start, c.end) for c in tagger.candidates(text)}


def _covers(spans: set[tuple[int, int]] | list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="id_tagger_diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True, help="model file or commit of the old model")
    parser.add_argument("--new", help="model file or commit of the new model (default: the package's)")
    parser.add_argument("--per-family", type=int, default=40)
    parser.add_argument("--show", type=int, default=60, help="lost positives printed (default 60)")
    args = parser.parse_args(argv)
    old = IdTaggerRecognizer(model_at(args.old))
    new = IdTaggerRecognizer(model_at(args.new) if args.new else shipped_model())
    notes = bench_pii.rumedtop3("train") or bench_pii.FIXTURE_NOTES
    scanner = PiiScanner(n_jobs=1)
    counts: Counter[str] = Counter()
    lost: list[str] = []
    try:
        for split in tuning_split_names():
            for family, _, raw, golds in planted_split(split, notes, args.per_family):
                text = normalize(raw)
                before, after = _spans(old, text), _spans(new, text)
                if before == after:
                    continue
                rules = [(e.start, e.end) for e in scanner.scan(raw) if e.recognizer != RECOGNIZER_NAME]
                for kind, start, end in golds:
                    if kind != MRN or _covers(rules, start, end):
                        continue
                    was, now = _covers(before, start, end), _covers(after, start, end)
                    if was and not now:
                        counts["lost"] += 1
                        counts["lost " + split] += 1
                        line_start = text.rfind("\n", 0, start) + 1
                        lost.append(f"{split}/{family}: {text[max(line_start, start - 50):start]!r} [{text[start:end]}] "
                                    f"{text[end:end + 20]!r}")
                    elif now and not was:
                        counts["gained"] += 1
                for name, spans, other in (("false added", after, before), ("false removed", before, after)):
                    counts[name] += sum(1 for s, e in spans - other
                                        if not _covers([(g, h) for _, g, h in golds], s, e) and not _covers(rules, s, e))
    finally:
        scanner.close()
    print(f"old {args.old} -> new {args.new or 'package'}: MRN positives no rule covers lost {counts['lost']}, "
          f"gained {counts['gained']}; false spans added {counts['false added']}, removed {counts['false removed']}")
    print("lost per split: " + ", ".join(f"{k[5:]} {v}" for k, v in counts.items() if k.startswith("lost ")))
    for line in lost[: args.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
