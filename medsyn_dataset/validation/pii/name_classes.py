"""PERSON: what one item of a name chain is and how a run of items scores by its shape.

An item is a first name (``NAME``), surname, patronymic, initials, an ``UNKNOWN`` capitalised word
(no dictionary reading: a rare surname as often as not) or an ordinary word (``COMMON``), which
splits a chain. :mod:`.names` finds the chains and judges them in context (:mod:`.name_triggers`,
:mod:`.name_promotion`); this module knows only the words themselves.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.validation.pii import name_east_asian as east_asian
from medsyn_dataset.validation.pii import name_world_surnames as world_surnames
from medsyn_dataset.validation.pii import person_lists
from medsyn_dataset.validation.pii.morph import WordClass, normal_form, plural_name_only, word_class
from medsyn_dataset.validation.pii.name_given_world import is_given_name
from medsyn_dataset.validation.pii.name_words import NOT_NAMES

# a word is capitalised ("Иванова") or all in capitals, as form headers write names ("ИВАНОВА")
TAIL_PATTERN = r"(?:[а-яё]+|[А-ЯЁ]+)"
WORD_PATTERN = rf"[А-ЯЁ]{TAIL_PATTERN}(?:-[А-ЯЁ]{TAIL_PATTERN})?"
# Initials: "И.", "И.И.", "И. И."; hurried records drop the last stop ("Петрова М.И", "М.И Петрова"),
# so a second initial may stand without it when no letter follows
SECOND_INITIAL_PATTERN = r"[ \t]?[А-ЯЁ](?:\.|(?![\w\-]))"
INITIALS_PATTERN = rf"[А-ЯЁ]\.(?:{SECOND_INITIAL_PATTERN})?"
_INITIALS_ITEM = re.compile(INITIALS_PATTERN)


def is_initials(item: str) -> bool:
    """"И.", "И.И.", "И. И.", "И.И" (a chain item of initials, not a word)."""
    return item[1:2] == "." and _INITIALS_ITEM.fullmatch(item) is not None


# classes of a chain item
NAME, SURNAME, PATRONYMIC, INITIALS, UNKNOWN, COMMON = "N", "S", "P", "I", "U", "C"


def in_dictionary(item: str) -> bool:
    return bool(word_class(item.split("-")[0]) & WordClass.KNOWN)


def surname_possible(item: str) -> bool:
    return not is_initials(item) and bool(word_class(item.split("-")[0]) & WordClass.SURNAME_POSSIBLE)


# a field label's words, against which a misspelt label with a doubled letter is checked
_FIELD_LABELS = frozenset("адрес паспорт телефон пациент пациентка полис снилс диагноз жалобы анамнез фамилия".split())
_DOUBLED = re.compile(r"([а-яё])\1", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def classify(item: str) -> tuple[str, bool]:
    """(class, ambiguous): ambiguous names/surnames are also ordinary words ("Вера", "Роза")."""
    if is_initials(item):
        return INITIALS, False
    if item.lower() in NOT_NAMES or normal_form(item) in NOT_NAMES:
        return COMMON, False
    if len(set(item.lower()) - {"-"}) == 1:
        return COMMON, False  # "ХХХ", "ХХХХ": a placeholder
    if _DOUBLED.search(item) and _DOUBLED.sub(r"\1", item.lower()) in _FIELD_LABELS:
        return COMMON, False  # a hurried registrar's doubled letter in a field's label: "Адресс", "Пасспорт", "Телефонн"
    if len(item) <= 3 and item.isupper():  # "АД", "ОАК", "ЭКГ": abbreviations; "КИМ", "ЦОЙ" stay surnames
        flags = word_class(item)
        if flags & WordClass.COMMON:
            return COMMON, False
        if flags & WordClass.NAME:  # short first names in capitals: "ЯН", "ИЯ", "ЛЕВ" (a name only beside others)
            return NAME, True
        return (SURNAME, False) if flags & WordClass.SURNAME else (COMMON, False)
    parts = item.split("-")
    if len(parts) > 1 and any(part.lower() in NOT_NAMES for part in parts):
        return COMMON, False  # "Иценко-Кушинга", "Эпштейн-Барр"
    flags = word_class(parts[0])
    if len(parts) == 2 and flags & WordClass.COMMON and parts[1][:1].isupper():
        # a double surname whose first half is also an ordinary word ("Лесной-Цветков", "Белая-Иванова")
        # is judged by its second half
        second = word_class(parts[1])
        if second & WordClass.SURNAME and not second & WordClass.PLACE:
            return SURNAME, True
    common = bool(flags & WordClass.COMMON)
    if not flags & (WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC) and east_asian.is_surname(item):
        return SURNAME, bool(flags & WordClass.KNOWN)  # "Нгуен"; "Пак", "Ван" are also words: a surname beside initials
    if not flags & (WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC | WordClass.PLACE) and world_surnames.is_surname(item):
        return SURNAME, bool(flags & WordClass.COMMON)  # "Кэмпбелл"; "Шарма", "Патель" are also words: beside initials
    if flags & WordClass.PATRONYMIC:
        return PATRONYMIC, common
    if flags & WordClass.NAME:
        return NAME, common or plural_name_only(item)
    if flags & WordClass.SURNAME:
        return SURNAME, common
    if item.lower() in person_lists.WORD_FIRST_NAMES:
        return NAME, True  # "Мир", "Слава", "Света": names the dictionary reads only as words (:mod:`.person_lists`)
    if flags & WordClass.PLACE and not common and normal_form(item) in person_lists.PLACE_NAMED_FIRST_NAMES:
        return NAME, True  # "София": the dictionary knows it only as Bulgaria's capital (a name beside others, or cued)
    if common or flags & WordClass.PLACE:
        return COMMON, False
    if not flags & WordClass.KNOWN and is_given_name(item):
        return NAME, False  # "Нигора", "Айаал", "Прия": a listed first name the dictionary lacks, as good as one it knows
    return (UNKNOWN, False) if not flags & WordClass.KNOWN else (COMMON, False)


def score_run(classes: list[str], ambiguous: list[bool], strong: bool = False) -> float:
    """Score a run of name-like items (no C inside) by its shape."""
    kinds = set(classes)
    n = len(classes)
    clean = [c for c, amb in zip(classes, ambiguous, strict=True) if not amb]
    if PATRONYMIC in kinds and NAME in kinds:
        return 0.95
    if INITIALS in kinds:
        words = [c for c in classes if c != INITIALS]
        if not words or len(words) > 1:
            return 0.0 if not words else 0.7
        initials_first = classes[0] == INITIALS
        # (a patronymic beside initials is a surname: "Кузьмич А.А.", "Ильич Б.В.")
        if words[0] in (SURNAME, UNKNOWN, NAME, PATRONYMIC) and (initials_first or classes[-1] == INITIALS):
            return 0.9 if words[0] != UNKNOWN or n > 1 else 0.0
        return 0.0
    if n >= 2 and NAME in kinds and (SURNAME in kinds or UNKNOWN in kinds):
        return 0.85 if len(clean) >= 1 else 0.55
    if n >= 2 and PATRONYMIC in kinds and (SURNAME in kinds or UNKNOWN in kinds):
        return 0.6
    if n == 2 and kinds == {UNKNOWN, SURNAME} and strong:
        return 0.6  # a rare first name the dictionary lacks + a dictionary surname: "Остромир Галкин"
    if n == 1 and classes[0] == NAME and not ambiguous[0]:
        return 0.6
    if n == 1 and classes[0] in (SURNAME, PATRONYMIC) and not ambiguous[0] and strong:
        return 0.55  # a dictionary surname or patronymic on its own: "Иванов отмечает", "Иванович"
    if n >= 2 and kinds <= {NAME}:
        return 0.6 if clean else 0.0
    return 0.3 if n == 1 and classes[0] in (SURNAME, PATRONYMIC) else 0.15



# how Russian surnames end (masculine and feminine)
SURNAME_ENDING = re.compile(r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой)|[оеё]ва|[иы]на|[сц]кая|[иы]х|ко|[юу]к|швили|дзе|ян|ев|ева)$")


def is_name_word(word: str) -> bool:
    """A first name, surname or patronymic by the dictionary or by its ending ("Джураев")."""
    return classify(word.rstrip("."))[0] in (NAME, SURNAME, PATRONYMIC)
