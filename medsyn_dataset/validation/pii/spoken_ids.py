"""Identifiers, phones and dates said in number words: judged by the rules digits written as digits are judged by.

A dictation, a call's transcript or a speech recogniser's output gives "снилс семьсот пятнадцать девятьсот
девяносто шесть шестьсот семьдесят два шестьдесят один", "паспорт серия девяносто девять ноль два",
"контактный восемь девятьсот шестнадцать ...". :mod:`.spoken_numbers` reads each run of number words into
digits; here the digits are judged as a written number would be, and the span reported is the run of WORDS:

- a SNILS by its check digits (eleven digits that pass it are a SNILS whatever the words around them, as for
  written digits: a count said in words never reaches eleven digits), a person's INN by its two check digits;
  right after its own cue (a few words of the dictation between: "снилс пациента прописью ...", "ИНН организации
  ...") the count alone decides, eleven digits, ten or twelve for an INN, as after a written number's cue;
- a policy's sixteen digits (ЕНП, no public check digit) only after a policy's word ("полис", "ОМС", "ЕНП");
- a passport after its own words: ten digits after "паспорт"/"серия", four (the series) after "серия" with
  the passport named before it (never after another document's "серия": a prescription's, a certificate's), six
  (the number) after "номер" with the passport named before it or its series said just before, as a
  passport whose series and number are said apart gives two spans, as written in two fields;
- a date said as numbers after a date's or a birth's word ("дата рождения ноль пять ноль три две тысячи
  десять"): a calendar day, month and year (dates said with a month's name or in ordinals are :mod:`.dates`');
- a phone by the Russian numbering plan: eleven digits opening with 7 or 8 (ten opening with 9) after a
  phone's word ("телефон", "контактный", "номер", "звонить", "связь"); a mobile's eleven digits ("8 9xx")
  said in two words and more even without one (nothing else said in words is eleven digits long).

The nearest cue word before the run (same line, up to :data:`_WINDOW` characters) decides between them:
"снилс ... паспорт серия [words]" is a passport's series, "страховой номер [words]" a SNILS. A run with a
joiner in it ("дробь", "тире") is a record number's (:mod:`.dictated_records`), unless its digits pass a
SNILS's check (a SNILS is written, and so dictated, with dashes: "сто двадцать три тире ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, lowered
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.document_typing import other_document_named
from medsyn_dataset.validation.pii.entities import ID_PAPER_TYPES
from medsyn_dataset.validation.pii.policy_words import POLICY_WORDS
from medsyn_dataset.validation.pii.spoken_numbers import SpokenRun, spoken_runs

#: a checksum or the type's own word decides (as a cued written number); a mobile without a cue a little lower
SCORE, UNCUED_SCORE = 0.9, 0.85
_WINDOW = 60  # how far before a run its cue word may stand
_PASSPORT_WINDOW = 90  # how far before a series or a number the passport may be named
# the cue words, each named by the type it cues; the last one before a run decides
_CUES = re.compile(
    r"(?<![а-яё])(?:(?P<snils>снилс\w*|страхов\w*[ \t]+номер\w*|лицев\w*[ \t]+сч[её]т\w*)|(?P<inn>инн)"
    rf"|(?P<oms>{POLICY_WORDS})|(?P<series>сери[яиюей])|(?P<passport>паспорт\w*|пасп)"
    r"|(?P<phone>тел\w*|контакт\w*|звон\w*|перезвон\w*|связ\w*|моб\w*|сотов\w*|номер\w*)"
    r"|(?P<date>рожд\w*|родил\w*|дат[аеуы]))(?![а-яё])"
)
_PASSPORT_NAMED = re.compile(r"(?<![а-яё])(?:паспорт\w*|пасп)(?![а-яё])")
_NUMBER_AFTER = re.compile(r"[ \t,:]*(?:номер|№)")
_NUMBER_BEFORE = re.compile(r"(?:номер|№)[ \t:]*$")
# what a dictation puts between an identifier's cue and its digits: at most a few words on the same line
# ("снилс пациента прописью ...", "ИНН организации ..."); that close, the type's count of digits decides, as after a
# written number's cue (:data:`.id_fields.SNILS_CUED`, :data:`.id_fields.INN_CUED`), whatever the check digits
_CLOSE_CUE = re.compile(r"[ \t,:\-—–]*(?:[а-яё]+[ \t,:\-—–]+){0,3}")
# a passport's series just said, then its number: "серия [four digits in words] номер [six digits in words]"
_SERIES_THEN_NUMBER = re.compile(r"[ \t,:]*(?:номер|№)[ \t:]*")


def _cue(lower: str, start: int) -> tuple[str | None, bool]:
    """The group name of the last cue word before ``start`` on its line (within :data:`_WINDOW`), if any, and
    whether it stands close to ``start`` (:data:`_CLOSE_CUE`)."""
    window_start = max(0, start - _WINDOW, lower.rfind("\n", 0, start) + 1)
    last = None
    for match in _CUES.finditer(lower, window_start, start):
        last = match
    if last is None:
        return None, False
    return last.lastgroup, _CLOSE_CUE.fullmatch(lower, last.end(), start) is not None


def _passport_named(lower: str, start: int) -> bool:
    return _PASSPORT_NAMED.search(lower, max(0, start - _PASSPORT_WINDOW), start) is not None


def _is_date(digits: str) -> bool:
    """Day, month and year said as numbers, "ноль пять ноль три две тысячи десять" (05 03 2010) or with a
    two-digit year (05 03 10): a calendar day and month, a four-digit year of this or the last century."""
    if len(digits) not in (6, 8):
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12 and (len(digits) == 6 or digits[4:6] in ("19", "20"))


def judge(lower: str, run: SpokenRun, after_series: bool = False) -> tuple[str, float] | None:
    """The type (and score) of the number said in ``run``, or None (a count, a measure, a record number);
    ``after_series``: a passport's series was said just before it, then "номер"."""
    digits, (cue, close) = run.digits, _cue(lower, run.start)
    if run.joined:  # a record number's "дробь"/"тире"; a SNILS is dictated with "тире" too, and its check digits tell
        return ("RU_SNILS", SCORE) if cue in ("snils", None) and snils_valid(digits) else None
    n = len(digits)
    if cue == "snils":
        return ("RU_SNILS", SCORE) if snils_valid(digits) or (close and n == 11) else None
    if cue == "inn":
        return ("RU_INN", SCORE) if inn_valid(digits) or (close and n in (10, 12)) else None
    if cue == "oms":
        return ("RU_OMS_POLICY", SCORE) if n == 16 else None
    if after_series and n == 6:
        return "RU_PASSPORT", SCORE  # "серия [four digits] номер [six digits]", the series judged a passport's
    if cue in ("series", "passport"):
        if other_document_named(lower, run.start):
            return None  # a prescription's or a certificate's "серия" (:mod:`.document_typing`)
        if n == 10 and digits[:2] != "00" and digits[4:] != "000000":
            return "RU_PASSPORT", SCORE
        # the series alone: after "серия" where the passport is named, or after "паспорт" with its number to follow
        series = cue == "series" and _passport_named(lower, run.start)
        if n == 4 and digits[:2] != "00" and (series or _NUMBER_AFTER.match(lower, run.end)):
            return "RU_PASSPORT", SCORE
        return None
    if n == 6 and _NUMBER_BEFORE.search(lower, max(0, run.start - 12), run.start) and _passport_named(lower, run.start):
        return "RU_PASSPORT", SCORE  # "паспорт серия ... номер [six digits in words]"
    # a phone's word before a phone's digits: a phone, even where its eleven digits happen to pass a SNILS's check
    # (one number in a hundred does)
    if cue == "date" and _is_date(digits):
        return "DATE_TIME", SCORE
    if cue == "phone" and ((n == 11 and digits[0] in "78") or (n == 10 and digits[0] == "9")):
        return "PHONE_NUMBER", SCORE
    if snils_valid(digits):
        return "RU_SNILS", SCORE
    if n == 12 and inn_valid(digits):
        return "RU_INN", SCORE
    if n == 11 and digits[0] in "78" and digits[1] == "9" and run.words >= 2:
        return "PHONE_NUMBER", UNCUED_SCORE
    return None


_FOUND: list[object] = ["", []]


def spoken_values(text: str) -> list[tuple[str, int, int, float]]:
    """(type, start, end, score) of every identifier or phone said in words in ``text`` (once per text)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found: list[tuple[str, int, int, float]] = []
    runs = spoken_runs(text)
    if runs:
        lower = lowered(text)
        series_end = -1  # where a passport's series said in words ended
        for run in runs:
            after_series = series_end >= 0 and _SERIES_THEN_NUMBER.fullmatch(lower, series_end, run.start) is not None
            verdict = judge(lower, run, after_series)
            if verdict is not None:
                found.append((verdict[0], run.start, run.end, verdict[1]))
            series_end = run.end if verdict is not None and verdict[0] == "RU_PASSPORT" and len(run.digits) == 4 else -1
    _FOUND[0], _FOUND[1] = text, found
    return found


class SpokenIdRecognizer(CandidateRecognizer):
    """Identifiers of one type said in number words (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"Spoken{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not spoken_values(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end, score in spoken_values(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, score, self.name)


def spoken_id_recognizers() -> list[SpokenIdRecognizer]:
    return [SpokenIdRecognizer(kind) for kind in (*ID_PAPER_TYPES, "PHONE_NUMBER", "DATE_TIME")]
