"""What every config and field of a release holds (for the card's tables and ``croissant.json``), and example records.

Descriptions are keyed by config and dotted field path (``patient.age``, ``validation.pii.type``)
because the same name means different things in different configs (``id`` of a note vs of an
instruction record). :func:`field_rows` walks the actual features of a shard, so a field the
schema gains without a description shows up as ``(not described)`` and fails the card's test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from medsyn_dataset.schema import VALIDATION_COLUMN, VF, validation_path

CONFIG_DESCRIPTIONS: dict[str, str] = {
    "notes": "every released note with all schema fields, provenance and validation results",
    "icd_classification": "`idx`, `text`, `code`: ICD-10 code prediction, RuMedTop3-style",
    "ift": "instruction-tuning records (`instruction`, `input`, `output`) derived from the notes and the MKG",
}

_NOTES: dict[str, str] = {
    "id": "note id, unique in the release (`<run>-<code>-<index>` for generated notes; derived from the upstream id for imported ones)",
    "icd10_code": "3-character ICD-10 category the note is labelled with (ClassLabel; names are the codes)",
    "icd10_subcode": "ICD-10 subcode the note was planned or labelled with, if any",
    "icd10_name_ru": "Russian name of the category (МКБ-10)",
    "text": "the note (Russian); for redacted notes the text with PII replaced by typed placeholders",
    "text_redacted": "the redacted text again when PII was redacted (non-null marks a redacted note), else null",
    "symptoms": "symptoms the note was written from: sampled from the MKG and put in the prompt (generated notes) or the upstream's list (MedSyn imports); empty when the source has none",
    "patient": "patient details given to the writer (generated notes) or recorded upstream",
    "patient.age": "age in years",
    "patient.sex": "`male` or `female`",
    "patient.marital_status": "`single`, `married`, `divorced` or `widowed`; null if unknown",
    "patient.smoking": "whether the patient smokes; null if unknown",
    "example_id": "id of the real example note shown in the prompt, if any",
    "example_source": "where that example note came from",
    "prompt_template": "name of the prompt template (generated notes; `prior:<type>` for MedSyn Hub imports)",
    "prompt_template_hash": "sha256 of the template text",
    "prompt": "the full prompt the note was written from (null when unknown)",
    "generation": "how the note was written",
    "generation.backend": "`openai`, `transformers`, `template` (the offline template composer, not an LLM) or `import` (not written by this pipeline)",
    "generation.model": "model that wrote the note, as recorded",
    "generation.params": "generation parameters as a JSON object (temperature, max_tokens, ...)",
    "generation.seed": "per-note seed, derived from the release seed and the task id",
    "generation.finish_reason": "why generation stopped (`stop`, `length`, ...)",
    "generation.prompt_tokens": "tokens in the prompt, as the backend reported",
    "generation.completion_tokens": "tokens in the note, as the backend reported",
    "generation.latency_s": "seconds the request took",
    "generation.created_at": "when the note was written (ISO 8601, UTC)",
    "source": "where the note comes from (see Sources)",
    "source.kind": "`generated` (by this pipeline) or `imported` (from an existing corpus)",
    "source.dataset": "the source's name: the run name for generated notes, the corpus for imported ones",
    "source.record_id": "the note's id in the upstream corpus",
    "source.original_code": "the code as the upstream wrote it, when it differed from `icd10_code`",
    "source.flags": "import notes, e.g. `icd10_code_not_in_who_mapped_to_category`",
    VALIDATION_COLUMN: "what validation found and decided",
    validation_path(VF.DECISION): "`keep` or `redact` (dropped notes are not released)",
    validation_path(VF.REASONS): "`<action>:<check>[:<detail>]` findings, e.g. `flag:label_not_in_top3` (see Validation)",
    validation_path(VF.PII): "PII entities found, with offsets into the original (unredacted) text",
    f"{validation_path(VF.PII)}.type": "entity type (`PERSON`, `PHONE_NUMBER`, ...)",
    f"{validation_path(VF.PII)}.start": "start offset (characters)",
    f"{validation_path(VF.PII)}.end": "end offset (characters)",
    f"{validation_path(VF.PII)}.score": "detector confidence, 0-1",
    f"{validation_path(VF.PII)}.recognizer": "detector that found it",
    validation_path(VF.NEAR_DUP_CLUSTER): "near-duplicate cluster id; null for notes without near duplicates",
    validation_path(VF.IS_CLUSTER_REPRESENTATIVE): "whether the note represents its near-duplicate cluster",
    validation_path(VF.SYMPTOM_COVERAGE): "share of the note's symptom list found in its text (0-1)",
    validation_path(VF.LABEL_PREDICTIONS): "top codes of the out-of-fold label-noise classifier, best first",
    validation_path(VF.MEMORIZED_SOURCE_ID): "id of a reference note this one copies, if any",
    validation_path(VF.CONTAMINATED_WITH): "id of an evaluation text this one duplicates, if any",
    validation_path(VF.QUALITY_SCORES): "per-check numbers as a JSON object (`upstream_*`: scores that came with an imported corpus)",
    validation_path(VF.POLICY_HASH): "hash of the validation policy applied",
}

FIELD_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "notes": _NOTES,
    "icd_classification": {
        "idx": "example id (the note id in the `notes` config)",
        "text": "the note (Russian; redacted where PII was found)",
        "code": "ICD-10 category (ClassLabel; names are the codes)",
    },
    "ift": {
        "id": "record id: `<note id>:<task>`",
        "note_id": "id of the note in the `notes` config the record was made from",
        "task": "`write_note` (write a note from a code, patient and symptoms), `classify` (name a note's ICD-10 category) or `complaints` (list its complaints)",
        "instruction": "task instruction (Russian)",
        "input": "task input: patient and symptoms, or the note (may be empty)",
        "output": "expected answer: the note, `<code> — <name>`, or one complaint per line",
    },
}

NOT_DESCRIBED = "(not described)"


def describe(config: str, path: str) -> str:
    return FIELD_DESCRIPTIONS.get(config, {}).get(path, NOT_DESCRIBED)


def feature_type(feature: Any) -> str:
    import datasets

    if isinstance(feature, datasets.ClassLabel):
        return f"ClassLabel ({feature.num_classes} codes)"
    if isinstance(feature, datasets.Value):
        return feature.dtype
    if isinstance(feature, dict):
        return "struct{" + ", ".join(feature) + "}"
    inner = getattr(feature, "feature", None)
    if inner is not None:
        return f"list<{feature_type(inner)}>"
    return type(feature).__name__


def walk_features(features: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any, int]]:
    """(dotted path, feature, depth) for every field, struct children (also inside lists) included."""
    for name, feature in features.items():
        path = f"{prefix}{name}"
        yield path, feature, path.count(".")
        inner = getattr(feature, "feature", None)
        children = feature if isinstance(feature, dict) else inner if isinstance(inner, dict) else None
        if children is not None:
            yield from walk_features(children, f"{path}.")


def field_rows(config: str, features: Mapping[str, Any]) -> list[dict[str, str]]:
    return [
        {"name": path, "type": feature_type(feature), "description": describe(config, path), "depth": str(depth)}
        for path, feature, depth in walk_features(features)
    ]


def _shorten(value: Any, limit: int = 240) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + f"… [{len(value):,} characters]"
    if isinstance(value, list):
        shown = [_shorten(v, limit) for v in value[:4]]
        return shown + ([f"… [{len(value)} items]"] if len(value) > 4 else [])
    if isinstance(value, dict):
        return {k: _shorten(v, limit) for k, v in value.items()}
    return value


def example_record(shard: Path) -> str:
    """The first record of a shard as loaded (ClassLabels as their index), long values shortened, as JSON."""
    import pyarrow.parquet as pq

    table = pq.ParquetFile(shard).read_row_group(0) if pq.ParquetFile(shard).num_row_groups else None
    if table is None or table.num_rows == 0:
        return "{}"
    row = table.slice(0, 1).to_pylist()[0]
    return json.dumps(_shorten(row), ensure_ascii=False, indent=2, default=str)
