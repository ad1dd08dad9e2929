"""The interface every backend implements: one request in, one result out, async.

The runner owns concurrency, rate limits, retries of the *run* (failed tasks are retried on the
next run), sharding and provenance; a backend only turns a request into text. A backend never
raises for a failed generation: it returns a :class:`GenerationResult` with ``error`` set, so the
runner can put the task into the failures table. (Retries of transient HTTP errors inside one
request, with backoff, are the backend's business.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    task_id: str
    system_prompt: str
    prompt: str
    params: dict[str, Any]  # temperature, top_p, max_tokens, ... (backend-specific keys pass through)
    seed: int
    task: dict[str, Any] = field(default_factory=dict)  # the whole task row (TASK_SCHEMA), for composers


@dataclass(slots=True)
class GenerationResult:
    text: str | None
    finish_reason: str | None = None  # "stop", "length", "content_filter", "error", ...
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_s: float | None = None
    model: str | None = None  # the model that actually answered, if the backend reports it
    error: str | None = None  # set when the generation failed; ``text`` is then ignored
    attempts: int | None = None  # requests made for this result, retries included (None: one)
    from_ledger: bool = False  # served from the request ledger: nothing was sent, nothing was paid

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.text and self.text.strip())


@runtime_checkable
class Backend(Protocol):
    name: str  # "openai" | "transformers" | "template" | ...
    model: str

    async def generate(self, request: GenerationRequest) -> GenerationResult: ...

    async def aclose(self) -> None: ...
