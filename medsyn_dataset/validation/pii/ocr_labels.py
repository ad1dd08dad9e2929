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

# the label words of a person's form (lower case; a prefix is enough for the long ones: "рожд", "регистр")
LABEL_WORDS = (
    "адрес", "дата", "рожд", "фамилия", "имя", "отчество", "снилс", "полис", "паспорт", "телефон", "пациент",
    "прописка", "регистрация", "проживает", "место",
    # (the short document labels, letter-spaced in a printed form's header as the long ones are: "И Н Н", "О М С")
    "инн", "омс", "енп",
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


# The short document labels letter-spaced in capitals ("С Н И Л С", "И Н Н", "О М С", "Е Н П"): a registrar's
# spaced print of a header, or a typist emphasising the field, puts them mid-line too ("... кашель. С Н И Л С
# 123-..."). Single capitals one space apart that spell one of these words are nothing else, so they are
# joined wherever they stand; tried only where the text holds " Н " or " М " (their middle letters).
_LETTER_SPACED = re.compile(r"(?<![^\W\d_])(?:С Н И Л С|И Н Н|О М С|Е Н П)(?![^\W\d_])")


def _letter_spaced_starts(text: str, spaced_middle: bool) -> list[int]:
    if not spaced_middle:
        return []
    return [found.start() for found in _LETTER_SPACED.finditer(text)]


# The same labels written as initials, a stop after each letter ("И.Н.Н.", "С.Н.И.Л.С.", "О.М.С.", "Е.Н.П.", a space
# after a stop too: "И. Н. Н."): how a typist abbreviates a name of several words, and no person's initials (a Russian
# name has two). Written again as the word and the stops and spaces after it ("И.Н.Н. 1234" -> "ИНН    1234"), so
# every cue of the word reads it; tried only where the text holds ".Н." or ".М." (their middle letters after a stop).
_LETTER_DOTTED = re.compile(r"(?<![^\W\d_])(?:С\. ?Н\. ?И\. ?Л\. ?С|И\. ?Н\. ?Н|О\. ?М\. ?С|Е\. ?Н\. ?П)\.?(?![^\W\d_])")


# ".Н.", ".М.", ". Н." or ". М." in a text
_DOTTED_MIDDLE = re.compile(r"\. ?[НМ]\.")


def _middles(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds " Н " or " М ", and whether it holds a match of :data:`_DOTTED_MIDDLE`: both read at
    the note's few capitals "Н" and "М" (~3 a note), each found by ``str.find`` of one character (whose low byte
    no common letter shares: ~0.1 us), rather than two substring tests and a search that stops at every stop
    (~7 us)."""
    spaced = dotted = False
    for letter in "НМ":
        position = text.find(letter)
        while position >= 0:
            before = text[max(0, position - 2) : position]
            after = text[position + 1 : position + 2]
            spaced = spaced or (before[-1:] == " " and after == " ")
            dotted = dotted or (after == "." and (before[-1:] == "." or before == ". "))
            position = text.find(letter, position + 1)
    return spaced, dotted


def _join_dotted(text: str, dotted_middle: bool) -> str:
    if not dotted_middle:
        return text
    return _LETTER_DOTTED.sub(lambda found: _letters_first(found.group()), text)


def _letters_first(label: str) -> str:
    letters = "".join(ch for ch in label if ch.isalpha())
    return letters + " " * (len(label) - len(letters))


def join_spaced_labels(text: str) -> str:
    """``text`` with the OCR-spaced form labels at its line starts (and the letter-spaced or dotted document labels
    anywhere) written together (same length)."""
    starts = [found.start() for found in _LINE_START.finditer("\n" + text) if found.group("piece").lower() in _PREFIXES]
    spaced_middle, dotted_middle = _middles(text)
    if spaced := _letter_spaced_starts(text, spaced_middle):
        starts = sorted({*starts, *spaced})
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
    if not parts:
        return _join_dotted(text, dotted_middle)
    joined = "".join(parts) + text[done:]
    return _join_dotted(joined, _middles(joined)[1])
