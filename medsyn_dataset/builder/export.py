"""Exporting a built release in other formats.

``rumedtop3``: the ``icd_classification`` config as RuMedTop3 JSONL (RuMedBench's format), one
file per split, one object per line ``{"idx": <note id>, "symptoms": <text>, "code": "<ICD-10>"}``.
RuMedTop3 calls its splits train / dev / test, so the files are ``train.jsonl``, ``dev.jsonl``
(= our ``validation`` split) and ``test.jsonl``. Codes are written as strings (the ClassLabel
names), not as integer labels.

The folder also gets ``export_manifest.json`` (format, source release, rows per file): the mark by
which a later export recognises it as its own output and replaces it (atomically); any other
non-empty folder is refused (:data:`medsyn_dataset.outputs.EXPORT`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from medsyn_dataset.io import atomic_open, atomic_write_json, parquet_file, read_parquet
from medsyn_dataset.outputs import EXPORT

EXPORT_FORMATS: tuple[str, ...] = ("rumedtop3",)
RUMEDTOP3_FILES: dict[str, str] = {"train": "train.jsonl", "validation": "dev.jsonl", "test": "test.jsonl"}


def _class_names(path: Path, column: str) -> list[str]:
    """ClassLabel names of ``column`` from the ``huggingface`` metadata of a release Parquet file."""
    metadata = parquet_file(path).schema_arrow.metadata or {}
    raw = metadata.get(b"huggingface")
    if raw is None:
        raise ValueError(f"{path}: no 'huggingface' features metadata; not a file written by `medsyn build`")
    try:
        feature = json.loads(raw)["info"]["features"].get(column) or {}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValueError(f"{path}: the 'huggingface' features metadata is not readable") from None
    names = feature.get("names")
    if feature.get("_type") != "ClassLabel" or not names:
        raise ValueError(f"{path}: column {column!r} is not a ClassLabel in the features metadata")
    return list(names)


def export_rumedtop3(release_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> dict[str, int]:
    """Write the ``icd_classification`` splits of ``release_dir`` as RuMedTop3 JSONL; rows per file."""
    release_dir, out_dir = Path(release_dir), Path(out_dir)
    config_dir = release_dir / "icd_classification"
    if not release_dir.is_dir():
        what = "is a file, not a release folder" if release_dir.exists() else "no such release folder"
        raise FileNotFoundError(f"{release_dir}: {what} (build one with `medsyn build`)")
    if not config_dir.is_dir():
        raise FileNotFoundError(f"{config_dir}: no icd_classification config in the release (run `medsyn build`)")
    counts: dict[str, int] = {}
    with EXPORT.replace(out_dir, (release_dir,)) as staged:
        for split, filename in RUMEDTOP3_FILES.items():
            files = sorted(config_dir.glob(f"{split}-*.parquet"))
            if not files:
                continue  # a split the release left out (ratio 0)
            with atomic_open(staged / filename) as fh:
                counts[filename] = sum(_write_rumedtop3(path, fh) for path in files)
        if not counts:
            raise FileNotFoundError(f"{config_dir}: no split files (<split>-*.parquet)")
        manifest = {"format": "rumedtop3", "release": str(release_dir), "files": counts}
        atomic_write_json(staged / "export_manifest.json", EXPORT.stamp(manifest))
    return counts


def _write_rumedtop3(path: Path, fh: IO[str]) -> int:
    """Append one release Parquet file's rows to ``fh`` as RuMedTop3 JSON lines; returns the rows."""
    names = _class_names(path, "code")
    table = read_parquet(path, ["idx", "text", "code"])
    n = 0
    for idx, text, label in zip(*(table.column(c).to_pylist() for c in ("idx", "text", "code")), strict=True):
        if label is None or not 0 <= label < len(names):
            raise ValueError(f"{path}: row {n}: field 'code': label {label!r} is not one of the {len(names)} ClassLabel names")
        fh.write(json.dumps({"idx": idx, "symptoms": text, "code": names[label]}, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_release(release_dir: str | os.PathLike[str], fmt: str, out_dir: str | os.PathLike[str]) -> dict[str, int]:
    """Export ``release_dir`` in ``fmt`` (one of :data:`EXPORT_FORMATS`) into ``out_dir``."""
    if fmt != "rumedtop3":
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    return export_rumedtop3(release_dir, out_dir)
