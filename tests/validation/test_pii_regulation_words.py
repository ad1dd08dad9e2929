"""The regulations' and papers of care's words, and the identifiers' labels, are written once (:mod:`.paper_nouns`).

Round 19's review A (finding 13) found three hand lists of regulation nouns that had drifted apart (one knew "протокол",
another "постановление", the third "СНиП"), and the labels of a record's value written in two readers. Each reader now
takes named groups of the one list; these tests pin that they do and what the joined lists read, both ways.
"""

from __future__ import annotations

import re

import pytest

from medsyn_dataset.validation.pii import (
    event_years,
    id_features,
    numbered_values,
    paper_nouns,
    record_numbers,
)


def test_every_reader_builds_on_the_one_list() -> None:
    assert paper_nouns.ACTED_BY in id_features._ACCORDING_TO.pattern
    assert paper_nouns.NUMBERED_ACTS in numbered_values._SENTENCE_CLAUSE.pattern
    assert paper_nouns.DATED_PAPERS in event_years._PAPER_BEFORE.pattern
    assert record_numbers._IDENTIFIER_WORDS is paper_nouns.IDENTIFIER_WORDS
    for word in ("протокол", "постановлени", "снип", "указ"):  # (each was missing from one of the three hand lists)
        assert any(word in pattern for pattern in paper_nouns.REGULATION_WORDS)


def _year(text: str) -> str | None:
    found = re.search(r"(?:19|20)\d\d", text)
    assert found is not None
    end = event_years.event_year_end(text, found.start(), found.end())
    return text[found.start() : end] if end else None


@pytest.mark.parametrize("text", [
    "Указ Президента РФ от 2015 г.",  # (a legal act no list of event_years had)
    "СП 2.1.3678-20 от 2020 г.",
    "Регламент 2015 г.",
    "Методика 2015 г.",
    "по протоколу от 2019 г.",
    "По клинрекомендациям 2019 г.",  # (a word inside a glued one)
    "по законодательству 2015 г.",
    "Идентификатор — 2019",  # (a label record_numbers reads a value after)
    "Номер заявки: 2019",
    "Шифр: 2019",
    "Вызов СП, СП 2.1.3678-20 от 2020 г.",
])
def test_a_paper_or_a_label_before_the_year_gives_no_event_year(text: str) -> None:
    assert _year(text) is None


@pytest.mark.parametrize(("text", "year"), [
    ("В выписке указано: инфаркт в 2015 г.", "2015 г."),  # ("указ" is a whole word only)
    ("Законный представитель с 2015 г.", "2015 г."),  # ("законный" is no law)
    ("Боли в спине с 2015 г.", "2015 г."),  # ("сп" is a whole word only)
    ("Инсульт - 2010", "2010"),
    ("Вызов СП в 2019 г.", "2019 г."),  # ("СП" is an ambulance as often: a code of rules only in a number's clause)
    ("У отца, Гостомысла Афанасьевича, ОИМ; умер в 2014 году.", "2014 году"),  # ("ГОСТ" a whole word, in its forms)
    ("Последняя санаторная путёвка — 2005.", "2005"),  # (a voucher's year is the stay's)
    ("Беременность закончилась родами в 2013 году.", "2013 году"),  # ("закончилась" is no law)
])
def test_common_words_that_hold_a_stem_leave_the_year(text: str, year: str) -> None:
    assert _year(text) == year


@pytest.mark.parametrize(("clause", "act"), [
    ("СНиП 2.08.02", True), ("Указ №", True), ("приказом", True), ("МКБ-10", True), ("по 323-ФЗ", True),
    ("законный представитель", True), ("ГОСТа", True),  # (a legal representative's clause numbers their papers)
    ("указанный", False), ("спина", False), ("Гостомысл", False), ("гостиница", False),
])
def test_a_numbered_act_in_the_sentence(clause: str, act: bool) -> None:
    assert (numbered_values._SENTENCE_CLAUSE.search(clause) is not None) is act


@pytest.mark.parametrize(("head", "cited"), [
    ("согласно постановлению № ", True), ("по протоколу № ", True), ("по ГОСТу ", True), ("по схеме ", True),
    ("по стандарту ", True), ("по спине ", False), ("по указанию ", False), ("по телефону ", False),
])
def test_what_a_number_is_cited_by(head: str, cited: bool) -> None:
    assert (id_features._ACCORDING_TO.search(head) is not None) is cited
