"""PERSON written as initials alone, where a person's word or field announces them.

Clinical research and anonymised paperwork name a person by initials only: a trial identifies its subjects so
("инициалы субъекта: АВК", "пациент А.В.К., 45 лет", "субъект И-П-С рандомизирован", "Subject A.V.K."), a consent
form's signature line and a case report's initials field too. The initials are two or three capital letters with
stops, hyphens, single spaces or nothing between them, in Cyrillic or in Latin transliteration. A letter shape alone
says nothing: Russian clinical text is full of capital abbreviations (ОАК, ЭКГ, ХСН, ИБС, ЦРБ), so the initials count
only right after a cue:

* **a field that holds a person's name or initials** ("Инициалы:", "Инициалы пациента -", "ФИО:", "Ф.И.О. донора",
  "Подпись пациента", "Initials:", "Signed by"): whatever initials shape follows, the letters joined too;
* **a word for the person** ("пациент(ка)", "больной", "субъект", "донор", "реципиент", "ребёнок", "участник",
  "испытуемый", "доброволец", "patient", "subject", "donor", "participant"), maybe the person's number between
  ("Субъект 01-014 (А.В.К.)"): initials with stops, hyphens or spaces; three letters joined only when they are no
  clinical abbreviation and no dictionary word ("пациенту УЗИ", "больными ОРЗ", "участник ВОВ" stay clean), nor an
  abbreviation's stop or a name in quotes after them ("ОТД.", "МИС «Инфоклиника»").

A placeholder ("XXX", "ХХ", "NN": one letter repeated) and the label "Ф.И.О." itself are no one's initials
("Пациент, Ф.И.О., обращается ..."); nor is "И.О." before a lower-case word ("подпись и.о. заведующего").
Initials before a capitalised word are a surname's, left to the name chains. Tables and exports with an initials
column are typed by the column's header (:mod:`.column_labels`, :mod:`.export_person_keys`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.morph import analyzer, first_part_of_speech, nominative_reading

# the cue words' starts, looked up in the note's cue index (a field's words, then a person's)
_CUE_STEMS = (
    "инициал", "фио", "ф.и.о", "ф. и. о", "подпис", "initials", "signed", "signature",
    "пациент", "пац.", "пац-", "больн", "б-ной", "б-ая", "субъект", "донор", "реципиент", "ребён", "ребен", "участни",
    "испытуем", "доброволец", "добровольц", "patient", "subject", "donor", "participant", "recipient",
)
_FIELD_STARTS = ("инициал", "фио", "ф.", "подпис", "initials", "signed", "signature")
# a field that names its value as initials takes any letters ("Инициалы: МЮ", "мю" a Greek letter to the dictionary)
_INITIALS_STARTS = ("инициал", "initials")
_INITIALS_FIELD = 2
# words that start as a cue and name no person
_NOT_CUES = ("больниц", "донорск", "донорств", "пациентск")
# the person's words after which three joined capitals are initials: those research and registers name subjects by
_JOINED_AFTER = ("пациент", "субъект", "донор", "испытуем", "доброволец", "добровольц", "patient", "subject", "donor",
                 "participant")
# the cue word, its contraction or gender mark ("пац-ка", "Пациент(ка)"), up to two words that say whose field it is
# ("Инициалы субъекта", "ФИО пациента (полностью)", "Подпись законного представителя"), or the person's number
# ("Субъект № 01-014"), then a separator
_CUE = re.compile(
    r"[^\W\d_]+(?:[.\-][ ]?[^\W\d_]+)*\.?(?:\([^\W\d_]{1,3}\))?"
    r"(?P<whose>(?:[ \t]+(?:\(?[а-яёa-z]{2,}\.?\)?)){0,2})"
    r"(?:[ \t]*(?:№|No\.?|#)?[ \t]*(?P<number>[A-Za-zА-ЯЁа-яё]{0,3}[\-/]?\d[\d\-/]*))?"
    # (a space or two, or any spaces around a colon or a dash: a column gap parts a header's cells, "ФИО      ОТД."; a
    # signature line's underscores after a space, not a machine key's, "PATIENT_FIO")
    r"(?:[ \t]*(?:[:=—–\-]|by)[ \t]*|[ \t]{0,2})(?:(?<=[ \t:])_+[ \t]*)?[(/]?[ \t]{0,2}"
)
# the initials: with stops (the last one may be dropped after the third), hyphens, single spaces or nothing between
_INITIALS = re.compile(
    r"(?P<dots>(?P<d1>[А-ЯЁ])\.[ ]?(?P<d2>[А-ЯЁ])\.(?:[ ]?(?P<d3>[А-ЯЁ])\.?)?"
    r"|(?P<ld1>[A-Z])\.[ ]?(?P<ld2>[A-Z])\.(?:[ ]?(?P<ld3>[A-Z])\.?)?)"
    r"|(?P<marks>[А-ЯЁ](?P<m>[\- ])[А-ЯЁ](?P=m)[А-ЯЁ]|[A-Z](?P<lm>[\- ])[A-Z](?P=lm)[A-Z])"
    r"|(?P<joined>(?:[А-ЯЁ]{2,3}|[A-Z]{2,3})(?![«\"]|[ \t]+[«\"]))"
    r"(?![^\W_]|-[^\W\d_]|\.[^\W\d_])"
)
# the letters each of the initials' shapes opens with (``[А-ЯЁ]`` or ``[A-Z]``): a cue followed by none is read no
# further (tests/validation/test_pii_speed_round26.py holds ``_INITIALS`` to that)
_CAPITALS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ")
# a capitalised word right after the initials: a surname's initials, the chains' business ("А.В. Кузнецов")
_SURNAME_AFTER = re.compile(r"[ \t]?[А-ЯЁA-Z][а-яёa-z]")
# "И.О." before a lower-case word: "исполняющий обязанности", no initials ("подпись и.о. заведующего")
_ACTING = re.compile(r"[ \t]+[а-яё]")
# what says three joined capitals after a person's word name that person, where no field or number does: the person's
# age or sex after a comma, a bracket with them, or a verb the person is the subject of ("Пациент ЖРТ подписал",
# "Subject AVK was randomised"); a comma and a noun ("Донор СЗП, группа крови", "Пациент DNR, решение") say nothing
_AFTER_JOINED = re.compile(
    r"[ \t]*(?:,[ \t]*(?:\d|(?:муж|жен|male|female)|[мжMF](?![^\W\d_]))|\(|(?P<verb>[а-яё]+|[a-z]+)(?![^\W\d_]))"
)
# an English verb after a Latin subject's initials: an auxiliary or a past form ("negative", "normal" are none)
_LATIN_VERB = re.compile(r"(?:was|is|has|had|did|withdrew|[a-z]+ed)\Z")
# a staff member in a field's name: the capitals after are the department ("Подпись врача ЛФК", "ФИО медсестры ОРИТ")
_STAFF = re.compile(r"врач|медсест|фельдш|заведующ|специалист|доктор", re.IGNORECASE)
# a label's "(И.О.):" after a person's word: the field's name, not its value ("Пациент (И.О.): Васильев ...")
_LABEL_AFTER = re.compile(r"\)?[ \t]*:")


def initials_persons(text: str) -> Iterator[tuple[int, int]]:
    """The spans of initials a person's word or field announces (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _CUE_STEMS):
        cue = _CUE.match(text, start)
        if cue is None or text[cue.end() : cue.end() + 1] not in _CAPITALS:
            continue  # (every reading of ``_INITIALS`` opens with a capital: ~8 cues a note, "Пациент жалуется", have none)
        found = _INITIALS.match(text, cue.end())
        if found is None or _SURNAME_AFTER.match(text, found.end()):
            continue
        word = lower[start : cue.start("whose")]
        if word.startswith(_NOT_CUES) or (word.startswith("фио") and word[3:4].isalpha()):
            continue  # ("больница ГКБ", "донорской", "фиолетовый": no person's word)
        if word.startswith("подпис") and first_part_of_speech(word) != "NOUN":
            continue  # ("Документ подписан ЭЦП врача": a verb of signing, no signature's field)
        field = _INITIALS_FIELD if lower.startswith(_INITIALS_STARTS, start) else lower.startswith(_FIELD_STARTS, start)
        if not field and cue.group("whose"):
            continue  # ("пациенту выполнено ...": a sentence goes on after a person's word, no field's label)
        if found.group("joined") is not None and not field and not _joined_names_person(word, cue, found, text):
            continue  # ("участник СВО", "Пациенту КАГ выполнена", "Донор СЗП, группа крови": a status or a procedure)
        if found.group("joined") is not None and field and _STAFF.search(cue.group("whose")):
            continue  # ("Подпись врача ЛФК": a department after a staff member's word, whose signature it is)
        if found.group("joined") is not None and text.startswith(".", found.end()) and not (
            field == _INITIALS_FIELD or word.startswith(("субъект", "subject"))
        ):
            continue  # ("ФИО      ОТД.": an abbreviation's stop, unless an initials field or a trial's subject names them)
        if _initials(found, field, text):
            yield found.span()


def _joined_names_person(word: str, cue: re.Match[str], found: re.Match[str], text: str) -> bool:
    """Whether three joined capitals after a person's word (no field) name the person: the subject's number before
    them, or the word in the nominative (their apposition; "пациенту КАГ", "пациентке ЧКВ" are a procedure's object)
    with the person's age, sex or verb after them."""
    if not word.startswith(_JOINED_AFTER):
        return False
    if cue.group("number") or (word.startswith(("субъект", "subject")) and text.startswith(".", found.end())):
        return True  # (a trial's subject is named by number or initials: "Subject AVK.")
    if word.isalpha() and word[0] >= "а" and not nominative_reading(word):
        return False
    return _person_follows(text, found.end())


def _person_follows(text: str, end: int) -> bool:
    """Whether the person's age or sex, a bracket, or a verb the person is the subject of follows ``end``."""
    after = _AFTER_JOINED.match(text, end)
    if after is None:
        return False
    verb = after.group("verb")
    if verb is None:
        return True
    if verb.isascii():
        return bool(_LATIN_VERB.match(verb))
    return _person_verb(verb)


@lru_cache(maxsize=4096)
def _person_verb(word: str) -> bool:
    """A verb or a short participle a person can be the subject of: not neuter or plural ("выполнено", "проведены")."""
    for parse in analyzer().parse(word):
        tag = parse.tag
        if tag.POS in ("VERB", "PRTS") and tag.gender != "neut" and tag.number != "plur":
            return True
    return False


def _initials(found: re.Match[str], field: int, text: str) -> bool:
    """Whether the match reads as a person's initials after an initials field (``field`` is ``_INITIALS_FIELD``),
    another field's cue (``field`` true) or a person's word."""
    value = found.group()
    letters = [ch for ch in value if ch.isalpha()]
    if len(set(letters)) == 1:
        return False  # a placeholder: "XXX", "ХХ", "NN"
    if found.group("dots") is not None:
        stripped = value.replace(" ", "").rstrip(".")
        if stripped in ("Ф.И.О", "F.I.O", "М.П"):
            return False  # a label itself: "Пациент, Ф.И.О., обращается ...", a form's "Подпись ____ М.П." (the seal's place)
        if stripped == "И.О" and (_ACTING.match(text, found.end()) or _LABEL_AFTER.match(text, found.end())):
            return False  # "подпись и.о. заведующего", "Пациент (И.О.): Васильев" (a label's placeholder)
        # an abbreviation the dictionary knows, written with stops ("со слов больной Д.Т.П. не было"), unless the
        # person's age or verb follows ("Донор С.Т.Р допущен")
        return field != 0 or len(letters) < 3 or not _known_abbreviation("".join(letters)) or _person_follows(
            text, found.end()
        )
    if found.group("marks") is not None or field == _INITIALS_FIELD:
        return True
    # a field's or a person's joined letters: none the dictionary knows ("Подпись ЛПУ", "ФИО: НЕТ", "участник ВОВ")
    return bool(field or len(value) == 3) and not _known_capitals(value)


@lru_cache(maxsize=4096)
def _known_capitals(value: str) -> bool:
    """Joined capitals the dictionary knows as a word or an abbreviation."""
    return bool(analyzer().word_is_known(value.lower()))


@lru_cache(maxsize=4096)
def _known_abbreviation(letters: str) -> bool:
    """Letters the dictionary knows as an abbreviation ("ДТП", "ИВЛ"), written with stops between."""
    return any("Abbr" in parse.tag.grammemes for parse in analyzer().parse(letters.lower()))
