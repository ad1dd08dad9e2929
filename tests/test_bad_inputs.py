"""Every CLI command against a catalogue of bad inputs made here (issue 9).

For each case: a non-zero exit, no traceback, one error line that names the bad file (or value),
the output path exactly as it was (absent stays absent, a foreign file or folder keeps its bytes)
and no temp file left beside it. Hypothesis then damages a tasks table and a JSONL file at random:
a command either reads the same data as from the clean file or stops with that one line.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import fake_openai_server as fake
from support.fake_openai_batch import run_batch_file
from typer.testing import CliRunner

from medsyn_dataset import schema
from medsyn_dataset.cli import app
from medsyn_dataset.generation.backends.base import GenerationResult
from medsyn_dataset.generation.ledger import Ledger, request_key

runner = CliRunner()
#: Examples per random-damage test: few and fixed (derandomized) in CI; MEDSYN_FUZZ_EXAMPLES=2000 to dig.
FUZZ = int(os.environ.get("MEDSYN_FUZZ_EXAMPLES", "0")) or None
ENV = {"COLUMNS": "1000", "OPENAI_API_KEY": "sk-test"}  # wide: click's boxed usage errors must not wrap paths


# ---- good inputs, built once ---------------------------------------------------------------------


@dataclass
class Good:
    root: Path
    tasks: Path
    notes: Path  # note shards, not validated
    validated: Path
    release: Path
    train: Path  # RuMedTop3-format JSONL
    dev: Path
    submission: Path
    result: Path
    config: Path
    hub_csv: Path
    requests: Path  # batch request JSONL of `tasks`
    results: Path  # batch result JSONL of `requests`
    ledger: Path  # a request ledger with a few answers


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Good:
    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir

    root = tmp_path_factory.mktemp("good")
    tasks = Path(fake.write_tasks(root / "tasks.parquet", 6))
    rows = synthetic_rows(60, ["J06", "K29", "I10"], seed=5)
    validated = write_validated_dir(rows, root / "validated")
    notes = root / "notes"
    notes.mkdir()
    raw = [{**r, "validation": None, "text_redacted": None} for r in rows[:20]]
    schema.write_table(schema.table_from_rows(raw), notes / "part-00000.parquet")
    release = build_release(validated, root / "release").out_dir
    words = {"J06": "кашель насморк", "K29": "изжога тошнота", "I10": "давление затылок"}
    train = _jsonl(root / "train.jsonl", [{"idx": f"t{i}", "symptoms": f"{words[c]} жалобы {i}", "code": c}
                                          for i, c in enumerate(list(words) * 6)])
    dev = _jsonl(root / "dev.jsonl", [{"idx": f"d{i}", "symptoms": f"{words[c]} {i}", "code": c}
                                      for i, c in enumerate(list(words) * 2)])
    submission = _jsonl(root / "sub.jsonl", [{"idx": f"d{i}", "prediction": [c]} for i, c in enumerate(list(words) * 2)])
    result = root / "result.json"
    assert runner.invoke(app, ["leaderboard", "score", str(submission), "--reference", str(dev), "--out", str(result)]).exit_code == 0
    config = root / "tiny.yaml"
    config.write_text("name: tiny\ncodes: [J06, K29]\nnotes: {total: 4}\n", encoding="utf-8")
    hub_csv = root / "generated.csv"
    hub_csv.write_text("idx,ICD-10,response\n1,J06,Жалобы на кашель.\n", encoding="utf-8")
    requests, results = root / "requests.jsonl", root / "results.jsonl"
    assert runner.invoke(app, ["batch", "export", "--tasks", str(tasks), "--model", "m", "--out", str(requests)]).exit_code == 0
    run_batch_file(requests, results)
    ledger = root / "ledger.sqlite3"
    with Ledger(ledger) as led:
        for i in range(200):  # a few pages, so that a truncated copy is damaged, not empty
            payload = {"url": "/v1/chat/completions", "body": {"model": "m", "messages": [{"role": "user", "content": f"{i} " * 200}]}}
            answer = GenerationResult(text="Жалобы. " * 60, finish_reason="stop", prompt_tokens=9, completion_tokens=90, model="m")
            led.record(request_key(payload), payload, answer, cost=0.001, mode="online", origin=str(root))
    return Good(root, tasks, notes, validated, release, train, dev, submission, result, config, hub_csv,
                requests, results, ledger)


# ---- ways to spoil a file ------------------------------------------------------------------------


def truncated(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    return dst


def bit_flipped(src: Path, dst: Path) -> Path:
    """One bit flipped in the middle of the largest column chunk: page data, where checksums catch it."""
    meta = pq.ParquetFile(src).metadata.row_group(0)
    chunk = max((meta.column(i) for i in range(meta.num_columns)), key=lambda c: c.total_compressed_size)
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    data = bytearray(src.read_bytes())
    data[start + chunk.total_compressed_size // 2] ^= 0x08
    dst.write_bytes(bytes(data))
    return dst


def with_null(src: Path, dst: Path, column: str) -> Path:
    """The same rows with a null in a required column, written by a tool that declares it nullable."""
    table = pq.read_table(src)
    loose = pa.schema([pa.field(f.name, f.type) for f in table.schema], metadata=table.schema.metadata)
    values = table.column(column).to_pylist()
    values[1] = None
    table = table.cast(loose).set_column(table.schema.get_field_index(column), loose.field(column), pa.array(values, loose.field(column).type))
    pq.write_table(table, dst)
    return dst


def with_wrong_type(src: Path, dst: Path, column: str) -> Path:
    table = pq.read_table(src)
    index = table.schema.get_field_index(column)
    table = table.set_column(index, pa.field(column, pa.int64()), pa.array(range(table.num_rows), pa.int64()))
    pq.write_table(table.replace_schema_metadata(pq.read_schema(src).metadata), dst)
    return dst


def not_utf8(dst: Path, prefix: bytes = b"") -> Path:
    dst.write_bytes(prefix + b'{"idx": "x", "symptoms": "caf\xe9 \xff", "code": "J06"}\n')
    return dst


def empty(dst: Path) -> Path:
    dst.write_bytes(b"")
    return dst


def folder(dst: Path) -> Path:
    dst.mkdir()
    (dst / "something.txt").write_text("a user's file")
    return dst


def shard_folder(dst: Path, spoil: Callable[[Path, Path], Path], src: Path) -> Path:
    dst.mkdir()
    spoil(src, dst / "part-00000.parquet")
    return dst


# ---- the catalogue -------------------------------------------------------------------------------


@dataclass
class Case:
    """``args(good, tmp)`` gives (argv, what the error must name, the output path that must stay as it was)."""

    name: str
    args: Callable[[Good, Path], tuple[list[str], str, Path | None]]
    codes: frozenset[int] = field(default_factory=lambda: frozenset({1}))


def _foreign_dir(d: Path) -> Path:
    out = d / "users_folder"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work")
    return out


def _foreign_file(d: Path, name: str) -> Path:
    out = d / name
    out.write_text('{"mine": true}\n')
    return out


def _afile(d: Path) -> Path:
    out = d / "afile"
    out.write_text("keep")
    return out


CASES: list[Case] = []


def add(name: str, codes: tuple[int, ...] = (1,)) -> Callable[[Callable[[Good, Path], tuple[list[str], str, Path | None]]], None]:
    def register(fn: Callable[[Good, Path], tuple[list[str], str, Path | None]]) -> None:
        CASES.append(Case(name, fn, frozenset(codes)))

    return register


def gen(tasks: Path, out: Path, *extra: str) -> list[str]:
    return ["generate", "--tasks", str(tasks), "--out", str(out), "--backend", "template", "--no-progress", *extra]


# plan
@add("plan: config not UTF-8")
def _(g: Good, d: Path):
    bad = d / "c.yaml"
    bad.write_bytes(b"name: caf\xe9\nnotes: {total: 3}\n")
    return ["plan", "--config", str(bad), "--out", str(d / "t.parquet")], str(bad), d / "t.parquet"


@add("plan: config with a duplicate key")
def _(g: Good, d: Path):
    bad = d / "c.yaml"
    bad.write_text("name: a\nnotes: {total: 3}\nname: b\n", encoding="utf-8")
    return ["plan", "--config", str(bad), "--out", str(d / "t.parquet")], str(bad), d / "t.parquet"


@add("plan: empty config file")
def _(g: Good, d: Path):
    bad = empty(d / "c.yaml")
    return ["plan", "--config", str(bad), "--out", str(d / "t.parquet")], str(bad), d / "t.parquet"


@add("plan: config is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "cfg")
    return ["plan", "--config", str(bad), "--out", str(d / "t.parquet")], str(bad), d / "t.parquet"


@add("plan: config names a missing MKG file")
def _(g: Good, d: Path):
    bad = d / "c.yaml"
    bad.write_text("name: a\nnotes: {total: 3}\ngeneration: {mkg_files: [nope.tsv]}\n", encoding="utf-8")
    return ["plan", "--config", str(bad), "--out", str(d / "t.parquet")], "generation.mkg_files[0]", d / "t.parquet"


@add("plan: --out is a folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return ["plan", "--config", str(g.config), "--out", str(out)], str(out), out


@add("plan: --out's parent is a file")
def _(g: Good, d: Path):
    parent = _afile(d)
    return ["plan", "--config", str(g.config), "--out", str(parent / "t.parquet")], str(parent), parent


@add("plan: --out is someone else's file")
def _(g: Good, d: Path):
    out = _foreign_file(d, "tasks.parquet")
    return ["plan", "--config", str(g.config), "--out", str(out)], str(out), out


# generate
for _spoil, _label in ((truncated, "truncated"), (bit_flipped, "bit-flipped")):
    @add(f"generate: {_label} tasks table")
    def _(g: Good, d: Path, spoil=_spoil):
        bad = spoil(g.tasks, d / "tasks.parquet")
        return gen(bad, d / "out"), str(bad), d / "out"


@add("generate: null task_id")
def _(g: Good, d: Path):
    bad = with_null(g.tasks, d / "tasks.parquet", "task_id")
    return gen(bad, d / "out"), str(bad), d / "out"


@add("generate: wrong type (an int64 prompt column)")
def _(g: Good, d: Path):
    bad = with_wrong_type(g.tasks, d / "tasks.parquet", "prompt")
    return gen(bad, d / "out"), str(bad), d / "out"


@add("generate: empty tasks file")
def _(g: Good, d: Path):
    bad = empty(d / "tasks.parquet")
    return gen(bad, d / "out"), str(bad), d / "out"


@add("generate: tasks file is text")
def _(g: Good, d: Path):
    bad = not_utf8(d / "tasks.parquet")
    return gen(bad, d / "out"), str(bad), d / "out"


@add("generate: tasks is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "tasks")
    return gen(bad, d / "out"), str(bad), d / "out"


@add("generate: tasks missing")
def _(g: Good, d: Path):
    return gen(d / "nope.parquet", d / "out"), str(d / "nope.parquet"), d / "out"


@add("generate: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return gen(g.tasks, out), str(out), out


@add("generate: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return gen(g.tasks, out), str(out), out


@add("generate: price table not UTF-8")
def _(g: Good, d: Path):
    bad = d / "prices.yaml"
    bad.write_bytes(b"gpt: {prompt_per_1k: 1, completion_per_1k: 2} # \xff\n")
    return gen(g.tasks, d / "out", "--price-table", str(bad)), str(bad), d / "out"


@add("generate: malformed --base-url")
def _(g: Good, d: Path):
    argv = ["generate", "--tasks", str(g.tasks), "--out", str(d / "out"), "--backend", "openai", "--model", "m",
            "--base-url", "localhost:8000/v1"]
    return argv, "localhost:8000/v1", d / "out"


@add("generate: missing model folder")
def _(g: Good, d: Path):
    argv = ["generate", "--tasks", str(g.tasks), "--out", str(d / "out"), "--backend", "transformers",
            "--model", str(d / "models" / "nope")]
    return argv, str(d / "models" / "nope"), d / "out"


@add("generate --estimate: truncated tasks table")
def _(g: Good, d: Path):
    bad = truncated(g.tasks, d / "tasks.parquet")
    return gen(bad, d / "out", "--estimate"), str(bad), d / "out"


@add("generate --estimate: price table not UTF-8")
def _(g: Good, d: Path):
    bad = d / "prices.yaml"
    bad.write_bytes(b"gpt: {prompt_per_1k: 1, completion_per_1k: 2} # \xff\n")
    argv = ["generate", "--tasks", str(g.tasks), "--out", str(d / "out"), "--backend", "openai", "--model", "gpt",
            "--estimate", "--price-table", str(bad)]
    return argv, str(bad), d / "out"


@add("generate --estimate: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return gen(g.tasks, out, "--estimate"), str(out), out


@add("generate: second --base-url malformed")
def _(g: Good, d: Path):
    argv = ["generate", "--tasks", str(g.tasks), "--out", str(d / "out"), "--backend", "openai", "--model", "m",
            "--base-url", "http://127.0.0.1:8000/v1", "--base-url", "http://127.0.0.1:8001/v1?key=x"]
    return argv, "http://127.0.0.1:8001/v1?key=x", d / "out"


# batch export / ingest
def bexp(tasks: Path, out: Path, *extra: str) -> list[str]:
    return ["batch", "export", "--tasks", str(tasks), "--model", "m", "--out", str(out), *extra]


def bing(tasks: Path, results: Path, out: Path, *extra: str) -> list[str]:
    return ["batch", "ingest", "--tasks", str(tasks), "--results", str(results), "--out", str(out), "--no-ledger", *extra]


@add("batch export: tasks missing")
def _(g: Good, d: Path):
    return bexp(d / "nope.parquet", d / "req.jsonl"), str(d / "nope.parquet"), d / "req.jsonl"


@add("batch export: truncated tasks table")
def _(g: Good, d: Path):
    bad = truncated(g.tasks, d / "tasks.parquet")
    return bexp(bad, d / "req.jsonl"), str(bad), d / "req.jsonl"


@add("batch export: --out is a folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return bexp(g.tasks, out), str(out), out


@add("batch export: --out is someone else's file")
def _(g: Good, d: Path):
    out = _foreign_file(d, "req.jsonl")
    return bexp(g.tasks, out), str(out), out


@add("batch ingest: results not UTF-8")
def _(g: Good, d: Path):
    bad = d / "res.jsonl"
    bad.write_bytes(g.results.read_bytes().replace("Жалобы".encode(), b"\xff\xfe", 1))
    return bing(g.tasks, bad, d / "notes"), str(bad), d / "notes"


@add("batch ingest: truncated results")
def _(g: Good, d: Path):
    bad = d / "res.jsonl"
    raw = g.results.read_bytes()
    bad.write_bytes(raw[: raw.index(b"\n") + 40])  # the second line cut in the middle
    return bing(g.tasks, bad, d / "notes"), f"{bad}: line 2", d / "notes"


@add("batch ingest: wrong type (response is a list)")
def _(g: Good, d: Path):
    bad = _jsonl(d / "res.jsonl", [{"custom_id": "t000000", "response": [200], "error": None}])
    return bing(g.tasks, bad, d / "notes"), f"{bad}: line 1: field 'response'", d / "notes"


def _good_lines_then(g: Good, d: Path, bad_line: dict) -> Path:
    """The good results file with ``bad_line`` as its third line."""
    lines = g.results.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = d / "res.jsonl"
    bad.write_text("".join(lines[:2]) + json.dumps(bad_line) + "\n" + "".join(lines[2:]), encoding="utf-8")
    return bad


@add("batch ingest: a line with neither response nor error")
def _(g: Good, d: Path):
    bad = _good_lines_then(g, d, {"id": "x", "custom_id": "t000001", "error": None})
    return bing(g.tasks, bad, d / "notes"), f"{bad}: line 3", d / "notes"


@add("batch ingest: a 200 response whose choices are not a list")
def _(g: Good, d: Path):
    body = {"object": "chat.completion", "model": "m", "choices": "oops", "usage": {"prompt_tokens": 1, "completion_tokens": 1}}
    bad = _good_lines_then(g, d, {"custom_id": "t000001", "response": {"status_code": 200, "body": body}, "error": None})
    return bing(g.tasks, bad, d / "notes"), f"{bad}: line 3: field 'response.body.choices'", d / "notes"


@add("batch ingest: a response without a status code")
def _(g: Good, d: Path):
    bad = _good_lines_then(g, d, {"custom_id": "t000001", "response": {"body": {}}, "error": None})
    return bing(g.tasks, bad, d / "notes"), f"{bad}: line 3: field 'response.status_code'", d / "notes"


@add("batch ingest: a custom_id that is no task")
def _(g: Good, d: Path):
    bad = _good_lines_then(g, d, {"custom_id": "nobody", "error": {"code": "server_error", "message": "x"}})
    return bing(g.tasks, bad, d / "notes"), f"{bad}: line 3: custom_id 'nobody'", d / "notes"


@add("batch ingest: results missing")
def _(g: Good, d: Path):
    return bing(g.tasks, d / "nope.jsonl", d / "notes"), str(d / "nope.jsonl"), d / "notes"


@add("batch ingest: results is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "results")
    return bing(g.tasks, bad, d / "notes"), str(bad), d / "notes"


@add("batch ingest: bit-flipped tasks table")
def _(g: Good, d: Path):
    bad = bit_flipped(g.tasks, d / "tasks.parquet")
    return bing(bad, g.results, d / "notes"), str(bad), d / "notes"


@add("batch ingest: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return bing(g.tasks, g.results, out), str(out), out


@add("batch ingest: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return bing(g.tasks, g.results, out), str(out), out


# ledger
def _damaged_ledger(g: Good, d: Path) -> Path:
    return truncated(g.ledger, d / "ledger.sqlite3")


@add("ledger stats: ledger missing")
def _(g: Good, d: Path):
    return ["ledger", "stats", "--ledger", str(d / "nope.sqlite3")], str(d / "nope.sqlite3"), None


@add("ledger stats: not a ledger (a text file)")
def _(g: Good, d: Path):
    bad = d / "ledger.sqlite3"
    bad.write_text("not a database\n" * 50, encoding="utf-8")
    return ["ledger", "stats", "--ledger", str(bad)], str(bad), bad


@add("ledger stats: ledger is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "ledger")
    return ["ledger", "stats", "--ledger", str(bad)], str(bad), bad


@add("ledger prune: truncated ledger")
def _(g: Good, d: Path):
    bad = _damaged_ledger(g, d)
    return ["ledger", "prune", "--unusable", "--ledger", str(bad)], str(bad), bad


@add("ledger export: truncated ledger")
def _(g: Good, d: Path):
    bad = _damaged_ledger(g, d)
    return ["ledger", "export", "--ledger", str(bad), "--out", str(d / "a.jsonl")], str(bad), d / "a.jsonl"


def _users_database(d: Path, *tables: str) -> Path:
    """Someone's own SQLite file (a --ledger pointed at it must leave it byte for byte as it was)."""
    db = d / "users.sqlite"
    with contextlib.closing(sqlite3.connect(db)) as con:
        for table in ("t(a)", *tables):
            con.execute(f"CREATE TABLE {table}")
        con.execute("INSERT INTO t VALUES (1)")
        con.commit()
    return db


@add("ledger stats: someone else's SQLite database")
def _(g: Good, d: Path):
    bad = _users_database(d)
    return ["ledger", "stats", "--ledger", str(bad)], str(bad), bad


@add("ledger stats: someone else's SQLite database with a meta table")
def _(g: Good, d: Path):
    bad = _users_database(d, "meta(key text, value text)")
    return ["ledger", "stats", "--ledger", str(bad)], str(bad), bad


@add("ledger export: someone else's SQLite database")
def _(g: Good, d: Path):
    bad = _users_database(d)
    return ["ledger", "export", "--ledger", str(bad), "--out", str(d / "a.jsonl")], str(bad), bad


@add("ledger prune: someone else's SQLite database")
def _(g: Good, d: Path):
    bad = _users_database(d)
    return ["ledger", "prune", "--unusable", "--ledger", str(bad)], str(bad), bad


@add("generate: --ledger is someone else's SQLite database")
def _(g: Good, d: Path):
    bad = _users_database(d)
    argv = ["generate", "--tasks", str(g.tasks), "--out", str(d / "out"), "--backend", "openai", "--model", "m",
            "--base-url", "http://127.0.0.1:9/v1", "--ledger", str(bad), "--no-progress"]
    return argv, str(bad), bad


@add("generate: --ledger is someone else's SQLite database with a meta table")
def _(g: Good, d: Path):
    bad = _users_database(d, "meta(key text, value text)")
    argv = ["generate", "--tasks", str(g.tasks), "--out", str(d / "out"), "--backend", "openai", "--model", "m",
            "--base-url", "http://127.0.0.1:9/v1", "--ledger", str(bad), "--no-progress"]
    return argv, str(bad), bad


@add("ledger export: --out is a folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return ["ledger", "export", "--ledger", str(g.ledger), "--out", str(out)], str(out), out


@add("ledger export: --out is someone else's file")
def _(g: Good, d: Path):
    out = _foreign_file(d, "answers.jsonl")
    return ["ledger", "export", "--ledger", str(g.ledger), "--out", str(out)], str(out), out


# import
def imp(fmt: str, src: Path, out: Path) -> list[str]:
    return ["import", "--format", fmt, str(src), "--out", str(out), "--no-progress"]


@add("import: rumedtop3 not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "dev.jsonl", b'{"idx": "a", "symptoms": "ok", "code": "J06"}\n')
    return imp("rumedtop3", bad, d / "out"), f"{bad}: line 2", d / "out"


@add("import: empty file")
def _(g: Good, d: Path):
    bad = empty(d / "dev.jsonl")
    return imp("rumedtop3", bad, d / "out"), str(bad), d / "out"


@add("import: a folder where a file is expected")
def _(g: Good, d: Path):
    bad = folder(d / "dev")
    return imp("rumedtop3", bad, d / "out"), str(bad), d / "out"


@add("import: missing file")
def _(g: Good, d: Path):
    return imp("rumedtop3", d / "nope.jsonl", d / "out"), str(d / "nope.jsonl"), d / "out"


@add("import: truncated Parquet")
def _(g: Good, d: Path):
    bad = truncated(g.notes / "part-00000.parquet", d / "notes.parquet")
    return imp("jsonl", bad, d / "out"), str(bad), d / "out"


@add("import: bit-flipped Parquet")
def _(g: Good, d: Path):
    bad = bit_flipped(g.notes / "part-00000.parquet", d / "notes.parquet")
    return imp("jsonl", bad, d / "out"), str(bad), d / "out"


@add("import: medsyn-hub CSV not UTF-8")
def _(g: Good, d: Path):
    bad = d / "generated.csv"
    bad.write_bytes(g.hub_csv.read_bytes() + b"2,J06,\xff\xfe\n")
    return imp("medsyn-hub", bad, d / "out"), f"{bad}: line 3", d / "out"


@add("import: citation .bib file not UTF-8")
def _(g: Good, d: Path):
    bib = d / "mine.bib"
    bib.write_bytes(b"@misc{x, title={caf\xe9}}\n")
    src = d / "mine.jsonl"
    src.write_text('{"text": "Жалобы на кашель.", "code": "J06"}\n', encoding="utf-8")
    return [*imp("jsonl", src, d / "out"), "--source-citation", str(bib)], str(bib), d / "out"


@add("import: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return imp("rumedtop3", g.dev, out), str(out), out


@add("import: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return imp("rumedtop3", g.dev, out), str(out), out


# validate
def val(src: Path, out: Path, *extra: str) -> list[str]:
    return ["validate", "--in", str(src), "--out", str(out), "--no-progress", *extra]


@add("validate: --in missing")
def _(g: Good, d: Path):
    return val(d / "nope", d / "out"), str(d / "nope"), d / "out"


for _spoil, _label in ((truncated, "truncated"), (bit_flipped, "bit-flipped")):
    @add(f"validate: {_label} shard")
    def _(g: Good, d: Path, spoil=_spoil):
        bad = shard_folder(d / "in", spoil, g.notes / "part-00000.parquet")
        return val(bad, d / "out"), str(bad / "part-00000.parquet"), d / "out"


@add("validate: null text")
def _(g: Good, d: Path):
    bad = shard_folder(d / "in", lambda s, t: with_null(s, t, "text"), g.notes / "part-00000.parquet")
    return val(bad, d / "out"), "column 'text': row 1: required value is null", d / "out"


@add("validate: wrong type")
def _(g: Good, d: Path):
    bad = shard_folder(d / "in", lambda s, t: with_wrong_type(s, t, "icd10_code"), g.notes / "part-00000.parquet")
    return val(bad, d / "out"), f"{bad / 'part-00000.parquet'}: column 'icd10_code'", d / "out"


@add("validate: empty shard")
def _(g: Good, d: Path):
    bad = d / "in"
    bad.mkdir()
    empty(bad / "part-00000.parquet")
    return val(bad, d / "out"), str(bad / "part-00000.parquet"), d / "out"


@add("validate: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return val(g.notes, out), str(out), out


@add("validate: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return val(g.notes, out), str(out), out


@add("validate: policy not UTF-8")
def _(g: Good, d: Path):
    bad = d / "policy.yaml"
    bad.write_bytes(b"pii: {min_score: 0.5} # \xe9\n")
    return val(g.notes, d / "out", "--policy", str(bad)), str(bad), d / "out"


@add("validate: a code-set line that is not an ICD-10 code")
def _(g: Good, d: Path):
    bad = d / "codes.txt"
    bad.write_text("J06\nhello world\nK29\n", encoding="utf-8")
    return val(g.notes, d / "out", "--code-set", str(bad)), f"{bad}: line 2: 'hello world'", d / "out"


@add("validate: policy is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "policy")
    return val(g.notes, d / "out", "--policy", str(bad)), str(bad), d / "out"


@add("validate: eval texts not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "dev.jsonl")
    return val(g.notes, d / "out", "--eval-texts", str(bad)), str(bad), d / "out"


@add("validate: eval texts missing")
def _(g: Good, d: Path):
    return val(g.notes, d / "out", "--eval-texts", str(d / "nope.jsonl")), str(d / "nope.jsonl"), d / "out"


@add("validate: reference texts truncated Parquet")
def _(g: Good, d: Path):
    bad = truncated(g.notes / "part-00000.parquet", d / "ref.parquet")
    return val(g.notes, d / "out", "--reference-texts", str(bad)), str(bad), d / "out"


@add("validate: code-set file not UTF-8")
def _(g: Good, d: Path):
    bad = d / "codes.txt"
    bad.write_bytes(b"J06\nK\xff29\n")
    return val(g.notes, d / "out", "--code-set", str(bad)), str(bad), d / "out"


# build
def bld(src: Path, out: Path, *extra: str) -> list[str]:
    return ["build", "--in", str(src), "--out", str(out), "--no-progress", *extra]


def _validated_copy(g: Good, d: Path) -> Path:
    return Path(shutil.copytree(g.validated, d / "validated"))


@add("build: --in missing")
def _(g: Good, d: Path):
    return bld(d / "nope", d / "out"), str(d / "nope"), d / "out"


@add("build: --in is a file")
def _(g: Good, d: Path):
    bad = _afile(d)
    return bld(bad, d / "out"), str(bad), d / "out"


for _spoil, _label in ((truncated, "truncated"), (bit_flipped, "bit-flipped")):
    @add(f"build: {_label} shard")
    def _(g: Good, d: Path, spoil=_spoil):
        src = _validated_copy(g, d)
        spoil(g.validated / "part-00000.parquet", src / "part-00000.parquet")
        return bld(src, d / "out"), str(src / "part-00000.parquet"), d / "out"


@add("build: null text")
def _(g: Good, d: Path):
    src = _validated_copy(g, d)
    with_null(g.validated / "part-00000.parquet", src / "part-00000.parquet", "text")
    return bld(src, d / "out"), f"{src / 'part-00000.parquet'}: column 'text': row 1", d / "out"


@add("build: wrong type")
def _(g: Good, d: Path):
    src = _validated_copy(g, d)
    with_wrong_type(g.validated / "part-00000.parquet", src / "part-00000.parquet", "icd10_code")
    return bld(src, d / "out"), str(src / "part-00000.parquet"), d / "out"


@add("build: validation report missing")
def _(g: Good, d: Path):
    src = _validated_copy(g, d)
    (src / "validation_report.json").unlink()
    return bld(src, d / "out"), str(src / "validation_report.json"), d / "out"


@add("build: validation report not UTF-8")
def _(g: Good, d: Path):
    src = _validated_copy(g, d)
    (src / "validation_report.json").write_bytes(b'{"gate": "\xff"}')
    return bld(src, d / "out"), str(src / "validation_report.json"), d / "out"


@add("build: sources.json damaged")
def _(g: Good, d: Path):
    src = _validated_copy(g, d)
    (src / "sources.json").write_bytes(b'{"format": \xff}')
    return bld(src, d / "out"), str(src / "sources.json"), d / "out"


@add("build: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return bld(g.validated, out), str(out), out


@add("build: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return bld(g.validated, out), str(out), out


# export
def exp(release: Path, out: Path) -> list[str]:
    return ["export", "--release", str(release), "--format", "rumedtop3", "--out", str(out)]


@add("export: release missing")
def _(g: Good, d: Path):
    return exp(d / "nope", d / "out"), str(d / "nope"), d / "out"


@add("export: release is a file")
def _(g: Good, d: Path):
    bad = _afile(d)
    return exp(bad, d / "out"), str(bad), d / "out"


@add("export: bit-flipped release Parquet")
def _(g: Good, d: Path):
    rel = Path(shutil.copytree(g.release, d / "release"))
    target = sorted((rel / "icd_classification").glob("train-*.parquet"))[0]
    bit_flipped(g.release / "icd_classification" / target.name, target)
    return exp(rel, d / "out"), str(target), d / "out"


@add("export: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return exp(g.release, out), str(out), out


@add("export: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return exp(g.release, out), str(out), out


# release
def rel(config: Path, out: Path, *extra: str) -> list[str]:
    return ["release", "--config", str(config), "--out", str(out), "--no-progress", *extra]


@add("release: config names a missing eval text")
def _(g: Good, d: Path):
    bad = d / "c.yaml"
    bad.write_text("name: a\ncodes: [J06]\nnotes: {total: 2}\nvalidation: {eval_texts: [dev.jsonl]}\n", encoding="utf-8")
    return rel(bad, d / "out"), "validation.eval_texts[0]", d / "out"


@add("release: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return rel(g.config, out), str(out), out


@add("release: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return rel(g.config, out), str(out), out


@add("release: --from file missing")
def _(g: Good, d: Path):
    return rel(g.config, d / "out", "--from", f"rumedtop3:{d / 'nope.jsonl'}"), str(d / "nope.jsonl"), d / "out"


@add("release: --from file not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "dev.jsonl")
    return rel(g.config, d / "out", "--from", f"rumedtop3:{bad}"), str(bad), d / "out"


# benchmark
def icd(train: Path, dev: Path, *extra: str) -> list[str]:
    return ["benchmark", "icd", "--train", str(train), "--eval", str(dev), *extra]


@add("benchmark icd: train not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "train.jsonl")
    return icd(bad, g.dev, "--out", str(d / "r.json")), str(bad), d / "r.json"


@add("benchmark icd: empty train file")
def _(g: Good, d: Path):
    bad = empty(d / "train.jsonl")
    return icd(bad, g.dev, "--out", str(d / "r.json")), str(bad), d / "r.json"


@add("benchmark icd: truncated Parquet")
def _(g: Good, d: Path):
    bad = truncated(g.notes / "part-00000.parquet", d / "part-00000.parquet")
    return icd(bad, g.dev, "--out", str(d / "r.json")), str(bad), d / "r.json"


@add("benchmark icd: bit-flipped Parquet")
def _(g: Good, d: Path):
    bad = bit_flipped(g.notes / "part-00000.parquet", d / "part-00000.parquet")
    return icd(g.train, bad, "--out", str(d / "r.json")), str(bad), d / "r.json"


@add("benchmark icd: folder with no data")
def _(g: Good, d: Path):
    bad = folder(d / "data")
    return icd(bad, g.dev), str(bad), None


@add("benchmark icd: --out is a folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return icd(g.train, g.dev, "--out", str(out)), str(out), out


@add("benchmark icd: --out is someone else's file")
def _(g: Good, d: Path):
    out = _foreign_file(d, "results.json")
    return icd(g.train, g.dev, "--out", str(out)), str(out), out


@add("benchmark icd: --predictions is a folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return icd(g.train, g.dev, "--predictions", str(out)), str(out), out


@add("benchmark icd: missing model folder")
def _(g: Good, d: Path):
    return icd(g.train, g.dev, "--model", "transformer", "--model-id", str(d / "nope")), str(d / "nope"), None


@add("benchmark augment: real train not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "train.jsonl")
    argv = ["benchmark", "augment", "--real-train", str(bad), "--synthetic", str(g.notes), "--eval", str(g.dev),
            "--out", str(d / "report")]
    return argv, str(bad), d / "report"


@add("benchmark augment: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    argv = ["benchmark", "augment", "--real-train", str(g.train), "--synthetic", str(g.notes), "--eval", str(g.dev),
            "--out", str(out)]
    return argv, str(out), out


# leaderboard
@add("leaderboard validate: submission not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "sub.jsonl")
    return ["leaderboard", "validate", str(bad), "--reference", str(g.dev)], str(bad), None


@add("leaderboard score: empty submission")
def _(g: Good, d: Path):
    bad = empty(d / "sub.jsonl")
    return ["leaderboard", "score", str(bad), "--reference", str(g.dev), "--out", str(d / "r.json")], str(bad), d / "r.json"


@add("leaderboard score: submission is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "sub")
    return ["leaderboard", "score", str(bad), "--reference", str(g.dev)], str(bad), None


@add("leaderboard score: reference not UTF-8")
def _(g: Good, d: Path):
    bad = not_utf8(d / "ref.jsonl")
    return ["leaderboard", "score", str(g.submission), "--reference", str(bad)], str(bad), None


@add("leaderboard score: metadata not UTF-8")
def _(g: Good, d: Path):
    bad = d / "meta.json"
    bad.write_bytes(b'{"team": "\xff"}')
    argv = ["leaderboard", "score", str(g.submission), "--reference", str(g.dev), "--metadata", str(bad)]
    return argv, str(bad), None


@add("leaderboard score: --out is someone else's file")
def _(g: Good, d: Path):
    out = _foreign_file(d, "result.json")
    return ["leaderboard", "score", str(g.submission), "--reference", str(g.dev), "--out", str(out)], str(out), out


@add("leaderboard score: --out is a folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return ["leaderboard", "score", str(g.submission), "--reference", str(g.dev), "--out", str(out)], str(out), out


@add("leaderboard render: result not UTF-8")
def _(g: Good, d: Path):
    bad = d / "r.json"
    bad.write_bytes(b'{"metrics": "\xff"}')
    return ["leaderboard", "render", str(bad), "--out", str(d / "site")], str(bad), d / "site"


@add("leaderboard render: empty result file")
def _(g: Good, d: Path):
    bad = empty(d / "r.json")
    return ["leaderboard", "render", str(bad), "--out", str(d / "site")], str(bad), d / "site"


@add("leaderboard render: result is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "results")
    return ["leaderboard", "render", str(bad), "--out", str(d / "site")], str(bad), d / "site"


@add("leaderboard render: --out is a file")
def _(g: Good, d: Path):
    out = _afile(d)
    return ["leaderboard", "render", str(g.result), "--out", str(out)], str(out), out


@add("leaderboard render: --out is someone else's folder")
def _(g: Good, d: Path):
    out = _foreign_dir(d)
    return ["leaderboard", "render", str(g.result), "--out", str(out)], str(out), out


# publish (dry run: no network) and kb
@add("publish: release missing")
def _(g: Good, d: Path):
    return ["publish", "--release", str(d / "nope"), "--repo-id", "org/name", "--dry-run"], str(d / "nope"), None


@add("publish: manifest not UTF-8")
def _(g: Good, d: Path):
    rel_copy = Path(shutil.copytree(g.release, d / "release"))
    (rel_copy / "release_manifest.json").write_bytes(b'{"files": "\xff"}')
    argv = ["publish", "--release", str(rel_copy), "--repo-id", "org/name", "--dry-run"]
    return argv, str(rel_copy / "release_manifest.json"), None


@add("kb sample: MKG file not UTF-8")
def _(g: Good, d: Path):
    bad = d / "graph.tsv"
    bad.write_bytes(b"head\trelation\ttail\tweight\nJ06\thas_symptom\t\xff\t1\n")
    return ["kb", "sample", "J06", "--mkg", str(bad)], f"{bad}: line 2", None


@add("kb codes: MKG is a folder")
def _(g: Good, d: Path):
    bad = folder(d / "graph")
    return ["kb", "codes", "--mkg", str(bad)], str(bad), None


def _snapshot(path: Path | None) -> object:
    if path is None:
        return None
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    return path.read_bytes() if path.exists() else "absent"


@pytest.mark.parametrize("bad", CASES, ids=[c.name for c in CASES])
def test_bad_input_gets_one_line_naming_it_and_changes_nothing(bad: Case, good: Good, tmp_path: Path) -> None:
    argv, named, watch = bad.args(good, tmp_path)
    before, around = _snapshot(watch), sorted(p.name for p in tmp_path.iterdir())
    result = runner.invoke(app, argv, env=ENV)
    output = result.output
    assert result.exit_code in bad.codes, f"exit {result.exit_code}: {output}"
    assert "Traceback" not in output and not isinstance(result.exception, Exception | KeyboardInterrupt), output
    assert named in output, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert _snapshot(watch) == before, "the output path changed"
    assert sorted(p.name for p in tmp_path.iterdir()) == around, "something was left beside the output"


def test_the_catalogue_covers_every_command_that_reads_or_writes() -> None:
    covered = {" ".join(c.name.split(":")[0].split()[:2]) for c in CASES}
    expected = {"plan", "generate", "import", "validate", "build", "export", "release", "benchmark icd",
                "benchmark augment", "leaderboard validate", "leaderboard score", "leaderboard render", "publish",
                "kb sample", "kb codes", "generate --estimate", "batch export", "batch ingest", "ledger stats",
                "ledger export", "ledger prune"}
    assert expected <= covered, expected - covered


# ---- random damage -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean_generation(good: Good, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("clean") / "out"
    assert runner.invoke(app, gen(good.tasks, out)).exit_code == 0
    return {r["id"]: r["text"] for r in schema.read_notes(out).to_pylist()}


@settings(max_examples=FUZZ or 25, derandomize=FUZZ is None, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_tasks_table_is_read_right_or_refused(
    data: st.DataObject, good: Good, clean_generation: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    raw = bytearray(good.tasks.read_bytes())
    if data.draw(st.booleans(), label="truncate"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        for _ in range(data.draw(st.integers(1, 4), label="flips")):
            raw[data.draw(st.integers(0, len(raw) - 1), label="offset")] ^= 1 << data.draw(st.integers(0, 7), label="bit")
    d = tmp_path_factory.mktemp("damaged")
    tasks = d / "tasks.parquet"
    tasks.write_bytes(bytes(raw))
    result = runner.invoke(app, gen(tasks, d / "out"), env=ENV)
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception), result.output
    if result.exit_code == 0:  # the damage missed the data (statistics, padding): the notes must be the same
        assert {r["id"]: r["text"] for r in schema.read_notes(d / "out").to_pylist()} == clean_generation
    else:
        assert result.exit_code == 1 and str(tasks) in result.output, result.output
        assert not (d / "out").exists()


@settings(max_examples=FUZZ or 40, derandomize=FUZZ is None, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(min_size=1, max_size=12), where=st.integers(0, 10_000))
def test_junk_bytes_in_a_jsonl_file_are_one_line(junk: bytes, where: int, good: Good, tmp_path_factory: pytest.TempPathFactory) -> None:
    raw = good.dev.read_bytes()
    at = where % (len(raw) + 1)
    d = tmp_path_factory.mktemp("junk")
    path = d / "dev.jsonl"
    path.write_bytes(raw[:at] + junk + raw[at:])
    result = runner.invoke(app, imp("rumedtop3", path, d / "out"), env=ENV)
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception), result.output
    if result.exit_code != 0:
        assert result.exit_code == 1 and str(path) in result.output, result.output
        assert len([line for line in result.output.splitlines() if line.startswith("error:")]) == 1
        assert not (d / "out").exists()
