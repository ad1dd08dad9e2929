"""Multi-value fragments of blind split 50: registry exports, dialysis sheets and transport lists, INR diaries,
implant cards, preferential drug papers, 030/у cards, call lists and school logs."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind50_vals import (
    BORN,
    INN12,
    SNILS,
    VISIT,
    addr,
    any_name,
    build,
    cis_name,
    enp,
    gendered,
    mail,
    num,
    oms_any,
    passport,
    phone_any,
    v,
    when,
    woman,
)
from benchmarks.pii_families import BlockFamily, Planted, person

H = "heldout"
P, D, L, M, PH = "PERSON", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER", "PHONE_NUMBER"
NAME = any_name("F I O", "F io", "F i o")
FULL = any_name("F I O")
DOC = person("F io", "io F", "F i o")
OMS = oms_any("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
ENP = enp("XXXXXXXXXXXXXXXX")
TIME = when("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI")
SHORT = when("dd.mm", "dd.mm.yy", "d.m")
REGNO = num("XXXXXXX", "СД-9XXXXX")
CARD = num("XXXXX", "XXXX/XX", "9XXXX")


def card_030(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\n", "\n", " | "))
    return build(["КОНТРОЛЬНАЯ КАРТА ДИСПАНСЕРНОГО НАБЛЮДЕНИЯ (ф. 030/у) № ", v(M, CARD, rng, fake), sep,
                  "Фамилия, имя, отчество: ", v(P, FULL, rng, fake), sep, "Дата рождения: ", v(D, BORN, rng, fake), sep,
                  "Адрес: ", v(L, addr, rng, fake), sep, "СНИЛС: ", v("RU_SNILS", SNILS, rng, fake), sep,
                  "Полис ОМС: ", v("RU_OMS_POLICY", OMS, rng, fake), sep, "Диагноз: E11.9, взят на ДН ",
                  v(D, VISIT, rng, fake), sep, "Врач: ", v(P, DOC, rng, fake)])


def diab_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    parts: list = [sep.join(("reg_id", "fio", "birth", "snils", "type", "hba1c", "phone")), "\n"]
    for _ in range(rng.randrange(2, 4)):
        parts += [v(M, REGNO, rng, fake), sep, v(P, any_name("F I O"), rng, fake), sep, v(D, when("dd.mm.yyyy", born=True), rng, fake),
                  sep, v("RU_SNILS", SNILS, rng, fake), sep, rng.choice(("СД1", "СД2", "E11")), sep,
                  f"{rng.randrange(55, 120) / 10}".replace(".", "," if sep != "," else "."), sep, v(PH, phone_any, rng, fake), "\n"]
    return build(parts)


def transport_list(rng: random.Random, fake: Any) -> Planted:
    parts: list = [f"СПИСОК НА ПЕРЕВОЗКУ (ГД), смена {rng.randrange(1, 4)}, ", v(D, when("dd.mm.yyyy", "d MG yyyy г."), rng, fake), "\n"]
    for i in range(rng.randrange(2, 5)):
        parts += [f"{i + 1}. ", v(P, any_name("F io", "F I O"), rng, fake), " — ", v(L, addr, rng, fake), ", тел. ",
                  v(PH, phone_any, rng, fake), f", подача {rng.randrange(5, 8)}:{rng.choice(('00', '15', '30', '45'))}",
                  rng.choice(("", " (коляска)", " (сопровождение)")), "\n"]
    return build(parts)


def dialysis_sheet(rng: random.Random, fake: Any) -> Planted:
    return build(["Протокол сеанса гемодиализа. Пациент: ", v(P, NAME, rng, fake), ", и/б № ",
                  v(M, num("ГД-XXXX", "XXXX/XX"), rng, fake), ". Начало: ", v(D, TIME, rng, fake),
                  f". УФ {rng.randrange(15, 40) * 100} мл, Kt/V 1,{rng.randrange(2, 6)}. Подключила м/с ",
                  v(P, person("F io", "F"), rng, fake), ", врач ", v(P, DOC, rng, fake), "."])


def inr_diary(rng: random.Random, fake: Any) -> Planted:
    parts: list = ["ДНЕВНИК МНО — ", v(P, FULL, rng, fake), ", д.р. ", v(D, BORN, rng, fake), "\n"]
    for _ in range(rng.randrange(3, 5)):
        parts += [v(D, SHORT, rng, fake), rng.choice((" ", "  ", "\t")), f"МНО {rng.randrange(14, 42) / 10}".replace(".", ","),
                  f" варфарин {rng.choice(('2,5', '3,75', '5', '6,25'))} мг\n"]
    parts += [rng.choice(("Тел. пациента: ", "Телефон для связи (сын): ", "моб. ")), v(PH, phone_any, rng, fake)]
    return build(parts)


def implant_card(rng: random.Random, fake: Any) -> Planted:
    return build(["КАРТА ПАЦИЕНТА С ИМПЛАНТИРОВАННЫМ ЭКС\nВладелец: ", v(P, FULL, rng, fake), "\nДата рождения: ",
                  v(D, BORN, rng, fake), "\nНомер карты: ", v(M, num("XXXXXX", "ЭКС-XXXXX"), rng, fake),
                  f"\nМодель: DDDR, режим {rng.choice(('DDD', 'VVI', 'AAI'))} 60\nДата имплантации: ",
                  v(D, when("dd.mm.yyyy", "dd MG yyyy г."), rng, fake), "\nОперировал: ", v(P, DOC, rng, fake),
                  "\nКонтактное лицо: ", v(P, any_name("F I O", "I O"), rng, fake), ", тел. ", v(PH, phone_any, rng, fake)])


def vzn_json(rng: random.Random, fake: Any) -> Planted:
    return build(['{"registry":"VZN","nosology":"', rng.choice(("гемофилия", "рассеянный склероз", "болезнь Гоше",
                                                                 "муковисцидоз")), '","record_id":"',
                  v(M, num("XXXXXXXXXX", "XX-XXXXXXX"), rng, fake), '","patient":{"fio":"', v(P, any_name("F I O"), rng, fake),
                  '","birth_date":"', v(D, when("yyyy-mm-dd", born=True), rng, fake), '","snils":"',
                  v("RU_SNILS", SNILS, rng, fake), '","enp":"', v("RU_OMS_POLICY", ENP, rng, fake), '","address":"',
                  v(L, addr, rng, fake), '"},"included":"', v(D, when("yyyy-mm-dd"), rng, fake), '"}'])


def recipe_148(rng: random.Random, fake: Any) -> Planted:
    return build(["Форма № 148-1/у-04(л)\nРЕЦЕПТ Серия ", v(M, num("XX-XX-XXXX № XXXXXXX", "XXXX № XXXXXX"), rng, fake),
                  "\nДата выписки: ", v(D, VISIT, rng, fake), "\nФ.И.О. пациента: ", v(P, FULL, rng, fake),
                  "\nДата рождения: ", v(D, BORN, rng, fake), "\nСНИЛС: ", v("RU_SNILS", SNILS, rng, fake),
                  "\nПолис ОМС: ", v("RU_OMS_POLICY", OMS, rng, fake), "\nКод категории граждан: 081\n№ мед. карты: ",
                  v(M, CARD, rng, fake), "\nФ.И.О. врача: ", v(P, DOC, rng, fake), "\nRp.: Insulini glargini 100 ЕД/мл"])


def lgota_xml(rng: random.Random, fake: Any) -> Planted:
    return build(["<Lgotnik><FIO>", v(P, FULL, rng, fake), "</FIO><DR>", v(D, when("dd.mm.yyyy", born=True), rng, fake),
                  "</DR><SNILS>", v("RU_SNILS", SNILS, rng, fake), "</SNILS><INN>", v("RU_INN", INN12, rng, fake),
                  "</INN><Addr>", v(L, addr, rng, fake), "</Addr><Kat>", rng.choice(("081", "082", "020")),
                  "</Kat><NSU>", rng.choice(("отказ", "набор")), "</NSU></Lgotnik>"])


def nsu_refusal(rng: random.Random, fake: Any) -> Planted:
    return build(["Заявление об отказе от получения набора социальных услуг.\nЯ, ", v(P, FULL, rng, fake),
                  ", паспорт ", v("RU_PASSPORT", passport, rng, fake), ", выдан ", v(D, VISIT, rng, fake),
                  ", СНИЛС ", v("RU_SNILS", SNILS, rng, fake), ", проживающий(ая) по адресу: ", v(L, addr, rng, fake),
                  ", отказываюсь от НСУ в части лекарственного обеспечения с 01.01.", str(rng.randrange(2018, 2027)),
                  ".\nДата ", v(D, VISIT, rng, fake), "   Подпись ______"])


def call_list_fixed(rng: random.Random, fake: Any) -> Planted:
    parts: list = ["ФИО                           ДР          ТЕЛЕФОН           ЯВКА\n"]
    for _ in range(rng.randrange(3, 5)):
        name, born, ph, due = (NAME(rng, fake, "nomn"), when("dd.mm.yyyy", born=True)(rng, fake, "nomn"),
                               phone_any(rng, fake, "nomn"), when("dd.mm.yyyy")(rng, fake, "nomn"))
        parts += [(P, name), " " * max(1, 30 - len(name)), (D, born), "  ", (PH, ph), " " * max(1, 18 - len(ph)),
                  (D, due), rng.choice(("", " не дозв.", " перенос", " ок")), "\n"]
    return build(parts)


def school_log(rng: random.Random, fake: Any) -> Planted:
    parts: list = ["Журнал посещения «Школы диабета», группа ", str(rng.randrange(1, 9)), ", занятие ",
                   v(D, when("dd.mm.yyyy", "d MG yyyy г."), rng, fake), "\n"]
    for i in range(rng.randrange(3, 6)):
        parts += [f"{i + 1}) ", v(P, any_name("F I O", "F io"), rng, fake), rng.choice((" — присут.", " - отс.", " +", " (с родственником)", "")), "\n"]
    parts += ["Занятие провел(а): ", v(P, DOC, rng, fake)]
    return build(parts)


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    female = rng.random() < 0.5
    last, first, mid = gendered(rng, fake, female)
    return build(["MSH|^~\\&|RMIS|DIALYSIS|||", f"{rng.randrange(2020, 2027)}0{rng.randrange(1, 10)}1{rng.randrange(0, 10)}0800",
                  "||ADT^A04|", str(rng.randrange(10**6, 10**7)), "|P|2.5\rPID|1||", v(M, num("XXXXXXXX"), rng, fake),
                  "^^^RMIS^MR~", v("RU_SNILS", SNILS, rng, fake), "^^^PFR^SS||", (P, f"{last}^{first}^{mid}"), "||",
                  v(D, when("yyyymmdd", born=True), rng, fake), "|", "F" if female else "M", "|||", (L, addr(rng, fake, "nomn").replace(", ", "^")),
                  "||", v(PH, phone_any, rng, fake)])


def mis_kv(rng: random.Random, fake: Any) -> Planted:
    return build(["[INFO] dn_reminder sent: patient_id=", v(M, num("XXXXXXXX", "9XXXXXXXXX"), rng, fake), " fio=\"",
                  v(P, FULL, rng, fake), "\" phone=", v(PH, phone_any, rng, fake), " email=", v("EMAIL_ADDRESS", mail, rng, fake),
                  " due=", v(D, when("yyyy-mm-dd", "yyyy-mm-ddTHH:MI"), rng, fake), " status=DELIVERED"])


def ocr_card(rng: random.Random, fake: Any) -> Planted:
    snils = SNILS(rng, fake, "nomn")
    return build(["ЛЬГOТНЫЙ РЕЦЕПТ  ФИ0 паииента: ", v(P, any_name("F I O", "FIO"), rng, fake), "  Дата рожд ",
                  v(D, when("dd.mm.yyyy", "dd. mm. yyyy", born=True), rng, fake), "\nСНИЛС ", ("RU_SNILS", snils),
                  "  Пол ис ОМС ", v("RU_OMS_POLICY", ENP, rng, fake), "\nАдpec: ", v(L, addr, rng, fake)])


def invite_letter(rng: random.Random, fake: Any) -> Planted:
    return build(["Уважаемый(ая) ", v(P, any_name("I O", "F I O"), rng, fake), "!\nНапоминаем, что вы состоите на "
                  "диспансерном наблюдении. Ваша явка назначена на ", v(D, when("d MG yyyy г.", "dd.mm.yyyy", "d MG"), rng, fake),
                  " в каб. 214. Сообщение отправлено SMS на номер ", v(PH, phone_any, rng, fake),
                  ". Подтвердить явку: ", ("URL", f"https://{fake.domain_name()}/dn/confirm?t={fake.md5()[:12]}"), ".\nУчастковый терапевт ", v(P, DOC, rng, fake)])


def inr_email(rng: random.Random, fake: Any) -> Planted:
    return build(["От: ", v("EMAIL_ADDRESS", mail, rng, fake), "\nТема: МНО ", v(D, SHORT, rng, fake),
                  "\nЗдравствуйте, ", v(P, person("I O"), rng, fake), "! Мама (", v(P, woman, rng, fake),
                  f") сдала МНО, результат {rng.randrange(15, 45) / 10}. Подскажите дозу. Мой телефон ",
                  v(PH, phone_any, rng, fake)])


def referral_057(rng: random.Random, fake: Any) -> Planted:
    return build(["НАПРАВЛЕНИЕ (ф. 057/у-04) № ", v(M, num("XXXXXX", "XX-XXXXX"), rng, fake), " от ", v(D, VISIT, rng, fake),
                  "\nв центр амбулаторного диализа\n", v(P, FULL, rng, fake), ", ", v(D, BORN, rng, fake),
                  " г.р., полис ", v("RU_OMS_POLICY", OMS, rng, fake), ", СНИЛС ", v("RU_SNILS", SNILS, rng, fake),
                  "\nДиагноз: N18.5. Направивший врач ", v(P, DOC, rng, fake)])


def migrant_dialysis(rng: random.Random, fake: Any) -> Planted:
    return build(["Пациент ", v(P, cis_name("F I O", "F I"), rng, fake), ", иностранный гражданин (", rng.choice(("Узбекистан", "Таджикистан", "Армения", "Кыргызстан")),
                  "), национальный паспорт ", v(M, num("FA XXXXXXX", "AA XXXXXXX", "AC XXXXXXX", "ID XXXXXXX"), rng, fake), ", миграционная карта ",
                  v(M, num("XXXX XXXXXXX", "XXXXXXXXXX"), rng, fake), ", патент ", v(M, num("XX № XXXXXXXXXX"), rng, fake),
                  ", адрес пребывания: ", v(L, addr, rng, fake), ". Экстренный ГД ", v(D, TIME, rng, fake), "."])


def mse_088(rng: random.Random, fake: Any) -> Planted:
    return build(["Направление на МСЭ (ф. 088/у): ", v(P, FULL, rng, fake), ", ", v(D, BORN, rng, fake),
                  "; паспорт ", v("RU_PASSPORT", passport, rng, fake), "; СНИЛС ", v("RU_SNILS", SNILS, rng, fake),
                  "; ИНН ", v("RU_INN", INN12, rng, fake), "; адрес: ", v(L, addr, rng, fake), "; ЭЛН № ",
                  v(M, num("9XXXXXXXXXXX"), rng, fake), "."])


def pump_registry(rng: random.Random, fake: Any) -> Planted:
    return build(["id=", v(M, num("XXXXXXX"), rng, fake), "; fio=", v(P, any_name("F io"), rng, fake), "; dob=",
                  v(D, when("dd.mm.yyyy", born=True), rng, fake), "; pump_start=", v(D, when("mm.yyyy", "dd.mm.yyyy"), rng, fake),
                  "; cgm_link=", ("URL", f"https://{fake.domain_name()}/share/{rng.randrange(10**5, 10**6)}"),
                  "; email=", v("EMAIL_ADDRESS", mail, rng, fake)])


def dn_prose(rng: random.Random, fake: Any) -> Planted:
    return build(["Осмотр в рамках ДН ", v(D, VISIT, rng, fake), ". ", v(P, any_name("F I O", "F io"), rng, fake),
                  ", ", str(rng.randrange(45, 85)), " лет, ХСН IIА, проживает одна: ",
                  (L, f"{fake.city_name().split(' (')[0]}, ул. {fake.street_title()}, {rng.randrange(1, 90)}"), ". На прошлой явке (", v(D, SHORT, rng, fake),
                  ") МНО 3,4. Следующая явка через 3 мес. Телефон соседки ", v(PH, phone_any, rng, fake), "."])


def vzn_refusal_tsv(rng: random.Random, fake: Any) -> Planted:
    parts: list = ["№\tФИО\tСНИЛС\tЕНП\tрецепт\tдата\n"]
    for i in range(rng.randrange(2, 4)):
        parts += [f"{i + 1}\t", v(P, any_name("F I O", "F io"), rng, fake), "\t", v("RU_SNILS", SNILS, rng, fake), "\t",
                  v("RU_OMS_POLICY", ENP, rng, fake), "\t", v(M, num("XXXX XXXXXX", "XX-XXXXXXX"), rng, fake), "\t",
                  v(D, when("dd.mm.yyyy"), rng, fake), "\n"]
    return build(parts)


def passport_dialysis_admin(rng: random.Random, fake: Any) -> Planted:
    return build(["Договор на транспорт. обслуживание диализного пациента. Заказчик: ", v(P, FULL, rng, fake),
                  ", паспорт серия ", v("RU_PASSPORT", passport, rng, fake), ", ИНН ", v("RU_INN", INN12, rng, fake),
                  ", адрес ", v(L, addr, rng, fake), ", тел. ", v(PH, phone_any, rng, fake), ", e-mail ",
                  v("EMAIL_ADDRESS", mail, rng, fake), "."])


def icd_remote(rng: random.Random, fake: Any) -> Planted:
    return build(["Удалённый мониторинг ИКД. Передача от ", v(D, when("dd.mm.yyyy HH:MI", "yyyy-mm-dd HH:MI"), rng, fake),
                  "\nПациент: ", v(P, any_name("F I O", "F io"), rng, fake), " (ID в системе мониторинга ",
                  v(M, num("XXXXXXXXX", "RM-XXXXXX"), rng, fake), ")\nЭпизоды ЖТ: ", str(rng.randrange(0, 4)),
                  ", шоков нет. Уведомление на ", v("EMAIL_ADDRESS", mail, rng, fake), "\nПросмотрел: ", v(P, DOC, rng, fake)])


def pharmacy_deferred(rng: random.Random, fake: Any) -> Planted:
    parts: list = ["Журнал отсроченного обслуживания (аптека ЛЛО)\n"]
    for _ in range(rng.randrange(2, 4)):
        parts += [v(D, when("dd.mm.yy", "dd.mm.yyyy"), rng, fake), " | рец. ", v(M, num("XX-XX-XXXXXXX", "XXXX XXXXXX"), rng, fake),
                  " | ", v(P, any_name("F io", "F i o"), rng, fake), " | СНИЛС ", v("RU_SNILS", SNILS, rng, fake),
                  " | оповестить: ", v(PH, phone_any, rng, fake), rng.choice((" | выдано", " | ожидает", "")), "\n"]
    return build(parts)


def rrt_registry(rng: random.Random, fake: Any) -> Planted:
    return build(["registry: РДО (регистр ЗПТ)\nrecord: ", v(M, num("XXXXX-XX", "9XXXXX"), rng, fake),
                  "\nfio: ", v(P, FULL, rng, fake), "\nbirth: ", v(D, when("yyyy-mm-dd", "dd.mm.yyyy", born=True), rng, fake),
                  "\nrrt_start: ", v(D, when("yyyy-mm-dd", "mm.yyyy"), rng, fake), "\nmodality: ",
                  rng.choice(("ГД", "ПД", "ГДФ")), "\ncenter_town: ", (L, fake.city_name().split(" (")[0]),
                  "\npolicy: ", v("RU_OMS_POLICY", ENP, rng, fake), "\ninn: ", v("RU_INN", INN12, rng, fake)])


BLOCKS50: list[BlockFamily] = [BlockFamily(f"b50-blk-{f.__name__.replace('_', '-')}", H, f) for f in (
    card_030, diab_csv, transport_list, dialysis_sheet, inr_diary, implant_card, vzn_json, recipe_148, lgota_xml,
    nsu_refusal, call_list_fixed, school_log, hl7_pid, mis_kv, ocr_card, invite_letter, inr_email, referral_057,
    migrant_dialysis, mse_088, pump_registry, dn_prose, vzn_refusal_tsv, passport_dialysis_admin, icd_remote,
    pharmacy_deferred, rrt_registry)]
