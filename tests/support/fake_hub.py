"""A small fake Hugging Face Hub on 127.0.0.1, for publishing tests (the real Hub is unreachable here).

It implements only what ``huggingface_hub`` 2.4 (with ``HF_HUB_DISABLE_XET=1``) and ``datasets`` 5.2
call to create a dataset, model or Space repo, commit files to it (regular files inline in the NDJSON commit, LFS
files through the LFS batch API's basic transfer), tag it, list refs/commits/trees, and download
files back (``resolve``, with HEAD and Range). State lives in memory: every commit keeps a full
snapshot of the repo's files, so revisions (branch, tag, commit id) all resolve.

Writes need ``Authorization: Bearer <token>`` when the server is started with a token; reads of
private repos too. Every request is logged in :attr:`FakeHub.requests` so tests can assert what
the client did (e.g. that a re-publish made no second commit).

    with FakeHub(token="hf_x") as hub:
        os.environ["HF_ENDPOINT"] = hub.url
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

BINARY_SUFFIXES = (".parquet", ".png", ".arrow", ".bin")  # what the real Hub stores as LFS (roughly)


@dataclass(frozen=True)
class Blob:
    data: bytes
    lfs: bool

    @property
    def git_oid(self) -> str:  # the git blob id, what the Hub reports as `oid` of a regular file
        return hashlib.sha1(b"blob %d\0" % len(self.data) + self.data).hexdigest()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def tree_entry(self, path: str) -> dict[str, Any]:
        entry: dict[str, Any] = {"type": "file", "path": path, "size": len(self.data), "oid": self.git_oid}
        if self.lfs:
            pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256}\nsize {len(self.data)}\n"
            entry["lfs"] = {"oid": self.sha256, "size": len(self.data), "pointerSize": len(pointer)}
        return entry


@dataclass
class Commit:
    oid: str
    parent: str | None
    title: str
    message: str
    files: dict[str, Blob]
    date: str


@dataclass
class Repo:
    repo_type: str
    repo_id: str
    private: bool
    commits: dict[str, Commit] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def resolve(self, revision: str) -> Commit | None:
        revision = unquote(revision)
        for prefix in ("refs/heads/", "refs/tags/"):
            revision = revision.removeprefix(prefix)
        oid = self.branches.get(revision) or self.tags.get(revision) or revision
        return self.commits.get(oid)

    def history(self, commit: Commit) -> list[Commit]:
        out = [commit]
        while out[-1].parent is not None:
            out.append(self.commits[out[-1].parent])
        return out


class HubError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())


class FakeHub:
    """The fake Hub: ``start()`` it (or use ``with``), point ``HF_ENDPOINT`` at :attr:`url`."""

    def __init__(self, token: str | None = None, user: str = "fake-user") -> None:
        self.token = token
        self.user = user
        self.repos: dict[tuple[str, str], Repo] = {}
        self.lfs_store: dict[str, bytes] = {}
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "start() the fake hub first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeHub:
        hub = self

        class Handler(_Handler):
            fake = hub

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-hub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- helpers for tests -----------------------------------------------------------------------
    def repo(self, repo_id: str, repo_type: str = "dataset") -> Repo:
        return self.repos[(repo_type, repo_id)]

    def commit_count(self, repo_id: str, repo_type: str = "dataset", branch: str = "main") -> int:
        repo = self.repo(repo_id, repo_type)
        return len(repo.history(repo.commits[repo.branches[branch]]))

    # ---- state changes ---------------------------------------------------------------------------
    def create_repo(self, repo_type: str, repo_id: str, private: bool) -> Repo:
        with self.lock:
            if (repo_type, repo_id) in self.repos:
                raise HubError(409, "RepoExists", "You already created this repo")
            repo = Repo(repo_type, repo_id, private)
            self.repos[(repo_type, repo_id)] = repo
            attributes = b"*.parquet filter=lfs diff=lfs merge=lfs -text\n*.png filter=lfs diff=lfs merge=lfs -text\n"
            self._add_commit(repo, None, "initial commit", "", {".gitattributes": Blob(attributes, lfs=False)}, "main")
            return repo

    def _add_commit(
        self, repo: Repo, parent: str | None, title: str, message: str, files: dict[str, Blob], branch: str
    ) -> Commit:
        seed = f"{repo.repo_id}\0{parent}\0{title}\0{len(repo.commits)}\0{sorted(files)}\0{time.time_ns()}"
        commit = Commit(hashlib.sha1(seed.encode()).hexdigest(), parent, title, message, files, _now())
        repo.commits[commit.oid] = commit
        repo.branches[branch] = commit.oid
        return commit


class _Handler(BaseHTTPRequestHandler):
    fake: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    # ---- plumbing --------------------------------------------------------------------------------
    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None, head: bool = False) -> None:
        self.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if body and not head:
            self.wfile.write(body)

    def _json(self, obj: Any, status: int = 200) -> None:
        self._send(status, json.dumps(obj).encode(), {"Content-Type": "application/json"})

    def _error(self, err: HubError, head: bool = False) -> None:
        body = json.dumps({"error": err.message}).encode()
        headers = {"Content-Type": "application/json", "X-Error-Code": err.code, "X-Error-Message": err.message}
        self._send(err.status, body, headers, head=head)

    def _authorized(self) -> bool:
        token = self.fake.token
        return token is None or self.headers.get("Authorization", "") == f"Bearer {token}"

    def _require_auth(self) -> None:
        if not self._authorized():
            raise HubError(401, "Unauthorized", "Invalid credentials in Authorization header")

    def _repo(self, repo_type: str, repo_id: str, write: bool = False) -> Repo:
        repo = self.fake.repos.get((repo_type, repo_id))
        if repo is None or (repo.private and not self._authorized()):
            raise HubError(404, "RepoNotFound", f"Repository not found: {repo_type}s/{repo_id}")
        if write:
            self._require_auth()
        return repo

    def _commit(self, repo: Repo, revision: str) -> Commit:
        commit = repo.resolve(revision)
        if commit is None:
            raise HubError(404, "RevisionNotFound", f"Invalid rev id: {unquote(revision)}")
        return commit

    def _dispatch(self, method: str) -> None:
        split = urlsplit(self.path)
        self.fake.requests.append((method, split.path))
        raw = split.path.strip("/").split("/")
        query = parse_qs(split.query)
        try:
            with self.fake.lock:
                self._route(method, [unquote(p) for p in raw], raw, query)
        except HubError as err:
            self._error(err, head=method == "HEAD")

    do_GET = lambda self: self._dispatch("GET")  # noqa: E731
    do_HEAD = lambda self: self._dispatch("HEAD")  # noqa: E731
    do_POST = lambda self: self._dispatch("POST")  # noqa: E731
    do_PUT = lambda self: self._dispatch("PUT")  # noqa: E731

    # ---- routes ----------------------------------------------------------------------------------
    def _route(self, method: str, parts: list[str], raw: list[str], query: dict[str, list[str]]) -> None:
        if parts[:2] == ["api", "whoami-v2"]:
            self._require_auth()
            return self._json({"type": "user", "name": self.fake.user, "orgs": [], "auth": {}})
        if parts[:2] == ["api", "validate-yaml"] and method == "POST":
            return self._validate_yaml()
        if parts[:3] == ["api", "repos", "create"] and method == "POST":
            return self._create_repo()
        if parts[0] == "lfs-upload" and method == "PUT":
            return self._lfs_put(parts[1])
        if parts[0] == "api" and len(parts) >= 4 and parts[1] in ("datasets", "models", "spaces"):
            repo_type = parts[1][:-1]
            repo_id = f"{parts[2]}/{parts[3]}"
            return self._api_repo(method, repo_type, repo_id, parts[4:], raw[4:], query)
        # /{datasets/|spaces/}{ns}/{name}.git/info/lfs/objects/batch and .../{ns}/{name}/resolve/{rev}/{path}
        prefixed = parts[0] in ("datasets", "spaces")
        repo_type = parts[0][:-1] if prefixed else "model"
        rest = parts[1:] if prefixed else parts
        rest_raw = raw[1:] if prefixed else raw
        if len(rest) >= 6 and rest[1].endswith(".git") and rest[2:] == ["info", "lfs", "objects", "batch"]:
            return self._lfs_batch(repo_type, f"{rest[0]}/{rest[1][:-4]}")
        if len(rest) >= 5 and rest[2] == "resolve" and method in ("GET", "HEAD"):
            return self._resolve(method, repo_type, f"{rest[0]}/{rest[1]}", rest_raw[3], "/".join(rest[4:]))
        raise HubError(404, "NotFound", f"fake hub: no route for {method} /{'/'.join(parts)}")

    def _api_repo(
        self, method: str, repo_type: str, repo_id: str, parts: list[str], raw: list[str], query: dict[str, list[str]]
    ) -> None:
        if not parts and method == "GET":
            return self._repo_info(repo_type, repo_id, "main")
        action = parts[0] if parts else ""
        revision = raw[1] if len(raw) > 1 else "main"  # still URL-quoted: refs%2Fconvert%2Fparquet
        if action == "revision" and method == "GET":
            return self._repo_info(repo_type, repo_id, revision)
        if action == "refs" and method == "GET":
            return self._refs(repo_type, repo_id)
        if action == "commits" and method == "GET":
            return self._commits(repo_type, repo_id, revision)
        if action == "preupload" and method == "POST":
            return self._preupload(repo_type, repo_id, revision)
        if action == "commit" and method == "POST":
            return self._commit_post(repo_type, repo_id, revision)
        if action == "tag" and method == "POST":
            return self._tag(repo_type, repo_id, revision)
        if action == "branch" and method == "POST":
            return self._branch(repo_type, repo_id, "/".join(parts[1:]))
        if action == "tree" and method == "GET":
            recursive = query.get("recursive", ["false"])[0].lower() in ("1", "true")
            return self._tree(repo_type, repo_id, revision, "/".join(parts[2:]), recursive)
        if action == "paths-info" and method == "POST":
            return self._paths_info(repo_type, repo_id, revision)
        raise HubError(404, "NotFound", f"fake hub: no route for {method} api/{repo_type}s/{repo_id}/{action}")

    def _validate_yaml(self) -> None:
        content = json.loads(self._body()).get("content", "")
        if content.startswith("---\n"):
            end = content.find("\n---", 4)
            try:
                yaml.safe_load(content[4:end])
            except yaml.YAMLError as exc:
                return self._json({"errors": [{"message": f"YAML does not parse: {exc}"}], "warnings": []}, 400)
        return self._json({"errors": [], "warnings": []})

    def _create_repo(self) -> None:
        self._require_auth()
        payload = json.loads(self._body())
        repo_type = payload.get("type") or "model"
        repo_id = f"{payload.get('organization') or self.fake.user}/{payload['name']}"
        private = payload.get("visibility") == "private" or bool(payload.get("private"))
        if repo_type == "space" and not payload.get("sdk"):
            raise HubError(400, "BadRequest", "a Space needs an sdk")
        self.fake.create_repo(repo_type, repo_id, private)
        prefix = _url_prefix(repo_type)
        return self._json({"url": f"{self.fake.url}/{prefix}{repo_id}", "name": repo_id})

    def _repo_info(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self._repo(repo_type, repo_id)
        commit = self._commit(repo, revision)
        siblings = [
            {"rfilename": path, "size": len(blob.data), "blobId": blob.git_oid} for path, blob in sorted(commit.files.items())
        ]
        card_data = None
        readme = commit.files.get("README.md")
        if readme is not None and readme.data.startswith(b"---\n"):
            text = readme.data.decode()
            card_data = yaml.safe_load(text[4 : text.find("\n---", 4)])
        return self._json(
            {
                "_id": hashlib.md5(repo_id.encode()).hexdigest()[:24],
                "id": repo_id,
                "author": repo_id.split("/")[0],
                "sha": commit.oid,
                "lastModified": commit.date,
                "createdAt": repo.commits[repo.history(commit)[-1].oid].date,
                "private": repo.private,
                "gated": False,
                "disabled": False,
                "downloads": 0,
                "likes": 0,
                "tags": [],
                "cardData": card_data,
                "siblings": siblings,
            }
        )

    def _refs(self, repo_type: str, repo_id: str) -> None:
        repo = self._repo(repo_type, repo_id)
        return self._json(
            {
                "branches": [{"name": n, "ref": f"refs/heads/{n}", "targetCommit": o} for n, o in repo.branches.items()],
                "tags": [{"name": n, "ref": f"refs/tags/{n}", "targetCommit": o} for n, o in repo.tags.items()],
                "converts": [],
                "pullRequests": [],
            }
        )

    def _commits(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self._repo(repo_type, repo_id)
        history = repo.history(self._commit(repo, revision))
        return self._json(
            [
                {"id": c.oid, "title": c.title, "message": c.message, "date": c.date, "authors": [{"user": "fake"}]}
                for c in history
            ]
        )

    def _preupload(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        commit = self._commit(repo, revision)
        files = []
        for item in json.loads(self._body())["files"]:
            path = item["path"]
            existing = commit.files.get(path)
            lfs = path.endswith(BINARY_SUFFIXES) or item["size"] > 10_000_000
            oid = None if existing is None else (existing.sha256 if existing.lfs else existing.git_oid)
            files.append({"path": path, "uploadMode": "lfs" if lfs else "regular", "shouldIgnore": False, "oid": oid})
        return self._json({"files": files, "commitOid": commit.oid})

    def _lfs_batch(self, repo_type: str, repo_id: str) -> None:
        self._repo(repo_type, repo_id, write=True)
        payload = json.loads(self._body())
        objects = []
        for obj in payload["objects"]:
            entry: dict[str, Any] = {"oid": obj["oid"], "size": obj["size"]}
            if obj["oid"] not in self.fake.lfs_store:
                entry["actions"] = {"upload": {"href": f"{self.fake.url}/lfs-upload/{obj['oid']}"}}
            objects.append(entry)
        return self._json({"transfer": "basic", "objects": objects, "hash_algo": "sha256"})

    def _lfs_put(self, oid: str) -> None:
        data = self._body()
        if hashlib.sha256(data).hexdigest() != oid:
            raise HubError(400, "BadRequest", "sha256 of the uploaded content does not match the oid")
        self.fake.lfs_store[oid] = data
        return self._send(200)

    def _commit_post(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        branch = unquote(revision)
        if branch not in repo.branches:
            raise HubError(404, "RevisionNotFound", f"Invalid rev id: {branch}")
        head = repo.commits[repo.branches[branch]]
        files = dict(head.files)
        header: dict[str, Any] = {}
        for line in self._body().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            key, value = item["key"], item["value"]
            if key == "header":
                header = value
                parent = value.get("parentCommit")
                if parent is not None and parent != head.oid:
                    raise HubError(412, "PreconditionFailed", "parentCommit is not the head of the branch")
            elif key == "file":
                files[value["path"]] = Blob(base64.b64decode(value["content"]), lfs=False)
            elif key == "lfsFile":
                data = self.fake.lfs_store.get(value["oid"])
                if data is None:
                    raise HubError(400, "BadRequest", f"LFS object {value['oid']} was never uploaded")
                files[value["path"]] = Blob(data, lfs=True)
            elif key == "deletedFile":
                if files.pop(value["path"], None) is None:
                    raise HubError(404, "EntryNotFound", "A file with this name doesn't exist")
            elif key == "deletedFolder":
                prefix = value["path"].rstrip("/") + "/"
                for path in [p for p in files if p.startswith(prefix)]:
                    del files[path]
            else:
                raise HubError(400, "BadRequest", f"fake hub: unknown commit operation {key!r}")
        commit = self.fake._add_commit(
            repo, head.oid, header.get("summary", ""), header.get("description", ""), files, branch
        )
        prefix = _url_prefix(repo_type)
        return self._json(
            {"commitUrl": f"{self.fake.url}/{prefix}{repo_id}/commit/{commit.oid}", "commitOid": commit.oid,
             "success": True, "pullRequestUrl": None}
        )

    def _tag(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        commit = self._commit(repo, revision)
        tag = json.loads(self._body())["tag"]
        if tag in repo.tags:
            raise HubError(409, "Conflict", f"Tag {tag} already exists")
        repo.tags[tag] = commit.oid
        return self._json({"name": tag, "ref": f"refs/tags/{tag}", "targetCommit": commit.oid})

    def _branch(self, repo_type: str, repo_id: str, branch: str) -> None:
        repo = self._repo(repo_type, repo_id, write=True)
        if branch in repo.branches:
            raise HubError(409, "Conflict", f"Branch {branch} already exists")
        payload = json.loads(self._body() or b"{}")
        start = self._commit(repo, payload.get("startingPoint") or "main")
        repo.branches[branch] = start.oid
        return self._json({"name": branch})

    def _entries(self, commit: Commit, folder: str, recursive: bool) -> list[dict[str, Any]]:
        prefix = folder.strip("/") + "/" if folder.strip("/") else ""
        entries: dict[str, dict[str, Any]] = {}
        for path, blob in sorted(commit.files.items()):
            if not path.startswith(prefix):
                continue
            rest = path[len(prefix) :]
            parts = rest.split("/")
            if recursive:
                for depth in range(1, len(parts)):
                    sub = prefix + "/".join(parts[:depth])
                    entries.setdefault(sub, {"type": "directory", "path": sub, "oid": "0" * 40, "size": 0})
                entries[path] = blob.tree_entry(path)
            elif len(parts) == 1:
                entries[path] = blob.tree_entry(path)
            else:
                sub = prefix + parts[0]
                entries.setdefault(sub, {"type": "directory", "path": sub, "oid": "0" * 40, "size": 0})
        if prefix and not entries:
            raise HubError(404, "EntryNotFound", f"{folder} does not exist on this revision")
        return list(entries.values())

    def _tree(self, repo_type: str, repo_id: str, revision: str, folder: str, recursive: bool) -> None:
        repo = self._repo(repo_type, repo_id)
        return self._json(self._entries(self._commit(repo, revision), folder, recursive))

    def _paths_info(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self._repo(repo_type, repo_id)
        commit = self._commit(repo, revision)
        form = parse_qs(self._body().decode())
        out = []
        for path in form.get("paths", []):
            path = path.strip("/")
            if path in commit.files:
                out.append(commit.files[path].tree_entry(path))
            elif any(p.startswith(path + "/") for p in commit.files):
                out.append({"type": "directory", "path": path, "oid": "0" * 40, "size": 0})
        return self._json(out)

    def _resolve(self, method: str, repo_type: str, repo_id: str, revision: str, path: str) -> None:
        repo = self._repo(repo_type, repo_id)
        commit = self._commit(repo, revision)
        blob = commit.files.get(path)
        if blob is None:
            raise HubError(404, "EntryNotFound", f"{path} does not exist on revision {unquote(revision)}")
        etag = f'"{blob.sha256 if blob.lfs else blob.git_oid}"'
        headers = {"X-Repo-Commit": commit.oid, "ETag": etag, "Accept-Ranges": "bytes"}
        if blob.lfs:
            headers.update({"X-Linked-Etag": etag, "X-Linked-Size": str(len(blob.data))})
        data = blob.data
        status = HTTPStatus.OK
        range_header = self.headers.get("Range")
        if range_header and range_header.startswith("bytes=") and method == "GET":
            start_s, _, end_s = range_header[6:].partition("-")
            start = int(start_s) if start_s else max(0, len(data) - int(end_s))
            end = int(end_s) if (end_s and start_s) else len(data) - 1
            end = min(end, len(data) - 1)
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            data = data[start : end + 1]
            status = HTTPStatus.PARTIAL_CONTENT
        headers["Content-Length"] = str(len(data))
        return self._send(status, data, headers, head=method == "HEAD")


def _url_prefix(repo_type: str) -> str:
    return {"dataset": "datasets/", "space": "spaces/"}.get(repo_type, "")


def point_client_at(hub: FakeHub, monkeypatch: Any, token: str | None) -> None:
    """Make ``huggingface_hub`` in this process talk to ``hub``: endpoint, token, no Xet, offline mode off.

    ``huggingface_hub`` reads HF_HUB_OFFLINE and HF_HUB_DISABLE_XET at import time, so the constants
    are patched as well as the environment (``monkeypatch`` undoes both after the test).
    """
    import huggingface_hub.constants

    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    if token is not None:
        monkeypatch.setenv("HF_TOKEN", token)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_DISABLE_XET", True)
