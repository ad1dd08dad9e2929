"""Step fingerprints of `medsyn release`: what each step's output depends on.

A step whose fingerprint is unchanged since its completion marker was written is skipped; changing
e.g. the split ratios changes only the build's fingerprint, so only the build reruns.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.config import ReleaseConfig


def jsonable(obj: Any) -> Any:
    """``obj`` (dataclasses included) as plain JSON types."""
    if is_dataclass(obj) and not isinstance(obj, type):
        obj = asdict(obj)
    return json.loads(json.dumps(obj, default=str))


#: Generation settings that change how fast notes are made, not which notes: not in the fingerprint.
_RUNTIME_KNOBS = ("concurrency", "requests_per_minute", "tokens_per_minute", "timeout_s", "max_retries", "shard_size")


def fingerprint(*parts: Any) -> str:
    """sha256 of the canonical JSON of ``parts``."""
    canonical = json.dumps(jsonable(list(parts)), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def folder_state(folder: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime) of the files of a stage's output: a rerun upstream changes it, so the next
    step's fingerprint changes too and stale results downstream are never kept."""
    return sorted(
        (p.relative_to(folder).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    )


def plan_fingerprint(config: ReleaseConfig) -> str:
    """What the task table depends on: name, seed, code set, counts, and the generation settings."""
    dump = config.model_dump(mode="json")
    generation = {k: v for k, v in dump["generation"].items() if k not in _RUNTIME_KNOBS}
    return fingerprint("plan", dump["name"], dump["seed"], config.code_list(), dump["notes"], generation)


def plan_identity(config: ReleaseConfig) -> str:
    """The plan without its size: a config that only asks for more (or other counts of) notes keeps it."""
    dump = config.model_dump(mode="json")
    generation = {k: v for k, v in dump["generation"].items() if k not in _RUNTIME_KNOBS}
    return fingerprint("plan-identity", dump["name"], dump["seed"], config.code_list(), generation)


def validate_fingerprint(upstream: str, config: ReleaseConfig) -> str:
    return fingerprint("validate", upstream, config.model_dump(mode="json")["validation"], config.code_list())


def build_fingerprint(upstream: str, config: ReleaseConfig) -> str:
    dump = config.model_dump(mode="json")
    fields = {k: dump[k] for k in ("name", "version", "description", "seed", "splits")}
    # everything the card shows: the licence, names, curator and the repo id of "How to load"
    hub = {k: dump["hub"][k] for k in ("license", "pretty_name", "curator", "contact", "year", "repo_id")}
    return fingerprint("build", upstream, fields, hub)
