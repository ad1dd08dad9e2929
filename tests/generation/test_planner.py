from __future__ import annotations

import json
import math
from collections import Counter

import pyarrow.parquet as pq
import pytest

from medsyn_dataset.config import config_from_dict
from medsyn_dataset.generation import planner
from medsyn_dataset.generation.examples import ExampleNote, ExamplePool, load_example_pool
from medsyn_dataset.generation.prompts import load_templates
from medsyn_dataset.knowledge import icd10
from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph, Triple, default_mkg
from medsyn_dataset.schema import TASK_SCHEMA, params_json

# Codes with sex/age limits at category level (N40, C53) and at subcode level (B37.3, I86.1/I86.3, E89.4/5).
CODES = ["J06", "N40", "C53", "B37", "I86", "E89", "K29"]


def make_config(**overrides):
    data = {
        "name": "t",
        "seed": 7,
        "codes": CODES,
        "notes": {"total": 70, "distribution": "uniform"},
        "generation": {"params": {"temperature": 0.7, "max_tokens": 900}},
    }
    for key, value in overrides.items():
        node = data
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return config_from_dict(data)


def test_same_config_and_seed_give_identical_bytes(tmp_path):
    config = make_config()
    first = planner.write_tasks(planner.plan_tasks(config), tmp_path / "a.parquet")
    second = planner.write_tasks(planner.plan_tasks(config), tmp_path / "b.parquet")
    assert first.read_bytes() == second.read_bytes()
    other = planner.write_tasks(planner.plan_tasks(config, seed=8), tmp_path / "c.parquet")
    assert other.read_bytes() != first.read_bytes()


def test_table_is_complete_and_in_task_schema(tmp_path):
    config = make_config()
    table = planner.plan_tasks(config)
    assert table.schema.equals(TASK_SCHEMA, check_metadata=True)
    path = planner.write_tasks(table, tmp_path / "tasks.parquet")
    back = planner.read_tasks(path)
    assert back.equals(table)
    rows = back.to_pylist()
    assert len({r["task_id"] for r in rows}) == len(rows) == 70
    assert len({r["seed"] for r in rows}) == 70
    templates = load_templates()
    for row in rows:
        for column in ("task_id", "icd10_code", "icd10_name_ru", "symptoms", "patient", "prompt_template",
                       "prompt_template_hash", "system_prompt", "prompt", "params"):  # fmt: skip
            assert row[column], column
        assert row["task_id"].startswith(f"t-{row['icd10_code']}-")
        assert row["params"] == params_json({"temperature": 0.7, "max_tokens": 900})
        assert row["prompt_template_hash"] == templates[row["prompt_template"]].hash
        assert row["prompt_template"] in ("short", "detailed_tests", "detailed_traits", "demographics")
        assert row["example_id"] is None and row["example_text"] is None


def test_raising_total_keeps_planned_tasks():
    config = make_config()
    small = {r["task_id"]: r for r in planner.plan_tasks(config, total=14).to_pylist()}
    large = {r["task_id"]: r for r in planner.plan_tasks(config, total=35).to_pylist()}
    assert set(small) <= set(large)
    assert all(large[task_id] == row for task_id, row in small.items())


def test_subcodes_symptoms_and_demographic_limits():
    config = make_config(**{"notes.total": 700, "generation.symptoms_min": 2, "generation.symptoms_max": 4})
    mkg = default_mkg()
    rows = planner.plan_tasks(config).to_pylist()
    subcodes_seen = Counter()
    for row in rows:
        code, sub, patient = row["icd10_code"], row["icd10_subcode"], row["patient"]
        if icd10.subcodes(code):
            assert sub in icd10.subcodes(code), (code, sub)
        else:
            assert sub is None
        subcodes_seen[sub] += 1
        limits = mkg.constraints(sub or code)
        assert limits.allows(patient["sex"], patient["age"]), (sub, patient)
        assert 2 <= len(row["symptoms"]) <= 4
        assert set(row["symptoms"]) <= set(mkg.symptoms(sub or code))
        for symptom in row["symptoms"]:
            assert symptom in row["prompt"]
    # category-level and subcode-level sex rules were exercised
    assert {r["patient"]["sex"] for r in rows if r["icd10_code"] == "N40"} == {"male"}
    assert {r["patient"]["sex"] for r in rows if r["icd10_subcode"] == "B37.3"} == {"female"}
    assert {r["patient"]["sex"] for r in rows if r["icd10_subcode"] == "I86.1"} == {"male"}
    assert all(r["patient"]["age"] >= 40 for r in rows if r["icd10_code"] == "N40")
    assert len(subcodes_seen) > 20


def test_category_without_subcodes_has_null_subcode():
    config = make_config(codes=["N40"], **{"notes.total": 5})
    rows = planner.plan_tasks(config).to_pylist()
    assert [r["icd10_subcode"] for r in rows] == [None] * 5


def test_disease_name_only_in_templates_that_ask_for_it():
    config = make_config(**{"generation.templates": ["short", "detailed_tests", "detailed_traits", "demographics",
                                                     "diagnosis"], "notes.total": 140})  # fmt: skip
    rows = planner.plan_tasks(config).to_pylist()
    used = Counter(r["prompt_template"] for r in rows)
    assert used["diagnosis"] > 0 and len(used) == 5
    for row in rows:
        name = row["icd10_name_ru"]
        if row["prompt_template"] == "diagnosis":
            assert name in row["prompt"]
        else:
            assert name not in row["prompt"]
            assert name.lower()[:20] not in row["prompt"].lower()


# ---- distributions ----------------------------------------------------------------------------------


def test_largest_remainder_sums_exactly_and_breaks_ties_by_order():
    assert planner.largest_remainder({"a": 1, "b": 1, "c": 1}, 10) == {"a": 4, "b": 3, "c": 3}
    weights = {f"c{i}": (i * 37 % 11) + 0.3 for i in range(219)}
    for total in (1, 219, 1000, 41185):
        counts = planner.largest_remainder(weights, total)
        assert sum(counts.values()) == total
        mass = sum(weights.values())
        assert all(abs(counts[k] - weights[k] / mass * total) < 1 for k in weights)
    with pytest.raises(planner.PlanError):
        planner.largest_remainder({"a": 0.0}, 3)


@pytest.mark.parametrize("total", [70, 71, 1000])
def test_uniform_distribution(total):
    counts = Counter(planner.plan_tasks(make_config(), total=total).column("icd10_code").to_pylist())
    assert sum(counts.values()) == total
    assert max(counts.values()) - min(counts.values()) <= 1


def test_explicit_counts_and_weights():
    counts = {"J06": 5, "N40": 2, "C53": 0}
    config = make_config(**{"notes.distribution": "explicit", "notes.counts": counts, "notes.total": 7})
    planned = Counter(planner.plan_tasks(config).column("icd10_code").to_pylist())
    assert planned == Counter({"J06": 5, "N40": 2})
    rescaled = Counter(planner.plan_tasks(config, total=70).column("icd10_code").to_pylist())
    assert rescaled == Counter({"J06": 50, "N40": 20})
    weights = {"J06": 3.0, "K29": 1.0}
    config = make_config(**{"notes.distribution": "explicit", "notes.weights": weights, "notes.total": 10})
    planned = Counter(planner.plan_tasks(config).column("icd10_code").to_pylist())
    assert planned == Counter({"J06": 8, "K29": 2})  # 7.5 / 2.5: a tie, broken in a seeded order


def test_medsyn_weight_formula_hand_computed():
    # f(x) = ln(1 + ln(1 + ln(1 + x))), computed by hand:
    # f(1) = ln(1 + ln(1 + 0.693147)) = ln(1 + 0.526589) = 0.423036
    # f(3) = ln(1 + ln(1 + 1.386294)) = ln(1 + 0.869742) = 0.625800
    # f(10) = ln(1 + ln(1 + 2.397895)) = ln(1 + 1.223101) = 0.798928
    assert planner.medsyn_f(1) == pytest.approx(0.423036, abs=1e-6)
    assert planner.medsyn_f(3) == pytest.approx(0.625800, abs=1e-6)
    assert planner.medsyn_f(10) == pytest.approx(0.798928, abs=1e-6)
    assert planner.medsyn_weight(3, 10) == pytest.approx(0.625800 * 0.798928, abs=1e-6)

    graph = MedicalKnowledgeGraph(
        [Triple("J06", "has_symptom", f"s{i}") for i in range(3)]
        + [Triple("K29", "has_symptom", f"s{i}") for i in range(10)]
    )
    pool = ExamplePool(source="pool", by_code={
        "J06": [ExampleNote(f"j{i}", "J06", "текст") for i in range(10)],
        "K29": [ExampleNote("k0", "K29", "текст")],
    })  # fmt: skip
    config = make_config(codes=["J06", "K29"], **{"notes.distribution": "medsyn", "notes.total": 100})
    weights = planner.code_weights(config, graph, pool)
    assert weights["J06"] == pytest.approx(0.625800 * 0.798928, abs=1e-6)  # 3 symptoms, 10 examples
    assert weights["K29"] == pytest.approx(0.798928 * 0.423036, abs=1e-6)  # 10 symptoms, 1 example
    # 0.499970 / (0.499970 + 0.337975) = 0.59666 -> 59.666 and 40.334 of 100 -> 60 / 40
    assert planner.code_counts(config, graph, pool=pool) == {"J06": 60, "K29": 40}
    # no pool: n_examples counts as 1 for every code, so only f(n_symptoms) matters
    no_pool = planner.code_weights(config, graph, None)
    assert no_pool["J06"] / no_pool["K29"] == pytest.approx(0.625800 / 0.798928, rel=1e-5)


def test_medsyn_distribution_on_default_codes_sums_to_total():
    config = config_from_dict({"name": "m", "notes": {"total": 41185, "distribution": "medsyn"}})
    counts = planner.code_counts(config, default_mkg())
    assert sum(counts.values()) == 41185 and len(counts) == 219
    assert min(counts.values()) > 0
    assert max(counts.values()) / min(counts.values()) < 1.5  # near-uniform, as in the paper


# ---- example pool and templates -----------------------------------------------------------------------


def _write_pool_jsonl(path):
    records = [
        {"idx": "p1", "text": "Жалобы на насморк и боль в горле третий день.", "code": "J06"},
        {"idx": "p2", "text": "Заложенность носа, температура 37,8.", "code": "J06.9"},
        {"idx": "p3", "text": "Учащённое мочеиспускание по ночам.", "code": "N40"},
        {"idx": "p4", "text": "", "code": "N40"},  # empty: skipped
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return records


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_example_pool_conditions_tasks(tmp_path, kind):
    records = _write_pool_jsonl(tmp_path / "pool.jsonl")
    path = tmp_path / "pool.jsonl"
    if kind == "parquet":
        import pyarrow as pa

        path = tmp_path / "pool.parquet"
        pq.write_table(pa.Table.from_pylist(records), path)
    pool_spec = {"path": str(path), "text_column": "text", "code_column": "code", "id_column": "idx"}
    config = make_config(
        codes=["J06", "N40", "K29"], **{"generation.example_pool": pool_spec, "notes.total": 30}
    )
    rows = planner.plan_tasks(config).to_pylist()
    texts = {r["idx"]: r["text"] for r in records}
    for row in rows:
        if row["icd10_code"] == "K29":  # no example in the pool
            assert row["example_id"] is None and row["prompt_template"] != "example"
            continue
        assert row["prompt_template"] == "example"
        assert row["example_id"] in ({"p1", "p2"} if row["icd10_code"] == "J06" else {"p3"})
        assert row["example_text"] == texts[row["example_id"]]
        assert row["example_text"] in row["prompt"]
        assert row["example_source"] == f"{tmp_path.name}/{path.name}"
        assert all(s in row["prompt"] for s in row["symptoms"])
    pool = load_example_pool(path, id_column="idx")
    assert pool.count("J06") == 2 and pool.count("N40") == 1 and pool.skipped == 1


def test_example_probability_zero_never_uses_examples(tmp_path):
    _write_pool_jsonl(tmp_path / "pool.jsonl")
    spec = {"path": str(tmp_path / "pool.jsonl"), "probability": 0.0}
    rows = planner.plan_tasks(make_config(codes=["J06"], **{"generation.example_pool": spec})).to_pylist()
    assert all(r["example_id"] is None for r in rows)


def test_example_pool_errors_name_file_row_field(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "code": "J06"}\n{"text": "b", "code": "12X"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl: row 2, field 'code'"):
        load_example_pool(bad)
    missing = tmp_path / "missing.jsonl"
    missing.write_text('{"body": "a", "code": "J06"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing.jsonl: row 1, field 'text': column is missing"):
        load_example_pool(missing)


def test_user_template_folder(tmp_path):
    (tmp_path / "brief.j2").write_text(
        "{#- medsyn-template\nversion: 3\ndescription: очень кратко\n-#}\n"
        "Опиши приём: {{ symptoms | join_ru }}. Пациент — {{ patient_description }}.\n",
        encoding="utf-8",
    )
    config = make_config(**{"generation.template_dir": str(tmp_path), "generation.templates": ["brief"]})
    rows = planner.plan_tasks(config).to_pylist()
    template = load_templates(tmp_path)["brief"]
    assert template.version == "3"
    assert {r["prompt_template"] for r in rows} == {"brief"}
    assert {r["prompt_template_hash"] for r in rows} == {template.hash}
    assert all(r["prompt"].startswith("Опиши приём: ") for r in rows)


def test_unknown_template_and_example_template_without_pool_are_errors():
    with pytest.raises(planner.PlanError, match="unknown template 'nope'"):
        planner.plan_tasks(make_config(**{"generation.templates": ["nope"]}))
    with pytest.raises(planner.PlanError, match="example_pool"):
        planner.plan_tasks(make_config(**{"generation.templates": ["example"]}))


def test_code_without_symptoms_is_an_error():
    graph = MedicalKnowledgeGraph([Triple("J06", "has_symptom", "кашель")])
    with pytest.raises(planner.PlanError, match="K29"):
        planner.plan_tasks(make_config(codes=["J06", "K29"]), mkg=graph)


def test_task_seed_is_stable():
    assert planner.task_seed(1, "x-J06-000000") == planner.task_seed(1, "x-J06-000000")
    assert planner.task_seed(1, "x-J06-000000") != planner.task_seed(2, "x-J06-000000")
    assert 0 <= planner.task_seed(1, "a") < 2**63
    assert not math.isnan(planner.task_seed(0, ""))


def test_rumedtop3_train_as_example_pool(shared):
    train = shared("rumedtop3", "train.jsonl")
    spec = {"path": str(train), "text_column": "symptoms", "code_column": "code", "id_column": "idx"}
    config = make_config(codes=["J06", "I10", "K29"], **{"generation.example_pool": spec, "notes.total": 30})
    pool = planner.load_pool(config)
    assert pool is not None and len(pool) == 4690
    rows = planner.plan_tasks(config, pool=pool).to_pylist()
    with_example = [r for r in rows if r["example_id"]]
    assert with_example, "RuMedTop3 has notes for these codes"
    for row in with_example:
        assert row["example_source"] == "rumedtop3/train.jsonl"
        assert row["example_text"] in row["prompt"]


def test_cli_plan(tmp_path):
    from typer.testing import CliRunner

    from medsyn_dataset.cli import app

    runner = CliRunner()
    args = ["plan", "--config", "demo", "--total", "30", "--no-progress"]
    first = runner.invoke(app, [*args, "--out", str(tmp_path / "a.parquet")])
    assert first.exit_code == 0, first.output
    assert "tasks" in first.output and "30" in first.output and "templates" in first.output
    second = runner.invoke(app, [*args, "--out", str(tmp_path / "b.parquet")])
    assert second.exit_code == 0
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert planner.read_tasks(tmp_path / "a.parquet").num_rows == 30
    seeded = runner.invoke(app, [*args, "--seed", "5", "--out", str(tmp_path / "c.parquet")])
    assert seeded.exit_code == 0
    assert (tmp_path / "c.parquet").read_bytes() != (tmp_path / "a.parquet").read_bytes()
    config = tmp_path / "bad.yaml"
    config.write_text("name: x\nnotes: {total: 5}\ngeneration: {templates: [nope]}\n", encoding="utf-8")
    bad = runner.invoke(app, ["plan", "--config", str(config), "--out", str(tmp_path / "d.parquet")])
    assert bad.exit_code == 1 and "unknown template 'nope'" in bad.output
    assert not (tmp_path / "d.parquet").exists()


def test_small_total_spreads_over_the_code_set():
    config = config_from_dict({"name": "s", "seed": 1, "notes": {"total": 30}})
    counts = planner.code_counts(config, default_mkg())
    chosen = [code for code, n in counts.items() if n]
    assert len(chosen) == 30 and sum(counts.values()) == 30
    assert len({code[0] for code in chosen}) > 5  # not just the first 30 codes alphabetically (A.., B..)
    assert planner.code_counts(config, default_mkg()) == counts
    assert planner.code_counts(config, default_mkg(), seed=2) != counts
