"""Check a release's dataset card offline: the stand-in for the Hub's YAML validator (online only).

:func:`check_card`: the YAML parses, every ``data_files`` pattern matches files, the declared
features and row counts are those of the Parquet files, and ``croissant.json`` is consistent
with them (:func:`medsyn_dataset.dataset_card.croissant.check_croissant`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from medsyn_dataset.dataset_card import stats as st
from medsyn_dataset.release_layout import CARD_FILE


def read_card_metadata(card_path: Path) -> dict[str, Any]:
    """The YAML block at the top of a card; ``ValueError`` naming the file if it is missing or broken."""
    text = card_path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{card_path}: no YAML metadata block (the card must start with '---')")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise ValueError(f"{card_path}: the YAML metadata block is not closed with '---'")
    try:
        data = yaml.safe_load(text[4:end])
    except yaml.YAMLError as exc:
        raise ValueError(f"{card_path}: the YAML metadata does not parse: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{card_path}: the YAML metadata is not a mapping")
    return data


def _patterns(data_files: Any) -> dict[str, list[str]]:
    if isinstance(data_files, str):
        return {"train": [data_files]}
    out: dict[str, list[str]] = {}
    for entry in data_files or []:
        if isinstance(entry, Mapping):
            path = entry.get("path")
            out.setdefault(str(entry.get("split", "train")), []).extend([path] if isinstance(path, str) else path or [])
    return out


def check_card(release_dir: Path) -> list[str]:
    """Problems with the card of ``release_dir`` (empty list = OK), checked offline against the files."""
    import datasets

    release_dir = Path(release_dir)
    card_path = release_dir / CARD_FILE
    if not card_path.is_file():
        return [f"{card_path}: missing"]
    try:
        meta = read_card_metadata(card_path)
    except ValueError as exc:
        return [str(exc)]
    problems: list[str] = []
    for key in ("pretty_name", "license", "language", "configs", "dataset_info"):
        if not meta.get(key):
            problems.append(f"{card_path}: metadata key {key!r} is missing or empty")
    infos = meta.get("dataset_info") or []
    if isinstance(infos, Mapping):
        infos = [infos]
    info_by_config = {str(i.get("config_name", "default")): i for i in infos if isinstance(i, Mapping)}
    covered: set[Path] = set()
    for config in meta.get("configs") or []:
        name = str(config.get("config_name", "default"))
        info = info_by_config.get(name)
        if info is None:
            problems.append(f"config {name!r}: no dataset_info entry")
        declared_splits = {str(s.get("name")): s for s in (info or {}).get("splits", []) if isinstance(s, Mapping)}
        patterns = _patterns(config.get("data_files"))
        first_file: Path | None = None
        for split, split_patterns in patterns.items():
            matched: list[Path] = []
            for pattern in split_patterns:
                hits = sorted(p for p in release_dir.glob(pattern) if p.is_file())
                if not hits:
                    problems.append(f"config {name!r}, split {split!r}: pattern {pattern!r} matches no file")
                matched.extend(hits)
            covered.update(matched)
            first_file = first_file or (matched[0] if matched else None)
            if info is None:
                continue
            if split not in declared_splits:
                problems.append(f"config {name!r}: split {split!r} has data files but no dataset_info entry")
                continue
            try:
                actual = st.parquet_num_rows(matched)
            except st.ReleaseLayoutError as exc:
                problems.append(str(exc))
                continue
            declared = declared_splits[split].get("num_examples")
            if declared != actual:
                problems.append(
                    f"config {name!r}, split {split!r}: dataset_info says {declared} examples, "
                    f"the Parquet files hold {actual}"
                )
        for split in set(declared_splits) - set(patterns):
            problems.append(f"config {name!r}: dataset_info declares split {split!r} with no data_files")
        if info is not None and first_file is not None:
            try:
                declared_features = datasets.Features._from_yaml_list(info.get("features") or [])
            except Exception as exc:
                problems.append(f"config {name!r}: dataset_info features do not parse ({exc})")
                continue
            actual_features = st.features_of(first_file)
            if declared_features != actual_features:
                problems.append(f"config {name!r}: {_feature_diff(declared_features, actual_features, first_file)}")
    for path in sorted(release_dir.glob("*/*.parquet")):
        if path not in covered:
            problems.append(f"{path.relative_to(release_dir)}: not matched by any data_files pattern")
    from medsyn_dataset.dataset_card.croissant import check_croissant

    return problems + check_croissant(release_dir)


def _feature_diff(declared: Any, actual: Any, path: Path) -> str:
    missing = [k for k in actual if k not in declared]
    extra = [k for k in declared if k not in actual]
    differing = [k for k in declared if k in actual and declared[k] != actual[k]]
    found = (("columns not declared", missing), ("declared columns not in the files", extra),
             ("columns of another type", differing))
    parts = [f"{what}: {keys}" for what, keys in found if keys] or ["column order differs"]
    return f"dataset_info features do not match {path.name}: " + "; ".join(parts)
