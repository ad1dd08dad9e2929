"""Foreign phone numbers written without "+": the country code typed bare, or a country's own trunk "0".

A migrant's or a tourist's contacts abroad are copied as the person dictates them or as a messenger shows them: the
country code with no "+" ("998 97 123 45 67", "992 (90) 066-46-44", "1-248-632-8721") or the number as dialled inside
that country, behind its trunk prefix "0" ("0555 12-34-56" in Kyrgyzstan, "0772 59-54-05"). The Russian matcher
(:mod:`.phones`, region RU) reads neither: a bare code is no Russian number, and no Russian number starts with "0".
``phonenumbers`` knows every country's plan, so it decides, not a list of countries kept here:

* a bare code: the digits read with a "+" before them are a valid number of a country other than Russia;
* a trunk "0": the number is valid in some region whose national prefix is "0" (the regions are read from the
  library's own metadata, once).

Either needs a phone's context, as a digit run alone could be any identifier: a phone word before it on its line
("тел.", "Telefon", "WhatsApp", "контакт", "номер для связи") or another phone just before it in a list ("+374 91 785848,
0555 95-24-54"). Runs are taken at the shared digit-run starts (:func:`.base.digit_runs`); a note with no run of nine
digits and more pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    digit_runs,
    finditer_at_digit_runs,
)
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts

#: a valid number's score (:mod:`.phones`), below a cued identifier's (0.9 and above)
SCORE = 0.85

# a number's digits with a phone's separators (a space, a dash, brackets round a code), nine to thirteen digits
_NUMBER = re.compile(r"(?<![\w+\-./:,])(?P<raw>\d(?:[ \t]?[\-(]?[ \t]?\)?[ \t]?\d){8,13})(?![\w\-/]|[.,:]\d)")
# a phone word labelling the number on its line: the word, at most 30 characters of its label, a colon or a dash right
# before the number ("Контакт матери на родине: ...", "Telefon: ...", "WhatsApp пациента: ...", "Номер для связи
# (иностранный): ..."); a phone word in prose far before a number ("без связи с ... ЭМК 6255 1194 0227") labels nothing
_CUE = re.compile(r"(?<![\w])(?i:тел\w*|telefon\w*|phone|tel\.|whats\s?app|telegram|viber|моб\w*|контакт\w*|связ\w*)"
                  r"[^\n\d:]{0,30}[:\-–—][ \t]*$")
# another phone right before it in a list, written with its "+": its last digits, then a comma or a semicolon (quoted
# in an export's array); a date or another identifier before a comma is no phone ("...;14.10.1988;151-682-995 89")
_LISTED = re.compile(r"\+[ \t]?\d[\d \t\-()]{6,}\d[\"']?[ \t]*[,;][ \t]*[\"']?$")
# the words of the cues above, looked up in the shared cue index (not "тел" or "связ" alone, whose words "тело", "в связи
# с" stand in a quarter of clean notes)
_CUE_WORDS = ("телефон", "тел.", "тел:", "моб", "whatsapp", "whats", "telegram", "viber", "telefon", "phone", "tel.", "контакт",
              "для связи", "contact")
# an export's array of phones ("phones": ["8 911 001 35 54", "0555 09-25-50"])
_PHONE_ARRAY = re.compile(r"(?i:phones?|тел\w*|телефон\w*|contacts?)[\"']?[ \t]*:[ \t]*\[[^\]\n]*$")
# a list of contacts under a header that names them ("Контакты родственников:\nземляк — WANG, LEI: 1-487-389-1437"): the
# header on a line above, in the same block (no blank line between), and the number a list item's value, after a colon
# or a dash
_HEADER = re.compile(r"(?i:контакт\w*|телефон\w*|phones?|тел\.)[^\n:]*:[ \t]*\n")  # (a title: nothing after its colon)
_ITEM_VALUE = re.compile(r"[:\-–—][ \t]*$")
# a contact list's item that opens with a relative ("дочь — 1-416-555-0142", "сестра — Каримова Д.: 998935550177",
# "брат — 0 (532) 418 2750; 0700 31-42-77"): whose number it is, named at the line's start; its value after a colon, a
# dash or a semicolon
_RELATIVE_ITEM = re.compile(
    r"^[ \t\-•*]*(?i:дочь|дочери|сын|брат|сестра|мать|мама|отец|жена|муж|внук|внучка|супруг\w*|опекун\w*|земляк\w*"
    r"|соседк?а?)(?![\w])[^\n]{0,80}?(?:[:\-–—]|\d[ \t]*;)[ \t]*$")
_RELATIVE_WORDS = ("дочь", "дочери", "сын", "брат", "сестра", "мать", "мама", "отец", "жена", "муж", "внук", "внучка",
                   "супруг", "опекун", "земляк", "сосед")


@lru_cache(maxsize=1)
def _library() -> tuple[Any, tuple[str, ...]]:
    """``phonenumbers`` and the regions whose trunk (national) prefix is "0", from its metadata."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    regions = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = PhoneMetadata.metadata_for_region(region)
        if metadata is not None and metadata.national_prefix == "0":
            regions.append(region)
    return phonenumbers, tuple(regions)


# The North American Numbering Plan's written form "1-NPA-NXX-XXXX" (NANPA: the area code NPA and the exchange code NXX
# open with 2-9): a number in that form is a NANP number by its layout, whether or not its area code is in service yet
# (the library knows only the codes assigned; a relative's number typed from memory, "1-487-389-1437", has one too)
_NANP = re.compile(r"1[ \-]\(?[2-9]\d\d\)?[ \-][2-9]\d\d-\d{4}")


@lru_cache(maxsize=4096)
def foreign_valid(raw: str) -> bool:
    """Whether ``raw`` (digits and separators, no "+") is a foreign country's valid number by either reading above,
    or a NANP number by its written form (:data:`_NANP`)."""
    if _NANP.fullmatch(raw):
        return True
    pn, trunk_zero_regions = _library()
    digits = "".join(ch for ch in raw if ch.isdigit())
    try:
        if digits[0] == "0":
            return any(pn.is_valid_number(pn.parse(digits, region)) for region in trunk_zero_regions)
        if digits[0] in "78":
            return False  # (Russia's own "+7" and trunk "8": the Russian matcher's)
        number = pn.parse("+" + digits, None)
    except pn.NumberParseException:
        return False
    return bool(pn.is_valid_number(number))


def foreign_phones(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of foreign numbers without "+" in a phone's context (see the module)."""
    # (a label's phone word, an export's "phones", a contacts header, or a "+" of a listed phone: a note with none of
    # them, most notes, is not scanned)
    lower = lowered(text)
    if not lower or not digit_runs(text) or ("+" not in text and not word_starts(lower, _CUE_WORDS)
                                             and not word_starts(lower, _RELATIVE_WORDS)):
        return
    for match in finditer_at_digit_runs(_NUMBER, text):
        start, end = match.span("raw")
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 80) : start]
        if not (_CUE.search(before) or _LISTED.search(before) or _PHONE_ARRAY.search(text, max(line_start, start - 120), start)
                or _under_header(text, start, line_start) or _RELATIVE_ITEM.search(text[line_start:start])):
            continue
        if foreign_valid(match.group("raw")):
            yield start, end


def _under_header(text: str, start: int, line_start: int) -> bool:
    """The number is a list item's value under a contacts header (see :data:`_HEADER`)."""
    if not _ITEM_VALUE.search(text, max(line_start, start - 8), start):
        return False
    block = max(text.rfind("\n\n", 0, line_start), line_start - 300, 0)
    return _HEADER.search(text, block, line_start) is not None


class ForeignPhoneRecognizer(CandidateRecognizer):
    """PHONE_NUMBER: foreign numbers without "+" (see the module)."""

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", "ForeignPhoneRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in foreign_phones(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
