"""Top-up: a larger plan (same config and seed, --total raised) continues an output folder with only its
new tasks, in `medsyn generate` and in `medsyn release`; a plan that changes a finished task is refused."""

from __future__ import annotations

import json

import pytest
from support import fake_openai_server as fake

from medsyn_dataset import schema
from medsyn_dataset.config import config_from_dict, load_config
from medsyn_dataset.generation.planner import plan_tasks, write_tasks
from medsyn_dataset.generation.runner import generate_notes
from medsyn_dataset.generation.taskfile import TasksMismatchError
from medsyn_dataset.release.run import ReleaseError, run_release


def test_a_larger_plan_requests_only_its_new_tasks(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    config = load_config("demo")
    small = write_tasks(plan_tasks(config, total=12), tmp_path / "small.parquet")
    large_table = plan_tasks(config, total=20)
    large = write_tasks(large_table, tmp_path / "large.parquet")
    out = tmp_path / "out"
    with fake.FakeOpenAIServer() as server:
        first = generate_notes(small, out, "openai", model="m", base_url=server.base_url, progress=False, ledger=False)
        asked_first = {r.prompt for r in server.records}
        second = generate_notes(large, out, "openai", model="m", base_url=server.base_url, progress=False, ledger=False)
        asked_second = {r.prompt for r in server.records} - asked_first
    small_ids = set(schema.read_table(small, "task").column("task_id").to_pylist())
    new = [t for t in large_table.to_pylist() if t["task_id"] not in small_ids]
    assert first.written == 12 and (second.done_before, second.written) == (12, 8)
    assert len(server.records) == 20 and asked_second == {t["prompt"] for t in new}
    ids = schema.read_notes(out).column("id").to_pylist()
    assert sorted(ids) == sorted(large_table.column("task_id").to_pylist())
    # another seed keeps the ids but changes every task: refused, nothing written
    other = write_tasks(plan_tasks(config, total=20, seed=99), tmp_path / "other.parquet")
    with pytest.raises(TasksMismatchError, match="another tasks file"):
        generate_notes(other, out, "template", progress=False)
    assert len(schema.read_notes(out)) == 20


def test_release_tops_up_when_notes_total_is_raised(tmp_path):
    base = {"name": "topup", "seed": 5, "codes": ["I10", "J06", "K29"], "notes": {"total": 9},
            "generation": {"backend": "template", "model": "template-composer", "params": {}, "shard_size": 4}}
    out = tmp_path / "rel"
    first = run_release(config_from_dict(base), out, progress=False, say=lambda msg: None)
    assert first.step("generate").status == "ran"
    bigger = config_from_dict({**base, "notes": {"total": 12}})
    second = run_release(bigger, out, progress=False, say=lambda msg: None)
    statuses = {s.name: s.status for s in second.steps}
    assert statuses == {"plan": "ran", "generate": "ran", "validate": "ran", "build": "ran"}
    work = tmp_path / "rel.work"
    result = json.loads((work / "generate.done").read_text("utf-8"))["result"]
    assert (result["done_before"], result["written"]) == (9, 3)  # only the new notes were generated
    manifest = json.loads((out / "release_manifest.json").read_text("utf-8"))
    kept = sum(manifest["rows"]["notes"].values())
    report = json.loads((out / "validation_report.json").read_text("utf-8"))
    assert report["rows"] == 12 and kept == 12 - report["decisions"]["drop"]
    # the same total with another seed is another plan: refused, the old notes stay
    with pytest.raises(ReleaseError, match="holds notes generated for another plan"):
        run_release(config_from_dict({**base, "seed": 6, "notes": {"total": 12}}), out, progress=False,
                    say=lambda msg: None)
    assert len(list((work / "generated").glob("part-*.parquet"))) >= 1

