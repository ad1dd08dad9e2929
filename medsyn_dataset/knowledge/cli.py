"""`medsyn kb`: inspect the knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from medsyn_dataset._cli_util import user_errors
from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph

app = typer.Typer(no_args_is_help=True)


def _graph(mkg: list[Path] | None) -> MedicalKnowledgeGraph:
    from medsyn_dataset.knowledge.mkg import load_mkg

    return load_mkg(mkg or ())


_MKG_OPTION = typer.Option(None, "--mkg", help="Extra triple file(s) layered on the default MKG.", exists=True)


@app.command("codes")
@user_errors
def codes(
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines instead of a table."),
    mkg: list[Path] | None = _MKG_OPTION,
) -> None:
    """List the default code set with Russian and English names and MKG coverage."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from medsyn_dataset.knowledge import icd10

    graph = _graph(mkg)
    rows = []
    for code in icd10.default_codes():
        info = icd10.lookup(code)
        limits = graph.constraints(code) if code in graph.diseases else None
        rows.append(
            {
                "code": code,
                "name_ru": info.name_ru,
                "name_en": info.name_en,
                "chapter": info.chapter,
                "block": info.block,
                "n_symptoms": len(graph.diseases[code].symptoms) if code in graph.diseases else 0,
                "sex": limits.sex if limits else None,
                "age": f"{limits.min_age}-{limits.max_age}" if limits else None,
            }
        )
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} ICD-10 categories (default code set)")
    for column in ("code", "name_ru", "name_en", "n_symptoms", "sex", "age"):
        table.add_column(column, overflow="fold")
    for row in rows:
        # escape: ICD titles hold brackets ("[herpes simplex]") that rich would take for markup and drop
        table.add_row(*(escape(str(row[c])) if row[c] is not None else "" for c in ("code", "name_ru", "name_en", "n_symptoms", "sex", "age")))
    Console().print(table)


@app.command("show")
@user_errors
def show(code: str = typer.Argument(..., help="ICD-10 category or subcode, e.g. J06 or J06.9."), mkg: list[Path] | None = _MKG_OPTION) -> None:
    """Show one code: hierarchy, names, constraints, symptoms and drugs with weights."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from medsyn_dataset.knowledge import icd10

    info = icd10.lookup(code)
    graph = _graph(mkg)
    console = Console()
    # escape: ICD titles hold brackets ("[herpes simplex]") that rich would take for markup and drop
    console.print(f"[bold]{info.code}[/bold]  {escape(info.name_ru or '(no Russian name shipped)')}")
    console.print(f"  {escape(info.name_en or '')}", highlight=False)
    console.print(f"  chapter {info.chapter}, block {info.block}, category {info.category}")
    subs = icd10.subcodes(info.category)
    if subs:
        console.print(f"  subcodes: {', '.join(subs)}")
    limits = graph.constraints(info.code)
    console.print(f"  patients: sex {limits.sex or 'any'}, age {limits.min_age}-{limits.max_age}")
    for title, items in (("symptom", graph.symptoms(info.code)), ("drug", graph.drugs(info.code))):
        if not items:
            continue
        table = Table(title=f"{title}s ({len(items)})")
        table.add_column(title)
        table.add_column("weight", justify="right")
        for name, weight in sorted(items.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(escape(name), f"{weight:.2f}")
        console.print(table)


@app.command("sample")
@user_errors
def sample(
    code: str = typer.Argument(..., help="ICD-10 category or subcode."),
    n: int = typer.Option(5, "-n", "--n", min=1, help="How many draws."),
    seed: int = typer.Option(0, "--seed", help="Random seed: same seed, same output."),
    k_min: int = typer.Option(2, "--k-min", min=0, help="Fewest symptoms per draw."),
    k_max: int = typer.Option(5, "--k-max", min=1, help="Most symptoms per draw."),
    temperature: float = typer.Option(1.0, "--temperature", min=0.01, help=">1 flattens the symptom weights, <1 sharpens."),
    patients: bool = typer.Option(True, "--patients/--no-patients", help="Also draw a patient for each sample."),
    mkg: list[Path] | None = _MKG_OPTION,
) -> None:
    """Draw symptom sets (and patients) for a code, as task planning does. Seeded."""
    import numpy as np

    from medsyn_dataset.knowledge.demographics import sample_patient
    from medsyn_dataset.knowledge.icd10 import normalize_code

    code = normalize_code(code)
    graph = _graph(mkg)
    rng = np.random.default_rng(seed)
    for i in range(n):
        symptoms = graph.sample_symptoms(code, rng, k_range=(k_min, k_max), temperature=temperature)
        line = f"{i + 1}. " + "; ".join(symptoms)
        if patients:
            p = sample_patient(rng, graph.constraints(code))
            line += f"  [{p.sex}, {p.age}, {p.marital_status}, {'smoker' if p.smoking else 'non-smoker'}]"
        typer.echo(line)
