"""References to one patient's case that no document noun of the record grammar names.

Under the broad reading of a record number (HIPAA's "any other unique identifying number") these name one patient as
a case history's number does, though :mod:`.record_numbers` (a noun, a sign, a value) does not read them:

* **an archive's cipher** of the record: the Russian archival address "фонд, опись, дело" ("ф. Р-71, оп. 1, д. 8",
  "фонд 43, опись 6, дело 7811"), which a records request, an archive's certificate or a note of transfer to the
  archive quotes for this patient's file; the three parts together are its address (the sheets after it, "л. 12-14",
  are pages of the file, not the file);
* **a commission's protocol**: a medical commission (ВК, КЭК, ЦВКК, МСЭ, ПМПК, a consilium) decides on one patient and
  numbers its protocol ("Решением ВК (протокол ВК-137)", "случай разобран на ВК, протокол № 4", "протокол заседания
  врачебной комиссии 227/26"); the commission named on the protocol's line decides (a chemotherapy's "протокол
  FOLFOX", an operation's protocol are not this pass's);
* **an anonymous patient's code**: anonymous treatment (narcology, HIV testing, psychiatry) files a patient under a
  code instead of a name ("Под шифром анон-53675", "шифр АН-2022-6117", "(код АН-2022-3122)"): letters and a number of
  three digits and more joined by a dash or a slash, never an ICD code ("шифр F10.2") or a service's (dots);
* **a case file** ("дело") opened on one person: a personal file ("личное дело подопечного № 542", a ward's or an
  adopted child's), a pension payment file ("выплатное дело № ПД-3464878", as the social fund names its file of one
  pensioner), a court or a criminal case ("дела 2-1534/2024", "Уголовное дело 12501694184748948"); and a police
  register's entry on a report (КУСП, the book of reports on crimes, Приказ МВД России № 736 of 29.08.2014: a hospital's
  report of a violent injury is entered there under one number, "КУСП № 16334", "(КУСП-5593/507)");
* **a number on the line after its label**: a form printed as label lines and value lines ("Номер справки\\n5863/Т-19",
  "№ истории болезни\\nА-2231/24"): the label is a line of its own with a number's word, a noun of the record grammar
  or a patient's paper (:func:`.record_nouns.names_record`) and no other number's noun (phone, policy, passport,
  ward, ...), the value a line of its own.

Each pass is gated by the shared cue index (:func:`.base.word_starts`) or a character, so a note without these
words costs a lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import matches_at, word_starts
from medsyn_dataset.validation.pii.record_nouns import names_record
from medsyn_dataset.validation.pii.record_values import SIGNED_SCORE, VALUE_BODY, checked_value

# ----- an archive's cipher ---------------------------------------------------------------------------------------
# (a fund's number may carry the archive's letter, "Р-71" (a fund of the Soviet period), "Р 71")
_ARCHIVE = re.compile(
    r"(?:фонд|ф\.?)[ \t]*(?:№[ \t]*)?(?:(?-i:[А-ЯЁA-Z]{1,2})[ \t]?-?[ \t]?)?\d{1,6}[а-яё]?[ \t]*[,;]?[ \t]*"
    r"(?:опись|оп\.?)[ \t]*(?:№[ \t]*)?\d{1,4}[а-яё]?[ \t]*[,;]?[ \t]*"
    r"(?:дело|д\.?)[ \t]*(?:№[ \t]*)?\d{1,6}(?:[/\-]\d{1,4})?[а-яё]?(?![\w/\-]|[.,]\d)",
    re.IGNORECASE,
)
_INVENTORY = ("оп.", "оп ", "опись")  # (the rarer word gates the pass; the match starts at the fund)
_FUND = ("ф.", "ф ", "фонд")


def archive_ciphers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    if not word_starts(lower, _INVENTORY):
        return
    for match in matches_at(_ARCHIVE, text, word_starts(lower, _FUND)):
        yield match.start(), match.end(), SIGNED_SCORE


# ----- a commission's protocol -----------------------------------------------------------------------------------
_COMMISSION_CAPS = r"ВК|ВКК|КЭК|ЦВКК|ЦВК|МСЭ|ПМПК|КЭР"
_COMMISSION = re.compile(rf"(?<![\w])(?:{_COMMISSION_CAPS})(?![\w])|(?i:комисси\w*|консилиум\w*)")
_PROTOCOL = re.compile(
    rf"(?i:протокол\w*)(?P<between>(?:[ \t]+(?:[а-яё]+|(?-i:{_COMMISSION_CAPS}))){{0,3}}?)[ \t]*(?P<sign>№|N|(?i:номер))?[ \t]*:?"
    r"[ \t]*(?P<value>(?:(?-i:[А-ЯЁA-Z]{1,4})-)?\d{1,7}(?:[/\-]\d{1,4})?(?:[/\-](?-i:[А-ЯЁ]{1,3}))?)(?![\w/\-]|[.,:]\d)"
)


# the words a commission's own protocol may carry before its number ("протокол заседания № 4"); any other word there names
# another protocol, a treatment's or a study's ("протокол химиотерапии 1234", "протокол исследования 2021-03")
_SITTING = re.compile(r"(?i:[ \t]+заседани\w*)?")
# a treatment given by a protocol: "лечение по протоколу ...", "терапия согласно протоколу ..."
_BY_PROTOCOL = re.compile(r"(?<![\w])(?i:по|согласно|соответственно)[ \t]+$")
# a treatment protocol's name: letters and the year of its edition ("ОЛЛ-2009", "BFM-2002", "МБ-2015")
_EDITION = re.compile(r"(?-i:[А-ЯЁA-Z]{1,4})-(?:19|20)\d\d")
_COMMISSION_SERIES = re.compile(rf"(?:{_COMMISSION_CAPS})-")


def _commission_owns(text: str, match: re.Match[str], value: str) -> bool:
    """Whether the protocol is a commission's: the commission names it ("протокол ВК", "протокол заседания врачебной
    комиссии", a series "ВК-137"), or, with the commission named just before, it is the sitting's own: nothing but
    "заседания" between the word and its number, and no treatment given "по протоколу"."""
    if _COMMISSION.search(match.group("between")) or _COMMISSION_SERIES.match(value):
        return True
    # (a treatment protocol's edition is never a record, whoever recommends it)
    if _EDITION.fullmatch(value) or not _SITTING.fullmatch(match.group("between")):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[max(line_start, match.start() - 60) : match.start()]
    return _COMMISSION.search(before) is not None and _BY_PROTOCOL.search(before) is None


def commission_protocols(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_PROTOCOL, text, word_starts(lower, ("протокол",))):
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        # (one or two digits after "протокол" are a step, a course or a share done ("протокол 2", "Протокол ВК 1/3 не
        # выполнен"); with "№", or with a series' letters, they are the protocol's number)
        if match.group("sign") is None and digits < 3 and not any(ch.isalpha() for ch in value):
            continue
        if not _commission_owns(text, match, value):
            continue
        checked = checked_value(text, match.start("value"), match.end("value"), 2 if match.group("sign") else 1,
                                named_by_record=True)
        if checked is not None:
            yield checked[0], checked[1], SIGNED_SCORE


# ----- an anonymous patient's code -------------------------------------------------------------------------------
# a code: letters, maybe a dash, then three digits and more in dashed or slashed groups ("анон-53675", "А681/23",
# "АН-2022-6117"); a dot after the digits makes it an ICD or a service code, and ends no match
_CODE = r"[A-Za-zА-Яа-яЁё]{1,6}-?\d{2,}(?:[\-/]\d{2,})*"
_CIPHER = re.compile(rf"(?i:шифр(?:ом|а|у|е)?|код(?:ом)?)[ \t]*(?:№[ \t]*)?:?[ \t]*(?P<value>{_CODE})(?![\w/\-]|[.,]\d)")
_CIPHER_ANCHOR = ("шифр", "код")


def anonymous_codes(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_CIPHER, text, word_starts(lower, _CIPHER_ANCHOR)):
        start = match.start()
        if start and text[start - 1] in "-/":
            continue  # ("штрих-код": the record grammar's)
        value = match.group("value")
        digits = sum(ch.isdigit() for ch in value)
        # ("код" names many codes, an ICD's, a service's, an organisation's: only a code with its parts joined by a dash
        # or a slash and four digits is a person's; "шифр" names a person's code or a diagnosis's, three digits will do)
        cipher = lower.startswith("шифр", start)
        if digits < (3 if cipher else 4) or (not cipher and not any(ch in "-/" for ch in value)):
            continue
        yield match.start("value"), match.end("value"), SIGNED_SCORE


# ----- a case file, a police register's entry -------------------------------------------------------------------
# (the file's owner may stand between the noun and its sign: "личное дело подопечного № 10", "дело пациента № 12")
_CASE_FILE = re.compile(
    r"(?P<noun>(?i:дел(?:о|а|у|ом|е)|у/д)|(?-i:КУСП))(?![\w/])"
    r"(?:[ \t]+(?i:подопечн|пациент|больн|заявител|получател|пенсионер|реб[её]нк|застрахованн|потерпевш|умерш)[а-яё]*)?"
    r"[ \t]*(?P<sign>(?:за[ \t]+)?(?:№|N(?=[ \t]*\d)|(?i:номер))[ \t]*:?|:|-(?=\d))?[ \t]*"
    rf"(?P<value>{VALUE_BODY})"
)
_CASE_ANCHOR = ("дело", "дела", "делу", "делом", "деле", "у/д", "кусп")
# the kind of file before the noun, an adjective ("уголовное дело 2405", "личное дело", "выплатного дела"), or a number's
# word before that ("Номер выплатного дела 588"): a named file, whose number needs no sign
_KIND_BEFORE = re.compile(r"(?<![\w])[а-яё]{3,}(?:ое|ого|ому|ым|ом)[ \t]+$", re.IGNORECASE)
_NUMBER_WORD_BEFORE = re.compile(r"(?<![\w])(?:№|номер\w*)[ \t]+(?:[а-яё]+[ \t]+)?$", re.IGNORECASE)


def case_files(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_CASE_FILE, text, word_starts(lower, _CASE_ANCHOR)):
        value = match.group("value")
        before = text[max(0, match.start() - 30) : match.start()]
        signed = match.group("sign") is not None or _NUMBER_WORD_BEFORE.search(before) is not None
        # (with no sign, a code's shape ("дела 2-1534/2024", "ПД-3464878"), a register's noun (КУСП), or the file's kind
        # named before it with three digits and more ("Уголовное дело 2405"); "дело 2 недели назад", "дела 12 лет" are
        # no numbers)
        coded = any(ch in "-/" or ch.isalpha() for ch in value)
        kind = match.group("noun").isupper() or _KIND_BEFORE.search(before) is not None
        if not (signed or coded or kind):
            continue
        checked = checked_value(text, match.start("value"), match.end("value"), 2 if signed else 1,
                                bare_digits=3, signed_digits=1, named_by_record=True)
        if checked is not None and (signed or coded or sum(ch.isdigit() for ch in value) >= 3):
            yield checked[0], checked[1], SIGNED_SCORE


# ----- a number on the line after its label ------------------------------------------------------------------------
_LABEL_THEN_VALUE = re.compile(
    r"(?:номер|№)[ \t]*(?P<words>[а-яё][а-яё.]*(?:[ \t]+[а-яё][а-яё.]*){0,3})[ \t]*:?[ \t]*\r?\n[ \t]*"
    r"(?P<value>[\dA-ZА-ЯЁ][\dA-ZА-ЯЁа-яё/\-.]{2,30})[ \t]*(?=\r?\n|$)",
    re.IGNORECASE,
)
# the nouns of other numbers (a phone, an identity document, a policy, a place): their values are their types'
_OTHER_LABEL = re.compile(
    r"(?i:тел\w*|моб\w*|факс\w*|полис\w*|паспорт\w*|снилс|инн|омс|енп|палат\w*|кабинет\w*|койк\w*|квартир\w*|дом\w*"
    r"|участк\w*|бригад\w*|отделени\w*|корпус\w*|счет\w*|сч[её]т\w*|телефон\w*|договор\w*|сери[ияю])"
)


_SIGN = re.compile("№")


def next_line_numbers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    starts = word_starts(lower, ("номер",))
    signs = [m.start() for m in _SIGN.finditer(text)] if "№" in text else []
    if signs:
        starts = sorted({*starts, *signs})
    for match in matches_at(_LABEL_THEN_VALUE, text, starts):
        line_start = text.rfind("\n", 0, match.start()) + 1
        words = match.group("words")
        # (the label opens its line and names a record or a patient's paper, "Номер справки", "№ истории болезни": a
        # batch's, an ampoule's, a ward's number are labelled so too; and no other number's noun with it, "Номер
        # телефона пациента\n..." is a phone's)
        if text[line_start : match.start()].strip() or not names_record(words) or _OTHER_LABEL.search(words):
            continue
        value = match.group("value")
        if sum(ch.isdigit() for ch in value) < 3:
            continue
        checked = checked_value(text, match.start("value"), match.end("value"), 1, named_by_record=True)
        if checked is not None:
            yield checked[0], checked[1], SIGNED_SCORE


_ANCHORS = ("оп.", "оп ", "опись", "протокол", "шифр", "код", "номер", *_CASE_ANCHOR)


def case_reference_numbers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the references above in ``text`` (``lower``: its lowered copy)."""
    if not lower or not (word_starts(lower, _ANCHORS) or "№" in text):
        return
    yield from archive_ciphers(text, lower)
    yield from commission_protocols(text, lower)
    yield from anonymous_codes(text, lower)
    yield from case_files(text, lower)
    yield from next_line_numbers(text, lower)
