"""PERSON: the authors of a paper listed in Latin letters as references and abstracts list them ("Ivanov AA, Petrova BB").

Medical publishing, theses and case reports cite papers in the Vancouver style (ICMJE, NLM/PubMed): each author as a
surname and initials, the initials without stops ("Ivanov AA, Petrova BB, Sidorov VV.") or with them ("Müller T.,
García-López M."), separated by commas, and "et al." after the sixth. Their names are persons as any author's is. A
surname and bare capitals alone say nothing (a Latin phrase, "Vitamin D", "Stage IV"); the LIST does: two or more such
items one after another, separated by commas, where the list is long (three items), or an item has two or three
initials, or "et al." closes it. Words that open such phrases in clinical text (stages, types, classes, vitamins,
scales) are no surnames, and a list whose initials are all Roman numerals is a list of stages or grades.

Cyrillic author lists ("Иванов А.А., Петрова Б.Б.") are read by the name chains; this module reads the Latin ones only,
where the note has Latin letters (:func:`.latin.has_latin`). Each author is one span, the initials' last stop in it when
stops part them ("Sidorov V.V."), not when the initials are joined ("Petrova BB." ends the list's sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.latin import has_latin

_LETTERS = r"a-zà-öø-ÿāăąćčďđēėęěğīįıķļľłńňōőœŕřśşšţťūůűųźżž'’"
_SURNAME = rf"[A-ZÀ-ÖØ-ÞĀ-Ž][{_LETTERS}]+(?:[\-‐][A-ZÀ-ÖØ-ÞĀ-Ž][{_LETTERS}]+)?"
# one author: a surname (maybe a particle or a double one), a space, one to three initials, joined, hyphenated ("J-H")
# or with stops
_AUTHOR = (rf"(?:(?:van|von|de|der|den|da|di|du|le|la|al|el|ben)[ ]){{0,2}}{_SURNAME}(?:[ ]{_SURNAME})?[ ]"
           r"(?:[A-Z](?:\.[ ]?[A-Z]){0,2}\.|[A-Z](?:-?[A-Z]){0,2}(?![.\w]\w))")
_ITEM = re.compile(rf"(?P<author>{_AUTHOR})(?![\w\-])")
_LIST = re.compile(rf"(?<![\w\-]){_AUTHOR}(?:,[ ]{_AUTHOR}){{1,}}(?P<etal>,?[ ]et[ ]al\b)?")
# initials that are a Roman numeral, or one and a letter: a grade or a class ("Forrest IIA", "Lown IVB", "Stage II")
_ROMAN = re.compile(r"[IVX]+|[IVX]{2,}[A-Da-d]")
# what follows a citation's author list: "et al.", a stop and the paper's title in Latin letters, a year ("Ivanov AA, Petrova BB.
# Heart failure...", "Smith J, Zhang W (2019)"), the authors of a paper being named where the paper is
_CITED_AFTER = re.compile(r"\.?[ ]+[A-Z][a-z]|[.,]?[ ]?\(?(?:1[89]|20)\d\d\b")
# the words that open a Latin phrase of a word and capitals in clinical text: no surnames
_NOT_SURNAMES = frozenset("""
vitamin type stage grade class group phase factor hepatitis protein complex pattern level score dose day week visit
arm cohort part section table figure fig appendix annex form schedule lot batch version protocol study site center
centre zone ward room block building floor category risk child lead leads segment lobe ray rays zone killip nyha
asa gold tnm hla blood rh abo hb hbs ig lp apo cd il tlr strain serotype genotype subtype variant clade lineage wave cycle line lines step
""".split())


def author_lists(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the authors of a Latin author list (see above)."""
    if ", " not in text or not has_latin(text):
        return
    for found in _LIST.finditer(text):
        items = [(m.start("author"), m.end("author")) for m in _ITEM.finditer(text, found.start(), found.end())]
        et_al = found.group("etal") is not None
        if len(items) < 2 or not _a_list_of_authors(text, items, et_al):
            continue
        if not et_al and not _CITED_AFTER.match(text, items[-1][1]):
            continue  # (no paper after it: a list of species, strains or grades in a sentence, "Influenza A, Influenza B не")
        for start, end in items:
            surname = text[start:end].rsplit(" ", 1)[0]
            if surname.split()[-1].lower() in _NOT_SURNAMES:
                continue
            yield start, end


def _a_list_of_authors(text: str, items: list[tuple[int, int]], et_al: bool) -> bool:
    """Whether the items read as a list of authors: long, with full initials or closed by "et al."; not a list whose
    every initials are Roman numerals ("Stage II, Grade III") or whose every first word is a clinical phrase's or has two letters."""
    initials = [text[start:end].rsplit(" ", 1)[1] for start, end in items]
    if all(_ROMAN.fullmatch(value.replace(".", "")) for value in initials):
        return False
    surnames = [text[start:end].rsplit(" ", 1)[0].split()[-1].lower() for start, end in items]
    if len(set(surnames)) == 1:
        return False  # (one word with a letter after it each time: a genus's species or serogroups, "Streptococcus A, ... B")
    if sum(name not in _NOT_SURNAMES for name in surnames) < 2 or all(len(name) <= 2 for name in surnames):
        return False  # (and a list of two-letter words alone: "Hb A, Hb S, Hb C", variants; "Li J, Wu X" need a longer one)
    full = any(sum(ch.isupper() for ch in value) >= 2 for value in initials)
    return et_al or len(items) >= 3 or full
