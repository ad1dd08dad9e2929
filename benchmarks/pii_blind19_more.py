"""blind19 blocks: insurer and social-fund replies quoting older policies and sick-leave numbers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind19_gen as g
from benchmarks import pii_blind19_people as pp
from benchmarks.pii_blind19_gen import DT, INN, LOC, MRN, OMS, PH, PS, SN, P, doc
from benchmarks.pii_families import MONTHS_GENT, Planted


def oms_history_reply(rng: random.Random, fake: Any) -> Planted:
    """An insurer's reply listing the old series+number policy, the temporary certificate and the ENP."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    old_series = rng.choice(("ЕАА", "ЕАБ", "7701", "0250", "РТ", "РМ"))
    old_number = g.dig(rng, rng.choice((6, 7, 8)))
    spec = pp.russian(rng, fake, male=False)
    return doc(
        "ООО «СМК РЕСО-Мед» на обращение от ",
        (DT, f"{d} {MONTHS_GENT[m - 1]} {y} г."),
        "\nСообщаем, что ",
        (P, p.full()),
        " застрахован(а) в нашей компании:\n",
        "— полис старого образца серия ",
        (OMS, old_series),
        " № ",
        (OMS, old_number),
        " (действовал до ",
        (DT, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2011, 2013)}"),
        ");\n— временное свидетельство № ",
        (OMS, g.dig(rng, 9)),
        ";\n— полис единого образца ",
        (OMS, g.enp(rng)),
        ".\nАдрес регистрации застрахованного: ",
        (LOC, pp.address(rng, fake)),
        ".\nСпециалист ",
        (P, f"{spec.L()} {spec.initials()}"),
        ", тел. ",
        (PH, g.city_phone(rng)),
    )


def sfr_request(rng: random.Random, fake: Any) -> Planted:
    """Социальный фонд asks the clinic to correct a sick-leave certificate."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    emp = rng.choice(("ООО «СтройИнвест»", "АО «Татнефть»", "ИП Гарипова Р.Р.", "МБОУ СОШ № 5"))
    if emp.startswith("ИП"):
        emp_parts: tuple = ("ИП ", (P, emp[3:]))
    else:
        emp_parts = (emp,)
    return doc(
        "Отделение Социального фонда России. Запрос № ",
        f"{rng.randint(1, 99)}-{rng.randint(1000, 99999)}",
        "\nПо ЭЛН № ",
        (MRN, pp.sick_leave(rng)),
        " (первичный, открыт ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        ") застрахованного лица ",
        (P, p.full("gent")),
        ", СНИЛС ",
        (SN, g.snils(rng)),
        ", ИНН ",
        (INN, g.inn12(rng)),
        ", паспорт ",
        (PS, g.passport_str(rng)),
        ", страхователь ",
        *emp_parts,
        " (ИНН ",
        g.org_inn10(rng),
        ", рег. № СФР ",
        g.dig(rng, 10),
        "), просим устранить расхождение в периоде нетрудоспособности: ",
        (DT, f"{d:02d}.{m:02d}"),
        "–",
        (DT, f"{min(d + 7, 28):02d}.{m:02d}.{y}"),
        ". Ответ через СЭДО.",
    )


BLOCKS = [oms_history_reply, sfr_request]
