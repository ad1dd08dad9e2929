"""Multi-value fragments for blind split 52: lab and imaging reports, genetics, Holter, blood bank."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind52_gen import (
    B,
    addr,
    birth,
    dt,
    enp_v,
    inn_v,
    lab_email,
    lab_url,
    num,
    passport_v,
    phone_v,
    pname,
    snils_v,
    town,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted
from medsyn_dataset.validation.pii.inflect import inflect_word

S = HELDOUT


def outside_lab_request(rng: random.Random, fake: Any) -> Planted:
    b = B().t("НАПРАВЛЕНИЕ В СТОРОННЮЮ ЛАБОРАТОРИЮ (договор № 14/22)\nФИО: ")
    b.v("PERSON", pname(rng, fake, "F I O")).t("\nДата рождения: ").v("DATE_TIME", birth(rng, fake))
    b.t("\nПолис: ").v("RU_OMS_POLICY", enp_v(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))))
    b.t("\nСНИЛС: ").v("RU_SNILS", snils_v(rng)).t("\nИсследование: антитела к ТПО, кальцитонин\nВрач: ")
    b.v("PERSON", pname(rng, fake, "F io")).t(", тел. ").v("PHONE_NUMBER", phone_v(rng, "8 (AAA) XXX-XX-XX"))
    return b.done()


def commercial_result(rng: random.Random, fake: Any) -> Planted:
    female = rng.random() < 0.5
    b = B().t("Пациент: ").v("PERSON", pname(rng, fake, rng.choice(("F I O", "FIO")), female=female)).t("   Пол: ")
    b.t("Ж" if female else "М").t("   Дата рожд.: ").v("DATE_TIME", birth(rng, fake)).t("\nИНЗ: ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXXX")).t("   Дата взятия: ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy HH:MI"))
    b.t("\nМедицинский офис: ").v("LOCATION", addr(rng, fake)).t("\nВрач КЛД ").v("PERSON", pname(rng, fake, "F io"))
    b.t("\nРезультаты онлайн: ").v("URL", lab_url(rng, fake))
    return b.done()


def pcr_report(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ПЦР-ЛАБОРАТОРИЯ. Протокол № ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXX-Y"))
    b.t("\nОбследуемый: ").v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io")))).t(", ")
    b.v("DATE_TIME", birth(rng, fake, rng.choice(("dd.mm.yyyy", "yyyy"))))
    b.t(" г.р.\nМатериал: мазок из носо- и ротоглотки, взят ").v("DATE_TIME", dt(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy г."))))
    b.t("\nРНК SARS-CoV-2: не обнаружена\nЛаборант ").v("PERSON", pname(rng, fake, "F i o"))
    return b.done()


def culture_report(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Бак. посев мочи № ").v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("NXXX", "Б-NXXX", "NXXX/Y"))))
    b.t(" от ").v("DATE_TIME", dt(rng, fake, "dd.mm.yy")).t(", отд. урологии, ").v("PERSON", pname(rng, fake, "F io"))
    b.t(", и/б ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXX")).t(".\nВыделено: E. coli 10^5 КОЕ/мл. ")
    b.t("Чувствительна к фосфомицину, нитрофурантоину.\nВыдано ").v("DATE_TIME", dt(rng, fake, "dd.mm.yy HH:MI"))
    return b.done()


def genetic_consent(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ИНФОРМИРОВАННОЕ СОГЛАСИЕ НА МОЛЕКУЛЯРНО-ГЕНЕТИЧЕСКОЕ ИССЛЕДОВАНИЕ\nЯ, ")
    b.v("PERSON", pname(rng, fake, "F I O")).t(", ").v("DATE_TIME", birth(rng, fake, rng.choice(("dd.mm.yyyy", "d MG yyyy"))))
    b.t(" года рождения, паспорт ").v("RU_PASSPORT", passport_v(rng, rng.choice(("XXXX XXXXXX", "XX XX № XXXXXX"))))
    b.t(", проживающий(ая) по адресу: ").v("LOCATION", addr(rng, fake)).t(",\nдаю согласие на исследование ")
    b.t("BRCA1/2. Результаты прошу сообщить ").v("PERSON", pname(rng, fake, "F I O", "datv")).t(" (дочь), тел. ")
    b.v("PHONE_NUMBER", phone_v(rng)).t(".\nПодпись ______ Дата ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy"))
    return b.done()


def genetic_report(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Медико-генетическое заключение\nПробанд: ").v("PERSON", pname(rng, fake, "F I O"))
    b.t(" (ID образца ").v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("NGS-YXXXXX", "GXXXXXX", "NXXXXX-Y")))).t(")\n")
    b.t("Мать пробанда: ").v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io")), female=True)).t("; отец: ")
    b.v("PERSON", pname(rng, fake, rng.choice(("F I O", "I O")), female=False)).t(".\nВыявлен вариант c.5266dupC в гетерозиготном ")
    b.t("состоянии. Рекомендовано каскадное тестирование родственников. Дата выдачи ").v("DATE_TIME", dt(rng, fake, "d MG yyyy г."))
    b.t("\nВрач-генетик ").v("PERSON", pname(rng, fake, "F io")).t(", ").v("EMAIL_ADDRESS", lab_email(rng, fake))
    return b.done()


def us_report(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ПРОТОКОЛ УЛЬТРАЗВУКОВОГО ИССЛЕДОВАНИЯ\n").t(rng.choice(("ФИО", "Ф.И.О.", "Пациент"))).t(": ")
    b.v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io")))).t(rng.choice(("  Возраст: 54  ", "; ", "\n")))
    b.t("Дата: ").v("DATE_TIME", dt(rng, fake, rng.choice(("dd.mm.yyyy", "dd.mm.yyyy HH:MI")))).t("\nАмб. карта ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("NXXXX", "NXXXX/Y")))).t("\nАппарат: Mindray DC-70\n")
    b.t("Печень: КВР 152 мм, контуры ровные... Заключение: диффузные изменения печени.\nВрач УЗД ")
    b.v("PERSON", pname(rng, fake, rng.choice(("F io", "io F"))))
    return b.done()


def endoscopy_report(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ЭЗОФАГОГАСТРОДУОДЕНОСКОПИЯ № ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXX")).t(" от ")
    b.v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy")).t("\n").v("PERSON", pname(rng, fake, "F I O")).t(", ")
    b.v("DATE_TIME", birth(rng, fake, "yyyy")).t(" г.р.\nВзята биопсия (4 фрагм.), направлена на гистологию, ")
    b.t("направление № ").v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("NXXXX", "Г-NXXX/Y")))).t(".\nHp-тест: положит.\n")
    b.t("Эндоскопист: ").v("PERSON", pname(rng, fake, "F io")).t("; м/с ").v("PERSON", pname(rng, fake, "F", female=True))
    return b.done()


def ct_referral(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Направление на КТ органов грудной клетки с контрастированием\n1. ФИО ")
    b.v("PERSON", pname(rng, fake, "F I O")).t("\n2. Дата рождения ").v("DATE_TIME", birth(rng, fake))
    b.t("\n3. Адрес ").v("LOCATION", addr(rng, fake)).t("\n4. Полис ОМС ").v("RU_OMS_POLICY", enp_v(rng))
    b.t("\n5. СНИЛС ").v("RU_SNILS", snils_v(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    b.t("\n6. Креатинин ").t(f"{rng.randrange(60, 130)} мкмоль/л от ").v("DATE_TIME", dt(rng, fake, "dd.mm"))
    b.t("\n7. Аллергия на йод: нет\nВрач ").v("PERSON", pname(rng, fake, "F io")).t(" тел ")
    b.v("PHONE_NUMBER", phone_v(rng, rng.choice(("8 (AAA) XXX-XX-XX", "8 (AAA) XXX-XX-XX доб. 2XX", "+7 9XX XXX-XX-XX"))))
    return b.done()


def film_transfer(rng: random.Random, fake: Any) -> Planted:
    t = town(fake)
    b = B().t("Акт передачи рентгенограмм и CD-диска\nПереданы снимки ").v("PERSON", pname(rng, fake, "F I O", "gent"))
    b.t(" (МРТ от ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy")).t(", диск № ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXX"))
    b.t(") для консультации в ").v("LOCATION", "г. " + " ".join(inflect_word(w, "loct", "Geox") for w in t.split()))
    b.t(".\nПолучил(а): ").v("PERSON", pname(rng, fake, "F I O")).t(", паспорт ").v("RU_PASSPORT", passport_v(rng))
    b.t(", родственник. Выдала ").v("PERSON", pname(rng, fake, "F io", female=True))
    return b.done()


def holter_report(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Суточное мониторирование ЭКГ (Холтер)\nПациент: ").v("PERSON", pname(rng, fake, rng.choice(("F I O", "FU io"))))
    b.t("  Рег. № ").v("MEDICAL_RECORD_NUMBER", num(rng, "HYXXXX")).t("\nНачало записи: ")
    b.v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy HH:MI")).t("  Длительность 23:56\nСредняя ЧСС 74, макс. 132 в ")
    b.t("14:05. Пароксизм ФП длительностью 3 мин.\nЗаключение: ").v("PERSON", pname(rng, fake, "F io"))
    return b.done()


def telemetry_alarm(rng: random.Random, fake: Any) -> Planted:
    b = B().t("[ALARM] ").v("DATE_TIME", dt(rng, fake, rng.choice(("dd.mm.yyyy HH:MI:SS", "yyyy-mm-dd HH:MI:SS"))))
    b.t(" Bed 7 ").v("PERSON", pname(rng, fake, rng.choice(("FU io", "F I", "FIO")))).t(" MRN:")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXX")).t(" VT run 6 beats; ack by ").v("PERSON", pname(rng, fake, "F io"))
    return b.done()


def transfusion_record(rng: random.Random, fake: Any) -> Planted:
    b = B().t("ПРОТОКОЛ ТРАНСФУЗИИ\nРеципиент: ").v("PERSON", pname(rng, fake, "F I O")).t(", и/б № ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXX")).t(", группа A(II) Rh+\nКомпонент: эр. взвесь, ")
    b.t("№ контейнера ").v("MEDICAL_RECORD_NUMBER", num(rng, rng.choice(("NXXXX-XXXXXX", "XXXXXXXXXXXXX"))))
    b.t(", донор ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXX")).t(", дата заготовки ")
    b.v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy")).t("\nНачало: ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy HH:MI"))
    b.t("\nВрач: ").v("PERSON", pname(rng, fake, "F io"))
    return b.done()


def donor_card(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Учётная карточка донора № ").v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXX")).t("\n")
    b.v("PERSON", pname(rng, fake, "F I O")).t("\nД.р. ").v("DATE_TIME", birth(rng, fake)).t(" Паспорт ")
    b.v("RU_PASSPORT", passport_v(rng, rng.choice(("XX XX XXXXXX", "XXXX-XXXXXX")))).t("\nСНИЛС ").v("RU_SNILS", snils_v(rng))
    b.t("\nМесто работы: ").v("LOCATION", f"{town(fake)}, {fake.street_title()} ул., {rng.randrange(1, 90)}")
    b.t("\nТел. ").v("PHONE_NUMBER", phone_v(rng)).t("\nПоследняя донация: ").v("DATE_TIME", dt(rng, fake, "MN yyyy"))
    return b.done()


def donor_tax(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Справка для налогового вычета (платные анализы)\nНалогоплательщик: ").v("PERSON", pname(rng, fake, "F I O"))
    b.t(", ИНН ").v("RU_INN", inn_v(rng, True)).t("\nПациент: ").v("PERSON", pname(rng, fake, "F I O")).t(" (сын), ")
    b.v("DATE_TIME", birth(rng, fake)).t("\nСумма: 7 430 руб. Дата оплаты ").v("DATE_TIME", dt(rng, fake, "dd.mm.yyyy"))
    b.t("\nИНН медорганизации 7701234567")  # organisation, not a person: not planted
    return b.done()


def mammo_screening(rng: random.Random, fake: Any) -> Planted:
    b = B().t("Маммография (скрининг) ").v("DATE_TIME", dt(rng, fake, rng.choice(("d MG yyyy", "dd.mm.yyyy"))))
    b.t("\n").v("PERSON", pname(rng, fake, rng.choice(("F I O", "F io")))).t(", ").v("DATE_TIME", birth(rng, fake, "yyyy"))
    b.t(" г.р., ").v("LOCATION", addr(rng, fake)).t("\nBI-RADS 2. Снимки выданы на руки, № ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "ММ-NXXX")).t(".\nЗвонок о результатах: ").v("PHONE_NUMBER", phone_v(rng))
    return b.done()


def hurried_order(rng: random.Random, fake: Any) -> Planted:
    b = B().t(rng.choice(("cito! ", "срочно ", "CITO "))).v("PERSON", pname(rng, fake, rng.choice(("F io nodot", "F", "F I"))))
    b.t(rng.choice((" ", ", "))).t(rng.choice(("ио ", "", "пал.6 "))).t("кровь на троп+кфк, ").t("ИБ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXX")).t(" д.р").v("DATE_TIME", birth(rng, fake, rng.choice(("dd.mm.yy", "dd.mmyyyy", "ddmmyyyy"))))
    b.t(" взят в ").v("DATE_TIME", dt(rng, fake, rng.choice(("HH:MI dd.mm", "dd.mm HH.MI"))))
    return b.done()


def lab_sms(rng: random.Random, fake: Any) -> Planted:
    b = B().t("SMS: Уважаемый(ая) ").v("PERSON", pname(rng, fake, rng.choice(("I O", "I F")))).t("! Ваши результаты по заказу ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXXXX")).t(" готовы: ").v("URL", lab_url(rng, fake))
    b.t(" Пароль — дата рождения ").v("DATE_TIME", birth(rng, fake, "ddmmyyyy")).t(". Справки: 8 800 100-36-36")
    return b.done()


def email_header(rng: random.Random, fake: Any) -> Planted:
    b = B().t("От: ").v("EMAIL_ADDRESS", lab_email(rng, fake)).t("\nКому: ").v("EMAIL_ADDRESS", lab_email(rng, fake))
    b.t("\nТема: КТ ").v("PERSON", pname(rng, fake, rng.choice(("F io", "F")))).t(" ").v("DATE_TIME", dt(rng, fake, "dd.mm"))
    b.t("\nКоллеги, направляю описание. Пациент ").v("PERSON", pname(rng, fake, "F I O")).t(", PID ")
    b.v("MEDICAL_RECORD_NUMBER", num(rng, "NXXXXXX")).t(", снимки по ссылке ").v("URL", lab_url(rng, fake))
    return b.done()


REPORT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b52-outside-lab-request", S, outside_lab_request),
    BlockFamily("b52-commercial-lab-result", S, commercial_result),
    BlockFamily("b52-pcr-protocol", S, pcr_report),
    BlockFamily("b52-culture-report", S, culture_report),
    BlockFamily("b52-genetic-consent-form", S, genetic_consent),
    BlockFamily("b52-genetic-report", S, genetic_report),
    BlockFamily("b52-ultrasound-protocol", S, us_report),
    BlockFamily("b52-endoscopy-protocol", S, endoscopy_report),
    BlockFamily("b52-ct-referral", S, ct_referral),
    BlockFamily("b52-film-transfer-act", S, film_transfer),
    BlockFamily("b52-holter-report", S, holter_report),
    BlockFamily("b52-telemetry-alarm", S, telemetry_alarm),
    BlockFamily("b52-transfusion-protocol", S, transfusion_record),
    BlockFamily("b52-donor-card", S, donor_card),
    BlockFamily("b52-tax-certificate", S, donor_tax),
    BlockFamily("b52-mammo-screening", S, mammo_screening),
    BlockFamily("b52-hurried-order", S, hurried_order),
    BlockFamily("b52-lab-sms", S, lab_sms),
    BlockFamily("b52-email-to-radiology", S, email_header),
]
