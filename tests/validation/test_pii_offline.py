"""The Russian Presidio engine works offline: no spaCy model, no network, no Hub, and importing the
package stays cheap (Presidio loads only when a scanner is built)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest

from medsyn_dataset.validation.pii.engine import RussianNlpEngine, build_analyzer


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=120
    )


def test_no_russian_spacy_model_is_installed_or_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    # the squatted PyPI placeholder must never be installed, and the engine must not need a model
    for name in ("ru_core_news_sm", "ru_core_news_md", "ru_core_news_lg"):
        assert importlib.util.find_spec(name) is None, f"{name} is installed; remove it"
    import spacy

    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"spacy.load called with {args}")

    monkeypatch.setattr(spacy, "load", no_model)
    analyzer = build_analyzer()
    results = analyzer.analyze(text="Пациентка Петрова М.И., тел. +7 (912) 345-67-89", language="ru")
    assert {r.entity_type for r in results} == {"PERSON", "PHONE_NUMBER"}


def test_nlp_engine_gives_tokens_and_lemmas_without_a_model() -> None:
    engine = RussianNlpEngine()
    engine.load()
    artifacts = engine.process_text("Пациентка жаловалась на боли в суставах", "ru")
    assert [t.text for t in artifacts.tokens][:2] == ["Пациентка", "жаловалась"]
    assert artifacts.lemmas[:4] == ["пациентка", "жаловаться", "на", "боль"]
    assert "на" not in artifacts.keywords and "боль" in artifacts.keywords
    assert artifacts.tokens_indices[1] == len("Пациентка ")
    assert engine.get_supported_languages() == ["ru"] and engine.is_punct("...", "ru")
    with pytest.raises(ValueError, match="language"):
        engine.process_text("text", "en")


def test_scanner_works_with_the_network_cut_off() -> None:
    result = _run(
        """
        import socket
        def refuse(*args, **kwargs):
            raise RuntimeError("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from medsyn_dataset.validation.pii import PiiScanner, redact
        text = "Имя пациента: Анна Иванова, г. Новосибирск, СНИЛС 112-233-445 95"
        print(redact(text, PiiScanner().scan(text)))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Имя пациента: <PERSON>, <LOCATION>, СНИЛС <SNILS>"


def test_import_is_cheap_and_presidio_import_leaves_torch_importable() -> None:
    result = _run(
        """
        import sys
        import medsyn_dataset.validation.pii as pii
        assert "presidio_analyzer" not in sys.modules, "importing the package must not load Presidio"
        assert pii.ENTITY_TYPES and pii.PiiEntity
        pii.PiiScanner  # loads Presidio with transformers/torch hidden
        assert "presidio_analyzer" in sys.modules
        assert sys.modules.get("torch", "absent") is not None, "torch left hidden"
        assert sys.modules.get("transformers", "absent") is not None, "transformers left hidden"
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
