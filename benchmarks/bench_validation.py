"""Benchmark of `medsyn validate`: whole-run wall time, peak memory, notes/s per stage, and our
near-duplicate stage against datasketch's MinHashLSH on the same shingles with planted pairs.

Corpus: the upstream MedSyn notes (../shared) resampled to ~41,000 (full) or ~4,000 (small)
notes. Each resampled copy has 20% of its word positions shuffled among themselves, so copies
are not near-duplicates of each other (5-shingle Jaccard ~0.1) but keep their language, length
and vocabulary; then a set of planted near-duplicates (1% of words replaced, Jaccard ~0.9) is
appended with known pairs. Eval texts: RuMedTop3 dev; reference texts: RuMedTop3 train.

Goals: whole validation <= 120 s on 2 cores and <= 4 GB peak memory; our near-duplicate stage
faster than datasketch at equal recall. Run: `python -m benchmarks.bench_validation --size small`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

SHARED = Path(os.environ.get("MEDSYN_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared" / "data"))
UPSTREAM = SHARED / "medsyn_upstream" / "generated_notes.parquet"
RUMEDTOP3 = SHARED / "rumedtop3"
SIZES = {"small": (4_000, 100), "full": (41_000, 500)}  # notes, planted near-duplicate pairs
_TOKEN = re.compile(r"\S+")


def _shuffle_words(text: str, rng: np.random.Generator, share: float) -> str:
    """Swap ``share`` of the word positions among themselves (whitespace kept)."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if len(spans) < 4:
        return text
    words = [text[a:b] for a, b in spans]
    picked = rng.choice(len(words), max(2, int(len(words) * share)), replace=False)
    shuffled = rng.permutation(picked)
    new = list(words)
    for src, dst in zip(picked, shuffled, strict=True):
        new[dst] = words[src]
    out, last = [], 0
    for (a, b), word in zip(spans, new, strict=True):
        out.append(text[last:a])
        out.append(word)
        last = b
    out.append(text[last:])
    return "".join(out)


def _replace_words(text: str, rng: np.random.Generator, share: float) -> str:
    spans = [m.span() for m in _TOKEN.finditer(text)]
    chars = list(text)
    for pos in sorted(rng.choice(len(spans), max(1, int(len(spans) * share)), replace=False), reverse=True):
        a, b = spans[pos]
        chars[a:b] = list(f"вставка{rng.integers(10**6)}")
    return "".join(chars)


def build_corpus(out_dir: Path, n_notes: int, n_pairs: int, seed: int = 0) -> list[tuple[str, str]]:
    """Write the benchmark corpus as note shards; return the planted (original id, copy id) pairs."""
    from medsyn_dataset import schema
    from medsyn_dataset.generation.importers import import_corpus

    imported = out_dir.parent / "upstream"
    import_corpus("medsyn-raw", UPSTREAM, imported)
    base = schema.read_notes(imported).to_pylist()
    rng = np.random.default_rng(seed)
    rows = []
    for k, i in enumerate(rng.integers(0, len(base), n_notes - n_pairs)):
        row = dict(base[int(i)])
        row["id"] = f"bench-{k:06d}"
        row["text"] = _shuffle_words(row["text"], rng, 0.2)
        rows.append(row)
    pairs = []
    for k, i in enumerate(rng.choice(len(rows), n_pairs, replace=False)):
        copy = dict(rows[int(i)])
        copy["id"] = f"planted-{k:05d}"
        copy["text"] = _replace_words(copy["text"], rng, 0.01)
        rows.append(copy)
        pairs.append((rows[int(i)]["id"], copy["id"]))
    for k, lo in enumerate(range(0, len(rows), 2000)):
        schema.write_table(schema.table_from_rows(rows[lo : lo + 2000]), out_dir / f"part-{k:05d}.parquet")
    return pairs


def near_dup_race(texts: list[str], ids: list[str], pairs: list[tuple[str, str]], threshold: float = 0.8) -> dict:
    """Our MinHash+LSH stage vs datasketch's MinHashLSH on the same 5-word shingles."""
    from datasketch import MinHash, MinHashLSH

    from medsyn_dataset.validation.dedup import connected_components, find_duplicates
    from medsyn_dataset.validation.normalize import corpus_text_hashes, tokenize_corpus, word_shingles

    corpus = tokenize_corpus(texts)  # one tokenisation for shingles and hashes, as in the pipeline
    shingles = word_shingles(corpus, 5)
    hashes = corpus_text_hashes(corpus)
    index = {note_id: i for i, note_id in enumerate(ids)}

    started = time.perf_counter()
    ours = find_duplicates(hashes, shingles, threshold=threshold, num_perm=128, seed=1)
    ours_s = time.perf_counter() - started

    started = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    minhashes = []
    for i in range(len(texts)):
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([h.tobytes() for h in np.unique(shingles.of(i))])
        minhashes.append(m)
        lsh.insert(i, m)
    found = []
    for i, m in enumerate(minhashes):
        for j in lsh.query(m):
            if j > i and m.jaccard(minhashes[j]) >= threshold:
                found.append((i, j))
    roots = connected_components(len(texts), np.array(found, dtype=np.int64).reshape(-1, 2))
    theirs_s = time.perf_counter() - started

    ours_recall = np.mean([ours.cluster[index[a]] >= 0 and ours.cluster[index[a]] == ours.cluster[index[b]] for a, b in pairs])
    theirs_recall = np.mean([roots[index[a]] == roots[index[b]] for a, b in pairs])
    return {
        "notes": len(texts),
        "shingles": len(shingles.hashes),
        "ours_s": round(ours_s, 2),
        "datasketch_s": round(theirs_s, 2),
        "speedup_vs_datasketch": round(theirs_s / ours_s, 2),
        "ours_recall": round(float(ours_recall), 4),
        "datasketch_recall": round(float(theirs_recall), 4),
        "ours_clusters": ours.n_clusters,
        "bands_x_rows": f"{ours.bands}x{ours.rows}",
    }


def _peak_rss_gb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024**2
    return own, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_validation", description=__doc__)
    parser.add_argument("--size", choices=tuple(SIZES), default="small")
    parser.add_argument("--skip-race", action="store_true", help="skip the datasketch comparison")
    args = parser.parse_args(argv)
    if not UPSTREAM.exists():
        print(f"skipped: {UPSTREAM} not available")
        return 0
    from medsyn_dataset import schema
    from medsyn_dataset.validation.pipeline import validate_notes

    n_notes, n_pairs = SIZES[args.size]
    with tempfile.TemporaryDirectory(prefix="bench_validation-") as tmp:
        tmp_dir = Path(tmp)
        in_dir = tmp_dir / "notes"
        t0 = time.perf_counter()
        pairs = build_corpus(in_dir, n_notes, n_pairs)
        print(f"corpus: {n_notes:,} notes ({n_pairs} planted near-duplicate pairs) built in {time.perf_counter() - t0:.1f} s")
        evals = [RUMEDTOP3 / "dev.jsonl"] if (RUMEDTOP3 / "dev.jsonl").exists() else []
        refs = [RUMEDTOP3 / "train.jsonl"] if (RUMEDTOP3 / "train.jsonl").exists() else []

        started = time.perf_counter()
        report = validate_notes(in_dir, tmp_dir / "out", reference_texts=refs, eval_texts=evals, progress=sys.stderr.isatty())
        wall = time.perf_counter() - started
        own_gb, child_gb = _peak_rss_gb()
        d = report.data
        print(f"\nwhole validation: {wall:.1f} s wall for {d['rows']:,} notes ({d['rows'] / wall:,.0f} notes/s); goal <= 120 s")
        print(f"peak memory: {own_gb:.2f} GB (main process), {child_gb:.2f} GB (largest worker); goal <= 4 GB")
        print("stage           seconds    notes/s")
        for stage, seconds in d["timings_s"].items():
            rate = d["rows"] / seconds if seconds > 0 else float("inf")
            print(f"  {stage:<13} {seconds:8.2f} {rate:10,.0f}")
        print("decisions:", json.dumps(d["decisions"]))
        print("reasons:", json.dumps(d["reasons"], ensure_ascii=False))
        print("pii entities:", json.dumps(d["pii"]["entities_by_type"]))
        print("duplicates:", json.dumps(d["duplicates"]))
        print("gate:", "passed" if d["gate"]["passed"] else f"FAILED {d['gate']['failed']}")
        validated = schema.read_notes(tmp_dir / "out").select(["id", "validation"]).to_pylist()
        out_rows = {r["id"]: r["validation"]["near_dup_cluster"] for r in validated}
        recall = np.mean([out_rows[a] is not None and out_rows[a] == out_rows[b] for a, b in pairs])
        print(f"planted near-duplicate recall in the full run: {recall:.3f}")

        if not args.skip_race:
            notes = schema.read_notes(in_dir).select(["id", "text"])
            race = near_dup_race(notes.column("text").to_pylist(), notes.column("id").to_pylist(), pairs)
            print("\nnear-duplicate stage vs datasketch MinHashLSH (same 5-word shingles, 128 permutations, Jaccard 0.8):")
            print(json.dumps(race, indent=1))
            print(f"ratio: ours is {race['speedup_vs_datasketch']}x datasketch's speed; "
                  f"recall ours {race['ours_recall']} vs datasketch {race['datasketch_recall']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
