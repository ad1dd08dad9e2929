"""One character for one character: the typographic variants of spaces, dashes and quotes made plain.

Word processors, PDF exports and messengers write the same record with other characters: a
no-break space between the groups of a SNILS ("500-038-350\\u00a010"), a narrow no-break space in a
passport ("38\\u202f97 397421"), a non-breaking hyphen or an en dash in a phone ("8\\u2011941\\u2011691",
"8–979–582–59–36"), curly quotes around a name. Every recognizer of this package is written for
the plain characters; rather than teach each one every variant, :func:`normalize` maps them once,
before the recognizers run.

The mapping is strictly one code point to one code point, so every offset in the normalised text is
the same offset in the original: spans found in one are spans of the other, and nothing is ever
reported in normalised form (the scanner reports offsets, redaction cuts the original).

* spaces: no-break (U+00A0), narrow no-break (U+202F), figure (U+2007), the typographic spaces
  U+2000-U+200A, medium mathematical (U+205F), ideographic (U+3000), and the invisible zero-width
  space (U+200B), word joiner (U+2060) and BOM (U+FEFF) -> " ";
* dashes: hyphen (U+2010), non-breaking hyphen (U+2011), figure dash (U+2012), en dash (U+2013),
  minus sign (U+2212), small and full-width hyphen-minus -> "-"; the em dash (U+2014) and the
  horizontal bar (U+2015) are kept (recognizers read "—" as a field separator already, and a
  sentence dash is no part of any number);
* quotes: “ ” „ ‟ -> '"', ‘ ’ ‚ ‛ -> "'" (guillemets « » are kept: recognizers read them);
* the letter O for a zero: handwriting, OCR and hurried typing put a capital "О" (Cyrillic) or "O"
  (Latin) for "0" inside a number ("8 9О3 О62 78 84", "7(916)53О-5125"); inside a run of digits and
  capital O's with at least two digits and no letter next to it, each O is "0" ("SpO2", "СО2" and
  "О2" keep theirs: a letter stands next to them, or only one digit, unless the group is a date's between
  its dots: "11.О3.1949", "2О.06.1967");
* the letters l and З for a one and a three: OCR and typewritten forms put a Latin "l" for "1" and a
  Cyrillic "З" for "3" in numbers ("06l 69", "0 l.08.1942", "1З.03.2008"); such a letter with no letter on
  either side and a digit next to it (an "l" also before a "." "-" "/" and then a digit: a date's or a
  SNILS's separator) is the digit ("mmol/l", "2 l", "группа З" and words keep theirs);
* the zero for the letter О, the other way round: OCR reads a capital "О" inside a Cyrillic word as
  "0" ("П0ЛИС 0МС", "Диагн0з", "ИВАН0В"); a "0" in a word of two Cyrillic letters or more (three
  characters at least), with no digit in it, is "О" (a code mixing scripts and digits, "Т2N0М0", keeps it);
* letters of the other script inside a word: OCR, a Latin keyboard layout left on, and copy-paste
  put Latin look-alikes into Cyrillic words ("Mecто регистрации" with a Latin "M", "e", "c"; "Пaциент")
  and Cyrillic ones into Latin words ("Kyrgyzstаn"). A word that mixes the scripts, whose letters of
  one script are all look-alikes (А/A, В/B, Е/E, К/K, М/M, Н/H, О/O, Р/P, С/C, Т/T, Х/X, У/Y and the
  lower-case а, е, о, р, с, у, х) while some letter of the other script is not, is written in that other
  script throughout (a word with no such letter, "Cа", or look-alikes on neither side, "ЭKG", stays);
  initials of Latin look-alikes right after a Cyrillic word or right before a capitalised one ("Дорофеев
  M.A.", "O.Д. Воронцов") are Cyrillic initials, as the name beside them is;
* form labels that OCR split with spaces ("Адр ес :", "С Н И Л С") at a line's start: their letters
  together and the spaces after them (:mod:`.ocr_labels`); a date that OCR broke with stray spaces
  ("Дата рожд. 14 .06.2001") is read as it stands by :mod:`.split_dates`, so its span covers all its digits;
* bars: the vertical lines of box-drawing tables (U+2502, U+2503, U+2551, dashed U+2506/2507/250A/250B) and the
  broken bar (U+00A6) -> "|";
* the numero sign as Latin typography and OCR print it: "N°" and "Nº" (a capital N and a degree sign or a masculine
  ordinal indicator) -> "№" and a space, two characters for two ("СЕРИЯ 37 N° 314176" reads as "№ 314176"); a
  degree sign after anything else ("37,2°") keeps its meaning;
* line breaks: the line and paragraph separators (U+2028, U+2029) and NEL (U+0085) -> "\\n"; a
  carriage return -> "\\n", or " " where a "\\n" follows it (Windows "\\r\\n" stays one line break).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.code_page import char_positions, code_page_bytes, shapes_table
from medsyn_dataset.validation.pii.ocr_labels import join_spaced_labels

_SPACES = "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b"
_BREAKS = "\u2028\u2029\u0085"
# the vertical lines of box-drawing tables and МИС screens ("│ ФИО │ ДР │"), the double and heavy ones, the broken bar:
# a column's border, read as the "|" every table and field reader knows
_BARS = "\u2502\u2503\u2551\u00a6\u2506\u2507\u250a\u250b"
_INVISIBLE = "\u200b\u2060\ufeff"  # zero-width space, word joiner, BOM: a space where they split a number

_PLAIN = {
    **dict.fromkeys(_SPACES + _INVISIBLE, " "),
    **dict.fromkeys(_DASHES, "-"),
    **dict.fromkeys(_DOUBLE_QUOTES, '"'),
    **dict.fromkeys(_SINGLE_QUOTES, "'"),
    **dict.fromkeys(_BREAKS, "\n"),
    **dict.fromkeys(_BARS, "|"),
    "\r": "\n",
}
# one scan for any character to map: most notes have none, and then the text is returned as it is (a
# regex search over a 2,000-character note costs ~7 us; ``str.translate`` ~120 us, so the few notes
# that have some get one ``str.replace`` per character present, ~1 us each)
_ANY = re.compile("[" + re.escape("".join(_PLAIN)) + "]")


# a run of digits and capital O's (Cyrillic or Latin) with an O next to a digit
_O_RUN = re.compile(r"(?<![^\W\d_])[\dОO]*(?:\d[ОO]|[ОO]\d)[\dОO]*(?![^\W\d_])")


def _has_o_near_digit(text: str) -> bool:
    """A capital O with a digit next to it (a ``str.find`` per O: a regex scan of a note costs ~70 us)."""
    return _letter_near_digit(text, "О") or _letter_near_digit(text, "O")


def _letter_near_digit(text: str, letter: str) -> bool:
    # (the letter's positions in the note's code-page bytes, :func:`.code_page.char_positions`: a ``str.find`` for the
    # Latin "O" stops at each "я" of a Cyrillic note, whose code point shares its low byte)
    return any((position and text[position - 1].isdigit()) or text[position + 1 : position + 2].isdigit()
               for position in char_positions(text, letter))


# an "l" or "З" alone between non-letters, with a digit next to it or a separator and a digit after it
# (a "З" only with a digit right next to it: "З-4" may be a list's letter)
# (and "ll" for an "11" before a date's separator and its next group, the group's digits or O's: "ll.О6.2О2О",
# "ll.03.2019"; OCR reads the two strokes of an 11 as two l's, which alone no word of a note is)
_DIGIT_LOOKALIKE = re.compile(r"(?<![^\W\d_])(?:ll(?=[.\-/](?:\d|[ОO]\d))|(?:l|З(?=\d)|(?<=\d)З)(?![^\W\d_])"
                              r"(?:(?<=\d[lЗ])|(?=\d|[.\-/]\d)))")
_L_GATE = re.compile(rb"\dl|l[.\-/]?\d|ll[.\-/]")
_DIGIT_FOR = {"l": "1", "ll": "11", "З": "3"}
# a Cyrillic word with a zero inside: three letters at least, no digit on either side of the zero
_ZERO_IN_WORD = re.compile(r"(?<![\w])(?=[А-ЯЁа-яё0]*[А-ЯЁа-яё][А-ЯЁа-яё0]*[А-ЯЁа-яё])(?=[А-ЯЁа-яё]*0)[А-ЯЁа-яё0]{3,}(?![\w])")


def _digits_for_lookalikes(text: str) -> str:
    # (ASCII bytes for the "l": the Cyrillic dropped; a "З" is looked at only where a digit is next to it)
    # (and an "l" looked for first: every match of the gate holds one, and a note seldom has any, ~2 %; a
    # ``str.find`` for it costs ~0.2 us, what it saves is the gate's pattern search in the bytes: the bytes
    # themselves are made for the note anyway, for the gates of :func:`normalize` below, and kept per text)
    if ("l" not in text or _L_GATE.search(ascii_bytes(text)) is None) and not _letter_near_digit(text, "З"):
        return text
    return _DIGIT_LOOKALIKE.sub(lambda found: _DIGIT_FOR[found.group()], text)


def _letters_for_zeros(text: str) -> str:
    def letters(found: re.Match[str]) -> str:
        word = found.group()
        if sum(ch != "0" for ch in word) < 2:
            return word
        return word.replace("0", "О" if word.replace("0", "").isupper() else "о")

    return _ZERO_IN_WORD.sub(letters, text)


# a zero with a Cyrillic letter next to it (the pattern opens with the literal, which the engine skips to)
_ZERO_BY_CYRILLIC = re.compile(r"0(?<=[А-яЁё]0)|0(?=[А-яЁё])")


_DIGITS_AND_O = frozenset("0123456789ОO")


def _zeros_for_o(text: str) -> str:
    def zeros(match: re.Match[str]) -> str:
        run = match.group()
        # (one digit is enough in a group joined by a dash to digits before it: "822-48-4О", "2О5-3О-3О")
        joined = match.start() >= 2 and text[match.start() - 1] in "-)" and text[match.start() - 2] in "0123456789ОO"
        # (and in a date's group between dots, or the commas a typist puts for them: "11.О3.1949", "2О.06.1967",
        # "18,О4.1992")
        start, end = match.start(), match.end()
        joined = joined or (start >= 2 and text[start - 1] in ".," and text[start - 2] in _DIGITS_AND_O
                            and text[end : end + 1] in ".," and text[end + 1 : end + 2] in _DIGITS_AND_O)
        joined = joined or ((start == 0 or not text[start - 1].isalnum()) and text[end : end + 1] in ".,"
                            and all(ch in _DIGITS_AND_O for ch in text[end + 1 : end + 3]) and text[end + 3 : end + 4] in ".,")
        return run.replace("О", "0").replace("O", "0") if joined or sum(ch.isdigit() for ch in run) >= 2 else run

    return _O_RUN.sub(zeros, text)


# Latin and Cyrillic look-alike letters, each pair in the same place
_LATIN_LOOKALIKES = "ABCEHKMOPTXYaceopxy"
_CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХУасеорху"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
# (a note without any Latin look-alike, found in its ASCII bytes in ~2 us, is not searched further)
_MIXED_GATE = re.compile(rb"[" + _LATIN_LOOKALIKES.encode() + rb"]")
# a Latin letter right after a Cyrillic one or right before one (the Latin letters are far fewer: the
# pattern opens with them)
_MIXED = re.compile(r"[A-Za-z](?<=[А-Яа-яЁё][A-Za-z])|[A-Za-z](?=[А-Яа-яЁё])")
_MIXED_WORD = re.compile(r"(?=[A-Za-z]*[А-Яа-яЁё])(?=[А-Яа-яЁё]*[A-Za-z])[A-Za-zА-Яа-яЁё]+")
_CYRILLIC_LETTER = re.compile(r"[А-Яа-яЁё]")
# one or two initials of look-alike capitals (the second may be Cyrillic) after a Cyrillic word, or before a
# capitalised Cyrillic one
_INITIAL_GATE = re.compile(rb"[ABCEHKMOPTXY]\.")
_LATIN_INITIALS = re.compile(
    r"(?<=[А-Яа-яЁё] )[ABCEHKMOPTXY]\.(?: ?[ABCEHKMOPTXYА-ЯЁ]\.)?(?![\w])"
    r"|(?<![\w.])[ABCEHKMOPTXY]\. ?[ABCEHKMOPTXYА-ЯЁ]\.(?= ?[А-ЯЁ][а-яё])"
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# where a match of ``_LATIN_INITIALS`` can start: both its forms open with a look-alike capital and its stop
_INITIAL_AT = re.compile(r"[ABCEHKMOPTXY]\.")


def _has_latin_initials(text: str) -> bool:
    """``_LATIN_INITIALS.search(text) is not None``, tried at the look-alike capitals before a stop alone (a scan, whose
    pattern opens with a look-behind, stops at every character: ~90 us a note that has such a capital)."""
    return any(_LATIN_INITIALS.match(text, found.start()) for found in _INITIAL_AT.finditer(text))


# (the text and its bytes in one tuple, stored and read in one step: scanners in two threads never pair one's text
# with the other's bytes)
_ASCII: list[tuple[str, bytes]] = [("", b"")]


def ascii_bytes(text: str) -> bytes:
    """The ASCII characters of ``text`` (its Latin letters, digits and signs), kept for the text last asked
    about: the normaliser and the recognizers of Latin-script values look at the same note in turn."""
    kept = _ASCII[0]
    if kept[0] is not text:
        # (read off the note's code-page bytes where it has them, made before for the normaliser: the code page's first
        # 128 bytes are ASCII's, each of its other characters a byte of 128 or more, so dropping those bytes drops
        # exactly what ``encode("ascii", "ignore")`` drops, ~1 us to its ~4)
        encoded = code_page_bytes(text)
        kept = _ASCII[0] = (text, text.encode("ascii", "ignore") if encoded is None else encoded.translate(None, _NON_ASCII))
    return kept[1]


_NON_ASCII = bytes(range(128, 256))


# the code page's bytes with each Latin letter "L", each letter of ``_CYRILLIC_LETTER`` "C", all else " "
_SCRIPT_SHAPES = shapes_table(
    lambda ch: "L" if _LATIN_LETTER.fullmatch(ch) else "C" if _CYRILLIC_LETTER.fullmatch(ch) else " "
)


def _has_mixed_letters(text: str) -> bool:
    """``_MIXED.search(text) is not None``: a Latin letter next to a Cyrillic one. A regex scan stops at
    every Latin letter of a note (~15 us); a note the code page holds is looked at in its bytes, two
    ``in`` tests (~2 us)."""
    encoded = code_page_bytes(text)
    if encoded is None:
        return _MIXED.search(text) is not None
    shapes = encoded.translate(_SCRIPT_SHAPES)
    return b"LC" in shapes or b"CL" in shapes


def _one_script(match: re.Match[str]) -> str:
    """A word of both scripts in the one its letters that have no look-alike belong to (see above)."""
    word = match.group()
    latin = _LATIN_LETTER.findall(word)
    cyrillic = _CYRILLIC_LETTER.findall(word)
    if not latin or not cyrillic:
        return word
    latin_only = any(ch not in _LATIN_LOOKALIKES for ch in latin)
    cyrillic_only = any(ch not in _CYRILLIC_LOOKALIKES for ch in cyrillic)
    if cyrillic_only and not latin_only:
        return word.translate(_TO_CYRILLIC)
    if latin_only and not cyrillic_only:
        return word.translate(_TO_LATIN)
    return word


#: the text last normalised and its result: the scanner normalises a note once and each recognizer's
#: ``analyze`` (kept for a user's own AnalyzerEngine) gets that result again
_LAST: list[str] = ["", ""]


def normalize(text: str) -> str:
    """``text`` with typographic spaces, dashes, quotes and line breaks made plain, one character for
    one (``len(normalize(text)) == len(text)``, and every offset keeps its meaning); ``text`` itself
    when it has none of them. The result of a call is returned as it is when passed again."""
    if text is _LAST[1]:
        return text
    if text is _LAST[0]:
        return _LAST[1]
    plain = _plain_characters(text)
    plain = join_spaced_labels(plain)
    # (the signs alone looked for first: a search for one character costs ~0.1 us, one for two ~2 us, and ~6 %
    # of notes have a degree sign, as a temperature's)
    if ("°" in plain and "N°" in plain) or ("º" in plain and "Nº" in plain):
        plain = plain.replace("N°", "№ ").replace("Nº", "№ ")
    # (the look-alikes of 1 and 3 first: a date's group then reads as digits and O's only, "28.О7.l976")
    plain = _digits_for_lookalikes(plain)
    # (after the dashes are plain: a group joined by a typographic dash reads like one joined by "-")
    if _has_o_near_digit(plain):
        plain = _zeros_for_o(plain)
    if _ZERO_BY_CYRILLIC.search(plain) is not None:
        plain = _letters_for_zeros(plain)
    if _MIXED_GATE.search(ascii_bytes(plain)) is not None:
        if _has_mixed_letters(plain):
            plain = _MIXED_WORD.sub(_one_script, plain)
        # (a capital look-alike and a stop among the note's ASCII characters first: most notes have none)
        if _INITIAL_GATE.search(ascii_bytes(plain)) is not None and _has_latin_initials(plain):
            plain = _LATIN_INITIALS.sub(lambda m: m.group().translate(_TO_CYRILLIC), plain)
    _LAST[0], _LAST[1] = text, plain
    return plain


# the code page's bytes with each character to map "P", all else " ": a note the code page holds is looked at
# in them (one ``bytes.find`` for "P", ~2 us with the translation; the regex search of ``_ANY`` stops at every
# character, ~7 us), and the encoding is kept for the normaliser's other tests and :func:`.base.digit_runs`
_PLAIN_SHAPES = shapes_table(lambda ch: "P" if ch in _PLAIN else " ")


def _plain_characters(text: str) -> str:
    encoded = code_page_bytes(text)
    if (_ANY.search(text) is None) if encoded is None else (b"P" not in encoded.translate(_PLAIN_SHAPES)):
        return text
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    for variant, plain in _PLAIN.items():
        if variant in text:
            text = text.replace(variant, plain)
    return text
