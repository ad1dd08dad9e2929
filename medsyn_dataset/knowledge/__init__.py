"""Knowledge base: the ICD-10 catalogue, the medical knowledge graph (MKG) and patient demographics."""

from medsyn_dataset.knowledge.demographics import Patient, sample_patient
from medsyn_dataset.knowledge.icd10 import IcdCode, category_of, default_codes, is_valid, lookup, name_ru
from medsyn_dataset.knowledge.mkg import (
    Constraints,
    MedicalKnowledgeGraph,
    MkgFormatError,
    Triple,
    default_mkg,
    load_mkg,
    load_triples,
)

__all__ = [
    "Constraints",
    "IcdCode",
    "MedicalKnowledgeGraph",
    "MkgFormatError",
    "Patient",
    "Triple",
    "category_of",
    "default_codes",
    "default_mkg",
    "is_valid",
    "load_mkg",
    "load_triples",
    "lookup",
    "name_ru",
    "sample_patient",
]
