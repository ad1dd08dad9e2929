"""Numbers of a patient's documents written with no sign before them (moved out of :mod:`.document_numbers`, whose
grammar calls these, when that module reached 500 lines).

:mod:`.document_numbers` reads a document noun, a window, a sign ("№", ":", "номер") and a value. Registers, pharmacy
logs and hurried notes leave the sign out; there only a value shaped as a code is a document's number: a prescription's
series and number right after the word, a code after the noun and its purpose, a code alone in brackets.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.record_values import VALUE_BODY, checked_value

Span = tuple[int, int, float]

# a document's form code: "107-1/у", "148-1/у-04", "057/у-04 (л)", "ф. 025/у", a letter for its kind, "003-О/у", "003-В/у"
# (the letter always with its slash: "452-Ку" is a record's number)
# (one definition: the pattern is read into the
# other rules that name a form, :mod:`.document_typing`, :mod:`.numbered_values`, :mod:`.patient_papers`, :mod:`.table_cells`)
FORM_CODE_PATTERN = r"\d{3}(?:(?:-\d)?[-/]?|-[а-яёa-z]/)[уy](?:-\d{2})?(?:[ \t]*\([а-яё]\))?"
FORM_CODE = re.compile(FORM_CODE_PATTERN, re.IGNORECASE)

# A prescription's blank is numbered by its series and number, and a pharmacy's or a benefit register's log writes them
# right after the word, with no sign: "рец. 42 7276532", "Рецепт 45-12 0012345", "рецепт 77 0045128" (the region's code
# and the blank's number); a dose or a count after the word ("рецепт 1 раз", "рец. 30 табл.", "рецепт 10 000 ЕД") has
# neither shape: a series of two to four digits then five to ten, or six digits and more alone
# (the blank's own name may stand between, "Рецептурный бланк 79-98 7004811 (форма 107-1/у)", as the form calls itself)
PRESCRIPTION_BARE = re.compile(r"(?:[ \t]+(?i:бланк\w*))?[ \t]+(?P<value>(?:[А-ЯЁ]{1,4}[ \t\-]?)?\d{2,4}(?:[\-/]\d{2,4})?[ \t]\d{5,10}|\d{6,12})"
                                r"(?![\w/\-]|[.,]\d)")


# A document's number may follow its noun and purpose with no sign at all, or in brackets, when it is shaped as a code:
# "Направление на гемодиализ АК-1865-23 от нефролога", "Льготный рецепт 743.611.20 на инсулин", "Рентгенограмма ОГК
# (CT-2026-68583): ...". A code: five digits and more with a letter, a dash, a slash or a stop among them, or eight
# digits and more alone; a dose, a count, a year, an ICD code or a form's code ("2,5 мг", "в 2 проекциях", "2024 г.",
# "I25.1", "057/у") has neither shape (a whole date is left out by :func:`.record_values.checked_value`, a partial one below)
_CODED = re.compile(rf"[ \t]*(?P<open>\(?)(?P<value>{VALUE_BODY})")


# a date in any of its partial or ranged shapes (the date readers' values): a month and year, a period "04.01-31.01.2024",
# a year first "2024-03"; its groups of one or two digits and a year, never a code's longer groups
_DATE_SHAPED = re.compile(r"(?:\d{1,2}[./\-])+(?:19|20)?\d\d|(?:19|20)\d\d(?:[./\-]\d{1,2})+")


def coded_in_window(text: str, position: int) -> Span | None:
    """The code-shaped value at ``position`` (after spaces, maybe in brackets), or None."""
    match = _CODED.match(text, position)
    if match is None:
        return None
    value = match.group("value").rstrip(" \t.-/")
    end = match.start("value") + len(value)
    if match.group("open") and text[end : end + 1] != ")":
        return None  # (a bracket holds the code alone: "(CT-2026-68583)", never "(2 проекции)")
    digits = sum(ch.isdigit() for ch in value)
    shaped = any(ch.isalpha() or ch in "-/." for ch in value)
    if " " in value or digits < 5 or not (shaped or digits >= 8) or FORM_CODE.fullmatch(value) or _DATE_SHAPED.fullmatch(value):
        return None
    return checked_value(text, match.start("value"), end, 1, signed_digits=5)


def has_code_number(text: str) -> bool:
    """A number a document's code may hold with no sign before it (:func:`coded_in_window`): a run of five digits and
    more, or of three and more glued by a dash to a letter ("АК-1865-23", "ДЦ-388-4457"); a few digit runs a note
    are looked at (:func:`.base.digit_runs`, shared), most clinical numbers are shorter."""
    for run in digit_runs(text):
        start, end = run.span()
        if end - start >= 5 or (end - start >= 3 and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()):
            return True
    return False
