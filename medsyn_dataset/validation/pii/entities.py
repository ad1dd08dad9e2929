"""The PII entity record and the closed set of entity types the validation stage reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: Entity types, in the order the schema's documentation lists them.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "DATE_TIME",
    "LOCATION",
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "MEDICAL_RECORD_NUMBER",
)

#: The identifier types of a person's papers, numbers the state issues to one person (SNILS, INN, passport, OMS
#: policy): the one spelling of them; each reader says what it adds or removes (the medical record's number, a phone).
ID_PAPERS: frozenset[str] = frozenset(("RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"))
#: ... in the order of :data:`ENTITY_TYPES`, for readers that build one recognizer per type
ID_PAPER_TYPES: tuple[str, ...] = tuple(kind for kind in ENTITY_TYPES if kind in ID_PAPERS)

#: Typed placeholder that :func:`~medsyn_dataset.validation.pii.redact` writes for each type.
PLACEHOLDERS: dict[str, str] = {
    "PERSON": "<PERSON>",
    "PHONE_NUMBER": "<PHONE>",
    "EMAIL_ADDRESS": "<EMAIL>",
    "URL": "<URL>",
    "DATE_TIME": "<DATE>",
    "LOCATION": "<LOCATION>",
    "RU_SNILS": "<SNILS>",
    "RU_INN": "<INN>",
    "RU_PASSPORT": "<PASSPORT>",
    "RU_OMS_POLICY": "<OMS_POLICY>",
    "MEDICAL_RECORD_NUMBER": "<MRN>",
}


@dataclass(frozen=True)
class PiiEntity:
    """One detected span: ``text[start:end]`` of the ORIGINAL text is PII of ``type``.

    Field names are exactly those of the schema's ``validation.pii`` struct.
    """

    type: str
    start: int
    end: int
    score: float
    recognizer: str

    def __post_init__(self) -> None:
        if self.type not in PLACEHOLDERS:
            raise ValueError(f"unknown PII entity type {self.type!r}; expected one of {ENTITY_TYPES}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad PII span [{self.start}, {self.end}) for {self.type}")

    def to_dict(self) -> dict[str, Any]:
        """``{type, start, end, score, recognizer}``: one element of ``validation.pii``."""
        row = asdict(self)
        return {key: row[key] for key in ("type", "start", "end", "score", "recognizer")}
