"""Name-part cells in the notations of printed and scanned forms, not only "Фамилия: ...".

* A boxed or bracketed value: forms printed for hand or machine filling put each field's value in a
  frame, which a scan or a text export renders as brackets: "Фамилия [СОКОЛОВА]", "Имя: [Дарья]",
  "ФИО «Пак Ен Хи»". The label before the bracket names what the value is, so the bracketed word is a
  name whatever the dictionary says of it ("Мельник", "Роман").
* The one-letter labels of a compact form line, "Ф: Морозов  И: Тамара  О: Валериевна" (also "Ф.",
  "Ф=", and Latin "F:"/"I:"/"O:" of a transliterated export): one letter alone names nothing, so only
  the three in their order, each with its value, make the line a name's three parts.

Each yields (start, end) spans; the caller scores them as name fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered

# a value word: capitalised or in capitals, Cyrillic or Latin (with the accented letters of European names),
# maybe hyphenated ("Римский-Корсаков", "GARCÍA-LÓPEZ")
_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_LOW = "a-zß-öø-ÿа-яё"
_WORD = rf"[{_UP}](?:[{_LOW}]+|[{_UP}]+)(?:-[{_UP}](?:[{_LOW}]+|[{_UP}]+))?"
# a name label right before an opening bracket (after an optional colon): a part of the name, the full
# name, in Russian, transliterated or in English
_LABEL_BEFORE = re.compile(
    r"(?<![^\W_])(?:фамилия|имя|отчество|ф\.?[ \t]?и\.?[ \t]?о\.?|фамилия,?[ \t]+имя,?[ \t]+отчество"
    r"|familiya|imya|otchestvo|surname|(?:last|first|given|middle|family|full)[ \t]+names?|patronymic)"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_OPENERS = {"[": "]", "«": "»", '"': '"'}
_BRACKETED = {
    opener: re.compile(rf"[ \t]*(?P<value>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*{re.escape(closer)}")
    for opener, closer in _OPENERS.items()
}
# the three one-letter labels in their order on one line, each with its value (":" "=" or a stop after the letter)
_SEP = r"[ \t]*[:=.][ \t]*"
_LETTER_TRIPLE = re.compile(
    rf"(?<![\w.])(?:Ф|F){_SEP}(?P<f>{_WORD})[ \t,;|]+(?:И|I){_SEP}(?P<i>{_WORD})[ \t,;|]+(?:О|O){_SEP}(?P<o>{_WORD})(?![\w.])"
)
# what a cell holds when there is no name, or the next field's label printed in capitals
_NOT_VALUES = frozenset("нет неизвестно неизвестен неизвестна аноним фамилия имя отчество дата пол возраст адрес не указано".split())


def part_cells(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names in bracketed cells and one-letter-label lines (see the module's docstring)."""
    stems: bool | None = None  # (whether the note holds a label's letters at all: tested at its first bracket)
    for opener, closing in _BRACKETED.items():
        position = text.find(opener)
        while position >= 0:
            if stems is None:
                lower = lowered(text)
                stems = any(stem in lower for stem in _LABEL_STEMS)
            if not stems:
                break  # (no window before a bracket can hold what the whole note lacks)
            window = lowered(text)[max(0, position - 40) : position]  # (lowered once per text, shared by the passes)
            if any(stem in window for stem in _LABEL_STEMS) and _LABEL_BEFORE.search(text, max(0, position - 40), position):
                cell = closing.match(text, position + 1)
                if cell is not None and _is_value(cell.group("value")):
                    yield cell.span("value")
            position = text.find(opener, position + 1)
    for letter in "ФF":  # (a match tried at each capital Ф or F: a search would stop at every character)
        position = text.find(letter)
        while position >= 0:
            line = _LETTER_TRIPLE.match(text, position)
            if line is not None and all(_is_value(line.group(part)) for part in "fio"):
                yield from (line.span(part) for part in "fio")
            position = text.find(letter, position + 1)


# (a cheap test of the window before a bracket: some label's letters are in it)
_LABEL_STEMS = ("фам", "имя", "отч", "ф.", "фио", "ф и", "name", "famil", "imya", "otch", "patronym")


def _is_value(value: str) -> bool:
    """A name, not a placeholder ("XXXX", "ННН") nor a word that says the cell is empty."""
    words = value.split()
    return all(len(word) >= 2 and len(set(word.lower())) > 1 for word in words) and value.lower() not in _NOT_VALUES
