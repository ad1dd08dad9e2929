"""Medical knowledge graph (MKG): diseases, symptoms and drugs with weighted edges.

A graph is a set of triples ``head, relation, tail, weight``: the same format for the graph the
package ships (``data/mkg_default.tsv``) and for external graphs users plug in (CSV, TSV or
Parquet). Relations:

* ``has_symptom``  disease -> symptom phrase (Russian), weight = how typical
* ``treated_with`` disease -> drug (Russian INN), weight = how typical
* ``sex``          disease -> ``male`` | ``female`` (the code is limited to that sex)
* ``min_age`` / ``max_age`` disease -> integer years

A disease is an ICD-10 code: a 3-character category or a subcode. Constraints of a subcode are
added to those of its category.
"""

from __future__ import annotations

import csv
import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

import numpy as np

Relation = Literal["has_symptom", "treated_with", "sex", "min_age", "max_age"]
RELATIONS: tuple[str, ...] = ("has_symptom", "treated_with", "sex", "min_age", "max_age")
NodeType = Literal["disease", "symptom", "drug"]
TRIPLE_COLUMNS: tuple[str, ...] = ("head", "relation", "tail", "weight")
DEFAULT_K_RANGE: tuple[int, int] = (2, 5)


class MkgFormatError(ValueError):
    """A triple file is malformed. The message names the file, the row (1-based, header = row 1) and the field."""

    def __init__(self, path: str | os.PathLike[str], row: int | None, column: str | None, problem: str) -> None:
        where = str(path)
        if row is not None:
            where += f": row {row}"
        if column is not None:
            where += f", field {column!r}"
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Triple:
    head: str
    relation: str
    tail: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Constraints:
    """Who can have a disease: sex (None = any) and an inclusive age range in years."""

    sex: str | None = None
    min_age: int = 0
    max_age: int = 99

    def allows(self, sex: str, age: int) -> bool:
        return (self.sex is None or self.sex == sex) and self.min_age <= age <= self.max_age


@dataclass
class Disease:
    code: str
    symptoms: dict[str, float] = field(default_factory=dict)
    drugs: dict[str, float] = field(default_factory=dict)
    sex: str | None = None
    min_age: int | None = None
    max_age: int | None = None


class MedicalKnowledgeGraph:
    """Typed nodes and weighted edges, indexed by disease code."""

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self.diseases: dict[str, Disease] = {}
        self.nodes: dict[str, NodeType] = {}
        self.triples: list[Triple] = []
        for triple in triples:
            self.add(triple)

    # ---- building ---------------------------------------------------------------------------
    def add(self, triple: Triple) -> None:
        """Add one triple (a later edge with the same head, relation and tail replaces the weight)."""
        if triple.relation not in RELATIONS:
            raise ValueError(f"unknown relation {triple.relation!r}; expected one of {RELATIONS}")
        disease = self.diseases.setdefault(triple.head, Disease(triple.head))
        self.nodes[triple.head] = "disease"
        rel = triple.relation
        if rel == "has_symptom":
            disease.symptoms[triple.tail] = triple.weight
            self.nodes.setdefault(triple.tail, "symptom")
        elif rel == "treated_with":
            disease.drugs[triple.tail] = triple.weight
            self.nodes.setdefault(triple.tail, "drug")
        elif rel == "sex":
            if triple.tail not in ("male", "female"):
                raise ValueError(f"{triple.head}: sex must be 'male' or 'female', got {triple.tail!r}")
            disease.sex = triple.tail
        else:
            age = int(triple.tail)
            if not 0 <= age <= 120:
                raise ValueError(f"{triple.head}: {rel} {age} is outside 0-120")
            setattr(disease, rel, age)
        self.triples.append(triple)

    def merged(self, other: MedicalKnowledgeGraph) -> MedicalKnowledgeGraph:
        """A new graph with ``other``'s triples added on top of this one's."""
        return MedicalKnowledgeGraph([*self.triples, *other.triples])

    # ---- queries ----------------------------------------------------------------------------
    def codes(self) -> list[str]:
        """Disease codes that have at least one symptom, sorted."""
        return sorted(code for code, d in self.diseases.items() if d.symptoms)

    def symptoms(self, code: str) -> dict[str, float]:
        """Symptom -> weight for a code; a subcode without its own symptoms uses its category's."""
        disease = self.diseases.get(code)
        if disease is not None and disease.symptoms:
            return dict(disease.symptoms)
        category = self.diseases.get(code[:3])
        if category is None or not category.symptoms:
            raise KeyError(f"the knowledge graph has no symptoms for {code!r}")
        return dict(category.symptoms)

    def drugs(self, code: str) -> dict[str, float]:
        disease = self.diseases.get(code) or self.diseases.get(code[:3])
        return dict(disease.drugs) if disease else {}

    def constraints(self, code: str) -> Constraints:
        """Sex and age limits of a code: the category's, narrowed by the subcode's own."""
        sex: str | None = None
        lo, hi = 0, 99
        for key in dict.fromkeys((code[:3], code)):
            disease = self.diseases.get(key)
            if disease is None:
                continue
            sex = disease.sex or sex
            lo = max(lo, disease.min_age if disease.min_age is not None else 0)
            hi = min(hi, disease.max_age if disease.max_age is not None else 99)
        if lo > hi:
            raise ValueError(f"{code}: empty age range {lo}-{hi}")
        return Constraints(sex=sex, min_age=lo, max_age=hi)

    def sample_symptoms(
        self,
        code: str,
        rng: np.random.Generator | int,
        k: int | None = None,
        k_range: tuple[int, int] = DEFAULT_K_RANGE,
        temperature: float = 1.0,
    ) -> list[str]:
        """Draw ``k`` distinct symptoms of ``code`` by weight, without replacement.

        ``k`` defaults to a uniform draw from ``k_range`` (inclusive), capped at the number of
        symptoms. ``temperature`` flattens (> 1) or sharpens (< 1) the weights: p ~ w ** (1/T).
        Same ``rng`` seed, same answer.
        """
        if temperature <= 0:
            raise ValueError("temperature must be > 0")
        gen = np.random.default_rng(rng) if isinstance(rng, int) else rng
        pool = self.symptoms(code)
        names = sorted(pool)  # sorted: the draw must not depend on file order
        if k is None:
            lo, hi = k_range
            if not 0 <= lo <= hi:
                raise ValueError(f"bad k_range {k_range}")
            k = int(gen.integers(lo, hi + 1))
        k = min(k, len(names))
        weights = np.array([pool[n] for n in names], dtype=float) ** (1.0 / temperature)
        # Efraimidis-Spirakis: weighted sampling without replacement via keys u ** (1 / w).
        keys = gen.random(len(names)) ** (1.0 / weights)
        order = np.argsort(-keys, kind="stable")[:k]
        return [names[i] for i in order]


# ---- loading ------------------------------------------------------------------------------------


def _rows_from_file(path: Path) -> Iterable[tuple[int, dict[str, object]]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        from medsyn_dataset.io import read_parquet

        table = read_parquet(path)
        missing = [c for c in TRIPLE_COLUMNS[:3] if c not in table.column_names]
        if missing:
            raise MkgFormatError(path, 1, missing[0], f"missing column; need {', '.join(TRIPLE_COLUMNS)}")
        yield from enumerate(table.to_pylist(), start=2)
        return
    if suffix not in (".csv", ".tsv", ".txt"):
        raise MkgFormatError(path, None, None, "unsupported triple file type; use .csv, .tsv or .parquet")
    delimiter = "," if suffix == ".csv" else "\t"
    from medsyn_dataset.io import iter_text_lines

    lines = (line for line in iter_text_lines(path) if not line.startswith("#"))
    reader = csv.DictReader(lines, delimiter=delimiter)
    missing = [c for c in TRIPLE_COLUMNS[:3] if c not in (reader.fieldnames or [])]
    if missing:
        raise MkgFormatError(path, 1, missing[0], f"missing column; need {', '.join(TRIPLE_COLUMNS)}")
    yield from enumerate(reader, start=2)


def load_triples(path: str | os.PathLike[str]) -> MedicalKnowledgeGraph:
    """Load a graph from a CSV/TSV/Parquet triple file (``head, relation, tail[, weight]``).

    Lines starting with ``#`` in text files are comments. Any bad row is an
    :class:`MkgFormatError` naming the file, the row and the field.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such knowledge-graph file")
    if path.is_dir():
        raise MkgFormatError(path, None, None, "is a folder, not a triple file")
    graph = MedicalKnowledgeGraph()
    for row_no, row in _rows_from_file(path):
        values = {c: ("" if row.get(c) is None else str(row.get(c)).strip()) for c in TRIPLE_COLUMNS}
        for column in TRIPLE_COLUMNS[:3]:
            if not values[column]:
                raise MkgFormatError(path, row_no, column, "empty value")
        if values["relation"] not in RELATIONS:
            raise MkgFormatError(
                path, row_no, "relation", f"unknown relation {values['relation']!r}; expected one of {RELATIONS}"
            )
        try:
            weight = float(values["weight"]) if values["weight"] else 1.0
        except ValueError:
            raise MkgFormatError(path, row_no, "weight", f"not a number: {values['weight']!r}") from None
        if not weight > 0 or weight != weight or weight == float("inf"):
            raise MkgFormatError(path, row_no, "weight", f"must be a finite number > 0, got {weight}")
        try:
            graph.add(Triple(values["head"], values["relation"], values["tail"], weight))
        except ValueError as exc:
            raise MkgFormatError(path, row_no, "tail", str(exc)) from None
    return graph


def write_triples(graph: MedicalKnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    """Write a graph as a TSV triple file (atomically)."""
    from medsyn_dataset.io import atomic_open

    with atomic_open(path) as fh:
        fh.write("\t".join(TRIPLE_COLUMNS) + "\n")
        for t in graph.triples:
            fh.write(f"{t.head}\t{t.relation}\t{t.tail}\t{t.weight:g}\n")
    return Path(path)


@functools.cache
def _default_graph_path() -> Path:
    return Path(str(resources.files("medsyn_dataset.knowledge").joinpath("data/mkg_default.tsv")))


def default_mkg() -> MedicalKnowledgeGraph:
    """The graph authored in this project for the 219 default codes."""
    return _cached_default()


@functools.cache
def _cached_default() -> MedicalKnowledgeGraph:
    return load_triples(_default_graph_path())


def load_mkg(paths: Sequence[str | os.PathLike[str]] = (), include_default: bool = True) -> MedicalKnowledgeGraph:
    """The default graph (optionally) with external triple files layered on top, in order."""
    graph = default_mkg() if include_default else MedicalKnowledgeGraph()
    for path in paths:
        graph = graph.merged(load_triples(path))
    return graph
