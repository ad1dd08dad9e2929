"""The names of a patient's papers in an export's element names.

An element named after a paper carries the paper's number as an attribute: ``<Referral number="12-345">``,
``<Prescription series="45-12" no="004512">``, ``<CallCard id="2024-1187">``. The attribute's name says only
"number"; the element's name says whose (:func:`.export_ids.key_words` splits it into words, looked up here in
Latin, transliterated Russian or Cyrillic). An element no paper names (``<House number="12">``, ``<Step no="3">``)
gives no record number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

#: a prescription's words (one list for the paper readers here and :mod:`.id_tagger_vetoes`, where a prescription's
#: bare "number" key holds its lines' count): the word in three spellings, and the Latin word its blank opens with,
#: "Rp." (Recipe), and the sign for it, ℞, written "Rx" (an e-prescription's export, {"recipe": {"series": ..., "number":
#: ...}}, a pharmacy's log, "rx=3566-9940777")
PRESCRIPTION_WORDS = frozenset(("prescription", "recept", "рецепт", "recipe", "rx"))
#: ... and cut short (see :data:`_CUT_PAPER_WORDS`)
CUT_PRESCRIPTION_WORDS = frozenset(("рец", "presc", "prescr"))
PAPER_WORDS = frozenset((
    "referral", "napravlenie", "направление", "certificate", "svidetelstvo",
    "свидетельство", "callcard", "call", "episode", "epicrisis", "эпикриз", "protocol", "протокол", "conclusion",
    "zakluchenie", "заключение", "sickleave", "eln", "элн",
)) | PRESCRIPTION_WORDS


# a key cut short, as Russian abbreviations cut a word after its first letters ("рец" for рецепт, "напр" for
# направление, "закл" for заключение, "свид" for свидетельство; "cert", "presc" in Latin): the abbreviations
# themselves, not any start of a paper's word, since the starts of the Latin ones are lab keys as often ("conc" a
# concentration, "prot" a protein, "refe" a reference range, "epis" an episode's count; review A r22, finding 2)
_CUT_PAPER_WORDS = frozenset((
    "напр", "направл", "закл", "заключ", "свид", "свидет", "эпикр",
    "cert", "certif", "napr", "naprav", "zakl", "svid", "svidet",
)) | CUT_PRESCRIPTION_WORDS


def names_paper(words: tuple[str, ...]) -> bool:
    """Whether a normalised element name (its words) names a patient's paper, whole or cut short."""
    return any(word in PAPER_WORDS or word in _CUT_PAPER_WORDS for word in words)


def number_attributes(attributes: dict[str, re.Match[str]], split: Callable[[str], tuple[str, ...]],
                      number_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of the attributes' values whose name is one number word ("number", "no", "series", "id")."""
    for name, match in attributes.items():
        words = split(name)
        if len(words) == 1 and words[0] in number_words:
            yield match.start("value"), match.end("value")
