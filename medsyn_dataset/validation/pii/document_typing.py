"""Which document a "серия и номер" belongs to: the nearest document noun decides.

Every paper a Russian patient is given has a series and a number, and forms label both alike:
"Паспорт: серия 45 12 № 345678", but also "РЕЦЕПТ  Серия и номер: 19-22 585403", "Медицинское
свидетельство о рождении серия 4512 № 123456", "Полис ОМС серия 7701 № 27670457", "Бланк серия 18 №
004512". The words "серия", "номер", "документ" and the shape "dd dd dddddd" say nothing of the kind
of document; the noun the form names it by does. A passport rule that reads a value after a generic
cue therefore asks which document noun stands nearest before the value on its line (the line the
grammar of :mod:`.document_numbers` reads), with no other number between them: a passport's ("паспорт", "пасп.", "удостоверение личности") or none keeps
the passport; another document's ("рецепт", "свидетельство", "справка", "направление", "полис",
"бланк", "листок", "сертификат", "заявление", a card, a driving licence's or a benefit's "удостоверение") makes it that
document's number, which :mod:`.document_numbers` and :mod:`.id_fields` report with the right type. A value handed off so
is never dropped: where no rule reports it with its own type, it stays a record number (:func:`handed_off`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from medsyn_dataset.validation.pii import paper_nouns
from medsyn_dataset.validation.pii.checksums import digits_only, inn_valid, person_inn_valid
from medsyn_dataset.validation.pii.context import Context
from medsyn_dataset.validation.pii.document_codes import FORM_CODE
from medsyn_dataset.validation.pii.foreign_ids import CALLED_FOREIGN
from medsyn_dataset.validation.pii.passport_words import LATIN_PASSPORT_WORD, PASSPORT_WORD

# a medical conclusion (only a medical one: "заключение договора" is a contract's), a death certificate's and a military
# ID's abbreviations, a military ID (:mod:`.paper_nouns`)
_PAPER_NOUNS = (rf"(?:мед\.?[ \t]*|медицинск\w*[ \t]+){paper_nouns.CONCLUSION}\w*"
                rf"|{'|'.join(map(re.escape, paper_nouns.ABBREVIATIONS))}|{paper_nouns.MILITARY_ID}")
# the holder a paper of the СПДУЛ list names after a passport's or an identity card's words (a serviceman, a seaman, an
# officer: below; not a refugee, whose certificate a record may give a passport's number as the one shown for identity,
# review 16's "удостоверение беженца: серия 45 09 номер 123456")
IDENTITY_HOLDER = r"(?:военнослужащ|моряк|офицер)"
# (the last of these before the value decides; "документ" and "серия" name no kind and are skipped)
_DOCUMENT_NOUN = re.compile(
    # (a passport the cue calls foreign or another state's: a passport still, RU_PASSPORT since round 26, as
    # :mod:`.foreign_ids` reports it; :func:`_names_passport`)
    rf"(?<![\w])(?:(?P<foreign>(?-i:{CALLED_FOREIGN}))|(?P<passport>(?:загран)?паспорт\w*(?![ \t]+(?:{paper_nouns.NOT_PERSONS_PASSPORT}|{IDENTITY_HOLDER}))|пасп\.|{LATIN_PASSPORT_WORD}"
    rf"|удостоверени\w*[ \t]+личност\w*(?![ \t]+{IDENTITY_HOLDER})|удостоверяющ\w*|личност\w*)"
    # (the identity papers of the ФНС's list of their kinds, СПДУЛ, that are no citizen's passport though a passport's or
    # an identity card's words name them: 24 "удостоверение личности военнослужащего", 26 "паспорт моряка" (and the
    # seaman's identity card) and the officer's identity card of the old list; their series
    # are two capitals, "ББ 0999999" (приказ ФНС САЭ-3-04/706@, п. 5), never the passport's four digits)
    rf"|(?:паспорт\w*|удостоверени\w*(?:[ \t]+личност\w*)?)[ \t]+{IDENTITY_HOLDER}\w*"
    # (a vaccination's or a health passport names no identity paper: "Паспорт вакцинации: серия 1 1 2 0 номер 123456";
    # nor a technical one, "технический паспорт")
    rf"|паспорт\w*[ \t]+{paper_nouns.NOT_PERSONS_PASSPORT}\w*|{paper_nouns.NOT_PERSONS_PASSPORT_BEFORE}паспорт\w*|рецепт\w*|свидетельств\w*|справк\w*|направлени\w*|полис\w*|бланк\w*|листо?к\w*|больничн\w*|сертификат\w*"
    # (a medical conclusion, a death certificate, a military ID: "мед. заключение серии 4672 170065 (ф. 002-О/у)",
    # "МСС серия 61 653198", "в/б серии АВ 7511317")
    # (only a medical one: "заключение договора" is a contract's, and a passport shown for it keeps its number)
    rf"|{_PAPER_NOUNS}"
    # (a foreigner's residence permit, no internal passport: "Вид на жительство III-ЖД 533580", "ВНЖ № 82 1234567"; six
    # tuning authors, blind16, blind24, blind32, blind33, blind36, blind37, label it a record number)
    r"|вид[ \t]+на[ \t]+жительств\w*|(?-i:ВНЖ)"
    r"|заявлени\w*|извещени\w*|(?:мед)?карт(?:а|ы|е|у|ой|очк\w*)"
    # (the certificates that are no identity paper, named: a driving licence, "Водительское удостоверение 77 24
    # 978700", "в/у", and a benefit's, "удостоверение ветерана", "пенсионное удостоверение"; any other one, a
    # refugee's, an office's or a bare "удостоверение", may be the one a person shows for identity; a serviceman's and a
    # seaman's are named above)
    # (the word cut short anywhere after "уд": "вод. уд.", "вод. удост.", "водит. удостов.")
    r"|(?:водительск\w*|вод(?:ит)?\.|пенсионн\w*)[ \t]*(?:удостоверени\w*|уд(?:ост[а-яё]{0,6})?\.)|в/у"
    r"|удостоверени\w*[ \t]+(?:ветеран|инвалид|пенсионер|многодетн|участник|почетн|почётн|донор|чернобыл)\w*)(?![\w])",
    re.IGNORECASE,
)
# at most this far back on the value's line
_REACH = 120


_DIGIT = re.compile(r"\d")


def _names_passport(noun: re.Match[str]) -> bool:
    """Whether a document noun names a person's passport: the internal one's words, or (since round 26, when the
    project's RU_PASSPORT became any person's passport) one its words call foreign, another state's or a travel one."""
    return noun.group("passport") is not None or noun.group("foreign") is not None
# a line that holds only a series' label before the value ("Серия ", "Серия и номер: ") and how far back the title above
# it is read
_SERIES_LABEL_LINE = re.compile(r"[ \t]*(?i:сери[яи]|сер\.)(?:[ \t]+(?i:и)[ \t]+(?i:номер|№))?[ \t]*:?[ \t]*")
_TITLE_REACH = 200
_TITLE_NOUN_REACH = 40
# what stands between two papers a form lists as alternatives for one value
_ALTERNATIVE = re.compile(r"[ \t]*(?:[,/]|или|либо)[ \t]*", re.IGNORECASE)


def other_document_named(text: str, start: int) -> bool:
    """The nearest document noun before ``start`` names a document other than a passport, and names this
    value: no digit stands between them (a noun followed by its own number, "Полис № 7701...\nПасп. 4510 ...",
    names that number, not the next one)."""
    line_start = text.rfind("\n", 0, start) + 1
    last = before_last = None
    for noun in _DOCUMENT_NOUN.finditer(text, max(0, start - _REACH, line_start), start):
        before_last, last = last, noun
    if last is not None and before_last is not None and _names_passport(before_last) \
            and _ALTERNATIVE.fullmatch(text, before_last.end(), last.start()):
        # the passport listed first among the papers the value may be ("Документ (паспорт, военный билет): 4509 123456")
        last = before_last
    if last is None and line_start and _SERIES_LABEL_LINE.fullmatch(text, line_start, start) \
            and text[line_start - 2 : line_start - 1] not in ".!?":
        # a form's title on the line above its "Серия ... №" line (the medical conclusion of form 003-В/у, a certificate's
        # blank): the title's noun, near its start, names the series below it; a sentence ending with a stop is no title
        # (the title opens with its noun, as a form's does; "Сведения о направлении" or "Данные из полиса ОМС и паспорта"
        # above a passport's series name no form, and a title naming a passport anywhere keeps it)
        title_start = max(0, line_start - 1 - _TITLE_REACH, text.rfind("\n", 0, line_start - 1) + 1)
        last = _DOCUMENT_NOUN.search(text, title_start, min(line_start - 1, title_start + _TITLE_NOUN_REACH))
        if last is not None and (text[title_start : last.start()].strip() != "" or any(
                _names_passport(noun) for noun in _DOCUMENT_NOUN.finditer(text, title_start, line_start - 1))):
            last = None
    # (a form's code is no number of its own: "Рецептурный бланк № 107-1/у серия 4512 № 345678")
    return last is not None and not _names_passport(last) \
        and _DIGIT.search(FORM_CODE.sub("", text[last.end() : start])) is None


_PASSPORT_WORD = re.compile(PASSPORT_WORD)
# any other paper's noun, however it is qualified: a bare or a temporary identity card ("временное удостоверение", the
# ФНС's code 14, no passport), a certificate, a ticket, a residence permit (:data:`_DOCUMENT_NOUN` keeps a bare
# "удостоверение" out of its nouns, since one may be the paper a person shows for identity; after a passport's word it
# is the paper shown instead of it: "Паспорт утерян, временное удостоверение ВУ 123456")
_OTHER_PAPER = re.compile(r"(?<![\w])(?:удостоверени\w*|удост\w*\.|уд\.|св-в\w*|свид\w*\.|билет\w*|в/б|(?-i:ВНЖ|РВП|ВУ))(?![\w])",
                          re.IGNORECASE)


def passport_word_before(text: str, start: int) -> bool:
    """Whether the nearest document noun before ``start`` on its line is a passport's own word ("паспорт", "passport",
    "загранпаспорт", "паспорт гражданина Узбекистана"; no seaman's or serviceman's, no identity card's) with no other
    paper's noun between it and the value (:data:`_OTHER_PAPER`): a value of no internal passport's shape it names is a
    travel or a foreign state's passport, RU_PASSPORT since round 26."""
    last = None
    for last in _DOCUMENT_NOUN.finditer(text, max(0, start - _REACH, text.rfind("\n", 0, start) + 1), start):  # noqa: B007
        pass
    return last is not None and _names_passport(last) and _PASSPORT_WORD.search(last.group()) is not None \
        and _DIGIT.search(FORM_CODE.sub("", text[last.end() : start])) is None \
        and _OTHER_PAPER.search(text, last.end(), start) is None


_SERIES_WORD = re.compile(r"(?<![\w])(?i:сери[яиюей]|сер\.)")


def _series_before(text: str, start: int) -> int | None:
    """Where the last "серия" before ``start`` on its line stands (a number field after its series), else None; none
    where a passport's noun stands between them: the series was another paper's, done with before the passport's own
    field ("рецепт серия ЕН № 3826406 | получатель: Ситников С.В., пасп. 0501 462387")."""
    begin = max(0, start - _REACH, text.rfind("\n", 0, start) + 1)
    starts = [found.start() for found in _SERIES_WORD.finditer(text, begin, start)]
    if not starts or any(_names_passport(noun) for noun in _DOCUMENT_NOUN.finditer(text, starts[-1], start)):
        return None
    return starts[-1]


# The values the passport's rules handed to another document, (start, end, score) in the text being scanned: the passport's
# recognizer reports them as record numbers, below every rule (:class:`.passport_parts.PassportRecognizer`). A side list,
# as a rule's context returns a score only, and it alone knows why it gave none; one per thread, as the scanner may run
# in threads (as :class:`.keyword_starts.KeywordStarts` keeps its answers).
_HANDED_OFF = threading.local()


def handed_off() -> list[tuple[int, int, float]]:
    """This thread's values handed off by the passport's rules (see above)."""
    values: list[tuple[int, int, float]] | None = getattr(_HANDED_OFF, "values", None)
    if values is None:
        values = _HANDED_OFF.values = []
    return values


@dataclass(frozen=True)
class PassportContext(Context):
    """A passport rule's context (:class:`.context.Context`), and no passport where the nearest
    document noun names another document (:func:`other_document_named`), before the value or before
    the series it follows ("рецепт серия 45 07 номер 611820": the series' own number is the noun's);
    such a value is kept in :func:`handed_off`."""

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        score = super().adjust(text, start, end, score)
        if score <= 0:
            return score
        series = _series_before(text, start)
        if other_document_named(text, start) or (series is not None and other_document_named(text, series)):
            handed_off().append((start, end, score))
            return 0.0
        return score


# ----- a person's INN or an organisation's ----------------------------------------------------------
# A person's INN has twelve digits, an organisation's ten. Since round 24 a ten-digit INN whose check digit holds is
# reported whoever it names, a clinic, an insurer, a payee or an employer ("ГБУЗ «ГКБ № 4», ИНН 7701234560"): the tuning
# splits' authors disagree (1147 gold ten-digit INNs, 1675 valid ones after an INN word left out), a redacted
# organisation's INN costs no privacy while a person's missed one leaks (a person's, a sole trader's, ИП, included, has
# twelve digits, but a patient's typed beside a clinic's name is read by the same rule), and a record says whose it is in words no rule reads reliably. Only a value after "ИНН" that fails the check
# digit (no INN at all, a typo or a code) is still given up where the line names such a provider, insurer or payee.
# An employer's are kept either way: HIPAA's Safe Harbor removes identifiers "of the individual or of relatives,
# employers, or household members".
_ORGANISATION = re.compile(
    r"(?<![\w])(?:ГБУЗ|ГАУЗ|ГБУ|ФГБУ|ФГБОУ|ФБУЗ|ЧУЗ|ЛПУ|СМО"
    r"|(?i:медицинск\w+[ \t]+(?:организаци|учреждени)\w*|лечебн\w+[ \t]+учреждени\w*|страховщик\w*"
    # (the payee of a payment; a record's bare "получатель" is a person, of a benefit, a service, an allowance: "ИНН
    # получателя пособия на погребение", "Получатель: Иванова А. П., СНИЛС ...", as tuning splits' authors write it)
    r"|страхов\w+[ \t]+(?:компани|организаци)\w*|получател\w*[ \t]+(?:платеж|денежн|средств)\w*|клиник\w*|больниц\w*"
    r"|поликлиник\w*|госпитал\w*|аптек\w*"
    r"|диспансер\w*|санатори\w*|лаборатори\w*))(?![\w])"
)
_EMPLOYER = re.compile(r"(?i:работодател\w*|мест\w+[ \t]+работы|employer)")
_ORGANISATION_BEFORE = 80
_ORGANISATION_AFTER = 40


def organisation_named(text: str, start: int, end: int) -> bool:
    """A provider, an insurer or a payee (no employer) is named on the value's line, shortly before or after it."""
    begin = max(0, start - _ORGANISATION_BEFORE, text.rfind("\n", 0, start) + 1)
    stop = text.find("\n", end)
    stop = min(len(text) if stop < 0 else stop, end + _ORGANISATION_AFTER)
    if _EMPLOYER.search(text, begin, stop):
        return False
    return _ORGANISATION.search(text, begin, start) is not None or _ORGANISATION.search(text, end, stop) is not None


@dataclass(frozen=True)
class InnContext(Context):
    """An INN rule's context (:class:`.context.Context`), and no INN for ten digits failing the check digit where an
    organisation is named beside them (:func:`organisation_named`)."""

    #: twelve digits need a real region's code (:func:`.checksums.person_inn_valid`) unless an INN word near lifts them:
    #: "ИНН физлица (12 зн.) 989148966493" is the INN its word names whatever its first digits, bare twelve digits are
    #: a person's INN only with a region
    region_unless_named: bool = False

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        base, score = score, super().adjust(text, start, end, score)
        digits = sum(ch.isdigit() for ch in text[start:end])
        if score > 0 and digits == 10 and organisation_named(text, start, end) \
                and not inn_valid(digits_only(text[start:end])):
            return 0.0
        if self.region_unless_named and digits == 12 and score <= base and not person_inn_valid(digits_only(text[start:end])):
            return 0.0
        return score
