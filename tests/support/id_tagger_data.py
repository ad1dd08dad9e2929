"""A tiny synthetic training set for the identifier tagger's train -> export -> load -> predict test.

Identifiers after record labels are positives; numbers of the same length that are doses, lab
values, years and times are negatives. Drawn from a seeded generator, so every run is the same.
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
    "Гепарин {n} ЕД подкожно.",
    "Тромбоциты {n} в мкл.",
    "Суточный диурез {n} мл.",
    "Болеет с {year} года.",
    "Принимает {n} мг в сутки.",
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
            notes.append((frame.format(n=rng.randint(1_000, 99_999), year=rng.randint(1990, 2024)), 0))
    return notes


def synthetic_examples(count: int, seed: int) -> tuple[list[list[int]], list[int]]:
    """The hashed features and labels of every candidate of :func:`synthetic_notes`."""
    buckets, labels = [], []
    for text, label in synthetic_notes(count, seed):
        for cand in candidates(text):
            buckets.append(hashed(features(text, cand.start, cand.end)))
            labels.append(label)
    return buckets, labels
