"""The transformer baseline on a tiny random BERT built in a temp dir (nothing is downloaded)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from medsyn_dataset.cli import app

from .conftest import FILLER, VOCAB

pytestmark = pytest.mark.local


@pytest.fixture
def tiny_bert(tmp_path):
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a 32-wide model: more threads only add contention on a busy machine
    transformers = pytest.importorskip("transformers")
    folder = tmp_path / "tiny-bert"
    folder.mkdir()
    words = sorted({w for ws in VOCAB.values() for w in ws} | set(FILLER))
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]
    tokenizer = transformers.BertTokenizerFast(vocab={w: i for i, w in enumerate(vocab)}, do_lower_case=True)
    tokenizer.save_pretrained(folder)
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=64, num_labels=2,
    )
    transformers.set_seed(0)
    transformers.BertForSequenceClassification(config).save_pretrained(folder)
    yield folder
    torch.set_num_threads(threads)


def test_tiny_transformer_trains_saves_and_is_seeded(tmp_path, tiny_bert, tiny_train, tiny_dev):
    runs = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.json"
        args = ["benchmark", "icd", "--train", str(tiny_train), "--eval", str(tiny_dev), "--model", "transformer",
                "--model-id", str(tiny_bert), "--epochs", "6", "--batch-size", "8", "--lr", "1e-2",
                "--max-length", "16", "--seed", "3", "--out", str(out), "--predictions", str(tmp_path / f"{name}.jsonl")]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        runs.append(json.loads(out.read_text()))
    first, second = runs
    assert first["model"]["model"] == "transformer" and first["model"]["n_labels"] == 5
    assert first["metrics"]["hit_at_1"] >= 0.4  # 5 codes with disjoint vocabularies: twice chance (0.2) or better
    assert first["metrics"] == second["metrics"]  # same seed, same result
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()
    saved = tmp_path / "a" / "model"
    config = json.loads((saved / "config.json").read_text())
    assert sorted(config["id2label"].values()) == sorted(VOCAB)
    assert (saved / "tokenizer.json").exists() or (saved / "vocab.txt").exists()


def test_unreachable_model_id_is_a_clear_error(tmp_path, tiny_train, tiny_dev, monkeypatch):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = CliRunner().invoke(
        app, ["benchmark", "icd", "--train", str(tiny_train), "--eval", str(tiny_dev), "--model", "transformer",
              "--model-id", "no-such-owner/no-such-model", "--out", str(tmp_path / "r.json")],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "no-such-owner/no-such-model: cannot load the model" in result.output
    assert not (tmp_path / "r.json").exists()
