"""PII round 9: persons and places in free text and forms, one case per convention (marks as in
``test_pii_cues.py``: ``[[P|...]]`` a person, ``[[L|...]]`` a place). Every marked span must be found
with its type, nothing unmarked may be flagged; the clinical look-alikes at the end stay clean."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.morph import WordClass, word_class

PERSONS = {
    # a handover or a round lists patients by surname and ward (surnames that are also ordinary words)
    "handover-ward-in-brackets": "Ночь: [[P|Комаров]] (пал. 3) — без жалоб; [[P|Стрелкова]] (палата 12) — рвота 1 раз.",
    "handover-surname-by-ending": "Смена: [[P|Орехова]] (пал. 2) — спала; [[P|Пак]] (пал. 9) — диурез 900 мл.",
    "round-ward-after-comma": "Обход: [[P|Орлов]], пал. 7, температура 37,2.",
    # a vertical form: each label alone on its line, the value on the next (indented or not)
    "vertical-form-parts": "ЛИСТ ОПРОСА\nФамилия\n   [[P|Белая]]\nИмя\n   [[P|Ярополк]]\nОтчество\n   [[P|Ильич]]\nВозраст\n   44",
    "vertical-form-colon": "Фамилия:\n[[P|Мельник]]\nИмя:\n[[P|Роман]]\n",
    "vertical-form-full-name": "1. Ф.И.О. пациента\n    [[P|Гусева Аглая Петровна]]\n2. Пол\n    ж",
    # an addressee in the dative above the address: the street begins on its own line
    "addressee-then-street-before-type": "[[P|Кузнецовой Алле Игоревне]]\n[[L|Лесная ул., д. 4, кв. 19, г. Тверь]]\n",
    # relatives naming themselves; a name in the locative after "о" before a colon
    "introduced-themselves": "Звонили (представились: [[P|Саша]]), просили перезвонить. Назвалась [[P|Люда]].",
    "locative-after-preposition": "Бабушка беспокоится о [[P|Полине]]: плохо спит.",
    # a staff member in the surname-first order after the specialty, the surname an ordinary word
    "specialty-surname-then-first-name": "Осмотрен урологом [[P|Кузнец Игорем]], рекомендовано УЗИ.",
    # a town, then an ambiguous street word with an ordinary word, then the house and flat ending the field
    "town-then-drive-house-flat": "5. [[L|Кимры, проезд Строителей 12-40]]\n6. Место работы: нет",
    # an examinee of a board: a conscript, a donor; a short patronymic of a name in -а ("Фока" -> "Фокич")
    "conscript-short-patronymic": "Призывник [[P|Лебедев Добрыня Лукич]] признан годным.",
    "donor-surname": "Донор [[P|Мухин]] допущен к кроводаче.",
}

PERSONS_CLEAN = [
    # ward marks after drugs, procedures and staff words
    "Анальгин (пал. 3) — введён; Капельница (пал. 4) до 22:00; Перевязка, палата 6; Терапевт (пал. 5).",
    # a blank vertical form and labels answered by form words
    "АНКЕТА\nФамилия\nИмя\nОтчество\nДата рождения\n",
    "Фамилия\nНет\nИмя\nПациент\n",
    # labels after prepositions in lower case, not names
    "Жалобы у Пациента: нет. Материал для Анализа: кровь.",
    # a specialty, then an adverb and a name-like word
    "осмотр терапевта Сегодня Вера в норме; донор крови здоров; Призывник годен.",
]


@pytest.mark.parametrize("source", list(PERSONS.values()), ids=list(PERSONS))
def test_persons_of_round_9_conventions_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type in ("PERSON", "LOCATION", "MEDICAL_RECORD_NUMBER")]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", PERSONS_CLEAN)
def test_person_look_alikes_of_round_9_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_ambiguous_street_words_with_a_number_stay_clean(scanner: PiiScanner) -> None:
    text = "ш. Сила 3; пл. Сустав 2; пр. Анализы 2 раза; проезд Скорой 20 мин."  # anatomy, scales, "прочие"
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_short_patronymics_need_a_masculine_first_name_in_a() -> None:
    assert word_class("Фокич") & WordClass.PATRONYMIC and word_class("Еремичу") & WordClass.PATRONYMIC
    assert not word_class("Кирич") & WordClass.PATRONYMIC  # "Кира" is a woman's name
    assert not word_class("Мазурич") & WordClass.PATRONYMIC  # no name "Мазура"
