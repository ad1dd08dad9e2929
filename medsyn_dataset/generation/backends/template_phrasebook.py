"""The template composer's phrase book, ``template_phrases.yaml``: loaded once, validated, compiled.

The YAML file holds every phrase, list and number range the composer writes notes from (its header
explains the format). This module turns it into typed objects: a `Template` is text with
``{expression}`` placeholders, an `Expression` is a small subset of Python (names, constants,
arithmetic, comparisons, ``and``/``or``/``not``, ``a if c else b``, calls of the composer's
functions). Everything is checked at load: a syntax error, an unknown name, a forbidden construct
or a section without a heading gives one `PhrasebookError` naming the file and the key.

Expressions run through Python's own ``eval`` on the checked syntax tree, without builtins, so they
keep Python's evaluation order (left to right, ``and``/``or`` short-circuit): that order is the
order of the composer's random draws, which is what makes a seed reproduce its note.
"""

from __future__ import annotations

import ast
import functools
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from medsyn_dataset.io import load_yaml
from medsyn_dataset.language import grammar

PHRASES_FILE = "template_phrases.yaml"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


#: Functions of expressions that depend on nothing but their arguments.
PURE_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "plural": grammar.plural,
    "years": grammar.years,
    "age_genitive": grammar.age_genitive,
    "cap": _cap,
    "sentence": lambda text: _cap(text).rstrip(".") + ".",
    "join": lambda separator, items: separator.join(items),
    "take": lambda items, n: list(items)[:n],
    "bullets": lambda items: "\n".join(f"- {_cap(item)}." for item in items),
    "comma": lambda number: str(number).replace(".", ","),
    "decimal": lambda number, digits: f"{number:.{digits}f}".replace(".", ","),
    **{"len": len, "min": min, "max": max, "round": round},
}
#: Functions bound to the note being written (its random stream, the patient): the composer's `_Note`.
NOTE_FUNCTIONS = frozenset(
    {"chance", "randint", "uniform", "pick", "sample", "shuffled", "duration", "measure_vitals", "g"}
)
FUNCTIONS = frozenset(PURE_FUNCTIONS) | NOTE_FUNCTIONS
#: Facts about the task and the note being written (plus one yes/no name per entry of ``signs``).
FACTS = frozenset(
    {
        *("style", "headed", "detailed", "age", "child", "female", "smoker", "non_smoker"),
        *("symptoms", "first_symptom", "second_symptom", "later_symptoms", "who", "marital", "n", "bulleted"),
    }
)

_ALLOWED_NODES = (
    *(ast.Expression, ast.Name, ast.Load, ast.Constant, ast.Tuple, ast.Attribute, ast.Call, ast.keyword),
    *(ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.IfExp),
    *(ast.BinOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv),
    *(ast.Compare, ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn),
)
_NO_BUILTINS: dict[str, Any] = {"__builtins__": {}}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_CODE_NAME = f"<{PHRASES_FILE}>"


class PhrasebookError(ValueError):
    """The phrase book file is unreadable or breaks its format (the message names the file and key)."""


@dataclass(frozen=True)
class Expression:
    source: str
    code: CodeType

    def __call__(self, scope: Mapping[str, Any]) -> Any:
        return eval(self.code, _NO_BUILTINS, scope)  # checked at load: allowed syntax and names only


@dataclass(frozen=True)
class Template:
    """Text with ``{expression}`` placeholders, compiled to one f-string (one ``eval`` per render)."""

    source: str
    plain: str | None  # the text itself when it has no placeholders
    node: ast.expr  # the f-string (or the constant), for `Variants` to join into one tuple
    code: CodeType | None

    def render(self, scope: Mapping[str, Any]) -> str:
        if self.plain is not None:
            return self.plain
        return eval(self.code, _NO_BUILTINS, scope)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Variants:
    """The entries of a ``say`` or of a list: templates, or parts for conditional entries."""

    entries: tuple[Template | Part, ...]
    static: tuple[str, ...] | None  # all plain text: written out once, here
    code: CodeType | None  # all templates: the tuple of them, written out in one ``eval``

    @classmethod
    def of(cls, entries: list[Template | Part]) -> Variants:
        templates = [entry for entry in entries if isinstance(entry, Template)]
        if len(templates) < len(entries):
            return cls(tuple(entries), None, None)
        if all(entry.plain is not None for entry in templates):
            return cls(tuple(entries), tuple(entry.plain for entry in templates), None)  # type: ignore[misc]
        together = ast.Expression(ast.Tuple([entry.node for entry in templates], ast.Load()))
        return cls(tuple(entries), None, compile(ast.fix_missing_locations(together), _CODE_NAME, "eval"))


def _text(value: Any, source: str) -> str:
    """What a placeholder writes: text or a number, never a list or a yes/no written as True."""
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{{{source}}} gave {type(value).__name__} {value!r}, not text or a number")
    return str(value)


#: Names the compiled templates need in every scope (besides the book's names).
HELPERS: dict[str, Any] = {"_text": _text}


def _parse(source: str, known: frozenset[str] | None) -> ast.expr:
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"{source!r} is not a valid expression ({exc.msg})") from None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"{source!r}: {type(node).__name__} is not allowed in an expression")
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS):
            called = repr(node.func.id) if isinstance(node.func, ast.Name) else "this"
            raise ValueError(f"{source!r}: unknown function {called} (known: {', '.join(sorted(FUNCTIONS))})")
        if isinstance(node, ast.Attribute) and (
            node.attr.startswith("_") or not isinstance(node.value, ast.Name)
        ):
            raise ValueError(f"{source!r}: only plain attributes of a name can be read (like vitals.pulse)")
        if isinstance(node, ast.Name) and known is not None and node.id not in known:
            raise ValueError(f"{source!r}: unknown name {node.id!r}")
    return tree.body


def compile_expression(source: str, known: frozenset[str] | None = None) -> Expression:
    """Parse and check one expression; ``known``: the names it may read (None: not checked)."""
    tree = ast.fix_missing_locations(ast.Expression(_parse(source, known)))
    return Expression(source, compile(tree, _CODE_NAME, "eval"))


def compile_template(source: str, known: frozenset[str] | None = None) -> Template:
    """Check a template and compile it to an f-string; each placeholder's value goes through `_text`."""
    values: list[ast.expr] = []
    position = 0
    for match in _PLACEHOLDER.finditer(source):
        values.append(ast.Constant(source[position : match.start()]))
        checked = ast.Call(
            ast.Name("_text", ast.Load()), [_parse(match.group(1), known), ast.Constant(match.group(1))], []
        )
        values.append(ast.FormattedValue(checked, -1, None))
        position = match.end()
    values.append(ast.Constant(source[position:]))
    literal = "".join(str(value.value) for value in values if isinstance(value, ast.Constant))
    if "{" in literal or "}" in literal:
        raise ValueError(f"{source!r}: unbalanced {{ or }} (placeholders are {{expression}})")
    if len(values) == 1:
        return Template(source, source, ast.Constant(source), None)
    node = ast.JoinedStr(
        [value for value in values if not (isinstance(value, ast.Constant) and not value.value)]
    )
    return Template(
        source, None, node, compile(ast.fix_missing_locations(ast.Expression(node)), _CODE_NAME, "eval")
    )


def _known(info: ValidationInfo) -> frozenset[str] | None:
    return (info.context or {}).get("names")


def _as_expression(value: Any, info: ValidationInfo) -> Expression:
    if not isinstance(value, str):
        raise ValueError(f"expected an expression in quotes, got {value!r}")
    return compile_expression(value, _known(info))


def _as_template(value: Any, info: ValidationInfo) -> Template:
    if not isinstance(value, str):
        raise ValueError(f"expected text in quotes, got {value!r}")
    return compile_template(value, _known(info))


Expr = Annotated[Expression, PlainValidator(_as_expression)]
Text = Annotated[Template, PlainValidator(_as_template)]
IntRange = Annotated[tuple[int, int], Field(description="[low, high], both included")]
FloatRange = tuple[float, float]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Part(_Model):
    """One slot of a section (see the file header): when -> let -> text | say | first."""

    when: Expr | None = None
    let: dict[str, Expr] = Field(default_factory=dict)
    text: Text | None = None
    say: Entries | None = None
    first: list[Part] | None = None

    @model_validator(mode="after")
    def _one_content(self) -> Part:
        contents = [name for name in ("text", "say", "first") if getattr(self, name) is not None]
        if len(contents) > 1:
            raise ValueError(f"a part has one of text, say or first, not {' and '.join(contents)}")
        if not contents and not self.let:
            raise ValueError("a part needs text, say, first or let")
        if self.first == []:
            raise ValueError("first needs at least one alternative")
        _check_names(self.let, "let")
        return self


_TEXT_ENTRY, _PART_ENTRY = "<text>", "<part>"  # tags of the two kinds of entry (pydantic puts them in `loc`)
Entry = Annotated[
    Annotated[Template, PlainValidator(_as_template), Tag(_TEXT_ENTRY)] | Annotated[Part, Tag(_PART_ENTRY)],
    Discriminator(lambda value: _PART_ENTRY if isinstance(value, dict | Part) else _TEXT_ENTRY),
]
if TYPE_CHECKING:  # what the validator below makes of a list of entries
    Entries = Variants
else:
    Entries = Annotated[list[Entry], Field(min_length=1), AfterValidator(Variants.of)]
Part.model_rebuild()


class Section(_Model):
    when: Expr | None = None
    detailed: Expr | None = None
    parts: list[Part] = Field(min_length=1)


class Layout(_Model):
    headed: Expr
    intro_in_paragraph: Expr
    intro_above_headings: Expr
    heading_on_own_line: Expr


class DurationUnit(_Model):
    count: IntRange
    acc: tuple[str, str, str]  # forms for 1, 2-4 and 5+ (grammar.plural)
    gen: tuple[str, str, str]


class Durations(_Model):
    long: list[str] = Field(min_length=1)
    short: list[str] = Field(min_length=1)
    units: dict[str, DurationUnit]

    @model_validator(mode="after")
    def _units_exist(self) -> Durations:
        unknown = sorted({*self.long, *self.short} - set(self.units))
        if unknown:
            raise ValueError(f"unit {unknown[0]!r} is not under durations.units")
        return self


class ChildVitals(_Model):
    under_age: int
    systolic: IntRange
    diastolic: IntRange
    pulse: IntRange
    breathing: IntRange
    height_base: IntRange
    height_per_year: IntRange
    bmi: FloatRange
    min_weight: int


class AdultVitals(_Model):
    systolic_base: int
    systolic_rise_from: int
    systolic_spread: IntRange
    diastolic: IntRange
    pulse_pressure: int
    pulse: IntRange
    fever_pulse: int
    breathing: IntRange
    cough_breathing: int
    height_male: IntRange
    height_female: IntRange
    bmi: FloatRange


class VitalRanges(_Model):
    temperature_fever: FloatRange
    temperature_normal: FloatRange
    spo2_cough: IntRange
    spo2_normal: IntRange
    child: ChildVitals
    adult: AdultVitals


class Phrasebook(_Model):
    layout: Layout
    intro: Part
    headings: list[dict[str, Text]] = Field(min_length=1)
    signs: dict[str, list[str]]
    durations: Durations
    vitals: VitalRanges
    lists: dict[str, Entries]
    sections: dict[str, Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Phrasebook:
        _check_names(self.lists, "lists")
        _check_names(self.signs, "signs")
        for number, headings in enumerate(self.headings):
            missing, extra = set(self.sections) - set(headings), set(headings) - set(self.sections)
            if missing or extra:
                problem = (
                    f"no heading for section {min(missing)!r}" if missing else f"no section {min(extra)!r}"
                )
                raise ValueError(f"headings.{number}: {problem} (every heading style names every section)")
        return self


def _check_names(names: Mapping[str, Any], where: str) -> None:
    for name in names:
        if not _IDENTIFIER.match(name) or name in FUNCTIONS or name in FACTS:
            raise ValueError(f"{where}: {name!r} must be a new lower-case name (not a function or fact)")


def _declared_names(raw: Any) -> frozenset[str]:
    """Every name an expression may read: facts, functions, signs, lists and any ``let`` name."""
    names = set(FACTS | FUNCTIONS)
    stack = [raw]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in ("lists", "signs", "let"):
                if isinstance(node.get(key), dict):
                    names.update(str(name) for name in node[key])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(names)


def _error_line(source: Path, exc: ValidationError) -> str:
    """The first problem as ``file: key: message`` (the key as written in the file, e.g. lists.jobs.3)."""
    error = exc.errors(include_url=False)[0]
    key = ".".join(str(part) for part in error["loc"] if part not in (_TEXT_ENTRY, _PART_ENTRY))
    message = (
        "unknown key" if error["type"] == "extra_forbidden" else error["msg"].removeprefix("Value error, ")
    )
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{source}: {key}: {message}{more}" if key else f"{source}: {message}{more}"


def load_phrasebook(path: str | os.PathLike[str] | None = None) -> Phrasebook:
    """Read and check a phrase book (default: the one shipped with the package)."""
    packaged = resources.files(__package__).joinpath(PHRASES_FILE)
    source = Path(path) if path is not None else Path(str(packaged))
    try:  # the shared loader: also refuses a key given twice (PyYAML would keep the last silently)
        raw = load_yaml(source, PhrasebookError)
    except OSError as exc:
        raise PhrasebookError(f"{source}: cannot read the phrase book ({exc})") from None
    if not isinstance(raw, dict):
        raise PhrasebookError(f"{source}: expected a mapping of layout, headings, lists, sections, ...")
    try:
        return Phrasebook.model_validate(raw, context={"names": _declared_names(raw)})
    except ValidationError as exc:
        raise PhrasebookError(_error_line(source, exc)) from None


@functools.cache
def phrasebook() -> Phrasebook:
    """The packaged phrase book, loaded and checked once per process."""
    return load_phrasebook()
