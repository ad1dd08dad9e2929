"""Numbers of a patient's papers that the record grammars do not read: whole classes of documents by their standard.

Under the broad reading of a record number (HIPAA's "any other unique identifying number, certificate number") every
paper issued to or about one patient names that patient. :mod:`.record_numbers` and :mod:`.document_numbers` read a
document noun, a sign and a value; these classes of papers escape that grammar by their own conventions:

* **civil-status certificates** (birth, death, marriage, divorce, change of name, paternity): the ЗАГС forms print a
  series of a Roman numeral and two Cyrillic capitals, then six digits ("III-МЮ 123456", "XI-АБ № 004512", "IIIБР
  260362" with the dash left out); nothing
  else in a Russian note has this shape, so it needs no cue (a Soviet passport shares it: after a passport's word the
  passport rule, which scores higher, keeps it);
* the **series of a medical form** printed before its number ("Рецептурный бланк 148-1/у. Серия 45-12 № 004512",
  "Медицинское заключение (ф. 003-В/у)\\nсерия 12 345 № 678901"): the number is read by the grammars, the series is
  one more field of the same paper when a medical form's title stands before it and no passport, policy or drug lot
  word stands between;
* **voluntary and foreign health insurance** (ДМС, "AXA policy AX-1234567"): not the compulsory ОМС policy (whose
  standard is the 16-digit ЕНП), but the insurer's number of this patient's contract;
* **a migration card** (four digits of a series, seven of a number), whatever a phone's shape reads in it;
* **a medical passport** (здоровья, вакцинации, беременной): a paper of this person's health, not an identity
  document;
* **benefit certificates** (удостоверение многодетной семьи, инвалида, ветерана, участника ...): the social
  protection office's number of this family's or person's entitlement;
* **an emergency call's number** said aloud ("вызов номер 1234567", "Вызов принят, номер 856"): in dictations and
  call transcripts the word "номер" stands where a form prints "№";
* **an emergency team's papers of one call**: the transfer sheet (form 114/у) and the dispatcher's order ("наряд"),
  whose short numbers follow "№";
* **a laboratory order's number** after "анализ": eight digits and more, a barcode's or an information system's
  length (a day list's "Анализ № 1234" stays clean);
* **the copy's number of an accounting form**: "Учётная форма № 113/у-20    № 580", the number beside or under the
  form's code;
* **a protocol on a strict-accountability blank** ("протокол о направлении на медицинское освидетельствование
  77 АБ 123456"): the region's two digits, two capitals and six digits of the blank that sends this person to an
  examination.

Each pass is gated by the shared cue index (:func:`.base.word_starts`) or by a character, so a note without these
papers costs a lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import matches_at, word_starts
from medsyn_dataset.validation.pii.document_codes import FORM_CODE_PATTERN
from medsyn_dataset.validation.pii.passport_parts import SERIES_DIGITS
from medsyn_dataset.validation.pii.policy_words import POLICY_WORDS
from medsyn_dataset.validation.pii.record_values import SIGNED_SCORE, checked_value

#: a cued paper's number: above a phone read by its shape (0.85) and a policy after "полис" (0.9), below nothing cued
CUED_SCORE = 0.95
#: a civil-status certificate by its shape alone: below a passport's cue rule (0.9), so "паспорт СССР XI-МЮ № 643424"
#: stays a passport
SHAPE_SCORE = 0.86

# a period of years ("ДМС с 2024-2025 гг."): the contract's term, not its number (wider than
# :data:`.record_values.YEAR_SPAN`: spaces about the dash, and any two digits for the second year, "2024 - 27")
_YEARS = re.compile(r"(?:19|20)\d\d[ \t]*[-–/][ \t]*(?:19|20)?\d\d")


def _checked(text: str, start: int, end: int, signed: bool) -> tuple[int, int] | None:
    """The value's span unless its shape says it is a date, a period, a phone, a form's code or a measurement
    (:func:`.record_values.checked_value`, as for any record's value)."""
    value = text[start:end]
    if _YEARS.fullmatch(value.strip()):
        return None
    checked = checked_value(text, start, end, 2 if signed else 1, named_by_record=True)
    return None if checked is None else (checked[0], checked[1])


# ----- civil-status certificates ---------------------------------------------------------------------------------
# (the numeral may be typed with a Cyrillic "Х" or "І"; a dash, maybe spaced, joins it to the letters)
# (the number may follow its own label: "III-АИ номер 123456", "IV-ЕС, № 123456")
# (a hand or a register may leave the dash out, "IIIБР 260362": a Latin numeral glued to Cyrillic capitals, two scripts in
# one word, which no Russian word or code has; a Cyrillic "Х" glued to capitals is a word and needs its dash)
_CIVIL = re.compile(r"(?<![\w\-–])(?P<value>(?:[IVXLХІ]{1,6}[ \t]?[\-–][ \t]?|[IVXL]{1,6})[А-ЯЁ]{2}[ \t]*,?[ \t]*(?:(?:№|N|(?i:номер))[ \t]*:?[ \t]*)?"
                    r"\d{6})(?![\d\w])")
# where a numeral can start: a word opening with a Latin I, V, X or L (rare in a Russian note), or a Cyrillic "Х" typed for
# the numeral right before the dash; looked up in the shared cue index (a regex scan of the note for the numeral cost
# ~30 us, a walk over its dashes or digit runs ~10 us)
_NUMERAL_STARTS = ("i", "v", "x", "l", "х-", "хх-", "ххх-", "х -", "і")


# a disease's stage, degree or class before a glued numeral: "Стадия IIIАБ 202401" is a stage and its subgroups, then a
# code or a date, no certificate's series
_STAGE_BEFORE = re.compile(r"(?i:стади\w*|ст\.|степен\w*|класс\w*|фк|stage|grade)[ \t]*:?[ \t]*$")


def civil_certificates(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_CIVIL, text, word_starts(lower, _NUMERAL_STARTS)):
        start = match.start("value")
        glued = "-" not in match.group("value") and "–" not in match.group("value")  # (a dash is a certificate's sign)
        if glued and _STAGE_BEFORE.search(text, max(0, start - 24), start):
            continue
        yield start, match.end("value"), SHAPE_SCORE


# ----- the series of a medical form ----------------------------------------------------------------------------
_SERIES = re.compile(
    r"(?i:сери[яи]|сер\.)[ \t]*:?[ \t]*"
    # (a certificate's series may be the region's two digits and one more, spaced: a death certificate's "серия 45 8")
    # (or the region's two digits and two capitals, as Goznak prints the blanks of strict accountability: a driver's
    # medical certificate's "Серия 33 АА № 453995")
    r"(?P<series>(?-i:[А-ЯЁA-Z]{1,4})(?:[ \t\-]?\d{2,4})?|\d{2}[ \t]?(?-i:[А-ЯЁ]{2})(?![\w])|\d{2,4}(?:[ \t\-]\d{1,4})?)"
    r"[ \t]*,?[ \t]*(?:№|N|(?i:номер))[ \t]*:?[ \t]*(?P<number>(?-i:[А-ЯЁA-Z]{0,3})\d{5,10})(?![\w/\-]|[.,]\d)"
)
_SERIES_ANCHOR = ("серия", "серии", "сер.")
# a medical form's title: a prescription, a blank, a certificate, a medical conclusion, a sick leave, a referral, a
# form's code ("ф. 003-В/у", "форма 148-1/у-88")
_FORM_TITLE = re.compile(
    r"(?i:рецепт\w*|бланк\w*|заключени\w*|свидетельств\w*|св-во|справк\w*|сертификат\w*|листок\w*|лист[ \t]+нетрудо\w*"
    r"|направлени\w*|(?<![\w])(?:ф\.|форм[аыу]?)[ \t]*№?[ \t]*\d{3}(?:-\d)?[-/]?(?:[а-яёa-z]/)?[уy])"
)
# what names another document or a lot ("годен до": a lot's expiry; "о годности к ...": a conclusion's subject): its
# series is none of a medical form's
_OTHER_PAPER = re.compile(
    rf"(?i:паспорт\w*|пасп\.|{POLICY_WORDS}|снилс|удостоверени\w*|вид[ \t]+на[ \t]+жительство|внж|патент\w*"
    r"|миграционн\w*|вакцин\w*|препарат\w*|годе?н\w*[ \t]+до|лот\w*|парти[яи]\w*|ампул\w*|флакон\w*)"
)


def form_series(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    starts = _at(lower, _SERIES_ANCHOR)
    for match in matches_at(_SERIES, text, starts):
        start = match.start()
        # the title on this line or the two above (a form prints its title, then its series and number)
        first = text.rfind("\n", 0, start)
        for _ in range(2):
            first = text.rfind("\n", 0, first) if first > 0 else first
        window_start = max(first + 1, start - 160)
        titles = list(_FORM_TITLE.finditer(text, window_start, start))
        if not titles or _OTHER_PAPER.search(text, titles[-1].start(), match.start("number")):
            continue
        # (a series of letters alone, "серия ГЖ", names a print run of many blanks; one with digits names the region's and
        # the issuer's codes of this paper: "серия 45-12")
        if any(ch.isdigit() for ch in match.group("series")):
            yield match.start("series"), match.end("series"), SIGNED_SCORE
        yield match.start("number"), match.end("number"), SIGNED_SCORE


# ----- voluntary and foreign health insurance --------------------------------------------------------------------
# (not the compulsory one named in Latin, an IT system's key: "oms_policy: 5802 67007283", "OMS policy")
_INSURANCE = re.compile(
    r"(?:(?i:дмс)|(?<!(?i:oms)[_ \-])(?i:policy|insurance)|(?i:добровольн\w+[ \t]+медицинск\w+[ \t]+страховани\w+))(?![\w])"
    r"(?P<between>[^\d\n;]{0,40}?)(?<![\w])(?P<sign>(?:№|N|No\.?|#|(?i:номер))[ \t]*:?[ \t]*)?"
    # (an insurer's letters may stand inside too: "001-SB-1234567")
    r"(?P<value>(?:[A-ZА-ЯЁ]{1,5}[\-\ ]?)?\d[\dA-ZА-ЯЁ]*(?:[\-/][\dA-ZА-ЯЁ]+|[ ]\d{2,}){0,6})(?![\w]|[.,]\d)"
)
_INSURANCE_ANCHOR = ("дмс", "policy", "insurance", "добровольн")
# the compulsory policy's words or a phone's between the cue and the value: that number is theirs
_NOT_INSURANCE = re.compile(r"(?i:омс|енп|тел\w*|phone|tel\.?|моб\w*|инн|снилс|паспорт\w*|passport)")


def insurance_numbers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_INSURANCE, text, _at(lower, _INSURANCE_ANCHOR)):
        value = match.group("value").rstrip(" ")
        digits = sum(ch.isdigit() for ch in value)
        if digits < 5 or _NOT_INSURANCE.search(match.group("between")):
            continue
        if digits == 16 and value.replace(" ", "").replace("-", "").isdigit():  # a ЕНП: the OMS policy's own standard
            continue
        span = _checked(text, match.start("value"), match.start("value") + len(value), match.group("sign") is not None)
        if span is not None:
            yield span[0], span[1], CUED_SCORE


# ----- papers named "паспорт" that are no identity document, a migration card -------------------------------------
# (a foreign state's passport is read by :mod:`.foreign_ids` alone, RU_PASSPORT since round 26)
_PASSPORT_ANCHOR = ("пасп", "passport")


# a medical "passport": a worker's or a pupil's health passport, a vaccination passport, a pregnant woman's; a paper of
# this person's health whose number the passport rules (ten digits) and :mod:`.numbered_values` (a passport's word
# before "№" names another type) both leave
# (its number may be typed in an identity passport's groups, "Паспорт здоровья № 4509 123456": the whole value is the
# record's, which the passport rules hand off by the word and the first group alone would cut; a series of four digits,
# maybe spaced in two or in four, and six digits, as :data:`.passport_parts.SERIES_DIGITS` reads them; a suffix of the
# record's own after a dash or a slash, "4509 123456-12", as the other form takes it)
_MEDICAL_PASSPORT = re.compile(
    r"(?i:паспорт\w*[ \t]+(?:здоровья|вакцинаци\w*|прививок|беременн\w*|пациент\w*[ \t]+с[ \t]+\w+))"
    r"(?:[ \t]+[а-яё]+){0,2}?[ \t]*(?:№|N|(?i:номер))[ \t]*:?[ \t]*"
    rf"(?P<value>(?:{SERIES_DIGITS})[ \t]+(?:№[ \t]*)?\d{{6}}(?:[\-/]\d{{1,6}})?(?!\d)|"
    r"(?:[А-ЯЁA-Z]{1,4}[\-\ ]?)?\d{3,12}(?:[\-/]\d{1,6})?)"
    r"(?![\w/\-]|[.,]\d)"
)


# a foreigner's migration card: a series of four digits and a number of seven ("миграционная карта № 4512 1234567"),
# eleven digits that a mobile's shape also reads ("79 15 8764751"); the card's name decides, written out or cut short as
# forms of a foreigner's registration do ("Мигр. карта: 4512 1234567")
_MIGRATION_CARD = re.compile(
    r"(?i:(?:миграционн\w*|мигр\.)[ \t]*карт\w*)[ \t]*:?[ \t]*(?:(?:№|N|(?i:серия))[ \t]*)?"
    r"(?P<value>\d{2}[ \t]?\d{2}[ \t]*(?:(?:№|N|(?i:номер))[ \t]*)?\d{7})(?![\w])"
)


def medical_passports(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_MEDICAL_PASSPORT, text, _at(lower, _PASSPORT_ANCHOR)):
        yield match.start("value"), match.end("value"), CUED_SCORE
    for match in matches_at(_MIGRATION_CARD, text, _at(lower, ("мигр",))):
        yield match.start("value"), match.end("value"), CUED_SCORE


# ----- benefit certificates --------------------------------------------------------------------------------------
# the status a social protection office certifies: a large family, a disability, a veteran, a participant, a pensioner,
# a Chernobyl or a siege survivor, a donor, a guardian or a foster family
_STATUS = (r"(?:многодетн|ветеран|инвалид|участник|пенсионер|чернобыл|блокадник|реабилитир|донор|опекун|приёмн|приемн"
           r"|льготн|малоимущ)\w*")
_BENEFIT = re.compile(
    r"(?i:удостоверени\w*)(?P<between>[^\d\n;]{0,50}?)(?<![\w])(?:№|N|(?i:номер))[ \t]*:?[ \t]*"
    r"(?P<value>(?:[А-ЯЁA-Z]{1,4}[\-\ ]?)?\d{3,10}(?:[\-/]\d{1,6})?)(?![\w/\-]|[.,]\d)"
)
_STATUS_WORD = re.compile(rf"(?i:{_STATUS})")
_BENEFIT_ANCHOR = ("удостоверени",)


def benefit_certificates(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_BENEFIT, text, _at(lower, _BENEFIT_ANCHOR)):
        line_start = text.rfind("\n", 0, match.start()) + 1
        # the status after the word ("удостоверение многодетной семьи №") or before it on its line ("ветеран труда,
        # удостоверение № ...")
        if _STATUS_WORD.search(match.group("between")) or _STATUS_WORD.search(text, max(line_start, match.start() - 40),
                                                                             match.start()):
            yield match.start("value"), match.end("value"), CUED_SCORE


# ----- an emergency call's number said aloud ---------------------------------------------------------------------
_CALL = re.compile(
    r"(?i:вызов\w*(?P<between>[^\d\n.;]{0,30}?)(?<![\w])номер(?:ом)?|(?<=номер[ \t])вызов\w*)[ \t]*:?[ \t]*"
    r"(?P<value>\d{3,10}(?:[/\-]\d{1,6})?)(?![\w/\-]|[.,:]\d)"
)
_CALL_ANCHOR = ("вызов",)  # ("номер вызова": read from "вызова", "номер" before it; "номер" alone is in most notes)
# a team, a substation, a phone, a car named between: that is their number ("вызов бригады номер 12")
_NOT_CALL = re.compile(r"(?i:бригад\w*|подстанц\w*|тел\w*|машин\w*|автомобил\w*|палат\w*|кабинет\w*|квартир\w*|дом\w*)")


def call_numbers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_CALL, text, _at(lower, _CALL_ANCHOR)):
        between = match.group("between")
        if between and _NOT_CALL.search(between):
            continue
        span = _checked(text, match.start("value"), match.end("value"), True)
        if span is not None:
            yield span[0], span[1], SIGNED_SCORE


# ----- an emergency team's papers of one call ----------------------------------------------------------------------
# The ambulance service numbers the papers of one call: the transfer sheet handed over with the patient (сопроводительный
# лист, accounting form 114/у: "Сопроводительный лист станции СМП № 7472", "Сопроводительный лист № 947") and the
# dispatcher's order to the team or to an air ambulance ("Наряд санавиации № 767", "№ наряда 3186-24"); short numbers
# after "№" are theirs, as a call card's are
_CALL_PAPER = re.compile(
    r"(?i:сопроводительн\w*[ \t]+лист\w*|наряд(?:а|у|ом|е|ы)?)(?![\w\-])"
    r"(?P<between>(?:[ \t]+(?:[а-яё]+|(?-i:[А-ЯЁ]{2,5}))){0,3}?)[ \t]*(?P<sign>№|N(?=[ \t]?\d)|(?i:номер))?[ \t]*:?[ \t]*"
    r"(?P<value>\d{2,10}(?:[/\-]\d{1,6})?)(?![\w/\-]|[.,:]\d)"
)
_CALL_PAPER_ANCHOR = ("сопроводительн", "наряд")
_SIGN_BEFORE = re.compile(r"(?:№|(?<![\w])(?i:номер))[ \t]*$")
# a team, a substation, a car, the police named between: that is their number ("наряд полиции № 12")
_NOT_CALL_PAPER = re.compile(r"(?i:бригад\w*|подстанц\w*|машин\w*|автомобил\w*|полици\w*|патрул\w*|допуск\w*)")


def call_papers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_CALL_PAPER, text, _at(lower, _CALL_PAPER_ANCHOR)):
        # (the sign after the noun and its words, or before the noun with nothing between noun and value: "№ наряда 3186-24")
        signed = match.group("sign") is not None or (
            not match.group("between") and _SIGN_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None)
        # (the transfer sheet's number may follow its noun bare, as a card's follows "карта": "доставлен по сопроводительному
        # листу 340-74", blind57; a "наряд" stays signed, "наряд 2 ч" being an order of hours)
        signed = signed or (not match.group("between") and match.group().lower().startswith("сопроводительн"))
        if not signed or _NOT_CALL_PAPER.search(match.group("between")):
            continue
        value = match.group("value")
        if sum(ch.isdigit() for ch in value) < 3 and not any(ch in "/-" for ch in value):
            continue
        span = _checked(text, match.start("value"), match.end("value"), True)
        if span is not None:
            yield span[0], span[1], SIGNED_SCORE


# ----- a protocol on a strict-accountability blank -----------------------------------------------------------------
_PROTOCOL_BLANK = re.compile(
    r"(?i:протокол\w*)(?:[ \t]+(?:[а-яё]+\.?|[А-ЯЁ]{2,5})){0,7}?[ \t]*:?[ \t]*(?:(?:№|N|(?i:серия))[ \t]*)?"
    r"(?P<value>\d{2}[ \t]?[А-ЯЁ]{2}[ \t]*(?:№[ \t]*)?\d{6,7})(?![\w])"
)


def protocol_blanks(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_PROTOCOL_BLANK, text, _at(lower, ("протокол",))):
        yield match.start("value"), match.end("value"), SIGNED_SCORE


# ----- a laboratory order's number after "анализ" ------------------------------------------------------------------
# "Анализ № 1234" numbers a test in a laboratory's day list and stays clean (:mod:`.numbered_values`); a laboratory
# information system's order or tube barcode has eight digits and more ("Результат анализа № 875612340 готов", "анализы
# по заказу номер 20260311045"), a length no day list reaches
_LAB_ORDER = re.compile(
    r"(?i:анализ\w*)(?:[ \t]+[а-яё]+){0,2}?[ \t]*(?:№|N|(?i:номер))[ \t]*:?[ \t]*(?P<value>\d{8,13})(?![\w/\-]|[.,]\d)"
)


def lab_orders(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_LAB_ORDER, text, _at(lower, ("анализ",))):
        yield match.start("value"), match.end("value"), SIGNED_SCORE


# ----- the number of one copy of an accounting form ---------------------------------------------------------------
# A medical accounting form prints its code in the corner ("Учётная форма № 113/у-20", "Медицинская документация
# Учётная форма № 072/у", as the Ministry of Health's orders lay the forms out) and the copy's own number beside it or on
# the next line, under the title ("№ 580", "N 17 Дата выдачи"): after the code, "№" with a number is this copy's (an
# exchange card's, a sanatorium card's), a number the form itself gives no other meaning. One or two digits are a copy's
# only where they stand alone on their line or before the next field's label (a capital, or "от" and its date): before
# a lower-case word they count or rank something the line goes on to name ("N 3 группа диспансерного наблюдения", "№ 2
# прививки", "N 1 стационар")
_FORM_COPY = re.compile(
    rf"(?i:уч[её]тн\w*[ \t]+форм\w*)[ \t]*(?:№|N)?[ \t]*(?i:{FORM_CODE_PATTERN})"
    r"[ \t]*\n?[ \t]*(?:№|N)[ \t]*"
    r"(?P<value>\d{3,10}(?:[\-/]\d{1,6})?|\d{1,2}(?:[\-/]\d{1,6})?(?=[ \t]*(?:\n|$|[А-ЯЁ]|от[ \t])))(?![\w/\-]|[.,]\d)"
)


def form_copies(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_FORM_COPY, text, _at(lower, ("учётн", "учетн"))):
        yield match.start("value"), match.end("value"), SIGNED_SCORE


# every pass's cue words in one set: one lookup in the shared cue index per note (a lookup per pass cost ~15 us a note)
_ANCHORS = (*_SERIES_ANCHOR, *_INSURANCE_ANCHOR, *_PASSPORT_ANCHOR, "мигр", *_BENEFIT_ANCHOR, *_CALL_ANCHOR, "протокол",
            "анализ", "учётн", "учетн", *_CALL_PAPER_ANCHOR)


def _at(lower: str, words: tuple[str, ...]) -> list[int]:
    """Where ``words`` start in ``lower``: the positions of :data:`_ANCHORS` (looked up once per text) that open one."""
    return [position for position in word_starts(lower, _ANCHORS) if lower.startswith(words, position)]


def patient_paper_numbers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the numbers of the papers above in ``text`` (``lower``: its lowered copy)."""
    if not lower:
        return
    yield from civil_certificates(text, lower)
    if not word_starts(lower, _ANCHORS):
        return
    yield from form_series(text, lower)
    yield from insurance_numbers(text, lower)
    yield from medical_passports(text, lower)
    yield from benefit_certificates(text, lower)
    yield from call_numbers(text, lower)
    yield from call_papers(text, lower)
    yield from protocol_blanks(text, lower)
    yield from lab_orders(text, lower)
    yield from form_copies(text, lower)
