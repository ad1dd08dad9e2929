from __future__ import annotations

import asyncio
import itertools
import re

import pytest

from medsyn_dataset.config import config_from_dict
from medsyn_dataset.generation import planner
from medsyn_dataset.generation.backends import template as template_backend
from medsyn_dataset.generation.backends.base import Backend, GenerationRequest
from medsyn_dataset.generation.backends.template import TemplateBackend, compose_note

CODES = ["J06", "K29", "N40", "I10", "M54", "E11", "L20", "C53"]


@pytest.fixture(scope="module")
def tasks():
    config = config_from_dict({
        "name": "tb", "seed": 3, "codes": CODES, "notes": {"total": 80},
        "generation": {"templates": ["short", "detailed_tests", "detailed_traits", "demographics", "diagnosis"]},
    })  # fmt: skip
    return planner.plan_tasks(config).to_pylist()


def request_for(task, seed=None):
    return GenerationRequest(
        task_id=task["task_id"], system_prompt=task["system_prompt"], prompt=task["prompt"], params={},
        seed=task["seed"] if seed is None else seed, task=task,
    )  # fmt: skip


def run(backend, request):
    return asyncio.run(backend.generate(request))


def test_implements_the_backend_protocol_and_factory():
    backend = template_backend.create(model=None, base_url="ignored", concurrency=4)
    assert isinstance(backend, TemplateBackend) and isinstance(backend, Backend)
    assert backend.name == "template" and backend.model == "template-composer"
    asyncio.run(backend.aclose())


def test_result_fields_and_determinism(tasks):
    backend = TemplateBackend()
    first = run(backend, request_for(tasks[0]))
    again = run(backend, request_for(tasks[0]))
    other = run(backend, request_for(tasks[0], seed=tasks[0]["seed"] + 1))
    assert first.ok and first.error is None
    assert first.finish_reason == "stop" and first.model == "template-composer"
    assert first.prompt_tokens is None and first.completion_tokens is None
    assert first.latency_s is not None and first.latency_s >= 0
    assert first.text == again.text
    assert first.text != other.text


def _cyrillic_share(text: str) -> float:
    letters = re.findall(r"[^\W\d_]", text)
    return sum("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in letters) / len(letters)


def test_notes_are_russian_complete_and_clean(tasks):
    for task in tasks:
        text = compose_note(task, task["seed"])
        assert _cyrillic_share(text) > 0.9, text  # Latin only in headings like "Status praesens"
        lowered = text.lower()
        for symptom in task["symptoms"]:  # every complaint is in the note
            assert symptom.lower() in lowered, (symptom, text)
        # no placeholders, template residue, dialogue or PII-looking content
        assert not re.search(r"\[|\]|\{|\}|_{2,}|\bXX\b|\bNN\b|указать", text), text
        assert not re.search(r"^(Врач|Пациент|Доктор)\s*:", text, flags=re.M)
        assert not re.search(r"\+7|\b8[-\s(]?\d{3}|\d{2}\.\d{2}\.\d{4}|ул\.|г\.\s*[А-Я]|ФИО|Имя", text), text
        assert task["icd10_name_ru"].lower() not in lowered  # the label never leaks into the note
        assert 200 < len(text) < 5000


def test_demographics_notes_state_sex_marital_status_and_smoking(tasks):
    demo = [t for t in tasks if t["prompt_template"] == "demographics" and t["patient"]["age"] >= 18]
    assert demo
    for task in demo:
        text = compose_note(task, task["seed"]).lower()
        assert ("мужчина" in text) == (task["patient"]["sex"] == "male") or "женщина" in text
        assert any(w in text for w in ("женат", "замуж", "холост", "вдов", "развед"))
        assert "кур" in text
        assert str(task["patient"]["age"]) in text


def test_detailed_tests_notes_have_results(tasks):
    for task in (t for t in tasks if t["prompt_template"] == "detailed_tests"):
        text = compose_note(task, task["seed"])
        assert re.search(r"(г/л|ммоль/л|мкмоль/л|Ед/л|мг/л|ЭКГ|удельный вес)", text), text


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("n", [3, 5])
def test_notes_of_one_code_are_not_near_duplicates(tasks, n):
    by_code: dict[str, list[set]] = {}
    for task in tasks:
        by_code.setdefault(task["icd10_code"], []).append(_shingles(compose_note(task, task["seed"]), n))
    worst = 0.0
    for shingle_sets in by_code.values():
        assert len(shingle_sets) == 10
        for a, b in itertools.combinations(shingle_sets, 2):
            worst = max(worst, len(a & b) / len(a | b))
    assert worst < 0.5  # the validation stage's near-dup threshold is 0.8


def test_malformed_task_is_a_failed_result_not_an_exception(tasks):
    task = dict(tasks[0], symptoms=[])
    result = run(TemplateBackend(), request_for(task))
    assert not result.ok and result.error and result.finish_reason == "error"


def test_example_task_follows_example_length():
    base = {"symptoms": ["кашель", "насморк"], "patient": {"age": 30, "sex": "male", "marital_status": "single",
            "smoking": False}, "prompt_template": "example"}  # fmt: skip
    short = compose_note({**base, "example_text": "Кашель, насморк 3 дня."}, 1)
    long = compose_note({**base, "example_text": "Жалобы. " * 200}, 1)
    assert len(short) < len(long)
