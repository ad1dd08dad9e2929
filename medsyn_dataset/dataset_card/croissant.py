"""``croissant.json``: the release described in ML Commons Croissant 1.0 with its Responsible-AI (RAI 1.0) fields.

One ``cr:FileSet`` per config (its Parquet shards), one ``cr:RecordSet`` per config whose fields
map the Parquet columns (struct children as ``subField``, lists as ``repeated``), the split taken
from the file name, and a ``icd10_codes`` record set that names the ClassLabel indices. Lists of
records (``validation.pii``) are left out and said so in their parent's description: mlcroissant
1.x cannot read them from Parquet (it fails or returns the keys), and a file its own reference
reader cannot read would not be valid in practice. The RAI
fields say which notes are synthetic and how each source was made (``rai:dataCollection``), how
personal information was handled, the known biases and limitations, and the intended uses.

:func:`check_croissant` is an offline structural check (every file set matches files, every
field's column exists); the test suite also validates the file with ``mlcroissant`` when it is
installed (the ``dev`` extra).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.dataset_card import fields as fd
from medsyn_dataset.dataset_card import stats as st
from medsyn_dataset.dataset_card.sources import Provenance, composition
from medsyn_dataset.dataset_card.wording import number, share
from medsyn_dataset.io import atomic_write_text
from medsyn_dataset.provenance import ReleaseSource
from medsyn_dataset.release_layout import DEFAULT_CONFIG

CROISSANT_FILE = "croissant.json"
CROISSANT_1_0 = "http://mlcommons.org/croissant/1.0"
RAI_1_0 = "http://mlcommons.org/croissant/RAI/1.0"
#: the JSON-LD context of Croissant 1.0 (as mlcroissant writes it), with the RAI prefix
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
#: RAI properties this file always carries (checked by :func:`check_croissant`)
RAI_KEYS = (
    "rai:dataCollection",
    "rai:dataCollectionType",
    "rai:dataPreprocessingProtocol",
    "rai:dataAnnotationProtocol",
    "rai:personalSensitiveInformation",
    "rai:dataBiases",
    "rai:dataLimitations",
    "rai:dataUseCases",
    "rai:dataSocialImpact",
)
CODES_RECORD_SET = "icd10_codes"


@dataclass(frozen=True)
class CroissantFacts:
    name: str
    title: str
    description: str
    version: str
    repo_id: str | None
    curator: str | None
    contact: str | None
    citation: str
    provenance: Provenance
    files: Mapping[str, Mapping[str, list[Path]]]
    total: int
    code_names: Mapping[str, str]
    validation: st.ValidationFacts | None


def _data_type(feature: Any) -> str:
    import datasets

    if isinstance(feature, datasets.ClassLabel):
        return "sc:Integer"
    dtype = getattr(feature, "dtype", "string")
    if dtype.startswith(("int", "uint")):
        return "sc:Integer"
    if dtype.startswith("float"):
        return "sc:Float"
    if dtype == "bool":
        return "sc:Boolean"
    return "sc:Text"


def _field(config: str, path: str, feature: Any, column: str, json_path: str | None) -> dict[str, Any]:
    import datasets

    fid = f"{config}/{path.replace('.', '/')}"
    entry: dict[str, Any] = {"@type": "cr:Field", "@id": fid, "name": fid, "description": fd.describe(config, path)}
    inner = getattr(feature, "feature", None)
    if inner is not None and not isinstance(feature, datasets.ClassLabel):
        entry["repeated"] = True
        feature = inner
    children = feature if isinstance(feature, dict) else None
    if children is not None:
        entry["dataType"] = "sc:Text"
        mapped = {name: child for name, child in children.items() if not _is_list_of_structs(child)}
        left_out = [f"`{path}.{name}`" for name in children if name not in mapped]
        if left_out:
            entry["description"] += (
                f"; {', '.join(left_out)} (a list of records) is not mapped here: Croissant 1.0 readers cannot "
                "read lists of records from Parquet, so read it with `datasets` (see the card)"
            )
        entry["subField"] = [
            _field(config, f"{path}.{name}", child, column, f"{json_path}.{name}" if json_path else name)
            for name, child in mapped.items()
        ]
        return entry
    entry["dataType"] = _data_type(feature)
    source: dict[str, Any] = {"fileSet": {"@id": f"{config}-parquet"}, "extract": {"column": column}}
    if json_path:
        source["transform"] = {"jsonPath": json_path}
    entry["source"] = source
    if isinstance(feature, datasets.ClassLabel):
        entry["references"] = {"field": {"@id": f"{CODES_RECORD_SET}/index"}}
    return entry


def _is_list_of_structs(feature: Any) -> bool:
    return isinstance(getattr(feature, "feature", None), dict)


def _record_set(config: str, splits: Mapping[str, list[Path]]) -> dict[str, Any]:
    features = st.features_of(next(iter(splits.values()))[0])
    split_field = {
        "@type": "cr:Field",
        "@id": f"{config}/split",
        "name": f"{config}/split",
        "description": "the split the record belongs to (from its file name)",
        "dataType": "sc:Text",
        "source": {
            "fileSet": {"@id": f"{config}-parquet"},
            "extract": {"fileProperty": "fullpath"},
            "transform": {"regex": f"^{config}/({'|'.join(splits)})-\\d{{5}}-of-\\d{{5}}\\.parquet$"},
        },
    }
    return {
        "@type": "cr:RecordSet",
        "@id": config,
        "name": config,
        "description": fd.CONFIG_DESCRIPTIONS.get(config, config),
        "field": [split_field]
        + [_field(config, name, feat, name, None) for name, feat in features.items() if not _is_list_of_structs(feat)],
    }


def _codes_record_set(code_names: Mapping[str, str], codes: list[str]) -> dict[str, Any]:
    def field(name: str, dtype: str, description: str) -> dict[str, Any]:
        fid = f"{CODES_RECORD_SET}/{name}"
        return {"@type": "cr:Field", "@id": fid, "name": fid, "dataType": dtype, "description": description}

    return {
        "@type": "cr:RecordSet",
        "@id": CODES_RECORD_SET,
        "name": CODES_RECORD_SET,
        "description": "the ICD-10 ClassLabel: index -> code and its Russian name",
        "key": {"@id": f"{CODES_RECORD_SET}/index"},
        "field": [
            field("index", "sc:Integer", "ClassLabel index as stored in the Parquet files"),
            field("code", "sc:Text", "3-character ICD-10 category"),
            field("name_ru", "sc:Text", "Russian name (МКБ-10)"),
        ],
        "data": [
            {
                f"{CODES_RECORD_SET}/index": i,
                f"{CODES_RECORD_SET}/code": code,
                f"{CODES_RECORD_SET}/name_ru": code_names.get(code, ""),
            }
            for i, code in enumerate(codes)
        ],
    }


def _class_names(files: Mapping[str, Mapping[str, list[Path]]]) -> list[str]:
    import datasets

    features = st.features_of(next(iter(files["notes"].values()))[0]) if "notes" in files else {}
    label = features.get("icd10_code") if features else None
    return list(label.names) if isinstance(label, datasets.ClassLabel) else []


def _data_collection(facts: CroissantFacts) -> tuple[list[str], list[str]]:
    """How the notes were collected, in sentences, and the Croissant collection types."""
    prov = facts.provenance
    parts = [f"This release holds {number(facts.total)} notes: " + "; ".join(composition(prov, facts.total)) + "."]
    for s in prov.sources:
        synthetic = {True: "synthetic", False: "real, not synthetic", None: "origin not declared"}[s.info.synthetic]
        parts.append(f"{s.info.title} ({synthetic}, licence {s.info.license}): {s.info.origin}")
    if prov.generated:
        parts.append(
            "Generated notes: for each note the pipeline samples a target ICD-10 category, symptoms from a medical "
            "knowledge graph and patient demographics from Russian population statistics, renders a Russian prompt "
            "template and has a backend write the note (an LLM, or the offline template composer, which fills "
            "phrase tables and is not a language model)."
        )
    collection_types = []
    if prov.generated:
        collection_types.append("Others (synthetic data generated by software)")
    if prov.imported:
        collection_types.append("Secondary Data analysis")
    return parts, collection_types


#: the patient fields of the notes config, as the RAI text names them
_PATIENT_FIELDS = {"age": "age", "sex": "sex", "marital_status": "marital status", "smoking": "smoking"}


def _health_data_line(patient_fields: list[str]) -> str:
    if not patient_fields:
        return "Health data: diagnoses (ICD-10 codes) and symptoms; no patient details (age, sex, ...) are given."
    named = patient_fields[0] if len(patient_fields) == 1 else f"{', '.join(patient_fields[:-1])} and {patient_fields[-1]}"
    return f"Health data: diagnoses (ICD-10 codes), symptoms, and the {named} of the patient."


def _sensitive_information(facts: CroissantFacts) -> list[str]:
    prov, val = facts.provenance, facts.validation
    pii_found = sum(val.pii_found.values()) if val else 0
    pii_line = (
        f"An automatic PII scan (Presidio with Russian recognisers) found {number(pii_found)} entities; "
        "high-confidence ones were redacted with typed placeholders or their note dropped."
        if val
        else "No validation report was available for this release."
    )
    sensitive = [
        _health_data_line(
            [_PATIENT_FIELDS[name] for name in st.fields_with_values(facts.files.get(DEFAULT_CONFIG, {}), "patient", _PATIENT_FIELDS)]
        ),
        pii_line,
        "Automatic PII detection has recall below 100%: names, dates and places may remain.",
    ]
    if prov.all_synthetic:
        sensitive.insert(1, "The notes are synthetic and describe no real patient.")
    real = [s.info.title for s in prov.sources if s.info.synthetic is False]
    if real:
        sensitive.insert(1, f"Notes from {', '.join(real)} are real, anonymised patient notes (anonymised upstream).")
    return sensitive


def _how_labelled(source: ReleaseSource) -> str:
    if source.info.synthetic:
        return "the code is the target the note was written for (the label precedes the text)"
    physicians = " (assigned by physicians)" if "expert-generated" in source.info.annotations_creators else ""
    return "the code came with the corpus" + physicians


def _rai(facts: CroissantFacts) -> dict[str, Any]:
    prov = facts.provenance
    parts, collection_types = _data_collection(facts)
    sensitive = _sensitive_information(facts)
    return {
        "rai:dataCollection": " ".join(parts),
        "rai:dataCollectionType": collection_types,
        "rai:dataCollectionRawData": "; ".join(f"{s.info.title}: {s.info.url or 'no URL declared'}" for s in prov.imported)
        or "none: every note was generated by this pipeline",
        "rai:dataPreprocessingProtocol": [
            "quality filters: empty, too short, non-Russian, refusals, AI disclaimers, placeholders, truncation, "
            "dialogue format, repetition",
            "exact and near-duplicate detection (MinHash/LSH on word 5-gram shingles)",
            "contamination and memorisation checks against evaluation and reference texts when given",
            "ICD-10 label checks (valid code, code set, subcode, sex and age against the knowledge graph)",
            "PII detection and redaction",
            "splits stratified by code and grouped so that near duplicates and shared example notes never cross splits",
        ],
        "rai:dataAnnotationProtocol": [f"{s.info.title}: {_how_labelled(s)}" for s in prov.sources],
        "rai:machineAnnotationTools": [
            "Presidio analyzer with Russian recognisers (PII)",
            "out-of-fold TF-IDF + logistic regression (label-noise flags)",
            "pymorphy3 + rapidfuzz (symptom coverage)",
        ],
        "rai:personalSensitiveInformation": sensitive,
        "rai:dataBiases": _biases(prov),
        "rai:dataLimitations": _limitations(facts),
        "rai:dataUseCases": [
            "research on ICD-10 code prediction from Russian clinical text (training and evaluation)",
            "clinical text generation and instruction tuning for Russian (the `ift` config)",
            "data augmentation experiments, as in MedSyn; testing de-identification tools",
            "not for clinical decisions or medical advice",
        ],
        "rai:dataSocialImpact": (
            "Meant to ease research on Russian clinical NLP where real notes cannot be shared. Models trained on "
            "it may learn wrong medical associations; they must be evaluated on real clinical data before any use."
        ),
        "rai:dataReleaseMaintenancePlan": (
            f"Versioned releases (this is {facts.version or 'unversioned'}), each with a release manifest of "
            "checksums; rebuilt from the same inputs, a release is byte-identical."
        ),
    }


def _biases(prov: Provenance) -> list[str]:
    out = []
    if prov.generated:
        out += [
            "The code distribution is set by the release config, not by real-world prevalence.",
            "Generated notes inherit the biases of the knowledge graph, the prompt templates and the model that "
            "wrote them; patient demographics follow Russian population statistics (Rosstat 2022, 2021 census, "
            "GATS 2016).",
        ]
    for s in prov.imported:
        out.append(f"Notes from {s.info.title} carry the selection and writing biases of that corpus.")
    return out


def _limitations(facts: CroissantFacts) -> list[str]:
    out = ["Not a source of medical truth: symptoms, findings, treatments and patient details can be wrong."]
    val = facts.validation
    if val and val.reasons:
        base = val.total_in or facts.total
        reason, n = max(val.reasons.items(), key=lambda kv: kv[1])
        if base:
            out.append(f"The most frequent validation finding, `{reason}`, concerns {share(n / base)} of the notes.")
    if facts.provenance.generated:
        out.append("Synthetic notes are more uniform than real ones; results on them may not transfer to real notes.")
    return out


def croissant_metadata(release_dir: Path, facts: CroissantFacts) -> dict[str, Any]:
    prov = facts.provenance
    terms = prov.license.terms
    meta: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": facts.name,
        "alternateName": facts.title,
        "description": facts.description,
        "conformsTo": [CROISSANT_1_0, RAI_1_0],
        "citeAs": facts.citation,
        "license": terms.url or terms.id,
        "version": facts.version or "0.0.0",
        "inLanguage": "ru",
        "keywords": ["medical", "clinical notes", "ICD-10", "Russian"] + (["synthetic"] if prov.any_synthetic else []),
        "isBasedOn": [s.info.url for s in prov.imported if s.info.url],
    }
    if facts.repo_id:
        meta["url"] = f"https://huggingface.co/datasets/{facts.repo_id}"
    if facts.curator:
        creator: dict[str, Any] = {"@type": "sc:Person", "name": facts.curator}
        if facts.contact:
            creator["email" if "@" in facts.contact and "/" not in facts.contact else "url"] = facts.contact
        meta["creator"] = creator
    if not meta["isBasedOn"]:
        del meta["isBasedOn"]
    meta.update(_rai(facts))
    meta["distribution"] = [
        {
            "@type": "cr:FileSet",
            "@id": f"{config}-parquet",
            "name": f"{config}-parquet",
            "description": f"Parquet shards of the `{config}` config",
            "encodingFormat": "application/x-parquet",
            "includes": f"{config}/*.parquet",
        }
        for config in facts.files
    ]
    record_sets = [_record_set(config, splits) for config, splits in facts.files.items()]
    codes = _class_names(facts.files)
    if codes:
        record_sets.append(_codes_record_set(facts.code_names, codes))
    meta["recordSet"] = record_sets
    return meta


def write_croissant(release_dir: Path, facts: CroissantFacts) -> Path:
    text = json.dumps(croissant_metadata(release_dir, facts), ensure_ascii=False, indent=2) + "\n"
    return atomic_write_text(Path(release_dir) / CROISSANT_FILE, text)


def _fields_of(entries: list[Any]) -> list[Mapping[str, Any]]:
    out: list[Mapping[str, Any]] = []
    for entry in entries:
        if isinstance(entry, Mapping):
            out.append(entry)
            out.extend(_fields_of(entry.get("subField") or []))
    return out


def check_croissant(release_dir: Path) -> list[str]:
    """Problems with ``croissant.json`` found offline (empty list: none)."""
    import pyarrow.parquet as pq

    path = Path(release_dir) / CROISSANT_FILE
    if not path.is_file():
        return [f"{path}: missing"]
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"{path}: not valid JSON ({exc})"]
    problems = [
        f"{path}: key {key!r} is missing or empty"
        for key in ("@context", "@type", "name", "description", "conformsTo", "citeAs", "license", "distribution", "recordSet", *RAI_KEYS)
        if not meta.get(key)
    ]
    if CROISSANT_1_0 not in (meta.get("conformsTo") or []):
        problems.append(f"{path}: conformsTo does not name {CROISSANT_1_0}")
    columns: dict[str, set[str]] = {}
    for dist in meta.get("distribution") or []:
        matched = sorted(Path(release_dir).glob(str(dist.get("includes", ""))))
        if not matched:
            problems.append(f"{path}: file set {dist.get('@id')!r} matches no file")
            continue
        columns[str(dist.get("@id"))] = set(pq.read_schema(matched[0]).names)
    for record_set in meta.get("recordSet") or []:
        for field in _fields_of(record_set.get("field") or []):
            source = field.get("source") or {}
            fileset = (source.get("fileSet") or {}).get("@id")
            column = (source.get("extract") or {}).get("column")
            if fileset is not None and fileset not in columns:
                problems.append(f"{path}: field {field.get('@id')!r} reads unknown file set {fileset!r}")
            elif column is not None and column not in columns.get(str(fileset), set()):
                problems.append(f"{path}: field {field.get('@id')!r} reads column {column!r}, not in the files")
    return problems
