"""Atomic file writes and checked reads.

Writes: a crash or a kill leaves either the old file or the new one, never half of one. Temp files
and folders are created with the modes of ordinary ones (0666 / 0777 less the user's umask), not
``mkstemp``'s 0600, so what is renamed into place is as readable as any file the user makes.

Reads: a file that is missing, not UTF-8, not valid JSON or not readable Parquet is a ``ValueError``
(``FileNotFoundError`` for a missing one) whose message names the file (and the line where known).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temp path beside ``path``; on success fsync and rename it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_temp_file(path.parent, f".{path.name}.", ".tmp")
    try:
        yield tmp
        replace_file(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def replace_file(tmp: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Put the finished temp file ``tmp`` in place of ``path``: fsync it, rename it over ``path``, fsync the folder."""
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(Path(path).parent)


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temp file for writing that replaces ``path`` only when the block ends without error."""
    with atomic_path(path) as tmp, open(tmp, mode, encoding=None if "b" in mode else encoding) as fh:
        yield fh


@contextlib.contextmanager
def staged_dir(out_dir: str | os.PathLike[str], purpose: str = "staged") -> Iterator[Path]:
    """Yield a new empty folder beside ``out_dir``; when the block succeeds it becomes ``out_dir``.

    The folder twin of :func:`atomic_path`: an existing ``out_dir`` is moved aside, replaced, and
    removed only after the swap (put back if the swap fails); on an error the staged folder is
    removed and ``out_dir`` is untouched. A kill can leave a hidden ``.<name>.<purpose>-*`` folder
    behind, never a half-written ``out_dir``. A symbolic link to a folder is followed: its target is
    replaced, the link stays (:func:`medsyn_dataset.outputs.real_output_path`).
    """
    from medsyn_dataset.outputs import real_output_path

    out_dir = real_output_path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staged = _new_temp_dir(out_dir.parent, f".{out_dir.name}.{purpose}-")
    try:
        yield staged
        if out_dir.exists():
            old = _new_temp_dir(out_dir.parent, f".{out_dir.name}.old-")
            os.replace(out_dir, old / "previous")
            try:
                os.replace(staged, out_dir)
            except OSError:
                os.replace(old / "previous", out_dir)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staged, out_dir)
        _fsync_dir(out_dir.parent)
    finally:
        if staged.exists():
            shutil.rmtree(staged, ignore_errors=True)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    with atomic_open(path) as fh:
        fh.write(text)
    return Path(path)


def atomic_write_json(path: str | os.PathLike[str], obj: Any, indent: int = 2) -> Path:
    return atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=False) + "\n")


def temp_file_beside(path: str | os.PathLike[str]) -> Path:
    """A new empty hidden temp file beside ``path`` (``.NAME.*.tmp``, mode by the umask), for writers
    that rename several files into place together; the caller removes it if it is not renamed."""
    path = Path(path)
    return _new_temp_file(path.parent, f".{path.name}.", ".tmp")


def _new_temp_file(directory: Path, prefix: str, suffix: str) -> Path:
    """Create a new empty file with a random name; its mode follows the umask, like ``open(..., "w")``.

    (``tempfile.mkstemp`` would create it 0600, and the rename would carry that mode into place.)
    """
    for _ in range(100):
        candidate = directory / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"{directory}: could not create a temp file {prefix}*{suffix}")


def _new_temp_dir(directory: Path, prefix: str) -> Path:
    """Create a new empty folder with a random name; its mode follows the umask (``mkdtemp`` gives 0700)."""
    for _ in range(100):
        candidate = directory / f"{prefix}{secrets.token_hex(6)}"
        try:
            candidate.mkdir(mode=0o777)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"{directory}: could not create a temp folder {prefix}*")


def atomic_write_parquet(table: pa.Table, path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """Write ``table`` as Parquet atomically. Defaults: zstd compression, page index and page checksums on.

    The checksums let :func:`read_parquet` tell a damaged file (a flipped bit in page data) from a
    good one instead of reading wrong values.
    """
    kwargs.setdefault("compression", "zstd")
    kwargs.setdefault("write_page_index", True)
    kwargs.setdefault("write_page_checksum", True)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, **kwargs)
    return Path(path)


def sha256_file(path: str | os.PathLike[str], chunk: int = 1 << 20) -> str:
    """Hex sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def canonical_json(obj: Any) -> str:
    """JSON with sorted keys and no spaces (UTF-8 kept): equal objects give equal strings, and hashes."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_json(obj: Any) -> str:
    """Hex sha256 of :func:`canonical_json` of ``obj``."""
    return hashlib.sha256(canonical_json(obj).encode("utf-8")).hexdigest()


def read_text(path: str | os.PathLike[str], error: type[Exception] = ValueError) -> str:
    """A UTF-8 text file's content; a missing file, a folder or bytes that are not UTF-8 name the file.

    A UTF-8 byte-order mark is dropped (editors on Windows write one).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a file") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise error(f"{path}: line {line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def read_json(path: str | os.PathLike[str], error: type[Exception] = ValueError) -> Any:
    """Parse a JSON file; invalid JSON (or text that is not UTF-8) raises ``error`` naming the file and the line."""
    try:
        return json.loads(read_text(path, error))
    except json.JSONDecodeError as exc:
        raise error(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None


def load_yaml(path: str | os.PathLike[str], error: type[Exception] = ValueError) -> Any:
    """Parse a YAML file (safe loader); a repeated key is an error naming the file, the line and the key.

    PyYAML would keep the last of two equal keys silently, so a config that sets ``total`` twice
    would run with whichever came last.
    """
    import yaml

    class UniqueKeyLoader(yaml.SafeLoader):
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise error(f"{path}: line {line}: duplicate key {key!r} (first on line {seen[key]})")
                seen[key] = line
            return super().construct_mapping(node, deep=deep)

    text = read_text(path, error)
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from None


class ParquetReadError(ValueError):
    """A file is not readable Parquet (truncated, damaged, another format); the message names it."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path, self.problem = str(path), problem
        super().__init__(f"{path}: {problem}")


@contextlib.contextmanager
def parquet_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn pyarrow's errors while reading ``path`` into one :class:`ParquetReadError` naming the file."""
    try:
        yield
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ParquetReadError(path, "is a folder, not a Parquet file") from None
    except (OSError, ValueError, pa.ArrowException) as exc:  # ValueError: e.g. a damaged column name (not UTF-8)
        detail = " ".join(str(exc).split())[:200]
        raise ParquetReadError(path, f"not a readable Parquet file ({detail})") from None


def parquet_file(path: str | os.PathLike[str]) -> pq.ParquetFile:
    """Open a Parquet file for reading with page checksums verified (where the writer stored them)."""
    with parquet_errors(path):
        return pq.ParquetFile(path, page_checksum_verification=True)


def read_parquet(path: str | os.PathLike[str], columns: Sequence[str] | None = None) -> pa.Table:
    """Read a whole Parquet file (or ``columns``), verifying page checksums; errors name the file."""
    with parquet_errors(path):
        return pq.read_table(
            path, columns=list(columns) if columns is not None else None, page_checksum_verification=True
        )


def iter_parquet_batches(
    path: str | os.PathLike[str], batch_size: int = 4096, columns: Sequence[str] | None = None
) -> Iterator[pa.RecordBatch]:
    """Stream a Parquet file in record batches (checksums verified); errors name the file."""
    file = parquet_file(path)
    with parquet_errors(path):
        yield from file.iter_batches(batch_size=batch_size, columns=list(columns) if columns is not None else None)


def check_model_location(model: str) -> None:
    """A model given as a local path must be an existing folder; a Hub id (``name``, ``org/name``) passes.

    Catches a mistyped or missing model folder with one line before any heavy library loads it.
    """
    path = Path(model).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ValueError(f"{model}: is a file; a model is a folder (config.json, weights, tokenizer files)")
        return
    if model.startswith((".", "/", "~")) or model.count("/") > 1 or model.endswith("/"):
        raise FileNotFoundError(f"{model}: no such model folder")


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not supported everywhere (e.g. some network filesystems).
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def iter_text_lines(path: str | os.PathLike[str], error: type[Exception] = ValueError) -> Iterator[str]:
    """The lines of a UTF-8 text file (with their line ends, for ``csv``), decoded one at a time.

    Bytes that are not UTF-8 raise ``error`` naming the file and the line; a BOM is dropped.
    """
    path = Path(path)
    if path.is_dir():
        raise error(f"{path}: is a folder, not a file")
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    with open(path, "rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            try:
                yield raw.decode("utf-8-sig" if line_no == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise error(f"{path}: line {line_no}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None


def iter_jsonl(
    path: str | os.PathLike[str], error: type[Exception] = ValueError
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSONL file.

    A line that is not JSON, not a JSON object, or not UTF-8 raises ``error`` naming the file and
    the line; a folder or a missing file names the path too.
    """
    for line_no, line in enumerate(iter_text_lines(path, error), start=1):
        if line.strip():
            yield line_no, parse_json_object(line, f"{path}: line {line_no}", error)


def parse_json_object(
    text: str, where: str, error: type[Exception] = ValueError, not_object: str = "expected a JSON object"
) -> dict[str, Any]:
    """``text`` parsed as a JSON object; text that is not JSON, or JSON that is not an object, raises
    ``error`` prefixed with ``where`` (``FILE: line N``, ``FILE: row N: field 'params'``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(value, dict):
        raise error(f"{where}: {not_object}")
    return value
