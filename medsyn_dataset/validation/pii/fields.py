"""Cue fields: the value after "Адрес:", "проживает по адресу", "тел.", "дата рождения" is PII of
the cue's type, whatever its inner layout.

A record names what follows: after an address cue the whole field, up to the field's end, is one
LOCATION, so an address in an order, spelling or abbreviation nobody listed is still taken whole
("Маркса ул., 146-152, Александров"). After a birth or visit-date cue the
first date-like expression is a DATE_TIME even when partial ("25.10", "1985").

Where a field ends is read by :mod:`.field_ends`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import compile_grouped, in_tab_row, lowered, word_starts
from medsyn_dataset.validation.pii.field_dates import date_at
from medsyn_dataset.validation.pii.field_ends import (
    _ADDRESS_WORD,
    _KEYWORD_BEFORE,
    _KEYWORD_SHORT,
    _KEYWORD_WORD,
    _PLACE_ADJECTIVE,
    _VERB_CUE,
    LIVE_VERBS,
    _lower_name_goes_on,
    field_end,
)
from medsyn_dataset.validation.pii.lone_places import (
    GENERIC_PLACE_WORDS,
    lone_place,
    residence_or_birth_label,
    two_word_town,
)
from medsyn_dataset.validation.pii.morph import WordClass, normal_form, word_class
from medsyn_dataset.validation.pii.places import SETTLEMENT_KIND
from medsyn_dataset.validation.pii.street_house import next_line_address, street_house_at

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
    # (not the paper "разрешение на временное проживание", РВП, code 15 of the ФНС's list of identity documents: its
    # number follows, no address)
    r"|(?:фактически\s+)?(?:(?:(?<!временное[ \t])(?<!временного[ \t])прожива\w+|зарегистрирован\w*|прописан\w*)(?:\([а-я]{1,3}\))?|прож(?:ив)?[ \t]?\.|прож(?=[ \t]*:)"
    rf"|(?:{'|'.join(LIVE_VERBS)})(?!(?<=живу)\w)|(?P<born>родил(?:ся|ась)(?=[ \t]+во?[ \t])))"
    # "проживает по ул. ...", "прожив. по профсоюзная ул." (a street keyword right after "по" or after one word)
    r"(?:\s+по\s+адресу|(?P<along>\s+по)(?=\s+(?:[а-яёА-ЯЁ\-]+\s+)?(?:ул|пер|пр|мкр|м-н|пл|б-р|бул|наб|ш|проезд|проспект"
    r"|улиц|переул|бульвар|шоссе|набережн|микрорайон|площад|туп)[.\s\-]))?"
    # a form's note in brackets after its label: "Адрес места жительства (пребывания):", "Адрес (факт.):"
    r")(?:[ \t]*\([^()\n]{1,40}\)(?=[ \t]*:))?(?P<sep>[ \t]*(?:[:\-–—][ \t]*(?P<next_line>\n[ \t]*)?|\n[ \t]*)?)",
    _I,
)
# a keyword glued to its name, stops and spaces lost ("гКострома улВеселая д5/1 кв114"): a capital inside a word,
# which Russian spelling never writes otherwise
GLUED_KEYWORD = r"(?:г|гор|пос|пгт|с|д|дер|ул|пр|пер|мкр|обл|респ|х|ст-ца|рп)(?=[А-ЯЁ][а-яё])"
_ADDRESS_START = re.compile(
    r"(?:\d|[А-ЯЁ]|(?:в|во)\s+(?:[А-ЯЁ]|г\.|гор|пос|с\.|д\.|дер|пгт|ст-ц|р\.?п)"
    rf"|(?:{_KEYWORD_SHORT}|р\.п|с/п|г\.\s?о|тер|уч|снт)[.\s]|(?:{_KEYWORD_WORD})\s|{GLUED_KEYWORD})"
)
_DATE_CUE = re.compile(
    # (abbreviations of "born" and "date of birth" as notes write them: "род. 12.03.1985", "ДР 12031985";
    # "др"/"род." only before a colon or a number: "и др.", "род. деятельность"; "д.р" without its last stop only before
    # a number, glued or not: "д.р15.06.60", "д.р 10091983")
    r"(?<![\w])(?:дата\s+рожд\w*\.?|д\.\s?р(?:\.|(?=[ \t]*\d))|д/р|др(?=[ \t]*:)|(?-i:ДР|Др)(?=[ \t]+\d)|род\.(?=[ \t]*\d)"
    r"|г\.\s?р\.|год\s+рождения|родил(?:ся|ась)|рожд\.|"
    r"дата\s+(?:поступления|выписки|осмотра|обращения|госпитализации|приема|приёма|визита|операции)"
    # English ones of foreign and translated documents: "DOB: 1956", "Date of birth 03/1956", "born in 1956"
    r"|dob\b|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born|geb\.|geboren(?:\s+am)?|geburtsdatum)"
    r"(?P<sep>[ \t]*(?:[:\-–—][ \t]*)?)",
    _I,
)


# Substrings every cue of a kind contains (either case of the first letter): ``str.find`` rules out
# most notes before a cue pattern (case-insensitive alternations are slow to search) runs.
# (lower-case, searched in the lowered text: one list for every case of a cue)
_ADDRESS_HINTS = ("адрес", "адр.", "ddress", "DDRESS", "lace of", "службы", "anschrift", "wohnort", "geburtsort", "жительств",
                  "прож", "регистр", "ропис", "ребыван", *LIVE_VERBS, "вызова", "м/р", "жит-", "рег-",
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
                   "выезд", *LIVE_VERBS, "родил")
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


# a settlement's kind written as a label before its name, "в городе — Кондопога", "в деревне: Истра": the place is the
# name (:mod:`.places` reads the same labels, :data:`.places.SETTLEMENT_KIND`), the kind word and its mark are no part
# of it; here also a town's or a farmstead's word without its ending, "в город: ...", "в хутор — ..." (not "местности":
# "в сельской местности: Чикола" keeps its label in the field, as it did before the kinds were shared)
_KIND_LABEL = re.compile(rf"(?:{SETTLEMENT_KIND}|город|хутор)[ \t]*[:—–][ \t]*(?=[А-ЯЁ])")

# a numeric date or a time opening a field
_DATE_FIRST = re.compile(r"\d{1,2}[.:]\d{2}(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")

# the place after a date of birth, in the field a date and place of birth label heads ("12.03.1980, г. Тула")
_PLACE_AFTER_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)(?:[ \t]*г\.)?[ \t]*[,;][ \t]*(?=[А-ЯЁ])")

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
            or _town_fills_sentence(text, start)  # "проживает Урус-Мартан." (:func:`_town_fills_sentence`)
            or _town_street_house(text, start)  # "живем Кимры Средняя 81"
        ):
            continue
        # (after a residence or birth label and a dash, one word filling the field: "Место жительства — Меренга;", :mod:`.lone_places`)
        lone = bool(cue.group("place")) and residence_or_birth_label(text, cue.start("place"), cue.group("place"), cue.group("sep"))
        # (and after a residence verb written as a label, a town of two capitalised words: "Проживает: Серебряные Пруды.")
        lone = lone or (_VERB_CUE.match(cue.group()) is not None and ":" in cue.group("sep")
                        and two_word_town(text[start : field_end(text, start, address=True)]))
        if cue.group("place") and not explicit and not _bare_place_cue(text, cue.start(), start) and not (
            lone and lone_place(text[start : field_end(text, start, address=True)])
        ):
            continue
        if text.startswith(("в ", "во "), start):
            start = text.index(" ", start) + 1
            kind = _KIND_LABEL.match(text, start)
            start = kind.end() if kind is not None else start
        if text[start : start + 1].isdigit() and _DATE_FIRST.match(text, start):
            place = _PLACE_AFTER_DATE.match(text, start) if "рожд" in cue.group().lower() else None
            if place is None:
                continue  # "Время прибытия на место вызова: 20.12.23 в 10.07": a date, not a house
            # "Дата и место рождения: 12.03.1980, Находка" (a protocol's, an application's, a crew list's label): the
            # date is the date rules', the place after it the field's
            start = place.end()
            lone = lone_place(text[start : field_end(text, start, address=True)])
        end = field_end(text, start, address=True)
        if _VERB_CUE.match(cue.group()) and not explicit:
            end = min(end, _town_street_house(text, start) or _town_fills_sentence(text, start) or end)
        if "@" in text[start:end]:  # (one ``in`` first: most fields hold no e-mail)
            end = _before_email(text, start, end)
            if end < 0:
                continue
        if (end - start >= 3 and not _generic(text[start:end])) or (lone and lone_place(text[start:end])):
            yield start, end


def _before_email(text: str, start: int, end: int) -> int:
    """Where an address field ends before an e-mail in it, -1 when nothing of a postal address precedes it.

    "адрес" also heads an e-mail's label: "эл. адрес", "адрес электронной почты", a cash receipt's "ЭЛ. АДР.
    ПОКУПАТЕЛЯ:" (the buyer's e-mail, a receipt's requisite under 54-ФЗ art. 4.7); no postal address holds an "@", so
    the field stops before the e-mail's token and the e-mail recognizer reports it (a label word alone, "ПОКУПАТЕЛЯ:",
    is no address)."""
    at = text.index("@", start, end)
    token = max(text.rfind(" ", start, at), text.rfind("\t", start, at), text.rfind("\n", start, at)) + 1
    head = text[start:max(token, start)]
    label = _EMAIL_LABEL.search(head)  # "Лесная 5, Адрес эл. почты: kv@mail.ru": the postal address is before the label
    head = head[: label.start()] if label is not None else head
    head = head.rstrip(" \t\n,;")
    # (no house number needed: "Адрес: Березовка Садовая ivan@mail.ru" is a village and a street)
    if len(head) < 3 or head.endswith(":"):
        return -1
    return start + len(head)


# An e-mail's label inside an address field, with the "адрес" heading it: "эл. почта", "e-mail", "электронная почта",
# a receipt's "ПОКУПАТЕЛЯ" (not "Почтовая", a street's name)
_EMAIL_LABEL = re.compile(
    r"(?<![\w])(?:(?:адрес\w*|адр\.)[ \t]*)?(?:эл(?:ектр)?\.|электронн\w*[ \t]+(?:почт|адрес)|e-?mail"
    r"|почт(?:а|ы|е|ой|у)(?![\w])|покупател\w*)",
    _I,
)


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
    for position in _cell_colons(lower):
        label = _CELL_LABEL.search(lower, max(0, position - 40), position)
        value = _CELL_VALUE.match(text, position + 1) if label is not None else None
        if label is not None and value is not None:
            end = field_end(text, value.end(), address=True)
            # a street or a house is named by its cell ("Улица: Центральная"); a town is not just any word
            if end > value.end() and (label.group("named") or not _generic(text[value.end() : end]) or lone_place(text[value.end() : end])):
                yield value.end(), end


def _cell_colons(lower: str) -> list[int]:
    """The colons of ``lower`` (a note's lowered text) right after a whole word of :data:`_CELL_LAST_WORDS` (its
    letters, no letter before them): where :data:`_CELL_LABEL` may end. Read off the note's cue index, which holds
    where those words start a word: a note has ~9 colons and ~0.2 such words (each colon, walked back to its word,
    cost more). The label's word has no letter before it, nor a digit (:data:`_CELL_LABEL` needs the line's start, a
    separator or "1." / "1)" before it, then spaces), so it starts a word of the index."""
    colons = []
    for start in word_starts(lower, _CELL_LAST):
        end = start
        while end < len(lower) and lower[end].isalpha():
            end += 1
        if lower.startswith(":", end) and lower[start:end] in _CELL_LAST_WORDS:
            colons.append(end)
    return colons


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


# a town's name and the sentence's or the line's end after it, or a comma and the sentence going on in lower-case words
# without a number, a name or an abbreviation's stop (whom with, how: "Проживает Кондопога, с мужем.", "Проживает
# Урус-Мартан, один."; not an address's rest, "Кондопога, ул. Ленина 5", "Кондопога, улица Ленина, д. 5")
_TOWN_THEN_END = re.compile(
    r"[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+)*"
    r"(?=[ \t]*(?:[.;\n]|$|,[ \t]*[а-яё]+(?![.\w\-/])[^\d\n.;А-ЯЁ]*(?<=[а-яё]{3})(?:[.;\n]|$)))"
)


def _town_fills_sentence(text: str, start: int) -> int:
    """After a residence verb without a label's colon ("проживает", "живёт"), the end of one capitalised word before the
    sentence's or the line's end, or before a comma and the sentence going on, that reads as a place or that the
    dictionary does not know ("проживает Калевала.", "проживает Урус-Мартан, один."): the town lived in, not
    "проживает Один." nor "живёт Отдельно." (ordinary words). 0: none."""
    word = _TOWN_THEN_END.match(text, start)
    return word.end() if word is not None and _named_place_start(text, start) else 0


# a town, a street's name and a house number, no keyword: "живем Кимры Средняя 81", "живу Орск, Окружная 73"
_TOWN_STREET_HOUSE = re.compile(
    r"[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+)*,?[ \t]+(?:\d{1,2}[ \t]+)?[А-ЯЁа-яё][а-яё]+,?[ \t]+\d{1,4}[а-я]?(?:[/\-]\d{1,4})?(?![\w/\-.,]?\d)"
    r"(?:,?[ \t]*(?:кв\.?|квартира)[ \t]?\d{1,4}(?!\d))?")


def _town_street_house(text: str, start: int) -> int:
    """After a residence verb, the end of a town (a place of the dictionary or a word it does not know,
    :func:`_named_place_start`), a street's name and a house number, maybe a flat (0: none): what a caller says of where
    they live ("живем Туруханск Ореховая 16"); the field ends there ("... 16 перезвоните 8 (902) ...")."""
    found = _TOWN_STREET_HOUSE.match(text, start)
    return found.end() if found is not None and _named_place_start(text, start) else 0


def _labelled_cell(text: str, start: int, separator: str) -> bool:
    """After "Место регистрации:" a form may name its cells in words: "субъект Российской Федерации
    ... район ... улица ... дом ..."."""
    word = _ADDRESS_WORD.match(text, start)
    return ":" in separator and word is not None and word.end() - start >= 3


_STRONG_START = re.compile(
    r"(?:(?:в|во)\s+)?(?:\d{6}|(?:г|гор|пос|пгт|с|д|дер|ул|мкр|обл|респ|ст-ца|х)\.|город[еа]?\s|улиц[аеы]\s|деревн[яеи]\s|сел[оае]\s"
    # the register's (ГАР/ФИАС) abbreviations without stops: "обл Тверская", "р-н Кимрский", "г Тверь"
    r"|(?:обл|р-н|респ|пгт|рп|г)[ \t]+(?-i:[А-ЯЁ])|(?-i:" + GLUED_KEYWORD + "))",
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

