"""Policy YAML: defaults, errors that name the key, hashing."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsyn_dataset.validation.policy import Policy, PolicyError, load_policy


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, "utf-8")
    return path


def test_default_policy_matches_the_issue() -> None:
    p = Policy()
    assert p.actions.refusal == p.actions.empty == p.actions.non_russian == "drop"
    assert p.actions.placeholder == p.actions.ai_disclaimer == p.actions.dialogue == "flag"
    assert p.actions.sex_mismatch == p.actions.label_not_in_top_k == "flag"
    assert p.actions.pii == "redact"
    assert p.near_duplicates.threshold == 0.8 and p.labels.top_k == 3
    assert load_policy(None) == p


def test_partial_yaml_overrides_only_what_it_lists(tmp_path: Path) -> None:
    p = load_policy(write(tmp_path, "actions: {dialogue: drop}\ngate: {max_drop_share: 0.1}\n"))
    assert p.actions.dialogue == "drop" and p.actions.refusal == "drop" and p.gate.max_drop_share == 0.1
    assert p.policy_hash() != Policy().policy_hash()
    assert load_policy(write(tmp_path, "")) == Policy()


@pytest.mark.parametrize(
    ("yaml_text", "key"),
    [
        ("actions: {dialogue: explode}\n", "actions.dialogue"),
        ("actions: {no_such_check: drop}\n", "actions.no_such_check"),
        ("near_duplicates: {threshold: 1.5}\n", "near_duplicates.threshold"),
        ("labels: {top_k: zero}\n", "labels.top_k"),
        ("surprise: 1\n", "surprise"),
    ],
)
def test_errors_name_file_and_key(tmp_path: Path, yaml_text: str, key: str) -> None:
    with pytest.raises(PolicyError) as info:
        load_policy(write(tmp_path, yaml_text))
    assert "policy.yaml" in str(info.value) and key in str(info.value)


def test_bad_yaml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(write(tmp_path, "actions: [unclosed\n"))
    with pytest.raises(PolicyError, match="expected a mapping"):
        load_policy(write(tmp_path, "- a\n- b\n"))
    with pytest.raises(FileNotFoundError, match=r"nope\.yaml"):
        load_policy(tmp_path / "nope.yaml")


def test_hash_is_stable() -> None:
    assert Policy().policy_hash() == Policy().policy_hash()
    assert len(Policy().policy_hash()) == 16
