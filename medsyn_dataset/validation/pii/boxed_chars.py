"""Characters written one per box: paper forms ("comb" fields) and their OCR or typed copies.

Russian state forms (the 057/у referral, the 088/у МСЭ referral, the sick-leave blank, the ОМС
application, tax forms) print a row of boxes for a number or a date, one character per box. Typed or
OCR'd copies keep the boxes as brackets or bars: "|1|2|3|-|4|5|6|", "[1][2][3]-[4][5][6]",
"(0)(1).(0)(2)", "{7}{7}{0}{1}". No reader of numbers sees "1|2|3" as one number, so this module reads a
run of boxes as the characters it holds: one character per box, any bracket style, with the form's own
separators ("-", ".", "/", a space) standing between boxes or in a box of their own.

Comb forms box the letters of a surname or an address too ("Фамилия |С|О|М|О|В|А| | |"): such a run is a name or a
place only under its label. The run is typed by its label, the words before it on the same line (also spelt letter by letter into
boxes or with spaces, "С Н И Л С", as comb forms print their captions), and where no label names it,
by its shape alone only when the shape proves it: a calendar date, a SNILS whose check digits hold.
Runs of boxes are rare in clinical text (a cheap test on "][", "|d|", ")(" gates the pass), and the
look-alikes stay clean: a table row of numbers ("| 12 | 5,4 |") has more than one character per cell,
a list of checkboxes ("[x] [ ]") has no digits.
"""

from __future__ import annotations

import re
from itertools import pairwise

from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.code_page import code_page_bytes
from medsyn_dataset.validation.pii.normalize import ascii_bytes

# one character in a box: |x| (bars shared between neighbours), [x], (x), {x}, <x>
_CHAR = r"[0-9A-Za-zА-ЯЁа-яё.,\-/ ]"
# (a box typed in a word processor's table keeps a space on either side: "| 9 | 7 | 5 |")
_BAR_RUN = re.compile(rf"\|(?:[ ]?{_CHAR}[ ]?\|){{4,}}")
_BAR_BOX = re.compile(rf"\|[ ]?({_CHAR})[ ]?(?=\|)")
_BRACKET_RUN = re.compile(
    rf"(?:\[{_CHAR}\]|\({_CHAR}\)|\{{{_CHAR}\}}|<{_CHAR}>)"
    rf"(?:[ \-./]?(?:\[{_CHAR}\]|\({_CHAR}\)|\{{{_CHAR}\}}|<{_CHAR}>)){{3,}}"
)
_BOX = re.compile(rf"[\[({{<|]({_CHAR})(?=[\])}}>|])")
_BOX_OPEN = frozenset("|[({<")
_BOX_CLOSE = frozenset("|])}>")
_BAR_LETTER = re.compile(r"\|[ ]?[^\W\d_][ ]?\|")
# a boxed digit has an opening mark before it and a closing one after it, a space at most between: all ASCII, so side by
# side in the text's ASCII bytes with their spaces dropped, where each digit reads "0", each opening mark "[", each closing
# mark "]" (a bar opens and closes). (A text the code page lacks a character of may hold a digit of another script, which
# ``\d`` finds: its runs are all tried.)
_BOX_SHAPES = bytes.maketrans(b"0123456789({<)}>", b"0000000000[[[]]]")
_BOXED_DIGIT = (b"[0]", b"[0|", b"|0]", b"|0|")


def _may_hold_boxes(text: str) -> bool:
    """Four single digits in boxes (from the shared digit runs: a note has few numbers), or a letter between bars,
    or brackets side by side: the cheap test before the box readers."""
    boxed = 0
    marks = ascii_bytes(text)
    shapes = marks.translate(_BOX_SHAPES, b" ")
    boxes = (_BOXED_DIGIT[0] in shapes or _BOXED_DIGIT[1] in shapes or _BOXED_DIGIT[2] in shapes
             or _BOXED_DIGIT[3] in shapes or code_page_bytes(text) is None)
    for run in digit_runs(text) if boxes else ():  # (the loop cost ~1.5 us a note; few notes have a boxed digit)
        start, end = run.span()
        if end - start == 1 and start and (text[start - 1] in _BOX_OPEN or text[start - 2 : start] in ("| ", "[ ", "( ")) and (
            text[end : end + 1] in _BOX_CLOSE or text[end : end + 2] in (" |", " ]", " )")
        ):
            boxed += 1
            if boxed >= 4:
                return True
    # ("][" first in the text's shared ASCII bytes, which hold it if the text does: ~0.1 us to the text's ~2)
    return ("|" in text and _BAR_LETTER.search(text) is not None) or (b"][" in marks and "][" in text)

# labels: words (or their letters spaced out) before the run name the number's type
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("RU_SNILS", r"снилс|страхов\w*\s+номер|илс"),
        ("RU_INN", r"инн"),
        ("RU_OMS_POLICY", r"полис|омс|енп"),
        ("RU_PASSPORT", r"паспорт|пасп\.|документ\w*,?\s+удостовер"),
        ("PHONE_NUMBER", r"тел\.?|телефон|моб\.?"),
        ("DATE_TIME", r"дата|д\.\s?р\.?|рожд\w*|выдан\w*|поступ\w*|выписк\w*"),
        ("MEDICAL_RECORD_NUMBER", r"карт\w*|истори\w*|№|номер|код\s+пациент\w*|элн|листк\w*|направлени\w*"),
        # (comb forms box the letters of a name and an address too: "Фамилия |С|О|М|О|В|А| | |")
        ("PERSON", r"фамили\w*|имя|отчеств\w*|ф\.?\s?и\.?\s?о\.?"),
        ("LOCATION", r"адрес\w*|город\w*|улиц\w*|населенн\w*|населённ\w*|район\w*|област\w*"),
    )
)
_LABEL_WINDOW = 48
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:[А-ЯЁA-Z][ \t]){2,}[А-ЯЁA-Z](?!\w)")
_DATE = re.compile(r"(0[1-9]|[12]\d|3[01])[./\-](0[1-9]|1[0-2])[./\-](?:19|20)?\d\d")


def _label(text: str, start: int) -> str | None:
    """The type the words before ``start`` on its line name (the nearest label wins); a run that opens its line
    takes the line above as its label (comb forms print the caption over the boxes)."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - _LABEL_WINDOW) : start]
    if line_start and not any(ch.isalpha() for ch in window):
        window = text[max(text.rfind("\n", 0, line_start - 1) + 1, line_start - 1 - _LABEL_WINDOW) : line_start - 1]
    window = _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", "").replace("\t", ""), window)
    best: tuple[int, str] | None = None
    for kind, pattern in _LABELS:
        for m in pattern.finditer(window):
            if m.start() and window[m.start() - 1].isalpha():
                continue  # inside a word ("лИНН...")
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    return best[1] if best is not None else None


def _shape_type(value: str) -> str | None:
    """A type the collapsed characters prove by themselves: a calendar date, a checked SNILS or INN."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if _DATE.fullmatch(value.strip()):
        return "DATE_TIME"
    if len(digits) == 11 and snils_valid(digits):
        return "RU_SNILS"
    if len(digits) == 12 and inn_valid(digits):
        return "RU_INN"
    return None


def _fits(kind: str, value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    if kind == "RU_SNILS":
        return digits == 11 and not letters
    if kind == "RU_INN":
        return digits in (10, 12) and not letters
    if kind == "RU_OMS_POLICY":
        return 9 <= digits <= 16 and not letters
    if kind == "RU_PASSPORT":
        return digits in (4, 6, 10) and not letters
    if kind == "PHONE_NUMBER":
        return 5 <= digits <= 15 and not letters
    if kind == "DATE_TIME":
        return 4 <= digits <= 8 and not letters
    if kind == "PERSON":
        return letters >= 2 and not digits
    if kind == "LOCATION":
        return letters >= 3
    return digits >= 3


def boxed_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, characters) of the runs of boxed characters in ``text``: the span runs from the first
    box's character to the last one's."""
    runs = []
    for pattern in (_BAR_RUN, _BRACKET_RUN):
        for m in pattern.finditer(text):
            boxes = list((_BAR_BOX if pattern is _BAR_RUN else _BOX).finditer(text, m.start(), m.end()))
            while boxes and boxes[-1].group(1) == " ":
                boxes.pop()  # (the empty boxes after a short value)
            while boxes and boxes[0].group(1) == " ":
                boxes.pop(0)
            digits = sum(b.group(1).isdigit() for b in boxes)
            if len(boxes) < 4 or (digits < 4 and sum(b.group(1).isalpha() for b in boxes) < 4):
                continue
            first, last = boxes[0].start(1), boxes[-1].end(1)
            collapsed = "".join(b.group(1) for b in boxes) if pattern is _BAR_RUN else re.sub(r"[\[\](){}<>|]", "", text[first:last])
            if _numbering(collapsed):
                continue
            runs.append((first, last, collapsed))
    return runs


def _numbering(value: str) -> bool:
    """Digits counting up one by one ("|1|2|3|4|5|", "[0][1][2][3]"): the numbers of a table's columns or a
    scale's points, no one's number."""
    return value.isdigit() and all(int(b) - int(a) == 1 for a, b in pairwise(value))


_FOUND: list[object] = ["", []]


def boxed_fields(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the typed runs of boxed characters in ``text`` (computed once per text)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found: list[tuple[str, int, int]] = []
    if _may_hold_boxes(text):
        for start, end, value in boxed_runs(text):
            kind = _label(text, start - 1)
            if kind is None or not _fits(kind, value):
                kind = _shape_type(value)  # (letters are typed by a label only: "|Д|А|" "|Н|Е|Т|" name no one)
            if kind is not None and _fits(kind, value):
                found.append((kind, start, end))
    _FOUND[0], _FOUND[1] = text, found
    return found
