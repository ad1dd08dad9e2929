"""``release_manifest.json``: what a release folder holds, so it can be checked before publishing.

Format (version 1)::

    {
      "written_by": "medsyn build",     (the folder's marker: see medsyn_dataset.outputs)
      "manifest_version": 1,
      "name": ..., "version": ...,
      "files": {"<posix path relative to the folder>": {"sha256": "<hex>", "bytes": <int>}, ...},
      "rows": {"<config>": {"<split>": <int>, ...}, ...},
      "packages": {"medsyn_dataset": ..., "datasets": ..., "pyarrow": ..., "python": ...},
      "config_hash": "<sha256 of the ReleaseConfig>" | null,
      "license": "<the card's licence id>",
      "sources": [{"name", "kind", "license", "rows"}, ...],   (provenance.ReleaseSource, released rows)
      "seeds": {"release": <int> | null, "split": <int>},
      "split_ratios": {...},
      "input": {"shards": [{"name", "sha256", "bytes"}], "notes": <int>, "released": <int>}
    }

Every file of the folder except the manifest itself is listed (the card, ``croissant.json``, the
plots and the reports included). There is deliberately no build
time or absolute path in it: the same validated notes, config and seed give a byte-identical
manifest, so re-publishing a rebuilt but unchanged release is a no-op.
"""

from __future__ import annotations

import platform
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from medsyn_dataset.io import atomic_write_json, sha256_file

MANIFEST_NAME = "release_manifest.json"
MANIFEST_VERSION = 1


def file_entries(folder: Path) -> dict[str, dict[str, Any]]:
    """sha256 and size of every file under ``folder`` (the manifest itself excluded), by relative path."""
    entries = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel == MANIFEST_NAME:
            continue
        entries[rel] = {"sha256": sha256_file(path), "bytes": path.stat().st_size}
    return entries


def package_versions() -> dict[str, str]:
    import datasets
    import pyarrow

    from medsyn_dataset import __version__

    return {
        "medsyn_dataset": __version__,
        "datasets": datasets.__version__,
        "pyarrow": pyarrow.__version__,
        "python": platform.python_version(),
    }


def write_manifest(folder: Path, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Write the manifest of ``folder`` (checksums computed now) with ``fields`` merged in."""
    from medsyn_dataset.outputs import BUILD

    manifest: dict[str, Any] = BUILD.stamp({"manifest_version": MANIFEST_VERSION, **fields})
    manifest["files"] = file_entries(folder)
    manifest["packages"] = package_versions()
    atomic_write_json(folder / MANIFEST_NAME, manifest)
    return manifest


def verify_manifest(folder: Path) -> list[str]:
    """Problems found comparing the folder with its manifest (empty list: the folder is intact)."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return [f"{path}: no manifest"]
    from medsyn_dataset.io import read_json

    manifest = read_json(path)
    listed = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(listed, dict):
        return [f"{path}: no 'files' mapping; not a manifest written by `medsyn build`"]
    problems = []
    actual = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {MANIFEST_NAME}
    for rel in sorted(actual - set(listed)):
        problems.append(f"{folder / rel}: not listed in the manifest")
    for rel, entry in sorted(listed.items()):
        file = folder / rel
        if not file.exists():
            problems.append(f"{file}: listed in the manifest but missing")
        elif file.stat().st_size != entry["bytes"] or sha256_file(file) != entry["sha256"]:
            problems.append(f"{file}: checksum or size differs from the manifest")
    return problems
