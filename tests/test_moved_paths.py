"""Import paths of 0.1 that moved in 0.2 still work for one version (their forwarding modules go in 0.3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsyn_dataset.config import ConfigError, config_from_dict


def test_the_release_names_of_builder_release_are_the_release_package_s() -> None:
    from medsyn_dataset.builder import release as old
    from medsyn_dataset.release import run as new

    assert old.__all__ == new.__all__
    for name in old.__all__:
        assert getattr(old, name) is getattr(new, name), name


def test_generation_russian_forwards_to_language_grammar() -> None:
    from medsyn_dataset.generation import russian as old
    from medsyn_dataset.language import grammar as new

    for name in old.__all__:
        assert getattr(old, name) is getattr(new, name), name
    public = {n for n in vars(new) if not n.startswith("_") and callable(getattr(new, n)) and getattr(new, n).__module__ == new.__name__}
    assert public == set(old.__all__)


def test_the_pii_morphology_uses_the_shared_analyser() -> None:
    from medsyn_dataset.language.morphology import analyzer
    from medsyn_dataset.validation.pii import morph

    assert morph.analyzer is analyzer


def test_preflight_check_config_files_forwards_to_the_release_preflight(tmp_path: Path) -> None:
    from medsyn_dataset.preflight import check_config_files

    config = config_from_dict({"name": "x", "codes": ["I10"], "notes": {"total": 1}, "validation": {"eval_texts": [str(tmp_path / "dev.jsonl")]}})
    with pytest.raises(ConfigError, match=r"validation\.eval_texts\[0\]: .*dev\.jsonl: no such file"):
        check_config_files(config)
    check_config_files(config, ("generation",))  # the validation section is not checked
