"""One settings object for a generation run: what `medsyn generate`, `medsyn release` and the API share.

Before, the same sixteen keyword arguments were spelled out in four places (both runner entry
points, the CLI and the release); now each caller builds a :class:`GenerationSettings` and the
runner, the backends and the cost governance read what they need from it. Defaults that belong to
one backend stay in that backend: ``timeout_s`` and ``max_retries`` are ``None`` here, meaning "the
backend's own default" (120 s and 6 retries for the OpenAI-compatible backend, see
:mod:`.backends.openai_compat`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from medsyn_dataset.config import GenerationConfig
    from medsyn_dataset.generation.pricing import PriceTable

#: The OpenAI Batch API's limits per batch (https://platform.openai.com/docs/guides/batch).
BATCH_MAX_REQUESTS = 50_000
BATCH_MAX_BYTES = 200 * 1024 * 1024
#: The fields of a release config's ``generation`` section that are run settings too, under the
#: same names (the others plan the tasks); :meth:`GenerationSettings.from_config` copies these.
CONFIG_FIELDS: tuple[str, ...] = (
    "model", "base_url", "concurrency", "shard_size", "requests_per_minute", "tokens_per_minute",
    "timeout_s", "max_retries", "price_table",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """How `medsyn generate --batch` uses the OpenAI Batch API (Files + Batches endpoints)."""

    max_requests: int = BATCH_MAX_REQUESTS  # requests per batch file
    max_bytes: int = BATCH_MAX_BYTES  # bytes per batch file
    poll_interval_s: float = 30.0  # between two status checks of the open batches
    completion_window: str = "24h"
    max_resubmits: int = 3  # rounds in which failed or expired lines are sent again

    def __post_init__(self) -> None:
        _check(self.max_requests >= 1, f"batch max_requests must be >= 1, got {self.max_requests}")
        _check(self.max_bytes >= 1024, f"batch max_bytes must be >= 1024, got {self.max_bytes}")
        _check(self.poll_interval_s > 0, f"batch poll_interval_s must be > 0, got {self.poll_interval_s}")
        _check(self.max_resubmits >= 0, f"batch max_resubmits must be >= 0, got {self.max_resubmits}")


@dataclass(frozen=True, slots=True)
class RaySettings:
    """How `medsyn generate --executor ray` places the backend on a Ray cluster (:mod:`.ray_executor`).

    ``actors``: how many copies of the backend (default: openai one per endpoint, the others one per
    node of the cluster); ``gpus_per_actor``: GPUs each copy reserves (the transformers backend on a
    GPU cluster: 1, so Ray puts one model on each GPU).
    """

    actors: int | None = None
    gpus_per_actor: float = 0.0

    def __post_init__(self) -> None:
        _check(self.actors is None or self.actors >= 1, f"ray actors must be >= 1, got {self.actors}")
        _check(self.gpus_per_actor >= 0, f"ray gpus_per_actor must be >= 0, got {self.gpus_per_actor}")


@dataclass(frozen=True, slots=True)
class GenerationSettings:
    """Everything a run needs besides its tasks file, output folder and backend.

    ``base_url`` is one OpenAI-compatible endpoint or several (requests are spread over them by
    free capacity); :attr:`endpoints` is always the tuple. ``concurrency`` is the most requests in
    flight per endpoint; with ``adaptive`` the OpenAI backend opens up to it with a start-up ramp and
    AIMD on 429s and ``x-ratelimit-*`` headers, without it every slot is used from the start.
    ``ledger``: a SQLite file, ``None`` for the default (``$MEDSYN_LEDGER`` or the user's cache
    folder), ``False`` to run without one. ``budget_usd`` caps the total spend of the output folder
    over all its runs. ``batch`` switches the OpenAI backend to the Batch API. ``probe``: before the
    first task, a backend that can (the OpenAI one) asks each endpoint once whether it answers,
    accepts the key and serves the model, so a dead server fails in seconds, not after minutes of
    retries; `medsyn generate` and `medsyn release` turn it on, the library leaves it to the caller.
    ``ray``: run the backend's requests on Ray actors (``None``: in this process); everything else
    (ledger, budget, rate limits, shards, manifest) stays in this process.
    Every base URL must be an ``http(s)://HOST[:PORT]/PATH`` URL (checked here, before anything runs).
    """

    model: str | None = None
    base_url: str | tuple[str, ...] | None = None
    concurrency: int = 16
    adaptive: bool = True
    limit: int | None = None
    shard_size: int = 1000
    requests_per_minute: float | None = None
    tokens_per_minute: float | None = None
    prompt_tokens_per_minute: float | None = None
    completion_tokens_per_minute: float | None = None
    timeout_s: float | None = None  # None: the backend's default
    max_retries: int | None = None  # None: the backend's default
    backend_options: Mapping[str, Any] = field(default_factory=dict)
    price_table: PriceTable | str | os.PathLike[str] | Mapping[str, Any] | None = None
    run_name: str | None = None
    ledger: str | os.PathLike[str] | bool | None = None
    budget_usd: float | None = None
    batch: BatchSettings | None = None
    probe: bool = False
    ray: RaySettings | None = None

    def __post_init__(self) -> None:
        if isinstance(self.base_url, list):
            object.__setattr__(self, "base_url", tuple(self.base_url))
        from medsyn_dataset.config import check_base_url

        for url in self.endpoints:
            check_base_url(url)
        _check(self.concurrency >= 1, f"concurrency must be >= 1, got {self.concurrency}")
        _check(self.limit is None or self.limit >= 0, f"limit must be >= 0, got {self.limit}")
        _check(self.shard_size >= 1, f"shard size must be >= 1, got {self.shard_size}")
        for name in ("requests_per_minute", "tokens_per_minute", "prompt_tokens_per_minute",
                     "completion_tokens_per_minute", "timeout_s"):
            value = getattr(self, name)
            _check(value is None or value > 0, f"{name} must be > 0, got {value}")
        _check(self.max_retries is None or self.max_retries >= 0, f"max_retries must be >= 0, got {self.max_retries}")
        _check(self.budget_usd is None or self.budget_usd >= 0, f"budget must be >= 0 USD, got {self.budget_usd}")
        _check(self.batch is None or self.ray is None,
               "--batch and --executor ray don't combine: the Batch API is driven from this machine, no actors needed")
        _check(self.ledger is not True, "ledger: give a path, None (the default ledger) or False (no ledger)")

    @property
    def endpoints(self) -> tuple[str, ...]:
        if self.base_url is None:
            return ()
        return (self.base_url,) if isinstance(self.base_url, str) else tuple(self.base_url)

    @property
    def workers(self) -> int:
        """Requests the runner keeps in flight at most: ``concurrency`` per endpoint."""
        return self.concurrency * max(1, len(self.endpoints))

    def replace(self, **changes: Any) -> GenerationSettings:
        """A copy with ``changes`` (field names; an unknown one is a TypeError naming it)."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise TypeError(f"unknown generation setting(s): {', '.join(unknown)}")
        return dataclasses.replace(self, **changes)

    def ledger_path(self) -> Path | None:
        """The ledger file this run uses, or ``None`` when it runs without one."""
        if self.ledger is False or self.ledger is True:
            return None
        if self.ledger is not None:
            return Path(self.ledger)
        from medsyn_dataset.generation.ledger import default_ledger_path

        return default_ledger_path()

    @classmethod
    def from_config(cls, gen: GenerationConfig, **changes: Any) -> GenerationSettings:
        """The runtime settings of a release config's ``generation`` section (plus ``changes``)."""
        settings = cls(**{name: getattr(gen, name) for name in CONFIG_FIELDS})
        return settings.replace(**changes) if changes else settings


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise ValueError(message)
