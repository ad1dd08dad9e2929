"""Checksummed identifiers (SNILS, a person's INN), passports, policies and phones whose digits OCR or a hurried
typist wrote as look-alike letters.

A scanned form, a handwritten card typed up, or a phone photo run through OCR gives back "СНИЛС 5Oб 811 477 76",
"7В9-5б0-187-74", "1456833SS87", "ИНН 77О1l2345678": В or B for 8, S for 5, О or O for 0, l or I for 1, З for 3,
б for 6 (the same letters as :mod:`.ocr_dates`). The letters alone prove nothing (words hold them next to
digits: "В12", "S1"), but a SNILS's or an INN's check digits do: once the letters are read as digits the number
must validate (a random string passes one time in ~100). So any grouping the ordinary rules accept (spaces,
dashes, stops, slashes) is read, with at least seven real digits, at most four letters, and every letter glued to
a digit or another letter of the number (a lone "В" before "2019 ..." is a preposition, not a digit).

A passport has no check digits, so its look-alikes are read only after its own words: "серия б1 17 № 49BB34", "ПАСПОРТ 45О7 б11820"
(a series of four characters and a number of six, each with real digits in the majority) gives two spans, the
series and the number, as a passport written in two fields does. A policy's ЕНП and a phone, with no check digits
either, are read only right after their own labels (:data:`_CUED`).

Tried only where a run of digits has a look-alike letter right next to it (the runs are found once per text,
:func:`.base.digit_runs`): a note without one pays one look at a few characters per number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    digit_runs,
    lowered,
    word_starts,
)
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.entities import ID_PAPER_TYPES
from medsyn_dataset.validation.pii.id_fields import ID_CUE_SCORE
from medsyn_dataset.validation.pii.ocr_dates import DIGIT_OF_LOOKALIKE as _DIGIT_OF
from medsyn_dataset.validation.pii.ocr_dates import LOOKALIKE_LETTERS as _LOOKALIKE
from medsyn_dataset.validation.pii.ocr_dates import LOOKALIKES
from medsyn_dataset.validation.pii.policy_words import POLICY_ANCHORS, POLICY_WORDS

_CHARACTER = rf"[\d{_LOOKALIKE}]"
# the separators the SNILS and INN rules accept between groups (:data:`.id_fields.SNILS_SEPARATOR`, without a box)
_SEPARATOR = r"(?:[ \t]{1,2}|[ \t]?[.\-–—/][ \t]?)"
_NUMBER = {
    n: re.compile(rf"(?<![\w\-.,/]){_CHARACTER}(?:{_SEPARATOR}?{_CHARACTER}){{{n - 1}}}(?!\w)(?![ \t.\-/]?\d)")
    for n in (11, 12)
}
_BACK = 16  # how far before a run of digits the number may start ("7В9-5б0-187-74": the run "187" is 8 characters in)
MIN_DIGITS, MAX_LETTERS = 7, 4
# a checksummed number read from letters ranks above a bare valid SNILS (0.65) and below a cued one (0.9)
SCORE = 0.8

_PASSPORT = re.compile(
    rf"(?i:серия)[ \t]*:?[ \t]*(?P<series>{_CHARACTER}{{2}}[ \t]?{_CHARACTER}{{2}})[ \t]*,?[ \t]*"
    rf"(?:№|N|(?i:номер))[ \t]*:?[ \t]*(?P<number>{_CHARACTER}{{6}})(?![\w])"
    # (or right after the passport's own word, which names the two parts without "серия ... №": "ПАСПОРТ 45О7 б11820")
    # (its abbreviation and a word of the field's name between too, as the passport rules read them: "Пасп. 6O 06 194314",
    # "Паспортные данные 98 O7 936071")
    # (and the document's full name, "паспорт гражданина РФ", "паспорт гражданина Российской Федерации", "паспорт гр. РФ")
    rf"|(?<![\w])(?i:паспорт\w*|пасп\.)(?:[ \t]+(?i:данные|рф|гражданина|гр\.|российской|федерации)){{0,3}}[ \t]*:?[ \t]*(?P<series2>{_CHARACTER}{{2}}[ \t]?{_CHARACTER}{{2}})[ \t]*(?:№[ \t]*)?"
    rf"(?P<number2>{_CHARACTER}{{6}})(?![\w])"
)
_PASSPORT_WORDS = ("сери", "пасп")

# A policy's ЕНП and a phone have no check digits either: read only right after their own label (a policy's
# "Полис", "ОМС", "ЕНП"; a phone's "Тел.", "Телефон", "Моб."), a few characters of filler between ("Номер
# полиса (со слов): ..."), and only where the reading has the type's digits: sixteen for a ЕНП; eleven for a
# Russian phone, opening with 8 or 7 (a "+" before it too) as a Russian number does.
_FILLER = r"[^\d\n]{0,24}?"
_CUED: tuple[tuple[str, re.Pattern[str], tuple[str, ...], int], ...] = (
    ("RU_OMS_POLICY", re.compile(rf"(?i:{POLICY_WORDS}){_FILLER}(?<![\w])(?P<value>{_CHARACTER}(?:[ \t\-]?{_CHARACTER}){{15}})(?![\w])"),
     POLICY_ANCHORS, 16),
    # (a phone's labels include the abbreviation "тлф" and "факс"/"fax", as in :mod:`.phone_fields`)
    ("PHONE_NUMBER", re.compile(rf"(?i:тел\w*|моб\w*|тлф|факс|fax){_FILLER}(?<![\w])(?P<value>\+?[78{_LOOKALIKE}](?:[ \t\-()]{{0,2}}{_CHARACTER}){{10}})(?![\w])"),
     ("тел", "моб", "тлф", "факс", "fax"), 11),
)


def _stands_for_digit(text: str, at: int) -> bool:
    """``text[at]`` is a look-alike letter inside a run of digits and look-alikes, no other letter touching it
    (the "б" of "8 баллов", the "В" of "Вес" are words' letters)."""
    if at < 0 or at >= len(text) or text[at] not in LOOKALIKES:
        return False
    return all(not ch.isalpha() or ch in LOOKALIKES for ch in (text[at - 1 : at], text[at + 1 : at + 2]) if ch)


def _near_lookalike(text: str) -> list[tuple[int, int]]:
    """The digit runs with a look-alike standing for a digit right before or after them, or one separator away
    (a group of letters after a dash: "177-798-OBS-52")."""
    found = []
    for run in digit_runs(text):
        start, end = run.span()
        # (a look-alike at one of the four places first, in one slice of them and the run's digits, none of which is
        # one: most runs have none, and then none of the four stands for a digit; :func:`_stands_for_digit` is asked
        # of the places of the few others, ~5 us a note saved)
        if LOOKALIKES.isdisjoint(text[max(0, start - 2) : end + 2]):
            continue
        if any(_stands_for_digit(text, at) for at in (start - 1, start - 2, end, end + 1)):
            found.append((start, end))
    return found


def _letters_glued(value: str) -> bool:
    """Every look-alike letter stands next to a digit or another look-alike (no separator between)."""
    for i, ch in enumerate(value):
        if ch in LOOKALIKES:
            left = value[i - 1] if i else ""
            right = value[i + 1] if i + 1 < len(value) else ""
            if not ((left and (left.isdigit() or left in LOOKALIKES)) or (right and (right.isdigit() or right in LOOKALIKES))):
                return False
    return True


def _read(value: str, low: int = MIN_DIGITS) -> str | None:
    """The digits of ``value`` with its look-alikes read as digits, or None where it holds no letter, too many,
    too few real digits, or a letter standing alone."""
    letters = sum(ch in LOOKALIKES for ch in value)
    if not 1 <= letters <= MAX_LETTERS or sum(ch.isdigit() for ch in value) < low or not _letters_glued(value):
        return None
    return "".join(ch for ch in value.translate(_DIGIT_OF) if ch.isdigit())


def ocr_checksummed(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of SNILS and INN numbers spelt with look-alike letters (see the module's docstring)."""
    runs = _near_lookalike(text)
    if not runs:
        return []
    found: list[tuple[str, int, int]] = []
    last = 0
    for start, end in runs:
        if end <= last:
            continue
        for kind, n, valid in (("RU_SNILS", 11, snils_valid), ("RU_INN", 12, inn_valid)):
            for begin in range(max(last, start - _BACK), start + 1):
                match = _NUMBER[n].match(text, begin)
                if match is None or match.end() <= start:
                    continue
                digits = _read(match.group())
                if digits is not None and valid(digits):
                    found.append((kind, *match.span()))
                    last = match.end()
                    break
            if last >= end:
                break
    return found


def ocr_passports(text: str) -> list[tuple[int, int]]:
    """Spans of a passport's series and number after "серия ... №" where look-alike letters stand for digits."""
    lower = lowered(text)
    if not lower or not word_starts(lower, _PASSPORT_WORDS) or not _near_lookalike(text):
        return []
    spans: list[tuple[int, int]] = []
    for match in _PASSPORT.finditer(text):
        part = "" if match.group("series") is not None else "2"
        series, number = match.group("series" + part), match.group("number" + part)
        if not any(ch in LOOKALIKES for ch in series + number):
            continue  # (a passport in digits is the ordinary rules')
        if sum(ch.isdigit() for ch in series + number) < 5 or not all(any(ch.isdigit() for ch in part) for part in (series, number)):
            continue  # real digits in half the characters at least, and in each part
        read = (series + number).translate(_DIGIT_OF).replace(" ", "").replace("\t", "")
        if read[:2] == "00" or read[4:] == "000000":
            continue
        spans += [match.span("series" + part), match.span("number" + part)]
    return spans


def ocr_cued(text: str, kind: str) -> list[tuple[int, int]]:
    """Spans of a policy's or a phone's value with look-alike letters right after its label (see :data:`_CUED`)."""
    lower = lowered(text)
    if not lower:
        return []
    spans: list[tuple[int, int]] = []
    for typed, pattern, words, count in _CUED:
        if typed != kind or not word_starts(lower, words) or not _near_lookalike(text):
            continue
        for match in pattern.finditer(text):
            value = match.group("value")
            if kind == "PHONE_NUMBER" and value[0] in LOOKALIKES and value[1:2] == "(":
                # the trunk prefix before a bracketed area code ("В(975)576-95-56", "B(985)7189180"): its place alone
                # says it is the "8" (the pattern puts it first, ten characters after it), no digit need touch it
                rest = _read(value[1:], low=count - 5) if any(ch in LOOKALIKES for ch in value[1:]) else value[1:]
                digits = None if rest is None else "8" + "".join(ch for ch in rest if ch.isdigit())
            else:
                digits = _read(value, low=count - 4)
            if digits is not None and len(digits) == count and (kind != "PHONE_NUMBER" or digits[0] in "78"):
                spans.append(match.span("value"))
    return spans


_FOUND: list[object] = ["", []]


def ocr_values(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every value this module reads in ``text`` (computed once per text for its recognizers)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found: list[tuple[str, int, int]] = []
    if _near_lookalike(text):
        found = [*ocr_checksummed(text), *(("RU_PASSPORT", *span) for span in ocr_passports(text))]
        found += [(kind, *span) for kind in ("RU_OMS_POLICY", "PHONE_NUMBER") for span in ocr_cued(text, kind)]
    _FOUND[0], _FOUND[1] = text, found
    return found


class OcrNumberRecognizer(CandidateRecognizer):
    """Identifiers of one type spelt with OCR look-alike letters (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"Ocr{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not ocr_values(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end in ocr_values(text):
            if kind == self.entity:  # (a checksum or a label decides: scored as such)
                checked = kind in ("RU_SNILS", "RU_INN") and not _own_label_before(text, kind, start)
                yield Candidate(kind, start, end, SCORE if checked else ID_CUE_SCORE, self.name)


# a checksummed number after its own label on its line ("СНИЛС пациента: 304-370-69В 51") is cued as the label's digits
# are (:data:`.id_fields.ID_CUE_SCORE`): above a record number read from the label's generic words ("пациента:")
_OWN_LABEL = {"RU_SNILS": re.compile(r"(?i:снилс|страхов\w*[ \t]+номер|илс)"), "RU_INN": re.compile(r"(?i:инн)(?!\w)")}
_LABEL_REACH = 40


def _own_label_before(text: str, kind: str, start: int) -> bool:
    begin = max(0, start - _LABEL_REACH, text.rfind("\n", 0, start) + 1)
    return _OWN_LABEL[kind].search(text, begin, start) is not None


def ocr_number_recognizers() -> list[OcrNumberRecognizer]:
    return [OcrNumberRecognizer(kind) for kind in (*ID_PAPER_TYPES, "PHONE_NUMBER")]
