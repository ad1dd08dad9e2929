"""PHONE_NUMBER with Google's libphonenumber (``phonenumbers.PhoneNumberMatcher``, region RU).

The matcher knows every layout Russian numbers are written in (``+7``/``8``, brackets, dashes,
spaces, dots, 3- to 5-digit area codes, extensions "доб. 12"), and which numbers are valid. It is
run only on short windows around runs of at least seven digits (scanning a whole 2,000-character
note costs ~0.6 ms; most notes have no such run at all).

Leniency, by measurement on the benchmark's tuning families and clean notes
(``python -m benchmarks.bench_pii``): ``VALID`` misses numbers whose area code is not assigned
(planted and invented numbers often have one), so the matcher runs at ``POSSIBLE`` and validity
moves the score instead: a valid number is a phone on its own (0.85); a merely possible one
needs the usual phone shape (``+7``/``8`` with a bracketed or separated area code, 0.6) or a
phone word nearby ("тел.", "моб.", "звонить", +0.3). Blood-pressure ranges and lab numbers that
the matcher reads as possible numbers ("90-180/58-1034-110") stay below the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    RegexRecognizer,
    Rule,
    best_per_span,
    digit_runs,
    finditer_at_digit_runs,
)
from medsyn_dataset.validation.pii.checksums import inn_valid, snils_valid
from medsyn_dataset.validation.pii.context import UNIT_AFTER, Context, stems
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts
from medsyn_dataset.validation.pii.drug_names import is_drug_name
from medsyn_dataset.validation.pii.fields import CUE_SCORE
from medsyn_dataset.validation.pii.listed_phones import phones_after_address
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.number_words import dictated_phones
from medsyn_dataset.validation.pii.passport_series import printed_as_passport
from medsyn_dataset.validation.pii.phone_fields import (
    EXTENSION_AFTER,
    KIND_ABBREVIATIONS,
    KIND_STEMS,
    listed_after,
    phone_fields,
    run_on_count,
)
from medsyn_dataset.validation.pii.units import LAB_STEMS

# (and a sample's or container's label: "проба крови маркирована 76-34 205340", "контейнер № ..."; public: a sample's
# number in a record naming the insurer is no policy either, :mod:`.policy_records`)
LAB_NUMBER = stems("анализ", "лаборатор", "пробирк", "образц", "образец", "заказ", "направлени", "штрих",
                    "проба", "пробы", "пробе", "пробу", "пробой", "маркир", "контейнер", "биоматериал")
# "тел" opens a phone's word ("тел.", "телефон", "телеграм"), and the body's case forms too: "Тело выдано родственнику,
# паспорт 3499 169389", "температура тела", "телесные повреждения" name no phone (the phone's stem spelt out so)
# (one alternation behind one lookbehind, as stems() builds it: two top-level branches cost the phone's every window)
_PHONE_STEM = r"тел(?!(?:о|а|у|ом|е|ам|ами|ах)(?![а-яё])|есн)"
PHONE_CONTEXT = Context(
    positive=stems("моб", "факс", "fax", "контакт", "звон", "связ", "whatsapp", "telegram", "viber", "мессенджер", "сотов",
                   "горяч", "номер дочер", "номер сын", "номер родств", "номер матер", "номер жен", "номер муж",
                   raw=(_PHONE_STEM,)),
    negative=LAB_NUMBER,
    negative_before=30,
    negative_after=0,
    boost=0.3,
)
_SHAPED_CONTEXT = Context(positive=PHONE_CONTEXT.positive, boost=PHONE_CONTEXT.boost)
# a run of >= 7 digits with phone separators between them (the matcher then decides)
_RUN = re.compile(r"\d(?:[\s\-.()]{0,3}\d){6,}")  # "+7 (" before it is inside the window below
# ... and in a text where a slash brackets an area code as "(...)" does ("+7 /903/ 154-98-39"), a slash
# too (only there: elsewhere slashes join dates and pressures, which need no matcher)
_RUN_SLASHED = re.compile(r"\d(?:[\s\-.()/]{0,3}\d){6,}")
# where the matcher's window may start before a run: the "+" and "(" of "+7 (", "(495)"
_PREFIX_CHARS = "+( \t"
# the area code between slashes instead of brackets: read as brackets (same length, offsets kept)
_SLASH_GROUP = re.compile(r"/\d{3,5}/")  # (its cheap test: a search that starts at a literal "/")
_SLASHED_AREA = re.compile(r"(?:\+[ \t]?7|(?<!\d)8)[ \t]?/(\d{3,5})/")
# "00" before a country code: the international call prefix of most of Europe (and of callers from
# abroad), "+" for the matcher ("007 961 3164938" is "+7 961 3164938"); only where the number starts
# with it, never inside one ("8 (992) 003 1889", "+7-937-006-1738")
# (a country code written apart, as one dials it: "0049 151 ...", not a code "0012345678901")
_INTERNATIONAL_00 = re.compile(r"[ \t(]*00(?=[1-9]\d{0,2}[ \t\-(])")
# the groups a matcher's span may end with that belong to what follows ("+375 (33) 3941908. 22 года")
_TRAILING_GROUP = re.compile(r"[\s.\-]+\d{1,4}$")
# "+7 ...", "8 (...", "8-xxx-", "8 xxx " at the start: the trunk/country prefix of a Russian number
# (or any country code after a "+", the international form: "+992 56 3796610", "+375 (33) 394-19-08"; or E.164's own
# form of a number of the +7 zone, Russia's and Kazakhstan's, with no separator: "+77225318863", as a phone book exports it)
_PHONE_SHAPE = re.compile(r"^(?:(?:\+\s?7|8)[\s\-.]?(?:\(\d{3,5}\)|\d{3,5}[\s\-.])|\+\s?[1-9]\d{0,2}[\s\-.]?(?:\(\d{1,5}\)|\d{1,5}[\s\-.])"
                          r"|\+7\d{10}(?!\d))")
_VALID, _POSSIBLE, _SHAPED = 0.85, 0.4, 0.6
# A Russian mobile number as notes write it: ten digits from 9 (the mobile codes 900-999), plain or in its groups
# 3-3-2-2 / 3-3-4, the code in brackets or not, with or without the trunk "8", the country code "7" or "+7"
# ("9031234567", "903-123-45-67", "(903) 123 45 67", "8-903-123-45-67", "+7 903 1234567"): a value of this shape after
# a bare "номер" is a phone, whatever words stand between (:mod:`.numbered_values`)
MOBILE_SHAPE = re.compile(r"(?:(?:\+[ \t]?7|8|7)[ \t\-.]?)?(?:\(9\d\d\)[ \t]?|9\d\d[ \t\-.]?)\d{3}[ \t\-.]?\d{2}[ \t\-.]?\d{2}")
# a calendar date inside the digits, or a time right before them: dates and times read as numbers
# (and the ISO date of a log or an export, "2021-07-23 05.35", whose year, month and day read as a number's groups)
_DATE_INSIDE = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)?\d\d(?!\d)"
                          r"|(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")
_TIME_BEFORE = re.compile(r"\d:$")
# a phone's label that a hurried typist glued the number to ("моб8 9903834746", "тел+79161234567")
_GLUED_LABEL = re.compile(r"(?<![^\W\d_])(?i:моб|тел|телефон|сот|факс)\.?\Z")
# A window that holds a date and words but no other digit ("12.03.2019\n\nЖалобы:", "05.11.1962 г.\nПол"; ~2 in 3
# windows of the speed notes, where the matcher costs ~0.2 ms for nothing): no number is there. Eight digits are
# no length a Russian number may have (7 local, 10, 14), a day opens with no trunk "8", country code "7" or "810",
# the matcher's inner groups of a dotted candidate have four digits at most, and a window without "+" and Latin
# letters (read as digits in "1-800-FLOWERS") has no digit more; the matcher, run on every such date of 1900-2099
# with sorts of words after it, found none (round 16)
_DATE_ONLY = re.compile(r"[ \t]*(?:0[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2])\.(?:19|20)[0-9][0-9][ \t\nА-Яа-яЁё.,:;()«»!?%№\-—]*")
# An SMS gateway's log, a mailing's report or a messenger export writes the recipient as an MSISDN: the country code
# and the subscriber's ten digits, no "+" and no separator ("79161234567", "74951234567"). In a note that speaks of
# SMS at all ("SMS", "СМС", "MSISDN", found once per note at word starts), a bare run of eleven digits opening with 7
# (or the trunk 8) is such a number even far from the word: a log's rows stand lines below its title
_MSISDN_WORDS = ("sms", "смс", "msisdn")
_MSISDN_SCORE = 0.7


@lru_cache(maxsize=1)
def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


def dialled_russian_number(raw: str) -> bool:
    """Whether ``raw`` (digits and separators) is a Russian number as dialled: eleven digits from the trunk "8" or the
    country code "7" that phonenumbers calls valid ("8912 3456789"; not "8000 0000000", nor ten digits a passport's or
    a policy's series and number may be)."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) != 11 or digits[0] not in "78":
        return False
    pn = _phonenumbers()
    return bool(pn.is_valid_number(pn.parse(digits, "RU")))


class RuPhoneRecognizer(CandidateRecognizer):
    """Phone numbers (PHONE_NUMBER), Russian first, via ``phonenumbers``; plus local numbers
    ("245-67-89") after a phone word."""

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", "RuPhoneRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        found = list(self._found(text))
        found += _listed(text, found)
        yield from best_per_span(found) if len(found) > 1 else found

    def _found(self, text: str) -> Iterator[Candidate]:
        for start, end in phone_fields(text):
            yield Candidate(self.entity, start, end, CUE_SCORE, self.name)
        for start, end in dictated_phones(text):
            yield Candidate(self.entity, start, end, CUE_SCORE, self.name)
        for start, end in phones_after_address(text):  # "... д. 52 — 3-38-01 — ОРВИ" (:mod:`.listed_phones`)
            yield Candidate(self.entity, start, end, CUE_SCORE, self.name)
        lower = lowered(text)
        if lower and word_starts(lower, _MSISDN_WORDS):
            yield from _msisdns(text)
        covered = -1
        slashed = "/" in text and _SLASH_GROUP.search(text) is not None
        # (a run found from inside a run of digits is found from its start: tried at run starts only)
        for run in finditer_at_digit_runs(_RUN_SLASHED if slashed else _RUN, text):
            if run.end() <= covered:
                continue
            lo, hi = run.start(), min(len(text), run.end() + 16)  # room for "доб. 123"
            while lo > max(0, run.start() - 4) and text[lo - 1] in _PREFIX_CHARS:
                lo -= 1  # (never into a digit before: "[30.07.23, 9:40] 8(911)..." would lose its "8")
            if _DATE_ONLY.fullmatch(text, lo, hi):
                continue  # (the matcher finds nothing in a date with words after it, see ``_DATE_ONLY``)
            matches = list(self._matches(text, lo, hi))
            if not matches:
                # a number that runs on into the count that follows it ("8 (921) 460 1258 61 год", "... 1258 15 руб"):
                # the matcher finds no number in the whole run, too long for one, and is asked again without the last group
                cut = run_on_count(text, run.start(), run.end())
                matches = list(self._matches(text, lo, cut)) if cut else matches
            for start, end, valid in matches:
                covered = max(covered, end)
                while start < end and text[start] in " \t":
                    start += 1  # the matcher may take the space before "8(4842)..." after a slash
                if text[start] == "(" and ")" not in text[start:end]:
                    start += 1  # the bracket a number stands in, not an area code's: "(835 117 078-91)"
                raw = text[start:end]
                if start and text[start - 1].isalnum() and not _GLUED_LABEL.search(text, max(0, start - 8), start):
                    continue  # starts inside a longer number or word ("ИНН/КПП 7051882787/770101001"), not after its label
                if _DATE_INSIDE.search(raw) or _TIME_BEFORE.search(text, max(0, start - 3), start):
                    continue  # "06:48 16.12.2020": a time and a date, not a number
                extension = EXTENSION_AFTER.match(text, end)
                end = extension.end() if extension is not None else end  # "8(4912) 22-30-20 (доб. 62)"
                shaped = _PHONE_SHAPE.match(raw) is not None
                base = _VALID if valid else (_SHAPED if shaped else _POSSIBLE)
                # a lab word nearby makes a bare number an order's; a valid number written as a phone
                # stays one ("Горячая линия (для вопросов по анализам): 8(48762)4-81-30")
                phone_like = shaped or raw[:1] in "+("  # (lab numbers have no "+" and no bracketed code)
                score = (_SHAPED_CONTEXT if valid and phone_like else PHONE_CONTEXT).adjust(text, start, end, base)
                if score <= base and printed_as_passport(text, start, end):
                    continue  # a passport's series and number as printed, no phone word near (:mod:`.passport_series`)
                if score < 1.0 and _in_row(text, start, end) and _checksummed_identifier(raw):
                    continue  # a bare run whose check digits hold is a SNILS or an INN, unless a phone word names it
                if score > 0:
                    yield Candidate(self.entity, start, end, round(score, 4), self.name)
        yield from (local for local in _LOCAL.candidates(text) if not _PRESSURE_BEFORE.search(text, max(0, local.start - 16), local.start))
        if lower:
            yield from _locals_named_after(text, lower)
        if "+" in text:
            yield from _international(text)

    @staticmethod
    def _matches(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, bool]]:
        pn = _phonenumbers()
        original = text[lo:hi]
        window = _as_dialled(original)
        for match in pn.PhoneNumberMatcher(window, "RU", leniency=pn.Leniency.POSSIBLE):
            start, end, valid = match.start, match.end, pn.is_valid_number(match.number)
            if not valid and window[start] == "+":  # (an international number: "+375 (33) 3941908. 22")
                end, valid = _valid_prefix(pn, window, start, end)
            if start and window[start] == "+" and original[start - 1 : start + 1] == "00":
                start -= 1  # the "+" read for "00" stands on the second zero
            yield lo + start, lo + end, valid


# A local number with its kind said after it, as a phone book or a contact list writes it ("55-22-16 — домашний",
# "2-17-80 (раб.)", "98-92-38, сотовый дочери", "6-72-99 — мобильный"): the kind names a phone as "тел." before it does.
# Found from the kind's word (the shared cue index: a note with none pays one look-up), the number right before it.
_KIND_WORDS = (*KIND_STEMS, *KIND_ABBREVIATIONS)  # (the kind words of a label before a number, :mod:`.phone_fields`)
_LOCAL_BEFORE_KIND = re.compile(r"(?<![\d\-.,/+])\d{1,3}-\d{2}-\d{2}(?=[ \t]*(?:[—–\-,][ \t]*|\()\Z)")
# (the adjective written out ends its clause (a capital opens the next one) or names whose number it is; anything else it qualifies is no phone:
# "130-80-72 — домашнее давление", "12-03-19, рабочий день"; an abbreviation, "дом.", "раб.", names a phone alone)
_KIND_NAMES_PHONE = re.compile(r"\w+\.|\w+(?=[ \t]*(?:[,.;:)\n]|\Z)|[ \t]+[А-ЯЁ]|[ \t]+(?i:тел|номер|дочер|сын|мат|отц|отец|муж|жен|брат|сестр"
                               r"|сосед|внук|внучк|родств|опекун|сиделк))")


# (named by an abbreviation alone, "(дом.)", the number opens a field of its own, as a contact list's number does:
# after a line's or a sentence's start, a separator or a bracket; a word right before it names what it measures,
# "Гликемия 5-10-12 (дом.)": a reading taken at home, which "(дом.)" marks too; the adjective spelt out that ends its
# clause, "94-15-14 — домашний, трубку берёт соседка", names a phone's kind wherever the number stands)
# (or a relative's word opens it, a name maybe after it: "Сын Алексей 40-74-32 (дом.)", "дочь Мария 2-17-80 (раб.)", whose
# number it is; review A of round 21, finding 1)
_RELATIVE = r"(?i:доч|сын|мат|мам|отц|отец|пап|муж|жен|супруг|брат|сестр|сосед|внук|внучк|бабушк|дедушк|родств|опекун|сиделк)"
_FIELD_OPENS = re.compile(rf"(?:^|[\n,;:(—–\-]|[.!?])[ \t]*(?:(?<!\w){_RELATIVE}\w*[ \t]+(?:[А-ЯЁ][а-яё]+[ \t]+)?)?$")
# (or a person's name alone opens it, a first name or a surname no ordinary word: "Алексей 40-74-32 (дом.)", "Контакты:
# ..., Мария 2-17-80 (раб.)"; review A of round 21, finding 1)
_NAME_OPENS = re.compile(r"(?:^|[\n,;:(—–\-]|[.!?])[ \t]*(?P<name>[А-ЯЁ][а-яё]+)[ \t]+$")
# (a surname the dictionary does not know counts whatever its ending, "Шмырин 40-74-32 (дом.)": the gloss is the
# evidence; but not a drug the project's knowledge graph names or a lab value's noun, which the guesser reads as a
# surname by its "-ин": "Варфарин 25-50-25 (дом.)", "Креатинин 98-10-12 (дом.)" are a home dose or reading; review A of
# round 22, finding 4, whose blanket "-ин" refusal lost every such surname; round 23, item 3)
# (a lab value's noun is an analyte's stem of units.LAB_STEMS with an ending of three letters at most, not any word that
# opens with a stem: the stems of a measure or a report, "норм", "давлен", "уровень", "анализ", open surnames, "Нормов",
# "Давленко", and a common noun among them is refused by its dictionary reading already; review A of round 23, finding 1)
_ANALYTE_STEMS = tuple(stem for stem in LAB_STEMS if stem in (
    "гемоглобин", "лейкоцит", "эритроцит", "тромбоцит", "глюкоз", "холестерин", "креатинин", "билирубин"))


def _medicine_word(name: str) -> bool:
    """``name`` is a drug the knowledge graph names or an analyte's noun (see above), not a surname."""
    lower = name.lower()
    return is_drug_name(name) or any(lower.startswith(stem) and len(lower) - len(stem) <= 3 for stem in _ANALYTE_STEMS)


# (nor an unknown "-ин" word heading its home readings, "(дом.)", on a line of lab values, or right under one, one value a line: a number with a
# concentration's unit there, anything per litre, millilitre or decilitre, "АЛТ 25 Ед/л, АСТ 30 Ед/л; Ферритин 98-10-12
# (дом.)", "6,1×10⁹/л": an analyte neither the dictionary nor the knowledge graph knows reads as an unknown surname,
# "Ферритин" as "Карпин", so the line tells it; any unit of units.MEASURE_AFTER would take a contact's "звонить после
# 18 час", "через 2 дня" for one; review B of round 23, finding 13)
_MEASURED = re.compile(r"\d[ \t]?[^\W\d_]*/[ \t]?(?i:л|мл|дл)(?![^\W\d_])")


def _lab_line(text: str, start: int) -> bool:
    """The number at ``start`` stands on a line of lab values or on the line after one (see above)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0
    line_end = text.find("\n", start)
    return _MEASURED.search(text, above, len(text) if line_end < 0 else line_end) is not None


def _field_opens(text: str, start: int, home: bool = False) -> bool:
    """A contact's field opens right before the number at ``start`` (see above); ``home``: its gloss is "дом." (only
    a home reading's word may be an analyte by its lab line, and only one that ends as "Ферритин" does: "-ин", not a
    feminine "Куртушина", "Шмырковская", nor before "раб."; review A of round 24, finding 3)."""
    if _FIELD_OPENS.search(text, max(0, start - 40), start):
        return True
    named = _NAME_OPENS.search(text, max(0, start - 24), start)
    if named is None:
        return False
    name = named.group("name")
    flags = word_class(name)
    return bool(flags & WordClass.NAME or (flags & WordClass.SURNAME and not flags & WordClass.COMMON
                                           and (flags & WordClass.KNOWN
                                                or not (_medicine_word(name)
                                                        or (home and name.endswith("ин") and _lab_line(text, start))))))


def _locals_named_after(text: str, lower: str) -> Iterator[Candidate]:
    for at in word_starts(lower, _KIND_WORDS):
        found = _LOCAL_BEFORE_KIND.search(text, max(0, at - 16), at)
        if found is None or not _KIND_NAMES_PHONE.match(text, at) or _PRESSURE_BEFORE.search(text, max(0, found.start() - 16), found.start()) \
                or (lower.startswith(KIND_ABBREVIATIONS, at) and not _field_opens(text, found.start(), lower.startswith("дом.", at))):
            continue
        yield Candidate("PHONE_NUMBER", found.start(), found.end(), CUE_SCORE, "RuPhoneRecognizer")


# a further number listed after a phone (:func:`.phone_fields.listed_after`): below a cued field's, above a bare shape's
_LISTED_SCORE = 0.7
_E164_DIGITS = 15  # (E.164's longest number: a policy's sixteen digits listed after a phone are no phone)


def _listed(text: str, found: list[Candidate]) -> list[Candidate]:
    """The numbers listed right after a phone found (a list's further numbers, see :func:`.phone_fields.listed_after`);
    a run of eleven or twelve digits whose SNILS or INN check digits hold is that identifier, not a phone."""
    reported = {candidate.start for candidate in found}
    listed = []
    for candidate in found:
        if candidate.score < 0.5 or candidate.end >= len(text) or text[candidate.end] not in ' \t,;/"(':
            continue  # (the cheap gate: most phones end a field)
        for start, end in listed_after(text, candidate.end):
            digits = "".join(ch for ch in text[start:end] if ch.isdigit())
            if start not in reported and len(digits) <= _E164_DIGITS and not _checksummed_identifier(digits):
                listed.append(Candidate("PHONE_NUMBER", start, end, _LISTED_SCORE, "RuPhoneRecognizer"))
    return listed


def _international(text: str) -> Iterator[Candidate]:
    """The numbers of :data:`_INTERNATIONAL` in ``text``, scored as the matcher's phone-shaped ones are."""
    for match in _INTERNATIONAL.finditer(text):
        start, end = match.span()
        if 9 <= sum(ch.isdigit() for ch in match.group()) <= 15:
            score = _SHAPED_CONTEXT.adjust(text, start, end, _SHAPED)
            if match.group("sep") is not None and not _dialable(text, match, cued=score > _SHAPED):
                continue  # an unbracketed signed series: measures, not a number
            yield Candidate("PHONE_NUMBER", start, end, round(score, 4), "RuPhoneRecognizer")


def _dialable(text: str, match: re.Match[str], cued: bool) -> bool:
    """The unbracketed form of :data:`_INTERNATIONAL` ("+374 91 965 61 31") is grouped as a signed series of
    measures is ("+150 200 180 210 г.", "+38 37 38 37 36 С", "+500-300-200-100 мл"): a unit right after makes it
    the series, even near a phone-like word ("массы тела" reads as "тел."); without a unit it is a phone where a
    phone word stands near or its "+" opens a country calling code that exists (phonenumbers' table of assigned
    codes: 38 and 150 are none; 500, the Falklands', is one, and its unit is what tells fluid balance apart)."""
    if UNIT_AFTER.match(text, match.end()) or _LETTER_UNIT_AFTER.match(text, match.end()):
        return False
    code = int(match.group()[1:].lstrip(" ").split(match.group("sep"), 1)[0])
    return cued or code in _phonenumbers().phonenumberutil.COUNTRY_CODE_TO_REGION_CODE


# the one-letter units UNIT_AFTER leaves out (a gram, degrees Celsius written "С"/"C")
_LETTER_UNIT_AFTER = re.compile(r"[ \t]*[гСC](?!\w)")


def _msisdns(text: str) -> Iterator[Candidate]:
    """The bare eleven-digit runs of an SMS note that read as MSISDNs (see :data:`_MSISDN_WORDS`); the matcher
    misses those whose code is unassigned ("70015253277": no national number starts with 0), so read here by shape."""
    for run in digit_runs(text):
        start, end = run.span()
        if end - start == 11 and text[start] in "78" and not _GLUED_BEFORE.search(text, max(0, start - 2), start) \
                and not _GLUED_AFTER.match(text, end) and not snils_valid(run.group()):
            yield Candidate("PHONE_NUMBER", start, end, _MSISDN_SCORE, "RuPhoneRecognizer")


# a run inside a longer token: a letter or a number's sign before it ("№", "ID", "-", "."), a letter or a decimal after
_GLUED_BEFORE = re.compile(r"(?:\w|[№#/.,\-+:]|№[ \t])\Z")
_GLUED_AFTER = re.compile(r"\w|[.,/\-]\d")


def _in_row(text: str, start: int, end: int) -> bool:
    """The number is a cell of a delimited row (";", a tab or "|" right before or after it), a whole cell: a
    delimiter or the line's edge on the other side too (a list in prose, "жена — 89161234567; +7 ...", is no row)."""
    before = start == 0 or text[start - 1] in ";\t|\n"
    after = end == len(text) or text[end] in ";\t|\n\r"
    return before and after and ((start > 0 and text[start - 1] in ";\t|") or (end < len(text) and text[end] in ";\t|"))


def _checksummed_identifier(raw: str) -> bool:
    """Eleven or twelve plain digits whose SNILS or INN check digits hold, as a cell of a row with no
    header ("78006752507;...", a registry's export; checked only there, see :func:`_in_row`): the checksum is stronger evidence than the shape of a number (a phone passes it by
    chance once in a hundred, and a phone word nearby still makes it a phone)."""
    return raw.isdigit() and ((len(raw) == 11 and snils_valid(raw)) or (len(raw) == 12 and inn_valid(raw)))


def _as_dialled(window: str) -> str:
    """``window`` as the matcher reads it, one character for one: a slashed area code bracketed,
    an international "00" written "+"."""
    if "/" in window:
        window = _SLASHED_AREA.sub(lambda m: m.group().replace("/", "(", 1).replace("/", ")", 1), window)
    prefix = _INTERNATIONAL_00.match(window)
    if prefix is not None:
        at = prefix.end() - 2
        window = window[:at] + " +" + window[at + 2 :]
    return window


def _valid_prefix(pn: Any, window: str, start: int, end: int) -> tuple[int, bool]:
    """A match that is no valid number may have taken a group of what follows it ("+375 (33) 3941908.
    22 года"): where dropping its last one or two groups leaves a valid number, that is the number.
    (Tried for numbers written with "+" only: parsing costs, and a number with its country code
    written out is the one whose end the matcher misreads; lab numbers never have one.)"""
    shorter = end
    for _ in range(2):
        tail = _TRAILING_GROUP.search(window, start, shorter)
        if tail is None:
            break
        shorter = tail.start()
        try:
            if pn.is_valid_number(pn.parse(window[start:shorter], "RU")):
                return shorter, True
        except pn.NumberParseException:
            break
    return end, False


# A local number without area code: "55-66-77" is a phone only next to a phone word (it may be a date, "12-03-19");
# "245-67-89", three digits, then two and two, is the layout of a Russian town's seven-digit number and nothing
# else a record writes (no date, dose, code or pressure has it), a phone on its own: a relative's in a contact list
# ("брат — Савин, 393-62-99"), a carer's, a patient's in a group list; a lab word before it still makes it a sample's
# or an order's number (PHONE_CONTEXT's negative words)
# (not inside a number, a decimal or a code; the town's number with its area code bracketed before it, one the
# matcher calls impossible, is taken whole: "Факс (4012) 827-69-60")
_LOCAL_START = r"(?<![\d\-.,/+])"
_LOCAL = RegexRecognizer(
    "PHONE_NUMBER",
    "RuPhoneRecognizer",
    [Rule("local_town", re.compile(rf"{_LOCAL_START}(?P<value>(?:\(\d{{3,5}}\)[ \t]?)?\d{{3}}-\d{{2}}-\d{{2}})(?![\d])(?![.,\-]\d)"), 0.55,
          PHONE_CONTEXT),
     Rule("local", re.compile(rf"{_LOCAL_START}(?P<value>\d{{2}}-\d{{2}}-\d{{2}})(?![\d])(?![.,\-]\d)"), 0.3, PHONE_CONTEXT)],
    needs=r"-(?<=\d-)\d\d-\d",  # "\d-\d\d-\d" led by its dash: ``re`` skips to a literal fast, to a digit slowly
)
# a blood pressure and a pulse written with dashes ("АД 130-80-72", "давление: 125-85-64") look like a local number
_PRESSURE_BEFORE = re.compile(r"(?<!\w)(?:BP|[СД]АД|(?i:ад|давлени\w*))[ \t]*[:=\-–—]?[ \t]*$")
# A number with its country code after "+" and its area code in brackets ("+374 (91) 533-3403", "+44 (20) 7946 0958",
# "+7 (912) 40-11-27"): the international way to write a phone, whatever the country's own rules say (the matcher
# drops a number its metadata calls impossible, and keeps a piece of it); nine to fifteen digits (E.164)
# (its groups joined by a space or a dash within one cell: a tab or a stop after starts the next cell or a date)
# ... and with its area code unbracketed, the number in groups of two to four after it ("+374 91 965 61 31",
# "+995-599-12-34-56"): E.164's written form, the "+" and the grouping say phone, whether or not the digits are a valid
# number of the country (a migrant's relative abroad, typed as dictated: one digit too many is still their phone)
# (one separator kind throughout, at least three groups after the code: no dose, range or score is written so)
_INTERNATIONAL = re.compile(r"(?<![\w+])\+ ?[1-9]\d{0,2}(?:[ \-]?\(\d{1,5}\)[ \-]?\d{1,4}(?:[ \-]?\d{1,4}){0,3}"
                            r"|(?P<sep>[ \-])\d{2,5}(?:(?P=sep)\d{2,4}){2,4})(?![\d\-]|[.,/:]\d)")
