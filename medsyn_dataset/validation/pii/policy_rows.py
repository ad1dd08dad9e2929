"""An old OMS policy's series and number as a cell of a person's row with no header: a register of the insured.

Before the unified number (ЕНП, 2011, 326-ФЗ art. 46) a region's insurers printed a policy with a series and a number:
the series two or three capitals ("ЯМ 1234567", "РТ № 621074", "ВСА 12345678") or four digits, the region's code and
the insurer's ("7700 12345678", "0202 49944119"), the number six to ten digits. Registers of the insured and a clinic's
lists of its attached patients (ТФОМС's and the СМО's registers, a ward's or a programme's list printed from the
clinic's system) still carry it, and a row of such a register, printed in fixed-width columns or pasted from a
spreadsheet, often loses its header: "ЕА 8724645   Бадмаева С.Ц.   29.09.1949   ...". The cue that names the policy
is then the row itself: a person's row (a name, a birth date: :func:`.register_rows.person_row_cells`), whose one cell
holds a paper's series and number, is one insured person's entry, and the paper such registers list by series and
number is the policy. A shape another paper prints too, two capitals, a space and seven digits (a military ID's
"АН 1234567"), is the policy's only when the row or the note says so: the row holds another of the person's checksummed
numbers (an INN's twelve digits, a SNILS: a register identifies its people by their papers) or the note names the
insurance (полис, ОМС, страхов-, СМО, ЕНП, ФОМС); a phone's ("8916 1234567") and a year's series ("2023 1234567") are
never a policy's (review A r26, finding 12).
:mod:`.register_rows` reads the row's bare numbers as record numbers, :mod:`.blank_series` a
series of capitals as a paper's number whatever its kind; this reads the cell's shape as the policy's and scores it
above them, below every label's reading: a labelled paper keeps its label's type ("в/б АБ 1234567", a military ID;
"паспорт 4509 1234567").

Not a policy's series: the record's own abbreviations ("ИБ 1234567", "МК 123456": :mod:`.record_numbers` reads
them), an identifier's or an organisation's abbreviation ("ИНН", "ОГРН", "СНИЛС"), a Roman numeral's certificate
("II-АГ 123456", a civil-status paper), four digits before six (a passport's series and number), a year's four digits
(a year and a number) and a phone's (the numbering plan's whole number, "8916 1234567"). The row's
first cell may end a sentence of the note before the value, its last one start the sentence after it. A row under a
header (a line of cells without digits above the rows) is the header's to type: its column may name another paper (a
sanatorium's voucher, "СК № 599152", under "Путёвка").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.checksums import person_inn_valid, snils_valid
from medsyn_dataset.validation.pii.organisation_codes import ORGANISATION_CODES
from medsyn_dataset.validation.pii.phone_fields import whole_phone
from medsyn_dataset.validation.pii.record_nouns import STRONG_CAPS
from medsyn_dataset.validation.pii.register_rows import person_row_cells

# a series of capitals (a dash may join it to the number) or of four digits (maybe as two pairs), "№" maybe, the number
_OLD_POLICY = re.compile(
    r"(?<![\w\-/.№])(?:(?P<letters>[А-ЯЁ]{2,3})(?:[ \t]?[\-–])?[ \t]*(?:№[ \t]*)?"
    # (the digits' series stands apart from its number: twelve digits in a run are an INN's)
    r"|(?P<region>\d{4}|\d{2}[ \t]\d{2})(?:[ \t]*№[ \t]*|[ \t]+))"
    r"(?P<number>\d{6,10})(?![\d])"
)
# the abbreviations no policy's series is: a record's (:data:`.record_nouns.STRONG_CAPS`), an identifier's, an
# organisation's code
_NOT_SERIES = re.compile(rf"{STRONG_CAPS}|ОМС|ДМС|ЕНП|ИНН|ИЛС|ДР|ФСС|(?i:{ORGANISATION_CODES})")
_SHARED_SHAPE = re.compile(r"[А-ЯЁ]{2} \d{7}")  # (a military ID's print, "АН 1234567")
_YEAR_SERIES = re.compile(r"(?:19|20)\d\d")  # ("2023 1234567": a year and a number)
# the note names the insurance: a policy's, the compulsory insurance's, an insurer's, the fund's word
_INSURANCE = re.compile(r"полис|омс|страх|смо(?![а-яё])|енп|фомс", re.IGNORECASE)
# another of the person's checksummed numbers in the row: twelve digits (an INN) or a SNILS's eleven, grouped or not
_PERSON_ID = re.compile(r"(?<![\d\-])(?:\d{12}|\d{3}[\- ]?\d{3}[\- ]?\d{3}[\- ]?\d{2})(?![\d\-])")
_HEADER_REACH = 40  # (lines looked up for a header above the rows)
_PASSPORT_NUMBER = 6  # (four digits and six are a passport's series and number)
#: above a row's bare number (0.85) and a blank's series read by its shape (0.86), below a labelled reading (0.87 up)
SCORE = 0.865


def _policy(text: str, found: re.Match[str]) -> bool:
    """Whether the cell's series and number may be a policy's: not a record's or an organisation's abbreviation, not a
    passport's 4+6, a year's series or a phone."""
    letters = found.group("letters")
    if letters is not None:
        return _NOT_SERIES.fullmatch(letters) is None
    if _YEAR_SERIES.fullmatch(found.group("region").replace(" ", "")) or whole_phone(text, found.start(), found.end()):
        return False
    return len(found.group("number")) > _PASSPORT_NUMBER


def _evidence(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether the note names the insurance or the row holds another checksummed number of the person (an INN, a SNILS)."""
    if _INSURANCE.search(text):
        return True
    for found in _PERSON_ID.finditer(text, cells[0][0], cells[-1][1]):
        digits = "".join(ch for ch in found.group() if ch.isdigit())
        if person_inn_valid(digits) or snils_valid(digits):
            return True
    return False


def _headed(text: str, line_start: int) -> bool:
    """Whether the rows above ``line_start`` (lines with digits) hang under a header: a line of cells with no digit."""
    for _ in range(_HEADER_REACH):
        if line_start <= 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        # (a header glued after the note's prose: its cells after the first hold no digit)
        cells = re.split(r"\t[ \t]*| {2,}", line)
        if len(cells) > 2 and not any(ch.isdigit() for cell in cells[1:] for ch in cell):
            return True
        if not any(ch.isdigit() for ch in line):
            return "\t" in line or "  " in line or "|" in line or ";" in line
        line_start = above
    return False


def old_policy_cells(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the old policies' series and numbers in the person's rows of ``text``."""
    for cells in person_row_cells(text):
        if _headed(text, text.rfind("\n", 0, cells[0][0]) + 1):
            continue
        last = len(cells) - 1
        for index, (a, b) in enumerate(cells):
            for found in _OLD_POLICY.finditer(text, a, b):
                whole_start = found.start() == a or index == 0  # (the first cell: the note's sentence before it)
                whole_end = found.end() == b or (index == last and text[found.end()] == " ")
                if whole_start and whole_end and _policy(text, found) \
                        and (not _SHARED_SHAPE.fullmatch(found.group()) or _evidence(text, cells)):
                    yield found.start(), found.end()
                    break
