"""Misspelt and contracted labels: "Пасорт", "СНИЛЗ", "полюс ОМС", "Телфон", "тлф", "пасп-т", "П-с".

A hurried registrar, a dictation or an OCR pass writes a field's label wrong, and an exact cue word no
longer matches: the value then runs into the previous field (an address swallows "Телфон 8 926 ...")
or is read by its shape alone as another type ("Пасорт 04 21 799708" looks like a phone). A label is
a word right before a value; it is read as one of the few label words of identifiers and phones
(паспорт, снилс, полис, телефон) when it is

* one edit away from it (a letter dropped, doubled, swapped or replaced: "Пасорт", "Пасспорт",
  "СНИЛЗ", "полюс", "Телфон"; the word's own endings too: "паспорта"), for words of four letters and more;
* or a contraction of it, as Russian abbreviates: the same first letter, the rest a subsequence
  of the word, written with a hyphen ("пасп-т", "п-с") or in consonants only ("тлф");
* or the word with a stray space inside ("СНИЛ С").

The value after it is taken only when its digit count fits the type (10 for a passport, 11 for a
SNILS, 6-16 for a policy, 7-15 for a phone), so a misspelt word before some other number stays
nothing. :func:`label_type` is also used by :func:`.field_cues.next_field_cue`, so a field being read
stops at such a label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, digit_runs
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.paper_nouns import NOT_PERSONS_PASSPORT_BEFORE

_LABELS = {"паспорт": "RU_PASSPORT", "снилс": "RU_SNILS", "полис": "RU_OMS_POLICY", "телефон": "PHONE_NUMBER"}
_VOWELS = frozenset("аеёиоуыэюя")
#: a word (a hyphen or one inner space allowed) right before a value: a sign, then a digit or "+"
LABEL_BEFORE_VALUE = re.compile(
    r"(?<![\w\-])(?P<label>[А-ЯЁа-яё](?:[А-ЯЁа-яё\-]{1,10}|[А-ЯЁа-яё]{2,6}[ \t][А-ЯЁа-яё](?![\w])))"
    # (or a label line, its value on the next line: "Паспрт:\n45 12 654321", "Пасспорт\n45 12 654321", a key-value form)
    r"(?P<sign>[ \t]*(?::?[ \t]*\n[ \t]*|(?:[:№\-–—]|N)?[ \t]*(?:ОМС[ \t]*)?(?:№[ \t]*)?))(?=\+?\d)"
)
_DIGIT_COUNTS = {"RU_PASSPORT": (10, 10), "RU_SNILS": (11, 11), "RU_OMS_POLICY": (6, 16), "PHONE_NUMBER": (7, 15)}
_VALUE = re.compile(r"\+?\d(?:[ \t]?[\-–()|]?[ \t]?\(?\d)*")
SCORE = 0.88
# a misspelt identifier label right before its value types it above a phone read by shape and a phone word further
# back ("Телфон 8-(925) 822-48-40 Пасспорт 75 17 550557": the passport's label is nearer): the nearest label decides
IDENTIFIER_SCORE = 1.0
# a thing's passport, its adjective before the label ("технический паспорт 4509123456": a device's; review C r21, finding 6)
_THING_PASSPORT = re.compile(rf"(?<![\w])(?i:{NOT_PERSONS_PASSPORT_BEFORE})$")


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one insertion, deletion, substitution or swap of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _subsequence(short: str, word: str) -> bool:
    letters = iter(word)
    return all(ch in letters for ch in short)


def _first_name(word: str) -> bool:
    """A word one edit from a label that is a first name ("Полина" from "полиса"): a person, no label."""
    return bool(word_class(word) & WordClass.NAME)


@lru_cache(maxsize=4096)
def label_types(label: str) -> tuple[str, ...]:
    """The types a (maybe misspelt or contracted) label may name: one for a misspelling, maybe two for a
    contraction ("п-с": полис or паспорт; the value's digit count then decides)."""
    hyphen = "-" in label
    word = label.lower().replace("-", "").replace(" ", "").replace("\t", "")
    if len(word) < 2:
        return ()
    kinds = []
    for name, kind in _LABELS.items():
        if word == name or (len(word) >= 4 and (one_edit(word, name) or one_edit(word, name + "а")) and not _first_name(word)):
            return (kind,)
        contracted = hyphen or (len(word) >= 3 and not (set(word) & _VOWELS))
        if contracted and word[0] == name[0] and word != name[: len(word)] and _subsequence(word[1:], name[1:]):
            kinds.append(kind)
    return tuple(kinds)


def label_type(label: str) -> str | None:
    """The one type a label names, else None (an ambiguous contraction names none on its own)."""
    kinds = label_types(label)
    return kinds[0] if len(kinds) == 1 else None


# the same, read backwards from a value: the label and sign that end right before it
_LABEL_ENDING = re.compile(LABEL_BEFORE_VALUE.pattern.replace(r"(?=\+?\d)", r"\+?$"))
_FOUND: list[object] = ["", []]


def misspelt_fields(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the values after misspelt or contracted labels (computed once per text; only
    the few characters before each run of digits are read)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found = list(_fields(text)) if digit_runs(text) else []
    _FOUND[0], _FOUND[1] = text, found
    return found


_SIGNS = " \t:№-–—N+"
_SIGNS_AND_BREAK = frozenset(_SIGNS + "\n")
_LABEL_INITIALS = frozenset("пстПСТ")  # (паспорт, снилс, полис, телефон: a contraction keeps the first letter)


def _word_before(text: str, position: int) -> str:
    """The word that ends right before ``position``, past a sign ("Пасорт: 4512", "тлф№8..."); "" if none
    or when it cannot be a label (C-level string operations: this runs before every number of a note)."""
    head = text[max(0, position - 18) : position].rstrip(" \t")
    if head.endswith("\n"):  # a label line and its value on the next: the label ends in a colon or is its line's one word
        head = head[:-1].rstrip(" \t")
        line_start = head.rfind("\n")
        alone = (line_start >= 0 or position <= 18) and len(head[line_start + 1 :].split()) == 1
        if not (head.endswith(":") or alone):
            return ""
    head = head.rstrip(_SIGNS)
    if not head or not head[-1].isalpha():
        return ""
    word = head.rsplit(None, 1)[-1]
    for stop in ".,;()«»\"'/":
        if stop in word:
            word = word.rsplit(stop, 1)[-1]
    return word if word and word[0] in _LABEL_INITIALS else word if len(word) == 1 else ""


def _fields(text: str) -> Iterator[tuple[str, int, int]]:
    for run in digit_runs(text):
        # (the cheaper tests first. The character before the number: :func:`_word_before` finds a word only past
        # spaces, signs and a line break, so after any other character that is no letter (".", "/", "(", a digit:
        # most numbers of a note, "12.03.2020", "120/80") it finds none, and none is looked for)
        before = text[run.start() - 1 : run.start()]
        if not before or (before not in _SIGNS_AND_BREAK and not before.isalpha()):
            continue
        # (the word before the number, or its last letter after a space ("СНИЛ С"), must be a label's; a regex is
        # tried only then)
        word = _word_before(text, run.start())
        if not word or not label_types(word):
            if len(word) != 1 or before not in " \t:№":  # "СНИЛ С 123-..."
                continue
            at = text.rfind(word, 0, run.start())
            if not (at > 0 and text[at - 1] == " " and label_types(_word_before(text, at - 1) + " " + word)):
                continue
        m = _LABEL_ENDING.search(text, max(0, run.start() - 24), run.start())
        if m is None:
            continue
        m = LABEL_BEFORE_VALUE.match(text, m.start())
        if m is None:
            continue
        kinds = label_types(m.group("label"))
        value = _VALUE.match(text, m.end()) if kinds else None
        if value is None:
            continue
        for kind in kinds:
            if kind == "RU_PASSPORT" and _THING_PASSPORT.search(text, max(0, m.start() - 20), m.start()):
                continue
            span = _fitting(text, kind, *value.span())
            if span is not None:
                yield kind, *span
                break


def _fitting(text: str, kind: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest part of the value from ``start`` whose digit count fits ``kind`` (the groups after a
    number are not its: "8 926 480 5298 22 года"; a Russian number with its prefix has eleven digits)."""
    low, high = _DIGIT_COUNTS[kind]
    if kind == "PHONE_NUMBER" and text[start] in "+78":
        high = 11 if text[start] != "+" or text.startswith("+7", start) else high
    while end > start:
        digits = sum(ch.isdigit() for ch in text[start:end])
        if low <= digits <= high:
            return start, end
        space = text.rfind(" ", start, end)
        if space < 0 or digits < low:
            return None
        end = space
        while end > start and text[end - 1] in " \t-–(|":
            end -= 1
    return None


class MisspeltLabelRecognizer(CandidateRecognizer):
    """Values of one type after misspelt or contracted labels (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"MisspeltLabel{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not misspelt_fields(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end in misspelt_fields(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, self._score(text, kind, start), self.name)

    @staticmethod
    def _score(text: str, kind: str, start: int) -> float:
        """An identifier's misspelt label ranks as a cue; a label spelt right is its own recognizer's to rank
        (the same span and score from two recognizers would tie)."""
        if kind == "PHONE_NUMBER":
            return SCORE
        word = _word_before(text, start).lower()
        spelt_right = any(word.startswith(label) for label, typed in _LABELS.items() if typed == kind)
        return SCORE if spelt_right else IDENTIFIER_SCORE


def misspelt_label_recognizers() -> list[MisspeltLabelRecognizer]:
    return [MisspeltLabelRecognizer(kind) for kind in _LABELS.values()]
