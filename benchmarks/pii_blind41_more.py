"""More families of blind split 41: powers of attorney for drugs, the unmet-demand journal, e-receipts,
messenger chats with a pharmacy, hurried registry typing, a GP's prose about prescribing, a DMS
refusal, and a few single lines (registry numbers, hurried phones, names after "на имя")."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind41_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Family, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, PS, OMS, MRN, EM, URL = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS", "URL"

MORE_SINGLE: list[Family] = [
    Family("b41-on-name-gent", P, HELDOUT,
           ("Льготный рецепт оформлен на имя {gent}.", "Рецепт на имя {gent} не найден в системе.",
            "выписка рецептов на имя {gent} приостановлена", "Доверенность от имени {gent} заверена главврачом."),
           g.person_m("F I O", "F io", "F I", "I O F")),
    Family("b41-registry-number", MRN, HELDOUT,
           ("Регистровый номер в федеральном регистре ВЗН: {}", "Номер в регистре льготников {}",
            "Заявка на лекарственное обеспечение № {}", "ID пациента в МИС {}", "Номер электронного рецепта: {}"),
           lambda rng, fake, case: rng.choice((f"{rng.randrange(10, 99)}-{g.d(rng, 9)}", g.mis_id(rng),
                                               f"{g.d(rng, 4)}{g.d(rng, 10)}", f"ВЗН-{g.d(rng, 6)}"))),
    Family("b41-phone-hurried", T, HELDOUT,
           ("тел {}", "т.{}", "Тел. пац-та {} (не отвечает)", "перезвонить {} !!", "сот. {}"),
           lambda rng, fake, case: g.phone(rng, ("8-9AA-BB-CC-DDD", "8 9AA BBBCCDD", "+7(9AA)BBBCCDD", "89AA-BBB-CCDD",
                                                 "8.9AA.BBB.CC.DD", "+7 9AABBBCCDD"))),
]


def proxy(rng: random.Random, fake: Any) -> Planted:
    giver, agent = g.Someone(rng, fake), g.Someone(rng, fake)
    doc = g.Doc().t("ДОВЕРЕННОСТЬ\n").t(rng.choice(("г. Уфа", "г. Якутск", "пос. Шушенское"))).t(", ")
    doc.v(D, g.dt(rng, fake, "recent", ("words", "wordsg", "num"))).t("\nЯ, ").v(P, giver.say("nomn", ("F I O",)))
    doc.t(", паспорт ").v(PS, g.passport(rng)).t(", проживающий(ая) по адресу ").v(L, g.addr(rng, fake))
    doc.t(", доверяю ").v(P, agent.say("datv", ("F I O",))).t(rng.choice((", паспорт ", " (паспорт серия ")))
    doc.v(PS, g.passport(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX", "XXXX № XXXXXX"))))
    doc.t(rng.choice((", ", "), "))).t("получать выписанные мне лекарственные препараты, в т.ч. наркотические, по рецептам ")
    doc.t("ГБУЗ «Поликлиника № 2».\nДоверенность выдана сроком на один год.\nПодпись ______ /").v(P, giver.say("nomn", ("F io",))).t("/")
    return doc.done()


def unmet_demand(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\t", " | ", ";"))
    doc = g.Doc().t("Журнал учёта неудовлетворённого спроса (рецепты на отсроченном обслуживании)\n")
    doc.t(sep.join(("Дата", "Серия и № рецепта", "ФИО", "Телефон", "Препарат", "Дата оповещения")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(D, g.dt(rng, fake, "recent", ("num", "short"))).t(sep).v(MRN, f"{rng.randrange(10, 99)}-{rng.randrange(20, 26)} {g.d(rng, 7)}")
        doc.t(sep).v(P, g.who(rng, fake, "nomn", ("F io", "F i o", "FU io"))).t(sep).v(T, g.phone(rng)).t(sep)
        doc.t(rng.choice(("Инсулин аспарт", "Тикагрелор 90 мг", "Ривароксабан 20 мг"))).t(sep)
        doc.v(D, g.dt(rng, fake, "recent", ("num", "dm", "short"))).t("\n")
    return doc.done()


def e_receipt(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Кассовый чек. Приход\nАптека «Здоровье» ООО\n").v(D, g.dtime(rng, fake, ("a",)))
    doc.t("\nМетопролол 50 мг №30 ........ 1 x 186.00\nКомбилипен инъекции ......... 1 x 412.50\nИТОГ ≡629.50\n")
    doc.t("Рецепт: ").v(MRN, g.rx_number(rng)).t(rng.choice(("\nЭл. адрес покупателя: ", "\nEmail покупателя ")))
    doc.v(EM, g.email(rng, fake)).t(rng.choice(("\nТел. покупателя: ", "\nАбонент: "))).v(T, g.phone(rng, ("+79AABBBCCDD",)))
    doc.t("\nЧек онлайн: ").v(URL, g.url(rng, fake))
    return doc.done()


def chat(rng: random.Random, fake: Any) -> Planted:
    pharm, kin, parent = g.Someone(rng, fake), g.Someone(rng, fake), g.Someone(rng, fake)
    day = g.dt(rng, fake, "recent", ("num",))
    hour = rng.randrange(8, 19)
    doc = g.Doc().t("[").v(D, f"{day} {hour:02d}:{rng.randrange(10, 30)}").t("] Аптека №14: Здравствуйте! Ваш заказ по рецепту № ")
    doc.v(MRN, g.rx_number(rng)).t(" собран. Провизор ").v(P, pharm.say("nomn", ("I O", "I", "I F")))
    doc.t("\n[").v(D, f"{day} {hour:02d}:{rng.randrange(30, 50)}").t("] Клиент: спасибо, заберёт " + ("дочь" if kin.female else "муж") + ", ")
    doc.v(P, kin.say("nomn", ("F I", "I F", "F I O"))).t(rng.choice((", номер ", ", тел ", " ")))
    doc.v(T, g.phone(rng)).t(". и ещё рецепт на " + ("маму" if parent.female else "папу") + " — ")
    doc.v(P, parent.say("accs", ("F I O", "F io")))
    tail = rng.randrange(3)
    if tail == 1:
        doc.t(", " + ("она " if parent.female else "он ")).v(D, g.born(rng, fake)).t(" г.р.")
    elif tail == 2:
        doc.t(", снилс ").v(SN, g.snils(rng))
    doc.t("\n[").v(D, f"{day} {hour:02d}:{rng.randrange(50, 60)}").t("] Аптека №14: хорошо, ждём")
    return doc.done()


def hurried(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t(rng.choice(("фио=", "ФИО:", "фио - "))).v(P, g.who(rng, fake, "nomn", ("f Il Ol", "F I O", "FU I O", "f io")))
    doc.t(rng.choice((" др=", " д.р ", "; др "))).v(D, g.dt(rng, fake, "birth", ("num", "short", "slash")))
    doc.t(rng.choice((" снилс=", " снилс ", "; cнилс "))).v(SN, g.snils(rng))
    doc.t(rng.choice((" полис=", " омс ", "; пол.омс "))).v(OMS, g.enp(rng))
    doc.t(rng.choice((" адр=", " адрес ", "; прож. "))).v(L, g.addr(rng, fake, rng.choice(("nodots", "short", "town"))))
    doc.t(rng.choice((" тел=", " т.", "; тел "))).v(T, g.phone(rng))
    doc.t(rng.choice((" рец=", " рецепт№", "; рец. "))).v(MRN, g.rx_number(rng))
    return doc.done()


def gp_prose(rng: random.Random, fake: Any) -> Planted:
    patient, daughter = g.Someone(rng, fake), g.Someone(rng, fake)
    doc = g.Doc().t("Пациент ").v(P, patient.say("nomn", ("F I O", "F io"))).t(", ").v(D, g.born(rng, fake))
    doc.t(" г.р., инвалид II гр., получает ЛЛО. На приёме ").v(D, g.dt(rng, fake, "recent", ("num", "words", "numg")))
    kin = ("дочерью", "дочери") if daughter.female else ("сыном", "сына")
    doc.t(f" с {kin[0]} (").v(P, daughter.say("ablt", ("F I O", "I O", "F io"))).t(", тел. ").v(T, g.phone(rng))
    doc.t(f"). Со слов {kin[1]}, препарат не выдавался с ").v(D, g.month_gent(rng, fake))
    doc.t(". Выписан рецепт серия 52-24 № ").v(MRN, g.d(rng, 7)).t("; сведения переданы ")
    doc.v(P, g.who(rng, fake, "datv", ("F io", "F I O"))).t(" (ответственный за ЛЛО). Проживает: ")
    doc.v(L, g.addr(rng, fake, rng.choice(("rural", "short", "town")))).t(".")
    return doc.done()


def dms_refusal(rng: random.Random, fake: Any) -> Planted:
    me = g.Someone(rng, fake)
    doc = g.Doc().t("Уважаемая(ый) ").v(P, me.say("nomn", ("I O", "F I O"))).t("!\nПо Вашему заявлению № ")
    doc.v(MRN, g.doc_no(rng, ("УБ", "ВП"))).t(" от ").v(D, g.dt(rng, fake, "recent", ("num", "numg")))
    doc.t(" о возмещении расходов по полису ДМС № ").v(MRN, g.dms_policy(rng))
    doc.t(" сообщаем: лекарственные препараты не входят в программу страхования (п. 4.2 Правил).\n")
    doc.t("Вы можете обжаловать решение в личном кабинете ").v(URL, g.url(rng, fake))
    doc.t(" или по почте ").v(EM, g.email(rng, fake)).t(".\nКопия направлена застрахованному по адресу: ").v(L, g.addr(rng, fake))
    return doc.done()


MORE_BLOCKS: list[BlockFamily] = [BlockFamily(f"b41-{name}", HELDOUT, make) for name, make in (
    ("proxy-narcotics", proxy), ("unmet-demand-journal", unmet_demand), ("e-receipt", e_receipt),
    ("pharmacy-chat", chat), ("hurried-kv", hurried), ("gp-prose-llo", gp_prose), ("dms-refusal", dms_refusal),
)]
