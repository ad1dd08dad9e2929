"""A foreign patient's identity papers and an old OMS policy: values the national-type grammars read wrong or not at all.

A migrant's, a tourist's or a foreign student's record copies the numbers of papers no Russian standard describes. A
person's passport is RU_PASSPORT whoever issued it and whatever it is for (since round 26; until round 25 only the
Russian internal passport was, and the passports below record numbers: the definition the older splits' authors were
given, which the authors writing without it, blind61-64, do not follow; see the README): the passes below that a
passport's word, a cue calling it foreign or a travel one, a table column or an export's kind naming a passport opens
report RU_PASSPORT (:func:`foreign_passport_spans`). The others' papers are "any other unique identifying number" of
the patient (HIPAA), i.e. MEDICAL_RECORD_NUMBER (:func:`foreign_id_spans`): an ICAO number after "документ" or
"удостоверение личности" alone or in a column no passport's word names, a seaman's or a serviceman's paper, a ДМС
number, a CIS personal number:

* **a foreign state's passport by its ICAO shape**: the machine-readable zone of every passport (ICAO Doc 9303) holds a
  document number of at most nine characters; CIS and most other states print one or two series letters and seven or
  eight digits ("FA1234567", "AB 1234567", "N12345678") or letters inside ("CK12M3456"). A Russian passport's series
  and number are digits only, so letters make it foreign. Records type the letters on whichever keyboard is on, so a
  Cyrillic look-alike stands for a Latin one ("АВ 1234567" with Cyrillic А, В; "СJ12N3456" with a Cyrillic С): the
  letters are read by their shapes (:data:`_LOOK_ALIKES`). Read after any document word ("паспорт", "passport",
  "pasaport", "документ", "удостоверение личности") and in a table column named by one.
* **a foreign passport's Latin series of any length** after a passport's word ("passport C12345678", "паспорт
  гражданина Узбекистана FA1234567", "загранпаспорт AB 123456"): one to three Latin letters and six to nine digits,
  whatever state issued it; Latin letters typed as such (not look-alikes) are no Russian paper's, so the looser shape
  needs only a passport's own word, and a comma may stand between ("паспорт Республики Таджикистан, A 1234567").
  (:mod:`.patient_papers` and :mod:`.other_papers` read this shape before round 15; it is read here alone.)
* **a passport the cue calls foreign** ("паспорт иностранного гражданина", "нац. паспорт", "национальный паспорт",
  "паспорт ин. гражданина", "foreign passport"): whatever its value's shape (digits only too: "45 1234567").
* **a Russian passport for travel abroad** ("загранпаспорт", "заграничный паспорт", "загран", "паспорт для выезда"):
  read as the foreign cues' papers are (its 2 + 7 digits are no internal passport's 4 + 6), a passport as they are.
* **a passport's series in letters in its own field** ("Вид документа: ПАСПОРТ серия АС № 4788401", the form of a
  foreigner's arrival notice): series and number, two spans.
* **a CIS state's personal number**: Kazakhstan's ИИН/ЖСН (12 digits), Uzbekistan's ПИНФЛ/JShShIR (14), Kyrgyzstan's
  ПИН (14), Belarus' identification number; a national register's number of this person.

And RU_OMS_POLICY: **an OMS policy of the old form** (before the 16-digit ЕНП of 2011) prints a series ("АБ 62",
"ЯМ-12", "7701") and a number ("№ 461566"); both are the policy's, two spans, after a policy word with the compulsory
insurance's mark (ОМС, обязательного медицинского страхования).

Every pass is gated by the shared cue index (:func:`.base.word_starts`): a note without these words costs a lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import CandidateRecognizer, SpanRecognizer, matches_at, word_starts
from medsyn_dataset.validation.pii.checksums import digits_only, inn_valid
from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.cue_index import lowered
from medsyn_dataset.validation.pii.export_document_kinds import OTHER_PASSPORT, kind_before
from medsyn_dataset.validation.pii.last_text import once_per_text
from medsyn_dataset.validation.pii.passport_words import (
    LATIN_PASSPORT_WORD,
    LATIN_PASSPORT_WORDS,
    PASSPORT_WORD,
)

#: above a cued Russian passport (0.9), a policy (0.9) and a cued paper (0.95): the foreign paper's word and shape decide
SCORE = 0.96
PASSPORT, OTHER_PAPER = "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"

# Latin capitals and the Cyrillic ones that look the same (a record typed on either keyboard); other Cyrillic letters
# ("П", "Ж") never stand in a foreign passport's number
_LOOK_ALIKES = "A-ZАВСЕНКМОРТХ"
_L = f"[{_LOOK_ALIKES}]"
# the ICAO document number: one or two series letters and seven or eight digits, or two letters, two digits, a letter
# and four digits (Uzbekistan's and others' newer booklets), or a letter and eight digits; one space or "№" may follow
# the letters
_ICAO = rf"(?:{_L}{{1,2}}[ \t]?(?:№[ \t]?)?\d{{7,8}}|{_L}{{2}}\d{{2}}{_L}\d{{4}})"
_END = r"(?![\w])(?![.,/\-]\d)"

# a document's word: a passport in Russian or any language a foreigner's papers copy (:mod:`.passport_words`), an
# identity document
_DOC_CUE = rf"(?i:паспорт\w*|пасп\.|{LATIN_PASSPORT_WORD}|документ\w*|удостоверени\w*[ \t]+личност\w*)"
_DOC_ANCHOR = ("пасп", *LATIN_PASSPORT_WORDS, "документ", "удостоверени")
# between the word and the value: words, brackets, a colon, "No", quotes of an export, never a digit, a line or a field's end
_GAP = r"[^\d\n;,]{0,40}?(?<![\w])(?:(?:№|N|No\.?|#)[ \t]*:?[ \t]*)?"
_SHAPED = re.compile(rf"(?<!\w){_DOC_CUE}(?!\w){_GAP}(?P<value>{_ICAO}){_END}")
# a passport's own word among them (an ICAO number after it is a passport's; after "документ" alone, any paper's), and
# the holders whose "passport" or identity card is a paper of their trade, no person's passport (a seaman's, a
# serviceman's, an officer's: record numbers, as :mod:`.document_typing` reads them)
_PASSPORT_WORD = re.compile(PASSPORT_WORD)
_HOLDER = re.compile(r"(?i:моряк|seaman|seafarer|военнослужащ|офицер)")
# how far back on its line a cell's key may name the passport ('"type": "foreign_passport", "number": "')
_CELL_REACH = 60

# a passport's word (a foreign one's own prefixes too), then Latin letters as typed and six to nine digits: every
# state's numbering (three letters, six or nine digits) besides the ICAO shape above; a comma may end the cue's words
# (an export's key may glue the word on with "_": '"type": "foreign_passport", "number": "U5708013"')
_LATIN_CUE = rf"(?i:(?:загран|нац\.[ \t]*|национальн\w*[ \t]+|иностранн\w*[ \t]+)?паспорт\w*|пасп\.|{LATIN_PASSPORT_WORD})"
_LATIN_ANCHOR = ("пасп", "загранпасп", "нац", "национальн", "иностранн", *LATIN_PASSPORT_WORDS)
_LATIN = re.compile(
    rf"(?<![^\W_]){_LATIN_CUE}(?!\w)[^\d;\n]{{0,40}}?(?<![\w])(?:(?:№|N|No\.?|#)[ \t]*:?[ \t]*)?"
    rf"(?P<value>[A-Z]{{1,3}}[ \t]?(?:№[ \t]?)?\d{{6,9}}){_END}"
)

# the ICAO shape as a whole field of a table, a CSV row or an export ("...;05.05.2006;E06394130;8 907 ...", "number":
# "AB1234567") under a column or a key that may name the paper in any words ("Документ", "doc"): letters and seven or
# eight digits in one token are no value of a clinical table (a dose, a result, a code of ICD or of a service has
# fewer digits or a dot), so the field's own bounds suffice
_CELL = re.compile(rf'(?:(?<=[;|\t"])|^)[ \t]*(?P<value>{_ICAO})[ \t]*(?=[;|\t"]|$)', re.MULTILINE)
_CELL_BOUNDS = (";", "|", "\t", '"')
# where such a cell can open: a bound or a line break, then spaces and a value's first letter (the cell's match starts
# right after that character, or at the text's start: its look-behind and "^")
_CELL_OPENING = re.compile(rf'[;|\t"\n](?=[ \t]*{_L})')
# a drug's or a vaccine's lot in a table of doses given ("| Вакцина | AB1234567 | 0,5 мл |"): a lot number of many
# packs, no one's paper; looked for on the value's line and the two above it (the header)
_LOT_WORDS = re.compile(r"(?i:лот|парти[яиюй]|lot|batch|вакцин\w*|препарат\w*|годе?н\w*[ \t]+до|ампул\w*|флакон\w*)")

# a passport the cue itself calls foreign; the value then may be digits only ("45 № 1234567", "35185810388") or carry
# a paper's own letters ("ПР 778988879746")
# (or names the state that issued it: "паспорт гражданина Республики Узбекистан", "Паспорт Кыргызстана", "паспорт
# гражданки Армении": a citizen of any state but Russia, a republic, a "-стан"; a surname after "паспорт" is none of them)
# (a state by its name, from a closed list, or a republic or a "-стан" that is none of Russia's own republics, whose
# citizens hold Russian passports: "гражданина Татарстана"; a capitalised word after "гражданина" may be a surname,
# "паспорт гражданина Петрова")
_RUSSIAN_REPUBLIC = (r"(?:Татарстан|Башкортостан|Дагестан|Чечен|Чечн|Ингушети|Чуваш|Саха|Якути|Бурят|Тыв|Карели|Коми"
                     r"|Марий|Мордови|Удмурт|Хакаси|Алта|Адыге|Калмыки|Крым|Кабардин|Карачаев|Северн)")
_STATE_NAME = (r"(?:(?:Армени|Грузи|Молдави|Украин|Белорусси|Абхази|Латви|Литв|Эстони|Турци|Инди|Германи|Сири|Монголи"
               r"|Туркмени|Киргизи|Молдов|Польш|Франци|Итали|Испани|Сербии|Кореи)(?:я|и|ы|а)?|Беларус(?:ь|и)|Китая?|КНР"
               r"|США|Вьетнама?|Израиля?|Ирака?|Ирана?|Египта?)(?![а-яё])")
# (the word cut short too: "Нац. паспорт Респ. Таджикистан")
_REPUBLIC = rf"(?i:республик\w*|респ\.)[ \t]*(?!{_RUSSIAN_REPUBLIC})[А-ЯЁ][а-яё]+"
_STAN = rf"(?!{_RUSSIAN_REPUBLIC})[А-ЯЁ][а-яё]+стан(?:а|е)?(?![а-яё])"
# (and the state's adjective before it: "гражданин Кыргызской Республики", "Азербайджанской Республики", never "Чувашской")
_REPUBLIC_ADJECTIVE = rf"(?!{_RUSSIAN_REPUBLIC})[А-ЯЁ][а-яё]+(?:ой|ая|ую)[ \t]+(?i:республик\w*)"
_STATE_NAMES = rf"(?:{_REPUBLIC}|{_REPUBLIC_ADJECTIVE}|{_STAN}|{_STATE_NAME})"
_STATE = rf"(?:(?:(?i:граждан\w*)[ \t]+)?{_STATE_NAMES})"
# (and a Russian passport for travel abroad, "загранпаспорт", "заграничный паспорт", "загран", "паспорт для выезда":
# until round 25 the project's definition, given to the older splits' authors, kept RU_PASSPORT for the internal
# passport's series and number (4+6 digits), and five tuning authors, blind24, blind30, blind31, blind33, blind34, label
# the travel passport a record number so; since round 26 it is RU_PASSPORT, as the authors writing without that
# definition mark it. Its 2+7 digits, and whatever else is typed after its word, are read here, above the Russian
# passport's rules)
_TRAVEL_CUE = (r"(?i:загран(?:паспорт\w*|\.?(?![а-яё])(?:[ \t]*паспорт\w*)?)|заграничн\w+[ \t]+паспорт\w*"
               r"|паспорт\w*(?:[ \t]+гражданин\w*[ \t]+(?:РФ|России|Российской[ \t]+Федерации),?)?[ \t]+для[ \t]+выезда(?:[ \t]+за[ \t]+(?:границу|рубеж|пределы[ \t]+(?:РФ|России)))?)")
# (a passport the cue calls foreign or another state's, in Russian or English, "national passport 759845862": also read
# by :mod:`.document_typing`, where it keeps a passport's value the passport's, RU_PASSPORT since round 26)
CALLED_FOREIGN = (r"(?:(?i:(?:нац\.|национальн\w*|иностранн\w*|зарубежн\w*)[ \t]+паспорт\w*"
                  r"|паспорт\w*[ \t]+(?:иностранн\w*|ин\.|иностр\.)[ \t]*гражданин\w*|(?:foreign|national)[ \t_]+passport)"
                  rf"|(?i:паспорт\w*)[ \t]+(?:{_STATE})"
                  # (or the citizenship stated first, the passport in the same clause: "Гражданин Узбекистана, паспорт
                  # C2 4157003", "гражданин Республики Таджикистан, паспорт 331276911")
                  # ("гражданин Кыргызской Республики, паспорт 714075156"; not a Russian passport named after it: "Гражданка
                  # Армении, паспорт гражданина РФ 4509 123456")
                  # (or a foreign citizen so called, no state named: "Иностранный гражданин, паспорт 873142655", as
                  # "паспорт иностранного гражданина" above names it in the other order)
                  rf"|(?i:граждан\w*)[ \t]+{_STATE_NAMES},?[ \t]+(?i:паспорт\w*)(?![ \t]+(?:(?i:граждан\w*)[ \t]+)?(?:РФ|Росси))"
                  # (with no state named, not the Russian passport's series and number, 4 + 6 digits, right after the
                  # word: "в 1998 году - иностранный гражданин, паспорт 4509 123456 получен в 2005" became a citizen)
                  r"|(?i:(?:иностранн\w*|ин\.|иностр\.)[ \t]*граждан\w*),?[ \t]+(?i:паспорт\w*)"
                  r"(?![ \t]+(?:(?i:граждан\w*)[ \t]+)?(?:РФ|Росси))"
                  r"(?![ \t]*:?[ \t]*(?:№[ \t]*)?(?!00)\d\d[ \t]?\d\d[ \t]+(?:№[ \t]*)?\d{6}(?![\d\-.,/])))")
_FOREIGN_CUE = rf"(?:{CALLED_FOREIGN}|{_TRAVEL_CUE})"
_FOREIGN_ANCHOR = ("нац", "национальн", "иностранн", "зарубежн", "паспорт", "foreign", "national", "загран", "граждан")
# (the gap stays in the cue's sentence: "заграницу не выезжал. Паспорт 4509 123456" is an internal passport)
_IN_SENTENCE = r"(?![.!?][ \t]+[А-ЯЁA-Z])"
_FOREIGN = re.compile(
    rf"(?<!\w){_FOREIGN_CUE}(?!\w)(?:(?:{_IN_SENTENCE}[^\d\n;,]){{0,30}}?(?<![\w])(?:(?:№|N|No\.?)[ \t]*:?[ \t]*)?"
    # (or the issuing office between, in commas, where the series' own label opens the value: "Национальный паспорт
    # Республики Узбекистан, выдан ОВД, серия 45 09 № 123456"; the Russian passport's rule reads the digits too, and hands
    # them to the record number at the threshold's score only, :mod:`.document_typing`)
    rf"|(?:{_IN_SENTENCE}[^\d\n;]){{0,60}}?,(?:{_IN_SENTENCE}[^\d\n;]){{0,30}}?(?<![\w])(?i:сери[яи]|сер\.)[ \t]*:?[ \t]*)"
    rf"(?P<value>(?:[A-ZА-ЯЁ]{{1,3}}[ \t]?)?(?:№[ \t]?)?\d(?:[ \t]?(?:№[ \t]?)?\d){{6,13}}|{_ICAO}"
    # (the travel passport's series and number, 2 + 7 digits, dashed as a series is: "загранпаспорт 64-9882010")
    r"|\d{2}[ \t]?-[ \t]?\d{7}"
    # (a CIS state's booklet of the Soviet form: a Roman numeral, two capitals, six digits, "III-ЖД 895705")
    r"|[IVX]{1,4}[ \t]?-[ \t]?[А-ЯЁ]{2}[ \t]?(?:№[ \t]?)?\d{6})"
    rf"{_END}"
)

# a passport's series of letters in its own field, then its number ("ПАСПОРТ серия АС № 4788401")
_LETTER_SERIES = re.compile(
    rf"(?<!\w)(?i:паспорт\w*|пасп\.|passport)(?!\w)[^\d\n;]{{0,20}}?(?<!\w)(?i:сери[яи]|сер\.)[ \t]*:?[ \t]*"
    rf"(?P<series>{_L}{{1,3}})[ \t]*,?[ \t]*(?:№|N|(?i:номер))[ \t]*:?[ \t]*(?P<number>\d{{7,9}}){_END}"
)

# a CIS state's personal number after its name (Kazakh ЖСН, Uzbek ЖШШИР, their Russian and Latin spellings)
_NATIONAL_ID = re.compile(
    r"(?<!\w)(?:ИИН|ЖСН|ПИНФЛ|ЖШШИР|JSHSHIR|JShShIR|PINFL|IIN|ПИН|(?i:идентификационн\w*[ \t]+номер\w*))(?!\w)"
    r"[^\d\n;]{0,25}?(?<!\d)(?P<value>\d(?:[ \t]?\d){11,13})(?![\w])(?![.,/\-]\d)"
)
_NATIONAL_ANCHOR = ("иин", "жсн", "пинфл", "жшшир", "jshshir", "pinfl", "iin", "пин", "идентификационн")

# an old OMS policy: a policy word and the compulsory insurance's mark, then "серия <series> № <number>" (the mark may be
# the policy's full name, 326-ФЗ art. 45, and a sign after it: "полис обязательного медицинского страхования № серия АБ №
# 224994926", 42 characters before "серия")
_OLD_OMS = re.compile(
    r"(?<!\w)(?i:полис\w*)(?!\w)(?P<between>[^\d\n;]{0,60}?)(?<!\w)(?i:сери[яи]|сер\.)[ \t]*:?[ \t]*"
    r"(?P<series>[А-ЯЁA-Z]{1,3}(?:[ \t\-]?\d{2,4})?|\d{2,4})[ \t]*,?[ \t]*(?:№|N|(?i:номер))[ \t]*:?[ \t]*"
    r"(?P<number>\d{5,10})(?![\w])(?![.,/\-]\d)"
)
# (the mark in any case, as a hurried hand types it, "полис омс № серия ВСА № 438108959"; a whole word: "Томске" holds none)
_OMS_MARK = re.compile(r"(?i:(?<![а-яё])омс(?![а-яё])|обязательн\w*[ \t]+медицинск\w*)")

# a voluntary insurance policy's number with the insurer's mark before it, "ДМС 12345678", "ДМС-0045123": the mark makes
# it no OMS policy (whose ЕНП has no letters), whatever policy word stands before it
_DMS_NUMBER = re.compile(r"(?<!\w)(?P<value>ДМС[ \t\-]?(?P<digits>\d{6,12}))(?![\w])(?![.,/\-]\d)")
# ("ДМС 20242025": a contract's period typed without a dash, which :data:`.record_values.YEAR_SPAN` needs)
_YEARS = re.compile(r"(?:19|20)\d\d(?:19|20)\d\d(?!\d)")

# the passes read after a passport's own word (or a cue calling it foreign or a travel one), with their anchors
# after a passport's word in a foreign language ("Reisepass: C01X00T47", "Passeport n° 12AB34567"): the paper is a
# foreign state's, and its number is the machine-readable zone's document-number field, up to nine Latin capitals and
# digits in any order (ICAO Doc 9303, part 4: Germany's "C01X00T47", France's "12AB34567"); four digits at least,
# so no word or code of letters is taken
_ICAO_FIELD = re.compile(
    rf"(?<![^\W_])(?i:{LATIN_PASSPORT_WORD})(?!\w)[^\d;\n]{{0,30}}?(?<![\w])(?:(?:№|N|No\.?|Nr\.?|#)[ \t]*:?[ \t]*)?"
    rf"(?P<value>(?=(?:[A-Z]*\d){{4}})[A-Z0-9]{{6,9}}){_END}"
)
_PASSPORT_PASSES = ((_LATIN, _LATIN_ANCHOR), (_FOREIGN, _FOREIGN_ANCHOR), (_LETTER_SERIES, ("пасп", "passport")),
                    (_ICAO_FIELD, LATIN_PASSPORT_WORDS))
_ANCHORS = (*_DOC_ANCHOR, *_LATIN_ANCHOR, *_FOREIGN_ANCHOR, *_NATIONAL_ANCHOR, "полис", "дмс")


def _at(lower: str, words: tuple[str, ...]) -> list[int]:
    return [position for position in word_starts(lower, _ANCHORS) if lower.startswith(words, position)]


def foreign_id_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the record numbers of this module in ``text``: foreign papers' ICAO cells, numbers after an
    identity document's word that names no passport, ДМС numbers and CIS personal numbers (see the module)."""
    for kind, start, end in _typed_spans(text):
        if kind == OTHER_PAPER:
            yield start, end


def foreign_passport_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of travel and foreign states' passports in ``text``: RU_PASSPORT since round 26 (see the module)."""
    for kind, start, end in _typed_spans(text):
        if kind == PASSPORT:
            yield start, end


@once_per_text  # (both recognizers read one list)
def _typed_spans(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of this module's spans in ``text``, computed once per text; a span a passport's word reads is
    the passport's, whichever other pass reads it too."""
    passports = list(dict.fromkeys(_passport_spans(text)))
    taken = set(passports)
    found = [(PASSPORT, start, end) for start, end in passports]
    found += [(OTHER_PAPER, start, end) for start, end in dict.fromkeys(_other_spans(text)) if (start, end) not in taken]
    return found


def _passport_spans(text: str) -> Iterator[tuple[int, int]]:
    """Passports a passport's word names, whoever issued them and whatever they are for (a seaman's or a serviceman's
    identity paper named so stays a record number, :func:`_other_spans`)."""
    yield from (span for span in field_passport_spans(text) if _cell_names_passport(text, span[0]))
    lower = lowered(text)
    if not lower or not word_starts(lower, _ANCHORS):
        return
    for match in matches_at(_SHAPED, text, _at(lower, _DOC_ANCHOR)):
        # (an ICAO number after a passport's word; after "документ" or "удостоверение личности" alone, a CIS identity
        # card's or any paper's, it stays a record number)
        if _names_passport(text, match.start(), match.start("value")):
            yield match.span("value")
    for pattern, anchors in _PASSPORT_PASSES:
        for match in matches_at(pattern, text, _at(lower, anchors)):
            span = _value_span(match)
            if not _HOLDER.search(text, match.start(), span[0]):
                yield span


def _other_spans(text: str) -> Iterator[tuple[int, int]]:
    """The record numbers: ICAO cells, ICAO numbers after a non-passport document word, a seaman's or a serviceman's
    paper, ДМС and CIS personal numbers."""
    yield from field_passport_spans(text)
    lower = lowered(text)
    if not lower or not word_starts(lower, _ANCHORS):
        return
    for match in matches_at(_SHAPED, text, _at(lower, _DOC_ANCHOR)):
        if not _names_passport(text, match.start(), match.start("value")):
            yield match.span("value")
    for pattern, anchors in _PASSPORT_PASSES:
        for match in matches_at(pattern, text, _at(lower, anchors)):
            span = _value_span(match)
            if _HOLDER.search(text, match.start(), span[0]):
                yield span
    for match in matches_at(_DMS_NUMBER, text, _at(lower, ("дмс",))):
        if not _YEARS.match(text, match.start("digits")):
            yield match.span("value")
    for match in matches_at(_NATIONAL_ID, text, _at(lower, _NATIONAL_ANCHOR)):
        # (twelve digits whose Russian INN check digits hold after "ИИН" are an INN under a typo of its label, as hurried
        # Russian records write it; a Kazakh ИИН passes them by chance once in a hundred)
        if not inn_valid(digits_only(match.group("value"))):
            yield match.span("value")


def _value_span(match: re.Match[str]) -> tuple[int, int]:
    """A pass's value; a letter series' one span from the series to the number (the Russian passport's rule reads "АС №
    4788401" as one value, and a span inside a longer one is dropped, :func:`.scanner.resolve_overlaps`)."""
    if "value" in match.re.groupindex:
        return match.span("value")
    return match.start("series"), match.end("number")


def _names_passport(text: str, start: int, end: int) -> bool:
    """A passport's word, and no seaman's or serviceman's, in ``text[start:end]``."""
    return _PASSPORT_WORD.search(text, start, end) is not None and _HOLDER.search(text, start, end) is None


def _cell_names_passport(text: str, position: int) -> bool:
    """Whether an ICAO cell at ``position`` is a passport's: a passport's word on its own line shortly before it (an
    export's kind member, '"type": "foreign_passport", "number": "AB1234567"'), or its column's header cell on one of
    the two lines above names one ("| Паспорт | ...", "passport;..."), or its record's document-kind field does
    (``<УдЛичнФЛ КодВидДок="10" СерНомДок="FA 1234567"/>``, :mod:`.export_document_kinds`)."""
    line = text.rfind("\n", 0, position) + 1
    if _names_passport(text, max(line, position - _CELL_REACH), position) \
            or kind_before(text, position) in (PASSPORT, OTHER_PASSPORT):
        return True
    opening = position
    while opening > line and text[opening - 1] in " \t":
        opening -= 1
    bound = text[opening - 1] if opening > line else ""
    if bound not in _CELL_BOUNDS or bound == '"':
        return False
    column = text.count(bound, line, opening)
    above = line - 1
    for _ in range(2):
        if above <= 0:
            return False
        start = text.rfind("\n", 0, above) + 1
        cells = text[start:above].split(bound)
        if len(cells) > column and _names_passport(cells[column], 0, len(cells[column])):
            return True
        above = start - 1
    return False


def field_passport_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of foreign passports' numbers standing alone as a table's or an export's field (see :data:`_CELL`)."""
    # (each bound's positions in the note, :func:`.code_page.char_positions`: ``";" in text`` stops at each "л" of a
    # Cyrillic note, whose code point shares the sign's low byte)
    if any(char_positions(text, bound) for bound in _CELL_BOUNDS):
        # (tried where a cell opens alone, in order: every match of the scan starts there, and the scan, which stops at each
        # character of the note, cost ~45 us a note with a bound; :func:`.base.matches_at`)
        for match in matches_at(_CELL, text, [0, *(opening.end() for opening in _CELL_OPENING.finditer(text))]):
            if not _LOT_WORDS.search(text, *_header_window(text, match.start("value"))):
                yield match.span("value")


def _header_window(text: str, position: int) -> tuple[int, int]:
    """The line holding ``position`` and the two lines above it (a table's header), at most 300 characters back."""
    start = position
    for _ in range(3):
        start = text.rfind("\n", 0, start)
        if start < 0:
            break
    end = text.find("\n", position)
    return max(start + 1, position - 300), (len(text) if end < 0 else end)


def old_oms_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of an old-form OMS policy's series and number (see the module)."""
    lower = lowered(text)
    if not lower or not word_starts(lower, ("полис",)):
        return
    for match in matches_at(_OLD_OMS, text, _at(lower, ("полис",))):
        if _OMS_MARK.search(match.group("between")):
            yield match.span("series")
            yield match.span("number")


def foreign_id_recognizers() -> list[CandidateRecognizer]:
    """Fresh recognizers: travel and foreign passports (RU_PASSPORT), foreign papers' other numbers
    (MEDICAL_RECORD_NUMBER) and old OMS policies (RU_OMS_POLICY)."""
    return [
        SpanRecognizer(PASSPORT, "ForeignPassportRecognizer", foreign_passport_spans, SCORE),
        SpanRecognizer(OTHER_PAPER, "ForeignIdRecognizer", foreign_id_spans, SCORE),
        SpanRecognizer("RU_OMS_POLICY", "OldOmsPolicyRecognizer", old_oms_spans, SCORE),
    ]
