"""The streamed run (issue 13): compact corpus-wide state gives what the in-memory functions give,
whatever the batches and wherever the state is kept; any number of workers gives the same files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from support.local_ray import RAY_TEST_TIMEOUT_S
from support.local_ray import local_ray as start_local_ray

from medsyn_dataset import schema
from medsyn_dataset.note_folder import DuplicateIdError, NoteFolder
from medsyn_dataset.validation import spill
from medsyn_dataset.validation.checks import resolve
from medsyn_dataset.validation.context import BatchTokens, CheckContext
from medsyn_dataset.validation.dedup import find_duplicates
from medsyn_dataset.validation.label_stream import LabelNoiseState, stratified_folds_of, token_counts
from medsyn_dataset.validation.labels import label_noise, stratified_folds
from medsyn_dataset.validation.normalize import corpus_text_hashes, tokenize_corpus, word_shingles
from medsyn_dataset.validation.pipeline import validate_notes
from medsyn_dataset.validation.policy import Policy
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.runner import LocalRunner

from .conftest import CLEAN_NOTE, note, write_notes

WORDS = (
    "пациент жалуется на боль в груди кашель одышку слабость температуру головную тошноту рвоту головокружение "
    "снижение аппетита нарушение сна отеки ног сердцебиение потливость озноб зуд сыпь суставах скованность утрам"
).split()
CODES = ["J18", "N40", "K35", "I10"]


def _corpus(n: int, seed: int) -> tuple[list[str], list[str]]:
    """Random notes with class-leaning vocabularies, exact copies, near copies and empty texts."""
    rng = np.random.default_rng(seed)
    texts, labels = [], []
    for i in range(n):
        code = CODES[i % len(CODES)]
        lean = [f"{code.lower()}слово{j}" for j in range(8)]
        texts.append(" ".join(rng.choice(WORDS + lean * 2, int(rng.integers(30, 90)))))
        labels.append(code)
    for i in range(0, n // 5):  # copies: exact, upper-cased (exact after normalisation), one word changed
        src = texts[int(rng.integers(n))]
        words = src.split()
        words[len(words) // 2] = "другое"
        texts.append([src, src.upper(), " ".join(words)][i % 3])
        labels.append(CODES[int(rng.integers(len(CODES)))])
    texts += ["", "   "]
    labels += ["J18", "J18"]
    return texts, labels


@pytest.fixture(params=["memory", "disk"])
def scratch(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path | None:
    if request.param == "memory":
        return None
    monkeypatch.setattr(spill, "SPILL_BYTES", 256)  # every state array goes to disk after a few rows
    return tmp_path


def _sketched(check_name: str, texts: list[str], labels: list[str], batch: int, scratch: Path | None, policy: Policy) -> object:
    """Run one corpus-wide check's sketch/observe over batches of ``batch`` rows; its findings."""
    from medsyn_dataset.validation.checks.base import Rows

    ctx = CheckContext(policy, scratch=scratch)
    (check,) = [cls(ctx) for cls in resolve([check_name])]
    for lo in range(0, len(texts), batch):
        part = texts[lo : lo + batch]
        ids = [f"n{i}" for i in range(lo, lo + len(part))]
        rows = Rows(lo, ids, {"icd10_code": labels[lo : lo + batch]}, BatchTokens.from_texts(part, 5), [[] for _ in part])
        check.observe(lo, len(part), check.sketch(rows))
    return check, check.finalize()


@pytest.mark.parametrize("batch", [7, 64, 10_000])
def test_the_duplicates_check_finds_what_find_duplicates_finds(batch: int, scratch: Path | None) -> None:
    texts, labels = _corpus(120, seed=1)
    corpus = tokenize_corpus(texts)
    expected = find_duplicates(corpus_text_hashes(corpus), word_shingles(corpus, 5), 0.8, 128, 1)
    assert (expected.cluster >= 0).sum() > 20  # the corpus has clusters to find
    check, found = _sketched("duplicates", texts, labels, batch, scratch, Policy())
    got = found.batch(0, len(texts))  # type: ignore[attr-defined]
    clusters = [-1 if c is None else c for c in got.values["near_dup_cluster"]]
    assert clusters == expected.cluster.tolist()
    assert got.values["is_cluster_representative"] == expected.is_representative.tolist() or all(
        rep == (expected.representative[i] in (-1, i)) for i, rep in enumerate(got.values["is_cluster_representative"])
    )
    for i in range(len(texts)):
        rep = int(expected.representative[i])
        if rep not in (-1, i):
            (finding,) = got.findings[i]
            assert finding.detail == f"n{rep}"
            assert finding.check == ("exact_duplicate" if expected.exact_duplicate_of[i] >= 0 else "near_duplicate")
        else:
            assert i not in got.findings
    section = check.section()[1].to_json()
    assert section["candidate_pairs"] == expected.candidate_pairs and section["verified_pairs"] == expected.verified_pairs
    # batches read back in other cuts give the same rows
    halves = [found.batch(0, 50), found.batch(50, len(texts))]  # type: ignore[attr-defined]
    assert halves[0].values["near_dup_cluster"] + halves[1].values["near_dup_cluster"] == got.values["near_dup_cluster"]


@pytest.mark.parametrize(("batch", "max_train_rows"), [(9, 6000), (50, 100), (10_000, 100)])
def test_the_streamed_label_noise_predicts_what_label_noise_predicts(
    batch: int, max_train_rows: int, scratch: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medsyn_dataset.validation import label_stream

    monkeypatch.setattr(label_stream, "PREDICT_ROWS", 1000)  # one prediction chunk: the in-memory shapes
    texts, labels = _corpus(300, seed=2)
    expected = label_noise(tokenize_corpus(texts), labels, 3, 3, 0, 16, max_train_rows=max_train_rows, use_cleanlab=True)
    state = LabelNoiseState(CheckContext(Policy(), scratch=scratch).spill)
    for lo in range(0, len(texts), batch):
        state.observe(labels[lo : lo + batch], token_counts(tokenize_corpus(texts[lo : lo + batch])))
    got = state.finalize(3, 3, 0, 16, max_iter=20, use_cleanlab=True, max_train_rows=max_train_rows)
    assert got.top is not None
    assert [[got.classes[j] for j in row] for row in got.top.tolist()] == [[str(c) for c in r] for r in expected.top_k]  # type: ignore[union-attr]
    assert np.array_equal(got.in_top_k, expected.in_top_k) and np.array_equal(got.scored, expected.scored)
    assert np.array_equal(got.label_issue, expected.label_issue)
    assert (got.top1_accuracy, got.top_k_accuracy) == (expected.top1_accuracy, expected.top_k_accuracy)
    assert not expected.in_top_k.all()  # some rows are flagged: the comparison means something


def test_stratified_folds_of_class_indices_are_the_folds_of_labels() -> None:
    rng = np.random.default_rng(3)
    labels = [str(c) for c in rng.choice(["b", "a", "c", "zz"], 200)]
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    assert np.array_equal(stratified_folds_of(y, len(classes), 3, seed=5), stratified_folds(labels, 3, seed=5))


def test_row_checks_and_corpus_checks_in_any_batch_size_and_spill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts, labels = _corpus(60, seed=4)
    rows = [note(f"n{i}", text or "  ", code=label) for i, (text, label) in enumerate(zip(texts, labels, strict=True))]
    table = schema.read_notes(write_notes(tmp_path / "in", rows))
    policy = Policy.model_validate({"pii": {"enabled": False}, "labels": {"svd_components": 8}})
    outcomes = []
    for batch_rows, scratch in ((5, None), (1000, None), (7, tmp_path)):
        monkeypatch.setattr(spill, "SPILL_BYTES", 256 if scratch else 32 << 20)
        ctx = CheckContext(policy, scratch=scratch)
        checks = [cls(ctx) for cls in resolve(["quality", "duplicates", "symptoms", "label_noise"])]
        with StageProgress(enabled=False) as stages:
            outcomes.append(LocalRunner(table, ctx, stages, batch_rows=batch_rows).run(checks, [{} for _ in rows]))
    first = outcomes[0]
    assert any(f.check.endswith("_duplicate") for found in first.findings for f in found)
    assert any(f.check == "label_not_in_top_k" for found in first.findings for f in found)
    for other in outcomes[1:]:
        assert (other.findings, other.values, other.scores) == (first.findings, first.values, first.scores)


# ---- whole runs ---------------------------------------------------------------------------------------


def _folder(tmp_path: Path, n: int = 40, shard_size: int = 7) -> Path:
    texts, labels = _corpus(n, seed=5)
    rows = [note(f"n{i}", CLEAN_NOTE + " " + text, code=label) for i, (text, label) in enumerate(zip(texts, labels, strict=True))]
    rows[3]["text"] = "Пациентка Петрова Анна Ивановна, тел. +7 912 345-67-89. " + CLEAN_NOTE
    return write_notes(tmp_path / "in", rows, shard_size=shard_size)


def _files(folder: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(folder.iterdir()):
        if path.name == "validation_report.json":
            report = json.loads(path.read_text("utf-8"))
            report.pop("timings_s")
            out[path.name] = json.dumps(report, sort_keys=True).encode()
        elif path.suffix == ".parquet":
            out[path.name] = path.read_bytes()
    return out


def test_one_worker_and_two_workers_write_the_same_files(tmp_path: Path) -> None:
    in_dir = _folder(tmp_path)
    policy = Policy.model_validate({"labels": {"svd_components": 8}})
    validate_notes(in_dir, tmp_path / "one", policy=policy, progress=False, workers=1, batch_rows=4)
    validate_notes(in_dir, tmp_path / "two", policy=policy, progress=False, workers=2, batch_rows=4)
    validate_notes(in_dir, tmp_path / "big", policy=policy, progress=False, workers=2, batch_rows=1000)
    one = _files(tmp_path / "one")
    assert len(one) == len(schema.list_shards(in_dir)) + 1 and one == _files(tmp_path / "two") == _files(tmp_path / "big")
    redacted = schema.read_notes(tmp_path / "two").column("text_redacted").to_pylist()
    assert "<PERSON>" in redacted[3] and redacted[0].startswith(CLEAN_NOTE)
    assert not list(tmp_path.glob(".*"))  # no temp folder left beside the output


def test_a_repeated_id_is_found_without_holding_the_ids(tmp_path: Path) -> None:
    rows = [note(f"n{i}") for i in range(12)]
    rows[9]["id"] = "n2"
    folder = write_notes(tmp_path / "in", rows, shard_size=5)
    with pytest.raises(DuplicateIdError) as streamed:
        NoteFolder(folder).row_counts(hint="; hint")
    with pytest.raises(DuplicateIdError) as whole:
        list(NoteFolder(folder).tables(hint="; hint"))
    assert str(streamed.value) == str(whole.value)
    assert "part-00001.parquet: row 4, field 'id': duplicate id 'n2' (first in" in str(streamed.value)
    rows[9]["id"] = "n9"
    assert [n for _, n in NoteFolder(write_notes(tmp_path / "ok", rows, shard_size=5)).row_counts()] == [5, 5, 2]


@pytest.mark.slow
def test_validate_with_worker_processes_prints_no_traceback_when_done_or_interrupted(tmp_path: Path) -> None:
    # issue 13: a worker forked from the CLI inherited its SIGTERM handler and printed a
    # KeyboardInterrupt traceback when the pool stopped it
    in_dir = _folder(tmp_path, n=400, shard_size=100)
    command = [sys.executable, "-m", "medsyn_dataset.cli", "validate", "--in", str(in_dir), "--no-progress", "--workers", "2"]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([*command, "--out", str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
    # a bigger input for the interrupted run: its workers must still be there when the poll below looks
    # (on a loaded machine the 400-note run could finish between two looks)
    big = _folder(tmp_path / "big", n=2000, shard_size=100)
    command = [sys.executable, "-m", "medsyn_dataset.cli", "validate", "--in", str(big), "--no-progress", "--workers", "2"]
    proc = subprocess.Popen([*command, "--out", str(tmp_path / "out2")], stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while not _children(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before its workers could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole process group
    try:
        _, stderr = proc.communicate(timeout=120)
    finally:  # a run that hangs instead of stopping is killed, workers included
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, stderr
    assert "interrupted: nothing was written to" in stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert not (tmp_path / "out2").exists()


def _children(pid: int) -> list[int]:
    """Child processes of ``pid``, whichever of its threads forked them (``/proc/PID/task/TID/children``
    lists only the children of that one thread; a pool started from a helper thread is not the main
    thread's child)."""
    children: list[int] = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                children += [int(p) for p in fh.read().split()]
        except OSError:
            continue
    return children


@pytest.fixture(scope="module")
def local_ray() -> object:
    ray = pytest.importorskip("ray", reason="the `ray` extra is not installed")
    pytest.importorskip("ray.data")
    with start_local_ray(ray):  # start-up waits sized for a loaded machine
        yield ray


@pytest.mark.timeout(RAY_TEST_TIMEOUT_S)
@pytest.mark.slow
def test_the_ray_executor_writes_what_the_local_executor_writes(tmp_path: Path, local_ray: object) -> None:
    in_dir = _folder(tmp_path)
    policy = Policy.model_validate({"labels": {"svd_components": 8}})
    validate_notes(in_dir, tmp_path / "local", policy=policy, progress=False, workers=1, batch_rows=4)
    validate_notes(in_dir, tmp_path / "ray", policy=policy, progress=False, executor="ray", workers=1, batch_rows=4)
    local, on_ray = schema.read_notes(tmp_path / "local").to_pylist(), schema.read_notes(tmp_path / "ray").to_pylist()
    assert len(local) == len(on_ray) == len(schema.read_notes(in_dir))
    for a, b in zip(local, on_ray, strict=True):
        assert a == b, a["id"]
    assert _files(tmp_path / "local") == _files(tmp_path / "ray")
    assert {row["validation"]["decision"] for row in local} >= {"keep", "drop"}  # the run decided something
