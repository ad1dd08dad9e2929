"""A tiny synthetic training set for the identifier tagger's train -> export -> load -> predict test.

Identifiers after record labels are positives; numbers of the same length that are lab values,
energy and mass amounts are negatives. Every negative reaches the model: a plain number before a
unit the candidates veto ("Гепарин 5000 ЕД", "1500 мл", "500 мг") or a bare year is no candidate at
all, so frames of those would teach it nothing (their veto has its own tests). Drawn from a seeded
generator, so every run is the same.
"""

from __future__ import annotations

import random

from medsyn_dataset.validation.pii.id_features import candidates, features, hashed

POSITIVE_FRAMES = (
    "Медицинская карта № {n}.",
    "История болезни {n}, отделение терапии.",
    "ID пациента: {n}",
    "Направление №{n} от поликлиники.",
    "card_id={n}",
)
NEGATIVE_FRAMES = (
    "Тромбоциты {n} в мкл.",
    "Калорийность рациона {n} ккал.",
    "Ферритин {n} нг/мл.",
    "Лейкоциты {n} в 1 мкл крови.",
    "Масса при рождении {n} грамм.",
)


def synthetic_notes(count: int, seed: int) -> list[tuple[str, int]]:
    """(note, label) pairs, half identifiers and half clinical values, each note with one candidate."""
    rng = random.Random(seed)
    notes = []
    for i in range(count):
        if i % 2 == 0:
            number = str(rng.randint(10_000, 9_999_999)) + ("/" + str(rng.randint(20, 24)) if rng.random() < 0.4 else "")
            notes.append((rng.choice(POSITIVE_FRAMES).format(n=number), 1))
        else:
            frame = rng.choice(NEGATIVE_FRAMES)
            # (not 1900-2099: a bare year is no candidate)
            notes.append((frame.format(n=rng.randint(2_100, 99_999)), 0))
    return notes


def synthetic_examples(count: int, seed: int) -> tuple[list[list[int]], list[int]]:
    """The hashed features and labels of every candidate of :func:`synthetic_notes`."""
    buckets, labels = [], []
    for text, label in synthetic_notes(count, seed):
        for cand in candidates(text):
            buckets.append(hashed(features(text, cand.start, cand.end)))
            labels.append(label)
    return buckets, labels
