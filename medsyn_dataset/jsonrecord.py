"""Dataclasses that are JSON objects: one key per field, checked on reading, written back as read.

The validation report (:mod:`medsyn_dataset.validation_report`) is made of these. Reading is
strict about what is there and lenient about what is not: a key that is not a field, or a value
of the wrong type, is a :class:`ReportFormatError` naming the key's path; a missing key takes the
field's default (``None``: "the report does not say"). Writing gives back the keys that were read,
in their order, so a report read and written again is the same JSON; a record made in code writes
every field, or only the keys given to :meth:`JsonRecord.with_keys`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from typing import Any, Self, get_args, get_origin, get_type_hints

_KEYS = "_json_keys"  # instance attribute: the keys this record writes, in order (None: every field)

class ReportFormatError(ValueError):
    """A JSON document is not in the expected format; the message names the key."""


class JsonRecord:
    """Mixin for ``@dataclass`` classes; see the module docstring."""

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Self:
        if not isinstance(data, Mapping):
            raise ReportFormatError(f"{where or '<root>'}: expected a JSON object, got {_kind(data)}")
        hints = _hints(cls)
        names = [f.name for f in dataclasses.fields(cls) if f.init]  # type: ignore[arg-type]
        unknown = [key for key in data if key not in names]
        if unknown:
            raise ReportFormatError(f"{_join(where, unknown[0])}: not a key of this report (expected one of {names})")
        values = {key: _load(hints[key], value, _join(where, key)) for key, value in data.items()}
        return cls(**values)._keep_keys(tuple(data))

    @classmethod
    def with_keys(cls, **values: Any) -> Self:
        """A record that writes exactly these keys (e.g. ``{"run": false}`` for a check that did not run)."""
        return cls(**values)._keep_keys(tuple(values))

    def to_json(self) -> dict[str, Any]:
        return {key: dump(getattr(self, key)) for key in self.json_keys()}

    def json_keys(self) -> tuple[str, ...]:
        """The keys :meth:`to_json` writes."""
        keys = getattr(self, _KEYS, None)
        return keys if keys is not None else tuple(f.name for f in dataclasses.fields(self))  # type: ignore[arg-type]

    def has(self, key: str) -> bool:
        """Does the record carry ``key`` (read from the file, or set in code)?"""
        return key in self.json_keys()

    def replaced(self, **changes: Any) -> Self:
        """A copy with ``changes``; it writes the same keys, plus the changed ones."""
        keys = self.json_keys()
        return dataclasses.replace(self, **changes)._keep_keys(keys + tuple(k for k in changes if k not in keys))  # type: ignore[type-var]

    def without(self, *keys: str) -> Self:
        """A copy that does not write ``keys`` (their values become the defaults)."""
        defaults = {f.name: _default(f) for f in dataclasses.fields(self) if f.name in keys}  # type: ignore[arg-type]
        kept = tuple(k for k in self.json_keys() if k not in keys)
        return dataclasses.replace(self, **defaults)._keep_keys(kept)  # type: ignore[type-var]

    def merged(self, other: Self) -> Self:
        """``self`` with the keys ``other`` carries taken from ``other`` (two checks filling one section)."""
        return self.replaced(**{key: getattr(other, key) for key in other.json_keys()})

    def _keep_keys(self, keys: tuple[str, ...]) -> Self:
        object.__setattr__(self, _KEYS, keys)
        return self


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def _hints(cls: type) -> dict[str, Any]:
    cached = cls.__dict__.get("_json_hints")
    if cached is None:
        cached = get_type_hints(cls)
        type.__setattr__(cls, "_json_hints", cached)
    return cached


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), type(value).__name__)


def _load(tp: Any, value: Any, where: str) -> Any:
    """``value`` checked against the annotation ``tp`` (JSON types, unions, dicts, lists, records)."""
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        if value is None and len(options) < len(get_args(tp)):
            return None
        for option in options[:-1]:
            try:
                return _load(option, value, where)
            except ReportFormatError:
                continue
        return _load(options[-1], value, where)
    if isinstance(tp, type) and issubclass(tp, JsonRecord):
        return tp.from_json(value, where)
    if origin is dict:
        if not isinstance(value, Mapping):
            raise ReportFormatError(f"{where}: expected an object, got {_kind(value)}")
        value_type = get_args(tp)[1]
        return {k: _load(value_type, v, _join(where, str(k))) for k, v in value.items()}
    if origin is list:
        if not isinstance(value, list):
            raise ReportFormatError(f"{where}: expected a list, got {_kind(value)}")
        return [_load(get_args(tp)[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
    expected = {bool: (bool,), int: (int,), float: (int, float), str: (str,)}.get(tp)
    if expected is None:
        raise TypeError(f"{where}: unsupported annotation {tp!r}")
    if not isinstance(value, expected) or (tp is not bool and isinstance(value, bool)):
        raise ReportFormatError(f"{where}: expected {tp.__name__}, got {_kind(value)} {value!r}")
    return value  # ints stay ints in float fields: the file is written back as it was


def dump(value: Any) -> Any:
    if isinstance(value, JsonRecord):
        return value.to_json()
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [dump(v) for v in value]
    return value
