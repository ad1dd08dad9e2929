"""Numbers of a patient's documents beyond the case history: prescriptions, referrals, certificates,
imaging studies, foreign "Case No." and DICOM UIDs.

Under the broad reading of a record number (HIPAA's "any other unique identifying number, certificate
number") every document issued to one patient carries a number that names that patient: a
prescription ("Рецепт (ф. 107-1/у) серия и № 45-12-0012345", "Рецептурный бланк серия 18 № 004512"),
a referral ("Направление № 2021.77.00451 на МСЭ", "№ направления: 5512-20"), a certificate of birth
or death ("Медицинское свидетельство о рождении серия 77 № 004512"), an imaging study ("Исследование
№ КТ-2231", "№ исследования MR20231145"), a notice ("Извещение № 112/21"), a laboratory's order in
English ("Accession No: CT22018831", "Order # 55-1024"), a foreign case ("Case No.: 2021/ORT/118").
They share one shape, which :mod:`.record_numbers` reads for the record nouns and this module for
these:

* a **document noun** in any case (a stem: "рецепт", "направлени", "свидетельств", "исследовани",
  "извещени", "сертификат", "бланк"; in English "case", "accession", "order", "specimen",
  "requisition", "referral", "prescription", "certificate", "encounter", "study");
* a **window** on the same line: words, abbreviations, a form's code ("(ф. 148-1/у-04 (л))"), a
  note in brackets (one level nested), a series ("серия 45", "серия и"); never a word that names
  another number (ward, bed, phone, policy, ...) nor a sentence's end;
* a **sign**: "№", "N", "No.", "#", "номер", "серия и №", a colon or a dash; the sign may also stand
  before the noun ("№ рецепта 12-0045", "№ исследования: CR2002758500");
* a **value**: digits with letters, "/", "-", "." joined (the grammar of :mod:`.record_numbers`),
  with three digits at least (an item of a list, "исследование № 2", is no document's number).

DICOM UIDs and UUIDs have a grammar of their own (:mod:`.unique_ids`), called here at their gates; the OCR
homoglyphs the record grammars are run over are folded by :mod:`.ocr_homoglyphs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii import paper_nouns
from medsyn_dataset.validation.pii.base import has_long_number, lowered, word_starts
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.digit_ahead import digit_or_break
from medsyn_dataset.validation.pii.document_codes import (
    FORM_CODE,
    PRESCRIPTION_BARE,
    coded_in_window,
    has_code_number,
)
from medsyn_dataset.validation.pii.id_fields import SERIES_AND_NUMBER, TEMPORARY_CERTIFICATE
from medsyn_dataset.validation.pii.institution_words import HEALTH_INSTITUTIONS, stem_alternation
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.other_number_words import OTHER_NUMBER as _OTHER_NUMBER
from medsyn_dataset.validation.pii.phone_fields import enquiry_phone
from medsyn_dataset.validation.pii.record_values import (
    NUMBERED_SCORE,
    SIGNED_SCORE,
    VALUE_BODY,
    checked_value,
)
from medsyn_dataset.validation.pii.unique_ids import OID_START, oids, uuids


def ascii_characters(text: str) -> bytes:
    """``text``'s ASCII characters (the rest dropped), made once per text and shared: :func:`.normalize.ascii_bytes`."""
    return ascii_bytes(text)


# ----- Russian documents -----------------------------------------------------------------------------
# (and the documents :mod:`.record_numbers` reads at "№" with a short window, for their longer layouts:
# "Справка серия 12 № 345678", "Листок нетрудоспособности серия ВА № 1234567", "Заключение: № 12-45")
# (and the imaging studies a record numbers by name, a chest X-ray screening above all: "Флюорография № 72-Ф от 21.07.2026",
# "ФЛГ № 1184", "Маммограмма № 2231/24")
# (and a conclusion, a death certificate by its abbreviation, МСС, form 106/у of the Health Ministry's order 352н, and a
# military ID, военный билет, "в/б", whose blank has two letters' series and seven digits: :mod:`.paper_nouns`)
# (and a protocol or a request, which name their number only when it is shaped as a code, with nothing or an abbreviation
# between, :func:`_coded_only`: "Протокол УЗИ RG-15-38190" (blind48), "ТМК-заявка 47414155-20" (blind47); "по протоколу
# № 12", a care protocol's, and "заявка на ремонт" are no patient's)
_NOUN_STEMS = ("рецепт", "рец.", "направлени", "свидетельств", "исследовани", "извещени", "сертификат", "бланк", "справк", "листок",
               "листк", "больничн", "флюорограф", "флг", "рентгенограм", "маммограм", "маммограф", *paper_nouns.STEMS,
               "протокол", "заявк")
_NOUN = re.compile(r"(?:рецепт|рец\.|направлени|свидетельств|исследовани|извещени|сертификат|бланк|справк|листо?к|больничн"
                   r"|(?P<coded>протокол|заявк)"
                   rf"|(?:мед)?{paper_nouns.CONCLUSION}|флюорограф|флг|рентгенограм|маммограм|маммограф"
                   + "".join(rf"|{re.escape(abbreviation)}(?![а-яё])" for abbreviation in paper_nouns.ABBREVIATIONS)
                   + rf"|{paper_nouns.MILITARY_ADJECTIVE}[а-яё]*[ \t]+{paper_nouns.MILITARY_NOUN})[а-яё]*(?![\w])", re.IGNORECASE)
# (a blank's series without its word, right before the number sign: "Рецепт 45-12 № 004512", "Справка АБ № 1234"; it is
# part of the document's number, and is reported with it)
_BARE_SERIES = r"(?:[А-ЯЁA-Z]{1,4}[ \t]?)?\d{2,4}(?:[\-/]\d{2,4})?(?=[ \t]*№)|[А-ЯЁA-Z]{1,4}(?=[ \t]+№)"
_BARE_SERIES_ITEM = re.compile(rf"[ \t]*,?[ \t]*(?P<series>{_BARE_SERIES})")
# one item of the window (as in :mod:`.record_numbers`, plus nested brackets, a form code, a series)
_ITEM = re.compile(
    r"[ \t]*,?[ \t]*(?:"
    r"\((?:[^()\n]|\([^()\n]{0,10}\)){1,40}\)"  # "(ф. 148-1/у-04 (л))", "(форма 057/у)"
    r"|«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\""
    r"|(?i:от)[ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:[ \t]*г\.?)?"  # the date of issue: "Направление от 12.03.2020 №"
    r"|(?i:сери[яи])[ \t]+(?:[А-ЯЁA-Z]{1,4}(?:[ \t]?\d{1,6})?|\d{1,6})(?![\d\-./])"  # "серия 45", "серия ВА"
    # (a blank's series without its word, right before the number sign: "Рецепт 45-12 № 004512", "Справка АБ № 1234")
    rf"|{_BARE_SERIES}"
    r"|(?:(?i:ф|форм\w*)\.?[ \t]*№?[ \t]*)?\d{3}(?:-\d)?[-/]?[уy](?:-\d{2})?(?![\w])"  # "ф. 148-1/у-04"
    r"|[А-ЯЁA-Zа-яёa-z][А-ЯЁA-Zа-яёa-z\-]*\.?"  # a word, an abbreviation
    r")"
)
_MAX_ITEMS = 10
# ("серия/номер", "серия, номер", "серия-номер": a form's one label for both, as "серия и номер")
_SIGN = re.compile(
    rf"[ \t]*(?:{SERIES_AND_NUMBER}|№|N(?=[ \t]*\d)|No\.?|#|(?i:номер)|:|[–—-](?=[ \t]))[ \t]*:?[ \t]*"
)
# the window may not cross a sentence's end: a stop, then a capital or a digit ("Направлен к ЛОР. № 3 в очереди")
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[А-ЯЁA-Z\d])")
_VALUE = re.compile(VALUE_BODY)
# "№ рецепта", "Номер направления:", "Серия и номер рецепта:"
# (an adjective may stand between: "№ родового сертификата 1234567", "номер электронного рецепта")
_SIGN_BEFORE = re.compile(r"(?:№|(?<![\w])N|(?<![\w])(?i:номер))[ \t]*(?:[а-яё]+(?:ого|его|ой|ей|ых|их)[ \t]+)?$")
_AFTER_NOUN = re.compile(r"[ \t]*[:\-–—]?[ \t]*")


# an institution (or a place in it) is numbered too: "Направление в женскую консультацию № 3", "в ГКБ № 15"
_INSTITUTION = re.compile(
    # ("госпиталь" in its forms only: "Направление на госпитализацию № 62-91-265661" names the referral)
    rf"(?i:{stem_alternation(HEALTH_INSTITUTIONS, whole_forms=('госпиталь',))}"
    r"|аптек\w*|школ\w*|сад\w*|ясл\w*|пункт\w*|филиал\w*|лаборатори\w*|учреждени\w*|организаци\w*)"
    r"|ГКБ|ГБ|ГП|ДГП|ДП|ДКБ|КБ|ОКБ|РКБ|ЦРБ|МСЧ|ФАП|ЛПУ|МО|ГБУЗ|ГАУЗ|ФГБУ|НИИ|ЖК|ПНД|НД|КВД|ПТД|ОД"
)
_COLON_NOUNS = ("рецепт", "направлени", "свидетельств", "извещени", "сертификат", "бланк")
_PRESSURE = re.compile(r"\d{2,3}/\d{2,3}")


# a certificate of the Soviet form, kept for birth certificates: a Roman numeral, two Cyrillic capitals, six digits
# ("свидетельство о рождении II-АГ № 123456"; the numeral may be typed with a Cyrillic "Х" or in Arabic digits)
_ROMAN_SERIES = re.compile(r"(?:[IVXLХ]{1,6}|\d{1,2})[ \t]?[\-–][ \t]?[А-ЯЁ]{2}[ \t]*(?:(?:№|N)[ \t]*)?\d{6}(?![\w])")


# a blank's series of digits, then "№" and its number ("61 № 204518"): one value, as a passport's "45 12 № 345678" is
_SERIES_SIGN_NUMBER = re.compile(r"\d{2,4}[ \t]*№[ \t]*\d{4,10}(?![\w])")


# a prescription blank's series of the region's and the issuer's codes, a space, and the blank's number ("Льготный рецепт
# № 79-92 4198402", "Номер рецепта в МИС: 74-13 7033892", as the blanks of form 148-1/у-04 (л) print them): one value,
# which a phone's shape would otherwise read across the dash; a referral's and an expert's conclusion's too ("Направление на
# госпитализацию № 95-09 437592 (форма 057/у-04)", "Заключение эксперта № 60-97 928274", as tuning split blind8 writes
# them). A unit after the digits makes them a dose ("Рецепт № 12-05 1000000 ЕД интерферона")
_SERIES_SPACE_NUMBER = re.compile(r"\d{2,5}[\-/]\d{2,4}[ \t]\d{6,8}(?![\w\-/]|[.,]\d)")


def _series_space_number(text: str, start: int) -> re.Match[str] | None:
    found = _SERIES_SPACE_NUMBER.match(text, start)
    return None if found is None or UNIT_AFTER.match(text, found.end()) else found


def _value(text: str, start: int, sign: int, titled: bool = False) -> tuple[int, int, float] | None:
    roman = _ROMAN_SERIES.match(text, start) or _SERIES_SIGN_NUMBER.match(text, start) or _series_space_number(text, start)
    if roman is not None:
        return roman.start(), roman.end(), NUMBERED_SCORE
    value = _VALUE.match(text, start)
    if value is None or FORM_CODE.fullmatch(value.group()) or (sign < 2 and _PRESSURE.fullmatch(value.group())):
        return None
    # (the paper's noun and "№" name the value whatever its grouping: a phone is never signed so, "рецепт № 8267-6889752")
    checked = checked_value(text, value.start(), value.end(), sign, signed_digits=2 if titled else 3, named_by_record=sign == 2)
    if checked is None:
        return None
    raw = text[checked[0] : checked[1]]
    digits = sum(ch.isdigit() for ch in raw)
    return checked if digits >= 3 or (digits >= 2 and (titled or any(ch.isalpha() for ch in raw))) else None


# A document's series is part of its number ("Рецепт серии 488-4049", "Свидетельство о смерти серия 87422 № 185222",
# "Рецепт. Серия и номер: 19-22 585403"): after "серия" the value is the series, and the number after it (a sign,
# then four digits and more) belongs to the same span; without a number after it the series is the whole number
_SERIES_WORD = re.compile(r"[ \t]*(?i:сери[яиюей])(?![ \t]+и[ \t])(?![ \t]*[/,\-][ \t]*(?i:№|номер))[ \t]*:?[ \t]*")
_NUMBER_AFTER_SERIES = re.compile(r"[ \t]*,?[ \t]*(?:(?:№|N|(?i:номер))[ \t]*:?[ \t]*)?(?P<number>\d{4,10})(?![\w\-./])")
_SERIES_AND_NUMBER_SIGN = re.compile(r"(?i:сери)")


Span = tuple[int, int, float]


def _with_number(text: str, series: Span | None, start: int, separate: bool = False) -> Span | list[Span] | None:
    """``series`` (or the value read at ``start``) widened to the number that follows it, if one does; with
    ``separate`` the two as spans of their own ("серия 45 № 228829": a series field and a number field, as a
    passport's are)."""
    value = _VALUE.match(text, start)
    if value is not None and value.end() > start:
        number = _NUMBER_AFTER_SERIES.match(text, value.end())
        if number is not None and (number.group().strip()[:1] in "№Nн" or series is None or series[1] <= value.end()):
            checked = checked_value(text, number.start("number"), number.end("number"), 2)
            if checked is not None and not _DATE_LIKE.fullmatch(text, value.start(), value.end()):
                # (a series and its number with only a space between are one blank's number, as its form prints them,
                # "МСС серия 791 87757832", "мед. заключение серии 8421 941493": read apart, a phone's shape took both)
                if separate and number.group().strip()[:1] in "№Nн":
                    return [(value.start(), value.end(), checked[2]), checked]
                return value.start(), checked[1], checked[2]
    return series


_DATE_LIKE = re.compile(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?")


def _after_noun(text: str, noun: re.Match[str]) -> Span | list[Span] | None:
    """The value the noun names: after its window and sign, or right after it when "№" stands before it."""
    if noun.group()[:3].lower() == "рец":
        bare = PRESCRIPTION_BARE.match(text, noun.end())
        if bare is not None:
            return checked_value(text, bare.start("value"), bare.end("value"), 1, signed_digits=3)
    numbered_before = _SIGN_BEFORE.search(text, max(0, noun.start() - 30), noun.start()) is not None
    if numbered_before:  # "№ рецепта 45-12", "№ исследования: CR..."
        gap = _AFTER_NOUN.match(text, noun.end())
        found = _value(text, gap.end(), 2) if gap is not None else None
        if found is not None and gap is not None and _SERIES_AND_NUMBER_SIGN.search(text, max(0, noun.start() - 30), noun.start()):
            return _with_number(text, found, gap.end())  # "Серия и номер свидетельства: 45 12 345678"
        if found is not None:
            return found  # (else a complement before the sign: "Номер свидетельства о рождении: II-АГ 123456")
    position = noun.end()
    # (a conclusion, a study, a certificate of leave are named with "№" only: "Заключение: 140/90" is a finding)
    named_by_colon = numbered_before or noun.group().lower().startswith(_COLON_NOUNS)
    series = -1
    for _ in range(_MAX_ITEMS + 1):
        series_word = _SERIES_WORD.match(text, position)
        if series_word is not None:
            with_number = _with_number(text, _value(text, series_word.end(), 2), series_word.end(), separate=True)
            if with_number is not None:
                return with_number
        sign = _SIGN.match(text, position)
        if sign is not None and sign.end() > position:
            numbered = any(ch in sign.group() for ch in "№N#") or "омер" in sign.group() or numbered_before
            found = _value(text, sign.end(), 2 if numbered else 1, titled=numbered and _titled(text, noun)) \
                if numbered or named_by_colon else None
            if found is not None and _SERIES_AND_NUMBER_SIGN.search(sign.group()):
                return _with_number(text, found, sign.end())  # "Серия и номер: 19-22 585403" (one field)
            form_code = FORM_CODE.match(text, sign.end()) if found is None and numbered else None
            if form_code is not None:
                position = form_code.end()  # "Бланк № 107-1/у серия 4512 № 345678": the form's number, then the blank's
                continue
            if found is not None and series >= 0 and sign.start() == position:
                return series, found[1], found[2]  # "45-12 № 004512": the series and the number
            if found is not None or numbered:
                return found
            position = sign.end()  # a colon before the series or the sign: "Рецепт: серия 18 № 004512", "Направление: № 12"
            continue
        coded = coded_in_window(text, position)
        if coded is not None:
            return coded
        if numbered_before and _COMPLEMENT.fullmatch(text, noun.end(), position):
            coded = _coded_after_space(text, position)
            if coded is not None:
                return coded
        item = _ITEM.match(text, position)
        if item is None or item.end() == position or _SENTENCE_END.match(text, item.end() - 1):
            return None
        word = item.group().strip(" \t,")
        # (the word read in place, so the pattern's look-behinds see the words before it: "Направление на анализы №",
        # a referral's purpose, names no other number)
        word_start = item.start() + item.group().index(word) if word else position
        if not word.startswith("(") and (_OTHER_NUMBER.fullmatch(text, word_start, word_start + len(word.rstrip(".")))
                                         or _INSTITUTION.fullmatch(word)) \
                and not word.lower().startswith("сери"):
            return None  # "Направление в палату № 5", "в поликлинику № 12": the number is the ward's, the clinic's
        bare_series = _BARE_SERIES_ITEM.match(text, position)  # (its look-ahead needs the text after the item)
        series = bare_series.start("series") if bare_series is not None and bare_series.end() == item.end() else -1
        position = item.end()
    return None


_ABBREVIATION = re.compile(r"[ \t]+[А-ЯЁA-Z]{2,5}(?![\w\-])")


def _coded_only(text: str, position: int) -> Span | None:
    """A code-shaped value right after a protocol's or a request's noun, or after one abbreviation in capitals that names
    the study or the service ("Протокол УЗИ RG-15-38190")."""
    coded = coded_in_window(text, position)
    if coded is None:
        abbreviation = _ABBREVIATION.match(text, position)
        coded = coded_in_window(text, abbreviation.end()) if abbreviation is not None else None
    return None if coded is None or _YEARS.fullmatch(text, coded[0], coded[1]) else coded


# ("протокол 2019-2021 гг.": when it held, no number; a dash only, where :data:`.record_values.YEAR_SPAN` takes a slash too:
# folding it in would refuse "2019/2021" after a protocol's noun, a change of output left to a recall round)
_YEARS = re.compile(r"(?:19|20)\d\d[\-–](?:19|20)\d\d")


def _titled(text: str, noun: re.Match[str]) -> bool:
    """The noun is a form's title: in capitals, first on its line ("НАПРАВЛЕНИЕ № 53 на предварительный медицинский
    осмотр", "СПРАВКА № 12"); a title's "№" numbers that paper even with two digits, where an item of a list in prose
    ("исследование № 12") needs three. A study is no paper issued, so it is no such title: "ИССЛЕДОВАНИЕ № 12
    Эхокардиография" heads an item of a protocol's list of studies."""
    return noun.group().isupper() and not noun.group().startswith("ИССЛЕДОВАНИ") \
        and not text[text.rfind("\n", 0, noun.start()) + 1 : noun.start()].strip()


_SPACES = re.compile(r"[ \t]+")
# the complement: a preposition and one or two words ("в ЕМИАС", "в личном кабинете", "из МИС"); a longer phrase
# ("о постановке на учёт в налоговом органе") may name another paper's number
_COMPLEMENT = re.compile(r"[ \t]+(?i:в|во|из|через)[ \t]+[^\s\d]+(?:[ \t]+[^\s\d]+)?")
# (a word in capitals and a space before the digits is one more word of the complement: "в ЕМИАС 525...")
_WORD_THEN_SPACE = re.compile(r"[^\d]*[ \t]")


def _coded_after_space(text: str, position: int) -> Span | None:
    """After "Номер <paper> <where>" (a complement between the paper and its value, no sign: "Номер направления в
    ЕМИАС 525.2026.74.2879", "номер рецепта в приложении 018/2026"), a value shaped as a code: a slash, a dash, a stop or
    a letter in it, or five digits and more ("в кабинет 215", "в 2023 году" are a room and a year)."""
    space = _SPACES.match(text, position)
    value = _VALUE.match(text, space.end()) if space is not None else None
    if value is None or not value.group() or _WORD_THEN_SPACE.match(value.group()):
        return None
    raw = value.group()
    digits = sum(ch.isdigit() for ch in raw)
    if digits < 3 or not (digits >= 5 or any(ch in raw for ch in "/-.") or any(ch.isalpha() for ch in raw)):
        return None
    return _value(text, value.start(), 1)


# a digit within reach of the noun, on its line: without one there is no value to read (most of these nouns in a
# note, "исследование крови", "направлен на консультацию", have none)
_DIGIT_AHEAD = re.compile(r"[^\d\n]{0,160}+\d")


def _digit_ahead(text: str, start: int) -> bool:
    """Whether ``_DIGIT_AHEAD`` matches at ``start``, from the first digit or line break after it where the note's bytes
    give it (:mod:`.digit_ahead`): its possessive run stops there, or 160 characters on, and a digit must stand there."""
    found = digit_or_break(text, start, start + 161)
    if found is None:
        return _DIGIT_AHEAD.match(text, start) is not None
    return found[1] and found[0] <= start + 160


# a temporary certificate (:data:`.id_fields.TEMPORARY_CERTIFICATE`) stands for an OMS policy: the policy rules read it,
# it is no document of its own
_TEMPORARY = re.compile(TEMPORARY_CERTIFICATE)


def _temporary_certificate(lower: str, start: int) -> bool:
    """The "свидетельство" at ``start`` is a temporary certificate's ("временное свидетельство")."""
    found = _TEMPORARY.search(lower, max(0, start - 16), start + 16)
    return found is not None and found.start() < start < found.end()


def _russian(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for start in word_starts(lower, _NOUN_STEMS):
        if not _digit_ahead(text, start):
            continue
        if lower.startswith("свидетельств", start) and _temporary_certificate(lower, start):
            continue
        noun = _NOUN.match(text, start)
        if noun is None:
            continue
        found = _coded_only(text, noun.end()) if noun.group("coded") else _after_noun(text, noun)
        for span in (found if isinstance(found, list) else [found] if found is not None else []):
            if not enquiry_phone(text, noun.end(), span[0], span[1]):  # ("Справки: 8-48236-9-66-04": a phone)
                yield span[0], span[1], max(span[2], SIGNED_SCORE)


# ----- English documents -----------------------------------------------------------------------------
_EN_ANCHORS = ("case", "acc", "order", "specimen", "sample", "requisition", "referral", "prescription", "certificate",
               "encounter", "study", "rec", "fall", "aufnahme", "patienten", "auftrag", "befund", "subject", "participant",
               "aliquot", "screening", "randomi", "donor")
# (a sign is needed: "No.", "#", "number", "ID"; "Accession:" and "Case:" name their number with a colon alone;
# "Study: CT chest", "Order 250 mg" have none)
_EN = re.compile(
    # (an analyser's "Sample No.:", "Sample ID" is the specimen's, as "Specimen No." is)
    # (a trial's and a biobank's too: "Aliquot: A-2231-03", "Screening No. S0231", "Randomization #1045", "Donor ID D-882")
    r"(?:(?:case|accession|specimen|sample|requisition|aliquot)[ \t]*:[ \t]*"
    r"|(?:case|acc(?:ession|\.)?|order|specimen|sample|requisition|referral|prescription|certificate|encounter|study"
    r"|aliquot|screening|randomi[sz]ation|donor"
    r"|rec(?:ord)?|med(?:ical)?[ \t]+rec(?:ord)?)"  # "REC#5558211", "Record No. 12-345", "Medical record #"
    r"(?:[ \t]+(?:instance|order|request|record|sample))?"
    r"[ \t]*(?:(?:no\.?|nr\.?|number|num\.?|id)(?![\w])|#)[ \t]*:?[ \t]*"  # ("#" may touch its value: "REC#5558211")
    # (a modality or a department in capitals may qualify the label before its colon: "Accession number КТ:", "Order No MRI:")
    r"(?:(?-i:[A-ZА-ЯЁ]{2,5})[ \t]*:[ \t]*)?"
    # German letters (an Arztbrief) name the case, the admission, the patient, the order or the report by a compound
    # of "-nummer" / "-Nr.": "Fallnummer 4711023", "Aufnahme-Nr.: 22/1045", "Patientennummer: 0012345"
    r"|(?:fall|aufnahme|patienten|auftrags?|befund)(?:-?nummer|-?nr\.?)(?![\w])[ \t]*:?[ \t]*)(?:#[ \t]*)?",
    re.IGNORECASE,
)


# A clinical trial names its participant by the sponsor's subject number, the site's digits and the patient's, written
# right after the word in a narrative ("Subject 027-056, a 64-year-old male", "Participant RU-014-003 withdrew"): with no
# sign, only that shape is taken (digit groups joined by a dash or a slash, or a letter series before them), never a count
# or an age ("subject 2", "subjects 18-65 years" have a unit or no dash)
_EN_SUBJECT = re.compile(
    r"(?i:subject|participant)(?:[ \t]+(?i:no\.?|nr\.?|number|id|#))?[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?:[A-Z]{1,4}-)?\d{2,4}[-/]\d{2,5}(?:[-/]\d{2,5})?)(?![\w\-/]|[.,]\d|[ \t]*(?i:years?|yrs?|y\.?o\.?|mg|kg|ml)(?![a-z]))"
)


def _english(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for start in word_starts(lower, _EN_ANCHORS):
        subject = _EN_SUBJECT.match(text, start) if lower.startswith(("subject", "participant"), start) else None
        if subject is not None:
            checked = checked_value(text, *subject.span("value"), 1, signed_digits=4)
            if checked is not None:
                yield checked
            continue
        cue = _EN.match(text, start)
        found = _value(text, cue.end(), 2) if cue is not None else None
        if found is not None and sum(ch.isdigit() for ch in text[found[0] : found[1]]) >= 3:
            yield found


_EN_WORDS = (b"case", b"acc", b"order", b"specimen", b"sample", b"requisition", b"referral", b"prescription", b"certificate",
             b"encounter", b"study", b"rec", b"fall", b"aufnahme", b"patienten", b"auftrag", b"befund", b"subject", b"participant",
             b"aliquot", b"screening", b"randomi", b"donor")
# a number sign the Russian grammar needs ("N 12" in Latin too)
_LATIN_N = re.compile(r"(?<![\w])N[ \t]?\d")


def document_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the numbers of a patient's documents in ``text`` (see the module's docstring)."""
    lower = lowered(text)
    if not lower:
        return
    # (each part only where its sign can be: "№", "номер", "N 12", or a long number after a colon; an English
    # noun among the text's ASCII letters; an OID's first components; most notes have none of them)
    # (or "серия": "рецепт серии 488-4049")
    if "№" in text or word_starts(lower, ("номер", "сери")) or has_long_number(text) \
            or ("N" in text and _LATIN_N.search(text) is not None) or has_code_number(text):
        yield from _russian(text, lower)
    if has_latin(text):
        letters = ascii_characters(text).lower()
        if any(word in letters for word in _EN_WORDS):
            yield from _english(text, lower)
    if text.count("-") >= 4:
        yield from uuids(text)
    plain = ascii_characters(text)  # (a find in bytes is ~5 times cheaper than in a Cyrillic str)
    if (b"1.2." in plain or b"1.3." in plain or b"2.16." in plain or b"2.25." in plain) and OID_START.search(plain):
        yield from oids(text)
