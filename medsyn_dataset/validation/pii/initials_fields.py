"""PERSON: the value of a field that names itself as initials, however long its label and however its letters are parted.

A trial's paperwork names its subjects by initials in fields whose labels say where the initials are written or whose
they are ("Инициалы пациента в ИРК — МАН", "Инициалы субъекта по журналу: И.А.П.", "Subject initials ПА-М"), and the
initials are written with any mix of stops, hyphens and spaces: "ИАП", "И-А-П", "И.А.П.", and with a hyphen where a
part of the name is missing or double ("ИА-П", "И-АП", as the CDISC/ICH practice of three-letter initials pads a
missing middle name with a hyphen). :mod:`.person_initials` reads a label of the cue word and up to two lower-case
words before the value, and the shapes with one kind of separator; this module reads what it leaves:

* a label of up to four more words of any case before a colon, an equals sign or a dash ("в ИРК", "по журналу CRF"),
  the value being the first thing after the separator;
* a label of the cue word and up to two lower-case words, one space before the value, no separator ("Subject initials
  ПА-М"), where no separator follows the value (then the capitals are a word of the label: "Инициалы пациента в ИРК —");
* two or three capitals of one alphabet, each parted from the next by a stop, a hyphen, a space or nothing, where no
  lower-case word goes on after them and the label does not negate ("инициалы не указаны - ОАК в норме": a sentence).

The label naming its value as initials is what makes capitals a person's here: no letter shape is read anywhere else.
A placeholder ("XXX", "ХХ"), the label "Ф.И.О." itself and initials before a capitalised word (a surname's, which the
name chains read: "Инициалы: А.В. Кузнецов") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts

_STEMS = ("инициал", "initials")
_CUE_WORD = r"(?i:инициал[а-яё]*|initials)"  # (in any case; the value in capitals)
# two or three capitals of one alphabet, each parted from the next by a stop, a hyphen, a space, a stop and a space,
# or nothing; a last stop may close them; no letter, and no stop or hyphen with a letter, after them
_VALUE = (r"(?P<value>[А-ЯЁ](?:(?:\.[ ]?|[\- ])?[А-ЯЁ]){1,2}\.?|[A-Z](?:(?:\.[ ]?|[\- ])?[A-Z]){1,2}\.?)"
          r"(?![^\W_]|[\-.][^\W\d_])")
# a label of up to four more words before a separator (a colon, an equals sign, a dash or a hyphen between spaces)
_WITH_SEPARATOR = re.compile(
    rf"{_CUE_WORD}(?:[ \t]+\(?[^\W\d_][^\W\d_.]*\.?\)?){{0,4}}?(?:[ \t]*[:=—–][ \t]*|[ \t]+-[ \t]+){_VALUE}"
)
# a label of the cue word and up to two lower-case words, one space, then the value
_WITHOUT_SEPARATOR = re.compile(rf"{_CUE_WORD}(?:[ ][а-яёa-z]{{2,}}){{0,2}}[ ]{_VALUE}")
# after a value read without a separator: a separator, so the capitals were a word of the label ("в ИРК —")
_SEPARATOR_AFTER = re.compile(r"[ \t]*[:=—–]")
# a capitalised word after the initials: a surname's initials ("Инициалы, фамилия: А.В. Кузнецов")
_SURNAME_AFTER = re.compile(r"[ \t]?[А-ЯЁA-Z][а-яёa-z]")
# a sentence going on after the capitals: a lower-case word, so they are its abbreviation ("инициалы не указаны - ОАК в
# норме"); a label that negates ("не указаны", "not recorded") holds no value
_SENTENCE_AFTER = re.compile(r"[ \t]+[а-яёa-z]")
_NEGATION = re.compile(r"(?i:[ \t](?:не|нет|not|no)[ \t])")
# a label that says the initials were checked ("Инициалы сверены с ИРК: ОК", "initials verified: Y"): its value is the
# check's answer, not the initials
_CHECKED = re.compile(r"(?i:[ \t](?:сверен|проверен|подтвержд|соответств|совпада|verified|checked|confirmed|match)[^\W\d_]*)")
# capitals that are no initials: the labels of a name's parts, a form's answers (yes, no, OK, not done, not applicable,
# unknown) and the names of the records a trial writes the initials in (the case report form, "ИРК", "CRF")
_LABELS = frozenset(("ФИО", "FIO", "ИО", "МП",
                     "ДА", "НЕТ", "ОК", "OK", "НД", "НП", "НЕИЗ", "YES", "NO", "NA", "ND", "UNK", "NK",
                     "ИРК", "CRF", "ЭИРК", "ECRF", "ИКС"))


def labelled_initials(text: str) -> Iterator[tuple[int, int]]:
    """The spans of initials after a field that names its value as initials (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _STEMS):
        found = _WITH_SEPARATOR.match(text, start)
        if found is None:
            found = _WITHOUT_SEPARATOR.match(text, start)
            if found is None or _SEPARATOR_AFTER.match(text, found.end()):
                continue
        if _SURNAME_AFTER.match(text, found.end()) or _SENTENCE_AFTER.match(text, found.end()):
            continue
        if _NEGATION.search(text, found.start(), found.start("value")) or _CHECKED.search(text, found.start(), found.start("value")):
            continue
        value = found.group("value")
        letters = "".join(ch for ch in value if ch.isalpha())
        if len(set(letters)) == 1 or letters.upper() in _LABELS:
            continue  # a placeholder ("XXX", "Х-Х-Х"), the label of a name's parts ("Ф.И.О."), a form's answer ("ОК")
        start, end = found.span("value")
        if value.endswith(".") and "." not in value[:-1]:
            end -= 1  # (joined capitals: the stop after them ends the sentence, "Инициалы: МАН.")
        yield start, end

