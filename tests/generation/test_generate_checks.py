"""`medsyn generate` before it writes: the output rule, no lock-only folder, the endpoint probe (issue 9)."""

from __future__ import annotations

import json
import time

import pytest
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset.cli import app
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.openai_compat import EndpointError, check_base_url, probe_endpoint
from medsyn_dataset.generation.runner import generate_notes
from medsyn_dataset.outputs import OutputRefusedError

runner = CliRunner()
KEY = "sk-good-key-123"


def test_a_failed_start_leaves_no_folder_and_no_lock(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    with pytest.raises(ValueError, match="unknown backend"):
        generate_notes(tasks, tmp_path / "new", "nope", progress=False)
    assert not (tmp_path / "new").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="unknown backend"):
        generate_notes(tasks, tmp_path / "empty", "nope", progress=False)
    assert list((tmp_path / "empty").iterdir()) == []  # as it was: empty, no .lock


def test_output_rule_for_generate(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep")
    with pytest.raises(OutputRefusedError, match="not written by `medsyn generate`"):
        generate_notes(tasks, mine, "template", progress=False)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    (tmp_path / "afile").write_text("keep")
    with pytest.raises(OutputRefusedError, match="is a file"):
        generate_notes(tasks, tmp_path / "afile", "template", progress=False)
    out = tmp_path / "out"
    first = generate_notes(tasks, out, "template", progress=False)
    assert first.written == 3
    assert json.loads((out / "manifest.json").read_text())["written_by"] == "medsyn generate"
    again = generate_notes(tasks, out, "template", progress=False)  # its own folder: resumed
    assert again.done_before == 3 and again.written == 0


def test_base_url_shape_is_checked_up_front():
    assert check_base_url("http://127.0.0.1:8000/v1") == "http://127.0.0.1:8000/v1"
    for bad in ("localhost:8000/v1", "127.0.0.1:8000", "ftp://host/v1", "http:///v1", "http://host:99999/v1",
                "http://ho st/v1", "http://host/v1?x=1"):
        with pytest.raises(ValueError, match="--base-url"):
            check_base_url(bad)


def test_probe_names_a_dead_endpoint_a_refused_key_and_an_unknown_model(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with fake.FakeOpenAIServer(api_key=KEY, models=["served-model"]) as server:
        probe_endpoint("served-model", server.base_url, api_key=KEY)
        with pytest.raises(EndpointError, match="API key was refused"):
            probe_endpoint("served-model", server.base_url, api_key="sk-wrong")
        with pytest.raises(EndpointError, match=r"model 'other' is not served there \(it serves: served-model\)"):
            probe_endpoint("other", server.base_url, api_key=KEY)
    with fake.FakeOpenAIServer(api_key=KEY) as server:  # no model list: a one-token completion instead
        probe_endpoint("any", server.base_url, api_key=KEY)
        assert [r.body.get("max_tokens") for r in server.records] == [1]
        with pytest.raises(EndpointError, match="API key was refused"):
            probe_endpoint("any", server.base_url, api_key="sk-wrong")
    with fake.FakeOpenAIServer(models=["m"]) as server:
        dead = server.base_url
    started = time.perf_counter()
    with pytest.raises(EndpointError, match="cannot connect"):
        probe_endpoint("m", dead, api_key=KEY)
    assert time.perf_counter() - started < 5


def test_cli_generate_probes_before_writing(tmp_path, monkeypatch):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 4)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-wrong")
    with fake.FakeOpenAIServer(api_key=KEY, models=["m"]) as server:
        refused = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "o"), "--backend", "openai",
                                      "--model", "m", "--base-url", server.base_url, "--no-progress"])
        unknown = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "o"), "--backend", "openai",
                                      "--model", "gpt-nope", "--base-url", server.base_url, "--no-progress"],
                                env={"OPENAI_API_KEY": KEY})
        ok = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "o"), "--backend", "openai",
                                 "--model", "m", "--base-url", server.base_url, "--no-progress"],
                           env={"OPENAI_API_KEY": KEY})
        chat_requests = [r for r in server.records if r.body.get("messages")]
    assert refused.exit_code == 1 and "API key was refused" in refused.output and "sk-wrong" not in refused.output
    assert unknown.exit_code == 1 and "'gpt-nope' is not served there" in unknown.output
    assert "Traceback" not in refused.output + unknown.output
    assert ok.exit_code == 0, ok.output
    assert len(chat_requests) == 4  # the probe asked for the model list, not for a completion
    malformed = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "p"), "--backend", "openai",
                                    "--model", "m", "--base-url", "localhost:8000/v1"])
    assert malformed.exit_code == 1 and "--base-url 'localhost:8000/v1'" in malformed.output
    assert not (tmp_path / "p").exists()
    assert not shards.list_shards(tmp_path / "p")
