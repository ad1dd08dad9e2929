"""PII that generalises (issue #10, round 20): a person named in lower case right after the word for their role or a verb of
speaking with them (:func:`.lower_names._after_role_word`), the lower-case reading of the staff and speech cues after which
a capitalised word is a name. Only a surname by the dictionary opens the name; the role's ordinary words after the cue, a
drug after "приняла", stay clean. Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    "nurse": "Пост сдала: м/с [[P|нуриева]], замечаний нет.",
    "shift-taken": "Смену приняла [[P|комарова]] н., замечаний нет.",
    "took-over-nurse": "Сдала м/с [[P|Белова]], приняла м/с [[P|мухина анжелика]]. Пациентка спит.",
    "foreman-instrumental": "доставлен в здравпункт бригадиром [[P|мамедовой севиндж]] контактный телефон не указан",
    "driver": "доброе утро, водитель [[P|степанов денис]], могу пройти медосмотр?",
    "head-glued": "осм. совм. с зав.отд.[[P|шаровым мокеем]], боли в пояснице",
    "from-words-initials": "со слов [[P|уваровой а.к]] упал дома",
    "called-with": "созвон с [[P|корниловой]] - согласны на хоспис",
    "victim": "пострадавший [[P|смирнов азарий]] 7 апреля около 10 часов",
    "admitted": "допуск - [[P|артемьев клавдий]], жалоб нет",
    "agreed-with": "д-з согл. с [[P|степановым]] а.н, рекомендовано МРТ",
    # a surname the dictionary also reads as a place (the town Пестово's genitive)
    "examined-place-reading": "осм. [[P|пестова]] м.а., жалоб нет",
}

CLEAN = [
    # the role's or the speech cue's ordinary words: a relative, a patient, a vehicle, a ward, a plan, a specialist
    "Со слов матери, со слов больного боли 3 дня.",
    "Водитель автобуса, стаж 20 лет; зав. отделением осмотрен; согл. с планом лечения; осм. терапевтом.",
    "Допуск к работе получен; звонила дочь, ответственная за уход.",
    "Совместно с неврологом; м/с процедурного кабинета.",
    # a drug after "приняла", no shift handed over; a shift with no one named
    "Приняла валосердин, приступ купировался. Пост сдала без замечаний.",
    "Приняла анальгин 1 таб., смену приняла в 8:00.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_lower_case_names_after_a_role_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_words_after_a_role_are_no_name(scanner: PiiScanner, text: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PERSON"] == []
