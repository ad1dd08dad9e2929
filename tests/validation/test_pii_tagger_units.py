"""The tagger's candidates: a number or a range of two before a unit is an amount, not an identifier (review A of
round 19, finding 5: audiograms' "2000-4000 Гц" were flagged on clean notes). Examples are our own."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.id_features import candidates


@pytest.mark.parametrize("text", ["Частоты 2000-4000 Гц.", "диапазон 1000-8000 Hz", "Порог 4000 Гц.", "на 2000 кГц",
                                  "Потеря 3000-6000 дБ", "уровень 12000 dB", "Тромбоциты 1500-4000 тыс.",
                                  "Суточная доза 1000-2000 мг."])
def test_a_number_or_a_range_before_a_unit_is_no_tagger_candidate(text: str) -> None:
    assert not [c for c in candidates(text) if any(ch.isdigit() for ch in text[c.start : c.end])], text


def test_a_number_with_no_unit_after_it_stays_a_tagger_candidate() -> None:
    text = "Выгрузка:\n55012345;45;М;Иванов И.И.;J06.9"
    assert "55012345" in [text[c.start : c.end] for c in candidates(text)]


@pytest.mark.parametrize("text", ["эритроциты - 4,5х1012/л, тромбоциты - 200х109/л", "лейкоциты 7,5x109/l", "Эр. 3,9Х1012/л"])
def test_a_cell_count_in_si_notation_is_no_tagger_candidate(text: str) -> None:
    # (round 21: an upstream note's "4,5х1012/л", x 10^12 per litre written without superscripts)
    assert [text[c.start : c.end] for c in candidates(text)] == []


def test_a_code_with_an_x_and_a_slash_stays_a_candidate() -> None:
    text = "Карта 45х1012/7"
    assert [text[c.start : c.end] for c in candidates(text)] == ["45х1012/7"]
