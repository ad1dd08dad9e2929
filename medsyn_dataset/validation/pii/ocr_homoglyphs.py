"""OCR homoglyphs: Cyrillic words a scan wrote partly or wholly in the Latin letters that look the same.

OCR reads Cyrillic capitals as the Latin letters that look the same ("МЕДИЦИНСКАЯ KAPTA", "HOMEP
ИСТОРИИ"); :func:`fold_homoglyphs` gives such words back their Cyrillic letters, one character for
one, before the record grammar reads them.

Why a module of its own: the folding is no reader of numbers but a view of the text that the record grammars
(:mod:`.record_numbers`, :mod:`.document_numbers`) are run over (:mod:`.recognizers`).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.normalize import ascii_bytes

_LATIN_TO_CYRILLIC = str.maketrans("ABCEHKMOPTXYaceopxy", "АВСЕНКМОРТХУасеорху")
_HOMOGLYPHS = "ABCEHKMOPTXYaceopxy"
# (cheap first, in C: the text's ASCII characters with each Latin letter that has a Cyrillic twin made "H", any
# other letter or digit "L", the rest a space; a Latin look-alike inside a Cyrillic word then stands alone as
# " H ".." HHH ", four capitals with twins as "HHHH"; most notes show neither)
# ("x" alone is a multiplication sign, "3 x 4 см": no hint)
_SHAPES = bytes(
    ord("H") if chr(i) in _HOMOGLYPHS and chr(i) not in "xX" else ord("L") if chr(i).isalnum() else ord(" ") for i in range(256)
)
_CAPITAL_SHAPES = bytes(ord("H") if chr(i) in _HOMOGLYPHS and chr(i).isupper() else ord(" ") for i in range(256))


def _may_have_homoglyphs(text: str) -> bool:
    if not has_latin(text):  # (shared with the Latin recognizers; a scan has OCR noise in more than one word)
        return False
    plain = ascii_bytes(text)  # (made once per text and shared)
    shapes = b" " + plain.translate(_SHAPES) + b" "
    return b" H " in shapes or b" HH " in shapes or b" HHH " in shapes or b"HHHH" in plain.translate(_CAPITAL_SHAPES)


_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _folded_word(word: str) -> str | None:
    """``word`` in Cyrillic letters when OCR made some of them Latin, else None: a word mixing the two
    scripts whose Latin letters all have a Cyrillic twin ("KАРТА", "Нomер"), or a word of four or more
    Latin capitals that all have one ("KAPTA", "HOMEP"; "CASE", "MRN" or "Study" have letters without)."""
    latin = [ch for ch in word if "A" <= ch <= "z"]
    if not latin or any(ch not in _HOMOGLYPHS for ch in latin):
        return None
    if len(latin) == len(word) and not (len(word) >= 4 and word.isupper()):
        return None
    return word.translate(_LATIN_TO_CYRILLIC)


def fold_homoglyphs(text: str) -> str:
    """``text`` with its OCR-latinised Cyrillic words given back their letters (same length, so every
    offset keeps its meaning); ``text`` itself when it has none."""
    if not _may_have_homoglyphs(text):
        return text
    parts: list[str] = []
    last = 0
    for run in _LATIN_RUN.finditer(text):
        start, end = run.span()
        if start < last:
            continue  # (a word with two Latin runs: "MEДИЦИНCKAЯ", folded at its first)
        while start and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        before, after = text[start - 1 : start], text[end : end + 1]
        if before.isalnum() or after.isalnum() or "_" in (before, after):
            continue  # a letter series glued to digits: "PT0099125", "CR2002758500"
        folded = _folded_word(text[start:end])
        if folded is not None:
            parts += (text[last:start], folded)
            last = end
    return "".join((*parts, text[last:])) if parts else text

