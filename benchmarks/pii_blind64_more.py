"""More families of blind split 64: team doctors' notes, ГТО, mixed frames and short exports."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind64_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Family, Maker, Planted

H = HELDOUT
Doc = g.Doc


def _mk(kind: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        w = g.who(fake, rng)
        if kind == "pf":
            return rng.choice((w.ini_f(case), w.fio_short(case, True), f"{w.f(case)} {w.first[0]}."))
        if kind == "pcaps":
            return rng.choice((w.f(case).upper() + " " + w.i(case).upper(), w.fio(case).upper()))
        if kind == "dwords":
            return g.birth(rng, rng.choice(("words", "words_g", "roman", "dash")))
        if kind == "inn10":
            v = g.inn(rng)
            return " ".join(v[i:i + 3] for i in range(0, 12, 3)) if rng.random() < 0.3 else v
        if kind == "enp":
            return g.enp(rng, True)
        if kind == "snils":
            return g.snils(rng, "XXX-XXX-XXX XX")
        if kind == "gto":
            return g.mrn(rng, "gto")
        return g.mrn(rng, "lab")
    return make


FAMILIES: list[Family] = [
    Family("b64-person-initials", "PERSON", H,
           ("Массаж проводил {}.", "По согласованию с {ablt} снят с тренировок.", "Направлен к {datv} (ортопед).",
            "Допуск подписан {ablt}, печать ВФД.", "Со слов {gent}, таблетки не принимал."), _mk("pf")),
    Family("b64-person-caps", "PERSON", H,
           ("СПОРТСМЕН: {}", "НЕ ДОПУЩЕН: {}", "ФИО {} — БЕЗ СПРАВКИ"), _mk("pcaps")),
    Family("b64-date-words", "DATE_TIME", H,
           ("родилась {}", "Дата рождения ребёнка: {}", "Операция на мениске {}.", "Сотрясение мозга {} (нокаут)."),
           _mk("dwords")),
    Family("b64-inn-grouped", "RU_INN", H,
           ("ИНН самозанятого тренера {}", "ИНН получателя стипендии: {}", "ИНН законного представителя — {}"),
           _mk("inn10")),
    Family("b64-oms-enp", "RU_OMS_POLICY", H,
           ("ЕНП ОМС {}", "Номер полиса (ЕНП): {}", "полис ОМС ребёнка {}"), _mk("enp")),
    Family("b64-snils-child", "RU_SNILS", H,
           ("Для ГТО указан СНИЛС {}", "СНИЛС (для Госуслуг) {}", "СНИЛС законного представителя {}"), _mk("snils")),
    Family("b64-mrn-gto2", "MEDICAL_RECORD_NUMBER", H,
           ("зарегистрирован на gto.ru, УИН {}", "УИН участника {} (ступень IV)"), _mk("gto")),
    Family("b64-mrn-lab", "MEDICAL_RECORD_NUMBER", H,
           ("Биохимия крови, образец № {}", "Штрихкод пробирки {}", "КФК, лактат — заявка {}"), _mk("lab")),
]


def team_note(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("Запись врача команды, ").v("DATE_TIME", g.when(rng)).t("\n")
    doc.v("PERSON", w.f()).t(" (№ " + str(rng.randrange(2, 99)) + "), ").t(f"{rng.randrange(17, 34)} л. ")
    doc.t("Жалобы на боль в задней поверхности бедра после спринта. Пальпаторно болезненность m. biceps femoris.\n")
    doc.t("Д-з: растяжение мышц задней группы бедра I ст. Лёд, компрессия. УЗИ мягких тканей ").v("DATE_TIME", g.recent(rng, "short"))
    doc.t(".\nИнформирован гл. тренер ").v("PERSON", g.who(fake, rng).fio_short()).t(". Карта игрока ")
    doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "card")).t(".\n")
    return doc.done()


def transfer_list(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Список спортсменов, направляемых на УМО в ФМБА (сборная команда субъекта)\n")
    for i in range(1, rng.randrange(3, 6)):
        w = g.who(fake, rng)
        doc.t(f"{i}. ").v("PERSON", w.fio()).t(", ").v("DATE_TIME", g.birth(rng, "num")).t(", СНИЛС ")
        doc.v("RU_SNILS", g.snils(rng)).t(", полис ").v("RU_OMS_POLICY", g.enp(rng)).t(", паспорт ")
        doc.v("RU_PASSPORT", g.passport(rng)).t(", ИНН ").v("RU_INN", g.inn(rng)).t("\n")
    doc.t("Ответственный: ").v("PERSON", g.who(fake, rng).ini_f()).t(", ").v("EMAIL_ADDRESS", g.email(fake, rng)).t("\n")
    return doc.done()


def sms_log(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Журнал СМС-напоминаний ВФД\n")
    for _ in range(rng.randrange(3, 6)):
        w = g.who(fake, rng)
        doc.v("DATE_TIME", g.when(rng)).t(" → ").v("PHONE_NUMBER", g.phone(rng)).t(" «")
        doc.v("PERSON", f"{w.i()} {w.o()}").t(", напоминаем о записи на УМО ").v("DATE_TIME", g.recent(rng, "short"))
        doc.t(". Личный кабинет: ").v("URL", f"https://lk.vfd-region.ru/p/{g.d(rng, 8)}").t("» — доставлено\n")
    return doc.done()


def gto_result(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("Протокол выполнения нормативов ВФСК ГТО (индивидуальный)\nУчастник: ").v("PERSON", w.fio())
    doc.t("\nУИН: ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "gto")).t("   Дата рождения: ")
    doc.v("DATE_TIME", g.birth(rng, "num", 1970, 2015)).t("\nМесто жительства: ").v("LOCATION", g.addr(fake, rng))
    doc.t("\nПрофиль: ").v("URL", f"https://user.gto.ru/user/{g.d(rng, 7)}").t("\nДопуск врача от ")
    doc.v("DATE_TIME", g.recent(rng, "num")).t(". Бег 60 м — 9,1; подтягивание — 12; наклон +9.\n")
    return doc.done()


def lab_order(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("НАПРАВЛЕНИЕ на лабораторное исследование № ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "lab"))
    doc.t("\nПациент: ").v("PERSON", w.fio_short()).t(" Д.р. ").v("DATE_TIME", g.birth(rng, "short"))
    doc.t("\nЕНП: ").v("RU_OMS_POLICY", g.enp(rng)).t("\nВзятие: ").v("DATE_TIME", g.when(rng))
    doc.t("\nПоказания: контроль перетренированности (КФК, кортизол, ферритин)\nВрач: ")
    doc.v("PERSON", g.who(fake, rng).f()).t("\n")
    return doc.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b64-team-note", H, team_note),
    BlockFamily("b64-transfer-list", H, transfer_list),
    BlockFamily("b64-sms-log", H, sms_log),
    BlockFamily("b64-gto-result", H, gto_result),
    BlockFamily("b64-lab-order", H, lab_order),
]
