"""Where a cued field ends: the reader of a field's extent, shared by every cue of :mod:`.fields`.

A cue says what a field holds; this module says how far it runs, which is a question of its own (the
address words, the house numbers, the sentence that goes on after a place, the date that follows one) and
the longer part of reading a field. :func:`field_end` is also asked by readers of other address layouts
(:mod:`.errand_addresses`, :mod:`.address_replies`); :func:`date_ahead` by :mod:`.address`.

Where a field ends: a line break or ";"; a full stop followed by a capital letter or the end, unless
it closes an abbreviation ("обл.", "ул.", "д.", "корп.") or an initial; a new cue ("тел.", "СНИЛС");
a comma or bracket followed by an ordinary lower-case word that is not an address word
(", работает продавцом", "(со слов)"); at most 160 characters.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.address_tails import phone_run_at
from medsyn_dataset.validation.pii.date_grammar import FULL_DATE
from medsyn_dataset.validation.pii.field_cues import next_field_cue
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.street_house import preposition_runs_on

_I = re.IGNORECASE
# the verb "to live" in the forms a note or a caller uses for where one lives ("живёт Орск", "живем Кимры Средняя 81"):
# the one home of these forms for the address cue, its hints, its anchors and the verb cue below (:mod:`.fields`)
LIVE_VERBS = ("живет", "живёт", "живем", "живём", "живу")
# after a verb cue ("проживает") an address must follow: a keyword, a number or a capitalised word
_VERB_CUE = re.compile(rf"прожива|зарегистр|прописан|прож|{'|'.join(LIVE_VERBS)}|родил", _I)
# address keywords: abbreviations (a stop or a space after them) and whole words
_KEYWORD_SHORT = r"г|гор|пос|пгт|с|д|дер|ул|пр|пер|мкр|мкрн|мкр-н|м-н|обл|респ|р-н|ст-ца|х|наб|б-р|бул|ш|пр-т|пр-кт|пр-д|кв-л|рп|в/г|в/ч"
_KEYWORD_WORD = (r"город\w*|улиц\w*|област\w*|район\w*|сел[оа]|деревн\w*|пос[её]л\w*|станиц\w*|хутор\w*|микрорайон\w*"
                 r"|проспект\w*|переул\w*|шоссе|бульвар\w*|набережн\w*|проезд\w*|квартал\w*")

# what ends a field (a table's or a МИС screen's column bar too: "Адрес: ... │ ЭМК: ...")
_HARD_END = re.compile(r"[\n;|│┃║¦]")
# (a lookbehind, not "^": searched from the field's start, "^" would match only at the text's start)
_ABBREVIATION = re.compile(
    r"(?<![^\s,(])(?:г|гор|ул|д|дом|кв|корп|к|стр|обл|пос|п|с|дер|пр|просп|пер|наб|ш|мкр|респ|пгт|ст|х|б|бул|пл"
    r"|им|оф|пом|лит|уч|тер|р|обл|окр|р-н|мкр-н|туп|пр-д|пр-т|кр|а|о|ао|гп|рп|сп|снт|д\.р|г\.р|тел|доб|моб|[А-ЯЁ])$",
    _I,
)
_NEXT_CUE = re.compile(
    r"(?:тел\w*|моб\w*|снилс|инн|паспорт|полис|e-?mail|эл\.\s*почта|дата|д\.\s?р|жалоб\w*|диагноз|возраст|пол\b)", _I
)
# a full date or a year with its word, maybe after a preposition (any full date the date grammar knows, whatever its
# separators: "г. Москве 23 января 2020 года", "УФМС России 14-02-2022", "...\t27. 10. 1970")
_DATE_AHEAD = re.compile(rf"[ \t]*(?:(?:в|во|от|с)[ \t]+)?(?:{FULL_DATE}|(?:1[89]|20)\d{{2}}[ \t]*(?:г\b|г\.|год|гг))")


def date_ahead(text: str, start: int, position: int) -> bool:
    """A date follows ``position`` (not a street named by one: "ул. 1905 года"; a region is named by
    no date, so after "обл."/"р-н" it is one: "Тверской обл. 18 февраля 2025")."""
    if _DATE_AHEAD.match(text, position + 1) is None:
        return False
    if not _KEYWORD_BEFORE.search(text, max(start, position - 14), position):
        return True
    bare = position - 1 if text[position - 1 : position] == "." else position
    return _SUFFIX_ABBREVIATION.search(text, max(start, bare - 8), bare) is not None


_ADDRESS_WORD = re.compile(
    r"(?:г|гор|город\w*|ул|улиц\w*|д|дом|кв|квартир\w*|корп\w*|к|стр|строени\w*|обл|област\w*|пос|пос[её]л\w*|п|с|сел[оа]"
    r"|дер|деревн\w*|пр|просп\w*|пр-т|пр-кт|пер|переул\w*|наб|набережн\w*|ш|шоссе|мкр|микрорайон\w*|респ|республик\w*"
    r"|пгт|ст|ст-ца|станиц\w*|х|хутор\w*|б-р|бул|бульвар\w*|пл|площад\w*|р-н|район\w*|край|кра[яю]|округ\w*|ао"
    r"|тер|снт|лит|оф|офис|пом|помещени\w*|в|во|им|россия|рф|м\.?о\.?|г\.?о\.?|мо|туп\w*|тупик\w*|проезд\w*|аллея|линия"
    r"|субъект\w*|населенн\w*|населённ\w*|пункт\w*|федерац\w*|поселени\w*|муниципальн\w*)(?![а-яё])",
    _I,
)
_MAX_FIELD = 160
_NUMBER_BEFORE = re.compile(r"\d[а-яА-ЯёЁ]?$")


def field_end(text: str, start: int, address: bool = False) -> int:
    """Where the field that starts at ``start`` ends (exclusive), trailing spaces and stops trimmed."""
    limit = min(len(text), start + _MAX_FIELD)
    hard = _HARD_END.search(text, start, limit)
    while address and hard is not None and _address_goes_on(text, start, hard.start()):
        hard = _HARD_END.search(text, hard.start() + 1, limit)
    stop = next_field_cue(text, start, hard.start() if hard else limit)  # "... кв. 3 СНИЛС: ..."
    i = start
    while i < stop:
        ch = text[i]
        if ch in " \t," and i > start and date_ahead(text, start, i):
            stop = i  # "г. Кимры 12.03.1960", "в Москве в 1950 г.": a date is no part of a place
            break
        if ch == "." and _sentence_ends(text, start, i):
            stop = i + 1 if _ABBREVIATION.search(text, max(start, i - 8), i) else i  # "... обл." keeps its stop
            break
        if ch in ",(" and i > start:
            rest = text[i + 1 : stop].lstrip()
            word = re.match(r"[а-яё][а-яё\-]*\.?", rest)
            cue = _NEXT_CUE.match(rest) or (address and ch == "," and phone_run_at(rest, 0))  # "..., кв. 9, 8 (912) ..."
            after_house = _NUMBER_BEFORE.search(text, max(start, i - 3), i) is not None  # "85, ...", "7б, ..."
            if cue or (word and not (address and (_ADDRESS_WORD.match(rest) or _lower_name_goes_on(rest, after_house)))):
                stop = i
                break
        if address and ch == " " and i > start and text[i - 1].isalpha() and phone_run_at(text, i + 1):
            stop = _house_before_phone(text, i + 1) or i  # "г. Тула, садовая 8 (912) 345-67-89": a phone after a street's words ends the address
            break
        if address and ch == " " and i > start and text[i - 1] not in ",." and (
            _house_ends(text, start, i) if text[i - 1].isalnum() and _HOUSE_BEFORE.search(text, max(start, i - 12), i)
            else not text[i - 1].isdigit() and _plain_word_run(text, i + 1)
        ):  # (after a number a word is part of a name: "ул. 70 лет Октября", "ул. 9 мая")
            stop = i  # "с. Кузнецовка с семьёй", "д. Устье на долечивание": the sentence goes on
            break
        if ch == ")" and text.rfind("(", start, i) < 0:
            stop = i
            break
        i += 1
    while stop > start and text[stop - 1] in " \t,.:-–—(":
        if text[stop - 1] == "." and _ABBREVIATION.search(text, max(start, stop - 8), stop - 1):
            break  # "кв. 5, корп." keeps its full stop
        stop -= 1
    return stop


_HOUSE_THEN_RUN = re.compile(r"\d{1,4}[а-яё]?[ \t]+(?=[+(\d])")


def _house_before_phone(text: str, position: int) -> int:
    """Where a house number that opens the phone-shaped run at ``position`` ends, or 0: "ул. Ленина 5 (912) 345-67-89"
    (the phone is '(912) ...'; a lone '7'/'8' before a ten-digit run is the phone's trunk, "Садовая 8 (912) ...")."""
    house = _HOUSE_THEN_RUN.match(text, position)
    if house is None or not phone_run_at(text, house.end() + (text[house.end()] == "(")):
        return 0
    if house.group().strip() in ("7", "8"):
        rest = re.match(r"[+\d()\- \t–]+", text[house.end() :])
        if rest is None or sum(ch.isdigit() for ch in rest.group()) < 11:
            return 0
    return house.end()


# the next line of an address broken after a comma (forms print a region, a town and a street on lines of their own): short, opens with a capital, a digit or an address keyword, names no new field
_NEXT_LINE_ADDRESS = re.compile(r"[ \t]*(?:[А-ЯЁ\d]|(?:г|ул|пер|пр|д|с|п|пос|пгт|рп|мкр|ш|наб|б-р|бул|пр-т|тупик|улица|проспект|переулок)[. \t])")


def _address_goes_on(text: str, start: int, line_end: int) -> bool:
    """An address field's line ends with a comma and the next line carries on the address."""
    if text[line_end] != "\n" or text[start:line_end].rstrip(" \t")[-1:] != ",":
        return False
    next_end = text.find("\n", line_end + 1)
    next_line = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    return len(next_line) <= 80 and ":" not in next_line and bool(_NEXT_LINE_ADDRESS.match(next_line))


_LOWER_WORD = re.compile(r"[а-яё]+(?=[ \t]+[а-яёА-ЯЁ\d])")
# Hurried records write names in lower case ("г. мурманск проезд энергетиков 30 кв 39", "школьная
# улица, д 15"): a lower-case word is a name of the address when a keyword stands right before it,
# or when a keyword or a house number follows it (after at most one more word: "маршала жукова 37")
_KEYWORD_BEFORE = re.compile(
    rf"(?<![\w\-])(?:{_KEYWORD_SHORT}|{_KEYWORD_WORD}|п|просп|пл|площад\w*|туп|тупик\w*|аллея)\.?[ \t]*$", _I
)
_NAME_TOKEN = re.compile(r"[^\s,;]+")
_CYRILLIC_WORD = re.compile(r"[а-яё][а-яё\-]*\.?")
_ONE_LETTER = frozenset("в во с п д к х им у".split())


def _lower_name_goes_on(rest: str, after_house: bool = False) -> bool:
    """``rest`` opens with a lower-case word, and one of the next two words is a house number or an address keyword
    ("революционная ул, д 22в", "маршала жукова 37-13"), or the third a house-flat ("нижний тагил весенняя 67-167"),
    or a phone follows the words when no house number stands before them ("г. Тула, садовая 8 (912) ...")."""
    found = list(_NAME_TOKEN.finditer(rest[:60]))[:5]
    tokens = [token.group() for token in found]
    if not tokens or not _CYRILLIC_WORD.fullmatch(tokens[0]):
        return False  # "kdl@crb-elets.ru. 43 года" after "Адрес эл. почты:" is no place
    for index, token in enumerate(tokens[1:4], start=1):
        bare = token.rstrip(".")
        if token[0].isdigit():
            if phone_run_at(rest, found[index].start()):
                # "..., 85, отдел кадров 8 (846) 932-95-48": after a house, words before a phone are no street; with no
                # house yet they are one ("Тула, маршала жукова, 8 (912) ..."), and the field ends at the phone
                return not after_house
            return index < 3 or re.fullmatch(r"\d{1,4}[а-яё]?[-/]\d{1,4}[а-яё]?\.?", token) is not None
        number_next = index + 1 < len(tokens) and tokens[index + 1][0].isdigit()  # "д 15", not "у дочери"
        if _ADDRESS_WORD.fullmatch(bare) and (bare.lower() not in _ONE_LETTER or token.endswith(".") or number_next):
            return True
        if not token[0].islower():
            return False
    return False


def _plain_word_run(text: str, position: int) -> bool:
    """At ``position`` a lower-case word that is no address word, with another word after it, and
    that is no lower-case name of the address (see ``_KEYWORD_BEFORE``)."""
    word = _LOWER_WORD.match(text, position)
    if word is None:
        return False
    if len(word.group()) <= 2:  # "с семьёй", "на долечивание"; but "г Урюпинск", "ул Урожайная", "д 104"
        return text[word.end() :].lstrip(" \t")[:1].islower()
    if _ADDRESS_WORD.match(text, position):
        return False
    if _KEYWORD_BEFORE.search(text, max(0, position - 14), position) and not _VERB_CUE.match(text, position):
        return False
    return not _lower_name_goes_on(text[position : position + 60])


# a house and flat number ("20-256", "8/3", "16к2-26", "кв 39", "д. 5"): what follows it may end the field
_HOUSE_BEFORE = re.compile(r"(?:\d[-/]\d+[а-яА-Я]?|(?<![\w\-])(?:кв|д|дом|корп|стр)\.?[ \t]?\d+[а-яА-Я]?)$", _I)


def _house_ends(text: str, start: int, position: int) -> bool:
    """After a house or flat number, the field ends before an ordinary word: a lower-case one that
    is no address word ("20-82 одна", "26-61. на шум"), or a capitalised dictionary word ("Боли")."""
    rest = text[position:].lstrip(" \t")
    word = re.match(r"[а-яё]+", rest)
    if word is not None:
        if len(word.group()) == 1 and preposition_runs_on(rest):
            return True  # "12-45 с дочерью", "95-2 в течение": a preposition, not "с." (a village)
        return not _ADDRESS_WORD.fullmatch(word.group())
    return _ordinary_word(rest)


def _sentence_ends(text: str, start: int, dot: int) -> bool:
    after = text[dot + 1 : dot + 3]
    if after and not after[0].isspace():
        return False  # "д.5", "12.03"
    if _HOUSE_BEFORE.search(text, max(start, dot - 12), dot) and _house_ends(text, start, dot + 1):
        return True
    nxt = text[dot + 1 :].lstrip(" \t")
    if _ABBREVIATION.search(text, max(start, dot - 8), dot):
        # "обл.", "р-на" close the part they follow: an ordinary word after them starts a sentence
        # ("Омской обл. Жалобы на..."), a name goes on with the address ("обл. Красногорский р-н")
        return bool(_SUFFIX_ABBREVIATION.search(text, max(start, dot - 8), dot)) and _ordinary_word(nxt)
    return not nxt or nxt[0].isupper() or nxt[0] == "\n"


_SUFFIX_ABBREVIATION = re.compile(r"(?<![^\s,(])(?:обл|окр|р-н|р-на|р-не|респ|кр|ао)$", _I)
_NEXT_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?![\w\-])")


def _ordinary_word(rest: str) -> bool:
    """``rest`` opens with a capitalised dictionary word that names no place ("Жалобы", "Боли")."""
    word = _NEXT_WORD.match(rest)
    if word is None:
        return False
    if _PLACE_ADJECTIVE.search(word.group()):
        return False  # "Красногорский р-н"
    flags = word_class(word.group())
    return bool(flags & WordClass.COMMON) and not flags & (WordClass.PLACE | WordClass.SURNAME | WordClass.NAME)


_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ой|ого|ом)$")
