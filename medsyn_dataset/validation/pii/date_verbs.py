"""An event's verb before a day and month (no year) makes them a date: "Рейс начат 25.02", "Прибыл этапом 14.05".

:data:`.date_cues.DAY_MONTH_CUE` lists the words of visits, documents and studies that make "25.10" a date; what no
list can hold is every verb an author reports an event with. Morphology can: a verb in the past tense or a short
passive participle (pymorphy3's ``VERB,past`` / ``PRTS``: "начат", "прибыл", "переведён", "этапирован", "вскрыт")
right before the day and month, maybe with one word of its object or manner between ("прибыл этапом", "начат
курс"), reports the event the day and month date. A lab value is reported with a verb too, but with a verb of
measure ("снижен до", "повысился", "составил", "был"): those stems are no event's and are left out, as is any
number with a unit after it (the caller vetoes units first).
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.units import LAB_STEMS, MEASURE_WORD

# the verb, then at most one word, right before the date (no digit, no stop, no comma between: "снижен, 10.05" parts
# a value from its verb no less than an event)
_VERB_BEFORE = re.compile(r"(?<![^\W\d_])(?:([а-яё]+)[ \t]+)?([а-яё]+)[ \t]*[:\-–—]?[ \t]*$", re.IGNORECASE)
# verbs of a measure's value or of a state, not of an event ("снижен 5.12", "составил 10.05", "было 12.03")
_MEASURE_STEMS = ("повыш", "повыс", "сниж", "сниз", "увелич", "уменьш", "состав", "достиг", "подня", "подним", "развед",
                  "упал", "опуст", "колеб", "держ", "измен", "был", "стал", "равн", "определ", "нормализ", "вырос",
                  "измер", "зафиксир", "отмеч", "установ", "наблюд", "выявл", "получ", "введ", "ввел", "ввёл",
                  "приня", "выпил", "выпит", "съел", "прош")


@lru_cache(maxsize=20_000)
def _event_verb(word: str) -> bool:
    """``word`` (lower case) is read first as a verb in the past tense or a short passive participle, no measure's."""
    if word.startswith(_MEASURE_STEMS) or word.startswith(("не", "ни")):
        return False
    tag = analyzer().parse(word)[0].tag
    return tag.POS == "PRTS" or (tag.POS == "VERB" and "past" in tag)


# (review D r22, finding 3) a noun between the verb and the number that names a value, a version or a document: the
# number is its value, version or number ("Рассчитан индекс 1.12", "Применялся протокол 1.10", "Утвержден приказом
# 12.10"), beside the measure's nouns of :data:`.units.MEASURE_WORD` and the lab's stems
_VALUE_NOUN = re.compile(r"(?:индекс|коэффициент|показател|балл|шкал|протокол|верси|набор|лот|сери|приказ|распоряжени"
                         r"|постановлени|номер)\w*")
# a count's noun after the number, in the genitive plural ("Выполнено 5.10 процедур")
_WORD_AFTER = re.compile(r"[ \t]+([а-яё]{3,})")


def event_verb_before(text: str, start: int) -> bool:
    """An event's verb (see above) stands right before the day and month at ``start``, at most one word between; that
    word names no value, version or document, and the day has two digits then ("1.12" with a word between reads as a
    decimal); no count's noun follows the number."""
    found = _VERB_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    between, last = found.groups()
    if not (len(last) > 3 and _event_verb(last.lower())):
        noun = last.lower()
        if (between is None or len(between) <= 3 or not _event_verb(between.lower()) or text[start + 1 : start + 2] in "./"
                or _VALUE_NOUN.fullmatch(noun) or MEASURE_WORD.fullmatch(noun) or noun.startswith(LAB_STEMS)):
            return False
    after = _WORD_AFTER.match(text, start + (4 if text[start + 1 : start + 2] in "./" else 5))
    if after is None:
        return True
    tag = analyzer().parse(after.group(1))[0].tag
    return not (tag.POS == "NOUN" and tag.case == "gent" and tag.number == "plur")
