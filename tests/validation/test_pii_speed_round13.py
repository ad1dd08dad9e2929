"""Speed round 13: each shortcut finds what the long way finds (with clinical look-alikes that stay clean).

* capitalised word starts (:mod:`medsyn_dataset.validation.pii.capital_words`): the name chains and the place
  words are tried at the capitals the note's code-page bytes show, not found by a scan each;
* the per-thread slots of :mod:`.code_page` and :mod:`.capital_words`: two threads scanning two notes at once
  read their own note's bytes and starts;
* the word before a name label's separator (:func:`.name_fields._word_begin`): looked for in a window first;
* the date cues' hints (:func:`.fields.date_fields`): looked for once a cue is found, with the same result.
"""

from __future__ import annotations

import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import capital_words, code_page, fields, name_fields, names, places
from medsyn_dataset.validation.pii.normalize import normalize

_NOTES = [
    # clinical text without PII: doses, lab values, ICD codes, times of taking a drug, ward numbers
    "Жалобы: кашель, t 37,8. Назначено: Амоксициллин 500 мг 3 р/д в 08:00 и 20:00. Палата 12. Д-з: J06.9 ОРВИ.",
    "ОАК: Hb 128 г/л; СОЭ 18 мм/ч. ЭКГ - ритм синусовый. Ёмкость лёгких в норме. Т.о. данных за ХСН нет.",
    # names and places, in the layouts the chains and place words read
    "Врач: Петрова А.И.\nПациентка ____Смирнова О.П.____ из Ростова-на-Дону, прож. в Кимрах; А.Иванов, Буров, П.А.",
    "ИВАНОВА ИРИНА ПЕТРОВНА\tг. Тверь\tул. Мира\nЛи АЭ, Ким Ен Хи (сосед) — в Усть-Куте и Сольвычегодске",
    "Отделение_Терапии, СНИЛС-Петров, 5Петров, x-Иванов, .Сидоров, «Котова», (Лаптев), Ёлкин и Ёжиков",
]
_ALPHABET = "АБВЕЁИКМНОПРСТЯабвеёикмнопрстяAbz09 -._,\t\n«(|İᲁ"


def _capital_matches_are_those_of_a_scan(pattern: re.Pattern[str], text: str) -> None:
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in capital_words.capital_matches(pattern, text)] == expected, text


@pytest.mark.parametrize("note", _NOTES)
def test_chains_and_place_words_at_capitals_are_those_of_a_scan(note: str) -> None:
    text = normalize(note)
    for pattern in (names._CHAIN, names._CHAIN_NO_TAB, places._WORD):
        _capital_matches_are_those_of_a_scan(pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_capital_matches_equal_a_scan_on_any_text(text: str) -> None:
    for pattern in (names._CHAIN, names._CHAIN_NO_TAB, places._WORD):
        _capital_matches_are_those_of_a_scan(pattern, text)


def test_capital_starts_are_capitals_with_no_word_character_or_hyphen_before() -> None:
    text = "Анна-Мария и ПЕТРОВ, ____Ким; x-Ли.Ёж 5Ом Ом"
    expected = [i for i, ch in enumerate(text) if re.match(r"[А-ЯЁ]", ch)
                and (i == 0 or not (text[i - 1] == "-" or (text[i - 1] != "_" and re.match(r"\w", text[i - 1]))))]
    assert capital_words.capital_starts(text) == expected
    assert capital_words.capital_starts("Ом ᲀ Петров") is None  # (outside the code page: scanned as before)
    assert [m.group() for m in capital_words.capital_matches(places._WORD, "Ом ᲀ Петров")] == ["Ом", "Петров"]


def test_each_thread_reads_its_own_notes_bytes_and_capitals() -> None:
    texts = [f"Пациент Иванов {i} из Твери" + " Ок" * (i % 7) for i in range(200)]
    failures: list[str] = []
    barrier = threading.Barrier(2)

    def work(offset: int) -> None:
        barrier.wait()
        for round_ in range(20):
            for text in texts[offset::2]:
                if code_page.code_page_bytes(text) != text.encode("cp1251"):
                    failures.append(f"bytes {round_} {text}")
                if capital_words.capital_starts(text) != [m.start() for m in re.finditer(r"(?<![\w-])[А-ЯЁ]", text)]:
                    failures.append(f"starts {round_} {text}")

    threads = [threading.Thread(target=work, args=(offset,)) for offset in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def _word_begin_the_long_way(lower: str, stop: int) -> int:
    return max(lower.rfind(" ", 0, stop), lower.rfind("\n", 0, stop), lower.rfind("\t", 0, stop)) + 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\t:", max_size=200), st.data())
def test_word_begin_is_that_of_a_search_back_to_the_start(text: str, data: st.DataObject) -> None:
    stop = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert name_fields._word_begin(text, stop) == _word_begin_the_long_way(text, stop)


@pytest.mark.parametrize("note", [
    "Фамилия, имя, отчество пациента" + "я" * 60 + ": Петров Иван",  # (a word longer than the window)
    "ФИО: Кузнецова Анна Сергеевна\nЛечащий врач: Орлов П.П.",
])
def test_word_begin_in_name_fields(note: str) -> None:
    lower = note.lower()
    for stop in range(len(lower) + 1):
        assert name_fields._word_begin(lower, stop) == _word_begin_the_long_way(lower, stop)


def _date_fields_hints_first(text: str) -> list[tuple[int, int]]:
    if not fields._DATE_HINT.search(text):
        return []
    found = []
    for cue in fields._cues(fields._DATE_CUE, fields._DATE_ANCHOR, text):
        start = cue.end()
        span = fields.date_at(text, start, min(len(text), start + 40))
        if span is not None and fields._CUE_TO_DATE.fullmatch(text, start, span[0]):
            found.append(span)
    return found


@pytest.mark.parametrize("note", [
    *_NOTES,
    "Дата рождения: 12.03.1985. Дата осмотра 01.02.2024, др 1990 г.",
    "d.o.b. 12.03.1985; DOB 14.05.1979; date of birth: 1980-01-02; Born 3 May 1975",
    "d.o.b. 12.03.1985",  # (a cue without any hint in the note: nothing, as before)
    "Другие жалобы: нет. Дренаж 2 раза в день, 12.03 контроль ОАК.",  # ("др" starts a word, no date cue)
    "İlham Əliyev, дата рождения 12.03.1985",  # (a text whose lower case is longer: the hints first)
])
def test_date_fields_are_those_with_the_hints_looked_for_first(note: str) -> None:
    text = normalize(note)
    assert list(fields.date_fields(text)) == _date_fields_hints_first(text)


def _bare_settlements_hints_first(text: str) -> list[tuple[int, int, float]]:
    from medsyn_dataset.validation.pii import bare_settlements

    if not any(hint in text for hint in bare_settlements.REGION_HINTS):
        return []
    found, position = [], text.find(", ")
    while position >= 0:
        match = bare_settlements.BARE_SETTLEMENT.match(text, position + 2)
        if match is not None and bare_settlements.REGION_BEFORE.search(text, max(0, position - 40), position):
            found.append((match.start(), match.end(), 0.0))
        position = text.find(", ", position + 2)
    return found


@pytest.mark.parametrize("note", [
    *_NOTES,
    "Тверская обл, р-н Кимрский, с Ильинское, ул Мира",  # (a region before it: the register's order)
    "Кимры, с Ильинское, д Горки",  # (the shape of a bare settlement, no region hint: nothing)
    "Жалобы на слабость, с утра, п Нет, крайне редко, г Тошнота",  # (clinical text with the letters as words)
])
def test_bare_settlements_are_those_with_the_hints_looked_for_first(note: str) -> None:
    from medsyn_dataset.validation.pii import bare_settlements

    text = normalize(note)
    assert list(bare_settlements.bare_settlements(text)) == _bare_settlements_hints_first(text)
