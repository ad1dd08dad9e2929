"""Prices: a table maps a model to USD per 1,000 prompt/completion tokens, online and in the Batch API.

A table is ``{model: {prompt_per_1k: x, completion_per_1k: y}}`` (YAML/JSON file or dict), with
optional ``batch_prompt_per_1k`` / ``batch_completion_per_1k``; without them batch requests cost
:data:`BATCH_DISCOUNT` of the online price (OpenAI's Batch API is half price). A file may also wrap
the models as ``{models: {...}, as_of: ..., source: ...}``, as the built-in table does
(``generation/data/prices.yaml``: OpenAI list prices at a stated date, used when no table is given).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from medsyn_dataset.io import load_yaml, read_json

#: Share of the online price a Batch API request costs when the table gives no batch price.
BATCH_DISCOUNT = 0.5


@dataclass(frozen=True, slots=True)
class Price:
    prompt_per_1k: float
    completion_per_1k: float
    batch_prompt_per_1k: float | None = None
    batch_completion_per_1k: float | None = None

    def cost(self, prompt_tokens: int | float | None, completion_tokens: int | float | None, batch: bool = False) -> float:
        prompt, completion = self.rates(batch)
        return ((prompt_tokens or 0) * prompt + (completion_tokens or 0) * completion) / 1000.0

    def rates(self, batch: bool = False) -> tuple[float, float]:
        """USD per 1k (prompt, completion) tokens, online or batch."""
        if not batch:
            return self.prompt_per_1k, self.completion_per_1k
        prompt = self.batch_prompt_per_1k if self.batch_prompt_per_1k is not None else self.prompt_per_1k * BATCH_DISCOUNT
        completion = (
            self.batch_completion_per_1k
            if self.batch_completion_per_1k is not None
            else self.completion_per_1k * BATCH_DISCOUNT
        )
        return prompt, completion


PriceTable = Mapping[str, Price]


def parse_price_table(raw: Mapping[str, Any], origin: str = "<price table>") -> dict[str, Price]:
    """``{model: {prompt_per_1k: x, completion_per_1k: y, [batch_...]}}`` -> validated :class:`Price` objects."""
    if isinstance(raw.get("models"), Mapping):
        raw = raw["models"]
    table: dict[str, Price] = {}
    for model, entry in raw.items():
        if isinstance(entry, Price):
            table[str(model)] = entry
            continue
        if not isinstance(entry, Mapping):
            raise ValueError(f"{origin}: model {model!r}: expected a mapping with prompt_per_1k and completion_per_1k")
        try:
            table[str(model)] = Price(
                float(entry["prompt_per_1k"]),
                float(entry["completion_per_1k"]),
                _optional(entry.get("batch_prompt_per_1k")),
                _optional(entry.get("batch_completion_per_1k")),
            )
        except KeyError as exc:
            raise ValueError(f"{origin}: model {model!r}: field {exc.args[0]!r} is missing") from None
        except (TypeError, ValueError):
            raise ValueError(f"{origin}: model {model!r}: prices must be numbers") from None
        if min(v for v in (*table[str(model)].rates(False), *table[str(model)].rates(True))) < 0:
            raise ValueError(f"{origin}: model {model!r}: prices must be >= 0")
    return table


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


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


def builtin_price_table() -> tuple[dict[str, Price], str]:
    """The shipped table and a line saying what it is (date and source)."""
    import yaml

    text = resources.files("medsyn_dataset.generation").joinpath("data", "prices.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return parse_price_table(raw, "built-in price table"), f"built-in OpenAI list prices of {raw.get('as_of', '?')}"


def resolve_prices(source: PriceTable | str | os.PathLike[str] | Mapping[str, Any] | None) -> tuple[dict[str, Price], str]:
    """The run's price table and where it came from: the given one, else the built-in one."""
    if source is None:
        return builtin_price_table()
    if isinstance(source, Mapping) and all(isinstance(v, Price) for v in source.values()):
        return dict(source), "price table given"
    where = str(source) if not isinstance(source, Mapping) else "price table given"
    return load_price_table(source), where


def price_for(table: PriceTable | None, model: str | None) -> Price | None:
    """Exact model name first, then the longest table key the model name starts with (dated snapshots)."""
    if not table or not model:
        return None
    if model in table:
        return table[model]
    prefixes = [key for key in table if model.startswith(key)]
    return table[max(prefixes, key=len)] if prefixes else None
