"""Fine-tune a Hugging Face encoder for ICD-10 code classification (the `local` extra: torch + transformers).

``model_id`` is a Hub id (e.g. a Russian BERT, when the Hub is reachable) or a local folder holding
a model and its tokenizer; with ``HF_HUB_OFFLINE=1`` only local folders and the cache are used.
Training is seeded (``transformers.set_seed``), runs on CPU or the first GPU, shows a rich progress
bar, and saves the fine-tuned model, tokenizer and label map to ``output_dir``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from medsyn_dataset.progress import BAR, COUNT, REMAINING, progress_bar


@dataclass
class TransformerClassifier:
    model_id: str = "DeepPavlov/rubert-base-cased"
    output_dir: str | None = None
    epochs: float = 3.0
    batch_size: int = 16
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_length: int = 256
    seed: int = 0
    _model: Any = field(default=None, init=False, repr=False)
    _tokenizer: Any = field(default=None, init=False, repr=False)
    _labels: list[str] = field(default_factory=list, init=False, repr=False)

    def _device(self) -> Any:
        import torch

        return torch.device("cuda" if torch.cuda.is_available() else "cpu")

    def fit(self, texts: Sequence[str], codes: Sequence[str]) -> TransformerClassifier:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer, set_seed

        if len(set(codes)) < 2:
            raise ValueError("training data must hold at least two distinct codes")
        set_seed(self.seed)
        self._labels = sorted(set(codes))
        label_id = {code: i for i, code in enumerate(self._labels)}
        from medsyn_dataset.io import check_model_location

        check_model_location(self.model_id)
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(self.model_id)
            self._model = AutoModelForSequenceClassification.from_pretrained(
                self.model_id,
                num_labels=len(self._labels),
                id2label=dict(enumerate(self._labels)),
                label2id=label_id,
                ignore_mismatched_sizes=True,  # a pretrained head of another size is replaced
            )
        except OSError as exc:  # not on disk and no Hub (offline, or no such id)
            raise ValueError(
                f"{self.model_id}: cannot load the model or its tokenizer ({exc.__class__.__name__}); "
                "without Hub access pass a local folder with --model-id"
            ) from exc
        device = self._device()
        self._model.to(device).train()

        targets = torch.tensor([label_id[c] for c in codes])
        generator = torch.Generator().manual_seed(self.seed)
        steps_per_epoch = math.ceil(len(texts) / self.batch_size)
        total_steps = max(1, math.ceil(self.epochs * steps_per_epoch))
        optimizer = torch.optim.AdamW(self._model.parameters(), lr=self.learning_rate, weight_decay=self.weight_decay)
        warmup = int(self.warmup_ratio * total_steps)
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer,
            lambda step: (step + 1) / max(1, warmup) if step < warmup else max(0.0, (total_steps - step) / max(1, total_steps - warmup)),
        )
        text_list = list(texts)
        step = 0
        with progress_bar("[bold]fine-tuning[/] {task.description}", BAR, COUNT, REMAINING, transient=True) as bar:
            task = bar.add_task("", total=total_steps)
            while step < total_steps:
                order = torch.randperm(len(text_list), generator=generator).tolist()
                for start in range(0, len(order), self.batch_size):
                    if step >= total_steps:
                        break
                    batch = order[start : start + self.batch_size]
                    encoded = self._encode([text_list[i] for i in batch]).to(device)
                    loss = self._model(**encoded, labels=targets[batch].to(device)).loss
                    loss.backward()
                    torch.nn.utils.clip_grad_norm_(self._model.parameters(), 1.0)
                    optimizer.step()
                    scheduler.step()
                    optimizer.zero_grad()
                    step += 1
                    bar.update(task, advance=1, description=f"loss {loss.item():.3f}")
        self._model.eval()
        if self.output_dir:
            self.save(self.output_dir)
        return self

    def _encode(self, texts: Sequence[str]) -> Any:
        return self._tokenizer(
            list(texts), truncation=True, max_length=self.max_length, padding=True, return_tensors="pt"
        )

    def rank(self, texts: Sequence[str], k: int = 3) -> list[list[str]]:
        import torch

        if self._model is None:
            raise RuntimeError("fit the model first")
        ranked: list[list[str]] = []
        device = self._device()
        with torch.no_grad():
            for start in range(0, len(texts), self.batch_size * 2):
                encoded = self._encode(texts[start : start + self.batch_size * 2]).to(device)
                logits = self._model(**encoded).logits
                top = torch.topk(logits, k=min(k, len(self._labels)), dim=-1).indices.cpu().tolist()
                ranked.extend([self._labels[j] for j in row] for row in top)
        return ranked

    def save(self, output_dir: str) -> None:
        """Save model, tokenizer (its id2label holds the codes) in ``output_dir``, atomically.

        ``output_dir`` must be new, empty or an earlier model of this command (``medsyn_model.json``).
        """
        from medsyn_dataset.io import atomic_write_json
        from medsyn_dataset.outputs import BENCHMARK_MODEL

        with BENCHMARK_MODEL.replace(output_dir) as staged:
            self._model.save_pretrained(staged)
            self._tokenizer.save_pretrained(staged)
            atomic_write_json(staged / BENCHMARK_MODEL.marker, BENCHMARK_MODEL.stamp(self.describe()))

    def describe(self) -> dict[str, Any]:
        return {
            "model": "transformer",
            "model_id": self.model_id,
            "output_dir": self.output_dir,
            "epochs": self.epochs,
            "batch_size": self.batch_size,
            "learning_rate": self.learning_rate,
            "weight_decay": self.weight_decay,
            "warmup_ratio": self.warmup_ratio,
            "max_length": self.max_length,
            "seed": self.seed,
            "n_labels": len(self._labels),
        }
