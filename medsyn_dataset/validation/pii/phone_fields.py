"""Phone cue fields: after "тел.", "моб.", "т.", "контакты", "факс" the numbers that follow are phones,
whatever their length and grouping, and so is every further number of the same field.

A record names what it writes: "Тел. ФАПа 678994", "т. 5-21-71 (соседка)", "Телефоны родственников:
89193221756; 24-86-72", "тел. 8 (951) 043-87-71 (моб.), 7-93-60 (дом.)", "тел. (4852) 12-34-56/57".
A local number without its area code (5-7 digits) is no valid number for ``phonenumbers`` and
looks like anything else on its own; after a phone word it is a phone. What the field may hold:

* between the cue and the number, up to two words naming whose it is ("ФАПа", "дочери", "сына");
* the number: digits with spaces, dashes, dots and brackets, "+" before, an extension after
  ("доб. 12"), an alternate ending after a slash ("12-34-56/57");
* further numbers after ",", ";", "/" (a note in brackets between: "(моб.), 7-93-60").

Short, ambiguous cues ("т.", "контакт", "номер") need a number shaped like a phone (a dashed
local number "5-21-71", ten digits or more, a "+") or whose it is in brackets after it ("т. 53305
(соседка)"); a date ("12.03.2019") is never a phone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts

_I = re.IGNORECASE
_CUE = re.compile(
    r"(?:(?P<strong>(?:(?:контактн\w+|мобильн\w+|домашн\w+|рабоч\w+|сотов\w+|дом\.|раб\.|конт\.|сот\.)[ \t]*)?"
    r"(?:телефон\w*|тел\.?(?:[ \t]?[/(][ \t]?факс\)?)?|т/ф|факс\w*)(?:[ \t]+(?:моб|дом|раб|конт|сот)\w*\.?)?"
    r"|номер\w*[ \t]+телефон\w*|контактн\w+[ \t]+номер\w*"
    r"|моб\.|мобильн\w*|сотов\w*|whatsapp|вотсап|viber|вайбер|telegram)"
    r"|(?P<weak>т\.|контакт\w*|(?:на|с|по)[ \t]+номер[ауе]?))"
    # whose number it is: up to two words ("ФАПа", "дочери", "родственников"); then ":" or a dash
    r"(?P<owner>(?:[ \t]+[А-ЯЁа-яё]+\.?){0,2}?)"
    r"[ \t]*(?:[:\-–—][ \t]*)?(?=\+?[ \t]?[\d(])",
    _I,
)
# where a cue may start, in the lower-cased text (``str.find`` each; see :func:`.base.word_starts`)
# (a cue that opens with "домашний", "раб." has its "тел" later: that one is found instead; "на
# номер" is found at its "номер"; a messenger's name is no anchor: the full mobile number after it
# is valid on its own, found by the matcher)
_ANCHOR = ("тел", "т/ф", "факс", "моб", "сот", "конт", "т.", "номер")
_PREPOSITION_BEFORE = re.compile(r"(?:на|с|по)[ \t]+$", re.IGNORECASE)
# groups of digits (brackets allowed) joined by a dash, a space or a dot
_VALUE = re.compile(
    r"(?:\+[ \t]?)?\(?\d[\d()]*(?:(?:[ \t]?[-–][ \t]?|[ \t]|\.)\(?\d[\d()]*)*"
    r"(?:/\d{2}(?![\d\-]))?(?:[ \t]*,?[ \t]*(?:доб|доп|вн|ext)\.?[ \t]*\d{1,5})?",
    _I,
)
# between two numbers of one field: "; ", ", ", " / ", "/", maybe after a note in brackets "(моб.)"
_NEXT = re.compile(r"[ \t]*(?:\([а-яё. ]{2,16}\)[ \t]*)?(?:[,;/]|[ \t]/)[ \t]*(?=\+?[ \t]?[\d(])", _I)
_LOCAL_SHAPE = re.compile(r"\d{1,3}-\d{2}-\d{2}(?!\d)")
_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|^\d{1,2}[./]\d{2}$")
_UNIT_AFTER = re.compile(r"[ \t]*(?:мг|мл|мм|ед|кг|г\b|см|раз|р/д|таб|шт|%|лет|год|мес|дн|нед|ч\b|мин)", _I)
# whose number it is, in brackets after it: "т. 53305 (соседка)", "89161234567 (моб.)"
_OWNER_AFTER = re.compile(
    r"[ \t]*\((?:дочь|доч\w*|сын\w*|мать|мам\w*|отец|пап\w*|муж\w*|жена|жены|супруг\w*|брат\w*|сестр\w*|внук\w*|внучк\w*"
    r"|сосед\w*|родственни\w*|опекун\w*|моб\w*|дом\w*|раб\w*|сот\w*|конт\w*)\.?\)",
    _I,
)
_MAX_NUMBERS = 4
_DIGIT = re.compile(r"\d")


def phone_fields(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the numbers in the fields after phone cues."""
    if not _DIGIT.search(text):
        return
    lower = lowered(text)
    starts = word_starts(lower, _ANCHOR) if lower else [m.start() for m in _CUE.finditer(text)]
    resume = 0
    for start in starts:
        if start < resume or (start and text[start - 1] in "_-/"):
            continue
        if lower.startswith("номер", start):  # "на номер", "с номера": the cue starts at the preposition
            before = _PREPOSITION_BEFORE.search(text, max(0, start - 4), start)
            start = before.start() if before is not None else start
        cue = _CUE.match(text, start)
        if cue is None:
            continue
        position, weak = cue.end(), cue.group("weak") is not None
        for _ in range(_MAX_NUMBERS):
            span = _number(text, position, weak)
            if span is None:
                break
            yield span
            resume = position = span[1]
            following = _NEXT.match(text, position)
            if following is None:
                break
            position, weak = following.end(), True


def _number(text: str, start: int, weak: bool) -> tuple[int, int] | None:
    """The phone number at ``start`` (its span), or None when what stands there is no phone."""
    value = _VALUE.match(text, start)
    if value is None:
        return None
    end = value.end()
    while end > start and text[end - 1] in " \t-.(":
        end -= 1
    raw = text[start:end]
    if raw.count("(") != raw.count(")") and raw.endswith(")"):
        end -= 1  # "(моб.)" after the number is not part of it
        raw = text[start:end]
    digits = sum(ch.isdigit() for ch in raw)
    if not 5 <= digits <= 16 or _DATE.search(raw) or _UNIT_AFTER.match(text, end):
        return None
    if weak and not (digits >= 10 or raw.lstrip().startswith("+") or _LOCAL_SHAPE.search(raw) or _OWNER_AFTER.match(text, end)):
        return None
    return start, end
