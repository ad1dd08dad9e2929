"""Identity papers of the ФНС's list of their kinds (СПДУЛ) that are no citizen's passport (issue #10, round 20).

A paper a passport's or an identity card's words name with its holder (24 a serviceman's identity card, 26 a seaman's
passport, an officer's identity card) is that paper, a record number; its series of two
capitals may be typed in lower case. A birth certificate's "R-ББ" series with a dash before the number, a military ID
cut short to "в/б", a series and a number in two fields after the paper's word ("серия 91 номер 3941494"), the
paper "разрешение на временное проживание", which is no address label, and an export's document number of seven digits.

Marks as in :mod:`support.pii_marks` (M record number, Pa passport); a citizen's passport stays RU_PASSPORT, and a
paper's series alone, a form's, a law's, an organisation's or a thing's number stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    "seaman-passport": "Паспорт моряка [[M|ВШ 869572]], выдан [[D|12.03.2015]]",
    "seaman-passport-digits": "паспорт моряка: [[M|4512 123456]]",
    "serviceman-card": "удостоверение личности военнослужащего РФ [[M|ПУ № 0585758]]",
    "serviceman-card-cell": "Получатель\tДУЛ\tСерия\tНомер\n[[P|Иванова Е.Н.]]\tУдостоверение личности военнослужащего\t[[M|ЦВ\t066030]]",
    "officer-card": "Удостоверение личности офицера [[M|АБ 123456]]",
    "lower-case-series": "паспорт моряка [[M|хщ 6822031]] головные боли",
    "lower-case-roman-series": "удостоверение личности военнослужащего рф [[M|iii-кт 188872]] боль в плече",
    "birth-certificate-dash": "по свидетельству о рождении [[M|IX-ЗС-711224]], выдан [[D|12.03.2015]]",
    "military-id-short": "в/б [[M|ПГ 423084]]",
    "temporary-instead-of-military-id": "врем. удостоверение взамен в/б [[M|ЧЭ 372154]], выдан в военкомате",
    "residence-permit-two-fields": "Вид на жительство серия 91 номер [[M|3941494]] Жалобы на слабость",
    "seaman-two-fields-comma": "Паспорт моряка, серии УБ номер [[M|0475614]]",
    "serviceman-two-fields": "Удостоверение личности военнослужащего: серия РГ, № [[M|478386]], выдан [[D|10.05.2008]]",
    "temporary-residence-no-address": "Разрешение на временное проживание: серия 91 № [[M|4383565]]",
    # an export's document number of seven digits is no citizen's passport's (six digits)
    "export-seven-digits-xml": "<DocType>27</DocType><DocSer>МЩ</DocSer><DocNum>[[M|0712586]]</DocNum> Эпизоды боли",
    "export-seven-digits-key-value": "doc_type=07 doc_series=ЛЛ doc_number=[[M|6139015]] Жалобы на кашель",
    "export-passport-six-digits": "<PERS><DOCTYPE>14</DOCTYPE><DOCSER>[[Pa|45 12]]</DOCSER><DOCNUM>[[Pa|123456]]</DOCNUM></PERS>",
    # a citizen's passport stays the passport's, whatever else the line names
    "citizen-passport": "Паспорт [[Pa|45 12 123456]]",
    "citizen-passport-identity-card": "удостоверение личности: паспорт [[Pa|4512 123456]]",
    # an address label is still one
    "residence-label": "Проживание: [[L|г. Тверь, ул. Ленина, д. 5]]",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_identity_papers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a paper's series alone, with no number
    "Паспорт моряка серии УБ не предъявлен, удостоверение беженца утеряно.",
    "Военный билет серии АН сдан в военкомат.",
    # a form's number, a law's, ICD codes, a subdivision's code
    "Заполнена форма 003-О/у, удостоверение личности военнослужащего предъявлено.",
    "По форме 025/у паспорт моряка предъявлен, серия не указана.",
    "Порядок по ФЗ № 323-ФЗ и постановлению № 828; беженцы — ФЗ № 4528-1.",
    "Диагноз: J06.9; E11.65. Паспорт моряка, код подразделения 770-001.",
    # an organisation's codes, a thing's numbers
    "ОГРН 1027700132195, КПП 770101001 — военный госпиталь для военнослужащих.",
    "Счёт № 4512, партия 20240315, прибор серии ЭК 12 для моряков.",
    # doses and lab values near the words
    "Офицер запаса, 45 лет: метформин 1000 мг, гемоглобин 120 г/л, СОЭ 12 мм/ч.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
