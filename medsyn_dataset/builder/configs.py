"""The release's three configs and their ``datasets.Features``.

* ``notes`` (default): every released note with all schema fields (provenance, validation
  scores); ``icd10_code`` is a ``ClassLabel`` over the release's codes (names = codes).
* ``icd_classification``: ``idx`` (the note id), ``text``, ``code`` (``ClassLabel``).
* ``ift``: instruction-tuning records ``id``, ``note_id``, ``task``, ``instruction``, ``input``,
  ``output`` (see :mod:`medsyn_dataset.builder.ift`).

``datasets`` is imported inside the functions: the CLI must not import it at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from medsyn_dataset.release_layout import CONFIG_NAMES, DEFAULT_CONFIG
from medsyn_dataset.schema import note_features

if TYPE_CHECKING:
    import datasets

__all__ = ["CONFIG_DESCRIPTIONS", "CONFIG_NAMES", "DEFAULT_CONFIG", "check_config_name", "features_for"]

CONFIG_DESCRIPTIONS: dict[str, str] = {
    "notes": "Every released note with all schema fields, provenance and validation results.",
    "icd_classification": "ICD-10 code prediction: idx, text, code (ClassLabel over the release's codes).",
    "ift": "Instruction-tuning records in Russian: write a note, name its ICD-10 category, list its complaints.",
}


def check_config_name(name: str) -> str:
    if name not in CONFIG_NAMES:
        raise ValueError(f"unknown config {name!r}; expected one of {', '.join(CONFIG_NAMES)}")
    return name


def features_for(config_name: str, codes: Sequence[str]) -> datasets.Features:
    """The declared features of a config; ``codes`` are the ClassLabel names (sorted, unique)."""
    import datasets

    check_config_name(config_name)
    if list(codes) != sorted(set(codes)):
        raise ValueError("ClassLabel codes must be sorted and unique")
    label = datasets.ClassLabel(names=list(codes))
    if config_name == "notes":
        features = note_features()
        return datasets.Features({name: (label if name == "icd10_code" else feat) for name, feat in features.items()})
    if config_name == "icd_classification":
        return datasets.Features({"idx": datasets.Value("string"), "text": datasets.Value("string"), "code": label})
    string = datasets.Value("string")
    return datasets.Features(
        {"id": string, "note_id": string, "task": string, "instruction": string, "input": string, "output": string}
    )
