"""Blocks of blind split 58: duty rosters, shift handovers, personnel records, staff medical checks,
internal memos and orders that name staff and patients."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind58_vals import (
    Doc,
    addr,
    born,
    d,
    day,
    enp_v,
    fio,
    gender_fio,
    inn_v,
    mrn_v,
    passport_v,
    snils_v,
    staff_email,
    stamp,
    tel,
    town,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, PH, DT, LOC = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION"
SN, INN, PAS, OMS, MRN, EM = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS"
POSTS = ("м/с палатная", "процедурная м/с", "врач-терапевт", "санитар", "м/с анестезист", "врач-хирург", "фельдшер",
         "ст. м/с", "врач-реаниматолог", "акушерка")


def roster_table(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(rng.choice(("ГРАФИК ДЕЖУРСТВ ", "График работы среднего персонала ", "Табель дежурств ")))
    doc.t("отд. " + rng.choice(("кардиологии", "хирургии №2", "ОРИТ", "неврологии", "приёмного")) + "\n")
    sep = rng.choice((" | ", "\t", ";", "  "))
    doc.t(sep.join(("Дата", "Смена", "Сотрудник", "Телефон")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(DT, day(rng, fake, "dd.mm.yyyy", "dd.mm", "dd.mm.yy")).t(sep + rng.choice(("Д 08-20", "Н 20-08", "сутки")))
        doc.t(sep).v(P, fio(rng, fake, "F io", "F I", "F I O")).t(sep).v(PH, tel(rng, fake)).t("\n")
    return doc.done()


def handover(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Передача смены ").v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI", "dd.mm.yy в HH:MI", "d MG yyyy г."))
    doc.t(". Сдала: м/с ").v(P, gender_fio(rng, fake, True, shape=rng.choice(("F io", "F I O", "F")))).t(", приняла: ")
    doc.v(P, gender_fio(rng, fake, True, shape=rng.choice(("F io", "F I", "F i o")))).t(".\nПод наблюдением:\n")
    for i in range(rng.randrange(2, 4)):
        doc.t(f"{i + 1}) пал. {rng.randrange(1, 30)} — ").v(P, fio(rng, fake, "F I O", "F io", "F"))
        opener, closer = rng.choice(((", ИБ № ", ","), (" (и/б ", "),"), (", н/и.б. ", ";"), (" (ИБ№", ")")))
        doc.t(opener).v(MRN, mrn_v(rng, "ib")).t(closer)
        doc.t(rng.choice((" ночью АД 90/60, вызван дежурный.", " без динамики.", " t 38,2 в 03:00, анальгин в/м.")))
        doc.t("\n")
    return doc.done()


def handover_voice(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ну короче, по смене: ").v(P, fio(rng, fake, "F", "F I").lower()).t(rng.choice((
        " из шестой палаты всю ночь звал жену, ", " в 4-й опять отказался от капельницы, ")))
    doc.t("её телефон ").v(PH, tel(rng, fake)).t(" — звонить если что. Дежурила с ").v(P, fio(rng, fake, "I", "I O", case="ablt"))
    doc.t(", принимает ").v(P, fio(rng, fake, "F", "I F")).t(". Выписка ").v(P, fio(rng, fake, "F io", "F", case="gent"))
    doc.t(" перенесена на ").v(DT, day(rng, fake, "dd.mm", "d MG", "dd.mm.yyyy")).t(".")
    return doc.done()


def personnel_card(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\n", "\n", "; "))
    doc = Doc().t("ЛИЧНАЯ КАРТОЧКА РАБОТНИКА (ф. Т-2)" + sep + f"Табельный номер {rng.randrange(100, 9999)}" + sep)
    doc.t("Фамилия, имя, отчество: ").v(P, fio(rng, fake, "F I O")).t(sep + "Дата рождения: ").v(DT, born(rng, fake))
    doc.t(sep + "Место рождения: ").v(LOC, town(rng, fake)).t(sep + "ИНН ").v(INN, inn_v(rng))
    doc.t(sep + "СНИЛС ").v(SN, snils_v(rng)).t(sep + "Паспорт ").v(PAS, passport_v(rng))
    doc.t(", выдан " + rng.choice(("ОУФМС России", "ГУ МВД России", "ОВД")) + " ").v(DT, born(rng, fake, "dd.mm.yyyy"))
    doc.t(sep + "Адрес места жительства: ").v(LOC, addr(rng, fake)).t(sep + "Телефон: ").v(PH, tel(rng, fake))
    return doc.done()


def personnel_fixed(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ТАБ  ФИО                               Д/Р         СНИЛС           ИНН\n")
    for _ in range(rng.randrange(2, 4)):
        name = fio(rng, fake, "F I O").upper()
        doc.t(f"{rng.randrange(100, 9999):<5}").v(P, name).t(" " * max(1, 34 - len(name)))
        doc.v(DT, born(rng, fake, "dd.mm.yyyy")).t("  ").v(SN, snils_v(rng, "XXX-XXX-XXX XX", "XXXXXXXXXXX")).t("  ")
        doc.v(INN, inn_v(rng)).t("\n")
    return doc.done()


def medcheck_csv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Список работников для периодического медосмотра (пр. 29н)\n")
    doc.t("№;ФИО;Дата рождения;Должность;Мед.книжка;Дата осмотра\n")
    for i in range(rng.randrange(2, 4)):
        doc.t(f"{i + 1};").v(P, fio(rng, fake, "F I O", "F io")).t(";").v(DT, born(rng, fake, "dd.mm.yyyy", "dd.mm.yy"))
        doc.t(";" + rng.choice(POSTS) + ";").v(MRN, mrn_v(rng, "med")).t(";").v(DT, day(rng, fake, "dd.mm.yyyy")).t("\n")
    return doc.done()


def medcheck_conclusion(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Заключение предварительного медосмотра. ").v(P, fio(rng, fake, "F I O"))
    opener, closer = rng.choice(((", ", ", "), (" (", "), "), (", д.р. ", ", ")))
    doc.t(opener).v(DT, born(rng, fake, "d MG yyyy г.", "dd.mm.yyyy", "dd.mm.yy")).t(closer).t("поступающий(ая) на должность " + rng.choice(POSTS) + ", ")
    doc.t("проживает: ").v(LOC, addr(rng, fake)).t(". Полис ОМС ").v(OMS, enp_v(rng))
    doc.t(". Медпротивопоказаний к работе не выявлено. Председатель ВК ").v(P, fio(rng, fake, "F io", "i o F"))
    return doc.done()


def memo_disclosure(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Главному врачу ").v(P, fio(rng, fake, "io F", "F io", case="datv"))
    doc.t("\nот зав. отделением ").v(P, fio(rng, fake, "F io", "F I O", case="gent"))
    doc.t("\n\nСЛУЖЕБНАЯ ЗАПИСКА\nДовожу до Вашего сведения, что ").v(DT, day(rng, fake, "dd.mm.yyyy", "d MG yyyy г."))
    doc.t(" медсестра ").v(P, gender_fio(rng, fake, True, shape=rng.choice(("F I O", "F io"))))
    doc.t(" сообщила по телефону родственнику сведения о диагнозе пациента ").v(P, fio(rng, fake, "F I O", "F io", case="gent"))
    doc.t(" (ИБ № ").v(MRN, mrn_v(rng, "ib")).t(") без его согласия. Прошу провести служебную проверку.")
    return doc.done()


def order_discipline(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(f"ПРИКАЗ № {rng.randrange(10, 999)}-к от ").v(DT, day(rng, fake, "dd.mm.yyyy", "d MG yyyy г."))
    doc.t("\nО дисциплинарном взыскании\nВ связи с несанкционированным просмотром ЭМК пациента ")
    doc.v(P, fio(rng, fake, "F I O", "F io", case="gent")).t(" (ID ").v(MRN, mrn_v(rng, "emk")).t(")\nПРИКАЗЫВАЮ:\n")
    doc.t("1. Объявить замечание " + rng.choice(("врачу-терапевту ", "медрегистратору ", "м/с ")))
    doc.v(P, fio(rng, fake, "F I O", "F io", case="datv")).t(".\n2. Контроль возложить на зам. гл. врача ")
    doc.v(P, fio(rng, fake, "F io", "io F", case="accs")).t(".")
    return doc.done()


def order_hire(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Выписка из приказа о приёме на работу\nПринять ").v(P, fio(rng, fake, "F I O", case="accs"))
    doc.t(" на должность " + rng.choice(POSTS) + " с ").v(DT, day(rng, fake, "dd.mm.yyyy", "d MG yyyy г."))
    doc.t(rng.choice((" на 1,0 ставки.", " по совместительству (0,5 ст.)."))).t(" Основание: заявление от ")
    doc.v(DT, day(rng, fake, "dd.mm.yyyy", "dd.mm.yy")).t(", трудовой договор. Проживает: ").v(LOC, addr(rng, fake))
    return doc.done()


def staff_sickleave_register(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Реестр ЭЛН сотрудников за " + rng.choice(("март", "октябрь", "I квартал")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(P, fio(rng, fake, "F io", "F I O")).t(rng.choice((" — ЭЛН ", ", ЛН № ", "; ЭЛН№")))
        doc.v(MRN, mrn_v(rng, "eln")).t(", с ").v(DT, day(rng, fake, "dd.mm.yyyy", "dd.mm")).t(" по ")
        doc.v(DT, day(rng, fake, "dd.mm.yyyy", "dd.mm")).t("\n")
    return doc.done()


def ocr_application(rng: random.Random, fake: Any) -> Planted:
    def noise(s: str) -> str:
        return "".join({"о": "0", "З": "3", "l": "1", "е": "c"}.get(ch, ch) if rng.random() < 0.08 else ch for ch in s)

    doc = Doc().t("3АЯВЛЕНИЕ\nПрош у принять мeня, ").v(P, noise(fio(rng, fake, "F I O", case="accs")))
    doc.t(" ,\nна дол жность " + rng.choice(POSTS) + ".\nДата рожд.: ").v(DT, born(rng, fake, "dd.mm.yyyy", "dd.mm.yyyyг."))
    doc.t("\nПаспорт ").v(PAS, passport_v(rng, "XX XX XXXXXX", "XXXX XXXXXX")).t("\nТел ").v(PH, tel(rng, fake))
    doc.t("\nАдр.: ").v(LOC, noise(addr(rng, fake, "г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T} ул {S} {N}-{Q}")))
    return doc.done()


def foreign_staff(rng: random.Random, fake: Any) -> Planted:
    names = ("Рахимов Шерзод Бахтиёрович", "Каримова Дилноза Улугбековна", "Абдуллаев Фаррух Рустамович",
             "Гасанова Айгюн Эльдар кызы", "Мкртчян Ануш Ашотовна", "Токтогулов Нурлан Асанович",
             "Назарова Мадина Саидовна", "Ибрагимов Тимур Алишерович")
    doc = Doc().t("Уведомление о заключении трудового договора с иностранным гражданином\nФИО: ")
    doc.v(P, rng.choice(names)).t("\nНац. паспорт: ").v(MRN, rng.choice(("FA", "AA", "AB", "N", "C")) + d(rng, 7))
    doc.t("\nМиграционная карта: серия " + str(rng.randrange(4600, 4699)) + " № ").v(MRN, d(rng, 7))
    doc.t("\nПатент ").v(MRN, f"{rng.randrange(10, 99)} № {d(rng, 10)}").t("\nАдрес пребывания: ").v(LOC, addr(rng, fake))
    doc.t("\nИНН ").v(INN, inn_v(rng)).t("\nДата начала работы: ").v(DT, day(rng, fake))
    return doc.done()


def driver_record(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Водитель автомобиля СМП: ").v(P, fio(rng, fake, "F I O", "F io"))
    doc.t(rng.choice((". В/у ", ", водит. удост. № ", ". ВУ: "))).v(MRN, f"{d(rng, 2)} {d(rng, 2)} {d(rng, 6)}")
    doc.t(", действ. до ").v(DT, day(rng, fake, "dd.mm.yyyy")).t(". Предрейсовый осмотр ").v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI"))
    doc.t(", фельдшер ").v(P, fio(rng, fake, "F io")).t(". Тел. ").v(PH, tel(rng, fake)).t(".")
    return doc.done()


def alert_chain(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("СХЕМА ОПОВЕЩЕНИЯ персонала (ЧС, сбор по тревоге)\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(P, fio(rng, fake, "F I O", "F io")).t(", " + rng.choice(POSTS) + ", моб. ").v(PH, tel(rng, fake))
        if rng.random() < 0.6:
            doc.t(", дом. ").v(PH, tel(rng, fake, "city"))
        doc.t(", адрес: ").v(LOC, addr(rng, fake, "ул. {S}, {N}-{Q}", "{T}, ул. {S}, д. {N}", "мкр. {S}, д. {N}")).t("\n")
    return doc.done()


def vaccination_staff(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Вакцинация персонала против гриппа, ")
    doc.t(rng.choice(("список для выгрузки в РЕГИЗ:\n", "журнал:\n")))
    for _ in range(rng.randrange(2, 4)):
        doc.v(P, fio(rng, fake, "F I O")).t(" | ").v(DT, born(rng, fake, "dd.mm.yyyy")).t(" | СНИЛС ").v(SN, snils_v(rng))
        doc.t(" | ЕНП ").v(OMS, enp_v(rng)).t(" | привит ").v(DT, day(rng, fake, "dd.mm.yyyy")).t("\n")
    return doc.done()


def pass_register(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Журнал выдачи пропусков\n")
    for _ in range(rng.randrange(2, 3)):
        doc.t(f"Пропуск {rng.randrange(100, 9999)}: ").v(P, fio(rng, fake, "F I O", "F io")).t(", паспорт ")
        doc.v(PAS, passport_v(rng)).t(", выдан ").v(DT, stamp(rng, fake, "dd.mm.yyyy", "dd.mm.yyyy HH:MI"))
        label, case = rng.choice(((" (посетитель ОРИТ к ", "datv"), (" (уход за пациентом ", "ablt"), (" (к ", "datv")))
        doc.t(label).v(P, fio(rng, fake, "F io", "F I", case=case))
        doc.t(")\n")
    return doc.done()


def email_thread(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("From: ").v(EM, staff_email(rng, fake)).t("\nTo: ").v(EM, staff_email(rng, fake)).t("\nDate: ")
    doc.v(DT, stamp(rng, fake, "dd.mm.yyyy HH:MI", "yyyy-mm-dd HH:MI")).t("\nSubject: график на выходные\n\n")
    doc.t("Коллеги, в субботу вместо ").v(P, fio(rng, fake, "F io", "F I", case="gent")).t(" выходит ")
    doc.v(P, fio(rng, fake, "F I", "F io")).t(". Пациентку ").v(P, gender_fio(rng, fake, True, "accs", rng.choice(("F", "F I O"))))
    doc.t(" переводим в хирургию.\n--\nС уважением, ").v(P, fio(rng, fake, "I F", "F I O", "I O F")).t("\nтел. ")
    doc.v(PH, tel(rng, fake, rng.choice(("city", "mobile"))))
    return doc.done()


BLOCKS: list[BlockFamily] = [BlockFamily("w58-" + fn.__name__.replace("_", "-"), HELDOUT, fn) for fn in (
    roster_table, handover, handover_voice, personnel_card, personnel_fixed, medcheck_csv, medcheck_conclusion,
    memo_disclosure, order_discipline, order_hire, staff_sickleave_register, ocr_application, foreign_staff,
    driver_record, alert_chain, vaccination_staff, pass_register, email_thread)]
