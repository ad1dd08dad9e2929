"""The parts of an address that carry no keyword, taken next to the parts that do.

Records often write an address without words like "ул." or "д." for some of its parts: "Садовая
ул. 24-257, Северо-Курильск", "608110 Богучар Гайдара 151-199", "Джубга, Куйбышева, 89, 513595".
Next to a part that is surely an address (a keyword component, a postcode, a known town), the
recognizer takes these as well, by their shape:

* right of it: house numbers ("24-257", "102а/2", "д.5") and postcodes, and names (a town or a
  street: "Богучар", "Максима Горького") that are followed by a house number, or that end the
  field ("..., Видное.");
* left of it: names and numbers separated by commas, back to where the field starts ("Лагань,
  Димитрова ул., ...", "Для писем: Джубга, Куйбышева, 89, 513595").

A number followed by a unit ("5 лет", "2 раза", "10 мг") is no house number, and a first name or a
patronymic is no town: "г. Тула, Иванова Анна Петровна" keeps the person out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.day_numbers import date_street_end, month_after
from medsyn_dataset.validation.pii.morph import WordClass, analyzer, word_class

NAME = r"[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁа-яё][а-яё]+)*"
NUMBER_WORD = r"\d{1,3}(?:-?(?:я|й|го|ая|ой|е))?"
STREET_NAME = (
    rf"(?:{NUMBER_WORD}[ \t]+лет(?:ия)?[ \t]+(?:[А-ЯЁ]{{2,6}}\b|{NAME}(?:[ \t]+{NAME})?)"  # "50 лет ВЛКСМ", "70 лет Октября"
    rf"|(?:{NUMBER_WORD}[ \t]+)?(?:[А-ЯЁ]\.[ \t]?){{0,2}}{NAME}(?:[ \t]+{NAME}){{0,2}})"
)
# two-word place names start with an adjective, in any case: "Минеральные Воды", "Верхний Тагил",
# "Лодейное Поле", "Малой Вишеры"
_AFTER_ADJECTIVE = r"(?:(?<=(?:ое|ые|ий|ый|ая|яя|ой|ее|ие|ья|ье|ым|им|ом|ем|ую|юю|ых|их|ей) )|(?<=(?:ого|его|ому|ему) ))"
PLACE_NAME = rf"{NAME}(?: {_AFTER_ADJECTIVE}{NAME})?"

_HOUSE_NUMBER = r"\d{1,4}[а-яА-Я]?(?:/\d{1,3}[а-яА-Я]?)?(?:[ \t]?[-–][ \t]?\d{1,4}[а-яА-Я]?)?"
SEPARATOR = r"[ \t]*,?[ \t]*"
# (a number glued to a CJK character is that character's count, "2023年" a year, "52号" a number in a Chinese address,
# not a house after a Russian place name)
_NUMBER_RIGHT = re.compile(
    rf"{SEPARATOR}(?:(?:д\.|дом)[ \t]?)?(?P<value>\d{{6}}|{_HOUSE_NUMBER})(?![\d.,:/]?\d)(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")
# A phone written after the address in the same line ("..., д. 140, 8(901)1788615", "..., 43/12, 8-3842-320599",
# "..., кв. 7 — 393-62-99"): seven digits or more with a phone's dashes or brackets between them (or ten and more
# with spaces only, or a "+" before them) are no house and flat; the address ends before them
_PHONE_RUN = re.compile(r"(?:\+[ \t]?)?\d(?:[ \t]?[-–()]?[ \t]?\d){6,}")


def phone_run_at(text: str, position: int) -> bool:
    """A phone-shaped run of digits starts at ``position`` (see :data:`_PHONE_RUN`)."""
    run = _PHONE_RUN.match(text, position)
    if run is None:
        return False
    value = run.group()
    digits = sum(ch.isdigit() for ch in value)
    return digits >= 10 or (digits >= 7 and (value[0] == "+" or any(ch in "-–()" for ch in value)))


_NAME_RIGHT = re.compile(rf"{SEPARATOR}(?:г\.[ \t]?)?(?P<value>{STREET_NAME})")
_SEGMENT_LEFT = re.compile(rf"(?<![\w\-.])(?P<value>\d{{6}}|{_HOUSE_NUMBER}|{PLACE_NAME})[ \t]*,[ \t]*$")
_FIELD_END = re.compile(r"[ \t]*(?:[.;)\n]|$|,[ \t]*[а-яё])")
_FIELD_START = re.compile(r"(?:^|[\n(:;—–]|[.!?]|\s-)[ \t]*$")
PERSON = WordClass.NAME | WordClass.PATRONYMIC
_MAX_SEGMENTS = 6


def address_tails(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """Keyword-less parts of an address right and left of the part at ``start:end``, as
    (start, end, score) components: names score 0.35, numbers 0 (they only lengthen a chain)."""
    return _right(text, end) + _left(text, start)


def _right(text: str, pos: int) -> list[tuple[int, int, float]]:
    parts: list[tuple[int, int, float]] = []
    for _ in range(_MAX_SEGMENTS):
        number = _NUMBER_RIGHT.match(text, pos)
        street_end = date_street_end(text, number.end()) if number is not None else 0
        if number is not None and street_end:  # a street named by a date and its house ("8 марта, д. 3"): one part
            parts.append((number.start("value"), street_end, 0.0))
            pos = street_end
            continue
        if number is not None and month_after(text, number.start("value"), number.end()):
            break  # a day with its month's name after it ("х. Троицкое 14 октября с 9:00"): the address ends before it
        if number is not None and not UNIT_AFTER.match(text, number.end()) and not phone_run_at(text, number.start("value")):
            parts.append((number.start("value"), number.end(), 0.0))
            pos = number.end()
            continue
        name = _NAME_RIGHT.match(text, pos)
        if name is None or not street_or_town(name.group("value")):
            break
        parts.append((name.start("value"), name.end(), 0.35))
        pos = name.end()
    # a name at the end needs the field to end after it, and must look like a town
    while parts and parts[-1][2] and not (
        _FIELD_END.match(text, parts[-1][1]) and is_town(text[parts[-1][0] : parts[-1][1]])
    ):
        parts.pop()
    return parts


def _left(text: str, pos: int) -> list[tuple[int, int, float]]:
    parts: list[tuple[int, int, float]] = []
    for _ in range(_MAX_SEGMENTS):
        segment = _SEGMENT_LEFT.search(text, max(0, pos - 60), pos)
        if segment is None:
            break
        value = segment.group("value")
        named = not value[0].isdigit()
        # a town that is also a first name ("Джубга") counts once a street and a number follow it
        if named and not (street_or_town(value) or (len(parts) >= 2 and " " not in value)):
            break
        if named and (_addressee(value) or _ADDRESSEE_LABEL.search(text, max(0, segment.start() - 18), segment.start())):
            break  # "К кому: Рожковой Лоре, г. Суздаль, ...": the person the address is for, not a part of it
        parts.append((segment.start("value"), segment.end("value"), 0.35 if named else 0.0))
        pos = segment.start("value")
    # the leftmost part must start the field ("Для писем: Джубга, ..."), and one part must be a name
    while parts and not _FIELD_START.search(text, max(0, parts[-1][0] - 4), parts[-1][0]):
        parts.pop()
    return parts if any(score for _, _, score in parts) else []


def street_or_town(name: str) -> bool:
    """A name inside an address: a street may be named after a person ("Максима Горького", "Ильича"),
    but a first name with a patronymic is a person, and so is a lone first name."""
    words = [w for w in name.split() if w[0].isupper() and not w.endswith(".")]
    if not words:
        return True
    classes = [word_class(w.split("-")[0]) for w in words]
    if any(c & WordClass.PATRONYMIC for c in classes) and any(c & WordClass.NAME for c in classes):
        return False
    return not (len(words) == 1 and classes[0] & WordClass.NAME and not classes[0] & WordClass.PLACE)


# the cases a person is named in before an address (to whom, who): a street named after a person is in the genitive
# ("Максима Горького", "Розы Люксембург"), a town never both a first name and a surname
_ADDRESSEE_CASES = ("nomn", "datv")
# a call card's or a letter's label of whom it is for, right before the first part: "К кому: Кузнецову, г. Кострома"
_ADDRESSEE_LABEL = re.compile(r"(?i:кому)[ \t]*:[ \t]*(?:[А-ЯЁ]\.[ \t]?){0,2}$")  # (initials too: "К кому: М.Р. Евдокимовой")


@lru_cache(maxsize=20_000)
def _addressee(name: str) -> bool:
    """Two words, a first name and a surname in the same case, nominative or dative ("Сысоева Фёкла", "Рожковой
    Лоре", "Лоре Рожковой"): a person, whom the address that follows is for."""
    words = name.split()
    if len(words) != 2:
        return False
    first, second = (_readings(word) for word in words)
    return any((("Name", case) in first and ("Surn", case) in second) or (("Surn", case) in first and ("Name", case) in second)
               for case in _ADDRESSEE_CASES)


@lru_cache(maxsize=20_000)
def _readings(word: str) -> frozenset[tuple[str, str]]:
    """(grammeme, case) of ``word``'s first-name and surname readings."""
    return frozenset((grammeme, str(parse.tag.case)) for parse in analyzer().parse(word.lower())
                     for grammeme in ("Name", "Surn") if grammeme in parse.tag.grammemes)


def is_town(name: str) -> bool:
    """A name standing alone in an address, a town or a village: one word or an adjective and a
    word, not a person's first name or patronymic, not an ordinary word unless also a place."""
    words = name.split()
    if len(words) > 2 or not words[0][:1].isupper():
        return False
    if "-" in words[-1] and re.search(r"-[А-ЯЁ]", words[-1]):
        return True
    flags = word_class(words[-1])
    if flags & PERSON and not flags & WordClass.PLACE:
        return False
    return not flags & WordClass.COMMON or bool(flags & (WordClass.PLACE | WordClass.SURNAME)) or len(words) == 2
