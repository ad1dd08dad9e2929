"""`medsyn generate` before it writes: the output rule, no lock-only folder, the endpoint probe (issue 9)."""

from __future__ import annotations

import json
import time

import pytest
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset.cli import app
from medsyn_dataset.config import check_base_url
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.openai_compat import EndpointError, probe_endpoint
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
    # a refused connection fails at once, not after the probe's timeout (15 s); 12, not 5: a loaded
    # machine may take a few seconds for the client alone
    assert time.perf_counter() - started < 12


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


# ---- after the merge with the generation engine (#12): several endpoints, admission, the manifest ----


def test_every_endpoint_is_probed_once_and_a_bad_one_is_named(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 12)
    with fake.FakeOpenAIServer(models=["m"]) as listed, fake.FakeOpenAIServer() as unlisted:
        summary = generate_notes(tasks, tmp_path / "out", "openai", model="m", base_url=(listed.base_url, unlisted.base_url),
                                 probe=True, ledger=False, concurrency=2, progress=False)
        listed_paths, pings = list(listed.paths), [r for r in unlisted.records if r.prompt == "ping"]
    assert summary.written == 12
    assert listed_paths.count(("GET", "/v1/models")) == 1  # the model list where there is one ...
    assert [r.body["max_tokens"] for r in pings] == [1]  # ... a one-token completion where there is none
    with fake.FakeOpenAIServer(models=["m"]) as gone:
        dead = gone.base_url
    with fake.FakeOpenAIServer(models=["m"]) as alive:
        with pytest.raises(EndpointError, match=f"endpoint {dead}: cannot connect"):
            generate_notes(tasks, tmp_path / "new", "openai", model="m", base_url=(alive.base_url, dead),
                           probe=True, ledger=False, progress=False)
        asked = [r for r in alive.records if r.prompt != "ping"]
    assert not asked and not (tmp_path / "new").exists()  # nothing sent, nothing written


def test_the_probe_starts_the_admission_ramp_informed(monkeypatch):
    import asyncio

    from medsyn_dataset.generation.admission import INITIAL_WINDOW
    from medsyn_dataset.generation.backends.openai_compat import OpenAICompatBackend

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")

    async def after_probe(base_url: str) -> tuple[float, float | None]:
        backend = OpenAICompatBackend("m", base_url, max_connections=64)
        try:
            await backend.probe()
            admission = backend.pool.endpoints[0].admission
            return admission.window, admission.wait_s(1)
        finally:
            await backend.aclose()

    with fake.FakeOpenAIServer() as unlimited, fake.FakeOpenAIServer(rpm=60, burst_s=1.0) as limited:
        open_window, _ = asyncio.run(after_probe(unlimited.base_url))
        ramp_window, wait = asyncio.run(after_probe(limited.base_url))
    assert open_window == 64  # no x-ratelimit headers: nothing to hold back for, as after a first answer
    assert ramp_window == INITIAL_WINDOW + 1  # stated limits: slow start goes on from the probe's answer
    assert wait is not None and wait > 0.5  # the probe took the one request of the bucket: the next one waits


def test_every_base_url_is_checked_before_anything_runs(tmp_path):
    from medsyn_dataset.generation.settings import GenerationSettings

    with pytest.raises(ValueError, match=r"--base-url 'localhost:8001/v1'"):
        GenerationSettings(base_url=("http://127.0.0.1:8000/v1", "localhost:8001/v1"))
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 2)
    result = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "o"), "--backend", "openai",
                                 "--model", "m", "--base-url", "http://127.0.0.1:8000/v1", "--base-url", "ftp://x/v1"])
    assert result.exit_code == 1 and "--base-url 'ftp://x/v1'" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


class _LooksBeforeAnswering:
    """A backend that notes, at its first request, what the output folder holds."""

    name, model = "looks", "looks"

    def __init__(self, out) -> None:
        self.out, self.seen = out, None

    async def generate(self, request):
        from medsyn_dataset.generation.backends.base import GenerationResult

        if self.seen is None:
            manifest = self.out / "manifest.json"
            self.seen = json.loads(manifest.read_text()) if manifest.exists() else {}
        return GenerationResult("Жалобы на кашель.", "stop", 5, 5, 0.0)

    async def aclose(self) -> None:
        return None


def test_the_manifest_is_written_before_the_first_request(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    backend = _LooksBeforeAnswering(tmp_path / "out")
    generate_notes(tasks, tmp_path / "out", backend, progress=False)
    # a kill -9 during the first request leaves a folder that is recognisably generate's: resumable
    assert backend.seen["written_by"] == "medsyn generate" and backend.seen["counts"]["done"] == 0


def test_ctrl_c_during_the_probe_is_exit_130_and_leaves_nothing(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    from support.fake_openai_server import Fault

    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    out = tmp_path / "out"
    with fake.FakeOpenAIServer(fault=lambda prompt, attempt: Fault("hang", hang_s=20) if prompt == "ping" else None) as server:
        cmd = [sys.executable, "-m", "medsyn_dataset.cli", "generate", "--tasks", tasks, "--out", str(out), "--backend",
               "openai", "--model", "m", "--base-url", server.base_url, "--no-ledger", "--no-progress"]
        proc = subprocess.Popen(cmd, env={**os.environ, "OPENAI_API_KEY": "sk-test"}, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 300  # only against a hang: start-up alone is slow on a loaded machine
        while not server.records and time.monotonic() < deadline:  # the probe is on its way
            assert proc.poll() is None, proc.stdout.read().decode()
            time.sleep(0.01)
        assert server.records, "the probe never reached the server"
        proc.send_signal(signal.SIGINT)
        output = proc.communicate(timeout=120)[0].decode()
    assert proc.returncode == 130, output
    assert "interrupted before any request was sent" in output and "Traceback" not in output
    assert not out.exists()
