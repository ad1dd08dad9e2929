"""Modules short enough to read in one sitting, functions short enough to hold in one's head.

House limits (helper guide, issue 11): a module has at most 500 lines, a function at most 80 (from
``def`` to its last line, decorators left out). The few places above them today are listed with
their current size as a cap: they may shrink (and leave the list), never grow, and nothing new
joins them.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "medsyn_dataset"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

#: module (relative to the package) -> cap; each is being split elsewhere.
LONGER_MODULES: dict[str, int] = {}
#: "module:function" -> cap.
LONGER_FUNCTIONS: dict[str, int] = {}


def function_lengths(source: str) -> dict[str, int]:
    """name -> lines of each function and method (the longest of equal names)."""
    lengths: dict[str, int] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            n = (node.end_lineno or node.lineno) - node.lineno + 1
            lengths[node.name] = max(n, lengths.get(node.name, 0))
    return lengths


def test_no_module_is_longer_than_500_lines() -> None:
    too_long = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LONGER_MODULES.get(name, MAX_MODULE_LINES):
            too_long[name] = lines
    assert too_long == {}, f"split these by responsibility (limit {MAX_MODULE_LINES} lines)"


def test_no_function_is_longer_than_80_lines() -> None:
    too_long = {}
    for path in sorted(ROOT.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        for name, lines in function_lengths(path.read_text(encoding="utf-8")).items():
            if lines > LONGER_FUNCTIONS.get(f"{module}:{name}", MAX_FUNCTION_LINES):
                too_long[f"{module}:{name}"] = lines
    assert too_long == {}, f"split these by responsibility (limit {MAX_FUNCTION_LINES} lines)"


def test_the_measure_counts_from_def_to_the_last_line() -> None:
    source = "@decorator\ndef f(\n    a,\n):\n    x = 1\n\n    return x\n\n\nasync def g():\n    pass\n"
    assert function_lengths(source) == {"f": 6, "g": 2}
