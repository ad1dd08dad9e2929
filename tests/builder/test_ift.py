from __future__ import annotations

import pytest

from medsyn_dataset.builder.ift import _patient_line


@pytest.mark.parametrize(("age", "words"), [(61, "61 год"), (23, "23 года"), (11, "11 лет"), (45, "45 лет")])
def test_patient_line_agrees_age_with_its_noun(age, words):
    line = _patient_line({"sex": "female", "age": age, "smoking": False})
    assert f"{words}," in line
