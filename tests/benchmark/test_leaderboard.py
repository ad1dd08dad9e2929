from __future__ import annotations

import hashlib
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
        (2, '{"idx": "q2", "prediction": "I10"}', "line 2: idx 'q2': field 'prediction' must be a list of 1 to 3 codes (got a string)"),
        (2, '{"idx": "q2", "prediction": {"I10": 1}}', "line 2: idx 'q2': field 'prediction' must be a list of 1 to 3 codes (got an object)"),
        (2, '{"idx": "q2", "prediction": ["I10", "i10"]}', "line 2: idx 'q2': malformed code(s) 'i10'"),
        (2, '{"idx": "q2", "prediction": ["I10", "I1O"]}', "line 2: idx 'q2': malformed code(s) 'I1O'"),
        (2, '{"idx": "q2", "prediction": ["J069", "I10"]}', "line 2: idx 'q2': malformed code(s) 'J069'"),
        (2, '{"idx": "q2", "prediction": ["I10", "U99"]}', "line 2: idx 'q2': not ICD-10 code(s): U99"),
        (2, "", "line 2: empty line"),
    ],
)
def test_each_validation_error_has_its_line(tmp_path, reference, line_no, bad_line, expected):
    lines = list(GOOD)
    lines[line_no - 1] = bad_line
    problems = problems_of(tmp_path, reference, lines)
    assert any(p.startswith(expected) for p in problems), problems
    if "not ICD-10" not in expected:  # the malformed line's idx is then missing as well
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


def test_extra_labels_accept_codes_outside_who_icd10(tmp_path, reference):
    # E74.04 is a US-style subcode (not WHO ICD-10): an error unless a label file names it
    lines = list(GOOD)
    lines[1] = '{"idx": "q2", "prediction": ["I10", "E74.04"]}'
    assert problems_of(tmp_path, reference, lines) == [
        "line 2: idx 'q2': not ICD-10 code(s): E74.04 (neither WHO ICD-10 nor the label set)"
    ]
    labels = write(tmp_path, ['{"idx": "l1", "code": "E74.04"}'], "labels.jsonl")
    ref = load_reference(str(reference), extra_label_specs=[str(labels)])
    assert validate_submission(write(tmp_path, lines), ref.examples, ref.label_set)[1] == []


def test_valid_icd10_code_outside_the_reference_is_a_wrong_answer(tmp_path, reference):
    # Z99 and I25 are WHO ICD-10 codes that no reference item has: wrong answers, not errors
    lines = list(GOOD)
    lines[0] = '{"idx": "q1", "prediction": ["Z99", "J06.9", "J06"]}'  # gold J06 at rank 3
    lines[2] = '{"idx": "q3", "prediction": ["I25"]}'  # gold M54 missed
    assert problems_of(tmp_path, reference, lines) == []
    result = score_submission(write(tmp_path, lines), load_reference(str(reference)))
    assert result["metrics"]["hit_at_1"] == 0.0 and result["metrics"]["hit_at_3"] == 0.5  # q1 + q2
    assert result["predicted_codes_outside_reference"] == 3  # Z99, J06.9, I25
    cli = runner.invoke(app, ["leaderboard", "score", str(tmp_path / "sub.jsonl"), "--reference", str(reference)])
    assert cli.exit_code == 0 and "Hit@1 0.00  Hit@3 50.00" in cli.output, cli.output


def test_utf8_bom_is_accepted(tmp_path, reference):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(GOOD) + "\n").encode())
    ref = load_reference(str(reference))
    assert validate_submission(path, ref.examples, ref.label_set)[1] == []
    assert score_submission(path, ref)["metrics"]["hit_at_1"] == 0.5


def test_a_bom_in_the_middle_is_still_an_error(tmp_path, reference):
    lines = list(GOOD)
    lines[2] = "\ufeff" + lines[2]
    assert problems_of(tmp_path, reference, lines)[0].startswith("line 3: not valid JSON")


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
    gold = "".join(f"{r['idx']}\t{r['code']}\n" for r in REFERENCE).encode()
    assert first["reference"] == {"name": "ref.jsonl", "sha256": hashlib.sha256(gold).hexdigest(), "n": 4}


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


REF_META = {"name": "test.jsonl", "sha256": "ab" * 32, "n": 822}


def _result(tmp_path, name, team, hit1, hit3, f1, reference=REF_META, **entry):
    path = tmp_path / f"{name}.json"
    document = {"entry": {"team": team, "date": "2026-11-23", **entry}, "reference": reference,
                "metrics": {"hit_at_1": hit1, "hit_at_3": hit3, "macro_f1": f1}}  # fmt: skip
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
    # submitter text is escaped in Markdown as on the HTML page (issue #14)
    assert [row.split(" | ")[1] for row in rows] == ["[Gamma](https://example.org/g)", "Beta &lt;script&gt;", "Alpha"]
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


def test_render_refuses_results_of_different_references_and_names_them(tmp_path):
    dev = {"name": "dev.jsonl", "sha256": "cd" * 32, "n": 848}
    paths = [
        _result(tmp_path, "a", "Alpha", 0.4, 0.7, 0.3),
        _result(tmp_path, "b", "Beta", 0.5, 0.7, 0.3, reference=dev),
        _result(tmp_path, "c", "Gamma", 0.5, 0.7, 0.3, reference="old/path/test.jsonl"),  # an older result
    ]
    out = tmp_path / "site"
    result = runner.invoke(app, ["leaderboard", "render", *map(str, paths), "--out", str(out)])
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert "3 different references" in message
    assert "test.jsonl (sha256 abababababab, n=822): a.json" in message
    assert "dev.jsonl (sha256 cdcdcdcdcdcd, n=848): b.json" in message
    assert "test.jsonl (no fingerprint recorded, n=None): c.json" in message
    assert not out.exists()
    same = runner.invoke(app, ["leaderboard", "render", str(paths[0]), "--out", str(out)])
    assert same.exit_code == 0, same.output


def test_render_shows_the_reference_and_n(tmp_path):
    out = tmp_path / "site"
    path = _result(tmp_path, "a", "Alpha", 0.4, 0.7, 0.3)
    assert runner.invoke(app, ["leaderboard", "render", str(path), "--out", str(out)]).exit_code == 0
    markdown = (out / "leaderboard.md").read_text()
    assert f"Reference: test.jsonl, n = 822, sha256 `{'ab' * 32}`." in markdown
    page = (out / "index.html").read_text()
    assert f"Reference: test.jsonl, n = 822, sha256 <code>{'ab' * 32}</code>." in page


def test_equal_scores_share_a_rank(tmp_path):
    paths = [
        _result(tmp_path, "a", "Alpha", 0.5, 0.7, 0.3),
        _result(tmp_path, "b", "Beta", 0.5, 0.7, 0.3),
        _result(tmp_path, "c", "Gamma", 0.5, 0.7, 0.2),
        _result(tmp_path, "d", "Delta", 0.6, 0.7, 0.3),
        # the same counts reached through other float operations must not split the tie
        _result(tmp_path, "e", "Eps", 0.1 + 0.2 + 0.2, 0.7, 0.3),
    ]
    out = tmp_path / "site"
    assert runner.invoke(app, ["leaderboard", "render", *map(str, paths), "--out", str(out)]).exit_code == 0
    rows = [line.split(" | ")[:2] for line in (out / "leaderboard.md").read_text().splitlines() if line[:3] in {"| 1", "| 2", "| 5"}]
    assert rows == [["| 1", "Delta"], ["| 2", "Alpha"], ["| 2", "Beta"], ["| 2", "Eps"], ["| 5", "Gamma"]]
    page = (out / "index.html").read_text()
    assert page.count('<td class="num" data-value="2">2</td>') == 3 and 'data-value="5">5</td>' in page


@pytest.mark.parametrize(
    ("field", "value", "forbidden"),
    [
        ("team", "<img src=x onerror=alert(1)>", "<img"),
        ("team", "[click](javascript:alert(1))", "[click]("),
        ("team", "a | b", " a | b "),
        ("model", "**bold** _it_ `code` ~~x~~", "**bold**"),
        ("model", "line\n| 9 | fake row |", "\n| 9 |"),
        ("team", "&lt;script&gt;", "&lt;script&gt;"),  # an entity must not become a tag when rendered
    ],
)
def test_markdown_escapes_submitter_text(tmp_path, field, value, forbidden):
    entry = {"team": "Alpha", "model": "m", field: value}
    path = _result(tmp_path, "a", entry.pop("team"), 0.4, 0.7, 0.3, **entry)
    out = tmp_path / "site"
    assert runner.invoke(app, ["leaderboard", "render", str(path), "--out", str(out)]).exit_code == 0
    markdown = (out / "leaderboard.md").read_text()
    assert forbidden not in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| 1 ")]
    assert len(rows) == 1 and rows[0].count(" | ") == 7  # still one row of eight cells


def test_markdown_links_only_http_urls(tmp_path):
    paths = [
        _result(tmp_path, "a", "Alpha", 0.4, 0.7, 0.3, url="javascript:alert(1)"),
        _result(tmp_path, "b", "Beta", 0.3, 0.7, 0.3, url="https://example.org/a_(b)"),
    ]
    out = tmp_path / "site"
    assert runner.invoke(app, ["leaderboard", "render", *map(str, paths), "--out", str(out)]).exit_code == 0
    markdown = (out / "leaderboard.md").read_text()
    assert "javascript" not in markdown and "| 1 | Alpha |" in markdown
    assert "[Beta](https://example.org/a_%28b%29)" in markdown
    assert "javascript" not in (out / "index.html").read_text()


SORT_DRIVER = r"""
// A minimal DOM for the leaderboard's sorter: rows of cells, headers with data-* and aria-sort.
const fs = require("fs");
const html = fs.readFileSync(process.argv[2], "utf8");
const script = html.split("<script>")[1].split("</script>")[0];
const headers = [...html.matchAll(/<th([^>]*)>([^<]*)<\/th>/g)].map(m => m[1]);
const rows = [...html.matchAll(/<tr>\s*<td class="num" data-value="(\d+)">[\s\S]*?<\/tr>/g)].map(m => {
  const cells = [...m[0].matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map(c => {
    const value = /data-value="([^"]*)"/.exec(c[1]);
    return { dataset: value ? { value: value[1] } : {}, textContent: c[2].replace(/<[^>]*>/g, "") };
  });
  return { cells };
});
const body = { rows, appendChild(row) { this.rows.splice(this.rows.indexOf(row), 1); this.rows.push(row); } };
const table = { tBodies: [body] };
const ths = headers.map(attrs => {
  const data = {};
  for (const m of attrs.matchAll(/data-(\w+)="([^"]*)"/g)) data[m[1]] = m[2];
  const th = { dataset: data, attrs: {}, listeners: [],
    getAttribute(k) { return this.attrs[k] ?? null; }, setAttribute(k, v) { this.attrs[k] = v; },
    removeAttribute(k) { delete this.attrs[k]; }, addEventListener(_, f) { this.listeners.push(f); },
    closest(sel) { return sel === "table" ? table : headerRow; } };
  return th;
});
const headerRow = { querySelectorAll() { return ths; } };
global.document = { querySelectorAll() { return ths; } };
eval(script);
const clicks = JSON.parse(process.argv[3]);
const out = [];
for (const column of clicks) {
  ths[column].listeners.forEach(f => f());
  out.push(body.rows.map(r => r.cells[1].textContent.trim()));
}
console.log(JSON.stringify(out));
"""


def test_sorting_puts_the_best_first_on_the_first_click(tmp_path):
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the page's sorter can't be run here")
    paths = [
        _result(tmp_path, "a", "Alpha", 0.40, 0.80, 0.30, date="2026-01-01"),
        _result(tmp_path, "b", "Beta", 0.50, 0.60, 0.35, date="2026-03-01"),
        _result(tmp_path, "c", "Gamma", 0.45, 0.70, 0.31, date="2026-02-01"),
    ]
    out = tmp_path / "site"
    assert runner.invoke(app, ["leaderboard", "render", *map(str, paths), "--out", str(out)]).exit_code == 0
    driver = tmp_path / "driver.js"
    driver.write_text(SORT_DRIVER)
    # columns: 0 #, 1 Team, 3 Hit@1, 4 Hit@3, 7 Date; clicks: Hit@3, Hit@3 again, #, Team, Date, Hit@1
    clicks = [4, 4, 0, 1, 7, 3]
    run = subprocess.run([node, str(driver), str(out / "index.html"), json.dumps(clicks)],
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert run.returncode == 0, run.stderr
    orders = json.loads(run.stdout)
    assert orders == [
        ["Alpha", "Gamma", "Beta"],  # Hit@3, best first
        ["Beta", "Gamma", "Alpha"],  # second click reverses
        ["Beta", "Gamma", "Alpha"],  # rank 1 first
        ["Alpha", "Beta", "Gamma"],  # A-Z
        ["Beta", "Gamma", "Alpha"],  # newest first
        ["Beta", "Gamma", "Alpha"],  # Hit@1, best first
    ]
