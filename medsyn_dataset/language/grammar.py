"""Small Russian-grammar helpers shared by the prompt templates, the template composer and the IFT config.

Only what the prompts and the composer need: plural forms of counted nouns, lists joined with
"и", and the patient described in words with the right gender agreement
("замужняя некурящая женщина 34 лет").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def plural(n: int, one: str, few: str, many: str) -> str:
    """The form of a noun counted by ``n``: 1 год, 2 года, 5 лет, 11 лет, 21 год."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def years(n: int) -> str:
    """``34 года``, ``41 год``, ``57 лет``."""
    return f"{n} {plural(n, 'год', 'года', 'лет')}"


def join_ru(items: Sequence[str], last: str = "и") -> str:
    """``а``, ``а и б``, ``а, б и в``."""
    items = [str(item) for item in items]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def sex_noun(sex: str, age: int) -> str:
    """Who the patient is: мальчик/девочка, юноша/девушка, мужчина/женщина."""
    female = sex == "female"
    if age < 14:
        return "девочка" if female else "мальчик"
    if age < 18:
        return "девушка" if female else "юноша"
    return "женщина" if female else "мужчина"


_MARITAL_ADJ: dict[str, tuple[str, str]] = {  # status -> (male, female)
    "single": ("холостой", "незамужняя"),
    "married": ("женатый", "замужняя"),
    "divorced": ("разведённый", "разведённая"),
    "widowed": ("овдовевший", "овдовевшая"),
}

_MARITAL_PHRASE: dict[str, tuple[str, str]] = {
    "single": ("холост", "не замужем"),
    "married": ("женат", "замужем"),
    "divorced": ("разведён", "разведена"),
    "widowed": ("вдовец", "вдова"),
}


def marital_adjective(status: str | None, sex: str) -> str | None:
    pair = _MARITAL_ADJ.get(status or "")
    return None if pair is None else pair[sex == "female"]


def marital_phrase(status: str | None, sex: str) -> str | None:
    """A predicate: "женат", "не замужем", "вдова"."""
    pair = _MARITAL_PHRASE.get(status or "")
    return None if pair is None else pair[sex == "female"]


def smoking_adjective(smoking: bool | None, sex: str) -> str | None:
    if smoking is None:
        return None
    female = sex == "female"
    if smoking:
        return "курящая" if female else "курящий"
    return "некурящая" if female else "некурящий"


def describe_patient(patient: Mapping[str, Any], with_marital: bool = True, with_smoking: bool = True) -> str:
    """The patient in one phrase, e.g. ``замужняя некурящая женщина 34 лет``.

    Adults get marital status and smoking; children under 14 get neither (they are never
    married and nobody under 14 smokes in the demographics model), and 14-17 year olds get
    smoking only.
    """
    age = int(patient.get("age") or 0)
    sex = str(patient.get("sex") or "male")
    words: list[str] = []
    if with_marital and age >= 18:
        adj = marital_adjective(patient.get("marital_status"), sex)
        if adj:
            words.append(adj)
    if with_smoking and age >= 14:
        adj = smoking_adjective(patient.get("smoking"), sex)
        if adj:
            words.append(adj)
    words.append(sex_noun(sex, age))
    return f"{' '.join(words)} {age_genitive(age)}"


def age_genitive(age: int) -> str:
    """Age after a noun: "мужчина 41 года", "женщина 35 лет" (genitive: 1 -> года, else лет)."""
    return f"{age} {'года' if age % 10 == 1 and age % 100 != 11 else 'лет'}"


def sex_word(sex: str) -> str:
    return "женский" if sex == "female" else "мужской"
