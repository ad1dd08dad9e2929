"""DATE_TIME written in a migrant's own language: Turkic month names and the CJK date.

A foreigner's papers are copied into the record as they read: a Turkish work permit's "24 Mayıs 1992", an Uzbek
certificate's "2023-yil 20-yanvar" (the official Uzbek order: year, "-yil", day, "-" and the month), a Kazakh
document's "1962 ж. 4 наурыз" or "ақпан 2026 ж." ("ж." for "жыл", year), a Chinese or Japanese form's "2022年2月6日".
The month names are those of the languages' standard calendars (the CLDR's wide and abbreviated forms): Turkish,
Azerbaijani, Uzbek in Latin letters, Kazakh. A date needs its year (or the Uzbek "-yil" order, which names one):
a month name alone is a word ("Mart" is also a name, "мамыр" a word of a sentence), and "10 Mart" without a year
says too little to be worth a false alarm.

Gated by the shared cue index (:func:`.base.word_starts`) for the month names and by "年" for the CJK form: a note
with neither costs a lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, matches_at, word_starts
from medsyn_dataset.validation.pii.cue_index import lowered

SCORE = 0.85

# the month names, lower-cased as the cue index keeps them (Turkish "ı", "ş", "ğ", "ü"; Kazakh "қ", "ә", "і", "ң")
_TURKISH = "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"
_AZERBAIJANI_UZBEK = ("yanvar fevral aprel iyun iyul avqust avgust sentyabr sentabr oktyabr oktabr noyabr dekabr"
                      " mart may")
_KAZAKH = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
_MONTH_WORDS = tuple(dict.fromkeys(f"{_TURKISH} {_AZERBAIJANI_UZBEK} {_KAZAKH}".split()))
# (Latin capitals of a Turkish document: "MAYIS", "Eylül"; the case is folded by the pattern, the dotless "ı" kept)
_MONTH = "(?i:" + "|".join(sorted(map(re.escape, _MONTH_WORDS), key=len, reverse=True)) + ")"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR_MARK = r"(?:[ \t]?(?:-?yil|ж\.?|yılı?))?"  # (Uzbek "-yil", Kazakh "ж.", Turkish "yılı")
_NO_LETTER_AFTER = r"(?![^\W\d_])"
_DATE = re.compile(
    rf"(?<![\w\-])(?P<value>"
    # "24 Mayıs 1992", "4 наурыз 1962 ж.", "Eylül 2022", "ақпан 2026 ж."
    rf"(?:{_DAY}[ \t.\-]?[ \t]?)?{_MONTH}{_NO_LETTER_AFTER},?[ \t]{_YEAR}(?!\d){_YEAR_MARK}"
    # "2023-yil 20-yanvar", "1962 ж. 4 наурыз", "2023 yil 20 yanvar"
    rf"|{_YEAR}{_YEAR_MARK}[ \t]+{_DAY}[ \t]?-?[ \t]?{_MONTH}{_NO_LETTER_AFTER}"
    rf")(?![\w])"
)
_CJK = re.compile(r"(?<!\d)(?P<value>(?:19|20)\d\d年(?:0?[1-9]|1[0-2])月(?:(?:0?[1-9]|[12]\d|3[01])日)?)")


def foreign_month_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of dates with the month names above, and of CJK dates."""
    if "年" in text:
        for match in _CJK.finditer(text):
            yield match.span("value")
    lower = lowered(text)
    if not lower:
        return
    months = word_starts(lower, _MONTH_WORDS)
    if not months:
        return
    # (a date may open with its day or its year before the month: tried from up to 12 characters back)
    starts = sorted({start for month in months for start in _starts_before(text, month)})
    for match in matches_at(_DATE, text, starts):
        yield match.span("value")


def _starts_before(text: str, month: int) -> Iterator[int]:
    """The month's own position and the starts of the digit groups in the 12 characters before it."""
    yield month
    for position in range(max(0, month - 12), month):
        if text[position].isdigit() and (position == 0 or not text[position - 1].isdigit()):
            yield position


class ForeignMonthDateRecognizer(CandidateRecognizer):
    """DATE_TIME: dates with Turkic month names and CJK dates (see the module)."""

    def __init__(self) -> None:
        super().__init__("DATE_TIME", "ForeignMonthDateRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in foreign_month_dates(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
