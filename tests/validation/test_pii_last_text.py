"""The one helper for "the last text's answer" caches (:mod:`.last_text`, review A r26 finding 14)."""

from __future__ import annotations

from medsyn_dataset.validation.pii import export_ids, foreign_ids
from medsyn_dataset.validation.pii.last_text import once_per_text


def test_an_answer_is_computed_once_for_the_same_text_and_again_for_another() -> None:
    calls: list[str] = []

    @once_per_text
    def read(text: str) -> list[str]:
        calls.append(text)
        return [text.upper()]

    first = "Паспорт FA1234567"
    answer = read(first)
    assert read(first) is answer and len(calls) == 1
    second = "".join(["Паспорт ", "FA1234567"])  # an equal text, another object: computed again
    assert read(second) == answer and len(calls) == 2


def test_the_readers_share_the_helper_and_keep_no_cache_of_their_own() -> None:
    assert not hasattr(foreign_ids, "_FOUND") and not hasattr(export_ids, "_FOUND")
    text = "Passport: FA1234567"
    assert foreign_ids._typed_spans(text) is foreign_ids._typed_spans(text)
    assert export_ids.export_ids(text) is export_ids.export_ids(text)
