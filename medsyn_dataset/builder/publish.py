"""Publish a built release folder to the Hugging Face Hub (``medsyn publish``).

Before anything leaves the machine the folder is checked: every file must match
``release_manifest.json`` (no tampered, missing or extra files) and the validation gate recorded in
``validation_report.json`` must have passed. Then, with ``huggingface_hub``:

1. create the dataset repo if it is missing (``--private`` honoured on creation);
2. upload the folder in **one** commit (``create_commit`` with an add per file, and a delete for
   every remote file the release no longer has, so stale shards can't leak into a ``data_files``
   glob); the commit message carries the manifest's sha256;
3. tag the commit with the version (``v<version>`` unless ``--tag`` is given).

Publishing the same release again is a no-op: if the tag already points at a commit whose
``release_manifest.json`` is byte-identical to ours (compared by git blob id, without a
download), nothing is uploaded. If the tag exists with other content, publishing refuses
(bump the version). The endpoint comes from ``endpoint`` / ``HF_ENDPOINT``, the token from
``token`` / ``HF_TOKEN``; the token is never printed or written anywhere.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from medsyn_dataset.builder.manifest import MANIFEST_NAME, verify_manifest
from medsyn_dataset.io import read_json
from medsyn_dataset.validation_report import REPORT_JSON, ValidationReport

REPO_TYPE = "dataset"
VALIDATION_REPORT = REPORT_JSON
KEEP_REMOTE = frozenset({".gitattributes"})  # remote files a release never deletes

Action = Literal["dry-run", "committed", "already-published", "tagged-existing-commit"]


class PublishRefused(ValueError):
    """The release folder must not be published as it is (the message says why)."""


@dataclass(frozen=True)
class ReleaseFile:
    path: str  # posix path inside the repo
    size: int


@dataclass
class PublishResult:
    """What publishing did (or, with ``dry_run``, would do)."""

    repo_id: str
    endpoint: str
    branch: str
    tag: str
    private: bool
    files: list[ReleaseFile]
    manifest_sha256: str
    action: Action
    commit_oid: str | None = None
    commit_url: str | None = None
    created_repo: bool = False
    deleted: list[str] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def dry_run(self) -> bool:
        return self.action == "dry-run"


def git_blob_oid(data: bytes) -> str:
    """The git blob id the Hub reports as the ``oid`` of a regular (non-LFS) file."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def release_files(release_dir: Path) -> list[ReleaseFile]:
    return [
        ReleaseFile(p.relative_to(release_dir).as_posix(), p.stat().st_size)
        for p in sorted(release_dir.rglob("*"))
        if p.is_file()
    ]


def check_release(release_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """The release's manifest, after checking the folder may be published; :class:`PublishRefused` if not."""
    release_dir = Path(release_dir)
    if not release_dir.is_dir():
        raise PublishRefused(f"{release_dir}: no such release folder (build it with `medsyn build`)")
    manifest_path = release_dir / MANIFEST_NAME
    if not manifest_path.is_file():
        raise PublishRefused(f"{manifest_path}: missing; only folders written by `medsyn build` can be published")
    manifest = _read_json(manifest_path)
    problems = verify_manifest(release_dir)
    if problems:
        shown = "\n  ".join(problems[:20]) + ("\n  ..." if len(problems) > 20 else "")
        raise PublishRefused(
            f"{release_dir}: the files do not match {MANIFEST_NAME} ({len(problems)} problem(s)); "
            f"refusing to publish a modified release. Rebuild it with `medsyn build`.\n  {shown}"
        )
    _check_gate(release_dir / VALIDATION_REPORT)
    return manifest


def _read_json(path: Path) -> Any:
    return read_json(path, PublishRefused)


def _check_gate(report_path: Path) -> None:
    if not report_path.is_file():
        raise PublishRefused(f"{report_path}: missing; a release must carry its validation report to be published")
    try:
        gate = ValidationReport.read(report_path).gate
    except ValueError as exc:
        raise PublishRefused(str(exc)) from None
    if gate is None or gate.passed is None:
        raise PublishRefused(f"{report_path}: has no gate result ('gate.passed'); was the release validated?")
    if not gate.passed:
        failed = gate.failed if gate.failed is not None else [n for n, c in (gate.conditions or {}).items() if not c.ok]
        detail = f": {', '.join(failed)}" if failed else ""
        raise PublishRefused(f"{report_path}: the validation gate failed{detail}; refusing to publish")


def default_tag(manifest: dict[str, Any]) -> str:
    version = str(manifest.get("version") or "").strip()
    if not version:
        raise PublishRefused(f"{MANIFEST_NAME} has no version; pass --tag")
    return version if version.startswith("v") else f"v{version}"


def resolve_endpoint(endpoint: str | None = None) -> str:
    from huggingface_hub import constants

    return (endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")


def publish_release(
    release_dir: str | os.PathLike[str],
    repo_id: str,
    *,
    private: bool = False,
    tag: str | None = None,
    branch: str | None = None,
    dry_run: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
) -> PublishResult:
    """Check ``release_dir`` and publish it to the dataset repo ``repo_id`` (see the module docstring).

    With ``dry_run`` only the local checks run and the result lists what would be uploaded; no
    network request is made.
    """
    from pydantic import ValidationError

    from medsyn_dataset.config import HubConfig

    release_dir = Path(release_dir)
    try:
        HubConfig(repo_id=repo_id)  # the same ORG/NAME rule as in release configs
    except ValidationError:
        raise PublishRefused(f"repo id {repo_id!r}: must look like ORG/NAME") from None
    manifest = check_release(release_dir)
    manifest_bytes = (release_dir / MANIFEST_NAME).read_bytes()
    result = PublishResult(
        repo_id=repo_id,
        endpoint=resolve_endpoint(endpoint),
        branch=branch or "main",
        tag=tag or default_tag(manifest),
        private=private,
        files=release_files(release_dir),
        manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
        action="dry-run",
    )
    if dry_run:
        return result
    try:
        return _publish(release_dir, result, git_blob_oid(manifest_bytes), token or os.environ.get("HF_TOKEN"))
    except Exception as exc:
        from huggingface_hub.errors import OfflineModeIsEnabled

        if isinstance(exc, OfflineModeIsEnabled):
            raise PublishRefused(
                "HF_HUB_OFFLINE is set, and publishing needs the Hub; unset it "
                "(`medsyn publish --dry-run` lists what would be uploaded, offline)"
            ) from None
        raise


def _publish(release_dir: Path, result: PublishResult, manifest_oid: str, token: str | None) -> PublishResult:
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi
    from huggingface_hub.errors import RepositoryNotFoundError

    api = HfApi(endpoint=result.endpoint, token=token)
    repo_id, branch, tag = result.repo_id, result.branch, result.tag
    try:
        api.repo_info(repo_id, repo_type=REPO_TYPE)
    except RepositoryNotFoundError:
        api.create_repo(repo_id, repo_type=REPO_TYPE, private=result.private, exist_ok=True)
        result.created_repo = True

    refs = api.list_repo_refs(repo_id, repo_type=REPO_TYPE)
    tags = {ref.name: ref.target_commit for ref in refs.tags}
    branches = {ref.name: ref.target_commit for ref in refs.branches}
    if tag in tags:
        if _remote_manifest_oid(api, repo_id, tags[tag]) == manifest_oid:
            result.action, result.commit_oid = "already-published", tags[tag]
            return result
        raise PublishRefused(
            f"{repo_id}: tag {tag!r} already exists with a different release; bump the version or pass another --tag"
        )
    if branch not in branches:
        api.create_branch(repo_id, branch=branch, repo_type=REPO_TYPE, exist_ok=True)
        refs = api.list_repo_refs(repo_id, repo_type=REPO_TYPE)
        branches = {ref.name: ref.target_commit for ref in refs.branches}
    head = branches[branch]
    if _remote_manifest_oid(api, repo_id, head) == manifest_oid:
        # an earlier run committed this release but stopped before tagging it
        api.create_tag(repo_id, tag=tag, revision=head, repo_type=REPO_TYPE, tag_message=_message(result))
        result.action, result.commit_oid = "tagged-existing-commit", head
        return result

    local = {f.path for f in result.files}
    remote = set(api.list_repo_files(repo_id, repo_type=REPO_TYPE, revision=head))
    result.deleted = sorted(remote - local - KEEP_REMOTE)
    operations: list[Any] = [CommitOperationAdd(f.path, str(release_dir / f.path)) for f in result.files]
    operations += [CommitOperationDelete(path) for path in result.deleted]
    commit = api.create_commit(
        repo_id,
        operations=operations,
        commit_message=_message(result),
        commit_description=f"manifest sha256: {result.manifest_sha256}",
        repo_type=REPO_TYPE,
        revision=branch,
        parent_commit=head,  # fail rather than overwrite a concurrent publish
    )
    api.create_tag(repo_id, tag=tag, revision=commit.oid, repo_type=REPO_TYPE, tag_message=_message(result))
    result.action, result.commit_oid, result.commit_url = "committed", commit.oid, commit.commit_url
    return result


def _message(result: PublishResult) -> str:
    return f"Release {result.tag} (manifest sha256 {result.manifest_sha256[:12]})"


def _remote_manifest_oid(api: Any, repo_id: str, revision: str) -> str | None:
    infos = api.get_paths_info(repo_id, [MANIFEST_NAME], revision=revision, repo_type=REPO_TYPE)
    return infos[0].blob_id if infos else None


def describe(result: PublishResult) -> list[str]:
    """Human-readable lines about a publish result (never contains the token)."""
    target = f"{result.endpoint}/datasets/{result.repo_id} (branch {result.branch}, tag {result.tag})"
    lines = []
    if result.dry_run:
        lines.append(f"dry run: would upload {len(result.files)} files, {_size(result.total_bytes)} to {target}")
        lines.append(f"  repo would be created {'private' if result.private else 'public'} if it is missing")
        lines += [f"  {f.size:>12,}  {f.path}" for f in result.files]
        lines.append("nothing was uploaded")
        return lines
    if result.created_repo:
        lines.append(f"created {'private' if result.private else 'public'} dataset repo {result.repo_id}")
    if result.action == "already-published":
        lines.append(f"{target}: already published (tag points at {result.commit_oid}); nothing to do")
    elif result.action == "tagged-existing-commit":
        lines.append(f"{target}: release was already committed ({result.commit_oid}); tagged it")
    else:
        lines.append(f"uploaded {len(result.files)} files, {_size(result.total_bytes)} to {target} in one commit")
        if result.deleted:
            lines.append(f"  removed {len(result.deleted)} files of the previous release: {', '.join(result.deleted)}")
        lines.append(f"  commit {result.commit_oid}")
    return lines


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"
