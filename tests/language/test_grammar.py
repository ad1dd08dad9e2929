"""Russian grammar helpers of the language package (prompts, the template composer and the IFT config use them)."""

from __future__ import annotations

from medsyn_dataset.language import grammar as russian


def test_russian_helpers():
    assert [russian.years(n) for n in (1, 2, 5, 11, 14, 21, 22, 25, 101, 111)] == [
        "1 год", "2 года", "5 лет", "11 лет", "14 лет", "21 год", "22 года", "25 лет", "101 год", "111 лет",
    ]  # fmt: skip
    assert russian.join_ru(["а"]) == "а"
    assert russian.join_ru(["а", "б", "в"]) == "а, б и в"
    assert russian.describe_patient(
        {"age": 8, "sex": "female", "marital_status": "single", "smoking": False}
    ) == ("девочка 8 лет")
    assert russian.describe_patient(
        {"age": 16, "sex": "male", "marital_status": "single", "smoking": True}
    ) == ("курящий юноша 16 лет")
    assert russian.describe_patient(
        {"age": 45, "sex": "male", "marital_status": "divorced", "smoking": False}
    ) == ("разведённый некурящий мужчина 45 лет")
