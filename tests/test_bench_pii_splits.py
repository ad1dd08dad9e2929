"""The PII benchmark scores each independently written split under its own name."""

from __future__ import annotations

import random
import sys
import types
from typing import Any

from benchmarks.bench_pii import BlindSplit
from benchmarks.pii_families import HELDOUT, BlockFamily, Family, Planted


def _surname(rng: random.Random, fake: Any, case: str) -> str:
    return "Иванов"


def _document(rng: random.Random, fake: Any) -> Planted:
    return Planted("x", [])


def test_a_blind_split_is_scored_under_its_own_name_whatever_its_author_labelled(monkeypatch: Any) -> None:
    # An author who labels a fresh split's families "heldout" must not have them counted as the
    # benchmark's own held-out families (nor the other way round).
    module = types.ModuleType("fake_blind_split")
    families_written = [Family("f_one", "PERSON", HELDOUT, ("{}",), _surname)]
    monkeypatch.setattr(module, "FRESH_FAMILIES", families_written, raising=False)
    monkeypatch.setattr(module, "FRESH_BLOCKS", [BlockFamily("f_doc", HELDOUT, _document)], raising=False)
    monkeypatch.setitem(sys.modules, "fake_blind_split", module)
    families, blocks = BlindSplit("fresh", "fake_blind_split", 99, False, "test").load()
    assert [f.split for f in families] == ["fresh"]
    assert [b.split for b in blocks] == ["fresh"]
    assert [f.name for f in families] == ["f_one"] and [b.name for b in blocks] == ["f_doc"]
