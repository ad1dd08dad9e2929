"""The institution nouns listed once (:mod:`...pii.institution_words`) and the shapes derived from them."""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.institution_words import (
    HEALTH_INSTITUTIONS,
    HOSPITALS,
    stem_alternation,
    town_forms,
)


def test_town_forms_are_nominative_genitive_prepositional() -> None:
    forms = town_forms(("больница", "поликлиника", "госпиталь", "санаторий", "управление", "администрация", "диспансер"))
    for form in ("больница", "больницы", "больнице", "поликлиники", "поликлинике", "госпиталя", "госпитале",
                 "санатория", "санатории", "управления", "управлении", "администрации", "диспансера", "диспансере"):
        assert form in forms
    assert "больницу" not in forms and "поликлиникы" not in forms


def test_stem_alternation_spells_out_a_word_that_shares_its_stem() -> None:
    loose = re.compile(rf"(?:{stem_alternation(HEALTH_INSTITUTIONS)})$")
    strict = re.compile(rf"(?:{stem_alternation(HEALTH_INSTITUTIONS, whole_forms=('госпиталь',))})$")
    assert loose.match("госпитализацию") and not strict.match("госпитализацию")
    assert strict.match("госпиталями") and strict.match("больницу") and strict.match("консультацию")
    assert not strict.match("палату")


def test_hospitals_are_health_institutions() -> None:
    assert set(HOSPITALS) <= set(HEALTH_INSTITUTIONS)
