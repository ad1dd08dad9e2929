"""The request ledger: every answered request, keyed by a hash of its payload, in one SQLite file.

A paid request is never paid twice. Before a request is sent, its key (sha256 of the canonical JSON
of what would be sent: endpoint kind, model, messages, sampling parameters, seed; see
:func:`request_key`) is looked up; an answer that could become a note is served from here, whatever
output folder, validation or build asked for it. Answers that could not (truncated, refused,
empty) are kept for the record but not served, so a rerun asks again.

Also here: what each answer cost and for which output folder (``charges``, append-only: the spend
that ``--budget`` counts survives a ``kill -9``), and the Batch API's submissions (``batches``,
``batch_requests``), so a killed ``--batch`` run resumes polling its batches instead of sending
them again.

Safety: WAL journal, one connection per process. Answers are committed in groups (at most
:data:`GROUP_COMMIT_S` apart or :data:`GROUP_COMMIT_ROWS` answers, whichever comes first; a commit
costs about as much as a hundred rows), and batch submissions at once. SQLite's transactions make
a ``kill -9`` at any moment lose at most the answers of the open group (asked again next run), never
the file. Default file:
``$MEDSYN_LEDGER``, else ``<user cache dir>/medsyn-dataset/ledger.sqlite3``
(``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on
Windows).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from medsyn_dataset.generation import ledger_file
from medsyn_dataset.generation.backends.base import GenerationResult
from medsyn_dataset.generation.records import failure_reason
from medsyn_dataset.io import canonical_json, sha256_json

ENV_VAR = "MEDSYN_LEDGER"
GROUP_COMMIT_S = 0.1
GROUP_COMMIT_ROWS = 64
FILE_NAME = "ledger.sqlite3"


def default_ledger_path() -> Path:
    """``$MEDSYN_LEDGER``, else ``ledger.sqlite3`` in the user's cache folder (see the module docstring)."""
    if env := os.environ.get(ENV_VAR):
        return Path(env).expanduser()
    return user_cache_dir() / FILE_NAME


def user_cache_dir(app: str = "medsyn-dataset") -> Path:
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / app


def request_key(payload: Mapping[str, Any]) -> str:
    """The ledger key of a request: sha256 of the canonical JSON of its payload (endpoint kind included)."""
    return sha256_json(dict(payload))


def keyed(payload: Mapping[str, Any]) -> tuple[str, str]:
    """(key, canonical JSON) of a payload, computed once for a lookup and a :meth:`Ledger.record`."""
    text = canonical_json(dict(payload))
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), text


def payload_model(payload: Mapping[str, Any]) -> str | None:
    """The model a payload asks for (``{"url": ..., "body": {"model": ...}}``)."""
    body = payload.get("body")
    model = body.get("model") if isinstance(body, Mapping) else payload.get("model")
    return str(model) if model is not None else None


@dataclass
class Submission:
    """A batch the ledger knows: submitted (``batch_id``) or only uploaded when the run was killed."""

    submission_id: str
    origin: str
    endpoint: str
    input_file_id: str
    batch_id: str | None
    status: str
    requests: int
    round: int
    output_file_id: str | None = None
    error_file_id: str | None = None
    custom_ids: dict[str, str] = field(default_factory=dict)  # custom_id -> request key


@dataclass
class ModelStats:
    model: str
    requests: int
    prompt_tokens: int
    completion_tokens: int
    spend: float


@dataclass
class LedgerStats:
    path: str
    bytes: int
    answers: int
    usable: int
    hits: int
    paid_requests: int
    saved: float
    models: list[ModelStats]
    batches: dict[str, int]

    @property
    def hit_rate(self) -> float:
        """Share of answers that were served from the ledger instead of being paid for."""
        return self.hits / (self.hits + self.paid_requests) if self.hits + self.paid_requests else 0.0


class Ledger:
    """The SQLite request ledger (see the module docstring). Use as a context manager, or close()."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        """Open (or create) the ledger at ``path``; ``readonly``: never create or change the file.
        A file that is not a medsyn ledger is refused unchanged (:mod:`.ledger_file`)."""
        self.path = Path(path)
        self._db = ledger_file.connect(self.path, readonly=readonly)
        self._group_rows = 0  # answers in the open group transaction (0: none open)
        self._group_started = 0.0

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.flush()
        self._db.close()

    def flush(self) -> None:
        """Commit the open group of answers (if any)."""
        if self._group_rows:
            self._group_rows = 0
            self._db.execute("COMMIT")

    def _grouped(self) -> None:
        """Open a group transaction for the next write, or commit the group when it is full or old."""
        if not self._group_rows:
            self._db.execute("BEGIN IMMEDIATE")
            self._group_started = time.monotonic()
            with contextlib.suppress(RuntimeError):  # in an event loop, a timer commits a group left open
                asyncio.get_running_loop().call_later(GROUP_COMMIT_S, self._flush_if_old)
        self._group_rows += 1

    def _after_write(self) -> None:
        if self._group_rows >= GROUP_COMMIT_ROWS or time.monotonic() - self._group_started >= GROUP_COMMIT_S:
            self.flush()

    def _flush_if_old(self) -> None:
        if self._group_rows and time.monotonic() - self._group_started >= GROUP_COMMIT_S * 0.99:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
                self.flush()

    # ---- answers ---------------------------------------------------------------------------------

    def lookup(self, key: str) -> GenerationResult | None:
        """A stored answer that can become a note (counted as a hit), or None."""
        row = self._db.execute(
            "SELECT text, finish_reason, prompt_tokens, completion_tokens, answered_by, latency_s "
            "FROM responses WHERE key = ? AND usable = 1",
            (key,),
        ).fetchone()
        if row is None:
            return None
        self._grouped()
        self._db.execute("UPDATE responses SET hits = hits + 1, last_hit_at = ? WHERE key = ?", (time.time(), key))
        self._after_write()
        text, finish, prompt_tokens, completion_tokens, model, latency = row
        return GenerationResult(text, finish, prompt_tokens, completion_tokens, latency, model, from_ledger=True)

    def record(
        self,
        key: str,
        payload: Mapping[str, Any],
        result: GenerationResult,
        *,
        cost: float | None,
        mode: str,
        origin: str,
        ref: str | None = None,
        payload_json: str | None = None,
    ) -> bool:
        """Store an answer (unless an earlier usable one exists) and charge it to ``origin``.

        ``ref`` names where a batch answer came from (its submission): the same answer read twice
        (a run killed while ingesting a batch, then resumed) is charged once. Returns whether it
        was charged now.
        """
        if result.error is not None and result.prompt_tokens is None:
            return False  # nothing was answered (HTTP error, timeout): nothing to keep, nothing charged
        now = time.time()
        usable = failure_reason(result) is None
        model = payload_model(payload)
        self._grouped()
        try:
            self._db.execute(
                "INSERT INTO responses (key, model, request, text, finish_reason, prompt_tokens, completion_tokens,"
                " answered_by, latency_s, usable, cost, mode, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(key) DO UPDATE SET text=excluded.text, finish_reason=excluded.finish_reason,"
                " prompt_tokens=excluded.prompt_tokens, completion_tokens=excluded.completion_tokens,"
                " answered_by=excluded.answered_by, latency_s=excluded.latency_s, usable=excluded.usable,"
                " cost=excluded.cost, mode=excluded.mode, created_at=excluded.created_at"
                " WHERE responses.usable = 0",
                (key, model, payload_json or canonical_json(dict(payload)), result.text, result.finish_reason, result.prompt_tokens,
                 result.completion_tokens, result.model, result.latency_s, int(usable), cost, mode, now),
            )
            charged = self._db.execute(
                "INSERT OR IGNORE INTO charges (key, model, origin, mode, prompt_tokens, completion_tokens, cost, at,"
                " ref) VALUES (?,?,?,?,?,?,?,?,?)",
                (key, model, origin, mode, result.prompt_tokens, result.completion_tokens, cost, now, ref),
            ).rowcount
        except BaseException:
            self._group_rows = 0
            self._db.execute("ROLLBACK")
            raise
        self._after_write()
        return charged > 0

    def spent(self, origin: str) -> float:
        """USD charged to ``origin`` (an output folder) over all its runs."""
        row = self._db.execute("SELECT COALESCE(SUM(cost), 0) FROM charges WHERE origin = ?", (origin,)).fetchone()
        return float(row[0])

    def mean_completion_tokens(self, model: str) -> tuple[float, int] | None:
        """Mean completion tokens of the usable answers of ``model`` and how many there are (None: none)."""
        row = self._db.execute(
            "SELECT AVG(completion_tokens), COUNT(*) FROM responses WHERE model = ? AND usable = 1"
            " AND completion_tokens IS NOT NULL",
            (model,),
        ).fetchone()
        return (float(row[0]), int(row[1])) if row and row[1] else None

    # ---- batches ---------------------------------------------------------------------------------

    def add_submission(self, sub: Submission) -> None:
        """Remember an uploaded batch input file and its lines *before* the batch is created."""
        now = time.time()
        self.flush()
        with self._transaction():
            self._db.execute(
                "INSERT INTO batches (submission_id, origin, endpoint, input_file_id, batch_id, status, requests,"
                " round, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (sub.submission_id, sub.origin, sub.endpoint, sub.input_file_id, sub.batch_id, sub.status,
                 sub.requests, sub.round, now, now),
            )
            self._db.executemany(
                "INSERT INTO batch_requests (submission_id, custom_id, key) VALUES (?,?,?)",
                [(sub.submission_id, cid, key) for cid, key in sub.custom_ids.items()],
            )

    def update_submission(self, submission_id: str, **fields: Any) -> None:
        allowed = {"batch_id", "status", "output_file_id", "error_file_id", "ingested"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not a batch field: {', '.join(sorted(unknown))}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.flush()
        self._db.execute(
            f"UPDATE batches SET {assignments}, updated_at = ? WHERE submission_id = ?",
            (*fields.values(), time.time(), submission_id),
        )

    def open_submissions(self, origin: str) -> list[Submission]:
        """The batches of ``origin`` whose results have not been ingested yet, oldest first."""
        rows = self._db.execute(
            "SELECT submission_id, origin, endpoint, input_file_id, batch_id, status, requests, round,"
            " output_file_id, error_file_id FROM batches WHERE origin = ? AND ingested = 0 ORDER BY created_at",
            (origin,),
        ).fetchall()
        subs = [Submission(*row) for row in rows]
        for sub in subs:
            sub.custom_ids = dict(
                self._db.execute(
                    "SELECT custom_id, key FROM batch_requests WHERE submission_id = ?", (sub.submission_id,)
                ).fetchall()
            )
        return subs

    def submission_rounds(self, origin: str) -> dict[str, int]:
        """custom_id -> how many batches of ``origin`` carried it so far (resubmissions count)."""
        rows = self._db.execute(
            "SELECT r.custom_id, COUNT(*) FROM batch_requests r JOIN batches b USING (submission_id)"
            " WHERE b.origin = ? AND b.batch_id IS NOT NULL GROUP BY r.custom_id",
            (origin,),
        ).fetchall()
        return {custom_id: int(n) for custom_id, n in rows}

    # ---- maintenance -----------------------------------------------------------------------------

    def stats(self) -> LedgerStats:
        self.flush()
        db = self._db
        answers, usable, hits, saved = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(usable), 0), COALESCE(SUM(hits), 0),"
            " COALESCE(SUM(hits * COALESCE(cost, 0)), 0) FROM responses"
        ).fetchone()
        models = [
            ModelStats(model or "?", n, int(p or 0), int(c or 0), float(s or 0.0))
            for model, n, p, c, s in db.execute(
                "SELECT model, COUNT(*), SUM(prompt_tokens), SUM(completion_tokens), SUM(cost) FROM charges"
                " GROUP BY model ORDER BY SUM(cost) DESC, model"
            )
        ]
        batches = dict(db.execute("SELECT status, COUNT(*) FROM batches GROUP BY status").fetchall())
        size = sum(p.stat().st_size for p in self._files() if p.exists())
        paid = sum(m.requests for m in models)
        return LedgerStats(str(self.path), size, answers, int(usable), int(hits), paid, float(saved), models, batches)

    def export(self, fh: IO[str], model: str | None = None) -> int:
        """Write the answers (of ``model``) as JSONL: key, request, response, usage, cost, hits. Returns lines."""
        n = 0
        for record in self._iter_answers(model):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n

    def _iter_answers(self, model: str | None) -> Iterator[dict[str, Any]]:
        query = (
            "SELECT key, model, request, text, finish_reason, prompt_tokens, completion_tokens, answered_by,"
            " latency_s, usable, cost, mode, created_at, hits FROM responses"
        )
        args: tuple[Any, ...] = ()
        if model is not None:
            query, args = query + " WHERE model = ?", (model,)
        for row in self._db.execute(query + " ORDER BY created_at, key", args):
            key, model_, request, text, finish, pt, ct, by, latency, usable, cost, mode, created, hits = row
            yield {
                "key": key, "model": model_, "mode": mode, "created_at": _iso(created), "usable": bool(usable),
                "request": json.loads(request),
                "response": {"text": text, "finish_reason": finish, "model": by, "latency_s": latency,
                             "usage": {"prompt_tokens": pt, "completion_tokens": ct}},
                "cost": cost, "hits": hits,
            }  # fmt: skip

    def prune(self, *, older_than_days: float | None = None, model: str | None = None, unusable: bool = False) -> int:
        """Delete answers matching all the given conditions (at least one); returns how many. Charges stay."""
        conditions: list[str] = []
        args: list[Any] = []
        if older_than_days is not None:
            conditions.append("created_at < ?")
            args.append(time.time() - older_than_days * 86400)
        if model is not None:
            conditions.append("model = ?")
            args.append(model)
        if unusable:
            conditions.append("usable = 0")
        if not conditions:
            raise ValueError("prune needs --older-than, --model or --unusable (what to delete)")
        self.flush()
        deleted = self._db.execute(f"DELETE FROM responses WHERE {' AND '.join(conditions)}", args).rowcount
        if older_than_days is not None:  # finished batch bookkeeping of the same age goes too
            cutoff = time.time() - older_than_days * 86400
            self._db.execute(
                "DELETE FROM batch_requests WHERE submission_id IN"
                " (SELECT submission_id FROM batches WHERE ingested = 1 AND updated_at < ?)",
                (cutoff,),
            )
            self._db.execute("DELETE FROM batches WHERE ingested = 1 AND updated_at < ?", (cutoff,))
        self._db.execute("VACUUM")
        return int(deleted)

    def _files(self) -> list[Path]:
        return [self.path, self.path.with_name(self.path.name + "-wal")]

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> None:
            self.db.execute("BEGIN IMMEDIATE")

        def __exit__(self, exc_type: object, *rest: object) -> None:
            self.db.execute("ROLLBACK" if exc_type is not None else "COMMIT")

    def _transaction(self) -> Ledger._Tx:
        return Ledger._Tx(self._db)


def open_ledger(path: str | os.PathLike[str] | None) -> Ledger | None:
    """A :class:`Ledger` for ``path``, or None when ``path`` is None (a run without a ledger)."""
    return Ledger(path) if path is not None else None


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    import datetime as dt

    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")
