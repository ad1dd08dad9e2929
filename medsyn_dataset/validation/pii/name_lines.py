"""A name broken across lines: the surname on a line of its own, the first name and patronymic on the next.

Printed and scanned forms (registration and military cards, certificates, the head of an extract) set the
surname apart, often in capitals, and the first name with the patronymic under it::

    ГРОМОВА
    Ульяна Тимуровна

A line that holds a first name and a patronymic (and nothing after them but a comma or the line's end)
names a person; a single word filling the line right above it, or right below it, is that person's surname
when it can read as one (a surname's ending or reading, or a word the dictionary does not know: "Пак",
"Цой"); a heading or a label has neither ("ЗАКЛЮЧЕНИЕ", "Пациент", "Жалобы" stay outside the name).
The patronymic is the cheap gate: a line break, then two capitalised words, the second ending as
patronymics end ("-ович", "-ич", "-овна", "-ична").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.morph import WordClass, word_class

_WORD = r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?"
# (the first word's runs of letters possessive: a shorter run is followed by a letter, which neither a hyphen nor the
# space after the word can be, so giving letters back never finds a match; it only cost a retry per letter at each line
# that opens with a capitalised word and no name, "Жалобы:")
_WORD_ONCE = _WORD.replace("]+", "]++")
_NAME_PATRONYMIC_LINE = re.compile(
    rf"\n[ \t]*(?P<name>{_WORD_ONCE})[ \t]+(?P<patronymic>[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:ич|вна|ична|ИЧ|ВНА|ИЧНА))[ \t]*(?=[\n,;]|$)"
)
_ALONE = re.compile(rf"[ \t]*(?P<word>{_WORD})[ \t]*")


def split_line_surnames(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the surnames that stand alone on the line above or below a first name and patronymic."""
    if "\n" not in text:
        return
    for line in _NAME_PATRONYMIC_LINE.finditer(text):
        if not word_class(line.group("patronymic")) & WordClass.PATRONYMIC:
            continue
        above_end = line.start()
        above_start = text.rfind("\n", 0, above_end) + 1
        below_start = line.end() + 1 if text[line.end() : line.end() + 1] == "\n" else -1
        below_end = text.find("\n", below_start) if below_start >= 0 else -1
        for start, end in ((above_start, above_end), (below_start, below_end if below_end >= 0 else len(text))):
            alone = _ALONE.fullmatch(text, start, end) if start >= 0 else None
            if alone is not None and _reads_as_surname(alone.group("word")):
                yield alone.span("word")
                # the first name with it, even one the dictionary reads as an ordinary word ("Милован")
                yield line.start("name"), line.end("patronymic")


def _reads_as_surname(word: str) -> bool:
    """A surname's ending or reading (even beside an ordinary one: "ПЕСТОВ", also "of pestles"), or a word the
    dictionary does not know ("Пак", "Цой"); a heading or a label has neither ("ЗАКЛЮЧЕНИЕ", "Жалобы")."""
    flags = word_class(word)
    return len(word) >= 2 and bool(flags & WordClass.SURNAME_POSSIBLE or not flags & WordClass.KNOWN)
