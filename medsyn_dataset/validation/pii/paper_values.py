"""MEDICAL_RECORD_NUMBER: a patient's paper and its number with no sign between, as a hurried note writes them.

The record grammars (:mod:`.record_numbers`, :mod:`.document_numbers`) read a document's number after a sign
("Справка № 4512", "Рецепт: 45-12-0012345") or, for a case history's own nouns, after a space. A polyclinic's
notes typed in a hurry drop the sign and often the space too: "карта488416 не найдена", "рецепт148-5324941
отоварен", "открыт б/л 975552660245", "Выдана справка 890180 в бассейн", "Талон #86278147 на МРТ",
"консультация ТМК15758179 завершена". Every paper a polyclinic issues to one patient is numbered, and such a
number names the patient (HIPAA's "certificate number"), so the shape read here is:

* a **paper noun** in any case: карта, рецепт, справка, направление, талон, сертификат, больничный (лист),
  б/л, ЭЛН, ТМК, консультация (a telemedicine consultation is numbered by the federal platform), договор (a contract
  for paid services), свидетельство (a certificate's blank);
* **nothing**, a space, or "#" between (glued is the hurried hand's: "карта2893837");
* a **value** of the record grammar's shape (:data:`.record_values.VALUE_BODY`: digits with a series, "/", "-"
  joined, digit groups) with **five digits at least**: with no sign before it, a short number is a count or an
  item ("рецепт на 3 мес", "справка 2 экз.", "направление 1").

What keeps clinical text clean: a date or a period ("справка от 12.03.2024", "б/л 23.08-28.08.2024"), a form's
code ("рецепт 148-1/у-88", "справка 086/у"), a phone's grouping, a decimal or a size, a unit or a count word after
the value ("направление 10000 ЕД") are left out; the noun must start a word, and the value must end one.
The pass is gated by the shared cue index (a note without any of the nouns costs one dict look-up) and by a
digit right after the noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, lowered, word_starts
from medsyn_dataset.validation.pii.phone_labels import PHONE_GROUPS as _PHONE_GROUPS
from medsyn_dataset.validation.pii.record_values import _DATE, _DATE_RANGE, BARE_SCORE, VALUE_BODY, year_span
from medsyn_dataset.validation.pii.units import UNIT_AFTER_VALUE

# (and two more papers a patient is given, numbered by their issuer: a contract for paid medical services, which the
# Rules of paid medical services (Постановление Правительства РФ от 11.05.2023 № 736, before it № 1006 of 2012) make a
# written contract with the patient, "по договору 432-ПУ/24", "(договор ПМУ-25/80203)", "Приложение к договору
# 34/872-25" (blind41, blind49); and a certificate's blank, "Приписное свидетельство 2208706" (blind46), a temporary or
# an insurance certificate left out: those are an OMS policy's and SNILS's, read by their own rules)
_ANCHORS = ("карт", "рецепт", "справк", "направлени", "талон", "сертификат", "больничн", "б/л", "элн", "тмк", "консультаци",
            "договор", "свидетельств")
_NOUN = re.compile(
    r"(?:карт(?:а|ы|у|е|ой)|рецепт(?:а|у|ом|е)?|справк(?:а|и|у|е|ой)|направлени(?:е|я|ю|ем)|талон(?:а|у|ом|е)?"
    r"|сертификат(?:а|у|ом|е)?|больничн(?:ый|ого|ому|ом)(?:[ \t]+лист(?:а|у|ом|е)?)?|б/л|элн|тмк|консультаци(?:я|и|ю|ей)"
    r"|(?P<added>договор(?:а|у|ом|е)?|свидетельств(?:о|а|у|ом|е)))"
    # (then nothing, one space, or "#": the value must start right after)
    r"(?P<gap>[ \t]?#?[ \t]?)(?=(?-i:[\dA-ZА-ЯЁ]))",
    re.IGNORECASE,
)
_VALUE = re.compile(VALUE_BODY)
_MIN_DIGITS = 5
# (a contract's or a certificate's number with a letter in it is a code with four digits: "по договору 0366/ПМУ")
_LETTERED_DIGITS = 4
# a form's code inside the value ("148-1/у-88", "086/у"): the kind of paper, not the paper
_FORM_CODE = re.compile(r"\d{3}(?:-\d)?[-/]?[уy](?![а-яё])", re.IGNORECASE)
# a date in any separator, the month in Arabic or Roman numerals ("консультация 07 05 2024", "6-I-2020"): the day of a
# visit after the paper's noun, not its number
_DATE_SHAPED = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([ ./\-])(?:0?[1-9]|1[0-2]|[IVXХ]{1,4})\1(?:19|20)?\d\d")
# a month and a four-digit year ("рецепт 12.2025", "справка 03/2024"): when the paper was written, not its number
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])[./\-](?:19|20)\d\d")
# a decimal or a size after the value ("12345,5", "12345 x 3")
_NUMBER_AFTER = re.compile(r"[.,]\d|[ \t]*[x×*][ \t]*\d")


def paper_values(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the numbers written right after a patient's paper's noun (see the module's docstring)."""
    lower = lowered(text)
    if not lower:
        return
    resume = 0
    for start in word_starts(lower, _ANCHORS):
        if start < resume:
            continue
        noun = _NOUN.match(text, start)
        if noun is None:
            continue
        value = _VALUE.match(text, noun.end())
        if value is None or _IDENTIFIER_FIRST.match(value.group()) or (noun.group("added") and (_WORD_FIRST.match(value.group()) or _NOT_OWN_CERTIFICATE.search(
                text, max(0, start - 12), start))):
            continue
        span = _checked(text, value.start(), value.end(), _LETTERED_DIGITS if noun.group("added") else _MIN_DIGITS)
        if span is not None and noun.group("added") and _DEED_AFTER.match(text, span[1]):
            continue  # "Свидетельство 12345 о праве собственности": a property's deed (review C r22, finding 11)
        if span is not None:
            resume = span[1]
            yield span


# (a word in capitals, then a space, names whose or what contract it is, "договор ОМС 12345", no series of the number;
# a certificate's adjective before it names an OMS policy's or a SNILS's paper)
_WORD_FIRST = re.compile(r"[A-ZА-ЯЁ]{2,}[ \t]")
# (a card, a certificate or a paper named by the compulsory insurance, "карта ОМС 7755 1122 3344 5566", "справка ЕНП
# 7755...": the electronic policy's card and the policy's papers, whose number the policy's rules report, no series)
# (nor a person's tax or insurance number the paper is to carry: "указать в справке ИНН 618354527200", "справка СНИЛС
# 123-456-789 01": the identifier's own word before the digits names them, and its rules report them)
_IDENTIFIER_FIRST = re.compile(r"(?:ОМС|ЕНП|ИНН|СНИЛС)[ \t:№]")
_NOT_OWN_CERTIFICATE = re.compile(r"(?i:временн|страхов|пенсионн)[а-яё]*[ \t]+$")
# (a span of years, "справка 2019-2021", "договор 2023/2024", is when, not which paper: record_values.year_span; so is
# a year with letters, the lettered branch's four digits, "договор 2024г", "Договору 2024-ДМС": review C r22, finding 11)
_YEAR_LETTERED = re.compile(r"\D*(?:19|20)\d\d\D*")
# a property's or an organisation's certificate: its complement after the value
_DEED_AFTER = re.compile(r"[ \t]+о[ \t]+(?:прав[аеу]?(?![а-яё])|собственност|государственной[ \t]+регистрац)", re.IGNORECASE)


def _checked(text: str, start: int, end: int, fewest: int = _MIN_DIGITS) -> tuple[int, int] | None:
    while end > start and text[end - 1] in " \t.-/":
        end -= 1
    raw = text[start:end]
    digits = sum(ch.isdigit() for ch in raw)
    if digits < _MIN_DIGITS and not (digits >= fewest and any(ch.isalpha() for ch in raw) and not _YEAR_LETTERED.fullmatch(raw)):
        return None
    if end < len(text) and text[end].isalnum():
        return None
    if _DATE.match(raw) or _DATE_RANGE.fullmatch(raw) or year_span(raw) or _DATE_SHAPED.fullmatch(raw) or _MONTH_YEAR.fullmatch(raw) \
            or _FORM_CODE.search(raw) or _PHONE_GROUPS.fullmatch(raw):
        return None
    if _NUMBER_AFTER.match(text, end) or _unit_after(text, end):
        return None
    return start, end


def _unit_after(text: str, end: int) -> bool:
    unit = UNIT_AFTER_VALUE.match(text, end)
    # (a capitalised word starts a sentence: "12345 Удушье" is a number and the sentence after it; a unit is in lower
    # case or all in capitals, "10000 ЕД")
    word = unit.group().lstrip() if unit is not None else ""
    return unit is not None and not (word[:1].isupper() and not word.isupper())


class PaperValueRecognizer(CandidateRecognizer):
    """Numbers of a patient's papers written right after the paper's noun, with no sign (MEDICAL_RECORD_NUMBER)."""

    def __init__(self) -> None:
        super().__init__("MEDICAL_RECORD_NUMBER", "PaperValueRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in paper_values(text):
            yield Candidate(self.entity, start, end, BARE_SCORE, self.name)
