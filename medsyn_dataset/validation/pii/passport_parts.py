"""A passport's series and number as records write them: an age between the cue and the number, and the two
labelled fields reported apart.

- A child's or a teenager's record says whose passport and at what age it was issued before the number: a
  Russian passport is first issued at 14 and replaced at 20 and 45, so "паспорт подростка 14 лет 4509
  123456", "паспорт (получен в 20 лет) 4509-123456", "паспорт, выданный в 45 лет: 45 09 123456" are common.
  The cued passport rule (:data:`.id_fields.PASSPORT_CUED`) allows no digit between its cue and the number (a
  digit there is usually another value's); here an age, one or two digits with "лет"/"года"/"год", may stand
  there, and the ten digits after it in any grouping the cued rule accepts are the passport.
- A passport whose series and number stand in separate labelled fields ("серия 4509 номер 123456", "Серия:
  4509\\nНомер: 123456") is two spans, as a form has two fields (the project's convention, see the PII brief):
  a span that some rule read across both labels ("4509 номер 123456") is split into its series and its
  number, the label between staying outside both. Where the series has no label of its own ("паспорт 4509
  номер 123456"), or "№" joins the two inline as the passport's page prints them ("серия 4509 № 123456"),
  the one span stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, RegexRecognizer, Rule
from medsyn_dataset.validation.pii.id_fields import _PASSPORT_AFTER_UNIT, ID_CUE_SCORE, PASSPORT_DIGITS

# the passport by its name (or its abbreviation), then words with an age among them, on one line
_AGE = r"\d{1,2}[ \t\-]*(?:лет|года?)(?![а-яё])"
PASSPORT_AFTER_AGE = Rule(
    "passport_after_age",
    re.compile(
        r"(?<![\w])(?i:паспорт\w*|пасп\.)(?![\w])[^\d;\n]{0,40}?(?i:" + _AGE + r")[^\d;\n]{0,20}?"
        r"(?<![\d.,])(?P<value>" + PASSPORT_DIGITS + r")(?![\d])(?![.,/\-]\d)"
    ),
    ID_CUE_SCORE,
    _PASSPORT_AFTER_UNIT,  # (as the cued passport: a unit after the digits makes them a measure; the nearest document decides)
    validate=lambda digits: len(digits) == 10 and digits[:2] != "00",
    anchor=("пасп",),
)

# a span read across both fields: the series (four digits, maybe "45 09"), the number's own label word ("номер") or
# a line of its own, the number (six digits); an inline "№" ("серия 4508 № 123456") is the sign of one printed
# value, as a passport's page prints it, and stays in one span
_ACROSS = re.compile(
    r"(?P<series>\d{2}[ \t]?\d{2})(?:[ \t]*[,;]?[ \t]*\n?[ \t]*(?i:номер\w*)[ \t]*:?[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*(?:№[ \t]*)?)"
    r"(?P<number>\d{6})"
)
# the series' own label just before the span: "серия", "серии:", "Серия\n"
_SERIES_LABEL = re.compile(r"(?i:сери[яиюей]|сер\.)[ \t]*:?[ \t]*\n?[ \t]*$")


def split_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` as it is, or the series and the number apart where both have their labels."""
    match = _ACROSS.fullmatch(text, start, end)
    if match is None or not _SERIES_LABEL.search(text, max(0, start - 16), start):
        return [(start, end)]
    return [match.span("series"), match.span("number")]


class PassportRecognizer(RegexRecognizer):
    """The passport's rules (:mod:`.recognizers`), their spans split into labelled fields (:func:`split_fields`)."""

    def candidates(self, text: str) -> Iterator[Candidate]:
        for candidate in super().candidates(text):
            parts = split_fields(text, candidate.start, candidate.end)
            if len(parts) == 1:
                yield candidate
                continue
            for start, end in parts:
                yield candidate._replace(start=start, end=end)

