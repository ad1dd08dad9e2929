"""Write the dataset card (``README.md``) of a built release folder.

:func:`write_card` renders ``templates/card.md.j2`` into a ``huggingface_hub.DatasetCard`` whose
YAML declares the configs (``data_files`` globs), features and split sizes, and whose body is
generated from the Parquet files and the validation/split reports. Checking a card is
:mod:`medsyn_dataset.dataset_card.check`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from medsyn_dataset.dataset_card import stats as st
from medsyn_dataset.io import atomic_write_text
from medsyn_dataset.release_layout import DEFAULT_CONFIG, configs_yaml

CARD_FILE = "README.md"
ASSETS_DIR = "assets"
TASK_CATEGORIES = ["text-classification", "text-generation"]
TAGS = ["medical", "clinical-notes", "synthetic", "icd-10"]

FIELD_DESCRIPTIONS: dict[str, str] = {
    # notes
    "id": "stable note id",
    "icd10_code": "3-character ICD-10 category the note was written for (ClassLabel; names are the codes)",
    "icd10_subcode": "ICD-10 subcode the task was planned with, if any",
    "icd10_name_ru": "Russian name of the category (МКБ-10)",
    "text": "the note (Russian)",
    "text_redacted": "the note with PII replaced by typed placeholders (`<PERSON>`, `<PHONE>`...), if any was found",
    "symptoms": "symptoms sampled from the medical knowledge graph and put in the prompt",
    "patient": "patient details put in the prompt: age, sex, marital status, smoking",
    "example_id": "id of the real example note the prompt showed, if any",
    "example_source": "where that example came from",
    "prompt_template": "name of the prompt template",
    "prompt_template_hash": "hash of the template text",
    "prompt": "the full prompt",
    "generation": "backend, model, parameters (JSON), seed, finish reason, tokens, latency, time",
    "source": "generated or imported; upstream dataset, record id, original code, flags",
    "validation": "decision, reasons, PII spans, near-duplicate cluster, symptom coverage, label predictions, scores",
    # icd_classification
    "idx": "example id (the note id)",
    "code": "ICD-10 category (ClassLabel)",
    # ift
    "instruction": "task instruction (Russian)",
    "input": "task input (may be empty)",
    "output": "expected answer",
}

CONFIG_DESCRIPTIONS: dict[str, str] = {
    "notes": "every released note with all schema fields, provenance and validation results",
    "icd_classification": "`idx`, `text`, `code`: ICD-10 code prediction, RuMedTop3-style",
    "ift": "instruction-tuning records (`instruction`, `input`, `output`) derived from the notes and the MKG",
}


def _template_text() -> str:
    return resources.files("medsyn_dataset.dataset_card").joinpath("templates", "card.md.j2").read_text("utf-8")


def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return label
    return "1M<n<10M" if n < 10_000_000 else "10M<n<100M"


def _computed_dataset_info(files: Mapping[str, Mapping[str, list[Path]]]) -> list[dict[str, Any]]:
    """``dataset_info`` in Hub YAML form, computed from the Parquet files (used when the builder gave none)."""
    import pyarrow.parquet as pq

    infos = []
    for config, splits in files.items():
        first = next(iter(splits.values()))[0]
        split_entries = []
        for split, shards in splits.items():
            metas = [pq.read_metadata(p) for p in shards]
            num_bytes = sum(m.row_group(i).total_byte_size for m in metas for i in range(m.num_row_groups))
            split_entries.append({"name": split, "num_bytes": num_bytes, "num_examples": st.parquet_num_rows(shards)})
        infos.append(
            {"config_name": config, "features": st.features_of(first)._to_yaml_list(), "splits": split_entries}
        )
    return infos


def _feature_type(feature: Any) -> str:
    import datasets

    if isinstance(feature, datasets.ClassLabel):
        return f"ClassLabel ({feature.num_classes} codes)"
    if isinstance(feature, datasets.Value):
        return feature.dtype
    if isinstance(feature, dict):
        return "struct{" + ", ".join(feature) + "}"
    inner = getattr(feature, "feature", None)
    if inner is not None:
        return f"list<{_feature_type(inner)}>"
    return type(feature).__name__


def _fields_rows(files: Mapping[str, Mapping[str, list[Path]]]) -> list[dict[str, Any]]:
    rows = []
    for config, splits in files.items():
        features = st.features_of(next(iter(splits.values()))[0])
        rows.append(
            {
                "config": config,
                "description": CONFIG_DESCRIPTIONS.get(config, ""),
                "fields": [
                    {"name": name, "type": _feature_type(feature), "description": FIELD_DESCRIPTIONS.get(name, "")}
                    for name, feature in features.items()
                ],
            }
        )
    return rows


def _code_names(info: Mapping[str, Any], codes: Sequence[str]) -> dict[str, str]:
    names = dict(info.get("code_names") or {})
    if any(c not in names for c in codes):  # fall back to the package's catalogue of Russian titles
        from medsyn_dataset.knowledge.icd10 import name_ru

        for code in codes:
            if code not in names:
                names[code] = name_ru(code) or ""
    return names


def _generation_section(info: Mapping[str, Any], notes: st.NotesStats) -> dict[str, Any]:
    config = info.get("config") or {}
    gen_cfg = config.get("generation") or {}
    val_cfg = config.get("validation") or {}
    facts = notes.generation
    params = [json.loads(p) if p.startswith("{") else p for p, _ in facts.params.most_common(3)]
    return {
        "config_available": bool(config),
        "release_name": config.get("name"),
        "config_seed": config.get("seed", info.get("seed")),
        "distribution": (config.get("notes") or {}).get("distribution"),
        "backends": dict(facts.backends.most_common()),
        "models": dict(facts.models.most_common()),
        "templates": dict(facts.templates.most_common()),
        "sources": dict(facts.sources.most_common()),
        "params": [json.dumps(p, ensure_ascii=False, sort_keys=True) for p in params],
        "seeded": facts.seeded,
        "with_example": facts.with_example,
        "cfg_backend": gen_cfg.get("backend"),
        "cfg_model": gen_cfg.get("model"),
        "cfg_base_url": gen_cfg.get("base_url"),
        "cfg_params": json.dumps(gen_cfg.get("params") or {}, ensure_ascii=False, sort_keys=True),
        "cfg_templates": gen_cfg.get("templates") or [],
        "symptoms_range": (
            f"{gen_cfg['symptoms_min']}–{gen_cfg['symptoms_max']}" if "symptoms_min" in gen_cfg else None
        ),
        "symptom_temperature": gen_cfg.get("symptom_temperature"),
        "mkg_files": [Path(str(p)).name for p in gen_cfg.get("mkg_files") or []],
        "example_pool": (gen_cfg.get("example_pool") or {}).get("path") if gen_cfg.get("example_pool") else None,
        "near_dup_threshold": val_cfg.get("near_dup_threshold"),
        "policy": val_cfg.get("policy"),
    }


def _fmt(n: Any) -> str:
    return f"{n:,}" if isinstance(n, int) else str(n)


def write_card(release_dir: Path, info: Mapping[str, Any]) -> Path:
    """Write ``release_dir/README.md`` (and the plots under ``release_dir/assets/``); return the card's path.

    Reads ``<config>/<split>-NNNNN-of-NNNNN.parquet`` (strict: a missing or unreadable shard is an
    error), ``validation_report.json`` and ``split_report.json`` (optional: the card says "not
    available"). ``info`` carries what the files don't: pretty_name, license, version,
    description, seed, config (the ReleaseConfig as a JSON-able dict), code_names, split_ratios
    and dataset_info (per config, Hub YAML form, as ``datasets`` recorded it).
    """
    from huggingface_hub import DatasetCard, DatasetCardData

    from medsyn_dataset.dataset_card import plots

    release_dir = Path(release_dir)
    files = st.find_data_files(release_dir)
    if DEFAULT_CONFIG not in files:
        raise st.ReleaseLayoutError(f"{release_dir}: no {DEFAULT_CONFIG}/ config with Parquet shards")
    splits = list(files[DEFAULT_CONFIG])
    notes = st.notes_stats(files[DEFAULT_CONFIG])
    validation = st.validation_facts(st.read_json_report(release_dir / "validation_report.json"))
    split_report = st.read_json_report(release_dir / "split_report.json")

    assets = release_dir / ASSETS_DIR
    plot_paths = {
        "notes_per_code": plots.plot_notes_per_code(notes.code_counts, splits, assets / "notes_per_code.png"),
        "text_length": plots.plot_text_length(notes.text_lengths, assets / "text_length.png"),
    }
    if validation is not None:
        plot_paths["funnel"] = plots.plot_funnel(validation.funnel(notes.total), assets / "validation_funnel.png")

    dataset_info = list(info.get("dataset_info") or []) or _computed_dataset_info(files)
    license_id = str(info.get("license") or "mit")
    card_data = DatasetCardData(
        pretty_name=str(info.get("pretty_name") or "MedSyn: synthetic Russian clinical notes"),
        license=license_id,
        language=["ru"],
        task_categories=TASK_CATEGORIES,
        size_categories=[size_category(notes.total)],
        tags=TAGS,
        configs=configs_yaml(files, DEFAULT_CONFIG),
        dataset_info=dataset_info,
    )

    codes = list(notes.code_counts)
    names = _code_names(info, codes)
    code_rows = [
        {
            "code": code,
            "name": names.get(code, ""),
            "counts": [_fmt(notes.code_counts[code].get(s, 0)) for s in splits],
            "total": _fmt(sum(notes.code_counts[code].values())),
        }
        for code in codes
    ]
    split_rows = []
    for split in splits:
        split_rows.append(
            {
                "name": split,
                "counts": [_fmt(st.parquet_num_rows(files[c][split])) if split in files[c] else "—" for c in files],
            }
        )

    smallest = sorted(((sum(c.values()), code) for code, c in notes.code_counts.items()))[:5]
    repo_hint = str(info.get("repo_id") or "ORG/NAME")
    version = str(info.get("version") or "")
    card = DatasetCard.from_template(
        card_data,
        template_str=_template_text(),
        repo_id=repo_hint,
        version=version,
        description=str(info.get("description") or "").strip(),
        total_notes=_fmt(notes.total),
        n_codes=len(codes),
        configs=[{"name": c, "description": CONFIG_DESCRIPTIONS.get(c, "")} for c in files],
        config_names=list(files),
        splits=splits,
        split_ratios=info.get("split_ratios") or {},
        split_rows=split_rows,
        split_report=_split_report_summary(split_report),
        fields=_fields_rows(files),
        code_rows=code_rows,
        smallest_codes=[f"{code} ({n})" for n, code in smallest],
        generation=_generation_section(info, notes),
        validation=_validation_section(validation, notes),
        lengths=notes.length_summary(),
        plots={k: f"{ASSETS_DIR}/{p.name}" for k, p in plot_paths.items()},
        license_id=license_id,
        seed=info.get("seed"),
    )
    return atomic_write_text(release_dir / CARD_FILE, str(card).rstrip() + "\n")


def _validation_section(facts: st.ValidationFacts | None, notes: st.NotesStats) -> dict[str, Any] | None:
    if facts is None:
        return None
    redacted = facts.pii_redacted
    pii_types = sorted(set(facts.pii_found) | set(redacted or {}))
    return {
        "total_in": _fmt(facts.total_in) if facts.total_in is not None else None,
        "decisions": {k: _fmt(v) for k, v in facts.decisions.items()},
        "reasons": [(k, _fmt(v)) for k, v in sorted(facts.reasons.items(), key=lambda kv: -kv[1])],
        "pii": [
            (t, _fmt(facts.pii_found.get(t, 0)), "—" if redacted is None else _fmt(redacted.get(t, 0)))
            for t in pii_types
        ],
        "duplicates": [(k, _fmt(v)) for k, v in facts.duplicates.items()],
        "gate_passed": facts.gate_passed,
        "gate_checks": facts.gate_checks,
        "label_quality": facts.label_quality,
        "policy": facts.policy,
        "released_decisions": dict(notes.decisions),
    }


def _split_report_summary(report: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Headline lines of ``split_report.json``: achieved ratios, smallest cells, what grouping did."""
    if report is None:
        return None
    lines: list[tuple[str, str]] = []
    achieved = report.get("achieved_ratios")
    if isinstance(achieved, Mapping):
        lines.append(("achieved ratios", ", ".join(f"{k} {float(v) * 100:.1f}%" for k, v in achieved.items())))
    cells = report.get("smallest_cells")
    if isinstance(cells, list) and cells:
        shown = [f"{c.get('code')}/{c.get('split')}: {c.get('notes')}" for c in cells[:6] if isinstance(c, Mapping)]
        lines.append(("smallest (code, split) cells", ", ".join(shown)))
    grouping = report.get("grouping")
    if isinstance(grouping, Mapping):
        lines.extend((f"grouping: {k.replace('_', ' ')}", _fmt(v)) for k, v in grouping.items() if isinstance(v, int) and not isinstance(v, bool))
    gaps = report.get("coverage_gaps")
    if isinstance(gaps, list):
        lines.append(("codes missing from a split", ", ".join(map(str, gaps[:20])) or "none"))
    lines.extend(
        (k.replace("_", " "), _fmt(v))
        for k, v in report.items()
        if isinstance(v, int | float | str) and not isinstance(v, bool) and k not in ("num_notes", "num_codes")
    )
    return {"scalars": lines}
