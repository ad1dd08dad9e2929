"""Instruction-tuning records (the ``ift`` config), derived from a released note and the MKG.

Like the MedSyn IFT data, three tasks per note, all in Russian:

* ``write_note``: write a clinical note from a code (and its Russian name), the patient and the
  symptoms the note was generated from -> the note;
* ``classify``: name the likely ICD-10 category of a note -> ``"<code> — <name>"``;
* ``complaints``: list the patient's complaints in a note -> one complaint per line.

The symptoms of ``write_note`` are the note's own ``symptoms`` (what the generator was asked to
write about); imported notes carry none, and for them the MKG symptoms of the note's code that
occur literally in the text are used. The ``complaints`` answer must be complete, so only notes
with their own symptom list get one (literal MKG matches would miss paraphrased complaints and
teach a model to under-list), and not when ``validation.symptom_coverage`` is below
:data:`MIN_COMPLAINT_COVERAGE` (the text does not reflect the list). The phrasing of each instruction is
picked from a few variants by a hash of the note id, so a rebuild gives the same records.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph, load_mkg
from medsyn_dataset.language.grammar import years
from medsyn_dataset.schema import VALIDATION_COLUMN, VF

IFT_TASKS: tuple[str, ...] = ("write_note", "classify", "complaints")
MIN_COMPLAINT_COVERAGE = 0.5

_WRITE = (
    "Напиши запись врача об амбулаторном приёме пациента с диагнозом {code} «{name}».",
    "Составь клиническую запись (жалобы, анамнез, объективный статус, заключение) для пациента с диагнозом "
    "{code} «{name}».",
    "Сгенерируй медицинскую запись первичного приёма. Диагноз по МКБ-10: {code} «{name}».",
)
_CLASSIFY = (
    "Определи наиболее вероятную категорию МКБ-10 для клинической записи. Ответь кодом и названием.",
    "Прочитай запись врача и назови вероятный диагноз: трёхзначный код МКБ-10 и его название.",
    "К какой рубрике МКБ-10 скорее всего относится описанный случай? Укажи код и название.",
)
_COMPLAINTS = (
    "Перечисли жалобы пациента из клинической записи, по одной в строке.",
    "Выпиши из записи врача симптомы и жалобы пациента списком.",
    "Какие жалобы предъявляет пациент? Перечисли их по одной в строке.",
)
_SEX_RU = {"male": "мужчина", "female": "женщина"}


@dataclass(frozen=True, slots=True)
class IftRecord:
    id: str
    note_id: str
    task: str
    instruction: str
    input: str
    output: str

    def to_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "note_id": self.note_id,
            "task": self.task,
            "instruction": self.instruction,
            "input": self.input,
            "output": self.output,
        }


@functools.lru_cache(maxsize=2)
def release_mkg(paths: tuple[str, ...] = ()) -> MedicalKnowledgeGraph | None:
    """The default MKG plus ``paths`` (for the complaints of imported notes); None when none can be loaded."""
    try:
        return load_mkg(list(paths))
    except (OSError, ValueError):  # no default graph shipped: complaints of imported notes stay empty
        return None


def _pick(variants: tuple[str, ...], note_id: str, task: str) -> str:
    digest = hashlib.sha256(f"{task}:{note_id}".encode()).digest()
    return variants[digest[0] % len(variants)]


def _patient_line(patient: Mapping[str, Any] | None) -> str:
    if not patient:
        return ""
    parts = []
    if patient.get("sex") in _SEX_RU:
        parts.append(_SEX_RU[patient["sex"]])
    if patient.get("age") is not None:
        parts.append(years(int(patient["age"])))
    if patient.get("smoking") is True:
        parts.append("курит")
    elif patient.get("smoking") is False:
        parts.append("не курит")
    return ("Пациент: " + ", ".join(parts) + ".") if parts else ""


def complaints_of(note: Mapping[str, Any], mkg: MedicalKnowledgeGraph | None) -> list[str]:
    """The note's symptoms, or (imported notes) the MKG symptoms of its code found literally in its text."""
    symptoms = [s for s in (note.get("symptoms") or []) if s]
    if symptoms:
        return symptoms
    if mkg is None:
        return []
    try:
        pool = mkg.symptoms(note["icd10_code"])
    except KeyError:
        return []
    text = note["text"].lower()
    return sorted((s for s in pool if s.lower() in text), key=lambda s: (-pool[s], s))


def ift_records(
    note: Mapping[str, Any], code_name: str | None, mkg: MedicalKnowledgeGraph | None
) -> Iterator[IftRecord]:
    """The instruction-tuning records of one released note (see the module docstring)."""
    note_id, code, text = note["id"], note["icd10_code"], note["text"]
    name = code_name or note.get("icd10_name_ru") or code
    complaints = complaints_of(note, mkg)
    own_list = bool([s for s in (note.get("symptoms") or []) if s])
    coverage = (note.get(VALIDATION_COLUMN) or {}).get(VF.SYMPTOM_COVERAGE)

    write_input = "\n".join(
        line
        for line in (_patient_line(note.get("patient")), "Симптомы: " + ", ".join(complaints) + "." if complaints else "")
        if line
    )
    yield IftRecord(
        f"{note_id}:write_note", note_id, "write_note",
        _pick(_WRITE, note_id, "write_note").format(code=code, name=name), write_input, text,
    )
    yield IftRecord(
        f"{note_id}:classify", note_id, "classify",
        _pick(_CLASSIFY, note_id, "classify"), text, f"{code} — {name}",
    )
    if own_list and (coverage is None or coverage >= MIN_COMPLAINT_COVERAGE):
        yield IftRecord(
            f"{note_id}:complaints", note_id, "complaints",
            _pick(_COMPLAINTS, note_id, "complaints"), text, "\n".join(f"- {c}" for c in complaints),
        )
