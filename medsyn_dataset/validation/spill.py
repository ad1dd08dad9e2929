"""State of a validation run that grows with the corpus, kept on disk once it is large.

* :class:`AppendArray`: rows of a fixed width (MinHash signatures, LSH band keys, label-noise
  features) appended batch by batch. It stays in memory while smaller than :data:`SPILL_BYTES`,
  then moves to a file in the run's scratch folder and is read back in chunks or by row. Plain
  file reads and writes, not a memory map: a mapped file's resident pages count in the process's
  memory (RSS and PSS), a file read through the page cache does not.
* :class:`BatchSpill`: one pickle per batch (the row-wise checks' results of pass 1, read back
  when the batch is decided and written in pass 2).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

#: An :class:`AppendArray` moves to disk past this many bytes.
SPILL_BYTES = 32 << 20
#: Rows read at a time when an array on disk is scanned.
SCAN_BYTES = 16 << 20


class AppendArray:
    """An append-only 2-D array (``width`` columns of ``dtype``), in memory or in the file ``path``."""

    def __init__(self, width: int, dtype: Any, path: Path | None = None, spill_bytes: int | None = None) -> None:
        self.width = width
        self.dtype = np.dtype(dtype)
        self.path = path
        self.spill_bytes = SPILL_BYTES if spill_bytes is None else spill_bytes
        self.rows = 0
        self._parts: list[np.ndarray] = []
        self._file: Any = None

    @property
    def row_bytes(self) -> int:
        return self.width * self.dtype.itemsize

    @property
    def on_disk(self) -> bool:
        return self._file is not None

    def append(self, rows: np.ndarray) -> None:
        rows = np.ascontiguousarray(rows, dtype=self.dtype).reshape(-1, self.width)
        self.rows += len(rows)
        if self._file is not None:
            self._file.write(rows.tobytes())
            return
        self._parts.append(rows)
        if self.path is not None and self.rows * self.row_bytes >= self.spill_bytes:
            self._file = open(self.path, "wb")  # noqa: SIM115 - closed by close() or when read
            for part in self._parts:
                self._file.write(part.tobytes())
            self._parts = []

    def _flushed(self) -> None:
        if self._file is not None and not self._file.closed:
            self._file.flush()

    def read(self, lo: int = 0, hi: int | None = None) -> np.ndarray:
        """Rows ``lo..hi`` (a copy when on disk)."""
        hi = self.rows if hi is None else min(hi, self.rows)
        if hi <= lo:
            return np.zeros((0, self.width), dtype=self.dtype)
        if self._file is None:
            whole = self._parts[0] if len(self._parts) == 1 else np.concatenate(self._parts or [self._empty()])
            self._parts = [whole]
            return whole[lo:hi]
        self._flushed()
        assert self.path is not None
        with open(self.path, "rb") as fh:
            fh.seek(lo * self.row_bytes)
            return np.fromfile(fh, dtype=self.dtype, count=(hi - lo) * self.width).reshape(-1, self.width)

    def chunks(self, rows_per_chunk: int | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """``(first row, rows)`` chunks in order, each at most ``rows_per_chunk`` rows (default: ~16 MB)."""
        step = rows_per_chunk or max(1, SCAN_BYTES // max(self.row_bytes, 1))
        for lo in range(0, self.rows, step):
            yield lo, self.read(lo, lo + step)

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The rows at the indices ``rows`` (any order, repeats allowed): only those are read."""
        rows = np.asarray(rows, dtype=np.int64)
        if self._file is None:
            return self.read()[rows]
        self._flushed()
        assert self.path is not None
        out = np.empty((len(rows), self.width), dtype=self.dtype)
        order = np.argsort(rows, kind="stable")
        fd = os.open(self.path, os.O_RDONLY)
        try:
            last, buf = -1, b""
            for k in order.tolist():
                r = int(rows[k])
                if r != last:
                    buf = os.pread(fd, self.row_bytes, r * self.row_bytes)
                    last = r
                out[k] = np.frombuffer(buf, dtype=self.dtype)
        finally:
            os.close(fd)
        return out

    def read_ranges(self, starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
        """Rows ``starts[i] .. stops[i]`` for every ``i``, one range after another (ranges in order
        and adjacent ones are read at once)."""
        starts, stops = np.asarray(starts, dtype=np.int64), np.asarray(stops, dtype=np.int64)
        if len(starts) and int(stops[-1] - starts[0]) == int((stops - starts).sum()):
            return self.read(int(starts[0]), int(stops[-1]))  # contiguous: one read
        if self._file is None:
            whole = self.read()
            from medsyn_dataset.validation.normalize import _ranges

            return whole[np.repeat(starts, stops - starts) + _ranges(stops - starts)]
        self._flushed()
        assert self.path is not None
        parts = []
        fd = os.open(self.path, os.O_RDONLY)
        try:
            for lo, hi in zip(starts.tolist(), stops.tolist(), strict=True):
                if hi > lo:
                    parts.append(os.pread(fd, (hi - lo) * self.row_bytes, lo * self.row_bytes))
        finally:
            os.close(fd)
        return np.frombuffer(b"".join(parts), dtype=self.dtype).reshape(-1, self.width)

    def _empty(self) -> np.ndarray:
        return np.zeros((0, self.width), dtype=self.dtype)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class BatchSpill:
    """Pickled objects by batch number, in the folder ``folder`` (or in memory when it is None)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._memory: dict[int, Any] = {}
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)

    def put(self, batch: int, obj: Any) -> None:
        if self.folder is None:
            self._memory[batch] = obj
            return
        with open(self.folder / f"batch-{batch:07d}.pkl", "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)

    def pop(self, batch: int) -> Any:
        """The object of ``batch``, removed from the spill (each batch is read once, in pass 2)."""
        if self.folder is None:
            return self._memory.pop(batch)
        path = self.folder / f"batch-{batch:07d}.pkl"
        with open(path, "rb") as fh:
            obj = pickle.load(fh)
        path.unlink()
        return obj
