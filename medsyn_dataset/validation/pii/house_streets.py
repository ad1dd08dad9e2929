"""Streets written without their keyword, known by the house after them (LOCATION, for :mod:`.address`).

"Приезжайте на Кутузова 68-18", "Учалы Хвойная 85 квартира 57", "Кириши, Строителей 2-97", "бузулук громова 71-48": the
house (a house and flat pair, a named house, a flat's keyword) is the evidence, and the words before it are taken as its
street, and its town, when they are shaped as such. Apart from :mod:`.address_tails`, which widens an address already
found by its keywords, because these start from a house number found in the text, with no address around it yet; the
shared shapes of a street's and a town's names (``STREET_NAME``, :func:`.address_tails.street_or_town`) stay there.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.address_tails import (
    PERSON,
    PLACE_NAME,
    SEPARATOR,
    STREET_NAME,
    is_town,
    phone_run_at,
    street_or_town,
)
from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.code_page import code_page_bytes
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.morph import WordClass, adjective_form, word_class

# A street named without its keyword, known by the house after it where speech sends someone to a
# place: "Приезжайте на Кутузова 68-18", "живёт на Академика Павлова, 95, кв 43", "— Металлургов
# 49-23", "на 50 лет Октября, дом 21". The house must be a house and flat pair ("68-18", "95, кв 43")
# or be named ("дом 21"); a preposition of place or a dash of dialogue stands before the name. (A
# slash is left out: "на Фемостон 1/5" is a dose.)
# (a third group after a dash makes the pair a phone's: "Савин, 393-62-99", "8-949-735-11-23")
_HOUSE_TAIL = re.compile(
    r"\d(?<![\w.,/\-]\d)\d{0,3}[а-я]?(?:[ \t]?-[ \t]?\d{1,4}|[ \t]*,?[ \t]*(?:кв\.?|квартира)[ \t]?\d{1,4})?(?![\d.,:/\-]?\d)"
)
_HOUSE_WORD_BEFORE = re.compile(r"(?:д\.|дом)[ \t]?$")
_NAME_END_BEFORE = re.compile(r"[А-ЯЁа-яё][ \t]*,?[ \t]*$")
_STREET_BEFORE_HOUSE = re.compile(rf"(?:(?<![\w])(?:на|по)[ \t]+|[—–][ \t]+|«)(?P<value>{STREET_NAME}){SEPARATOR}$")
HOUSE_STREET_SCORE = 0.6
# a house with its flat's keyword after it says the names before it are a street (and its town) wherever they stand: no
# dose or count has a flat ("бригада направлена Ишим Дачная 95 квартира 33", "Курская 9а кв153")
_STREET_BEFORE_FLAT = re.compile(rf"(?<![\w\-.])(?P<value>{STREET_NAME}){SEPARATOR}$")


def _street_before_flat(text: str, start: int) -> int:
    """The start of the street (maybe after its town) before the house at ``start`` that has a flat's keyword (-1: none):
    its name must end as a street's does (:data:`STREET_ENDING`: "Эналаприл 5 кв. 2" is none), and ordinary words
    that open it are the sentence's ("Живет Садовая 5 кв 3": "Садовая")."""
    street = _STREET_BEFORE_FLAT.search(text, max(0, start - 50), start)
    if street is None or not STREET_ENDING.search(street.group("value")) or not street_or_town(street.group("value")):
        return -1
    words = list(re.finditer(r"\S+", street.group("value")))
    for word in words:
        flags = word_class(word.group())
        if (not flags & WordClass.COMMON or flags & (WordClass.PLACE | WordClass.SURNAME) or word.group()[0].isdigit()
                or (word is words[-1] and STREET_SHAPE.search(word.group()))):  # (the street's own adjective: "Курская")
            return street.start("value") + word.start()
    return -1
# a name in the prepositional case is a thing one is on, not a street one lives on: "на Конкоре 5-10"
# (a dose), "по Шкале 3-4" (a score); streets are named in the genitive or as adjectives ("на
# Кутузова", "на Садовой")
_LOCATIVE = re.compile(r"(?<![ыи])е$")


# The postal order without any keyword, a town, a comma, a street and its house, building and flat: "Алдан, Сосновая
# 10/1 - 9", "Печенга, Физкультурная 54/1 - 276" (a register's or a call card's address column). A house/building
# pair and a flat after a dash is an address's shape no dose has ("1/2 - 1 таблетке": no town and street before it)
_SLASH_HOUSE = re.compile(r"\d(?<![\w.,/\-]\d)\d{0,3}[а-я]?/\d{1,3}[а-я]?[ \t]?[-–][ \t]?\d{1,4}(?![\d.,:/\-]?\d)")
_TOWN_STREET_BEFORE = re.compile(rf"(?<![\w\-.])(?P<town>{PLACE_NAME}),[ \t]*(?P<value>{STREET_NAME})[ \t]+$")


# The same order with a plain house-flat pair, "Кириши, Строителей 2-97", "Надым, Гафури 612-85 — 8.916...", "Усолье
# Сибирское, Бажова 58-74; 8-950-...": a dose range has that shape too ("Тошнота, Рвота 2-3"), so the address must
# fill its field, from a line's start, a label's colon, a bracket or a dash of a list, to a line's end, a semicolon,
# a dash or a comma (a form's or a list's cell: a call bot's answer, a visit list's row, a dental card's header)
_HOUSE_FLAT = re.compile(r"\d(?<![\w.,/\-]\d)\d{0,3}[а-я]?[ \t]?[-–][ \t]?\d{1,4}(?![\d.,:/\-]?\d)(?=[ \t]*(?:$|[\n;,|]|[—–][ \t]))")
# (a slash between spaces parts a register's line as a dash does: "Горшков Л.В. / 3 января 1934 г. / Меренга, ...")
_CELL_START = re.compile(r"(?:^|[\n:;|\]]|[—–]|[ \t]/)[ \t]*$")
# how a street's name ends: an adjective ("Овражная", "Донская"), a genitive ("Строителей", "Бажова", "Победы", "Гафури"),
# or an undeclined name ("Лазо"); not a drug's nominative ("Бисопролол, Амлодипин 5-10")
STREET_ENDING = re.compile(r"(?:[аяыиое]|ей|ой|ий|ых|их)$")
# a street's name as a register writes it: an adjective ("Белорусская", "Проезжая") or a person's name in the genitive
# ("Луначарского", "Ломоносова"), not a noun in the nominative ("Тошнота, Рвота 2-3" is a list of complaints).
# (Two patterns on purpose, kept side by side: STREET_ENDING is the gate of the streets read without their keyword before
# a plain house-flat pair, a flat's or a house's keyword (not before a house/building pair, a shape no dose has); this one
# is asked where the town before the street is an ordinary word (_cell_town, then the only ending test before a
# house/building pair) or the street's own word is (_street_before_flat's "Курская"), and it refuses a bare vowel
# ending: "Тошнота, Рвота", and an undeclined "Лазо". One set would take "Рвота" in, or "Лазо" out.)
STREET_SHAPE = re.compile(r"(?:[ая]я|[оыи]й|[оеи]го|[оеё]в[аы]?|[иы]н[аы]?|ей|[ыи]х)$")


def _town_street_house(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of "Town, Street house/building - flat" whose house starts at ``start``."""
    house = _SLASH_HOUSE.match(text, start)
    plain = house is None
    house = _HOUSE_FLAT.match(text, start) if plain else house
    if house is None or UNIT_AFTER.match(text, house.end()):
        return None
    before = _TOWN_STREET_BEFORE.search(text, max(0, start - 70), start)
    if before is None or not street_or_town(before.group("value")):
        return None
    cell = _CELL_START.search(text, max(0, before.start("town") - 4), before.start("town")) is not None
    if plain and not (cell and STREET_ENDING.search(before.group("value"))):
        return None
    if not (is_town(before.group("town")) or (cell and _cell_town(before.group("town"), before.group("value")))):
        return None
    return before.start("town"), house.end()




def _cell_town(town: str, street: str) -> bool:
    """In a cell that the whole address fills, with its house and flat, the settlement before the street may be an
    ordinary word ("Ясный", "Находка", "Меренга": the word names a town there), not a person's first name or patronymic,
    where the street is shaped as streets are (:data:`STREET_SHAPE`)."""
    words = town.split()
    if len(words) > 2 or not STREET_SHAPE.search(street.split()[-1]):
        return False
    flags = word_class(words[-1])
    if flags & WordClass.PLACE:
        return True
    return not flags & PERSON and not _one_thing_described(words[-1], street.split()[-1])


def _one_thing_described(town: str, street: str) -> bool:
    """Town and street are adjectives of one gender and number: two words describing one thing, a list's ("Слизистая,
    Гнойная 2-3", "Острая, Ноющая 5-6"); a settlement named by an adjective agrees with its kind, masculine or neuter
    ("Ясный", "Сибирское"), the street's with "улица" ("Белорусская")."""
    form = adjective_form(town)
    return form is not None and form == adjective_form(street)


def house_streets(text: str) -> list[tuple[int, int, float]]:
    """Streets without a keyword, taken with the house after them (see above)."""
    found = []
    for start in _house_starts(text):
        if text[start - 1 : start] in (" ", "\t") and (town_street := _town_street_house(text, start)) is not None:
            found.append((*town_street, HOUSE_STREET_SCORE))
            continue
        house = _HOUSE_TAIL.match(text, start)
        if house is None and text.endswith("д.", 0, start):  # ("д.44", "д.86/1": the stop before the house is its keyword's)
            house = _KEYWORD_HOUSE.match(text, start)
        if house is None or phone_run_at(text, start):
            continue  # ("Савин, 393-62-99": a relative's phone after the name, no street and house)
        named = None
        if "-" not in house.group() and "кв" not in house.group():
            named = _HOUSE_WORD_BEFORE.search(text, max(0, start - 5), start)  # a lone number: "дом 21" only
            if named is None:
                continue
            start = named.start()
        # (cheap tests first: a word must end right before the house, a capital start the name)
        if not _NAME_END_BEFORE.search(text, max(0, start - 4), start) or UNIT_AFTER.match(text, house.end()):
            continue
        street = _STREET_BEFORE_HOUSE.search(text, max(0, start - 50), start)
        if street is None and "кв" in house.group():  # (a flat's keyword: "Учалы Хвойная 85 квартира 57", no preposition needed)
            flat_start = _street_before_flat(text, start)
            if flat_start >= 0:
                found.append((flat_start, house.end(), HOUSE_STREET_SCORE))
                continue
        if street is not None and street_or_town(street.group("value")) and not _LOCATIVE.search(street.group("value")):
            found.append((street.start("value"), house.end(), HOUSE_STREET_SCORE))
        else:
            town_start = (_town_street_named_house(text, start) if named is not None and text[start - 2 : start] == ", "
                          else _lower_town_before(text, start, house.group()) if street is None and "-" in house.group() else -1)
            if town_start >= 0:
                found.append((town_start, house.end(), HOUSE_STREET_SCORE))
    return found


# A town typed in lower case, maybe with its street, and a house-flat pair: "44л верхотурье 63-14", "бузулук громова
# 71-48" (a hurried log's row, an envelope's line). The town must read as one: a place the dictionary knows, or an unknown
# word ending as villages do ("берёзовка", "калинино") or hyphenated ("кызыл-мажалык"); the pair must be a flat's (a house's
# letter or building, or a flat of two digits and more: "5-6" is a count)
_LOWER_TOWN_BEFORE = re.compile(r"(?<![\w\-.])(?P<town>[а-яё]{3,}(?:-[а-яё]{2,})*)(?:[ \t]+[а-яё]{3,})?[ \t]+$")
_FLAT_PAIR = re.compile(r"\d+(?:[а-я]|/\d+)[ \t]?-|\d+[ \t]?-[ \t]?\d{2}")


def _lower_town_before(text: str, start: int, house: str) -> int:
    """The start of a lower-case town (and street) before the house-flat pair at ``start`` (-1: none; see above)."""
    if not _FLAT_PAIR.match(house) or not text[start - 2 : start - 1].islower():
        return -1
    before = _LOWER_TOWN_BEFORE.search(text, max(0, start - 45), start)
    if before is None:
        return -1
    town = before.group("town")
    flags = word_class(town.capitalize())
    if flags & WordClass.PLACE or (not flags & WordClass.KNOWN and ("-" in town or _VILLAGE_ENDING.search(town))):
        return before.start("town")
    return -1


# The postal order with the house's keyword, a town and a street bare ("Шира, Лесная, д.44", "Новоалександровка, 8-е
# Марта, д.86/1", a rural visit's line): the house's "д." says the words before it are its street and its settlement
_TOWN_STREET_COMMA = re.compile(rf"(?<![\w\-.])(?P<town>{PLACE_NAME}),[ \t]*(?P<value>{STREET_NAME}),[ \t]*$")


def _town_street_named_house(text: str, start: int) -> int:
    """The start of "Town, Street, " before the house keyword at ``start`` (-1: none): a street's name that ends as one
    (:data:`STREET_ENDING`) and is no person's, after a settlement's name that the dictionary knows as a place or does
    not know at all ("Шира", "Кулунда"), that ends as a village's does ("Заречное"), or of two words ("Верхние Услы"): not a
    surname or an ordinary word ("Иванова, Петрова, д. 5", "Аспирин, Кардиомагнил, д. 5")."""
    before = _TOWN_STREET_COMMA.search(text, max(0, start - 70), start)
    if before is None or not STREET_ENDING.search(before.group("value")) or not street_or_town(before.group("value")):
        return -1
    town = before.group("town").split()
    flags = word_class(town[-1]) if len(town) == 1 and not _VILLAGE_ENDING.search(town[-1]) else WordClass.PLACE
    if flags & WordClass.PLACE or not flags & WordClass.KNOWN:
        return before.start("town")
    # (a village named by an ordinary word, "Кордон, Центральная, д.88", "Ключи, Лесная, д.80", as in a cell
    # (:func:`_cell_town`), where its street is an adjective: "Иванова, Петрова, д. 5" stays two people)
    street = before.group("value").split()[-1]
    return before.start("town") if flags & WordClass.COMMON and _ADJECTIVE_STREET.search(street) and _cell_town(
        before.group("town"), street) else -1


_ADJECTIVE_STREET = re.compile(r"[ая]я$")  # (a street named without its keyword is an "улица": feminine)


# how a village's name made of an adjective or a surname ends ("Сухобузимское", "Заречное", "Ивановка", "Петрово"): an
# ordinary word so ended is a settlement in this order all the same
_VILLAGE_ENDING = re.compile(r"(?:[сц]к(?:ое|ая|ий)|[а-яё]ное|[оеё]в(?:о|ка)|[иы]н(?:о|ка)|ичи)$")


_KEYWORD_HOUSE = re.compile(r"\d{1,4}[а-я]?(?:/\d{1,3}[а-я]?)?(?![\d.,:/\-]?\d)")


def _house_starts(text: str) -> list[int]:
    """Where a house number may start: before a dash between digits ("68-18"), before ", кв", after
    "дом"/"д." (see :func:`_house_starts_by_markers`)."""
    if code_page_bytes(text) is None:
        return _house_starts_by_markers(text)
    starts = set()
    # Every start found from a marker touches a run of digits (the shared runs, ~6 a note, against ~6 dashes and
    # four substring scans of the note, ~10 us): a dash or "кв" after the run's end, behind spaces, tabs and commas,
    # maybe one letter first ("4а-12"), gives the run's last four digits (the same walk back); "дом"/"д." before
    # the run's start, maybe one space or tab between, gives the start. The same starts only where "digit" means the
    # same: in a text of the code page ``str.isdigit`` holds for 0-9 alone, as the runs' digits (a text outside it
    # is read from its markers).
    for run in digit_runs(text):
        begin, end = run.span()
        if text.endswith(_HOUSE_WORDS, 0, begin) or (text[begin - 1 : begin] in (" ", "\t") and text.endswith(_HOUSE_WORDS, 0, begin - 1)):
            starts.add(begin)
        if not (_marker_after(text, end) or (text[end : end + 1].isalpha() and _marker_after(text, end + 1))):
            continue
        digits = max(begin, end - 4)
        starts.add(digits)
        _add_house_of_building(text, digits, starts)
    return sorted(starts)


_HOUSE_WORDS = ("дом", "д.")


def _add_house_of_building(text: str, digits: int, starts: set[int]) -> None:
    """A house and its building, "10/1 - 9": the house's start as well, where the digits at ``digits`` follow a slash."""
    if text[digits - 1 : digits] == "/":
        house = digits - 1
        while house and text[house - 1].isdigit() and digits - house < 6:
            house -= 1
        if house < digits - 1:
            starts.add(house)
_MARKER_AFTER = re.compile(r"[ \t,]*(?:-|кв)")


def _marker_after(text: str, position: int) -> bool:
    """A dash or "кв" at ``position``, maybe behind spaces, tabs and commas."""
    return _MARKER_AFTER.match(text, position) is not None


def _house_starts_by_markers(text: str) -> list[int]:
    """:func:`_house_starts` from each marker found with ``str.find`` (a scan of every number of a note would cost
    far more)."""
    starts = set()
    for marker in ("-", "кв", "дом", "д."):
        position = text.find(marker)
        while position >= 0:
            if marker in ("дом", "д."):
                after = position + len(marker)
                after += text[after : after + 1] in (" ", "\t")
                if text[after : after + 1].isdigit():
                    starts.add(after)
            else:
                begin = position
                while begin and text[begin - 1] in " \t,":
                    begin -= 1
                if begin and text[begin - 1].isalpha() and text[begin - 2 : begin - 1].isdigit():
                    begin -= 1  # "4а-12"
                digits = begin
                while digits and text[digits - 1].isdigit() and begin - digits < 4:
                    digits -= 1
                if digits < begin:
                    starts.add(digits)
                    _add_house_of_building(text, digits, starts)
            position = text.find(marker, position + 1)
    return sorted(starts)
