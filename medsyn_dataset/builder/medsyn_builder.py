"""The MedSyn ``datasets`` builder: one ``BuilderConfig`` per release config, reading validated shards.

``datasets`` 5.x no longer runs loading scripts, so the published release is Parquet plus a
README. ``medsyn build`` writes it with :mod:`medsyn_dataset.builder.stream` (one streamed pass,
bounded memory); this builder prepares the same rows with ``datasets`` for users who want a
``DatasetDict`` of validated notes without building a release (the tests check that writing its
splits gives the build's files byte for byte)::

    from medsyn_dataset.builder.medsyn_builder import MedsynBuilder

    builder = MedsynBuilder(config_name="icd_classification", data_dir="runs/x/validated", seed=11)
    builder.download_and_prepare()
    ds = builder.as_dataset()          # DatasetDict with train / validation / test

``datasets`` records the features, split sizes and byte counts in ``builder.info``.
Splits come from :func:`medsyn_dataset.builder.splits.plan_splits` (grouped, stratified,
seeded), or from a ``split_file`` (Parquet with ``id`` and ``split`` columns) when given.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
from datasets.builder import Key

from medsyn_dataset.builder.configs import CONFIG_DESCRIPTIONS, CONFIG_NAMES, DEFAULT_CONFIG, features_for
from medsyn_dataset.builder.ift import IFT_TASKS, ift_records, release_mkg
from medsyn_dataset.builder.source import ValidatedInputError, released_rows, split_keys, validated_shards
from medsyn_dataset.builder.splits import SPLIT_NAMES, normalize_ratios, plan_splits
from medsyn_dataset.knowledge.icd10 import name_ru


@dataclass
class MedsynConfig(datasets.BuilderConfig):
    """A release config plus what the split and the labels depend on.

    Attributes:
        seed: split seed.
        split_ratios: ``{"train": .8, "validation": .1, "test": .1}`` by default.
        codes: ClassLabel names; ``None`` = the sorted codes of the released notes.
        split_file: Parquet with ``id`` and ``split`` columns that fixes the split of every note.
        mkg_files: external triple files layered on the default MKG (for ``ift`` complaints).
    """

    seed: int = 0
    split_ratios: dict[str, float] | None = None
    codes: tuple[str, ...] | None = None
    split_file: str | None = None
    mkg_files: tuple[str, ...] = ()


#: What each config reads from a shard (None: every column).
_READ_COLUMNS: dict[str, tuple[str, ...] | None] = {
    "notes": None,
    "icd_classification": ("icd10_code",),
    "ift": ("icd10_code", "icd10_name_ru", "symptoms", "patient", "validation.symptom_coverage"),
}


def _shard_fingerprint(shards: list[Path]) -> tuple[tuple[str, int, int], ...]:
    return tuple((str(p.resolve()), p.stat().st_mtime_ns, p.stat().st_size) for p in shards)


@functools.lru_cache(maxsize=4)
def _cached_plan(fingerprint: tuple[tuple[str, int, int], ...], ratios: tuple[tuple[str, float], ...], seed: int):
    # the three configs of one build share the same split; cached by the shards' identity
    shards = [Path(entry[0]) for entry in fingerprint]
    return plan_splits(split_keys(shards), dict(ratios), seed)


@functools.lru_cache(maxsize=4)
def _cached_codes(fingerprint: tuple[tuple[str, int, int], ...]) -> tuple[str, ...]:
    return tuple(sorted({key.code for key in split_keys([Path(entry[0]) for entry in fingerprint])}))


class MedsynBuilder(datasets.GeneratorBasedBuilder):
    """Builds the ``notes`` / ``icd_classification`` / ``ift`` configs from validated note shards."""

    BUILDER_CONFIG_CLASS = MedsynConfig
    BUILDER_CONFIGS: ClassVar[list[MedsynConfig]] = [
        MedsynConfig(name=name, version=datasets.Version("1.0.0"), description=CONFIG_DESCRIPTIONS[name])
        for name in CONFIG_NAMES
    ]
    DEFAULT_CONFIG_NAME = DEFAULT_CONFIG
    config: MedsynConfig

    def __init__(self, *args: Any, dataset_name: str | None = "medsyn", **kwargs: Any) -> None:
        super().__init__(*args, dataset_name=dataset_name, **kwargs)

    # ---- helpers -------------------------------------------------------------------------------
    def _shards(self) -> list[Path]:
        if not self.config.data_dir:
            raise ValueError("MedsynBuilder needs data_dir= (a folder of validated note shards)")
        return validated_shards(self.config.data_dir)

    def _codes(self) -> tuple[str, ...]:
        return tuple(self.config.codes) if self.config.codes else _cached_codes(_shard_fingerprint(self._shards()))

    def _assignment(self, shards: list[Path]) -> dict[str, str]:
        if self.config.split_file:
            table = pq.read_table(self.config.split_file, columns=["id", "split"])
            return dict(zip(table.column("id").to_pylist(), table.column("split").to_pylist(), strict=True))
        ratios = normalize_ratios(self.config.split_ratios)
        return _cached_plan(_shard_fingerprint(shards), tuple(sorted(ratios.items())), self.config.seed).assignment

    # ---- datasets API --------------------------------------------------------------------------
    def _info(self) -> datasets.DatasetInfo:
        return datasets.DatasetInfo(
            description=self.config.description or CONFIG_DESCRIPTIONS[self.config.name],
            features=features_for(self.config.name, self._codes()),
        )  # no licence here: it depends on the notes' sources and is decided for the card

    def _split_generators(self, dl_manager: Any) -> list[datasets.SplitGenerator]:
        shards = self._shards()
        assignment = self._assignment(shards)
        by_split: dict[str, set[str]] = {name: set() for name in SPLIT_NAMES}
        for note_id, split in assignment.items():
            by_split[split].add(note_id)
        return [
            datasets.SplitGenerator(name=name, gen_kwargs={"shards": shards, "ids": frozenset(ids)})
            for name, ids in by_split.items()
            if ids  # an empty split (ratio 0, or too few notes) is left out rather than written empty
        ]

    def _generate_examples(self, shards: list[Path], ids: frozenset[str]) -> Iterator[tuple[Key, dict[str, Any]]]:
        codes = set(self._codes())
        name = self.config.name
        mkg = release_mkg(tuple(self.config.mkg_files)) if name == "ift" else None
        columns = _READ_COLUMNS[name]
        id_set = pa.array(list(ids), pa.string())  # built once, not once per shard
        for shard_no, shard in enumerate(shards):
            for row_no, row in released_rows(shard, id_set, columns):
                if row["icd10_code"] not in codes:
                    raise ValidatedInputError(
                        f"{shard}: row {row_no}: field 'icd10_code' is {row['icd10_code']!r}, "
                        "which is not one of the release's codes"
                    )
                if name == "notes":
                    yield Key(shard_no, row_no), row
                elif name == "icd_classification":
                    yield Key(shard_no, row_no), {"idx": row["id"], "text": row["text"], "code": row["icd10_code"]}
                else:
                    code_name = name_ru(row["icd10_code"]) or row.get("icd10_name_ru")
                    for k, record in enumerate(ift_records(row, code_name, mkg)):
                        yield Key(shard_no, row_no * len(IFT_TASKS) + k), record.to_dict()
