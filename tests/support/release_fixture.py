"""A small built-release folder, written the way the builder lays it out, for card and publish tests.

It does not call the builder (another stage): it writes ``<config>/<split>-NNNNN-of-NNNNN.parquet``
with ``datasets`` (so the files carry their Features), a validation report, a split report and
a manifest, so the card and publishing code can be tested on a known folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CODES = ("A09", "I10", "J06")
CODE_NAMES = {
    "A09": "Другой гастроэнтерит и колит инфекционного и неуточненного происхождения",
    "I10": "Эссенциальная [первичная] гипертензия",
    "J06": "Острые инфекции верхних дыхательных путей множественной и неуточненной локализации",
}
SPLIT_SIZES = {"train": 3, "validation": 1, "test": 1}  # per code


def _note(code: str, i: int, split: str) -> dict[str, Any]:
    text = f"Пациент жалуется на симптомы ({code}, {split}, №{i}). " + "Состояние удовлетворительное. " * (i + 1)
    return {
        "id": f"{code}-{split}-{i}",
        "icd10_code": code,
        "icd10_subcode": f"{code}.9",
        "icd10_name_ru": CODE_NAMES[code],
        "text": text,
        "text_redacted": None,
        "symptoms": ["кашель", "слабость"],
        "patient": {"age": 30 + i, "sex": "female", "marital_status": "married", "smoking": False},
        "prompt_template": "short" if i % 2 else "demographics",
        "prompt_template_hash": "abc123",
        "prompt": "Напиши заметку врача.",
        "generation": {
            "backend": "template",
            "model": "template-composer",
            "params": "{}",
            "seed": 1000 + i,
            "finish_reason": "stop",
            "created_at": "2026-01-01T00:00:00Z",
        },
        "source": {"kind": "generated", "dataset": "fixture", "flags": []},
        "validation": {"decision": "keep", "reasons": [], "pii": [], "policy_hash": "p0"},
    }


def write_manifest(release_dir: Path, version: str = "0.1.0") -> Path:
    """release_manifest.json over every file of the folder, with the builder's own manifest writer."""
    from medsyn_dataset.builder.manifest import MANIFEST_NAME
    from medsyn_dataset.builder.manifest import write_manifest as builder_write_manifest

    builder_write_manifest(release_dir, {"name": "fixture", "version": version, "seeds": {"release": 7, "split": 7}})
    return release_dir / MANIFEST_NAME


def make_release(
    release_dir: Path, *, gate_passed: bool = True, with_reports: bool = True, card: bool = True, version: str = "0.1.0"
) -> dict[str, Any]:
    """Write the fixture release into ``release_dir``; return the ``info`` mapping given to ``write_card``."""
    import datasets

    from medsyn_dataset.schema import note_features

    release_dir.mkdir(parents=True, exist_ok=True)
    label = datasets.ClassLabel(names=list(CODES))
    notes_features = note_features()
    notes_features["icd10_code"] = label
    configs: dict[str, tuple[datasets.Features, Any]] = {
        "notes": (notes_features, lambda n: {**n, "icd10_code": CODES.index(n["icd10_code"])}),
        "icd_classification": (
            datasets.Features({"idx": datasets.Value("string"), "text": datasets.Value("string"), "code": label}),
            lambda n: {"idx": n["id"], "text": n["text"], "code": CODES.index(n["icd10_code"])},
        ),
        "ift": (
            datasets.Features({k: datasets.Value("string") for k in ("instruction", "input", "output")}),
            lambda n: {"instruction": "Назови код МКБ-10.", "input": n["text"], "output": n["icd10_code"]},
        ),
    }
    dataset_info = []
    for config, (features, convert) in configs.items():
        splits = []
        for split, per_code in SPLIT_SIZES.items():
            rows = [convert(_note(code, i, split)) for code in CODES for i in range(per_code)]
            rows = [{name: row.get(name) for name in features} for row in rows]
            ds = datasets.Dataset.from_list(rows, features=features)
            path = release_dir / config / f"{split}-00000-of-00001.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            ds.to_parquet(str(path))
            splits.append({"name": split, "num_bytes": ds.data.nbytes, "num_examples": len(ds)})
        dataset_info.append({"config_name": config, "features": features._to_yaml_list(), "splits": splits})
    if with_reports:
        # the validation stage's format (medsyn_dataset.validation_report), with made-up numbers
        report = {
            "rows": 17,
            "decisions": {"keep": 13, "redact": 2, "drop": 2},
            "reasons": {"refusal": 1, "near_duplicate": 1, "pii_redacted": 2},
            "pii": {"entities_by_type": {"PERSON": 2, "PHONE_NUMBER": 1},
                    "high_confidence_entities_by_type": {"PERSON": 2, "PHONE_NUMBER": 1}},
            "duplicates": {"exact_duplicate_rows": 0, "near_duplicate_clusters": 1},
            "gate": {"passed": gate_passed, "failed": [] if gate_passed else ["pii_unredacted"],
                     "conditions": {"pii_unredacted": {"ok": gate_passed, "value": 0}}},
        }
        (release_dir / "validation_report.json").write_text(json.dumps(report), encoding="utf-8")
        (release_dir / "split_report.json").write_text(json.dumps({"seed": 7, "moved_by_grouping": 0}), "utf-8")
    info = {
        "pretty_name": "Fixture release",
        "license": "mit",
        "version": version,
        "description": "A tiny fixture.",
        "seed": 7,
        "config": {"name": "fixture", "seed": 7, "generation": {"backend": "template", "model": "template-composer"}},
        "code_names": CODE_NAMES,
        "split_ratios": {"train": 0.6, "validation": 0.2, "test": 0.2},
        "dataset_info": dataset_info,
    }
    if card:
        from medsyn_dataset.dataset_card import write_card

        write_card(release_dir, info)
    write_manifest(release_dir, version)
    return info
