"""The layout of a built release folder: the contract between the builder (writes it) and the card (reads it).

A release folder holds ``<config>/<split>-NNNNN-of-NNNNN.parquet`` shards and a ``README.md``
whose YAML ``configs:`` entries point a ``data_files`` glob at each split. Both the builder and
the dataset card need these names, so they live here, below both of them: the card never imports
the builder, and the builder imports the card only to write it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

CARD_FILE = "README.md"
CONFIG_NAMES: tuple[str, ...] = ("notes", "icd_classification", "ift")
DEFAULT_CONFIG = "notes"
SPLIT_ORDER: tuple[str, ...] = ("train", "validation", "test")

#: ``<split>-NNNNN-of-NNNNN.parquet``, the name of every shard of a config's split.
SHARD_RE = re.compile(r"^(?P<split>[A-Za-z0-9_]+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.parquet$")


def shard_name(split: str, index: int, count: int) -> str:
    return f"{split}-{index:05d}-of-{count:05d}.parquet"


def configs_yaml(config_splits: Mapping[str, Iterable[str]], default: str) -> list[dict[str, Any]]:
    """The README ``configs:`` entries: one per config, a ``data_files`` pattern per split."""
    entries = []
    for config, splits in config_splits.items():
        entry: dict[str, Any] = {"config_name": config}
        if config == default:
            entry["default"] = True
        entry["data_files"] = [{"split": split, "path": f"{config}/{split}-*.parquet"} for split in splits]
        entries.append(entry)
    return entries
