"""Stages import only stages below them (README "Pipeline"): the layering rule, checked on every module.

Every import counts: at the top, inside functions, under ``TYPE_CHECKING``, relative ones, and
module paths named in strings (``importlib.import_module`` tables of lazy attributes).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "medsyn_dataset"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE

#: Lowest first; a module imports only from its own layer and from layers below it. The first four
#: are the foundations every stage may use.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    # files, schemas, output rules, provenance, exit codes, CLI helpers, progress bars
    ("shared", frozenset({"__init__", "_cli_util", "_lazy", "exit_codes", "io", "schema", "outputs", "release_layout", "provenance",
                          "note_folder", "jsonrecord", "validation_report", "progress"})),
    ("knowledge", frozenset({"knowledge"})),
    ("language", frozenset({"language"})),
    # the release configuration checks its code set against the ICD-10 catalogue, hence above knowledge
    ("config", frozenset({"config", "preflight"})),
    # the stages, in pipeline order
    ("generation", frozenset({"generation"})),
    ("validation", frozenset({"validation"})),
    ("dataset_card", frozenset({"dataset_card"})),
    ("builder", frozenset({"builder"})),
    # the orchestration: the one layer that runs the stages
    ("release", frozenset({"release"})),
    ("benchmark", frozenset({"benchmark"})),
    ("app", frozenset({"cli"})),  # the root command registers every stage's commands
)
FOUNDATIONS = frozenset({"shared", "knowledge", "language", "config"})
#: Stages talk through files of the declared schema, not through each other's code: a stage imports
#: another stage only along an edge listed here (always to an earlier stage). Only the orchestration
#: and the app import stages freely.
STAGE_EDGES = {
    ("builder", "dataset_card"): "the build writes the dataset card into the release folder",
}
RUNS_STAGES = frozenset({"release", "app"})
RANK = {unit: rank for rank, (_, units) in enumerate(LAYERS) for unit in units}
LAYER_NAME = {unit: name for name, units in LAYERS for unit in units}

#: 0.1 import paths kept for one version by forwarding to where the code moved; each goes in 0.3.
COMPATIBILITY_FORWARDS = {
    ("medsyn_dataset.builder.release", "medsyn_dataset.release.run"),
    ("medsyn_dataset.preflight", "medsyn_dataset.release.preflight"),
}

_MODULE_PATH = re.compile(rf"{PACKAGE}(\.[A-Za-z_][A-Za-z0-9_]*)+")


@dataclass(frozen=True)
class Import:
    importer: str  # dotted module name
    imported: str
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str:
    """The layer unit of a dotted name: the subpackage or top-level module right under the package."""
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every ``medsyn_dataset`` module that ``source`` (the module ``module``) imports, anywhere in it."""
    found = []
    for node in ast.walk(ast.parse(source)):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the importing module's package
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            targets = [target] + [f"{target}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _MODULE_PATH.fullmatch(node.value):
            targets = [node.value]
        found += [Import(module, t, node.lineno) for t in targets if t == PACKAGE or t.startswith(PACKAGE + ".")]
    return found


def allowed(src_layer: str, dst_layer: str) -> bool:
    if src_layer == dst_layer or (dst_layer in FOUNDATIONS and RANK_OF_LAYER[dst_layer] < RANK_OF_LAYER[src_layer]):
        return True
    if RANK_OF_LAYER[dst_layer] > RANK_OF_LAYER[src_layer]:
        return False  # never a later layer
    return src_layer in RUNS_STAGES or (src_layer, dst_layer) in STAGE_EDGES


RANK_OF_LAYER = {name: rank for rank, (name, _) in enumerate(LAYERS)}


def _forwarded(imp: Import) -> bool:
    return any(
        imp.importer == old and (imp.imported == new or imp.imported.startswith(new + "."))
        for old, new in COMPATIBILITY_FORWARDS
    )


def violations(found: list[Import]) -> list[str]:
    out = []
    for imp in found:
        src, dst = unit_of(imp.importer), unit_of(imp.imported)
        if dst not in RANK:  # ``from medsyn_dataset import __version__``: a name of the package's __init__
            dst = "__init__"
        src_layer, dst_layer = LAYER_NAME[src], LAYER_NAME[dst]
        if not allowed(src_layer, dst_layer) and not _forwarded(imp):
            why = "a later layer" if RANK[dst] > RANK[src] else "another stage (not a declared STAGE_EDGES edge)"
            out.append(f"{imp.importer}:{imp.line} imports {imp.imported}: {src_layer} must not import {why} {dst_layer}")
    return out


def package_imports() -> list[Import]:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        found += imports_of(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
    return found


def test_every_module_has_a_layer() -> None:
    units = {unit_of(module_name(p)) for p in ROOT.rglob("*.py")}
    assert units - set(RANK) == set(), "place the new module or package in LAYERS (and README 'Pipeline')"


def test_no_stage_imports_a_later_stage() -> None:
    assert violations(package_imports()) == []


def test_each_allowance_is_still_used() -> None:
    """A forward or an edge nothing uses any more must leave its list (no silent holes)."""
    found = package_imports()
    assert {(old, new) for old, new in COMPATIBILITY_FORWARDS if not any(_forwarded(i) and i.importer == old for i in found)} == set()
    used = {(LAYER_NAME[unit_of(i.importer)], LAYER_NAME.get(unit_of(i.imported), "shared")) for i in found}
    assert set(STAGE_EDGES) - used == set()


@pytest.mark.parametrize(
    ("module", "source", "bad"),
    [
        ("medsyn_dataset.builder.ift", "from medsyn_dataset.generation.russian import years", True),  # another stage
        ("medsyn_dataset.generation.planner", "from medsyn_dataset.builder.splits import SPLIT_NAMES", True),  # later
        ("medsyn_dataset.dataset_card.card", "def f():\n    from medsyn_dataset.builder import hub_parquet", True),
        ("medsyn_dataset.generation.x", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import medsyn_dataset.validation", True),
        ("medsyn_dataset.validation", "_LAZY = {'x': 'medsyn_dataset.builder.build'}", True),
        ("medsyn_dataset.io", "from . import schema, config", True),  # relative, from a shared module
        ("medsyn_dataset.builder.ift", "from medsyn_dataset.language.grammar import years", False),
        ("medsyn_dataset.release.run", "from medsyn_dataset.builder import build\nimport medsyn_dataset.generation", False),
        ("medsyn_dataset.builder.build", "from medsyn_dataset.dataset_card import write_card", False),  # declared edge
        ("medsyn_dataset.config", "from medsyn_dataset.knowledge.icd10 import is_category", False),
        ("medsyn_dataset.cli", "from medsyn_dataset import __version__\nfrom medsyn_dataset.release import cli", False),
    ],
)
def test_the_check_sees_every_kind_of_import(module: str, source: str, bad: bool) -> None:
    is_package = module.count(".") == 1 and (ROOT / module.split(".")[1]).is_dir()
    assert bool(violations(imports_of(source, module, is_package))) is bad
