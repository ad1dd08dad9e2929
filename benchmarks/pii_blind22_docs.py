"""Document blocks of the blind22 split: long-term care, dialysis, dispensary, social documents."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind22_gen as g
from benchmarks.pii_families import Planted

D = g.Doc
PAIRS = (
    ("Каримов Шерзод", "KARIMOV SHERZOD"),
    ("Рахимова Гулнора", "RAKHIMOVA GULNORA"),
    ("Эргашев Ойбек", "Ergashev Oybek"),
    ("Турсунов Фаррух", "TURSUNOV FARRUKH"),
    ("Назарова Дилноза", "Nazarova Dilnoza"),
    ("Петросян Ашот", "PETROSYAN ASHOT"),
)
P, DT, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
EM, U, SN, INN = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN"
OMS, PAS, MRN = "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def nursing_home_admission(rng: random.Random, fake: Any) -> Planted:
    d = D().t("ГБСУ СО «Дом-интернат для престарелых и инвалидов № 2»\nЛичное дело № ").v(MRN, g.record(rng))
    d.t("\nФ.И.О. получателя соц. услуг: ").v(P, g.person(fake, rng)).t("\nДата рождения: ").v(
        DT, g.date(rng)
    )
    d.t("\nАдрес регистрации: ").v(L, g.address(fake, rng)).t("\nСНИЛС: ").v(SN, g.snils(rng))
    d.t("\nПолис ОМС: ").v(OMS, g.oms(rng)).t("\nПоступил(а): ").v(DT, g.recent(rng, True))
    d.t("\nКомната 214, отделение милосердия. ИНН учреждения 7701234567, КПП 770101001.")
    return d.done()


def palliative_epicrisis(rng: random.Random, fake: Any) -> Planted:
    d = D().t("ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ").v(MRN, g.record(rng))
    d.t("\nОтделение паллиативной медицинской помощи\nБольной(ая) ").v(P, g.person(fake, rng))
    d.t(", ").v(DT, g.date(rng)).t(" (дата рождения), находился(ась) с ").v(DT, g.recent(rng)).t(" по ").v(
        DT, g.recent(rng)
    )
    d.t("\nДиагноз: C34.1 Рак верхней доли правого легкого, T4N2M1, IV кл. гр. Боль 6 баллов по ВАШ.\n")
    d.t("Морфин 10 мг п/к каждые 4 ч. Выписан под наблюдение выездной службы, тел. ").v(PH, g.phone(rng))
    d.t("\nЛечащий врач ").v(P, g.person(fake, rng)).t("\nЗав. отделением ").v(P, g.person(fake, rng))
    return d.done()


def hospice_phone_tree(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Кого извещать (по порядку):\n")
    for i, who in enumerate(
        rng.sample(("дочь", "сын", "внук", "племянница", "соседка", "опекун", "брат"), 3), 1
    ):
        d.t(f"{i}) {who} — ").v(P, g.person(fake, rng)).t(", ").v(PH, g.phone(rng))
        if rng.random() < 0.5:
            d.t("; ").v(PH, g.phone(rng))
        d.t("\n")
    d.t("Не звонить с 23:00 до 07:00. Палата 5.")
    return d.done()


def dialysis_protocol(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Протокол сеанса ГД № ").v(MRN, g.record(rng)).t(" | Пациент: ").v(P, g.person(fake, rng))
    d.t("\nДата/время начала: ").v(DT, g.recent(rng, True)).t("  Аппарат Fresenius 5008S, диализатор FX80\n")
    d.t("Вес до 72,4 кг, после 70,1 кг; Kt/V 1,3; гепарин 5000 ЕД.\nМедсестра: ").v(P, g.person(fake, rng))
    d.t("\nСледующий сеанс: ").v(DT, g.recent(rng, True))
    return d.done()


def dialysis_schedule_csv(rng: random.Random, fake: Any) -> Planted:
    d = D().t("fio;birth;snils;oms;smena;tel\n")
    for _ in range(3):
        d.v(P, g.person(fake, rng)).t(";").v(DT, g.date(rng)).t(";").v(SN, g.snils(rng)).t(";").v(
            OMS, g.oms(rng)
        )
        d.t(f";{rng.choice(('1 (пн-ср-пт)', '2 (вт-чт-сб)'))};").v(PH, g.phone(rng)).t("\n")
    return d.done()


def bp_diary(rng: random.Random, fake: Any) -> Planted:
    d = D().t("ДНЕВНИК АД — ").v(P, g.person(fake, rng)).t("\n")
    y, m = rng.randint(2024, 2026), rng.randint(1, 12)
    for day in sorted(rng.sample(range(1, 28), 4)):
        d.v(DT, rng.choice((f"{day:02d}.{m:02d}", f"{day:02d}.{m:02d}.{y}", f"{day}/{m}")))
        d.t(f"  утро {rng.randint(120, 180)}/{rng.randint(70, 100)} п.{rng.randint(55, 95)}")
        d.t(f"  веч. {rng.randint(120, 180)}/{rng.randint(70, 100)}\n")
    d.t("Амлодипин 5 мг в 08:00, бисопролол 2,5 мг в 20:00.")
    return d.done()


def glucose_diary(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Самоконтроль гликемии (глюкометр Контур ТС). Пациент: ").v(P, g.person(fake, rng))
    d.t("\nДата        натощак  после еды  на ночь\n")
    for _ in range(3):
        d.v(DT, g.recent(rng)).t(f"   {rng.randint(50, 140) / 10:.1f}     {rng.randint(70, 180) / 10:.1f}")
        d.t(f"      {rng.randint(50, 120) / 10:.1f}\n")
    d.t("HbA1c 8,4 %. Инсулин деглудек 24 ЕД в 22:00.")
    return d.done()


def cgm_export_json(rng: random.Random, fake: Any) -> Planted:
    d = D().t('{"patient": {"name": "').v(P, g.person(fake, rng)).t('", "dob": "').v(DT, g.date(rng))
    d.t('", "email": "').v(EM, g.email(rng, fake)).t('"},\n "readings": [\n')
    for i in range(2):
        y, m, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        d.t('  {"ts": "').v(DT, f"{y}-{m:02d}-{dd:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00")
        d.t(f'", "mmol": {rng.randint(40, 160) / 10}' + "}" + ("," if i == 0 else "") + "\n")
    d.t(' ], "device": "FreeStyle Libre 2", "sensor_id": "').v(MRN, f"0M{g.digits(rng, 8)}").t('"}')
    return d.done()


def power_of_attorney(rng: random.Random, fake: Any) -> Planted:
    d = D().t("ДОВЕРЕННОСТЬ\nДата составления: ").v(DT, g.date(rng))
    d.t("\nЯ, ").v(P, g.person(fake, rng)).t(", паспорт серии ")
    s, n = g.pass_parts(rng)
    d.v(PAS, s).t(" № ").v(PAS, n).t(", выдан ").v(DT, g.date(rng)).t(", проживающий(ая) по адресу: ")
    d.v(L, g.address(fake, rng)).t(", доверяю ").v(P, g.person(fake, rng, "datv"))
    d.t(" получать мою пенсию и льготные лекарственные препараты.\nПодпись ________ Нотариус ")
    d.v(P, g.person(fake, rng)).t(", рег. № в реестре 77/123-н/77-2025-4-512.")
    return d.done()


def guardianship_decision(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Распоряжение органа опеки и попечительства от ").v(DT, g.date(rng)).t(" № 1187-р\n")
    d.t("Опекун: ").v(P, g.person(fake, rng))
    d.t(" — назначен(а) опекуном недееспособной ").v(P, g.person(fake, rng, "gent")).t(", ").v(
        DT, g.date(rng)
    )
    d.t(" (д.р.), СНИЛС ").v(SN, g.snils(rng)).t(", проживающей: ").v(L, g.address(fake, rng))
    d.t(".\nКонтактный тел. опекуна: ").v(PH, g.phone(rng)).t(", ИНН опекуна ").v(INN, g.inn(rng)).t(".")
    return d.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("Направление на медико-социальную экспертизу (форма 088/у)\n1. Номер направления: ")
        .v(MRN, g.record(rng))
    )
    sur, first, patr = g.parts(fake, rng)
    d.t("\n2. Фамилия ").v(P, sur).t("  Имя ").v(P, first).t("  Отчество ").v(P, patr).t(
        "\n3. Дата рождения "
    ).v(DT, g.date(rng)).t("\n4. СНИЛС\n").v(SN, g.snils(rng))
    d.t("\n5. Полис ОМС\n").v(OMS, g.oms(rng)).t("\n6. Адрес места жительства: ").v(L, g.address(fake, rng))
    d.t("\n7. Инвалидность II группы установлена бессрочно; I69.3, I11.0.")
    return d.done()


def ipra_extract(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("Выписка из ИПРА инвалида № ")
        .v(MRN, f"{rng.randint(100, 999)}.{rng.randint(1, 99)}.Э.77/{rng.randint(2023, 2026)}")
    )
    d.t(" к протоколу МСЭ № ").v(MRN, g.record(rng)).t(" от ").v(DT, g.date(rng)).t("\n")
    d.t("Получатель: ").v(P, g.person(fake, rng)).t("; СНИЛС ").v(SN, g.snils(rng))
    d.t("\nТСР: кресло-коляска 7-01-01, абсорбирующее белье 3 шт/сут.")
    return d.done()


def pension_certificate(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Справка о назначенной пенсии\nВыдана: ").v(P, g.person(fake, rng, "datv")).t("\nСНИЛС: ")
    d.v(SN, g.snils(rng)).t("  ИНН: ").v(INN, g.inn(rng)).t("\nПенсия по старости назначена с ").v(
        DT, g.date(rng)
    )
    d.t(" бессрочно. Размер 21 864,37 руб.\nСправка № ").v(MRN, f"{g.digits(rng, 3)}-{g.digits(rng, 6)}")
    d.t(" по месту требования (в поликлинику).")
    return d.done()


def lgota_prescription(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("РЕЦЕПТ (форма 148-1/у-04 (л))\nСерия ")
        .t(f"{rng.randint(10, 99)} ")
        .t("№ ")
        .v(MRN, g.digits(rng, 8))
    )
    d.t("   Дата выписки «").v(DT, g.recent(rng)).t("»\nФ.И.О. пациента: ").v(P, g.person(fake, rng))
    d.t("\nСНИЛС ").v(SN, g.snils(rng)).t("  № полиса ОМС ").v(OMS, g.oms(rng))
    d.t("\nКод категории граждан 081, нозология E11.9. Rp.: Metformini 1000 mg №60\nВрач ")
    d.v(P, g.person(fake, rng)).t(", код врача 4471")
    return d.done()


def pharmacy_benefit_log(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Журнал отпуска ЛП по ОНЛС — аптека № 41\n")
    for _ in range(3):
        d.v(DT, g.recent(rng)).t(" | ").v(P, g.person(fake, rng)).t(" | рец. ").v(
            MRN, f"{rng.randint(10, 99)} {g.digits(rng, 7)}"
        )
        d.t(f" | {rng.choice(('Эналаприл 10 мг', 'Инсулин аспарт', 'Варфарин 2,5 мг'))} | отпущено\n")
    return d.done()


def oncology_followup(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("Онкодиспансер. Контрольная явка.\nПациентка ")
        .v(P, g.person(fake, rng))
        .t(", карта ")
        .v(MRN, g.record(rng))
    )
    d.t("\nСостоит на учете с ").v(DT, g.month_year(rng)).t(" (C50.4, III клин. группа). Последняя КТ ")
    d.v(DT, g.recent(rng)).t(", исследование ").v(MRN, f"ACC{g.digits(rng, 9)}").t(".\nСледующая явка ")
    d.v(DT, g.recent(rng)).t(
        ". Тел. для записи регистратуры 8-800-200-03-03 (не персональный).\nТел. пациентки "
    )
    d.v(PH, g.phone(rng))
    return d.done()


def cardio_dispensary(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Контрольная карта диспансерного наблюдения (ф. 030/у) № ").v(MRN, g.record(rng))
    d.t("\n").v(P, g.person(fake, rng)).t(" / ").v(DT, g.date(rng)).t(" / ").v(L, g.address(fake, rng))
    d.t("\nI25.2, I48.1. Явки: ")
    for i in range(3):
        d.v(DT, g.recent(rng)).t(", " if i < 2 else ".\n")
    d.t("Врач-кардиолог ").v(P, g.person(fake, rng)).t(" каб. 305.")
    return d.done()


def diabetes_school(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Школа диабета — список группы на ").v(DT, g.recent(rng)).t("\n")
    for i in range(1, 4):
        d.t(f"{i}. ").v(P, g.person(fake, rng)).t(", ").v(PH, g.phone(rng)).t(
            f", ИМТ {rng.randint(25, 41)}\n"
        )
    d.t("Ведущая: м/с ").v(P, g.person(fake, rng)).t("\nЗапись занятий выложена для ").v(
        P, g.person(fake, rng, "gent")
    )
    d.t(": ").v(U, g.url(rng, fake))
    return d.done()


def social_worker_act(rng: random.Random, fake: Any) -> Planted:
    d = D().t("АКТ обследования социально-бытовых условий\nДата: ").v(DT, g.date(rng)).t("\nСоц. работник: ")
    d.v(P, g.person(fake, rng)).t("\nОбследуемый: ").v(P, g.person(fake, rng)).t(", паспорт ").v(
        PAS, g.passport(rng)
    )
    d.t("\nАдрес: ").v(L, g.address(fake, rng)).t(
        "\nЖилье: частный дом, удобства во дворе, дрова на 2 мес.\n"
    )
    d.t("Присутствовала соседка ").v(P, g.person(fake, rng)).t(" (тел. ").v(PH, g.phone(rng)).t(").")
    return d.done()


def patronage_card(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Карта патронажа | ").v(P, g.person(fake, rng)).t(" | уч. 14\n")
    for _ in range(3):
        d.v(DT, g.recent(rng, True)).t(f" — обработка пролежня крестца, Braden {rng.randint(9, 15)}, м/с ")
        d.v(P, g.person(fake, rng)).t("\n")
    d.t("Адрес: ").v(L, g.address(fake, rng))
    return d.done()


def migrant_patient(rng: random.Random, fake: Any) -> Planted:
    cyr, lat = rng.choice(PAIRS)
    d = D().t("Иностранный гражданин: ").v(P, cyr).t(" (").v(P, lat).t(")\n")
    d.t("Паспорт ").t(rng.choice(("Республики Узбекистан ", "Респ. Таджикистан ", "Кыргызской Респ. ")))
    d.v(MRN, f"{rng.choice(('FA', 'AC', 'ID'))}{g.digits(rng, 7)}").t(", патент № ").v(
        MRN, f"77 {g.digits(rng, 10)}"
    )
    d.t("\nМиграционная карта ").v(MRN, f"{rng.randint(4500, 4699)} {g.digits(rng, 7)}").t("; полис ДМС ")
    d.v(MRN, f"ДМС-{g.digits(rng, 8)}").t("\nМесто пребывания: ").v(L, g.address(fake, rng))
    d.t("\nРаботодатель — ООО «СтройМонтаж», ИНН 5024123456. Тел. ").v(PH, g.phone(rng))
    return d.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    s, f, p = g.parts(fake, rng)
    y, m, dd = rng.randint(1930, 1960), rng.randint(1, 12), rng.randint(1, 28)
    d = D().t("MSH|^~\\&|MIS|GKB15|LIS|LAB|20250312||ADT^A01|").t(g.digits(rng, 6)).t("|P|2.5\nPID|1||")
    d.v(MRN, g.digits(rng, 8)).t("^^^GKB15^MR~").v(OMS, g.oms_raw(rng)).t("^^^OMS^NH||").v(P, s).t("^").v(
        P, f
    )
    d.t("^").v(P, p).t("||").v(DT, f"{y}{m:02d}{dd:02d}").t("|F|||").v(
        L, g.address(fake, rng).replace(",", " ")
    )
    d.t("||").v(PH, g.phone(rng)).t("\nPV1|1|I|NEPH^412^2")
    return d.done()


def xml_care_plan(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t('<carePlan id="')
        .v(MRN, f"CP-{g.digits(rng, 7)}")
        .t('">\n  <patient snils="')
        .v(SN, g.snils_raw(rng))
    )
    d.t('" inn="').v(INN, g.inn_raw(rng)).t('">').v(P, g.person(fake, rng)).t('</patient>\n  <visit date="')
    d.v(DT, g.recent(rng)).t('" type="патронаж"/>\n  <caregiver phone="').v(PH, g.phone(rng)).t('">')
    d.v(P, g.person(fake, rng)).t("</caregiver>\n  <dose>Трамадол 50 мг 2 р/сут</dose>\n</carePlan>")
    return d.done()


def death_certificate(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Медицинское свидетельство о смерти серия ").v(MRN, f"{rng.randint(45, 99)} {g.digits(rng, 6)}")
    d.t("\nУмерший(ая): ").v(P, g.person(fake, rng)).t("\nДата смерти: ").v(DT, g.recent(rng, True))
    d.t("\nМесто смерти: ").v(L, g.address(fake, rng)).t(" (на дому)\nI. а) I50.0 б) I25.1\nПолучил: ")
    d.v(P, g.person(fake, rng)).t(", паспорт ").v(PAS, g.passport(rng))
    return d.done()


def home_call_card(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Вызов врача на дом №").v(MRN, g.digits(rng, 5)).t(" принят ").v(DT, g.recent(rng, True))
    d.t("\nК кому: ").v(P, g.person(fake, rng, "datv")).t(", ").v(L, g.address(fake, rng)).t(
        ", подъезд 2, этаж 5\n"
    )
    d.t("Кто вызывал: невестка ").v(P, g.person(fake, rng)).t(", т. ").v(PH, g.phone(rng)).t(" доб. 3").t(
        " / "
    ).v(PH, g.phone(rng))
    d.t("\nПовод: Т 38,4, кашель, 87 лет.")
    return d.done()


def telemedicine_consult(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Телемедицинская консультация (врач-пациент)\nСсылка на видеосвязь: ").v(U, g.url(rng, fake))
    d.t("\nПациент ").v(P, g.person(fake, rng)).t(", e-mail ").v(EM, g.email(rng, fake)).t("\nЗапрос: ").v(
        MRN, g.record(rng)
    )
    d.t(" от ").v(DT, g.recent(rng, True)).t("\nПортал учреждения https://gkb15.mos.ru (не персональный).")
    return d.done()


def ocr_scan(rng: random.Random, fake: Any) -> Planted:
    s = g.snils_raw(rng)
    d = D().t("ВЫП1СКА из amб. карты N ").v(MRN, g.record(rng)).t("\nФИО: ").v(P, g.person(fake, rng).upper())
    d.t("\nД.р.: ").v(DT, f"{rng.randint(1, 28):02d}.O{rng.randint(1, 9)}.19{rng.randint(30, 60)}")
    d.t("\nСНИЛС\n").v(SN, f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}").t("\nАдр.: ").v(L, g.address(fake, rng))
    return d.done()


def contacts_box(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("┌─ Контакты ─────────────┐\n│ Сын: ")
        .v(P, g.person(fake, rng))
        .t("\n│ моб.: ")
        .v(PH, g.phone(rng))
    )
    d.t("\n│ почта: ").v(EM, g.email(rng, fake)).t("\n│ ВК: ").v(U, g.url(rng, fake))
    d.t("\n└────────────────────────┘")
    return d.done()


def passport_table(rng: random.Random, fake: Any) -> Planted:
    s, n = g.pass_parts(rng)
    d = D().t("| Документ | Серия | Номер | Дата выдачи |\n|---|---|---|---|\n| Паспорт РФ | ").v(PAS, s)
    d.t(" | ").v(PAS, n).t(" | ").v(DT, g.date(rng)).t(" |\n| СНИЛС | — | ").v(SN, g.snils(rng)).t(" | — |\n")
    d.t("| Полис ОМС | — | ").v(OMS, g.oms(rng)).t(" | ").v(DT, g.date(rng)).t(" |\n| ИНН | — | ").v(
        INN, g.inn(rng)
    )
    d.t(" | — |")
    return d.done()


def old_policy(rng: random.Random, fake: Any) -> Planted:
    ser, num = rng.choice(("ВМ", "ТТ", "АБ", "77 00")), g.digits(rng, rng.choice((6, 8, 10)))
    d = (
        D()
        .t("Полис ОМС старого образца (серия, номер): ")
        .v(OMS, rng.choice((f"{ser} {num}", f"{ser} № {num}")))
        .t(", выдан СМО «Согаз-Мед» ")
        .v(DT, g.date(rng))
        .t("\nЗастрахованный: ")
    )
    d.v(P, g.person(fake, rng)).t(". Замена на ЕНП ").v(OMS, g.oms(rng)).t(" оформлена.")
    return d.done()


def key_value_export(rng: random.Random, fake: Any) -> Planted:
    d = D().t("pat_id=").v(MRN, g.digits(rng, 7)).t("\npat_fio=").v(P, g.person(fake, rng)).t("\nbirth_dt=")
    d.v(DT, g.date(rng)).t("\nreg_addr=").v(L, g.address(fake, rng)).t("\nsnils=").v(SN, g.snils_raw(rng))
    d.t("\nenp=").v(OMS, g.oms_raw(rng)).t("\ninn=").v(INN, g.inn_raw(rng)).t("\nmkb=N18.5\nward=7")
    return d.done()


def hospice_handover(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Передача смены ").v(DT, g.recent(rng, True)).t(": ")
    d.v(P, g.person(fake, rng)).t(" — беспокойна ночью, галоперидол 0,5 мг. ")
    d.v(P, g.person(fake, rng)).t(" — сатурация 88%, кислород 3 л/мин; родственники (").v(PH, g.phone(rng))
    d.t(") предупреждены. Смену сдала ").v(P, g.person(fake, rng)).t(", приняла ").v(
        P, g.person(fake, rng)
    ).t(".")
    return d.done()


def lab_referral(rng: random.Random, fake: Any) -> Planted:
    d = D().t("Направление в КДЛ № ").v(MRN, g.record(rng)).t("   Проба: ").v(MRN, f"{g.digits(rng, 10)}")
    d.t("\nПациент: ").v(P, g.person(fake, rng)).t(" ").v(DT, g.date(rng)).t("\nВзятие: ").v(
        DT, g.recent(rng, True)
    )
    d.t("\nКреатинин, калий, мочевина, паратгормон (перед ГД). Код услуги A09.05.020")
    return d.done()


BLOCK_MAKERS = (
    nursing_home_admission,
    palliative_epicrisis,
    hospice_phone_tree,
    dialysis_protocol,
    dialysis_schedule_csv,
    bp_diary,
    glucose_diary,
    cgm_export_json,
    power_of_attorney,
    guardianship_decision,
    mse_referral,
    ipra_extract,
    pension_certificate,
    lgota_prescription,
    pharmacy_benefit_log,
    oncology_followup,
    cardio_dispensary,
    diabetes_school,
    social_worker_act,
    patronage_card,
    migrant_patient,
    hl7_adt,
    xml_care_plan,
    death_certificate,
    home_call_card,
    telemedicine_consult,
    ocr_scan,
    contacts_box,
    passport_table,
    old_policy,
    key_value_export,
    hospice_handover,
    lab_referral,
)


def visit_schedule(rng: random.Random, fake: Any) -> Planted:
    d = D().t("График посещений на ").v(DT, g.month_year(rng)).t("\n")
    for _ in range(3):
        d.v(P, g.person(fake, rng)).t(" — ").v(L, g.address(fake, rng)).t(" — ").v(PH, g.phone(rng)).t("\n")
    d.t("Маршрут утвержден старшей м/с, каб. 12.")
    return d.done()


def consent_palliative(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("Информированное добровольное согласие\nЯ, ")
        .v(P, g.person(fake, rng))
        .t(", законный представитель ")
    )
    d.v(P, g.person(fake, rng, "gent")).t(" (решение суда № 2-").t(g.digits(rng, 4)).t("/2024), паспорт ")
    d.v(PAS, g.passport(rng)).t(",\nсогласен(на) на паллиативную помощь. Дата: ").v(DT, g.recent(rng))
    d.t("\nВрач ").v(P, g.person(fake, rng)).t("  Подпись ____")
    return d.done()


def relative_letter(rng: random.Random, fake: Any) -> Planted:
    d = (
        D()
        .t("Главному врачу ГБУЗ «Хоспис № 4»\nот ")
        .v(P, g.person(fake, rng, "gent"))
        .t(", проживающей по адресу ")
    )
    d.v(L, g.address(fake, rng)).t(",\nтел. ").v(PH, g.phone(rng)).t(", эл. почта ").v(EM, g.email(rng, fake))
    d.t("\nЗАЯВЛЕНИЕ\nПрошу выдать копию медицинской карты № ").v(MRN, g.record(rng)).t(" моей матери ")
    d.v(P, g.person(fake, rng, "gent")).t(", умершей ").v(DT, g.date(rng)).t(".")
    return d.done()


def egisz_semd(rng: random.Random, fake: Any) -> Planted:
    d = D().t('<ClinicalDocument>\n <id root="1.2.643.5.1.13.13.17.1.1" extension="').v(MRN, g.digits(rng, 9))
    d.t('"/>\n <effectiveTime value="').v(
        DT, f"{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}1030+0300"
    )
    d.t('"/>\n <patientRole><id root="1.2.643.100.3" extension="').v(SN, g.snils_raw(rng)).t('"/>\n')
    d.t('  <id root="1.2.643.5.1.13.2.7.100.5" extension="').v(OMS, g.oms_raw(rng)).t('"/>\n  <given>')
    s, f, _p = g.parts(fake, rng)
    d.v(P, f).t("</given><family>").v(P, s).t(
        "</family>\n </patientRole>\n <author>ОГРН 1027700123456</author>\n"
    )
    d.t("</ClinicalDocument>")
    return d.done()


BLOCK_MAKERS += (visit_schedule, consent_palliative, relative_letter, egisz_semd)
