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

# the verb, then at most one word, right before the date (no digit, no stop, no comma between: "снижен, 10.05" parts
# a value from its verb no less than an event)
_VERB_BEFORE = re.compile(r"(?<![^\W\d_])(?:([а-яё]+)[ \t]+)?([а-яё]+)[ \t]*[:\-–—]?[ \t]*$", re.IGNORECASE)
# verbs of a measure's value or of a state, not of an event ("снижен 5.12", "составил 10.05", "было 12.03")
_MEASURE_STEMS = ("повыш", "повыс", "сниж", "сниз", "увелич", "уменьш", "состав", "достиг", "подня", "подним", "подним",
                  "упал", "опуст", "колеб", "держ", "измен", "был", "стал", "равн", "определ", "нормализ", "вырос", "выросл",
                  "измер", "зафиксир", "отмеч", "установ", "наблюд", "выявл", "получ", "введ", "ввел", "ввёл", "принят",
                  "приня", "выпил", "выпит", "съел", "прош", "прошл")


@lru_cache(maxsize=20_000)
def _event_verb(word: str) -> bool:
    """``word`` (lower case) is read first as a verb in the past tense or a short passive participle, no measure's."""
    if word.startswith(_MEASURE_STEMS) or word.startswith(("не", "ни")):
        return False
    tag = analyzer().parse(word)[0].tag
    return tag.POS == "PRTS" or (tag.POS == "VERB" and "past" in tag)


def event_verb_before(text: str, start: int) -> bool:
    """An event's verb (see above) stands right before the day and month at ``start``, at most one word between."""
    found = _VERB_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and any(word is not None and len(word) > 3 and _event_verb(word.lower()) for word in found.groups())
