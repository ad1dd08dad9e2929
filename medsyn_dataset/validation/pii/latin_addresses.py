"""LOCATION written in Latin script, or in a script neither Latin nor Cyrillic, for :mod:`.latin`'s recognizers.

An address in Latin script follows its cue ("Address:", "Place of residence:", "Адрес (латиницей):"): the address is
the rest of the field, up to a line break, a ";", the next English field label, or the point where Cyrillic text
resumes (a Latin value inside a Russian note ends where the Russian goes on). A foreign patient's address copied from
their papers in its own script follows the same cues; a German postal address needs none; in running English a place
follows a verb of living or birth. Apart from :mod:`.latin` (names and passports) because addresses are read by their
cue and the field after it, names by the shape of a run of capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import matches_at_anchors
from medsyn_dataset.validation.pii.normalize import ascii_bytes

_I = re.IGNORECASE

_ADDRESS_CUE = re.compile(
    r"(?<![\w])(?:(?:home|postal|residential|registered|permanent|mailing)[ \t]+)?address(?:[ \t]+of[ \t]+residence)?"
    r"|(?<![\w])(?:addr\.|residence|place[ \t]+of[ \t]+(?:residence|birth)|city|town|village|settlement|region|street"
    r"|adresse|anschrift|wohnort|geburtsort|wohnhaft"
    # Russian labels of any length before their colon: "Адрес проживания до переезда:", "Место регистрации
    # матери:", "Проживает:", "Регистрация:" (an address abroad keeps its own script after them)
    # (and a repatriation's "Место захоронения:", the burial place abroad)
    r"|адрес\w*(?:[ \t]+[а-яё]+){0,5}|мест[оау][ \t]+(?:[а-яё]+[ \t]+)?(?:жительства|проживания|регистрации|пребывания|рождения"
    r"|захоронения)"
    r"(?:[ \t]+[а-яё]+){0,2}|прожива\w*|зарегистрирован\w*|прописк\w*|регистрация|жив[её]т)"
    r"(?:[ \t]*\([^)\n]{0,40}\))?"
    # (or a space alone before an address that opens with a country's or a town's name and a comma, as a form's
    # cell runs its label into its value: "Адрес Deutschland, 10115 Berlin, ...")
    r"(?=[ \t]*[:\-–—]|[ \t]+[A-ZÄÖÜ][a-zäöüß]+,)",
    _I,
)
_ADDRESS_ANCHORS = ("home", "postal", "residential", "registered", "permanent", "mailing", "address", "addr.", "residence",
                    "place", "city", "town", "village", "settlement", "region", "street", "adresse", "anschrift", "wohnort",
                    "geburtsort", "wohnhaft", "адрес", "место", "места", "месту", "прожива", "зарегистрирован", "прописк",
                    "регистрация", "живет", "живёт")
# a place starts with a capital, a number or a lower-case keyword of a transliterated address ("ul. Mira")
_ADDRESS_VALUE = re.compile(r"(?:[ \t]*[:\-–—][ \t]*|[ \t]+(?=[A-ZÄÖÜ][a-zäöüß]+,))"
                            r"(?=[A-ZÄÖÜ0-9]|(?:ul|g|pr|per|pl|d|mkr|pos|s|obl|prosp|nab|sh)\.)")
# where a Latin field ends: a line break, ";", Cyrillic text, the next English label
_FIELD_END = re.compile(
    r"[\n;]|[А-Яа-яЁё]|(?<![\w])(?:passport|phone|tel|mobile|e-?mail|dob|date|contact)(?![a-z])",
    _I,
)
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


# An address written in its own country's script after a Russian or English address cue ("Место жительства: 中国
# 黑龙江省 哈尔滨市 ...", "Адрес: 서울특별시 강남구 ...", "Home address: تهران، خیابان ..."): a foreign patient's address
# copied from their papers. The cue takes the whole field whatever its script: from the first letter of a script
# that is neither Latin nor Cyrillic (Hebrew, Arabic, Armenian, Georgian, Thai, Hangul, kana, CJK) to the field's end.
_FOREIGN_SCRIPT = "\u0530-\u058f\u0590-\u08ff\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_FOREIGN_VALUE = re.compile(rf"[ \t]*[:\-–—][ \t]*(?=[{_FOREIGN_SCRIPT}])")
_FOREIGN_FIELD_END = re.compile(r"[\n;]|[А-Яа-яЁё]")


def foreign_script_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of address fields in a script neither Latin nor Cyrillic after an address cue (found by the cue
    index: a note without an address cue costs one look-up)."""
    for start, end in _cued_fields(text, _FOREIGN_VALUE, _FOREIGN_FIELD_END):
        if end - start >= 2:
            yield start, end


def _cued_fields(text: str, value_start: re.Pattern[str], field_end: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of the field after each address cue whose value ``value_start`` lets begin: up to ``field_end``
    or 160 characters, without the separators it ends with (maybe empty)."""
    for cue in matches_at_anchors(_ADDRESS_CUE, _ADDRESS_ANCHORS, text):
        value = value_start.match(text, cue.end())
        if value is None:
            continue
        start = value.end()
        stop = field_end.search(text, start, min(len(text), start + 160))
        end = stop.start() if stop else min(len(text), start + 160)
        while end > start and text[end - 1] in " \t,.:-–—(":
            end -= 1
        yield start, end


def latin_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of Latin-script address fields after an address cue."""
    for start, end in _cued_fields(text, _ADDRESS_VALUE, _FIELD_END):
        if end - start >= 4 and _LATIN_WORD.search(text, start, end) and "@" not in text[start:end] and "://" not in text[start:end]:
            yield start, end  # (not an e-mail or a web address: "Эл. адрес МО: info@gkb.ru")
    yield from _prose_places(text)
    yield from postal_addresses(text)


# A German, Austrian or Swiss postal address (DIN 5008 and its neighbours' conventions): street and house
# number, a comma, the postcode (five digits in Germany, four in Austria and Switzerland, an optional
# "D-"/"A-"/"CH-") and the town ("Lindenweg 12, 10115 Berlin", "Am Markt 4a, 04109 Leipzig",
# "Hauptstr. 5/2, A-1010 Wien"). A letter from a clinic abroad writes it after "wohnhaft" or the name,
# with no colon a cue reader needs. The street is a word ending as German streets do (-straße, -str.,
# -weg, -platz, -allee, -gasse, -ring, -damm, ...) or a preposition's street ("Am Markt", "An der Alster",
# "Im Winkel"), so a name before it is never taken in; the house number and the postcode after the comma
# are the evidence (a dose or a lab value is never "word number, number Word")
_DE_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*"
_DE_STREET_END = (r"(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|wall"
                  r"|kamp|stieg|berg|hof|feld|gürtel|kai|zeile|promenade)")
_DE_STREET = (rf"(?:(?:Am|An|Im|In|Auf|Zum|Zur|Unter|Hinter|Vor|Alte[rn]?|Neue[rn]?|Gro(?:ß|ss)e[rn]?)"
              rf"(?:[ \t]+(?:der|dem|den|die|das))?[ \t]+{_DE_WORD}"
              rf"|(?:[A-ZÄÖÜ][a-zäöüß]+er[ \t-])?[A-ZÄÖÜ][a-zäöüß\-]*{_DE_STREET_END}|{_DE_WORD}[ \t]+(?:Stra(?:ß|ss)e|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm))")
_POSTAL = re.compile(
    rf"(?<![\w.])(?:{_DE_STREET})[ \t]*\d{{1,4}}[ \t]?[a-z]?(?:[/-]\d{{1,4}})?,[ \t]*(?:(?:D|A|CH)-)?\d{{4,5}}[ \t]+"
    rf"{_DE_WORD}(?:[ \t]+(?:am|an[ \t]+der|a\.[ \t]?d\.|i\.[ \t]?)[ \t]*{_DE_WORD}|[ \t]+\({_DE_WORD}\))?"
)
_POSTAL_GATE = re.compile(rb"\d[a-z]?,[ \t]*(?:[ACDH]+-)?\d{4,5}[ \t]+[A-Z]")


def postal_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of German-style postal addresses (street house, postcode town), with or without a cue."""
    if _POSTAL_GATE.search(ascii_bytes(text)) is None:
        return
    for found in _POSTAL.finditer(text):
        yield found.span()


# in running English a place follows a verb of living or birth; it is a run of capitalised words and
# numbers with the words of an address between them ("lives at 5 Mira st., Omsk", "born in Kirov, Russia")
_PROSE_CUE = re.compile(
    r"(?<![\w])(?:(?:born|lives|lived|living|resides|resided|residing|resident|registered)[ \t]+(?:in|at|of)"
    r"|(?:geboren|wohnhaft)[ \t]+in)[ \t]+", _I)
_PROSE_ANCHORS = ("born", "live", "living", "resid", "registered", "geboren", "wohnhaft")
_PLACE_TOKEN = r"(?:[A-Z0-9][\w'\-]*|(?:st|str|ave|apt|ul|d|kv|obl|reg|bldg)\.|region|oblast|krai|district|street|avenue)"
_PROSE_VALUE = re.compile(rf"{_PLACE_TOKEN}(?:(?:,[ \t]*|[ \t]+){_PLACE_TOKEN})*")


_YEAR_FIRST = re.compile(r"\d+(?![\d \t])|(?:1[89]|20)\d\d\b")


def _prose_places(text: str) -> Iterator[tuple[int, int]]:
    for cue in matches_at_anchors(_PROSE_CUE, _PROSE_ANCHORS, text):
        value = _PROSE_VALUE.match(text, cue.end())
        # a word of three letters at least; a number first only as a house ("5 Mira st."), not a year ("1961, Omsk")
        if value is not None and _LATIN_WORD.search(value.group()) and not _YEAR_FIRST.match(value.group()):
            end = value.end()
            while text[end - 1] in ".,":
                end -= 1
            yield value.start(), end
