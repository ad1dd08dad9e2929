"""Preflight of `medsyn release`: every file a release config refers to is checked before any work.

A typo in ``validation.eval_texts`` should cost seconds, not the hours of generation that run
before validation reads the file. The ``generation:`` section's files are the generation stage's
list (:mod:`medsyn_dataset.generation.preflight`); the ``validation:`` section's are here, as only
the release reads them from a config. Each problem is one line naming the config file, the key and
the path, e.g. ``my.yaml: validation.eval_texts[0]: data/dev.jsonl: no such file``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from medsyn_dataset.config import ConfigError, ReleaseConfig
from medsyn_dataset.generation.preflight import generation_files
from medsyn_dataset.preflight import ConfigFile, check_files, require_file

Section = Literal["generation", "validation"]


def check_config_files(config: ReleaseConfig, sections: tuple[Section, ...] = ("generation", "validation")) -> None:
    """Check every file the config refers to before any work starts; :class:`ConfigError` lists each problem.

    Each problem is one line naming the config file, the key and the path, e.g.
    ``my.yaml: validation.eval_texts[0]: data/dev.jsonl: no such file``. Small files (policy, price
    table, MKG triples) are parsed whole; text and example files are opened and their first record read.
    """
    files: list[ConfigFile] = []
    if "generation" in sections:
        check_backend(config)
        files += generation_files(config)
    if "validation" in sections:
        files += validation_files(config)
    check_files(config, files)


def check_backend(config: ReleaseConfig) -> None:
    """``generation.backend`` names a backend of the registry (``generation/backends/registry.py``),
    including one a user registered; the config layer below generation can only check its shape."""
    from medsyn_dataset.generation.backends.registry import backend_names

    name = config.generation.backend
    if name not in backend_names():
        raise ConfigError(
            f"{config.config_file}: generation.backend: unknown backend {name!r}; "
            f"registered backends: {', '.join(backend_names())}"
        )


def validation_files(config: ReleaseConfig) -> list[ConfigFile]:
    val = config.validation
    found: list[ConfigFile] = []
    if val.policy is not None:
        found.append(ConfigFile("validation.policy", Path(val.policy), _policy_file))
    found += [ConfigFile(f"validation.reference_texts[{i}]", p, _text_file) for i, p in enumerate(val.reference_texts)]
    found += [ConfigFile(f"validation.eval_texts[{i}]", p, _text_file) for i, p in enumerate(val.eval_texts)]
    return found


def _policy_file(path: Path) -> None:
    from medsyn_dataset.validation.policy import load_policy

    require_file(path)
    load_policy(path)


def _text_file(path: Path) -> None:
    from medsyn_dataset.validation.contamination import first_text

    require_file(path)
    first_text(path)
