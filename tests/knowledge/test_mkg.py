from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medsyn_dataset.knowledge import icd10
from medsyn_dataset.knowledge.mkg import (
    Constraints,
    MedicalKnowledgeGraph,
    MkgFormatError,
    Triple,
    default_mkg,
    load_mkg,
    load_triples,
    write_triples,
)

TRIPLES = [
    ("X01", "has_symptom", "кашель", 1.0),
    ("X01", "has_symptom", "насморк", 0.5),
    ("X01", "has_symptom", "слабость", 0.1),
    ("X01", "has_symptom", "головная боль", 0.3),
    ("X01", "treated_with", "парацетамол", 0.8),
    ("X01", "sex", "female", 1),
    ("X01", "min_age", "18", 1),
    ("X01", "max_age", "45", 1),
    ("X01.1", "min_age", "30", 1),
]


def _write_text(path, rows, sep):
    lines = ["# comment", sep.join(("head", "relation", "tail", "weight"))]
    lines += [sep.join(str(x) for x in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["tsv", "csv", "parquet"])
def test_load_external_triples(tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    if fmt == "parquet":
        pq.write_table(pa.table({k: [str(r[i]) if i < 3 else float(r[3]) for r in TRIPLES] for i, k in enumerate(("head", "relation", "tail", "weight"))}), path)
    else:
        _write_text(path, TRIPLES, "\t" if fmt == "tsv" else ",")
    graph = load_triples(path)
    assert graph.codes() == ["X01"]
    assert graph.symptoms("X01")["насморк"] == 0.5
    assert graph.symptoms("X01.1") == graph.symptoms("X01")  # subcode falls back to category
    assert graph.drugs("X01") == {"парацетамол": 0.8}
    assert graph.nodes["кашель"] == "symptom" and graph.nodes["парацетамол"] == "drug" and graph.nodes["X01"] == "disease"
    assert graph.constraints("X01") == Constraints("female", 18, 45)
    assert graph.constraints("X01.1") == Constraints("female", 30, 45)


def test_write_and_reload_round_trip(tmp_path):
    graph = MedicalKnowledgeGraph(Triple(*t) for t in TRIPLES)
    back = load_triples(write_triples(graph, tmp_path / "g.tsv"))
    assert back.triples == graph.triples


@pytest.mark.parametrize(
    ("row", "match"),
    [
        (("X01", "causes", "кашель", 1), "row 3, field 'relation': unknown relation 'causes'"),
        (("X01", "has_symptom", "кашель", "heavy"), "row 3, field 'weight': not a number"),
        (("X01", "has_symptom", "кашель", -1), "row 3, field 'weight': must be a finite number > 0"),
        (("", "has_symptom", "кашель", 1), "row 3, field 'head': empty value"),
        (("X01", "sex", "both", 1), "row 3, field 'tail'"),
        (("X01", "min_age", "old", 1), "row 3, field 'tail'"),
    ],
)
def test_bad_rows_name_file_row_field(tmp_path, row, match):
    path = _write_text(tmp_path / "bad.tsv", [TRIPLES[0], row], "\t")
    with pytest.raises(MkgFormatError) as info:
        load_triples(path)
    assert str(path) in str(info.value)
    assert match in str(info.value)


def test_missing_column_and_unsupported_type(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("head\trelation\nX01\thas_symptom\n")
    with pytest.raises(MkgFormatError, match="row 1, field 'tail': missing column"):
        load_triples(path)
    other = tmp_path / "g.xlsx"
    other.write_text("x")
    with pytest.raises(MkgFormatError, match="unsupported"):
        load_triples(other)


def test_sampling_is_seeded_and_weighted():
    graph = MedicalKnowledgeGraph(Triple(*t) for t in TRIPLES)
    first = [graph.sample_symptoms("X01", np.random.default_rng(5), k_range=(1, 3)) for _ in range(3)]
    again = [graph.sample_symptoms("X01", np.random.default_rng(5), k_range=(1, 3)) for _ in range(3)]
    assert first == again
    assert graph.sample_symptoms("X01", 1, k=2) == graph.sample_symptoms("X01", 1, k=2)
    rng = np.random.default_rng(0)
    draws = [graph.sample_symptoms("X01", rng, k=10) for _ in range(50)]
    assert all(len(d) == 4 and len(set(d)) == 4 for d in draws)  # capped, distinct
    firsts = Counter(graph.sample_symptoms("X01", rng, k=1)[0] for _ in range(2000))
    assert firsts["кашель"] > firsts["насморк"] > firsts["слабость"]
    # a high temperature flattens the weights
    flat = Counter(graph.sample_symptoms("X01", rng, k=1, temperature=50)[0] for _ in range(2000))
    assert flat["слабость"] > firsts["слабость"] * 2
    with pytest.raises(KeyError):
        graph.sample_symptoms("Y99", rng)


def test_merge_layers_external_on_default(tmp_path):
    path = _write_text(tmp_path / "extra.tsv", [("J06", "has_symptom", "новый симптом", 0.7), *TRIPLES], "\t")
    graph = load_mkg([path])
    assert graph.symptoms("J06")["новый симптом"] == 0.7
    assert set(default_mkg().symptoms("J06")) < set(graph.symptoms("J06"))
    assert "X01" in graph.codes() and "X01" not in default_mkg().codes()


# ---- the shipped default graph ---------------------------------------------------------------


def test_default_graph_covers_every_code():
    graph = default_mkg()
    codes = icd10.default_codes()
    assert set(codes) <= set(graph.codes())
    for code in codes:
        symptoms = graph.symptoms(code)
        assert len(symptoms) >= 8, code
        assert all(0 < w <= 1 for w in symptoms.values()), code
        limits = graph.constraints(code)
        assert 0 <= limits.min_age <= limits.max_age <= 99
        assert graph.diseases[code].min_age is not None and graph.diseases[code].max_age is not None, code
    assert graph.constraints("N40").sex == "male"
    assert graph.constraints("N80").sex == "female"
    assert graph.constraints("J06").sex is None
    assert sum(1 for c in codes if graph.drugs(c)) > 150


def test_default_sex_rules_match_who_lists(shared):
    """Compare the MKG's sex rules with the WHO ICD-10 lists of sex-limited codes; report every mismatch."""
    data = json.loads(shared("reference", "icd_gender_split.json").read_text(encoding="utf-8"))
    limited: dict[str, str] = {}
    for key, codes in data.items():
        if isinstance(codes, list):
            sex = "female" if "female" in key else "male"
            limited.update(dict.fromkeys(codes, sex))
    graph = default_mkg()
    mismatches = []
    for category in icd10.default_codes():
        subs = icd10.subcodes(category)
        expected = limited.get(category)
        if expected is None and subs and all(limited.get(s) for s in subs) and len({limited[s] for s in subs}) == 1:
            expected = limited[subs[0]]
        if graph.constraints(category).sex != expected:
            mismatches.append((category, graph.constraints(category).sex, expected))
        if expected is None:
            for sub in subs:
                if graph.constraints(sub).sex != limited.get(sub):
                    mismatches.append((sub, graph.constraints(sub).sex, limited.get(sub)))
    assert not mismatches, f"(code, ours, WHO) mismatches: {mismatches}"
