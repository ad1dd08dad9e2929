"""The real upstream MedSyn notes (../shared): the known defects must surface.

Quality counts run on all 11,480 notes (fast); the whole pipeline runs on a 1,500-note subset to
keep this test short (the full run is in benchmarks/bench_validation.py).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from medsyn_dataset import schema
from medsyn_dataset.validation.quality import check_quality

UPSTREAM = ("medsyn_upstream", "generated_notes.parquet")


def _import(shared, tmp: Path) -> Path:  # type: ignore[no-untyped-def]
    from medsyn_dataset.generation.importers import import_corpus

    out = tmp / "upstream"
    import_corpus("medsyn-raw", shared(*UPSTREAM), out)
    return out


def test_quality_counts_on_all_upstream_notes(shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = schema.read_notes(_import(shared, tmp_path))
    assert notes.num_rows == 11_480
    counts: Counter[str] = Counter()
    instructions = not_a_note = 0
    for text in notes.column("text").to_pylist():
        found, scores = check_quality(text)
        checks = {f.check for f in found}
        counts.update(checks)
        instructions += bool(scores.get("placeholder_instructions"))
        not_a_note += bool(checks & {"refusal", "empty", "too_short"})
    # 2 explicit refusals ("Извините, но я не могу выполнить ваш запрос.", "...я всего лишь виртуальный
    # помощник...") plus 2 non-notes (a bare "АНАМНЕЗ" heading, a one-line question): all dropped by default.
    assert counts["refusal"] >= 2
    assert not_a_note >= 4
    # `[указать ...]`-style instructions alone; bare fields such as `[Имя]`, `[дата]` come on top.
    assert 300 <= instructions <= 560
    assert 700 <= counts["placeholder"] <= 950
    assert 10 <= counts["non_russian"] <= 20
    assert 1_000 <= counts["dialogue"] <= 1_400
    assert 100 <= counts["ai_disclaimer"] <= 350


def test_pipeline_on_an_upstream_subset(shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from medsyn_dataset.validation.pipeline import validate_notes
    from medsyn_dataset.validation.policy import LabelPolicy, Policy

    notes = schema.read_notes(_import(shared, tmp_path)).slice(0, 1500)
    subset = tmp_path / "subset"
    schema.write_table(notes, subset / "part-00000.parquet")
    # The label-noise classifier is tested on its own (test_labels.py); skipping it keeps this test short.
    policy = Policy(labels=LabelPolicy(label_noise=False))
    report = validate_notes(subset, tmp_path / "out", policy=policy, progress=False)
    data = report.data
    assert data["rows"] == 1500
    # Invented names ("Имя пациента: Анна Иванова") are found and redacted.
    assert data["pii"]["entities_by_type"].get("PERSON", 0) >= 100
    assert data["reasons"].get("redact:pii:PERSON", 0) >= 100
    assert data["decisions"]["redact"] >= 100
    assert data["reasons"].get("flag:placeholder", 0) >= 50
    assert data["reasons"].get("flag:dialogue", 0) >= 50
    assert data["gate"]["conditions"]["no_unredacted_high_confidence_pii_kept"]["ok"]
    out = {r["id"]: r for r in schema.read_notes(tmp_path / "out").to_pylist()}
    redacted = [r for r in out.values() if r["validation"]["decision"] == "redact"]
    assert all(r["text_redacted"] != r["text"] for r in redacted)
