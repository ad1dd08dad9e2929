"""LOCATION: an address typed all in lower case, a settlement's or a street's keyword and the names after it.

A journal kept by hand or a hurried note types no capitals at all: "аул баксан молодёжная 21/1", "у. нижняя иреть
луговая 38а", "с. гусево, ул. крылова, д. 10". The address grammar (:mod:`.address`) knows a name by its capital, so
none of these is read. Here a keyword of a settlement or a street, one to four words in lower case after it, and a house
number make the address; the house must be one no count or dose has: with one letter that is no unit, a building or a
flat ("21/1", "38а", "16/1-23", "38а-2") or after its own keyword ("д. 10"); "5мг", "200мл", "40г", "2р" are doses and
"200-400" a range. One of the words must be a name, not an ordinary word the dictionary knows ("с. утра 2а" is none)
nor an adverb of a route ("п. перорально 12/1").

A plain house number ("ул.школьная 9", "пгт шира полевая 23") is a house where the run says "address" twice or by a
kind nothing else abbreviates: a street's keyword inside it ("ул"), or a settlement's kind that is no other word
("пгт", "ст-ца", "аул", "рп": Приказ Минфина № 171н); there the words need not be names ("ст-ца денисовская
пионерская 52б", "ул снежная 52": the keyword names them). A street so read takes the settlement typed before it, with or without the keyword's stop
as the register's short names have it ("с рябиновка ул снежная 52", "г тюмень ул мельникайте 101-25").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medsyn_dataset.validation.pii.morph import (
    WordClass,
    animate_noun,
    nominative_reading,
    noun_case,
    word_class,
)

# (imported once, here: an import statement in each pass cost ~0.7 us a note)

# The settlement kinds a lower-case address opens with, each once: (keyword, typed with its stop, abbreviates nothing
# else: Приказ Минфина № 171н's "пгт", "ст-ца", "аул", "рп", where a plain house and ordinary words are an address).
# (An abbreviation with a stop is "с.", "д.": without it "с", "д" are prepositions, the start of no address.)
_SETTLEMENT_KINDS = (
    ("аул", False, True), ("ст-ца", False, True), ("у", True, False), ("с", True, False), ("д", True, False),
    ("п", True, False), ("пос", True, False), ("дер", True, False), ("х", True, False), ("сл", True, False),
    ("нп", False, False), ("пгт", False, True), ("рп", False, True),
)
# the kinds typed before a street only (:data:`_SETTLEMENT_BEFORE`): a town ("г" opens no lower-case address: "5 г" is
# grams) and a rural settlement ("с/п")
_KINDS_BEFORE_STREET_ONLY = ("г", "с/п")
# the street's keyword, with its stop or a space ("ул. снежная", "ул снежная")
_STREET_ANCHORS = ("ул.", "ул ")


def _anchor(kind: str, stop: bool) -> str:
    """The text a kind starts at: with its stop, or the bare keyword ("рп" with its space: it opens "рпц", "рпр")."""
    return kind + "." if stop else kind + " " if kind == "рп" else kind


#: the keywords it starts at (all among the address pass's anchors, so the note's one look-up finds them; their order
#: is none: the look-up gives positions)
LOWER_ANCHORS = (*(_anchor(kind, stop) for kind, stop, _ in _SETTLEMENT_KINDS), *_STREET_ANCHORS)

# a kind as it opens an address (with its stop where it takes one), and as it stands before a street (stop optional)
_KIND_OPENINGS = "|".join(re.escape(kind) + (r"\." if stop else "") for kind, stop, _ in _SETTLEMENT_KINDS)
_KINDS_BEFORE_STREET = "|".join((*(kind for kind, _, _ in _SETTLEMENT_KINDS), *_KINDS_BEFORE_STREET_ONLY))
_WORD = r"[а-яё]{3,}(?:-[а-яё]{2,})*"
_LOWER_ADDRESS = re.compile(
    rf"(?P<kind>{_KIND_OPENINGS}|ул\.?)[ \t]?"
    rf"(?P<words>{_WORD}(?:,?[ \t]+(?:ул\.?[ \t]?)?{_WORD}){{0,3}})"
    # (a house's letter is one letter, no unit's: "г" grams, "р" times; a dash only after a letter or a building)
    r",?[ \t]+(?:(?:д\.|дом)[ \t]?\d{1,4}[а-я]?(?:/\d{1,3})?"
    r"|\d{1,4}(?:(?![гр])[а-я](?:-\d{1,4})?|/\d{1,3}(?:(?![гр])[а-я]|-\d{1,4})?)"
    # (a plain number, taken only where the run says "address" twice or by a kind of its own, see above; no unit or
    # fraction after it: "ул. школьная 9 мг" is none)
    r"|(?P<plain>\d{1,4})(?:-\d{1,4})?(?![ \t]?(?:мк?г|мл|[грч](?![а-яё])|раз|дн|лет|год|мин|сут|шт|таб|кап|ед|нед|мес|%|[.,]\d)))"
    r"(?![\w/])"
)
# the settlement kinds that abbreviate nothing else (171н): a plain house and ordinary words are an address after them
_OWN_KINDS = frozenset(kind for kind, _, own in _SETTLEMENT_KINDS if own)
# the settlement typed before a street read here, its kind with or without its stop (the register's short names); with
# no stop a space parts the kind from the name ("с рябиновка"; "проживания" is no "п" and "роживания")
_SETTLEMENT_BEFORE = re.compile(
    rf"(?:(?<=[\s,:;(])|^)(?P<kind>{_KINDS_BEFORE_STREET})"
    rf"(?P<stop>\.?)(?:(?<=\.)[ \t]?|[ \t])(?P<name>{_WORD})"
    rf"(?:[ \t]{_WORD}){{0,2}},?[ \t]+$"
)
# the street's keyword among the run's words, a whole word with or without its stop, or spelt out ("улица")
_STREET_KEYWORD = re.compile(r"(?:^|[ \t,])ул(?:иц[аеыу])?(?:\.|[ \t]|$)")


def _preposition_object(before: re.Match[str]) -> bool:
    """The settlement read before a street is a preposition's object: a one-letter kind with no stop, which is also a
    preposition ("с", "д(о)"), and a
    noun read first in the instrumental or the genitive ("с матерью", "с терапевтом"), with no nominative reading: a
    settlement's name after its kind is in the nominative, as the register writes it ("с рябиновка"), a plural one too
    ("д горки", "д липки" are read first as genitives), unless an animate noun in the singular: a relative's genitive is
    also a nominative plural ("у матери", "у бабушки")."""
    if before.group("stop") or len(before.group("kind")) > 1:
        return False
    name = before.group("name")
    return noun_case(name) in ("ablt", "gent") and (not nominative_reading(name) or animate_noun(name))


# an adverb ("перорально", "внутримышечно" the dictionary may not know) is no name
_ADVERB = re.compile(r"(?:альн|ельн|ичн|ечн)о$")


def lower_addresses(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the lower-case addresses whose keywords start at ``starts`` (see above)."""
    covered = -1
    for start in starts:
        if start < covered or not text[start + 1 : start + 6].islower():
            continue
        found = _LOWER_ADDRESS.match(text, start)
        if found is None:
            continue
        kind = found.group("kind")
        # (a street's keyword as a word of its own: "пульс", "стул", "капсулы" hold the letters, not the keyword)
        street = kind.startswith("ул") or _STREET_KEYWORD.search(found.group("words")) is not None
        if found.group("plain") is not None and not (street or kind in _OWN_KINDS):
            continue
        words = [w for w in re.split(r"[ \t,.]+", found.group("words")) if w not in ("ул", "ул.", "") and not _ADVERB.search(w)]
        if street or kind in _OWN_KINDS or any(
            not word_class(w.capitalize()) & WordClass.COMMON or word_class(w.capitalize()) & WordClass.PLACE for w in words
        ):
            covered = found.end()
            before = _SETTLEMENT_BEFORE.search(text, max(0, start - 40), start) if kind.startswith("ул") else None
            if before is not None and _preposition_object(before):
                before = None  # "беседа с матерью ул снежная 52": the street alone
            yield (before.start() if before is not None else start), covered, 0.6
