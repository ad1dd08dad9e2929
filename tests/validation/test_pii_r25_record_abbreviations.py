"""Review r24, finding 4 (round 25): a patient's record named by its abbreviation (и/б, И/Б, и.б., ист. б., а/к, м/к) or
by its noun in the nominative announces the number after it; the tagger's year-with-letters veto never refuses that
number as a year (it read "и/б" as the one-letter word "б" and refused "и/б 2019-АБ", which only the hand rules caught)."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.id_tagger import IdModel, IdTaggerRecognizer
from medsyn_dataset.validation.pii.id_tagger_vetoes import refused

# a model that accepts every candidate: only the vetoes decide (as in test_pii_id_tagger_vetoes)
EVERYTHING = IdModel({}, 10.0, 0.5, {})


def _tagged(text: str) -> list[str]:
    return [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("Пациент поступил, и/б 2019-АБ, диагноз уточнён", "2019-АБ"),
    ("И/Б 2019-АБ на руках", "2019-АБ"),
    ("Выписка, а/к 2021-МК", "2021-МК"),
    ("м/к 2020-Х заведена", "2020-Х"),
    ("и/б 2019/АБ", "2019/АБ"),
    ("и/р 2022-Р", "2022-Р"),
    ("и.б. 2019-АБ", "2019-АБ"),
    ("ист. б. 2018-К", "2018-К"),
    ("Карта 2020-К заведена", "2020-К"),
    ("амб. карта 2020-к", "2020-к"),
    ("история болезни 2019-АБ", "2019-АБ"),
])
def test_a_year_with_letters_after_a_records_name_is_left_to_the_model(text: str, value: str) -> None:
    start = text.index(value)
    assert not refused(text, start, start + len(value))
    assert _tagged(text) == [value]


# the veto still reads when after any other word, an oblique case of the record's noun, or the year's own mark
@pytest.mark.parametrize("text", ["по карте 2024-ДМС оплачено", "Договору 2024-ДМС соответствует.", "от 2024г пролечен",
                                  "и/б 2024г закрыта", "нб 2019-АБ"])
def test_a_year_with_letters_after_another_word_is_still_refused(text: str) -> None:
    assert _tagged(text) == []
