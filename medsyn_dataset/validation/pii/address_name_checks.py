"""Whether a capitalised word after an address keyword names a place: the checks the address recognizer asks
before it takes "м. X" (metro), "г. X" / "город X" (a town) or "обл X" (a region) as a place, and the shared test
that an ordinary word after "с."/"пос." is a name and not a sentence running on."""

from __future__ import annotations

import re
from collections.abc import Callable

from medsyn_dataset.validation.pii.morph import WordClass, word_class

#: the field ends here: a comma, semicolon or bracket, the line's or text's end, or a full stop before a new sentence
FIELD_END = re.compile(r"\s*(?:[,;)]|$|\n|\.\s*(?:$|\n|[А-ЯЁ\d]))")


def place_word_ok(word: str, text: str, end: int) -> bool:
    """After "с."/"пос."/"пр." the next capitalised word must not be an ordinary word running on into
    a sentence ("с. Пациент отметил"), unless the field ends right after it. A hyphenated name
    ("Кош-Агач") and the head word of a two-word one ("Верхняя Артемьевка") are judged as names."""
    if re.search(r"-[А-ЯЁ]", word):
        return True
    words = word.split()
    first = words[-1] if len(words) > 1 else words[0].split("-")[0]
    flags = word_class(first)
    if not (flags & WordClass.COMMON) or flags & (WordClass.PLACE | WordClass.SURNAME | WordClass.NAME):
        return True
    return bool(FIELD_END.match(text, end))


def metro_ok(text: str, match: re.Match[str]) -> bool:
    """"метро X" always; "м." (also metres, minutes, "male") only not after a number and before a
    name that is no ordinary word running on ("м. Жалобы нет")."""
    start = match.start()
    if _STATION.search(text, max(0, start - 6), start):
        return True  # "ст. м. Чкаловская"
    if text[max(0, start - 2) : start].strip()[-1:].isdigit():
        return False
    if _NEAR.search(text, max(0, start - 16), start):
        return True  # "в районе м. Спортивная", "недалеко от м. Сокол"
    return place_word_ok(match.group("metro"), text, match.end("metro"))


_STATION = re.compile(r"ст\.[ \t]?$")
_NEAR = re.compile(r"(?:^|\s)(?:район\w*|от|у|около|возле|близ|рядом\s+со?)\s$", re.IGNORECASE)


_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def city_ok(text: str, match: re.Match[str]) -> bool:
    """"г. Кош-Агач", "г. Холмогоры": after "г." a capitalised word is a town, even an ordinary
    word, unless "г." is a year ("2019 г. При...") or a list letter ("а. ... г. Не работает");
    after "город" an ordinary word must end the field."""
    start, name = match.start(), match.group("city")
    if text[max(0, start - 2) : start].strip()[-1:].isdigit() or len(name) <= 2:
        return False
    if text.startswith("г", start) and not _LINE_START.search(text, max(0, start - 8), start):
        return True
    return place_word_ok(name, text, match.end("city"))


def region_first_ok(text: str, match: re.Match[str]) -> bool:
    """"обл Тверская": a region's name after its keyword is an adjective made of a place ("-ская",
    "-цкий"), or any name after "респ" ("респ Адыгея")."""
    name = match.group("region")
    return text.startswith("респ", match.start()) or bool(_PLACE_ADJECTIVE_NAME.search(name))


_PLACE_ADJECTIVE_NAME = re.compile(r"[сц]к(?:ая|ий|ой|ое)$")


#: the component kinds whose captured name must pass a check, and the check
NAME_CHECKS: dict[str, Callable[[str, re.Match[str]], bool]] = {"city": city_ok, "metro_abbr": metro_ok, "region_first": region_first_ok}
