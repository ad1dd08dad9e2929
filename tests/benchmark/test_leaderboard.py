from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medsyn_dataset.benchmark.leaderboard import (
    load_reference,
    rank_results,
    render_markdown,
    score_submission,
)
from medsyn_dataset.benchmark.submission import InvalidSubmissionError, load_metadata, validate_submission
from medsyn_dataset.cli import app

runner = CliRunner()

REFERENCE = [
    {"idx": "q1", "symptoms": "кашель", "code": "J06"},
    {"idx": "q2", "symptoms": "давление", "code": "I10"},
    {"idx": "q3", "symptoms": "поясница", "code": "M54"},
    {"idx": "q4", "symptoms": "изжога", "code": "K29"},
]


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    path = tmp_path / "ref.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REFERENCE), encoding="utf-8")
    return path


def write(tmp_path: Path, lines: list[str], name: str = "sub.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = [
    '{"idx": "q1", "prediction": ["J06", "I10", "M54"]}',
    '{"idx": "q2", "prediction": ["M54", "I10"]}',
    '{"idx": "q3", "prediction": ["M54"]}',
    '{"idx": "q4", "prediction": ["J06", "I10", "M54"]}',
]


def problems_of(tmp_path, reference, lines):
    ref = load_reference(str(reference))
    return [str(p) for p in validate_submission(write(tmp_path, lines), ref.examples, ref.label_set)[1]]


def test_valid_submission(tmp_path, reference):
    assert problems_of(tmp_path, reference, GOOD) == []


@pytest.mark.parametrize(
    ("line_no", "bad_line", "expected"),
    [
        (2, '{"idx": "q2", "prediction": ["M54", "I10"]', "line 2: not valid JSON"),
        (2, '["q2", ["I10"]]', "line 2: expected a JSON object"),
        (2, '{"prediction": ["I10"]}', "line 2: field 'idx' is missing"),
        (2, '{"idx": "q2"}', "line 2: idx 'q2': field 'prediction' must be a list of 1 to 3 codes"),
        (2, '{"idx": "q2", "prediction": []}', "line 2: idx 'q2': field 'prediction' must be a list"),
        (2, '{"idx": "q2", "prediction": ["I10", 5]}', "line 2: idx 'q2': every prediction must be a non-empty string"),
        (2, '{"idx": "q2", "prediction": ["I10", "J06", "M54", "K29"]}', "line 2: idx 'q2': 4 predictions; at most 3"),
        (2, '{"idx": "q2", "prediction": ["I10", "I10"]}', "line 2: idx 'q2': a code is repeated"),
        (2, '{"idx": "q2", "prediction": ["I10", "Z99"]}', "line 2: idx 'q2': code(s) not in the label set: Z99"),
        (2, "", "line 2: empty line"),
    ],
)
def test_each_validation_error_has_its_line(tmp_path, reference, line_no, bad_line, expected):
    lines = list(GOOD)
    lines[line_no - 1] = bad_line
    problems = problems_of(tmp_path, reference, lines)
    assert any(p.startswith(expected) for p in problems), problems
    if "label set" not in expected:  # the malformed line's idx is then missing as well
        assert any("reference idx have no prediction: 'q2'" in p for p in problems), problems


def test_duplicate_and_unknown_idx(tmp_path, reference):
    lines = [*GOOD, '{"idx": "q3", "prediction": ["M54"]}', '{"idx": "q9", "prediction": ["M54"]}']
    problems = problems_of(tmp_path, reference, lines)
    assert "line 5: duplicate idx 'q3' (first on line 3)" in problems
    assert "line 6: unknown idx 'q9': not in the reference" in problems


def test_missing_idx(tmp_path, reference):
    problems = problems_of(tmp_path, reference, GOOD[:2])
    assert problems == ["2 reference idx have no prediction: 'q3', 'q4'"]


def test_empty_and_non_utf8(tmp_path, reference):
    ref = load_reference(str(reference))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert [str(p) for p in validate_submission(empty, ref.examples, ref.label_set)[1]] == ["the submission is empty"]
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe{}")
    assert "not UTF-8" in str(validate_submission(binary, ref.examples, ref.label_set)[1][0])


def test_extra_labels_widen_the_label_set(tmp_path, reference, tiny_train):
    lines = list(GOOD)
    lines[1] = '{"idx": "q2", "prediction": ["I10", "E11"]}'  # E11 is in train, not in the reference
    assert problems_of(tmp_path, reference, lines) != []
    ref = load_reference(str(reference), extra_label_specs=[str(tiny_train)])
    assert validate_submission(write(tmp_path, lines), ref.examples, ref.label_set)[1] == []


def test_cli_validate_reports_line_numbers_and_exits_nonzero(tmp_path, reference):
    bad = write(tmp_path, [*GOOD[:3], '{"idx": "q4", "prediction": "oops', GOOD[2]])
    result = runner.invoke(app, ["leaderboard", "validate", str(bad), "--reference", str(reference)])
    assert result.exit_code == 1
    assert "line 4: not valid JSON" in result.output
    assert "line 5: duplicate idx 'q3' (first on line 3)" in result.output
    good = write(tmp_path, GOOD, "good.jsonl")
    ok = runner.invoke(app, ["leaderboard", "validate", str(good), "--reference", str(reference)])
    assert ok.exit_code == 0, ok.output
    assert "valid (4 items)" in ok.output


def test_score_is_deterministic_and_correct(tmp_path, reference):
    sub = write(tmp_path, GOOD)
    ref = load_reference(str(reference))
    first = score_submission(sub, ref)
    second = score_submission(sub, ref)
    assert first["metrics"] == second["metrics"]
    metrics = first["metrics"]
    assert metrics["hit_at_1"] == 0.5  # q1, q3
    assert metrics["hit_at_3"] == 0.75  # + q2
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", first["entry"]["date"])


def test_score_refuses_invalid(tmp_path, reference):
    with pytest.raises(InvalidSubmissionError, match="1 problem"):
        score_submission(write(tmp_path, GOOD[:3]), load_reference(str(reference)))
    result = runner.invoke(
        app, ["leaderboard", "score", str(write(tmp_path, GOOD[:3])), "--reference", str(reference)]
    )
    assert result.exit_code == 1 and "not scored" in result.output


def test_metadata_sidecar_and_flags(tmp_path, reference):
    sub = write(tmp_path, GOOD)
    (tmp_path / "sub.jsonl.meta.json").write_text(
        json.dumps({"team": "Side", "model": "tfidf", "uses_synthetic_data": True, "date": "2026-01-02"})
    )
    out = tmp_path / "result.json"
    result = runner.invoke(
        app,
        ["leaderboard", "score", str(sub), "--reference", str(reference), "--out", str(out), "--team", "Flag"],
    )
    assert result.exit_code == 0, result.output
    assert "Hit@1 50.00  Hit@3 75.00" in result.output
    entry = json.loads(out.read_text())["entry"]
    assert entry == {"team": "Flag", "model": "tfidf", "uses_synthetic_data": True, "url": None, "date": "2026-01-02"}


def test_metadata_errors_name_file_and_key(tmp_path):
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"team": "x", "colour": "red"}))
    with pytest.raises(ValueError, match=r"meta.json: unknown key 'colour'"):
        load_metadata(path)
    path.write_text(json.dumps({"uses_synthetic_data": "yes"}))
    with pytest.raises(ValueError, match=r"key 'uses_synthetic_data' must be a bool"):
        load_metadata(path)


def _result(tmp_path, name, team, hit1, hit3, f1, **entry):
    path = tmp_path / f"{name}.json"
    document = {"entry": {"team": team, "date": "2026-11-23", **entry}, "metrics": {"hit_at_1": hit1, "hit_at_3": hit3, "macro_f1": f1}}
    path.write_text(json.dumps(document))
    return path


def test_render_markdown_and_html_sorted(tmp_path):
    paths = [
        _result(tmp_path, "a", "Alpha", 0.40, 0.70, 0.30, model="BiLSTM"),
        _result(tmp_path, "b", "Beta <script>", 0.4976, 0.7275, 0.35, model="TF-IDF", uses_synthetic_data=False),
        _result(tmp_path, "c", "Gamma", 0.4976, 0.7300, 0.31, url="https://example.org/g", uses_synthetic_data=True),
    ]
    out = tmp_path / "site"
    result = runner.invoke(app, ["leaderboard", "render", *map(str, paths), "--out", str(out)])
    assert result.exit_code == 0, result.output
    markdown = (out / "leaderboard.md").read_text()
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert [row.split(" | ")[1] for row in rows] == ["[Gamma](https://example.org/g)", "Beta <script>", "Alpha"]
    assert "| 1 | [Gamma](https://example.org/g) |  | 49.76 | 73.00 | 31.00 | yes | 2026-11-23 |" in markdown
    page = (out / "index.html").read_text()
    assert page.index("Gamma") < page.index("Beta") < page.index("Alpha")
    assert "Beta &lt;script&gt;" in page and "<script>" in page  # escaped entry, the sorter's own script
    assert "addEventListener" in page and "http" not in page.split("<script>")[1]  # no CDN
    assert "49.76" in page and "2026-11-23" in page and "TF-IDF" in page


def test_render_rejects_non_results(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"metrics": {"hit_at_1": 0.1}}))
    result = runner.invoke(app, ["leaderboard", "render", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "metrics.hit_at_3" in result.output


def test_rank_results_tiebreak():
    results = [
        {"entry": {"team": "b"}, "metrics": {"hit_at_1": 0.5, "hit_at_3": 0.7, "macro_f1": 0.3}},
        {"entry": {"team": "a"}, "metrics": {"hit_at_1": 0.5, "hit_at_3": 0.7, "macro_f1": 0.3}},
    ]
    assert [r["entry"]["team"] for r in rank_results(results)] == ["a", "b"]
    assert "| 1 | a |" in render_markdown(results)


def test_release_test_split_as_reference(tmp_path, tiny_release):
    ref = load_reference(str(tiny_release))  # split "test" by default
    assert [e.id for e in ref.examples] == ["q1", "q2"]
    assert ref.label_set == {"E11", "I10", "J06"}  # the ClassLabel names, not only the test codes
    sub = write(tmp_path, ['{"idx": "q1", "prediction": ["I10", "J06"]}', '{"idx": "q2", "prediction": ["E11"]}'])
    result = runner.invoke(app, ["leaderboard", "score", str(sub), "--reference", str(tiny_release)])
    assert result.exit_code == 0, result.output
    assert "Hit@1 50.00  Hit@3 100.00" in result.output


def test_render_accepts_benchmark_icd_results(tmp_path):
    path = tmp_path / "icd.json"
    path.write_text(json.dumps({"model": {"model": "tfidf"}, "metrics": {"hit_at_1": 0.5, "hit_at_3": 0.7, "macro_f1": 0.3}}))
    result = runner.invoke(app, ["leaderboard", "render", str(path), "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert "| 1 | (anonymous) | tfidf | 50.00 | 70.00 | 30.00 | ? |  |" in (tmp_path / "site" / "leaderboard.md").read_text()
