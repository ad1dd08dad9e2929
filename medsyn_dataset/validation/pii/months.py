"""The Russian months' full written forms, stems and cuts ("янв.", "сент."), in one place (the date grammar, dates,
still spells its cuts: round 19 left that module to another change; its set is :data:`CUTS`).

Seven recognizers read a month's word (date cues, the date grammar, day numbers, misspelt months, ordinal dates,
surrogate dates, table cells), and each used to spell the twelve months out by hand: a new spelling had to be
added seven times, and one list drifting from the others went unseen. They now derive their tuples and patterns
from the forms below. Where a caller reads a month more narrowly or widely than another (May as 'ма[йя]' or
'ма[йяюе]', a suffix class such as '[ьяюеё]'), the caller spells that part and says why.
"""

from __future__ import annotations

from collections.abc import Sequence

NOMINATIVES = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
               "декабрь")
GENITIVES = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
             "декабря")
LOCATIVES = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре",
             "декабре")
# the letters every case form of a month starts with ("январ|ь/я/ю/е"); May's forms share only "ма", too short to
# read alone ("мама", "марка"): each caller spells May's forms itself (see :func:`stems`)
STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
MAY_STEM = "ма"
# the two months with a hard stem: their case endings are "-а", "-е", "-у" (or none), the others' "-ь", "-я", "-ю", "-е"
HARD_STEMS = frozenset({"март", "август"})
# the months in Roman numerals, in calendar order ("26.XI.2015"), and as an alternation with no group, the longest
# first (a regex tries "XII" before "XI" and "X")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMAN_ALTERNATION = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))


# the cuts a note writes a month's word to, with or without a stop ("янв.", "сент", "28-ноя-2017"), by month, the usual
# one first (the one a surrogate date writes); May has none: its word is short enough to be written whole ("мая")
CUTS_BY_MONTH = (("янв",), ("фев", "февр"), ("мар",), ("апр",), (), ("июн",), ("июл",), ("авг",), ("сент", "сен"),
                 ("окт",), ("нояб", "ноя"), ("дек",))
CUTS = tuple(cut for cuts in CUTS_BY_MONTH for cut in cuts)


def _cut_pattern(cuts: tuple[str, ...]) -> str:
    """One month's cuts as a pattern: "февр?" for ("фев", "февр") (a longer cut is the shortest and one letter more)."""
    shortest, *longer = sorted(cuts, key=len)
    return shortest + "".join(f"{cut[len(shortest):]}?" for cut in longer)


# each month's cuts as a pattern, in calendar order (May has none), and as an alternation with no group:
# "янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек"
CUT_PATTERNS = tuple(_cut_pattern(cuts) for cuts in CUTS_BY_MONTH if cuts)
CUT_ALTERNATION = "|".join(CUT_PATTERNS)


def stems(may: Sequence[str]) -> tuple[str, ...]:
    """The twelve stems in calendar order, May's stem replaced by the caller's ``may`` forms (one or more)."""
    return tuple(form for stem in STEMS for form in (may if stem == MAY_STEM else (stem,)))


def stem_alternation(may: str) -> str:
    """The twelve stems as a regular-expression alternation (no group), May written as ``may`` ("ма[йя]")."""
    return "|".join(stems((may,)))
