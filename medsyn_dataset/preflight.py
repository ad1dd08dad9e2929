"""Preflight: every file a config refers to is checked before any work starts.

A typo in ``validation.eval_texts`` should cost seconds, not the hours of generation that run
before validation reads the file. Each stage lists the files its own config section names, with a
check that reads them as the stage will (:mod:`medsyn_dataset.generation.preflight` for
``generation:``; :mod:`medsyn_dataset.release.preflight` adds ``validation:`` and checks a whole
release config); :func:`check_files` runs the checks and reports every problem at once, one line
each naming the config file, the key and the path, e.g.
``my.yaml: validation.eval_texts[0]: data/dev.jsonl: no such file``.

This module sits below the stages: it imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from medsyn_dataset.config import ConfigError, ReleaseConfig


class ConfigFile(NamedTuple):
    """A file a config names: its key (``validation.eval_texts[0]``), its path, and how to check it."""

    key: str
    path: Path
    check: Callable[[Path], None]  # raises OSError or ValueError when the file is not usable


def check_files(config: ReleaseConfig, files: Sequence[ConfigFile]) -> None:
    """Run every check; :class:`ConfigError` lists each problem, one line naming file, key and path."""
    problems: list[str] = []
    for key, path, check in files:
        try:
            check(path)
        except (OSError, ValueError) as exc:
            message = str(exc)
            problems.append(f"{config.config_file}: {key}: {message if str(path) in message else f'{path}: {message}'}")
    if problems:
        raise ConfigError("\n".join(problems))


def require_file(path: Path) -> None:
    """``path`` is an existing, readable file (not a folder)."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if not path.is_file():
        raise ValueError(f"{path}: is a folder, not a file")
    with open(path, "rb"):  # readable (permissions)
        pass


def require_folder(path: Path) -> None:
    """``path`` is an existing folder."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such folder")
    if not path.is_dir():
        raise ValueError(f"{path}: is a file, not a folder")


def check_config_files(config: ReleaseConfig, sections: tuple[str, ...] = ("generation", "validation")) -> Any:
    """Moved to :func:`medsyn_dataset.release.preflight.check_config_files` in 0.2; this forwarding
    function keeps 0.1 callers working and goes in 0.3 (the one compatibility import of a stage here)."""
    from medsyn_dataset.release.preflight import check_config_files as moved

    return moved(config, sections)  # type: ignore[arg-type]
