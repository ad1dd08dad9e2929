"""`medsyn generate --executor ray`: the backend's requests answered by Ray actors, the run kept here.

The runner does not change: it sees one more :class:`~.backends.base.Backend`, a
:class:`RayBackend`, whose :meth:`~RayBackend.generate` sends the request to one of its actors and
awaits the answer. Each :class:`_BackendActor` builds the real backend once, on its node: the
transformers backend loads its model once per actor (and batches the requests that actor holds);
the OpenAI-compatible backend gets its share of the ``--base-url`` endpoints (round robin), so
each node drives its own servers with its own adaptive admission. Everything else stays in the
driver process, exactly as with the local executor: the tasks table, resume, the request ledger,
the ``--budget`` meter, the ``--rpm``/``--tpm`` limits, the note rows, the shards, failures and the
manifest. So the output folder is the one the local executor writes (same rows, same shard layout;
texts equal for deterministic backends), and the ledger's SQLite file is only ever opened by the
driver, never by several nodes.

Ray connects to the cluster named by ``RAY_ADDRESS`` (``ray start --head`` on one node, ``ray start
--address HEAD:6379`` on the others) or, when it is unset, starts a Ray instance on this machine.
The package (and the backend's extra) must be installed on every node, and a transformers model
folder must be at the same path on each. Ray is the optional ``ray`` extra, imported here only.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from medsyn_dataset._lazy import connect_ray, import_optional
from medsyn_dataset.generation.backends.base import Backend, GenerationRequest, GenerationResult
from medsyn_dataset.generation.settings import GenerationSettings, RaySettings

_NEEDS_RAY = "--executor ray needs Ray: pip install 'medsyn-dataset[ray]' (or: pip install ray)"


def import_ray() -> Any:
    """The ``ray`` module, or a one-line ValueError saying how to install it."""
    return import_optional("ray", hint=_NEEDS_RAY)


@dataclass(frozen=True, slots=True)
class ActorPlan:
    """How many actors, what each reserves, and which endpoints each drives."""

    shares: tuple[tuple[str, ...], ...]  # per actor: its endpoints (empty: the backend has none)
    num_cpus: float
    num_gpus: float

    @property
    def actors(self) -> int:
        return len(self.shares)


def plan_actors(backend_name: str, settings: GenerationSettings, ray_settings: RaySettings,
                cluster: dict[str, float], nodes: int) -> ActorPlan:
    """Actors for a run: openai one per endpoint (at most as many as endpoints; each drives its share,
    round robin), the others one per node; refused when the cluster cannot hold them (they would wait
    for resources forever)."""
    endpoints = settings.endpoints
    if backend_name == "openai":
        wanted = ray_settings.actors or max(1, len(endpoints))
        count = min(wanted, len(endpoints)) if endpoints else 1
        shares = tuple(endpoints[i::count] for i in range(count)) if endpoints else ((),)
        num_cpus = 0.0  # waiting on sockets, not computing: does not take a CPU from the cluster
    else:
        count = ray_settings.actors or max(1, nodes)
        shares = ((),) * count
        num_cpus = 1.0
    gpus = ray_settings.gpus_per_actor
    for what, need, have in (("CPUs", num_cpus * count, cluster.get("CPU", 0.0)),
                             ("GPUs", gpus * count, cluster.get("GPU", 0.0))):
        if need > have:
            raise ValueError(
                f"--executor ray: {count} actor(s) need {need:g} {what} but the Ray cluster has {have:g}; "
                "lower --actors (or --actor-gpus), or add nodes"
            )
    return ActorPlan(shares, num_cpus, gpus)


class RayBackend:
    """A :class:`Backend` whose requests are answered by Ray actors; see the module docstring.

    Build it with :meth:`start` (it connects to Ray and waits until every actor has built its
    backend, so a bad model or key is one error before anything is written); close it with
    :meth:`aclose` (the actors are killed, and a Ray instance started here is shut down).
    """

    def __init__(self, ray: Any, actors: list[Any], info: dict[str, Any], twin: Backend | None, started_ray: bool,
                 endpoints: tuple[str, ...], max_in_flight: int) -> None:
        self._ray = ray
        self._actors = actors
        self._in_flight = [0] * len(actors)
        self._twin = twin
        self._started_ray = started_ray
        self.name: str = info["name"]
        self.model: str = info["model"]
        self.endpoints = list(endpoints)
        self.max_in_flight = max_in_flight
        self._rate_limited = 0
        # the ledger's key, the same as the local executor's; None: this backend sends no payloads
        self.payload: Callable[[GenerationRequest], dict[str, Any]] | None = getattr(twin, "payload", None)

    @classmethod
    def start(cls, backend_name: str, settings: GenerationSettings) -> RayBackend:
        ray = import_ray()
        ray_settings = settings.ray or RaySettings()
        started = connect_ray(ray)
        actors: list[Any] = []
        try:
            plan = plan_actors(backend_name, settings, ray_settings, ray.cluster_resources(),
                               sum(1 for node in ray.nodes() if node.get("Alive")))
            # openai: a twin here builds the ledger payloads (cheap: no request is sent by building it)
            twin = _local_twin(backend_name, settings)
            remote = ray.remote(_BackendActor).options(
                num_cpus=plan.num_cpus, num_gpus=plan.num_gpus, scheduling_strategy="SPREAD",
                max_concurrency=max(1000, settings.workers), max_restarts=0,
            )  # fmt: skip
            for share in plan.shares:
                actor_settings = settings.replace(base_url=share or None, ray=None) if share else settings.replace(ray=None)
                actors.append(remote.remote(backend_name, actor_settings))
            infos = ray.get([actor.describe.remote() for actor in actors])
            for info in infos:
                _raise_error(info.get("error"))
        except BaseException:
            for actor in actors:
                with contextlib.suppress(Exception):
                    ray.kill(actor)
            if started:
                ray.shutdown()
            raise
        in_flight = settings.concurrency * max(1, len(settings.endpoints), plan.actors)
        return cls(ray, actors, infos[0], twin, started, settings.endpoints, in_flight)

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        index = min(range(len(self._actors)), key=self._in_flight.__getitem__)  # the least busy actor
        self._in_flight[index] += 1
        try:
            result: GenerationResult = await self._actors[index].generate.remote(request)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a lost node or actor: the task fails now and is retried by the next run
            lines = str(exc).strip().splitlines()
            return GenerationResult(text=None, finish_reason="error",
                                    error=f"ray actor failed: {type(exc).__name__}: {lines[-1] if lines else ''}")
        finally:
            self._in_flight[index] -= 1
        return result

    async def probe(self) -> None:
        """Each actor asks its own endpoints (from its node: what the driver can reach may differ)."""
        for message in await asyncio.gather(*(actor.probe.remote() for actor in self._actors)):
            _raise_error(message)

    @property
    def rate_limited(self) -> int:
        """429 answers seen by the actors (read while they live; the last count after :meth:`aclose`)."""
        if self._actors:
            with contextlib.suppress(Exception):
                self._rate_limited = sum(self._ray.get([a.rate_limited.remote() for a in self._actors], timeout=30))
        return self._rate_limited

    async def aclose(self) -> None:
        ray, actors, self._actors = self._ray, self._actors, []
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.gather(*(actor.close.remote() for actor in actors)), 30)
        for actor in actors:
            with contextlib.suppress(Exception):
                ray.kill(actor)
        if self._twin is not None:
            await self._twin.aclose()
        if self._started_ray and ray.is_initialized():
            ray.shutdown()
            self._started_ray = False


class _BackendActor:
    """One copy of the backend on a Ray node; errors come back as messages, never as tracebacks."""

    def __init__(self, backend_name: str, settings: GenerationSettings) -> None:
        from medsyn_dataset.generation.backends.registry import backend_from_settings

        self.backend: Backend | None = None
        self.error: tuple[str, str] | None = None
        try:
            self.backend = backend_from_settings(backend_name, settings)
        except Exception as exc:  # a bad model path, a missing extra: said once, by the driver
            self.error = (type(exc).__name__, str(exc))

    def describe(self) -> dict[str, Any]:
        if self.backend is None:
            return {"error": self.error}
        return {"name": self.backend.name, "model": self.backend.model, "error": None}

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        assert self.backend is not None, "describe() reported the error"
        return await self.backend.generate(request)

    async def probe(self) -> tuple[str, str] | None:
        probe = getattr(self.backend, "probe", None)
        if not callable(probe):
            return None
        try:
            await probe()
        except Exception as exc:
            return type(exc).__name__, str(exc)
        return None

    def rate_limited(self) -> int:
        return int(getattr(self.backend, "rate_limited", 0) or 0)

    async def close(self) -> None:
        if self.backend is not None:
            await self.backend.aclose()


def _local_twin(backend_name: str, settings: GenerationSettings) -> Backend | None:
    """The openai backend built here too, for its request payloads (the ledger's keys); None otherwise."""
    if backend_name != "openai":
        return None
    from medsyn_dataset.generation.backends.registry import backend_from_settings

    return backend_from_settings(backend_name, settings.replace(ray=None))


def _raise_error(error: tuple[str, str] | None) -> None:
    if error is None:
        return
    kind, message = error
    raise (ImportError if kind in ("ImportError", "ModuleNotFoundError") else ValueError)(message)
