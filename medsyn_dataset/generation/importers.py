"""Importers: existing corpora into the note schema, with provenance.

Formats (``fmt``):

* ``medsyn-raw``: the upstream MedSyn generation records (``desease_code, desease_name, symptoms,
  gender, marital_state, smoking, prompt, response, UID``) as Parquet, JSONL, a JSON list, or a
  folder of such JSON files (the upstream ``<batch>/result_*.json`` layout). Records without a
  ``UID`` get a stable id from ``<batch>/<file>#<position>``. ``marital_state`` 1/0 is
  married/single; ``smoking`` is a Russian adjective (курящий, некурящая...) or a bool. One upstream
  batch wrote the bool ``true`` for everybody, so for a bool the prompt's own word wins when the
  prompt states smoking, and otherwise smoking is left unknown (flag ``smoking_bool_unreliable``).
* ``medsyn-hub``: the published MedSyn CSV (``idx, ICD-10, generation_model, prompt, prior,
  example, example_source, response, symptoms, anamnesis, symptoms_recall,
  anamnesis_precision``). The upstream BERT scores go to ``validation.quality_scores``.
* ``rumedtop3``: RuMedTop3 JSONL: ``idx`` becomes ``id``, ``symptoms`` becomes ``text`` (kept byte
  for byte, so character offsets stay valid), ``code`` becomes ``icd10_code``.
* ``jsonl``: any JSONL (or Parquet/CSV) with configurable text, code and id columns.

Codes: a valid WHO ICD-10 code gives ``icd10_code`` (its category) and ``icd10_subcode``. A code
whose category is valid but which is not itself in WHO ICD-10 (US-style subcodes such as
``E74.04``) is mapped to its category, the upstream code is kept in ``source.original_code`` and
the row is flagged ``icd10_code_not_in_who_mapped_to_category``: never dropped silently. A code
whose category is not ICD-10 at all is an error naming the file, the row and the field, unless
``skip_invalid=True``, which skips such rows and counts them in the summary.

Provenance: every row's ``source.dataset`` names its source, and ``sources.json``
(:mod:`medsyn_dataset.provenance`) says what that source is: the package's registry entry for a
known corpus (RuMedTop3: CC BY-NC 4.0, RuMedBench; MedSyn: MIT), or what the user declared
(``source=SourceDeclaration(name, license, citation, ...)``) for a corpus of their own, with the
number of rows imported.

Output: ``out_dir/part-00000.parquet ...`` (NOTE_SCHEMA, ``shard_size`` rows each),
``sources.json`` and ``manifest.json``. Everything is written into a hidden temp folder beside ``out_dir`` that replaces
it only when the whole import succeeded, so a failed or killed import leaves no half output. An
earlier import in ``out_dir`` is replaced; any other non-empty folder is refused
(:data:`medsyn_dataset.outputs.IMPORT`).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from medsyn_dataset.generation.examples import ExamplePoolError, iter_records, require_columns
from medsyn_dataset.io import atomic_write_json, iter_jsonl, parquet_file, read_text
from medsyn_dataset.knowledge import icd10
from medsyn_dataset.outputs import IMPORT
from medsyn_dataset.provenance import (
    SourceDeclaration,
    SourceInfo,
    source_for_import,
    with_rows_imported,
    write_sources,
)
from medsyn_dataset.schema import NOTE_SCHEMA_VERSION, table_from_rows, write_table

ImportFormat = Literal["medsyn-raw", "medsyn-hub", "rumedtop3", "jsonl"]
FORMATS: tuple[str, ...] = ("medsyn-raw", "medsyn-hub", "rumedtop3", "jsonl")
FLAG_MAPPED = "icd10_code_not_in_who_mapped_to_category"
FLAG_EMPTY_TEXT = "empty_text"
FLAG_SMOKING_UNRELIABLE = "smoking_bool_unreliable"
FLAG_SMOKING_FROM_PROMPT = "smoking_from_prompt"
DEFAULT_SHARD_SIZE = 5000


class ImportFormatError(ValueError):
    """Bad input for an importer; the message names the file, the row and the field."""


@dataclass
class ImportSummary:
    format: str
    input: str
    out_dir: str
    rows: int = 0
    skipped: int = 0
    shards: list[str] = field(default_factory=list)
    flag_counts: dict[str, int] = field(default_factory=dict)
    models: dict[str, int] = field(default_factory=dict)
    codes: int = 0  # distinct ICD-10 categories
    skipped_reasons: list[str] = field(default_factory=list)  # the first few, for the report
    source: dict[str, Any] = field(default_factory=dict)  # the provenance.SourceInfo of the rows

    @property
    def flagged_codes(self) -> int:
        return self.flag_counts.get(FLAG_MAPPED, 0)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CodeResolution:
    icd10_code: str
    icd10_subcode: str | None
    original_code: str | None
    flags: tuple[str, ...]


class _InvalidCode(ImportFormatError):
    """A code whose category is not ICD-10: skippable with ``skip_invalid``."""


def resolve_code(raw: Any, where: str) -> CodeResolution:
    """Category, subcode and flags of an upstream code; ``where`` prefixes errors (file, row, field)."""
    text = "" if raw is None or _is_nan(raw) else str(raw).strip()
    if not text:
        raise ImportFormatError(f"{where}: empty ICD-10 code")
    resolved = _resolve_text(text)
    if isinstance(resolved, str):
        raise _InvalidCode(f"{where}: {resolved}")
    return resolved


@functools.lru_cache(maxsize=65536)
def _resolve_text(text: str) -> CodeResolution | str:
    # Cached: corpora repeat a few hundred codes thousands of times. A str result is the error.
    code = icd10.normalize_code(text)
    try:
        category = icd10.category_of(code)
    except ValueError as exc:
        return str(exc)
    if not icd10.is_category(category):
        return f"{text!r} is not an ICD-10 code (no category {category})"
    flags: tuple[str, ...] = ()
    if code == category:
        subcode = None
    elif icd10.is_valid(code):
        subcode = code
    else:
        subcode, flags = None, (FLAG_MAPPED,)
    original = text if text != (subcode or category) else None
    return CodeResolution(category, subcode, original, flags)


# ---- value parsing ---------------------------------------------------------------------------------


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _blank(value: Any) -> bool:
    return (
        value is None or _is_nan(value) or (isinstance(value, str) and value.strip() in ("", "nan", "None"))
    )


def parse_symptoms(value: Any, where: str) -> list[str]:
    """A list of symptoms from a list/array, a JSON or Python list literal, or a comma-separated string."""
    if _blank(value):
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            parsed: Any = None
            with contextlib.suppress(ValueError):
                parsed = json.loads(text)
            if parsed is None:
                try:
                    parsed = ast.literal_eval(text)
                except (ValueError, SyntaxError):
                    raise ImportFormatError(
                        f"{where}: not a readable list of symptoms: {text[:60]!r}"
                    ) from None
            value = parsed
        else:
            return [part.strip() for part in text.split(",") if part.strip()]
    if hasattr(value, "tolist"):  # numpy arrays from Parquet via pandas-like readers
        value = value.tolist()
    if not isinstance(value, list | tuple):
        raise ImportFormatError(f"{where}: expected a list of symptoms, got {type(value).__name__}")
    return [str(item).strip() for item in value if not _blank(item)]


_SEX = {"male": "male", "m": "male", "м": "male", "муж": "male", "мужской": "male", "мужчина": "male",
        "female": "female", "f": "female", "ж": "female", "жен": "female", "женский": "female",
        "женщина": "female"}  # fmt: skip


def parse_sex(value: Any, where: str) -> str | None:
    if _blank(value):
        return None
    sex = _SEX.get(str(value).strip().lower())
    if sex is None:
        raise ImportFormatError(f"{where}: unknown sex {value!r}; expected male/female")
    return sex


_MARITAL = {"1": "married", "true": "married", "married": "married", "замужем": "married", "женат": "married",
            "0": "single", "false": "single", "single": "single", "холост": "single", "не замужем": "single",
            "divorced": "divorced", "widowed": "widowed"}  # fmt: skip


def parse_marital(value: Any, where: str) -> str | None:
    """Upstream ``marital_state``: 1 = married, 0 = single (as the upstream prompts word it)."""
    if _blank(value):
        return None
    key = str(int(value)) if isinstance(value, bool | int | float) else str(value).strip().lower()
    status = _MARITAL.get(key)
    if status is None:
        raise ImportFormatError(f"{where}: unknown marital state {value!r}; expected 0/1 or a status")
    return status


def smoking_word(text: str) -> bool | None:
    """True/False if ``text`` holds a Russian smoking adjective (курящий / некурящая ...), else None."""
    low = text.lower()
    if "некурящ" in low or "не курящ" in low:
        return False
    if "курящ" in low:
        return True
    return None


def parse_smoking(value: Any, prompt: str, where: str) -> tuple[bool | None, tuple[str, ...]]:
    """Smoking and flags. A Russian adjective is what the prompt said; a bool is checked against the prompt."""
    if _blank(value):
        return None, ()
    if isinstance(value, bool):
        flag = value
    else:
        text = str(value).strip().lower()
        if text in ("true", "false", "1", "0"):
            flag = text in ("true", "1")
        else:
            word = smoking_word(text)
            if word is None:
                raise ImportFormatError(f"{where}: unknown smoking value {value!r}")
            return word, ()
    stated = smoking_word(prompt or "")
    if stated is None:
        return None, (FLAG_SMOKING_UNRELIABLE,)
    return stated, (() if stated == flag else (FLAG_SMOKING_FROM_PROMPT,))


def _model_from_batch(batch: str) -> str | None:
    low = batch.lower().replace("-", "").replace("_", "")
    if "gpt4" in low:
        return "gpt-4"
    if "gpt3.5" in low or "gpt35" in low:
        return "gpt-3.5"
    return None


# ---- reading -------------------------------------------------------------------------------------------


def _iter_json_file(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Records of a .json file: a list of objects, a mapping of id -> object, or JSON lines."""
    text = read_text(path, ImportFormatError)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, list):
        for i, record in enumerate(data, start=1):
            if not isinstance(record, dict):
                raise ImportFormatError(f"{path}: row {i}: expected a JSON object")
            yield i, record
        return
    if isinstance(data, dict) and data and all(isinstance(v, dict) for v in data.values()):
        for i, (key, record) in enumerate(data.items(), start=1):
            yield i, {"_key": key, **record}
        return
    yield from _records(path, force_jsonl=True)


def _records(path: Path, force_jsonl: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        if force_jsonl:
            yield from iter_jsonl(path, ImportFormatError)
            return
        yield from iter_records(path)
    except ExamplePoolError as exc:
        raise ImportFormatError(str(exc)) from None


def _input_files(input_path: Path) -> list[Path]:
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: no such file or folder")
    if input_path.is_file():
        return [input_path]
    files = sorted(p for p in input_path.rglob("*") if p.suffix.lower() in (".json", ".jsonl", ".parquet"))
    if not files:
        raise FileNotFoundError(f"{input_path}: no .json, .jsonl or .parquet files in this folder")
    return files


def _iter_input(input_path: Path) -> Iterator[tuple[Path, int, dict[str, Any]]]:
    for path in _input_files(input_path):
        records = _iter_json_file(path) if path.suffix.lower() == ".json" else _records(path)
        for row_no, record in records:
            yield path, row_no, record


def _require(path: Path, row_no: int, record: dict[str, Any], columns: list[str]) -> None:
    require_columns(path, record, row_no, columns, ImportFormatError)


def _text(path: Path, row_no: int, record: dict[str, Any], column: str) -> str:
    value = record.get(column)
    if value is None or _is_nan(value):
        raise ImportFormatError(f"{path}: row {row_no}, field {column!r}: the note text is missing")
    if not isinstance(value, str):
        raise ImportFormatError(
            f"{path}: row {row_no}, field {column!r}: expected text, got {type(value).__name__}"
        )
    return value


def _where(path: Path, row_no: int, column: str) -> str:
    return f"{path}: row {row_no}, field {column!r}"


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _generation(model: str | None) -> dict[str, Any]:
    return {"backend": "import", "model": model, "params": None, "seed": None, "finish_reason": None,
            "prompt_tokens": None, "completion_tokens": None, "latency_s": None, "created_at": None}  # fmt: skip


def _note(
    note_id: str,
    text: str,
    code: CodeResolution,
    dataset: str,
    record_id: str,
    model: str | None,
    flags: tuple[str, ...] = (),
    **columns: Any,
) -> dict[str, Any]:
    all_flags = list(dict.fromkeys((*code.flags, *flags, *((FLAG_EMPTY_TEXT,) if not text.strip() else ()))))
    return {
        "id": note_id,
        "icd10_code": code.icd10_code,
        "icd10_subcode": code.icd10_subcode,
        "icd10_name_ru": columns.pop("icd10_name_ru", None) or icd10.name_ru(code.icd10_code),
        "text": text,
        "generation": _generation(model),
        "source": {
            "kind": "imported",
            "dataset": dataset,
            "record_id": record_id,
            "original_code": code.original_code,
            "flags": all_flags,
        },
        **columns,
    }


# ---- per-format converters: (path, row, record) -> note row ---------------------------------------------


def _convert_medsyn_raw(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
    _require(path, row_no, record, ["desease_code", "response"])
    text = _text(path, row_no, record, "response")
    code = resolve_code(record["desease_code"], _where(path, row_no, "desease_code"))
    batch = str(
        record.get("source_dir") or (path.parent.relative_to(root).as_posix() if root.is_dir() else "")
    )
    uid = record.get("UID")
    if not _blank(uid):
        record_id = str(uid)
        note_id = f"medsyn-raw-{record_id}"
    else:
        # No upstream id (one batch has none): position in its file is stable for a published file.
        file_name = str(record.get("file_name") or path.name)
        position = record.get("position_in_file")
        position = int(position) if position is not None and not _is_nan(position) else row_no
        record_id = f"{batch}/{file_name}#{position}" if batch else f"{file_name}#{position}"
        note_id = f"medsyn-raw-{_short_hash(record_id)}"
    prompt = record.get("prompt")
    prompt = None if _blank(prompt) else str(prompt)
    sex = parse_sex(record.get("gender"), _where(path, row_no, "gender"))
    marital = parse_marital(record.get("marital_state"), _where(path, row_no, "marital_state"))
    smoking, smoking_flags = parse_smoking(
        record.get("smoking"), prompt or "", _where(path, row_no, "smoking")
    )
    raw_age = record.get("sample_age")
    age = int(raw_age) if raw_age is not None and not _blank(raw_age) else None
    patient = None
    if any(v is not None for v in (sex, marital, smoking, age)):
        patient = {"age": age, "sex": sex, "marital_status": marital, "smoking": smoking}
    name = record.get("desease_name")
    model = record.get("model")
    model = str(model) if not _blank(model) else _model_from_batch(batch)
    template = record.get("prompt_template")
    return _note(
        note_id, text, code, "medsyn-raw", record_id, model, smoking_flags,
        icd10_name_ru=icd10.name_ru(code.icd10_code) or (None if _blank(name) else str(name)),
        symptoms=parse_symptoms(record.get("symptoms"), _where(path, row_no, "symptoms")),
        patient=patient,
        prompt=prompt,
        prompt_template=None if _blank(template) else str(template),
    )  # fmt: skip


HUB_COLUMNS = ["idx", "ICD-10", "response"]


def _parse_bool(value: Any, where: str) -> bool | None:
    if _blank(value):
        return None
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "1.0"):
        return True
    if text in ("false", "0", "no", "0.0"):
        return False
    raise ImportFormatError(f"{where}: expected a boolean, got {value!r}")


def _parse_score(value: Any, where: str) -> float | None:
    if _blank(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ImportFormatError(f"{where}: expected a number, got {value!r}") from None


def _convert_medsyn_hub(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
    _require(path, row_no, record, HUB_COLUMNS)
    text = _text(path, row_no, record, "response")
    code = resolve_code(record["ICD-10"], _where(path, row_no, "ICD-10"))
    record_id = str(record["idx"]).strip()
    if not record_id:
        raise ImportFormatError(f"{_where(path, row_no, 'idx')}: empty id")
    has_example = _parse_bool(record.get("example"), _where(path, row_no, "example"))
    scores = {
        f"upstream_{column}": score
        for column in ("symptoms_recall", "anamnesis_precision")
        if (score := _parse_score(record.get(column), _where(path, row_no, column))) is not None
    }
    prior = record.get("prior")
    model = record.get("generation_model")
    prompt = record.get("prompt")
    example_source = record.get("example_source")
    validation = None
    if scores:
        validation = {"quality_scores": json.dumps(scores, sort_keys=True, separators=(",", ":"))}
    return _note(
        f"medsyn-hub-{record_id}", text, code, "medsyn-hub", record_id,
        None if _blank(model) else str(model),
        symptoms=parse_symptoms(record.get("symptoms"), _where(path, row_no, "symptoms")),
        prompt=None if _blank(prompt) else str(prompt),
        prompt_template=None if _blank(prior) else f"prior:{prior}",
        example_source=str(example_source) if has_example and not _blank(example_source) else None,
        validation=validation,
    )  # fmt: skip


def _convert_rumedtop3(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
    _require(path, row_no, record, ["idx", "symptoms", "code"])
    text = _text(path, row_no, record, "symptoms")  # byte for byte: offsets into it must stay valid
    code = resolve_code(record["code"], _where(path, row_no, "code"))
    note_id = str(record["idx"])
    return _note(note_id, text, code, "rumedtop3", note_id, None)


@dataclass(frozen=True)
class JsonlColumns:
    """Column names of a generic JSONL import."""

    text: str = "text"
    code: str = "code"
    id: str | None = None
    symptoms: str | None = None
    dataset: str | None = None  # source.dataset; default: the file's stem
    model: str | None = None  # generation.model, if known


def _jsonl_converter(columns: JsonlColumns) -> Callable[[Path, int, dict[str, Any], Path], dict[str, Any]]:
    def convert(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
        needed = [columns.text, columns.code] + ([columns.id] if columns.id else [])
        _require(path, row_no, record, needed)
        dataset = columns.dataset or path.stem
        text = _text(path, row_no, record, columns.text)
        code = resolve_code(record[columns.code], _where(path, row_no, columns.code))
        if columns.id:
            record_id = str(record[columns.id])
            note_id = record_id
        else:
            record_id = f"{path.name}#{row_no}"
            note_id = f"{dataset}-{row_no:06d}"
        symptoms = (
            parse_symptoms(record.get(columns.symptoms), _where(path, row_no, columns.symptoms))
            if columns.symptoms
            else None
        )
        return _note(note_id, text, code, dataset, record_id, columns.model, symptoms=symptoms)

    return convert


# ---- the import --------------------------------------------------------------------------------------


def count_records(fmt: str, input_path: str | os.PathLike[str]) -> int | None:
    """Number of input records when cheap to know (Parquet metadata, JSONL lines), else None."""
    path = Path(input_path)
    if not path.is_file():
        return None
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            return parquet_file(path).metadata.num_rows
        except ValueError as exc:
            raise ImportFormatError(str(exc)) from None
    if suffix in (".jsonl", ".ndjson"):
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None


def import_corpus(
    fmt: ImportFormat,
    input_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    shard_size: int = DEFAULT_SHARD_SIZE,
    *,
    text_column: str = "text",
    code_column: str = "code",
    id_column: str | None = None,
    symptoms_column: str | None = None,
    dataset: str | None = None,
    model: str | None = None,
    skip_invalid: bool = False,
    progress: Callable[[int], None] | None = None,
    source: SourceDeclaration | None = None,
) -> ImportSummary:
    """Convert ``input_path`` (a file, or a folder for ``medsyn-raw``) into note shards in ``out_dir``.

    The column options apply to ``fmt="jsonl"`` only. ``source`` declares a corpus of the user's
    own (name, licence, citation, url, description, synthetic): see
    :func:`medsyn_dataset.provenance.source_for_import`; ``dataset`` is the default name. ``progress`` is called with the number of
    records read since the last call. Raises :class:`ImportFormatError` for bad input (naming the
    file, the row and the field) and :class:`~medsyn_dataset.outputs.OutputRefusedError` when
    ``out_dir`` is a file or a non-empty folder that is not an earlier import.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown import format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if shard_size < 1:
        raise ValueError("shard_size must be >= 1")
    source_path, out_dir = Path(input_path), Path(out_dir)
    info = source_for_import(fmt, dataset or (source_path.stem if fmt == "jsonl" else fmt), source)
    if fmt == "jsonl":
        convert = _jsonl_converter(
            JsonlColumns(text_column, code_column, id_column, symptoms_column, info.name, model)
        )
    else:
        convert = {"medsyn-raw": _convert_medsyn_raw, "medsyn-hub": _convert_medsyn_hub,
                   "rumedtop3": _convert_rumedtop3}[fmt]  # fmt: skip
    if fmt != "medsyn-raw" and source_path.is_dir():
        raise ImportFormatError(f"{source_path}: is a folder; the {fmt} importer takes one file")
    IMPORT.check(out_dir)  # before reading a row: a refused folder costs nothing
    summary = ImportSummary(format=fmt, input=str(source_path), out_dir=str(out_dir))
    flags: Counter[str] = Counter()
    models: Counter[str] = Counter()
    codes: set[str] = set()
    seen: dict[str, str] = {}
    with IMPORT.replace(out_dir) as tmp_dir:
        batch: list[dict[str, Any]] = []
        shard_rows: list[int] = []
        pending = 0
        for path, row_no, record in _iter_input(source_path):
            pending += 1
            if progress is not None and pending >= 1000:
                progress(pending)
                pending = 0
            try:
                row = convert(path, row_no, record, source_path)
            except _InvalidCode as exc:
                if not skip_invalid:
                    raise
                summary.skipped += 1
                if len(summary.skipped_reasons) < 10:
                    summary.skipped_reasons.append(str(exc))
                continue
            where = f"{path}: row {row_no}"
            if row["id"] in seen:
                raise ImportFormatError(
                    f"{where}: duplicate id {row['id']!r} (first seen at {seen[row['id']]})"
                )
            seen[row["id"]] = where
            row["source"]["dataset"] = info.name  # a user-named corpus in a known format keeps its own name
            flags.update(row["source"]["flags"])
            models[row["generation"]["model"] or "unknown"] += 1
            codes.add(row["icd10_code"])
            batch.append(row)
            if len(batch) >= shard_size:
                shard_rows.append(_write_shard(batch, tmp_dir, len(shard_rows)))
                batch = []
        if batch:
            shard_rows.append(_write_shard(batch, tmp_dir, len(shard_rows)))
        if progress is not None and pending:
            progress(pending)
        if not shard_rows:
            raise ImportFormatError(f"{source_path}: no records to import")
        summary.rows = sum(shard_rows)
        summary.shards = [f"part-{i:05d}.parquet" for i in range(len(shard_rows))]
        summary.flag_counts = dict(sorted(flags.items()))
        summary.models = dict(sorted(models.items()))
        summary.codes = len(codes)
        summary.source = with_rows_imported(info, summary.rows).to_dict()
        write_sources(tmp_dir, [SourceInfo.from_dict(summary.source)])
        atomic_write_json(tmp_dir / "manifest.json", IMPORT.stamp(_manifest(summary, shard_rows)))
    return summary


def _write_shard(rows: list[dict[str, Any]], folder: Path, index: int) -> int:
    write_table(table_from_rows(rows, kind="note"), folder / f"part-{index:05d}.parquet", kind="note")
    return len(rows)


def _manifest(summary: ImportSummary, shard_rows: list[int]) -> dict[str, Any]:
    from medsyn_dataset import __version__

    return {
        "kind": "import",
        "format": summary.format,
        "input": summary.input,
        "schema": f"note/{NOTE_SCHEMA_VERSION}",
        "medsyn_dataset_version": __version__,
        "rows": summary.rows,
        "skipped": summary.skipped,
        "codes": summary.codes,
        "flag_counts": summary.flag_counts,
        "models": summary.models,
        "source": {k: summary.source.get(k) for k in ("name", "license", "declared_by")},
        "shards": [{"file": name, "rows": n} for name, n in zip(summary.shards, shard_rows, strict=True)],
    }
