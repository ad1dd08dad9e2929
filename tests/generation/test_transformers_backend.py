"""The local transformers backend on a tiny random Llama built in a temp dir (nothing is downloaded)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from support import fake_openai_server as fake
from support.tiny_llama import build_tiny_llama

from medsyn_dataset.generation.backends.base import GenerationRequest

pytestmark = pytest.mark.local


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    return build_tiny_llama(tmp_path_factory.mktemp("tiny-llama"))


def _request(i: int, seed: int, **params) -> GenerationRequest:
    return GenerationRequest(
        task_id=f"t{i}", system_prompt="ты врач пиши без приветствий",
        prompt="напиши короткую запись приёма задание" + " кашель" * (i % 3),
        params=params or {"max_tokens": 6, "temperature": 1.0}, seed=seed,
    )


def _generate(backend, requests):
    async def go():
        try:
            return await asyncio.gather(*(backend.generate(r) for r in requests))
        finally:
            await backend.aclose()

    return asyncio.run(go())


def test_batched_seeded_generation_from_a_local_folder(tiny_model, monkeypatch):
    from medsyn_dataset.generation.backends.registry import create_backend

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    backend = create_backend("transformers", model=str(tiny_model), batch_size=4)
    calls = []
    original = backend._generate_batch
    backend._generate_batch = lambda reqs: calls.append(len(reqs)) or original(reqs)
    results = _generate(backend, [_request(i, seed=i) for i in range(6)])
    assert sorted(calls, reverse=True) == [4, 2]  # batched, never more than batch_size
    for result in results:
        assert result.error is None and result.text
        assert result.finish_reason == "length" and result.completion_tokens == 6
        assert result.prompt_tokens > 10 and result.model == str(tiny_model)
    # the same request with the same seed alone gives the same text; another seed, another text
    once = create_backend("transformers", model=str(tiny_model), batch_size=1)
    a, b = _generate(once, [_request(0, seed=5), _request(0, seed=5)])
    assert a.text == b.text
    texts = {r.text for r in _generate(create_backend("transformers", model=str(tiny_model), batch_size=1),
                                       [_request(0, seed=s) for s in range(5, 10)])}
    assert len(texts) > 1


def test_eos_stops_and_runner_writes_notes(tiny_model, tmp_path, monkeypatch):
    """With the model nudged to emit </s> after two tokens, finish_reason is 'stop' and notes are written."""
    import torch

    from medsyn_dataset import schema
    from medsyn_dataset.generation.backends.transformers_local import TransformersBackend
    from medsyn_dataset.generation.runner import generate_notes

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    backend = TransformersBackend(str(tiny_model), batch_size=3)
    tok = backend.tokenizer
    specials = [tok.pad_token_id, tok.unk_token_id, tok.bos_token_id]
    steps = {"n": 0}

    def count(module, inputs):
        # the embedding sees the whole prompt on prefill (a new generate call), one token per step after
        steps["n"] = 0 if inputs[0].shape[1] > 1 else steps["n"] + 1

    def nudge(module, inputs, output):
        output = output.clone()
        output[..., specials] -= 100.0
        output[..., tok.eos_token_id] += 100.0 if steps["n"] >= 2 else -100.0
        return output

    backend._model.get_input_embeddings().register_forward_pre_hook(count)
    backend._model.lm_head.register_forward_hook(nudge)
    (result,) = _generate(backend, [_request(1, seed=1, max_tokens=10, temperature=0)])
    assert result.finish_reason == "stop" and result.completion_tokens == 3  # two words + </s>
    assert len(result.text.split()) == 2

    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 5, params={"max_tokens": 10, "temperature": 0})
    summary = generate_notes(tasks, tmp_path / "out", backend, concurrency=5, shard_size=2, progress=False)
    assert summary.written == 5 and summary.failed == 0
    notes = schema.read_notes(tmp_path / "out").to_pylist()
    assert {n["generation"]["backend"] for n in notes} == {"transformers"}
    assert all(n["generation"]["finish_reason"] == "stop" and n["text"] for n in notes)
    assert torch is not None
