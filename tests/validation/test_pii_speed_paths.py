"""Shortcuts of the scanner's fast path must change nothing: each is checked against the long way round.

* the scan plan (:func:`medsyn_dataset.validation.pii.scanner.scan_plan`): a run of recognizers with a
  ``group_idle`` test is skipped where the test holds, so the test must hold only where none of them finds
  anything;
* place words (:func:`medsyn_dataset.validation.pii.places.place_words`): a capitalised word with nothing
  before it that could make it a place is skipped before the full test;
* lower-case patronymics (:func:`medsyn_dataset.validation.pii.lower_names.lower_case_names`): a scan per
  part with its ending in the pattern finds the occurrences a ``find`` loop kept.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import PiiScanner, lower_names, places
from medsyn_dataset.validation.pii.normalize import normalize
from medsyn_dataset.validation.pii.scanner import scan_plan

_NOTES = [
    # clinical text without PII: doses, lab values, ICD codes, times of taking a drug, ward numbers
    "Жалобы: кашель, t 37,8. Назначено: амоксициллин 500 мг 3 раза в день в 08:00, 14:00, 20:00. Палата 12.",
    "ОАК: Hb 128 г/л; лейкоциты 9,1; СОЭ 18 мм/ч. Диагноз: J06.9. Основной: ОРВИ. Давно внутривенно не получал.",
    # tables, exports and messages, where the grouped recognizers do find things
    "| ФИО | Телефон | СНИЛС |\n|---|---|---|\n| Петрова Анна | 8 916 123-45-67 | 112-233-445 95 |",
    'Пациент;Дата рождения;Телефон\nИванов Иван Иванович;12.03.1985;+7 912 345-67-89\n',
    '{"patient": {"lastName": "Соколова", "birthDate": "1979-05-14", "phone": "+7 903 111-22-33"}}',
    "PID|1||55012^^^MIS||Кузнецов^Олег^Петрович||19800101|M",
    "Пасспорт: 45 10 123456, телефн: 8-912-000-11-22",
    "Проживает в г. Тверь, ул. Мира, д. 5, кв. 12. Родилась в Кимрах. Переехала из Тулы и Калуги.",
    "пациентка смирнова ольга петровна, сын олег викторович, дочь вера ивановна",
]


def test_a_group_is_idle_only_where_none_of_its_recognizers_finds_anything(scanner: PiiScanner) -> None:
    grouped = [(idle, group) for idle, group in scan_plan(scanner.recognizers) if idle is not None]
    assert len(grouped) >= 4  # (table cells, export fields, misspelt labels, message fields)
    for note in _NOTES:
        text = normalize(note)
        for idle, group in grouped:
            if idle(text):
                assert [c for r in group for c in r.candidates(text)] == [], (note, group[0].name)


def test_the_plan_keeps_every_recognizer_in_registry_order(scanner: PiiScanner) -> None:
    assert [r for _, group in scan_plan(scanner.recognizers) for r in group] == scanner.recognizers


def test_the_plan_finds_what_every_recognizer_asked_in_turn_finds(scanner: PiiScanner) -> None:
    from medsyn_dataset.validation.pii.scanner import (
        _drop_contained_same_type,
        _to_entities,
        resolve_overlaps,
    )

    for note in _NOTES:
        text = normalize(note)
        every = [c for r in scanner.recognizers for c in r.candidates(text) if c.score >= scanner.score_threshold]
        assert scanner.scan_fast(note) == _to_entities(resolve_overlaps(_drop_contained_same_type(every))), note


def _place_words_the_long_way(text: str) -> list[tuple[int, int, float]]:
    found, last_end = [], -1
    for match in places._WORD.finditer(text):
        scored = places._place(text, match)
        if places._after_institution(text, match.start()):
            scored = places._institution_place(text, match) or scored
        if scored is None and last_end >= 0 and places._AND.fullmatch(text, last_end, match.start()):
            scored = places._joined_place(match)
        if scored is not None:
            last_end = scored[1]
            found.append(scored)
    return found


_PLACE_PIECES = ("Тверь", "Тула", "Кимры", "Москве", "Анамнез", "Пациент", "Жалобы", "Ильинское", "г.", "Г.", "в", "из",
                 "ЦРБ", "больница", "и", ",", ".", ". ", " ", "\n", "(", "Нижнего", "Тагила", "Мирном", "5 мг", "Hb 120")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=14).map(" ".join))
def test_place_words_skip_only_words_the_full_test_drops(text: str) -> None:
    assert list(places.place_words(text)) == _place_words_the_long_way(text)


@pytest.mark.parametrize("text", [*_NOTES[-2:], "Г. Тверь. Г.Тула", "Работает в ЦРБ Кимр. Анализ крови: Hb 120 г/л"])
def test_place_words_of_whole_notes_are_those_of_the_long_way(text: str) -> None:
    assert list(places.place_words(text)) == _place_words_the_long_way(text)


def _patronymic_starts_by_find(lower: str) -> list[int]:
    starts = []
    for part, ending in lower_names._PATRONYMIC_PARTS.items():
        position = lower.find(part)
        while position >= 0:
            stop = position + len(part)
            if lower[position - 2 : position].isalpha() and ending.match(lower, stop) is not None:
                starts.append(position)
            position = lower.find(part, stop)
    return starts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("петро", "вна", "вич", "ичн", "а", "ой", "е", "-", " ", "основн", "ая", "внутрь", "вн",
                                 "никит", "ична", "ильи", "ем")), max_size=10).map("".join))
def test_patronymic_scans_find_what_a_find_loop_kept(lower: str) -> None:
    found = [m.start() for scan in lower_names._PATRONYMIC_SCANS for m in scan.finditer(lower)
             if lower[m.start() - 2 : m.start()].isalpha()]
    assert found == _patronymic_starts_by_find(lower)


def test_lower_case_names_still_read_and_clean_words_stay_clean() -> None:
    note = _NOTES[-1]
    names = {note[a:b] for a, b in lower_names.lower_case_names(note)}
    assert names == {"смирнова ольга петровна", "олег викторович", "вера ивановна"}
    assert list(lower_names.lower_case_names("основная группа, давно внутривенно, главный врач")) == []
    assert re.search("вн", "основная")  # (the look-alike does hold the part's letters)
    assert list(lower_names.lower_case_names("амоксициллин 500 мг внутрь 3 раза в день, палата 12")) == []


# the street words' anchors before they were made specific ("пр" stopped at every "при", "препарат")
_PREFIX_STREET_ANCHORS = ("ул", "пр", "пер", "бул", "б-р", "ш.", "шоссе", "алл", "кв-л", "квартал", "лини", "наб", "пл", "туп",
                          "мкр", "м-н", "микрорайон")
_STREET_PIECES = ("ул.", "ул", "улица", "пр.", "пр-т", "пр-кт", "просп.", "проспект", "проезд", "пр-д", "при", "препарат",
                  "пер.", "переулок", "перорально", "бул.", "бульвар", "б-р", "ш.", "шоссе", "алл.", "аллея", "аллергия",
                  "кв-л", "квартал", "линия", "наб.", "набережная", "наблюдение", "пл.", "площадь", "плохо", "туп.", "тупик",
                  "мкр", "мкр-н", "мкрн.", "м-н", "микрорайон", "Ленина", "Мира", "5", "д.", "12", " ", "\t", ",", "\n", "-",
                  "Садовая", "2-й")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_STREET_PIECES), max_size=12).map(" ".join))
def test_street_words_found_at_their_own_anchors_are_those_found_at_prefixes(text: str) -> None:
    from medsyn_dataset.validation.pii import address

    new = list(address._streets(text))
    kept, address._STREET_ANCHORS = address._STREET_ANCHORS, _PREFIX_STREET_ANCHORS
    try:
        old = list(address._streets(text))
    finally:
        address._STREET_ANCHORS = kept
    assert new == old, text


def test_streets_in_a_note_and_clean_look_alikes() -> None:
    from medsyn_dataset.validation.pii import address

    note = "Проживает: г. Тверь, пр-т Чайковского, д. 5. Препарат принимать при болях, перорально, 2 р/д. Палата 12."
    assert [note[a:b] for a, b, _ in address._streets(note)] == ["пр-т Чайковского"]
    assert list(address._streets("Препарат принимать при болях; плохо переносит, аллергия на пенициллин")) == []
