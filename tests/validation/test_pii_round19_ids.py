"""PII that generalises (issue #10, round 19): identifiers by a documented exchange's key, a licence's cut-short word.

The social fund's and the МСЭ exchange's keys: <ELN> (an electronic sick leave's twelve digits) and <UDL> (the
identity document, code 21 of the tax service's classifier СПДУЛ being the Russian passport); a licence's key; "номер"
as the sign with nothing between it and a value of five digits; a list of fields; a licence's and an identity
document's words cut short; a passport captioned after its digits. Marks as in :mod:`support.pii_marks`; the examples
are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type

CASES = {
    "xml-eln": "<Napravlenie>\n  <FIO>[[P|Орлова Анна Борисовна]]</FIO>\n  <ELN>[[M|910118220455]]</ELN>\n</Napravlenie>",
    "xml-udl": "<Grazhdanin>\n  <FIO>[[P|Орлова Анна Борисовна]]</FIO>\n  <UDL Tip=\"21\">[[Pa|4511-182204]]</UDL>\n</Grazhdanin>",
    "json-eln": '{"fio": "[[P|Орлова Анна Борисовна]]", "eln_number": "[[M|910118220455]]"}',
    # a licence's number under its key, in its printed groups, the sign between series and number too
    "json-license-groups": '{"driver": {"fio": "[[P|Орлова Анна Борисовна]]", "license": "[[M|16 23 310536]]"}}',
    "json-license-sign": '{"fio": "[[P|Орлова Анна Борисовна]]", "license": "[[M|8214 № 222711]]"}',
    # "номер" and the paper's words with no sign or colon before a value of five digits and more
    "number-word-bare-personnel": "Жалоб нет, табельный номер сотрудника [[M|30797]] сверен.",
    "number-word-bare-cut": "таб. номер [[M|035331]] на осмотр",
    "number-word-bare-register": "Уникальный номер регистровой записи [[M|797860]]",
    # a list of fields: the first field's word is done with once its value is given
    "field-list-after-value": "Водитель, вод. уд. [[M|77 24 978700]], табельный № [[M|419424]]",
    # an identity paper's number of no passport's shape: another paper of the person's (a seafarer's, another state's)
    "seafarer-identity-document": "Удостоверение личности моряка № [[M|2007184]] предъявлено",
    "identity-card-grouped": "Удостоверение личности РК №[[M|2246 3183757]] жалоб нет",
    # a blank's two-digit series and six-digit number after the sign
    "series-two-digits": "Медицинское свидетельство моряка № [[M|81 913525]] выдано",
    # a personnel number cut short to "таб." (forms Т-1/Т-2), a migration card's word cut short
    "personnel-number-cut": "[[D|15.10.23]]  [[P|Кузнецов Натан]], таб. [[M|093337]]  порез пальца",
    "migration-card-cut": "Осмотрен, миграц. карта [[M|8088 1807362]], жалоб нет",
    # a driving licence's word cut short anywhere after "уд"
    "licence-cut-short": "вод. удост. [[M|8821 № 741382]] кат. B",
    # a passport by its cue cut short, and by its caption after the digits
    "passport-cue-cut-short": "Док. уд. личн.: [[Pa|9712№761813]]",
    "passport-cue-cut-short-groups": "Док. уд. личн.: [[Pa|92 11 875 292]] жалоб нет",
    "passport-captioned": "Жалоб нет. [[Pa|03 14 932 954]] (паспорт) осмотрен",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round19_identifiers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize(("key", "kind"), [("ELN", "MEDICAL_RECORD_NUMBER"), ("номер_ЭЛН", "MEDICAL_RECORD_NUMBER"),
                                           ("UDL", "RU_PASSPORT"), ("udl_number", "RU_PASSPORT"), ("eln_date", None),
                                           ("№ и/б", "MEDICAL_RECORD_NUMBER"), ("elna", None), ("ELN_DAYS", None), ("eln_id", "MEDICAL_RECORD_NUMBER"),
                                           ("license", "MEDICAL_RECORD_NUMBER"), ("license_date", None)])
def test_round19_keys(key: str, kind: str | None) -> None:
    assert key_type(key) == kind


CLEAN = [
    # a sick leave's dates and days under its key, a document's type code
    "<ELN_DATE>2024-03-12</ELN_DATE>\n<ELN_DAYS>14</ELN_DAYS>\n<UDL_TIP>21</UDL_TIP>",
    # "номер" with no sign: a short number, a ward, a standard, a count
    "Пациент номер 2 в очереди, номер палаты 1204, номер ГОСТ 52623 соблюдён.",
    # a list of fields: a licence after a value stays vetoed by its own word
    "ИНН 500100732259, лицензия № 77011820",
    # "таб." as a tablet's: a count before it, a dose, a unit after the digits
    "по 1 таб. 3 раза в день, Витамин Д 1 таб. 10000 МЕ, таб. 50000 ЕД, Аспирин таб. 100 мг, № 30 таб. 12345 руб",
    # a ward's number before a phone's digits
    "палата № 12 2345678",
    # a caption naming a paper that is no identity document
    "Осмотрен, 1234567890 (паспорт здоровья) заполнен.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round19_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)
            if e.type in ("MEDICAL_RECORD_NUMBER", "RU_PASSPORT")] == []


def test_identity_papers_ten_digits_stay_a_passport(scanner: PiiScanner) -> None:
    text = "Удостоверение личности № 4509 123456 предъявлено."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == [("RU_PASSPORT", "4509 123456")]
