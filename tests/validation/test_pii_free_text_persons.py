"""PII round 8: persons in free text and forms, one case per convention (marks as in ``test_pii_cues.py``:
``[[P|...]]`` a person, ``[[L|...]]`` a place). Every marked span must be found with its type,
nothing unmarked may be flagged; the clinical look-alikes at the end stay clean."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii import name_east_asian as east_asian

PERSONS = {
    # a surname that is also an ordinary word, right after a word for a person in lower case
    "staff-word-in-running-text": "Со слов жены, фельдшер [[P|Комаров]] измерил давление дважды.",
    "relative-word-before-comma": "Звонит: дочь [[P|Мясникова]], просит перезвонить.",
    # a list entry: surname, then the year of birth or an age
    "list-birth-year": "Койка 5 — [[P|Стрелков]], 1949 г.р., после операции; койка 6 — [[P|Лаптева]] (1960 г.р.).",
    "list-age": "В палате: [[P|Соболев]], 71 год, и [[P|Галкина]], 66 лет.",
    # a first name the dictionary knows only as a town, beside a surname or after a relative
    "place-named-first-name": "Со слов внучки ([[P|София Белова]]) упала дома; звонила сестра [[P|София]].",
    "list-record-number": "Койка 2 — [[P|Комаров]], и/б № [[M|4471]], диета 9.",
    # an abbreviation in capitals at the end of a title is no part of the name after it
    "title-abbreviation-then-initials": "Утвердил: зам. гл. врача по АХЧ [[P|П.С. Дронов]]\n",
    # East Asian names in Russian transcription: full, declined, given name first, surname beside an initial
    "vietnamese-full": "Принят на учёт [[P|Чан Тхи Лан]], со слов - аллергии нет.",
    "vietnamese-declined": "Заявление от [[P|Фама Дык Туана]] приложено.",
    "korean-surname-initial": "Осмотр совместно с [[P|Югай Р.]] и [[P|Ким О.С.]]",
    "korean-after-relative": "Сопровождает сын [[P|Цой]], переводит.",
    "chinese-given-first": "[[P|Вэй Чжан]] доставлен бригадой.",
    # short first names in capitals; a first name that reads as an ordinary word between surname and patronymic
    "caps-short-first-name": "ФИО пациента |[[P|ЖУКОВ ЛЕВ ИЛЬИЧ]]\n",
    "caps-word-first-name": "[[P|ГРОМОВА ВЕРА ПАВЛОВНА]] поступила в 14:00.",
    # a dictated note in lower case: the patient's name right after "пациент", a short patronymic
    "dictated-surname-name": "пациент [[P|абдуллаев рустам]] жалуется на кашель",
    "dictated-particle": "пациентка [[P|алиева севиль гусейн кызы]] повторно",
    "dictated-short-patronymic": "пациент [[P|гусев фома кузьмич]] боли уменьшились",
    "dictated-east-asian": "пациент [[P|ле ван нам]] на приёме",
    "korean-given-syllables": "Пациентка [[P|Пак Сон Ми]], 60 лет.",
    "east-asian-stopless-initials": "Койка 3: [[P|Ким ОВ]], дочь рядом.",
    # a Turkic patronymic's particle belongs to the name
    "turkic-particle": "Осмотрен [[P|Гусейнов Тофик Рза оглы]] повторно.",
    # Latin-script names after a Russian label of several words, or after an English document's head
    "latin-after-long-label": "Данные из визы, имя латиницей: [[P|Oksana V. Melnik]]. Жалоб нет.",
    "latin-document-for": "Referral for [[P|Pavel Sorokin]], neurology. Боли в спине.",
}

PERSONS_CLEAN = [
    # ordinary words after a person word, across a colon or a bracket, or before an age
    "Пациент: Женщина, 45 лет. Со слов (со слов) Холестерин - норма, Инсулин - 12.",
    "Принимает Метформин, 5 лет; Инсулин, 2 года; Гастрит, 10 лет.",
    "пациент готов к операции; пациентка пожилого возраста; больной курит; пациентов трое.",
    # abbreviations and Russian words among the East Asian syllables
    "ЭКГ, ОАК, ЛОР, ИМ. До Сон. Во Время. Хо-хо.",
    # an English document's head before a service, not a person
    "Referral for Physical Therapy; Certificate for Medical Leave; Report of Blood Test.",
]


@pytest.mark.parametrize("source", list(PERSONS.values()), ids=list(PERSONS))
def test_persons_of_round_8_conventions_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type in ("PERSON", "LOCATION", "MEDICAL_RECORD_NUMBER")]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", PERSONS_CLEAN)
def test_person_look_alikes_of_round_8_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_east_asian_runs_need_a_listed_surname_and_one_syllable_words() -> None:
    assert east_asian.name_runs(["Нгуен", "Ван", "Хунг"]) == [(0, 3)]
    assert east_asian.name_runs(["Хунга", "Нгуена"]) == [(0, 2)]  # declined, given name first
    assert east_asian.name_runs(["Хунг", "Тхуи"]) == []  # no surname among them
    assert east_asian.name_runs(["Ли", "Иванов"]) == []  # a Russian surname is no syllable
    assert east_asian.is_surname("НГУЕН") and not east_asian.is_surname("До")
