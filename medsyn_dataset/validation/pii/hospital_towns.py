"""Towns named by what stands beside them: a district hospital's abbreviation, a residence's word (LOCATION, for
:mod:`.places`).

A district's hospital (ЦРБ, центральная районная больница) and its kin are named by their town. A register or a call
log writes the town after the abbreviation in the nominative ("ЦРБ Далматово", "из ЦРБ Ирбит", "(ЦРБ Ивдель)"), a
journal's column or a "from" field before it ("Нягань ЦРБ", "Ельня (ЦРБ)"); the genitive after it ("ЦРБ Ухты") is read
by :func:`.places._institution_place` already. A residence's word with a comma or a dash after it names the place that
follows ("по месту жительства, Углегорск"). In both, the word must read as a place in the dictionary (Geox): the
abbreviation or the residence's word says which place, not whether the word is one.
"""

from __future__ import annotations

import re

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.morph import WordClass, word_class

# a district hospital's abbreviation right after the town, maybe in brackets ("Нягань ЦРБ", "Ельня (ЦРБ)")
_HOSPITAL_AFTER = re.compile(r"[ \t]\(?(?:ЦРБ|ЦГБ|ЦРКБ|ЦКБ|РБ|ГБ|УБ|ФАП|МСЧ)(?![\w\-])")
# initials after the word: a surname, a doctor of that hospital ("ЦРБ Пушкин А.С."), not its town
_INITIALS_AFTER = re.compile(r"[ \t]+[А-ЯЁ]\.[ \t]?(?:[А-ЯЁ]\.)?")
# a residence's word and a comma or a dash before the name ("по месту регистрации — Асбест")
_RESIDENCE_BEFORE = re.compile(r"(?:жительства|проживания|регистрации|пребывания)[ \t]*[,—–][ \t]*$", re.IGNORECASE)
_PERSON = WordClass.NAME | WordClass.PATRONYMIC


def abbreviation_before(text: str, start: int) -> bool:
    """The institution's word before ``start`` (:func:`.places._after_institution` found one) is written in capitals:
    an abbreviation ("ЦРБ"), not a noun ("больница", whose town stands in the genitive)."""
    word = re.split(r"[\s(]", text[max(0, start - 7) : start - 1])[-1]
    return len(word) >= 2 and word.isupper()


def hospital_after(text: str, end: int) -> bool:
    """A district hospital's abbreviation follows the word ending at ``end``."""
    return _HOSPITAL_AFTER.match(text, end) is not None


# a rural unit's abbreviation before the word: a feldsher's post, a district's hospital, a doctor's outpatient clinic
# ("ФАП Малиновка", "УБ Ключи", "ВА Озёрки", "ЦОВП Рощино"), named by its village, which the dictionary rarely knows as
# a place (a village is often named by a common noun, "Малиновка" a robin)
_RURAL_UNIT_BEFORE = re.compile(r"(?:^|[\s(])(?:ФАП|УБ|ВА|ЦОВП)[ \t]$")
_WORD_AFTER = re.compile(r"[ \t]+([а-яё]+)")
_NOT_VILLAGE = WordClass.NAME | WordClass.PATRONYMIC | WordClass.SURNAME | WordClass.SURNAME_READING


def rural_unit_before(text: str, start: int) -> bool:
    """A rural unit's abbreviation stands right before ``start``."""
    return _RURAL_UNIT_BEFORE.search(text, max(0, start - 6), start) is not None


def town_by_hospital(text: str, match: re.Match[str], rural: bool = False) -> bool:
    """``match``, beside a hospital's abbreviation, is its town: a place of the dictionary (a hyphenated name's first
    part counts), not read first as a first name or a patronymic, no initials after it; after a rural unit's
    abbreviation (``rural``) also a noun in the nominative that reads as no person's name ("ФАП Малиновка")."""
    word = match.group()
    flags = word_class(word) | (word_class(word.split("-")[0]) if "-" in word else 0)
    if _INITIALS_AFTER.match(text, match.end()):
        return False
    if not flags & WordClass.PLACE:
        if not rural or flags & _NOT_VILLAGE:
            return False
        tag = analyzer().parse(word.lower())[0].tag
        if tag.POS not in (None, "NOUN") or tag.case not in (None, "nomn") or (tag.animacy == "anim" and tag.gender == "masc"):
            return False  # ("ФАП Закрыт", "ФАП Фельдшер ...": a state, a staff member's word)
        verb = _WORD_AFTER.match(text, match.end())
        return verb is None or analyzer().parse(verb.group(1))[0].tag.POS not in ("VERB", "PRTS")  # ("ФАП Медсестра осмотрела")
    tag = analyzer().parse(word.lower())[0].tag
    return not ("Name" in tag.grammemes or "Patr" in tag.grammemes)


def after_residence(text: str, start: int, flags: int) -> bool:
    """A residence's word and a comma or a dash stand before the word at ``start`` whose classes are ``flags``, and the
    word reads as a place, not as a person."""
    return (bool(flags & WordClass.PLACE) and not flags & _PERSON and text[start - 2 : start - 1] in ",—–"
            and _RESIDENCE_BEFORE.search(text, max(0, start - 18), start) is not None)
