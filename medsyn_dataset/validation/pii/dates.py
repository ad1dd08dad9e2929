"""DATE_TIME: a grammar of Russian calendar dates, full and partial.

Why a grammar and not ``dateparser``: measured on RuMedTop3 dev (2024-xx, this machine)
``dateparser.search.search_dates(text, languages=["ru"])`` took ~4 ms per 200-character note
(the whole scanner has < 1 ms for a 2,000-character one), reported durations and ranges as dates
("1,5 месяца", "28 лет", "5-7") and missed partial dates ("в марте 2019 г.", "03.2019",
"12-го числа"). The grammar below is small and covers what Russian records write:

* numeric day-month-year with one separator of ``.``, ``/``, ``-`` or ``,``, a space after it or not
  (``12.03.2019``, ``5.3.19``, ``12. 03. 2019``, ``14,09,2023``), ``2019-03-12``, the month in Roman
  numerals (``12.III.2019``), an optional ``г.``/``года`` after it; validated as a calendar date,
  day first, or month first (US order, ``06/26/1947``) when day first is no date;
* a day and a month word in any case or abbreviated (``12 марта 2019``, ``5-го мар. 2019 г.``,
  ``27.января.1962``), with or without the year;
* English dates of foreign documents, with a year: ``Aug 13, 2021``, ``16 MAR 82``, ``17-Sep-2023``,
  ``Aug 2021``;
* a month and a year (``в марте 2019 г.``, ``март 2019``, ``03.2019``, ``03/2019``);
* a year of birth (``1985 г.р.``, ``1985 года рождения``) and a day of the month (``12-го числа``).

Every element of a date more specific than the year is PII of a person (HIPAA Safe Harbor), so a
day with its month counts without a year. A bare year counts as a year of birth and as an event's year of the
person's history (:mod:`.event_years`; ``PiiPolicy.keep_years`` keeps it, as Safe Harbor allows). The span
is the date itself; "г."/"года" after it and a preposition before it stay outside.

The grammar's patterns are in :mod:`.date_grammar`; this module checks and scores what they match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from types import ModuleType

from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    best_per_span,
    digit_runs,
    lowered,
    matches_at,
)
from medsyn_dataset.validation.pii.birth_years import (
    BIRTH_MARK,
    TWO_DIGIT_BEFORE,
    birth_mark_before,
    is_birth_year,
)
from medsyn_dataset.validation.pii.calendar_days import (
    is_calendar_date as is_calendar_date,  # (re-exported: tests/validation/test_pii_latin.py imports it from here)
)
from medsyn_dataset.validation.pii.context import Context, stems
from medsyn_dataset.validation.pii.date_cells import COMPACT_CELL_SCORE, compact_day_month, line_commas
from medsyn_dataset.validation.pii.date_conflicts import full_date
from medsyn_dataset.validation.pii.date_cues import CUE_WINDOW as _CUE_WINDOW
from medsyn_dataset.validation.pii.date_cues import DAY_MONTH_CUE as _DAY_MONTH_CUE
from medsyn_dataset.validation.pii.date_cues import (
    UNITS,
    day_month_score,
    diary_row_score,
    dotted_time_after,
    moment_label_before,
    month_year_stop_score,
)
from medsyn_dataset.validation.pii.date_grammar import (
    COMPACT_RULES,
    DAY,
    EN_MONTH,
    LONG_RULES,
    MONTH_NUM,
    MONTH_WORD,
    ROMAN,
    SHORT_RULES,
    SHORT_RULES_CYRILLIC,
    SHORT_SLASH,
    SHORT_SLASH_CYRILLIC,
    TIME_AFTER,
    YEAR,
)
from medsyn_dataset.validation.pii.day_numbers import DATE_MAY_FOLLOW, split_may_follow
from medsyn_dataset.validation.pii.event_years import SCORE as EVENT_YEAR_SCORE
from medsyn_dataset.validation.pii.event_years import event_year_end
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.ocr_dates import LOOKALIKES, ocr_date_at
from medsyn_dataset.validation.pii.ordinal_dates import ordinal_dates
from medsyn_dataset.validation.pii.pattern_union import rules_at
from medsyn_dataset.validation.pii.split_dates import split_date_at

DATE_CONTEXT = Context(
    positive=stems("рожд", "дата", "д.р", "д/р", "родил", "поступ", "госпитал", "выпис", "осмотр", "обращ", "обратил",
                   "визит", "прием", "приём", "явк", "больничн", "заболел", "операц", "травм", "болеет",
                   whole=("от", "с", "по", "до")),
    negative=UNITS,
    negative_before=0,
    negative_after=6,
    boost=0.3,
)

_I = re.IGNORECASE
# "в марте 2019", "весной 2019 г.", "XI.2019": a month word, a season or a Roman month right before a year
# "январе-феврале 2020", "Aug 2021", "Mar-2019", "март/2019"
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{MONTH_WORD}|{EN_MONTH})(?:\s?,?\s?|[-/]\s?)$", _I)
# an English month before the day, the US way: "Aug 13, 2021", "Sep 9 2019" (the month's span starts the date)
_EN_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{EN_MONTH})[ \t]?$", _I)
_EN_DAY_YEAR = re.compile(rf"{DAY}(?:st|nd|rd|th)?(?:,?[ \t]?(?P<year>{YEAR}|'\d\d))?(?!\d)(?![.,/\-:]\d)", _I)
_EN_DAY_PREFIX = re.compile(r"\d+(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t\-./]*", _I)
_SEASON_BEFORE = re.compile(
    r"(?<![\w\-])(?:зим(?:а|ой|у|ы)|весн(?:а|ой|у|ы)|лет(?:о|ом|а)|осен(?:ь|ью|и))\s?,?\s?$", _I)
_ROMAN_BEFORE = re.compile(rf"(?<![\w\-.]){ROMAN}[.\-]$")
_MONTH_YEAR_SCORE = 0.75
# Field names of machine exports (XML, JSON, key=value logs, CSV headers) that hold a date: English,
# transliterated and Russian, in any case and spelling ("birthTime", "birth_date", "BirthDate", "dob",
# "admissionDate", "date_of_visit", "effectiveTime", "data_rozhdeniya", "ДатаРождения"; a record's moment of creation or
# change, "created", "modified", "updated", as FHIR resources and document stores name it; the value must still
# be a calendar date of eight digits), then the export's own signs
# between name and value ('" value="', '": "', '=', '>')
# (also a label of a few foreign words, as translated and foreign forms write it: "Date of admission:",
# "Exam date:", "Geburtsdatum:"; and the ТФОМС registers' "<DR>", "<DR_P>": дата рождения; its Russian abbreviation as a
# key, "ДР=19370205"; "ts", HL7's and a log's time stamp, "ts=20230726181504"; a semicolon-separated row's key and
# value cells, "transfer_time;20250318;")
_MACHINE_DATE_KEY = re.compile(
    r"(?:(?:birth|dob|date|datum|dt|time|created|modified|updated|rozhd|data|дат|рожд)[\w\-.]*|(?<![^\W_])(?:dr|др|ts)(?:_p)?"
    r"|(?<![A-Za-z])(?:date|datum|data|fecha)[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)"
    r"[\"']?(?:[ \t]+value)?[ \t]*[:=>;][ \t]*[\"']?$", _I)
_KEY_WINDOW = 48
# a day and month with the year glued to the month ("28.092026", a stop lost in typing) is also how a record's number
# with a stop is written ("Карта № 25.112020", "Направление 15.062019"): below record_values.SIGNED_SCORE (0.87)
_GLUED_YEAR_SCORE = 0.75
_YEAR_MARK = re.compile(r"[ \t]?г(?:\.|ода?\b|\b)", _I)
_LABELLED_CELLS = re.compile(
    rf"(?<!\w)(?:число|день)[ \t]*:?[ \t_]*{DAY}[ \t_,]*месяц[ \t]*:?[ \t_]*(?:{MONTH_NUM}|{MONTH_WORD})"
    rf"[ \t_,]*год[ \t]*:?[ \t_]*{YEAR}(?!\d)",
    _I,
)


def _labelled_cells(text: str) -> Iterable[re.Match[str]]:
    """``_LABELLED_CELLS.finditer(text)``, tried only where "число" or "день" can start: at "чи", or
    right before "ень", of the lower-cased text (a case-insensitive pattern that opens with a word
    has no character ``re`` can skip to: it is tried at every position of a note). "ч", "и", "е",
    "н", "ь" match only their two cases in ``re``; "д" matches "ᲁ" as well, which ``lower()`` keeps."""
    lower = lowered(text)
    if not lower:
        return _LABELLED_CELLS.finditer(text)
    starts: list[int] = []
    for word, shift in (("чи", 0), ("ень", 1)):
        position = lower.find(word, shift)
        while position >= 0:
            starts.append(position - shift)
            position = lower.find(word, position + 1)
    return matches_at(_LABELLED_CELLS, text, sorted(starts))


_NUMERIC = re.compile(r"(\d{1,4})[ \t]?([./\-,])[ \t]?(\d{1,2})[ \t]?[./\-,][ \t]?(\d{1,4})")
_DATE_ALONE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{4}|\d{4}-\d{1,2}-\d{1,2}")  # (a "glued" rule's date without what follows)
_HAS_YEAR = re.compile(rf"{YEAR}$")
# a lot's, a series', a version's or a regulation's word before such a date alone: the token is that number, built on a
# date ("Лот 01.02.2023-05", "Версия протокола 1.02.2021-3", "Постановлению № 01.12.2004-715"; review A r24, finding 13)
_NUMBER_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:сери|лот|парти|верси|ред\.|редакци|гост|сп(?![^\W\d_])|санпин|постановлени|приказ|распоряжени)[^\W\d_]*\.?"
    r"(?:[ \t]+[^\W\d_]+\.?){0,2}[ \t]*(?:№|N|No)?[ \t]*$")
_YEAR_RANGE = re.compile(YEAR)


def _plausible(rule: str, value: str) -> bool:
    """Day-month-year numbers must form a calendar date ("31.02.2019" is none). Day first is the
    Russian order; month first ("06/26/1947") is the US one, taken when the day-first reading is
    no date and the separator is a slash or the year has four digits. A comma ("14,09,2023") is
    also how decimals are written, so it needs the four-digit year."""
    if rule == "en_day_month" and not value[-1].isdigit():  # "13 Aug": "13 may" is no date
        return value[_EN_DAY_PREFIX.match(value).end()].isupper()  # type: ignore[union-attr]
    if rule == "stop_space_year":  # "31.02 1999", "31.021999": no calendar date
        day, _, rest = value.replace("/", ".").partition(".")
        return is_calendar_date(int(day), int(rest[:2]))
    if rule in ("glued", "glued_iso"):  # (each date of it: "31.02.2021-15" is none)
        return full_date(value) and (rule == "glued" or len(value) <= 10 or ":" in value or full_date(value[11:]))
    if rule not in ("numeric", "numeric_cell", "iso"):
        return True
    match = _NUMERIC.fullmatch(value)
    if match is None:
        return False
    a, sep, b, c = match.groups()
    if rule == "iso":
        return is_calendar_date(int(c), int(b))
    if (sep == "," or value[len(a)] in " \t") and len(c) != 4:
        return False  # "14,09,2023", "14 / 09 / 2023" (a space before the separator: OCR, typing)
    if is_calendar_date(int(a), int(b)):
        return True
    return (sep == "/" or len(c) == 4) and is_calendar_date(int(b), int(a))


def _numeric_score(value: str) -> float:
    """A four-digit year makes a date; with a two-digit one, "05.03.19" and "5/3/19" are dates
    still, "5.3.19" is weaker (a list or section number looks the same)."""
    if _HAS_YEAR.search(value):
        return 0.85
    match = _NUMERIC.fullmatch(value)
    padded = match is not None and len(match.group(1)) == 2 and len(match.group(3)) == 2
    return 0.6 if padded or "/" in value else 0.5


_FIELDS: list[ModuleType] = []  # (:mod:`.fields`, bound on first use: fields -> field_dates -> dates is an import cycle)


class RuDateRecognizer(CandidateRecognizer):
    """Russian dates, full and partial (DATE_TIME)."""

    def __init__(self) -> None:
        super().__init__("DATE_TIME", "RuDateRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        if not digit_runs(text):
            yield from self._ordinal_dates(text)  # (a date in words has no digit)
            return
        found = list(self._found(text))
        yield from best_per_span(found) if len(found) > 1 else found

    def _found(self, text: str) -> Iterator[Candidate]:
        if not _FIELDS:  # (an import statement run for every note cost ~3 us)
            from medsyn_dataset.validation.pii import fields as module
            _FIELDS[:] = [module]
        fields = _FIELDS[0]
        for start, end in fields.date_fields(text):
            yield Candidate(self.entity, start, end, fields.CUE_SCORE, self.name)
        if "есяц" in text:  # a form's date in labelled cells: "число 29 месяц 12 год 1974"
            for cells in _labelled_cells(text):
                yield from self._scored(text, "labelled", cells.start(), cells.end(), 0.85)
        yield from self._ordinal_dates(text)
        latin = has_latin(text)
        short_rules, slash_rules = (SHORT_RULES, SHORT_SLASH) if latin else (SHORT_RULES_CYRILLIC, SHORT_SLASH_CYRILLIC)
        for number in digit_runs(text):
            start, size = number.start(), number.end() - number.start()
            if size == 2 and text[number.end() : number.end() + 1] == "/":
                rules = slash_rules
            elif size <= 2:  # (most such numbers have no date's shape after them: :mod:`.day_numbers`)
                rules = short_rules if DATE_MAY_FOLLOW.match(text, number.end()) else ()
            else:
                rules = LONG_RULES if size == 4 else COMPACT_RULES if size in (8, 12, 14) else ()
            for name, pattern, base in rules_at(rules, text, start):  # (most numbers are no date: one look first)
                match = pattern.match(text, start)
                if match is None or not _plausible(name, match.group("value")):
                    continue
                yield from self._scored(text, name, match.start("value"), match.end("value"), base)
            if latin and size <= 2 and start >= 4 and text[start - 1] in " \t":
                yield from self._month_first(text, start)
            if not LOOKALIKES.isdisjoint(text[max(0, start - 3) : number.end() + 2]) and (ocr := ocr_date_at(text, start, number.end())):
                yield from self._scored(text, "ocr", *ocr, 0.8)  # "1В.04.2О06", "Оl.01.2011" (:mod:`.ocr_dates`)
            if size <= 2 and split_may_follow(text[number.end() : number.end() + 8]):  # "12 .03. 2019" (:mod:`.split_dates`)
                split = split_date_at(text, start)
                if split is not None:
                    yield from self._scored(text, "split", *split, 0.85)
            short_year = size == 2 and _YEAR_MARK.match(text, number.end())  # "в декабре 20 г."
            four = size == 4 and _YEAR_RANGE.fullmatch(number.group())
            if four or short_year:
                window = max(0, start - 16)
                before = (_MONTH_BEFORE.search(text, window, start) or _SEASON_BEFORE.search(text, window, start)
                          or _ROMAN_BEFORE.search(text, max(0, start - 6), start))
                if before is not None:
                    yield from self._scored(text, "month_year", before.start(), number.end(), _MONTH_YEAR_SCORE)
                    continue
            # (a two-digit year without "г." after it only after what can end a birth word's tail: "Год рождения: 54",
            # "Родился в 77 году"; birth_years.TWO_DIGIT_BEFORE)
            if (four or short_year or (size == 2 and text[start - 1 : start] in TWO_DIGIT_BEFORE))\
                    and is_birth_year(text, start, number.end()):
                yield from self._scored(text, "birth_year", start, number.end(), 0.85)  # "Г.р. 1973", "(70 г.р.)" (:mod:`.birth_years`)
            elif four and (event_end := event_year_end(text, start, number.end())):  # "с 2015 г.", "Инсульт - 2010"
                yield Candidate(self.entity, start, event_end, EVENT_YEAR_SCORE, self.name)  # (:mod:`.event_years`)

    def _ordinal_dates(self, text: str) -> Iterator[Candidate]:
        """A day written as an ordinal word before a month (:mod:`.ordinal_dates`)."""
        for start, end, score in ordinal_dates(text):
            yield from self._scored(text, "ordinal", start, end, score)

    def _month_first(self, text: str, start: int) -> Iterator[Candidate]:
        """An English month before the day, the US way: "Aug 13, 2021", "Aug. 13 2021"; without a
        year ("Aug 13") only with the month capitalised."""
        before = text[start - 2]
        if not (before.isascii() and (before.isalpha() or before == ".")):
            return
        month = _EN_MONTH_BEFORE.search(text, start - 11, start)
        day_year = _EN_DAY_YEAR.match(text, start) if month is not None else None
        if month is None or day_year is None:
            return
        has_year = day_year.group("year") is not None
        if has_year or text[month.start()].isupper():
            yield from self._scored(text, "en_month_day", month.start(), day_year.end(), 0.85 if has_year else 0.65)

    def _scored(self, text: str, name: str, start: int, end: int, base: float) -> Iterator[Candidate]:
        score = base
        if name == "numeric_cell" and line_commas(text, start) < 3:
            return  # a row of an export has cells around the date ("Hb 120,12.05.19" is a typo's decimal)
        if name in ("numeric", "numeric_cell"):
            score = _numeric_score(text[start:end])
            if start and (text[start - 1].isalpha() or text[start - 1] == ".") and score < 0.85:
                return  # glued to a label ("ДР12.03.1985", "от12.03.2019", "поступ.24.06.2021") only with its four-digit year
        elif name == "stop_space_year" and " " not in text[start:end] and "\t" not in text[start:end]:
            score = _GLUED_YEAR_SCORE  # "28.092026": below a signed or cued record number ("Протокол № 12.102019")
        elif name == "en_day_month" and not text[end - 1].isdigit():
            score = 0.65  # "13 Aug": a date of the person all the same
        elif name == "day_month_word" and not _HAS_YEAR.search(text, start, end):
            score = 0.65  # "12 марта": a date of the person all the same
        elif name == "roman" and not _HAS_YEAR.search(text, start, end) and not text[end - 2 : end].isdigit():
            score = 0.55  # "12.VI": a Roman month after a day is a date, but shorter evidence
        elif name in ("glued", "glued_iso") and not _DATE_ALONE.fullmatch(text, start, end):
            score = 0.85  # (with its time or a second date: "12.03.2021-12:30" as "12.03.2021 12:30" is)
        elif name in ("glued", "glued_iso") and _NUMBER_NOUN_BEFORE.search(text, max(0, start - 40), start):
            return  # (the date alone after a lot's or a regulation's word: see _NUMBER_NOUN_BEFORE)
        elif name in ("numeric_range", "time_date") and _HAS_YEAR.search(text, start, end):
            score = 0.85  # (a time before a full date adds to it: "06:48\t16.12.2020" scores as the date alone does)
        elif name == "day_range_numeric" and not re.search(r"[./]\d+[./]\d", text[start:end]):
            if not _DAY_MONTH_CUE.search(text, max(0, start - _CUE_WINDOW), start):
                return  # "12-13.03" without a year: as likely a range of values
            score = 0.75
        elif name == "compact" and (_DAY_MONTH_CUE.search(text, max(0, start - _CUE_WINDOW), start) or moment_label_before(text, start)
                                    or (end - start >= 12 and text[start - 1 : start] in ("|", "^"))):  # (an HL7 field's moment)
            score = 0.75  # "сдан анализ 20250713", "вакцинация 06071976": an event's date, written without separators
        elif name == "compact" and (_MACHINE_DATE_KEY.search(text, max(0, start - _KEY_WINDOW), start)
                                    or BIRTH_MARK.match(text, end) or birth_mark_before(text, start)):  # ("19981017 г.р.", "(р. 24071976)")
            # '<birthTime value="19430515"/>', '"dob": "15051943"', 'data_rozhdeniya=15051943': the key names
            # the value, so a unit word after it ("Datum: 20211221 мм рт. ст." in a flattened note) is the
            # next text's, not this number's
            yield Candidate(self.entity, start, _time_end(text, end), 0.85, self.name)
            return
        elif name == "compact" and end - start == 8 and (cell := text[start - 1 : start]) in (",", ";") \
                and line_commas(text, start, cell) >= 3 \
                and is_calendar_date(*compact_day_month(text[start:end])):
            score = COMPACT_CELL_SCORE
        time = TIME_AFTER.match(text, end) or dotted_time_after(text, start, end)  # (or "2021-07-23 05.35")
        if name == "diary_day_month" and not (score := diary_row_score(text, start, end)):
            return
        if name in ("day_month", "month_year_short"):
            score = day_month_score(text, start, time is not None)
            if not score:
                return
        elif name == "month_year_stop" and not (score := month_year_stop_score(text, start, end)):
            return
        if time is not None:
            end = time.end()
            score = max(score, 0.8)
        # (a value after a dash takes the unit after it: "R-манту 10.02.24 — 3 мм", the reaction's size, not the date's)
        score = (_DATE_THEN_VALUE if _VALUE_AFTER.match(text, end) else DATE_CONTEXT).adjust(text, start, end, score)
        if score > 0:
            yield Candidate(self.entity, start, end, round(score, 4), self.name)


_VALUE_AFTER = re.compile(r"[ \t]*[—–:\-]?[ \t]*\d")  # (or a count after a space: "05.10.18 2 раза в неделю")
_DATE_THEN_VALUE = replace(DATE_CONTEXT, negative=None)


def _time_end(text: str, end: int) -> int:
    time = TIME_AFTER.match(text, end)
    return end if time is None else time.end()
