"""Runs of Russian number words read into digits, with each group's place in the text.

Speech-to-text output, a call's transcript or a registrar's dictation writes numbers as they were said:
"семьсот пятнадцать девятьсот девяносто шесть шестьсот семьдесят два шестьдесят один", "восемь девятьсот
шестнадцать сто двадцать три сорок пять ноль семь", "сорок пять ноль девять", sometimes half in digits
("8926 девятьсот сорок семь 27 22"). People say an identifier in groups, each group a cardinal of up to three
digits ("девятьсот шестнадцать" = 916), a leading zero said as "ноль" ("ноль семь" = 07), so a run is read
greedily group by group, the way it is spoken, into a string of digits. What the digits are (a SNILS, a phone,
a passport's series) is decided elsewhere (:mod:`.spoken_ids`) by the same checksums and formats as for digits
written as digits; this module only reads.

Every case form of a cardinal is known ("пяти", "двухсот", "сорока", "тысячи"): a number is declined after a
preposition ("с номера восемь девятьсот ...") and speech recognisers write what they heard. Ordinals ("пятого
марта две тысячи десятого года") are the dates' (:mod:`.dates`) and end a run here.

Gate: the shared cue index (:func:`.base.word_starts`) gives where number words start; a run is read only
where two of them stand within a few characters of each other (counts in clinical text are mostly one word:
"два раза", "три дня"), so a note without dictated numbers pays one look at its index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from medsyn_dataset.validation.pii.base import lowered, word_starts

_UNIT_FORMS = {
    0: "ноль нуль ноля нуля нолю нулю нолём нолем нулём нулем",
    1: "один одна одно одного одной одному одним одну одною",
    2: "два две двух двум двумя",
    3: "три трёх трех трём трем тремя",
    4: "четыре четырёх четырех четырём четырем четырьмя",
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи семью",
    8: "восемь восьми восемью восьмью",
    9: "девять девяти девятью",
}
_TEEN_STEMS = {10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат",
               16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат"}
_TENS_FORMS = {
    20: "двадцать двадцати двадцатью", 30: "тридцать тридцати тридцатью", 40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью", 60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью", 80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
}
_HUNDRED_FORMS = {100: "сто ста", 200: "двести", 300: "триста", 400: "четыреста", 500: "пятьсот", 600: "шестьсот",
                  700: "семьсот", 800: "восемьсот", 900: "девятьсот"}
# the oblique cases of 200-900 are built on the genitive of the units: "двух|сот", "пяти|стам", "девяти|стами"
_HUNDRED_OBLIQUE = {200: "двух", 300: "трёх трех", 400: "четырёх четырех", 500: "пяти", 600: "шести", 700: "семи",
                    800: "восьми", 900: "девяти"}


def _forms() -> dict[str, tuple[int, int]]:
    """Each word form -> (value, rank): rank 1 a unit, 2 a teen (a whole pair of digits), 3 tens, 4 hundreds."""
    forms: dict[str, tuple[int, int]] = {}
    for value, words in _UNIT_FORMS.items():
        forms.update((word, (value, 1)) for word in words.split())
    for value, stem in _TEEN_STEMS.items():
        forms.update((stem + ending, (value, 2)) for ending in ("ь", "и", "ью"))
    for value, words in _TENS_FORMS.items():
        forms.update((word, (value, 3)) for word in words.split())
    for value, words in _HUNDRED_FORMS.items():
        forms.update((word, (value, 4)) for word in words.split())
    for value, stems in _HUNDRED_OBLIQUE.items():
        forms.update((stem + ending, (value, 4)) for stem in stems.split() for ending in ("сот", "стам", "стами", "стах"))
    forms.update((word, (100, 4)) for word in ("сотню", "сотни"))
    return forms


#: every cardinal word form this reader knows -> (value, rank)
NUMBER_FORMS = _forms()
_THOUSAND = frozenset(("тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами", "тысячах"))
#: said between the groups of a record number ("сто двенадцать дробь двадцать один"): a run with one is no
#: phone or personal identifier (:mod:`.dictated_records` reads record numbers)
JOINERS = frozenset(("дробь", "тире", "слеш", "слэш"))
# where number words start, for the shared cue index: the beginnings of every form above (the index finds a word
# by its beginning; the run's reader checks the whole word)
NUMBER_STEMS = ("нол", "нул", "один", "одн", "два", "две", "двух", "двум", "двен", "двад", "двест", "три", "трё", "трех",
                "трем", "четыр", "пят", "шест", "семь", "семи", "семн", "семью", "восем", "восьм", "девят", "девяност",
                "десят", "сорок", "сто", "ста", "сотн", "тысяч")
_TOKEN = re.compile(r"([ \t]*[,\-–]?[ \t]*)([а-яё]+|\d+)(?![\w])")
# digit groups said (typed) just before the words, each closed by a space or a dash: "8926 девятьсот ..."
_DIGITS_BEFORE = re.compile(r"(?<![\w.,/])(?:\+?\d+[ \t\-]+)+$")
_DIGIT_GROUP = re.compile(r"\d+")
_PLUS_BEFORE = re.compile(r"(?:плюс|\+)[ \t]*$")
_NEAR = 18  # two number words at most this far apart (start to start) make a run worth reading


@dataclass(frozen=True)
class SpokenRun:
    """A run of number words (and digit groups among them) read as digits."""

    start: int
    end: int
    digits: str
    #: the digits of each said group with its span: "девятьсот шестнадцать" -> ("916", start, end)
    groups: tuple[tuple[str, int, int], ...]
    #: how many tokens were words (not digits)
    words: int
    #: a joiner ("дробь", "тире") stood between its groups
    joined: bool


def read_groups(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Groups of digits of ``tokens`` (word or digits, start, end), read as one says them: a hundred takes the
    tens and the unit after it, tens take a unit, "тысяча" multiplies the group before it and takes the
    hundreds after it ("семь тысяч триста сорок" = 7340); digits stand as they are."""
    groups: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        if word.isdigit():
            groups.append((word, start, end))
            i += 1
        elif word in _THOUSAND:
            base = 1
            if groups and len(groups[-1][0]) <= 3 and groups[-1][0][0] != "0":  # "семь тысяч", not "ноль тысяч"
                digits, start, _ = groups.pop()
                base = int(digits)
            rest, i = 0, i + 1
            if i < len(tokens) and tokens[i][0] in NUMBER_FORMS:
                rest, i, end = _cardinal(tokens, i)
            groups.append((str(base * 1000 + rest), start, end))
        else:
            value, i, end = _cardinal(tokens, i)
            groups.append((str(value), start, end))
    return groups


def _cardinal(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int, int]:
    """The cardinal said from token ``i`` (up to three digits): its value, the index after it, its end."""
    value, rank = NUMBER_FORMS[tokens[i][0]]
    end = tokens[i][2]
    i += 1
    if rank == 4 and i < len(tokens) and tokens[i][0] in NUMBER_FORMS:
        following, following_rank = NUMBER_FORMS[tokens[i][0]]
        if following_rank in (2, 3) or (following_rank == 1 and following):  # "сто семь", not "сто ноль"
            value, rank, end, i = value + following, following_rank, tokens[i][2], i + 1
    if rank == 3 and i < len(tokens) and tokens[i][0] in NUMBER_FORMS:
        following, following_rank = NUMBER_FORMS[tokens[i][0]]
        if following_rank == 1 and following:  # "сорок пять"; "сорок ноль" is two groups
            value, end, i = value + following, tokens[i][2], i + 1
    return value, i, end


_FOUND: list[object] = ["", []]


def spoken_runs(text: str) -> list[SpokenRun]:
    """The runs of number words in ``text`` (computed once per text for the recognizers of :mod:`.spoken_ids`)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    runs: list[SpokenRun] = []
    lower = lowered(text)
    starts = word_starts(lower, NUMBER_STEMS) if lower else []
    read_to = -1
    for first, second in pairwise(starts):
        if second - first > _NEAR or first < read_to:
            continue  # (a lone count, "два раза", or a word of a run already read)
        run = read_run(lower, first)
        if run is not None:
            runs.append(run)
            read_to = run.end
    _FOUND[0], _FOUND[1] = text, runs
    return runs


def read_run(lower: str, start: int) -> SpokenRun | None:
    """The run of number words (digit groups and joiners among them) that starts at ``start`` of the lower-cased
    text, with the digit groups and a "плюс" said just before it; None where no number word starts there."""
    tokens: list[tuple[str, int, int]] = []
    before = _DIGITS_BEFORE.search(lower, max(0, start - 24), start)  # "8926 девятьсот сорок семь"
    if before is not None:
        tokens += [(m.group(), m.start(), m.end()) for m in _DIGIT_GROUP.finditer(lower, before.start(), start)]
    plus = _PLUS_BEFORE.search(lower, max(0, (tokens[0][1] if tokens else start) - 8), tokens[0][1] if tokens else start)
    joined, position, end, words = False, start, start, 0
    while (match := _TOKEN.match(lower, position)) is not None:
        word = match.group(2)
        if word in NUMBER_FORMS or word in _THOUSAND or word.isdigit():
            tokens.append((word, match.start(2), match.end(2)))
            words += not word.isdigit()
            end = match.end(2)
        elif word in JOINERS and words:
            joined = True
        else:
            break
        position = match.end()
    if not words:
        return None
    groups = tuple(read_groups(tokens))
    first = plus.start() if plus is not None else tokens[0][1]
    return SpokenRun(first, end, "".join(digits for digits, _, _ in groups), groups, words, joined)
