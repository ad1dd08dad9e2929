"""The OpenAI Files and Batches endpoints, as the Batch API processor needs them (thin, with retries).

Transient errors (connection, timeout, 429, 5xx) are retried with backoff; anything else raises.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

#: Batch states after which nothing changes any more.
TERMINAL = frozenset({"completed", "expired", "failed", "cancelled"})
#: The files of a batch, by id; a batch that has none yet (or an SDK without the field) gives None.
FILE_ID_FIELDS = ("input_file_id", "output_file_id", "error_file_id")


@dataclass
class BatchInfo:
    id: str
    status: str
    input_file_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def done(self) -> bool:
        return self.status in TERMINAL

    @classmethod
    def of(cls, batch: Any) -> BatchInfo:
        errors = getattr(getattr(batch, "errors", None), "data", None) or []
        counts = getattr(batch, "request_counts", None)
        return cls(
            id=batch.id,
            status=batch.status,
            **{key: getattr(batch, key, None) for key in FILE_ID_FIELDS},
            errors=[f"{getattr(e, 'code', '?')}: {getattr(e, 'message', '')}" for e in errors],
            counts={k: int(getattr(counts, k, 0) or 0) for k in ("total", "completed", "failed")} if counts else {},
        )


class BatchAPI:
    """Files + Batches calls on one ``openai.AsyncOpenAI`` client."""

    def __init__(
        self,
        client: Any,
        *,
        attempts: int = 5,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        import openai

        self._client = client
        self._errors = openai
        self._attempts = attempts
        self._sleep = sleep

    async def upload(self, name: str, data: bytes) -> str:
        file = await self._call(self._client.files.create, file=(name, data, "application/jsonl"), purpose="batch")
        return str(file.id)

    async def create(self, input_file_id: str, endpoint: str, window: str, metadata: dict[str, str]) -> BatchInfo:
        batch = await self._call(
            self._client.batches.create,
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=window,
            metadata=metadata,
        )
        return BatchInfo.of(batch)

    async def retrieve(self, batch_id: str) -> BatchInfo:
        return BatchInfo.of(await self._call(self._client.batches.retrieve, batch_id))

    async def find(self, input_file_id: str, max_batches: int = 2000) -> BatchInfo | None:
        """The batch made from ``input_file_id``, if one exists (a run killed between upload and record)."""
        seen = 0
        async for batch in self._client.batches.list(limit=100):
            if batch.input_file_id == input_file_id:
                return BatchInfo.of(batch)
            seen += 1
            if seen >= max_batches:
                break
        return None

    async def download(self, file_id: str) -> bytes:
        content = await self._call(self._client.files.content, file_id)
        return bytes(content.content)

    async def _call(self, method: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> Any:
        errors = self._errors
        for attempt in range(1, self._attempts + 1):
            try:
                return await method(*args, **kwargs)
            except errors.APIStatusError as exc:
                if attempt == self._attempts or not (exc.status_code == 429 or exc.status_code >= 500):
                    raise
            except (errors.APIConnectionError, errors.APITimeoutError):
                if attempt == self._attempts:
                    raise
            await self._sleep(random.uniform(0.0, min(30.0, 0.5 * 2**attempt)))
        raise AssertionError("unreachable")  # pragma: no cover
