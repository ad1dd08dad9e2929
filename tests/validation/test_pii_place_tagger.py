"""The learned address tagger: where it looks, what it takes as a candidate, its runs and its model file."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.place_features import (
    FEATURE_SPEC,
    address_lines,
    candidate_indexes,
    candidates,
    features,
    line_tokens,
    named,
    runs,
)
from medsyn_dataset.validation.pii.place_tagger import (
    PlaceModel,
    PlaceTaggerRecognizer,
    load_model,
    save_model,
    tagged_spans,
)


def tokens(text: str) -> list[str]:
    return [text[c.start : c.end] for c in candidates(text)]


@pytest.mark.parametrize("text", [
    "Адрес: Тында, ул.Стахановская 10/109",
    "проживает одна: Верхний Баскунчак, ул. Гвардейская, 66",
    "Жалобы на слабость. г Карабулак ул Бригадная д 75 кв 191",
    "боли в ногах. прож. Мураши Кочубея 102-91",  # the residence's abbreviation
    "сахар 7,1. живёт Великий Устюг Черемуховая 111, тел 89345902645",
    "sex=M; district=Нефтегорск; d_reg=2021-08-10",  # an export's Latin key
])
def test_an_announced_line_is_read(text: str) -> None:
    assert address_lines(text)


@pytest.mark.parametrize("text", [
    "Болезнь Паркинсона, синдром Иценко-Кушинга. Назначен Аспирин 100 мг, Омепразол 20 мг.",  # eponyms, drugs
    "Переведён в Отделение кардиологии ГБУЗ Городская больница № 2.",  # a department, an organisation
    "Диагноз по МКБ-10: Глава IX Болезни системы кровообращения, I11.9. Стадия II.",  # an ICD chapter, a stage
    "Болеет с 2015 г. Ухудшение с марта 2021 г. Палата 12, доза 5 мг.",  # a year's "г.", a ward, a dose
    "Боли в Животе, Адреналин 1 мг п/к, живот мягкий.",  # "адр" and "жив" inside other words
])
def test_a_note_without_an_announced_line_has_no_candidate(text: str) -> None:
    assert address_lines(text) == []
    assert tokens(text) == []


def test_the_next_line_of_an_announced_one_is_read_too() -> None:
    text = "Анамнез без особенностей.\nАдрес регистрации:\nПензенская область, Камышин\nДиагноз: ИБС."
    (span,) = address_lines(text)
    assert text[span[0]:span[1]] == "Адрес регистрации:\nПензенская область, Камышин"
    assert tokens(text) == ["Адрес", "Пензенская", "область", "Камышин"]


def test_candidates_are_capitals_short_names_the_word_after_them_and_numbers_after_a_candidate() -> None:
    assert tokens("Адрес: г москва ул ленина д 5 кв 12, жалоб нет") == ["Адрес", "г", "москва", "ул", "ленина", "д", "5", "кв", "12"]
    assert tokens("Адрес: Ачинск, Карьерная 63/98, тел. 5") == ["Адрес", "Ачинск", "Карьерная", "63/98"]
    # a lower-case word not after a short name, a number after one that is not a candidate: none
    assert tokens("проживает одна, дочь рядом 2 раза в неделю") == []


def test_features_read_the_word_class_the_cue_and_the_house() -> None:
    text = "Адрес: Тында, ул. Стахановская, д. 10"
    toks = line_tokens(text, 0, len(text))
    i = [t.text for t in toks].index("Тында")
    assert i in candidate_indexes(toks)
    feats = features(text, toks, i, 0)
    assert "cue=адрес" in feats and "house_in_line" in feats and "colon_before" in feats
    assert "p1=адрес" in feats and "n1=ул" in feats


def test_runs_bridge_punctuation_but_not_a_line_break_or_a_word() -> None:
    text = "Тында, ул.Стахановская 10/109\nПенза и Тамбов"
    spans = [(0, 5), (7, 9), (10, 22), (23, 29), (30, 35), (38, 44)]
    assert [text[s:e] for s, e in runs(text, spans)] == ["Тында, ул.Стахановская 10/109", "Пенза", "Тамбов"]


def _toy(weight: float, threshold: float = 0.5) -> PlaceModel:
    """A model that accepts every candidate (``weight`` > 0) or none, whatever its features."""
    return PlaceModel({}, weight, threshold, {"toy": True})


def test_a_model_round_trips_and_a_model_of_another_spec_is_refused(tmp_path) -> None:
    path = tmp_path / "model.json"
    save_model(PlaceModel({3: 0.5, 7: -1.25}, -0.5, 0.9, {"trained_on": ["tune"]}), path)
    model = load_model(path)
    assert model.weights == {3: 0.5, 7: -1.25} and model.threshold == 0.9 and model.meta["trained_on"] == ["tune"]
    path.write_text(path.read_text(encoding="utf-8").replace(FEATURE_SPEC, "place-features-0"), encoding="utf-8")
    with pytest.raises(ValueError, match="unreadable place-tagger model"):
        load_model(path)
    with pytest.raises(ValueError, match="unreadable place-tagger model"):
        load_model(tmp_path / "missing.json")


def test_the_recognizer_reports_runs_of_accepted_tokens_as_one_location() -> None:
    text = "Адрес: Тында, ул.Стахановская 10/109\nжалоб нет."
    found = list(PlaceTaggerRecognizer(_toy(5.0)).candidates(text))
    assert [(c.type, text[c.start:c.end], c.score) for c in found] == [("LOCATION", "Адрес: Тында, ул.Стахановская 10/109", 0.55)]
    assert list(PlaceTaggerRecognizer(_toy(-5.0)).candidates(text)) == []
    assert tagged_spans("Болезнь Паркинсона, Аспирин 100 мг.", _toy(5.0)) == []


@pytest.mark.parametrize(("span", "expected"), [
    ("Тында, ул.Стахановская 10/109", True),
    ("г москва ул ленина д 5", True),
    ("Игнашина", True),
    ("город", False),  # a template's placeholders: no name, no number
    ("Город, улица", False),
    ("Городской район", False),
    ("Отделение кардиологии", False),
])
def test_a_span_needs_a_name_or_a_number(span: str, expected: bool) -> None:
    assert named(span, 0, len(span)) is expected


def test_a_placeholder_run_is_no_span() -> None:
    assert tagged_spans("Место жительства: город\nжалоб нет", _toy(5.0)) == []
