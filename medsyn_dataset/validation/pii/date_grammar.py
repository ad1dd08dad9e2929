"""The grammar of :mod:`.dates`: the pieces of a Russian or an English date (day, month number, month word, year, a time
after it) and the rules tried where a number starts, each a pattern with its base score, grouped by the length of the
number they start at.

Apart from :mod:`.dates` because the patterns are data, compiled once, read by the recognizer and by readers of other
fields (:data:`FULL_DATE`: where a field's value stops at a date); how a match is checked and scored (a calendar date,
the cue before it, a time after it) stays in :mod:`.dates`.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.months import HARD_STEMS, MAY_STEM, ROMAN_ALTERNATION, STEMS


def _inflected(stem: str) -> str:
    """A month's stem with its case endings (one letter, the whole word): a soft stem's "-ь/я/ю/е" and the "ё" typed
    for "е", a hard stem's "-а/е/у" or none ("март"), May's "й/я/ю/е" ("в мае", "к маю")."""
    if stem == MAY_STEM:
        return "ма[йяюе]"
    return stem + ("[аеу]?" if stem in HARD_STEMS else "[ьяюеё]")


MONTH_WORD = (
    "(?:" + "|".join(map(_inflected, STEMS)) + r")(?!\w)"
    r"|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?!\w)(?!-[^\W\d_]))"  # "28-ноя-2017" too
)
# English month names, as foreign discharge summaries, translated extracts and lab systems write
# them ("Aug 13, 2021", "16 MAR 82", "17-Sep-2023"), and the German ones of German clinics' letters
# ("12. März 2021", "3. Okt. 2019"); case-insensitive
EN_MONTH = (
    r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz?|apr(?:il)?|may|mai|jun[ei]?|jul[yi]?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)(?:\.|(?![a-zäöü]))"
)
ROMAN = rf"(?:{ROMAN_ALTERNATION})"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:1[89]\d\d|20\d\d)"
_START = r"(?<![\w\-.,/+])"  # not inside a longer number, decimal, code or time
# an ISO date may open a cell of a comma-separated export ("...,Иванов И.И.,1942-10-10,..."): a decimal
# comma never stands before a four-digit year with a month and day
_START_CELL = r"(?<![\w\-./+])"
_STOP_CELL = r"(?![\d])(?![./\-:]\d)"  # (and a comma after it: the next cell, "1942-10-10,7909-...")
# (a comma and a clock time after a date are its time, as a comma-separated row writes a date's and a time's cells:
# "date,time\n01.08.25,16:58,153"; a comma and another number may be a decimal's, "12.03,5")
_STOP = r"(?![\d])(?![./\-:]\d)(?!,(?!(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))\d)"

_I = re.IGNORECASE
#: a full date (day, month and year) as records write it, for readers of other fields to stop at:
#: "12.03.2019", "12. 03. 2019", "14-02-2022", "16,04,1988", "23 января 2020", "2019-03-12"
FULL_DATE = (
    rf"(?:{DAY}(?P<full_sep>[ \t]?[./\-,][ \t]?){MONTH_NUM}(?P=full_sep)(?:{YEAR}|\d\d)"
    rf"|{DAY}[ \t]+(?i:{MONTH_WORD})[ \t]*{YEAR}|{YEAR}-{MONTH_NUM}-{DAY})(?!\d)"
)
_MONTH_2 = r"(?:0[1-9]|1[0-2])"  # a month without a year is written with two digits ("25.10", "03.02")
_DAY_MONTH = rf"{DAY}[./]{_MONTH_2}"
_TIME = r"(?:[01]?\d|2[0-3])"
# right after a time ("6:48", "06:48") that opens its line or its tab cell
_OPENS_CELL = r"(?:(?<=(?<![^\t\n])\d:\d\d)|(?<=(?<![^\t\n])\d\d:\d\d))"
_SECONDS = r"(?::[0-5]\d(?:[.,]\d{1,6})?)?"
# a time of day right after a date is part of it: "12.03.2019 в 14:30", "05.10, 10:00", "13.04 в 17 ч 25 мин"
TIME_AFTER = re.compile(
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
_ISO_DATE = rf"{YEAR}-{MONTH_NUM}-{DAY}"
_GLUED_TIME = rf"[-/]{_TIME}:[0-5]\d{_SECONDS}(?![\d:])"
# (name, pattern, score). Group "value" is the span. Every pattern starts at a number and is tried only where a
# number starts (:func:`.base.digit_runs` finds those, once per text), far cheaper than a search per rule.
RULES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    # day, month and year with one separator between them, a space after it or not ("12.03.2019",
    # "12. 03. 2019", "14,09,2023", "12/03/19"); US order ("06/26/1947") is let in by _plausible; a full one after a bare
    # comma too, a comma-separated export's cell ("...,+7 977 570-16-28,03.05.2026 18:40,"; no decimal runs into a year)
    ("numeric", re.compile(
        rf"(?:{_START}|(?<=[а-яёА-ЯЁ])|(?<=[а-яё]\.)|(?<=,)(?=\d\d?[./-]\d\d?[./-]{YEAR}(?!\d)))(?P<value>{DAY}(?P<sep>[ \t]?[./\-,][ \t]?){DAY}(?P=sep)(?:{YEAR}|\d\d)){_STOP}"), 0.85),
    # a whole cell of a comma-separated export ("...,М,19.03.1940,07.08.2025,\"г. ...\"", a register's row): the comma
    # before it is the cell's border, as the comma, quote or line end after it (or the time of the same cell) is; a
    # decimal comma never stands before a day, month and year that end where a cell ends
    ("numeric_cell", re.compile(
        rf"(?<=,)(?P<value>{DAY}(?P<sep>[./\-]){DAY}(?P=sep)(?:{YEAR}|\d\d))"  # (US order too: _plausible)
        rf"(?=[,;\"\r\n]|$|[ \t]+{_TIME}:[0-5]\d)"), 0.85),
    ("iso", re.compile(rf"{_START_CELL}(?P<value>{YEAR}(?P<sep>[.\-/]){MONTH_NUM}(?P=sep){DAY}){_STOP_CELL}"), 0.85),
    # a full date glued by "-" or "/" to a clock time, a second ISO date or a number, where the rules above stop (their
    # _STOP): "12.03.2021-12:30", "12.03.2021/14:30", "2021-03-12-2021-03-15", "№ 12.03.2021-15" (the date alone: a record's
    # number holding it glued, "Направление № 12.03.2021-445", is kept whole by :mod:`.date_conflicts` and wins on length;
    # review B r23, finding 3); calendar dates only (:func:`.dates._plausible`), 0.85 with the time or the second date (:mod:`.dates`)
    ("glued", re.compile(rf"{_START}(?P<value>{DAY}(?P<sep>[./\-]){DAY}(?P=sep){YEAR}(?=[-/]\d)(?:{_GLUED_TIME})?)"), 0.7),
    ("glued_iso", re.compile(
        rf"{_START_CELL}(?P<value>{_ISO_DATE}(?=[-/]\d)(?:{_GLUED_TIME}|-{_ISO_DATE}{_STOP_CELL})?)"), 0.7),
    # a year and a month, the ISO way: "2019-03", "2019.03" (not "2019-2020", not "2019.5")
    ("iso_month", re.compile(rf"{_START}(?P<value>{YEAR}[.\-/]{_MONTH_2}){_STOP}"), 0.7),
    ("roman", re.compile(
        rf"{_START}(?P<value>{DAY}(?:(?P<sep>[.\s\-])\s?{ROMAN}(?P=sep)\s?(?:{YEAR}|\d\d)(?!\d)|/{ROMAN}(?:[\s.\-/]?{YEAR}|[.\-/]\d\d)(?!\d)"
        rf"|[.\-]{ROMAN}(?![\w.\-]\w)))"), 0.85),
    # two dates joined by a dash: "19.12-20.12.2008", "05.04 – 09.04"
    # (the second date whole with a month of one digit: "05.02-26.5.24")
    ("numeric_range", re.compile(
        rf"{_START}(?P<value>{_DAY_MONTH}(?:[./](?:{YEAR}|\d\d))?\s?[-–—]\s?"
        rf"(?:{_DAY_MONTH}(?:[./](?:{YEAR}|\d\d))?|{DAY}[./]{MONTH_NUM}[./](?:{YEAR}|\d\d))){_STOP}"),
     0.6),
    # a form's quoted day: "«11» декабря 2019 г."
    # the month word may also stand between the separators of a numeric date: "27.января.1962", "5-мар-2019"
    ("day_month_word", re.compile(
        rf"{_START}(?P<value>{DAY}{_DAY_SUFFIX}[»\"”]?(?:\s?|[-./][ \t]?)(?:{MONTH_WORD})"
        rf"(?:(?:\s?,?\s?|[-./][ \t]?){YEAR})?)(?!\d)", _I), 0.85),
    # an English day and month: "16 MAR 82", "17 Sep 2023", "3rd of June, 2021"; without a year
    # ("13 Aug") only with the month capitalised (see _plausible)
    ("en_day_month", re.compile(
        rf"{_START}(?P<value>{DAY}(?:st|nd|rd|th)?(?:[ \t]+of)?(?:[ \t]?|[-./][ \t]?)(?:{EN_MONTH})"
        rf"(?:(?:[ \t]?,?[ \t]?|[-./][ \t]?|\.[ \t]?)(?:{YEAR}|'?\d\d))?)(?!\d)(?![.,/\-:]\d)", _I), 0.85),
    # day and month joined by a stop, the year after a space or glued to the month: "24.11 2012", "28.092026",
    # "Д/р:14.051985" (a typist's slip, a stop lost in a scan or a chat; a four-digit year makes it a date rather
    # than the number a record's cue before it may suggest, so it outscores one)
    ("stop_space_year", re.compile(rf"{_START}(?P<value>{DAY}[./]{_MONTH_2}[ \t]?{YEAR}){_STOP}"), 0.9),
    # day, month and year apart by spaces: "12 03 2008", "«23» 04 2016"
    ("spaced", re.compile(rf"{_START}(?P<value>{DAY}[»\"”]?[ \t]{_MONTH_2}[ \t]{YEAR}){_STOP}"), 0.7),
    # days of one month: "15-23.03.2014", "08–22.11.22", "12-13.03" (without a year: after a date word only)
    ("day_range_numeric", re.compile(
        rf"{_START}(?P<value>{DAY}[ \t]?[-–—][ \t]?{DAY}[./]{_MONTH_2}(?:[./](?:{YEAR}|\d\d))?){_STOP}"), 0.8),
    # two days of one month: "12-15 марта", "с 1 по 8 августа 2017 г."
    ("day_range_word", re.compile(
        rf"{_START}(?P<value>{DAY}{_DAY_SUFFIX}(?:\s?[-–—]\s?|\s(?:по|до|и)\s){DAY}{_DAY_SUFFIX}\s?(?:{MONTH_WORD})"
        rf"(?:\s?,?\s?{YEAR})?)(?!\d)", _I), 0.8),
    ("month_year_numeric", re.compile(rf"{_START}(?P<value>{MONTH_NUM}[./\-]{YEAR}){_STOP}"), 0.7),
    ("year_of_birth", re.compile(
        rf"{_START}(?P<value>{YEAR})\s?(?:г\.?\s?р\.?|г/р|года?\s+рожд|г\.\s+рожд)", _I), 0.85),
    # day, month and year written together, as forms and systems export them: "07042024" (a date only next to a date
    # word, or as a cell of a comma-separated row, the next cell a number too: COMPACT_CELL_SCORE)
    # (and year first, "20240407", as HL7/CDA, DICOM and 1C exports write a date, maybe with the time:
    # "202404071530", "20240407153000")
    ("compact", re.compile(
        rf"(?:{_START}|(?<=,))(?P<value>(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2]){YEAR}"
        rf"|{YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?){_STOP_CELL}"),
     0.4),
    ("day_of_month", re.compile(rf"{_START}(?P<value>{DAY}(?:-?(?:го|е))?\s+числа)(?!\w)", _I), 0.6),
    # a time, then a date: "06:48 16.12.2020"; across a tab only where the time opens its cell ("06:48\t16.12.2020": the
    # time of the date in the next cell), never where it ends a cell after a date of its own ("11.11.2023 20:13\t12.11.2023")
    ("time_date", re.compile(
        rf"{_START}(?P<value>{_TIME}:[0-5]\d,?(?:[ ]|{_OPENS_CELL}\t)(?:{_DAY_MONTH}(?:[./](?:{YEAR}|\d\d))?|{DAY}\s?(?:{MONTH_WORD})(?:\s?{YEAR})?)){_STOP}",
        _I), 0.8),
    # a day and month without a year ("25.10"): a date only next to a date word or a time, see :func:`.date_cues.day_month_score`
    ("day_month", re.compile(rf"{_START}(?P<value>{_DAY_MONTH})(?!\d)(?![.,/\-:]\d)"), 0.0),
    # a diary's row opening with its day and month, the month maybe of one digit after a slash ("26/7  утро 145/89"):
    # at a line's start only, scored by what follows (:func:`.date_cues.diary_row_score`)
    ("diary_day_month", re.compile(rf"(?<![^\n])(?P<value>{DAY}/{MONTH_NUM})(?!\d)(?![.,/\-:]\d)"), 0.0),
    # a month and a two-digit year with a slash, as lab systems and hurried notes write them ("с 03/18"):
    # scored like a day and month (a cue before or an event word after decides); a second number that
    # could be a month is read as one by "day_month"
    ("month_year_short", re.compile(rf"{_START}(?P<value>{_MONTH_2}/(?:1[3-9]|[2-9]\d))(?!\d)(?![.,/\-:]\d)"), 0.0),
    # the same with a stop ("ФЛГ от 12.23", "Инсульт — 06.22"), which a clock time shares: :func:`.date_cues.month_year_stop_score`
    ("month_year_stop", re.compile(rf"{_START}(?P<value>{_MONTH_2}\.(?:1[3-9]|[2-9]\d))(?!\d)(?![.,/\-:]\d)"), 0.0),
)
_LONG = ("iso", "glued_iso", "iso_month", "year_of_birth")
SHORT_RULES = tuple(rule for rule in RULES if rule[0] not in _LONG)  # numbers of 1-2 digits
LONG_RULES = tuple(rule for rule in RULES if rule[0] in _LONG)  # numbers of 4 digits
COMPACT_RULES = tuple(rule for rule in RULES if rule[0] == "compact")  # numbers of 8 digits
SHORT_RULES = tuple(rule for rule in SHORT_RULES if rule[0] not in ("compact", "month_year_short"))
SHORT_RULES_CYRILLIC = tuple(rule for rule in SHORT_RULES if not rule[0].startswith("en_"))  # a text without Latin
_SLASH_RULES = tuple(rule for rule in RULES if rule[0] == "month_year_short")  # two digits and "/" only
SHORT_SLASH, SHORT_SLASH_CYRILLIC = (*SHORT_RULES, *_SLASH_RULES), (*SHORT_RULES_CYRILLIC, *_SLASH_RULES)
