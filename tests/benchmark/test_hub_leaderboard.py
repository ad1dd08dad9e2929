"""The Hub leaderboard end to end against the fake Hub (tests/support/fake_hub.py): submit to a requests
repo, sync (score, commit results, render, push a Space), idempotence, refusals, the token never shown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import fake_hub
from typer.testing import CliRunner

from medsyn_dataset.benchmark.hub_leaderboard import submission_id
from medsyn_dataset.benchmark.leaderboard import gold_fingerprint, load_reference
from medsyn_dataset.cli import app

TOKEN = "hf_FAKEleaderboardtoken_never_print_42"
REFERENCE = [("q1", "J06"), ("q2", "I10"), ("q3", "M54"), ("q4", "K29")]
PERFECT = [("q1", ["J06"]), ("q2", ["I10", "J06"]), ("q3", ["M54"]), ("q4", ["K29", "I10", "J06"])]
HALF = [("q1", ["J06"]), ("q2", ["J06", "I10"]), ("q3", ["I25"]), ("q4", ["K29"])]


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[fake_hub.FakeHub]:
    server = fake_hub.FakeHub(token=TOKEN).start()
    fake_hub.point_client_at(server, monkeypatch, TOKEN)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf_home"))  # never the user's cache
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    path = tmp_path / "private_test.jsonl"
    path.write_text("".join(json.dumps({"idx": i, "code": c}) + "\n" for i, c in REFERENCE))
    return path


def submission(tmp_path: Path, name: str, rows: list[tuple[str, list[str]]]) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps({"idx": i, "prediction": p}) + "\n" for i, p in rows))
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["leaderboard", *args])
    assert TOKEN not in result.output
    return result.exit_code, result.output


def commits(hub: fake_hub.FakeHub, since: int) -> list[str]:
    return [path for method, path in hub.requests[since:] if method == "POST" and "/commit/" in path]


def test_submit_and_sync_round_trip(tmp_path: Path, hub: fake_hub.FakeHub, reference: Path) -> None:
    good = submission(tmp_path, "perfect.jsonl", PERFECT)
    code, out = run("submit", str(good), "--repo-id", "org/requests", "--team", "Alpha", "--model", "oracle",
                    "--url", "https://example.org/a", "--uses-synthetic-data")  # fmt: skip
    assert code == 0, out
    sid = submission_id(good)
    assert f"submitted {good} as org/requests/submissions/{sid}" in out
    files = hub.repo("org/requests").commits[hub.repo("org/requests").branches["main"]].files
    assert files[f"submissions/{sid}/submission.jsonl"].data == good.read_bytes()
    meta = json.loads(files[f"submissions/{sid}/metadata.json"].data)
    assert meta["team"] == "Alpha" and meta["uses_synthetic_data"] is True and meta["submission_sha256"] == sid
    assert meta["n_predictions"] == 4 and meta["file_name"] == "perfect.jsonl"

    # the same file again: content-addressed, so nothing is committed
    before = len(hub.requests)
    code, out = run("submit", str(good), "--repo-id", "org/requests", "--team", "Someone else")
    assert code == 0 and "already submitted" in out, out
    assert commits(hub, before) == []

    half = submission(tmp_path, "half.jsonl", HALF)  # I25: a valid ICD-10 code no reference item has
    assert run("submit", str(half), "--repo-id", "org/requests", "--team", "Beta <b>")[0] == 0
    # publicly valid, but its idx q9 is not in the private reference: scored as invalid by the sync
    stray = submission(tmp_path, "stray.jsonl", [*PERFECT[:3], ("q9", ["K29"])])
    assert run("submit", str(stray), "--repo-id", "org/requests", "--team", "Gamma")[0] == 0
    assert hub.commit_count("org/requests") == 4  # the repo's initial commit + three submissions

    site = tmp_path / "site"
    before = len(hub.requests)
    code, out = run("sync", "--requests", "org/requests", "--results", "org/results", "--reference", str(reference),
                    "--out", str(site), "--space", "org/board")  # fmt: skip
    assert code == 0, out
    assert "committed 3 result(s) to org/results" in out and "page: 2 entries" in out
    assert "invalid " + submission_id(stray)[:12] + ": 2 problem(s), first: line 4: unknown idx 'q9'" in out
    assert len(commits(hub, before)) == 2  # one results commit, one Space commit
    fingerprint = gold_fingerprint(load_reference(str(reference)).examples)
    results_files = hub.repo("org/results").commits[hub.repo("org/results").branches["main"]].files
    folder = f"results/{fingerprint[:16]}"
    assert sorted(p for p in results_files if p.startswith("results/")) == sorted(
        f"{folder}/{submission_id(p)}.json" for p in (good, half, stray)
    )
    scored = json.loads(results_files[f"{folder}/{sid}.json"].data)
    assert scored["status"] == "scored" and scored["metrics"] == {"n": 4, "hit_at_1": 1.0, "hit_at_3": 1.0, "macro_f1": 1.0}
    assert scored["reference"] == {"name": "private_test.jsonl", "sha256": fingerprint, "n": 4}
    assert scored["entry"]["team"] == "Alpha"
    invalid = json.loads(results_files[f"{folder}/{submission_id(stray)}.json"].data)
    assert invalid["status"] == "invalid" and "metrics" not in invalid
    # nothing in the results repo names a gold code (per-code numbers would reveal the reference)
    assert not any(b"M54" in blob.data or b"K29" in blob.data for blob in results_files.values())

    markdown = (site / "leaderboard.md").read_text()
    assert "| 1 | [Alpha](https://example.org/a) | oracle | 100.00 | 100.00 | 100.00 | yes |" in markdown
    assert "| 2 | Beta &lt;b&gt; |  | 50.00 | 75.00 |" in markdown and "Gamma" not in markdown
    assert f"Reference: private\\_test.jsonl, n = 4, sha256 `{fingerprint}`" in markdown
    space = hub.repo("org/board", "space")
    page = space.commits[space.branches["main"]].files
    assert page["index.html"].data == (site / "index.html").read_bytes()
    assert b"sdk: static" in page["README.md"].data

    # nothing new: no commit anywhere, the page is rendered again all the same
    (site / "index.html").unlink()
    before = len(hub.requests)
    code, out = run("sync", "--requests", "org/requests", "--results", "org/results", "--reference", str(reference),
                    "--out", str(site), "--space", "org/board")  # fmt: skip
    assert code == 0, out
    assert "nothing committed" in out and "space org/board: unchanged" in out and "page: 2 entries" in out
    assert commits(hub, before) == []
    assert (site / "index.html").read_bytes() == page["index.html"].data

    # one new submission: one results commit holding only it
    third = submission(tmp_path, "third.jsonl", [("q1", ["I10"]), ("q2", ["I10"]), ("q3", ["M54"]), ("q4", ["K29"])])
    assert run("submit", str(third), "--repo-id", "org/requests", "--team", "Delta")[0] == 0
    results_before = hub.commit_count("org/results")
    code, out = run("sync", "--requests", "org/requests", "--results", "org/results", "--reference", str(reference),
                    "--out", str(site))  # fmt: skip
    assert code == 0 and "committed 1 result(s)" in out and "page: 3 entries" in out, out
    assert hub.commit_count("org/results") == results_before + 1
    assert "| 2 | Delta |" in (site / "leaderboard.md").read_text()


def test_a_new_reference_is_scored_into_its_own_folder(tmp_path, hub, reference) -> None:
    assert run("submit", str(submission(tmp_path, "p.jsonl", PERFECT)), "--repo-id", "org/requests")[0] == 0
    site = tmp_path / "site"
    args = ("sync", "--requests", "org/requests", "--results", "org/results", "--out", str(site))
    assert run(*args, "--reference", str(reference))[0] == 0
    relabelled = tmp_path / "v2.jsonl"
    relabelled.write_text("".join(json.dumps({"idx": i, "code": "J06"}) + "\n" for i, _ in REFERENCE))
    code, out = run(*args, "--reference", str(relabelled))
    assert code == 0 and "committed 1 result(s)" in out, out
    files = hub.repo("org/results").commits[hub.repo("org/results").branches["main"]].files
    assert len({p.split("/")[1] for p in files if p.startswith("results/")}) == 2
    markdown = (site / "leaderboard.md").read_text()
    assert "Reference: v2.jsonl" in markdown and "| 1 | (anonymous) |  | 25.00 |" in markdown


def test_submit_refuses_invalid_files_before_sending_anything(tmp_path, hub, reference) -> None:
    bad = submission(tmp_path, "bad.jsonl", [("q1", ["J06"]), ("q2", ["i10"]), ("q2", ["I10"]), ("q3", ["U99"])])
    code, out = run("submit", str(bad), "--repo-id", "org/requests")
    assert code == 1
    assert "line 2: idx 'q2': malformed code(s) 'i10'" in out
    assert "line 4: idx 'q3': not ICD-10 code(s): U99" in out and "nothing was submitted" in out
    # with the public evaluation items, a missing idx is caught too
    partial = submission(tmp_path, "partial.jsonl", PERFECT[:3])
    code, out = run("submit", str(partial), "--repo-id", "org/requests", "--ids", str(reference))
    assert code == 1 and "1 reference idx have no prediction: 'q4'" in out
    assert hub.requests == []


def test_dry_run_sends_nothing(tmp_path, hub) -> None:
    good = submission(tmp_path, "perfect.jsonl", PERFECT)
    code, out = run("submit", str(good), "--repo-id", "org/requests", "--team", "Alpha", "--dry-run")
    assert code == 0 and "dry run" in out and '"team": "Alpha"' in out, out
    assert hub.requests == []


def test_refusals(tmp_path, hub, reference, monkeypatch) -> None:
    good = submission(tmp_path, "perfect.jsonl", PERFECT)
    code, out = run("submit", str(good), "--repo-id", "no-slash")
    assert code == 1 and "--repo-id 'no-slash': must look like ORG/NAME" in out
    code, out = run("sync", "--requests", "org/none", "--results", "org/results", "--reference", str(reference),
                    "--out", str(tmp_path / "site"))  # fmt: skip
    assert code == 1 and "--requests org/none: no such dataset repo" in out
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    code, out = run("submit", str(good), "--repo-id", "org/requests")
    assert code == 1 and "HF_HUB_OFFLINE is set" in out


def test_wrong_token_is_an_error_without_the_token(tmp_path, hub, monkeypatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_wrong_token_also_secret")
    result = CliRunner().invoke(app, ["leaderboard", "submit", str(submission(tmp_path, "p.jsonl", PERFECT)),
                                      "--repo-id", "org/requests"])  # fmt: skip
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # fail(), not a traceback
    assert "submitting to org/requests failed: Client error '401 Unauthorized'" in result.output
    assert "Invalid credentials" in result.output
    assert "hf_wrong_token_also_secret" not in result.output and TOKEN not in result.output


def test_sync_refuses_a_foreign_page_folder_before_calling_the_hub(tmp_path, hub, reference) -> None:
    foreign = tmp_path / "site"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    since = len(hub.requests)
    code, out = run("sync", "--requests", "org/requests", "--results", "org/results", "--reference", str(reference),
                    "--out", str(foreign))  # fmt: skip
    assert code == 1 and "was not written by `medsyn leaderboard render`" in out
    assert hub.requests[since:] == [] and (foreign / "notes.txt").read_text() == "mine"
