"""Fixtures of the validation tests: small note folders built in tmp dirs, and the PII scanner."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from medsyn_dataset import schema

if TYPE_CHECKING:
    from medsyn_dataset.validation.pii import PiiScanner

CLEAN_NOTE = (
    "Анамнез заболевания. Пациент обратился с жалобами на кашель с мокротой, повышение температуры тела до 38 градусов "
    "и общую слабость в течение пяти дней. Заболевание началось остро после переохлаждения. Принимал жаропонижающие "
    "препараты с временным эффектом. Объективно: состояние удовлетворительное, дыхание жесткое, хрипы в нижних отделах "
    "справа. Назначены общий анализ крови, рентгенография органов грудной клетки и антибактериальная терапия."
)


def note(note_id: str, text: str = CLEAN_NOTE, code: str = "J18", **extra: Any) -> dict[str, Any]:
    """One note row of the declared schema."""
    row: dict[str, Any] = {
        "id": note_id,
        "icd10_code": code,
        "text": text,
        "symptoms": ["кашель", "повышение температуры"],
        "patient": {"age": 45, "sex": "male", "marital_status": "married", "smoking": False},
        "generation": {"backend": "template", "model": "test", "finish_reason": "stop"},
    }
    row.update(extra)
    return row


def write_notes(folder: Path, rows: Sequence[dict[str, Any]], shard_size: int = 1000) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k, lo in enumerate(range(0, len(rows), shard_size)):
        schema.write_table(schema.table_from_rows(rows[lo : lo + shard_size]), folder / f"part-{k:05d}.parquet")
    return folder


@pytest.fixture
def notes_dir(tmp_path: Path):  # type: ignore[no-untyped-def]
    """``notes_dir(rows)`` writes rows as shards under tmp_path/in and returns the folder."""

    def _make(rows: Sequence[dict[str, Any]], shard_size: int = 1000, name: str = "in") -> Path:
        return write_notes(tmp_path / name, rows, shard_size)

    return _make


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    """A PII scanner in this process, one per test module (the PII tests' one definition; a module that needs
    another scanner defines its own fixture of this name, which takes precedence)."""
    # (imported when a PII test asks: the other validation tests never load the scanner)
    from medsyn_dataset.validation.pii import PiiScanner

    return PiiScanner(n_jobs=1)
