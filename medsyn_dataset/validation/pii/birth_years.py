"""A year of birth written alone, its mark before it or a two-digit year's mark after it, for :class:`.dates.RuDateRecognizer`.

A bare year is no date of a person (HIPAA Safe Harbor keeps years: "болеет с 2019 года" stays), but the year of
birth is one. :mod:`.dates` reads "1985 г.р." (the mark after a four-digit year) and :mod:`.fields` a date field
after "Дата рождения:"; records also write the mark first, or the year with two digits:

* a mark before a four-digit year: "Г.р. 1973", "Д/Р: 1980", "(р. 1999)", "родившейся 2006" (a protocol's,
  a court's or an insurer's participle), "год рождения: 1954";
* a two-digit year after a birth word: "Год рождения: 54", "Родился в 77 году";
* a two-digit year before its birth mark: "(70 г.р.)", "63 года рождения" ("в 15 г." is an event's year).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.cue_index import lowered

# the abbreviations ("г.р.", "д.р.", "г/р", "Д/Р", "ДР"; "р." of "родился" after a space, "(" or ",": "(р. 1999)",
# not after a number: "500 р." is roubles; "др." lower-case is "другие": "и др. 2019")
_MARK = r"(?:(?<![\w.])(?:г\.[ \t]?р\.?|д\.[ \t]?р\.?|[гд]/р|(?-i:ДР|Др))|(?<![^\s(,])(?<!\d[ \t])р\.)"
_WORD_MARK = r"(?<![\w])(?:(?P<verb>родивш[а-яё]*|родил(?:ся|ась|ись|и)?)|год[ \t]+рождения)"
# (a form's label alone on its line, its value on the next: "Д.Р:\n08012020")
_TAIL = r"[ \t]*[:\-–—]?[ \t]*(?:\n[ \t]*)?(?:в[ \t]+)?$"
# (before a four-digit year, any birth noun with its person after it, the noun whole or cut: "Дата рожд. пациента 1980",
# "рождения больного: 1954", "Рожд 1961"; "при рождении" is a weight's, "рожд" with other endings no mark)
_BIRTH_NOUN = r"(?<![\w])рожд(?:ения|\.|(?![а-яё]))(?:[ \t]+[а-яё]{3,})?"
# (and a person's sex and a comma: "м, 1958, пенсионер", "Жен., 1949": a person's line gives the sex, then the year of
# birth; not a metre's "5 м, 2000", "20 кв. м, 2000 руб" (review A r23, finding 3) nor an injection's "в/м, 2019")
_SEX = r"(?<![\w/.])(?<!\d[ \t])(?<!кв\.[ \t])(?<!пог\.[ \t])(?<!куб\.[ \t])(?:м|ж|муж|жен)\.?[ \t]*,"
_BEFORE_FOUR = re.compile(rf"(?:{_MARK}|{_WORD_MARK}|{_BIRTH_NOUN}|{_SEX}){_TAIL}", re.IGNORECASE)
_BEFORE_TWO = re.compile(rf"{_WORD_MARK}{_TAIL}", re.IGNORECASE)
#: a year's birth mark right after it: "1985 г.р.", "70 г. р.", "1985 г/р", "63 года рождения" ("гр." is grams or a group)
# ("г. р-р" is a solution's gram and "раствор": no mark)
BIRTH_MARK = re.compile(r"[ \t]?(?:г\.[ \t]?р(?:\.|(?![а-яё\-]))|г/р|года?[ \t]+рожд)", re.IGNORECASE)
_WINDOW = 28
# what stands right before the year after its mark (a space, a colon, the bracket of "(р. 1999)")
_BEFORE_YEAR = frozenset(" \t\n:(.-–—")
#: what stands right before a two-digit year after a birth word: the last characters _TAIL can end with that
#: _BEFORE_YEAR allows (an exact gate: no other two-digit number can be a year by a birth word before it)
TWO_DIGIT_BEFORE = frozenset(" \t\n:-–—")
# after a verb's two-digit year no unit: "родился в 36 недель", "в 12 часов", "в 38 нед.", "в 2400 г" are a
# pregnancy's weeks, a time or a weight of birth; anything else may follow the year ("Родился в 77-м году", "в 77 в
# г. Казани", "в 63 в семье рабочих", "в 54 (со слов)"), so the rule names what refuses, not what accepts
_VERB_UNIT_AFTER = re.compile(r"[ \t]*(?:нед|недел|ч\b|час|мин|сут|дн|мес|кг|г\b(?!\.|од))", re.IGNORECASE)


def is_birth_year(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a number of two or four digits (four: a year of 1800-2099), is a year of birth by a
    mark before it, or (two digits) by the mark after it."""
    if end - start == 2 and BIRTH_MARK.match(text, end) and text[start - 1 : start] not in (".", ",", "/", "-"):
        return True
    if not start or text[start - 1] not in _BEFORE_YEAR:
        return False
    if end - start == 4:
        return birth_mark_before(text, start)
    # (a birth word's stem in it first, in the note's lowered text as the regex ignores case: cue_index keeps it per note)
    window = lowered(text)[max(0, start - _WINDOW) : start]
    return ("ожд" in window or "одил" in window or "одивш" in window) and two_digit_after_word(text, start, end)


def two_digit_after_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, two digits, follows a birth word ("Год рождения: 54", "Родился в 77 году"); after a verb
    no unit follows it (the regex alone, without the stem pre-test)."""
    found = _BEFORE_TWO.search(text, max(0, start - _WINDOW), start)
    return found is not None and (found.group("verb") is None or _VERB_UNIT_AFTER.match(text, end) is None)


def birth_mark_before(text: str, start: int) -> bool:
    """A birth mark ends right before ``start`` (a year's or an eight-digit date's: "(р. 24071976)", "Д.Р:\n08012020")."""
    return _BEFORE_FOUR.search(text, max(0, start - _WINDOW), start) is not None
