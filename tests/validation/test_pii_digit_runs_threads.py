"""The per-text caches of :mod:`medsyn_dataset.validation.pii.base` keep a note's text and its answer together.

Two slots written one after the other let a thread that had tested "my text is cached" read the runs another thread
had just written for its own note. The race itself is hard to hit on demand; what is tested here is that whatever a
thread reads is the answer for the text it asked about, whichever note another thread asked about in between.
"""

from __future__ import annotations

import threading

import pytest

from medsyn_dataset.validation.pii import base


def _in_another_thread(action) -> None:  # type: ignore[no-untyped-def]
    worker = threading.Thread(target=action)
    worker.start()
    worker.join()


def test_another_thread_s_note_does_not_replace_this_thread_s_digit_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    find = base._find_digit_runs

    def counted(text: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return find(text)

    monkeypatch.setattr(base, "_find_digit_runs", counted)
    mine, theirs = "СНИЛС 123-456-789 01, тел. 8 900 000-00-00", "карта 445566, палата 12"
    assert [m.group() for m in base.digit_runs(mine)] == ["123", "456", "789", "01", "8", "900", "000", "00", "00"]
    _in_another_thread(lambda: base.digit_runs(theirs))
    assert [m.group() for m in base.digit_runs(mine)][:3] == ["123", "456", "789"]
    kept_text, kept_runs = base._RUNS_KEPT[0]
    assert kept_text is mine and kept_runs[0].string is mine  # the text and its runs are one pair
    assert calls == [mine, theirs, mine]


def test_another_thread_s_note_does_not_replace_this_thread_s_long_number_answer() -> None:
    mine, theirs = "СНИЛС 123-456-789 01", "палата 12, доза 5 мг"
    assert base.has_long_number(mine)
    answers: list[bool] = []
    _in_another_thread(lambda: answers.append(base.has_long_number(theirs)))
    assert answers == [False]
    assert base.has_long_number(mine)
    assert base._LONG_NUMBER_SEEN[0] == (mine, True)  # the text and its answer are one pair
