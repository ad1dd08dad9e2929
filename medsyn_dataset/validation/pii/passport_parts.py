"""A passport's series and number in two labelled fields reported apart (an age between the passport's word and
its number is the cued rule's gap, :data:`.id_fields.PASSPORT_CUED`).

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

from medsyn_dataset.validation.pii.base import Candidate, RegexRecognizer
from medsyn_dataset.validation.pii.document_typing import handed_off, passport_word_before

#: a handed-off value's report: a record number where the passport's rule gave it the default threshold's score or more
#: (one below stays unreported, as it was), at that score, under a name the scanner lets only fill what the rules left
#: (:data:`.scanner.GAP_FILLERS`): where the other paper's rule reports the value, its spans stand ("серия 77 15 №
#: 810271": "77 15", "810271"; the low score keeps them in Presidio's dedup as well)
HANDED_OFF_TYPE = "MEDICAL_RECORD_NUMBER"
HANDED_OFF_SCORE = 0.5
HANDED_OFF_NAME = "RuPassportHandedOff"

# a passport's series: four digits, maybe spaced in two ("45 09"), or one a box as a form's comb field prints them ("4 5
# 0 9"); one definition, for the series fields of :mod:`.id_fields` as well
SERIES_DIGITS = r"\d{2}[ \t]?\d{2}|\d(?:[ \t]\d){3}"
# a span read across both fields: the series (:data:`SERIES_DIGITS`), the number's own label word ("номер") or
# a line of its own, the number (six digits); an inline "№" ("серия 4508 № 123456") is the sign of one printed
# value, as a passport's page prints it, and stays in one span
_ACROSS = re.compile(
    rf"(?P<series>{SERIES_DIGITS})(?:[ \t]*[,;]?[ \t]*\n?[ \t]*(?i:номер\w*)[ \t]*:?[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*(?:№[ \t]*)?)"
    r"(?P<number>\d{6})"
)
# the series' own label just before the span: "серия", "серии:", "Серия\n"
_SERIES_LABEL = re.compile(r"(?i:сери[яиюей]|сер\.)[ \t]*:?[ \t]*\n?[ \t]*$")


# A value an identity document's word names but of no internal passport's shape: a series of capitals and six to nine
# digits ("ОФ7556427", "ЕК 123456"), or nine digits ("427304039"). Until round 25 the project's RU_PASSPORT was the
# internal passport's series and number, four digits and six (Положение о паспорте гражданина РФ, постановление
# Правительства № 828), and every other paper a record number (blind33, blind39, blind44, blind46 and the round-20
# identity-paper conventions label them so). Since round 26 a person's passport is RU_PASSPORT whoever issued it: such
# a value after a passport's own word is a travel or a foreign state's passport (:func:`.document_typing.passport_word_before`);
# after a serviceman's or a seaman's identity card, or an identity card's words alone, it is the person's other number.
_NOT_INTERNAL = re.compile(r"[А-ЯЁ]{1,3}[ \t]?(?:№[ \t]?)?\d{6,9}|\d{9}")


def split_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` as it is, or the series and the number apart where both have their labels."""
    match = _ACROSS.fullmatch(text, start, end)
    if match is None or not _SERIES_LABEL.search(text, max(0, start - 16), start):
        return [(start, end)]
    return [match.span("series"), match.span("number")]


class PassportRecognizer(RegexRecognizer):
    """The passport's rules (:mod:`.recognizers`), their spans split into labelled fields (:func:`split_fields`)."""

    def candidates(self, text: str) -> Iterator[Candidate]:
        handed = handed_off()
        handed.clear()
        for candidate in super().candidates(text):
            # (a passport's own word naming it makes it a travel or a foreign state's passport, RU_PASSPORT since round 26;
            # after an identity card's or a paper's word it stays the person's other number)
            if _NOT_INTERNAL.fullmatch(text, candidate.start, candidate.end) and not passport_word_before(text, candidate.start):
                yield candidate._replace(type=HANDED_OFF_TYPE)
                continue
            parts = split_fields(text, candidate.start, candidate.end)
            if len(parts) == 1:
                yield candidate
                continue
            for start, end in parts:
                yield candidate._replace(start=start, end=end)
        # (a value the nearest document noun gave to another paper is that paper's number: its own rules report it with
        # its type; where none does, "Удостоверение ветерана 12 34 567890", it is a record number still, never dropped)
        for begin, stop, score in dict.fromkeys(handed):
            if score < HANDED_OFF_SCORE:
                continue
            for start, end in split_fields(text, begin, stop):
                yield Candidate(HANDED_OFF_TYPE, start, end, HANDED_OFF_SCORE, HANDED_OFF_NAME)
        handed.clear()

