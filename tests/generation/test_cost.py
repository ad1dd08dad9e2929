"""Cost governance: the --budget cap (never exceeded, clean stop, the rerun continues) and --estimate
(sends nothing, writes nothing, per-code tokens and cost, done tasks and ledger hits left out)."""

from __future__ import annotations

import asyncio
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset.cli import app
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.budget import BudgetError
from medsyn_dataset.generation.ledger import Ledger, default_ledger_path
from medsyn_dataset.generation.pricing import Price
from medsyn_dataset.generation.runner import generate_notes
from medsyn_dataset.generation.settings import BatchSettings
from medsyn_dataset.generation.tokens import approx_prompt_tokens, max_prompt_tokens

PRICE = Price(prompt_per_1k=1.0, completion_per_1k=3.0)
MAX_TOKENS = 200


class RandomLength:
    """Answers with a random completion length up to max_tokens, and a prompt count under the byte bound."""

    name = "random-length"

    def __init__(self, seed: int, model: str = "priced") -> None:
        self.model = model
        self.rng = random.Random(seed)
        self.calls = 0

    def payload(self, request: GenerationRequest) -> dict:
        return {"url": "/v1/chat/completions", "body": {"model": self.model, "prompt": request.prompt,
                                                        "seed": request.seed}}

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        self.calls += 1
        await asyncio.sleep(self.rng.uniform(0, 0.003))
        prompt = approx_prompt_tokens(request.system_prompt, request.prompt)
        return GenerationResult("Жалобы на кашель. " * 3, "stop", prompt, self.rng.randint(1, MAX_TOKENS), 0.0)

    async def aclose(self) -> None:
        return None


def _worst(task: dict) -> float:
    return PRICE.cost(max_prompt_tokens(task["system_prompt"], task["prompt"]), MAX_TOKENS)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(budget_share=st.floats(0.05, 1.2), concurrency=st.integers(1, 12), seed=st.integers(0, 1000))
def test_the_budget_is_never_exceeded_and_the_run_stops_only_when_the_next_request_cannot_fit(
    tmp_path_factory, budget_share, concurrency, seed
):
    tmp = tmp_path_factory.mktemp("budget")
    tasks = fake.write_tasks(tmp / "tasks.parquet", 40, params={"max_tokens": MAX_TOKENS})
    worst = _worst(fake.task_rows(40)[0])
    budget = budget_share * 40 * worst
    summary = generate_notes(tasks, tmp / "out", RandomLength(seed), progress=False, budget_usd=budget,
                             concurrency=concurrency, price_table={"priced": PRICE}, ledger=tmp / "l.sqlite3")
    assert summary.spent_usd <= budget + 1e-9
    with Ledger(tmp / "l.sqlite3") as ledger:
        assert ledger.spent(str((tmp / "out").resolve())) <= budget + 1e-9
    if summary.budget_exhausted:
        assert summary.exit_code == 5 and summary.skipped > 0
        assert budget - summary.spent_usd < worst  # it stopped because the next worst case did not fit
    else:
        assert summary.written == 40 and summary.exit_code == 0


def test_budget_stop_then_rerun_with_a_higher_budget_continues_over_the_fake_server(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 30, params={"max_tokens": 64})
    prices = {"fake-model": {"prompt_per_1k": 1.0, "completion_per_1k": 2.0}}
    worst = (max_prompt_tokens("Ты врач. Пиши без приветствий.", "Напиши короткую запись приёма. Задание t000000.")
             * 1.0 + 64 * 2.0) / 1000
    runner = CliRunner()
    with fake.FakeOpenAIServer() as server:
        def run(budget: float):  # type: ignore[no-untyped-def]
            return runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "out"), "--backend",
                                       "openai", "--model", "fake-model", "--base-url", server.base_url,
                                       "--price-table", _write(tmp_path / "p.json", prices), "--budget", str(budget),
                                       "--concurrency", "4", "--no-progress"])

        first = run(10 * worst)
        after_first = len(server.records)
        same = run(10 * worst)  # the folder's budget is spent: nothing is sent
        after_same = len(server.records)
        more = run(100 * worst)
        done = run(100 * worst)  # nothing left: nothing to price or cap, the manifest keeps its backend
    assert done.exit_code == 0, done.output
    assert first.exit_code == 5, first.output
    assert "budget reached" in first.output and "higher --budget" in first.output
    assert 10 <= after_first < 30  # actual answers are cheaper than the worst case: more than 10 fit
    assert same.exit_code == 5 and after_same == after_first
    assert more.exit_code == 0, more.output
    # every task asked once over the three runs; besides them, the probe of each run that sent something
    # (`medsyn generate` probes an endpoint before it sends; the spent-budget run sends nothing at all)
    assert len([r for r in server.records if r.prompt != "ping"]) == 30
    assert [r.body.get("max_tokens") for r in server.records if r.prompt == "ping"] == [1, 1]
    manifest = shards.read_manifest(tmp_path / "out")
    spends = [run_["cost"] for run_ in manifest["runs"][:3]]
    assert spends[0] <= 10 * worst and spends[1] == 0.0
    assert manifest["spend"]["usd"] == pytest.approx(sum(spends))
    assert manifest["spend"]["budget_usd"] == pytest.approx(100 * worst)
    assert manifest["backend"] == "openai" and manifest["model"] == "fake-model"


def test_a_budget_needs_a_price_and_max_tokens(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3, params={"temperature": 0.5})
    with pytest.raises(BudgetError, match="needs a price"):
        generate_notes(tasks, tmp_path / "a", RandomLength(0, model="unpriced"), progress=False, budget_usd=1.0)
    with pytest.raises(BudgetError, match="max_tokens"):
        generate_notes(tasks, tmp_path / "b", RandomLength(0), progress=False, budget_usd=1.0,
                       price_table={"priced": PRICE})
    with pytest.raises(ValueError, match="--batch needs the openai backend"):
        generate_notes(tasks, tmp_path / "c", "template", progress=False, batch=BatchSettings())
    for refused in ("a", "b", "c"):  # refused before anything was written
        assert not (tmp_path / refused / shards.MANIFEST_FILE).exists()
        assert not (tmp_path / refused / shards.FAILURES_FILE).exists()


def _write(path, obj) -> str:  # type: ignore[no-untyped-def]
    path.write_text(json.dumps(obj), encoding="utf-8")
    return str(path)


def test_estimate_sends_nothing_writes_nothing_and_counts_per_code(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 12, params={"max_tokens": 100})
    runner = CliRunner()
    with fake.FakeOpenAIServer() as server:
        result = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "out"), "--backend",
                                     "openai", "--model", "gpt-4o-mini", "--base-url", server.base_url, "--estimate"])
        assert result.exit_code == 0, result.output
        assert server.paths == []  # not one request, to any endpoint
    assert not (tmp_path / "out").exists() and not default_ledger_path().exists()
    rows = fake.task_rows(12)
    prompt = sum(approx_prompt_tokens(t["system_prompt"], t["prompt"]) for t in rows)
    assert "nothing was sent" in result.output
    for code in ("J06", "K29", "I10", "E11"):
        assert code in result.output
    total = next(line for line in result.output.splitlines() if "total" in line)
    assert f"{prompt:,}" in total and "1,200" in total  # 12 x max_tokens 100
    online = (prompt * 0.00015 + 1200 * 0.0006) / 1000  # the built-in gpt-4o-mini prices
    assert f"{online:,.4f}" in total and f"{online / 2:,.4f}" in total
    assert "built-in OpenAI list prices" in result.output


def test_estimate_leaves_out_done_tasks_and_ledger_hits_and_learns_the_completion_length(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 10, params={"max_tokens": 100})
    with fake.FakeOpenAIServer() as server:
        generate_notes(tasks, tmp_path / "a", "openai", model="m", base_url=server.base_url, limit=4, progress=False)
    runner = CliRunner()
    same = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "a"), "--backend", "openai",
                               "--model", "m", "--estimate"])
    other = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "b"), "--backend", "openai",
                                "--model", "m", "--estimate"])
    assert same.exit_code == 0 and other.exit_code == 0, same.output + other.output
    assert "4 already in the output folder" in same.output and "6 to request" in same.output
    assert "0 already in the output folder; 4 answered in the ledger (free); 6 to request" in other.output
    assert "mean of 4 answers of m in the ledger" in other.output
    assert "costs n/a" in other.output  # no price for model "m"


def test_estimate_with_a_local_tokenizer(tmp_path):
    tokenizers = pytest.importorskip("tokenizers")
    from tokenizers import models, pre_tokenizers

    tok = tokenizers.Tokenizer(models.WordLevel({"[UNK]": 0}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.save(str(tmp_path / "tokenizer.json"))
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 4, params={"max_tokens": 10})
    result = CliRunner().invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "o"), "--backend", "openai",
                                      "--model", "m", "--estimate", "--tokenizer", str(tmp_path)])
    assert result.exit_code == 0, result.output
    words = sum(len(pre_tokenizers.Whitespace().pre_tokenize_str(t["prompt"]))
                + len(pre_tokenizers.Whitespace().pre_tokenize_str(t["system_prompt"])) for t in fake.task_rows(4))
    total = next(line for line in result.output.splitlines() if "total" in line)
    assert f"{words + 4 * 11:,}" in total  # real token counts + the chat overhead per request
    assert f"tokenizer {tmp_path}" in result.output
