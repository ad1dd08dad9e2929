"""A name whose parts stand in slots of their own: on lines under its first part, or between slashes.

Forms filled in a column and text copied out of a PDF's table cells put one name part to a line:
"Заявитель: Юдина\\nВарвара\\nРудольфовна", "Мать: Каримова\\nДилноза\\n—". Once the first line's name is found
(by its label, its cue, its shape), each next line that holds one capitalised word and nothing else, a
first name or a patronymic by the dictionary or by the gazetteer (:mod:`.name_given_world`), goes with it
(two lines at most: surname, first name, patronymic). A line may also hold the first name and the patronymic
together (a death certificate's "КОРНИЛОВ\\nТИТ ЕРМИЛОВИЧ"), and a first name the dictionary does not know goes
with the name when the next line holds its patronymic ("Титов\\nЛадимир\\nВладиславович"). Only lines right
after a found name are looked at, and only when the name ends its line: the pass costs nothing on notes without
names. The other way, a found name that opens its line with a patronymic in it ("ЦЫДЕНОВА\\nАЛСУ НУРЛАНОВНА")
takes the surname that ends the line before (:func:`surname_lines`).

A registry's or a commercial blank's field puts the three parts between slashes, "Клиент: КАРПОВ / ЕЛИЗАР /
АВГУСТОВИЧ" (:func:`slashed_names`): three single words so parted, the last a patronymic by the dictionary and
neither other an ordinary word, are a full name's parts (no other value is three words between slashes that end in
a patronymic).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medsyn_dataset.validation.pii.name_classes import (
    COMMON,
    INITIALS,
    NAME,
    PATRONYMIC,
    SURNAME,
    UNKNOWN,
    classify,
)
from medsyn_dataset.validation.pii.name_triggers import is_title_word

# (imported once, here: an import statement in each pass cost ~0.7 us a note)

_WORD = r"(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})"
_LINE_WORD = re.compile(rf"\n[ \t]*(?P<word>{_WORD})(?:[ \t]+(?P<patronymic>{_WORD}))?[ \t]*(?=\n|$)")
_MAX_LINES = 2


def continued_lines(text: str, names: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the name parts on the lines after each name span of ``names`` that ends its line."""
    for end in sorted({end for _, end in names}):
        for _ in range(_MAX_LINES):
            after = _LINE_WORD.match(text, end)
            if after is None:
                break
            kind = classify(after.group("word"))[0]
            if after.group("patronymic") is not None:  # a first name and its patronymic on one line
                word, patronymic = after.group("word"), after.group("patronymic")
                # (a word also an ordinary one in capitals as the patronymic is, "ТИТ ЕРМИЛОВИЧ"; not a label before
                # its value, "Отчество ДМИТРИЕВНА")
                if (kind in (NAME, UNKNOWN) or (kind != INITIALS and word.isupper() and patronymic.isupper()
                                                and not is_title_word(word))) and classify(patronymic)[0] == PATRONYMIC:
                    yield after.start("word"), after.end("patronymic")
                break
            if kind not in (NAME, PATRONYMIC):
                following = _LINE_WORD.match(text, after.end("word")) if kind == UNKNOWN else None
                if following is None or following.group("patronymic") is not None \
                        or classify(following.group("word"))[0] != PATRONYMIC:
                    break  # (an unknown word goes with the name only before its patronymic's line)
            yield after.span("word")
            end = after.end("word")


_LAST_WORD = re.compile(rf"(?<![^\s:()])(?P<word>{_WORD})[ \t]*\n[ \t]*$")


def surname_lines(text: str, names: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """The surname that ends the line before each found name of ``names`` (start, end, the name's text) that opens
    its line with a first name and a patronymic (a surname by the dictionary or its ending, alone after a label, a
    cue or the line's start: "Гражданин(ка) ЦЫДЕНОВА\\nАЛСУ НУРЛАНОВНА")."""
    for start, _, name in names:
        words = name.split()
        if len(words) != 2 or classify(words[1])[0] != PATRONYMIC:
            continue
        before = _LAST_WORD.search(text, max(0, start - 40), start)
        if before is not None and classify(before.group("word"))[0] in (SURNAME, UNKNOWN):
            yield before.span("word")


# (the scan opens with the first slash, a literal the engine skips to; the surname before it is read backwards)
_SLASHED = re.compile(rf"/[ \t]*(?P<two>{_WORD})[ \t]*/[ \t]*(?P<three>{_WORD})(?![\w/])")
_BEFORE_SLASH = re.compile(rf"(?<![\w/])(?P<one>{_WORD})[ \t]*$")


def slashed_names(text: str) -> Iterator[tuple[int, int]]:
    """Full names written "Surname / Name / Patronymic" (see the module's docstring)."""
    for found in _SLASHED.finditer(text):
        if classify(found.group("three"))[0] != PATRONYMIC:
            continue
        one = _BEFORE_SLASH.search(text, max(0, found.start() - 40), found.start())
        if one is not None and COMMON not in (classify(one.group("one"))[0], classify(found.group("two"))[0]):
            yield one.span("one")  # (each part in its slot, as a form's fields are)
            yield found.span("two")
            yield found.span("three")
