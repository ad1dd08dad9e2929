"""Surrogate dates: a date moved by the note's shift, written in its own format.

One shift per note keeps the intervals between dates true. A value the date recognizer reports
may hold more than one date or more than a date ("19.12-20.12.2008", "с 1 по 8 августа",
"14.02.2023 в 23:40", "весной 2019"): every date inside it moves, and the rest (a time of day, a
preposition, a season) stays as written. Partial dates move by the same shift, so "03.2019" and
"в марте 2019" become another month; a bare year becomes another year; a day of a month becomes
another day.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from medsyn_dataset.validation.pii.months import (
    CUT_PATTERNS,
    CUTS_BY_MONTH,
    GENITIVES,
    LOCATIVES,
    NOMINATIVES,
    ROMAN_ALTERNATION,
    ROMAN_MONTHS,
    STEMS,
    stem_alternation,
)

_MONTHS = {
    "nomn": list(NOMINATIVES),
    "gent": list(GENITIVES),
    "loct": list(LOCATIVES),
    # (each month's usual cut with its stop; May's whole genitive)
    "abbr": [f"{cuts[0]}." if cuts else GENITIVES[month] for month, cuts in enumerate(CUTS_BY_MONTH)],
}
_MONTH_FORMS = {form.lower().rstrip("."): (kind, i) for kind, forms in _MONTHS.items() for i, form in enumerate(forms)}
_MONTH_FORMS.update({cut: ("abbr", month) for month, cuts in enumerate(CUTS_BY_MONTH) for cut in cuts[1:]})
_MONTH_WORD = r"[А-Яа-яЁё]+\.?"
# (May as "ма[йяею]": a value to move may say "в мае", "к маю" as well as "май", "мая")
_MONTH_STEM = (
    # (the cuts that are no stem already: "июн" and "июл" are both)
    "(?:" + "|".join((stem_alternation("ма[йяею]"), *(cut for cut in CUT_PATTERNS if cut not in STEMS))) + r")[а-яё]*\.?"
)

# whole-value formats
_NUMERIC = re.compile(r"(\d{1,2})([ \t]?[.,/\-][ \t]?)(\d{1,2})\2(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})([./\-])(\d{1,2})\2(\d{1,2})")
_ROMAN_DATE = re.compile(rf"(\d{{1,2}})([.\s\-]\s?)({ROMAN_ALTERNATION})(?:([.\s\-]\s?)(\d{{4}}|\d{{2}}))?")
_ROMAN_MONTH_YEAR = re.compile(rf"({ROMAN_ALTERNATION})([.\-])(\d{{4}})")
_WORDS = re.compile(
    rf"(?:(\d{{1,2}})(-?(?:го|ое|е))?(\s?|[-./]\s?))?({_MONTH_WORD})(\s?,?\s?|(?<!\.)[-./]\s?)(\d{{4}}|\d{{2}})?")
_EN_MONTHS = "January February March April May June July August September October November December".split()
_EN_MONTH = r"[A-Za-zäÄ]{3,9}\.?"
_EN_DAY_FIRST = re.compile(rf"(\d{{1,2}})(st|nd|rd|th)?((?:\s+of)?\s?[-./]?\s?)({_EN_MONTH})(\s?,?\s?[-./]?\s?)('?\d{{4}}|'?\d{{2}})?")
_EN_MONTH_FIRST = re.compile(rf"({_EN_MONTH})(\s?)(\d{{1,2}})(?!\d)(st|nd|rd|th)?(,?\s?)('?\d{{4}}|'?\d{{2}})?")
_EN_MONTH_YEAR = re.compile(rf"({_EN_MONTH})(\s?,?\s?|[-/]\s?)(\d{{4}})")
_DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
_DE_SHORT = "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez".split()
_MONTH_NUMERIC = re.compile(r"(\d{1,2})([./\-])(\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})([./\-])(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})([./])(\d{1,2})")
_YEAR = re.compile(r"\d{4}")
_DAY_ONLY = re.compile(r"(\d{1,2})(.*)", re.DOTALL)
# two days of one month: "12-15 марта", "1 по 8 августа 2017"
_DAY_RANGE = re.compile(r"(\d{1,2})(\s?[-–—]\s?|\s(?:по|до|и)\s)(\d{1,2})(\D.*)", re.DOTALL)

# the dates inside a longer value, most specific first; a time of day ("23:40", "17 ч 25 мин") is no part
_PARTS = re.compile(
    rf"(?<![\d:])(?:"
    rf"\d{{1,2}}(?:\s?[-–—]\s?|\s(?:по|до|и)\s)\d{{1,2}}(?:-?[а-я]{{1,2}})?\s?{_MONTH_STEM}(?:\s?,?\s?\d{{4}})?"
    rf"|\d{{1,2}}(?P<sep>\.\s|[./\-])\d{{1,2}}(?P=sep)(?:\d{{4}}|\d{{2}})(?![\d:])"
    rf"|\d{{4}}[./\-]\d{{1,2}}[./\-]\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}[.\s\-]\s?(?:{ROMAN_ALTERNATION})(?:[.\s\-]\s?\d{{4}})?(?![A-Za-z])"
    rf"|(?:{ROMAN_ALTERNATION})[.\-]\d{{4}}"
    rf"|(?:\d{{1,2}}(?:-?[а-я]{{1,2}})?\s?)?{_MONTH_STEM}(?:\s?,?\s?\d{{4}})?"
    rf"|\d{{4}}[./\-]\d{{1,2}}(?!\d)|\d{{1,2}}[./\-]\d{{4}}|\d{{1,2}}[./]\d{{1,2}}(?![\d:])|\d{{4}}"
    rf")(?![\d:])",
    re.IGNORECASE,
)


def _pad(number: int, like: str) -> str:
    return f"{number:0{len(like)}d}" if like.startswith("0") or len(like) == 2 else str(number)


def _year(year: int, like: str) -> str:
    return f"{year % 100:02d}" if len(like) == 2 else str(year)


def _full_year(y: str) -> int:
    return int(y) + (2000 if len(y) == 2 and int(y) < 50 else 1900 if len(y) == 2 else 0)


def _shifted(year: int, month: int, day: int, shift: dt.timedelta) -> dt.date:
    day = min(day, 28) if not 1 <= day <= 31 else day
    try:
        base = dt.date(year, month, day)
    except ValueError:
        base = dt.date(year, month, 28)
    return base + shift


def shift_date(value: str, shift: dt.timedelta, rng: random.Random) -> str:
    """``value`` moved by ``shift`` in its own format; a value holding several dates or a date and
    other words has each date inside it moved."""
    whole = _shift_whole(value, shift)
    if whole is not None:
        return whole
    parts = _PARTS.sub(lambda m: _shift_whole(m.group(), shift) or m.group(), value)
    if parts != value:
        return parts
    return _other_digits(value, rng) if any(ch.isdigit() for ch in value) else value


def _shift_whole(value: str, shift: dt.timedelta) -> str | None:
    """``value`` moved, if the whole of it is one date of a known format; else ``None``."""
    full = _NUMERIC.fullmatch(value)
    if full:
        d, sep, m, y = full.groups()
        if not 1 <= int(m) <= 12:
            if 1 <= int(d) <= 12:  # month first, the US way: "06/26/1947"
                new = _shifted(_full_year(y), int(d), int(m), shift)
                return f"{_pad(new.month, d)}{sep}{_pad(new.day, m)}{sep}{_year(new.year, y)}"
            return None
        new = _shifted(_full_year(y), int(m), int(d), shift)
        return f"{_pad(new.day, d)}{sep}{_pad(new.month, m)}{sep}{_year(new.year, y)}"
    english = _shift_english(value, shift)
    if english is not None:
        return english
    iso = _ISO.fullmatch(value)
    if iso:
        y, sep, m, d = iso.groups()
        if not 1 <= int(m) <= 12:
            return None
        day = _shifted(int(y), int(m), int(d), shift)
        return f"{day.year}{sep}{_pad(day.month, m)}{sep}{_pad(day.day, d)}"
    roman = _ROMAN_DATE.fullmatch(value)
    if roman:
        d, s1, r, s2, y = roman.groups()
        new = _shifted(_full_year(y) if y else 2001, ROMAN_MONTHS.index(r) + 1, int(d), shift)
        return f"{_pad(new.day, d)}{s1}{ROMAN_MONTHS[new.month - 1]}" + (f"{s2}{_year(new.year, y)}" if y else "")
    roman_month = _ROMAN_MONTH_YEAR.fullmatch(value)
    if roman_month:
        r, sep, y = roman_month.groups()
        new = _shifted(int(y), ROMAN_MONTHS.index(r) + 1, 15, shift)
        return f"{ROMAN_MONTHS[new.month - 1]}{sep}{new.year}"
    for pattern, order in ((_MONTH_NUMERIC, "my"), (_ISO_MONTH, "ym")):
        match = pattern.fullmatch(value)
        if match:
            a, sep, b = match.groups()
            m, y = (a, b) if order == "my" else (b, a)
            if not 1 <= int(m) <= 12:
                return None
            new = _shifted(int(y), int(m), 15, shift)
            return f"{_pad(new.month, m)}{sep}{new.year}" if order == "my" else f"{new.year}{sep}{_pad(new.month, m)}"
    words = _WORDS.fullmatch(value)
    if words and words.group(4).lower().rstrip(".") in _MONTH_FORMS:
        return _shift_words(words, shift)
    day_range = _DAY_RANGE.fullmatch(value)
    if day_range:
        first, between, second, rest = day_range.groups()
        moved = _shift_whole(second + rest, shift)
        if moved is None:
            return None
        head = re.match(r"\d+", moved)
        moved_day = int(head.group()) if head else int(second)
        return f"{_pad(max(1, moved_day - (int(second) - int(first))), first)}{between}{moved}"
    day_month = _DAY_MONTH.fullmatch(value)
    if day_month:
        d, sep, m = day_month.groups()
        if sep == "/" and len(m) == 2 and int(m) > 12 and 1 <= int(d) <= 12:  # a month and a short year: "03/18"
            new = _shifted(_full_year(m), int(d), 15, shift)
            return f"{_pad(new.month, d)}/{new.year % 100:02d}"
        if not (1 <= int(d) <= 31 and 1 <= int(m) <= 12):
            return None
        new = _shifted(2001, int(m), int(d), shift)
        return f"{_pad(new.day, d)}{sep}{_pad(new.month, m)}"
    compact = _compact(value, shift)
    if compact is not None:
        return compact
    if _YEAR.fullmatch(value):
        return str(int(value) + (shift.days // 365 or (1 if shift.days > 0 else -1)))
    day_only = _DAY_ONLY.fullmatch(value)
    if day_only and 1 <= int(day_only.group(1)) <= 31 and not any(ch.isdigit() for ch in day_only.group(2)):
        new_day = (int(day_only.group(1)) - 1 + shift.days) % 28 + 1  # "12-го числа"
        return f"{new_day}{day_only.group(2)}"
    return None


def _compact(value: str, shift: dt.timedelta) -> str | None:
    """Eight digits of a date, together or in boxes ("30111961", "19611130", "3 0 1 1 1 9 6 1"),
    moved with the same order and the same separators between the digits."""
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    if len(digits) != 8 or not _COMPACT_LAYOUT.fullmatch(value):
        return None
    number = "".join(value[i] for i in digits)
    for order in ("dmy", "ymd"):
        d, m, y = (number[:2], number[2:4], number[4:]) if order == "dmy" else (number[6:], number[4:6], number[:4])
        if 1 <= int(m) <= 12 and 1 <= int(d) <= 31 and 1800 <= int(y) <= 2099:
            new = _shifted(int(y), int(m), int(d), shift)
            moved = (f"{new.day:02d}{new.month:02d}{new.year}" if order == "dmy"
                     else f"{new.year}{new.month:02d}{new.day:02d}")
            chars = list(value)
            for position, digit in zip(digits, moved, strict=True):
                chars[position] = digit
            return "".join(chars)
    return None


_COMPACT_LAYOUT = re.compile(r"\d(?:[ \t|./\-]{0,3}\d){7}")


_GERMAN = {"januar": "jan", "februar": "feb", "märz": "mar", "mär": "mar", "mai": "may", "juni": "jun", "juli": "jul",
           "okt": "oct", "oktober": "oct", "dez": "dec", "dezember": "dec"}


def _english_month(word: str) -> int | None:
    """1-12 for an English month name or its abbreviation ("Sep", "Sept.", "AUG"), else None."""
    bare = _GERMAN.get(word.rstrip(".").lower(), word.rstrip(".").lower())
    for index, name in enumerate(_EN_MONTHS):
        if len(bare) >= 3 and name.lower().startswith(bare):
            return index + 1
    return None


def _english_name(month: int, like: str) -> str:
    """The name of ``month`` written as ``like`` is: English or German, full or three letters ("Sept"
    as "Sep"), its case, its stop."""
    bare = like.rstrip(".")
    german = bare.lower() in _GERMAN
    full = bare.lower() in (name.lower() for name in (*_EN_MONTHS, *_DE_MONTHS))
    if german:
        name = _DE_MONTHS[month - 1] if full else _DE_SHORT[month - 1]
    else:
        name = _EN_MONTHS[month - 1] if full else _EN_MONTHS[month - 1][:3]
    name = name.upper() if bare.isupper() else name.lower() if bare.islower() else name
    return name + ("." if like.endswith(".") else "")


def _ordinal(day: int, suffix: str | None) -> str:
    if not suffix:
        return ""
    text = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return text.upper() if suffix.isupper() else text


def _shifted_english_day(d: str, month_word: str, y: str | None, shift: dt.timedelta) -> tuple[dt.date, str]:
    """An English date's day, month and year (maybe none, maybe "'82") moved, and its year written as it was (the day
    first or the month first: both orders of :func:`_shift_english` write their year alike)."""
    new = _shifted(_full_year(y.lstrip("'")) if y else 2001, _english_month(month_word) or 1, int(d), shift)
    year = (("'" if y.startswith("'") else "") + _year(new.year, y.lstrip("'"))) if y else ""
    return new, year


def _shift_english(value: str, shift: dt.timedelta) -> str | None:
    """An English date ("16 MAR 82", "Aug 13, 2021", "3rd of June") moved, in its own style."""
    first = _EN_DAY_FIRST.fullmatch(value)
    if first and _english_month(first.group(4)):
        d, suffix, gap, month_word, gap2, y = first.groups()
        new, year = _shifted_english_day(d, month_word, y, shift)
        return f"{_pad(new.day, d)}{_ordinal(new.day, suffix)}{gap}{_english_name(new.month, month_word)}{gap2}{year}"
    month_year = _EN_MONTH_YEAR.fullmatch(value)
    if month_year and _english_month(month_year.group(1)):
        month_word, gap, y = month_year.groups()
        new = _shifted(int(y), _english_month(month_word) or 1, 15, shift)
        return f"{_english_name(new.month, month_word)}{gap}{new.year}"
    second = _EN_MONTH_FIRST.fullmatch(value)
    if second and _english_month(second.group(1)):
        month_word, gap, d, suffix, gap2, y = second.groups()
        new, year = _shifted_english_day(d, month_word, y, shift)
        return f"{_english_name(new.month, month_word)}{gap}{_pad(new.day, d)}{_ordinal(new.day, suffix)}{gap2}{year}"
    return None


def _shift_words(words: re.Match[str], shift: dt.timedelta) -> str:
    d, suffix, space, month_word, gap, y = words.groups()
    form, index = _MONTH_FORMS[month_word.lower().rstrip(".")]
    year = _full_year(y) if y else 2001
    new = _shifted(year, index + 1, int(d) if d else 15, shift)
    name = _MONTHS[form][new.month - 1]
    if month_word[:1].isupper():
        name = name.capitalize()
    if not month_word.endswith(".") and form == "abbr":
        name = name.rstrip(".")
    elif month_word.endswith(".") and not name.endswith("."):
        name += "."  # "27.января.1962": the stop was the separator
    out = (f"{_pad(new.day, d)}{suffix or ''}{space}" if d else "") + name
    return out + (f"{gap}{_year(new.year, y)}" if y else gap or "")


def _other_digits(value: str, rng: random.Random) -> str:
    """Every digit replaced, separators kept: the last resort for a shape none of the above reads."""
    digits = [ch for ch in value if ch.isdigit()]
    for _ in range(10):
        new = [str(rng.randrange(10)) for _ in digits]
        if new != digits:
            break
    stream = iter(new)
    return "".join(next(stream) if ch.isdigit() else ch for ch in value)
