"""``medsyn-hub``: the published MedSyn CSV (``idx, ICD-10, generation_model, prompt, prior, example,
example_source, response, symptoms, anamnesis, symptoms_recall, anamnesis_precision``). The upstream
BERT scores go to ``validation.quality_scores`` as ``upstream_*``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from medsyn_dataset.generation.importers.rows import note_row, require, text_field, where
from medsyn_dataset.generation.importers.values import (
    ImportFormatError,
    blank,
    parse_bool,
    parse_score,
    parse_symptoms,
    resolve_code,
)
from medsyn_dataset.schema import VF

HUB_COLUMNS = ["idx", "ICD-10", "response"]



def convert(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
    require(path, row_no, record, HUB_COLUMNS)
    text = text_field(path, row_no, record, "response")
    code = resolve_code(record["ICD-10"], where(path, row_no, "ICD-10"))
    record_id = str(record["idx"]).strip()
    if not record_id:
        raise ImportFormatError(f"{where(path, row_no, 'idx')}: empty id")
    has_example = parse_bool(record.get("example"), where(path, row_no, "example"))
    scores = {
        f"upstream_{column}": score
        for column in ("symptoms_recall", "anamnesis_precision")
        if (score := parse_score(record.get(column), where(path, row_no, column))) is not None
    }
    prior = record.get("prior")
    model = record.get("generation_model")
    prompt = record.get("prompt")
    example_source = record.get("example_source")
    validation = None
    if scores:
        validation = {VF.QUALITY_SCORES.value: json.dumps(scores, sort_keys=True, separators=(",", ":"))}
    return note_row(
        f"medsyn-hub-{record_id}", text, code, "medsyn-hub", record_id,
        None if blank(model) else str(model),
        symptoms=parse_symptoms(record.get("symptoms"), where(path, row_no, "symptoms")),
        prompt=None if blank(prompt) else str(prompt),
        prompt_template=None if blank(prior) else f"prior:{prior}",
        example_source=str(example_source) if has_example and not blank(example_source) else None,
        validation=validation,
    )  # fmt: skip
