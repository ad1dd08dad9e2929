"""Contamination against eval texts, memorisation against reference notes, outside-text loading."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from medsyn_dataset.validation.contamination import load_texts, longest_shared_ngram, overlap
from medsyn_dataset.validation.normalize import tokenize_corpus, word_shingles

from .conftest import CLEAN_NOTE

EVAL = "Жалобы на давящие боли за грудиной при ходьбе, одышку при подъеме на второй этаж, отеки голеней к вечеру."
REAL = (
    "Больная 67 лет поступила с жалобами на головокружение, шум в ушах, шаткость походки, онемение левой руки. "
    "В анамнезе гипертоническая болезнь в течение двадцати лет, нерегулярно принимает эналаприл. Неделю назад "
    "после эмоционального стресса отметила усиление головной боли в затылочной области и мелькание мушек перед глазами."
)


def shingles_of(texts: list[str], vocab: dict[str, int]):  # type: ignore[no-untyped-def]
    return word_shingles(tokenize_corpus(texts, vocab), 5)


def test_overlap_finds_contained_eval_text_and_copied_reference() -> None:
    vocab: dict[str, int] = {}
    notes = [CLEAN_NOTE, CLEAN_NOTE + " " + EVAL, "Пациент отмечает: " + REAL[:250] + " Далее без особенностей."]
    outside = [EVAL, REAL, "Совсем другой текст о переломе лучевой кости со смещением."]
    result = overlap(shingles_of(notes, vocab), shingles_of(outside, vocab))
    assert result.best[0] == -1
    assert result.best[1] == 0 and result.containment_outside[1] == 1.0
    assert result.best[2] == 1 and result.longest_ngram[2] >= 30
    assert 0 < result.jaccard[2] < 1


def test_longest_shared_ngram_counts_words() -> None:
    note = np.array([1, 2, 3, 9, 4], dtype=np.uint64)
    assert longest_shared_ngram(note, np.array([1, 2, 3, 4], dtype=np.uint64), k=5) == 3 + 5 - 1
    assert longest_shared_ngram(note, np.array([7], dtype=np.uint64), k=5) == 0


def test_load_texts_formats(tmp_path: Path) -> None:
    jl = tmp_path / "dev.jsonl"
    jl.write_text(json.dumps({"idx": "q1", "symptoms": EVAL, "code": "I20"}, ensure_ascii=False) + "\n", "utf-8")
    assert [(t.id, t.text) for t in load_texts(jl)] == [("q1", EVAL)]
    txt = tmp_path / "pool.txt"
    txt.write_text(f"{REAL}\n\n{EVAL}\n", "utf-8")
    assert [t.id for t in load_texts(txt)] == ["pool.txt:1", "pool.txt:3"]
    js = tmp_path / "pool.json"
    js.write_text(json.dumps([{"text": REAL}], ensure_ascii=False), "utf-8")
    assert load_texts(js)[0].id == "pool.json:1"


def test_load_texts_errors_name_file_row_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"code": "J18"}\n', "utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl: row 2: no text field"):
        load_texts(bad)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "ok"\n', "utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl: line 1: not valid JSON"):
        load_texts(broken)
    typed = tmp_path / "typed.jsonl"
    typed.write_text('{"text": 5}\n', "utf-8")
    with pytest.raises(ValueError, match=r"row 1, field 'text'"):
        load_texts(typed)
    with pytest.raises(FileNotFoundError, match=r"missing\.jsonl"):
        load_texts(tmp_path / "missing.jsonl")
    csv = tmp_path / "x.csv"
    csv.write_text("text\nabc\n", "utf-8")
    with pytest.raises(ValueError, match="unsupported"):
        load_texts(csv)
