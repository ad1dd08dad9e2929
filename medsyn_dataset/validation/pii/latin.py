"""PERSON, LOCATION and passport numbers written in Latin script: foreign discharge summaries,
translated extracts, visas, e-mail headers pasted into a Russian record.

A Russian name in Latin script is a transliteration ("GURULI Ekaterina Renatovna", "Jukova,
Milana", "Anatolii V. Grinberg"): pymorphy3 does not know it, so the evidence is its place and
shape, not a dictionary. A run of two to four capitalised Latin words or initials (one comma after
the first word allowed: "Surname, Given") is a name when

* a person cue stands before it: a word naming the field ("Patient", "Name:", "Insured person -",
  "Пациент", "ФИО:"), a header word with a colon ("From:", "Contact:", "От:") or a title ("Dr.",
  "Mr", "Mrs"); one word alone is a name after a surname or given-name label or a title;
* an e-mail address in angle brackets follows it: a mail header's display name (in any script:
  "От: Вера Орлова <v.orlova@list.ru>", unless every word is an ordinary Russian word, "Регистратура
  Поликлиники <reg@...>");
* a date-of-birth mark follows it ("…, DOB", "…, born", "…, д.р."); or
* one of its words is a transliterated Russian patronymic (-ovich, -evich, -ovna, -evna, -ichna,
  -inichna), which no English word ends with; or its words read back into Cyrillic as a surname and
  a given name (:mod:`.latin_translit`).

A passport in Latin script follows its cue ("Passport No."). Addresses, in Latin script or in a
script neither Latin nor Cyrillic, are read by :mod:`.latin_addresses`; the recognizers of all three
are here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import CandidateRecognizer, SpanRecognizer, matches_at_anchors
from medsyn_dataset.validation.pii.checksums import digits_only
from medsyn_dataset.validation.pii.code_page import code_page_bytes
from medsyn_dataset.validation.pii.id_fields import PASSPORT_DIGITS
from medsyn_dataset.validation.pii.latin_addresses import foreign_script_addresses, latin_addresses
from medsyn_dataset.validation.pii.latin_translit import transliterated_name
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.passport_words import LATIN_PASSPORT_WORD, LATIN_PASSPORT_WORDS

SCORE = 0.85
_I = re.IGNORECASE

# Most notes have no two Latin letters in a row. Searching the ASCII bytes of a text is ~3x faster
# than a regex over the whole (mostly Cyrillic) string; the answer is kept for the text last asked
# about, as the recognizers of this module and the e-mail one look at the same text in turn.
# (Each ASCII byte mapped by ``bytes.translate`` to "L" for a Latin letter, a space for anything else: two letters
# in a row are an ``in`` test for "LL", ~0.7 us, where a regex search for ``[A-Za-z]{2}`` stepped through every
# byte, ~3.4 us. The same bytes, the same letters: the same answer.)
_LATIN_SHAPES = bytes(ord("L") if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256))
# (the text and its answer in one tuple, stored and read in one step: scanners in two threads never pair one's text
# with the other's answer)
_LATIN_SEEN: list[tuple[str, bool]] = [("", False)]


def has_latin(text: str) -> bool:
    """Whether ``text`` holds two Latin letters in a row."""
    seen = _LATIN_SEEN[0]
    if seen[0] is not text:
        seen = _LATIN_SEEN[0] = (text, b"LL" in ascii_bytes(text).translate(_LATIN_SHAPES))
    return seen[1]


# ----- names ---------------------------------------------------------------------------------
_TITLE_WORD = r"[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)?"
_UPPER_WORD = r"[A-Z]{2,}(?:['\-][A-Z]{2,})?"
_INITIAL = r"[A-Z]\."
_TOKEN = rf"(?:{_TITLE_WORD}|{_UPPER_WORD}|{_INITIAL})"
# two to four tokens; a comma only after the first ("Jukova, Milana"); never glued to an e-mail or a
# word. The first token is spelt out after its capital (the boundary checked right after it), so the
# regex engine skips to capitals
_FIRST = r"[A-Z](?<![\w@.\-][A-Z])(?:[a-z]+(?:['\-][A-Z]?[a-z]+)?|[A-Z]+(?:['\-][A-Z]{2,})?|\.)"
_NAME = re.compile(
    rf"(?P<name>{_FIRST}(?:,?[ \t]+|/|(?<=\.)[ \t]?)(?:{_TOKEN}(?:[ \t]+|(?<=\.)[ \t]?)){{0,2}}{_TOKEN})"
    rf"(?![\w@\-])(?!\.\w)"
)
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|inichna)$", _I)
# words of English forms and headers that are no part of a name
_NOT_NAME = frozenset(
    """
    patient patientin name surname date dob birth address passport phone tel email mail contact admitted discharged
    herr frau geb geboren adresse anschrift telefon
    report sample collected medical certificate extract insurer translated insured person from to subject
    russia russian federation hospital clinic department doctor dr mr mrs ms prof hello dear the and of
    for re fwd sent diagnosis discharge summary city street st str apt ul kv no number id sex male female
    info support admin office registry reception team noreply service help desk clinic center centre
    student tourist child pupil visitor
    """.split()
)
# words that name the person field itself: the name may follow with or without a colon
_FIELD_CUE = (
    r"(?:full[ \t]+|patient'?s?[ \t]+|given[ \t]+|family[ \t]+|first[ \t]+|last[ \t]+)?names?|surname|patient(?:in|en)?"
    r"|insured(?:[ \t]+person)?|vorname|nachname|familienname|student|tourist|pupil"
    r"|policy[ \t]?holder|next[ \t]+of[ \t]+kin|guardian|physician|attending|signed(?:[ \t]+by)?"
    r"|пациент\w*|фио|ф\.[ \t]?и\.[ \t]?о\.?|фамилия|имя|застрахованн\w*"
)
# words that need a colon or a dash to name a person: a mail header's "From:", a contact line
# (and the roles of an instrument's or a system's log, who ran or signed off a result: "Operator:", "Validated by:")
_HEADER_CUE = (r"from|sender|to|cc|contact(?:[ \t]+person)?|mother|father|doctor|от|кому|отправитель|контакт\w*"
               r"|operator|technician|technologist|analyst|(?:performed|validated|verified|approved|reported|entered|checked)[ \t]+by")
# titles, English and Russian, before a Latin-script name ("Dr. Schmidt", "доктор Hoffmann", "проф. Weber")
_TITLE = r"dr|mr|mrs|ms|prof|herr|frau|hr|проф|д-р|доктор\w*|врач\w*"
_PERSON_CUE = re.compile(
    rf"(?<![\w])(?:(?:{_FIELD_CUE})(?:[ \t]*\([^)\n]{{0,40}}\))?[ \t]*[:\-–—]?"
    # a Russian label of a few words before its colon: "Имя в загранпаспорте:", "пациент заведён латиницей:"
    # (English ones name other things as often: "Name of the drug:")
    rf"|(?:{_FIELD_CUE})(?:[ \t]+[а-яё]+){{1,3}}[ \t]*:"
    # the name as a document writes it: "пациент указан как", "пациентка записана в полисе как", "patient
    # listed as"; an English name label naming where it stands: "Name on insurance card:", "Name as in
    # passport:" (a preposition of place or manner; "Name of the drug:" names no person)
    rf"|(?:{_FIELD_CUE})(?:[ \t]+[а-яё]+){{1,3}}[ \t]+как"
    rf"|(?:{_FIELD_CUE})(?:[ \t]+(?:is|was))?[ \t]+(?:listed|registered|recorded|named|written|spelt|spelled)[ \t]+as"
    r"|names?[ \t]+(?:on|in|as|per|according[ \t]+to)(?:[ \t]+[a-z']+){1,3}[ \t]*:"

    rf"|(?:{_HEADER_CUE})(?:[ \t]*\([^)\n]{{0,40}}\))?[ \t]*[:\-–—]"
    rf"|(?:{_TITLE})\.?"
    # a Russian note names a foreigner by citizenship or by the document the Latin spelling comes from
    # ("гражданин Республики Узбекистан Karimov Otabek", "в паспорте: ROZHKOVA VARVARA", "по загранпаспорту ..."),
    # or by the role of one who comes with them ("переводчик Efrem Smirnov", "сопровождающая дочь ...")
    r"|(?:гражданин\w*|гражданк\w*|подданн\w+|переводчик\w*|сопровождающ\w+|представител\w+|мат(?:ь|ери)|от(?:ец|ца)"
    r"|муж(?:а|ем)?|жен(?:а|ы|ой)|сын(?:а|ом)?|доч(?:ь|ери|ерью)|брат(?:а|ом)?|сестр(?:а|ы|ой)"
    # the person a work or study check-up is for ("Работник: Wang Lei", "Студент(ка) KOWALSKI PIOTR", "иностранец ...")
    r"|работни(?:к|ца|ка)|сотрудни(?:к|ца|ка)|студент(?:ка|а)?(?:\(ка\))?|соискател\w+|иностран(?:ец|ка|ного|ной)|мигрант\w*"
    # a foreigner's contacts: the one who speaks for them, a compatriot, a foreman, a medical tourism coordinator, a
    # relative's contact ("Со слов Obinna Okafor", "земляк — WANG, LEI:", "координатором медицинского туризма Pierre
    # Dubois", "Контакт родственника: Zeynep Kaya")
    r"|со[ \t]+слов|земляк\w*|землячк\w*|бригадир\w*|координатор\w*|контакт\w*[ \t]+родственни\w*)"
    r"(?:[ \t]+[А-ЯЁа-яё]+){0,3}"
    # or as a child, a pupil, a student, a tourist, a migrant, right before the name ("Ребёнок Ahmad Karimi",
    # "Пациент-иностранец Li Wei"; not "Ребенок принимает Nurofen Forte")
    r"|ребён\w*|ребен\w*|учени\w+|студент\w*|турист\w*|иностран\w+|мигрант\w*|пациент\w*-[а-яё]+"
    r"|(?:в|по)[ \t]+(?:загран)?паспорт\w*|латиниц\w*|на[ \t]+латинице"
    # a letter's closing: the name after it, on the same line or the next ("С уважением,\nIvan Petrov")
    r"|(?:(?:best|kind|warm)[ \t]+)?regards|sincerely|yours[ \t]+(?:sincerely|faithfully)|с[ \t]+уважением)[ \t]*[,:\-–—(]?\s*$",
    _I,
)
_SINGLE_ANCHORS = ("surname", "family", "last", "first", "given", "vorname", "nachname", "familienname", "фамилия", "имя",
                   "dr", "mr", "ms", "prof", "herr", "frau", "д-р", "доктор", "врач")
# one word is a name in a field of its own ("Surname: IVANOVA", "Given names: ANNA") or after a title ("Dr Petrov")
_SINGLE = re.compile(
    r"(?<![\w])(?:(?i:surname|family[ \t]+name|last[ \t]+name|first[ \t]+name|given[ \t]+names?|vorname|nachname"
    r"|familienname|фамилия|имя)[ \t]*[:\-–—]"
    r"|(?:Dr|Mr|Mrs|Ms|Prof|DR|MR|MRS|MS|Herr|Frau|(?i:проф|д-р|доктор\w*|врач\w*)))\.?[ \t]*(?P<value>[A-Z](?:[a-z]+|[A-Z]+)(?:['\-][A-Z]?[A-Za-z]+)?)(?![\w@.\-])"
)
# one word after the role of a log ("Operator: Fomin", "Лаборант: Savina") is a name when it ends as a
# transliterated Russian surname does (an instrument's or a vendor's name, "Operator: Sysmex", does not)
_ROLE_SINGLE_ANCHORS = ("operator", "technician", "technologist", "analyst", "performed", "validated", "verified",
                        "approved", "reported", "оператор", "лаборант", "исполнитель")
_ROLE_SINGLE = re.compile(
    r"(?i:operator|technician|technologist|analyst|(?:performed|validated|verified|approved|reported)[ \t]+by"
    r"|оператор|лаборант|исполнитель)[ \t]*[:\-–—][ \t]*(?P<value>[A-Z](?:[a-z]+|[A-Z]+))(?![\w@.\-])"
)
# An English document's head names its person ("Referral for Ivan Petrov", "Certificate issued to ..."),
# but also a service ("Referral for Physical Therapy"): there a word of the name must end as a
# transliterated Russian surname does
_DOCUMENT_FOR = re.compile(
    r"(?<![\w])(?:referral|direction|certificate|prescription|appointment|claim|invoice|bill|statement|report"
    r"|summary|letter|request|application|authori[sz]ation|records?)(?:[ \t]+(?:issued|made|written))?[ \t]+(?:for|to)[ \t]+$", _I
)
_RU_SURNAME_LATIN = re.compile(
    r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skii|skaya|skaia|tsky|tskaya|ko|uk|chuk|yan|dze|shvili|ykh|ikh|yi|ii|aya|aia)$",
    _I,
)
_AFTER_NAME = re.compile(
    r"[ \t]*<[^<>@\s]+@"  # a mail header's display name
    r"|,?[ \t]*(?:dob|d\.o\.b\.?|born|b\.[ \t]?\d|date[ \t]+of[ \t]+birth|geb\.|geboren|д\.[ \t]?р\.|г\.[ \t]?р\.)(?![a-z])",
    _I,
)


def _words(name: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'\-]*", name)


_VOWEL = re.compile(r"[aeiouy]", _I)


def _name_like(word: str) -> bool:
    """A transliterated name has a vowel and is no placeholder ("XXX", "NN", "ZZZ")."""
    return len(word) == 1 or (_VOWEL.search(word) is not None and len(set(word.lower())) > 1)


# A mail header's display name, in any script: a field start (line, ":", ",", a quote) then two to four
# capitalised words, then the address in angle brackets ("От: Вера Орлова <v.orlova@list.ru>",
# "To: "Petrov, Ivan" <ip@mail.ru>")
_DISPLAY_NAME = re.compile(
    r"(?:^|(?<=[\n:,;\"«]))[ \t]*[\"«]?(?P<name>[^\W\d_][\w'\-]*\.?(?:,?[ \t]+[^\W\d_][\w'\-]*\.?){1,3})[\"»]?[ \t]*<[^<>@\s]+@[^<>\s]+>",
    re.MULTILINE,
)


def display_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the display names of mail addresses ("Name <addr@host>"), capitalised words only."""
    if "<" not in text or "@" not in text:
        return
    for found in _DISPLAY_NAME.finditer(text):
        words = found.group("name").replace(",", " ").split()
        if (all(word[0].isupper() for word in words) and not any(w.lower().rstrip(".") in _NOT_NAME for w in words)
                and not all(_ordinary_russian(word) for word in words)):
            yield found.span("name")


def _ordinary_russian(word: str) -> bool:
    """A Cyrillic word that only reads as an ordinary word ("Регистратура", "Поликлиники"), no name."""
    if not re.match(r"[А-ЯЁа-яё]", word):
        return False
    flags = word_class(word.rstrip("."))
    names = WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC | WordClass.SURNAME_POSSIBLE
    return bool(flags & WordClass.KNOWN) and not flags & names


def latin_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of Latin-script personal names with the evidence above, and mail display names."""
    yield from display_names(text)
    for single in matches_at_anchors(_SINGLE, _SINGLE_ANCHORS, text):
        word = single.group("value")
        if word.lower() not in _NOT_NAME and _name_like(word):
            yield single.span("value")
    for single in matches_at_anchors(_ROLE_SINGLE, _ROLE_SINGLE_ANCHORS, text):
        word = single.group("value")
        if _RU_SURNAME_LATIN.search(word) and _name_like(word) and word.lower() not in _NOT_NAME:
            yield single.span("value")
    for found in _NAME.finditer(text):
        start, end = found.span("name")
        words = _words(found.group("name"))
        while words and words[0].lower() in _NOT_NAME:  # "Patient GURULI ..." without a colon
            start = text.index(words[0], start) + len(words[0])
            start += len(text[start:end]) - len(text[start:end].lstrip(" \t,/"))
            words = words[1:]
            # the comma the name grammar allows after its first word stands after the second here
            # ("Patient Kozlova, Alevtina"): read the name again from where the cue word ended
            again = _NAME.match(text, start) if len(words) < 2 else None
            if again is not None and again.end() > end:
                end, words = again.end(), _words(again.group())
        while words and words[-1].lower() in _NOT_NAME:  # "PETROVA/ANNA MRS"
            end = text.rindex(words[-1], start, end)
            end -= len(text[start:end]) - len(text[start:end].rstrip(" \t,/"))
            words = words[:-1]
        if (len(words) < 2 or all(len(word) < 2 for word in words)
                or any(w.lower() in _NOT_NAME or not _name_like(w) for w in words)):
            continue
        if (  # the cheap evidence first; the cue search looks at every position of its window
            _AFTER_NAME.match(text, end)
            or any(_PATRONYMIC.search(word) and word[0].isupper() for word in words[1:])
            or _PERSON_CUE.search(text, max(0, start - 48), start)
            or (_DOCUMENT_FOR.search(text, max(0, start - 40), start) and any(_RU_SURNAME_LATIN.search(w) for w in words))
            or transliterated_name(words)  # "Karimov Otabek": read back, a surname and a given name (:mod:`.latin_translit`)
            or _surname_with_initials(found.group("name"))
        ):
            yield start, end


# A Russian surname in Latin letters with two initials, either order ("Solovev K.F.", "A.V. Grinberg"): the way a
# Russian record writes a person ("Соловьев К.Ф."), transliterated; no Latin term, drug or company has that shape
_SURNAME_INITIALS = re.compile(r"(?P<a>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)[ \t]+[A-Z]\.[ \t]?[A-Z]\.|[A-Z]\.[ \t]?[A-Z]\.[ \t]?(?P<b>[A-Z][a-z]{2,})")


def _surname_with_initials(name: str) -> bool:
    found = _SURNAME_INITIALS.fullmatch(name)
    return found is not None and _RU_SURNAME_LATIN.search(found.group("a") or found.group("b")) is not None



# ----- passports -----------------------------------------------------------------------------
_PASSPORT = re.compile(
    rf"(?<![\w]){LATIN_PASSPORT_WORD}(?:[ \t]+(?:no\.?|nr\.?|number|series(?:[ \t]+and[ \t]+number)?|#))?[ \t]*[:#№\-–—]?[ \t]*"
    # the internal passport (ten digits) or the passport for travel abroad (two and seven: "75 1234567")
    rf"(?P<value>{PASSPORT_DIGITS}|\d{{2}}[ \t]?(?:№|N|No\.?)?[ \t]?\d{{7}})(?!\d)",
    _I,
)


def latin_passports(text: str) -> Iterator[tuple[int, int]]:
    """Spans of Russian passport numbers after an English "Passport" cue ("Passport: 47 19 N244015")."""
    for found in matches_at_anchors(_PASSPORT, LATIN_PASSPORT_WORDS, text):
        digits = digits_only(found.group("value"))
        if digits[:2] != "00" and digits[4:] != "000000" and digits[2:] != "0000000":
            yield found.span("value")


# ----- recognizers ---------------------------------------------------------------------------


# European names keep their letters with diacritics in a Russian record ("MÜLLER", "García", "Łukasz"): the
# grammar above is ASCII, so such letters are read as their base letters, one for one (the spans stay those of
# the original text)
_ACCENTED = re.compile("[\u00c0-\u024f]")
_BASE_LETTERS = {
    code: (unicodedata.normalize("NFD", chr(code))[0] if unicodedata.normalize("NFD", chr(code))[0].isascii() else "x")
    for code in range(0xC0, 0x250)
    if chr(code).isalpha()
}
_BASE_LETTERS.update({ord(ch): base for ch, base in zip("ßŁłØøÆæŒœĐđ", "sLlOoAaOoDd", strict=True)})


def latin_names_any_letters(text: str) -> Iterator[tuple[int, int]]:
    """:func:`latin_names` of ``text`` with its accented Latin letters read as their base letters."""
    # (a text the code page holds has no such letter, the code page having none: its scan of the text is skipped)
    if code_page_bytes(text) is None and _ACCENTED.search(text) is not None:
        text = text.translate(_BASE_LETTERS)
    yield from latin_names(text)


def latin_recognizers() -> list[CandidateRecognizer]:
    """Fresh recognizers of Latin-script names, addresses and passport numbers."""
    return [
        # (each looked for only in texts with two Latin letters in a row; a foreign script's address in any text)
        SpanRecognizer("PERSON", "LatinPersonRecognizer", latin_names_any_letters, SCORE, has_latin),
        SpanRecognizer("LOCATION", "LatinAddressRecognizer", latin_addresses, SCORE, has_latin),
        SpanRecognizer("RU_PASSPORT", "LatinPassportRecognizer", latin_passports, SCORE, has_latin),
        SpanRecognizer("LOCATION", "ForeignScriptAddressRecognizer", foreign_script_addresses, SCORE),
    ]
