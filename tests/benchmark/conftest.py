"""Tiny ICD-10 prediction data, made up here: five codes with their own vocabularies."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

VOCAB = {
    "J06": ["кашель", "насморк", "першение", "заложенность", "чихание"],
    "I10": ["давление", "гипертония", "затылок", "мушки", "пульсация"],
    "M54": ["поясница", "спина", "прострел", "онемение", "скованность"],
    "K29": ["изжога", "живот", "отрыжка", "тошнота", "желудок"],
    "E11": ["жажда", "сахар", "сухость", "мочеиспускание", "зуд"],
}
FILLER = ["жалобы", "на", "в", "течение", "недели", "пациент", "отмечает", "усиливается", "вечером"]


def make_examples(
    n_per_code: int, seed: int, prefix: str, counts: dict[str, int] | None = None, foreign: int = 0
) -> list[dict]:
    """``foreign`` words come from another code's vocabulary: noise that makes rare codes hard."""
    rng = random.Random(seed)
    rows = []
    for code, words in VOCAB.items():
        for i in range((counts or {}).get(code, n_per_code)):
            other = rng.choice([c for c in VOCAB if c != code])
            text = " ".join(rng.sample(words, 2 if foreign else 3) + rng.sample(VOCAB[other], foreign) + rng.sample(FILLER, 3))
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


README = """---
configs:
- config_name: icd_classification
  data_files:
  - split: train
    path: icd_classification/train-*.parquet
  - split: test
    path: icd_classification/test-*.parquet
dataset_info:
- config_name: icd_classification
  features:
  - name: idx
    dtype: string
  - name: text
    dtype: string
  - name: code
    dtype:
      class_label:
        names:
          '0': E11
          '1': I10
          '2': J06
---
# tiny release
"""


@pytest.fixture
def tiny_release(tmp_path: Path) -> Path:
    """A release folder in the layout the builder writes: Parquet per split + README `configs:`."""
    root = tmp_path / "release"
    (root / "icd_classification").mkdir(parents=True)
    (root / "README.md").write_text(README, encoding="utf-8")
    names = ["E11", "I10", "J06"]
    for split, rows in {
        "train": [("r1", "жажда сахар", "E11"), ("r2", "давление", "I10"), ("r3", "кашель", "J06")],
        "test": [("q1", "кашель насморк", "J06"), ("q2", "жажда", "E11")],
    }.items():
        table = pa.table(
            {
                "idx": [r[0] for r in rows],
                "text": [r[1] for r in rows],
                "code": pa.array([names.index(r[2]) for r in rows], pa.int64()),
            }
        )
        pq.write_table(table, root / "icd_classification" / f"{split}-00000-of-00001.parquet")
    return root


