"""Speed round 16 (addresses and dates): each shortcut finds what the long way finds.

* the address keywords (:class:`medsyn_dataset.validation.pii.keyword_starts.KeywordStarts`): each set's word
  starts are read off one look-up of all of them, and are those the cue index gives for the set alone;
* the date rules of a short number (:data:`medsyn_dataset.validation.pii.day_numbers.DATE_MAY_FOLLOW`): tried
  only where what follows the number may continue a date, and wherever one of them matches, that holds;
* the phone matcher (:mod:`medsyn_dataset.validation.pii.phones`) is not run on a window that holds a date and
  words only (``_DATE_ONLY``): there it finds nothing.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import address, cue_index, date_grammar, phones
from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.day_numbers import DATE_MAY_FOLLOW
from medsyn_dataset.validation.pii.keyword_starts import KeywordStarts
from medsyn_dataset.validation.pii.normalize import normalize

_ADDRESS_NOTES = [
    "Адрес: Тверская обл., г. Кимры, ул. Мира, д. 5, кв. 12. Респ. Адыгея, р-н Кошехабльский, с. Ходзь",
    "Проживает: пгт Сосновка, СНТ «Ромашка», уч. 15; метро Сокол, м. Чкаловская; Нижний Новгород, офис 3",
    "Жалобы на боли по краю раны, обл. лопатки; д.5 мг; г. р. 1950; Г. ТВЕРЬ, УЛ. МИРА, Д.88, КВ.223",
    "Д-з: ОРВИ. Рекомендовано: наблюдение в районе. Городской округ; Республика Коми; дом 7 корп. 2",
]
_ADDRESS_SETS = [*address._COMPONENT_ANCHORS.values(), *address._COMPONENT_WORD_GATES.values(),
                 address._SETTLEMENT_ANCHORS, address._STREET_ANCHORS]


@pytest.mark.parametrize("note", _ADDRESS_NOTES)
def test_address_keyword_starts_are_those_of_the_cue_index(note: str) -> None:
    text = normalize(note)
    cue_index.lowered(text)  # (the note the index is built for)
    for words in _ADDRESS_SETS:
        assert address._KEYWORDS.of(text, words) == cue_index.word_starts(text, words), words


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["г.", "Г.", "гор.", "обл", "ул.", "д.", "д5", "кв", "уч.", "СНТ", "Респ.", "пос.", "с.",
                                 "город", "х", " ", ", ", "\n", "-", "Мира", "5", "под.", "ад."]), max_size=16).map("".join))
def test_keyword_starts_of_any_text_are_those_of_the_cue_index(text: str) -> None:
    starts = KeywordStarts(_ADDRESS_SETS)  # (a text that is not the note of the index: searched word by word)
    for words in _ADDRESS_SETS:
        assert starts.of(text, words) == cue_index.word_starts(text, words), (text, words)


_DATE_PIECES = ["12", "5", "03", "2019", "19", " ", "\t", "\n", "\u00a0", ".", ",", "/", "-", "–", ":", "30", "«", "»", "\"",
                "-го", "го", "е", "ое", "марта", "МАЯ", "мг", "раза", "XI", "IV", "по", "до", "и ", "числа", "th", "of", "Aug",
                "MÄRZ", "Dez", "ᲂкт", "ſep", "летний", "Жалобы", "г.", ")", "%", "T"]


def _short_rule_matches_are_gated(text: str) -> None:
    for run in digit_runs(text):
        if run.end() - run.start() > 2:
            continue
        for rules in (date_grammar.SHORT_RULES, date_grammar.SHORT_SLASH):
            if any(pattern.match(text, run.start()) for _, pattern, _ in rules):
                assert DATE_MAY_FOLLOW.match(text, run.end()) is not None, (text, run.start())


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=10).map("".join))
def test_a_short_date_rule_matches_only_where_a_date_may_follow(text: str) -> None:
    _short_rule_matches_are_gated(" " + text)


@pytest.mark.parametrize("text", ["12.03.2019", "12 .03. 2019", "5-го марта", "5го мар. 2019", "12 XI 2019", "12.XI.2019",
                                  "с 1 по 8 августа", "12-15 марта", "12 – 15.03", "5 числа", "3rd of June, 2021", "16 MAR 82",
                                  "06:48 16.12.2020", "«11» декабря", "12 03 2008", "26/7 утро", "с 03/18", "14,09,2023",
                                  "12. März 2021", "5Aug 2021", "01 ᲂкт 2019"])
def test_the_dates_of_short_numbers_pass_the_gate(text: str) -> None:
    _short_rule_matches_are_gated(text)
    assert DATE_MAY_FOLLOW.match(text, digit_runs(text)[0].end()) is not None


@pytest.mark.parametrize("text", ["1. Жалобы", "5 мг", "2 раза", "3)", "5-летний", "7%"])
def test_doses_and_list_numbers_skip_the_date_rules(text: str) -> None:
    assert DATE_MAY_FOLLOW.match(text, digit_runs(text)[0].end()) is None


_AFTER_DATES = ["\n\nЖалобы: кашель, ", " г.\nПол: муж", ".\n\nАнамнез жизни", ") - осмотр, тера", " года рождения, ж",
                ", Иванов И.И.;", "\t«Пациент»!?%№ —", " (пол: жен)", ""]


def test_the_phone_matcher_finds_nothing_in_a_date_and_words() -> None:
    rnd = random.Random(16)
    for _ in range(400):
        window = (rnd.choice(["", " ", "\t", "  "]) + f"{rnd.randint(1, 31):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(1900, 2099)}"
                  + rnd.choice(_AFTER_DATES)[: rnd.randint(0, 16)])
        assert phones._DATE_ONLY.fullmatch(window), window
        assert not list(phonenumbers.PhoneNumberMatcher(window, "RU", leniency=phonenumbers.Leniency.POSSIBLE)), window


@pytest.mark.parametrize("window", [" 12.03.2019 (45 лет)", "+12.03.2019", " 12.03.2019 8 916", "(12.03.2019", " 12.03.2019 ABC",
                                    " 12.03.2019 г. т. 89161234567", " 32.03.2019", " 12.13.2019", " 12.03.2019 \u0663"])
def test_a_window_with_more_than_a_date_and_words_goes_to_the_matcher(window: str) -> None:
    assert phones._DATE_ONLY.fullmatch(window) is None


def test_a_phone_after_a_date_is_still_found() -> None:
    text = "Дата: 12.03.2019\nТел. дочери: 8 (916) 123-45-67, Москва"
    spans = [(c.start, c.end) for c in phones.RuPhoneRecognizer().candidates(text) if c.score >= 0.5]
    assert (text.index("8 (916)"), text.index(", Москва")) in spans
