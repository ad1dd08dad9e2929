"""A toy backend a user might add (one module + one entry in ``generation/backends/registry.py``).

It writes each note with the offline composer and answers as backend ``echo``, so a release made
with it passes validation; tests register it with ``monkeypatch.setitem(BACKENDS, "echo", ...)``.
"""

from __future__ import annotations

from typing import Any

from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.backends.template import compose_note

ENTRY = "support.echo_backend:create"


class EchoBackend:
    name = "echo"

    def __init__(self, model: str | None = None) -> None:
        self.model = model or "echo-1"

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        return GenerationResult(text=compose_note(request.task, request.seed), finish_reason="stop", model=self.model)

    async def aclose(self) -> None:
        return None


def create(model: str | None = None, **kwargs: Any) -> EchoBackend:
    return EchoBackend(model=model)
