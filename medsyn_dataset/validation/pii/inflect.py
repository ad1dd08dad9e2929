"""Case forms of Russian personal names and place names, with pymorphy3 and the surname rules it lacks.

Used by the surrogate redaction (a surrogate name takes the case and gender of the name it
replaces) and by the benchmark (names planted in oblique cases). pymorphy3 knows most first names
and patronymics and many surnames; surnames it does not know follow the declension rules of
Russian grammar by their ending (``-ов/-ин`` possessive type, ``-ский`` adjective type, consonant
nouns, indeclinable ``-ко``, ``-их``, ``-дзе``...).
"""

from __future__ import annotations

from functools import lru_cache

from medsyn_dataset.validation.pii.morph import analyzer

#: Grammatical cases in pymorphy3's notation, nominative first.
CASES: tuple[str, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct")

_POSSESSIVE_M = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
_POSSESSIVE_F = {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}
_ADJ_M = {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ом"}
_ADJ_F = {"gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"}
_NOUN_M = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_NOUN_A = {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}
_INDECLINABLE = ("ко", "их", "ых", "дзе", "швили", "ия", "о", "е", "и", "у", "ю", "э")


def _with_case(word: str, form: str) -> str:
    """``form`` spelled with the capitalisation of ``word``."""
    if word.isupper() and len(word) > 1:
        return form.upper()
    if word[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return form


def surname_by_rule(surname: str, female: bool, case: str) -> str:
    """A surname in ``case`` by the declension rules of its ending (nominative in, any case out)."""
    if case == "nomn":
        return surname
    low = surname.lower()
    if low.endswith(_INDECLINABLE):
        return surname
    if female:
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return surname[:-1] + _POSSESSIVE_F[case]
        if low.endswith(("ская", "цкая", "ая")):
            return surname[:-2] + _ADJ_F[case]
        if low.endswith("а"):
            return surname[:-1] + _NOUN_A[case].replace("ы", "и" if low[-2:-1] in "гкхжшчщ" else "ы")
        return surname  # a woman's surname ending in a consonant does not decline
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + _POSSESSIVE_M[case]
    if low.endswith(("ский", "цкий", "ий", "ый", "ой")):
        stem = surname[:-2]
        ending = _ADJ_M[case]
        if case == "ablt" and low.endswith("ый"):
            ending = "ым"
        return stem + ending
    if low.endswith("а"):
        return surname[:-1] + _NOUN_A[case].replace("ы", "и" if low[-2:-1] in "гкхжшчщ" else "ы")
    if low.endswith(("ь", "й")):
        soft = {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}
        return surname[:-1] + soft[case]
    return surname + _NOUN_M[case]


@lru_cache(maxsize=50_000)
def inflect_name(word: str, kind: str, female: bool, case: str) -> str:
    """``word`` (nominative) in ``case``. ``kind``: ``Name``, ``Surn`` or ``Patr`` (pymorphy3's grammemes)."""
    if case == "nomn" or not word:
        return word
    if "-" in word and kind == "Surn":  # double-barrelled surname: both halves decline
        return "-".join(inflect_name(part, kind, female, case) for part in word.split("-"))
    gender = "femn" if female else "masc"
    for parse in analyzer().parse(word.lower()):
        tag = parse.tag
        if kind in tag.grammemes and tag.case == "nomn" and (tag.gender in (gender, None) or "ms-f" in tag.grammemes):
            form = parse.inflect({case, "sing"})
            if form is not None:
                return _with_case(word, form.word)
    if kind == "Surn":
        return surname_by_rule(word, female, case)
    return word


@lru_cache(maxsize=50_000)
def inflect_word(word: str, case: str, grammeme: str | None = None) -> str:
    """A word (any form) in ``case``, singular; the reading with ``grammeme`` (e.g. ``Geox``) preferred.
    The word comes back unchanged when pymorphy3 cannot inflect it."""
    parses = analyzer().parse(word.lower())
    if grammeme is not None:
        parses = [p for p in parses if grammeme in p.tag.grammemes] or parses
    for parse in parses:
        form = parse.inflect({case}) or parse.inflect({case, "sing"})
        if form is not None:
            return _with_case(word, form.word)
    return word


def cases_of(word: str, grammemes: frozenset[str] = frozenset({"Name", "Surn", "Patr"})) -> dict[str, float]:
    """Case -> summed pymorphy3 score of the readings of ``word`` that carry one of ``grammemes``
    (all readings when none do)."""
    parses = analyzer().parse(word.lower())
    chosen = [p for p in parses if p.tag.grammemes & grammemes] or parses
    weights: dict[str, float] = {}
    for parse in chosen:
        if parse.tag.case:
            case = "accs" if parse.tag.case == "acc2" else "gent" if parse.tag.case in ("gen2", "gen1") else parse.tag.case
            case = "loct" if case in ("loc2", "loc1") else case
            weights[case] = weights.get(case, 0.0) + parse.score
    return weights
