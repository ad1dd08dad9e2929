"""``build_release``: validated notes -> a Hub-ready dataset folder, atomically.

The folder::

    OUT/
      README.md                      dataset card (YAML: configs, dataset_info, ...)
      notes/{train,validation,test}-NNNNN-of-NNNNN.parquet
      icd_classification/...
      ift/...
      assets/*.png                   plots (made by the card writer)
      validation_report.json         copied from the validation stage
      split_report.json              what the split did (see builder.splits)
      release_manifest.json          checksums, row counts, versions, config hash, seeds

Everything is built in a temp folder beside ``OUT`` (same filesystem), then renamed into place;
an existing ``OUT`` is replaced only after the new one is complete, and only when it is an earlier
build (its ``release_manifest.json`` names ``medsyn build``): a file, or a folder this command did
not write, is refused before any work (:data:`medsyn_dataset.outputs.BUILD`). A failure leaves no
``OUT`` (or the old one untouched) and no temp folder.

Released text is redacted text: see :mod:`medsyn_dataset.builder.source`.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medsyn_dataset.builder.configs import CONFIG_NAMES, DEFAULT_CONFIG, check_config_name
from medsyn_dataset.builder.hub_parquet import write_split
from medsyn_dataset.builder.manifest import write_manifest
from medsyn_dataset.builder.source import source_counts, split_keys, validated_shards
from medsyn_dataset.builder.splits import SplitReport, normalize_ratios, plan_splits
from medsyn_dataset.builder.stream import SplitRouting, WrittenConfig, spool_configs
from medsyn_dataset.config import ReleaseConfig
from medsyn_dataset.io import (
    atomic_write_json,
    atomic_write_text,
    sha256_file,
)
from medsyn_dataset.knowledge.icd10 import name_ru
from medsyn_dataset.outputs import BUILD
from medsyn_dataset.provenance import (
    LicenseDecision,
    SourceInfo,
    decide_license,
    read_sources,
    resolve_sources,
)
from medsyn_dataset.release_layout import configs_yaml
from medsyn_dataset.validation_report import ValidationReport

VALIDATION_REPORT = "validation_report.json"
SPLIT_REPORT = "split_report.json"

Progress = Callable[[str], None]


@dataclass
class BuildSummary:
    """What ``build_release`` produced."""

    out_dir: Path
    rows: dict[str, dict[str, int]]  # config -> split -> rows
    files: int
    total_bytes: int
    notes_in: int
    notes_released: int
    split_report: SplitReport
    card: str  # "write_card" or "minimal" (the card writer was not available)
    elapsed_s: float
    timings: dict[str, float] = field(default_factory=dict)

    def card_label(self) -> str:
        """What the card is, in words for a progress line (never the internal writer's name)."""
        return "README.md" if self.card == "write_card" else "README.md (minimal: the card writer is not installed)"


def _count_rows(shards: Sequence[Path]) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(s).metadata.num_rows for s in shards)


def _card_writer() -> Callable[[Path, Mapping[str, Any], ValidationReport], Path] | None:
    """5b's ``dataset_card.write_card`` when it exists; ``None`` otherwise."""
    try:
        from medsyn_dataset.dataset_card import write_card
    except ImportError:
        return None
    return write_card


def _minimal_card(folder: Path, info: Mapping[str, Any], configs: list[dict[str, Any]]) -> Path:
    """An honest stop-gap card: correct YAML (so loading works) and a note that the card writer is missing."""
    meta = {
        "pretty_name": info["pretty_name"] or "Russian clinical notes with ICD-10 labels",
        "license": info["license"],
        "language": ["ru"],
        "tags": ["medical", "clinical-notes", "synthetic", "icd-10"],
        "configs": configs,
        "dataset_info": info["dataset_info"],
    }
    body = (
        f"# {meta['pretty_name']}\n\n{info['description'] or ''}\n\n"
        "**This card is incomplete:** the dataset card writer (`medsyn_dataset.dataset_card.write_card`) "
        "was not available when this folder was built, so only the metadata above was written. "
        "See `release_manifest.json`, `split_report.json` and `validation_report.json` in this folder.\n"
    )
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body
    return atomic_write_text(folder / "README.md", text)


def _check_card(readme: Path, config_splits: Mapping[str, Sequence[str]]) -> None:
    """The README must declare every config and split we wrote, or ``load_dataset`` would not find them."""
    from medsyn_dataset.dataset_card import read_card_metadata

    meta = read_card_metadata(readme)
    declared = {c.get("config_name"): c for c in meta.get("configs") or []}
    for config, splits in config_splits.items():
        entry = declared.get(config)
        if entry is None:
            raise RuntimeError(f"{readme}: the card does not declare config {config!r} in its YAML `configs`")
        declared_splits = {d.get("split") for d in entry.get("data_files") or [] if isinstance(d, dict)}
        missing = set(splits) - declared_splits
        if missing:
            raise RuntimeError(f"{readme}: config {config!r} does not declare splits {sorted(missing)}")


def _run_card_check(folder: Path) -> None:
    """The card writer's own offline check (YAML, data_files globs, features and counts vs the Parquet files)."""
    try:
        from medsyn_dataset.dataset_card import check_card
    except ImportError:
        return
    problems = check_card(folder)
    if problems:
        raise RuntimeError(f"{folder / 'README.md'}: the card does not match the files: " + "; ".join(problems[:5]))


def _public_config(config: ReleaseConfig) -> dict[str, Any]:
    """The config for the card: local file paths cut to their names (no user folders in a public card)."""
    data = config.model_dump(mode="json")

    def name(value: Any) -> Any:
        return Path(value).name if isinstance(value, str) and value else value

    gen, val = data["generation"], data["validation"]
    gen["template_dir"] = name(gen.get("template_dir"))
    gen["mkg_files"] = [name(p) for p in gen.get("mkg_files") or []]
    if gen.get("example_pool"):
        gen["example_pool"]["path"] = name(gen["example_pool"]["path"])
    val["policy"] = name(val.get("policy"))
    val["reference_texts"] = [name(p) for p in val.get("reference_texts") or []]
    val["eval_texts"] = [name(p) for p in val.get("eval_texts") or []]
    return data


def _read_validation_report(validated_dir: Path) -> ValidationReport:
    path = validated_dir / VALIDATION_REPORT
    if not path.exists():
        raise FileNotFoundError(f"{path}: missing; the validation stage writes it beside the shards")
    return ValidationReport.read(path)


def _public_validation_report(source: Path | ValidationReport) -> dict[str, Any]:
    """The validation report a release carries, as JSON: input paths cut to names (no user folders in
    public), and not the validation stage's marker (:meth:`ValidationReport.public`)."""
    report = source if isinstance(source, ValidationReport) else ValidationReport.read(source)
    return report.public().to_json()


def build_release(
    validated_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    config: ReleaseConfig | None = None,
    *,
    configs: Sequence[str] = CONFIG_NAMES,
    seed: int | None = None,
    split_ratios: Mapping[str, float] | None = None,
    progress: Progress | None = None,
    validation_report: ValidationReport | None = None,
) -> BuildSummary:
    """Build the release folder ``out_dir`` from the validation stage's output ``validated_dir``.

    ``seed`` and ``split_ratios`` default to ``config.seed`` / ``config.splits`` (or 0 / 80-10-10).
    ``progress`` gets one line per step (and, while the configs are written, one per input shard).
    ``validation_report``: the report of ``validated_dir`` when the caller has it (default: read).
    """
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    validated_dir, out_dir = Path(validated_dir), Path(out_dir).absolute()
    configs = _requested_configs(configs)
    BUILD.check(out_dir, (validated_dir,))  # before any work: a refused path is never touched
    shards = validated_shards(validated_dir)
    validation_report = validation_report or _read_validation_report(validated_dir)
    # provenance first: a release whose sources forbid its licence is refused before any work
    declared = read_sources(validated_dir)
    license_decision = decide_license(
        resolve_sources(source_counts(shards), declared), config.hub.license if config else None
    )
    seed = seed if seed is not None else (config.seed if config else 0)
    ratios = normalize_ratios(split_ratios or (config.splits.ratios() if config else None))
    timings: dict[str, float] = {}
    routing, codes, split_report, released = _plan_release_splits(
        validated_dir, shards, ratios, seed, say, timings
    )

    # `staged` becomes out_dir only when everything below succeeded; `scratch` holds the spools.
    with BUILD.replace(out_dir, (validated_dir,)) as staged, tempfile.TemporaryDirectory(prefix="medsyn-build-") as scratch:
        mkg_files = tuple(str(p) for p in config.generation.mkg_files) if config else ()
        rows, dataset_info, config_splits = _build_configs(
            configs, shards, staged, Path(scratch), routing, codes, mkg_files, say, timings
        )
        del routing

        say("writing reports, the dataset card and plots...")
        t = time.perf_counter()
        atomic_write_json(staged / VALIDATION_REPORT, _public_validation_report(validation_report))
        atomic_write_json(staged / SPLIT_REPORT, split_report.to_dict())
        info = _card_info(config, license_decision, declared, seed, ratios, codes, dataset_info)
        card = _write_checked_card(staged, info, validation_report, license_decision, config_splits)
        timings["card"] = time.perf_counter() - t
        say(f"card written ({card})")

        t = time.perf_counter()
        manifest = write_manifest(
            staged,
            _manifest_fields(
                config, out_dir.name, info["version"], rows, license_decision, seed, ratios, shards, released
            ),
        )
        timings["manifest"] = time.perf_counter() - t
    say(f"release written to {out_dir}")
    return BuildSummary(
        out_dir=out_dir,
        rows=rows,
        files=len(manifest["files"]) + 1,
        total_bytes=sum(e["bytes"] for e in manifest["files"].values()),
        notes_in=manifest["input"]["notes"],
        notes_released=released,
        split_report=split_report,
        card=card,
        elapsed_s=time.perf_counter() - started,
        timings=timings,
    )


def _requested_configs(configs: Sequence[str]) -> list[str]:
    """The configs to build, each name checked; the default config must be among them."""
    names = [check_config_name(c) for c in configs]
    if DEFAULT_CONFIG not in names:
        raise ValueError(f"the {DEFAULT_CONFIG!r} config is the release's default and must be built")
    return names


def _plan_release_splits(
    validated_dir: Path,
    shards: Sequence[Path],
    ratios: dict[str, float],
    seed: int,
    say: Progress,
    timings: dict[str, float],
) -> tuple[SplitRouting, tuple[str, ...], SplitReport, int]:
    """Assign every released note to a split from its (id, code, group) columns alone.

    Returns the routing the config pass needs (one byte per note and its id), the sorted codes,
    the split report and the number of released notes; the keys and the plan die here.
    """
    t = time.perf_counter()
    keys = split_keys(shards)  # the (id, code, group) columns only
    if not keys:
        raise ValueError(f"{validated_dir}: every note was dropped by validation; nothing to release")
    plan = plan_splits(keys, ratios, seed)
    codes = tuple(sorted({k.code for k in keys}))
    routing = SplitRouting.from_assignment(keys, plan.assignment)
    timings["split"] = time.perf_counter() - t
    say(f"split {len(keys):,} notes over {len(codes)} codes: {plan.report.split_sizes}")
    return routing, codes, plan.report, len(keys)


def _card_info(
    config: ReleaseConfig | None,
    license_decision: LicenseDecision,
    declared: Mapping[str, SourceInfo],
    seed: int,
    ratios: dict[str, float],
    codes: Sequence[str],
    dataset_info: list[dict[str, Any]],
) -> dict[str, Any]:
    """What the card writer is told about the release (besides the validation report)."""
    hub = config.hub if config else None
    return {
        "pretty_name": hub.pretty_name if hub else None,  # None: the card derives it from the sources
        "license": license_decision.license if license_decision.stated else None,
        "sources": [s.to_dict() for s in declared.values()],
        "curator": hub.curator if hub else None,
        "contact": hub.contact if hub else None,
        "year": hub.year if hub else None,
        "version": config.version if config else "0.0.0",
        "description": (config.description if config and config.description else None),
        "seed": seed,
        "config": _public_config(config) if config else None,
        "code_names": {code: name_ru(code) or "" for code in codes},
        "split_ratios": ratios,
        "dataset_info": dataset_info,
        "repo_id": config.hub.repo_id if config else None,
    }


def _write_checked_card(
    staged: Path,
    info: Mapping[str, Any],
    validation_report: ValidationReport,
    license_decision: LicenseDecision,
    config_splits: Mapping[str, list[str]],
) -> str:
    """Write README.md (the card writer's, or the minimal stop-gap) and check it declares what was written.

    Returns which card was written: ``"write_card"`` or ``"minimal"``.
    """
    writer = _card_writer()
    if writer is not None:
        readme = Path(writer(staged, info, validation_report.public()))
        card = "write_card"
        _run_card_check(staged)
    else:
        readme = _minimal_card(
            staged, {**info, "license": license_decision.license}, configs_yaml(config_splits, DEFAULT_CONFIG)
        )
        card = "minimal"
    _check_card(readme, config_splits)
    return card


def _manifest_fields(
    config: ReleaseConfig | None,
    default_name: str,
    version: str,
    rows: dict[str, dict[str, int]],
    license_decision: LicenseDecision,
    seed: int,
    ratios: dict[str, float],
    shards: Sequence[Path],
    released: int,
) -> dict[str, Any]:
    """The release manifest's own fields (``write_manifest`` adds the file checksums)."""
    return {
        "name": config.name if config else default_name,
        "version": version,
        "rows": rows,
        "config_hash": config.config_hash() if config else None,
        "license": license_decision.license,
        "sources": [
            {"name": s.info.name, "kind": s.kind, "license": s.info.license, "rows": s.rows}
            for s in license_decision.sources
        ],
        "seeds": {"release": config.seed if config else None, "split": seed},
        "split_ratios": ratios,
        "input": {
            "shards": [{"name": s.name, "sha256": sha256_file(s), "bytes": s.stat().st_size} for s in shards],
            "notes": _count_rows(shards),
            "released": released,
        },
    }


def _build_configs(
    configs: Sequence[str],
    shards: Sequence[Path],
    staged: Path,
    work: Path,
    routing: SplitRouting,
    codes: tuple[str, ...],
    mkg_files: tuple[str, ...],
    say: Progress,
    timings: dict[str, float],
) -> tuple[dict[str, dict[str, int]], list[dict[str, Any]], dict[str, list[str]]]:
    """Every config in one pass over the shards (see :mod:`.stream`), then each split written as Hub Parquet."""
    t = time.perf_counter()
    spooled = spool_configs(configs, shards, routing, codes, work, mkg_files, say)
    timings["configs:read"] = time.perf_counter() - t
    rows: dict[str, dict[str, int]] = {}
    dataset_info: list[dict[str, Any]] = []
    config_splits: dict[str, list[str]] = {}
    try:
        for k, config in enumerate(spooled, 1):
            t = time.perf_counter()
            say(f"config {k}/{len(spooled)} {config.name}: writing Parquet...")
            written = {split: spool for split, spool in config.spools.items() if spool.num_rows}  # empty splits are left out
            for split, spool in written.items():
                write_split(spool, config.features, staged / config.name, split)
                spool.discard()
            rows[config.name] = {split: spool.num_rows for split, spool in written.items()}
            config_splits[config.name] = list(written)
            dataset_info.append(
                WrittenConfig(config.name, config.features, rows[config.name],
                              {split: spool.nbytes for split, spool in written.items()}).dataset_info()
            )  # fmt: skip
            timings[f"config:{config.name}"] = time.perf_counter() - t
            say(f"config {config.name}: {json.dumps(rows[config.name])}")
    finally:
        for config in spooled:
            for spool in config.spools.values():
                spool.discard()
    return rows, dataset_info, config_splits
