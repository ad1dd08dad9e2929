"""The cue index's per-set records (:mod:`medsyn_dataset.validation.pii.cue_index`): found by the identity of
the tuple a caller passes, they must answer for equal tuples that are other objects, for tuples made up per
call, and for a new text, as a plain search for each word does."""

from __future__ import annotations

import re
import sys

import pytest

from medsyn_dataset.validation.pii import cue_index
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts


def _plain(haystack: str, words: tuple[str, ...]) -> list[int]:
    return sorted({m.start() for word in words for m in re.finditer(f"(?={re.escape(word)})", haystack)
                   if not m.start() or not haystack[m.start() - 1].isalnum()})


_NOTE = "Тел.: 8 912 345-67-89, т/ф нет. Номер карты 12; ном. 5. Вызов принят, тел 2. АД 120/80, телефония"


def test_equal_tuples_of_other_objects_get_the_same_answer() -> None:
    lower = lowered(_NOTE)
    first = ("тел", "т/ф", "номер")
    second = tuple(word for word in ("тел", "т/ф", "номер"))  # equal, another object
    assert first is not second
    assert word_starts(lower, first) == word_starts(lower, second) == _plain(lower, first)
    assert word_starts(_NOTE, ("Тел", "Номер")) == _plain(_NOTE, ("Тел", "Номер"))  # (cased words, in the text itself)


def test_tuples_made_up_per_call_stay_bounded_and_right() -> None:
    lower = lowered(_NOTE)
    pool = ["тел", "ном", "вызов", "ад", "карт"]  # (made-up tuples of a few words: the scan takes in no new ones)
    for size in range(1, 40):
        words = tuple(pool[size % 3 : size % 3 + 1 + size % 3])
        assert word_starts(lower, words) == _plain(lower, words)
    assert len(cue_index._BY_ID) <= cue_index._MAX_BY_ID


def test_answers_follow_the_text() -> None:
    words = ("тел", "карт")
    other = "Карта вызова: тел. нет; телеграмма"
    assert word_starts(lowered(_NOTE), words) == _plain(lowered(_NOTE), words)
    assert word_starts(lowered(other), words) == _plain(lowered(other), words)
    # a haystack that is neither the note last lowered nor its lower case: searched word by word
    assert word_starts("карта тел", words) == [0, 6]
    # clinical text without any cue word: nothing
    assert word_starts(lowered("Парацетамол 500 мг 3 раза в день, ОАК: Hb 132 г/л, МКБ J06.9"), words) == []


def test_a_set_first_asked_for_after_the_note_was_indexed_still_finds_its_words() -> None:
    note = "Карта вызова № 12; тел. нет; пациент Ким"
    lower = lowered(note)
    assert word_starts(lower, ("тел",)) == _plain(lower, ("тел",))  # (the note's index is built here)
    late = ("вызов", "тел", "пациент")  # (a set of words the scan holds already: no new word, the same note)
    assert word_starts(lower, late) == _plain(lower, late) == [6, 19, 29]
    assert word_starts(lower, ("снилс",)) == []  # (and a word the note lacks)


def test_threads_scanning_notes_at_once_each_get_their_own_answers() -> None:
    """The note last lowered and its answers are kept per thread: two threads that look at two notes in turn
    (a web service's request threads, a thread pool over a corpus) must never read each other's lower case
    or a set's answer for the other note. Switching threads as often as the interpreter allows makes the
    interleavings that shared slots got wrong (one thread's lower case or answer, written between another's
    test and read) happen many times over."""
    import sys
    import threading

    notes = ("Пациент Ким, тел. 8 912 345-67-89, карта № 12", "ОАК: Hb 132 г/л; номер палаты 5; вызов 03 в 14:20")
    words = ("тел", "карт", "номер", "вызов", "пациент")
    expected = {note: (note.lower(), _plain(note.lower(), words), _plain(note, ("Пациент", "ОАК"))) for note in notes}
    failures: list[str] = []

    def scan(note: str) -> None:
        for _ in range(3000):
            text = note + ""  # (a new string object each time, as each note of a corpus is)
            lower = lowered(text)
            got = (lower, word_starts(lower, words), word_starts(text, ("Пациент", "ОАК")))
            if got != expected[note]:
                failures.append(f"{note[:10]}: {got}")
                return

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=scan, args=(note,)) for note in notes]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []


def test_a_note_searched_again_after_another_thread_took_the_slot_gets_its_own_answers() -> None:
    """The note last lowered is one slot for all threads, matched by the identity of the caller's strings: a
    thread whose note another thread replaced in between (lowered, indexed, its answers read) still gets its
    own note's answers, for a set it asked about before and for one it asks about first now."""
    import threading

    note, other = "Пациент Ким, тел. 8 912 345-67-89", "Вызов 03: номер карты 7, тел. нет"
    words, late = ("тел", "карт", "пациент"), ("номер", "ким")
    first_done, other_done = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def first() -> None:
        text = note + "!"  # (a string of its own)
        lower = lowered(text)
        seen["before"] = word_starts(lower, words)
        first_done.set()
        other_done.wait(10)
        seen["after"] = word_starts(lower, words)
        seen["late"] = word_starts(lower, late)
        seen["cased"] = word_starts(text, ("Пациент", "Ким"))
        seen["lowered again"] = lowered(text) == lower

    def second() -> None:
        first_done.wait(10)
        text = other + "!"
        seen["other"] = word_starts(lowered(text), words)
        seen["other late"] = word_starts(lowered(text), late)
        other_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen["before"] == seen["after"] == _plain(note.lower(), words) == [0, 13]
    assert seen["late"] == _plain(note.lower(), late) == [8]
    assert seen["cased"] == [0, 8] and seen["lowered again"] is True
    assert seen["other"] == _plain(other.lower(), words) == [16, 25]
    assert seen["other late"] == _plain(other.lower(), late) == [10]


def test_words_that_are_prefixes_of_each_other_are_all_found_where_the_longest_stands() -> None:
    """The scan reports the longest cue word at a position and, from it, the words that are its prefixes: each set
    must still get every one of its words that stands there, whichever longer word of another set the scan took
    (and none after a letter of another script, nor inside a word; a position before a space, a digit or a sign is
    tried as well as any)."""
    note = "Тел/факс: телефон 8 912; т.р. 5; ЖТел 2; şтел 3; (тел) 7; телефония; т/ф -"
    lower = lowered(note)
    for words in (("тел",), ("телефон",), ("тел", "телефон"), ("т.", "т/ф"), ("т",), ("телеф", "тел/факс"), ("ф",)):
        assert word_starts(lower, words) == _plain(lower, words), words
    assert word_starts(lower, ("тел",)) == [0, 10, 50, 58]  # (not in "ЖТел", nor after the Latin "ş")


# notes that ask the cue index for many of the scanner's sets, each of one word and of several
_SCANNED = [
    "Пациент Иванов Иван Иванович, 12.03.1980 г.р. Паспорт: серия 45 09 номер 123456, выдан ОВД 12.03.2005.",
    "Адрес: г. Москва, ул. Ленина, д. 5, кв. 12. Тел.: 8 912 345-67-89. СНИЛС 112-233-445 95. Полис ОМС 7700000000000000.",
    "Учётная форма № 066/у-02\nN 17 Дата выдачи 12.03.2024. Рецепт № 79-92 4198402. ЛН № 123456 продлён.",
    "| ФИО | Дата рождения | № карты |\n| Петрова А.С. | 01.02.1975 | 12345 |",
    "Свидетельство о рождении III-АИ № 123456, ИНН 500100732259. Направление № 12 на госпитализацию, e-mail a@b.ru",
    "Диспетчер: Адрес?\nАбонент: Садовая 5, кв. 3. При Журавлевой находилась дочь. Удостоверение ветерана 12 34 567890",
]


def test_no_caller_changes_an_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The answers are the index's own lists, shared by every caller of the note (one-word sets get the word's list
    itself: a copy each cost more than the answer's reading). No caller may change one: here each caller gets a tuple,
    and a change (``append``, ``sort``, ``+=``) fails; the entities found stay those of the lists."""
    from medsyn_dataset.validation.pii import PiiScanner

    scanner = PiiScanner(n_jobs=1)
    expected = [scanner.scan_fast(text) for text in _SCANNED]
    original = cue_index.word_starts

    def frozen(haystack: str, words: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(original(haystack, words))

    patched = 0
    for name, module in list(sys.modules.items()):
        if name.startswith("medsyn_dataset.validation.pii") and getattr(module, "word_starts", None) is original:
            monkeypatch.setattr(module, "word_starts", frozen)
            patched += 1
    assert patched > 10  # (the recognizers import it by name)
    assert [scanner.scan_fast(text) for text in _SCANNED] == expected
