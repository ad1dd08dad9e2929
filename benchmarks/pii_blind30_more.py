"""More blind30 families: names of children and relatives, Latin names, spaced INN, schedules and ranges."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind30_gen import (
    DAT,
    DIMIN,
    EML,
    INN,
    LOC,
    MRN,
    PER,
    PHO,
    SPLIT,
    URL,
    Doc,
    Who,
    addr_str,
    date_str,
    email_str,
    phone_str,
    translit,
    url_str,
)
from benchmarks.pii_blind30_ids import dg, inn, inn_digits, mrn_str, org_inn
from benchmarks.pii_families import MONTHS_GENT, Family, Planted

R = random.Random


def _dimin(rng: R, fake: Any, case: str) -> str:
    while True:
        w = Who(rng, fake)
        if w.first in DIMIN:
            break
    short = DIMIN[w.first]
    return (
        rng.choice([f"{short} {w.L()}", short, f"{w.L()} {short}"]) if case == "nomn" else f"{short} {w.L()}"
    )


def _latin(rng: R, fake: Any, case: str) -> str:
    return Who(rng, fake).latin(rng)


MORE_FAMILIES: list[Family] = [
    Family(
        "b30_child_diminutive",
        PER,
        SPLIT,
        (
            "Ребёнок {} (7 лет) боится процедуры, забор крови из пальца с мамой на руках.",
            "Стоматолог: {} жалуется на боль в 8.5, рекомендован приём седации.",
            "В чате мама пишет: «{} не спит ночь, температура 38,6».",
            "Няня сообщила, что {} съела 2 таблетки Парацетамола по 500 мг.",
        ),
        _dimin,
    ),
    Family(
        "b30_latin_names",
        PER,
        SPLIT,
        (
            "Name on insurance card: {}; policy holder — the employer.",
            "Плательщик по инвойсу: {} (иностранная страховая компания).",
            "Пациент записан в МИС латиницей: {}, требуется исправление.",
            "Letter of guarantee issued for {}, covered amount 150 000 RUB.",
        ),
        _latin,
    ),
    Family(
        "b30_inn_spaced",
        INN,
        SPLIT,
        (
            "ИНН физ. лица: {}; организация-исполнитель — ИНН 7701234567 не указывать в чеке.",
            "Для чека укажите ИНН покупателя {} (не обязателен).",
            "ИНН\n{}\n(заполняется пациентом)",
            "Заявление на возврат НДФЛ: ИНН{} — ошибка в справке исправлена.",
        ),
        inn("sp", "sp3", "plain"),
    ),
    Family(
        "b30_nurse_doctor_case",
        PER,
        SPLIT,
        (
            "Инъекции на дому выполняет: {nomn}, график согласован с семьёй.",
            "Передано лечащему врачу {datv}: сатурация 89 % на кислороде 3 л/мин.",
            "Консультирован заведующим лабораторией {ablt}, повторный анализ бесплатно.",
            "Записан на приём к {datv} на 14:30 (каб. 215).",
            "В присутствии свидетеля {gent} пациент отказался от госпитализации.",
            "Сведения о {loct} внесены в регистр паллиативных пациентов.",
        ),
        lambda rng, fake, case: Who(rng, fake).shape(rng, case, "flinsI"),
    ),
]


def visit_schedule(rng: R, fake: Any) -> Planted:
    p, ns = Who(rng, fake), Who(rng, fake, False)
    y = rng.randint(2025, 2026)
    m = rng.randint(1, 11)
    d1, d2 = rng.randint(1, 14), rng.randint(15, 28)
    d = Doc().t("График посещений патронажной службы\nПодопечный: ").v(PER, p.shape(rng, "nomn", "fi"))
    d.t("\nАдрес: ").v(LOC, addr_str(rng, fake, rng.choice(["reversed", "posyolok", "city", "rural"])))
    if rng.random() < 0.5:
        d.t("\nПериод: с ").v(DAT, f"{d1:02d}.{m:02d}").t(" по ").v(DAT, f"{d2:02d}.{m + 1:02d}.{y}")
    else:
        d.t("\nПериод: ").v(DAT, f"{d1}–{d2} {MONTHS_GENT[m - 1]} {y} г.")
    d.t(", пн/ср/пт в 10:00, инсулин 12 ЕД + 8 ЕД.\nТелефоны: ").v(PHO, phone_str(rng, "eight")).t(
        " (моб.), "
    )
    d.v(PHO, phone_str(rng, rng.choice(["local", "city"]))).t(" (дом.), ").v(PHO, phone_str(rng, "plus_sp"))
    d.t(" (сын ").v(PER, Who(rng, fake, True).F()).t(")\nМедсестра: ").v(PER, ns.shape(rng, "nomn", "iIn"))
    return d.done()


def dental_estimate(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = Doc().t("ПЛАН ЛЕЧЕНИЯ И СМЕТА к договору № ").v(MRN, mrn_str(rng, "contract")).t("\nПациент: ")
    d.v(PER, p.shape(rng, "nomn", "fi")).t(", карта ").v(MRN, mrn_str(rng, "dental")).t("\nДата: ")
    d.v(DAT, date_str(rng, rng.choice(["dot", "abbr", "words"]), 2025, 2026))
    d.t("\n1. Имплантат Osstem (зуб 4.6) — 1 — 45 000,00\n2. Коронка E.max (1.1) — 1 — 32 000,00\n")
    d.t(
        "3. Профгигиена Air-Flow — 1 — 6 500,00\nИтого: 83 500,00 руб. Рассрочка 6 мес.\nВрач-стоматолог-ортопед "
    )
    d.v(PER, dr.shape(rng, "nomn", "iI")).t("\nС планом ознакомлен(а): ").v(PER, f"{p.L()} {p.ini()}").t(
        " ________ "
    )
    d.v(DAT, date_str(rng, "dot2", 2025, 2026))
    return d.done()


def lab_franchise_email(rng: R, fake: Any) -> Planted:
    p, adm = Who(rng, fake), Who(rng, fake, False)
    d = (
        Doc()
        .t("From: ")
        .v(EML, email_str(rng, fake, adm))
        .t("\nTo: ")
        .v(EML, email_str(rng, fake, p))
        .t("\nSent: ")
    )
    d.v(DAT, date_str(rng, rng.choice(["eng", "dot_t"]), 2025, 2026)).t(
        "\nSubject: Повторная сдача анализа\n\n"
    )
    d.t("Уважаемая " if not p.male else "Уважаемый ").v(PER, f"{p.F()} {p.M()}")
    d.t("!\nПо заказу ").v(MRN, mrn_str(rng, "lab_order")).t(" проба ").v(MRN, mrn_str(rng, "tube"))
    d.t(" не прошла преаналитический контроль (сгусток). Повторный забор бесплатно в любом медофисе до ")
    d.v(DAT, date_str(rng, rng.choice(["daymonth", "dot"]), 2025, 2026)).t(".\nРезультаты прошлых заказов: ")
    d.v(URL, url_str(rng, fake, "lab")).t("\n\n").v(PER, adm.shape(rng, "nomn", "n")).t(
        ", администратор медофиса\n"
    )
    d.v(PHO, phone_str(rng, rng.choice(["city_ext", "plus"])))
    return d.done()


def inn_payer_statement(rng: R, fake: Any) -> Planted:
    p, kid = Who(rng, fake), Who(rng, fake)
    kid.last = p.last if p.male == kid.male else kid.last
    d = (
        Doc()
        .t("Заявление на выдачу справки об оплате медицинских услуг\nЯ, ")
        .v(PER, p.shape(rng, "nomn", "f"))
    )
    d.t(", ИНН ").v(INN, inn_digits(rng)).t(", прошу выдать справку за лечение сына/дочери ")
    d.v(PER, kid.shape(rng, "gent", "fl")).t(", ").v(DAT, date_str(rng, "dot", 2008, 2020)).t(" г.р.\n")
    d.t("Период: ").v(DAT, f"{rng.choice(['январь', 'март', 'июнь'])} {rng.randint(2024, 2025)}").t(" – ")
    d.v(DAT, f"{rng.choice(['октябрь', 'ноябрь', 'декабрь'])} {rng.randint(2024, 2025)}")
    d.t(f"\nИсполнитель: ООО «Клиника», ИНН {org_inn(rng)}, ОГРН 1{dg(rng, 12)}\nКонтакт: ")
    d.v(PHO, phone_str(rng, rng.choice(["plus", "bare"]))).t(", ").v(EML, email_str(rng, fake, p))
    d.t("\nДата: ").v(DAT, date_str(rng, rng.choice(["dot", "words"]), 2025, 2026)).t("   Подпись ______")
    return d.done()


def courier_waybill(rng: R, fake: Any) -> Planted:
    p, cur = Who(rng, fake), Who(rng, fake, True)
    d = Doc().t("НАКЛАДНАЯ на доставку биоматериала / лекарств № ").v(MRN, mrn_str(rng, "order"))
    d.t("\nОтправитель: ЦКДЛ, г. Москва, ул. Лабораторная, 1 (адрес организации)\nПолучатель: ")
    d.v(PER, p.shape(rng, "nomn", "fiu")).t("\nАдрес получателя: ")
    d.v(LOC, addr_str(rng, fake, rng.choice(["idx_first", "posyolok", "snt", "caps", "reversed"])))
    d.t("\nТел.: ").v(PHO, phone_str(rng, rng.choice(["plus", "eight"]))).t(", доп.: ")
    d.v(PHO, phone_str(rng, rng.choice(["local", "foreign", "city"])))
    d.t("\nТемпература хранения +2…+8 °C, 3 места, 1,2 кг\nКурьер: ").v(PER, cur.shape(rng, "nomn", "nsI"))
    d.t("\nВручено: ").v(DAT, date_str(rng, rng.choice(["dot_t", "time_first", "iso_t"]), 2025, 2026))
    return d.done()


def telemed_protocol(rng: R, fake: Any) -> Planted:
    p, dr = Who(rng, fake), Who(rng, fake)
    d = Doc().t("Протокол телемедицинской консультации (врач — пациент)\nСеанс: ").v(URL, url_str(rng, fake))
    d.t("\nНачало: ").v(DAT, date_str(rng, rng.choice(["dot_t", "iso_tz"]), 2025, 2026))
    d.t("\nПациент: ").v(PER, p.shape(rng, "nomn", "fi")).t(", ID МИС ").v(MRN, mrn_str(rng, "emr"))
    d.t("\nЛичность подтверждена через ЕСИА.\nЖалобы: слабость, HbA1c 9,2 % по анализу от ").v(
        DAT, date_str(rng, "dot", 2025, 2026)
    )
    d.t(".\nРекомендовано: Дапаглифлозин 10 мг утром, контроль креатинина через 2 нед.\nВрач: ")
    d.v(PER, dr.shape(rng, "nomn", "fl")).t(" (эндокринолог)\nЗапись передана на ").v(
        EML, email_str(rng, fake, p)
    )
    return d.done()


def _ocr_name(w: Who) -> str:
    return w.L().replace("о", "0", 1) if "о" in w.L() else w.L() + " "


def scanned_requisition(rng: R, fake: Any) -> Planted:
    p = Who(rng, fake)
    d = Doc().t("[скан, распознано OCR]\nНАПРАВЛЕНИЕ НА АНАЛИЗЫ Nº ").v(MRN, mrn_str(rng, "referral"))
    d.t("\nФИО: ").v(PER, f"{_ocr_name(p).strip()} {p.F()} {p.M()}")
    d.t("\nД/р:").v(DAT, date_str(rng, rng.choice(["ocr", "typo"]), 1940, 2010))
    d.t("\nАдрес: ").v(
        LOC, addr_str(rng, fake, rng.choice(["caps", "short", "city"])).replace("ул. ", "yл. ")
    )
    d.t("\nТел ").v(PHO, phone_str(rng, rng.choice(["eight", "bare"])).replace("0", "О", 1))
    d.t("\nКод услуг: A09.05.009 A09.05.010 B03.016.003   Оплата: нал.")
    return d.done()


def name_list_months(rng: R, fake: Any) -> Planted:
    d = Doc().t("Список пациентов на выездной забор (волонтёры)\n")
    for i in range(rng.randint(3, 4)):
        p = Who(rng, fake)
        name = rng.choice(
            [
                p.L() + " " + p.ini(),
                p.shape(rng, "nomn", "n"),
                f"{translit(p.last)} {translit(p.first)[0]}.{translit(p.mid)[0]}.",
            ]
        )
        d.t(f"{i + 1}) ").v(PER, name).t(" — ").v(
            LOC, addr_str(rng, fake, rng.choice(["short", "mkr", "snt"]))
        )
        d.t(" — ").v(PHO, phone_str(rng, rng.choice(["bare", "eight", "dots"]))).t("\n")
    return Planted(d.text.rstrip("\n"), d.golds)


MORE_BLOCKS = [
    ("home_visit_schedule", visit_schedule),
    ("dental_estimate", dental_estimate),
    ("lab_retake_email", lab_franchise_email),
    ("tax_statement_parent", inn_payer_statement),
    ("courier_waybill", courier_waybill),
    ("telemed_protocol", telemed_protocol),
    ("scanned_requisition_ocr", scanned_requisition),
    ("volunteer_list", name_list_months),
]
