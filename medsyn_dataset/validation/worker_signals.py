"""Signals of worker processes forked by a validation run (the batch pool, the PII scanner's pool).

Ctrl-C reaches the whole process group: the driver alone handles it, stops its pools and says what
was kept. A forked worker would otherwise keep the CLI's handlers (its SIGTERM handler raises
KeyboardInterrupt) and print a traceback when its pool terminates it. So a pool is forked with
SIGINT and SIGTERM held (:func:`signals_held`): a worker inherits the mask and takes them only
once :func:`quiet_worker`, its initializer's first step, has set its own handlers.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM in this thread for the block (they are delivered after it)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def quiet_worker() -> None:
    """A worker process's signals: Ctrl-C is the driver's to handle, SIGTERM just ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
