"""Candidates and features of the learned identifier tagger (:mod:`.id_tagger`).

A *candidate* is an identifier-shaped token: letters and digits joined by ``- / . _ #`` with at
least :data:`MIN_DIGITS` digits (fewer is a dose, a count, a lab value). It is found from the note's
runs of digits (:func:`.base.digit_runs`, shared by all recognizers), so a note without such a run
costs one list lookup.

*Features* are strings that should mean the same thing in any author's record: the token's shape
(character classes, lengths, separators), check-digit and date flags (an export's compact "20250213" is a
date of an 8-digit number's shape), whether it sits inside a link, the punctuation right before it
("№", ":", "#", "="), the words before it on its line cut to prefixes (a prefix survives Russian
inflection and most misspellings: "истори", "карт", "направл"), machine keys split at camelCase,
underscores and dots ("patientCardId" -> "patient", "card", "id"), whether the machine key right before the value ends in
an identifier's word ("mis_visit_id=", "cardNo": id-features-6), whether a label opens the line,
and the word after it (a unit such as "мг", "ммоль/л", "%" says "a value", not an identifier).
They are hashed with a stable hash (``zlib.crc32``) into :data:`N_BUCKETS` buckets, so the model is
a short list of (bucket, weight) pairs and scoring needs no numpy.

``FEATURE_SPEC`` names this extraction; a model file trained with another spec is refused.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.checksums import inn_valid, luhn_valid, snils_valid
from medsyn_dataset.validation.pii.export_objects import NUMBER_WORDS
from medsyn_dataset.validation.pii.paper_nouns import ACTED_BY  # (a number after "по протоколу №")
from medsyn_dataset.validation.pii.units import MEASURE_AFTER, is_unit
from medsyn_dataset.validation.pii.unsigned_documents import LOT_WORDS  # (the words that name a drug's lot)

#: version of the feature extraction below; bump it whenever a feature changes (the shipped model
#: records it and :mod:`.id_tagger` refuses a model of another version)
FEATURE_SPEC = "id-features-6"
N_BUCKETS = 1 << 18
#: a candidate holds at least this many digits: a dose, a count or most lab values hold fewer
MIN_DIGITS = 4
#: longest token taken as one candidate (a DICOM UID has up to 64 characters; a longer run is a hash,
#: a base64 blob or a table row)
MAX_LENGTH = 64
#: characters of the line before a candidate read for its label
WINDOW = 60
#: characters before a lot's "серия" read for the drug or vaccine it belongs to (from the line above at most)
LOT_REACH = 1000

_WORD_CHAR = r"0-9A-Za-zА-Яа-яЁё"
_TOKEN_AT = re.compile(rf"[{_WORD_CHAR}]+(?:[-/._#][{_WORD_CHAR}]+)*")
_WORD_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_SEPARATORS = frozenset("-/._#")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_WORD = re.compile(rf"[{_WORD_CHAR}]+")
_CAMEL = re.compile(r"[A-ZА-ЯЁ]?[a-zа-яё]+|[A-ZА-ЯЁ]+(?![a-zа-яё])|\d+")


# a Russian medical form's code: "057/у-04", "148-1/у-88", "025-1/у" (учётная форма) names a blank,
# not a patient: never a candidate
_FORM_CODE = re.compile(r"\d{1,3}(?:-\d{1,2})?/[уУ](?:-\d{1,2})?(?:-[а-яё]+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# conventions of numbers that are never a record's, whatever the model scores (as the rules keep them): a span of years
# ("2024-2025 гг."), counts or a range of one- and two-digit parts ("18-65", "10-20-40", "12/24": numbered_values'
# _COUNTS), a name with its year ("протокол МБ-2015"), a number with a decimal part ("12345,5") or a sum of money
# ("12345 руб.", "лимит 15000"), and a room's number ("в палату 204512", "кабинет 3104"). A decimal comma's digits end
# the number: a comma after them makes the first a cell of a comma-separated row ("55012345,45,М,Иванов": the export's
# first cell, "12345,5" a decimal)
_YEARS = re.compile(r"(?:19|20)\d\d[-/](?:19|20)?\d\d")
_COUNTS = re.compile(r"\d{1,2}(?:[-/]\d{1,2})+")
_NAME_YEAR = re.compile(r"[A-Za-zА-Яа-яЁё]{1,5}-(?:19|20)\d\d")
_DECIMAL_OR_MONEY = re.compile(r",\d+(?![\d,])|[ \t]*(?:руб|р\.|₽|rub\b|RUB\b)", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:лимит|сумм|стоимост|цен[аеуы]|оплат)[а-яё]*[ \t:]*(?:[а-яё.]+[ \t]+)?\Z", re.IGNORECASE)
# "по протоколу 118/25", "согласно протоколу МБ-2015", "по приказу 203н": what a thing was done ACCORDING TO (the
# dative after "по"/"согласно") is a procedure's or an order's number, not a paper of the patient's ("Протокол № 4417-23")
_ACCORDING_TO = re.compile(rf"(?:\bпо|согласно)[ \t]+(?:{ACTED_BY})[ \t]*(?:№[ \t]*)?\Z",
                           re.IGNORECASE)
_ROOM_BEFORE = re.compile(r"(?:палат|кабинет|койк|бокс|корпус|этаж)[а-яё]*\.?[ \t]*\Z", re.IGNORECASE)
# the head of an ASTM E1394 record ("P|1|", "2O|1|": the frame number, the type letter, the sequence number) and the
# fields up to a token: the record's fields are read by :mod:`.astm`, which needs the header's delimiter
# declaration; a record without it (a pasted line of pipes) is no record for the tagger either
_ASTM_HEAD = re.compile(r"(?:^|(?<=[\s,;]))[0-7]?[HPOQRCLMS]\|\d{1,4}\|[^\s]*\Z")
#: characters before a token searched for an ASTM record's head
ASTM_REACH = 40
# an HL7 coded element's code (CE/CWE: code^text^coding system, "|57021-8^CBC^LN|"): a LOINC, SNOMED, ICD, CPT or local
# code of a test or a finding, nobody's number (an identifier's CX has no text there: "7712045^^^MIS^MR")
_HL7_CODED = re.compile(r"\^[^\^|\r\n]+\^(?:LN|SCT|SNM|SNOMED|I10|I9C?|ICD10\w*|C4|CPT\w*|L|99\w+)(?=[\^|~\r\n]|\Z)")
_PLAIN_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# a cell count in SI notation written without superscripts, "4,5х1012/л", "200х109/л", "7,5x109/l" (x 10^12 or 10^9 per
# litre, as a blood count reports erythrocytes and leukocytes; the letter "х" stands for the multiplication sign): a
# measured amount, never an identifier
_CELL_COUNT = re.compile(r"\d+[хХxX×]10\d{1,2}/[лlL]")
# the same with a caret for the power ("450х10^9/л", a range "150-400х10^9/л"): the token ends at "10", the power after it
_CELL_COUNT_TO = re.compile(r"(?:\d+(?:[.,]\d+)?[-–])?\d+(?:[.,]\d+)?[хХxX×]10")
_POWER_PER_LITRE = re.compile(r"\^\d{1,2}/[лlL]")
# an HTML numeric character reference of a Cyrillic letter ("&#1090;", the letter "т" of a page saved as entities)
# glued to a word's letters ("истощеt#1090;", found in an upstream note): a character's code, no number of anyone's.
# Only a lower-case word's tail (its "&" lost or mangled into a letter) or "&" stands before it: an abbreviation's
# capitals, "МК#1100;", "ID#1200;", are a record's prefix (review C r22, finding 9)
_CHAR_REFERENCE = re.compile(r"(?:[а-яё]{3}[a-zа-яё]?|[^\W\d_]&)#(?:10[2-9]\d|11\d\d|12[0-7]\d)\Z")  # (U+0400..U+04FF)
# a unit after a plain number: a measured amount (one list for every reader, :mod:`.units`; not "г", "ч" there)
_MEASURE = MEASURE_AFTER
# a frequency's or a loudness's unit (an audiogram's "2000-4000 Гц", "60 дБ"): the tagger's own convention, kept out
# of :mod:`.units` so that the model's unit features stay what it was trained on
_SOUND_UNIT = re.compile(r"[ \t]?(?i:гц|кгц|мгц|hz|khz|mhz|дб|db)(?![^\W\d_])")
# a range of two plain numbers ("1000-2000 мг", "2000–8000 Hz"): a unit after it makes it an amount, as after one
_PLAIN_RANGE = re.compile(r"\d+(?:[.,]\d+)?[-–]\d+(?:[.,]\d+)?")
# cells of a delimited row (CSV, TSV, a pipe table, a semicolon export)
_CELL_SEPARATORS = ("|", "\t", ";", ",")
#: a line longer than this is no table row (a one-line export, a dump, a paragraph): its cells are not
#: read against a header line, nor is it read as a header (bounds the cost on long one-line inputs)
MAX_ROW = 4096
#: lines read upwards for a table cell's header
HEADER_REACH = 30


class LineIndex:
    """Where each line of a text starts: built once per text, so a candidate's line is a bisection, not
    a search back through a long line (which made a long one-line input quadratic)."""

    __slots__ = ("length", "starts")

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.length = len(text)

    def line_of(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def bounds(self, line: int) -> tuple[int, int]:
        """(start, end) of the line's text, its newline excluded."""
        return self.starts[line], (self.starts[line + 1] - 1 if line + 1 < len(self.starts) else self.length)


_NEWLINE = re.compile("\n")


class IdCandidate(NamedTuple):
    start: int
    end: int


def candidates(text: str) -> list[IdCandidate]:
    """Identifier-shaped tokens of ``text`` (see the module doc), in order, none overlapping."""
    found: list[IdCandidate] = []
    resume = 0
    for run in digit_runs(text):
        if run.start() < resume:
            continue
        start = run.start()
        # back to the token's start: letters, digits and single separators between them
        while start > 0 and (text[start - 1] in _WORD_CHARS
                             or (text[start - 1] in _SEPARATORS and start > 1 and text[start - 2] in _WORD_CHARS)):
            start -= 1
        match = _TOKEN_AT.match(text, start)
        if match is None:  # (cannot happen: a digit starts a token; kept for the type checker)
            continue
        end = match.end()
        resume = end
        token = text[start:end]
        # (a token's digits are ASCII ones, its other characters letters and separators: counted by deleting them, not
        # by a generator over its characters; a token shorter than MIN_DIGITS, most numbers of a note, holds too few)
        if MIN_DIGITS <= len(token) <= MAX_LENGTH and len(token) - len(token.translate(_NO_DIGITS)) >= MIN_DIGITS \
                and not _vetoed(text, start, end, token):
            found.append(IdCandidate(start, end))
    return found


def _vetoed(text: str, start: int, end: int, token: str) -> bool:
    """Tokens the conventions of records keep clean whatever their neighbourhood (as the rules do):
    a form's code, a bare year ("карта 2019 г. заведена": an event year is no identifier) or a span of years, counts,
    a name with its year, a decimal, a sum, a room's number or what something was done according to (see
    :data:`_YEARS` and the patterns after it), the local
    part of an e-mail address or of a calendar UID ("55012@gp12": the e-mail recognizer's), a plain
    number or a range of two with a unit after it ("100000 ЕД", "2000-4000 Гц"; "250000 в мкл" is no unit: the model
    decides), a field of an
    ASTM record ("P|1||4410982": :mod:`.astm` reads those under the header's declaration, and nothing without it),
    the code of an HL7 coded element ("|57021-8^CBC^LN|": a test's LOINC code), a cell count ("4,5х1012/л"),
    and a drug's or vaccine's series (a lot: "Серия: АБ 1234567" under a drug's name)."""
    if _FORM_CODE.fullmatch(token) or _YEAR.fullmatch(token) or text.startswith("@", end) or _CELL_COUNT.fullmatch(token):
        return True
    if text.startswith("^", end) and _CELL_COUNT_TO.fullmatch(token) and _POWER_PER_LITRE.match(text, end):
        return True
    if text.startswith(";", end) and _CHAR_REFERENCE.search(text, max(0, start - 6), end):
        return True
    if _YEARS.fullmatch(token) or _COUNTS.fullmatch(token) or _NAME_YEAR.fullmatch(token):
        return True
    if _ACCORDING_TO.search(text, max(0, start - 40), start):
        return True
    if _PLAIN_NUMBER.fullmatch(token) and (_DECIMAL_OR_MONEY.match(text, end) or _ROOM_BEFORE.search(text, max(0, start - 24), start)
                                         or _MONEY_BEFORE.search(text, max(0, start - 30), start)):
        return True
    if start and text[start - 1] in "|^" and _ASTM_HEAD.search(text, max(0, start - ASTM_REACH), start):
        return True
    if start and text[start - 1] in "|~" and _HL7_CODED.match(text, end):
        return True
    if (_MEASURE.match(text, end) or _SOUND_UNIT.match(text, end)) and (_PLAIN_NUMBER.fullmatch(token)
                                                                        or _PLAIN_RANGE.fullmatch(token)):
        return True
    before = text[max(0, start - 30) : start].lower()
    if "сери" not in before:
        return False
    # from the start of the line above (the drug's name), no further back than LOT_REACH: on a long one-line
    # input every "серия" would otherwise search back to the text's start (quadratic)
    reach = max(0, start - LOT_REACH)
    first = text.rfind("\n", reach, start)
    first = text.rfind("\n", reach, first) if first > 0 else first
    return LOT_WORDS.search(text, max(first + 1, reach), min(len(text), end + 40)) is not None


def shape(token: str) -> str:
    """Character classes: 9 digit, A/a Latin, Б/б Cyrillic; separators kept."""
    out = []
    for ch in token:
        if ch.isdigit():
            out.append("9")
        elif "a" <= ch.lower() <= "z":
            out.append("A" if ch.isupper() else "a")
        elif ch.isalpha():
            out.append("Б" if ch.isupper() else "б")
        else:
            out.append(ch)
    return "".join(out)


# (the patterns a candidate's features are read with, compiled once: ``re.sub(pattern, ...)`` and the like look
# each pattern up in ``re``'s cache on every call, ~0.5 us each, a dozen times per candidate)
_REPEATS = re.compile(r"(.)\1+")
_DAY_FIRST = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?\Z")
_GROUP_SEPARATOR = re.compile(r"[-/._#]")
_NON_DIGITS = re.compile(r"[^\d]*")


def _one_plus(repeat: re.Match[str]) -> str:
    return repeat.group(1) + "+"


def _collapse(shaped: str) -> str:
    # (a function, not the template r"\1+": ``re`` expands a template by a Python-level routine at each match)
    return _REPEATS.sub(_one_plus, shaped)


def _bucket(n: int) -> str:
    return str(n) if n <= 12 else "13-16" if n <= 16 else "17-24" if n <= 24 else "25+"


def _stem(word: str) -> str:
    return word.lower()[:5]


def _key_parts(word: str) -> list[str]:
    """A machine key split into its words: "patientCardId" / "patient_card.id" -> patient, card, id."""
    return [part.lower() for part in _CAMEL.findall(word) if not part.isdigit()]


def _checks(digits: str, token: str) -> Iterator[str]:
    n = len(digits)
    if n == 11 and snils_valid(digits):
        yield "snils"
    if n in (10, 12) and inn_valid(digits):
        yield "inn"
    if n >= 12 and luhn_valid(digits):
        yield "luhn"
    if _DAY_FIRST.fullmatch(token):
        yield "date"
    if _YEAR_FIRST.fullmatch(token):
        yield "isodate"
    if _YEAR.fullmatch(token):
        yield "year"
    if n in (8, 12, 14) and n == len(token) and _COMPACT_DATE.match(token):
        yield "compactdate"  # (YYYYMMDD[HHMM[SS]] of an export: the shape of an 8-digit record number, not one)
    if n == 11 and digits[0] in "78" and digits[1] in "3489":
        yield "phone11"
    if n == 10 and digits[0] in "3489":
        yield "phone10"
    if digits.startswith("0"):
        yield "lead0"
    if len(set(digits)) <= 2:
        yield "fewdigits"


def _token_features(token: str) -> Iterator[str]:
    shaped = shape(token)
    digits = "".join(filter(str.isdigit, token))
    letters = sum(map(str.isalpha, token))
    yield "shape=" + (shaped if len(shaped) <= 20 else shaped[:10] + "…" + shaped[-6:])
    yield "cshape=" + _collapse(shaped)
    yield "ndig=" + _bucket(len(digits))
    yield "nlet=" + _bucket(letters)
    yield "len=" + _bucket(len(token))
    groups = _GROUP_SEPARATOR.split(token)
    yield "ngroups=" + _bucket(len(groups))
    yield "seps=" + "".join(sorted({ch for ch in token if ch in _SEPARATORS}))
    yield "glens=" + ".".join(_bucket(len(g)) for g in groups[:4])
    if letters:
        prefix = _NON_DIGITS.match(token)
        if prefix and prefix.group():
            yield "tprefix=" + prefix.group().lower()[:6]
    for check in _checks(digits, token):
        yield "chk=" + check


# a machine key right before its value, one Latin token (JSON '"visitId": "', 'mis_visit_id=', XML '<cardNo>', 'no="')
_MACHINE_KEY = re.compile(r"(?<![\w.\-])(?P<key>[A-Za-z][\w.\-]*)[\"']?[ \t]*[:=>][ \t]*[\"']?\Z")
#: a key's last word saying its value is an identifier or a number, of what the words before it name ("visit_id",
#: "cardNo", "patient_num"); a key's last word is what its value is, as the export readers read it (:mod:`.export_keys`)
ID_KEY_ENDS = (NUMBER_WORDS - {"номер"}) | {"id", "nbr"}  # (the export readers' Latin number words, an id's, "nbr")


def _key_end(stripped: str) -> Iterator[str]:
    """Whether the machine key right before a value ends in an identifier's word, and whether words before it say whose
    ("keyend=qualified": "mis_visit_id=", "cardNo"; "keyend=bare": "id=", '"number": '): a feature of every author's
    export, where the words of the key are each author's own."""
    if not stripped or stripped[-1] not in ":=>\"'":
        return
    key = _MACHINE_KEY.search(stripped)
    if key is not None:
        parts = _key_parts(key.group("key"))
        if parts and parts[-1] in ID_KEY_ENDS:
            yield "keyend=" + ("qualified" if len(parts) > 1 else "bare")


def _left_features(text: str, start: int, line_start: int) -> Iterator[str]:
    left = text[max(line_start, start - WINDOW) : start]
    stripped = left.rstrip(" \t")
    yield from _key_end(stripped)
    yield "gap=" + ("none" if len(stripped) == len(left) else "sp")
    punct = stripped[-2:] if stripped else "^"
    yield "lp1=" + (punct[-1:] if punct != "^" and not punct[-1].isalnum() else ("^" if punct == "^" else "w"))
    yield "lp2=" + "".join(ch if not ch.isalnum() else "w" for ch in punct)
    # a value inside a link ("...card?id=0801885") is the link's: the URL recognizer takes it, and its key ("id", "pid")
    # says nothing of a record there (without this the model read "id=" itself as a negative)
    link = stripped.rfind("://")
    if link >= 0 and not any(ch.isspace() for ch in stripped[link:]):
        yield "inurl"
    words = _WORD.findall(stripped)
    yield "nwords=" + _bucket(len(words))
    # the label: the words right before the token, reduced to prefixes and key parts
    for rank, word in enumerate(reversed(words[-4:])):
        if word.isdigit():
            yield f"w{rank}=num"
            continue
        yield f"w{rank}=" + _stem(word)
        yield "wbag=" + _stem(word)
        for part in _key_parts(word):
            yield "kbag=" + part[:5]
        if rank == 0:
            yield "w0x=" + word.lower()[:3]
            yield "w0shape=" + _collapse(shape(word))[:6]
    if line_start == start - len(left) and words:  # the whole line before the token is read
        head = _WORD.search(left)
        if head is not None:
            yield "line0=" + _stem(head.group())
        yield "labelline" if stripped.endswith((":", "=", "№", "#")) and len(words) <= 6 else "textline"
    if not words and not stripped:
        yield "linestart"


def _header_features(text: str, start: int, lines: LineIndex, line: int) -> Iterator[str]:
    """The header cell above a table cell: the column's name labels every value under it."""
    line_start, line_end = lines.bounds(line)
    if line_end - line_start > MAX_ROW:
        return
    row = text[line_start:line_end]
    for sep in _CELL_SEPARATORS:
        n_seps = row.count(sep)
        if n_seps < 2:
            continue
        column = text.count(sep, line_start, start)
        # up the lines: the nearest line of as many cells whose cell there holds no digit
        for above in range(line - 1, max(-1, line - 1 - HEADER_REACH), -1):
            head_start, head_end = lines.bounds(above)
            if head_end - head_start > MAX_ROW:
                continue
            cells = text[head_start:head_end].split(sep)
            if len(cells) == n_seps + 1 and column < len(cells):
                cell = cells[column]
                if any(ch.isdigit() for ch in cell) or not any(ch.isalpha() for ch in cell):
                    continue  # (a row of values, or a rule line "|---|---|")
                words = _WORD.findall(cell)
                yield "table"
                for word in words[:3]:
                    yield "hdr=" + _stem(word)
                    for part in _key_parts(word):
                        yield "hkey=" + part[:5]
                return
        return


def _right_features(text: str, end: int) -> Iterator[str]:
    right = text[end : end + 24]
    stripped = right.lstrip(" \t")
    yield "rp1=" + (stripped[:1] if stripped and not stripped[0].isalnum() else ("w" if stripped else "$"))
    word = _WORD.match(stripped)
    if word is not None:
        lower = word.group().lower()
        yield "r0=" + _stem(lower)
        if is_unit(lower):
            yield "runit"
    elif stripped[:1] == "%":
        yield "runit"


def features(text: str, start: int, end: int, lines: LineIndex | None = None) -> list[str]:
    """The feature strings of the candidate ``text[start:end]`` (``lines``: the text's
    :class:`LineIndex`, made once per text by a caller that scores many candidates)."""
    lines = lines if lines is not None else LineIndex(text)
    line = lines.line_of(start)
    token = text[start:end]
    out = ["bias"]
    out.extend(_token_features(token))
    left = list(_left_features(text, start, lines.starts[line]))
    out.extend(left)
    # the label word together with the punctuation after it ("карт" + "№" differs from "карт" + ",")
    w0 = next((f[3:] for f in left if f.startswith("w0=")), "-")
    lp1 = next((f[4:] for f in left if f.startswith("lp1=")), "-")
    out.append(f"w0lp={w0}|{lp1}")
    out.extend(_right_features(text, end))
    out.extend(_header_features(text, start, lines, line))
    return out


def hashed(names: list[str]) -> list[int]:
    """Each feature's bucket (stable across processes and machines: CRC-32, not ``hash``)."""
    return sorted({zlib.crc32(name.encode("utf-8")) % N_BUCKETS for name in names})
