"""Task planning: a release config becomes a table of generation tasks, one row per note.

For each ICD-10 category of the release the planner decides how many notes to write (the code
distribution), then draws each task's facts from that task's own random stream: a WHO subcode,
k symptoms from the knowledge graph, a patient who fits the disease's sex and age limits, a prompt
template and, optionally, a real example note for the same category.

Determinism: a task's seed is derived from the global seed and its ``task_id``
(``<release name>-<code>-<index>``), and every draw of the task comes from that seed alone. So the
same config and seed give the same table, byte for byte, and raising ``--total`` keeps the tasks
already planned and only adds new ones.

Code distributions (``notes.distribution``):

* ``uniform``: every code the same weight;
* ``explicit``: ``notes.counts`` or ``notes.weights`` (codes not listed get none); counts are used
  as they are when they sum to the total, and are rescaled like weights otherwise;
* ``medsyn``: the MedSyn paper's near-uniform weighting ``f(n_symptoms) * f(n_examples)`` with
  ``f(x) = log(1 + log(1 + log(1 + x)))``, where ``n_symptoms`` is the number of MKG symptoms of the
  code and ``n_examples`` the number of example notes for it in the pool. Without a pool, and for
  codes with no example in the pool, ``n_examples`` is taken as 1, so that no code drops out.

Weights are scaled to the total with largest-remainder rounding: the counts sum exactly to the total.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from medsyn_dataset.config import ReleaseConfig
from medsyn_dataset.generation.examples import ExamplePool, load_example_pool
from medsyn_dataset.generation.prompts import (
    EXAMPLE_TEMPLATE,
    PromptTemplate,
    load_templates,
    prompt_facts,
    system_template,
)
from medsyn_dataset.knowledge import icd10
from medsyn_dataset.knowledge.demographics import sample_patient
from medsyn_dataset.knowledge.mkg import Constraints, MedicalKnowledgeGraph, load_mkg
from medsyn_dataset.schema import params_json, read_table, table_from_rows, write_table


class PlanError(ValueError):
    """The config cannot be planned (unknown template, code without symptoms, ...)."""


# ---- code distributions ------------------------------------------------------------------------


def medsyn_f(x: float) -> float:
    """``log(1 + x)`` applied three times (the MedSyn paper's damping of counts)."""
    return math.log1p(math.log1p(math.log1p(x)))


def medsyn_weight(n_symptoms: int, n_examples: int) -> float:
    return medsyn_f(n_symptoms) * medsyn_f(n_examples)


def largest_remainder(
    weights: Mapping[str, float], total: int, tie_order: Sequence[str] | None = None
) -> dict[str, int]:
    """Integer counts proportional to ``weights`` that sum exactly to ``total``.

    Each key gets the floor of its quota; the leftover units go to the largest fractional parts,
    ties broken by ``tie_order`` (default: the keys' order in ``weights``).
    """
    if total < 0:
        raise ValueError("total must be >= 0")
    keys = list(weights)
    mass = sum(weights.values())
    if mass <= 0:
        raise PlanError("all code weights are zero: nothing to plan")
    rank = {key: i for i, key in enumerate(tie_order if tie_order is not None else keys)}
    quotas = [weights[k] / mass * total for k in keys]
    counts = [math.floor(q) for q in quotas]
    leftover = total - sum(counts)
    order = sorted(
        range(len(keys)), key=lambda i: (-(quotas[i] - counts[i]), rank.get(keys[i], len(rank)), i)
    )
    for i in order[:leftover]:
        counts[i] += 1
    return dict(zip(keys, counts, strict=True))


def code_weights(
    config: ReleaseConfig, mkg: MedicalKnowledgeGraph, pool: ExamplePool | None = None
) -> dict[str, float]:
    """Unnormalised weight of every code of the release (see the module docstring)."""
    codes = config.code_list()
    notes = config.notes
    if notes.distribution == "uniform":
        return dict.fromkeys(codes, 1.0)
    if notes.distribution == "explicit":
        given = notes.counts if notes.counts else notes.weights or {}
        return {code: float(given.get(code, 0)) for code in codes}
    weights = {}
    for code in codes:
        n_symptoms = len(_symptoms_of(mkg, code))
        n_examples = max(pool.count(code), 1) if pool is not None else 1
        weights[code] = medsyn_weight(n_symptoms, n_examples)
    return weights


def code_counts(
    config: ReleaseConfig,
    mkg: MedicalKnowledgeGraph,
    total: int | None = None,
    pool: ExamplePool | None = None,
    seed: int | None = None,
) -> dict[str, int]:
    """Notes per code, summing exactly to ``total`` (default: ``notes.total``).

    Leftover notes among codes with equal remainders (e.g. 30 notes over 219 codes) go to codes in
    a seeded pseudo-random order, not the alphabetical one, so small plans still span the chapters.
    """
    total = config.notes.total if total is None else total
    if total <= 0:
        raise PlanError(f"total must be > 0, got {total}")
    weights = code_weights(config, mkg, pool)
    global_seed = config.seed if seed is None else seed
    tie_order = sorted(weights, key=lambda code: task_seed(global_seed, f"tie/{code}"))
    return largest_remainder(weights, total, tie_order)


# ---- tasks -------------------------------------------------------------------------------------


def task_seed(global_seed: int, task_id: str) -> int:
    """A task's own seed: a hash of the global seed and the task id (a non-negative int64)."""
    digest = hashlib.blake2b(f"{global_seed}/{task_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


@dataclass(frozen=True)
class _CodePlan:
    """Everything about one code that does not change from task to task."""

    code: str
    name_ru: str | None
    subcodes: list[tuple[str, Constraints]]  # valid WHO subcodes and their MKG constraints
    constraints: Constraints


def _symptoms_of(mkg: MedicalKnowledgeGraph, code: str) -> dict[str, float]:
    try:
        return mkg.symptoms(code)
    except KeyError:
        raise PlanError(f"code {code}: the knowledge graph has no symptoms for it") from None


def _code_plan(mkg: MedicalKnowledgeGraph, code: str) -> _CodePlan:
    _symptoms_of(mkg, code)
    subs: list[tuple[str, Constraints]] = []
    for sub in icd10.subcodes(code):
        try:
            subs.append((sub, mkg.constraints(sub)))
        except ValueError:  # the subcode's own limits contradict the category's: never plan it
            continue
    return _CodePlan(code=code, name_ru=icd10.name_ru(code), subcodes=subs, constraints=mkg.constraints(code))


def _choose_templates(
    config: ReleaseConfig, templates: Mapping[str, PromptTemplate], pool: ExamplePool | None
) -> tuple[list[str], list[str]]:
    """(templates without an example, example-conditioned templates) the release may use."""
    names = list(dict.fromkeys(config.generation.templates))
    unknown = [n for n in names if n not in templates]
    if unknown:
        raise PlanError(
            f"generation.templates: unknown template {unknown[0]!r}; available: "
            + ", ".join(n for n in templates if n != "system")
        )
    plain = [n for n in names if not templates[n].requires_example]
    conditioned = [n for n in names if templates[n].requires_example]
    if conditioned and pool is None:
        raise PlanError(
            f"generation.templates: {conditioned[0]!r} needs an example note; set generation.example_pool"
        )
    if pool is not None and not conditioned:
        conditioned = [EXAMPLE_TEMPLATE]
    return plain, conditioned


def load_pool(config: ReleaseConfig) -> ExamplePool | None:
    spec = config.generation.example_pool
    if spec is None:
        return None
    return load_example_pool(spec.path, spec.text_column, spec.code_column, spec.id_column)


def plan_tasks(
    config: ReleaseConfig,
    total: int | None = None,
    seed: int | None = None,
    *,
    mkg: MedicalKnowledgeGraph | None = None,
    pool: ExamplePool | None = None,
    progress: Callable[[int], None] | None = None,
) -> pa.Table:
    """The task table (TASK_SCHEMA) of a release.

    ``total`` rescales the code distribution (default ``notes.total``); ``seed`` replaces the
    config's seed. ``mkg`` and ``pool`` default to what the config names (the default MKG plus
    ``generation.mkg_files``; ``generation.example_pool``). ``progress`` is called with the number
    of tasks planned since the last call.
    """
    global_seed = config.seed if seed is None else seed
    gen = config.generation
    if mkg is None:
        mkg = load_mkg(gen.mkg_files)
    if pool is None:
        pool = load_pool(config)
    templates = load_templates(gen.template_dir)
    system = system_template(templates)
    system_prompt = system.render()
    plain, conditioned = _choose_templates(config, templates, pool)
    params = params_json(gen.params)
    counts = code_counts(config, mkg, total, pool, global_seed)
    probability = gen.example_pool.probability if gen.example_pool is not None else 0.0

    rows: list[dict[str, Any]] = []
    for code, count in counts.items():
        if count == 0:
            continue
        plan = _code_plan(mkg, code)
        examples = pool.notes(code) if pool is not None else []
        for index in range(count):
            task_id = f"{config.name}-{code}-{index:06d}"
            rows.append(
                _plan_one(
                    task_id,
                    task_seed(global_seed, task_id),
                    plan,
                    mkg,
                    config,
                    templates,
                    plain,
                    conditioned,
                    examples,
                    probability,
                    pool,
                    system_prompt,
                    params,
                )
            )
        if progress is not None:
            progress(count)
    return table_from_rows(rows, kind="task")


def _plan_one(
    task_id: str,
    seed: int,
    plan: _CodePlan,
    mkg: MedicalKnowledgeGraph,
    config: ReleaseConfig,
    templates: Mapping[str, PromptTemplate],
    plain: Sequence[str],
    conditioned: Sequence[str],
    examples: Sequence[Any],
    probability: float,
    pool: ExamplePool | None,
    system_prompt: str,
    params: str,
) -> dict[str, Any]:
    # Draw order is part of the reproducibility contract: subcode, symptoms, patient, template, example.
    rng = np.random.default_rng(seed)
    gen = config.generation
    subcode: str | None = None
    constraints = plan.constraints
    if plan.subcodes:
        subcode, constraints = plan.subcodes[int(rng.integers(len(plan.subcodes)))]
    symptoms = mkg.sample_symptoms(
        subcode or plan.code,
        rng,
        k_range=(gen.symptoms_min, gen.symptoms_max),
        temperature=gen.symptom_temperature,
    )
    drawn = sample_patient(rng, constraints)
    # a plain dict literal: dataclasses.asdict deep-copies and is the slowest step of planning
    patient = {
        "age": drawn.age,
        "sex": drawn.sex,
        "marital_status": drawn.marital_status,
        "smoking": drawn.smoking,
    }
    use_example = bool(examples) and float(rng.random()) < probability
    if use_example:
        template_name = conditioned[int(rng.integers(len(conditioned)))]
        example = examples[int(rng.integers(len(examples)))]
    else:
        if not plain:
            raise PlanError(
                f"code {plan.code}: every configured template needs an example note, but the pool has none "
                "for this code; add a template that does not (e.g. 'short')"
            )
        template_name = plain[int(rng.integers(len(plain)))]
        example = None
    template = templates[template_name]
    facts = prompt_facts(symptoms, patient, plan.name_ru, example.text if example else None)
    return {
        "task_id": task_id,
        "seed": seed,
        "icd10_code": plan.code,
        "icd10_subcode": subcode,
        "icd10_name_ru": plan.name_ru,
        "symptoms": symptoms,
        "patient": patient,
        "prompt_template": template.name,
        "prompt_template_hash": template.hash,
        "system_prompt": system_prompt,
        "prompt": template.render(**facts),
        "example_id": example.id if example else None,
        "example_source": pool.source if example and pool is not None else None,
        "example_text": example.text if example else None,
        "params": params,
    }


# ---- files -------------------------------------------------------------------------------------


def write_tasks(table: pa.Table, path: str | os.PathLike[str]) -> Path:
    """Write a task table atomically (temp file + rename), marked as written by `medsyn plan`."""
    from medsyn_dataset.outputs import PLAN

    return write_table(table, path, kind="task", written_by=PLAN.command)


def read_tasks(path: str | os.PathLike[str]) -> pa.Table:
    """Read a task table, checking its schema."""
    return read_table(path, kind="task")
