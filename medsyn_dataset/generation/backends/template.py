"""The offline template composer: a plausible Russian outpatient note from a task's facts, no LLM.

It writes complaints from the task's symptoms, the history of the present illness, the patient's
life history (age, sex, marital status, smoking), an objective status with vitals that fit the
patient and the complaints, and a plan; detailed templates add invented test results. Section
headings, sentence choice, order and numbers are drawn from ``request.seed``, so the same seed
gives the same note and notes of one code differ from each other. It never writes names, dates,
addresses, phone numbers or the diagnosis (the label), and never leaves placeholders.

What it writes lives in the phrase book ``template_phrases.yaml`` (loaded and checked by
``template_phrasebook``): headings, sentence variants, lists, number ranges and the conditions
between them. This module only follows it: it works out the facts of a task, gives the book's
expressions their functions (drawing from one seeded ``random.Random``) and lays out the note.

Provenance is always ``backend="template"``, ``model="template-composer"``: these notes are
scaffolding for an offline demo and tests, not LLM output.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.backends.template_phrasebook import (
    HELPERS,
    PHRASES_FILE,
    PURE_FUNCTIONS,
    Part,
    Phrasebook,
    Section,
    Variants,
    phrasebook,
)
from medsyn_dataset.language import grammar

MODEL_NAME = "template-composer"
_NO_BUILTINS: dict[str, Any] = {"__builtins__": {}}


class TemplateBackend:
    """Backend protocol implementation that composes notes locally (thousands per second)."""

    name = "template"

    def __init__(self, model: str | None = None) -> None:
        self.model = model or MODEL_NAME
        phrasebook()  # a broken phrase book fails here, once, not as an error on every row

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        started = time.perf_counter()
        try:
            text = compose_note(request.task, request.seed)
        except (KeyError, TypeError, ValueError) as exc:  # a malformed task row: report, never raise
            return GenerationResult(
                text=None,
                finish_reason="error",
                model=self.model,
                latency_s=time.perf_counter() - started,
                error=f"template composer: {exc!r}",
            )
        return GenerationResult(
            text=text,
            finish_reason="stop",
            prompt_tokens=None,
            completion_tokens=None,
            latency_s=time.perf_counter() - started,
            model=self.model,
        )

    async def aclose(self) -> None:
        return None


def create(model: str | None = None, **kwargs: Any) -> TemplateBackend:
    """Factory used by the runner; extra options (base_url, concurrency, ...) do not apply and are ignored."""
    return TemplateBackend(model=model)


# ---- composing -----------------------------------------------------------------------------------


def compose_note(task: dict[str, Any], seed: int, book: Phrasebook | None = None) -> str:
    """The note for one task row (TASK_SCHEMA fields; uses symptoms, patient, prompt_template)."""
    note = _Note(task, seed, book or phrasebook())
    if not note.symptoms:
        raise ValueError("the task has no symptoms to write complaints from")
    try:
        return _layout(note)
    except NameError as exc:  # the book's names are checked at load, but not which section sets a `let`
        raise ValueError(f"{PHRASES_FILE}: {exc} (a `let` name is known only in its section)") from None


def _layout(note: _Note) -> str:
    """The sections in order, as one paragraph or under headings, with the patient sentence on top."""
    layout = note.book.layout
    note["headed"] = headed = bool(layout.headed(note))
    sections = [
        (key, body)
        for key, section in note.book.sections.items()
        if (body := _section(note, section)) is not None
    ]
    if not headed:
        intro = _part(note, note.book.intro) if layout.intro_in_paragraph(note) else ""
        return _sentences([intro, *(body for _, body in sections)])
    headings = note.book.headings[note.rng.randrange(len(note.book.headings))]
    lines = []
    if layout.intro_above_headings(note):
        lines.append(_part(note, note.book.intro) or "")
    for number, (key, body) in enumerate(sections, start=1):
        note.update(n=number, bulleted=body.startswith("- "))
        heading = headings[key].render(note)
        on_next_line = layout.heading_on_own_line(note)
        lines.append(f"{heading}\n{body}" if on_next_line else f"{heading} {body}")
    return "\n\n".join(lines)


def _section(note: _Note, section: Section) -> str | None:
    """A section's text, or None when its ``when`` says to leave it out."""
    note.forget_lets()
    if section.when is not None and not section.when(note):
        return None
    note["detailed"] = bool(section.detailed(note)) if section.detailed is not None else False
    return _sentences([_part(note, part) for part in section.parts])


def _part(note: _Note, part: Part) -> str | None:
    """What one part writes: nothing unless its ``when`` holds, else its lets and then its content."""
    if part.when is not None and not part.when(note):
        return None
    return _content(note, part)


def _content(note: _Note, part: Part) -> str | None:
    for name, expression in part.let.items():
        note.let(name, expression(note))
    if part.text is not None:
        return part.text.render(note)
    if part.say is not None:
        return note.pick(note.entries(part.say))
    for alternative in part.first or ():
        if alternative.when is None or alternative.when(note):
            return _content(note, alternative)  # its `when` is checked: not again
    return None


def _sentences(parts: Sequence[str | None]) -> str:
    return " ".join(p for p in parts if p)


class _Note(dict[str, Any]):
    """One note being written: the random stream, the task's facts, and the names expressions read.

    As a dict it is the scope of the phrase book's expressions (looked up by ``eval``): the facts,
    the functions and the current section's ``let`` names; the book's lists are written out when
    read (``__missing__``), so the random draws inside them happen where the expression reads them.
    """

    def __init__(self, task: dict[str, Any], seed: int, book: Phrasebook) -> None:
        super().__init__()
        self.rng = random.Random(seed)
        self.book = book
        patient = task.get("patient") or {}
        age = patient.get("age")
        self.age = int(age) if age is not None else 40
        self.sex = patient.get("sex") or "male"
        self.female = self.sex == "female"
        smoking = patient.get("smoking")
        self.symptoms = [str(s).strip() for s in (task.get("symptoms") or []) if str(s).strip()]
        low = " ".join(self.symptoms).lower()
        first, *rest = self.symptoms or [""]
        self.update(
            style=_style(task.get("prompt_template") or "", len(task.get("example_text") or "")),
            headed=False, detailed=False, n=0, bulleted=False,
            age=self.age, child=self.age < 18, female=self.female,
            smoker=bool(smoking), non_smoker=not smoking and smoking is not None,
            symptoms=self.symptoms, first_symptom=first, later_symptoms=", ".join(rest),
            second_symptom=rest[0] if rest else "",
            who=grammar.describe_patient({**patient, "age": self.age, "sex": self.sex}),
            marital=grammar.marital_phrase(patient.get("marital_status"), self.sex) or "",
        )  # fmt: skip
        self.update({sign: any(stem in low for stem in stems) for sign, stems in book.signs.items()})
        self.update(PURE_FUNCTIONS)
        self.update(HELPERS)
        self.update(randint=self.rng.randint, uniform=self.rng.uniform, sample=self.rng.sample)
        self.update(chance=self.chance, pick=self.pick, shuffled=self.shuffled, g=self.g)
        self.update(duration=self.duration, measure_vitals=self.measure_vitals)
        self.lets: list[str] = []

    def __missing__(self, name: str) -> tuple[str, ...]:
        return self.entries(self.book.lists[name])

    def let(self, name: str, value: Any) -> None:
        self[name] = value
        self.lets.append(name)

    def forget_lets(self) -> None:
        for name in self.lets:
            self.pop(name, None)
        self.lets.clear()

    def entries(self, variants: Variants) -> tuple[str, ...]:
        """A list's entries written out in order; conditional entries (parts) only when they apply."""
        if variants.static is not None:
            return variants.static
        if variants.code is not None:
            return eval(variants.code, _NO_BUILTINS, self)
        written = [
            entry.render(self) if not isinstance(entry, Part) else _part(self, entry)
            for entry in variants.entries
        ]
        return tuple(text for text in written if text is not None)

    # functions of expressions
    def g(self, male: str, female: str) -> str:
        return female if self.female else male

    def pick(self, options: Sequence[Any]) -> Any:
        if not options:
            raise ValueError("nothing to pick from: every entry of the list was left out")
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def shuffled(self, items: Sequence[Any]) -> list[Any]:
        items = list(items)
        self.rng.shuffle(items)
        return items

    def duration(self, case: str = "acc", short: bool = False) -> str:
        """A random stretch of time, in the accusative ("3 дня назад") or genitive ("около 3 дней")."""
        durations = self.book.durations
        unit = durations.units[self.rng.choice(durations.short if short else durations.long)]
        n = self.rng.randint(*unit.count)
        return f"{n} {grammar.plural(n, *getattr(unit, case))}"

    def measure_vitals(self) -> Vitals:
        return measure_vitals(self)


_STYLES = {"short": "short", "detailed_tests": "tests", "detailed_traits": "traits", "demographics": "demo"}


def _style(template: str, example_len: int) -> str:
    """The note's style from the task's prompt template: short, tests, traits, demo or full."""
    if template in _STYLES:
        return _STYLES[template]
    if template == "example" and example_len:
        return "short" if example_len < 500 else "full"
    return "full"


@dataclass(frozen=True)
class Vitals:
    temperature: float
    systolic: int
    diastolic: int
    pulse: int
    breathing: int
    height: int
    weight: int
    spo2: int

    @property
    def bmi(self) -> float:
        return self.weight / (self.height / 100) ** 2


def measure_vitals(note: _Note) -> Vitals:
    """Vitals that fit the patient's age and sex and the complaints (fever, cough), from the book's ranges."""
    rng, ranges, age, fever, cough = note.rng, note.book.vitals, note.age, note["fever"], note["cough"]
    temperature = round(rng.uniform(*(ranges.temperature_fever if fever else ranges.temperature_normal)), 1)
    if age < ranges.child.under_age:
        child = ranges.child
        systolic, diastolic = rng.randint(*child.systolic), rng.randint(*child.diastolic)
        pulse, breathing = rng.randint(*child.pulse), rng.randint(*child.breathing)
        (low, high), (per_low, per_high) = child.height_base, child.height_per_year
        height = rng.randint(low + age * per_low, high + age * per_high)
        weight = max(child.min_weight, round(height * height / 10000 * rng.uniform(*child.bmi)))
    else:
        adult = ranges.adult
        base = adult.systolic_base + max(0, age - adult.systolic_rise_from) // 2
        systolic = rng.randint(base + adult.systolic_spread[0], base + adult.systolic_spread[1])
        diastolic = rng.randint(adult.diastolic[0], min(adult.diastolic[1], systolic - adult.pulse_pressure))
        pulse = rng.randint(*adult.pulse) + (adult.fever_pulse if fever else 0)
        breathing = rng.randint(*adult.breathing) + (adult.cough_breathing if cough else 0)
        height = rng.randint(*(adult.height_female if note.female else adult.height_male))
        weight = round(height * height / 10000 * rng.uniform(*adult.bmi))
    spo2 = rng.randint(*(ranges.spo2_cough if cough else ranges.spo2_normal))
    return Vitals(temperature, systolic, diastolic, pulse, breathing, height, weight, spo2)
