"""Candidates and features of the learned address tagger (:mod:`.place_tagger`).

Why: the LOCATION rules (:mod:`.address`, :mod:`.places` and their helpers) read one address layout at a time; a fresh
author's layout ("Тында, ул.Стахановская 10/109", "г Карабулак ул Бригадная д 75", an address cut over an HL7 field's
carets) is missed where no rule lists it. A model that learned what the neighbourhood of an address token looks like,
from many authors, can add the tokens the rules left.

Candidates are cheap to enumerate and limited to the lines where an address is announced (:func:`address_lines`): a
line holding an address cue ("адрес", "прожива", "зарегистр", "пребыва", "место жительства") or a settlement or street
abbreviation of the ГАР/ФИАС short-name list before a capital or a digit ("г. Тында", "ул.Карьерная", "д 75"), and the
line after it (an address written over two lines). In those lines a candidate is a capitalised word (hyphenated parts
included), an abbreviation of that list, the word right after such an abbreviation (a lower-case address, "г москва"),
and a house, building or flat number after a candidate ("Ленина 5-12", "д. 75", "10/109"). A note without an
announced line has no candidate: the tagger costs one regular-expression search there.

Features (hashed into :data:`N_BUCKETS` buckets, no vocabulary shipped) describe the token and its neighbourhood: its
shape and length, the last three letters of a word, the abbreviation itself, pymorphy3's word classes of a capitalised
word (:func:`.morph.word_class`: a place (``Geox``), a first name, a surname, a patronymic, a known common word) and
its part of speech, the previous three and next two words cut to six letters (a cheap stand-in for their lemmas), the
punctuation on either side, the line's address cue before the token, whether a house or flat number ("д. 5", "кв. 12")
or a postal index is in the line, and where the token sits (first of its line, right after a colon).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts
from medsyn_dataset.validation.pii.morph import WordClass, word_class

FEATURE_SPEC = "place-features-1"
N_BUCKETS = 1 << 18

#: settlement, street, house and region short names of the ГАР/ФИАС address object types (the "SOCRNAME"/short
#: name list of the Federal Information Address System), and their full words, lower case
ABBREVIATIONS = frozenset((
    "г", "гор", "город", "ул", "улица", "д", "дом", "кв", "квартира", "корп", "корпус", "к", "стр", "строение",
    "обл", "область", "р-н", "район", "край", "респ", "республика", "ао", "пос", "посёлок", "поселок", "п", "пгт",
    "с", "село", "дер", "деревня", "х", "хутор", "ст-ца", "станица", "аул", "мкр", "мкрн", "микрорайон", "пр", "пр-т",
    "просп", "проспект", "пр-д", "проезд", "пер", "переулок", "б-р", "бул", "бульвар", "ш", "шоссе", "наб",
    "набережная", "пл", "площадь", "туп", "тупик", "ал", "аллея", "линия", "тер", "снт", "рп", "кп", "ж/д", "лит",
    "литера", "пом", "помещение", "оф", "комн", "ком",
))
#: words that announce an address (or a person's place of birth or work) in a line, cut to stems ("проживает",
#: "прож.", "живёт", "зарегистрирована"), Russian and the Latin keys of exports ("address", "district")
_CUE = re.compile(r"адр(?:ес|\.|\s)|прожива|прож[.\s]|жив(?:[её]т|у|ут)\b|зарегистр|регистрац|пребыва|"
                  r"место\s+(?:жительств|рождени|работ)|местожительств|м/ж|address|adres|addr|district|residen")
#: a short name of the list right before a capital ("г. Тында", "ул.Карьерная"), or a street's, house's or flat's
#: before a digit ("д 75", "кв. 12"; not "с 2015"), not after a number ("2015 г. Боли": a year's "г."); a whole word
_ABBREVIATED = re.compile(
    r"(?<![\w\-/])(?<!\d )(?:(?:г|ул|обл|р-н|пос|пгт|с|дер|ст-ца|мкр|пр-т|просп|пер|б-р|наб|пл|ш|х|рп|тер)(?:\.\s?|\s)"
    r"(?=[А-ЯЁ])|(?:ул|д|кв|корп)(?:\.\s?|\s)(?=\d))")
#: a house, building or flat number after its word ("д. 5", "кв 12", "корп.2"), or a postal index (six digits)
_HOUSE = re.compile(r"(?<![\w])(?:д|дом|кв|корп|стр)\.?\s?\d|(?<!\d)\d{6}(?!\d)")
#: a token: a word (hyphenated parts and the ГАР's "ж/д" included) or a number with its letter or its second part
_TOKEN = re.compile(r"ж/д|[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*|\d+(?:[/\-]\d+)?(?:[А-ЯЁа-я](?![А-ЯЁа-яё]))?")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


#: the words whose start :func:`address_lines` looks up in the note's shared cue scan (:func:`.cue_index.word_starts`,
#: nearly free): the cues' stems and each short name of :data:`_ABBREVIATED` with the dot or space after it
_CUE_STEMS = ("адрес", "адр.", "адр ", "прожива", "прож.", "прож ", "живет", "живёт", "живу", "живут", "зарегистр",
              "регистрац", "пребыва", "место жительств", "место рождени", "место работ", "местожительств", "м/ж",
              "address", "adres", "addr", "district", "residen")
_SHORT_NAMES = ("г", "ул", "д", "кв", "корп", "обл", "р-н", "пос", "пгт", "с", "дер", "ст-ца", "мкр", "пр-т", "просп",
                "пер", "б-р", "наб", "пл", "ш", "х", "рп", "тер")
_GATE_WORDS = (*_CUE_STEMS, *(name + stop for name in _SHORT_NAMES for stop in (".", " ")))


def address_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines where an address is announced (a cue's stem or a short name of :data:`_ABBREVIATED`
    starts a word there), each with the line after it (merged where they touch); [] for a note without one (the usual
    clinical note: a look-up in the note's shared cue scan, and an anchored match at each short name found)."""
    lower = lowered(text)
    spans: list[tuple[int, int]] = []
    for position in word_starts(lower, _GATE_WORDS):
        if not lower.startswith(_CUE_STEMS, position) and _ABBREVIATED.match(text, position) is None:
            continue
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = len(text) if end < 0 else text.find("\n", end + 1)  # (and the next line)
        end = len(text) if end < 0 else end
        if spans and spans[-1][1] >= start - 1:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _capitalised(token: str) -> bool:
    return token[0].isupper()


def _abbreviation(token: str) -> bool:
    return token.lower() in ABBREVIATIONS


def line_tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def candidate_indexes(tokens: list[Token]) -> list[int]:
    """The indexes of the candidate tokens of one announced stretch (see the module doc)."""
    chosen: list[int] = []
    for i, token in enumerate(tokens):
        word = token.text
        previous = tokens[i - 1].text if i else ""
        if _is_word(word):
            take = _capitalised(word) or _abbreviation(word) or (bool(previous) and _abbreviation(previous))
        else:  # a number: after a candidate word or number, or after an abbreviation
            take = bool(chosen) and chosen[-1] == i - 1
        if take:
            chosen.append(i)
    return chosen


def _shape(token: str) -> str:
    out: list[str] = []
    for ch in token:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind or kind == "d":
            out.append(kind)
    return "".join(out)[:8]


@lru_cache(maxsize=100_000)
def _word_features(word: str) -> tuple[str, ...]:
    """What a word says by itself: its class, its ending, its part of speech (cached: a corpus repeats its words)."""
    lower = word.lower()
    if not _is_word(word):
        return (f"shape={_shape(word)}", f"digits={min(len(word), 7)}")
    feats = [f"shape={_shape(word)}", f"len={min(len(word), 12) // 3}"]
    if lower in ABBREVIATIONS:
        feats.append(f"abbr={lower}")
    else:
        feats.append(f"suf={lower[-3:]}")
    if "-" in word:
        feats.append("hyphen")
    head = word.split("-")[0]
    if head.isalpha() and head[:1].isupper():
        flags = word_class(head)
        for name, bit in (("known", WordClass.KNOWN), ("name", WordClass.NAME), ("surn", WordClass.SURNAME),
                          ("patr", WordClass.PATRONYMIC), ("place", WordClass.PLACE), ("common", WordClass.COMMON)):
            if flags & bit:
                feats.append(f"class={name}")
    if lower.isalpha() and lower[0] in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя":
        tag = analyzer().parse(lower)[0].tag
        feats.append(f"pos={tag.POS}")
        if "Geox" in tag.grammemes:
            feats.append("geox1")
    return tuple(feats)


def _context_word(word: str) -> str:
    lower = word.lower()
    return lower if lower in ABBREVIATIONS or (not _is_word(word) and len(word) < 3) else (
        "#" * min(len(word), 6) if not _is_word(word) else lower[:6])


def _gap(text: str, start: int, end: int) -> str:
    """The punctuation between two tokens, spaces folded ("", " ", ", ", ": ")."""
    return re.sub(r"\s+", " ", text[start:end])[:3]


def features(text: str, tokens: list[Token], i: int, line_start: int) -> list[str]:
    """The features of ``tokens[i]`` (one announced stretch's tokens) in ``text``."""
    token = tokens[i]
    own = _word_features(token.text)
    feats = list(own)
    for k in (1, 2, 3):
        word = _context_word(tokens[i - k].text) if i >= k else "^"
        feats.append(f"p{k}={word}")
    for k in (1, 2):
        word = _context_word(tokens[i + k].text) if i + k < len(tokens) else "$"
        feats.append(f"n{k}={word}")
    before = _gap(text, tokens[i - 1].end, token.start) if i else "^"
    after = _gap(text, token.end, tokens[i + 1].start) if i + 1 < len(tokens) else "$"
    feats += [f"gap<{before}", f"gap>{after}"]
    if i:
        feats.append(f"pshape={_shape(tokens[i - 1].text)}")
        feats.append(f"p1={_context_word(tokens[i - 1].text)}|{own[0]}")
    if i + 1 < len(tokens):
        feats.append(f"nshape={_shape(tokens[i + 1].text)}")
    line_begin = text.rfind("\n", 0, token.start) + 1
    head = text[max(line_begin, line_start, token.start - 80):token.start].lower()
    cues = {m.group()[:6] for m in _CUE.finditer(head)}
    feats += [f"cue={c}" for c in sorted(cues)] or ["cue=none"]
    if ":" in head:
        feats.append("colon_before")
    line_end = text.find("\n", token.end)
    line = text[line_begin:line_end if line_end >= 0 else len(text)]
    if _HOUSE.search(line):
        feats.append("house_in_line")
    if token.start == line_begin or not text[line_begin:token.start].strip():
        feats.append("line_first")
    if line_start < line_begin:
        feats.append("second_line")
    return feats


def hashed(feats: list[str]) -> list[int]:
    return sorted({zlib.crc32(f.encode("utf-8")) % N_BUCKETS for f in feats})


@dataclass(frozen=True)
class PlaceCandidate:
    start: int
    end: int
    buckets: list[int]


def candidates(text: str) -> Iterator[PlaceCandidate]:
    """Every candidate token of ``text`` (normalised, as the recognizers read it) with its hashed features."""
    for start, end in address_lines(text):
        tokens = line_tokens(text, start, end)
        for i in candidate_indexes(tokens):
            yield PlaceCandidate(tokens[i].start, tokens[i].end, hashed(features(text, tokens, i, start)))


#: what may stand between two accepted tokens of one span: spaces (no line break), commas, dots, dashes, slashes,
#: a caret (an HL7 field's components), up to three characters
_BRIDGE = re.compile(r"[ \t,.;:/\-^]{0,3}")


def runs(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal runs of accepted tokens (sorted), bridging the punctuation between them: one span each."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(tokens):
        if out and _BRIDGE.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def named(text: str, start: int, end: int) -> bool:
    """Whether the span holds what every address object has, a name or a number (the ГАР gives each settlement, street
    and house one): a number, or a word of three letters or more that is no short name of the list and no mere common
    word of the dictionary. A template's placeholder is none ("Место жительства: город", "Адрес: Город, улица").
    """
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if word[0].isdigit():
            return True
        if len(word) >= 3 and word.lower() not in ABBREVIATIONS:
            flags = word_class(word.split("-")[0])
            if not flags & WordClass.COMMON or flags & (WordClass.PLACE | WordClass.NAME | WordClass.SURNAME):
                return True
    return False
