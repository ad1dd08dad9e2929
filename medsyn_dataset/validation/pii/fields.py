"""Cue fields: the value after "Адрес:", "проживает по адресу", "тел.", "дата рождения" is PII of
the cue's type, whatever its inner layout.

A record names what follows: after an address cue the whole field, up to the field's end, is one
LOCATION, so an address in an order, spelling or abbreviation nobody listed is still taken whole
("Маркса ул., 146-152, Александров"). After a birth or visit-date cue the
first date-like expression is a DATE_TIME even when partial ("25.10", "1985").

Where a field ends: a line break or ";"; a full stop followed by a capital letter or the end, unless
it closes an abbreviation ("обл.", "ул.", "д.", "корп.") or an initial; a new cue ("тел.", "СНИЛС");
a comma or bracket followed by an ordinary lower-case word that is not an address word
(", работает продавцом", "(со слов)"); at most 160 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.address_tails import phone_run_at
from medsyn_dataset.validation.pii.base import compile_grouped, in_tab_row, lowered, word_starts
from medsyn_dataset.validation.pii.dates import FULL_DATE, date_at
from medsyn_dataset.validation.pii.field_cues import next_field_cue
from medsyn_dataset.validation.pii.lone_places import (
    GENERIC_PLACE_WORDS,
    lone_place,
    residence_or_birth_label,
)
from medsyn_dataset.validation.pii.street_house import next_line_address, preposition_runs_on, street_house_at

_I = re.IGNORECASE
_ADDRESS_CUE = re.compile(
    r"(?<![\w])(?:"
    # "Адрес регистрации", "адрес постоянного места жительства" (any words before the head noun), "Адрес вызова" (form 110/у)
    r"адрес\w*(?:(?:\s+[а-яё]+){0,3}?\s+(?:регистрации|проживания|жительства|прописки|пребывания|вызова))?"
    r"(?:(?:\s+[а-яё.]+){1,3}?(?=[ \t]*[:–—]))?"  # "Адрес пациента:", "адрес по месту жительства:"
    # "Место жительства", "место постоянного проживания", "Место смерти" (a colon after it or not: see
    # ``_bare_place_cue``)
    # more labels of foreign and translated documents (the English ones of bilingual forms are below):
    # "Permanent address —", "Place of residence —", and the German "Adresse:", "Anschrift:", "Wohnort:"
    # (a colon or a dash after them: "address" is also an English verb)
    r"|(?:(?:permanent|current)[ \t]+)?address(?=[ \t]*[:–—])|place\s+of\s+(?:residence|birth)(?=[ \t]*[–—])"
    r"|(?:adresse|anschrift|wohnort|geburtsort)(?=[ \t]*:)"
    r"|адр\.(?:[ \t]?(?:рег|прож|пост|факт)\.)?|(?P<place>мест[оау]?\s+(?:[а-яё]+\s+)?(?:жительства|проживания|регистрации|пребывания|рождения|вызова|смерти"
    r"|происшествия|нахождения|службы))|прописк[аеи]"
    # a registration's label ("Регистрация: ...", "Рег.: ..."), and the English labels of bilingual forms
    r"|(?:регистрация|рег\.)(?=[ \t]*:)|(?:home[ \t]+|postal[ \t]+|residential[ \t]+)?address(?=[ \t]*:)"
    r"|place[ \t]+of[ \t]+(?:residence|birth)(?=[ \t]*:)"
    r"|мест[оау]?\s+(?:рожд|жит|прож|рег|преб)(?:\.|-[а-я]{1,3}(?![а-я]))|м/[рж](?=[ \t]*[:\-–—])"
    # a home visit ("Выезд на дом", "вызов врача на дом для освидетельствования: ...": who goes, what for, then its colon)
    r"|(?:вызов|выезд)\w*(?P<errand>(?:\s+[а-яё]+)?\s+на\s+дом(?:\s+[а-яё]+){0,3})(?=[ \t]*[:–—])|(?:вызов|выезд)\w*\s+на\s+дом"
    # (a form's gender ending in brackets: "проживающий(ая)", "зарегистрирован(а)"; a scan's space: "прож .:")
    r"|(?:фактически\s+)?(?:(?:прожива\w+|зарегистрирован\w*|прописан\w*)(?:\([а-я]{1,3}\))?|прож(?:ив)?[ \t]?\.|прож(?=[ \t]*:)"
    r"|живет|живёт|(?P<born>родил(?:ся|ась)(?=[ \t]+во?[ \t])))"
    # "проживает по ул. ...", "прожив. по профсоюзная ул." (a street keyword right after "по" or after one word)
    r"(?:\s+по\s+адресу|(?P<along>\s+по)(?=\s+(?:[а-яёА-ЯЁ\-]+\s+)?(?:ул|пер|пр|мкр|м-н|пл|б-р|бул|наб|ш|проезд|проспект"
    r"|улиц|переул|бульвар|шоссе|набережн|микрорайон|площад|туп)[.\s\-]))?"
    # a form's note in brackets after its label: "Адрес места жительства (пребывания):", "Адрес (факт.):"
    r")(?:[ \t]*\([^()\n]{1,40}\)(?=[ \t]*:))?(?P<sep>[ \t]*(?:[:\-–—][ \t]*(?P<next_line>\n[ \t]*)?|\n[ \t]*)?)",
    _I,
)
# after a verb cue ("проживает") an address must follow: a keyword, a number or a capitalised word
_VERB_CUE = re.compile(r"прожива|зарегистр|прописан|прож|живет|живёт|родил", _I)
# address keywords: abbreviations (a stop or a space after them) and whole words
_KEYWORD_SHORT = r"г|гор|пос|пгт|с|д|дер|ул|пр|пер|мкр|мкрн|мкр-н|м-н|обл|респ|р-н|ст-ца|х|наб|б-р|бул|ш|пр-т|пр-кт|пр-д|кв-л|рп|в/г|в/ч"
_KEYWORD_WORD = (r"город\w*|улиц\w*|област\w*|район\w*|сел[оа]|деревн\w*|пос[её]л\w*|станиц\w*|хутор\w*|микрорайон\w*"
                 r"|проспект\w*|переул\w*|шоссе|бульвар\w*|набережн\w*|проезд\w*|квартал\w*")
# a keyword glued to its name, stops and spaces lost ("гКострома улВеселая д5/1 кв114"): a capital inside a word,
# which Russian spelling never writes otherwise
_GLUED_KEYWORD = r"(?:г|гор|пос|пгт|с|д|дер|ул|пр|пер|мкр|обл|респ|х|ст-ца|рп)(?=[А-ЯЁ][а-яё])"
_ADDRESS_START = re.compile(
    r"(?:\d|[А-ЯЁ]|(?:в|во)\s+(?:[А-ЯЁ]|г\.|гор|пос|с\.|д\.|дер|пгт|ст-ц|р\.?п)"
    rf"|(?:{_KEYWORD_SHORT}|р\.п|с/п|г\.\s?о|тер|уч|снт)[.\s]|(?:{_KEYWORD_WORD})\s|{_GLUED_KEYWORD})"
)
_DATE_CUE = re.compile(
    # (abbreviations of "born" and "date of birth" as notes write them: "род. 12.03.1985", "ДР 12031985";
    # "др"/"род." only before a colon or a number: "и др.", "род. деятельность")
    r"(?<![\w])(?:дата\s+рожд\w*\.?|д\.\s?р\.|д/р|др(?=[ \t]*:)|(?-i:ДР|Др)(?=[ \t]+\d)|род\.(?=[ \t]*\d)"
    r"|г\.\s?р\.|год\s+рождения|родил(?:ся|ась)|рожд\.|"
    r"дата\s+(?:поступления|выписки|осмотра|обращения|госпитализации|приема|приёма|визита|операции)"
    # English ones of foreign and translated documents: "DOB: 1956", "Date of birth 03/1956", "born in 1956"
    r"|dob\b|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born|geb\.|geboren(?:\s+am)?|geburtsdatum)"
    r"(?P<sep>[ \t]*(?:[:\-–—][ \t]*)?)",
    _I,
)

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
            if cue or (word and not (address and (_ADDRESS_WORD.match(rest) or _lower_name_goes_on(rest)))):
                stop = i
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


def _lower_name_goes_on(rest: str) -> bool:
    """``rest`` opens with a lower-case word, and one of the next two words is a house number or an address keyword
    ("революционная ул, д 22в", "маршала жукова 37-13"), or the third a house-flat ("нижний тагил весенняя 67-167")."""
    tokens = _NAME_TOKEN.findall(rest[:60])[:5]
    if not tokens or not _CYRILLIC_WORD.fullmatch(tokens[0]):
        return False  # "kdl@crb-elets.ru. 43 года" after "Адрес эл. почты:" is no place
    for index, token in enumerate(tokens[1:4], start=1):
        bare = token.rstrip(".")
        if token[0].isdigit():
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
    from medsyn_dataset.validation.pii.morph import WordClass, word_class

    word = _NEXT_WORD.match(rest)
    if word is None:
        return False
    if _PLACE_ADJECTIVE.search(word.group()):
        return False  # "Красногорский р-н"
    flags = word_class(word.group())
    return bool(flags & WordClass.COMMON) and not flags & (WordClass.PLACE | WordClass.SURNAME | WordClass.NAME)


_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ой|ого|ом)$")


# Substrings every cue of a kind contains (either case of the first letter): ``str.find`` rules out
# most notes before a cue pattern (case-insensitive alternations are slow to search) runs.
# (lower-case, searched in the lowered text: one list for every case of a cue)
_ADDRESS_HINTS = ("адрес", "адр.", "ddress", "DDRESS", "lace of", "службы", "anschrift", "wohnort", "geburtsort", "жительств",
                  "прож", "регистр", "ропис", "ребыван", "живет", "живёт", "вызова", "м/р", "жит-", "рег-",
                  "м/ж", "на дом", "жит.", "рег.", "рожд.", "сто рожд", "ста рожд", "сту рожд", "смерти", "родил",
                  "происшеств", "нахожден")
_DATE_HINTS = ("рожд", "Рожд", "РОЖД", "род.", "Род.", "д.р", "Д.р", "д. р", "Д. р", "г.р", "г. р", "д/р", "Д/р", "родил", "Родил", "Дата",
               "дата", "ДАТА", "ДР", "Др", "DOB", "D.O.B", "irth", "IRTH", "born", "Born", "BORN",
               "geb", "Geb", "GEB")


# Where each kind of cue can start, in the lower-cased text (found with ``str.find``: a scan for a
# case-insensitive alternation costs far more).
_ADDRESS_ANCHOR = ("адр", "мест", "прописк", "рег.", "регистрац", "address", "place of", "home", "postal", "residential",
                   "permanent", "current", "adresse", "anschrift", "wohnort", "geburtsort", "фактически", "прож", "зарегистрир",
                   "прописан", "м/", "вызов",
                   "выезд", "живет", "живёт", "родил")
_DATE_ANCHOR = ("дата", "д.р", "д. р", "д/р", "др", "род.", "г.р", "г. р", "год рожд", "родил", "рожд.", "dob", "d.o.b", "date of",
                "birth", "born", "geb")


def _cues(pattern: re.Pattern[str], anchor: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` where one of the ``anchor`` words starts (the same as ``pattern.finditer``)."""
    lower = lowered(text)
    if not lower:  # a rare character changed length: scan the plain way
        yield from pattern.finditer(text)
        return
    resume = 0
    for start in word_starts(lower, anchor):
        if start < resume or (start and lower[start - 1] == "_"):
            continue
        match = pattern.match(text, start)
        if match is not None:
            resume = match.end()
            yield match


# one search of an alternation costs less than sixteen substring ones (the address hints: fewer, rarer, ``in``)
_DATE_HINT = compile_grouped("|".join(map(re.escape, _DATE_HINTS)))


def _has_any(text: str, hints: tuple[str, ...]) -> bool:
    return any(hint in text for hint in hints)


# a numeric date or a time opening a field
_DATE_FIRST = re.compile(r"\d{1,2}[.:]\d{2}(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")

#: score of a value taken from a cued field
CUE_SCORE = 0.85


def address_fields(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the fields after address cues ("Адрес:", "проживает по адресу", "прописан:")."""
    hinted = None  # (the hints are looked for once a cue is there: most notes have no cue, and the cues cost less)
    for cue in _cues(_ADDRESS_CUE, _ADDRESS_ANCHOR, text):
        hinted = _has_any(lowered(text) or text.lower(), _ADDRESS_HINTS) if hinted is None else hinted
        if not hinted:
            return
        start = cue.end()
        if in_tab_row(text, cue.start()):
            continue  # "...\tПолис\tАдрес\n": a column's header; the cells below are read by table_cells
        explicit = "адрес" in cue.group().lower() or ":" in cue.group("sep")
        if cue.group("next_line") and not (_strong_address_start(text, start) or next_line_address(text, start)):
            continue  # "Адрес:" with its value on the next line: only a value that reads as an address
        if not (_ADDRESS_START.match(text, start) or cue.group("along") or _labelled_cell(text, start, cue.group("sep"))
                or (explicit and _lower_name_goes_on(text[start : start + 60]))):  # "адрес: свердловская обл., ..."
            continue
        if cue.group("born") and not _named_place_start(text, start):
            continue  # "родился в срок", "родилась в роддоме": a birth, not a birthplace
        # (the verb cut to a label before a capital, "Прож. Сусуман, ...", not "прож. с мужем"; a digit as after the verb: not "Прож. 2 года")
        abbreviated = cue.group().rstrip().endswith(".") and text[start : start + 1].isupper()
        if (cue.group("errand") or "на дом").strip() != "на дом" and not next_line_address(text, start, after_town=True) and not _strong_address_start(text, start):
            continue  # an errand's caption ("Вызов врача на дом по поводу температуры: 38.5 у ребенка"): a reason as often
        if _VERB_CUE.match(cue.group()) and not (
            explicit or abbreviated or cue.group("along") or cue.group("born") or _strong_address_start(text, start)
            or street_house_at(text, start)  # "живёт Садовая 12-45": a street's name and house (:mod:`.street_house`)
        ):
            continue
        # (after a residence or birth label and a dash, one word filling the field: "Место жительства — Меренга;", :mod:`.lone_places`)
        lone = bool(cue.group("place")) and residence_or_birth_label(text, cue.start("place"), cue.group("place"), cue.group("sep"))
        if cue.group("place") and not explicit and not _bare_place_cue(text, cue.start(), start) and not (
            lone and lone_place(text[start : field_end(text, start, address=True)])
        ):
            continue
        if text.startswith(("в ", "во "), start):
            start = text.index(" ", start) + 1
        if text[start : start + 1].isdigit() and _DATE_FIRST.match(text, start):
            continue  # "Время прибытия на место вызова: 20.12.23 в 10.07": a date, not a house
        end = field_end(text, start, address=True)
        if (end - start >= 3 and not _generic(text[start:end])) or (lone and lone_place(text[start:end])):
            yield start, end


# A form's address cells, each with its label and a colon: "Населенный пункт: д. Устье", "Улица:
# Центральная", "Дом: 5". The label names the cell, so an ordinary word is a name there ("Центральная").
# (the label opens its field: "Жалобы на аноректальный регион: ..." is no cell; nor is the "Субъект:"
# of a SOAP note, only "Субъект РФ:")
_CELL_LABEL = re.compile(
    r"(?:^|[\n;.,|\t]|\d[.)])[ \t]*(?:(?P<named>(?:почтовый[ \t]+)?индекс|улица|дом|корпус|строение|квартира)"
    r"|нас(?:еленный|елённый|\.)[ \t]*пункт|город|район|регион|субъект[ \t]+(?:рф|российской[ \t]+федерации)|область|край"
    r"|республика|курорт)[ \t]*$"  # (a spa card's "Курорт:" names the resort town)
)
_CELL_LAST_WORDS = frozenset("индекс пункт улица дом корпус строение квартира город район регион рф федерации область край "
                             "республика курорт".split())
_CELL_LAST = tuple(_CELL_LAST_WORDS)
_CELL_VALUE = re.compile(r"[ \t]*(?=[\dА-ЯЁ]|(?:г|ул|д|с|п|пос|пгт|дер|мкр|пр|пер)\.)")


def address_cells(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the values of labelled address cells ("Улица: Центральная", "Дом: 5")."""
    lower = lowered(text)
    if not lower:
        return
    position = text.find(":")
    while position >= 0:
        word_start = position  # (the word walked back to counts only if it is a label's last word: then the text before
        # the colon ends with one, so one ``str.endswith`` for them all rules out most colons before the walk)
        while word_start and lower[word_start - 1].isalpha() and (word_start < position or lower.endswith(_CELL_LAST, 0, position)):
            word_start -= 1
        label = _CELL_LABEL.search(lower, max(0, position - 40), position) if lower[word_start:position] in _CELL_LAST_WORDS else None
        value = _CELL_VALUE.match(text, position + 1) if label is not None else None
        if label is not None and value is not None:
            end = field_end(text, value.end(), address=True)
            # a street or a house is named by its cell ("Улица: Центральная"); a town is not just any word
            if end > value.end() and (label.group("named") or not _generic(text[value.end() : end]) or lone_place(text[value.end() : end])):
                yield value.end(), end
        position = text.find(":", position + 1)


def date_fields(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the dates right after birth/visit-date cues, partial ones included ("д.р. 1985")."""
    hinted = not lowered(text)  # (no lowered text: the cues are a scan of their own, the hints go first as before)
    for cue in _cues(_DATE_CUE, _DATE_ANCHOR, text) if not hinted or _DATE_HINT.search(text) else ():
        if not hinted and not (hinted := _DATE_HINT.search(text) is not None):
            return  # (the hints run through a whole note: looked for once a cue stands at the index's anchors)
        start = cue.end()
        span = date_at(text, start, min(len(text), start + 40))
        if span is not None and _CUE_TO_DATE.fullmatch(text, start, span[0]):
            yield span


# between a date cue and its date: separators, or a preposition ("родилась в 1985 году", "от 12.03")
_CUE_TO_DATE = re.compile(r"[ \t:\-–—]*(?:\n[ \t]*)?(?:(?:в|во|от|in|on)[ \t]+)?", _I)  # (a label alone on its line: the next)

_FIELD_WORD = re.compile(r"[^\W\d_]+")


def _generic(value: str) -> bool:
    """A field without a number and without a word that can name a place names no place: generic
    words ("город", "городская зона", "Город Н"), ordinary words ("Каков ваш адрес?"), a first name."""
    from medsyn_dataset.validation.pii.morph import WordClass, normal_form, word_class

    if any(ch.isdigit() for ch in value):
        return False
    for found in _FIELD_WORD.finditer(value):
        word = found.group()
        if normal_form(word) in GENERIC_PLACE_WORDS:
            continue
        if not word[0].isupper():
            if not _KEYWORD_BEFORE.search(value, 0, found.start()):
                continue
            word = word.capitalize()  # "г. тюмень": a name after its keyword, in lower case
        if _PLACE_ADJECTIVE.search(word.lower()):
            return False  # "Кимрский", "Тверская": adjectives made of place names
        flags = word_class(word)
        if flags & WordClass.PLACE or not flags & (WordClass.COMMON | WordClass.NAME | WordClass.PATRONYMIC):
            return False  # "Тверь", "Кимры"; an unknown word ("Шерегеш") or a surname-like one ("Ершов")
    return True


def _labelled_cell(text: str, start: int, separator: str) -> bool:
    """After "Место регистрации:" a form may name its cells in words: "субъект Российской Федерации
    ... район ... улица ... дом ..."."""
    word = _ADDRESS_WORD.match(text, start)
    return ":" in separator and word is not None and word.end() - start >= 3


_STRONG_START = re.compile(
    r"(?:(?:в|во)\s+)?(?:\d{6}|(?:г|гор|пос|пгт|с|д|дер|ул|мкр|обл|респ|ст-ца|х)\.|город[еа]?\s|улиц[аеы]\s|деревн[яеи]\s|сел[оае]\s"
    # the register's (ГАР/ФИАС) abbreviations without stops: "обл Тверская", "р-н Кимрский", "г Тверь"
    r"|(?:обл|р-н|респ|пгт|рп|г)[ \t]+(?-i:[А-ЯЁ])|(?-i:" + _GLUED_KEYWORD + "))",
    _I,
)


def _bare_place_cue(text: str, cue_start: int, start: int) -> bool:
    """"Место жительства" without a colon heads a field ("Место жительства обл Тверская, ...", "МЕСТО
    РОЖДЕНИЯ АНАПА") when an address keyword, a postcode or a place's name follows; "по месту
    жительства" refers to a place ("наблюдение по месту жительства"), it names none."""
    if text[max(0, cue_start - 3) : cue_start].lower() == "по ":
        return False
    return _strong_address_start(text, start) or _named_place_start(text, start)


_FIRST_WORD = re.compile(r"(?:(?:в|во)[ \t]+)?([А-ЯЁ][А-ЯЁа-яё\-]{2,})(?:[ \t]+([А-ЯЁ][А-ЯЁа-яё\-]{2,}))?(?![\w])")


def _named_place_start(text: str, start: int) -> bool:
    """At ``start`` (maybe after "в") an address keyword, or a capitalised word that reads as a place
    or that the dictionary does not know ("Сыктывкар", "АНАПА", "Шерегеш"), not an ordinary word."""
    from medsyn_dataset.validation.pii.morph import WordClass, word_class

    if _strong_address_start(text, start):
        return True
    word = _FIRST_WORD.match(text, start)
    if word is None:
        return False
    for name in word.groups():  # the name's head may be its second word: "Великий Новгород", "Старая Русса"
        flags = word_class(name) if name else WordClass.COMMON
        if flags & WordClass.PLACE or not flags & (WordClass.KNOWN | WordClass.COMMON):
            return True
    # a name made of ordinary words, placed by its region: "Старая Русса Новгородской обл."
    line_end = min(len(text), start + 60)
    for stop in ("\n", ";"):
        found = text.find(stop, start, line_end)
        line_end = found if found >= 0 else line_end
    return _REGION_WORD.search(text, start, line_end) is not None


_REGION_WORD = re.compile(r"(?<![\w\-])(?:обл|област\w+|р-н|район\w*|кра[йяю]|респ\w*|АССР|ССР)(?![\w\-])", _I)


def _strong_address_start(text: str, start: int) -> bool:
    """After "проживает"/"зарегистрирована" without "по адресу": only a keyword or a postcode ("в г. Тула", not "с мужем")."""
    return bool(_STRONG_START.match(text, start))

