"""blind14 blocks: rural journals, regional EHR screens, certificates, discharge headers, foreign extracts."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks import pii_blind14_gen as g
from benchmarks.pii_families import MONTHS_GENT, BlockFamily, Planted

S = "blind14"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
P, D, L, PH, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def fap_journal(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t(
        f"ЖУРНАЛ ПРИЁМА ФАП {rng.choice(g.VILLAGES)}\nДата | ФИО | Д.р. | Адрес | Жалобы | Назначено\n"
    )
    for _ in range(3):
        d.v(D, g.date_s(rng, fake, False, rng.choice(("dmy", "dmy2")))).t(" | ")
        d.v(P, g.name(rng, fake, "nomn", "F I O", "F io", "F")).t(" | ").v(
            D, g.date_s(rng, fake, True, "dmy2")
        )
        d.t(" | ").v(
            L,
            rng.choice(
                (
                    f"ул. {fake.street_title()} {rng.randrange(1, 60)}",
                    f"{fake.street_title()}, {rng.randrange(1, 60)}",
                )
            ),
        )
        d.t(f" | {rng.choice(('давление', 'кашель', 'перевязка', 'б/л'))} | ")
        d.t(rng.choice(("эналаприл 10 мг", "амброксол 30 мг 3 р/д", "перевязка ч/з день", "—")) + "\n")
    return Planted(d.text.rstrip("\n"), d.golds)


def ehr_screen(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person(fake, rng)
    d = g.Doc().t("РМИС > Карточка пациента > Основные сведения\nФамилия\t").v(P, f).t("\nИмя\t").v(P, i)
    d.t("\nОтчество\t").v(P, o).t("\nДата рождения\n\t").v(D, g.date_s(rng, fake, True, "dmy")).t("\nЕНП\n\t")
    d.v(OMS, g.enp(rng)).t("\nСНИЛС\t\t").v(SN, g.snils(rng)).t("\nАдрес регистрации\n\t").v(
        L, g.address(rng, fake)
    )
    d.t("\nАдрес фактический\n\t").t(rng.choice(("совпадает с адресом регистрации", "см. выше")))
    d.t(f"\nУчасток\tтерапевтический № {rng.randrange(1, 30)}\nМоб. тел.\t").v(PH, g.mobile(rng))
    return d.t(f"\nСтатус прикрепления\tактивно (заявление № {rng.randrange(1, 40)} по форме)").done()


def vaccination(rng: random.Random, fake: Any) -> Planted:
    ser, num = g.passport(rng)
    d = (
        g.Doc()
        .t("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93) № ")
        .v(MRN, f"{g.dg(rng, 4)} {g.dg(rng, 6)}")
    )
    d.t("\nФИО: ").v(P, g.name(rng, fake, "nomn", "F I O")).t("\nГод рождения / дата: ")
    d.v(D, g.date_s(rng, fake, True, "words")).t("\nДокумент: паспорт ").v(PAS, f"{ser} {num}")
    d.t("\nВакцина | Дата | Серия | Доза\n")
    for vac in ("Гам-КОВИД-Вак", "АДС-М", "Совигрипп"):
        d.t(f"{vac} | ").v(D, g.date_s(rng, fake, False, "dmy")).t(
            f" | {rng.choice('ИКЛ')}-{g.dg(rng, 4)}-{g.dg(rng, 2)}"
        )
        d.t(f" | {rng.choice(('0,5 мл', '0,5 мл в/м', '0.5'))}\n")
    return d.t("Подпись м/с [подпись], печать учреждения").done()


def discharge(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ").v(MRN, g.mrn(rng))
    d.t("\n").v(P, g.name(rng, fake, "nomn", "F I O")).t(", ").v(D, g.date_s(rng, fake, True, "dmy")).t(
        " г.р.,\n"
    )
    d.t("проживающ(ая/ий): ").v(L, g.address(rng, fake)).t(",\nнаходил(ась) в терапевтическом отделении с ")
    start, days = g.rdate(fake), rng.randrange(5, 20)
    d.v(D, f"{start:%d.%m.%Y}").t(" по ").v(D, f"{start + timedelta(days=days):%d.%m.%Y}")
    d.t(f" ({days} к/д).\nДиагноз: J18.{rng.randrange(10)} Внебольничная пневмония.\n")
    d.t("Сведения переданы участковому терапевту ").v(P, g.name(rng, fake, "datv", "F io", "F I O"))
    d.t(" по тел. ").v(PH, g.city_phone(rng)).t(".\nЗав. отделением ").v(P, g.name(rng, fake, "nomn", "F io"))
    return d.t("  Лечащий врач ").v(P, g.name(rng, fake, "nomn", "io F")).done()


def foreign_extract(rng: random.Random, fake: Any) -> Planted:
    f, i, _, _ = g.migrant(rng)
    dob = g.rdate(fake, True)
    d = g.Doc().t("EXTRACT FROM MEDICAL RECORD / ВЫПИСКА (перевод с узбекского)\nPatient: ").v(P, g.latin(f))
    d.t(" ").v(P, g.latin(i)).t("\nDate of birth: ").v(D, f"{dob.day:02d}/{dob.month:02d}/{dob.year}")
    d.t("\nAddress: ").v(L, g.cis_addr(rng)).t("\nTel: ").v(PH, g.foreign_phone(rng)).t("\nRecord No: ")
    d.v(MRN, f"{rng.randrange(1, 99)}-{g.dg(rng, 5)}").t(
        "\nDiagnosis: Tuberculosis of lung (A15.0), treated "
    )
    d.v(D, f"{MONTHS_EN[rng.randrange(12)]} {rng.randrange(2018, 2025)}").t(
        " (в 2017 году контакт с больным).\n"
    )
    d.t("Перевод верен. Переводчик ").v(P, g.name(rng, fake, "nomn", "F I O", "F io")).t(", ")
    return d.v(D, g.date_s(rng, fake, False, "dmy")).done()


def snils_card(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, fem = g.person(fake, rng)
    dob = g.rdate(fake, True)
    d = g.Doc().t("[скан, OCR] СТРАХОВОЕ СВИДЕТЕЛЬСТВО\nОБЯЗАТЕЛЬНОГО ПЕНСИОННОГО СТРАХОВАНИЯ\n")
    d.v(SN, g.ocr(rng, g.snils(rng), 0.15)).t("\nФ.И.О. ").v(P, last).t("\n").v(P, first).t("\n").v(P, middle)
    d.t("\nДата и место рождения ").v(D, f"{dob.day} {MONTHS_GENT[dob.month - 1]} {dob.year} года")
    d.t("\n").v(L, f"{rng.choice(('г.', 'с.', 'пос.'))} {g.town(fake)} {rng.choice(g.REGIONS)}")
    d.t(f"\nПол {'женский' if fem else 'мужской'}\nДата регистрации ").v(D, g.date_s(rng, fake, True, "dmy"))
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b14_fap_journal", S, fap_journal),
    BlockFamily("b14_regional_ehr_screen", S, ehr_screen),
    BlockFamily("b14_vaccination_cert", S, vaccination),
    BlockFamily("b14_discharge_header", S, discharge),
    BlockFamily("b14_foreign_extract", S, foreign_extract),
    BlockFamily("b14_snils_card_scan", S, snils_card),
]
