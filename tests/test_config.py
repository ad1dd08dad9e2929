from __future__ import annotations

import pytest
import yaml

from medsyn_dataset.config import ConfigError, load_config, preset_names


def test_presets_load():
    assert {"demo", "medsyn-41k"} <= set(preset_names())
    demo = load_config("demo")
    assert demo.generation.backend == "template"
    assert len(demo.code_list()) == 219
    big = load_config("medsyn-41k")
    assert big.notes.total == 41185 and big.generation.backend == "openai"
    assert demo.config_hash() != big.config_hash()
    assert load_config("demo").config_hash() == demo.config_hash()


def _write(tmp_path, data):
    path = tmp_path / "release.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


BASE = {"name": "r", "notes": {"total": 10}}


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"notez": {}}, "notez: unknown key"),
        ({"notes": {"total": 0}}, "notes.total: Input should be greater than 0"),
        ({"notes": {"total": 5, "colour": 1}}, "notes.colour: unknown key"),
        # a name that can be no backend; whether a name is registered is checked before a release starts
        # (release preflight: the registry lives in generation, above the config), see test_release
        ({"generation": {"backend": "g p t!"}}, "generation.backend: Value error, not a backend name"),
        ({"generation": {"symptoms_min": 6, "symptoms_max": 2}}, "symptoms_min (6) > symptoms_max (2)"),
        ({"splits": {"train": 0.5, "validation": 0.1, "test": 0.1}}, "split ratios must sum to 1"),
        ({"codes": ["J06", "XYZ"]}, "codes: Value error, not 3-character ICD-10 categories: XYZ"),
        ({"codes": ["J06.9"]}, "not 3-character ICD-10 categories: J06.9"),
        ({"hub": {"repo_id": "no-slash"}}, "hub.repo_id"),
        ({"notes": {"total": 5, "distribution": "explicit"}}, "needs 'counts' or 'weights'"),
        ({"codes": ["J06"], "notes": {"total": 5, "distribution": "explicit", "counts": {"I10": 5}}}, "outside the release's code set: I10"),
    ],
)
def test_errors_name_the_key(tmp_path, patch, message):
    data = {**BASE, **patch}
    path = _write(tmp_path, data)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_relative_paths_resolve_against_file(tmp_path):
    data = {**BASE, "generation": {"example_pool": {"path": "pool.jsonl"}, "mkg_files": ["g.tsv"]}}
    config = load_config(_write(tmp_path, data))
    assert config.generation.example_pool.path == tmp_path / "pool.jsonl"
    assert config.generation.mkg_files == [tmp_path / "g.tsv"]


def test_overrides_and_missing_file(tmp_path):
    config = load_config("demo", {"notes.total": 21})
    assert config.notes.total == 21
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "missing.yaml")
    with pytest.raises(ConfigError, match="neither a config file nor a preset"):
        load_config("no-such-preset")


def test_bad_yaml(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("name: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(path)


def test_preset_name_wins_over_a_same_named_folder(tmp_path, monkeypatch):
    (tmp_path / "demo").mkdir()
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path)
    assert load_config("demo").name == "medsyn-demo"
    with pytest.raises(ConfigError, match="is a folder, not a config file"):
        load_config("other")


def test_duplicate_keys_and_coerced_types_are_errors(tmp_path):
    """PyYAML keeps the last of two equal keys, and pydantic's lax mode turns `true` into 1: both hide typos."""
    from medsyn_dataset.config import ConfigError, load_config

    path = tmp_path / "dup.yaml"
    path.write_text("name: x\nnotes:\n  total: 10\n  total: 20\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"dup\.yaml: line 4: duplicate key 'total' \(first on line 3\)"):
        load_config(path)
    for value, key in (("true", "notes.total"), ('"5"', "notes.total")):
        path.write_text(f"name: x\nnotes:\n  total: {value}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=rf"dup\.yaml: {key}: Input should be a valid integer"):
            load_config(path)
    path.write_text("name: x\nnotes: {total: 5}\nhub: {private: 1}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"hub\.private: Input should be a valid boolean"):
        load_config(path)
    path.write_text("name: x\nnotes: {total: 5}\ngeneration: {base_url: 'localhost:8000/v1'}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"generation\.base_url: .*not an http\(s\)://HOST"):
        load_config(path)
    path.write_text("name: x\nnotes: {total: 5}\nvalidation: {eval_texts: [a.jsonl]}\n", encoding="utf-8")
    assert load_config(path).validation.eval_texts == [tmp_path / "a.jsonl"]  # paths still come from strings


def test_policy_yaml_refuses_duplicate_keys_and_coercion(tmp_path):
    from medsyn_dataset.validation.policy import PolicyError, load_policy

    path = tmp_path / "policy.yaml"
    path.write_text("actions: {dialogue: drop}\nactions: {dialogue: flag}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="duplicate key 'actions'"):
        load_policy(path)
    path.write_text("quality: {min_words: true}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"quality\.min_words: Input should be a valid integer"):
        load_policy(path)


def test_a_phrase_book_with_a_repeated_key_is_refused(tmp_path):
    from medsyn_dataset.generation.backends.template_phrasebook import PhrasebookError, load_phrasebook

    path = tmp_path / "phrases.yaml"
    path.write_text("layout: {}\nlayout: {}\n", encoding="utf-8")
    with pytest.raises(PhrasebookError, match=r"phrases\.yaml: line 2: duplicate key 'layout'"):
        load_phrasebook(path)
