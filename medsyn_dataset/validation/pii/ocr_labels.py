"""Form labels that OCR split with spaces: "Адр ес :", "Д ата рожд.", "С Н И Л С", "Ф амилия".

A scanned paper form read by OCR breaks a label's letters apart where the print is spaced or the
paper creased: one or more stray spaces inside the word, or every letter apart (letter-spaced print
of a header). The label then matches no cue word and its value goes unread or runs into the field
before. The labels of a person's form are few (the fields of the forms a registrar fills in: name,
birth date, address, documents, contacts), so a label at a line's start whose letters, with single
spaces between some of them, spell one of those words is written again with its letters together
and the spaces moved after it ("Адр ес :" -> "Адрес  :"). The result has the same length, so every
offset keeps its meaning: only the letters of a label move, and a label is never reported.

Read only at a line's start (where a form's labels stand), only for a label with a space inside, and
only for the label words below: ordinary text with spaces ("в ата" never reads as "вата") is not touched.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.code_page import code_page_bytes, shapes_table

# the label words of a person's form (lower case; a prefix is enough for the long ones: "рожд", "регистр")
LABEL_WORDS = (
    "адрес", "дата", "рожд", "фамилия", "имя", "отчество", "снилс", "полис", "паспорт", "телефон", "пациент",
    "прописка", "регистрация", "проживает", "место",
)


def _spaced(word: str) -> str:
    return r"[ \t]?".join(re.escape(letter) for letter in word)


# a label word with single spaces allowed between its letters (matched at a line's start)
_SPACED_LABEL = re.compile(
    r"[ \t]*(?P<label>" + "|".join(_spaced(word) for word in LABEL_WORDS) + r")(?![^\W\d_])", re.IGNORECASE
)


# where a line starts with a short piece of letters and a space: the few places to look at (a search that
# opens with the line break, which the engine skips to); the piece must be a proper prefix of a label word
_PREFIXES = frozenset(word[:n] for word in LABEL_WORDS for n in range(1, len(word)))
_FIRST_LETTERS = "".join(sorted({word[0] for word in LABEL_WORDS} | {word[0].upper() for word in LABEL_WORDS}))
_LINE_START = re.compile(rf"\n[ \t]*(?P<piece>[{_FIRST_LETTERS}][А-ЯЁа-яё]{{0,9}})[ \t]")


def join_spaced_labels(text: str) -> str:
    """``text`` with the OCR-spaced form labels at its line starts written together (same length)."""
    starts = [found.start() for found in _LINE_START.finditer("\n" + text) if found.group("piece").lower() in _PREFIXES]
    parts: list[str] = []
    done = 0
    for start in starts:
        if start < done:
            continue
        found = _SPACED_LABEL.match(text, start)
        if found is not None and (" " in found.group("label") or "\t" in found.group("label")):
            label = found.group("label")
            letters = label.replace(" ", "").replace("\t", "")
            parts += [text[done : found.start("label")], letters, " " * (len(label) - len(letters))]
            done = found.end()
    return "".join(parts) + text[done:] if parts else text


# A date that OCR broke with stray spaces after a date label ("Дата рожд. 14 .06.2001", "д.р. 20.01.201 0"):
# the day, month and year groups of a dotted date, single spaces allowed between any two of its characters.
# Its characters are written together and the spaces moved after it (same length). Only after a label
# of a date (its value is a date), so a count before a date ("п. 3 12.03.2020") is never joined to it.
_D = r"\d[ \t]?"
# the date labels looked for with ``str.find`` (a regex of the labels tried at every position costs ~100 us
# on a long note); the pattern above is tried after each of them (after "дата" the rest of its words)
_DATE_LABELS = ("дата", "Дата", "ДАТА", "рожд", "РОЖД", "д.р.", "г.р.", "д. р.", "г. р.")
_AFTER_DATA = re.compile(r"[^\S\n]*(?:[А-ЯЁа-яё]+\.?[^\S\n]*){0,3}[:.\-]*[ \t]*")
_DATE_ONLY = re.compile(rf"(?P<date>\d[ \t]?\d?[ \t]?\.[ \t]?{_D}\d[ \t]?\.[ \t]?{_D}\d(?:[ \t]?\d[ \t]?\d)?)(?![ \t]?\d)")


# A space inside such a date stands between two of its digits or stops, or is one of two between a digit and
# a stop ("1  .06.2001": the optional second digit of the day left out): in the note's code-page bytes with
# each digit and stop "0", a space or tab " ", one of these shapes is there, or no label's date needs
# closing (most notes: two ``in`` tests, ~5 us with the translation, where the label finds cost ~15 us)
_DATE_SHAPES = shapes_table(lambda ch: "0" if "0" <= ch <= "9" or ch == "." else " " if ch in " \t" else "x")
_SPACE_IN_DATE = (b"0 0", b"0  0")


def close_spaced_dates(text: str) -> str:
    """``text`` with the stray spaces inside a labelled dotted date moved after it (same length)."""
    encoded = code_page_bytes(text)
    if encoded is not None:
        shapes = encoded.translate(_DATE_SHAPES)
        if _SPACE_IN_DATE[0] not in shapes and _SPACE_IN_DATE[1] not in shapes:
            return text
    spans = []
    for label in _DATE_LABELS:
        position = text.find(label)
        while position >= 0:
            after = _AFTER_DATA.match(text, position + len(label))
            found = _DATE_ONLY.match(text, after.end()) if after is not None else None
            if found is not None and (" " in found.group() or "\t" in found.group()):
                spans.append(found.span())
            position = text.find(label, position + 1)
    if not spans:
        return text
    parts: list[str] = []
    done = 0
    for start, end in sorted(set(spans)):
        if start < done:
            continue
        date = text[start:end]
        digits = date.replace(" ", "").replace("\t", "")
        parts += [text[done:start], digits, " " * (len(date) - len(digits))]
        done = end
    return "".join(parts) + text[done:]
