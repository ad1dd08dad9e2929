"""Speed round 16 (scans of the normaliser, addresses and names): each shortcut finds what the long way finds.

* the house starts (:func:`medsyn_dataset.validation.pii.house_streets._house_starts`), read from the note's digit
  runs, are those its markers give (``_house_starts_by_markers``, the way before);
* the gates of the OCR-spaced labels (:func:`medsyn_dataset.validation.pii.ocr_labels._middles`), read at the
  capitals "Н" and "М", answer as the substring tests and the dotted search do;
* a folded pattern's match (:class:`medsyn_dataset.validation.pii.folded.FoldedPattern`), found again at the
  position the lowered search found, is the match the pattern as written finds;
* the kin names (:func:`medsyn_dataset.validation.pii.person_cues.kin_names`) read the noun and the word after it
  in one match.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import house_streets, ocr_labels, person_cues
from medsyn_dataset.validation.pii.name_triggers import EPONYM_FOLDED, TRIGGER_FOLDED

_HOUSE_PIECES = ["0", "12", "4", "а", "б", "-", " ", "\t", ",", "/", "кв", "дом", "д.", "x", "\n", "²", "Ж"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HOUSE_PIECES), max_size=12))
def test_house_starts_from_digit_runs(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert house_streets._house_starts(text) == house_streets._house_starts_by_markers(text)


def test_house_starts_of_addresses() -> None:
    for text in ("ул. Мира 68-18, кв 5", "Садовая 4а-12", "Алдан, Сосновая 10/1 - 9", "дом 21, д.5, д. 7", "5кв 12",
                 "12345-6", "д.5 😀 68-18"):  # (the last outside the code page: read from its markers)
        assert house_streets._house_starts(text) == house_streets._house_starts_by_markers(text), text
    assert house_streets._house_starts("Кутузова 68-18") == [9]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Н", "М", ".", " ", "С", "И", "а", "\n"]), max_size=10))
def test_label_gates_at_capitals(pieces: list[str]) -> None:
    text = "".join(pieces)
    spaced, dotted = ocr_labels._middles(text)
    assert spaced == (" Н " in text or " М " in text)
    assert dotted == (ocr_labels._DOTTED_MIDDLE.search(text) is not None)


def test_spaced_and_dotted_labels_still_joined() -> None:
    assert ocr_labels.join_spaced_labels("кашель. С Н И Л С 123") == "кашель. СНИЛС     123"
    assert ocr_labels.join_spaced_labels("И. Н. Н. 7707") == "ИНН      7707"


def _same(found: object, expected: object) -> bool:
    if found is None or expected is None:
        return found is expected
    return (found.span(), found.group(), found.groups()) == (expected.span(), expected.group(), expected.groups())  # type: ignore[attr-defined]


def test_folded_match_is_the_written_patterns() -> None:
    windows = ["Пациент ", "ПАЦИЕНТКА: ", "жалобы. со слов дочери ", "Звонила мама, ", "синдром ", "по ", "Проба По ",
               "лечащий врач (подпись) ", "ничего ", "Ѐ врач "]
    for window in windows:
        for folded in (TRIGGER_FOLDED, EPONYM_FOLDED):
            assert _same(folded.search(window), folded.pattern.search(window)), window


def test_kin_names_read_noun_and_name() -> None:
    assert list(person_cues.kin_names("со слов дочери ольги")) == [(15, 20)]
    assert list(person_cues.kin_names("Дочь ольга")) == []  # (a capitalised noun: a sentence's start, not dictation)
