"""Curation of synthetic notes by validation verdicts, and the text views (complaints only, head)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medsyn_dataset import schema
from medsyn_dataset.benchmark.augment import AugmentConfig, run_augmentation
from medsyn_dataset.benchmark.data import Example
from medsyn_dataset.benchmark.synthetic import (
    SyntheticNote,
    complaints_of,
    load_synthetic,
    parse_curation,
    parse_view,
)
from medsyn_dataset.cli import app

from .conftest import VOCAB, make_examples, write_jsonl


def test_parse_curation():
    keep = parse_curation("keep,-label_not_in_top3,-dialogue")
    assert keep.decisions == {"keep"} and keep.excluded_checks == {"label_not_in_top3", "dialogue"}
    assert keep.name == "keep,-label_not_in_top3,-dialogue"
    assert parse_curation("released").decisions == {"keep", "redact"}
    assert parse_curation("all").decisions is None and not parse_curation("all").needs_validation
    assert parse_curation("-dialogue").decisions is None and parse_curation("-dialogue").needs_validation
    for bad in ("", "best", "keep,released", "keep,-Dialogue!", "keep,dialogue"):
        with pytest.raises(ValueError, match="--curation"):
            parse_curation(bad)


def note(i: int, decision: str | None, *checks: str) -> SyntheticNote:
    return SyntheticNote(Example(f"s{i}", "кашель", "J06"), decision, frozenset(checks))


def test_curation_selects_by_decision_and_flags():
    notes = [note(0, "keep"), note(1, "keep", "dialogue"), note(2, "redact", "pii"), note(3, "drop", "refusal"),
             note(4, "keep", "label_not_in_top3", "placeholder")]  # fmt: skip
    ids = lambda spec: [n.example.id for n in parse_curation(spec).select(notes)]  # noqa: E731
    assert ids("all") == ["s0", "s1", "s2", "s3", "s4"]
    assert ids("released") == ["s0", "s1", "s2", "s4"]
    assert ids("keep") == ["s0", "s1", "s4"]
    assert ids("keep,-label_not_in_top3,-dialogue") == ["s0"]
    assert ids("released,-placeholder") == ["s0", "s1", "s2"]
    with pytest.raises(ValueError, match=r"curation 'keep' needs validated notes .* 1 of 2"):
        parse_curation("keep").select([note(0, "keep"), note(1, None)])


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("Имя: Иван\nВозраст: 45\nЖалобы: Хорея, глухота, головная боль\n\nАнамнез:\nДавно болеет.",
         "Хорея, глухота, головная боль", "section"),
        ("Жалобы: \n- Хромота\n- Ограничение движения\n- Синовит (припухание сустава)\n\nАнамнез:\nПациентка...",
         "Хромота, Ограничение движения, Синовит (припухание сустава)", "section"),
        ("1. Жалобы пациента:\n   - Кашель: сухой, по ночам.\n   - Температура: 38.\n2. Анамнез: болеет 3 дня",
         "Кашель: сухой, по ночам. Температура: 38.", "section"),
        ("ЖАЛОБЫ. Боль в пояснице при наклонах\nОсмотр: без особенностей", "Боль в пояснице при наклонах", "section"),
        ("Анамнез пациента:\nПациент, 42 года, обратился в клинику с жалобами на повышенную температуру, кашель и "
         "хрипы. Он отмечает усталость.", "Жалобы на повышенную температуру, кашель и хрипы", "sentence"),
        ("Пациентка жалуется на шум в ушах. Вертиго не отмечает.", "Жалобы на шум в ушах", "sentence"),
        ("Анамнез\n\nПациентка, 35 лет. Обратилась со следующими жалобами: понос, вздутие. Образ жизни...",
         "Жалобы: понос, вздутие", "sentence"),
        ("Анамнез: болеет давно, лечился сам, эффекта нет никакого.", "Анамнез: болеет давно, лечился сам, эффекта нет никакого.", "head"),
    ],
)  # fmt: skip
def test_complaints_view(text, expected, source):
    assert complaints_of(text) == (expected, source)


def test_views_cut_and_parse():
    long = "Жалобы: " + "кашель, " * 100
    assert len(complaints_of(long)[0]) <= 300
    assert parse_view("complaints").apply(long) == complaints_of(long)[0]
    assert parse_view("head:60").apply("слово " * 40) == ("слово " * 10).strip()
    assert parse_view("full").apply("x " * 1000) == "x " * 1000
    for bad in ("head", "head:10", "body", "complaints:5"):
        with pytest.raises(ValueError, match="--view"):
            parse_view(bad)


def _validated_notes(folder: Path) -> Path:
    """Note-schema shards as `medsyn validate` writes them: a validation struct per row."""
    rows = []
    for i, (code, words) in enumerate(sorted(VOCAB.items()) * 6):
        decision, reasons = [("keep", []), ("keep", ["flag:dialogue"]), ("redact", ["redact:pii:PERSON"]),
                             ("drop", ["drop:refusal"]), ("keep", ["flag:label_not_in_top3"]), ("keep", [])][i // 5]  # fmt: skip
        text = f"Имя: Анна Петрова\nЖалобы: {', '.join(words[:3])}\n\nАнамнез:\nдлинный текст анамнеза " + "и " * 50
        rows.append({
            "id": f"n{i}", "icd10_code": code, "text": text,
            "text_redacted": text.replace("Анна Петрова", "<PERSON>") if decision == "redact" else None,
            "generation": {"backend": "template", "model": "test", "finish_reason": "stop"},
            "validation": {"decision": decision, "reasons": reasons},
        })  # fmt: skip
    folder.mkdir(parents=True)
    schema.write_table(schema.table_from_rows(rows), folder / "part-00000.parquet")
    return folder


def test_load_synthetic_keeps_verdicts_and_the_released_text(tmp_path):
    notes = load_synthetic([_validated_notes(tmp_path / "validated")])
    assert len(notes) == 30
    by_decision = {d: [n for n in notes if n.decision == d] for d in ("keep", "redact", "drop")}
    assert [len(v) for v in by_decision.values()] == [20, 5, 5]
    assert all("<PERSON>" in n.example.text and "Анна" not in n.example.text for n in by_decision["redact"])
    assert {n.checks for n in by_decision["drop"]} == {frozenset({"refusal"})}
    plain = load_synthetic([write_jsonl(tmp_path / "s.jsonl", make_examples(2, 1, "s"))])
    assert {n.decision for n in plain} == {None}


def test_augment_runs_every_curation_and_view(tmp_path):
    real = [Example(r["idx"], r["symptoms"], r["code"]) for r in make_examples(6, 1, "r", foreign=2)]
    evaluation = [Example(r["idx"], r["symptoms"], r["code"]) for r in make_examples(4, 2, "d", foreign=2)]
    synthetic = load_synthetic([_validated_notes(tmp_path / "validated")])
    config = AugmentConfig(ratios=[1.0], seeds=[0, 1, 2], synthetic_only=False,
                           curations=[parse_curation("all"), parse_curation("keep,-dialogue,-label_not_in_top3")],
                           views=[parse_view("full"), parse_view("complaints")])  # fmt: skip
    result = run_augmentation(real, synthetic, evaluation, config)
    assert [c.name for c in result.conditions] == [
        "real",
        "real+syn x1",
        "real+syn x1 [all | complaints]",
        "real+syn x1 [keep,-dialogue,-label_not_in_top3 | full]",
        "real+syn x1 [keep,-dialogue,-label_not_in_top3 | complaints]",
    ]
    assert [len(p.examples) for p in result.pools] == [30, 30, 10, 10]
    assert result.pools[1].view_sources == {"section": 30}
    assert result.pools[1].examples[0].text in {", ".join(w[:3]) for w in VOCAB.values()}
    assert all(len(c.runs) == 3 for c in result.conditions)
    assert [r.n_synthetic for r in result.conditions[3].runs] == [10, 10, 10]  # the pool is smaller than x1


def test_cli_augment_with_curation_needs_validated_notes(tmp_path):
    real = write_jsonl(tmp_path / "real.jsonl", make_examples(6, 1, "r"))
    dev = write_jsonl(tmp_path / "dev.jsonl", make_examples(2, 2, "d"))
    plain = write_jsonl(tmp_path / "syn.jsonl", make_examples(3, 3, "s"))
    args = ["benchmark", "augment", "--real-train", str(real), "--eval", str(dev), "--ratios", "1", "--seeds", "1",
            "--out", str(tmp_path / "report")]  # fmt: skip
    result = CliRunner().invoke(app, [*args, "--synthetic", str(plain), "--curation", "keep"])
    assert result.exit_code == 1 and "curation 'keep' needs validated notes" in result.output
    validated = _validated_notes(tmp_path / "validated")
    result = CliRunner().invoke(app, [*args, "--synthetic", str(validated), "--curation", "all", "--curation",
                                      "keep,-dialogue", "--view", "complaints"])  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads((tmp_path / "report" / "report.json").read_text())
    assert [(p["curation"], p["view"], p["n"]) for p in document["pools"]] == [
        ("all", "complaints", 30), ("keep,-dialogue", "complaints", 15)
    ]  # fmt: skip
    markdown = (tmp_path / "report" / "report.md").read_text()
    assert "| keep,-dialogue | complaints | 15 | section 15 |" in markdown
    assert "| real+syn x1 [keep,-dialogue | complaints] |" in markdown
