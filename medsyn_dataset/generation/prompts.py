"""Russian prompt templates: Jinja2 files, versioned and hashed.

Every template is a ``NAME.j2`` file whose first lines are a Jinja comment holding a small YAML
header::

    {#- medsyn-template
    version: 1
    description: краткий анамнез
    uses_disease_name: false     # the disease name is passed to the template only when true
    requires_example: false      # true: the template needs ``example_text`` (an example note)
    -#}
    ...template text...

The package ships ``short``, ``detailed_tests``, ``detailed_traits``, ``demographics`` (the four
MedSyn variants), ``example`` (example-conditioned) and ``diagnosis`` (names the disease), plus
``system.j2``, the system message. Users add or override templates with a folder of ``.j2`` files
(``generation.template_dir``); a user file with a built-in's name replaces the built-in, and a
user ``system.j2`` replaces the system message. A file without a header is version ``1``.

A template's hash is the sha256 of its version and source, so any edit changes the hash that
every generated row records.

Facts passed to :meth:`PromptTemplate.render`: ``symptoms`` (list of str), ``patient`` (dict:
age, sex, marital_status, smoking), ``patient_description`` (e.g. "замужняя некурящая женщина
34 лет"), ``age``, ``sex``, ``disease_name`` (only for templates with ``uses_disease_name``),
``example_text`` (only for templates with ``requires_example``). Filters: ``join_ru`` (а, б и в)
and ``years`` (34 года). Undefined variables are errors, never silently empty.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import yaml

from medsyn_dataset.io import read_text
from medsyn_dataset.language import grammar

SYSTEM_TEMPLATE = "system"
EXAMPLE_TEMPLATE = "example"
DEFAULT_TEMPLATES: tuple[str, ...] = ("short", "detailed_tests", "detailed_traits", "demographics")

_HEADER_RE = re.compile(r"\A\{#-?\s*medsyn-template\s*\n(?P<body>.*?)-?#\}\s*\n?", re.DOTALL)


class TemplateError(ValueError):
    """A template file is malformed or cannot be rendered. The message names the file or template."""


@dataclass(frozen=True)
class PromptTemplate:
    """One prompt template: its text, version and hash, and what facts it may see."""

    name: str
    version: str
    source: str
    hash: str
    description: str = ""
    uses_disease_name: bool = False
    requires_example: bool = False
    path: str | None = None
    _compiled: jinja2.Template | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        try:
            compiled = _environment().from_string(self.source)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{self.path or self.name}: line {exc.lineno}: {exc.message}") from None
        object.__setattr__(self, "_compiled", compiled)

    def render(self, **facts: Any) -> str:
        """The prompt for these facts. ``disease_name`` is withheld unless the template asks for it."""
        if not self.uses_disease_name:
            facts.pop("disease_name", None)
        if self.requires_example and not facts.get("example_text"):
            raise TemplateError(f"template {self.name!r} needs an example note (example_text)")
        if not self.requires_example:
            facts.pop("example_text", None)
        assert self._compiled is not None
        try:
            text = self._compiled.render(**facts)
        except jinja2.UndefinedError as exc:
            raise TemplateError(
                f"template {self.name!r} ({self.path or 'built-in'}): {exc.message}"
            ) from None
        return _tidy(text)


def template_hash(source: str, version: str) -> str:
    return hashlib.sha256(f"{version}\n{source}".encode()).hexdigest()


def parse_template(name: str, text: str, path: str | None = None) -> PromptTemplate:
    """A :class:`PromptTemplate` from a file's text (header + body)."""
    meta: dict[str, Any] = {}
    match = _HEADER_RE.match(text)
    body = text
    if match:
        try:
            loaded = yaml.safe_load(match.group("body")) or {}
        except yaml.YAMLError as exc:
            raise TemplateError(
                f"{path or name}: the medsyn-template header is not valid YAML: {exc}"
            ) from None
        if not isinstance(loaded, dict):
            raise TemplateError(f"{path or name}: the medsyn-template header must be a mapping")
        unknown = sorted(set(loaded) - {"version", "description", "uses_disease_name", "requires_example"})
        if unknown:
            raise TemplateError(f"{path or name}: unknown header key {unknown[0]!r}")
        meta = loaded
        body = text[match.end() :]
    version = str(meta.get("version", "1"))
    return PromptTemplate(
        name=name,
        version=version,
        source=body,
        hash=template_hash(body, version),
        description=str(meta.get("description", "")),
        uses_disease_name=bool(meta.get("uses_disease_name", False)),
        requires_example=bool(meta.get("requires_example", False)),
        path=path,
    )


def load_templates(template_dir: str | os.PathLike[str] | None = None) -> dict[str, PromptTemplate]:
    """Built-in templates, with a user folder's ``*.j2`` files added on top (same name replaces).

    ``system`` (the system message) is part of the result; :func:`system_template` picks it out.
    """
    templates = dict(_builtin_templates())
    if template_dir is not None:
        folder = Path(template_dir)
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: template folder does not exist")
        for path in sorted(folder.glob("*.j2")):
            templates[path.stem] = parse_template(path.stem, read_text(path), str(path))
    return dict(sorted(templates.items()))


def system_template(templates: dict[str, PromptTemplate]) -> PromptTemplate:
    try:
        return templates[SYSTEM_TEMPLATE]
    except KeyError:
        raise TemplateError("no system template (system.j2) found") from None


def prompt_facts(
    symptoms: list[str],
    patient: dict[str, Any],
    disease_name: str | None = None,
    example_text: str | None = None,
) -> dict[str, Any]:
    """The facts a template sees, derived from a task's fields."""
    return {
        "symptoms": list(symptoms),
        "patient": dict(patient),
        "patient_description": grammar.describe_patient(patient),
        "age": patient.get("age"),
        "sex": patient.get("sex"),
        "disease_name": disease_name,
        "example_text": example_text,
    }


@functools.cache
def _builtin_templates() -> dict[str, PromptTemplate]:
    folder = resources.files("medsyn_dataset.generation").joinpath("templates")
    out: dict[str, PromptTemplate] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".j2"):
            name = entry.name.removesuffix(".j2")
            out[name] = parse_template(name, entry.read_text(encoding="utf-8"), f"<built-in>/{entry.name}")
    return out


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text prompts, not HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["join_ru"] = grammar.join_ru
    env.filters["years"] = grammar.years
    return env


def _tidy(text: str) -> str:
    # Only the ends: the inside may hold an example note, which must reach the model unchanged.
    return text.strip()
