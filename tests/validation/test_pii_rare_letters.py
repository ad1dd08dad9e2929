""":mod:`medsyn_dataset.validation.pii.rare_letters`: a substring found at a rare character of it is found where
``str.find`` finds it."""

from __future__ import annotations

import itertools

from medsyn_dataset.validation.pii.rare_letters import contains, find

_TEXTS = (
    "",
    "Г.",
    "Адрес: Г. ТВЕРЬ, УЛ. СОВЕТСКАЯ, Д. 5, КВ. 3",
    "ТВЕРСКАЯ ОБЛ., П. РЕДКИНО; ОБЛ.ОБЛ.",
    "Жалобы на боли. Гемоглобин 120 г/л. УЗИ: без патологии. КВ КВ. К.В.",
    "ГГ.. УУЛ.. ЛЛ. ОББЛ. ОБЛ",
)


def test_find_is_str_find_at_every_start() -> None:
    for text, (needle, rare) in itertools.product(_TEXTS, (("Г.", 0), ("УЛ.", 1), ("ОБЛ.", 1), ("ОБЛ.", 3), ("КВ.", 0))):
        for start in range(len(text) + 2):
            assert find(text, needle, rare, start) == text.find(needle, start), (text, needle, rare, start)
        assert contains(text, needle, rare) == (needle in text)


def test_no_match_is_minus_one() -> None:
    assert find("ул. Мира", "УЛ.", 1) == -1
    assert not contains("пос. Северный", "ОБЛ.", 1)
