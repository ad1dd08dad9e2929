"""Units and count words after a number: one list for every reader that asks "is this number a measurement?".

A number followed by a unit of measure ("500 мг", "12 мм рт. ст.", "7,8 ммоль/л"), a dose form ("2 табл."), a span
of time ("3 сут", "12 лет"), a rate ("78 уд/мин", "2 р/д") or a count word ("1 пачка", "5 этаж") is a measurement or
a count, never an identifier. Three readers used to keep lists of their own that drifted apart (the learned tagger's
feature and veto, :mod:`.id_features`, and the record grammar's check of a value, :mod:`.record_numbers`); each now
derives what it needs from the table below:

* :data:`UNIT_AFTER_VALUE`: a unit or count word after a record number's value, as a whole word in any case;
* :data:`MEASURE_AFTER`: the same after a plain number the tagger looks at (space optional: "500мг");
* :func:`is_unit`: one word (no stop) is a unit, the single letters included ("г", "л", "м", "с", "ч": read as units
  only where a model weighs them, since alone they are also a year's mark, "since", a town's letter).
"""

from __future__ import annotations

import re

# units of measure, of dose, of time and of rate, in their written forms (stems with their endings; a stop allowed)
_MEASURE_FORMS = (
    # mass, volume, amount of substance, length (and their English abbreviations, as analysers print them)
    r"мкг|мг|кг|мл|мкл|ммоль|мкмоль|нмоль|пмоль|моль|мм|см|км|mg|ml|mmol|kg|cm|mm"
    # composite units
    r"|г/л|мг/л|ммоль/л|мкмоль/л|ед/л|мг/кг|мл/ч|мм\.?[ \t]?рт\.?(?:[ \t]?ст\.?)?"
    # activity, counts of cells
    r"|ед(?:\.|иниц\w*)?|ме|iu|млн|тыс|%|°|градус\w*|балл(?:а|ов)?"
    # dose forms
    r"|шт|таб(?:л(?:етк\w*|\.)?|\.)?|капс(?:ул\w*|\.)?|кап(?:ел\w*|\.)?|доз\w*|амп(?:ул\w*|\.)?"
    # time and rate
    r"|мин(?:ут\w*|\.)?|сек(?:унд\w*|\.)?|час(?:а|ов|\.)?|сут(?:ок|ки|\.)?|дн(?:я|ей|и)?|нед(?:ел\w*|\.)?|мес(?:яц\w*|\.)?"
    r"|лет|год(?:а|у|ом|ы|ов|ам)?|уд|bpm|раз(?:а|ом)?|р/д|р/с"
)
# count words: packs, cigarettes, storeys, copies of a form ("по форме 025/у № 12 экземпляров"), a factor ("х 3")
_COUNT_FORMS = r"пачк\w*|сигарет\w*|этаж\w*|экз(?:емпляр\w*|\.)?|[xх][ \t]?\d"
# a year's and an hour's marks ("2019 гг", "2019 г.", "12 ч"): after a record's value only; after a plain number the
# tagger weighs them ("123456 г. Москва" is a number and a town)
_MARKS = r"гг|г\.|ч"
# single letters that are units only to a reader that weighs the rest of the context
_AMBIGUOUS = frozenset(("г", "л", "м", "с", "ч", "р", "u", "x", "кл", "клеток", "рт"))

#: lab values' and vital signs' words (stems): a number right next to them, or a year's bracket after them as the head of
#: their phrase ("Гемоглобин (1998)"), is their value (:data:`.recognizers.MEASUREMENT`, :mod:`.event_years`)
#: a measure's noun, whose value a number after it is: a cell count, a dose, a volume, a weight, a level, a titre, a sum
#: ("Тромбоциты (2000)" is no year, :mod:`.event_years`; "Определен титр 10.12" is no date, :mod:`.date_verbs`)
MEASURE_WORD = re.compile(
    r"[а-яё]*цит(?:ы|ов)|доз\w*|диурез\w*|объ[её]м\w*|вес(?:а|у|ом)?|масс[аы]|колич\w*|уров\w*|концентраци\w*|титр\w*"
    r"|активност\w*|калорийност\w*|кровопотер\w*|сумм[аы]|стоимост\w*|цен[аы]"
)
LAB_STEMS = ("давлен", "пульс", "гемоглобин", "лейкоцит", "эритроцит", "тромбоцит", "глюкоз", "холестерин", "креатинин",
             "билирубин", "анализ", "показател", "уровень", "норм", "референс", "дозиров", "сатурац", "температур")

#: a unit or count word after a record number's value, as a whole word ("раздражительность", "недосып", "таблица"
#: after a number are the next sentence)
UNIT_AFTER_VALUE = re.compile(rf"[ \t]*(?:{_MEASURE_FORMS}|{_COUNT_FORMS}|{_MARKS})(?![а-яёa-z])", re.IGNORECASE)
#: a unit right after a plain number (one space at most): the unit in any case, and the word must end there in any
#: case too ("4471902 СМП", "4471902 МЕДСИ" start like a unit but are an abbreviation after the number)
MEASURE_AFTER = re.compile(rf"[ \t]?(?i:{_MEASURE_FORMS}|{_COUNT_FORMS})(?![^\W\d_])")
_UNIT_WORD = re.compile(rf"(?:{_MEASURE_FORMS}|{_COUNT_FORMS}|{_MARKS})", re.IGNORECASE)


def is_unit(word: str) -> bool:
    """Whether ``word`` (lower case, a trailing stop allowed) is a unit or a count word."""
    word = word.rstrip(".")
    return word in _AMBIGUOUS or _UNIT_WORD.fullmatch(word) is not None
