"""``rumedtop3``: RuMedTop3 JSONL: ``idx`` becomes ``id``, ``symptoms`` becomes ``text`` (kept byte for
byte, so character offsets stay valid), ``code`` becomes ``icd10_code``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medsyn_dataset.generation.importers.rows import note_row, require, text_field, where
from medsyn_dataset.generation.importers.values import resolve_code


def convert(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
    require(path, row_no, record, ["idx", "symptoms", "code"])
    text = text_field(path, row_no, record, "symptoms")  # byte for byte: offsets into it must stay valid
    code = resolve_code(record["code"], where(path, row_no, "code"))
    note_id = str(record["idx"])
    return note_row(note_id, text, code, "rumedtop3", note_id, None)
