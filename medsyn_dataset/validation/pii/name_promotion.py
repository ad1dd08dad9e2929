"""PERSON: items of a name chain read again by their neighbours and context, in place: an ordinary
word that is a surname beside initials or after a person's title, a first name that is also a word
beside a surname, two capitals after a surname that are its initials without stops.

Split out of :mod:`.names`, which calls :func:`promote_surnames` and :func:`stopless_initials` on
each chain's classified items.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import name_east_asian as east_asian
from medsyn_dataset.validation.pii.morph import (
    WordClass,
    animate_noun,
    noun_only,
    surname_after_trigger,
    word_class,
)
from medsyn_dataset.validation.pii.name_classes import (
    COMMON,
    INITIALS,
    NAME,
    PATRONYMIC,
    SURNAME,
    SURNAME_ENDING,
    UNKNOWN,
    surname_possible,
)
from medsyn_dataset.validation.pii.name_lists import born_after
from medsyn_dataset.validation.pii.name_triggers import RELATION_AFTER, is_title_word, staff_surname
from medsyn_dataset.validation.pii.name_triggers import triggered as _triggered


def promote_surnames(text: str, base: int, classified: list[tuple[re.Match[str], str, bool]]) -> None:
    """Ordinary words that are surnames here, in place: one that can be a surname next to initials
    or a first name + patronymic ("Комаров З.Д." is also "of mosquitoes", "Анна Петровна
    Ситникова"), or right after a trigger ("Пациент Мясников", "Гр-ка Иванова"); a place name or a
    word of no ordinary reading next to initials ("Цхакая Г.Д.", "Тула"-like surnames). In the full order
    surname, first name, patronymic the middle word is a first name whatever else it reads as ("ВОРОНОВ
    СИЛА ХАРЛАМОВИЧ", "Лесной Мир Ильич")."""
    if [c[1] for c in classified[:3]] == [COMMON, NAME, PATRONYMIC] and len(first := classified[0][0].group()) > 4 - first[1:].islower() \
            and "-" not in first and noun_only(first) and not is_title_word(first):  # (not "АД", "ПЭП", "ФИО-...")
        classified[0] = (classified[0][0], SURNAME, True)  # "Орёл Иван Петрович": surname first, a surname that is a word
    for i in range(1, len(classified) - 1):
        previous, (match, kind, _), (_, after, after_ambiguous) = classified[i - 1], classified[i], classified[i + 1]
        if kind == COMMON and after == PATRONYMIC and not after_ambiguous and surname_possible(previous[0].group()):
            classified[i] = (match, NAME, True)
    for i, (match, kind, _) in enumerate(classified):
        if kind != COMMON:
            continue
        word = match.group()
        neighbours = {classified[j][1] for j in (i - 1, i + 1) if 0 <= j < len(classified)}
        by_shape = len(word) > 2 and surname_possible(word) and (  # ("По", "Со": a sentence goes on)
            neighbours & {INITIALS, PATRONYMIC}
            or (NAME in neighbours and len(classified) > 1)
            or (
                surname_after_trigger(word.split("-")[0])
                and (_triggered(text, base + match.start()) or born_after(text, base + match.end(), word)
                     or RELATION_AFTER.match(text, base + match.end()))
                and not is_title_word(word)  # "Пациент: Господин Иванов"
            )
        )
        # next to two initials any capitalised word is a surname, an ordinary word too ("Волк А.В.",
        # "Пак Е.В.", "Цхакая Г.Д."), unless it introduces the name ("Врач И.И. Петров")
        if by_shape or (_beside_full_initials(classified, i) and not is_title_word(word)) or (
            i == 0 and (staff_surname(text, base + match.start(), base + match.end()) or _staff_surname_named(text, base, classified))
        ):
            classified[i] = (match, SURNAME, True)
        elif word[1:].islower() and word_class(word.split("-")[0]) & WordClass.NAME_READING and (
            neighbours & {SURNAME, PATRONYMIC} or (len(classified) == 1 and _triggered(text, base + match.start()))
        ):  # a first name that is also a word, beside a surname or after a trigger: "Роман Бобров", "сосед София"
            classified[i] = (match, NAME, True)
        elif i == len(classified) - 1 and i and classified[i - 1][1] == NAME and word[1:].islower() and len(word) > 2 \
                and all(c[1] == COMMON for c in classified[: i - 1]) and animate_noun(word) and noun_only(word) \
                and not is_title_word(word) and (
                    not (classified[i - 1][2] or word_class(word) & WordClass.PLACE)
                    or _triggered(text, base + classified[i - 1][0].start())):
            # a first name, then a noun that ends the chain: its surname ("Анна Мельник", "ФИО: Любовь Мельник",
            # "мать Вера Орёл"); after an ambiguous name or as a place only where a cue says a person follows
            classified[i] = (match, SURNAME, True)


def stopless_initials(classified: list[tuple[re.Match[str], str, bool]]) -> None:
    """Two capitals right after a surname are its initials without their stops ("Фадеев ЯБ",
    "Мясников СМ"): handwriting and registries drop them. Only after a word that is a surname by the
    dictionary or its ending, in lower case, and only as the chain's last item (an abbreviation
    opens what follows: "Иванов ОАК" would go on)."""
    if len(classified) < 2:
        return
    match, kind, _ = classified[-1]
    item, previous = match.group(), classified[-2]
    if len(item) == 2 and item.isupper() and kind in (COMMON, UNKNOWN) and previous[1] in (SURNAME, UNKNOWN, NAME) and previous[0].group()[1:].islower() \
            and (SURNAME_ENDING.search(previous[0].group()) or east_asian.is_surname(previous[0].group())):
        classified[-1] = (match, INITIALS, False)  # (and after a listed East Asian surname: "Ли АЭ", "Пак ЕВ")



def _staff_surname_named(text: str, base: int, classified: list[tuple[re.Match[str], str, bool]]) -> bool:
    """A word for a person (a staff title, a relative), then an ordinary capitalised word and a first name
    that ends the chain: the word is the surname, in the surname-first order of records ("хирург Мельник
    Гурий", "медсестра Галка Ирина")."""
    if len(classified) != 2 or classified[1][1] != NAME:
        return False
    word, start = classified[0][0].group(), base + classified[0][0].start()
    if not word[1:].islower() or text[start - 1 : start] not in (" ", "\t") or is_title_word(word):
        return False
    return _triggered(text, start) and noun_only(word.split("-")[0])  # ("терапевта Сегодня Вера": an adverb, no surname)


def _beside_full_initials(classified: list[tuple[re.Match[str], str, bool]], i: int) -> bool:
    """Two initials ("Г.Д.") right before or after item ``i`` that have no name on their other side
    ("Иванова И.И. Он ...": "Он" opens the next sentence); one initial ("Г. Тверь") may be a town's
    "г." in capitals. An abbreviation in capitals before the initials of a name written out after them
    is the end of a title, no surname ("зам. гл. врача по КЭР Г.А. Орехов", "ОАК Н.В. Петрова")."""
    for j, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= j < len(classified) and classified[j][1] == INITIALS and sum(ch.isalpha() for ch in classified[j][0].group()) == 2:
            if 0 <= other < len(classified) and classified[other][1] in (NAME, SURNAME, PATRONYMIC, UNKNOWN):
                return False
            word, after = classified[i][0].group(), classified[other][0].group() if 0 <= other < len(classified) else ""
            return not (len(word) <= 4 and word.isupper() and other > i and after[1:].islower())
    return False

