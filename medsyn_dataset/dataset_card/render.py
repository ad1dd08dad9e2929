"""Write the dataset card (``README.md``) and ``croissant.json`` of a built release folder.

:func:`write_card` renders ``templates/card.md.j2`` into a ``huggingface_hub.DatasetCard`` whose
YAML declares the configs (``data_files`` globs), features, split sizes, licence and provenance,
and whose body is generated from the Parquet files and the validation/split reports. Where the
notes come from and which licence that allows is :mod:`.sources`; field descriptions and example
records :mod:`.fields`; numbers in words :mod:`.wording`; the Croissant file :mod:`.croissant`.
Checking a card is :mod:`.check`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from medsyn_dataset.dataset_card import fields as fd
from medsyn_dataset.dataset_card import sources as src
from medsyn_dataset.dataset_card import stats as st
from medsyn_dataset.dataset_card import wording as wd
from medsyn_dataset.io import atomic_write_text
from medsyn_dataset.release_layout import CARD_FILE, DEFAULT_CONFIG, configs_yaml
from medsyn_dataset.validation_report import REPORT_JSON, ValidationReport

ASSETS_DIR = "assets"
TASK_CATEGORIES = ["text-classification", "text-generation"]
TASK_IDS = ["multi-class-classification", "language-modeling"]
TAGS = ["medical", "clinical-notes", "icd-10"]
#: a reason that touches at least this share of the released notes gets a sentence of its own
MANY_ROWS_SHARE = 0.05

# kept importable under their old names
CONFIG_DESCRIPTIONS = fd.CONFIG_DESCRIPTIONS


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


def _fields_rows(files: Mapping[str, Mapping[str, list[Path]]]) -> list[dict[str, Any]]:
    rows = []
    for config, splits in files.items():
        first = next(iter(splits.values()))[0]
        rows.append(
            {
                "config": config,
                "description": fd.CONFIG_DESCRIPTIONS.get(config, ""),
                "fields": fd.field_rows(config, st.features_of(first)),
                "example": fd.example_record(first),
                "example_split": next(iter(splits)),
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


def _generation_section(info: Mapping[str, Any]) -> dict[str, Any]:
    """What the release config says about generating (shown only for generated sources)."""
    import json

    config = info.get("config") or {}
    gen_cfg = config.get("generation") or {}
    val_cfg = config.get("validation") or {}
    return {
        "config_available": bool(config),
        "release_name": config.get("name"),
        "config_seed": config.get("seed", info.get("seed")),
        "distribution": (config.get("notes") or {}).get("distribution"),
        "cfg_backend": gen_cfg.get("backend"),
        "cfg_model": gen_cfg.get("model"),
        "cfg_base_url": gen_cfg.get("base_url"),
        "cfg_params": json.dumps(gen_cfg.get("params") or {}, ensure_ascii=False, sort_keys=True),
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


def _plots(release_dir: Path, notes: st.NotesStats, splits: list[str], validation: Any) -> dict[str, str]:
    from medsyn_dataset.dataset_card import plots

    assets = release_dir / ASSETS_DIR
    paths = {
        "notes_per_code": plots.plot_notes_per_code(notes.code_counts, splits, assets / "notes_per_code.png"),
        "text_length": plots.plot_text_length(notes.text_lengths, assets / "text_length.png"),
    }
    if validation is not None:
        paths["funnel"] = plots.plot_funnel(validation.funnel(notes.total), assets / "validation_funnel.png")
    return {k: f"{ASSETS_DIR}/{p.name}" for k, p in paths.items()}


def _card_data(
    info: Mapping[str, Any], prov: src.Provenance, notes: st.NotesStats, files: Mapping[str, Any], pretty: str
) -> Any:
    from huggingface_hub import DatasetCardData

    terms = prov.license.terms
    extra: dict[str, Any] = {}
    if not terms.known and terms.id != "unknown":  # the Hub wants `other` + a name for licences it doesn't list
        extra = {"license_name": terms.id}
    return DatasetCardData(
        pretty_name=pretty,
        license="other" if extra else prov.license.license,
        language=["ru"],
        multilinguality=["monolingual"],
        task_categories=TASK_CATEGORIES,
        task_ids=TASK_IDS,
        size_categories=[size_category(notes.total)],
        tags=TAGS + (["synthetic"] if prov.any_synthetic else []),
        **src.yaml_fields(prov),
        **extra,
        configs=configs_yaml(files, DEFAULT_CONFIG),
        dataset_info=list(info.get("dataset_info") or []) or _computed_dataset_info(files),
    )


def write_card(release_dir: Path, info: Mapping[str, Any], validation_report: ValidationReport | None = None) -> Path:
    """Write ``release_dir/README.md``, ``croissant.json`` and the plots under ``assets/``; return the card's path.

    Reads ``<config>/<split>-NNNNN-of-NNNNN.parquet`` (strict: a missing or unreadable shard is an
    error), ``validation_report.json`` and ``split_report.json`` (optional: the card says "not
    available"). ``info`` carries what the files don't: pretty_name, license (as the config states
    it; None = derived from the sources), sources (declared ``SourceInfo`` dicts), curator,
    contact, year, repo_id, version, description, seed, config (the ReleaseConfig as a JSON-able
    dict), code_names, split_ratios and dataset_info (per config, Hub YAML form); ``validation_report``
    is the release's report when the caller has it (default: read). Raises
    :class:`medsyn_dataset.provenance.LicenseConflictError` when the sources forbid the licence.
    """
    from huggingface_hub import DatasetCard

    from medsyn_dataset.dataset_card import croissant

    release_dir = Path(release_dir)
    files = st.find_data_files(release_dir)
    if DEFAULT_CONFIG not in files:
        raise st.ReleaseLayoutError(f"{release_dir}: no {DEFAULT_CONFIG}/ config with Parquet shards")
    splits = list(files[DEFAULT_CONFIG])
    notes = st.notes_stats(files[DEFAULT_CONFIG])
    prov = src.resolve(notes, info)  # before any file is written: a licence conflict writes nothing
    validation = st.validation_facts(validation_report or st.read_validation_report(release_dir / REPORT_JSON))
    split_report = st.read_json_report(release_dir / "split_report.json")
    plots = _plots(release_dir, notes, splits, validation)

    pretty = src.pretty_name(prov, info.get("pretty_name"))
    names = _code_names(info, list(notes.code_counts))
    version = str(info.get("version") or "")
    repo_id = info.get("repo_id")
    name = str((info.get("config") or {}).get("name") or pretty)
    bibtex = src.release_bibtex(
        name=name, title=pretty, version=version, curator=info.get("curator"), year=src.release_year(info, notes),
        repo_id=repo_id,
    )  # fmt: skip
    card = DatasetCard.from_template(
        _card_data(info, prov, notes, files, pretty),
        template_str=_template_text(),
        plots=plots,
        release_bibtex=bibtex,
        version=version,
        **_template_values(info, prov, notes, files, splits, validation, split_report, names),
    )
    croissant.write_croissant(
        release_dir,
        croissant.CroissantFacts(
            name=name, title=pretty, description=str(info.get("description") or src.default_description(prov)),
            version=version, repo_id=repo_id, curator=info.get("curator"), contact=info.get("contact"),
            citation=bibtex, provenance=prov, files=files, total=notes.total, code_names=names,
            validation=validation,
        ),
    )  # fmt: skip
    return atomic_write_text(release_dir / CARD_FILE, str(card).rstrip() + "\n")


def _template_values(
    info: Mapping[str, Any],
    prov: src.Provenance,
    notes: st.NotesStats,
    files: Mapping[str, Mapping[str, list[Path]]],
    splits: list[str],
    validation: st.ValidationFacts | None,
    split_report: Mapping[str, Any] | None,
    names: Mapping[str, str],
) -> dict[str, Any]:
    """The card template's variables that come from the release's files and ``info``."""
    repo_id = info.get("repo_id")
    views = src.source_views(prov, notes)
    smallest = sorted(((sum(c.values()), code) for code, c in notes.code_counts.items()))[:5]
    return dict(
        repo_id=str(repo_id or "ORG/NAME"),
        repo_known=bool(repo_id),
        description=str(info.get("description") or src.default_description(prov)).strip(),
        total_notes=_fmt(notes.total),
        n_codes=len(notes.code_counts),
        composition=src.composition(prov, notes.total),
        all_synthetic=prov.all_synthetic,
        real_rows=_fmt(prov.rows(False)),
        undeclared_rows=_fmt(prov.rows(None)),
        template_only=bool(prov.generated) and all(v["generated"]["template_only"] for v in views if v["generated"]),
        configs=[{"name": c, "description": fd.CONFIG_DESCRIPTIONS.get(c, "")} for c in files],
        config_names=list(files),
        splits=splits,
        split_ratios=info.get("split_ratios") or {},
        split_rows=[
            {"name": split, "counts": [_fmt(st.parquet_num_rows(files[c][split])) if split in files[c] else "—" for c in files]}
            for split in splits
        ],
        split_report=_split_report_summary(split_report),
        fields=_fields_rows(files),
        code_rows=[
            {
                "code": code,
                "name": names.get(code, ""),
                "counts": [_fmt(counts.get(s, 0)) for s in splits],
                "total": _fmt(sum(counts.values())),
            }
            for code, counts in notes.code_counts.items()
        ],
        smallest_codes=[f"{code} ({n})" for n, code in smallest],
        sources=views,
        generation=_generation_section(info),
        validation=_validation_section(validation, notes),
        lengths=notes.length_summary(),
        license=prov.license,
        license_terms=prov.license.terms,
        citations=src.citations(prov),
        curator=info.get("curator"),
        contact=info.get("contact"),
        seed=info.get("seed"),
    )


def _reason_rows(facts: st.ValidationFacts, released: int) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The reasons table (reason, notes, meaning) and a sentence for each reason that touches many notes."""
    ordered = sorted(facts.reasons.items(), key=lambda kv: -kv[1])
    rows = [(k, _fmt(v), wd.reason_meaning(k)) for k, v in ordered]
    base = facts.total_in or released
    many = [
        f"`{k}` touches {_fmt(v)} of {_fmt(base)} notes ({wd.share(v / base)}), {wd.reason_meaning(k) or 'see the policy'}."
        for k, v in ordered
        if base and v / base >= MANY_ROWS_SHARE
    ]
    return rows, many


def _validation_section(facts: st.ValidationFacts | None, notes: st.NotesStats) -> dict[str, Any] | None:
    if facts is None:
        return None
    redacted = facts.pii_redacted
    pii_types = sorted(set(facts.pii_found) | set(redacted or {}))
    reasons, many = _reason_rows(facts, notes.total)
    return {
        "total_in": _fmt(facts.total_in) if facts.total_in is not None else None,
        "decisions": {k: _fmt(v) for k, v in facts.decisions.items()},
        "reasons": reasons,
        "reasons_many": many,
        "pii": [
            (t, _fmt(facts.pii_found.get(t, 0)), "—" if redacted is None else _fmt(redacted.get(t, 0)))
            for t in pii_types
        ],
        "duplicates": [wd.duplicate_line(k, v) for k, v in facts.duplicates.items()],
        "gate_passed": facts.gate_passed,
        "gate_checks": [wd.gate_line(name, facts.gate_raw.get(name), outcome) for name, outcome in facts.gate_checks],
        "label_quality": [wd.quality_line(k, v) for k, v in facts.label_quality],
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
        lines.append(("smallest (code, split) cells, in notes", ", ".join(shown)))
    grouping = report.get("grouping")
    if isinstance(grouping, Mapping):
        lines.extend(
            wd.split_grouping_line(k, v) for k, v in grouping.items() if isinstance(v, int) and not isinstance(v, bool)
        )
    gaps = report.get("coverage_gaps")
    if isinstance(gaps, list):
        lines.append(("codes missing from a split", ", ".join(map(str, gaps[:20])) or "none"))
    lines.extend(
        (wd.words(k), _fmt(v))
        for k, v in report.items()
        if isinstance(v, int | float | str) and not isinstance(v, bool) and k not in ("num_notes", "num_codes")
    )
    return {"scalars": lines}
