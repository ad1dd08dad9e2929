"""Release configuration: one YAML file, validated by pydantic, describes a release.

``load_config`` takes a path or a preset name (``demo``, ``medsyn-41k``: the YAML files in
``medsyn_dataset/presets/``). Unknown keys, repeated keys and bad values raise :class:`ConfigError`
naming the file and the key path (e.g. ``demo.yaml: notes.total: Input should be greater than 0``).
Values are not coerced between types: ``total: true`` or ``total: "5"`` is an error, not 1 or 5.
Relative paths inside a config file are resolved against the file's folder.

:func:`medsyn_dataset.release.preflight.check_config_files` checks every file a config refers to
before any work starts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    ValidationError,
    field_validator,
    model_validator,
)

_REPO_ID_RE = re.compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")


def check_base_url(url: str, where: str = "--base-url") -> str:
    """``url`` if it is an ``http(s)://HOST[:PORT][/PATH]`` URL; a ValueError naming ``where`` otherwise.

    The config (``generation.base_url``), the generation settings and the OpenAI backend check URLs
    with it; it lives here, below the stages, so that the config never imports generation code.
    """
    example = "e.g. http://127.0.0.1:8000/v1"
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok, parts = False, None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise ValueError(f"{where} {url!r}: not an http(s)://HOST[:PORT]/PATH URL ({example})")
    if any(c.isspace() for c in url) or parts.query or parts.fragment:
        raise ValueError(f"{where} {url!r}: a base URL has no spaces, query or fragment ({example})")
    return url


class ConfigError(ValueError):
    """A release config is invalid; the message names the file and the key."""


class _Strict(BaseModel):
    # strict: YAML's `true` is not the integer 1 and "5" is not 5 (paths alone are parsed from strings)
    model_config = ConfigDict(extra="forbid", validate_assignment=True, strict=True)


#: A path given as a string in the YAML (the one place a type is converted).
PathValue = Annotated[Path, Strict(False)]


class ExamplePoolConfig(_Strict):
    """Real notes to show the model as examples (any JSONL/Parquet with a text and a code column)."""

    path: PathValue
    text_column: str = "text"
    code_column: str = "code"
    id_column: str | None = None
    probability: float = Field(1.0, ge=0.0, le=1.0, description="share of tasks that get an example note")


class NotesConfig(_Strict):
    total: int = Field(..., gt=0, description="number of notes to generate")
    distribution: Literal["uniform", "medsyn", "explicit"] = "uniform"
    counts: dict[str, int] | None = Field(None, description="explicit per-code counts (distribution: explicit)")
    weights: dict[str, float] | None = Field(None, description="explicit per-code weights, scaled to total")

    @model_validator(mode="after")
    def _explicit_needs_counts(self) -> NotesConfig:
        if self.distribution == "explicit" and not (self.counts or self.weights):
            raise ValueError("distribution 'explicit' needs 'counts' or 'weights'")
        if self.counts and any(v < 0 for v in self.counts.values()):
            raise ValueError("counts must be >= 0")
        if self.weights and any(v < 0 for v in self.weights.values()):
            raise ValueError("weights must be >= 0")
        return self


_BACKEND_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


class GenerationConfig(_Strict):
    backend: str = Field(
        "template",
        description="a backend of generation/backends/registry.py (openai, transformers, template, or one you "
        "registered); checked against the registry before a release starts",
    )
    model: str = "template-composer"
    base_url: str | None = None
    params: dict[str, Any] = Field(default_factory=lambda: {"temperature": 0.9, "max_tokens": 1500})
    concurrency: int = Field(16, ge=1, le=4096)
    requests_per_minute: float | None = Field(None, gt=0)
    tokens_per_minute: float | None = Field(None, gt=0)
    timeout_s: float = Field(120.0, gt=0)
    max_retries: int = Field(6, ge=0)
    shard_size: int = Field(1000, ge=1)
    templates: list[str] = Field(
        default_factory=lambda: ["short", "detailed_tests", "detailed_traits", "demographics"],
        min_length=1,
    )
    template_dir: PathValue | None = None
    symptoms_min: int = Field(2, ge=0)
    symptoms_max: int = Field(5, ge=1)
    symptom_temperature: float = Field(1.0, gt=0)
    mkg_files: list[PathValue] = Field(default_factory=list, description="external triple files layered on the default MKG")
    example_pool: ExamplePoolConfig | None = None
    price_table: PathValue | None = Field(
        None, description="YAML/JSON {model: {prompt_per_1k, completion_per_1k}} for the cost estimate"
    )

    @field_validator("backend")
    @classmethod
    def _backend_shape(cls, value: str) -> str:
        if not _BACKEND_NAME_RE.match(value):
            raise ValueError(f"not a backend name: {value!r} (registered ones: openai, transformers, template, ...)")
        return value

    @field_validator("base_url")
    @classmethod
    def _base_url_shape(cls, value: str | None) -> str | None:
        if value is None:
            return value
        return check_base_url(value, where="base_url")

    @model_validator(mode="after")
    def _k_range(self) -> GenerationConfig:
        if self.symptoms_min > self.symptoms_max:
            raise ValueError(f"symptoms_min ({self.symptoms_min}) > symptoms_max ({self.symptoms_max})")
        return self


class ValidationConfig(_Strict):
    policy: str | None = Field(None, description="policy YAML path; null = the default policy")
    near_dup_threshold: float | None = Field(
        None, gt=0.0, le=1.0,
        description="Jaccard threshold of the near-duplicate check; overrides the policy's (null: the policy's, 0.8 by default)",
    )
    reference_texts: list[PathValue] = Field(default_factory=list, description="real notes to check memorisation against")
    eval_texts: list[PathValue] = Field(default_factory=list, description="evaluation sets to check contamination against")


class SplitsConfig(_Strict):
    train: float = Field(0.8, ge=0.0, le=1.0)
    validation: float = Field(0.1, ge=0.0, le=1.0)
    test: float = Field(0.1, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _sum_to_one(self) -> SplitsConfig:
        total = self.train + self.validation + self.test
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"split ratios must sum to 1, got {total:g}")
        return self

    def ratios(self) -> dict[str, float]:
        return {"train": self.train, "validation": self.validation, "test": self.test}


class HubConfig(_Strict):
    repo_id: str | None = None
    private: bool = False
    license: str | None = Field(
        None,
        description="Hugging Face licence id of the release; null = derived from its sources "
        "(generated notes: mit; imported corpora: their own licence). Stating one is needed when "
        "sources differ, and it must keep every source's terms (never mit over cc-by-nc rows).",
    )
    pretty_name: str | None = Field(None, description="null = derived from what the release holds")
    curator: str | None = Field(None, description="who curates the release (person or organisation)")
    contact: str | None = Field(None, description="where to reach the curator (e-mail or URL)")
    year: int | None = Field(None, ge=1900, le=2999, description="year for the release's BibTeX entry")

    @field_validator("repo_id")
    @classmethod
    def _repo_id_shape(cls, value: str | None) -> str | None:
        if value is not None and not _REPO_ID_RE.match(value):
            raise ValueError(f"repo_id must look like ORG/NAME, got {value!r}")
        return value


class SourceConfig(_Strict):
    """Existing notes to re-release instead of generating them, and what they are.

    ``from`` is ``FORMAT:PATH`` as for ``medsyn release --from`` (which overrides it). For a known
    corpus (``medsyn-raw``, ``medsyn-hub``, ``rumedtop3``) the package knows the licence and
    citation; for your own corpus declare ``name``, ``license``, ``citation`` (and ``url``,
    ``description``, ``synthetic``): they reach the dataset card.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)

    from_: str | None = Field(None, alias="from", description="FORMAT:PATH of the notes to import")
    name: str | None = None
    license: str | None = None
    citation: str | None = Field(None, description="BibTeX text, or a .bib file")
    url: str | None = None
    description: str | None = None
    synthetic: bool | None = None
    text_column: str = "text"
    code_column: str = "code"
    id_column: str | None = None
    symptoms_column: str | None = None
    model: str | None = None


class ReleaseConfig(_Strict):
    name: str = Field(..., min_length=1)
    version: str = "0.1.0"
    description: str = ""
    seed: int = Field(0, ge=0)
    codes: Literal["default"] | list[str] = "default"
    notes: NotesConfig
    generation: GenerationConfig = Field(default_factory=GenerationConfig)
    validation: ValidationConfig = Field(default_factory=ValidationConfig)
    splits: SplitsConfig = Field(default_factory=SplitsConfig)
    hub: HubConfig = Field(default_factory=HubConfig)
    source: SourceConfig | None = None
    _config_file: str = PrivateAttr(default="<config>")

    @property
    def config_file(self) -> str:
        """The file this config was read from (for messages that name it), or ``<config>``."""
        return self._config_file

    @field_validator("codes")
    @classmethod
    def _codes_are_categories(cls, value: Literal["default"] | list[str]) -> Literal["default"] | list[str]:
        if value == "default":
            return value
        from medsyn_dataset.knowledge.icd10 import is_category, normalize_code

        codes = [normalize_code(c) for c in value]
        bad = [c for c in codes if not is_category(c)]
        if bad:
            raise ValueError(f"not 3-character ICD-10 categories: {', '.join(bad[:10])}")
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate codes")
        return codes

    @model_validator(mode="after")
    def _per_code_keys_in_code_set(self) -> ReleaseConfig:
        code_set = set(self.code_list())
        for key in ("counts", "weights"):
            mapping = getattr(self.notes, key)
            unknown = sorted(set(mapping or {}) - code_set)
            if unknown:
                raise ValueError(f"notes.{key} has codes outside the release's code set: {', '.join(unknown[:10])}")
        return self

    def code_list(self) -> list[str]:
        from medsyn_dataset.knowledge.icd10 import default_codes

        return default_codes() if self.codes == "default" else list(self.codes)

    def config_hash(self) -> str:
        """sha256 of the canonical JSON of this config (goes into manifests)."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()


# ---- loading ------------------------------------------------------------------------------------


def preset_names() -> list[str]:
    folder = resources.files("medsyn_dataset").joinpath("presets")
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def _preset_path(name: str) -> Path:
    return Path(str(resources.files("medsyn_dataset").joinpath("presets", f"{name}.yaml")))


def resolve_config_path(path_or_preset: str | os.PathLike[str]) -> Path:
    """A YAML path as given, or the file of a preset name."""
    path = Path(path_or_preset)
    if path.is_file():
        return path
    if path.suffix.lower() in (".yaml", ".yml"):
        raise ConfigError(f"{path}: no such config file")
    if str(path_or_preset) in preset_names():  # a preset name wins over a same-named folder
        return _preset_path(str(path_or_preset))
    if path.exists():
        raise ConfigError(f"{path}: is a folder, not a config file")
    raise ConfigError(f"{path_or_preset!r} is neither a config file nor a preset ({', '.join(preset_names())})")


def _format_errors(source: str, exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(part) for part in err["loc"]) or "<root>"
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        lines.append(f"{source}: {key}: {message}")
    return "\n".join(lines)


def config_from_dict(data: dict[str, Any], source: str = "<config>", base_dir: Path | None = None) -> ReleaseConfig:
    """Validate a config mapping. Relative paths are resolved against ``base_dir``."""
    try:
        config = ReleaseConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_errors(source, exc)) from None
    config._config_file = source
    if base_dir is not None:
        _resolve_paths(config, base_dir)
    return config


def _resolve_paths(config: ReleaseConfig, base: Path) -> None:
    def fix(p: Path) -> Path:
        return p if p.is_absolute() else (base / p)

    gen = config.generation
    if gen.template_dir is not None:
        gen.template_dir = fix(gen.template_dir)
    gen.mkg_files = [fix(p) for p in gen.mkg_files]
    if gen.example_pool is not None:
        gen.example_pool.path = fix(gen.example_pool.path)
    if gen.price_table is not None:
        gen.price_table = fix(gen.price_table)
    val = config.validation
    val.reference_texts = [fix(p) for p in val.reference_texts]
    val.eval_texts = [fix(p) for p in val.eval_texts]
    if val.policy is not None and not Path(val.policy).is_absolute():
        val.policy = str(fix(Path(val.policy)))
    src = config.source
    if src is not None and src.from_:
        fmt, sep, where = src.from_.partition(":")
        if sep and where:
            src.from_ = f"{fmt}:{fix(Path(where))}"
    if src is not None and src.citation and "{" not in src.citation and "\n" not in src.citation:
        candidate = fix(Path(src.citation))
        if candidate.is_file():
            src.citation = str(candidate)


def load_config(path_or_preset: str | os.PathLike[str], overrides: dict[str, Any] | None = None) -> ReleaseConfig:
    """Load and validate a release config from a YAML file or a preset name.

    ``overrides`` is merged into the YAML mapping before validation (dotted keys allowed,
    e.g. ``{"notes.total": 100}``).
    """
    from medsyn_dataset.io import load_yaml

    path = resolve_config_path(path_or_preset)
    data = load_yaml(path, ConfigError)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of keys")
    for dotted, value in (overrides or {}).items():
        node = data
        *parents, leaf = dotted.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return config_from_dict(data, source=str(path), base_dir=path.parent)

