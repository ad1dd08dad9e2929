"""PII that generalises (issue #10, round 10): several persons after one cue; first names that are also words.

Made-up cases (not from the benchmark). A list of persons ("Присутствовали: ...", relatives with their roles
in brackets, a consultation's members with titles) takes in items too weak alone, a lone surname or a first
name that is also a word (:mod:`medsyn_dataset.validation.pii.person_lists`); a first name that is an
ordinary word ("Вера", "Роман", "Мир", "Слава", "Любовь") is a name inside a name chain (after a surname,
before a patronymic) and prose stays clean whatever its capitals.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "Присутствовали: [[P|Петров И.И.]], [[P|Сидорова Е.В.]], зав. отд. [[P|Кузнецов]]",
    "Присутствовали: [[P|Петров]], [[P|Сидорова]], [[P|Кузнецов]].",
    "Родственники: [[P|Иванова А.П.]] (мать), [[P|Иванов П.С.]] (отец)",
    "Консилиум в составе: [[P|Морозов А.В.]]; [[P|Белова Т.Н.]]; [[P|Громов С.С.]]",
    "Опрошены: [[P|Комарова Л.Д.]] (соседка) и [[P|Быков]] (брат)",
    "Члены семьи: жена [[P|Смирнова Ольга]], сын [[P|Смирнов Артём]], дочь [[P|Смирнова Дарья]].",
    "Консилиум: проф. [[P|Андреев В.К.]], доц. [[P|Титова Р.М.]], зав. отд. [[P|Кузнецов]]",
    "Дома остались [[P|Вера]] и [[P|Надежда Ивановы]].",
    "Подписи: [[P|Петров И.И.]] ______ [[P|Сидорова Е.В.]] ______ [[P|Кузнецов]] ______",
    "Комиссия в составе: председатель [[P|Петров И.И.]], члены: [[P|Сидорова Е.В.]], [[P|Кузнецов]].",
])
def test_every_person_of_a_list_is_a_person(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Присутствовали: родственники, лечащий врач.",
    "Препараты: Кардиомагнил, Эналаприл, Аторвастатин.",
    "Пациент: [[P|Иванов И.И.]], Мужчина, 54 года.",
    "Получала лечение: Актовегин, Сирдалуд - без эффекта. Врач [[P|Евдокимова]]",
    "Осмотрен [[P|Петровым И.И.]], Рекомендовано: Диклофенак, Омепразол.",
])
def test_words_beside_a_name_that_are_no_names_stay_clean(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Пациент [[P|Иванов Роман Петрович]], 45 лет",
    "[[P|Вера Ивановна]] жалуется на головную боль.",
    "Мать - [[P|Кузнецова Любовь]], 62 года.",
    "[[P|Кабанов Мир]], тел. [[T|89161234567]]",
    "[[P|Миру Анатольевичу Кузнецову]] рекомендовано",
    "[[P|Мир Петрович Соколов]] осмотрен",
    "[[P|Соколова Слава]] Игоревна не явилась",
    "У брата [[P|Мира]] — бронхиальная астма.",
    "Звонила дочь ([[P|Света]]), просила перезвонить",
    "[[P|Орёл Иван Петрович]], [[D|1961]] г.р.",
    # a first name, then a noun that is the surname: always after a plain name, after a cue for an ambiguous one
    "[[P|Анна Мельник]] пришла на приём",
    "ФИО: [[P|Любовь Мельник]]",
    "Пациентка [[P|Вера Кузнец]], 54 года",
])
def test_a_first_name_that_is_a_word_is_a_name_in_a_name_chain(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Надежда на улучшение сохраняется, продолжить терапию.",
    "Вера в выздоровление поддерживает пациентку.",
    "Любовь к сладкому, избыточная масса тела.",
    "Мир вокруг кажется ей враждебным.",
    "Слава богу, приступов не было.",
    "Весна 2021 г.: обострение.",
    "Читает роман, спит плохо. Роман с алкоголем длится 20 лет.",
    "ОАК Гемоглобин Эритроциты в норме",
    "Орёл, ул. Ленина",
    "Дежурный Хирург осмотрел, Любовь к сладкому.",
    "Весна Москва 2020",
])
def test_the_same_words_in_prose_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start:e.end]) for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "Вызывает: [[P|Русаков]] (сосед), тел. [[T|8(960)3059314]]",  # a surname that is a word, its relation in brackets
    "Врач сообщил о больном [[P|Орехове]] заведующему.",  # an oblique surname after a patient word
])
def test_a_cued_surname_that_is_also_a_word(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Врач сообщил больному Новым способом",
    "Аускультация при больном: Сердце без особенностей",
])
def test_a_patient_word_before_an_ordinary_word_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start:e.end]) for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "Здравствуйте, доктор! Звоню по [[P|Ковалеву Акиму]], как он?",  # "по" + a full name: a person, no eponym
    "Это по [[P|Акулине Васильевне]], мой номер [[T|89004531122]]",
    "Куратор: [[P|Пров Яковлев]], тел. [[T|+7 (495) 108-43-03]]",  # an insurer's contact person
])
def test_a_full_name_after_po_and_a_curator(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Анализ мочи по Нечипоренко в норме, проба по Зимницкому без особенностей",
    "Шкала по Апгар 8/9 баллов; лечение по Бобату",
])
def test_eponyms_after_po_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start:e.end]) for e in scanner.scan_fast(text) if e.type == "PERSON"] == []


@pytest.mark.parametrize("source", [
    "спасибо, [[P|Глафира]] Жалобы на осиплость",  # a clinical word after a name in an unpunctuated note: no surname
    "[[P|Оксана]] Лечение получает регулярно",
])
def test_a_clinical_word_after_a_first_name_is_no_surname(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    assert [(e.type, e.start, e.end) for e in scanner.scan_fast(text)] == spans

