"""A street named without its keyword, then its house: "Горького 121-8", "Парижской Коммуны 48-230",
"К.Маркса 138-32", "9 Мая 27-89", "Садовая 5, кв. 12".

Local records leave out what every reader in town knows: no town, no "ул.", only the street's name
and "house-flat" ("Ленина 12-45" is house 12, flat 45). Nothing in such a value says "place" but
its shape, so it counts only where a cue has already said "an address follows" (after "Адрес:",
also on the next line, and after "проживает", "живёт"): there a run of one to three capitalised
words (maybe after an initial, "К.Маркса", or a number, "9 Мая", "50 лет Октября") followed by a
house number with its flat or building ("121-8", "33/8", "д. 5", "5, кв. 12") is a street and house.
The house must carry its second part: a lone number after a name ("Ковалёв 45") is no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.address_tails import street_or_town
from medsyn_dataset.validation.pii.base import digit_runs, word_starts
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.morph import WordClass, adjective_form, genitive_of_person, word_class
from medsyn_dataset.validation.pii.town_houses import DOSE_OR_SCORE_WORD

_NAME_WORD = r"[А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё][а-яё]+)?"
# a street named by a date or an anniversary ("9 Мая", "8 Марта", "50 лет Октября", "60-летия СССР")
_NUMBERED_NAME = r"\d{1,3}(?:-?[а-я]{1,4})?(?:[ \t]+[А-ЯЁа-яё][а-яё]+){1,3}"
_STREET_NAME = rf"(?:(?:[А-ЯЁ]\.[ \t]?)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}|{_NUMBERED_NAME})"
# house-flat, house/building, or a house with its flat or building named
_HOUSE = (
    r"(?:\d{1,4}[а-яА-Я]?[-/]\d{1,4}[а-яА-Я]?"
    r"|(?:д\.|дом)[ \t]?\d{1,4}[а-яА-Я]?"
    r"|\d{1,4}[а-яА-Я]?,?[ \t]*(?:кв\.?|квартира|корп\.?|корпус|стр\.)[ \t]?\d{1,4})"
)
# a range of numbers with its unit is no house ("Одна 2-3 года", "Боль 3-4 раза")
_UNIT_AFTER = (r"(?![ \t]*(?:лет|год|г\.|раз|дн|день|мес|нед|сут|час|ч\.|мин|сек|мм|см|мл|мг|мкг|кг|ед|%|°|р/|уд"
               r"|чел|собак|кош|этаж|комнат))")
_STREET_HOUSE = re.compile(rf"{_STREET_NAME}(?:[ \t]+|,[ \t]*){_HOUSE}(?![\w/\-])(?![.,]\d){_UNIT_AFTER}")


def street_house_at(text: str, position: int) -> int:
    """The end of a street's name and house that start at ``position`` (0 when none does)."""
    found = _STREET_HOUSE.match(text, position)
    return found.end() if found is not None else 0


# after a one-letter word, a lower-case word with no stop: the letter is a preposition ("с дочерью")
_PREPOSITION_RUNS_ON = re.compile(r"[ \t]+[а-яё]{2,}(?![.\w])")


def preposition_runs_on(rest: str) -> bool:
    """``rest`` (what follows a house number) opens with a one-letter preposition and an ordinary word:
    "с дочерью", "в течение" end the address; "с. Ивановка", "с Ивановка", "д 5" go on with it."""
    return _PREPOSITION_RUNS_ON.match(rest, 1) is not None


# The postal order of letters and of foreign forms, written backwards from the Russian one: town, street,
# house, then the postcode last, with no keyword at all ("Гремячинск, Новостройка, 45, 182207", "Певек,
# О.Кошевого, 91/2, 354445"). Two or three capitalised names, a house number and six digits, each after a
# comma, are an address: read back from each six-digit number (a note has few).
_POSTAL_ORDER_BEFORE = re.compile(
    r"(?:(?:[А-ЯЁ]\.[ \t]?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:[ \t][А-ЯЁ][а-яё]+)?,[ \t]*){2,3}"
    r"\d{1,4}[а-яА-Я]?(?:/\d{1,3}[а-яА-Я]?)?(?:-\d{1,4})?,[ \t]*$"
)


def postal_order(text: str) -> Iterator[tuple[int, int]]:
    """Spans of addresses in the postal order, town first and postcode last (see above)."""
    for run in digit_runs(text):
        start, end = run.span()
        if end - start != 6 or text[max(0, start - 1) : start] not in (",", " ") or _DECIMAL_AFTER.match(text, end):
            continue
        before = _POSTAL_ORDER_BEFORE.search(text, max(0, start - 90), start)
        if before is not None and any(map(_town, _WORD.findall(before.group().split(",")[0]))):
            yield before.start(), end  # (a town first, "Сергиев Посад": "Гемоглобин, Ферритин, 45, 182207" is none)


_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
_DECIMAL_AFTER = re.compile(r"[.,/\-]\d")


def _town(word: str) -> bool:
    """A word that can name a town: a place by the dictionary, a word it does not know ("Певек"), or a name
    with no ordinary reading ("Сергиев"); not an ordinary word ("Гемоглобин", "Лейкоциты")."""
    flags = word_class(word)
    if flags & WordClass.PLACE or not flags & WordClass.KNOWN:
        return True
    return bool(flags & (WordClass.SURNAME_READING | WordClass.NAME_READING)) and not flags & WordClass.COMMON


# A label's value on the next line ("Адрес места жительства:\nСОСЬВА, ПР-Т ВЫСОКОВОЛЬТНАЯ, Д.9/5, КВ.65"): a form
# printed in capitals names no "г." before its town, but the line carries a house or a flat with its keyword
# ("д. 5", "КВ.65", "дом 12") within its first 80 characters, which no other field's value does
# (or a town, a comma and a street's name with its house-flat: "Тверь, Советская 5-12")
_HOUSE_IN_LINE = re.compile(
    r"[^\n:]{0,80}?(?:(?<![\w\-])(?:д|дом|кв|корп)\.?[ \t]?\d|,[ \t]*(?-i:[А-ЯЁ][а-яё]+)[ \t]+\d{1,4}[а-я]?[-/]\d{1,4}(?![\d.,]))",
    re.IGNORECASE,
)


def next_line_address(text: str, position: int, after_town: bool = False) -> bool:
    """The line at ``position`` reads as an address: a street's name and house, or a house or flat keyword; with
    ``after_town``, maybe after its town and a comma ("Ишим, Садовая 14-22": what a home visit's caption with its
    errand, "вызов врача на дом к больному:", is followed by when no reason for the visit is)."""
    if street_house_at(text, position) or _HOUSE_IN_LINE.match(text, position) is not None:
        return True
    town = _TOWN_COMMA.match(text, position) if after_town else None
    return town is not None and next_line_address(text, town.end())


# a town's name and a comma before its street and house ("Ишим, Садовая 14-22")
_TOWN_COMMA = re.compile(r"[А-ЯЁ][а-яё\-]+,[ \t]*")


# A residence verb, maybe an adverb, and "на"/"по" before a street's name and its house, with no street word:
# "живёт рядом на Репина, 11", "проживает по Лесной 4", "живёт у дочери на Садовой, 5", "переехала к сыну на Мира, 3"
# (the name in any case: a hurried note leaves it in the nominative). The verb and the preposition say "a street follows", so a lone
# house number is enough here, not the flat that :func:`street_house_at` asks for without them.
_RESIDENCE_VERBS = ("живет", "живёт", "живут", "жил", "прожива", "переехал")  # (stems: the grammar reads the word's rest)
# (between the verb and the street: an adverb, or with whom one lives: "у дочери", "к сыну", "с мужем")
_RESIDENCE_STREET = re.compile(
    r"[а-яё]+(?:[ \t]*,?[ \t]+(?:рядом|сейчас|теперь|постоянно|временно|отдельно|один|одна|недалеко|неподалеку|неподалёку"
    r"|там|тут|здесь|[укс][ \t]+[а-яё]{3,})){0,2}[ \t]*,?[ \t]+(?:на|по)[ \t]+"
    rf"(?P<street>(?:[А-ЯЁ]\.[ \t]?)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?,?[ \t]*(?:д\.[ \t]?)?\d{{1,4}}[а-я]?(?:[/\-]\d{{1,4}}[а-я]?)?)"
    rf"(?![\w/\-])(?![.,]\d){_UNIT_AFTER}"
)


# The same cue right before the address, no preposition between: "живет Великий Устюг Черемуховая 111, тел ...",
# "адр Гремячинск Рябиновая 4 219", "Проживает БУДЕННОВСК МЕЛЬНИЧНАЯ 67 35": a town maybe, a street's name and its house
# (and flat), keyword-less, as hurried notes and CRM comments write an address. The cue (a residence verb, or "адр",
# "прож.", "прописан" cut short) says an address follows, so a lone house number is enough; a patronymic among the
# words makes them a person's name ("проживает Иванов Иван Петрович 1 ..."), a unit after the number a count.
_TOWN_STREET_CUES = (*_RESIDENCE_VERBS, "адр", "прож", "прописан", "зарегистрир")
_CAPITALISED = rf"(?:[А-ЯЁ]\.[ \t]?)?{_NAME_WORD}"
_RESIDENCE_TOWN_STREET = re.compile(
    r"(?i:жив[её]т|живут|жил[аи]?|прожива[а-яё]*|прож|переехал[аи]?|адр|прописан[аы]?|зарегистрирован[аы]?)"
    r"(?:\([а-я]{1,3}\))?\.?[ \t]*:?[ \t]+"
    rf"(?P<street>{_CAPITALISED}(?:,?[ \t]+{_CAPITALISED}){{0,3}},?[ \t]+(?:д\.[ \t]?)?\d{{1,3}}[а-яА-Я]?(?:[/\-]\d{{1,4}}[а-яА-Я]?)?"
    r"(?:,?[ \t]+(?:кв\.?[ \t]?)?\d{1,3}(?![.,]\d))?)"
    rf"(?![\w/\-])(?![.,]\d){_UNIT_AFTER}"
)
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)(?![а-яё])", re.IGNORECASE)
# (review D r22, findings 1 and 14: with no keyword, a word of the run must be what a town or a street is named by)
_WORD_OF_RUN = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё][а-яё]+)?")


def _names_town_or_street(word: str) -> bool:
    """``word`` can be a town's or a street's name: a place, a person's name or a word the dictionary does not know
    ("Устюг", "Маркса", "Гремячинск"), an adjective ("Садовая", "Великий"), a noun in the genitive ("Мира", "Победы");
    not a noun in another case ("Семья", "Квартира", "Дом", "Дети", "Терапевтом"), an organisation ("ООО",
    "Роспотребнадзором", "УФМС"), an adverb ("Постоянно", "Вдвоем") nor a pronoun's or a numeral's adjective ("Один")."""
    flags = word_class(word.split("-")[0])
    tag = analyzer().parse(word.lower())[0].tag
    if "Orgn" in tag.grammemes:
        return False
    if flags & (WordClass.PLACE | WordClass.NAME | WordClass.SURNAME) or not flags & WordClass.COMMON:
        return True
    if tag.POS == "ADJF":
        return not tag.grammemes & {"Apro", "Anum"}
    return tag.POS == "NOUN" and tag.case in ("gent", "gen2")


def residence_streets(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """Spans of a street and house after a residence verb and "на"/"по", or right after a residence cue (see above);
    ``lower`` is the lowered text."""
    for start in word_starts(lower, _TOWN_STREET_CUES):
        found = _RESIDENCE_STREET.match(text, start)
        if found is None:
            found = _RESIDENCE_TOWN_STREET.match(text, start)
            if found is not None and not all(map(_names_town_or_street, _WORD_OF_RUN.findall(found.group("street")))):
                continue
        if found is not None and not _PATRONYMIC.search(found.group("street")):
            yield found.span("street")


# A street's name and a house number whose shape no count, dose, score or pressure has, anywhere in running text and with
# no keyword or cue: "работает в пекарне на Короткая 71а", "Травма на производстве (Лермонтова 121а)", "живет одна на
# Осенняя 85/1/175", "у дома Буденного, 119б", "Место жительства — Высотная, 137/2-145". The house carries a letter
# ("71а"; а, б, в, д, е, ж only: "5г" is grams, "43л" an age, "5м" metres) or a building after a slash with a house of
# two digits at least ("121/1", "14а/81", "85/1/175": not "1/3" of a limb nor a pressure's "120/80", whose second part has
# two digits where no third part or flat follows; nor a date's "11/14/1961": a third part has three digits at most). The
# name is what a street is named by (:func:`_street_name`), its words apart by spaces (a tab parts a table's cells:
# "Лебедев<TAB>Ян<TAB>11/14/1961" is a surname, a first name and a birth date).
_HOUSE_SHAPE = re.compile(
    r"(?P<house>\d{1,4})(?P<letter>[абвдеж](?![а-яёА-ЯЁ]))?(?:/(?P<building>\d{1,3})[а-я]?(?:/(?P<third>\d{1,3}))?)?"
    r"(?:[ \t]?[-–][ \t]?(?P<flat>\d{1,4}))?(?![\w/\-])(?![.,:]\d)"
)
_HOUSE_MARKS = frozenset("абвдеж/")  # what follows a house's digits here (the gate: a note's numbers rarely have it)
_STREET_BEFORE = re.compile(
    r"(?<![\w\-.])(?P<name>(?:[А-ЯЁ][а-яё]+ )?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?: |, ?)$")


def shaped_houses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a street's name and a house of a house's own shape (see above)."""
    for run in digit_runs(text):
        end = run.end()
        if text[end : end + 1] not in _HOUSE_MARKS:  # (~1 number in 70 here: the one test most numbers meet)
            continue
        start = run.start()
        if start < 4 or text[start - 1] not in (" ", "\t"):
            continue
        house = _HOUSE_SHAPE.match(text, start)
        if house is None or UNIT_AFTER.match(text, house.end()) or not (
            house.group("letter") or (house.group("building") and end - start >= 2
                                      and (len(house.group("building")) == 1 or house.group("third") or house.group("flat")))
        ):
            continue
        name = _STREET_BEFORE.search(text, max(0, start - 40), start)
        if name is None or _NOT_A_STREET_AFTER.match(text, house.end()):
            continue
        words = name.group("name").split()
        before = text[max(0, start - 50) : name.start()]
        eponym = _EPONYM_BEFORE.search(before)
        before = before[max(before.rfind(mark) for mark in ".;!?\n") + 1 :]
        if (eponym and (eponym.group(1) or not _LIVES.search(before))) or _NOT_A_STREET_WORD.search(f"{before} {words[0]}"):
            continue
        first = name.start("name")
        if len(words) == 2 and not _first_word_of_street(words[0]):
            first += len(words[0]) + 1  # (a title-cased noun or a verb is no street's first word: "Проживает Садовая 14а")
            words = words[1:]
        if _street_name(words):
            yield first, house.end()


# What a house's shape means in a clinical phrase with no street's cue (review C r21, finding 2): a stage, a class, a
# diet, a syndrome's or a disease's eponym, a ward, an institution's eponym ("Синдром Лериша 2б стадии", "НК по
# Стражеско-Василенко 2а", "стол Певзнера 9а", "Отделение: Хирургическая 2а", "ГКБ им. Пирогова 12/1", "Больница
# Семашко 5а"): its word earlier in the sentence or as the name's first word, an eponym after "им."/"имени"/"по", or a
# stage's or ward's word right after the house.
_NOT_A_STREET_WORD = re.compile(
    r"(?<![а-яё])(?:стади|степен|класс|стол(?!иц)|диет|синдром|болезн|форм|гистолог|отделен|палат|больниц|клиник|госпитал"
    r"|группа|тип(?![а-яё])|вариант|(?:фк|нк|хсн|нии|гкб|гб)(?![а-яё]))",
    re.IGNORECASE,
)
_EPONYM_BEFORE = re.compile(r"(?<![а-яё])(?:(им\.?|имени)|по)[ \t]*$", re.IGNORECASE)
_LIVES = re.compile(r"жив|прожива|адрес|прописан|регистр", re.IGNORECASE)  # ("живет по Ленина 12а": a street after "по")
_NOT_A_STREET_AFTER = re.compile(r"[ \t,]*(?:стади|ст\.|степен|класс|палат|тип(?![а-яё]))", re.IGNORECASE)


def _first_word_of_street(word: str) -> bool:
    """The first of a street's two words: an adjective ("Красных Партизан") or a person's name ("Льва Толстого")."""
    return adjective_form(word) is not None or genitive_of_person(word)


def _street_name(words: list[str]) -> bool:
    """A street's name as a note writes it without its keyword: its last word a feminine adjective (a street, "улица", is
    feminine: "Короткая", "Осенняя", "на Тульской"), or a person's name or a group of people in the genitive, after whom
    streets are named ("Лермонтова", "Льва Толстого", "Серафимовича", "Нефтяников", "Красных Партизан"); not a dose's
    or a score's word ("Общая 15а"), nor a person's first name and patronymic."""
    last = words[-1]
    if DOSE_OR_SCORE_WORD.match(last) or not street_or_town(" ".join(words)):
        return False
    form = adjective_form(last)
    return (form is not None and form == ("femn", "sing")) or genitive_of_person(last)
