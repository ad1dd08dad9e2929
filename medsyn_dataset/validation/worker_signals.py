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
import threading
from collections.abc import Callable, Iterator
from typing import Any

_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the block: they take effect once it has ended.

    Two layers. The mask keeps them from this thread and from what it starts: a process forked
    in the block, or a thread started in it (a pool's worker-handler thread, which forks the
    replacement workers), inherits it. But a mask is per thread, and the driver has other threads
    by then (numpy's BLAS, pyarrow's pools) that do not block them: the kernel hands a Ctrl-C to
    one of those, and Python runs its handler in the main thread all the same. A KeyboardInterrupt
    in the middle of ``Pool()`` leaves a pool nobody holds: workers forked and its worker-handler
    thread running, but no finalizer yet; at exit multiprocessing terminates the workers, that
    thread forks replacements, and they outlive the run, holding its stderr open. So in the main
    thread the Python handlers are also swapped for one that notes the signal; each noted signal
    is passed to the handler it was meant for once the block is over.
    """
    deferred = _Deferred()
    if threading.current_thread() is threading.main_thread():  # only there can handlers be set (and run)
        for signum in _HELD:
            handler = signal.getsignal(signum)
            if handler is not None:  # None: set outside Python, and it could not be put back
                deferred.previous[signum] = handler
                signal.signal(signum, deferred)
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD) if hasattr(signal, "pthread_sigmask") else None
    try:
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        deferred.release()


class _Deferred:
    """A signal handler that notes signals while the block runs and passes them on afterwards."""

    def __init__(self) -> None:
        self.previous: dict[int, Callable[[int, Any], Any] | int] = {}
        self.noted: list[int] = []
        self.holding = True

    def __call__(self, signum: int, frame: Any) -> None:
        if self.holding:
            self.noted.append(signum)
        else:  # arrived while the handlers were being put back
            _pass_on(self.previous[signum], signum, frame)

    def release(self) -> None:
        """Put the handlers back, then pass on what was noted (a KeyboardInterrupt, typically)."""
        self.holding = False
        first: BaseException | None = None
        for signum, handler in self.previous.items():
            while True:  # signal.signal runs pending handlers first: one may raise before it sets this one
                try:
                    signal.signal(signum, handler)
                    break
                except BaseException as exc:  # raised once every handler is back
                    first = first or exc
        if first is not None:
            raise first
        for signum in dict.fromkeys(self.noted):
            _pass_on(self.previous[signum], signum, None)


def _pass_on(handler: Callable[[int, Any], Any] | int, signum: int, frame: Any) -> None:
    if callable(handler):
        handler(signum, frame)
    elif handler == signal.SIG_DFL:  # what the signal would have done: the handler is back, so raise it again
        signal.raise_signal(signum)


def quiet_worker() -> None:
    """A worker process's signals: Ctrl-C is the driver's to handle, SIGTERM just ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
