"""Opening the ledger's SQLite file: create it only where nothing is, and touch only our own.

``--ledger`` may be pointed at any file. A SQLite file that is not a medsyn ledger (a user's own
database) must come out of a run byte for byte as it went in, so it is recognised *before* anything
is written: through a read-only connection, by the marker we stamp into new ledgers
(``PRAGMA application_id`` = :data:`APPLICATION_ID`), or, for ledgers written before the marker
existed, by our schema (a ``meta(k, v)`` table with a ``schema`` row and the ledger's tables). A
new ledger is created only where there is no file or an empty (0-byte) one, in one transaction
with its marker, so a kill while creating leaves an empty file, never a half-made foreign-looking one.
Read-only commands (``ledger stats``, ``ledger export``) open a ``mode=ro`` connection and never
create or change the file (nor leave -wal/-shm files beside it when no writer has it open).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

#: ``PRAGMA application_id`` of a medsyn ledger (the bytes "MdSy").
APPLICATION_ID = 0x4D645379
SCHEMA_VERSION = "1"
_TABLES = ("meta", "responses", "charges", "batches", "batch_requests")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT,
    request TEXT NOT NULL,
    text TEXT,
    finish_reason TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    answered_by TEXT,
    latency_s REAL,
    usable INTEGER NOT NULL,
    cost REAL,
    mode TEXT NOT NULL,
    created_at REAL NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0,
    last_hit_at REAL
);
CREATE TABLE IF NOT EXISTS charges (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    model TEXT,
    origin TEXT NOT NULL,
    mode TEXT NOT NULL,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    cost REAL,
    at REAL NOT NULL,
    ref TEXT
);
CREATE INDEX IF NOT EXISTS charges_origin ON charges(origin);
CREATE UNIQUE INDEX IF NOT EXISTS charges_ref ON charges(key, ref) WHERE ref IS NOT NULL;
CREATE TABLE IF NOT EXISTS batches (
    submission_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    input_file_id TEXT NOT NULL,
    batch_id TEXT,
    status TEXT NOT NULL,
    requests INTEGER NOT NULL,
    round INTEGER NOT NULL,
    output_file_id TEXT,
    error_file_id TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    ingested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS batches_origin ON batches(origin, ingested);
CREATE TABLE IF NOT EXISTS batch_requests (
    submission_id TEXT NOT NULL,
    custom_id TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (submission_id, custom_id)
);
"""


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the ledger at ``path`` (see the module docstring); ValueError naming ``path``
    for a folder, a file that is not a medsyn ledger, or a ledger of another schema version."""
    if path.exists() and not path.is_file():
        raise ValueError(f"{path}: the ledger must be a file, this is a folder")
    if readonly:
        if not path.exists():
            raise FileNotFoundError(f"{path}: no ledger there yet (a run with the openai backend creates it)")
        db = _open(path, readonly=True)
        _check_ours(db, path)
        return db
    if path.exists() and path.stat().st_size > 0:
        with contextlib.closing(_open(path, readonly=True)) as probe:
            _check_ours(probe, path)
        db = _open(path, readonly=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")  # a ledger from before the marker gets it
        except sqlite3.Error as exc:
            db.close()
            raise ValueError(f"{path}: cannot open the ledger ({exc})") from None
        return db
    path.parent.mkdir(parents=True, exist_ok=True)
    db = _open(path, readonly=False)
    try:
        db.executescript(
            f"BEGIN IMMEDIATE; PRAGMA application_id={APPLICATION_ID}; {SCHEMA}"
            f" INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}'); COMMIT;"
        )
        db.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as exc:
        db.close()
        raise ValueError(f"{path}: cannot create the ledger ({exc})") from None
    return db


def _open(path: Path, *, readonly: bool) -> sqlite3.Connection:
    try:
        if readonly:
            # no -wal beside it: no writer has the file open, and ``immutable`` keeps SQLite from leaving
            # -wal/-shm files beside a WAL database it may not delete on close (read-only)
            quiet = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{quiet}", uri=True, isolation_level=None,
                                 timeout=30.0)
        else:
            db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    except sqlite3.Error as exc:
        raise ValueError(f"{path}: cannot open the ledger ({exc})") from None
    if not readonly:
        with contextlib.suppress(sqlite3.Error):
            db.execute("PRAGMA synchronous=NORMAL")
    return db


def _check_ours(db: sqlite3.Connection, path: Path) -> None:
    """Refuse (closing ``db``) a file that is not a medsyn ledger of this schema version."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = None
        if "meta" in tables and {"k", "v"} <= {row[1] for row in db.execute("PRAGMA table_info(meta)")}:
            row = db.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
            version = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        db.close()
        raise ValueError(f"{path}: not a medsyn ledger ({exc}); left unchanged") from None
    ours = app_id == APPLICATION_ID or (app_id == 0 and set(_TABLES) <= tables and version is not None)
    if not ours:
        db.close()
        raise ValueError(
            f"{path}: an SQLite database that is not a medsyn ledger; left unchanged (give --ledger a new file)"
        )
    if version != SCHEMA_VERSION:
        db.close()
        raise ValueError(f"{path}: ledger schema {version}, this version reads {SCHEMA_VERSION}")
