"""Scale benchmark: `medsyn validate` and `medsyn build` on 50k / 300k / 1M template notes.

For each size it runs both commands as subprocesses (as a user would) and prints the wall time,
the time per note and the peak memory of the *whole process tree* (the command and every worker
it starts): a watcher thread walks ``/proc`` every 0.2 s, sums the tree's RSS and PSS
(proportional set size: shared pages split between the processes that map them) and keeps the
peaks; it also keeps the peak size of the command's temp folder (its ``TMPDIR``, where the build
spools its rows). As a cross-check it also prints ``ru_maxrss`` from ``os.wait4`` (the largest RSS of any
single process of the tree, not a sum). Then the growth ratios against the first size: time per
note at N / at the first size, peak PSS and RSS at N / at the first size.

It also checks near-duplicate recall: before validation, K planted copies (half exact, half with
1% of the words replaced, Jaccard ~0.9) of random notes are added to the corpus as one extra
shard; a pair counts as found when validation put both notes in the same near-duplicate cluster
(``validation.near_dup_cluster`` in its output).

Notes come from the offline template backend: `medsyn plan` (a copy of the ``demo`` preset with
its own name and seed per chunk of at most 100,000 notes, so planning stays small) and `medsyn
generate --backend template --shard-size 5000`. Chunks are generated once and cached under
``--cache-dir`` (default ``$MEDSYN_BENCH_CACHE`` or ``~/.cache/medsyn-bench/scale``); a size is
a prefix of the same chunks, so 300k reuses the chunks of 200k. Validated and built folders go to
a temp folder (``--work-dir``) and are deleted after each size.

Run: ``python -m benchmarks.bench_scale --sizes 50k,300k,1M`` (``--size small``: 5k,20k, what
``make bench`` runs; ``--only build`` to skip validation when a validated folder is cached with
``--keep-validated``). Targets (issue 13): at 1M, validate <= 3 GB and <= 1.2 x the time per note
of 50k; build <= 2 GB; planted-pair recall >= 0.99.

``--chunked-validation`` measures the build at sizes whose validation does not fit in memory yet
(validation holds the whole corpus: ~4 GB at 200k, ~20 GB projected at 1M): each 100k chunk is
validated on its own (each run measured and cached), and the build reads the merged folder, with
every chunk's near-duplicate cluster ids kept distinct. No planted pairs then.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

SMALL_SIZES = "5k,20k"
FULL_SIZES = "50k,300k,1M"
CHUNK = 100_000  # notes planned and generated in one go (planning holds its tasks in memory)
GEN_SHARD_SIZE = 5000
SAMPLE_EVERY_S = 0.2
TARGETS = {"validate": 3.0e9, "build": 2.0e9}  # bytes, peak of the tree at 1M


def parse_size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def _label(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


# ---- memory of a process tree ------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (one scan of /proc)."""
    parent_of: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()  # the command name may hold spaces
        parent_of[int(entry)] = int(fields[1])
    tree, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parent_of.items() if pp == parent]
        tree.extend(kids)
        frontier.extend(kids)
    return tree


def _rss_pss(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes, from /proc/PID/smaps_rollup (0, 0 when it is gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith(b"Pss:"):
                    pss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss, pss


def _disk_usage(folder: Path) -> int:
    """Bytes allocated under ``folder`` (files may vanish while it is walked)."""
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_blocks * 512
            except OSError:
                continue
    return total


class TreeSampler(threading.Thread):
    """Samples the summed RSS and PSS of a process and its descendants (and the size of its temp
    folder) until stopped; keeps the peaks."""

    def __init__(self, pid: int, temp_dir: Path, every_s: float = SAMPLE_EVERY_S) -> None:
        super().__init__(daemon=True)
        self.pid, self.temp_dir, self.every_s = pid, temp_dir, every_s
        self.peak_rss = self.peak_pss = self.peak_temp = 0
        self.peak_processes = 0
        self.samples = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            pids = [self.pid, *_children(self.pid)]
            sizes = [_rss_pss(p) for p in pids]
            self.peak_rss = max(self.peak_rss, sum(r for r, _ in sizes))
            self.peak_pss = max(self.peak_pss, sum(p for _, p in sizes))
            self.peak_processes = max(self.peak_processes, sum(1 for r, _ in sizes if r))
            self.peak_temp = max(self.peak_temp, _disk_usage(self.temp_dir))
            self.samples += 1
            self._stop_event.wait(self.every_s)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass
class Run:
    command: str
    notes: int
    wall_s: float
    peak_rss: int
    peak_pss: int
    max_single_rss: int  # ru_maxrss of os.wait4: the largest single process of the tree
    processes: int
    load_before: float
    load_after: float
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ms_per_note(self) -> float:
        return 1000 * self.wall_s / self.notes


def run_measured(command: str, argv: list[str], notes: int, log: Path) -> Run:
    """Run ``argv`` as a subprocess, sampling its process tree; raise if it fails."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_DATASETS_DISABLE_PROGRESS_BARS": "1"}
    temp_dir = log.parent / f"tmp-{log.stem}"  # the command's TMPDIR, so its scratch space is measured too
    temp_dir.mkdir()
    env["TMPDIR"] = str(temp_dir)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env)
        sampler = TreeSampler(proc.pid, temp_dir)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
    shutil.rmtree(temp_dir, ignore_errors=True)
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}; last output:\n{tail}")
    run = Run(command, notes, wall, sampler.peak_rss, sampler.peak_pss, usage.ru_maxrss * 1024,
              sampler.peak_processes, load_before, os.getloadavg()[0])  # fmt: skip
    run.extra["peak temp disk"] = _gb(sampler.peak_temp)
    return run


# ---- the corpus: cached template notes plus planted near-duplicates ----------------------------


def _medsyn(*args: str) -> list[str]:
    return [sys.executable, "-m", "medsyn_dataset.cli", *args]


def _chunk(cache: Path, k: int, size: int) -> list[Path]:
    """Chunk ``k`` of ``size`` template notes (generated once): its note shards."""
    import yaml

    from medsyn_dataset.schema import list_shards

    folder = cache / f"chunk-{k:03d}-{size}"
    done = folder / "DONE"
    if done.exists():
        return list_shards(folder / "notes")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    preset = Path(__file__).resolve().parents[1] / "medsyn_dataset" / "presets" / "demo.yaml"
    config = yaml.safe_load(preset.read_text(encoding="utf-8"))
    config.update(name=f"scale{k:03d}", seed=1000 + k)
    config["notes"]["total"] = size
    (folder / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    started = time.perf_counter()
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    with open(folder / "generate.log", "wb") as log:
        for argv in (
            _medsyn("plan", "--config", str(folder / "config.yaml"), "--out", str(folder / "tasks.parquet")),
            _medsyn("generate", "--tasks", str(folder / "tasks.parquet"), "--out", str(folder / "notes"),
                    "--backend", "template", "--shard-size", str(GEN_SHARD_SIZE), "--no-progress"),
        ):  # fmt: skip
            if subprocess.run(argv, env=env, stdout=log, stderr=subprocess.STDOUT).returncode:
                raise RuntimeError(f"{' '.join(argv)} failed; see {folder / 'generate.log'}")
    (folder / "tasks.parquet").unlink()
    done.write_text(json.dumps({"notes": size, "seconds": round(time.perf_counter() - started, 1)}))
    print(f"  generated chunk {k} ({size:,} notes) in {time.perf_counter() - started:.0f} s", flush=True)
    return list_shards(folder / "notes")


def _replace_words(text: str, rng: object, share: float) -> str:
    words = text.split(" ")
    for pos in rng.choice(len(words), max(1, int(len(words) * share)), replace=False):  # type: ignore[attr-defined]
        words[int(pos)] = f"вставка{int(rng.integers(10**6))}"  # type: ignore[attr-defined]
    return " ".join(words)


def _plant(corpus: Path, shards: list[Path], k: int, seed: int = 0) -> list[dict[str, str]]:
    """Write ``k`` copies of random notes (half exact, half 1% of words replaced) as one more shard."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from medsyn_dataset.schema import write_table

    rng = np.random.default_rng(seed)
    counts = [pq.ParquetFile(s).metadata.num_rows for s in shards]
    picks = np.sort(rng.choice(sum(counts), k, replace=False))
    starts = np.cumsum([0, *counts])
    parts = []
    for i, shard in enumerate(shards):
        local = picks[(picks >= starts[i]) & (picks < starts[i + 1])] - starts[i]
        if len(local):
            parts.append(pq.read_table(shard).take(pa.array(local)))
    table = pa.concat_tables(parts)
    originals, texts = table.column("id").to_pylist(), table.column("text").to_pylist()
    pairs, new_texts, new_ids = [], [], []
    for j, (orig, text) in enumerate(zip(originals, texts, strict=True)):
        kind = "exact" if j % 2 == 0 else "near"
        new_texts.append(text if kind == "exact" else _replace_words(text, rng, 0.01))
        new_ids.append(f"planted-{j:06d}")
        pairs.append({"original": orig, "copy": new_ids[-1], "kind": kind})
    table = table.set_column(table.schema.get_field_index("id"), "id", pa.array(new_ids, pa.string()))
    table = table.set_column(table.schema.get_field_index("text"), "text", pa.array(new_texts, pa.string()))
    write_table(table, corpus / f"part-{len(shards):05d}.parquet")
    return pairs


def corpus_for(cache: Path, n: int, planted: int) -> tuple[Path, list[dict[str, str]]]:
    """``n`` template notes (the cached chunks) + ``planted`` copies, as hard links in one folder."""
    folder = cache / f"corpus-{n}-planted-{planted}"
    pairs_file = folder / "planted.json"
    if pairs_file.exists():
        return folder, json.loads(pairs_file.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    shards: list[Path] = []
    for k, start in enumerate(range(0, n, CHUNK)):
        shards += _chunk(cache, k, min(CHUNK, n - start))
    folder.mkdir(parents=True)
    linked = []
    for i, shard in enumerate(shards):
        target = folder / f"part-{i:05d}.parquet"
        os.link(shard, target)
        linked.append(target)
    pairs = _plant(folder, linked, planted)
    pairs_file.write_text(json.dumps(pairs))
    return folder, pairs


def planted_recall(validated: Path, pairs: list[dict[str, str]]) -> dict[str, float]:
    """Share of planted pairs whose two notes validation put in one near-duplicate cluster, per kind."""
    import pyarrow.parquet as pq

    from medsyn_dataset.schema import list_shards

    wanted = {p["original"] for p in pairs} | {p["copy"] for p in pairs}
    cluster: dict[str, int | None] = {}
    for shard in list_shards(validated):
        for batch in pq.ParquetFile(shard).iter_batches(columns=["id", "validation"], batch_size=20_000):
            ids = batch.column("id").to_pylist()
            clusters = batch.column("validation").field("near_dup_cluster").to_pylist()
            cluster.update((i, c) for i, c in zip(ids, clusters, strict=True) if i in wanted)
    recall: dict[str, float] = {}
    for kind in ("exact", "near"):
        group = [p for p in pairs if p["kind"] == kind]
        found = sum(1 for p in group if cluster.get(p["copy"]) is not None
                    and cluster.get(p["copy"]) == cluster.get(p["original"]))  # fmt: skip
        recall[kind] = found / len(group) if group else float("nan")
    recall["all"] = sum(recall[k] * sum(p["kind"] == k for p in pairs) for k in ("exact", "near")) / len(pairs)
    return recall


def _offset_clusters(table: object, offset: int) -> object:
    """``table`` with every ``validation.near_dup_cluster`` id moved up by ``offset`` (nulls stay null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    validation = table.column("validation").combine_chunks()  # type: ignore[attr-defined]
    children = [validation.field(i) for i in range(validation.type.num_fields)]
    index = validation.type.get_field_index("near_dup_cluster")
    children[index] = pc.add(children[index], offset)
    merged = pa.StructArray.from_arrays(children, fields=list(validation.type), mask=pc.is_null(validation))
    return table.set_column(table.schema.get_field_index("validation"), "validation", merged)  # type: ignore[attr-defined]


def chunked_validated(cache: Path, n: int, logs: Path) -> tuple[Path, list[Run]]:
    """A validated folder of ``n`` notes for the build, made by validating each cached chunk on its own.

    For sizes `medsyn validate` cannot yet hold in memory (issue 13): every chunk's validation is
    measured and cached; the merged folder offsets each chunk's near-duplicate cluster ids so they
    stay distinct, and its report (the first chunk's, in the validation report's typed format: no
    keys of its own) sums the chunks' rows and decisions.
    """
    import pyarrow.parquet as pq

    from medsyn_dataset.schema import list_shards, write_table

    folder = cache / f"validated-{n}-chunked"
    runs: list[Run] = []
    if (folder / "validation_report.json").exists():
        return folder, runs
    parts = []
    for k, start in enumerate(range(0, n, CHUNK)):
        size = min(CHUNK, n - start)
        _chunk(cache, k, size)
        out = cache / f"chunk-{k:03d}-{size}" / "validated"
        if not (out / "validation_report.json").exists():
            shutil.rmtree(out, ignore_errors=True)
            run = run_measured("validate", _medsyn("validate", "--in", str(out.parent / "notes"), "--out", str(out),
                               "--no-progress"), size, logs / f"validate-chunk-{k}.log")  # fmt: skip
            run.extra["chunk"] = k
            print_run(run)
            runs.append(run)
        parts.append(out)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    report: dict = {}
    index = 0
    for k, part in enumerate(parts):
        for shard in list_shards(part):
            write_table(_offset_clusters(pq.read_table(shard), k * 10**9), folder / f"part-{index:05d}.parquet")
            index += 1
        chunk_report = json.loads((part / "validation_report.json").read_text())
        if not report:
            report = chunk_report
            continue
        report["rows"] += chunk_report["rows"]
        for decision, count in chunk_report["decisions"].items():
            report["decisions"][decision] = report["decisions"].get(decision, 0) + count
    (folder / "validation_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    return folder, runs


# ---- report -------------------------------------------------------------------------------------


def _gb(n: float) -> str:
    return f"{n / 1e9:.2f} GB"


def print_run(run: Run) -> None:
    extra = "".join(f"; {k} {v}" for k, v in run.extra.items())
    print(f"  {run.command:<8} {run.notes:>9,}: {run.wall_s:8.1f} s  {run.ms_per_note:6.3f} ms/note  "
          f"tree peak PSS {_gb(run.peak_pss)}, RSS {_gb(run.peak_rss)} ({run.processes} processes); "
          f"largest single process {_gb(run.max_single_rss)}; load {run.load_before:.1f} -> {run.load_after:.1f}"
          f"{extra}", flush=True)  # fmt: skip


def print_ratios(runs: list[Run]) -> None:
    print("\ngrowth against the first size (time per note, peak tree PSS, peak tree RSS):")
    for command in ("validate", "build"):
        mine = [r for r in runs if r.command == command]
        if len(mine) < 2:
            continue
        base = mine[0]
        for run in mine[1:]:
            target = TARGETS[command]
            verdict = ""
            if run.notes >= 1_000_000:
                verdict = f"; peak {'<=' if run.peak_rss <= target else '>'} {_gb(target)} target (RSS)"
            print(f"  {command:<8} {run.notes:>9,} / {base.notes:,}: time/note x{run.ms_per_note / base.ms_per_note:.2f}, "
                  f"PSS x{run.peak_pss / base.peak_pss:.2f}, RSS x{run.peak_rss / base.peak_rss:.2f}{verdict}")  # fmt: skip


def _measure_build(validated: Path, notes: int, tmp: Path, keep_in: Path | None) -> Run:
    release = (keep_in or tmp) / f"release-{notes}"
    run = run_measured("build", _medsyn("build", "--in", str(validated), "--out", str(release),
                       "--config", "demo", "--no-progress"), notes, tmp / f"build-{notes}.log")  # fmt: skip
    print_run(run)
    if keep_in is None:
        shutil.rmtree(release, ignore_errors=True)
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=("small", "full"), default=None, help=f"small: {SMALL_SIZES}; full: {FULL_SIZES}")
    parser.add_argument("--sizes", default=None, help=f"comma-separated note counts, e.g. 50k,300k,1M (default {FULL_SIZES})")
    parser.add_argument("--only", choices=("validate", "build", "both"), default="both")
    parser.add_argument("--planted", type=int, default=None, help="planted pairs per size (default: max(50, N/1000))")
    default_cache = os.environ.get("MEDSYN_BENCH_CACHE", str(Path.home() / ".cache" / "medsyn-bench" / "scale"))
    parser.add_argument("--cache-dir", default=default_cache, help="where generated corpora are kept between runs")
    parser.add_argument("--work-dir", default=None, help="where validated and built folders go (default: a temp folder)")
    parser.add_argument("--keep-validated", action="store_true", help="keep each validated folder in the cache")
    parser.add_argument("--keep-builds", type=Path, default=None, metavar="DIR",
                        help="keep each built release as DIR/release-N (e.g. to compare two versions' manifests)")
    parser.add_argument("--chunked-validation", action="store_true",
                        help="build from chunks of 100k validated one by one (for sizes validate cannot hold yet); "
                             "no whole-corpus validate run, no planted pairs")  # fmt: skip
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in (args.sizes or (SMALL_SIZES if args.size == "small" else FULL_SIZES)).split(",")]
    cache = Path(args.cache_dir).expanduser()
    cache.mkdir(parents=True, exist_ok=True)
    print(f"sizes {', '.join(map(_label, sizes))}; corpora cached in {cache}; {os.cpu_count()} cores; memory = sum over "
          f"the process tree sampled every {SAMPLE_EVERY_S} s from /proc/PID/smaps_rollup (PSS and RSS)", flush=True)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="bench_scale-", dir=args.work_dir) as tmp:
        for n in sizes:
            if args.chunked_validation:
                validated, _ = chunked_validated(cache, n, Path(tmp))
                print(f"\n{_label(n)}: build input {validated} (chunks validated one by one)", flush=True)
                runs.append(_measure_build(validated, n, Path(tmp), args.keep_builds))
                continue
            planted = args.planted if args.planted is not None else max(50, n // 1000)
            started = time.perf_counter()
            corpus, pairs = corpus_for(cache, n, planted)
            total = n + planted
            print(f"\n{_label(n)}: corpus {corpus} ({n:,} template notes + {planted} planted copies; "
                  f"ready in {time.perf_counter() - started:.0f} s)", flush=True)
            validated = (cache if args.keep_validated else Path(tmp)) / f"validated-{n}"
            if args.only != "build" or not validated.exists():
                shutil.rmtree(validated, ignore_errors=True)
                run = run_measured("validate", _medsyn("validate", "--in", str(corpus), "--out", str(validated),
                                   "--no-progress"), total, Path(tmp) / f"validate-{n}.log")  # fmt: skip
                recall = planted_recall(validated, pairs)
                run.extra["planted recall"] = ", ".join(f"{k} {v:.3f}" for k, v in recall.items())
                print_run(run)
                runs.append(run)
            if args.only != "validate":
                runs.append(_measure_build(validated, total, Path(tmp), args.keep_builds))
            if not args.keep_validated:
                shutil.rmtree(validated, ignore_errors=True)
    print_ratios(runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
