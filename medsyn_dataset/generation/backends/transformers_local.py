"""A local Hugging Face causal LM, prompted through its chat template, batched and seeded (extra ``local``).

Requests from the runner's workers are collected into batches by one background task (up to
``batch_size`` requests, waiting at most ``batch_wait_s`` for a batch to fill) and each batch
runs ``model.generate`` in a thread (``asyncio.to_thread``), so the event loop stays responsive.
Requests with different sampling parameters never share a batch. Each batch is seeded with
``torch.manual_seed`` from its requests' seeds, so a run is reproducible for a given batch
composition (``batch_size=1`` makes every note depend on its own seed only).

torch and transformers are imported when the backend is created, never at module import.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult

DEFAULT_MAX_NEW_TOKENS = 1024


@dataclass
class _Pending:
    request: GenerationRequest
    future: asyncio.Future[GenerationResult]


def _sampling_key(params: dict[str, Any]) -> tuple[Any, ...]:
    return (
        int(params.get("max_tokens") or DEFAULT_MAX_NEW_TOKENS),
        float(params.get("temperature", 1.0) or 0.0),
        float(params.get("top_p", 1.0) or 1.0),
        params.get("top_k"),
        params.get("repetition_penalty"),
    )


def batch_seed(seeds: list[int]) -> int:
    """One torch seed for a batch, from its requests' seeds (order-sensitive, fits in 31 bits)."""
    return zlib.crc32(",".join(map(str, seeds)).encode()) & 0x7FFFFFFF


class TransformersBackend:
    name = "transformers"

    def __init__(
        self,
        model: str,
        *,
        batch_size: int = 8,
        batch_wait_s: float = 0.02,
        device: str | None = None,
        dtype: str | None = None,
        local_files_only: bool | None = None,
        trust_remote_code: bool = False,
    ) -> None:
        if not model:
            raise ValueError("the transformers backend needs --model: a local model folder or a Hub id")
        from medsyn_dataset.io import check_model_location

        check_model_location(model)
        try:
            import torch
            import transformers
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError("the transformers backend needs the `local` extra: pip install 'medsyn-dataset[local]'") from exc

        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.model = model
        self.batch_size = batch_size
        self.batch_wait_s = batch_wait_s
        self._torch = torch
        is_local = Path(model).is_dir()
        offline = local_files_only if local_files_only is not None else (is_local or _hub_offline())
        load_kwargs: dict[str, Any] = {"local_files_only": offline, "trust_remote_code": trust_remote_code}
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(model, **load_kwargs)
        except OSError as exc:  # an incomplete folder, or a Hub id that is not in the cache (offline)
            where = "the folder has no usable tokenizer/model files" if is_local else "not in the local Hugging Face cache"
            raise ValueError(f"{model}: cannot load the model ({where}: {type(exc).__name__})") from None
        if getattr(self.tokenizer, "chat_template", None) is None:
            raise ValueError(f"{model}: the tokenizer has no chat template (tokenizer_config.json 'chat_template')")
        # Decoder-only models must be left-padded for batched generation.
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        torch_dtype = getattr(torch, dtype) if dtype else None
        # Any: transformers' stubs type `.to()` on the auto class too narrowly for a device string.
        loaded: Any = transformers.AutoModelForCausalLM.from_pretrained(
            model, **load_kwargs, **({"dtype": torch_dtype} if torch_dtype is not None else {})
        )
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self._model: Any = loaded.to(self.device).eval()
        self._queue: asyncio.Queue[_Pending] | None = None
        self._worker: asyncio.Task[None] | None = None

    # --- the Backend protocol ---------------------------------------------------------------------

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        if self._worker is None or self._worker.done():
            self._queue = asyncio.Queue()
            self._worker = asyncio.create_task(self._batch_loop(), name="transformers-batcher")
        future: asyncio.Future[GenerationResult] = asyncio.get_running_loop().create_future()
        assert self._queue is not None
        await self._queue.put(_Pending(request, future))
        return await future

    async def aclose(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None

    # --- batching ---------------------------------------------------------------------------------

    async def _batch_loop(self) -> None:
        assert self._queue is not None
        queue = self._queue
        held: list[_Pending] = []
        while True:
            batch = held or [await queue.get()]
            held = []
            deadline = time.monotonic() + self.batch_wait_s
            while len(batch) < self.batch_size:
                timeout = deadline - time.monotonic()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(queue.get(), timeout))
                except TimeoutError:
                    break
            key = _sampling_key(batch[0].request.params)
            same = [p for p in batch if _sampling_key(p.request.params) == key]
            held = [p for p in batch if _sampling_key(p.request.params) != key]
            live = [p for p in same if not p.future.cancelled()]
            if not live:
                continue
            try:
                results = await asyncio.to_thread(self._generate_batch, [p.request for p in live])
            except Exception as exc:  # report on every request of the batch, never raise into the runner
                results = [
                    GenerationResult(text=None, finish_reason="error", error=f"{type(exc).__name__}: {exc}")
                ] * len(live)
            for pending, result in zip(live, results, strict=True):
                if not pending.future.done():
                    pending.future.set_result(result)

    def _generate_batch(self, requests: list[GenerationRequest]) -> list[GenerationResult]:
        torch = self._torch
        started = time.perf_counter()
        prompts = [
            self.tokenizer.apply_chat_template(_messages(r), tokenize=False, add_generation_prompt=True)
            for r in requests
        ]
        encoded = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        max_new, temperature, top_p, top_k, repetition_penalty = _sampling_key(requests[0].params)
        sampling: dict[str, Any] = {"do_sample": temperature > 0}
        if temperature > 0:
            sampling.update(temperature=temperature, top_p=top_p)
            if top_k is not None:
                sampling["top_k"] = int(top_k)
        if repetition_penalty is not None:
            sampling["repetition_penalty"] = float(repetition_penalty)
        torch.manual_seed(batch_seed([r.seed for r in requests]))
        with torch.no_grad():
            output = self._model.generate(
                **encoded,
                max_new_tokens=max_new,
                pad_token_id=self.tokenizer.pad_token_id,
                eos_token_id=self.tokenizer.eos_token_id,
                **sampling,
            )
        latency = time.perf_counter() - started
        prompt_len = encoded["input_ids"].shape[1]
        prompt_tokens = encoded["attention_mask"].sum(dim=1).tolist()
        eos = self.tokenizer.eos_token_id
        results = []
        for row, new_tokens in enumerate(output[:, prompt_len:].tolist()):
            stopped = eos is not None and eos in new_tokens
            if stopped:
                new_tokens = new_tokens[: new_tokens.index(eos)]
            results.append(
                GenerationResult(
                    text=str(self.tokenizer.decode(new_tokens, skip_special_tokens=True)).strip(),
                    finish_reason="stop" if stopped or len(new_tokens) < max_new else "length",
                    prompt_tokens=int(prompt_tokens[row]),
                    completion_tokens=len(new_tokens) + (1 if stopped else 0),
                    latency_s=latency,
                    model=self.model,
                )
            )
        return results


def _messages(request: GenerationRequest) -> list[dict[str, str]]:
    messages = []
    if request.system_prompt:
        messages.append({"role": "system", "content": request.system_prompt})
    messages.append({"role": "user", "content": request.prompt})
    return messages


def _hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes"}


def create(model: str | None = None, **opts: Any) -> TransformersBackend:
    return TransformersBackend(model or "", **opts)
