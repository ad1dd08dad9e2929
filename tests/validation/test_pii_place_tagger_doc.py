"""Review A r24, finding 7: place_tagger's module doc says what is wired in and what ships, no more."""

from __future__ import annotations

from medsyn_dataset.validation.pii import place_tagger
from medsyn_dataset.validation.pii.scanner import GAP_FILLERS


def test_the_doc_says_the_tagger_is_not_wired_in_while_it_is_no_gap_filler() -> None:
    doc = place_tagger.__doc__ or ""
    if place_tagger.RECOGNIZER_NAME not in GAP_FILLERS:
        assert "Not wired into the scanner" in doc.split("\n\n")[0]
        assert "its spans are gap fillers" not in doc


def test_the_doc_says_whether_a_model_ships() -> None:
    doc = place_tagger.__doc__ or ""
    if not place_tagger.MODEL_PATH.exists():
        assert "no model is shipped" in doc
