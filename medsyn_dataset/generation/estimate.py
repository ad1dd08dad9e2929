"""`medsyn generate --estimate`: what a run would send and cost, per ICD-10 code and in total. Sends nothing.

Tasks already in the output folder and requests the ledger already answered are left out (they
cost nothing). Prompt tokens come from a tokenizer when one is given (``--tokenizer``), else from
the documented approximation (:mod:`.tokens`). Completion tokens are given twice: the worst case
(each request's ``max_tokens``) and, once known, the expected value (the mean completion tokens of
this model's answers in the ledger, else of the notes already in the output folder). Costs use the
price table (the built-in one unless ``--price-table``), online and Batch API prices.

Nothing is written: no output folder, no ledger file, no hit counted; no client is built.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medsyn_dataset.generation import shards
from medsyn_dataset.generation.ledger import request_key
from medsyn_dataset.generation.pricing import Price, price_for, resolve_prices
from medsyn_dataset.generation.records import request_for
from medsyn_dataset.generation.settings import GenerationSettings
from medsyn_dataset.generation.taskfile import iter_rows, model_from_tasks, read_tasks
from medsyn_dataset.generation.tokens import prompt_counter
from medsyn_dataset.outputs import GENERATE


@dataclass
class CodeEstimate:
    code: str
    tasks: int = 0
    prompt_tokens: int = 0
    completion_max: int | None = 0  # None: some task has no max_tokens (no upper bound)
    completion_expected: float | None = None


@dataclass
class RunEstimate:
    model: str | None
    tasks: int
    done: int
    ledger_hits: int
    prices: str
    price: Price | None
    counter: str
    expected_basis: str | None  # where the expected completion length comes from (None: unknown)
    codes: list[CodeEstimate] = field(default_factory=list)

    @property
    def to_request(self) -> int:
        return sum(c.tasks for c in self.codes)

    def total(self) -> CodeEstimate:
        maxima = [c.completion_max for c in self.codes]
        total = CodeEstimate("total", sum(c.tasks for c in self.codes), sum(c.prompt_tokens for c in self.codes),
                             None if None in maxima else sum(m or 0 for m in maxima))
        if self.expected_basis is not None:
            total.completion_expected = sum(c.completion_expected or 0.0 for c in self.codes)
        return total

    def cost(self, row: CodeEstimate, *, batch: bool, expected: bool) -> float | None:
        if self.price is None:
            return None
        completion = row.completion_expected if expected else row.completion_max
        if completion is None:
            return None
        return self.price.cost(row.prompt_tokens, completion, batch)


def estimate_run(
    tasks_path: str | Path,
    out_dir: str | Path | None,
    backend: str,
    settings: GenerationSettings,
    tokenizer: str | None = None,
) -> RunEstimate:
    """The projection for running ``tasks_path`` into ``out_dir``; see the module docstring.

    ``out_dir`` is held to the output rule as the run would be (a file, or a folder `medsyn
    generate` did not write, is refused), so an estimate never counts someone else's files.
    """
    if out_dir is not None:
        GENERATE.check(out_dir)
    tasks = read_tasks(tasks_path, settings.limit)
    model = settings.model or (model_from_tasks(tasks.table) if backend == "openai" else None)
    done = _done_ids(out_dir)
    counter, counter_line = prompt_counter(tokenizer)
    prices, source = resolve_prices(settings.price_table)
    price = price_for(prices, model) if backend == "openai" else None
    ledger = _read_only_ledger(settings) if backend == "openai" and model else None
    by_code: dict[str, CodeEstimate] = defaultdict(lambda: CodeEstimate(""))
    n_done = hits = 0
    try:
        for task in iter_rows(tasks.table):
            if task["task_id"] in done:
                n_done += 1
                continue
            request = request_for(task)
            if ledger is not None and model is not None and _answered(ledger, model, request):
                hits += 1
                continue
            row = by_code[task["icd10_code"]]
            row.code = task["icd10_code"]
            row.tasks += 1
            row.prompt_tokens += counter(request.system_prompt, request.prompt)
            max_tokens = request.params.get("max_tokens")
            row.completion_max = None if row.completion_max is None or not max_tokens else row.completion_max + int(max_tokens)
        mean, basis = _expected_completion(ledger, model, out_dir)
    finally:
        if ledger is not None:
            ledger.close()
    for row in by_code.values():
        row.completion_expected = row.tasks * mean if mean is not None else None
    codes = sorted(by_code.values(), key=lambda c: c.code)
    return RunEstimate(model, len(tasks.ids), n_done, hits, source, price, counter_line, basis, codes)


def _done_ids(out_dir: str | Path | None) -> set[str]:
    if out_dir is None or not Path(out_dir).is_dir():
        return set()
    return shards.scan(out_dir).done_ids


def _read_only_ledger(settings: GenerationSettings) -> sqlite3.Connection | None:
    path = settings.ledger_path()
    if path is None or not path.is_file():
        return None
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None


def _answered(ledger: sqlite3.Connection, model: str, request: Any) -> bool:
    from medsyn_dataset.generation.backends.openai_compat import CHAT_ENDPOINT, chat_body

    key = request_key({"url": CHAT_ENDPOINT, "body": chat_body(model, request)})
    try:
        row = ledger.execute("SELECT 1 FROM responses WHERE key = ? AND usable = 1", (key,)).fetchone()
    except sqlite3.Error:
        return False
    return row is not None


def _expected_completion(
    ledger: sqlite3.Connection | None, model: str | None, out_dir: str | Path | None
) -> tuple[float | None, str | None]:
    """Mean completion tokens per request, and where it comes from."""
    if ledger is not None and model is not None:
        try:
            avg, n = ledger.execute(
                "SELECT AVG(completion_tokens), COUNT(*) FROM responses WHERE model = ? AND usable = 1"
                " AND completion_tokens IS NOT NULL",
                (model,),
            ).fetchone()
        except sqlite3.Error:
            avg, n = None, 0
        if n:
            return float(avg), f"mean of {n:,} answers of {model} in the ledger"
    if out_dir is not None and shards.list_shards(out_dir):
        notes = shards.read_shards(out_dir).column("generation").to_pylist()
        counts = [g["completion_tokens"] for g in notes if g and g.get("completion_tokens") is not None]
        if counts:
            return sum(counts) / len(counts), f"mean of {len(counts):,} notes in {out_dir}"
    return None, None


def print_estimate(estimate: RunEstimate, console: Any) -> None:
    """The estimate as a table per code and a total, with what it is based on."""
    from rich.table import Table

    def money(row: CodeEstimate, batch: bool) -> str:
        if estimate.price is None:
            return "n/a"
        worst = estimate.cost(row, batch=batch, expected=False)
        expected = estimate.cost(row, batch=batch, expected=True)
        shown = f"{worst:,.4f}" if worst is not None else "unbounded"
        return shown + (f" / {expected:,.4f}" if expected is not None else "")

    def completion(row: CodeEstimate) -> str:
        expected = f" / {row.completion_expected:,.0f}" if row.completion_expected is not None else ""
        return (f"{row.completion_max:,}" if row.completion_max is not None else "unbounded") + expected

    table = Table(title=f"medsyn generate --estimate ({estimate.model or 'no model'})")
    for name in ("code", "tasks", "prompt tok", "completion tok max / exp", "online $ max / exp", "batch $ max / exp"):
        table.add_column(name, justify="left" if name == "code" else "right")
    for row in [*estimate.codes, estimate.total()]:
        style = "bold" if row.code == "total" else None
        table.add_row(row.code, f"{row.tasks:,}", f"{row.prompt_tokens:,}", completion(row), money(row, False),
                      money(row, True), style=style)
    console.print(table)
    lines = [
        f"tasks: {estimate.tasks:,} in scope; {estimate.done:,} already in the output folder; "
        f"{estimate.ledger_hits:,} answered in the ledger (free); {estimate.to_request:,} to request",
        f"prompt tokens: {estimate.counter}",
        "completion tokens: max = the tasks' max_tokens"
        + (" (unbounded: some tasks have no max_tokens)" if estimate.total().completion_max is None else "")
        + "; expected = " + (estimate.expected_basis or "unknown until answers of this model exist"),
        f"prices: {estimate.prices}" if estimate.price is not None else "prices: none for this model (--price-table); costs n/a",
        "nothing was sent.",
    ]
    for line in lines:
        console.print(line, soft_wrap=True, highlight=False, markup=False)
