"""``medsyn-raw``: the upstream MedSyn generation records (``desease_code, desease_name, symptoms, gender,
marital_state, smoking, prompt, response, UID``); see :mod:`medsyn_dataset.generation.importers`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medsyn_dataset.generation.importers.rows import note_row, require, short_hash, text_field, where
from medsyn_dataset.generation.importers.values import (
    blank,
    is_nan,
    parse_marital,
    parse_sex,
    parse_smoking,
    parse_symptoms,
    resolve_code,
)
from medsyn_dataset.knowledge import icd10


def _model_from_batch(batch: str) -> str | None:
    low = batch.lower().replace("-", "").replace("_", "")
    if "gpt4" in low:
        return "gpt-4"
    if "gpt3.5" in low or "gpt35" in low:
        return "gpt-3.5"
    return None



def convert(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
    require(path, row_no, record, ["desease_code", "response"])
    text = text_field(path, row_no, record, "response")
    code = resolve_code(record["desease_code"], where(path, row_no, "desease_code"))
    batch = str(
        record.get("source_dir") or (path.parent.relative_to(root).as_posix() if root.is_dir() else "")
    )
    uid = record.get("UID")
    if not blank(uid):
        record_id = str(uid)
        note_id = f"medsyn-raw-{record_id}"
    else:
        # No upstream id (one batch has none): position in its file is stable for a published file.
        file_name = str(record.get("file_name") or path.name)
        position = record.get("position_in_file")
        position = int(position) if position is not None and not is_nan(position) else row_no
        record_id = f"{batch}/{file_name}#{position}" if batch else f"{file_name}#{position}"
        note_id = f"medsyn-raw-{short_hash(record_id)}"
    prompt = record.get("prompt")
    prompt = None if blank(prompt) else str(prompt)
    sex = parse_sex(record.get("gender"), where(path, row_no, "gender"))
    marital = parse_marital(record.get("marital_state"), where(path, row_no, "marital_state"))
    smoking, smoking_flags = parse_smoking(
        record.get("smoking"), prompt or "", where(path, row_no, "smoking")
    )
    raw_age = record.get("sample_age")
    age = int(raw_age) if raw_age is not None and not blank(raw_age) else None
    patient = None
    if any(v is not None for v in (sex, marital, smoking, age)):
        patient = {"age": age, "sex": sex, "marital_status": marital, "smoking": smoking}
    name = record.get("desease_name")
    model = record.get("model")
    model = str(model) if not blank(model) else _model_from_batch(batch)
    template = record.get("prompt_template")
    return note_row(
        note_id, text, code, "medsyn-raw", record_id, model, smoking_flags,
        icd10_name_ru=icd10.name_ru(code.icd10_code) or (None if blank(name) else str(name)),
        symptoms=parse_symptoms(record.get("symptoms"), where(path, row_no, "symptoms")),
        patient=patient,
        prompt=prompt,
        prompt_template=None if blank(template) else str(template),
    )  # fmt: skip
