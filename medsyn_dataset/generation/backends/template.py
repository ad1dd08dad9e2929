"""The offline template composer: a plausible Russian outpatient note from a task's facts, no LLM.

It writes complaints from the task's symptoms, the history of the present illness, the patient's
life history (age, sex, marital status, smoking), an objective status with vitals that fit the
patient and the complaints, and a plan; detailed templates add invented test results. Section
headings, sentence choice, order and numbers are drawn from ``request.seed``, so the same seed
gives the same note and notes of one code differ from each other. It never writes names, dates,
addresses, phone numbers or the diagnosis (the label), and never leaves placeholders.

Provenance is always ``backend="template"``, ``model="template-composer"``: these notes are
scaffolding for an offline demo and tests, not LLM output.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from typing import Any

from medsyn_dataset.generation import russian
from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult

MODEL_NAME = "template-composer"


class TemplateBackend:
    """Backend protocol implementation that composes notes locally (thousands per second)."""

    name = "template"

    def __init__(self, model: str | None = None) -> None:
        self.model = model or MODEL_NAME

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


class _Note:
    """One note being written: the random stream and the patient's grammatical gender."""

    def __init__(self, task: dict[str, Any], seed: int) -> None:
        self.rng = random.Random(seed)
        patient = task.get("patient") or {}
        age = patient.get("age")
        self.age = int(age) if age is not None else 40
        self.sex = patient.get("sex") or "male"
        self.female = self.sex == "female"
        self.marital = patient.get("marital_status")
        self.smoking = patient.get("smoking")
        self.symptoms = [str(s).strip() for s in (task.get("symptoms") or []) if str(s).strip()]
        self.template = task.get("prompt_template") or ""
        self.example_len = len(task.get("example_text") or "")
        low = " ".join(self.symptoms).lower()
        self.fever = any(w in low for w in ("температур", "лихорад", "озноб", "жар"))
        self.cough = any(w in low for w in ("кашл", "хрип", "одышк", "мокрот"))
        self.belly = any(w in low for w in ("живот", "эпигастр", "тошнот", "рвот", "стул", "диаре", "изжог"))
        self.child = self.age < 18

    # helpers
    def g(self, male: str, female: str) -> str:
        return female if self.female else male

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def duration(self, case: str = "acc", short: bool = False) -> str:
        """A random stretch of time, in the accusative ("3 дня назад") or genitive ("около 3 дней")."""
        unit = self.rng.choice(("day", "day", "week") if short else ("day", "week", "week", "month"))
        n = self.rng.randint(2, 14) if unit == "day" else self.rng.randint(1, 6 if unit == "week" else 11)
        forms = _DURATION_FORMS[unit][case]
        return f"{n} {russian.plural(n, *forms)}"


_DURATION_FORMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "day": {"acc": ("день", "дня", "дней"), "gen": ("дня", "дней", "дней")},
    "week": {"acc": ("неделю", "недели", "недель"), "gen": ("недели", "недель", "недель")},
    "month": {"acc": ("месяц", "месяца", "месяцев"), "gen": ("месяца", "месяцев", "месяцев")},
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _sentences(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


def compose_note(task: dict[str, Any], seed: int) -> str:
    """The note for one task row (TASK_SCHEMA fields; uses symptoms, patient, prompt_template)."""
    note = _Note(task, seed)
    if not note.symptoms:
        raise ValueError("the task has no symptoms to write complaints from")
    style = _style(note)
    # Short notes are often one paragraph without headings; the others always have sections.
    headed = style != "short" or note.chance(0.4)
    sections: list[tuple[str, str]] = [
        ("complaints", _complaints(note, headed)),
        ("morbi", _anamnesis_morbi(note, detailed=style != "short")),
        ("vitae", _anamnesis_vitae(note, detailed=style in ("traits", "full"), demographics=style == "demo")),
        ("status", _objective(note, detailed=style != "short")),
    ]
    if style == "tests" or (style == "full" and note.chance(0.5)):
        sections.append(("tests", _tests(note)))
    if style != "short" or note.chance(0.5):
        sections.append(("plan", _plan(note, headed)))
    if not headed:
        intro = _demographic_sentence(note) if note.chance(0.5) else ""
        return _sentences([intro, *(body for _, body in sections)])
    headings = _HEADINGS[note.rng.randrange(len(_HEADINGS))]
    lines = []
    if style == "demo" or note.chance(0.3):
        lines.append(_demographic_sentence(note))
    for number, (key, body) in enumerate(sections, start=1):
        heading = headings[key].format(n=number)
        on_next_line = body.startswith("- ") or note.chance(0.5)
        lines.append(f"{heading}\n{body}" if on_next_line else f"{heading} {body}")
    return "\n\n".join(lines)


def _style(note: _Note) -> str:
    template = note.template
    if template == "short":
        return "short"
    if template == "detailed_tests":
        return "tests"
    if template == "detailed_traits":
        return "traits"
    if template == "demographics":
        return "demo"
    if template == "example" and note.example_len:
        return "short" if note.example_len < 500 else "full"
    return "full"


_HEADINGS: list[dict[str, str]] = [
    {
        "complaints": "Жалобы:",
        "morbi": "Анамнез заболевания:",
        "vitae": "Анамнез жизни:",
        "status": "Объективно:",
        "tests": "Результаты обследования:",
        "plan": "Рекомендации:",
    },
    {
        "complaints": "Жалобы при обращении:",
        "morbi": "История настоящего заболевания:",
        "vitae": "Из анамнеза жизни:",
        "status": "Объективный статус:",
        "tests": "Данные обследований:",
        "plan": "План:",
    },
    {
        "complaints": "ЖАЛОБЫ.",
        "morbi": "АНАМНЕЗ ЗАБОЛЕВАНИЯ.",
        "vitae": "АНАМНЕЗ ЖИЗНИ.",
        "status": "ОБЪЕКТИВНЫЙ СТАТУС.",
        "tests": "ЛАБОРАТОРНЫЕ И ИНСТРУМЕНТАЛЬНЫЕ ДАННЫЕ.",
        "plan": "ПЛАН ОБСЛЕДОВАНИЯ И ЛЕЧЕНИЯ.",
    },
    {
        "complaints": "Жалобы на момент осмотра:",
        "morbi": "Anamnesis morbi:",
        "vitae": "Anamnesis vitae:",
        "status": "Status praesens:",
        "tests": "Обследование:",
        "plan": "Назначения и рекомендации:",
    },
    {
        "complaints": "{n}. Жалобы.",
        "morbi": "{n}. Анамнез заболевания.",
        "vitae": "{n}. Анамнез жизни.",
        "status": "{n}. Объективный осмотр.",
        "tests": "{n}. Результаты исследований.",
        "plan": "{n}. Тактика.",
    },
]


def _demographic_sentence(note: _Note) -> str:
    who = russian.describe_patient(
        {"age": note.age, "sex": note.sex, "marital_status": note.marital, "smoking": note.smoking}
    )
    return note.pick(
        (
            f"Пациент — {who}.",
            f"На приём обратил{note.g('ся', 'ась')} {who}.",
            f"Осмотрен{note.g('', 'а')} {who}.",
            f"{_cap(who)}, обратил{note.g('ся', 'ась')} в поликлинику по месту жительства.",
        )
    )


def _complaints(note: _Note, headed: bool) -> str:
    symptoms = list(note.symptoms)
    note.rng.shuffle(symptoms)
    listed = ", ".join(symptoms)
    verb = "беспокоит" if len(symptoms) == 1 else "беспокоят"
    options: tuple[str, ...]
    if headed:  # the heading already says "Жалобы"
        options = (
            f"{_cap(listed)}.",
            f"{_cap('; '.join(symptoms))}.",
            f"На момент осмотра {verb}: {listed}.",
            f"Пациент{note.g('а', 'ку')} {verb}: {listed}.",
        )
    else:
        options = (
            f"Предъявляет жалобы: {listed}.",
            f"Пациент{note.g('а', 'ку')} {verb}: {listed}.",
            f"Основные жалобы — {listed}.",
            f"Жалуется на следующее: {'; '.join(symptoms)}.",
            f"Жалобы при обращении: {listed}.",
        )
    sentence = note.pick(options)
    extra = []
    if note.chance(0.45):
        extra.append(
            note.pick(
                (
                    "Жалобы усиливаются к вечеру.",
                    "Выраженность жалоб умеренная.",
                    "Также отмечает общую слабость и снижение работоспособности.",
                    "Сон нарушен из-за плохого самочувствия.",
                    "Аппетит сохранён.",
                    "Жалобы носят постоянный характер.",
                    "Симптомы периодически уменьшаются в покое.",
                )
            )
        )
    return _sentences([sentence, *extra])


_TRIGGERS = (
    "переохлаждением",
    "физической нагрузкой",
    "стрессом на работе",
    "погрешностью в диете",
    "перенесённой простудой",
    "сменой климата во время поездки",
    "недосыпанием и переутомлением",
    "контактом с заболевшим родственником",
)


def _anamnesis_morbi(note: _Note, detailed: bool) -> str:
    g = note.g
    first, *rest = note.symptoms
    onset = note.pick(
        (
            f"Считает себя больн{g('ым', 'ой')} в течение {note.duration('gen')}.",
            f"Заболел{g('', 'а')} около {note.duration('gen')} назад.",
            f"Ухудшение самочувствия отмечает на протяжении {note.duration('gen')}.",
            f"Симптомы появились {note.duration()} назад без видимой причины.",
            f"Начало заболевания связывает с {note.pick(_TRIGGERS)}; жалобы беспокоят около {note.duration('gen')}.",
            f"Со слов пациент{g('а', 'ки')}, болеет {note.duration()}.",
        )
    )
    parts = [onset]
    if rest and note.chance(0.7):
        parts.append(
            note.pick(
                (
                    f"Первым появился симптом «{first}», позднее — {', '.join(rest)}.",
                    f"Вначале отмечал{g('', 'а')} {first}, затем — {', '.join(rest)}.",
                    f"{_cap(first)} — около {note.duration('gen', short=True)}, {rest[0]} — около {note.duration('gen', short=True)}.",
                )
            )
        )
    parts.append(
        note.pick(
            (
                "Течение постепенно нарастающее.",
                "За последние дни состояние без существенной динамики.",
                "Отмечает волнообразное течение с периодами улучшения.",
                "Интенсивность симптомов за последнюю неделю увеличилась.",
                "Резкого ухудшения не было.",
            )
        )
    )
    if detailed:
        parts.append(
            note.pick(
                (
                    f"Самостоятельно принимал{g('', 'а')} безрецептурные препараты с кратковременным эффектом.",
                    f"Не лечил{g('ся', 'ась')}, рассчитывал{g('', 'а')}, что симптомы пройдут сами.",
                    f"Ранее по этому поводу за медицинской помощью не обращал{g('ся', 'ась')}.",
                    f"Пробовал{g('', 'а')} лечиться народными средствами, без эффекта.",
                    f"Принимал{g('', 'а')} обезболивающие по требованию, последний приём накануне.",
                )
            )
        )
        if note.chance(0.5):
            parts.append(
                note.pick(
                    (
                        "Подобные эпизоды ранее отрицает.",
                        f"Похожие жалобы были около {russian.age_genitive(note.rng.randint(1, 5))} назад, прошли самостоятельно.",
                        "Аналогичные симптомы возникали и раньше, но были менее выражены.",
                        "Обращается впервые.",
                    )
                )
            )
        if note.chance(0.4):
            parts.append(
                note.pick(
                    (
                        "Связь с приёмом пищи не прослеживает.",
                        "Усиление жалоб связывает с нагрузкой.",
                        "Контакт с инфекционными больными отрицает.",
                        "Листок нетрудоспособности не требуется.",
                        "Вынужден был пропустить несколько рабочих дней."
                        if not note.female
                        else "Вынуждена была пропустить несколько рабочих дней.",
                    )
                )
            )
    return _sentences(parts)


_CHRONIC = (
    "хронический гастрит",
    "гипертоническая болезнь II стадии",
    "остеохондроз поясничного отдела позвоночника",
    "хронический тонзиллит",
    "сахарный диабет 2 типа",
    "варикозная болезнь нижних конечностей",
    "аутоиммунный тиреоидит",
    "мочекаменная болезнь",
)
_OPERATIONS = (
    "аппендэктомия",
    "холецистэктомия",
    "грыжесечение",
    "тонзиллэктомия",
    "артроскопия коленного сустава",
)
_RELATIVES = ("у матери", "у отца", "у бабушки по линии матери", "у деда по линии отца", "у старшей сестры")
_HEREDITARY = (
    "гипертоническая болезнь",
    "сахарный диабет 2 типа",
    "ишемическая болезнь сердца",
    "бронхиальная астма",
    "онкологическое заболевание",
    "язвенная болезнь желудка",
)
_JOBS = (
    "работает водителем",
    "работает бухгалтером",
    "работает на производстве",
    "занят в сфере торговли",
    "работает учителем",
    "работает инженером",
    "занимается строительством",
    "работает в сфере IT",
    "работает в офисе",
    "работает продавцом",
    "работает медицинским работником",
    "занят на складе",
)


def _anamnesis_vitae(note: _Note, detailed: bool, demographics: bool) -> str:
    g, rng = note.g, note.rng
    parts: list[str] = []
    if note.child:
        parts.append(
            note.pick(
                (
                    f"Рос{g('', 'ла')} и развивал{g('ся', 'ась')} соответственно возрасту.",
                    f"Ребёнок от {rng.randint(1, 3)}-й беременности, роды в срок.",
                    "Привит по национальному календарю.",
                )
            )
        )
        parts.append(
            note.pick(
                ("Посещает школу.", "Учится в школе, успеваемость хорошая.", "Посещает детский сад.")
                if note.age >= 3
                else ("Находится на грудном вскармливании.", "Наблюдается педиатром.")
            )
        )
    else:
        if note.age >= 65:
            parts.append(
                note.pick(
                    (
                        f"Пенсионер{g('', 'ка')}.",
                        f"На пенсии, живёт {note.pick(('с семьёй', 'один' if not note.female else 'одна', 'с супругом' if note.female else 'с супругой'))}.",
                    )
                )
            )
        elif note.age < 22 and note.chance(0.6):
            parts.append(f"Студент{g('', 'ка')}.")
        else:
            parts.append(f"{_cap(note.pick(_JOBS))}.")
        if demographics or note.chance(0.6):
            phrase = russian.marital_phrase(note.marital, note.sex)
            if phrase:
                parts.append(f"Семейное положение: {phrase}." if note.chance(0.5) else f"{_cap(phrase)}.")
    chronic = (
        "отрицает" if note.chance(0.5) or note.child else ", ".join(rng.sample(_CHRONIC, rng.randint(1, 2)))
    )
    parts.append(
        note.pick((f"Хронические заболевания: {chronic}.", f"Сопутствующие заболевания: {chronic}."))
    )
    if note.age >= 14:
        if note.smoking:
            years = max(1, note.age - rng.randint(14, min(max(15, note.age), 25)))
            parts.append(
                note.pick(
                    (
                        f"Курит около {russian.age_genitive(years)}, до {rng.choice((5, 10, 15, 20))} сигарет в день.",
                        f"Курит, стаж курения {russian.years(years)}.",
                        f"Курящ{g('ий', 'ая')}, около пачки сигарет в день.",
                    )
                )
            )
        elif note.smoking is not None:
            parts.append(note.pick(("Не курит.", "Курение отрицает.", f"Некурящ{g('ий', 'ая')}.")))
    if not note.child and (detailed or note.chance(0.5)):
        parts.append(
            note.pick(("Алкоголь употребляет редко.", "Алкоголем не злоупотребляет.", "Алкоголь отрицает."))
        )
    parts.append(
        note.pick(
            (
                "Аллергологический анамнез не отягощён.",
                "Аллергические реакции отрицает.",
                f"Аллергия на {note.pick(('пенициллин', 'цитрусовые', 'пыльцу берёзы', 'нестероидные противовоспалительные препараты'))} ({note.pick(('крапивница', 'кожный зуд', 'отёк век'))}).",
            )
        )
    )
    if detailed:
        if note.chance(0.5) and not note.child:
            parts.append(
                f"Операции: {note.pick(_OPERATIONS)} в возрасте {russian.years(rng.randint(10, max(11, note.age - 1)))}."
            )
        else:
            parts.append(note.pick(("Операции и травмы отрицает.", "Оперативных вмешательств не было.")))
        parts.append(
            f"Наследственность: {note.pick(_RELATIVES)} {note.pick(_HEREDITARY)}."
            if note.chance(0.6)
            else "Наследственность не отягощена."
        )
        parts.append(
            note.pick(
                (
                    "Питание регулярное, без особенностей.",
                    "Физическая активность низкая.",
                    "Регулярно занимается ходьбой.",
                    "Отмечает нерегулярное питание и недостаток сна.",
                    "Живёт в благоустроенной квартире.",
                )
            )
        )
        if note.female and 18 <= note.age <= 50 and note.chance(0.5):
            parts.append(
                note.pick(
                    (
                        "Менструальный цикл регулярный.",
                        f"Беременностей — {rng.randint(0, 3)}, родов — {rng.randint(0, 2)}.",
                    )
                )
            )
    return _sentences(parts)


def _vitals(note: _Note) -> dict[str, Any]:
    rng = note.rng
    temp = round(rng.uniform(37.2, 38.9), 1) if note.fever else round(rng.uniform(36.3, 36.9), 1)
    if note.age < 12:
        sys_bp, dia_bp = rng.randint(90, 110), rng.randint(55, 70)
        hr, rr = rng.randint(80, 115), rng.randint(18, 26)
        height = rng.randint(75 + note.age * 5, 90 + note.age * 6)
        weight = max(8, round(height * height / 10000 * rng.uniform(14.5, 19.0)))
    else:
        base = 110 + max(0, note.age - 30) // 2
        sys_bp = rng.randint(base - 5, base + 25)
        dia_bp = rng.randint(65, min(100, sys_bp - 30))
        hr = rng.randint(64, 96) + (8 if note.fever else 0)
        rr = rng.randint(14, 20) + (2 if note.cough else 0)
        height = rng.randint(160, 192) if not note.female else rng.randint(150, 178)
        weight = round(height * height / 10000 * rng.uniform(19.0, 32.0))
    spo2 = rng.randint(94, 97) if note.cough else rng.randint(96, 99)
    return {
        "t": temp,
        "sys": sys_bp,
        "dia": dia_bp,
        "hr": hr,
        "rr": rr,
        "spo2": spo2,
        "h": height,
        "w": weight,
    }


def _objective(note: _Note, detailed: bool) -> str:
    v = _vitals(note)
    g = note.g
    parts = [
        note.pick(
            (
                "Общее состояние удовлетворительное, сознание ясное.",
                f"Состояние {note.pick(('удовлетворительное', 'средней степени тяжести'))}. Сознание ясное, ориентирован{g('', 'а')}.",
                "Состояние относительно удовлетворительное.",
                f"Общее состояние {note.pick(('удовлетворительное', 'средней тяжести'))}, положение активное.",
            )
        )
    ]
    vitals = [
        f"температура тела {v['t']} °C".replace(".", ","),
        f"АД {v['sys']}/{v['dia']} мм рт. ст.",
        f"ЧСС {v['hr']} уд/мин",
        f"ЧДД {v['rr']} в минуту",
        f"SpO2 {v['spo2']}%",
    ]
    note.rng.shuffle(vitals)
    vitals = vitals[: note.rng.randint(3, 5)]
    parts.append(f"{_cap('; '.join(vitals)).rstrip('.')}.")
    if detailed or note.chance(0.4):
        bmi = v["w"] / (v["h"] / 100) ** 2
        parts.append(
            f"Рост {v['h']} см, масса тела {v['w']} кг, ИМТ {bmi:.1f} кг/м²".replace(".", ",", 1) + "."
        )
    parts.append(
        note.pick(
            (
                "Кожные покровы обычной окраски, чистые.",
                "Кожа и видимые слизистые физиологической окраски.",
                "Кожные покровы бледноватые, влажные." if note.fever else "Кожные покровы сухие, тёплые.",
            )
        )
    )
    if note.cough:
        parts.append(
            note.pick(
                (
                    "Дыхание жёсткое, выслушиваются единичные сухие хрипы.",
                    "В лёгких дыхание везикулярное, ослабленное в нижних отделах, рассеянные сухие хрипы.",
                    "Аускультативно жёсткое дыхание, хрипы исчезают после откашливания.",
                )
            )
        )
    else:
        parts.append(
            note.pick(
                (
                    "Дыхание везикулярное, хрипов нет.",
                    "В лёгких везикулярное дыхание, проводится во все отделы.",
                    "Аускультативно дыхание без особенностей.",
                )
            )
        )
    parts.append(
        note.pick(
            (
                "Тоны сердца ясные, ритмичные.",
                "Тоны сердца приглушены, ритм правильный.",
                "Сердечные тоны ритмичные, шумов нет.",
            )
        )
    )
    if note.belly:
        parts.append(
            note.pick(
                (
                    "Живот мягкий, умеренно болезненный при глубокой пальпации в эпигастрии.",
                    "Живот вздут, болезненный при пальпации, симптомов раздражения брюшины нет.",
                )
            )
        )
    else:
        parts.append(
            note.pick(
                (
                    "Живот мягкий, безболезненный.",
                    "Живот при пальпации мягкий, печень не выступает из-под края рёберной дуги.",
                )
            )
        )
    if detailed:
        parts.append(
            note.pick(
                (
                    "Периферических отёков нет.",
                    "Стул и диурез, со слов, не нарушены.",
                    "Лимфатические узлы не увеличены.",
                    "Симптом поколачивания отрицательный с обеих сторон.",
                )
            )
        )
    return _sentences(parts)


def _tests(note: _Note) -> str:
    rng = note.rng
    wbc = round(rng.uniform(9.5, 14.5) if note.fever else rng.uniform(4.5, 8.9), 1)
    esr = rng.randint(18, 35) if note.fever else rng.randint(4, 15)
    hb = rng.randint(118, 150) if note.female else rng.randint(130, 165)
    items = [
        f"общий анализ крови: гемоглобин {hb} г/л, лейкоциты {wbc}×10⁹/л, СОЭ {esr} мм/ч".replace(".", ","),
        f"глюкоза крови {rng.uniform(4.1, 6.4):.1f} ммоль/л".replace(".", ","),
        f"креатинин {rng.randint(62, 105)} мкмоль/л",
        f"АЛТ {rng.randint(12, 48)} Ед/л, АСТ {rng.randint(14, 42)} Ед/л",
        f"С-реактивный белок {rng.randint(12, 48) if note.fever else rng.randint(1, 5)} мг/л",
        f"общий анализ мочи: удельный вес {rng.randint(1012, 1025)}, белок не обнаружен, лейкоциты {rng.randint(0, 4)} в п/з",
        f"ЭКГ: ритм синусовый, ЧСС {rng.randint(62, 92)} в минуту, {note.pick(('электрическая ось не отклонена', 'нормальное положение электрической оси', 'неспецифические изменения реполяризации'))}",
    ]
    if note.cough:
        items.append(
            note.pick(
                (
                    "рентгенография органов грудной клетки: усиление лёгочного рисунка, очаговых теней нет",
                    "рентгенография лёгких без очаговых и инфильтративных изменений",
                )
            )
        )
    if note.belly:
        items.append(
            note.pick(
                (
                    "УЗИ органов брюшной полости: диффузные изменения поджелудочной железы",
                    "УЗИ брюшной полости: без значимой патологии",
                )
            )
        )
    chosen = rng.sample(items, rng.randint(3, min(6, len(items))))
    if note.chance(0.5):
        return "\n".join(f"- {_cap(item)}." for item in chosen)
    return f"{_cap('; '.join(chosen))}."


def _plan(note: _Note, headed: bool) -> str:
    rng = note.rng
    days = rng.randint(3, 10)
    options = [
        "общий анализ крови и мочи",
        "биохимический анализ крови",
        "ЭКГ",
        "консультация профильного специалиста",
        "контроль артериального давления",
        "щадящий режим",
        "обильное тёплое питьё" if note.fever else "дозированная физическая нагрузка",
        f"повторный осмотр через {days} {russian.plural(days, 'день', 'дня', 'дней')}",
        "симптоматическая терапия",
        "ведение дневника самочувствия",
        "соблюдение диеты",
    ]
    chosen = rng.sample(options, rng.randint(3, 5))
    lead = "" if headed else note.pick(("Рекомендовано:", "Назначено:", "Даны рекомендации:"))
    body = ", ".join(chosen)
    tail = note.pick(
        (
            "",
            " При ухудшении состояния — обратиться повторно.",
            " Явка на контрольный осмотр.",
            " Пациент с рекомендациями ознакомлен."
            if not note.female
            else " Пациентка с рекомендациями ознакомлена.",
        )
    )
    return f"{lead} {body}.{tail}".strip() if lead else f"{_cap(body)}.{tail}"
