"""Synthetic *validated* note folders, for tests and benchmarks of the build stage.

They have the shape the validation stage writes (``part-*.parquet`` in NOTE_SCHEMA with the
``validation`` struct filled, ``validation_report.json`` beside them) but the texts are either
drawn from a list the caller gives (e.g. upstream notes) or composed from a few Russian phrases.
Decisions, near-duplicate clusters and shared example notes are drawn at the given rates, so the
builder's filtering, redaction and grouping are exercised.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from medsyn_dataset.io import iter_jsonl
from medsyn_dataset.knowledge.icd10 import name_ru
from medsyn_dataset.note_folder import shard_name
from medsyn_dataset.schema import (
    DECISIONS,
    VALIDATION_COLUMN,
    VF,
    PiiSpan,
    Reason,
    ValidationRecord,
    table_from_rows,
    write_table,
)
from medsyn_dataset.validation_report import Gate, ValidationReport

_PHRASES = (
    "Пациент предъявляет жалобы на {s}.",
    "Со слов пациента, беспокоит {s} в течение нескольких дней.",
    "Объективно: состояние удовлетворительное, кожные покровы обычной окраски.",
    "Рекомендовано дообследование и наблюдение у терапевта.",
    "Анамнез без особенностей, аллергии отрицает.",
)
_SYMPTOMS = ("кашель", "головная боль", "слабость", "температура 38", "боль в горле", "тошнота", "одышка")


def synthetic_rows(
    n: int,
    codes: Sequence[str],
    seed: int = 0,
    *,
    texts: Sequence[str] | None = None,
    drop_rate: float = 0.05,
    redact_rate: float = 0.1,
    cluster_rate: float = 0.05,
    example_rate: float = 0.3,
    id_prefix: str = "note",
) -> list[dict]:
    """``n`` note rows with filled ``validation`` structs, codes drawn uniformly from ``codes``."""
    rng = np.random.default_rng(seed)
    rows = []
    n_clusters = max(1, int(n * cluster_rate / 2))
    n_examples = max(1, int(n * example_rate / 3))
    for i in range(n):
        code = str(codes[int(rng.integers(len(codes)))])
        symptoms = [str(s) for s in rng.choice(_SYMPTOMS, size=int(rng.integers(1, 4)), replace=False)]
        if texts:
            text = str(texts[int(rng.integers(len(texts)))])
        else:
            text = " ".join(p.format(s=", ".join(symptoms)) for p in _PHRASES) + f" Код {code}, запись {i}."
        u = rng.random()
        decision = "drop" if u < drop_rate else "redact" if u < drop_rate + redact_rate else "keep"
        cluster = int(rng.integers(n_clusters)) if rng.random() < cluster_rate else None
        example = f"ex-{int(rng.integers(n_examples))}" if rng.random() < example_rate else None
        rows.append(
            {
                "id": f"{id_prefix}-{i:06d}",
                "icd10_code": code,
                "icd10_name_ru": name_ru(code),
                "text": text + (" Пациент Иван Петров, тел. +7 900 123-45-67." if decision == "redact" else ""),
                "text_redacted": (text + " Пациент <PERSON>, тел. <PHONE>.") if decision == "redact" else None,
                "symptoms": symptoms,
                "patient": {"age": int(rng.integers(18, 90)), "sex": str(rng.choice(["male", "female"])),
                            "marital_status": "married", "smoking": bool(rng.random() < 0.3)},
                "example_id": example,
                "example_source": "synthetic" if example else None,
                "prompt_template": "short",
                "generation": {"backend": "template", "model": "template-composer", "params": "{}", "seed": i},
                "source": {"kind": "generated", "dataset": "synthetic", "flags": []},
                "validation": ValidationRecord(
                    decision=decision,  # type: ignore[arg-type]
                    reasons=(Reason("redact", "pii", "PERSON"),) if decision == "redact"
                    else ((Reason("drop", "near_duplicate"),) if decision == "drop" else ()),
                    pii=(PiiSpan("PERSON", len(text) + 9, len(text) + 20, 0.9, "synthetic"),) if decision == "redact" else (),
                    near_dup_cluster=cluster,
                    is_cluster_representative=cluster is not None,
                    symptom_coverage=float(rng.random()),
                    label_predictions=(code,),
                    quality_scores="{}",
                    policy_hash="synthetic",
                ).to_arrow(),
            }
        )
    return rows


def write_validated_dir(
    rows: Sequence[dict] | pa.Table, directory: str | os.PathLike[str], shard_size: int = 1000
) -> Path:
    """Write rows as a note folder (``part-NNNNN.parquet`` shards) plus a ``validation_report.json``
    that says only what is known of them: the rows, the decisions and a passed gate."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    table = rows if isinstance(rows, pa.Table) else table_from_rows(list(rows))
    for k, start in enumerate(range(0, max(table.num_rows, 1), shard_size)):
        write_table(table.slice(start, shard_size), directory / shard_name(k))
    decisions = pc.struct_field(table.column(VALIDATION_COLUMN), VF.DECISION.value).to_pylist()
    ValidationReport.with_keys(
        rows=table.num_rows,
        decisions={d: decisions.count(d) for d in DECISIONS},
        gate=Gate.with_keys(passed=True),
    ).write(directory)
    return directory


def load_texts(path: str | os.PathLike[str], column: str = "response", limit: int | None = None) -> list[str]:
    """Texts of a Parquet/JSONL file (e.g. the upstream MedSyn notes) to resample into synthetic rows."""
    path = Path(path)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        values = pq.read_table(path, columns=[column]).column(column).to_pylist()
    else:
        values = [record.get(column) for _, record in iter_jsonl(path)]
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    return texts[:limit] if limit else texts
