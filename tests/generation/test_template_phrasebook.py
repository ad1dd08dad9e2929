"""The template composer's output is pinned, and its phrase book fails loudly when an edit breaks it.

The sha256 values below were taken from the composer *before* its phrase tables moved from Python
code into ``template_phrases.yaml`` (#11): the same task and seed must keep giving the same note, so
any drift in wording, order or the random-number sequence fails here. If a phrase is changed on
purpose, regenerate the values and say so in the commit message.
"""

from __future__ import annotations

import hashlib

import pytest

from medsyn_dataset.generation.backends.template import compose_note

PINNED: list[tuple[str, dict, int, str]] = [
    (
        "short",
        {"prompt_template": "short", "symptoms": ["головная боль", "слабость"],
         "patient": {"age": 34, "sex": "female", "marital_status": "married", "smoking": False}},
        11,
        "2bf56c608b82c22bab2204c16166fe7422ba668448c8de60754ce4ce86947ab2",
    ),
    (
        "tests, fever and cough",
        {"prompt_template": "detailed_tests", "symptoms": ["кашель с мокротой", "температура до 38,5", "одышка"],
         "patient": {"age": 58, "sex": "male", "marital_status": "divorced", "smoking": True}},
        7412362251630188815,
        "b9e440b2fbe668383d081aa063f036eb88a99fc22fd10cd49b1704727a37342d",
    ),
    (
        "traits, belly",
        {"prompt_template": "detailed_traits", "symptoms": ["боль в эпигастрии", "изжога", "тошнота"],
         "patient": {"age": 41, "sex": "female", "marital_status": "single", "smoking": True}},
        12345,
        "e853d223870e23a8092e7e18b5dc37b2e26677c66bb08d51a3286fcd4373d18b",
    ),
    (
        "demographics, elderly",
        {"prompt_template": "demographics", "symptoms": ["боль в пояснице"],
         "patient": {"age": 72, "sex": "female", "marital_status": "widowed", "smoking": None}},
        99,
        "2275396dacafacc08f274182e16c0e4f1eb01ba19f1f3b5a7d2820fd0e9b34c2",
    ),
    (
        "diagnosis (full style), child",
        {"prompt_template": "diagnosis", "symptoms": ["сыпь на коже", "зуд", "жар"],
         "patient": {"age": 7, "sex": "male", "marital_status": None, "smoking": None}},
        2024,
        "35f0d8ae6b2d7d2f171628b5d44123edd52cc3c3253bcd8e25fb94493d32605b",
    ),
    (
        "example with a long example (full style)",
        {"prompt_template": "example", "example_text": "x" * 800, "symptoms": ["жидкий стул", "рвота"],
         "patient": {"age": 19, "sex": "male", "marital_status": "single", "smoking": False}},
        3,
        "58464a50470be4821be2721872befee4d75014e7a91425ea6275c826ec460aa8",
    ),
    (
        "example with a short example (short style), infant",
        {"prompt_template": "example", "example_text": "короткая запись", "symptoms": ["кашель", "насморк"],
         "patient": {"age": 1, "sex": "female", "marital_status": None, "smoking": None}},
        5,
        "506bc9a70178c8ac13b6f79095678867baabfeb3b3486e1c375bbd219b746f1c",
    ),
    (
        "no patient row",
        {"prompt_template": "detailed_tests", "symptoms": ["озноб", "боль в животе", "хрипы"], "patient": None},
        77,
        "452cf3c72b5cd2f3b69e9ff7ee923d341a895e0b110f24b3e9951ae370068940",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("task", "seed", "sha256"), [p[1:] for p in PINNED], ids=[p[0] for p in PINNED])
def test_same_task_and_seed_give_the_pinned_note(task, seed, sha256):
    text = compose_note(task, seed)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256, text
