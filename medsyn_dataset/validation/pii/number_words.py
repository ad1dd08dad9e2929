"""Phones dictated in Russian number words, after a phone cue.

Call records write down what a caller said: "номер для обратной связи восемь девятьсот шестнадцать
сто двадцать три сорок пять ноль семь", "плюс семь девятьсот двадцать шесть 123-45-67". After a word
that names a number ("номер", "тел.", "телефон", "перезвонить", "продиктовал"), a run of number words
(and digit groups) is read into digits; when they make a Russian phone (eleven digits starting with
7 or 8, or ten starting with 9) the run is a PHONE_NUMBER. Counts in words elsewhere ("два раза",
"сорок пять лет") never reach eleven digits, and no cue stands before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered

_UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
          "семь": 7, "восемь": 8, "девять": 9}
_TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
          "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
         "восемьдесят": 80, "девяносто": 90}
_HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
             "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
#: every Russian number word this reader knows, with its value (shared with the dictated record numbers)
NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS}
_TOKEN = re.compile(r"[а-яё]+|плюс|\+|\d+(?:-\d+)*", re.IGNORECASE)
_GAP = re.compile(r"[ \t,\-]*")
_CUE = re.compile(
    r"(?<![\w])(?:номер\w*|тел(?:ефон\w*|\.)?|моб\w*|перезвон\w*|звонит\w*|продиктова\w*|связ[ьи])(?![\w])", re.IGNORECASE
)
# the words of a cue field before the number: "номер для обратной связи", "оставил номер"
_CUE_WINDOW = 40
_HINTS = ("девятьсот", "восемь", "плюс семь")


def read_number_words(tokens: list[str]) -> str:
    """Digits of dictated groups, read greedily as one says them: "девятьсот шестнадцать" -> "916",
    "ноль семь" -> "07", "сорок пять" -> "45", "сорок" -> "40"; digit groups are taken as they are."""
    out, i = [], 0
    while i < len(tokens):
        token, i = tokens[i], i + 1
        if token not in NUMBER_WORDS:
            out.append(token.replace("-", ""))
            continue
        value = NUMBER_WORDS[token]
        if value >= 100 and i < len(tokens) and (tokens[i] in _TENS or tokens[i] in _TEENS or _UNITS.get(tokens[i], 0)):
            value, i = value + NUMBER_WORDS[tokens[i]], i + 1
        if value % 100 >= 20 and value % 10 == 0 and i < len(tokens) and _UNITS.get(tokens[i], 0):
            value, i = value + _UNITS[tokens[i]], i + 1
        out.append(str(value))
    return "".join(out)


def dictated_phones(text: str) -> Iterator[tuple[int, int]]:
    """Spans of phones written in number words after a phone cue."""
    lower = lowered(text) or text.lower()
    if not any(hint in lower for hint in _HINTS):
        return
    for cue in _CUE.finditer(text):
        position = cue.end()
        stop = min(len(text), position + _CUE_WINDOW)
        for start_match in _TOKEN.finditer(text, position, stop):
            word = start_match.group().lower()
            if word in ("восемь", "плюс", "+", "8", "семь", "7"):
                span = _run(text, start_match.start())
                if span is not None:
                    yield span
                    break
            if "\n" in text[position : start_match.start()]:
                break


def _run(text: str, start: int) -> tuple[int, int] | None:
    """The run of number words at ``start`` when it reads as a Russian phone."""
    tokens: list[str] = []
    end = position = start
    while True:
        gap = _GAP.match(text, position)
        token = _TOKEN.match(text, gap.end()) if gap is not None else None
        if token is None:
            break
        word = token.group().lower()
        if word in ("плюс", "+") and not tokens:
            position = end = token.end()
            continue
        if word not in NUMBER_WORDS and not word.replace("-", "").isdigit():
            break
        tokens.append(word)
        position = end = token.end()
    digits = read_number_words(tokens)
    # a whole Russian mobile (eleven digits from 7 or 8, ten from 9), or seven digits and more taken down
    # after the cue that may have lost a group on the way ("восемь девятьсот девяносто пять семьсот
    # пятьдесят один девяносто восемь"): still the caller's number (counts in words never reach seven digits)
    if (len(digits) == 11 and digits[0] in "78" and digits[1] == "9") or (len(digits) == 10 and digits[0] == "9"):
        return start, end
    if 7 <= len(digits) <= 11 and len(tokens) >= 3:
        return start, end
    return None
