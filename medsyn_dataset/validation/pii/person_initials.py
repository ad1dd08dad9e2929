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
from medsyn_dataset.validation.pii.morph import analyzer

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
    r"|(?P<joined>(?:[А-ЯЁ]{2,3}|[A-Z]{2,3})(?![.«\"]|[ \t]+[«\"]))"
    r"(?![^\W_]|-[^\W\d_]|\.[^\W\d_])"
)
# a capitalised word right after the initials: a surname's initials, the chains' business ("А.В. Кузнецов")
_SURNAME_AFTER = re.compile(r"[ \t]?[А-ЯЁA-Z][а-яёa-z]")
# "И.О." before a lower-case word: "исполняющий обязанности", no initials ("подпись и.о. заведующего")
_ACTING = re.compile(r"[ \t]+[а-яё]")
# Russian clinical abbreviations of three letters (the commonest in clean notes) and Latin ones: no one's initials
_ABBREVIATIONS = frozenset(
    """
    УЗИ ЭКГ ФИО МРТ ВАШ ОМТ ЭЭГ СОЭ ЖКТ ИМТ ОАК ТТГ ЭМГ ЧСС АСТ АЛТ СРБ ОАМ ФСГ БАК ПЦР ИБС СРК ТПО ОРЗ ВИЧ ХГЧ ПМФ
    АПФ ПОП НМЦ ВПЧ ЛОР ЧДД ЦНС КОК РДВ ПЭП ФКМ МФС ОКТ ПСА ОГК ШОП ИМЯ СМП ФВД КПС ВРТ ГОП ОБЛ ЭКО ООО СКФ БКС ПРИ
    ФКБ АКС ЛМЖ ВМС ДНК ТИА ПМС ПКС ИФА ТБС ВПГ ДМФ ОБП САД МГТ ПТИ ГЗТ ТИП ОЗЛ ЛФК ДПК ФЛГ БТА КФК АНФ ЭСР ХСН ССЗ
    ПКА МРА ПТТ ЭРГ ИПП АМГ ЙДС АКД ПРЛ СНА ВВК КОЕ ГГТ АНА ОРИ ДТП ИСТ ОКП СКТ ПМЖ ОМС АИТ ЦДК ДАД ДЛЯ ОРЛ МСТ УЗД
    ОХБ ГЭР ИВЛ БМИ АЛС ЛДГ ПОЛ ФГС ООЛ ПЭТ ОТС РНК ЦРБ ФАП ВОП ОРИТ ОНМК ЖКБ ХОБЛ ГБУ ГБУЗ ФАП ВОВ СПИД МСЭ ВКК ДВС
    МИС ЭМК ЕМИАС РМИС ОТД ХПН ХБП ОПН ОКС ТЭЛА ГЭРБ ЯБЖ ДЦП НПВС ЧМТ СГМ ЗЧМТ БЦЖ АКДС КТГ ЦМВ ВЭБ ГСД МКБ ОМС ДМС ЕНП НЕТ ВСЕ ЕГЭ ЛПУ
    HIV HCV HBV ECG EKG MRI BMI ICU CRP ALT AST LDL HDL TSH PCR SAE ICF CRF GCP EEG DNA RNA COVID SARS IVF CPR
    """.split()
)


def initials_persons(text: str) -> Iterator[tuple[int, int]]:
    """The spans of initials a person's word or field announces (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _CUE_STEMS):
        cue = _CUE.match(text, start)
        if cue is None:
            continue
        found = _INITIALS.match(text, cue.end())
        if found is None or _SURNAME_AFTER.match(text, found.end()):
            continue
        word = lower[start : cue.start("whose")]
        if word.startswith(_NOT_CUES) or (word.startswith("фио") and word[3:4].isalpha()):
            continue  # ("больница ГКБ", "донорской", "фиолетовый": no person's word)
        field = _INITIALS_FIELD if lower.startswith(_INITIALS_STARTS, start) else lower.startswith(_FIELD_STARTS, start)
        if not field and cue.group("whose"):
            continue  # ("пациенту выполнено ...": a sentence goes on after a person's word, no field's label)
        if found.group("joined") is not None and not field and not word.startswith(_JOINED_AFTER):
            continue  # ("участник СВО", "ребёнок ДЦП": a status or a diagnosis, written so as often)
        if _initials(found, field, text):
            yield found.span()


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
        return not (stripped == "И.О" and _ACTING.match(text, found.end()))
    if found.group("marks") is not None:
        return True
    if field == _INITIALS_FIELD:
        return True
    if field:  # ("ФИО: ИПС", a word the dictionary knows too; not "Подпись ЛПУ", "ФИО: НЕТ")
        return value not in _ABBREVIATIONS and (len(value) == 3 or not analyzer().word_is_known(value.lower()))
    return len(value) == 3 and _unknown_capitals(value)


@lru_cache(maxsize=4096)
def _unknown_capitals(value: str) -> bool:
    """Three joined capitals that are neither a clinical abbreviation nor a word the dictionary knows."""
    return value not in _ABBREVIATIONS and not analyzer().word_is_known(value.lower())
