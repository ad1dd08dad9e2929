"""Preflight: every file a release config refers to is checked before any work starts.

A typo in ``validation.eval_texts`` should cost seconds, not the hours of generation that run
before validation reads the file. Each problem is one line naming the config file, the key and the
path, e.g. ``my.yaml: validation.eval_texts[0]: data/dev.jsonl: no such file``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from medsyn_dataset.config import ConfigError, ExamplePoolConfig, ReleaseConfig

Section = Literal["generation", "validation"]


def check_config_files(config: ReleaseConfig, sections: tuple[Section, ...] = ("generation", "validation")) -> None:
    """Check every file the config refers to before any work starts; :class:`ConfigError` lists each problem.

    Each problem is one line naming the config file, the key and the path, e.g.
    ``my.yaml: validation.eval_texts[0]: data/dev.jsonl: no such file``. Small files (policy, price
    table, MKG triples) are parsed whole; text and example files are opened and their first record read.
    """
    problems: list[str] = []
    for key, path, check in _referenced_files(config, sections):
        try:
            check(path)
        except (OSError, ValueError) as exc:
            message = str(exc)
            problems.append(f"{config.config_file}: {key}: {message if str(path) in message else f'{path}: {message}'}")
    if problems:
        raise ConfigError("\n".join(problems))


def _referenced_files(config: ReleaseConfig, sections: tuple[Section, ...]) -> list[tuple[str, Path, Any]]:
    gen, val = config.generation, config.validation
    found: list[tuple[str, Path, Any]] = []
    if "generation" in sections:
        if gen.template_dir is not None:
            found.append(("generation.template_dir", gen.template_dir, _is_folder))
        found += [(f"generation.mkg_files[{i}]", p, _mkg_file) for i, p in enumerate(gen.mkg_files)]
        if gen.example_pool is not None:
            pool = gen.example_pool
            found.append(("generation.example_pool.path", pool.path, lambda p: _first_record(p, pool)))
        if gen.price_table is not None:
            found.append(("generation.price_table", gen.price_table, _price_table))
    if "validation" in sections:
        if val.policy is not None:
            found.append(("validation.policy", Path(val.policy), _policy_file))
        found += [(f"validation.reference_texts[{i}]", p, _text_file) for i, p in enumerate(val.reference_texts)]
        found += [(f"validation.eval_texts[{i}]", p, _text_file) for i, p in enumerate(val.eval_texts)]
    return found


def _is_file(path: Path) -> None:
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if not path.is_file():
        raise ValueError(f"{path}: is a folder, not a file")
    with open(path, "rb"):  # readable (permissions)
        pass


def _is_folder(path: Path) -> None:
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such folder")
    if not path.is_dir():
        raise ValueError(f"{path}: is a file, not a folder")


def _mkg_file(path: Path) -> None:
    from medsyn_dataset.knowledge.mkg import load_triples

    _is_file(path)
    load_triples(path)


def _first_record(path: Path, pool: ExamplePoolConfig) -> None:
    from medsyn_dataset.generation.examples import iter_records, require_columns

    _is_file(path)
    for row_no, record in iter_records(path):
        needed = [pool.text_column, pool.code_column] + ([pool.id_column] if pool.id_column else [])
        require_columns(path, record, row_no, needed)
        return
    raise ValueError(f"{path}: no records")


def _price_table(path: Path) -> None:
    from medsyn_dataset.generation.pricing import load_price_table

    _is_file(path)
    load_price_table(path)


def _policy_file(path: Path) -> None:
    from medsyn_dataset.validation.policy import load_policy

    _is_file(path)
    load_policy(path)


def _text_file(path: Path) -> None:
    from medsyn_dataset.validation.contamination import first_text

    _is_file(path)
    first_text(path)
