"""What must follow a number of one or two digits for a date rule of :mod:`.dates` to read a day there.

The date rules for such a number (a day, a month, an hour: ``_SHORT_RULES`` and their slash variant) are
tried at every number of one or two digits of a note, ~6 a note, where one match of the union of the rules
(:mod:`.pattern_union`) costs a few microseconds (the month words, case-insensitive, are tried one by one)
and matches at ~2.5 % of them: most are doses and counts ("5 мг", "2 раза", "3)"). A rule's number is the
whole run of digits (no rule lets a digit follow its number), and what comes next in every rule is one of:

* a day's ending ("5-го", "5го", "5е", "5ое"; English "5th", "1st"), a quote ("«11» декабря"), a time's
  colon and its minutes ("14:30");
* maybe after whitespace, maybe after a separator and one whitespace character: another number ("12.03",
  "12 03 2008", "12 . 03", "12 – 15"), a Roman month ("12.XI.2019", "12 XI 2019"), or a word whose first two
  letters open a month (Russian, English, German: "ма" of "мая", "марта"; "ja", "mä": "12-мар-2019");
* after whitespace: "по"/"до"/"и " of a range ("с 1 по 8 августа"), "чи" of "числа", "of" ("3rd of June").

(Not a list's "1. Жалобы", an age's "5-летний", "5 мг", "2 раза", "3)".)

:data:`DATE_MAY_FOLLOW` tests that (case-insensitive where the rules are, so that ``re`` folds the same
letters), a necessary condition: where it fails, no rule matches and none is tried. :func:`split_may_follow`
tells a broken date's shape after a day (:mod:`.split_dates`)."""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.misspelt_months import misspelt_month
from medsyn_dataset.validation.pii.months import CUTS, stems

_MONTH_OPENINGS = "ян|фе|ма|ап|ию|ав|се|ок|но|де|ja|fe|ma|mä|ap|ju|au|se|oc|ok|no|de"
DATE_MAY_FOLLOW = re.compile(
    rf"(?i:го|е|ое|st|nd|rd|th)|-(?i:го|е|ое)|[»\"”]|:\d"
    rf"|\s*(?:[.,/\-–—]\s?)?(?:[\dIVX]|(?i:{_MONTH_OPENINGS}))|\s*(?i:по|до|и\s|чи|of)"
)


def split_may_follow(after: str) -> bool:
    """The eight characters after a day hold what a broken date has and a plain one lacks: a space, a doubled
    stop or a stop and a comma ("12 .03. 2019", "12..03.2019", "12.03,2019"; not "12.03.2019 г.")."""
    return bool(after) and after[0] in " \t.,/-" and (" " in after or "\t" in after or ".." in after or ("," in after and "." in after))


# A month's name right after a number, in any case, whole ("октября", "Мая"), cut with a stop ("окт.", "сент.") or with
# one typo ("октбря", by :func:`.misspelt_months.misspelt_month`); the number is then a day, not a house or a count
_MONTH_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[а-яёА-ЯЁ]{2,9})(?P<stop>\.)?(?![а-яёА-ЯЁ])")
# (May as "май" and "мая": with up to two letters after a stem, "ма" alone would take "март"'s cuts and "мама")
_MONTH_STEMS = stems(("май", "мая"))
# a street named after a date keeps its number ("8 Марта 12", "9 Мая, 5", "1 мая, д. 3"): a house number after the
# month, or a street's word before the day ("ул. 9 мая", "мкр 9 мая", "проезд 1 мая")
# (the street's word may stand between the month and the house, the type after the name as Приказ Минфина № 171н
# allows both orders: "9 Мая ул., 133а", "8 Марта пер. 4")
# (the street's keywords listed once: their cuts, after the month or before the day, and their whole words, before the
# day only, with "им." of "ул. им. 8 Марта"; :mod:`.address`'s ``_STREET_WORD`` reads a street's start, with the stop
# each cut takes, and is no list of these)
_STREET_CUTS = ("ул", "пр", "пр-т", "пр-кт", "просп", "пер", "б-р", "ш", "наб", "пр-д", "проезд", "туп", "пл", "мкр")
_STREET_WORDS = ("улиц[аеы]", "проспект", "переулок", "площадь", "бульвар", "шоссе", "набережная", "микрорайон", "тупик",
                 "им")
_HOUSE_AFTER_MONTH = re.compile(
    rf"[ \t]*(?:(?:{'|'.join(_STREET_CUTS)})\.?(?![а-яё])[ \t]*)?,?[ \t]*(?:д\.|дом)?[ \t]*\d{{1,3}}(?!\d|:\d)"
)
_STREET_WORD_BEFORE = re.compile(
    rf"(?<![а-яё])(?:{'|'.join((*_STREET_CUTS, *_STREET_WORDS))})\.?[ \t]*$",
    re.IGNORECASE,
)


def month_after(text: str, start: int, position: int) -> bool:
    """A month's name follows the number ``text[start:position]`` (a day's, as in "х. Троицкое 14 октября с 9:00"),
    not a street's name that is a date ("ул. 8 Марта 12", "с. Ивановка, 8 марта, д. 3": a house number follows
    that month, or a street's word stands before the day). The one test of the address grammar (:mod:`.address`'s
    chain cut) and of an address's keyword-less tail (:mod:`.address_tails`)."""
    month_end = _month_end(text, position)
    return (month_end > 0 and not _STREET_WORD_BEFORE.search(text, max(0, start - 12), start)
            and not _HOUSE_AFTER_MONTH.match(text, month_end))


def date_street_end(text: str, position: int) -> int:
    """Where the house ends after a street named by a date whose day ends at ``position`` ("8 марта, д. 3"), else 0."""
    month_end = _month_end(text, position)
    house = _HOUSE_AFTER_MONTH.match(text, month_end) if month_end > 0 else None
    return house.end() if house is not None else 0


def _month_end(text: str, position: int) -> int:
    """The end of a month's name right after the number ending at ``position``, else 0."""
    if text[position : position + 1] not in (" ", "\t"):
        return 0
    found = _MONTH_WORD_AFTER.match(text, position)
    if found is None:
        return 0
    word = found.group("word").lower()
    is_month = word in CUTS or _month_form(word) or (not found.group("stop") and len(word) >= 4 and misspelt_month(word))
    return found.end() if is_month else 0


def _month_form(word: str) -> bool:
    """A month's stem and its case ending ("октября", "мая"; not "Октябрьское", a place named after it)."""
    return any(word.startswith(stem) and len(word) <= len(stem) + 2 for stem in _MONTH_STEMS)
