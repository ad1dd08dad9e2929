"""Cached pymorphy3 word classes for capitalised Russian words (names, places, common words).

Parsing a word costs ~50 µs; a clinical corpus reuses a few thousand capitalised forms, so each
form is parsed once per process. The analyzer's dictionaries ship inside the
``pymorphy3-dicts-ru`` wheel: nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer

_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|е|ы|ой|ою|ей)?$")
_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|цкая|ых|их|енко|юк|чук|ян|янц|дзе|швили|ук)"
    r"(?:а|у|ым|ом|е|ой|ою|ого|ому|ую|ей|ы)?$"
)


class WordClass:
    """Bit flags of what a capitalised word can be; a word may carry several ("Вера": NAME | COMMON).
    Plain ints, not ``enum.IntFlag``: these are tested millions of times per corpus."""

    NONE = 0
    KNOWN = 1  # in the dictionary
    NAME = 2  # a first name
    SURNAME = 4  # a surname (dictionary tag, or an unknown word with a surname suffix)
    PATRONYMIC = 8
    PLACE = 16  # a geographic name
    COMMON = 32  # has an ordinary (non-name) dictionary reading
    SURNAME_POSSIBLE = 64  # some surname reading or a surname suffix ("Комаров", also "of mosquitoes")
    SURNAME_READING = 128  # pymorphy3 has a surname reading, however rare ("Мясников", also "of butchers")
    NAME_READING = 256  # pymorphy3 has a first-name reading, even a weaker one ("Регина", read first as a surname)


_NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}


@lru_cache(maxsize=200_000)
def word_class(word: str) -> int:
    """Classify one word (any case; the caller checks capitalisation)."""
    lower = word.lower()
    morph = analyzer()
    flags = WordClass.NONE
    known = morph.word_is_known(lower)
    if known:
        flags |= WordClass.KNOWN
    weight = {"Name": 0.0, "Name plur": 0.0, "Surn": 0.0, "Patr": 0.0, "Geox": 0.0, "common": 0.0}
    for parse in morph.parse(lower):
        grammemes = parse.tag.grammemes
        for grammeme in ("Name", "Surn", "Patr", "Geox"):
            # (a first name in the plural is a reading only, never the class: "Никонов", "Филиппов" are surnames,
            # not "of the Nikons")
            if grammeme in grammemes:
                weight["Name plur" if grammeme == "Name" and "plur" in grammemes else grammeme] += parse.score
        if known and not grammemes & _NAME_GRAMMEMES and "Abbr" not in grammemes:
            weight["common"] += parse.score
    # rare readings ("Петров" as genitive plural of the name "Петр") must not decide the class
    if weight["Surn"] > 0 or _SURNAME.search(lower):
        flags |= WordClass.SURNAME_POSSIBLE
    if weight["Surn"] >= 0.1:
        flags |= WordClass.SURNAME_READING
    if weight["Name"] + weight["Name plur"] >= 0.1:
        flags |= WordClass.NAME_READING
    if weight["Name"] >= 0.05 and weight["Name"] > weight["Surn"]:
        flags |= WordClass.NAME
    elif weight["Surn"] >= 0.2:
        flags |= WordClass.SURNAME
    if weight["Patr"] >= 0.2:
        flags |= WordClass.PATRONYMIC
    if weight["Geox"] >= 0.2:
        flags |= WordClass.PLACE
    if weight["common"] >= 0.1:
        flags |= WordClass.COMMON
    if not known:
        # the predictor guesses Name/Surn for many unknown words; trust only the suffixes
        flags &= ~(WordClass.NAME | WordClass.PLACE | WordClass.SURNAME)
        if _SURNAME.search(lower):
            flags |= WordClass.SURNAME
    if (_PATRONYMIC.search(lower) and not flags & WordClass.COMMON) or (not known and _short_patronymic(lower)):
        flags |= WordClass.PATRONYMIC
    return flags


# A man's name in -а/-я makes its patronymic with -ич/-ична ("Фома" -> "Фомич", "Илья" -> "Ильич"); the
# dictionary lists the common ones only, so an unknown word of that shape whose stem + "а"/"я" is a first
# name is a patronymic too ("Фокич", "Фокичу" of "Фока", "Ерёмич" of "Ерёма")
_SHORT_PATRONYMIC = re.compile(r"(?<=[а-яё]{2})(?:ич(?:а|у|ем|е)?|ичн(?:а|ы|е|у|ой|ою))$")


def is_ordinary_word(word: str) -> bool:
    """A capitalised dictionary word with no name reading ("Мужчина", "Жалобы", "Дата")."""
    flags = word_class(word.rstrip(".").split("-")[0])
    return bool(flags & WordClass.COMMON) and not flags & (WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC)


def _short_patronymic(lower: str) -> bool:
    match = _SHORT_PATRONYMIC.search(lower)
    if match is None:
        return False
    stem = lower[: match.start()]
    return any("Name" in p.tag.grammemes and "masc" in p.tag.grammemes and p.tag.case == "nomn"
               for ending in ("а", "я") for p in analyzer().parse(stem + ending))


@lru_cache(maxsize=200_000)
def normal_form(word: str) -> str:
    """Dictionary form (lemma) of a word, lower-cased."""
    return analyzer().parse(word.lower())[0].normal_form


@lru_cache(maxsize=50_000)
def place_lemma(word: str) -> str:
    """Dictionary form of a word read as a place (``Geox``), else its plain lemma: "Тобольском" is
    "тобольск" (its first reading is the adjective "тобольский")."""
    parses = analyzer().parse(word.lower())
    for parse in parses:
        if "Geox" in parse.tag.grammemes:
            return str(parse.normal_form)
    return str(parses[0].normal_form)


@lru_cache(maxsize=50_000)
def genitive_place(word: str) -> bool:
    """``word`` can be a place name in the genitive ("Ухты", "Тагила", "Апатитов"): the name after an
    institution ("ЦРБ Ухты", "комиссариат Тагила")."""
    return any("Geox" in p.tag.grammemes and p.tag.case in ("gent", "gen2") for p in analyzer().parse(word.lower()))


_NOT_NOUN = frozenset({"ADJF", "ADJS", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "COMP", "PRED"})


@lru_cache(maxsize=20_000)
def adjective_form(word: str) -> tuple[str, str] | None:
    """(gender, number) of ``word`` when its first reading is a full adjective ("Курская": femn, sing), else None: the
    adjective's test of the address readers (a settlement or a street named as adjectives are, "Октябрьский",
    "Заречная"; a town and a street that agree as one thing's two adjectives, "Острая, Ноющая")."""
    tag = analyzer().parse(word.lower())[0].tag
    return (str(tag.gender), str(tag.number)) if tag.POS == "ADJF" else None


@lru_cache(maxsize=20_000)
def first_case(word: str) -> str | None:
    """The case of ``word``'s first reading, of any part of speech (None for a word without case: a verb, an adverb)."""
    case = analyzer().parse(word.lower())[0].tag.case
    return str(case) if case is not None else None


@lru_cache(maxsize=20_000)
def noun_case(word: str) -> str | None:
    """The case of ``word``'s first reading when that reading is a noun ("матерью": "ablt"), else None: a preposition's
    object read after a one-letter kind of settlement (:mod:`.address_lower`)."""
    tag = analyzer().parse(word.lower())[0].tag
    return str(tag.case) if tag.POS == "NOUN" else None


@lru_cache(maxsize=20_000)
def animate_dative(word: str) -> bool:
    """Whether ``word`` has a reading as an animate noun in the dative ("сыну", "дочери", "Алексею"): the one a
    verb of calling is to call (:mod:`.phone_fields`)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "datv" and p.tag.animacy == "anim" for p in analyzer().parse(word.lower()))


@lru_cache(maxsize=20_000)
def first_part_of_speech(word: str) -> str | None:
    """The part of speech of ``word``'s first reading ("Стационарная": "ADJF"), None when it has none: a title's head
    noun, its first word that is no adjective or participle (:mod:`.numbered_values`)."""
    pos = analyzer().parse(word.lower())[0].tag.POS
    return str(pos) if pos is not None else None


@lru_cache(maxsize=20_000)
def nominative_reading(word: str) -> bool:
    """Some reading of ``word`` is in the nominative: "горки", "липки" are read first as genitives, and a village's
    plural name all the same (:mod:`.address_lower`)."""
    return any(parse.tag.case == "nomn" for parse in analyzer().parse(word.lower()))


@lru_cache(maxsize=20_000)
def genitive_of_person(word: str) -> bool:
    """``word`` reads as a person's name in the genitive ("Лермонтова", "Серафимовича", "Льва") or as people named by a
    plural noun in the genitive ("Нефтяников", "Партизан", "Строителей"): what a street is named after."""
    for parse in analyzer().parse(word.lower()):
        grammemes = parse.tag.grammemes
        if parse.tag.case == "gent" and (
            grammemes & _PERSON_GRAMMEMES or (parse.tag.POS == "NOUN" and "anim" in grammemes and "plur" in grammemes)
        ):
            return True
    return False


_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=20_000)
def noun_only(word: str) -> bool:
    """No reading of ``word`` is an adjective, a verb or an adverb: a noun, as a surname that is also a word is."""
    return not any(parse.tag.POS in _NOT_NOUN for parse in analyzer().parse(word.lower()))


@lru_cache(maxsize=20_000)
def surname_after_trigger(word: str) -> bool:
    """A word that is a surname after "пациент", "гр-ка", "мать": one with a surname reading, or a
    noun with a surname ending ("Мясников" reads as "of butchers"); not an adjective or a verb
    ("Мать здорова")."""
    flags = word_class(word)
    if flags & WordClass.SURNAME_READING:
        return True
    return bool(flags & WordClass.SURNAME_POSSIBLE) and noun_only(word)


@lru_cache(maxsize=20_000)
def plural_name_only(word: str) -> bool:
    """pymorphy3 reads ``word`` as a first name only in the plural ("Ат", "Соп", "Пии": of the Atas,
    the Sopas, the Piuses): an abbreviation or a typo far more often than a name, so on its own it is
    no name (next to a surname or after a trigger it still counts)."""
    readings = [p for p in analyzer().parse(word.lower()) if "Name" in p.tag.grammemes]
    return bool(readings) and all("plur" in p.tag.grammemes for p in readings)


@lru_cache(maxsize=20_000)
def animate_noun(word: str) -> bool:
    """``word`` reads as an animate noun in the singular, not neuter: what the surnames that are also words are
    ("Мельник", "Кузнец", "Волк", "Дрозд", "Орёл"), unlike a clinical word after a name in an unpunctuated note
    ("Глафира Жалобы", "Оксана Лечение", "Феврония Метеоризм")."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "sing" and p.tag.gender != "neut"
               for p in analyzer().parse(word.lower()))


@lru_cache(maxsize=20_000)
def is_abbreviation(word: str) -> bool:
    """Some reading of ``word`` is an abbreviation the dictionary knows ("узи", "дтп", "ивл"): no person's name."""
    return any("Abbr" in parse.tag.grammemes for parse in analyzer().parse(word.lower()))
