"""Benchmark `medsyn build` and a cold `load_dataset` of the built release.

Input: synthetic validated notes (41,185 for ``--size full``, 4,000 for ``small``) over the 219
default codes, their texts resampled from the upstream MedSyn notes in
``../shared/data/medsyn_upstream/generated_notes.parquet`` when present (else composed phrases),
with drop/redact decisions, near-duplicate clusters and shared example notes (see
``medsyn_dataset.builder.synthetic``).

Timed:
* ``build_release`` (all three configs, card and plots, manifest) -- goal <= 60 s on 2 cores
  for 41,185 notes; baseline: ``pyarrow.parquet.write_table`` of the same released rows
  (zstd), i.e. the cost of just writing the data once;
* a cold ``load_dataset(OUT)`` of the ``notes`` config in a fresh subprocess with an empty cache
  folder -- goal <= 5 s; baseline: ``pyarrow.parquet.read_table`` of the same files in a fresh
  subprocess. Both subprocess numbers are measured inside the child around the call (imports
  reported separately).

Run: ``python -m benchmarks.bench_build --size small|full`` (or ``make bench``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = {"small": 4_000, "full": 41_185}
BUILD_GOAL_S = 60.0
LOAD_GOAL_S = 5.0
UPSTREAM = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "medsyn_upstream" / "generated_notes.parquet"

_CHILD_LOAD = """
import json, sys, time
t0 = time.perf_counter()
import datasets
t1 = time.perf_counter()
ds = datasets.load_dataset(sys.argv[1], cache_dir=sys.argv[2])
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "call_s": t2 - t1, "rows": {k: v.num_rows for k, v in ds.items()},
                  "classlabel": len(ds["train"].features["icd10_code"].names)}))
"""
_CHILD_READ = """
import json, sys, time, glob
t0 = time.perf_counter()
import pyarrow.parquet as pq
t1 = time.perf_counter()
rows = sum(pq.read_table(f).num_rows for f in sorted(glob.glob(sys.argv[1] + "/notes/*.parquet")))
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "call_s": t2 - t1, "rows": rows}))
"""


def _child(code: str, *args: str) -> dict:
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_DATASETS_DISABLE_PROGRESS_BARS": "1"}
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_s"] = time.perf_counter() - started
    return result


def make_input(n: int, folder: Path, seed: int = 0) -> tuple[Path, str]:
    from medsyn_dataset.builder.synthetic import load_texts, synthetic_rows, write_validated_dir
    from medsyn_dataset.knowledge.icd10 import default_codes

    texts = load_texts(UPSTREAM) if UPSTREAM.exists() else None
    source = f"upstream texts ({len(texts):,}) resampled" if texts else "composed synthetic texts"
    rows = synthetic_rows(n, default_codes(), seed, texts=texts)
    return write_validated_dir(rows, folder, shard_size=2000), source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=tuple(SIZES), default="small")
    args = parser.parse_args(argv)
    n = SIZES[args.size]
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import pyarrow.parquet as pq

    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.source import released_rows, validated_shards
    from medsyn_dataset.schema import table_from_rows

    with tempfile.TemporaryDirectory(prefix="bench_build-") as tmp:
        tmp_path = Path(tmp)
        t = time.perf_counter()
        validated, source = make_input(n, tmp_path / "validated")
        print(f"input: {n:,} validated notes over 219 codes, {source} ({time.perf_counter() - t:.1f} s to make)")

        # baseline: write the same released rows once with plain pyarrow
        shards = validated_shards(validated)
        released = [row for shard in shards for _, row in released_rows(shard)]
        table = table_from_rows(released)
        t = time.perf_counter()
        pq.write_table(table, tmp_path / "baseline.parquet", compression="zstd")
        baseline_write = time.perf_counter() - t
        del released, table

        out = tmp_path / "medsyn"
        load_before = os.getloadavg()[0]
        t, cpu = time.perf_counter(), time.process_time()
        summary = build_release(validated, out, seed=0)
        build_s, build_cpu = time.perf_counter() - t, time.process_time() - cpu
        phases = ", ".join(f"{k} {v:.1f}s" for k, v in summary.timings.items())
        print(f"build_release: {build_s:.2f} s for {summary.notes_released:,} released notes "
              f"({summary.notes_released / build_s:,.0f} notes/s; card: {summary.card}) [{phases}]")
        print(f"  cpu time of the build {build_cpu:.2f} s (wall/cpu {build_s / build_cpu:.1f}; "
              f"1-min load average before {load_before:.1f} on {os.cpu_count()} cores: other work slows the wall time)")
        print(f"  baseline pq.write_table of the same rows: {baseline_write:.2f} s; ratio build/baseline "
              f"{build_s / baseline_write:.1f}x; goal <= {BUILD_GOAL_S:.0f} s: "
              f"{'OK' if build_s <= BUILD_GOAL_S else 'MISSED'}")

        load = _child(_CHILD_LOAD, str(out), str(tmp_path / "hf-cache"))
        read = _child(_CHILD_READ, str(out))
        assert sum(load["rows"].values()) == read["rows"] == summary.notes_released
        print(f"cold load_dataset(OUT) notes: {load['call_s']:.2f} s (+ import datasets {load['import_s']:.2f} s; "
              f"whole process {load['process_s']:.2f} s), rows {load['rows']}, {load['classlabel']} ClassLabel names")
        print(f"  baseline pq.read_table of the same files: {read['call_s']:.2f} s; ratio "
              f"{load['call_s'] / read['call_s']:.1f}x; goal <= {LOAD_GOAL_S:.0f} s: "
              f"{'OK' if load['call_s'] <= LOAD_GOAL_S else 'MISSED'}")
        print(f"release: {summary.files} files, {summary.total_bytes / 1e6:.1f} MB; cpu count {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
