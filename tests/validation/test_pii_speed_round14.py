"""Round-14 shortcuts of the recognizers' own passes change nothing: each is checked against the long way round.

* place words (:func:`medsyn_dataset.validation.pii.places.place_words`): a capitalised word that is no place by its
  own reading is skipped where nothing before it (a place preposition, a noun of origin, an institution) can make
  it one: at a line's or a sentence's start and also after a comma, a colon or a bracket;
* address components (:mod:`medsyn_dataset.validation.pii.address`): a city after "г."/"город", a plot, a metro
  station are tried at their keywords' word starts (the shared cue index), a city named by a phrase only where its
  second word starts a word, instead of a scan of the whole note;
* identifier candidates (:func:`medsyn_dataset.validation.pii.id_features.candidates`): a token's digits counted by
  deleting them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import PiiScanner, address, id_features, places

# ----- place words --------------------------------------------------------------------------------------------


def _place_words_the_long_way(text: str) -> list[tuple[int, int, float]]:
    found, last_end = [], -1
    for match in places._WORD.finditer(text):
        scored = places._place(text, match)
        if places._after_institution(text, match.start()):
            scored = places._institution_place(text, match) or scored
        if scored is None and last_end >= 0 and places._AND.fullmatch(text, last_end, match.start()):
            scored = places._joined_place(match)
        if scored is not None:
            last_end = scored[1]
            found.append(scored)
    return found


# my own pieces: towns, villages after prepositions and institutions, and the clinical words and punctuation around
# them (doses, lab values, a ward, a time of taking a drug)
_PLACE_PIECES = ("Кострома", "Ярославле", "Углич", "Ростове", "Жалобы", "Диагноз", "Терапевт", "Клин", "Мирный", "г.", "Г.",
                 "в", "во", "из", "под", "уроженка", "житель", "ЦРБ", "больницы", "поликлиника", "и", "или", ",", ":", ";",
                 "(", ")", ".", ". ", "\t", " ", "\n", "-", "Нижнего", "Новгорода", "Великих", "Лук", "10 мг", "Hb 131",
                 "палата 4", "в 21:00", "Ильинское", "приехала", "родилась")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=16).map(" ".join))
def test_place_words_skip_only_words_the_full_test_drops(text: str) -> None:
    assert list(places.place_words(text)) == _place_words_the_long_way(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=16).map("".join))
def test_place_words_without_spaces_between_pieces_are_those_of_the_long_way(text: str) -> None:
    assert list(places.place_words(text)) == _place_words_the_long_way(text)


@pytest.mark.parametrize("text", [
    "Жалобы: Кострома, Углич. Приехала из Углича, живёт в Ярославле.",
    "Направлена из ЦРБ Ростова; поликлиника Клина.\tМирный",
    "Доставлен (из Костромы) в 21:00. Амлодипин 10 мг, Hb 131 г/л. Палата 4.",
    "Уроженка Углича, житель Ярославля и Костромы",
    "Ӂ Кострома: текст вне кодовой страницы, в Ярославле",  # (a character outside the code page: the plain scan)
])
def test_place_words_of_whole_notes_are_those_of_the_long_way(text: str) -> None:
    assert list(places.place_words(text)) == _place_words_the_long_way(text)


def test_a_town_after_a_comma_is_still_found_and_a_dose_stays_clean() -> None:
    assert [(s, e) for s, e, _ in places.place_words("Проживает: Кострома, Ярославль")] == [(11, 19), (21, 30)]
    assert list(places.place_words("Назначено: Амлодипин 10 мг, Эналаприл 5 мг (в 08:00).")) == []


# ----- address components -------------------------------------------------------------------------------------


def _kept(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans :meth:`RuAddressRecognizer._components` keeps (no letter, digit, ".", "_", "-", "/" before)."""
    return [m.span() for m in matches if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._-/"))]


_ANCHORED = ("city", "plot", "metro", "metro_abbr", "city_phrase")
_ADDRESS_PIECES = ("г.", "гор.", "город", "городе", "мг.", "Г.", "уч.", "участок", "метро", "м.", "см.", "5 м.", "Кострома",
                   "Нижний", "Новгород", "Набережные", "Челны", "Старый", "Оскол", "Новый", "Уренгой", "Ленина", "15",
                   "15а/3", "(Яросл.)", "Ильинское", "-", "/", "_", ".", ",", " ", "\n", "кг.", "вуч.", "жалобы", "д.", "8")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=14), st.sampled_from(("", " ", "\t")))
def test_anchored_components_keep_what_a_scan_of_the_note_keeps(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    for kind, pattern, _ in address._COMPONENT_PATTERNS:
        if kind in _ANCHORED:
            assert _kept(text, list(address._matches_of(kind, pattern, text))) == _kept(text, list(pattern.finditer(text))), kind


def test_components_of_addresses_and_clinical_look_alikes() -> None:
    recognizer = address.RuAddressRecognizer()
    text = "Адрес: г. Кострома, уч. 15, метро Сокол; живёт в Нижнем Новгороде. Амоксициллин 500 мг. Вес 70 кг. См. выше."
    found = [(s, e) for s, e, _ in recognizer._components(text)]
    for piece in ("г. Кострома", "уч. 15", "метро Сокол", "Нижнем Новгороде"):
        start = text.index(piece)
        assert any(s <= start and start + len(piece) <= e for s, e in found), piece
    assert not [c for c in recognizer.candidates("Амоксициллин 500 мг. Кетопрофен 2 мл в/м. Палата 12, в 20:00.")]


# ----- identifier candidates ----------------------------------------------------------------------------------


def _candidates_the_long_way(text: str) -> list[id_features.IdCandidate]:
    found: list[id_features.IdCandidate] = []
    resume = 0
    for run in re.finditer(r"\d+", text):
        if run.start() < resume:
            continue
        start = run.start()
        while start > 0 and (text[start - 1] in id_features._WORD_CHARS or (
                text[start - 1] in id_features._SEPARATORS and start > 1 and text[start - 2] in id_features._WORD_CHARS)):
            start -= 1
        match = id_features._TOKEN_AT.match(text, start)
        if match is None:  # (a digit of another script: no token)
            continue
        resume = match.end()
        token = text[start : match.end()]
        if len(token) <= id_features.MAX_LENGTH and sum(ch.isdigit() for ch in token) >= id_features.MIN_DIGITS \
                and not id_features._vetoed(text, start, match.end(), token):
            found.append(id_features.IdCandidate(start, match.end()))
    return found


_ID_PIECES = ("12", "345", "6789", "АБ", "ab", "-", "/", ".", "_", "#", " ", "№", "мг", "Hb", "2019", "г.", "003/у", "ИБ",
              "²", "٣", "1" * 70)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ID_PIECES), max_size=12).map("".join))
def test_identifier_candidates_are_those_of_the_long_way(text: str) -> None:
    assert id_features.candidates(text) == _candidates_the_long_way(text)


def test_identifier_candidates_of_a_record_and_of_clinical_numbers() -> None:
    text = "ИБ № 2024-0451/к. Ампициллин 1000 мг, ЧСС 88, АД 120/80, J06.9, палата 12, в 08:00."
    # (a dose with its unit is vetoed, an ICD code or a time has too few digits; a pressure's five digits make a candidate
    # that the model scores)
    assert [text[c.start : c.end] for c in id_features.candidates(text)] == ["2024-0451/к", "120/80"]


# ----- the whole scanner on notes with and without these fields ------------------------------------------------


def test_scanner_finds_places_and_keeps_clinical_text_clean(scanner: PiiScanner) -> None:
    found = scanner.scan("Пациентка Смирнова О. П., проживает: г. Кострома, ул. Ленина, д. 5. Приехала из Углича.")
    assert {e.type for e in found} >= {"PERSON", "LOCATION"}
    assert scanner.scan("Жалобы: кашель. Назначено: Амоксициллин 500 мг 3 р/д в 08:00, 14:00. Hb 128 г/л. J06.9. Палата 12.") == []
