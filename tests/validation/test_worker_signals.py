"""Ctrl-C while a validation run starts its worker processes (issue 13).

signals_held() blocks SIGINT/SIGTERM in the thread that builds the pool, but the driver has other
threads (numpy's BLAS, pyarrow's pools) that do not block them: the kernel hands the signal to one
of those and Python raises the KeyboardInterrupt in the main thread all the same, in the middle of
``Pool()``. The pool was then held by nobody: close() stopped nothing, and at exit the pool's
worker-handler thread forked replacements for the workers multiprocessing terminated; they outlived
the run and kept its stderr open (a Ctrl-C test waited 120 s for it). The script below forces that
timing: a thread that does not block signals, and the Ctrl-C sent right after Pool() has started its
worker-handler thread (where it landed in the runs that hung).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import json, multiprocessing, os, select, signal, threading, time
    from medsyn_dataset.validation.executors import LocalExecutor

    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()  # like BLAS's threads: signals not blocked
    woken, wake = os.pipe()
    os.set_blocking(wake, False)
    signal.set_wakeup_fd(wake)  # written when the C-level handler has run, in whichever thread took the signal
    start = threading.Thread.start

    def start_then_ctrl_c(self):
        start(self)
        if getattr(self._target, "__name__", "") == "_handle_workers":
            os.kill(os.getpid(), signal.{signal})
            select.select([woken], [], [], 30)

    threading.Thread.start = start_then_ctrl_c
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # the CLI turns SIGTERM into an interrupt too
    executor, interrupted = LocalExecutor(2), False
    try:
        executor.start(None, [0, 1])
    except KeyboardInterrupt:
        interrupted = True
    finally:
        executor.close()
    threading.Thread.start = start
    time.sleep(0.5)  # a worker the pool still looked after would be back by now
    handlers = [t.name for t in threading.enumerate() if "_handle_workers" in t.name]
    print(json.dumps({{"interrupted": interrupted, "workers": len(multiprocessing.active_children()), "handlers": handlers}}), flush=True)
    """
)


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_a_signal_while_the_pool_starts_stops_every_worker(signame: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT.format(signal=signame)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)  # fmt: skip
    assert proc.stdout is not None
    try:
        state = json.loads(proc.stdout.readline() or "null")  # printed before the script exits
        _, err = proc.communicate(timeout=30)  # a worker left behind would hold the pipes open
    except subprocess.TimeoutExpired:
        err = "a process of the run outlived it, holding its pipes open"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever outlived the script
        proc.wait()
    assert state == {"interrupted": True, "workers": 0, "handlers": []}, err
    assert proc.returncode == 0 and "outlived" not in err, err
