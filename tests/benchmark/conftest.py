"""Tiny ICD-10 prediction data, made up here: five codes with their own vocabularies."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

VOCAB = {
    "J06": ["кашель", "насморк", "першение", "заложенность", "чихание"],
    "I10": ["давление", "гипертония", "затылок", "мушки", "пульсация"],
    "M54": ["поясница", "спина", "прострел", "онемение", "скованность"],
    "K29": ["изжога", "живот", "отрыжка", "тошнота", "желудок"],
    "E11": ["жажда", "сахар", "сухость", "мочеиспускание", "зуд"],
}
FILLER = ["жалобы", "на", "в", "течение", "недели", "пациент", "отмечает", "усиливается", "вечером"]


def make_examples(n_per_code: int, seed: int, prefix: str, counts: dict[str, int] | None = None) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for code, words in VOCAB.items():
        for i in range((counts or {}).get(code, n_per_code)):
            text = " ".join(rng.sample(words, 3) + rng.sample(FILLER, 3))
            rows.append({"idx": f"{prefix}{code}{i}", "symptoms": text, "code": code})
    rng.shuffle(rows)
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def tiny_train(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "train.jsonl", make_examples(12, seed=1, prefix="t"))


@pytest.fixture
def tiny_dev(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "dev.jsonl", make_examples(4, seed=2, prefix="d"))
