"""Single values in frames, part 2: identifiers typed by hurried staff (blind25)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind25_gen as g
from benchmarks.pii_blind25_single import S, _v
from benchmarks.pii_families import Family, Maker


def _mrn(kind: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.randint(2019, 2026)
        if kind == "card":
            return rng.choice(
                (
                    f"{g.digits(rng, 5)}/{y % 100}",
                    f"А-{g.digits(rng, 6)}",
                    f"{g.digits(rng, 7)}",
                    f"{g.digits(rng, 4)}-{y}",
                    f"АК{g.digits(rng, 6)}",
                    f"{g.digits(rng, 3)}/{g.digits(rng, 4)}",
                )
            )
        if kind == "appt":
            return rng.choice(
                (
                    f"{g.digits(rng, 9)}",
                    f"EMIAS-{g.digits(rng, 8)}",
                    f"З{g.digits(rng, 7)}",
                    f"{g.digits(rng, 3)}-{g.digits(rng, 3)}-{g.digits(rng, 3)}",
                    f"#{g.digits(rng, 8)}",
                )
            )
        if kind == "lab":
            return rng.choice(
                (
                    f"{g.digits(rng, 10)}",
                    f"INV{g.digits(rng, 8)}",
                    f"{g.digits(rng, 2)}-{g.digits(rng, 6)}",
                    f"ГЕМ{g.digits(rng, 7)}",
                    f"{y}{g.digits(rng, 6)}",
                    f"L{g.digits(rng, 9)}",
                )
            )
        if kind == "recipe":
            return rng.choice(
                (
                    f"{g.digits(rng, 2)}-{g.digits(rng, 2)}-{g.digits(rng, 9)}",
                    f"{g.digits(rng, 4)}{g.digits(rng, 9)}",
                    f"{g.digits(rng, 2)}{g.digits(rng, 3)}/{g.digits(rng, 6)}",
                    f"148-{g.digits(rng, 7)}",
                )
            )
        if kind == "eln":
            return rng.choice(
                (
                    g.digits(rng, 12),
                    f"{g.digits(rng, 3)} {g.digits(rng, 3)} {g.digits(rng, 3)} {g.digits(rng, 3)}",
                    f"9{g.digits(rng, 11, False)}",
                )
            )
        if kind == "tele":
            return rng.choice(
                (
                    f"TM-{y}-{g.digits(rng, 6)}",
                    f"ТМК{g.digits(rng, 8)}",
                    f"{g.digits(rng, 4)}-{g.digits(rng, 4)}-{g.digits(rng, 4)}",
                    f"cons_{g.digits(rng, 7)}",
                )
            )
        if kind == "vacc":
            return rng.choice(
                (
                    f"{g.digits(rng, 13)}",
                    f"ВК{g.digits(rng, 10)}",
                    f"{g.digits(rng, 4)} {g.digits(rng, 4)} {g.digits(rng, 4)} {g.digits(rng, 4)}",
                    f"CERT-{g.digits(rng, 9)}",
                )
            )
        return rng.choice(
            (f"{g.digits(rng, 6)}", f"№{g.digits(rng, 5)}"[1:], f"Д-{g.digits(rng, 5)}/{y % 100}")
        )

    return make


ID_FAMILIES: list[Family] = [
    # ---- identifiers ----
    Family(
        "b25_snils_nolabel",
        "RU_SNILS",
        S,
        (
            "Для записи через госуслуги нужен СНИЛС {}.",
            "снилс{} прикреплён к участку 12",
            "{} - страховой номер, сверено",
            "СНЛС {} (со слов)",
        ),
        _v(g.snils),
    ),
    Family(
        "b25_inn_tax",
        "RU_INN",
        S,
        (
            "Справка для налогового вычета, ИНН налогоплательщика {}.",
            "инн {} (для вычета за лечение)",
            "Плательщик — мать, ИНН: {}.",
            "ИНН физлица{}",
        ),
        _v(g.inn),
    ),
    Family(
        "b25_oms_policy",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС {} действителен.",
            "полис{} , прикреплён к поликлинике",
            "ЕНП {} проверен в ТФОМС",
            "Номер полиса: {}",
            "страх.полис {}",
        ),
        _v(g.oms),
    ),
    Family(
        "b25_passport_short",
        "RU_PASSPORT",
        S,
        (
            "Паспорт {} предъявлен.",
            "паспорт РФ {} выдан ГУ МВД",
            "Документ: паспорт, {}",
            "пасп. {}",
        ),
        _v(g.passport),
    ),
    Family(
        "b25_mrn_card",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Амб. карта № {} в регистратуре.",
            "Мед.карта {} передана в кабинет 214",
            "карта{} не найдена, заведена новая",
            "История болезни {}",
        ),
        _mrn("card"),
    ),
    Family(
        "b25_mrn_appt",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Номер записи {}. Приходите за 10 минут.",
            "Направление {} к кардиологу выдано.",
            "Талон {} на МРТ",
            "Код записи: {}",
        ),
        _mrn("appt"),
    ),
    Family(
        "b25_mrn_lab",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Номер заказа в лаборатории {}, результат через 2 дня.",
            "Проба {} — ПЦР отрицательный.",
            "ОАК (заявка {}) в норме",
            "штрихкод пробирки {}",
        ),
        _mrn("lab"),
    ),
    Family(
        "b25_mrn_recipe",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Выписан рецепт {} на метформин 1000 мг.",
            "Эл. рецепт № {} (льготный), срок 90 дней.",
            "рецепт{} отоварен в аптеке",
        ),
        _mrn("recipe"),
    ),
    Family(
        "b25_mrn_eln",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "ЭЛН {} продлён до выздоровления.",
            "Больничный лист № {} закрыт, к труду.",
            "открыт б/л {}",
        ),
        _mrn("eln"),
    ),
    Family(
        "b25_mrn_tele",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Телемедицинская консультация {} завершена.",
            "ID консультации {}, протокол в ЕМИАС.",
            "ТМК {} назначена",
        ),
        _mrn("tele"),
    ),
    Family(
        "b25_mrn_vacc_cert",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Сертификат о вакцинации {} загружен на госуслуги.",
            "Номер сертификата {}.",
            "QR сертификат {} действителен",
        ),
        _mrn("vacc"),
    ),
    Family(
        "b25_mrn_spravka",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Справка № {} в школу выдана, здоров.",
            "справка 086/у номер {} для колледжа",
            "Выдана справка {} в бассейн",
        ),
        _mrn("spr"),
    ),
    Family(
        "b25_email_glued",
        "EMAIL_ADDRESS",
        S,
        (
            "почта:{} (для ЛК)",
            "эл.почта{}",
            "Напр. результаты на{} — мама просила",
            "Email пациента {}; согласие на рассылку есть",
        ),
        lambda rng, fake, case: g.email(rng, fake, g.Person(fake, rng)),
    ),
]
