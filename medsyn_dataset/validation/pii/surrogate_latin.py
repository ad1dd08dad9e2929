"""Surrogates for values written in Latin script: a transliterated name or place gets a
transliterated surrogate of the same shape (case, initials, order, punctuation).

The Russian readers of :mod:`.surrogate_names` see no token in "GURULI Ekaterina Renatovna", and a
value left as it was would leak. Here the surrogate person is drawn like any other (one per real
person of the note, keyed by the surname) and transliterated (the passport system of 2013:
"Ж" -> "zh", "Х" -> "kh", "Ц" -> "ts", "Я" -> "ia"); each word of the value is replaced by the
part of the name it holds, written as the original word is (all capitals, capitalised, an initial).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from medsyn_dataset.validation.pii.surrogate_names import CITIES, STREETS_ADJ, Person

_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia".split(),
    strict=True,
))


def transliterate(word: str) -> str:
    """A Russian word in Latin letters, capitalised as it was."""
    out = "".join(_TRANSLIT.get(ch, ch).replace("_", "") for ch in word.lower())
    return out.capitalize() if word[:1].isupper() else out


def is_latin(value: str) -> bool:
    """Latin letters and no Cyrillic ones."""
    return bool(re.search(r"[A-Za-z]", value)) and not re.search(r"[А-Яа-яЁё]", value)


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$", re.IGNORECASE)
_FEMALE_END = re.compile(r"(?:a|ia|ya|aia|aya)$", re.IGNORECASE)


def _roles(value: str, words: list[str]) -> list[str]:
    """"last", "first" or "middle" for each word, from its shape and place (a patronymic, a comma
    after the surname, capitals for the surname, initials between a first name and a surname)."""
    n = len(words)
    patronymic = next((i for i, w in enumerate(words) if len(w) > 1 and _PATRONYMIC.search(w)), None)
    if patronymic is not None:
        if patronymic == n - 1:
            return ["last", "first", "middle"][-n:] if n <= 3 else ["last", "first", "middle"] + ["middle"] * (n - 3)
        return ["first", "middle"] + ["last"] * (n - 2)
    comma = "," in value.split(words[0], 1)[-1][:2]
    upper_first = words[0].isupper() and len(words[0]) > 1 and not all(w.isupper() for w in words[1:])
    if comma or upper_first or all(w.isupper() for w in words):
        return ["last", "first", "middle"][:n] + ["middle"] * max(0, n - 3)
    return ["first"] + ["middle"] * (n - 2) + ["last"] if n > 1 else ["last"]


def latin_person(value: str, rng: random.Random, people: dict[str, object],
                 draw: Callable[[random.Random, bool, set[str]], Person]) -> str:
    """``value`` (a Latin-script name) with each word replaced by the surrogate's, in its shape."""
    words = _WORD.findall(value)
    if not words:
        return value
    roles = _roles(value, words)
    by_role = {role: word for word, role in zip(words, roles, strict=True) if len(word) > 1}
    female = bool(
        (by_role.get("middle") and re.search(r"(?:ovna|evna|ichna)$", by_role["middle"], re.IGNORECASE))
        or (by_role.get("first") and _FEMALE_END.search(by_role["first"]))
        or (not by_role.get("first") and by_role.get("last") and _FEMALE_END.search(by_role["last"]))
    )
    key = "latin:" + (by_role.get("last") or by_role.get("first") or value).lower()
    if key not in people:
        people[key] = draw(rng, female, {w.lower() for w in words})
    person = people[key]
    assert isinstance(person, Person)
    parts = {"last": person.last, "first": person.first, "middle": person.middle}
    found = iter(roles)

    def write(match: re.Match[str]) -> str:
        word, role = match.group(), next(found)
        new = transliterate(parts[role])
        if len(word) == 1:
            return new[0].upper()
        return new.upper() if word.isupper() else new

    return _WORD.sub(write, value)


# Latin words of an address that are no names ("st.", "apt.", "Russian Federation")
_KEEP = frozenset("st str street ave avenue apt ul d kv obl reg region oblast krai district bldg russia russian federation "
                  "rf ussr city of the and".split())


def latin_place(value: str, rng: random.Random, memo: dict[str, str]) -> str:
    """``value`` (a Latin-script address) with place names and numbers replaced, layout kept."""
    def write(match: re.Match[str]) -> str:
        token = match.group()
        if token.isdigit():
            key = "latin-digits:" + token
            if key not in memo:
                memo[key] = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in token[1:])
            return memo[key]
        if token.lower() in _KEEP or len(token) < 3:
            return token
        key = "latin-place:" + token.lower()
        if key not in memo:
            memo[key] = transliterate(rng.choice(CITIES if token[0].isupper() else STREETS_ADJ))
        new = memo[key]
        return new.upper() if token.isupper() else new

    return re.sub(r"[A-Za-z][A-Za-z'\-]*|\d+", write, value)
