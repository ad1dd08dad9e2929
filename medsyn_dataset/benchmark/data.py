"""Evaluation data for ICD-10 code prediction: one loader, three input formats.

:func:`load_examples` takes a *spec* and dispatches on what it names:

* a ``.jsonl`` file in RuMedTop3 format, one object a line with ``idx``, ``symptoms`` (the text;
  ``text`` is accepted too) and ``code``;
* note-schema Parquet (a ``part-*.parquet`` shard or a folder of them, e.g. ``medsyn import``
  output), read with :func:`medsyn_dataset.schema.read_notes`: ``id``, ``text``, ``icd10_code``;
* the release's ``icd_classification`` config: a local built release folder (Parquet under
  ``icd_classification/<split>-*.parquet`` plus a README with a ``configs:`` block) or, in real use,
  a Hugging Face Hub dataset id, loaded with ``datasets.load_dataset(spec, "icd_classification")``.

Every bad record is a :class:`DataFormatError` naming the file, the line (or row) and the field.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from medsyn_dataset.io import iter_jsonl

ICD_CONFIG = "icd_classification"
#: A Hub dataset id: ``owner/name`` (no such local path).
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


class DataFormatError(ValueError):
    """A record of an evaluation file is malformed; the message names file, line/row and field."""


@dataclass(frozen=True, slots=True)
class Example:
    """One item of an ICD-10 code prediction set."""

    id: str
    text: str
    code: str


def load_examples(
    spec: str | os.PathLike[str], split: str | None = None, require_text: bool = True
) -> list[Example]:
    """Load examples from a RuMedTop3 JSONL file, note-schema Parquet, or an ``icd_classification`` release.

    ``split`` picks the split of a release (folder or Hub id); it is ignored for plain files.
    When a release is given without a split, its only split is used; if it has several, the call
    fails and lists them. ``require_text=False`` accepts JSONL lines without a text (a reference
    for scoring needs only ``idx`` and ``code``).
    """
    path = Path(spec)
    if path.is_file():
        if path.suffix in {".jsonl", ".json"}:
            return _load_jsonl(path, require_text)
        if path.suffix == ".parquet":
            return _load_notes(path)
        raise DataFormatError(f"{path}: unknown file type {path.suffix!r}; expected .jsonl or .parquet")
    if path.is_dir():
        if _is_release_folder(path):
            return _load_release(str(path), split)
        if any(path.glob("part-*.parquet")):
            return _load_notes(path)
        raise DataFormatError(
            f"{path}: neither a release folder (no {ICD_CONFIG}/ config) nor a folder of part-*.parquet note shards"
        )
    if _HUB_ID.match(str(spec)) and not str(spec).startswith((".", "/")):
        return _load_release(str(spec), split)
    raise FileNotFoundError(f"{spec}: no such file, folder or Hub dataset id")


def load_many(
    specs: Iterable[str | os.PathLike[str]], split: str | None = None, require_text: bool = True
) -> list[Example]:
    """Concatenate :func:`load_examples` over several specs (``--train A --train B``)."""
    examples: list[Example] = []
    for spec in specs:
        examples.extend(load_examples(spec, split, require_text))
    return examples


def _load_jsonl(path: Path, require_text: bool = True) -> list[Example]:
    examples = []
    for lineno, record in iter_jsonl(path, DataFormatError):
        text_field = "symptoms" if "symptoms" in record else "text"
        values = {text_field: ""}
        for field in ("idx", text_field, "code") if require_text else ("idx", "code"):
            value = record.get(field)
            if isinstance(value, int) and field == "idx":
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                name = "'symptoms' (or 'text')" if field == text_field else repr(field)
                raise DataFormatError(f"{path}: line {lineno}: field {name} is missing or not a non-empty string")
            values[field] = value
        examples.append(Example(id=values["idx"], text=values[text_field], code=values["code"].strip()))
    if not examples:
        raise DataFormatError(f"{path}: no records")
    return examples


def _load_notes(path: Path) -> list[Example]:
    from medsyn_dataset.schema import read_notes

    table = read_notes(path)
    examples = []
    for row, (note_id, text, code) in enumerate(
        zip(
            table.column("id").to_pylist(),
            table.column("text").to_pylist(),
            table.column("icd10_code").to_pylist(),
            strict=True,
        )
    ):
        for field, value in (("id", note_id), ("text", text), ("icd10_code", code)):
            if not isinstance(value, str) or not value.strip():
                raise DataFormatError(f"{path}: row {row}: field {field!r} is empty")
        examples.append(Example(id=note_id, text=text, code=code))
    return examples


def _is_release_folder(folder: Path) -> bool:
    """A built release: an ``icd_classification/`` folder, or a README whose ``configs:`` declare it."""
    if (folder / ICD_CONFIG).is_dir():
        return True
    readme = folder / "README.md"
    return readme.is_file() and f"config_name: {ICD_CONFIG}" in readme.read_text(encoding="utf-8", errors="replace")


def release_splits(spec: str) -> list[str]:
    """Split names of the ``icd_classification`` config of a release folder or Hub id."""
    import datasets

    return list(datasets.get_dataset_split_names(spec, ICD_CONFIG))


def _load_release(spec: str, split: str | None) -> list[Example]:
    import datasets

    try:
        splits = release_splits(spec)
    except Exception as exc:  # datasets raises many types (offline, missing config, ...)
        raise DataFormatError(f"{spec}: cannot read the {ICD_CONFIG!r} config ({type(exc).__name__}: {exc})") from exc
    if split is None:
        if len(splits) != 1:
            raise DataFormatError(f"{spec}: choose a split of {ICD_CONFIG!r}: {', '.join(splits)}")
        split = splits[0]
    if split not in splits:
        raise DataFormatError(f"{spec}: config {ICD_CONFIG!r} has no split {split!r} (has: {', '.join(splits)})")
    ds = datasets.load_dataset(spec, ICD_CONFIG, split=split)
    for field in ("idx", "text", "code"):
        if field not in ds.column_names:
            raise DataFormatError(f"{spec}: split {split!r}: column {field!r} is missing (has: {ds.column_names})")
    code_feature = ds.features["code"]
    to_name = code_feature.int2str if isinstance(code_feature, datasets.ClassLabel) else None
    examples = []
    for row, record in enumerate(ds):
        code = to_name(record["code"]) if to_name else record["code"]
        for field, value in (("idx", record["idx"]), ("text", record["text"]), ("code", code)):
            if value is None or not str(value).strip():
                raise DataFormatError(f"{spec}: split {split!r}: row {row}: field {field!r} is empty")
        examples.append(Example(id=str(record["idx"]), text=record["text"], code=code))
    return examples


def release_label_names(spec: str, split: str | None = None) -> list[str] | None:
    """The ClassLabel names of a release's ``code`` column, or ``None`` for plain files."""
    path = Path(spec)
    if path.is_file() or (path.is_dir() and not _is_release_folder(path)):
        return None
    if not path.exists() and not _HUB_ID.match(str(spec)):
        return None
    import datasets

    builder = datasets.load_dataset_builder(str(spec), ICD_CONFIG)
    feature = (builder.info.features or {}).get("code")
    return list(feature.names) if isinstance(feature, datasets.ClassLabel) else None
