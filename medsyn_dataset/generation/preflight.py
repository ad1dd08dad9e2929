"""The files a config's ``generation:`` section names, each checked as planning and generating read it.

``medsyn plan`` checks them before planning, ``medsyn release`` (with the validation section's)
before any step (:mod:`medsyn_dataset.preflight`). Small files (price table, MKG triples) are
parsed whole; the example pool is opened and its first record read.
"""

from __future__ import annotations

from pathlib import Path

from medsyn_dataset.config import ExamplePoolConfig, ReleaseConfig
from medsyn_dataset.preflight import ConfigFile, check_files, require_file, require_folder


def generation_files(config: ReleaseConfig) -> list[ConfigFile]:
    gen = config.generation
    found: list[ConfigFile] = []
    if gen.template_dir is not None:
        found.append(ConfigFile("generation.template_dir", gen.template_dir, require_folder))
    found += [ConfigFile(f"generation.mkg_files[{i}]", p, _mkg_file) for i, p in enumerate(gen.mkg_files)]
    if gen.example_pool is not None:
        pool = gen.example_pool
        found.append(ConfigFile("generation.example_pool.path", pool.path, lambda p: _first_record(p, pool)))
    if gen.price_table is not None:
        found.append(ConfigFile("generation.price_table", gen.price_table, _price_table))
    return found


def check_generation_files(config: ReleaseConfig) -> None:
    """Check every file of the ``generation:`` section; :class:`~medsyn_dataset.config.ConfigError` lists each problem."""
    check_files(config, generation_files(config))


def _mkg_file(path: Path) -> None:
    from medsyn_dataset.knowledge.mkg import load_triples

    require_file(path)
    load_triples(path)


def _first_record(path: Path, pool: ExamplePoolConfig) -> None:
    from medsyn_dataset.generation.examples import iter_records, require_columns

    require_file(path)
    for row_no, record in iter_records(path):
        needed = [pool.text_column, pool.code_column] + ([pool.id_column] if pool.id_column else [])
        require_columns(path, record, row_no, needed)
        return
    raise ValueError(f"{path}: no records")


def _price_table(path: Path) -> None:
    from medsyn_dataset.generation.pricing import load_price_table

    require_file(path)
    load_price_table(path)
