"""The template composer's output is pinned, and its phrase book fails loudly when an edit breaks it.

The sha256 values below were taken from the composer *before* its phrase tables moved from Python
code into ``template_phrases.yaml`` (#11): the same task and seed must keep giving the same note, so
any drift in wording, order or the random-number sequence fails here. If a phrase is changed on
purpose, regenerate the values and say so in the commit message.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from medsyn_dataset.generation.backends import template, template_phrasebook
from medsyn_dataset.generation.backends.template import compose_note
from medsyn_dataset.generation.backends.template_phrasebook import (
    PHRASES_FILE,
    PhrasebookError,
    load_phrasebook,
    phrasebook,
)

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


# ---- the phrase book as data ----------------------------------------------------------------------


def _packaged_raw() -> dict:
    return yaml.safe_load(Path(template_phrasebook.__file__).with_name(PHRASES_FILE).read_text("utf-8"))


def _write(tmp_path: Path, raw: dict) -> Path:
    path = tmp_path / PHRASES_FILE
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _typo_in_a_function(raw):
    raw["sections"]["morbi"]["parts"][0]["say"][1] = "Заболел{g('', 'а')} около {durration('gen')} назад."


def _section_without_headings(raw):
    raw["sections"]["epicrisis"] = {"parts": [{"text": "Выписан."}]}


def _say_is_not_a_list(raw):
    raw["sections"]["plan"]["parts"][0]["first"][1] = {"say": "Рекомендовано: покой."}


def _range_is_not_numbers(raw):
    raw["vitals"]["adult"]["pulse"] = [64, "fast"]


def _misspelt_key(raw):
    raw["sections"]["vitae"]["parts"][0]["wen"] = raw["sections"]["vitae"]["parts"][0].pop("when")


def _python_beyond_the_subset(raw):
    raw["lists"]["jobs"][3] = "{who.__class__}"


def _unbalanced_brace(raw):
    raw["intro"]["say"][0] = "Пациент — {who."


def _two_contents(raw):
    raw["sections"]["status"]["parts"][2]["say"] = ["Рост не измерен."]


def _let_shadows_a_function(raw):
    raw["sections"]["plan"]["parts"][0]["let"]["join"] = "1"


BROKEN_EDITS = [
    (_typo_in_a_function, "sections.morbi.parts.0.say.1", "unknown function 'durration'"),
    (_section_without_headings, "headings.0", "no heading for section 'epicrisis'"),
    (_say_is_not_a_list, "sections.plan.parts.0.first.1.say", "valid list"),
    (_range_is_not_numbers, "vitals.adult.pulse.1", "valid integer"),
    (_misspelt_key, "sections.vitae.parts.0.wen", "unknown key"),
    (_python_beyond_the_subset, "lists.jobs.3", "only plain attributes"),
    (_unbalanced_brace, "intro.say.0", "unbalanced"),
    (_two_contents, "sections.status.parts.2", "not text and say"),
    (_let_shadows_a_function, "sections.plan.parts.0", "'join' must be a new"),
]


@pytest.mark.parametrize(("edit", "key", "problem"), BROKEN_EDITS, ids=[e[0].__name__ for e in BROKEN_EDITS])
def test_a_broken_edit_gives_one_error_naming_the_file_and_key(tmp_path, edit, key, problem):
    raw = _packaged_raw()
    edit(raw)
    path = _write(tmp_path, raw)
    with pytest.raises(PhrasebookError) as caught:
        load_phrasebook(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: {key}: ") or message.startswith(f"{path}: {key} "), message
    assert problem in message, message


def test_invalid_yaml_and_a_missing_file_name_the_file(tmp_path):
    path = tmp_path / PHRASES_FILE
    path.write_text("layout: [unclosed\n", encoding="utf-8")
    with pytest.raises(PhrasebookError, match=rf"^{re.escape(str(path))}: not valid YAML \(.*line"):
        load_phrasebook(path)
    with pytest.raises(PhrasebookError, match="cannot read"):
        load_phrasebook(tmp_path / "missing.yaml")


def test_a_section_and_a_phrase_are_added_by_editing_the_data_only(tmp_path):
    raw = _packaged_raw()
    raw["lists"]["plan_leads"].append("Пациенту рекомендовано:")
    raw["sections"]["epicrisis"] = {
        "when": "style == 'full'",
        "parts": [
            {
                "say": [
                    "Прогноз благоприятный.",
                    "Прогноз для жизни благоприятный, {duration('gen')} наблюдения.",
                ]
            }
        ],
    }
    for number, headings in enumerate(raw["headings"]):
        headings["epicrisis"] = "{n}. Эпикриз." if number == len(raw["headings"]) - 1 else "Эпикриз:"
    book = load_phrasebook(_write(tmp_path, raw))
    task = {"prompt_template": "diagnosis", "symptoms": ["кашель"], "patient": {"age": 30, "sex": "male"}}
    notes = [compose_note(task, seed, book) for seed in range(40)]
    assert all("Прогноз" in note for note in notes)
    assert any("Эпикриз" in note for note in notes)  # under its heading, last, when the note is headed
    short = [compose_note({**task, "prompt_template": "short"}, seed, book) for seed in range(40)]
    assert not any("Прогноз" in note for note in short)  # its `when` leaves it out of short notes
    assert any("Пациенту рекомендовано:" in note for note in short)  # the new lead-in is drawn


def test_the_composer_and_the_book_agree_on_names():
    note = template._Note({"symptoms": ["кашель"]}, 1, phrasebook())
    functions = {name for name, value in note.items() if callable(value) and not name.startswith("_")}
    assert functions == template_phrasebook.FUNCTIONS
    assert set(note) - functions - {"_text"} == template_phrasebook.FACTS | set(phrasebook().signs)


def test_a_placeholder_that_is_not_text_fails_the_row_not_the_run(tmp_path):
    raw = _packaged_raw()
    raw["intro"]["say"] = ["Пациент — {symptoms}."]  # a list: a mistake the loader cannot see
    raw["layout"]["intro_above_headings"] = "True"
    book = load_phrasebook(_write(tmp_path, raw))
    task = {"prompt_template": "detailed_tests", "symptoms": ["кашель"], "patient": None}
    with pytest.raises(TypeError, match=r"\{symptoms\} gave list"):
        compose_note(task, 1, book)
