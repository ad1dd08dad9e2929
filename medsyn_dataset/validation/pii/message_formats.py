"""Recognizers for the messages of medical information systems quoted in a record: HL7 v2 segments
(:mod:`.hl7`), DICOM header attributes (:mod:`.dicom`) and vCard contacts (:mod:`.vcard`), where a value's type is named by its
place in the message, not by words around it.

Both readers run once per text (their results are shared by the recognizers of each entity type)
and only when the text can hold such a message: an HL7 segment needs a "|", a DICOM attribute one of
the English attribute words or a tag "(00..", a name in PN form a "^", a vCard one of its property
names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.aligned_columns import aligned_fields
from medsyn_dataset.validation.pii.astm import DECLARATION as ASTM_DECLARATION
from medsyn_dataset.validation.pii.astm import astm_fields
from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    lowered,
    matches_at,
    word_starts,
)
from medsyn_dataset.validation.pii.boxed_chars import boxed_fields
from medsyn_dataset.validation.pii.dicom import caret_names, dicom_fields
from medsyn_dataset.validation.pii.hl7 import hl7_fields, segments
from medsyn_dataset.validation.pii.icalendar import ical_fields
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.policy_rows import SCORE as ROW_POLICY_SCORE
from medsyn_dataset.validation.pii.policy_rows import old_policy_cells
from medsyn_dataset.validation.pii.register_rows import register_row_ids
from medsyn_dataset.validation.pii.vcard import vcard_fields

SCORE = 0.9  # the message's structure names the value: above any reading of its look
CARET_NAME_SCORE = 0.85
ALIGNED_SCORE = 0.85  # (as a table cell under its header)
ENTITIES = ("PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_OMS_POLICY",
            "RU_PASSPORT", "RU_INN")

# Code 39 (the symbology of specimen tubes, wristbands and lab request forms) encodes 0-9, A-Z, space and
# "-.$/+%", framed by "*" start/stop characters that the printed line repeats: "*4600123456*", "*LAB-1234567*".
# Markdown emphasis ("*важно*") is in Cyrillic or lower case and has no five digits.
_CODE39 = re.compile(r"(?<![\w*])\*([0-9A-Z][0-9A-Z\-.$/+% ]{4,30}[0-9A-Z])\*(?![\w*])")


def _code39(text: str) -> Iterator[tuple[int, int]]:
    star = text.find("*")
    while star >= 0:  # (tried at each "*" alone: notes mark redactions "*ДАТА*", a scan of every position costs more)
        m = _CODE39.match(text, star)
        if m is not None and sum(ch.isdigit() for ch in m.group(1)) >= 5:
            yield m.start(1), m.end(1)
        star = text.find("*", m.end() if m is not None else star + 1)

# A specimen's label (a tube, a slide, a block): the label printer abbreviates its captions ("ПРОБ: 73-119197",
# "Пробирка №: 4410225", "ОБР.: Г-22-3310", "Контейнер: 55102"), a colon before the value; the id links a result to
# the patient as a record number does. (Prose "проба Манту 5 мм" has no colon after the word; a value needs five digits.)
_SPECIMEN = re.compile(
    r"(?<![\w])(?:проб(?:ирк[аи]|ы|а)?|образ(?:ец|ца)?|обр|контейнер|штрих-?код|ш/к|шк)\.?[ \t]*(?:№[ \t]*)?:[ \t]*(?:№[ \t]*)?"
    r"(?P<value>(?:[A-ZА-ЯЁ]{1,3}-?)?\d[\d\-/]{3,20}\d)(?![\w/])",
    re.IGNORECASE,
)

_SPECIMEN_WORDS = ("проб", "обр", "образ", "контейнер", "штрих", "ш/к", "шк")


_FOUND: list[object] = ["", []]


def message_fields(text: str) -> list[tuple[str, int, int, float]]:
    """(type, start, end, score) of the values of the HL7 segments and DICOM attributes in ``text``."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found: list[tuple[str, int, int, float]] = []
    skip: list[tuple[int, int]] = []
    if "|" in text:
        skip = [(start - 4, end) for _, start, end, _ in segments(text)]
        found += [(kind, start, end, SCORE) for kind, start, end in hl7_fields(text)]
        if ASTM_DECLARATION in text:  # (an analyser's ASTM records: their header declares the delimiters)
            found += [(kind, start, end, SCORE) for kind, start, end in astm_fields(text)]
    # (DICOM's JSON and XML encodings have Latin keys too; "(00" is ASCII, so in the text's shared ASCII bytes if in the
    # text: a test there costs ~0.1 us to the text's ~1.6)
    if has_latin(text) or (b"(00" in ascii_bytes(text) and "(00" in text):
        found += [(kind, start, end, SCORE) for kind, start, end in dicom_fields(text)]
    found += [(kind, start, end, SCORE) for kind, start, end in vcard_fields(text)]
    found += [(kind, start, end, SCORE) for kind, start, end in ical_fields(text)]  # (iCalendar events)
    if "^" in text:
        found += [("PERSON", start, end, CARET_NAME_SCORE) for start, end in caret_names(text, skip)]
    if "*" in text:  # a barcode's human-readable line: Code 39 prints its data between the start and stop "*"
        found += [("MEDICAL_RECORD_NUMBER", start, end, SCORE) for start, end in _code39(text)]
    low = lowered(text)
    if low:  # (the label words' starts from the shared cue index: the pattern is tried there alone)
        found += [("MEDICAL_RECORD_NUMBER", m.start("value"), m.end("value"), SCORE)
                  for m in matches_at(_SPECIMEN, text, word_starts(low, _SPECIMEN_WORDS))
                  if sum(ch.isdigit() for ch in m.group("value")) >= 5]
    # tables aligned by spaces: a header line's labels type the values under them
    found += [(kind, start, end, ALIGNED_SCORE) for kind, start, end in aligned_fields(text)]
    # and the rows that lost their header: a person's row names its number by its other cells, a name and a date
    found += [("MEDICAL_RECORD_NUMBER", start, end, ALIGNED_SCORE) for start, end in register_row_ids(text)]
    # (and a cell of such a row holding an old policy's series and number: :mod:`.policy_rows`)
    found += [("RU_OMS_POLICY", start, end, ROW_POLICY_SCORE) for start, end in old_policy_cells(text)]
    # characters one per box of a paper form ("|1|2|3|", "[1][2][3]"), read as the number they spell
    found += [(kind, start, end, SCORE) for kind, start, end in boxed_fields(text)]
    _FOUND[0], _FOUND[1] = text, found
    return found


class MessageFieldRecognizer(CandidateRecognizer):
    """The values of one entity type in the HL7 v2 and DICOM fields of a text."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"MessageField{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not message_fields(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end, score in message_fields(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, score, self.name)


def message_recognizers() -> list[MessageFieldRecognizer]:
    """One recognizer per entity type an HL7 or DICOM field can hold."""
    return [MessageFieldRecognizer(kind) for kind in ENTITIES]
