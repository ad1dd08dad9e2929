"""Training and evaluation data of the identifier tagger (:mod:`medsyn_dataset.validation.pii.id_tagger`).

Only TUNING data is read here: the ``tune`` families of :mod:`benchmarks.pii_families` (the held-out
ones are planted separately, for measurement only) and every blind split whose ``tuning`` flag is set in
``bench_pii.BLIND_SPLITS`` (each written by another author), less :data:`LEFT_OUT` (each with its reason). A
split still held out (blind15, blind18, blind21, blind23, blind27 and every fresh one) is never planted here.
Every candidate token (:func:`.id_features.candidates`) of a planted note is an example: positive
when it overlaps a planted MEDICAL_RECORD_NUMBER span, negative otherwise (other planted types
included: a phone or a SNILS is not a record number).

The notes planted into are RuMedTop3 *train*, split once (:func:`rumedtop3_train_parts`): a fixed fifth of it,
chosen by a CRC-32 of each note's ``idx`` (stable whatever the file's order), is *held back*. No tagger learns from
it, neither a leave-one-author-out fold's nor the shipped one: the training splits are planted into the other four
fifths and their clean notes are the negatives; the leave-one-author-out folds are planted into the held-back fifth,
so a fold's false spans are counted on text no model saw.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from benchmarks import bench_pii
from benchmarks.pii_families import HELDOUT, TUNE
from medsyn_dataset.io import iter_jsonl
from medsyn_dataset.validation.pii.id_features import LineIndex, candidates, features, hashed
from medsyn_dataset.validation.pii.id_tagger_vetoes import refused
from medsyn_dataset.validation.pii.normalize import normalize

MRN = "MEDICAL_RECORD_NUMBER"
Row = tuple[str, str, str, list[tuple[str, int, int]]]


@dataclass
class Example:
    split: str
    note: int  # index of the note in its split's rows
    start: int
    end: int
    label: int
    buckets: list[int]
    #: the rules' vetoes refuse it whatever the model scores (:mod:`.id_tagger_vetoes`): the recognizer never reports
    #: it, so a measurement drops it; a model still learns from it (its label is as good as any other)
    refused: bool = False


#: one RuMedTop3 train note in this many is held back from every tagger (see the module doc)
HELD_BACK_MODULUS = 5


def held_back(idx: str) -> bool:
    """Whether the RuMedTop3 train note ``idx`` is in the held-back fifth."""
    return zlib.crc32(idx.encode("utf-8")) % HELD_BACK_MODULUS == 0


def rumedtop3_train_parts() -> tuple[list[str], list[str]]:
    """(the RuMedTop3 train notes a tagger may learn from, the held-back ones), in the file's order; two empty
    lists without the file."""
    path = bench_pii.RUMEDTOP3 / "train.jsonl"
    if not path.exists():
        return [], []
    kept: list[str] = []
    held: list[str] = []
    for _, row in iter_jsonl(path):
        (held if held_back(str(row["idx"])) else kept).append(row["symptoms"])
    return kept, held


#: tuning splits the tagger does not learn from, with the reason (every other tuning split is its data)
LEFT_OUT: dict[str, str] = {}


def tuning_split_names() -> list[str]:
    """``tune`` and every blind split that is tuning data, less :data:`LEFT_OUT`, in ``BLIND_SPLITS`` order."""
    return [TUNE, *(b.name for b in bench_pii.BLIND_SPLITS if b.tuning and b.name not in LEFT_OUT)]


def planted_split(name: str, notes: list[str], per_family: int) -> list[Row]:
    """The planted notes of one split (``tune``, ``heldout`` or a tuning blind split), as the
    benchmark plants them (same seeds, same notes)."""
    if name in (TUNE, HELDOUT):
        return [row for row in bench_pii.planted_corpus(notes, per_family) if row[1] == name]
    (split,) = [b for b in bench_pii.BLIND_SPLITS if b.name == name]
    if not split.tuning:
        raise ValueError(f"{name} is held out: never planted for the tagger")
    families, blocks = split.load()
    return bench_pii.planted_corpus(notes, per_family, seed=split.seed, families=families, blocks=blocks)


def examples(split: str, rows: list[Row]) -> list[Example]:
    out = []
    for index, (_, _, text, golds) in enumerate(rows):
        text = normalize(text)  # (what the recognizers read: one character for one)
        mrn = [(s, e) for kind, s, e in golds if kind == MRN]
        lines = LineIndex(text)
        for cand in candidates(text):
            label = int(any(s < cand.end and cand.start < e for s, e in mrn))
            out.append(Example(split, index, cand.start, cand.end, label, hashed(features(text, cand.start, cand.end, lines)),
                               refused(text, cand.start, cand.end)))
    return out


def clean_examples(notes: list[str], split: str = "clean") -> list[Example]:
    """Every candidate of clean notes, as negatives."""
    return examples(split, [("clean", split, note, []) for note in notes])
