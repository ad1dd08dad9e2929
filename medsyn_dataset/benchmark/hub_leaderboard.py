"""A leaderboard on the Hugging Face Hub: a requests repo, a scorer, a results repo and a page.

The usual shape of Hub leaderboards: submitters commit prediction files to a *requests* dataset
repo; a scorer that holds the private reference scores every submission it has not scored yet and
commits the results to a *results* dataset repo; a page (here a static HTML page, optionally pushed
to a Space) shows them.

Layout::

    requests repo   submissions/<sha256 of the file>/submission.jsonl
                    submissions/<sha256 of the file>/metadata.json
    results repo    results/<reference fingerprint[:16]>/<sha256 of the file>.json
    Space (static)  index.html, leaderboard.md, README.md (``sdk: static``)

Submissions are content-addressed: submitting the same file again finds its folder and commits
nothing. Results are keyed by the reference's fingerprint (:func:`leaderboard.gold_fingerprint`),
so a new reference rescores everything into a new folder and pages never mix references. A
submission that fails validation against the reference gets a result with ``status: invalid`` and
its problems (it is not retried on every sync). Results carry only aggregate scores (n, Hit@1,
Hit@3, macro-F1): per-code recall would describe the private reference. Syncing with nothing new makes no commit; the
Space is committed only when the page changed.

The endpoint comes from ``HF_ENDPOINT`` (or ``endpoint``), the token from ``HF_TOKEN`` (or
``token``); the token is never printed or written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medsyn_dataset.benchmark.leaderboard import (
    Reference,
    render_html,
    render_markdown,
    score_submission,
    write_pages,
)
from medsyn_dataset.benchmark.submission import (
    InvalidSubmissionError,
    SubmissionMetadata,
    check_public_rules,
    metadata_from_mapping,
)
from medsyn_dataset.io import sha256_file

REQUESTS_DIR = "submissions"
RESULTS_DIR = "results"
SUBMISSION_FILE = "submission.jsonl"
METADATA_FILE = "metadata.json"
DATASET = "dataset"
#: What a results repo carries of the metrics (per-code numbers would reveal the reference's codes).
PUBLIC_METRICS: tuple[str, ...] = ("n", "hit_at_1", "hit_at_3", "macro_f1")
SPACE_README = """---
title: ICD-10 code prediction leaderboard
emoji: 🩺
colorFrom: blue
colorTo: green
sdk: static
app_file: index.html
pinned: false
---

The leaderboard page is `index.html` (the same table as Markdown: `leaderboard.md`). It is written by
`medsyn leaderboard sync`; edits here are overwritten.
"""


class HubLeaderboardError(ValueError):
    """A Hub leaderboard operation was refused (offline mode, a bad repo id, ...)."""


@dataclass
class SubmitOutcome:
    repo_id: str
    submission_id: str
    folder: str
    action: str  # "committed" | "already-submitted" | "dry-run"
    commit_oid: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class SyncOutcome:
    reference: dict[str, Any]
    scored: list[str] = field(default_factory=list)  # submission ids scored in this sync
    invalid: dict[str, list[str]] = field(default_factory=dict)  # id -> problems, found in this sync
    results_commit: str | None = None
    space_commit: str | None = None
    entries: int = 0  # scored entries on the page
    pages: tuple[Path, ...] = ()


@contextlib.contextmanager
def hub_errors(action: str) -> Iterator[None]:
    """Turn Hub and network errors into one :class:`HubLeaderboardError` line (their text holds no token)."""
    from huggingface_hub.errors import HfHubHTTPError

    try:
        yield
    except HfHubHTTPError as exc:
        lines = [line for line in str(exc).splitlines() if line.strip() and not line.startswith("For more information")]
        raise HubLeaderboardError(f"{action} failed: {'; '.join(lines)}") from None
    except (ConnectionError, TimeoutError) as exc:
        raise HubLeaderboardError(f"{action} failed: {type(exc).__name__}: {exc}") from None


def submission_id(path: str | os.PathLike[str]) -> str:
    """The content address of a submission file: sha256 of its bytes."""
    return sha256_file(path)


def _api(endpoint: str | None, token: str | None) -> Any:
    from huggingface_hub import HfApi, constants

    if constants.HF_HUB_OFFLINE:
        raise HubLeaderboardError("HF_HUB_OFFLINE is set, and the leaderboard needs the Hub; unset it")
    # HF_ENDPOINT read now, not when huggingface_hub was imported (as `medsyn publish` does)
    endpoint = (endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")
    return HfApi(endpoint=endpoint, token=token or os.environ.get("HF_TOKEN") or None)


def _check_repo_id(repo_id: str, option: str) -> None:
    parts = repo_id.split("/")
    if len(parts) != 2 or not all(parts):
        raise HubLeaderboardError(f"{option} {repo_id!r}: must look like ORG/NAME")


def _ensure_repo(api: Any, repo_id: str, repo_type: str = DATASET, **kwargs: Any) -> None:
    if not api.repo_exists(repo_id, repo_type=repo_type):
        api.create_repo(repo_id, repo_type=repo_type, exist_ok=True, **kwargs)


# --------------------------------------------------------------------------------------------------
# submit


def submit(
    path: str | os.PathLike[str],
    repo_id: str,
    metadata: SubmissionMetadata,
    *,
    ids: Sequence[str] | None = None,
    dry_run: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
) -> SubmitOutcome:
    """Validate ``path`` against the public rules, then commit it and its metadata to ``repo_id``.

    ``ids``: the evaluation items (public), to check every one is answered exactly once. Raises
    :class:`InvalidSubmissionError` listing every problem before anything is sent.
    """
    _check_repo_id(repo_id, "--repo-id")
    path = Path(path)
    submission, problems = check_public_rules(path, ids)
    if problems:
        raise InvalidSubmissionError(path, problems)
    sid = submission_id(path)
    folder = f"{REQUESTS_DIR}/{sid}"
    meta = metadata.to_dict()
    meta["date"] = meta.get("date") or dt.datetime.now(dt.UTC).date().isoformat()
    meta.update({"submission_sha256": sid, "file_name": path.name, "n_predictions": len(submission.predictions)})
    outcome = SubmitOutcome(repo_id, sid, folder, "dry-run", metadata=meta)
    if dry_run:
        return outcome
    from huggingface_hub import CommitOperationAdd

    api = _api(endpoint, token)
    _ensure_repo(api, repo_id)
    if api.file_exists(repo_id, f"{folder}/{SUBMISSION_FILE}", repo_type=DATASET):
        outcome.action = "already-submitted"
        return outcome
    operations = [
        CommitOperationAdd(f"{folder}/{SUBMISSION_FILE}", str(path)),
        CommitOperationAdd(f"{folder}/{METADATA_FILE}", _json_bytes(meta)),
    ]
    title = f"Submission {sid[:12]}" + (f" by {meta['team']}" if meta.get("team") else "")
    commit = api.create_commit(repo_id, operations=operations, commit_message=title[:200], repo_type=DATASET)
    outcome.action, outcome.commit_oid = "committed", commit.oid
    return outcome


def _json_bytes(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------------
# sync


def results_folder(reference: Reference) -> str:
    return f"{RESULTS_DIR}/{reference.describe()['sha256'][:16]}"


def _submission_ids(files: Sequence[str]) -> list[str]:
    """Ids of complete submission folders (both files present) in a requests repo listing."""
    present = set(files)
    ids = {path.split("/")[1] for path in files if path.startswith(f"{REQUESTS_DIR}/") and path.count("/") == 2}
    return sorted(
        sid for sid in ids if {f"{REQUESTS_DIR}/{sid}/{SUBMISSION_FILE}", f"{REQUESTS_DIR}/{sid}/{METADATA_FILE}"} <= present
    )


def sync(
    requests_repo: str,
    results_repo: str,
    reference: Reference,
    out_dir: str | os.PathLike[str],
    *,
    space: str | None = None,
    endpoint: str | None = None,
    token: str | None = None,
) -> SyncOutcome:
    """Score every unscored submission, commit the results (one commit), render the page, push it to ``space``."""
    for repo_id, option in ((requests_repo, "--requests"), (results_repo, "--results"), (space, "--space")):
        if repo_id is not None:
            _check_repo_id(repo_id, option)
    from medsyn_dataset.outputs import LEADERBOARD_RENDER

    LEADERBOARD_RENDER.check(out_dir)  # the page folder (a leaderboard, as `render` writes): before any Hub call
    api = _api(endpoint, token)
    if not api.repo_exists(requests_repo, repo_type=DATASET):
        raise HubLeaderboardError(f"--requests {requests_repo}: no such dataset repo (nothing was submitted yet?)")
    _ensure_repo(api, results_repo)
    outcome = SyncOutcome(reference=reference.describe())
    folder = results_folder(reference)
    requests_head = api.repo_info(requests_repo, repo_type=DATASET).sha
    pending = _submission_ids(api.list_repo_files(requests_repo, repo_type=DATASET, revision=requests_head))
    results_head = api.repo_info(results_repo, repo_type=DATASET).sha
    result_files = [
        p for p in api.list_repo_files(results_repo, repo_type=DATASET, revision=results_head) if p.startswith(folder + "/")
    ]
    done = {Path(p).stem for p in result_files}
    with tempfile.TemporaryDirectory(prefix="medsyn-leaderboard-") as tmp:
        new_results = {
            sid: _score_one(api, requests_repo, requests_head, sid, reference, Path(tmp))
            for sid in pending
            if sid not in done
        }
        for sid, result in new_results.items():
            if result["status"] == "scored":
                outcome.scored.append(sid)
            else:
                outcome.invalid[sid] = result["problems"]
        if new_results:
            outcome.results_commit = _commit_results(api, results_repo, results_head, folder, new_results, requests_head)
        existing = [_download_json(api, results_repo, results_head, p, Path(tmp)) for p in sorted(result_files)]
    results = [r for r in [*existing, *new_results.values()] if r.get("status") == "scored"]
    outcome.entries = len(results)
    outcome.pages = write_pages(results, out_dir, reference=outcome.reference)
    if space is not None:
        outcome.space_commit = _push_space(api, space, results, outcome.reference)
    return outcome


def _score_one(api: Any, repo_id: str, revision: str, sid: str, reference: Reference, tmp: Path) -> dict[str, Any]:
    """The result document of one submission: ``status`` scored (with the metrics) or invalid (with the problems)."""
    folder = f"{REQUESTS_DIR}/{sid}"
    local = Path(api.hf_hub_download(repo_id, f"{folder}/{SUBMISSION_FILE}", repo_type=DATASET, revision=revision, local_dir=tmp))
    raw_meta = _download_json(api, repo_id, revision, f"{folder}/{METADATA_FILE}", tmp)
    provenance = {"submission_id": sid, "requests_repo": repo_id, "requests_revision": revision}
    metadata = SubmissionMetadata()

    def invalid(problems: list[str]) -> dict[str, Any]:
        return {"status": "invalid", "problems": problems[:100], "n_problems": len(problems),
                "entry": metadata.to_dict(), "reference": reference.describe(), **provenance}  # fmt: skip

    try:
        metadata = metadata_from_mapping(raw_meta, f"{repo_id}/{folder}/{METADATA_FILE}", strict=False)
    except ValueError as exc:
        return invalid([str(exc)])
    if sha256_file(local) != sid:  # a folder whose name is not the file's hash was not written by `submit`
        return invalid(["the file's sha256 does not match its folder name"])
    try:
        result = score_submission(local, reference, metadata)
    except InvalidSubmissionError as exc:
        return invalid([str(problem) for problem in exc.problems])
    # only the aggregate scores go public: per-code recall and support would describe the private reference
    result["metrics"] = {key: result["metrics"][key] for key in PUBLIC_METRICS}
    return {"status": "scored", **result, "submission": SUBMISSION_FILE, **provenance}


def _download_json(api: Any, repo_id: str, revision: str, path: str, tmp: Path) -> dict[str, Any]:
    local = api.hf_hub_download(repo_id, path, repo_type=DATASET, revision=revision, local_dir=tmp)
    try:
        document = json.loads(Path(local).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HubLeaderboardError(f"{repo_id}/{path}: not valid JSON ({exc})") from None
    if not isinstance(document, dict):
        raise HubLeaderboardError(f"{repo_id}/{path}: expected a JSON object")
    return document


def _commit_results(
    api: Any, repo_id: str, head: str, folder: str, results: dict[str, dict[str, Any]], requests_head: str
) -> str:
    from huggingface_hub import CommitOperationAdd

    operations = [CommitOperationAdd(f"{folder}/{sid}.json", _json_bytes(result)) for sid, result in sorted(results.items())]
    n_scored = sum(r["status"] == "scored" for r in results.values())
    commit = api.create_commit(
        repo_id,
        operations=operations,
        commit_message=f"Score {len(results)} submission(s): {n_scored} scored, {len(results) - n_scored} invalid",
        commit_description=f"requests revision {requests_head}",
        repo_type=DATASET,
        parent_commit=head,  # fail rather than overwrite a concurrent sync
    )
    return str(commit.oid)


def _push_space(api: Any, space: str, results: Sequence[dict[str, Any]], reference: dict[str, Any]) -> str | None:
    """Commit index.html, leaderboard.md and README.md to the Space when any of them changed."""
    from huggingface_hub import CommitOperationAdd

    _ensure_repo(api, space, repo_type="space", space_sdk="static")
    files = {
        "index.html": render_html(results, reference).encode("utf-8"),
        "leaderboard.md": render_markdown(results, reference).encode("utf-8"),
        "README.md": SPACE_README.encode("utf-8"),
    }
    head = api.repo_info(space, repo_type="space").sha
    remote = {info.path: info.blob_id for info in api.get_paths_info(space, list(files), repo_type="space", revision=head)}
    changed = {path: data for path, data in files.items() if remote.get(path) != _git_blob_oid(data)}
    if not changed:
        return None
    commit = api.create_commit(
        space,
        operations=[CommitOperationAdd(path, data) for path, data in sorted(changed.items())],
        commit_message=f"Leaderboard: {len(results)} entries on {reference.get('name')}",
        repo_type="space",
        parent_commit=head,
    )
    return str(commit.oid)


def _git_blob_oid(data: bytes) -> str:
    """The git blob id the Hub reports as the ``blob_id`` of a regular (non-LFS) file."""
    from huggingface_hub.utils.sha import git_hash

    return git_hash(data)
