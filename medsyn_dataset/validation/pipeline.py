"""`validate_notes`: read note shards, run every check, decide per row, write shards and reports.

Stages (each with its own progress bar and timing): read, quality, tokens, duplicates,
contamination, memorization, codes, symptoms, label_noise, pii, decide, write. The output folder
gets the same shard names as the input, then ``validation_report.json`` (which names its writer:
the folder's marker) and ``validation_report.md``. It is written in a temp folder beside
``out_dir`` and renamed into place when complete: an interrupted or failed run leaves ``out_dir``
as it was. ``out_dir`` must be new, empty, or an earlier validation (:data:`~medsyn_dataset.outputs.VALIDATE`).
Every step is seeded, so the same input and policy give byte-identical shards.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from medsyn_dataset import schema
from medsyn_dataset.knowledge.icd10 import normalize_code
from medsyn_dataset.outputs import VALIDATE
from medsyn_dataset.provenance import carry_sources
from medsyn_dataset.validation.contamination import OutsideText, load_texts, overlap
from medsyn_dataset.validation.dedup import find_duplicates
from medsyn_dataset.validation.labels import (
    SymptomMatcher,
    check_code,
    label_noise,
    symptom_coverage,
)
from medsyn_dataset.validation.normalize import corpus_text_hashes, tokenize_corpus, word_shingles
from medsyn_dataset.validation.policy import Policy, load_policy
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.quality import Finding, check_quality
from medsyn_dataset.validation.report import REPORT_JSON, REPORT_MD, build_report, render_markdown

#: Reason names for checks that point at another text (see :mod:`medsyn_dataset.validation.policy`).
_POINTING_REASONS = {
    "exact_duplicate": "exact_duplicate_of",
    "near_duplicate": "near_duplicate_of",
    "contaminated": "contaminated_with",
    "memorized": "memorized_from",
}
_ACTION_RANK = {"ignore": 0, "flag": 1, "redact": 2, "drop": 3}
#: Quality scores whose key starts with this came with the notes (importers write them) and are kept.
UPSTREAM_SCORE_PREFIX = "upstream_"


@dataclass
class ValidationReport:
    """What a run found. ``data`` is the content of ``validation_report.json``."""

    data: dict[str, Any]
    out_dir: Path

    @property
    def gate_passed(self) -> bool:
        return bool(self.data["gate"]["passed"])

    @property
    def decisions(self) -> dict[str, int]:
        return dict(self.data["decisions"])

    @property
    def reasons(self) -> dict[str, int]:
        return dict(self.data["reasons"])

    @property
    def timings(self) -> dict[str, float]:
        return dict(self.data.get("timings_s", {}))


def load_code_set(spec: str | os.PathLike[str] | Collection[str] | None) -> set[str] | None:
    """``None``, ``"default"`` (the package's 219 categories), a file with one code per line, or codes."""
    if spec is None:
        return None
    if isinstance(spec, str) and spec == "default":
        from medsyn_dataset.knowledge.icd10 import default_codes

        return set(default_codes())
    if isinstance(spec, (str, os.PathLike)):
        path = Path(spec)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such code-set file")
        from medsyn_dataset.io import read_text

        codes = [line.split("#")[0].strip() for line in read_text(path).splitlines()]
        return {normalize_code(c) for c in codes if c}
    # the same normalisation check_code applies to each row's code, so "j18 " matches "J18"
    return {normalize_code(str(c)) for c in spec}


def _read_shards(in_dir: Path) -> tuple[list[Path], list[pa.Table]]:
    if not in_dir.exists():
        raise FileNotFoundError(f"{in_dir}: no such input folder")
    shards = [in_dir] if in_dir.is_file() else schema.list_shards(in_dir)
    if not shards:
        raise FileNotFoundError(f"{in_dir}: no note shards matching 'part-*.parquet'")
    tables = [schema.read_table(shard, "note") for shard in shards]
    seen: dict[str, tuple[Path, int]] = {}
    for shard, table in zip(shards, tables, strict=True):
        for row, note_id in enumerate(table.column("id").to_pylist()):
            if note_id in seen:
                first_shard, first_row = seen[note_id]
                raise ValueError(
                    f"{shard}: row {row}, field 'id': duplicate id {note_id!r} (first in {first_shard} row {first_row})"
                )
            seen[note_id] = (shard, row)
    return shards, tables


def _load_outside(items: Sequence[str | os.PathLike[str] | OutsideText], kind: str) -> list[OutsideText]:
    """Outside texts from files (``Path`` objects, or strings naming an existing file) or given directly
    (other strings, numbered ``<kind>:<n>``, or :class:`OutsideText`)."""
    texts: list[OutsideText] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, OutsideText):
            texts.append(item)
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and "\n" not in item and _is_file(item)):
            texts.extend(load_texts(item))
        else:
            texts.append(OutsideText(f"{kind}:{n}", str(item)))
    return texts


def _is_file(text: str) -> bool:
    try:
        return len(text) < 4096 and Path(text).is_file()
    except OSError:
        return False


def validate_notes(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    policy: Policy | str | os.PathLike[str] | None = None,
    reference_texts: Sequence[str | os.PathLike[str] | OutsideText] = (),
    eval_texts: Sequence[str | os.PathLike[str] | OutsideText] = (),
    code_set: str | os.PathLike[str] | Collection[str] | None = None,
    progress: bool = True,
    mkg: Any = None,
) -> ValidationReport:
    """Validate the note shards in ``in_dir`` and write the validated shards and reports to ``out_dir``.

    ``policy`` is a :class:`Policy`, a YAML path or None (default policy). ``reference_texts``
    are real notes to check memorisation against, ``eval_texts`` evaluation sets to check
    contamination against: files (JSONL/JSON/Parquet/TXT, as ``Path`` or as a string naming an
    existing file) or the texts themselves (other strings; ids ``reference:<n>`` / ``eval:<n>``). ``code_set`` is the release's code set
    (``"default"``, a file, a collection, or None for no check). ``mkg`` is the knowledge graph
    for sex/age constraints (default: the package's graph).
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    if not in_dir.exists():
        raise FileNotFoundError(f"{in_dir}: no such input folder")
    VALIDATE.check(out_dir, (in_dir,))  # before any work: a refused folder costs nothing and is never touched
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    codes_allowed = load_code_set(code_set)
    references = _load_outside(reference_texts, "reference")
    evals = _load_outside(eval_texts, "eval")
    if mkg is None:
        from medsyn_dataset.knowledge.mkg import default_mkg

        mkg = default_mkg()

    # `staging` holds the temp output folder: it becomes out_dir when everything below succeeded
    with contextlib.ExitStack() as staging, StageProgress(enabled=progress) as stages:
        with stages.stage("read", total=1):
            shards, tables = _read_shards(in_dir)
            table = pa.concat_tables(tables)
        n = table.num_rows
        ids = table.column("id").to_pylist()
        texts = table.column("text").to_pylist()
        findings: list[list[Finding]] = [[] for _ in range(n)]
        qscores = _upstream_scores(table, ids, in_dir)

        # ---- quality -------------------------------------------------------------------------
        # one struct field, not every generation record as a Python dict (~0.4 s on 41k rows)
        finish = pc.struct_field(table.column("generation"), "finish_reason").to_pylist()
        thresholds = pol.quality.thresholds()
        with stages.stage("quality", total=n) as advance:
            for i, text in enumerate(texts):
                found, scores = check_quality(text, finish[i], thresholds)
                findings[i].extend(found)
                qscores[i].update(scores)
                if i % 500 == 499:
                    advance(500)

        # ---- tokens + duplicates ---------------------------------------------------------------
        nd = pol.near_duplicates
        with stages.stage("tokens", total=n):
            vocab: dict[str, int] = {}
            corpus = tokenize_corpus(texts, vocab)
            shingles = word_shingles(corpus, nd.shingle_size)
            hashes = corpus_text_hashes(corpus)
        with stages.stage("duplicates", total=n):
            drop_like = np.array(
                [any(pol.action(f.check) == "drop" for f in row) for row in findings], dtype=np.int64
            )
            dups = find_duplicates(
                hashes, shingles, nd.threshold, nd.num_perm, nd.seed, priority=drop_like,
                false_negative_weight=nd.false_negative_weight,
            )
            for i in np.flatnonzero(dups.cluster >= 0).tolist():
                rep = int(dups.representative[i])
                if rep == i:
                    continue
                check = "exact_duplicate" if hashes[i] == hashes[rep] else "near_duplicate"
                findings[i].append(Finding(check, ids[rep]))

        # ---- contamination + memorisation ------------------------------------------------------
        contaminated_with: list[str | None] = [None] * n
        memorized_from: list[str | None] = [None] * n
        with stages.stage("contamination", total=len(evals)):
            if evals:
                ev_corpus = tokenize_corpus([e.text for e in evals], vocab)
                ev_shingles = word_shingles(ev_corpus, nd.shingle_size)
                ev = overlap(shingles, ev_shingles)
                ev_sizes = np.diff(ev_shingles.offsets)
                cp = pol.contamination
                for i in np.flatnonzero(ev.best >= 0).tolist():
                    j = int(ev.best[i])
                    by_containment = ev_sizes[j] >= cp.min_shingles and ev.containment_outside[i] >= cp.containment
                    if ev.jaccard[i] >= cp.jaccard or by_containment:
                        contaminated_with[i] = evals[j].id
                        findings[i].append(Finding("contaminated", evals[j].id))
                        qscores[i]["contamination_jaccard"] = round(float(ev.jaccard[i]), 4)
        with stages.stage("memorization", total=len(references)):
            if references:
                ref_corpus = tokenize_corpus([r.text for r in references], vocab)
                ref_shingles = word_shingles(ref_corpus, nd.shingle_size)
                mem = overlap(shingles, ref_shingles)
                mp = pol.memorization
                ref_sizes, note_sizes = np.diff(ref_shingles.offsets), np.diff(shingles.offsets)
                for i in np.flatnonzero(mem.best >= 0).tolist():
                    j = int(mem.best[i])
                    contained = max(mem.containment_note[i], mem.containment_outside[i])
                    # Short texts share a few stock phrases by chance: containment needs enough shingles.
                    long_enough = min(ref_sizes[j], note_sizes[i]) >= mp.min_shingles
                    if mem.longest_ngram[i] >= mp.min_shared_ngram or (long_enough and contained >= mp.min_containment):
                        memorized_from[i] = references[j].id
                        findings[i].append(Finding("memorized", references[j].id))
                        qscores[i]["memorized_ngram"] = int(mem.longest_ngram[i])
                        qscores[i]["memorized_containment"] = round(float(contained), 4)

        # ---- labels ----------------------------------------------------------------------------
        codes = table.column("icd10_code").to_pylist()
        example_ids = table.column("example_id").to_pylist()
        reference_ids = {r.id for r in references}
        subcodes = table.column("icd10_subcode").to_pylist()
        sexes = pc.struct_field(table.column("patient"), "sex").to_pylist()
        ages = pc.struct_field(table.column("patient"), "age").to_pylist()
        with stages.stage("codes", total=n):
            for i in range(n):
                findings[i].extend(check_code(codes[i], subcodes[i], sexes[i], ages[i], codes_allowed, mkg))
        symptoms = table.column("symptoms").to_pylist()
        with stages.stage("symptoms", total=n):
            coverage = symptom_coverage(symptoms, corpus, SymptomMatcher())
            for i, cov in enumerate(coverage):
                if cov is not None and cov < pol.labels.min_symptom_coverage:
                    findings[i].append(Finding("low_symptom_coverage"))
        lp = pol.labels
        predictions: list[list[str] | None] = [None] * n
        noise_stats: dict[str, Any] = {"run": False}
        with stages.stage("label_noise", total=n):
            if lp.label_noise:
                noise = label_noise(
                    corpus, [str(c) for c in codes], lp.top_k, lp.folds, lp.seed, lp.svd_components,
                    max_iter=lp.max_iter, use_cleanlab=lp.use_cleanlab, max_train_rows=lp.max_train_rows,
                )
                predictions = noise.top_k
                for i in np.flatnonzero(~noise.in_top_k).tolist():
                    findings[i].append(Finding("label_not_in_top_k"))
                for i in np.flatnonzero(noise.label_issue).tolist():
                    findings[i].append(Finding("label_issue"))
                noise_stats = {
                    "run": True,
                    "scored_rows": int(noise.scored.sum()),
                    "top1_accuracy": noise.top1_accuracy,
                    f"top{lp.top_k}_accuracy": noise.top_k_accuracy,
                }

        # ---- PII -------------------------------------------------------------------------------
        pii_entities: list[list[dict[str, Any]]] = [[] for _ in range(n)]
        redacted: list[str] = list(texts)
        with stages.stage("pii", total=n) as advance:
            if pol.pii.enabled:
                pii_entities, redacted = _scan_pii(texts, pol, findings, advance)

        # ---- decide ----------------------------------------------------------------------------
        policy_hash = pol.policy_hash()
        validations: list[dict[str, Any]] = []
        with stages.stage("decide", total=n):
            for i in range(n):
                reasons, decision = _decide(findings[i], pol)
                validations.append(
                    {
                        "decision": decision,
                        "reasons": reasons,
                        "pii": pii_entities[i],
                        "near_dup_cluster": int(dups.cluster[i]) if dups.cluster[i] >= 0 else None,
                        "is_cluster_representative": bool(dups.representative[i] in (-1, i)),
                        "symptom_coverage": coverage[i],
                        "label_predictions": predictions[i],
                        "memorized_source_id": memorized_from[i],
                        "contaminated_with": contaminated_with[i],
                        "quality_scores": json.dumps(qscores[i], sort_keys=True, ensure_ascii=False),
                        "policy_hash": policy_hash,
                    }
                )

        # ---- write -----------------------------------------------------------------------------
        with stages.stage("write", total=len(shards)) as advance:
            staged = staging.enter_context(VALIDATE.replace(out_dir, (in_dir,)))
            validation_col = pa.array(validations, type=schema.VALIDATION_TYPE)
            redacted_col = pa.array(redacted, type=pa.string())
            written: list[str] = []
            start = 0
            for shard, part in zip(shards, tables, strict=True):
                stop = start + part.num_rows
                out = part.set_column(
                    part.schema.get_field_index("validation"), "validation", validation_col[start:stop]
                ).set_column(part.schema.get_field_index("text_redacted"), "text_redacted", redacted_col[start:stop])
                name = shard.name if shard.name.startswith("part-") else f"part-{len(written):05d}.parquet"
                schema.write_table(out, staged / name)
                written.append(name)
                start = stop
                advance(1)
            # what each row's source.dataset is (licence, citation): read by the build and the card
            carry_sources(in_dir, staged)

        inputs = {
            "in_dir": str(in_dir),
            "shards": [s.name for s in shards],
            "reference_texts": [str(p) for p in reference_texts if isinstance(p, os.PathLike) or _is_file(str(p))],
            "reference_count": len(references),
            "eval_texts": [str(p) for p in eval_texts if isinstance(p, os.PathLike) or _is_file(str(p))],
            "eval_count": len(evals),
            "code_set": None if codes_allowed is None else len(codes_allowed),
            # Notes written from an example can only be checked for copying it when the example
            # pool is among the reference texts (pass it with --reference-texts).
            "notes_with_example": sum(1 for e in example_ids if e),
            "notes_with_example_in_reference_pool": sum(1 for e in example_ids if e and e in reference_ids),
        }
        data = VALIDATE.stamp(build_report(  # written_by: the folder's marker
            ids=ids, validations=validations, texts=texts, policy=pol, dups=dups, coverage=coverage,
            noise_stats=noise_stats, inputs=inputs, timings=stages.seconds,
        ))  # fmt: skip
        from medsyn_dataset.io import atomic_write_json, atomic_write_text

        atomic_write_json(staged / REPORT_JSON, data)
        atomic_write_text(staged / REPORT_MD, render_markdown(data))
    return ValidationReport(data, out_dir)


def _upstream_scores(table: pa.Table, ids: list[str], in_dir: Path) -> list[dict[str, Any]]:
    """Per row, the ``upstream_*`` quality scores an importer put in ``validation.quality_scores``.

    They are the upstream corpus's own measurements (e.g. MedSyn's BERT symptom recall): this run's
    checks add their scores beside them and never drop them. Other keys are this stage's own and
    are computed afresh.
    """
    raw = pc.struct_field(table.column("validation"), "quality_scores").to_pylist()
    scores: list[dict[str, Any]] = []
    for note_id, text in zip(ids, raw, strict=True):
        if not text:
            scores.append({})
            continue
        try:
            found = json.loads(text)
        except ValueError:
            raise ValueError(f"{in_dir}: note {note_id!r}: field 'validation.quality_scores': not valid JSON") from None
        if not isinstance(found, dict):
            raise ValueError(f"{in_dir}: note {note_id!r}: field 'validation.quality_scores': expected a JSON object")
        scores.append({k: v for k, v in found.items() if k.startswith(UPSTREAM_SCORE_PREFIX)})
    return scores


def _scan_pii(
    texts: list[str], pol: Policy, findings: list[list[Finding]], advance: Any
) -> tuple[list[list[dict[str, Any]]], list[str]]:
    """Scan for PII; high-confidence entities become findings and are redacted in ``text_redacted``."""
    from medsyn_dataset.validation.pii import PiiScanner, redact

    wanted = set(pol.pii.types) if pol.pii.types else None
    entities: list[list[dict[str, Any]]] = []
    redacted: list[str] = []
    # Large chunks: the scanner runs worker processes on big inputs; chunks keep the bar moving.
    # The `with` stops (and reaps) those workers when the stage ends instead of at exit.
    chunk = 8192
    with PiiScanner(score_threshold=min(pol.pii.min_score, 0.5)) as scanner:
        for lo in range(0, len(texts), chunk):
            batch = texts[lo : lo + chunk]
            for offset, found in enumerate(scanner.scan_many(batch, progress=False)):
                i = lo + offset
                found = sorted(found, key=lambda e: (e.start, e.end, e.type))
                entities.append([e.to_dict() for e in found])
                strong = [e for e in found if e.score >= pol.pii.min_score and (wanted is None or e.type in wanted)]
                for entity_type in sorted({e.type for e in strong}):
                    findings[i].append(Finding("pii", entity_type))
                redacted.append(redact(texts[i], strong) if strong else texts[i])
            advance(len(batch))
    return entities, redacted


def _decide(row_findings: list[Finding], pol: Policy) -> tuple[list[str], str]:
    reasons: list[str] = []
    worst = "keep"
    rank = 0
    for f in row_findings:
        action = pol.action(f.check)
        if action == "ignore":
            continue
        if f.check == "label_not_in_top_k":
            name = f"label_not_in_top{pol.labels.top_k}"
        else:
            name = _POINTING_REASONS.get(f.check, f.check)
        reason = f"{action}:{name}" + (f":{f.detail}" if f.detail else "")
        if reason not in reasons:
            reasons.append(reason)
        if _ACTION_RANK[action] > rank and action in ("redact", "drop"):
            rank, worst = _ACTION_RANK[action], action
    return reasons, worst
