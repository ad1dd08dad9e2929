"""PII that generalises (issue #10, round 20): the contexts that make a capitalised run a name, widened by the dictionary.

* any noun for a person right before the run is its cue, not only the listed ones (:func:`.name_triggers.person_noun_before`:
  a dictionary word read first as an animate noun in the nominative singular, "администратор Катя", "курьер Лев"); a
  drug, a thing, an animal's noun in another case, a word the dictionary does not know are none;
* after an eponym's cue ("класса", "по", "синдром"), a surname that is also an ordinary word ("Ильин": Ilya's) before a
  first name that is none is a person's name in a register's order (:func:`.names._firm_classes`); an eponym is a surname
  or two, with no first name after it.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    "administrator": "Всё быстро. А вот администратор [[P|Катя]] нахамила. Оценка 2/5.",
    "courier-colon": "Курьер: [[P|Лев]], доставка до 18:00.",
    "social-worker": "Соц. работник [[P|Цыденова]] Дарима сообщила: родственники ищут пациента.",
    "witness-dash": "Травма на смене, свидетель - [[P|Цыбиков]] Тумэн (мастер участка).",
    "class-surname-word": "ученик 6 «В» класса [[P|Ильин Егор]] упал на перемене в спортзале",
    "class-surname-word-2": "ученица 6 класса [[P|Кириллова Мария]] упала на перемене",
}

CLEAN = [
    # a drug, a sentence's capital after a noun, an animal's noun in the genitive, eponyms of one or two surnames
    "Назначен препарат Вера 50 мг. Принимает Аспирин. Синдром Дауна.",
    "Мужчина Кашель сухой, без мокроты.",
    "Аллергия после кормления добермана Рэкса сосиской.",
    "Синдром Вольфа Паркинсона Уайта, синдром Стивенса Джонсона, болезнь Иценко Кушинга, класс Киллип II.",
    "Симптом Щёткина Блюмберга отрицательный, проба Манту отрицательная, операция Бильрота.",
    # review A of round 20, finding 6: an agency's or a company's genitive says whose the person is, no name
    "Военнослужащий Росгвардии, травма.",
    "Инспектор Роструда.",
    "Специалист Росреестра.",
    "Курьер Сбермаркета.",
]


# a noun of origin is a place's cue, not a person's: the place after it stays a place
PLACES_AFTER_ORIGIN = ["Боли сохраняются. Уроженка [[L|Александрова]].", "Жительница [[L|Мирного]]."]


@pytest.mark.parametrize("source", PLACES_AFTER_ORIGIN)
def test_a_noun_of_origin_names_a_place(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_names_after_a_person_noun_or_an_eponym_cue(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan(text) if e.type == "PERSON"], text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_things_and_eponyms_are_no_name(scanner: PiiScanner, text: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PERSON"] == []
