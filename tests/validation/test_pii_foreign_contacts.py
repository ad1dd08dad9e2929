"""A foreign patient's contacts (issue #10, round 14): numbers abroad without "+", and the people around a migrant
worker named by their role (foreman, compatriot, one who comes along).

Marks as in :mod:`support.pii_marks`; clinical numbers and role words without a name must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.foreign_phones import foreign_valid

CASES = {
    # a bare country code, any grouping
    "bare-code-run": "Контакт брата на родине: [[T|996555123456]].",
    "bare-code-groups": "Telefon: [[T|992 (93) 555-12-12]]\nKasallik tarixi: нет",
    "bare-code-nanp": "WhatsApp: [[T|1-212-555-0187]], пишет на английском.",
    # a country's own trunk "0" after a phone word, or after another phone in a list
    "trunk-zero-cued": "Тел. дочери: [[T|0555 12-34-56]]",
    "trunk-zero-listed": "сын: [[T|+374 77 513008]], [[T|0772 59-54-05]]",
    "export-array": '{"phones": ["[[T|8 911 001 35 54]]", "[[T|0555 09-25-50]]"]}',
    # roles around a migrant worker
    "foreman": "Вызывающий: бригадир [[P|Холматов]], тел. [[T|8(903)382-63-02]]",
    "compatriot": "Контакты: земляк — [[P|Диалло А.]]: [[T|+995 551 92 86 51]]",
    "contacts-header-list": "Контакты родственников:\nбрат — [[P|Холматов З.Н.]]: [[T|996555123456]]",
    # an address abroad after a residence cue with no colon, and a burial place
    "address-abroad-no-colon": "Адрес на родине [[L|Georgia, Tbilisi, Rustaveli ave. 12, apt 4]]. Жалоб нет.",
    "burial-place": "Место захоронения: [[L|Yerevan, Arabkir, Komitas ave. 21]]\nГруз сопровождает брат.",
    # Latin names after the same roles and after "со слов"
    "latin-after-so-slov": "Со слов [[P|MARTIN, LUCAS]] травма получена на складе.",
    "latin-after-coordinator": "Осмотрен с координатором медицинского туризма [[P|Anna Schmidt]]. Жалоб нет.",
    "latin-relative-contact": "Yakını / Контакт родственника: [[P|Emine Arslan]]",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_foreign_contacts_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    "Анализ 998972861211 готов, контейнер 12. Гемоглобин 120 г/л.",
    "Бригадир сообщил, что рабочий упал с высоты 2 м.",
    "Тел. отделения не отвечал, доза 0,05 мг/кг; контакт с больными отрицает. Палата 12.",
    "Ампициллин 1000000 ЕД 4 р/д в/м, 10 дней.",
    "Контакты: нет\nАнализ: 998972861211",
    # a phone word inside another word ("свидеТЕЛьство") or far before a number in prose labels nothing
    "Без связи с нагрузкой. Палата 4, койка 9, доза 0,5 мг. Свидетельство о болезни не оформлено.",
    "Адрес проверен, Staphylococcus aureus не выделен.",
])
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_russian_numbers_are_left_to_the_russian_matcher() -> None:
    assert not foreign_valid("8 903 382 63 02")
    assert not foreign_valid("79033826302")
    assert foreign_valid("996 555 123 456")
