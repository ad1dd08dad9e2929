"""Round 24 (PI): an INN by its check digit whoever it names, and its Latin name as a cue.

A ten-digit INN whose check digit holds is reported after an INN word whoever it names, a clinic, an insurer, a payee
or an employer (:mod:`.document_typing`): the tuning authors disagree about an organisation's INN, over-redacting one
costs no privacy, missing a person's (a patient's INN typed beside a clinic's name) leaks.
Ten digits that fail the check digit after "ИНН" where an organisation is named stay unreported, as before.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import inn_check_digits

# valid INNs made from their first digits, so no example is hard-coded
_ORG = "770123456" + inn_check_digits("770123456")
_PERSON = "5001007322" + inn_check_digits("5001007322")
_BROKEN = _ORG[:-1] + str((int(_ORG[-1]) + 1) % 10)

CASES = {
    "clinic-in-contract-head": f"ООО «Клиника Здоровье» (ИНН [[I|{_ORG}]]), в лице генерального директора",
    "clinic-executor": f"Исполнитель: ООО «Клиника эстетической медицины», ИНН [[I|{_ORG}]]",
    "medical-organisation-label": f"ИНН медицинской организации: [[I|{_ORG}]] жалоб нет.",
    "insurer": f"ИНН страховщика [[I|{_ORG}]] на отечность под глазами.",
    "payee-with-kpp": f"Получатель платежа ГАУЗ «ГП № 7», ИНН/КПП [[I|{_ORG}]]/165501001",
    "latin-name-twelve-grouped": f"плохой сон. inn: [[I|{_PERSON[:4]} {_PERSON[4:8]} {_PERSON[8:]}]] тревожность.",
    "latin-name-over-passport-grouping": f"тугоподвижность inn: [[I|{_PERSON[:2]} {_PERSON[2:4]} {_PERSON[4:10]} {_PERSON[10:]}]]",
    "latin-capitals": f"INN [[I|{_PERSON}]], Tax ID",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_inns_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    # ten digits failing the check digit after an organisation's "ИНН" are no INN
    "broken-check-digit-beside-clinic": f"Выдана медицинской организацией ООО «Медцентр Плюс», ИНН {_BROKEN}, КПП 503801001.",
    "broken-check-digit-payee": f"Получатель платежа: ООО «Ромашка», ИНН {_BROKEN}, оплата услуг.",
    # the Latin word only whole, and only before the number: a hotel's name, a word that starts with it
    "latin-word-inside-another": f"innervation {_ORG} ok",
    "hotel-name": f"Проживала в Holiday Inn {_ORG}, 3 ночи.",
    # the organisation's other codes stay no one's
    "kpp-ogrn-alone": "КПП 770101001, ОГРН 1027700132195, БИК 044525225.",
    # doses, lab values, ICD codes, a law's date beside the word
    "dose-after-inn-word": "Препарат по МНН (INN): метформин 1000 мг 2 раза в день.",
    "lab-values": "Глюкоза 5,6 ммоль/л, HbA1c 6,1 %, ИНН не указан.",
    "icd-and-law": "Диагноз E11.9; ФЗ от 21.11.2011 № 323-ФЗ, ИНН не предъявлен.",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type not in ("PHONE_NUMBER", "DATE_TIME")]
    assert found == [], found
