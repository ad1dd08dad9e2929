"""A local Ray instance for the tests, started so that a loaded 2-core machine trips Ray's start-up
timeouts less often.

Ray's defaults assume a machine with room to spare: ``ray.init`` waits 30 s for the GCS to publish
its port (``RAY_gcs_server_port_wait_time_s``) and 30 s for the raylet to register with the GCS
(fixed in ``ray/_private/node.py``: "The current node timed out during startup"); the raylet kills a
worker process (every actor is one) that has not registered within 60 s
(``worker_register_timeout_seconds``), and it aborts when the dashboard agent (a Python process
started even without the dashboard) has not written its port files within ~15 s ("Timed out
waiting for file .../metrics_agent_port_..." in raylet.err; not configurable in Ray 2.60:
``agent_register_timeout_ms`` did not change it). With the load at ~25-30 on 2 cores the raylet
took ~48 s to come up, the agent missed its 15 s, and a worker process took 10-15 s to register.
Those timeouts only guard against a hang (pytest-timeout does that too), so the settable ones are
generous, the raylet's registration is looked up patiently while ``ray.init`` waits for it, and a
start that fails all the same (an aborted raylet) is shut down and tried again, up to three times.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from typing import Any

#: pytest-timeout for a test on Ray (the suite's is 600 s): each run starts its actors afresh, a new
#: Python process apiece that imports the package and its backend; with the load at ~30 that took
#: 5 minutes for one run's two actors, and the two-endpoint test (three runs) timed out at 600 s.
RAY_TEST_TIMEOUT_S = 1800
#: Seconds a worker process (an actor) may take to start and register with the raylet.
WORKER_REGISTER_TIMEOUT_S = 600
#: Seconds ray.init waits for the GCS to publish its port, and for the raylet to register.
START_WAIT_S = 90
#: Starts of Ray before a failure to start is the test's failure.
START_ATTEMPTS = 3
#: Ray's spelling of the variable (ray.init reads it as is).
_GCS_PORT_WAIT_VAR = "RAY_gcs_server_port_wait_time_s"


@contextlib.contextmanager
def _patient_node_lookup(ray: Any, wait_s: float) -> Iterator[None]:
    """While ray.init runs, its look-up of the new node keeps trying for ``wait_s`` seconds, not 30."""
    services = getattr(getattr(ray, "_private", None), "services", None)
    original = getattr(services, "get_node", None)
    if original is None:  # another Ray layout: its own start-up wait applies
        yield
        return

    def get_node(*args: Any, **kwargs: Any) -> Any:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                return original(*args, **kwargs)
            except RuntimeError:  # "not available yet": the raylet has not registered
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    services.get_node = get_node
    try:
        yield
    finally:
        services.get_node = original


@contextlib.contextmanager
def local_ray(ray: Any) -> Iterator[Any]:
    """A one-CPU Ray instance on this machine for the duration of the block (quiet, no dashboard)."""
    before = os.environ.get(_GCS_PORT_WAIT_VAR)
    os.environ[_GCS_PORT_WAIT_VAR] = str(START_WAIT_S)
    try:
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                with _patient_node_lookup(ray, START_WAIT_S):
                    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, logging_level="WARNING",
                             _system_config={"worker_register_timeout_seconds": WORKER_REGISTER_TIMEOUT_S})
                break
            except Exception as exc:
                if "timed out during startup" not in str(exc) or attempt == START_ATTEMPTS:
                    raise
                ray.shutdown()
    finally:
        if before is None:
            os.environ.pop(_GCS_PORT_WAIT_VAR, None)
        else:
            os.environ[_GCS_PORT_WAIT_VAR] = before
    try:
        yield ray
    finally:
        ray.shutdown()
