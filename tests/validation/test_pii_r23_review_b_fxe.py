"""Review B r23, finding 2: the id tagger's year-with-letters veto leaves a paper's number after the paper's own noun."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.id_tagger import IdModel, IdTaggerRecognizer

EVERYTHING = IdModel({}, 10.0, 0.5, {})


# the paper's noun in the nominative (with its complements, "МСЭ", "ЭЛН") names the value its number: the model decides
@pytest.mark.parametrize(("text", "value"), [("Направление 2019-АБ выдано", "2019-АБ"),
                                             ("Направление МСЭ 2019-АБ выдано", "2019-АБ"),
                                             ("Рецепт 2022-ЛЬ выписан", "2022-ЛЬ"),
                                             ("Больничный ЭЛН 2021-Т открыт", "2021-Т"),
                                             ("ЭЛН 2021-Т", "2021-Т")])
def test_a_year_with_letters_after_its_papers_noun_is_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == [value]


# a contract's, an act's or a protocol's year in an oblique case after a preposition stays a time, not a paper's number
@pytest.mark.parametrize("text", ["по Договору 2024-ДМС оплачено", "согласно протоколу МБ-2015 лечение",
                                  "Договор 2024г продлён", "по приказу 2019-АБ", "в рецепте 2022-ЛЬ"])
def test_a_year_with_letters_after_another_word_is_still_not_tagged(text: str) -> None:
    assert list(IdTaggerRecognizer(EVERYTHING).candidates(text)) == []
