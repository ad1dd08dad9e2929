"""Cue fields of identifiers: after "СНИЛС", "ИНН", "паспорт", "полис ОМС" the number that
follows is that identifier, whatever its grouping and separators, even without a valid checksum.

A record names what it writes down. "ИНН физ. лица: 4383 5985 7048", "Паспорт: 7810/418764",
"Полис ОМС серия 7378 № 2415091", "МК № 97/883", "ИБ: 5263/16" are identifiers because of the word
before them, not because of a memorised layout: the value is taken as digits with any single
separators (spaces, dashes, a slash between series and number, "№"), and only its digit count is
checked against the type (11 for SNILS, 10 or 12 for INN, 10 for a passport, 6-16 for a policy).
A checksum (SNILS, INN) stays the gate only where no cue is present (:mod:`.recognizers`).

Between the cue and the value there may be a few lower-case words ("ИНН физ. лица", "СНИЛС
пациента", "Полис ОМС единого образца") and the usual field punctuation (":", "—", "№", "серия").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.base import Rule, lowered, word_starts
from medsyn_dataset.validation.pii.context import Context, CueLineContext
from medsyn_dataset.validation.pii.document_typing import InnContext, PassportContext
from medsyn_dataset.validation.pii.paper_nouns import NOT_PERSONS_PASSPORT
from medsyn_dataset.validation.pii.passport_parts import SERIES_DIGITS
from medsyn_dataset.validation.pii.policy_words import POLICY_ANCHORS

#: a cued identifier beats a phone or a date read into the same digits (their cue score is 0.85)
ID_CUE_SCORE = 0.9

# up to three short lower-case words (or "РФ", "ОМС") between the cue and its value, never a digit
# (a word may be an abbreviation of two, "физ.л.", or a compound, "родителя-налогоплательщика")
_FILLER = r"(?:[ \t]+(?:[а-яё]{1,20}(?:[.\-][а-яё]{1,20}){0,2}\.?|РФ|ОМС|ДМС|ПФР)){0,3}?"
# "Страховой полис: серия ..." (a colon, then words); a note in brackets ("Паспорт (серия, номер):");
# a table's cell border ("| Паспорт | 7107-239953 |")
# (the note says what the number is for, and may be long: "ИНН (для справки о налоговом вычете)")
# (the words may stand before the note too: "Полис ОМС старого образца (серия, номер): ТТ № 637322", a form's label
# that names the document's kind, then what its field holds)
# (or a comma before the field's caption: "Полис ОМС старого образца, серия/номер: ..."; only before that caption:
# after a bare comma the next field of a list begins, "полис ОМС, ИНН 500100732259" is an INN, not a policy "ИНН ...")
_COMMA_BEFORE_CAPTION = r",(?=[ \t]*(?i:сери[яи]|номер|№))"
_LEAD = rf"(?:{_FILLER}[ \t]*(?:\([^()\n\d]{{1,60}}\)|{_COMMA_BEFORE_CAPTION}))?(?:[ \t]*(?:[:\-–—|]|{_COMMA_BEFORE_CAPTION}))?{_FILLER}"
# a form's leader ("СНИЛС........", "ИНН ____"), a colon or a dash; after a colon the value may stand on
# the next line (a label line, then its value)
# (one underscore too: a form's blank line typed over, a key's joiner, "СНИЛС_123-456-789_01_")
_LEADER = r"(?:\.{3,}|_+|…+)?[ \t]*"
# (a label on a line of its own, its value on the next: "СНИЛС\n123-456-789 01", a scanned form's layout)
# (a scan may double the colon: "Полис ОМС :: 7736...")
# (an old policy names its series and number: "Полис старого образца: серия и номер 7803 79145443", "полис серия 7701")
# a form's one caption for a series and a number: "серия и номер", "серия/номер", "серия, №", "серия-номер" (the tail after
# "серия"; :mod:`.document_numbers` reads the whole caption as a number's sign)
_AND_NUMBER = r"(?:[ \t]+и[ \t]+|[ \t]*[/,\-][ \t]*)(?:№|(?i:номер))"
SERIES_AND_NUMBER = rf"(?i:сери[яи]){_AND_NUMBER}"
_SEP = (rf"[ \t]*{_LEADER}(?:(?:[:\-–—=]|::)[ \t]*(?:\n[ \t]*)?|\n[ \t]*)?"
        # (or a form's joint caption for the two, "серия/номер:", "серия, №")
        rf"(?:(?:(?i:сери[яи])(?:{_AND_NUMBER})?|№|N|No\.?|номер)[ \t]*:?[ \t]*)?"
        # (a form's value framed in a bracket, as a typed copy of its cell: "СНИЛС\n[1 2 3 4 5 6 7 8 9 0 1]")
        r"(?:\[[ \t]*)?")
_END = r"(?![\d])(?![.,/\-]\d)"
# the owner's age written right after a value, as a note's next phrase ("... 9780 № 48900309 38 лет", "серия 75 22 58
# лет"): a group of one to three digits with the word of years is no group of the value (the value's spaced groups stop
# before it; the series' "no digit after it" lets it follow)
AGE_AFTER = r"\d{1,3}[ \t]*(?i:лет|года?)(?!\w)"
_SERIES_END = rf"(?!(?![ \t]{{1,3}}{AGE_AFTER})[ \t]?\d)"
# a unit or "г."/"года" right after the number makes it a measurement or a year ("карта 2019 г.")
_UNIT = re.compile(r"^[ \t]*(?:мг|мл|мм|ед|кг|г/л|ммоль|%|г\.|г|год\w*|лет)(?!\w)", re.IGNORECASE)
_AFTER_UNIT = Context(negative=_UNIT, negative_before=0, negative_after=8)
# (a passport's generic cues, "серия и номер", "документ", also label a prescription's or a certificate's number:
# the nearest document noun decides, :mod:`.document_typing`)
_PASSPORT_AFTER_UNIT = PassportContext(negative=_UNIT, negative_before=0, negative_after=8)
# (an organisation's ten-digit INN beside its КПП or its name is no patient's: :mod:`.document_typing`)
_INN_AFTER_UNIT = InnContext(negative=_UNIT, negative_before=0, negative_after=8)


def _count(*sizes: int) -> Callable[[str], bool]:
    return lambda digits: len(digits) in sizes


def _between(low: int, high: int) -> Callable[[str], bool]:
    return lambda digits: low <= len(digits) <= high


def _glued_series(value: str) -> bool:
    """Whether ``value`` (the letters glued to "ЕНП"/"ОМС", then six to ten digits) is an old policy's series and number:
    the abbreviation and the letters must not make a known word ("ОМСК", "ОМСКАЯ": a town, and capitals-only addresses
    and labels are common), as a policy's series never does ("ОМСЯА", "ЕНПАБ")."""
    letters = re.match(r"[А-ЯЁ]*", value)
    glued = letters.group().lower() if letters is not None else ""
    return 6 <= sum(ch.isdigit() for ch in value) <= 16 and not any(analyzer().word_is_known(head + glued)
                                                                     for head in ("омс", "енп"))


# a printed form's boxes, one digit each, as OCR gives them back: "7|7|0|1", "7 | 7 | 0 | 1", and a box
# holding the form's dash: "6|1|9|-|7|4|1"
BOX_SEPARATOR = r"[ \t]?\|[ \t]?(?:[\-–—][ \t]?\|[ \t]?)?"
#: what a record puts between the digits of one identifier: spaces (doubled too), a dash, a stop, a box border
DIGIT_SEPARATOR = rf"(?:[ \t]{{1,3}}|[ \t]?[.\-–][ \t]?|{BOX_SEPARATOR})"


#: between the groups of a SNILS also a slash ("123/456/789/01", a form's cells written in one line)
# (and the em dash a word processor makes of "--": "657—883—534—66")
# (and an underscore, a form's blank line the groups were typed over: "526-847-441_18")
SNILS_SEPARATOR = rf"(?:[ \t]{{1,3}}|[ \t]?[.\-–—/_][ \t]?|{BOX_SEPARATOR})"
# after a cue the value may be wrapped onto the next line ("СНИЛС 123-456-789\n01"), its group's dash left
# at the end of the first line as a word processor or a narrow form cell breaks it ("СНИЛС: 123-456-\n789 01")
_WRAPPED = r"|[ \t]*[\-–—]?[ \t]*\n[ \t]*"


def _digits(n: int, separator: str = DIGIT_SEPARATOR) -> str:
    """``n`` digits, any separator (:data:`DIGIT_SEPARATOR`) between any two of them: "995.869.344 20",
    "240-423-108  06", "1 2 3 ..."; the count is checked by the rule."""
    return rf"\d(?:(?:{separator})?\d){{{n - 1}}}"


def _cued(name: str, cue: str, value: str, validate: Callable[[str], bool], anchor: tuple[str, ...], end: str = _END,
          anchor_case: bool = False, context: Context = _AFTER_UNIT) -> Rule:
    # (an underscore may join the value to its cue: "СНИЛС_137-035-511_34_", a form's blank or a key's joiner)
    pattern = re.compile(rf"(?<!\w)(?:{cue})(?![^\W_]){_LEAD}{_SEP}(?P<value>{value}){end}")
    # (a cue ending a table's header row heads its column: the next line's first cell is not its value)
    return Rule(f"cued_{name}", pattern, ID_CUE_SCORE, CueLineContext(inner=context), validate, anchor=anchor,
                anchor_case=anchor_case)


_I = "(?i:"  # a case-insensitive group (short all-caps abbreviations stay case-sensitive)


def _captioned(name: str, cue: str, value: str, validate: Callable[[str], bool], words: tuple[str, ...],
               label: str | None = None) -> Rule:
    """A printed form's caption under (or after) its field, in brackets: "51641099775\n(страховой номер ИЛС)",
    "789379165463  (ИНН)": the value is the caption's identifier, whatever reads the line above it. With ``label`` the
    bracket holds the cue alone, maybe with that qualifier after it: a caption, not a remark about the document."""
    caption = (rf"\([^()\n\d]{{0,30}}?(?<![\w])(?:{cue})[^()\n]{{0,30}}\)" if label is None
               else rf"\([ \t]*(?:{cue})(?:[ \t]+(?:{label}))?[ \t]*\)")
    pattern = re.compile(rf"(?<![\d\-.])(?P<value>{value})(?![\d])[ \t]*(?:\n[ \t]*)?{caption}")
    # (tried only where the note has a bracket and the caption's words: most notes have neither)
    def gate(text: str) -> bool:
        lower = lowered(text)
        return "(" in text and bool(lower) and bool(word_starts(lower, words))

    return Rule(f"captioned_{name}", pattern, ID_CUE_SCORE, _AFTER_UNIT, validate, gate=gate, at_digit_runs=True)


# the SNILS's paper by its full name, "страховое свидетельство обязательного (before 2002: государственного) пенсионного
# страхования", the insurance cut to its abbreviation as the card's users write it, "ОПС" ("ГПС"): "Страховое
# свидетельство ОПС № 271 833 152 70", "свид-во ОПС", "свид. гос. пенсионного страхования"
_PENSION = r"[ог]пс|(?:(?:обязательного|государственного|гос\.)[ \t]+)?пенсионного[ \t]+страхования"
SNILS_CUED = (
    _cued(
        "snils",
        # (the insurance cut to "стр." in a hurry: "Стр. номер 503 - 509 - 680 65"; a page's "стр." is no number's word)
        # (and its Latin transliteration as an IT system's key with its sign, "snils=...", "snils: ...": not a delimited
        # header's column name, "id;fio;birth;snils;oms", whose next line is a row)
        _I + rf"снилс|snils(?=[ \t]*[:=])|(?:страх(?:ов\w*|\.)|стр\.)[ \t]+(?:номер\w*|свид\w*[\w.\-]*)(?:[ \t]+(?:илс|пфр|{_PENSION}))?"
        rf"|свид(?:етельств\w*|\.|-в\w*)[ \t]*(?:{_PENSION})"
        # (and the notice that replaced the card in 2019, form АДИ-РЕГ: "Уведомление АДИ-РЕГ: 123-456-789 01")
        r"|ади-рег)",
        _digits(11, SNILS_SEPARATOR + _WRAPPED),
        _count(11),
        ("снилс", "snils", "страх", "стр.", "свид", "ади-рег"),
    ),
    # (and the card's abbreviations: ССОПС, СГПС, the state's before 2002)
    _cued("snils_abbreviation", r"ИЛС|СНИЛС|ССОПС|СГПС", _digits(11, SNILS_SEPARATOR + _WRAPPED), _count(11),
          ("ИЛС", "ССОПС", "СГПС"), anchor_case=True),
    _captioned("snils", _I + r"снилс|страхов\w*|илс)", _digits(11, SNILS_SEPARATOR), _count(11), ("снилс", "страхов", "илс")),
)

INN_CUED = (
    _cued(
        "inn",
        # ("ИНН." with a stop, as an abbreviation is written)
        # (the number's legal name, НК РФ art. 84, whole or with its first word cut short: "Идент. номер налогоплательщика")
        # (and its Latin transliteration, the name exports and English forms give it, "inn: 7707 0838 9342", "INN
        # 500100732259": the same word in the other alphabet, a whole word only, and in one case: Title Case "Inn" is a
        # hotel's or a surname's, "Holiday Inn 7701234560"; review A r24, finding 8)
        # (and its English names, as a bilingual form or an IT system's screen gives them: "Tax ID", "Taxpayer ID", "TIN")
        _I + r"инн(?:/кпп|\.(?=[ \t]))?|идентификационн\w*[ \t]+номер\w*(?:[ \t]+налогоплательщика)?"
        r"|идент\.[ \t]*номер\w*[ \t]+налогоплательщика|(?-i:inn|INN|TIN)|tax(?:payer)?[ \t]?(?:id|number|no\.?))",
        rf"{_digits(12)}|{_digits(10)}",
        _count(10, 12),
        ("инн", "идент", "inn", "tax", "tin"),
        end=r"(?![\d])(?![.,\-]\d)",  # "ИНН/КПП 7051882787/770101001": the КПП after a slash
        context=_INN_AFTER_UNIT,
    ),
    _captioned("inn", _I + r"инн)", rf"{_digits(12)}|{_digits(10)}", _count(10, 12), ("инн",)),
    # the abbreviation's stop glued to the number, as a hurried note types it: "инн.770155636459, пенсионер" (a stop
    # between letters and digits is no decimal's: the word names the digits after it)
    Rule("cued_inn_glued", re.compile(rf"(?<!\w)(?i:инн)\.(?P<value>{_digits(12)}|{_digits(10)}){_END}"), ID_CUE_SCORE,
         CueLineContext(inner=_INN_AFTER_UNIT), _count(10, 12), anchor=("инн",)),
)

# the document by its name, its abbreviation ("пасп.", "пасп" with its stop dropped, as hurried typing leaves it: "рост
# 170, пасп 7711 366029, вес 80 кг"), in English ("Passport:"), or by what it does:
# "удостоверение личности", "документ, удостоверяющий личность", "личность удостоверена: ..."
_PASSPORT_CUE = (_I + r"(?:загран)?паспорт\w*|пасп[.:]?|passport|удостоверени\w+[ \t]+личности(?:[ \t]*:?[ \t]*паспорт\w*)?|п/п"
                 r"|удостоверяющ\w+[ \t]+личность|личность[ \t]+удостоверен\w*"
                 # (the same words cut short, as a hurried form writes them: "Док. уд. личн.", "уд. личности", "удост. личн.")
                 r"|(?:док(?:ум)?\.[ \t]*)?уд(?:ост[а-яё]{0,6})?\.[ \t]*личн(?:ост[иь]|\.)"
                 # (a foreigner's residence permit is the identity document a Russian form asks for: "Вид на жительство № 82 1234567")
                 r"|вид[ \t]+на[ \t]+жительство|ВНЖ"
                 # (the identity document's abbreviation in the ФОМС, ЕГИСЗ and social fund's forms and exchanges: "ДУЛ:
                 # 4512 345678", "УДЛ (паспорт) ..."; a whole word only, never the start of "удлинение")
                 r"|ДУЛ|УДЛ)")
# (one set of words for every passport rule: their positions are found once per text, see
# :func:`.base.word_starts`; a rule tried where another rule's word stands fails at once)
_PASSPORT_ANCHOR = ("пасп", "passport", "удостовер", "личность", "п/п", "документ", "сери", "загран", "номер", "вид на", "внж",
                    "док.", "докум.", "уд.", "удост", "дул", "удл")
#: (the same words for a passport rule of another module: one set of the cue index, :mod:`.declared_passports`)
PASSPORT_ANCHOR = _PASSPORT_ANCHOR
# Between the digits of a passport anything a form, a table or a scan puts there: spaces (several,
# or one between every digit), a stop, a dash, a slash, a comma, a table border, "№", "N", "No",
# "номер:", "за номером", a line break. Ten digits in all decide.
_PASSPORT_SEPARATOR = (
    # (a comma before the number's label, the series and the number named as a list's two items: "паспорт: 1301, номер
    # 481948", "Предъявлен паспорт 2217, номер 560939"; the passport's 4 + 6 digits decide, as for any separator)
    r"(?:[ \t]{0,3}(?:[.\-–/,|]|№|N|No\.?|(?:,[ \t]{0,2})?(?i:номер)\w*:?|за[ \t]+номером)?[ \t]{0,3}(?:(?:№|N)[ \t]{0,2})?"
    # (a line break, but not before a numbered list's next item: "4. ВНЖ: 82 3264366\n5. СНИЛС: ..." ends the value at
    # the line's end; the item's number is no digit of it)
    r"|[ \t]*\n[ \t]*(?!\d{1,2}[.)][ \t]))"
)
PASSPORT_DIGITS = rf"\d(?:{_PASSPORT_SEPARATOR}?\d){{9}}"
# (with the comma form no year after a preposition and no dotted day and month is the series: "Паспорт выдан в 2015,
# номер 123456", "Паспорт проверен 12.03, номер 123456")
_LISTED_NUMBER = r",[ \t]{0,2}(?i:номер)"
_REFUSED_SERIES = (rf"(?:(?:(?<=(?<!\w)[вВсС][ \t])|(?<=(?<!\w)(?i:до|от|по)[ \t]))\d{{4}}"
                   rf"|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])){_LISTED_NUMBER}")
_NO_LISTED_SERIES = rf"(?!{_REFUSED_SERIES})"
# between the cue and the number: words, brackets, a colon, a table border, even a line break
# ("Документ, удостоверяющий личность\n  серия: 28 07"), but no digit and at most 60 characters
# (and one age phrase in it, the owner's age when it was issued: a Russian passport is first issued at 14 and
# replaced at 20 and 45, so a child's or a teenager's record says "Паспорт подростка 14 лет 4506 123456", "паспорт
# (получен в 20 лет) 4509-123456", "паспорт, выданный в 45 лет: 45 09 123456": one or two digits and the word of
# years, never a group of the number; a unit after the ten digits still makes them a measure, _PASSPORT_AFTER_UNIT)
_PASSPORT_GAP = r"[^\d;]{0,60}?(?:(?<![\d.,])\d{1,2}[ \t\-]*(?i:лет|года?)(?!\w)[^\d;]{0,30}?)?"
PASSPORT_CUED = (
    Rule("cued_passport", re.compile(
        # (an abbreviation's stop or colon may touch the value, as hurried typing and a scan's lost space leave it:
        # "пасп.6022 896451", "пасп:36  05  485595"; the stop is then no decimal point before the digits)
        # (the generic "серия и номер" (or "серия, номер", a form's two field names listed) names no kind: the nearest
        # document noun before it decides, :mod:`.document_typing`)
        rf"(?<!\w)(?:{_PASSPORT_CUE}|{_I}документ\w*|сери[яию](?:[ \t]+и|,)[ \t]+номер\w*))(?:(?<=[.:])|(?!\w)){_PASSPORT_GAP}"
        # (never from the issuing office's subdivision code, "ddd-ddd", into the digits after it: "Код подразделения
        # 690-004\n28 11 403917" is the code, then the series and number, :mod:`.passport_pages`)
        rf"(?<![\d,])(?<!\d\.)(?!\d{{3}}[\-–]\d{{3}}(?!\d)){_NO_LISTED_SERIES}(?P<value>{PASSPORT_DIGITS}){_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _count(10), anchor=_PASSPORT_ANCHOR),
    # the labelled number alone after a year or a day refused as the series (review C r21, finding 4): "Паспорт выдан
    # в 2015, номер 123456", "Паспорт 4509 выдан в 2015, номер 123456": six digits, one line, the passport's field
    Rule("cued_listed_passport_number", re.compile(
        rf"(?<!\w)(?:{_PASSPORT_CUE})(?:(?<=[.:])|(?!\w))(?![ \t]+(?i:здоровь|вакцин|привив|аллерг))[^;\n]{{0,60}}?"
        rf"{_REFUSED_SERIES}[ \t]*:?[ \t]*(?:№[ \t]*)?"
        rf"(?P<value>\d{{6}}){_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _count(6), anchor=_PASSPORT_ANCHOR),
    # a foreign passport: the letters of a series, then the number ("FA1234567", "AB 1234567", "ЕК 123456"),
    # or nine digits; the words between may name the country ("паспорт гражданина Узбекистана FA1234567")
    Rule("cued_foreign_passport", re.compile(
        # (between: words, brackets, a slash of a bilingual label "Passport / Паспорт:", no digit, one line)
        rf"(?<!\w)(?:{_PASSPORT_CUE})(?!\w)[^\d;\n]{{0,40}}?(?<![\w])(?:(?:№|N)[ \t]*)?"
        # (the series in Cyrillic capitals, "ЕК 123456", or nine digits: "400123456", and the Russian passport for
        # travel abroad, two digits and seven: "75 1234567"; a series in Latin letters, "FA1234567", is a foreign state's
        # passport, RU_PASSPORT since round 26 as the travel one: :mod:`.foreign_ids` reads it)
        rf"(?P<value>[А-ЯЁ]{{1,3}}[ \t]?№?[ \t]?\d{{6,9}}|\d{{2}}[ \t]?\d{{7}}){_END}"
        # (given up where another paper is named before it, :mod:`.document_typing`; a foreign state's passport named
        # so keeps it, RU_PASSPORT since round 26)
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _between(6, 9), anchor=_PASSPORT_ANCHOR),
    # a Soviet passport (and the birth certificates of the same form): a Roman numeral, two Cyrillic
    # capitals, six digits ("паспорт СССР XI-МЮ № 643424"; the numeral may be typed with a Cyrillic "Х"
    # or in Arabic digits); the words between may say which ("старого образца", "СССР")
    Rule("cued_soviet_passport", re.compile(
        rf"(?<!\w)(?:{_PASSPORT_CUE})(?!\w)[^\d\n;]{{0,40}}?(?<![\w\-])"
        rf"(?P<value>(?:[IVXLХ]{{1,6}}|\d{{1,2}})[ \t]?[\-–][ \t]?[А-ЯЁ]{{2}}[ \t]*(?:(?:№|N)[ \t]*)?\d{{6}}){_END}"
        # (given up after a residence permit's or a foreign state's name: a CIS booklet of the same form, :mod:`.document_typing`)
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _count(6), anchor=_PASSPORT_ANCHOR),
    # a passport for travel abroad: a two-digit series and a seven-digit number ("загранпаспорт 75 1234567")
    Rule("cued_travel_passport", re.compile(
        rf"(?<!\w)(?i:загран\w*\.?[ \t]*паспорт\w*|заграничн\w+[ \t]+паспорт\w*)(?!\w){_LEAD}{_SEP}"
        rf"(?P<value>\d{{2}}[ \t]?(?:№[ \t]?)?\d{{7}}){_END}"
    ), ID_CUE_SCORE, _AFTER_UNIT, _count(9), anchor=_PASSPORT_ANCHOR),
    # the document's word as a caption after its ten digits, as SNILS and INN are captioned: "03 14 932 954 (паспорт)"
    # (not a paper named "паспорт" that is no identity document: "паспорт здоровья", "паспорт вакцинации")
    # (the bracket is the caption alone, maybe with the state's name: a remark, "(паспорт не предъявлен)", "(паспорт
    # организации)", after a cued INN, policy or phone must not take their digits, review 19B finding 1)
    _captioned("passport", _I + rf"паспорт\w*(?![ \t]+{NOT_PERSONS_PASSPORT})|пасп\.)", _digits(10), _count(10),
               ("паспорт", "пасп"), label=_I + r"рф|росси\w+|гражданина(?:[ \t]+(?:рф|росси\w+))?)"),
)

# A form may give the series and the number of a passport as two fields: "Серия паспорта: 36 16   Номер:
# 674851", "Серия паспорта: 5299\nНомер паспорта: 787479", "Паспорт\nСерия: 4512; номер: 123456". The
# series is the four digits after "серия" where the field names a passport; the number is the six
# digits after "номер"/"№" that follows such a series within a few characters (or after "номер
# паспорта" anywhere): each is reported on its own, the labels between stay.
# ("Паспорт РФ  Серия документа 0323   Номер документа 604935": a form's generic "документа" after the label)
_SERIES_CUE = (r"(?i:сери[яиюей](?:[ \t]+и[ \t]+номер\w*)?[ \t]+паспорта|паспорт\w*(?:[^\d\n]{0,30}\n)?[^\d\n]{0,30}?сери[яиюей]"
               r"(?:[ \t]+документа)?)")
# (a table's border may stand for the colon: "| Паспорт: серия | 9 6 2 5 | номер | 745326 |")
_SERIES = rf"[ \t]*[:\-–—|]?[ \t]*(?:№[ \t]*)?(?:{SERIES_DIGITS})(?!\d)"
_NUMBER_LABEL = r"[ \t]*[,;.|]?[ \t]*\n?[ \t]*(?:(?i:номер)(?:[ \t]+(?i:паспорта|документа))?|№|N)[ \t]*[:\-–—|]?[ \t]*"


# what a passport's page prints between the series and the number: the issuing office, its code, the date of
# issue (one line break at most, no ";"); never another document's word, a second number of six or more digits,
# or a word of the number's own field that is not the passport's ("номер полиса")
_BETWEEN_PARTS = (r"(?:(?!(?i:полис|снилс|инн|омс|карт|свидетельств|тел|справк|направлен|рецепт))"
                  r"(?:[^\d;\n]|\d(?!\d{5})|\n(?![ \t]*\n))){1,120}?")
_APART = r"(?=[^;]{0,120}?(?:номер|№|N))" + _BETWEEN_PARTS
_APART_SERIES = r"(?=[^;]{0,120}?(?i:сери|сер\.))" + _BETWEEN_PARTS  # (the other order: the number, then the series)


def _series_plausible(digits: str) -> bool:
    return len(digits) == 4 and digits[:2] != "00"


# ... and the other order: "паспорт номер 774101, серия 6604", "паспорт, номер 009036, серия 41 20"
_NUMBER_FIRST = rf"(?<!\w)(?:{_PASSPORT_CUE})(?!\w)[^\d\n;]{{0,40}}?(?i:номер|№|N)[ \t]*[:\-–—]?[ \t]*"
_SERIES_AFTER = r"[ \t]*[,;]?[ \t]*(?i:сери[яиюей]|сер\.)[ \t]*[:\-–—]?[ \t]*(?:№[ \t]*)?"

# (each with the passport's context: a prescription's "серия ... номер" on a line after "паспорт" is the prescription's,
# the nearest document noun decides, :mod:`.document_typing`)
PASSPORT_FIELDS = (
    # (a comb field's four digits copied out one by one, "серия | 9 6 2 5 |", as a form's boxes print them)
    Rule("passport_series_field", re.compile(
        rf"(?<!\w){_SERIES_CUE}[ \t]*[:\-–—|]?[ \t]*(?:№[ \t]*)?(?P<value>{SERIES_DIGITS}){_SERIES_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _series_plausible, anchor=_PASSPORT_ANCHOR),
    Rule("passport_number_field", re.compile(
        rf"(?<!\w)(?:{_SERIES_CUE}{_SERIES}{_NUMBER_LABEL}|(?i:номер)[ \t]+(?i:паспорта)[ \t]*[:\-–—]?[ \t]*(?:№[ \t]*)?)"
        # (the six digits in two groups of three, as a number is typed for reading: "серия 45 12, номер 345 678")
        rf"(?P<value>\d{{6}}|\d{{3}}[ \t]\d{{3}}){_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _count(6), anchor=_PASSPORT_ANCHOR),
    # the number written apart from its series, after the issuing office and date that a passport's page prints
    # between them: "паспорт серия 4512, выдан ОВД района 12.03.2015, номер 654321", "серия: 45 12 (выдан ...)\n№ 654321"
    Rule("passport_number_apart", re.compile(
        rf"(?<!\w){_SERIES_CUE}{_SERIES}{_APART}(?<![\w])(?:(?i:номер)|№|N)[ \t]*[:\-–—]?[ \t]*(?P<value>\d{{6}}){_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _count(6), anchor=_PASSPORT_ANCHOR),
    Rule("passport_number_first", re.compile(rf"{_NUMBER_FIRST}(?P<value>\d{{6}}){_END}"), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT,
         _count(6), anchor=_PASSPORT_ANCHOR),
    Rule("passport_series_apart", re.compile(  # "паспорт № 654321, выдан ОВД 12.03.2015, серия 4512"
        rf"{_NUMBER_FIRST}\d{{6}}(?!\d){_APART_SERIES}(?<!\w)(?i:сери[яиюей]|сер\.)[ \t]*[:\-–—]?[ \t]*(?:№[ \t]*)?"
        rf"(?P<value>\d{{2}}[ \t]?\d{{2}}){_SERIES_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _series_plausible, anchor=_PASSPORT_ANCHOR),
    Rule("passport_series_after_number", re.compile(
        rf"{_NUMBER_FIRST}\d{{6}}{_SERIES_AFTER}(?P<value>\d{{2}}[ \t]?\d{{2}}){_SERIES_END}"
    ), ID_CUE_SCORE, _PASSPORT_AFTER_UNIT, _series_plausible, anchor=_PASSPORT_ANCHOR),
)

# an old policy: "серия 7378 № 2415091", "серия ПД № 312181", "серия ВПГ 4898377"; a temporary certificate: 9 digits
# (a policy wrapped onto a second line after a cue: "Полис ОМС\n02548507\n12544280", and printed in boxes)
# (the wrapped one only where the two lines hold the sixteen digits of a ЕНП, no more)
# (a regional policy of the old form prints its series as the region's two digits and the insurer's letters,
# "77ЕК № 12345678", "50-МО 1234567", "02 АБ № 123456": the letters with their digits are the series)
# (its groups kept on each line and wrapped more than once, a narrow cell's way: "7755 1122\n3344 5566", "7755-1122-\n3344-
# 5566", four lines of four: exactly sixteen digits, a break among them, none after them)
_ENP_GAP = r"(?:[ \t]*[\-–]?[ \t]*\n[ \t]*|[ \t]{1,3}|[\-–])"
_WRAPPED_ENP = (r"(?=(?:\d(?:[ \t]{1,3}|[\-–])?){1,15}[ \t]*[\-–]?[ \t]*\n)"
                rf"\d(?:{_ENP_GAP}?\d){{15}}(?!\d)(?![ \t]?[\-–]?(?!{AGE_AFTER})\d)")  # (an age may follow: "... 38 лет")
# (a ЕНП's four groups parted by stops, as a card's number is copied: "7755.1122.3344.5566"; only so, a date's stops
# never part four groups of four)
_POLICY_VALUE = (rf"(?:{_WRAPPED_ENP}|\d{{4}}(?:\.\d{{4}}){{3}}(?![.\d])|"
                 # (the letters of such a series joined to the number by a dash: "АБ-71963848"; never a voluntary
                 # insurer's "ДМС-123456", no OMS policy)
                 # (a series of digits in two groups before "№" too, as the region's code and the insurer's: "77 00 № 463972",
                 # the two joined by a dash as the region's code and the insurer's are in a lettered series, "15-23 № 70831344")
                 # (and the insurer's letters before the region's digits, joined or by a dash, before "№": "ЯА-67 № 05359207",
                 # "ЕАА99 № 56813549", the other order regions printed)
                 rf"(?:(?:[А-ЯЁA-Z]{{1,3}}[\-–]?\d{{2}}(?=[ \t]*(?:№|N(?![А-Яа-яЁёA-Za-z])))|"
                 rf"(?:\d{{2}}[ \t\-]?)?[А-ЯЁA-Z]{{1,3}}(?:(?<!ДМС)[ \t]*[\-–](?=[ \t]*\d))?|\d{{2,6}}|\d{{2}}[ \t\-–]\d{{2}}(?=[ \t]*№))"
                 r"[ \t]*(?:(?:№|N|номер)[ \t]*)?)?"
                 # (the groups of a ЕНП typed with two or three spaces, a cell pasted with its padding:
                 # "7701  2345  6789  0123"; the cue and the digit count decide, as for one space)
                 rf"\d(?:(?:[ \t]{{1,3}}(?!{AGE_AFTER})|[\-/–]|{BOX_SEPARATOR})?\d){{5,15}})")
# a temporary certificate ("Временное свидетельство: ВС 321902185") stands for an OMS policy until the policy is made
# (326-ФЗ, art. 46; nine digits): its words, as the policy's rules read them and :mod:`.document_numbers` leaves them
# (hurried notes cut both words: "врем. свид-во", "вр. свид. ОМС", "временное св-во")
TEMPORARY_CERTIFICATE = (r"(?:временн\w+[ \t]+|вр(?:ем)?\.[ \t]*)(?:свидетельств\w*|свид(?:\.|-в\w+)|св-в\w+)"
                         r"(?:[ \t]+омс)?")
OMS_CUED = (
    _cued(
        "oms",
        # (OCR and hurried typing put a zero for the О of "ОМС": "Полис 0МС")
        # (the document's full name, 326-ФЗ art. 45, in any case: a policy's blank prints it in capitals, "ПОЛИС
        # ОБЯЗАТЕЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ\n№ ...", where the filler's lower-case words stop)
        _I + r"полис\w*(?:[ \t]+(?:[о0]мс|дмс|обязательного[ \t]+медицинского[ \t]+страхования))?|омс|енп"
        r"|единый[ \t]+номер[ \t]+полиса"
        # (the Latin transliteration as an IT system's key with its sign: "oms_policy: ...", "enp=..."; not a delimited
        # header's column name, "id;fio;birth;snils;oms", whose next line is a row)
        r"|(?:oms(?:_?polic(?:y|ies)|_?polis)?|enp|polis(?:_?oms)?)(?=[ \t]*[:=])"
        rf"|{TEMPORARY_CERTIFICATE})",
        _POLICY_VALUE,
        _between(6, 16),
        (*POLICY_ANCHORS, "единый", "временн", "вр.", "врем.", "oms", "enp", "polis"),
    ),
    # the policy's word cut to "пол." before its number ("пол. 7755 1122 3344 5566", "номер пол. 1234567890", "пол. серии
    # 5401 № 123456"): the stop makes it a contraction, and the sex's "пол" takes a word or a code of one digit after it,
    # never a number of six digits or more
    # (its "ОМС" after it is the policy's kind, no series: "пол. ОМС №9596-7385-3147-9117")
    _cued("oms_contracted", _I + r"пол\.(?:[ \t]*[о0]мс)?)", _POLICY_VALUE, _between(6, 16), ("пол",)),
    # a temporary certificate: "ВС № 446486081"
    # the policy's abbreviation typed glued to an old policy's lettered series ("ЕНПАБ-85137891", "ОМСЯА 9001109480"): a
    # hurried hand drops the space, and no word of Russian starts "ЕНП"/"ОМС" and goes on in capitals and then digits
    # (unless the capitals read as one word of the dictionary: "ОМСК 644043" is the city and its postcode, review A r25, 10)
    Rule("glued_oms", re.compile(r"(?<![\w\-])(?:ЕНП|ОМС)(?P<value>[А-ЯЁ]{1,3}(?:[ \t]?[\-–]?[ \t]?)\d{6,10})(?![\d\-/]|[.,]\d)"),
         ID_CUE_SCORE, _AFTER_UNIT, _glued_series, digits=False, anchor=("ЕНП", "ОМС"), anchor_case=True),
    # (or before its nine digits with no sign, "ВС 123456789", "ВС 123 456 789": the count decides)
    _cued("oms_certificate", r"ВС(?=[ \t]*(?:№|\d{3}[ \t]?\d{3}[ \t]?\d{3}(?![ \t]?\d)))", _POLICY_VALUE, _between(6, 16),
          ("ВС",), anchor_case=True),
    # ... after its name, its nine digits and their "ВС" (326-ФЗ, art. 46), whatever follows ("Временное свидетельство: ВС
    # 321902185 58 лет": the age after it is no digit of the number)
    _cued("oms_temporary", _I + TEMPORARY_CERTIFICATE + ")", r"(?:ВС[ \t]*(?:№[ \t]*)?)?\d{9}",
          _count(9), ("временн",), end=r"(?![\w\-/]|[.,]\d)"),
)
