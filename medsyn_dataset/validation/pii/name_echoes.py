"""A name written twice, in Cyrillic and then in Latin letters: the second spelling is the same person.

A foreigner's record gives the name as the Russian staff heard or transliterated it, then as the passport spells it, in
brackets: "Ахмед Мухаммед Аль-Саиди (Akhmed Mukhammed Al-Saidi)", "Окафор Обинна (OBINNA OKAFOR)", "Саргсян Г.А.
(Sargsian Gulnara)". The Latin words need not read as a Russian name (an Arabic, a Nigerian, an Indian name does not),
nor stand in the same order: each is the transliteration of one Cyrillic word before the bracket, which is checked
letter for letter (:func:`.latin_translit.read_back`: the Latin word read back into Cyrillic starts as a Cyrillic word
does, or with an initial's letter). Latin terms after Russian ones ("Золотистый стафилококк (Staphylococcus aureus)",
"Артрит Рейтера (reactive arthritis)") are not transliterations, or are lower-case; so every word, Cyrillic and Latin,
must open with a capital, an ordinary Cyrillic word without a name's reading is no name's to match ("Артрит Рейтера
(Reiter Arthritis)": only "Рейтера" is), and at least two Latin words must each match.

A bilingual field writes the two spellings the other way round, with a slash: "ФИО: LI NA / Ли На"; there the Cyrillic
one is the echo. Where the Latin words there are as many as the Cyrillic ones, one match suffices: a Chinese or a Korean
name's Russian (Palladius) spelling reads back from the Latin only in part ("CHEN XIAOMING / Чэнь Сяомин").

The pass is gated by a "(" before a Latin capital or a slash between a Latin and a Cyrillic capital, and each pattern
is tried only on the lines holding its signs (:func:`gate_lines`).

The passport's spelling may also come first with the Russian one in brackets ("KULAKOV LYUBOSMYSL (Кулаков Любосмысл)"),
or after the Russian one and a slash ("Маслов Мина / MASLOV MINA"): both spellings are the name, each order gated by
its literal (a "(" after a Latin letter before a Cyrillic capital; a "/" before a Latin capital).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.latin_translit import read_back
from medsyn_dataset.validation.pii.morph import WordClass, analyzer, word_class

SCORE = 0.9

# two to four Cyrillic words or initials opening with capitals ("Саргсян Г.А.", "Аль-Саиди"), then the Latin spelling in
# brackets: two to four words opening with capitals, hyphens and apostrophes inside ("Al-Saidi", "O'Neil"), a comma
# between surname and given names ("OKAFOR, OBINNA")
_CYRILLIC_WORD = r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)?(?:[\-'][А-ЯЁа-яё]+)?\.?"
_LATIN_WORD = r"[A-Z](?:[a-z]+|[A-Z]+)(?:[\-'][A-Za-z]+)?"
_ECHO = re.compile(
    rf"(?P<cyrillic>{_CYRILLIC_WORD}(?:[ \t]*{_CYRILLIC_WORD}){{1,3}})[ \t]*\([ \t]*"
    rf"(?P<latin>{_LATIN_WORD}(?:,?[ \t]+{_LATIN_WORD}){{1,3}})[ \t]*\)"
)
# the other order, in a bilingual field: the passport's spelling, a slash, the Russian one ("ФИО: LI NA / Ли На")
_SLASHED = re.compile(
    rf"(?P<latin>{_LATIN_WORD}(?:,?[ \t]+{_LATIN_WORD}){{1,3}})[ \t]*/[ \t]*"
    rf"(?P<cyrillic>{_CYRILLIC_WORD}(?:[ \t]*{_CYRILLIC_WORD}){{1,3}})(?![\w\-])"
)
# (the note-wide test the pass made with one search: :func:`gate_lines` reads it off the signs; kept as the reference
# of tests/validation/test_pii_speed_round18.py)
_GATE = re.compile(r"\([ \t]*[A-Z]|[A-Z][ \t]*/[ \t]*[А-ЯЁ]")
# and the two other orders: the passport's spelling first with the Russian one in brackets ("Name: KULAKOV LYUBOSMYSL
# (Кулаков Любосмысл)"), the Russian one first in a bilingual field ("Ф.И.О. / Name: Маслов Мина / MASLOV MINA")
_LATIN_FIRST = re.compile(
    rf"(?P<latin>{_LATIN_WORD}(?:,?[ \t]+{_LATIN_WORD}){{1,3}})[ \t]*\([ \t]*"
    rf"(?P<cyrillic>{_CYRILLIC_WORD}(?:[ \t]*{_CYRILLIC_WORD}){{1,3}})[ \t]*\)"
)
# (read from the slash, a literal the engine skips to: the Cyrillic words before it are matched backwards in a window)
_SLASH_THEN_LATIN = re.compile(rf"/[ \t]*(?P<latin>{_LATIN_WORD}(?:,?[ \t]+{_LATIN_WORD}){{1,3}})(?![\w\-])")
_CYRILLIC_BEFORE = re.compile(rf"(?<![\w\-])(?P<cyrillic>{_CYRILLIC_WORD}(?:[ \t]*{_CYRILLIC_WORD}){{1,3}})[ \t]*$")
# (the two other orders' gates open with their literal, "(" or "/", which the engine skips to)
_LATIN_PAREN = re.compile(r"\((?<=[A-Za-z]\()[ \t]*[А-ЯЁ]|\((?<=[A-Za-z][ \t]\()[ \t]*[А-ЯЁ]")
_SLASH_LATIN = re.compile(r"/[ \t]*[A-Z]")
_WORDS = re.compile(r"[A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё\-']*")
# letters the standards render differently from the reading back ("Iusef" / "Юсеф": "iu" -> "ю"; "Priia" -> "прия"):
# compared with these folded
_FOLD = str.maketrans("ёйыэ", "еиие", "ъь")


def _folded(word: str) -> str:
    """A lower-case Cyrillic word with the letters the standards render differently folded, and "я"/"ю" as the "i" and
    the vowel a French or a West African spelling writes ("DIALLO" / "Диалло", read back "дялло")."""
    return word.translate(_FOLD).replace("-", "").replace("я", "иа").replace("ю", "иу")


def _matches(latin: str, cyrillic: list[str]) -> bool:
    """Whether the Latin word transliterates one of the Cyrillic words (or an initial's letter)."""
    back = _folded(read_back(latin.lower()))
    for word in cyrillic:
        word = _folded(word.lower())
        if len(word) == 1:  # an initial
            if back[:1] == word:
                return True
        elif back[:3] == word[:3] or (len(back) >= 2 and back[:2] == word[:2] and back[-1:] == word[-1:]):
            return True
    return False


_NAME_READINGS = WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC | WordClass.NAME_READING | WordClass.SURNAME_READING


@lru_cache(maxsize=20_000)
def _ordinary(word: str) -> bool:
    """An ordinary word, in its dictionary form by every reading, with no name reading ("Артрит", "Стафилококк"): a
    term's words, which a bracket glosses in their dictionary form, not a name's (a surname that reads as an oblique
    case of an ordinary word, "Шарма", "Рейтера", stays a name's)."""
    flags = word_class(word)
    if not flags & WordClass.COMMON or flags & _NAME_READINGS:
        return False
    lower = word.lower()
    return all(parse.normal_form == lower for parse in analyzer().parse(lower))


def name_echoes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the Latin spellings in brackets of the Cyrillic names right before them, and of the Cyrillic
    spellings after a slash of the Latin names before them."""
    if not has_latin(text):  # (the shared per-note test first: most notes have no Latin)
        return
    bracket_lines, slash_lines, _ = gate_lines(text)
    for begin, end in bracket_lines:
        for match in _ECHO.finditer(text, begin, end):
            if _same_name(match, word_for_word=False):
                yield match.span("latin")
                yield _cyrillic_name(match)  # (the first spelling is the name too, found or not by the name rules)
    for begin, end in slash_lines:
        for match in _SLASHED.finditer(text, begin, end):
            if _same_name(match, word_for_word=True):
                yield match.span("cyrillic")
                yield match.span("latin")  # (the passport's spelling is the name too: "LAPIN BUDIMIR / Лапин Будимир")
    if "(" in text and _LATIN_PAREN.search(text) is not None:
        for match in _LATIN_FIRST.finditer(text):
            if _same_name(match, word_for_word=False):
                yield match.span("latin")
                yield _cyrillic_name(match)
    if "/" in text and _SLASH_LATIN.search(text) is not None:
        for slash in _SLASH_THEN_LATIN.finditer(text):
            before = _CYRILLIC_BEFORE.search(text, max(0, slash.start() - 80), slash.start())
            if before is not None and spells(slash.group("latin"), before.group("cyrillic"), True):
                yield slash.span("latin")
                start = before.start("cyrillic")
                for word in _WORDS.finditer(before.group("cyrillic")):  # (from the first word that is no ordinary one)
                    if len(word.group()) == 1 or not _ordinary(word.group()):
                        start += word.start()
                        break
                yield start, before.end("cyrillic")


# Where the two patterns are tried. Neither holds a line break (their words, spaces and tabs, a bracket, a comma, a
# slash), so each match lies within one line; every ``_ECHO`` match holds a "(" before a Latin capital (``_GATE``'s first
# branch), every ``_SLASHED`` match a Latin letter (its last word's last), a slash and a Cyrillic capital. A scan of the
# lines that hold one finds what a scan of the note finds (the pattern's one lookahead, ``(?![\w\-])``, reads a line break
# or the note's end alike at a line's end), in the same order. ``_GATE`` itself holds where a bracket line is found or a
# slash has a Latin capital before it. The signs are found by ``str.find`` (a note has a few brackets and slashes):
# ``_GATE.search`` stopped at every Latin capital (~20 us in a note with Latin words, most with neither sign), and the
# patterns' scans of a whole note at every Cyrillic capital (~120 us in the ~3 % of notes the gate let through).
_SPACES = " \t"


def gate_lines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """(begin, end) of each line (without its line break) holding a "(" before a Latin capital; of each line holding a
    Latin letter, a slash and a Cyrillic capital (spaces and tabs between them), each in order and once; and whether a
    slash has a Latin capital before it (and a Cyrillic one after)."""
    brackets: list[tuple[int, int]] = []
    position = text.find("(")
    while position >= 0:
        after = position + 1
        while after < len(text) and text[after] in _SPACES:
            after += 1
        if "A" <= text[after : after + 1] <= "Z":
            brackets.append(_line_of(text, position))
            position = text.find("(", brackets[-1][1])
        else:
            position = text.find("(", position + 1)
    slashes: list[tuple[int, int]] = []
    capital = False
    position = text.find("/")
    while position >= 0:
        before, after = position, position + 1
        while before and text[before - 1] in _SPACES:
            before -= 1
        while after < len(text) and text[after] in _SPACES:
            after += 1
        letter = text[before - 1 : before] if before else ""
        if letter and ("A" <= letter <= "Z" or "a" <= letter <= "z") and _CYRILLIC_CAPITAL.match(text, after):
            capital = capital or letter <= "Z"
            if not slashes or slashes[-1][1] < position:
                slashes.append(_line_of(text, position))
        position = text.find("/", position + 1)
    return brackets, slashes, capital


_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")


def _line_of(text: str, position: int) -> tuple[int, int]:
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, end if end >= 0 else len(text)


def _cyrillic_name(match: re.Match[str]) -> tuple[int, int]:
    """The Cyrillic words of ``match`` from the first that is no ordinary word ("Студентка Окафор Нгози": from "Окафор")."""
    for word in _WORDS.finditer(match.group("cyrillic")):
        if len(word.group()) == 1 or not _ordinary(word.group()):
            return match.start("cyrillic") + word.start(), match.end("cyrillic")
    return match.span("cyrillic")


def _same_name(match: re.Match[str], word_for_word: bool) -> bool:
    """Whether the Latin words spell the Cyrillic ones: two of them do, or, in a bilingual field (``word_for_word``) with
    as many words on each side, one does (a Chinese or a Korean name's Palladius spelling reads back otherwise:
    "Xiaoming" / "Сяомин"; a bracket after prose may hold a drug's Latin name, "Назначен Кетопрофен (Ketoprofen Retard)",
    so there two must match)."""
    return spells(match.group("latin"), match.group("cyrillic"), word_for_word)


def spells(latin_name: str, cyrillic_name: str, word_for_word: bool = True) -> bool:
    """Whether ``latin_name`` transliterates ``cyrillic_name`` (see :func:`_same_name`): a Cyrillic name's Latin
    spelling after a slash in a name field ("Пак Сергей Ильич / PAK SERGEY") is told so from a field's English caption
    ("Петров Андрей Ильич / Attending Physician")."""
    # (initials, "Г.А.", are words of one letter; a role or a term before the name, "Студентка", is no part of it)
    words = _WORDS.findall(cyrillic_name)
    cyrillic = [word for word in words if len(word) == 1 or not _ordinary(word)]
    latin = _WORDS.findall(latin_name)
    matched = sum(_matches(word, cyrillic) for word in latin)
    if matched >= 2 or (word_for_word and matched == 1 and len(latin) == len(cyrillic)):
        return True
    # (a bilingual field's two spellings word for word, a name's word that is also an ordinary one among them: "LI NA /
    # Ли На", "Маслов Мина / MASLOV MINA"; one word at least of no ordinary reading)
    return word_for_word and matched == 1 and len(latin) == len(words) and all(
        _matches(latin_word, [word]) for latin_word, word in zip(latin, words, strict=True))


class NameEchoRecognizer(CandidateRecognizer):
    """PERSON: a Cyrillic name's Latin spelling in brackets after it (see the module)."""

    def __init__(self) -> None:
        super().__init__("PERSON", "NameEchoRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in name_echoes(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
