"""PII round 19: a phone after "номер" and its owner's words stays a phone (commit 5699ba2 read the bare word as a
record's sign and turned such phones into record numbers); the record numbers that rule was written for stay.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``); every marked span must be
found with its type and no other type over it. Examples are our own, not the bench's.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a mobile's shape after a bare "номер" and words naming no paper: a phone (as before 5699ba2)
    "subscriber-plain": "номер абонента [[T|9031234567]]",
    "subscriber-grouped": "номер абонента [[T|903-123-45-67]]",
    "subscriber-spaced": "Пациентка сообщила номер абонента [[T|903 123 45 67]], просит перезвонить",
    "recipient": "номер получателя [[T|9031234567]]",
    "incoming": "номер входящего [[T|9031234567]]",
    "esia": "Номер в ЕСИА [[T|9031234567]]",
    "payer": "номер плательщика [[T|903-123-45-67]]",
    # an owner of a call or a message named after "номер" and a colon: a phone (a record number before)
    "subscriber-colon": "Номер абонента: [[T|9031234567]]",
    "sender-colon": "номер отправителя: [[T|903-123-45-67]]",
    # the record numbers the bare word was made for, and papers the record grammars know, keep their type
    "personnel": "табельный номер [[M|30797]]",
    "personnel-driver": "табельный номер водителя [[M|30797]]",
    "register-entry": "Уникальный номер регистровой записи [[M|797860]]",
    "sick-leave": "номер ЭЛН [[M|910012345678]]",
    "sick-leave-groups": "Листок нетрудоспособности [[M|939 454 152 946]] продлён",
    "card-phone-shaped": "Номер карты [[M|9031234567]]",
    "history-phone-shaped": "номер истории болезни [[M|9031234567]]",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round19_number_word_keeps_phones_and_records(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = scanner.scan_fast(text)
    check_planted(found, text, spans)
    for kind, start, end in spans:
        assert {e.type for e in found if e.start < end and start < e.end} == {kind}, text
