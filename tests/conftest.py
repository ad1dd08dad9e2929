"""Shared fixtures. Real data lives in ../shared/data (beside the checkout); tests that need it skip
cleanly when it is absent, and nothing is ever copied into the repo."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("MEDSYN_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))

# No test may reach the Hugging Face Hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def shared_path(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture
def shared() -> type:
    """`shared("reference", "mkb10_ru.csv")` gives the path or skips."""

    class _Shared:
        def __call__(self, *parts: str) -> Path:
            return shared_path(*parts)

    return _Shared()  # type: ignore[return-value]


@pytest.fixture(autouse=True)
def _temp_ledger(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own request ledger: none ever touches the user's real cache folder
    (subprocesses inherit the variable)."""
    path = tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"
    monkeypatch.setenv("MEDSYN_LEDGER", str(path))
    return path


def pytest_configure(config: pytest.Config) -> None:
    """The Ctrl-C tests send SIGINT to the commands they start, as a terminal would. A suite started
    in the background (`make test &`, nohup) inherits SIGINT *ignored*, every command it starts inherits
    that too, and Python then leaves Ctrl-C ignored: the tests would see a run that never stops. So
    the suite (and each xdist worker) takes Ctrl-C back, as an interactive shell gives it."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)

