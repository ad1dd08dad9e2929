"""A Russian passport's page, and the forms that copy it: a series and a number with no "паспорт" beside them.

The internal passport of a Russian citizen prints its series and number as "45 12 654321": two pairs of digits (the
region's code and the year the blank was printed), then six. A scan of its pages (OCR) gives that line back wherever
the page puts it, between the page's other fields ("Паспорт выдан ...", "Дата выдачи", "Код подразделения
770-001", "Фамилия"), with no label of its own. A form that copies the page labels the two parts "Серия" and "Номер",
often in a paper form's cells or brackets ("Серия [45 12] Номер [654321]", "Серия | 4512 | Номер | 654321 |"), and
names the document once, lines away, or only by another of its fields: the subdivision code ("код подразделения",
the issuing office's code, which only a Russian passport carries).

So where a note names a passport (its word, "удостоверение личности", the subdivision code, the issuing migration
office "УФМС") within a few lines of a number:

* the printed form "DD DD DDDDDD" (single spaces or a scan's doubled ones, maybe a "№" before the six; "DDDD DDDDDD" on
  a line of its own) is the passport's series and number,
  above the phone the same ten digits make by shape (a phone is dialled, and written, in groups of three and two,
  never as 2 + 2 + 6);
* "Серия <4 digits> Номер <6 digits>" (a colon, a dash, brackets or a cell's bars around each value, or the value on
  the line under its label; "сер.", "ном." for short) gives the series and the number as two spans, as a form's two
  fields are.

Look-alikes stay clean: a phone after a phone word on its line keeps its type; a prescription's, a certificate's or a
policy's "серия ... номер" stays theirs (the nearest document noun on the line decides, :mod:`.document_typing`); a
note with no passport's word (most notes) is never read past one look-up in the shared cue index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    digit_runs,
    lowered,
    matches_at,
    word_starts,
)
from medsyn_dataset.validation.pii.document_typing import other_document_named
from medsyn_dataset.validation.pii.id_fields import ID_CUE_SCORE

# what names a passport's page: its word (any case form, "пасп."), the phrase of an identity document, the
# subdivision code of its issuing office, the migration office that issues it
_PAGE_WORDS = ("паспорт", "пасп.", "удостоверение личности", "удостоверяющ", "код подразделения", "код подр", "уфмс")
# how far from such a word the page's numbers may stand (a page's OCR: some eight lines of fields)
_BEFORE, _AFTER = 320, 200

# the printed series and number: "45 12 654321", "45 12 № 654321" (not a group of a longer number, a date or a list)
# (a scan's OCR doubles a space or loses the one inside the series: "73 01  391650", and a line of its own, as the page
# prints it, "3908 886578"; the four digits and six only alone on their line, where nothing else is written; the page
# prints the number apart from its series, so the scan may widen that gap to three spaces, "03 12   307941")
_PRINTED = re.compile(r"(?<![\d\-.,/+:])(?:\d{2} {1,2}\d{2} {1,3}(?:№ ?)?\d{6}|(?<=\n)\d{4} {1,2}\d{6}(?=[ \t]*(?:\n|$)))"
                      r"(?!\d)(?![.,\-/]\d)")
# a value's frame in a form: a colon or a dash, a bracket or a cell's bar; or the label's line, the value on the next
_OPEN = r"[ \t]*[:\-–—]?[ \t]*(?:\n[ \t]*)?[\[(|]?[ \t]*"
_CLOSE = r"[ \t]*[\])|]?"
_FIELDS = re.compile(
    rf"(?i:сери[яи]|сер\.)(?:[ \t]+(?i:паспорта|документа))?{_OPEN}(?P<series>\d{{2}}[ \t]?\d{{2}}){_CLOSE}"
    rf"[ \t]*[,;]?[ \t]*(?:\n[ \t]*)?(?:(?i:номер|ном\.)|№|N)(?:[ \t]+(?i:паспорта|документа))?{_OPEN}"
    rf"(?:№[ \t]*)?(?P<number>\d{{6}})(?!\d){_CLOSE}"
)
_SERIES_WORDS = ("серия", "серии", "сер.")
# a phone's word on the number's line before it: a phone, whatever its grouping (:mod:`.named_after` reads it too)
PHONE_WORD = re.compile(r"(?<!\w)(?:тел|моб|сот|факс|контакт|phone|tel)", re.IGNORECASE)


def _near_page_word(starts: list[int], start: int, end: int) -> bool:
    return any(start - _BEFORE <= at <= end + _AFTER for at in starts)


def _phone_named(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return PHONE_WORD.search(text, line_start, start) is not None


# a row of fixed-width cells: three cells at least, a gap of two spaces or a tab after a non-space twice (one such gap is a
# scan's: OCR widens a space between two fields of a page, "30.04.2016  353-451", or inside one, "НЕНЕЦКИЙ  АО")
_WIDE_GAP = re.compile(r"\S(?: {2,}|\t)[^\n]*?\S(?: {2,}|\t)")
# ... but one gap between a word and a number is a lab list's row of two cells, an analyte's name and its value
# ("Гемоглобин  135 г/л"), unless a page's word is on that line ("Код подразделения  770-001"; review A r22, finding 8)
_NAME_GAP_VALUE = re.compile(r"[^\W\d_](?: {2,}|\t)\d")


def _doubled_space_placed(text: str, start: int, starts: list[int]) -> bool:
    """A printed value with a doubled space is the scan's passport number where a page's word opens its line before it
    ("пасп:36  05  485595"), or where it opens its line under a line that is no row of fixed-width cells: a table's
    "12  05  202412" under "Рост 170  Вес 80  АД 120/80" is a row's cells; under "Место рождения С. ВУКТЫЛ НЕНЕЦКИЙ  АО"
    (the conventions' page scans and blind43's) it is the page's number."""
    line_start = text.rfind("\n", 0, start) + 1
    if any(line_start <= at < start for at in starts):
        return True
    if text[line_start:start].strip():
        return False
    if line_start == 0:
        return True
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if _WIDE_GAP.search(text, above_start, line_start - 1) is not None:
        return False
    return _NAME_GAP_VALUE.search(text, above_start, line_start - 1) is None or any(
        above_start <= at < line_start for at in starts)


def _plausible(series: str, number: str) -> bool:
    # (region codes run from 01; a number is never all zeros)
    return series.replace(" ", "").replace("\t", "")[:2] != "00" and number != "000000"


def passport_page_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the passport series and numbers of a passport's page or its copy in ``text`` (see the module)."""
    lower = lowered(text)
    if not lower or not digit_runs(text):
        return
    starts = word_starts(lower, _PAGE_WORDS)
    if not starts:
        return
    # (tried at two digits, and at four opening a line: a year inside a line is no series typed whole)
    runs = [run.start() for run in digit_runs(text)
            if run.end() - run.start() == 2 or (run.end() - run.start() == 4 and text[run.start() - 1 : run.start()] == "\n")]
    for m in matches_at(_PRINTED, text, runs):
        value = m.group()
        if (_near_page_word(starts, m.start(), m.end()) and _plausible(value[:5], value[-6:])
                and not _phone_named(text, m.start()) and not other_document_named(text, m.start())
                and ("  " not in value or _doubled_space_placed(text, m.start(), starts))):
            yield m.start(), m.end()
    series_at = word_starts(lower, _SERIES_WORDS)
    for m in matches_at(_FIELDS, text, series_at):
        if (_near_page_word(starts, m.start(), m.end()) and _plausible(m.group("series"), m.group("number"))
                and not other_document_named(text, m.start())):
            yield m.span("series")
            yield m.span("number")


class PassportPageRecognizer(CandidateRecognizer):
    """RU_PASSPORT on a passport's page and the forms that copy it (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__("RU_PASSPORT", "PassportPageRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in passport_page_numbers(text):
            yield Candidate(self.entity, start, end, ID_CUE_SCORE, self.name)
