"""Addresses written in capitals: "Г. ТВЕРЬ, УЛ. СОВЕТСКАЯ, Д. 5, КВ. 3", "ТВЕРСКАЯ ОБЛ., П. РЕДКИНО".

Printed forms, old MIS exports, OCR of typed documents and notes typed with Caps Lock write a whole
line in capitals. The address grammar (:mod:`.address`) reads keywords in lower case ("ул.", "г.")
and names with a capital and a lower-case tail ("Тверь"), as Russian spelling has them, so a line in
capitals matches neither. Rather than double every pattern, :func:`title_cased` writes the text's
capitals in the spelling the grammar reads: an address keyword in lower case ("УЛ." -> "ул."), any
other word in capitals with its first letter only ("ТВЕРЬ" -> "Тверь"). Every character stays in its
place (one letter for one), so the spans found in the copy are spans of the text.

Only when the text has an address keyword in capitals with its stop right before a word in capitals
("УЛ. С", "Г. Т", "ОБЛ.", "Д. 5"): other notes are not copied.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.rare_letters import find

# address keywords (the abbreviations of :mod:`.address` and their full words) that a line in capitals writes so
_KEYWORDS = frozenset(
    """
    г гор город ул улица пр просп проспект пр-т пр-кт пер переулок б-р бул бульвар ш шоссе наб набережная пл площадь
    туп тупик пр-д проезд мкр мкрн мкр-н микрорайон кв-л квартал алл аллея линия д дом кв квартира корп корпус стр строение
    к оф офис пом комн обл область край р-н район респ республика пос поселок посёлок пгт п с село дер деревня х хутор
    ст-ца станица ст рп снт нп сл аул
    """.split()
)
_SETTLEMENT_NAME = r"[А-ЯЁ][А-ЯЁ\-]{2,}(?:[ \t][А-ЯЁ\-]+)?"
# a keyword in capitals with its stop, before a name or a number: the gate (and a cheap one: ``str.find`` for
# the stops, a regex only where a stop is)
_CAPS_KEYWORD = re.compile(
    r"(?<![А-ЯЁа-яё\-])(?:(?:УЛ|Г|ГОР|ПР|ПР-Т|ПЕР|Б-Р|БУЛ|Ш|НАБ|ПЛ|МКР|Д|КВ|КОРП|ПОС|ПГТ|ДЕР|П|С|Х|СТ|СЛ|РЕСП)\.[ \t]?[А-ЯЁ\d]|ОБЛ\.|УЛ\.,"
    r"|(?:ПР-Т|ПР-КТ|Б-Р)[ \t][А-ЯЁ\d]"  # ("ШМИДТА УЛ., Д.24"; "ПР-Т УШАКОВА", "Б-Р 50 ЛЕТ ПОБЕДЫ" write no stop)
    # (the full words with a name of three letters or more, no particle, and a house number after it in the line,
    # "УЛИЦА ОКТЯБРЬСКАЯ 40-34", not "УЛИЦА НЕ УБРАНА 5"; a register's settlement kinds, ФИАС/ГАР's "нп", "аул", with a
    # district after the name, or (аул) a comma, or (нп, also a medical abbreviation: "НП ПОВЫШЕН, ", "ДИАГНОЗ: НП
    # ГИПЕРТОНИЯ, ") a comma and an address keyword later in the line)
    r"|(?:УЛИЦА|ПРОСПЕКТ)[ \t](?!(?:НЕ|НИ|БЫЛА?|БУДЕТ|ВСЯ|ВСЕ|ЭТА|ТА)(?![А-ЯЁ]))[А-ЯЁ]{3}[^\n\d]{0,28}\d"
    rf"|(?:НП|АУЛ)[ \t]{_SETTLEMENT_NAME}[ \t][А-ЯЁ\-]+[СЦ]КОГО[ \t]Р-НА"
    rf"|АУЛ[ \t]{_SETTLEMENT_NAME},"
    rf"|НП[ \t]{_SETTLEMENT_NAME},[^\n]{{0,60}}?(?<![А-ЯЁ])(?:УЛ|Д|КВ|ОБЛ|РЕСП|Р-Н|Р-НА|УЛИЦА|ДОМ|РАЙОН|ОБЛАСТЬ|КРАЙ)(?![А-ЯЁ\-]))"
)


# a line of an address in capitals names its town, its street or its region ("Г. ТВЕРЬ", "УЛ. МИРА",
# "ТВЕРСКАЯ ОБЛ."), or ends with a flat ("..., Д.88, КВ.223": a town and a street written without their
# keywords, "ВОЛОГДА, Б-Р ДОРОЖНИКОВ"): the four keywords looked for (each ``str.find`` over a note costs
# some microseconds)
_STOPS = (("Г.", 0), ("УЛ.", 1), ("ОБЛ.", 1), ("КВ.", 0))  # (and the place of a character of each rare in notes)


def has_caps_address(text: str) -> bool:
    """The text has an address keyword in capitals: "УЛ. СОВЕТСКАЯ", "Г. ТВЕРЬ", "ПР-Т УШАКОВА". (A street or
    flat keyword of the line is found in the note's shared cue index, in lower case, then checked in the text.)"""
    for stop, rare in _STOPS:  # (each found at a capital of its own: :mod:`.rare_letters`)
        position = find(text, stop, rare)
        while position >= 0:
            if _CAPS_KEYWORD.match(text, position) is not None:
                return True
            position = find(text, stop, rare, position + 1)
    lower = lowered(text)
    return bool(lower) and any(
        text[p].isupper() and _CAPS_KEYWORD.match(text, p) is not None for p in word_starts(lower, _STREET_KEYWORDS)
    )


# the other keywords of a street line in capitals, after its town without "Г." ("ТАВДА, ПР-Т ПАРИЖСКОЙ КОММУНЫ, Д.4")
# (and "УЛИЦА", "ПРОСПЕКТ", "Ш.", "ГОР.", "НП", "АУЛ", which a register of vaccinations or a passport's scan writes: "КИЗЛЯР,
# Ш. ЧЕРНЫШЕВСКОГО 73-11", "Место рождения ГОР. РАДУЖНЫЙ")
_STREET_KEYWORDS = ("пр-т", "пр-кт", "б-р", "пер.", "кв.", "улица", "проспект", "ш.", "гор.", "нп", "аул")


def title_cased(text: str) -> str:
    """``text`` with its words in capitals spelt as the address grammar reads them: a keyword in lower case,
    the two words after a keyword and the three before one ("ТВЕРСКАЯ ОБЛ.") with a capital, and every
    other word in capitals in lower case (a name's spelling on "ДОЧЬ ПРИЕЗЖАЕТ" would run the address on)."""
    words = list(_WORD.finditer(text))
    keyword = [w.group().lower() in _KEYWORDS and w.group().isupper() and text[w.end() : w.end() + 1] in (".", " ") for w in words]
    # (and up to three words before a keyword of two letters or more with its stop: a town of two words before a
    # street named first, "НАБЕРЕЖНЫЕ ЧЕЛНЫ, СТРОИТЕЛЬНАЯ УЛ."; not before "С", "В": "В ОТДЕЛЕНИИ С 07.10")
    stopped = [keyword[i] and len(w.group()) > 1 and text[w.end() : w.end() + 1] == "." for i, w in enumerate(words)]
    near = [any(keyword[j] for j in range(max(0, i - 2), min(len(words), i + 2)) if j != i)
            or any(stopped[j] for j in range(i + 2, min(len(words), i + 4))) or _after_street_number(text, words, keyword, i)
            for i in range(len(words))]
    pieces, cursor = [], 0
    for i, word in enumerate(words):
        value = word.group()
        if not value.isupper() or value.isdigit():
            continue
        pieces.append(text[cursor : word.start()])
        if keyword[i]:
            pieces.append(value.capitalize() if value.startswith("РЕСПУБЛИК") else value.lower())  # ("Республика Коми")
        elif near[i]:
            pieces.append("-".join(part[:1] + part[1:].lower() for part in value.split("-")))
        else:
            pieces.append(value.lower())
        cursor = word.end()
    pieces.append(text[cursor:])
    return "".join(pieces)


def _after_street_number(text: str, words: list[re.Match[str]], keyword: list[bool], i: int) -> bool:
    """Word ``i`` is the second word of a street's name that opens with a number ("ПР-Т 50 ЛЕТ ПОБЕДЫ": "ПОБЕДЫ" is
    the third word after the keyword, the number one of the name's, not a house's), on the keyword's line, no comma."""
    if i < 3 or not keyword[i - 3] or not words[i - 2].group().isdigit() or words[i - 3].group().lower() in _HOUSE_KEYWORDS:
        return False
    between = text[words[i - 3].end() : words[i].start()]
    return "\n" not in between and "," not in between


# the keywords of a house or a flat, whose number no name follows ("Д. 5 ЖАЛОБЫ НА БОЛЬ")
_HOUSE_KEYWORDS = frozenset("д дом кв квартира корп корпус стр строение к оф офис пом комн".split())

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\d+")
