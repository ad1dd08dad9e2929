"""The value of a record number: its shape, and the checks that tell it from a clinical value.

Every reader of a numbered paper (:mod:`.record_numbers`, :mod:`.document_numbers`, :mod:`.paper_values`,
:mod:`.numbered_values`, ...) takes the value after its noun and sign with one grammar, :data:`VALUE_BODY`, and asks
:func:`checked_value` whether the value is a number at all; this module holds both, so that each reader decides only
where a value stands, never what a value may be.

Clinical values are left out by their shape and unit: a date, an ICD code ("I11.9"), a number with a
unit or "лет"/"раз" after it, a bare number of one to three digits where no sign stands before it.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.field_cues import NEXT_FIELD_CUE
from medsyn_dataset.validation.pii.phone_labels import CALL_WORDS, PHONE_OWNER_WORD
from medsyn_dataset.validation.pii.units import UNIT_AFTER_VALUE

# one to three lower-case letters glued to a number mark a series or a department ("37075-к", "12345т",
# "2742/16ст", "139/21-б"), never an ordinal's ending ("5-й", "3-х", "2-го", "1-ый"); a unit glued
# on ("5мг") is left out by :func:`checked_value`
_ORDINAL_ENDING = r"(?:[йяеюмх]|го|ый|ой|ий|ая|ое|ые|ых|ую|му|ом|ей|ми)(?![а-яё])"
# (nor a preposition a hurried hand glued on: "МК 270от 12.03", "37до 39")
_GLUED_PREPOSITION = r"(?:от|до|по|на|за)(?![а-яё])"
_SUFFIX = rf"(?:(?!{_ORDINAL_ENDING}|{_GLUED_PREPOSITION})[а-яё]{{1,3}}(?![а-яё]))"
_PART = rf"[\dA-ZА-ЯЁ]+{_SUFFIX}?"
# after a slash no ordinal ending can stand ("3-х" has a hyphen): any one to three letters ("17165/х")
_LETTERS = r"(?:[а-яё]{1,3}(?![а-яё]))"
VALUE_BODY = (
    r"(?:[A-ZА-ЯЁ]{1,5}\d{0,2}(?:[ \t](?=\d)|[\-./](?=[\dA-ZА-ЯЁ]))?"  # a series: "МКСБ 19-...", "ГКБ1-", "С", "P"
    # (or the information system's name, any case, dashed before a long number: "№qMS-5189411", "№ Ариадна-5923189")
    r"|[A-Za-zА-ЯЁа-яё]{2,12}-(?=\d{5}))?"
    rf"\d[\dA-ZА-ЯЁ]*{_SUFFIX}?"  # digits first, letters glued on ("84915ОНК25", "12345т")
    rf"(?:/(?:{_PART}|{_LETTERS})|[\-.](?:{_PART}|{_SUFFIX})|[ \t]\d{{2,4}}(?![\w/\-]|[.,]\d))*"  # parts: "/ХО/39206", "-к", " 964 2349"
    # (a scan or a hurried hand puts a space before the year's slash: "и/б N375 /22")
    r"(?:[ 	]/\d{2}(?![\w/\-]|[.,]\d))?"
    # (another identifier's name in brackets glosses the value, it is no department: "Номер 56330148164 (СНИЛС)", :mod:`.named_after`)
    r"(?:[ \t]\((?!(?-i:СНИЛС|ИНН|ЕНП|ОМС)\))(?-i:[А-ЯЁ]{1,5})\))?"  # a department in brackets: "123/19 (ТО)"
)
# a value, maybe with its own sign glued on: "№12345" (:mod:`.record_numbers`, :mod:`.numbered_papers`)
SIGNED_VALUE = re.compile(rf"(?:№[ \t]?)?{VALUE_BODY}")
# a date ("27.07.2021г", "2021-07-27"), and a year (a record number only after "№": "Карта № 1949")
# (a dashed day-month-year too, when its day, month and year can be one: "14-07-2021г.")
# (and a year-first date with stops or slashes, as a laboratory's system prints it: "2013.09.20")
# (and a date whose last stop a hurried hand left out: "выдан 24.11 2012")
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d\d"
                   r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])[ \t](?:19|20)\d\d(?!\d)"
                   r"|(?:19|20)\d\d[./](?:0?[1-9]|1[0-2])[./](?:0?[1-9]|[12]\d|3[01])(?![\d.])")
# a period: two dates, or two days of one month and year ("15.05.2023-17.05.2023", "20-24.03.2026"), or a day and
# month, then a full date ("23.08-28.08.2024"): the dates of an event after a document's word ("ЭЛН открыт
# 20-24.03.2026"), never its number
_DATE_RANGE = re.compile(r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{1,2})[ \t]?-[ \t]?\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d")
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: a span of years ("2019-2021", "2019–2021", "2023/2024"): a period, never a number (one pattern for every reader,
#: review C r22, finding 6; :func:`year_span` adds the short way of two consecutive years)
YEAR_SPAN = re.compile(r"(?:19|20)\d\d[\-–/](?:19|20)\d\d")
_SHORT_YEAR_SPAN = re.compile(r"(?:19|20)(\d\d)[\-–/](\d\d)")


def year_span(value: str) -> bool:
    """Whether ``value`` is a span of years: two full years, or a year and the next one's two digits ("2023-24",
    "2022/23"; a case number's year part, "1975-25", "86107-20", is not the next year)."""
    short = _SHORT_YEAR_SPAN.fullmatch(value)
    return YEAR_SPAN.fullmatch(value) is not None or (short is not None
                                                       and int(short.group(2)) == (int(short.group(1)) + 1) % 100)
# a month and its year ("06.2021", "09/2021"): the month of an event after a document's word ("Путёвка в санаторий на
# 09.2021", "Последняя санаторная путёвка — 06.2021"), as a year alone is; a record number only after "№"
_MONTH_YEAR = re.compile(r"(?:0[1-9]|1[0-2])[./](?:19|20)\d{2}")
_ICD = re.compile(r"[A-ZА-Я]\d{2}(?:\.\d{1,2})?")
# a service's code in the national nomenclature of medical services ("код услуги A06.09.007", "B01.047.001.002"): it
# names the kind of service, as an ICD code names the disease
_SERVICE_CODE = re.compile(r"[ABАВ]\d{2}\.\d{2,3}\.\d{3}(?:\.\d{3})?")
# a mobile or a town number written whole: the phone recognizer's
# (a mobile may be written with its country code and no "+": "79167233153")
_PHONE = re.compile(r"(?:\+[ \t]?7|8|7(?=9))[ \t\-(]*\d{3}[ \t\-)]*\d{3}[ \t\-]?\d{2}[ \t\-]?\d{2}")
# ... but a number a record's own noun names ("Карта 8912 3456789", "амб. карта 8 912 345-67-89", "карта № 8912-345-67-89"),
# eleven digits from 7 or 8 in groups split by a space or a dash only, is that record's number, whole: a record's digits
# fall into a phone's groups by chance (review r24, finding 11); a "+" or a bracketed code is a phone's own notation,
# and a phone's word nearby lifts the phone's score above the record's (:mod:`.phones`' PHONE_CONTEXT), so it stays a phone
_PHONE_GROUPED_DIGITS = re.compile(r"[78](?:[ \t\-]?\d){10}(?![\w/\-]|[.,]\d)")
# ... unless a phone's word follows it on its line, before any other number ("Карта 8912 3456789 (моб.)", "..., тел. для
# связи"): the call words of :mod:`.phone_labels` and a phone's kind ("моб.", "сотовый", "факс")
# (or a word naming the phone's owner: "Карта 8 912 345 67 89 (мать)", :data:`.phone_labels.PHONE_OWNER_WORD`)
_PHONE_WORD_AFTER = re.compile(rf"[^\n\d]{{0,24}}?(?:{CALL_WORDS.pattern}|(?<![\w])(?i:моб\w*|сотов\w*|факс\w*|fax)"
                               rf"|{PHONE_OWNER_WORD})")
_DECIMAL = re.compile(r"\d{1,3}[.,]\d{1,3}")
_ORDINAL_AFTER = re.compile(r"-[а-яё]")  # "5-й", "3-х": an ordinal
# (a size's factor: "12 x 15 мм", "3*4"; a star before a word is a redaction's placeholder, "№ 2026-53 *ДАТА*")
_NUMBER_AFTER = re.compile(r"[.,]\d|[ \t]*[x×*][ \t]*\d")
_LETTERS_AT_END = re.compile(r"(?<=\d)[а-яё]{2,3}$")
# a form's code ("026/у", "003-у"): it names the kind of record, not the record
_FORM_CODE = re.compile(r"\d{3}[-/]?[уy](?:-[\w]+)?")

#: scores of a record number read by the grammar: after "№", after ":" or a dash, after a strong noun alone
# (all above a phone read by its shape alone, 0.85: a number a record's noun names is that record's
# number: "ЭМК 4941-552261", "Идентификатор пациента 83538164501"; a phone word nearby lifts a phone to 1.0)
NUMBERED_SCORE = 0.88  # after "№"
SIGNED_SCORE = 0.87
BARE_SCORE = 0.86


# a unit, a count word or a year mark after the value, as a whole word (one list for every reader: :mod:`.units`)
_UNIT_WORD = UNIT_AFTER_VALUE


# a passport's printed layout, a four-digit series and a six-digit number ("4509 123456"), is one number whichever paper's
# word names it: :data:`VALUE_BODY`'s groups of two to four digits stop after the four and would leave the six unredacted
# ("Карта 4509 123456, паспорт предъявлен"; round 22's item left open); a unit, a decimal or a longer run is no such group
_SIX_AFTER_FOUR = re.compile(r"[ \t]\d{6}(?![\w/\-]|[.,]\d)")


def _passport_layout_end(text: str, start: int, end: int) -> int:
    """The end of a four-digit value ``text[start:end]`` taken with the six digits after it, or ``end``."""
    six = _SIX_AFTER_FOUR.match(text, end)
    if six is None or not text[start:end].isdigit() or _UNIT_WORD.match(text, six.end()) is not None:
        return end
    return six.end()


def checked_value(text: str, start: int, end: int, sign: int, bare_digits: int = 4, signed_digits: int = 1,
             named_by_record: bool = False, record_noun: bool = False) -> tuple[int, int, float] | None:
    """The value's span and score, or None where its shape or unit says it is a clinical value.
    ``sign``: 2 after "№", 1 after ":" or a dash, 0 after a space only; ``named_by_record``: a record's
    noun or an identifier word names it, so plain digits shaped like a phone are its number; ``record_noun``: the
    record's own noun names it ("карта", "и/б"), so digits in a phone's groups are its number too, all of them."""
    while end > start and text[end - 1] in " \t.-/":
        end -= 1
    grouped = _PHONE_GROUPED_DIGITS.match(text, start) if record_noun else None
    if grouped is not None and _PHONE_WORD_AFTER.match(text, grouped.end()) is None:
        end = max(end, grouped.end())
    else:
        grouped = None
    if end - start == 4 and text[end : end + 1] in (" ", "\t"):
        end = _passport_layout_end(text, start, end)
    raw = text[start:end]
    if raw[:1].isalpha() and NEXT_FIELD_CUE.match(raw):
        return None  # "№ ИЛС 642-855-482 21": another identifier's cue, not a series
    digits = sum(ch.isdigit() for ch in raw)
    letters = _LETTERS_AT_END.search(raw)
    if letters is not None and UNIT_AFTER.match(letters.group()):
        return None  # "5мг", "12мес"
    date = _DATE.match(raw)
    # (a phone's shape is a phone's, unless a record's noun names the value and it is plain digits or follows "№": no one
    # signs a phone with the numero sign, "рецепт № 8267-6889752")
    phone = _PHONE.fullmatch(raw) is not None and not (named_by_record and (raw.isdigit() or sign == 2)) \
        and not (grouped is not None and _PHONE_GROUPED_DIGITS.fullmatch(raw))
    if not digits or phone or _FORM_CODE.fullmatch(raw) or _SERVICE_CODE.fullmatch(raw) or (date is not None and not any(ch.isdigit() for ch in raw[date.end():])):
        return None  # a date ("27.07.2021г"), not "2019-03-12345"
    if _DATE_RANGE.fullmatch(raw):
        return None
    if sign < 2 and (_YEAR.fullmatch(raw) or _MONTH_YEAR.fullmatch(raw) or _ICD.fullmatch(raw)):
        return None  # after "№" a year, a month and year or a letter with two digits is a number all the same
    if sign < 2 and _DECIMAL.fullmatch(raw):
        return None  # "МК 0.38": a measurement
    # (no measurement has eight digits, "ЭМК ID 2900083295"; counted in the last group, as a unit follows that one)
    unit = _UNIT_WORD.match(text, end) if sum(ch.isdigit() for ch in raw[raw.rfind(" ") + 1 :]) < 8 else None
    head = raw[: raw.rfind(" ")]
    # (or of a structured number's three: "№ 3024-Н 28 лет")
    if unit is not None and " " in raw and sum(ch.isdigit() for ch in head) >= (3 if any(ch in head for ch in "/-") or
                                                                               any(ch.isalpha() for ch in head) else 5):
        # "Номер случая: 100063741800 36 лет": the last group is the number of the unit that follows
        cut = start + raw.rfind(" ")
        return checked_value(text, start, cut, sign, bare_digits, signed_digits, named_by_record)
    # (a unit is written in lower case: "12345 Удушье" is a record number and the sentence after it)
    if (unit is not None and not text[unit.end() - len(unit.group().lstrip()) : unit.end()][:1].isupper()) \
            or _NUMBER_AFTER.match(text, end) or _ORDINAL_AFTER.match(text, end):
        return None
    # (a number sign "N" may touch its number, "и/б N375/22": no letter run glued on)
    glued_sign = start >= 2 and text[start - 1] == "N" and not text[start - 2].isalnum() and text[start].isdigit()
    if (start and text[start - 1].isalnum() and not glued_sign) or (end < len(text) and text[end].isalnum()):
        return None
    structured = any(ch in raw for ch in "/-.") or any(ch.isalpha() for ch in raw.lstrip("№"))
    # after "№" any number is one; after ":" three digits or a structure (not a list item "1."); with
    # nothing between, ``bare_digits`` digits or a structure ("карта 12" is no record number)
    needed = (signed_digits, 3, bare_digits)[2 - sign]
    # a letter in the value makes it a code even with nothing between ("карта 207/О", "ИР 3318Н")
    lettered = digits >= 2 and any(ch.isalpha() for ch in raw.lstrip("№"))
    if digits < needed and not (structured and (sign or lettered)):
        return None
    return start, end, (BARE_SCORE, SIGNED_SCORE, NUMBERED_SCORE)[sign]


_BRACKET_OF_LETTERS = re.compile(r"[ \t]*\([^\W\d_.]+\)$")


def person_value_end(text: str, value: re.Match[str]) -> int | None:
    """The end of a person's number after a role noun ("Субъект 01-014", "Донор D-88213"), or None where the value is a
    span of years with or without a status's abbreviation ("Участник ВОВ 1941-1945 гг.", "Участник СВО 2023-2024",
    "Донор 2015-2020": a war's, a campaign's or a donation's years). A bracket of letters after a person's number
    holds that person's initials or a mark of the person, no department's code ("Субъект 01-014 (АВК)": the initials are
    the person's name, :mod:`.person_initials`; read by :mod:`.record_numbers`), so the value ends before it (review A r25, findings 1 and 2)."""
    bracket = _BRACKET_OF_LETTERS.search(value.group())
    end = value.start() + bracket.start() if bracket is not None else value.end()
    last = text[value.start() : end].split()
    return None if not last or year_span(last[-1]) else end
