"""The record readers beside the grammar's one value after its noun and sign (:mod:`.record_numbers`, which calls them).

* a sick leave's twelve digits on the line under its label (:data:`LEAVE_BELOW`);
* a sample's code as a laboratory writes it (:func:`sample_code`) and a role noun's person number (:data:`PERSON_NUMBER`);
* a second value joined to a record's value (:func:`joined_value`), a value filling a bracket after a card's noun phrase
  (:func:`bracketed_value`) and the values listed under a heading noun (:func:`listed_values`).

Moved out of :mod:`.record_numbers` (review A r26, finding 14) when round 26's readers grew it back from 319 to 419 lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.checksums import person_inn_valid, snils_valid
from medsyn_dataset.validation.pii.phone_fields import whole_phone
from medsyn_dataset.validation.pii.phone_labels import PHONE_GROUPS as _PHONE_GROUPS
from medsyn_dataset.validation.pii.record_nouns import ROLE_STEMS as _ROLE_STEMS
from medsyn_dataset.validation.pii.record_values import NUMBERED_SCORE, checked_value, year_span
from medsyn_dataset.validation.pii.record_values import SIGNED_VALUE as _VALUE
from medsyn_dataset.validation.pii.units import UNIT_AFTER_VALUE

# a sick leave's number on the line under its label ("Номер ЭЛН\n916317145658", blind57): past a line break the grammar
# reads on only after a colon or "№", but the social fund's register gives every electronic leave twelve digits, a length
# that names it where it stands
LEAVE_BELOW = re.compile(r"(?:ЭЛН|ЛН)[ \t]*\n[ \t]*(?P<value>\d{12})(?![\w/\-]|[.,]\d)")

BARCODE = re.compile(r"\d{8,}")
_DOTTED = re.compile(r"\d\.\d+\.\d")  # "04.9097.452229": a laboratory's dotted number


def sample_code(text: str, start: int, end: int) -> bool:
    """A sample's number as a laboratory writes it: a code of five digits and more ("Б-3078583", "04-55120",
    "04.9097.452229" with eight digits at least) or a barcode's eight digits and more; "проба: ЧСС 72", "проба 1020" are a test's readings.
    Not a span of years ("Цитология 2019-2021", "2023-24"), a range with its unit ("90000-100000 ЕД") or one or two
    digits before the dash ("1-12345"): review C r22, finding 13."""
    value = text[start:end]
    digits = sum(ch.isdigit() for ch in value)
    if year_span(value) or _SHORT_HEAD.match(value) or UNIT_AFTER_VALUE.match(text, end):
        return False
    return digits >= 5 and (CODE_SHAPED.search(value) is not None or BARCODE.fullmatch(value) is not None
                            or (digits >= 8 and _DOTTED.search(value) is not None))


CODE_SHAPED = re.compile(r"\d[\-/]\d|[A-ZА-ЯЁ]")
# a trial's, a biobank's or a pedigree's person numbered by five digits and more, "субъект 09739", "Субъект 19708:",
# "пробанд 40213": no count of a person's visits or donations ("донор 2 раза") nor a year ("участник 2023 года") has
# five digits, so after a role noun such a bare number is that person's code as a code-shaped one is (blind56, one author
# writing subject numbers bare in AE logs, data queries, monitors' findings, e-mails' subjects and narratives)
PERSON_NUMBER = re.compile(r"\d{5,}")
_SHORT_HEAD = re.compile(r"\d{1,2}[\-/–]")


# a second value joined to a record's value by "и", "или", a comma or a slash: the same noun, in the plural or not,
# numbers both ("прошу уничтожить образцы № S98899577 и 173137987", "карты EMK-592472869 и 93422801" of one patient's
# duplicate records, "объединить карты 54220777, 58857310", "дубли ИБ 54220777 / 58857310"); only an identifier's five
# digits and more, never a count, an amount with its unit, a phone or another paper's checksummed number ("ИБ № 12345 и 2
# ЛН", "ИБ № 12345 и 25000 ЕД гепарина", "и 100000 КОЕ/мл", "карта 4471 и тел. ...")
_AND = re.compile(r"(?:[ \t]+(?:и|или)[ \t]+|[ \t]*[,/][ \t]*)(?:№[ \t]*)?")
_JOINED_DIGITS = 5
# a count's or an amount's unit after a number, in any case: the units of :data:`.units.UNIT_AFTER_VALUE` ("25000 ЕД",
# "250000 МЕ") and the counts of a microbiology report, a transfusion or a graft ("100000 КОЕ/мл", "300000 клеток/кг",
# "5000 копий/мл"), a sum of money ("15000 руб."), or a rate glued with a slash ("300000/кг", "120000/мкл")
_COUNT_UNIT = re.compile(r"[ \t]*(?:кое|клет\w*|копи[йяи]\w*|руб\w*|р\.|₽|/[ \t]*(?:кг|мл|мкл|л|сут)(?![а-яёa-z]))",
                         re.IGNORECASE)
_LEADING_DIGITS = re.compile(r"\d+")


def amount_after(text: str, end: int) -> bool:
    """Whether a unit or a count word follows the number ending at ``end``, in any case: the number is an amount, no
    one's number (a dose after "донора", a count after "и"; review A r26, finding 5)."""
    return UNIT_AFTER_VALUE.match(text, end) is not None or _COUNT_UNIT.match(text, end) is not None


def amount(text: str, value: re.Match[str]) -> bool:
    """Whether ``value`` is an amount: a unit after it, or after its leading digits when the value took the unit in
    ("120000/мкл": the value's own slash joined the rate's unit)."""
    digits = _LEADING_DIGITS.match(text, value.start())
    return amount_after(text, value.end()) or (digits is not None and digits.end() < value.end()
                                               and _COUNT_UNIT.match(text, digits.end()) is not None)


def other_paper(value: str) -> bool:
    """Whether ``value``'s digits are a SNILS's eleven with its check digits or a person's INN's twelve with theirs: another
    paper's number, which its checksum names wherever it stands (review A r26, finding 4)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return snils_valid(digits) or person_inn_valid(digits)


def person_number(text: str, value: re.Match[str]) -> bool:
    """A role noun's bare person number: five digits and more with no unit after it ("субъект 09739"; not "донора
    250000 ЕД", "донора 300000 клеток/кг")."""
    return PERSON_NUMBER.fullmatch(value.group()) is not None and not amount(text, value)


def joined_value(text: str, found: tuple[int, int, float]) -> tuple[int, int, float] | None:
    """The value after "и", "или", "," or "/" that continues ``found`` (blind58's duplicate cards, blind56's withdrawn
    samples)."""
    joiner = _AND.match(text, found[1])
    value = _VALUE.match(text, joiner.end()) if joiner is not None else None
    if value is None or sum(ch.isdigit() for ch in value.group()) < _JOINED_DIGITS:
        return None
    if whole_phone(text, value.start(), value.end()) or _PHONE_GROUPS.fullmatch(value.group()):
        return None
    if amount(text, value) or other_paper(value.group()):
        return None
    return checked_value(text, value.start(), value.end(), 2 if found[2] >= NUMBERED_SCORE else 1, signed_digits=_JOINED_DIGITS)


# a record's value in brackets right after its noun phrase, the bracket holding nothing else: a help desk's or a log's
# way of naming the card it means ("карту пациента Исаевой А.Ф. (88765491-13)", "ИБ Петрова (PID5609171)"); five digits
# and more, so that a year, an age or a form's code in brackets stays a note ("история болезни (2019)", "(ф. 025/у)")
_BRACKETED = re.compile(r"[ \t]*\(")


def bracketed_value(text: str, end: int) -> tuple[int, int, float] | None:
    """The value filling the bracket that opens at ``end`` after a record's noun phrase, or None."""
    bracket = _BRACKETED.match(text, end)
    value = _VALUE.match(text, bracket.end()) if bracket is not None else None
    if value is None or text[value.end() : value.end() + 1] != ")" or sum(ch.isdigit() for ch in value.group()) < _JOINED_DIGITS:
        return None
    if whole_phone(text, value.start(), value.end()):
        return None  # "Карта пациента Иванова (89161234567)": the holder's phone, the numbering plan's whole number
    if other_paper(value.group()):
        return None  # "Медкарта пациента Исаевой А.Ф. (112-233-445 95)": the holder's SNILS, its check digits name it
    return checked_value(text, value.start(), value.end(), 1, signed_digits=_JOINED_DIGITS, named_by_record=True, record_noun=True)


# a heading's list: a record's, a specimen's or a person's noun ending its line with a colon, then items
# numbered "1)", "2." or bulleted, each opening with that thing's number ("Образцы:\n1) F51-15-56317 — субъект 200-7292\n2)
# ПЛ-25-7953 — ...", "Карты:\n- 12345/24"); a specimen's value must have a code's or a barcode's shape
# (:func:`sample_code`), any other five digits and more; the list ends at the first line that is no item
_HEADING = re.compile(r"[ \t]*:[ \t]*\n")
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[).]|[-•*–—])[ \t]*")
_MAX_LISTED = 30


def listed_values(text: str, noun: re.Match[str]) -> Iterator[tuple[int, int, float]]:
    """The values of the items listed under ``noun`` when it heads a list (its line holds nothing else)."""
    heading = _HEADING.match(text, noun.end())
    line_start = text.rfind("\n", 0, noun.start()) + 1
    if heading is None or not _HEADING_WORDS.fullmatch(text, line_start, noun.start()):
        return
    sample = noun.group("sample") is not None and not noun.group("sample").lower().startswith(_ROLE_STEMS)
    position = heading.end()
    for _ in range(_MAX_LISTED):
        item = _LIST_ITEM.match(text, position)
        value = _VALUE.match(text, item.end()) if item is not None else None
        if value is None:
            return
        if sample_code(text, value.start(), value.end()) if sample else sum(map(str.isdigit, value.group())) >= _JOINED_DIGITS:
            checked = checked_value(text, value.start(), value.end(), 1, signed_digits=_JOINED_DIGITS, named_by_record=True)
            if checked is not None:
                yield checked
        line_end = text.find("\n", value.end())
        if line_end < 0:
            return
        position = line_end + 1


# (the heading's line holds the noun and at most three words before it: "Образцы:", "Переданы образцы:", "Список карт
# пациентов:"; no digit, no sentence)
_HEADING_WORDS = re.compile(r"[ \t\-*#]*(?:[А-ЯЁа-яёA-Za-z]+[ \t]+){0,3}")
