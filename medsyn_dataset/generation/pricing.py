"""Optional cost accounting: a price table maps a model to prices per 1,000 prompt/completion tokens."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.io import load_yaml, read_json


@dataclass(frozen=True, slots=True)
class Price:
    prompt_per_1k: float
    completion_per_1k: float

    def cost(self, prompt_tokens: int | None, completion_tokens: int | None) -> float:
        return ((prompt_tokens or 0) * self.prompt_per_1k + (completion_tokens or 0) * self.completion_per_1k) / 1000.0


PriceTable = Mapping[str, Price]


def parse_price_table(raw: Mapping[str, Any], origin: str = "<price table>") -> dict[str, Price]:
    """``{model: {prompt_per_1k: x, completion_per_1k: y}}`` -> validated :class:`Price` objects."""
    table: dict[str, Price] = {}
    for model, entry in raw.items():
        if isinstance(entry, Price):
            table[str(model)] = entry
            continue
        if not isinstance(entry, Mapping):
            raise ValueError(f"{origin}: model {model!r}: expected a mapping with prompt_per_1k and completion_per_1k")
        try:
            table[str(model)] = Price(float(entry["prompt_per_1k"]), float(entry["completion_per_1k"]))
        except KeyError as exc:
            raise ValueError(f"{origin}: model {model!r}: field {exc.args[0]!r} is missing") from None
        except (TypeError, ValueError):
            raise ValueError(f"{origin}: model {model!r}: prices must be numbers") from None
    return table


def load_price_table(source: str | os.PathLike[str] | Mapping[str, Any]) -> dict[str, Price]:
    """A price table from a dict or a YAML/JSON file."""
    if isinstance(source, Mapping):
        return parse_price_table(source)
    path = Path(source)
    if path.is_dir():
        raise ValueError(f"{path}: is a folder, not a price table file")
    raw = load_yaml(path) if path.suffix.lower() in {".yaml", ".yml"} else read_json(path)
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: expected a mapping of model -> prices")
    return parse_price_table(raw, str(path))


def price_for(table: PriceTable | None, model: str | None) -> Price | None:
    """Exact model name first, then the longest table key the model name starts with (dated snapshots)."""
    if not table or not model:
        return None
    if model in table:
        return table[model]
    prefixes = [key for key in table if model.startswith(key)]
    return table[max(prefixes, key=len)] if prefixes else None
