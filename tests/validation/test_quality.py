"""Quality checks: each defect is found, a clean note has none."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.quality import QualityThresholds, check_quality, cyrillic_share

from .conftest import CLEAN_NOTE


def checks(text: str, finish_reason: str | None = None) -> set[str]:
    return {f.check for f in check_quality(text, finish_reason)[0]}


def test_clean_note_has_no_findings() -> None:
    assert checks(CLEAN_NOTE, "stop") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Извините, но я не могу выполнить ваш запрос.",
        "К сожалению, я не могу составить анамнез, так как я всего лишь языковая модель и не имею доступа к пациентам.",
        "Извините, но я всего лишь виртуальный помощник и не имею возможности проводить реальное исследование.",
    ],
)
def test_refusals(text: str) -> None:
    assert "refusal" in checks(text)


@pytest.mark.parametrize(
    "tail",
    [
        "Данный анамнез является вымышленным и используется исключительно в образовательных целях.",
        "Если у вас есть подобные симптомы, обратитесь к врачу для получения точного диагноза.",
        "Как виртуальный помощник, я не могу ставить диагнозы.",
        "Как ИИ, я не могу осмотреть пациента.",
        "Я не являюсь врачом, поэтому это не медицинская рекомендация.",
        "Эта информация не может заменить консультацию специалиста.",
    ],
)
def test_ai_disclaimers(tail: str) -> None:
    assert "ai_disclaimer" in checks(CLEAN_NOTE + "\n\n" + tail)


def test_referral_inside_the_record_is_not_a_disclaimer() -> None:
    assert "ai_disclaimer" not in checks(CLEAN_NOTE + " Рекомендовано обратиться к кардиологу для консультации.")


@pytest.mark.parametrize("field", ["[указать дату]", "[Имя]", "[вставьте возраст пациента]", "[ваше имя]", "[ФИО]"])
def test_placeholders(field: str) -> None:
    found, scores = check_quality(f"Дата приема: {field}\n" + CLEAN_NOTE)
    assert "placeholder" in {f.check for f in found}
    assert scores["placeholders"] >= 1


def test_square_brackets_that_are_not_placeholders() -> None:
    assert "placeholder" not in checks(CLEAN_NOTE + " Ссылка на источник [1].")


def test_dialogue_with_speaker_turns() -> None:
    text = (
        "Врач: Здравствуйте, что вас беспокоит.\nПациент: Кашель уже неделю, температура.\n"
        "Врач: Понятно, мокрота есть.\nПациент: Да, желтая, по утрам.\n" + CLEAN_NOTE
    )
    assert "dialogue" in checks(text)


def test_dialogue_with_dashes_and_interviews() -> None:
    dashes = "\n".join(["— Что вас беспокоит", "— Кашель", "— Давно", "— Неделю"]) + "\n" + CLEAN_NOTE
    assert "dialogue" in checks(dashes)
    interview = CLEAN_NOTE + "\nКогда начался кашель? Есть ли мокрота? Курите ли вы? Были ли контакты с больными?"
    assert "dialogue" in checks(interview)


def test_header_fields_are_not_a_dialogue() -> None:
    assert "dialogue" not in checks("Пациент: Иванов И.И., 45 лет\nВрач: терапевт Петрова\n" + CLEAN_NOTE)


def test_non_russian_and_share() -> None:
    english = "Patient presents with cough and fever for five days. Chest X-ray ordered, antibiotics started. " * 4
    assert "non_russian" in checks(english)
    assert cyrillic_share(english) < 0.1
    assert cyrillic_share(CLEAN_NOTE) > 0.95


def test_truncated_repetition_empty_and_length() -> None:
    assert "truncated" in checks(CLEAN_NOTE, "length")
    repeated = CLEAN_NOTE + "\n" + "\n".join(["Назначено обильное питье и покой."] * 10)
    assert "repetition" in checks(repeated)
    assert checks("") == {"empty"}
    assert checks("   \n") == {"empty"}
    # review L3: a bare heading or a few words is a short note, not an empty one (it was "empty")
    assert checks("АНАМНЕЗ\n\n") == {"too_short"}
    assert checks("головокружения периодические") == {"too_short"}
    assert "empty" not in checks("=" * 300 + "\n" + CLEAN_NOTE)  # a long rule before the note is not emptiness
    assert "too_short" in checks("Кашель и температура у пациента три дня.")
    assert "too_long" not in checks(CLEAN_NOTE)
    assert "too_long" in {f.check for f in check_quality(CLEAN_NOTE, None, QualityThresholds(max_chars=100))[0]}
