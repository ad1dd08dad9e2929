from __future__ import annotations

import re

import pytest

from medsyn_dataset.generation.prompts import (
    DEFAULT_TEMPLATES,
    TemplateError,
    load_templates,
    parse_template,
    prompt_facts,
    system_template,
    template_hash,
)

SYMPTOMS = ["кашель с мокротой", "повышение температуры тела до 38 °C", "одышка при нагрузке"]
PATIENT = {"age": 34, "sex": "female", "marital_status": "married", "smoking": False}
DISEASE = "Острый бронхит"
EXAMPLE = "Жалобы на кашель в течение недели. Объективно: дыхание жёсткое."


def facts(**overrides):
    base = prompt_facts(SYMPTOMS, PATIENT, disease_name=DISEASE, example_text=EXAMPLE)
    base.update(overrides)
    return base


def test_builtin_templates_are_versioned_and_hashed():
    templates = load_templates()
    for name in (*DEFAULT_TEMPLATES, "example", "diagnosis", "system"):
        template = templates[name]
        assert template.version == "1"
        assert re.fullmatch(r"[0-9a-f]{64}", template.hash)
        assert template.hash == template_hash(template.source, template.version)
        assert template.description
    assert len({t.hash for t in templates.values()}) == len(templates)


def test_hash_changes_with_source_and_version():
    a = parse_template("x", "{#- medsyn-template\nversion: 1\n-#}\nТекст {{ symptoms | join_ru }}")
    b = parse_template("x", "{#- medsyn-template\nversion: 2\n-#}\nТекст {{ symptoms | join_ru }}")
    c = parse_template("x", "{#- medsyn-template\nversion: 1\n-#}\nДругой текст {{ symptoms | join_ru }}")
    assert len({a.hash, b.hash, c.hash}) == 3
    assert a.source == "Текст {{ symptoms | join_ru }}"  # the header is not part of the prompt


@pytest.mark.parametrize("name", [*DEFAULT_TEMPLATES, "example"])
def test_every_symptom_and_no_disease_name(name):
    template = load_templates()[name]
    prompt = template.render(**facts())
    for symptom in SYMPTOMS:
        assert symptom in prompt
    assert DISEASE.lower() not in prompt.lower()
    assert not template.uses_disease_name
    assert "[" not in prompt and "{" not in prompt  # nothing left unrendered, no [указать ...]
    assert re.search(r"[а-яё]{4}", prompt)


def test_diagnosis_template_names_the_disease():
    template = load_templates()["diagnosis"]
    assert template.uses_disease_name
    assert DISEASE in template.render(**facts())


def test_demographics_template_states_sex_marital_status_and_smoking():
    prompt = load_templates()["demographics"].render(**facts())
    assert "замужняя некурящая женщина 34 лет" in prompt
    male = load_templates()["demographics"].render(
        **facts(
            **prompt_facts(SYMPTOMS, {"age": 61, "sex": "male", "marital_status": "widowed", "smoking": True})
        )
    )
    assert "овдовевший курящий мужчина 61 года" in male


def test_example_template_needs_and_shows_the_example():
    template = load_templates()["example"]
    assert template.requires_example
    prompt = template.render(**facts())
    assert EXAMPLE in prompt
    assert "не копируй" in prompt and "стиль" in prompt.lower()
    with pytest.raises(TemplateError, match="example"):
        template.render(**facts(example_text=None))


def test_system_prompt_forbids_the_known_failure_modes():
    system = system_template(load_templates()).render()
    for word in ("приветствия", "вопросы", "дисклеймеры", "[указать", "диалога", "Врач:"):
        assert word in system, word


def test_user_folder_adds_and_overrides(tmp_path):
    (tmp_path / "mine.j2").write_text("Жалобы: {{ symptoms | join('; ') }}", encoding="utf-8")
    (tmp_path / "short.j2").write_text(
        "{#- medsyn-template\nversion: 5\n-#}\nКоротко: {{ symptoms | join_ru }}", encoding="utf-8"
    )
    (tmp_path / "system.j2").write_text("Пиши кратко.", encoding="utf-8")
    templates = load_templates(tmp_path)
    assert templates["mine"].version == "1"
    assert templates["mine"].render(**facts()) == "Жалобы: " + "; ".join(SYMPTOMS)
    assert templates["short"].version == "5"
    assert templates["short"].hash != load_templates()["short"].hash
    assert templates["short"].render(**facts()).startswith("Коротко: кашель с мокротой, повышение")
    assert system_template(templates).render() == "Пиши кратко."
    assert "detailed_tests" in templates  # built-ins stay available


def test_user_template_errors_name_the_file(tmp_path):
    (tmp_path / "broken.j2").write_text("Текст\n{{ symptoms | join(', ') ", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.j2: line \d"):
        load_templates(tmp_path)
    (tmp_path / "broken.j2").unlink()
    (tmp_path / "header.j2").write_text("{#- medsyn-template\nverzion: 1\n-#}\nТекст", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"header\.j2: unknown header key 'verzion'"):
        load_templates(tmp_path)
    (tmp_path / "header.j2").unlink()
    (tmp_path / "undefined.j2").write_text("Диагноз: {{ disease_name }}", encoding="utf-8")
    template = load_templates(tmp_path)["undefined"]
    # the disease name is withheld from templates that do not declare uses_disease_name
    with pytest.raises(TemplateError, match="undefined"):
        template.render(**facts())
    with pytest.raises(FileNotFoundError):
        load_templates(tmp_path / "absent")


def test_example_text_reaches_the_prompt_unchanged():
    odd = "Жалобы:  боль в горле   \n\n\n\nt 37,5 \t"
    prompt = load_templates()["example"].render(**facts(example_text=odd))
    assert odd in prompt
    assert "\n\n\n" not in prompt.replace(odd, "")  # template layout itself is tidy
