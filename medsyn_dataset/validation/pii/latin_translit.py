"""Russian and Central Asian names in Latin letters, read back into Cyrillic.

A foreigner's or a Russian citizen's name in Latin script comes from a passport, a visa or a foreign
document, spelt by a transliteration standard: ICAO Doc 9303 (Russian passports since 2013: "Zh",
"Kh", "Ts", "Iu", "Ia", "-ii"), the older GOST/BGN spellings ("Yu", "Ya", "-iy", "-y") and the
Uzbek/Tajik Latin ("J" for "Ж", "Sh", "Ch"). Read back letter group by letter group, the word is a
Cyrillic one pymorphy3 can judge ("Karimov" -> "каримов", a surname; "Vitalii" -> "виталий", a first
name; "Heparin" -> "гепарин", an ordinary word).

:func:`transliterated_name` takes a run of two or three Latin words as a name, without any cue, when
one word reads back as a surname (a surname's ending and a surname reading, no ordinary one) and
another as a first name or a patronymic, or as a word the dictionary does not know (the Central Asian
given names it lacks: "Otabek", "Bekzod"). Latin medical terms ("Status localis", "Candida albicans")
and drug or company names read back as nothing of the kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.validation.pii.morph import WordClass, word_class

# letter groups first (longest first), then single letters
_GROUPS = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tc", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("iu", "ю"), ("yu", "ю"), ("ia", "я"), ("ya", "я"), ("yo", "ё"), ("ye", "е"),
)
_LETTERS = dict(zip("abvgdezijklmnoprstufhcywxq", "абвгдезийклмнопрстуфхцывкк", strict=True))
_LETTERS["j"] = "ж"  # (Uzbek and Tajik Latin; the ICAO "й" is "i")
_TOKEN = re.compile("|".join(group for group, _ in _GROUPS) + "|[a-z]")
_GROUP = dict(_GROUPS)
# how a word ends, read the ways the standards write it: "-ii"/"-iy"/"-y" -> "-ий", "-aia"/"-aya" -> "-ая"
_ENDINGS = ((re.compile(r"(?:ii|iy|yi)$"), "ий"), (re.compile(r"(?:aia|aya)$"), "ая"), (re.compile(r"y$"), "ый"),
            (re.compile(r"ai$"), "ай"), (re.compile(r"ei$"), "ей"))
_SURNAME_END = re.compile(r"(?:ov|ova|ev|eva|yov|in|ina|yn|yna|sky|skiy|skii|skaya|skaia|ko|uk|chuk|yan|dze|shvili|ykh|ikh)$", re.I)
_PERSON = WordClass.NAME | WordClass.NAME_READING | WordClass.PATRONYMIC


def _read_back(word: str) -> str:
    return "".join(_GROUP.get(token, _LETTERS.get(token, token)) for token in _TOKEN.findall(word))


def read_back(word: str) -> str:
    """A lower-case Latin word read back into Cyrillic letter group by letter group ("akhmed" -> "ахмед")."""
    return _read_back(word)


@lru_cache(maxsize=20_000)
def cyrillic_flags(word: str) -> int:
    """The :class:`.morph.WordClass` flags of ``word`` read back into Cyrillic (all readings together)."""
    lower = word.lower()
    flags = word_class(_read_back(lower))
    for ending, cyrillic in _ENDINGS:
        found = ending.search(lower)
        if found is not None:
            flags |= word_class(_read_back(lower[: found.start()]) + cyrillic)
    return flags


def _surname(word: str) -> bool:
    """A surname's ending, and a surname reading (or one by the ending alone, no ordinary or place reading)."""
    if _SURNAME_END.search(word) is None:
        return False
    flags = cyrillic_flags(word)
    if flags & WordClass.SURNAME_READING:
        return True
    return bool(flags & WordClass.SURNAME_POSSIBLE) and not flags & (WordClass.COMMON | WordClass.PLACE)  # ("Heparin", "Berlin")


def _given(word: str) -> bool:
    """A first name or a patronymic by a reading, or a word the dictionary does not know."""
    flags = cyrillic_flags(word)
    return bool(flags & _PERSON) or not flags & WordClass.KNOWN


def transliterated_name(words: list[str]) -> bool:
    """Two or three Latin words (no initials) that read back as a surname and given names (see above)."""
    if not 2 <= len(words) <= 3 or any(len(word) < 3 for word in words):
        return False
    surnames = [_surname(word) for word in words]
    return any(surnames) and all(is_surname or _given(word) for word, is_surname in zip(words, surnames, strict=True)) and (
        not all(surnames) or any(cyrillic_flags(word) & _PERSON for word in words))
