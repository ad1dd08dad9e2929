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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
from medsyn_dataset.validation.pii.day_numbers import DATE_MAY_FOLLOW, split_may_follow
from medsyn_dataset.validation.pii.event_years import SCORE as EVENT_YEAR_SCORE
from medsyn_dataset.validation.pii.event_years import event_year_end
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.months import HARD_STEMS, MAY_STEM, ROMAN_ALTERNATION, STEMS
from medsyn_dataset.validation.pii.ocr_dates import LOOKALIKES, ocr_date_at
from medsyn_dataset.validation.pii.ordinal_dates import ordinal_dates
from medsyn_dataset.validation.pii.pattern_union import rules_at
from medsyn_dataset.validation.pii.split_dates import split_date_at


def _inflected(stem: str) -> str:
    """A month's stem with its case endings (one letter, the whole word): a soft stem's "-ь/я/ю/е" and the "ё" typed
    for "е", a hard stem's "-а/е/у" or none ("март"), May's "й/я/ю/е" ("в мае", "к маю")."""
    if stem == MAY_STEM:
        return "ма[йяюе]"
    return stem + ("[аеу]?" if stem in HARD_STEMS else "[ьяюеё]")


_MONTH_WORD = (
    "(?:" + "|".join(map(_inflected, STEMS)) + r")(?!\w)"
    r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?!\w)(?!-[^\W\d_]))"  # "28-ноя-2017" too
)
# English month names, as foreign discharge summaries, translated extracts and lab systems write
# them ("Aug 13, 2021", "16 MAR 82", "17-Sep-2023"), and the German ones of German clinics' letters
# ("12. März 2021", "3. Okt. 2019"); case-insensitive
_EN_MONTH = (
    r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz?|apr(?:il)?|may|mai|jun[ei]?|jul[yi]?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)(?:\.|(?![a-zäöü]))"
)
_ROMAN = rf"(?:{ROMAN_ALTERNATION})"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_START = r"(?<![\w\-.,/+])"  # not inside a longer number, decimal, code or time
# an ISO date may open a cell of a comma-separated export ("...,Иванов И.И.,1942-10-10,..."): a decimal
# comma never stands before a four-digit year with a month and day
_START_CELL = r"(?<![\w\-./+])"
_STOP_CELL = r"(?![\d])(?![./\-:]\d)"  # (and a comma after it: the next cell, "1942-10-10,7909-...")
# (a comma and a clock time after a date are its time, as a comma-separated row writes a date's and a time's cells:
# "date,time\n01.08.25,16:58,153"; a comma and another number may be a decimal's, "12.03,5")
_STOP = r"(?![\d])(?![./\-:]\d)(?!,(?!(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))\d)"

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
#: a full date (day, month and year) as records write it, for readers of other fields to stop at:
#: "12.03.2019", "12. 03. 2019", "14-02-2022", "16,04,1988", "23 января 2020", "2019-03-12"
FULL_DATE = (
    rf"(?:{_DAY}(?P<full_sep>[ \t]?[./\-,][ \t]?){_MONTH_NUM}(?P=full_sep)(?:{_YEAR}|\d\d)"
    rf"|{_DAY}[ \t]+(?i:{_MONTH_WORD})[ \t]*{_YEAR}|{_YEAR}-{_MONTH_NUM}-{_DAY})(?!\d)"
)
_MONTH_2 = r"(?:0[1-9]|1[0-2])"  # a month without a year is written with two digits ("25.10", "03.02")
_DAY_MONTH = rf"{_DAY}[./]{_MONTH_2}"
_TIME = r"(?:[01]?\d|2[0-3])"
# right after a time ("6:48", "06:48") that opens its line or its tab cell
_OPENS_CELL = r"(?:(?<=(?<![^\t\n])\d:\d\d)|(?<=(?<![^\t\n])\d\d:\d\d))"
_SECONDS = r"(?::[0-5]\d(?:[.,]\d{1,6})?)?"
# a time of day right after a date is part of it: "12.03.2019 в 14:30", "05.10, 10:00", "13.04 в 17 ч 25 мин"
_TIME_AFTER = re.compile(
    # (also after a slash, as a form's "Дата и время: 12.03.2019 / 23:10"; "14ч30м" with minutes cut short)
    # (on the date's own line: a time at the start of the next line is a row of its own, as in a worklist)
    # (the hours' unit after a clock time is the time's, not a dose's: "31.12.2021 18:20 ч.", as official letters write it)
    rf"(?:,|[ \t]?/)?[^\S\n]?(?:г\.\s?)?(?:в\s?|около\s|примерно\s)?(?:{_TIME}:[0-5]\d{_SECONDS}(?:[ \t]?(?:ч\.?|час(?:а|ов)?)(?![а-яё]))?"
    rf"|{_TIME}\s?ч(?:ас\w*)?\.?(?:\s?[0-5]?\d\s?(?:мин\.?|м\.?(?![а-яё])))?)(?!\d)"
    rf"|[^\S\n]?г\.\s?{_TIME}\.[0-5]\d(?!\d)"
    # a time written with a stop after "в": "12.03 в 8.30", "04.06 в 17.19" (a diary's, a handover's, a call card's
    # event time; a drug schedule's "в 8.00" has no date before it, and a lab value's two numbers no "в" between)
    rf"|[ \t]в[ \t]?{_TIME}\.[0-5]\d(?!\d)(?![.,]\d)"
    # ISO 8601, as systems export a moment: "2024-03-12T09:41:07.250+03:00", "...T09:41Z", basic "20240312T0941"
    rf"|T{_TIME}:[0-5]\d{_SECONDS}(?:Z|[+\-]\d\d:?\d\d)?(?![\d:])|T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?:Z|[+\-]\d{{4}})?(?!\d)"
)
_DAY_SUFFIX = r"(?:-?(?:го|е|ое))?"
_ISO_DATE = rf"{_YEAR}-{_MONTH_NUM}-{_DAY}"
_GLUED_TIME = rf"[-/]{_TIME}:[0-5]\d{_SECONDS}(?![\d:])"
# (name, pattern, score). Group "value" is the span. Every pattern starts at a number and is tried only where a
# number starts (:func:`.base.digit_runs` finds those, once per text), far cheaper than a search per rule.
_RULES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    # day, month and year with one separator between them, a space after it or not ("12.03.2019",
    # "12. 03. 2019", "14,09,2023", "12/03/19"); US order ("06/26/1947") is let in by _plausible; a full one after a bare
    # comma too, a comma-separated export's cell ("...,+7 977 570-16-28,03.05.2026 18:40,"; no decimal runs into a year)
    ("numeric", re.compile(
        rf"(?:{_START}|(?<=[а-яёА-ЯЁ])|(?<=[а-яё]\.)|(?<=,)(?=\d\d?[./-]\d\d?[./-]{_YEAR}(?!\d)))(?P<value>{_DAY}(?P<sep>[ \t]?[./\-,][ \t]?){_DAY}(?P=sep)(?:{_YEAR}|\d\d)){_STOP}"), 0.85),
    # a whole cell of a comma-separated export ("...,М,19.03.1940,07.08.2025,\"г. ...\"", a register's row): the comma
    # before it is the cell's border, as the comma, quote or line end after it (or the time of the same cell) is; a
    # decimal comma never stands before a day, month and year that end where a cell ends
    ("numeric_cell", re.compile(
        rf"(?<=,)(?P<value>{_DAY}(?P<sep>[./\-]){_DAY}(?P=sep)(?:{_YEAR}|\d\d))"  # (US order too: _plausible)
        rf"(?=[,;\"\r\n]|$|[ \t]+{_TIME}:[0-5]\d)"), 0.85),
    ("iso", re.compile(rf"{_START_CELL}(?P<value>{_YEAR}(?P<sep>[.\-/]){_MONTH_NUM}(?P=sep){_DAY}){_STOP_CELL}"), 0.85),
    # a full date glued by "-" or "/" to a clock time, a second ISO date or a number, where the rules above stop (their
    # _STOP): "12.03.2021-12:30", "12.03.2021/14:30", "2021-03-12-2021-03-15", "№ 12.03.2021-15" (the date alone: a record's
    # number holding it glued, "Направление № 12.03.2021-445", is kept whole by :mod:`.date_conflicts` and wins on length;
    # review B r23, finding 3); calendar dates only (:func:`_plausible`), 0.85 with the time or the second date (:meth:`_scored`)
    ("glued", re.compile(rf"{_START}(?P<value>{_DAY}(?P<sep>[./\-]){_DAY}(?P=sep){_YEAR}(?=[-/]\d)(?:{_GLUED_TIME})?)"), 0.7),
    ("glued_iso", re.compile(
        rf"{_START_CELL}(?P<value>{_ISO_DATE}(?=[-/]\d)(?:{_GLUED_TIME}|-{_ISO_DATE}{_STOP_CELL})?)"), 0.7),
    # a year and a month, the ISO way: "2019-03", "2019.03" (not "2019-2020", not "2019.5")
    ("iso_month", re.compile(rf"{_START}(?P<value>{_YEAR}[.\-/]{_MONTH_2}){_STOP}"), 0.7),
    ("roman", re.compile(
        rf"{_START}(?P<value>{_DAY}(?:(?P<sep>[.\s\-])\s?{_ROMAN}(?P=sep)\s?(?:{_YEAR}|\d\d)(?!\d)|/{_ROMAN}(?:[\s.\-/]?{_YEAR}|[.\-/]\d\d)(?!\d)"
        rf"|[.\-]{_ROMAN}(?![\w.\-]\w)))"), 0.85),
    # two dates joined by a dash: "19.12-20.12.2008", "05.04 – 09.04"
    # (the second date whole with a month of one digit: "05.02-26.5.24")
    ("numeric_range", re.compile(
        rf"{_START}(?P<value>{_DAY_MONTH}(?:[./](?:{_YEAR}|\d\d))?\s?[-–—]\s?"
        rf"(?:{_DAY_MONTH}(?:[./](?:{_YEAR}|\d\d))?|{_DAY}[./]{_MONTH_NUM}[./](?:{_YEAR}|\d\d))){_STOP}"),
     0.6),
    # a form's quoted day: "«11» декабря 2019 г."
    # the month word may also stand between the separators of a numeric date: "27.января.1962", "5-мар-2019"
    ("day_month_word", re.compile(
        rf"{_START}(?P<value>{_DAY}{_DAY_SUFFIX}[»\"”]?(?:\s?|[-./][ \t]?)(?:{_MONTH_WORD})"
        rf"(?:(?:\s?,?\s?|[-./][ \t]?){_YEAR})?)(?!\d)", _I), 0.85),
    # an English day and month: "16 MAR 82", "17 Sep 2023", "3rd of June, 2021"; without a year
    # ("13 Aug") only with the month capitalised (see _plausible)
    ("en_day_month", re.compile(
        rf"{_START}(?P<value>{_DAY}(?:st|nd|rd|th)?(?:[ \t]+of)?(?:[ \t]?|[-./][ \t]?)(?:{_EN_MONTH})"
        rf"(?:(?:[ \t]?,?[ \t]?|[-./][ \t]?|\.[ \t]?)(?:{_YEAR}|'?\d\d))?)(?!\d)(?![.,/\-:]\d)", _I), 0.85),
    # day and month joined by a stop, the year after a space or glued to the month: "24.11 2012", "28.092026",
    # "Д/р:14.051985" (a typist's slip, a stop lost in a scan or a chat; a four-digit year makes it a date rather
    # than the number a record's cue before it may suggest, so it outscores one)
    ("stop_space_year", re.compile(rf"{_START}(?P<value>{_DAY}[./]{_MONTH_2}[ \t]?{_YEAR}){_STOP}"), 0.9),
    # day, month and year apart by spaces: "12 03 2008", "«23» 04 2016"
    ("spaced", re.compile(rf"{_START}(?P<value>{_DAY}[»\"”]?[ \t]{_MONTH_2}[ \t]{_YEAR}){_STOP}"), 0.7),
    # days of one month: "15-23.03.2014", "08–22.11.22", "12-13.03" (without a year: after a date word only)
    ("day_range_numeric", re.compile(
        rf"{_START}(?P<value>{_DAY}[ \t]?[-–—][ \t]?{_DAY}[./]{_MONTH_2}(?:[./](?:{_YEAR}|\d\d))?){_STOP}"), 0.8),
    # two days of one month: "12-15 марта", "с 1 по 8 августа 2017 г."
    ("day_range_word", re.compile(
        rf"{_START}(?P<value>{_DAY}{_DAY_SUFFIX}(?:\s?[-–—]\s?|\s(?:по|до|и)\s){_DAY}{_DAY_SUFFIX}\s?(?:{_MONTH_WORD})"
        rf"(?:\s?,?\s?{_YEAR})?)(?!\d)", _I), 0.8),
    ("month_year_numeric", re.compile(rf"{_START}(?P<value>{_MONTH_NUM}[./\-]{_YEAR}){_STOP}"), 0.7),
    ("year_of_birth", re.compile(
        rf"{_START}(?P<value>{_YEAR})\s?(?:г\.?\s?р\.?|г/р|года?\s+рожд|г\.\s+рожд)", _I), 0.85),
    # day, month and year written together, as forms and systems export them: "07042024" (a date only next to a date
    # word, or as a cell of a comma-separated row, the next cell a number too: COMPACT_CELL_SCORE)
    # (and year first, "20240407", as HL7/CDA, DICOM and 1C exports write a date, maybe with the time:
    # "202404071530", "20240407153000")
    ("compact", re.compile(
        rf"(?:{_START}|(?<=,))(?P<value>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2]){_YEAR}"
        rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?){_STOP_CELL}"),
     0.4),
    ("day_of_month", re.compile(rf"{_START}(?P<value>{_DAY}(?:-?(?:го|е))?\s+числа)(?!\w)", _I), 0.6),
    # a time, then a date: "06:48 16.12.2020"; across a tab only where the time opens its cell ("06:48\t16.12.2020": the
    # time of the date in the next cell), never where it ends a cell after a date of its own ("11.11.2023 20:13\t12.11.2023")
    ("time_date", re.compile(
        rf"{_START}(?P<value>{_TIME}:[0-5]\d,?(?:[ ]|{_OPENS_CELL}\t)(?:{_DAY_MONTH}(?:[./](?:{_YEAR}|\d\d))?|{_DAY}\s?(?:{_MONTH_WORD})(?:\s?{_YEAR})?)){_STOP}",
        _I), 0.8),
    # a day and month without a year ("25.10"): a date only next to a date word or a time, see :func:`.date_cues.day_month_score`
    ("day_month", re.compile(rf"{_START}(?P<value>{_DAY_MONTH})(?!\d)(?![.,/\-:]\d)"), 0.0),
    # a diary's row opening with its day and month, the month maybe of one digit after a slash ("26/7  утро 145/89"):
    # at a line's start only, scored by what follows (:func:`.date_cues.diary_row_score`)
    ("diary_day_month", re.compile(rf"(?<![^\n])(?P<value>{_DAY}/{_MONTH_NUM})(?!\d)(?![.,/\-:]\d)"), 0.0),
    # a month and a two-digit year with a slash, as lab systems and hurried notes write them ("с 03/18"):
    # scored like a day and month (a cue before or an event word after decides); a second number that
    # could be a month is read as one by "day_month"
    ("month_year_short", re.compile(rf"{_START}(?P<value>{_MONTH_2}/(?:1[3-9]|[2-9]\d))(?!\d)(?![.,/\-:]\d)"), 0.0),
    # the same with a stop ("ФЛГ от 12.23", "Инсульт — 06.22"), which a clock time shares: :func:`.date_cues.month_year_stop_score`
    ("month_year_stop", re.compile(rf"{_START}(?P<value>{_MONTH_2}\.(?:1[3-9]|[2-9]\d))(?!\d)(?![.,/\-:]\d)"), 0.0),
)
_LONG = ("iso", "glued_iso", "iso_month", "year_of_birth")
_SHORT_RULES = tuple(rule for rule in _RULES if rule[0] not in _LONG)  # numbers of 1-2 digits
_LONG_RULES = tuple(rule for rule in _RULES if rule[0] in _LONG)  # numbers of 4 digits
_COMPACT_RULES = tuple(rule for rule in _RULES if rule[0] == "compact")  # numbers of 8 digits
_SHORT_RULES = tuple(rule for rule in _SHORT_RULES if rule[0] not in ("compact", "month_year_short"))
_SHORT_RULES_CYRILLIC = tuple(rule for rule in _SHORT_RULES if not rule[0].startswith("en_"))  # a text without Latin
_SLASH_RULES = tuple(rule for rule in _RULES if rule[0] == "month_year_short")  # two digits and "/" only
_SHORT_SLASH, _SHORT_SLASH_CYRILLIC = (*_SHORT_RULES, *_SLASH_RULES), (*_SHORT_RULES_CYRILLIC, *_SLASH_RULES)
# "в марте 2019", "весной 2019 г.", "XI.2019": a month word, a season or a Roman month right before a year
# "январе-феврале 2020", "Aug 2021", "Mar-2019", "март/2019"
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{_MONTH_WORD}|{_EN_MONTH})(?:\s?,?\s?|[-/]\s?)$", _I)
# an English month before the day, the US way: "Aug 13, 2021", "Sep 9 2019" (the month's span starts the date)
_EN_MONTH_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_EN_MONTH})[ \t]?$", _I)
_EN_DAY_YEAR = re.compile(rf"{_DAY}(?:st|nd|rd|th)?(?:,?[ \t]?(?P<year>{_YEAR}|'\d\d))?(?!\d)(?![.,/\-:]\d)", _I)
_EN_DAY_PREFIX = re.compile(r"\d+(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t\-./]*", _I)
_SEASON_BEFORE = re.compile(
    r"(?<![\w\-])(?:зим(?:а|ой|у|ы)|весн(?:а|ой|у|ы)|лет(?:о|ом|а)|осен(?:ь|ью|и))\s?,?\s?$", _I)
_ROMAN_BEFORE = re.compile(rf"(?<![\w\-.]){_ROMAN}[.\-]$")
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
    rf"(?<!\w)(?:число|день)[ \t]*:?[ \t_]*{_DAY}[ \t_,]*месяц[ \t]*:?[ \t_]*(?:{_MONTH_NUM}|{_MONTH_WORD})"
    rf"[ \t_,]*год[ \t]*:?[ \t_]*{_YEAR}(?!\d)",
    _I,
)


def _labelled_cells(text: str) -> Iterator[re.Match[str]]:
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
_HAS_YEAR = re.compile(rf"{_YEAR}$")
_YEAR_RANGE = re.compile(_YEAR)


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
        short_rules, slash_rules = (_SHORT_RULES, _SHORT_SLASH) if latin else (_SHORT_RULES_CYRILLIC, _SHORT_SLASH_CYRILLIC)
        for number in digit_runs(text):
            start, size = number.start(), number.end() - number.start()
            if size == 2 and text[number.end() : number.end() + 1] == "/":
                rules = slash_rules
            elif size <= 2:  # (most such numbers have no date's shape after them: :mod:`.day_numbers`)
                rules = short_rules if DATE_MAY_FOLLOW.match(text, number.end()) else ()
            else:
                rules = _LONG_RULES if size == 4 else _COMPACT_RULES if size in (8, 12, 14) else ()
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
        time = _TIME_AFTER.match(text, end) or dotted_time_after(text, start, end)  # (or "2021-07-23 05.35")
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
    time = _TIME_AFTER.match(text, end)
    return end if time is None else time.end()
