"""names.py was split into name_classes (word classes), name_triggers (context cues) and
name_promotion (items read again by their neighbours): the import paths other modules and tests
use keep working and name the same objects, and the recogniser still reads names and leaves
clinical look-alikes alone."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import name_classes, name_triggers, names


def test_old_import_paths_name_the_moved_objects() -> None:
    assert names.is_initials is name_classes.is_initials
    assert names.is_name_word is name_classes.is_name_word
    assert names.is_title_word is name_triggers.is_title_word
    assert names.triggered is name_triggers.triggered
    assert names._TRIGGER is name_triggers.TRIGGER


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Осмотрена с сиделкой, сиделка Глафира Тимофеевна Стрешнева.", "Глафира Тимофеевна Стрешнева"),
        ("Протокол подписал: Кудрявцев Л.Н.", "Кудрявцев Л.Н."),
        ("Вызов принят диспетчером Зуевой.", "Зуевой"),
    ],
)
def test_names_are_still_read(text: str, found: str) -> None:
    spans = [text[c.start : c.end] for c in names.RuPersonRecognizer().candidates(text) if c.score >= 0.5]
    assert found in spans


@pytest.mark.parametrize(
    "text",
    [
        "Омепразол 20 мг 2 р/д за 30 мин до еды, Нурофен 200 мг при болях.",
        "ОАК: Hb 128 г/л, лейк. 6,4. Д-з: K29.7. Палата 412, в 08:00 Эналаприл 5 мг.",
        "Болезнь Иценко-Кушинга исключена, проба по Нечипоренко в норме.",
    ],
)
def test_clinical_look_alikes_stay_clean(text: str) -> None:
    assert [c for c in names.RuPersonRecognizer().candidates(text) if c.score >= 0.5] == []
