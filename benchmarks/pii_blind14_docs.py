"""blind14 blocks: paper and clinical documents, scans, handwriting, migrants, look-alikes."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks import pii_blind14_gen as g
from benchmarks.pii_families import MONTHS_GENT, BlockFamily, Planted

S = "blind14"
P, D, L, PH, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def _ogrn(rng: random.Random) -> str:
    body = "1" + g.dg(rng, 11)
    return body + str(int(body) % 11 % 10)


def ocr_scan(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person(fake, rng)
    ser, num = g.passport(rng)
    d = g.Doc().t("=== OCR: титульный лист, стр. 1 ===\nМЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА № ")
    d.v(MRN, g.ocr(rng, f"{rng.randrange(1000, 99999)}/{rng.choice(('2025', '2026'))}", 0.3))
    d.t("\n1. Фамилия ___").v(P, f.upper()).t("___ Имя ___").v(P, i.upper()).t("___ Отчество ___").v(
        P, o.upper()
    )
    d.t("___\n2. Дата рожд. ").v(D, g.ocr(rng, g.date_s(rng, fake, True, "dmy"), 0.3))
    d.t("  3. Пол: м / ж\n4. СНИЛС ").v(SN, g.ocr(rng, g.snils(rng), 0.2))
    d.t("\n5. Паспорт: серия ").v(PAS, g.ocr(rng, f"{ser[:2]} {ser[2:]}", 0.3)).t(" № ").v(
        PAS, g.ocr(rng, num, 0.3)
    )
    d.t("\n6. Адрес ").v(L, g.address(rng, fake)).t("\n7. Тел. ").v(PH, g.ocr(rng, g.mobile(rng), 0.2))
    return d.t("\n=== конец страницы ===").done()


def handwritten(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("[Расшифровка рукописной записи]\n")
    d.v(D, g.date_s(rng, fake, False, rng.choice(("dmy", "dmy2")))).t(" осмотр. Пац-т ")
    d.v(P, g.name(rng, fake, "nomn", "F", "F io", "F I")).t(
        " [неразборчиво] лет, жалобы на [неразборчиво] в пояснице.\n"
    )
    d.t("Живёт с ").v(P, g.name(rng, fake, "ablt", "I", "F I O", "I O", female=True)).t(
        " (гражданский брак), адрес: "
    )
    d.v(L, g.rural_addr(rng, fake)).t(" [неразб.]\nНазначено: диклофенак 75 мг в/м №[неразборчиво], явка ")
    d.v(D, g.date_s(rng, fake, False, "daymonth")).t("\nВрач [подпись] ").v(
        P, g.name(rng, fake, "nomn", "F io", "io F")
    )
    return d.done()


def table_cells(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person(fake, rng)
    town, st = g.town(fake), fake.street_title()
    d = g.Doc().t("| Поле          | Значение        | (продолж.)         |\n|---|---|---|\n")
    d.t("| ФИО           | ").v(P, f).t(" ").v(P, i).t(" | ").v(P, o).t(" |\n")
    d.t("| Адрес         | ").v(L, f"г. {town}, ул. {st},").t(" | ").v(
        L, f"д. {rng.randrange(1, 99)}, кв. {rng.randrange(1, 99)}"
    )
    d.t(" |\n| Полис ОМС     | ").v(OMS, g.enp_digits(rng)).t(" | выдан ").v(
        D, g.date_s(rng, fake, False, "dmy")
    )
    d.t(" |\n| Телефоны      | ").v(PH, g.mobile(rng)).t(" | ").v(PH, g.city_phone(rng)).t(" |\n")
    return d.t(f"| Палата / койка | {rng.randrange(1, 30)} / {rng.randrange(1, 6)} | — |").done()


def line_broken(rng: random.Random, fake: Any) -> Planted:
    s = g.snils_digits(rng)
    d = (
        g.Doc()
        .t("Ф.И.О. пациента:\n")
        .v(P, g.name(rng, fake, "nomn", "F I O"))
        .t("\nАдрес места жительства:\n")
    )
    d.v(
        L,
        f"{g.postcode(rng)}, {rng.choice(g.REGIONS)}, {rng.choice(g.DISTRICTS)},\n{rng.choice(g.VILLAGES)}, ул. ",
    )
    d.text = d.text[: d.golds[-1][2]]
    d.golds[-1] = (L, d.golds[-1][1], d.golds[-1][2])
    tail = f"{fake.street_title()}, д. {rng.randrange(1, 70)}"
    start = d.golds[-1][1]
    d.text += tail
    d.golds[-1] = (L, start, len(d.text))
    d.t("\nСНИЛС: ").v(SN, f"{s[:3]}-{s[3:6]}-\n{s[6:9]} {s[9:]}").t("\nДата\nрождения: ").v(
        D, g.date_s(rng, fake, True, "dmy")
    )
    return d.done()


def migrant_card(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.migrant(rng)
    d = g.Doc().t("ИНОСТРАННЫЙ ГРАЖДАНИН (ДМС)\nФИО (рус.): ").v(P, f).t(" ").v(P, i).t(" ").v(P, o)
    d.t("\nФИО (лат., по паспорту): ").v(P, g.latin(f).upper()).t(" ").v(P, g.latin(i).upper())
    d.t("\nДата рождения: ").v(D, g.date_s(rng, fake, True, rng.choice(("dmy", "slash", "iso"))))
    d.t("\nДата въезда в РФ: ").v(D, g.date_s(rng, fake, False, "dmy")).t("\nАдрес постоянного проживания: ")
    d.v(L, g.cis_addr(rng)).t("\nАдрес пребывания (миграц. учёт): ").v(L, g.city_addr(rng, fake))
    d.t("\nТел.: ").v(PH, g.foreign_phone(rng)).t(", ").v(PH, g.mobile(rng)).t(" (бригадир ")
    d.v(P, g.name(rng, fake, "nomn", "I", "F I")).t(")\nРаботодатель: ООО «СтройМонтаж», ИНН ").t(
        g.inn10_org(rng)
    )
    return d.t(f"\nЗаключение: годен, флюорография № {rng.randrange(100, 999)} — норма").done()


def referral(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t(f"Код формы по ОКУД {g.dg(rng, 7)}   Медицинская документация Форма № 057/у-04\n")
    d.t(f"ГАУЗ «Городская поликлиника № {rng.randrange(1, 20)}», ОГРН {_ogrn(rng)}, ИНН {g.inn10_org(rng)}, ")
    d.t(f"КПП {g.dg(rng, 9)}\nНАПРАВЛЕНИЕ № ").v(MRN, f"{rng.randrange(1, 99)}-{g.dg(rng, 6)}")
    d.t(" на госпитализацию\n1. Номер страхового полиса ОМС ").v(OMS, g.enp(rng)).t(
        "\n2. Код льготы 081\n3. "
    )
    d.t("Фамилия, имя, отчество ").v(P, g.name(rng, fake, "nomn", "F I O")).t("\n4. Дата рождения ")
    d.v(D, g.date_s(rng, fake, True)).t("\n5. Адрес постоянного места жительства ").v(L, g.address(rng, fake))
    d.t(f"\n6. Место работы: пенсионер\n7. Код диагноза по МКБ I25.{rng.randrange(10)}\n8. Обоснование: ")
    d.t(f"стенокардия напряжения ФК III, нитроглицерин 0,5 мг до {rng.randrange(2, 6)} р/сут\nВрач ")
    d.v(P, g.name(rng, fake, "nomn", "F io", "F i o")).t("  Дата ").v(D, g.date_s(rng, fake, False, "dmy"))
    return d.done()


def eln(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("Листок нетрудоспособности (электронный)\nНомер ЭЛН: ").v(MRN, "9" + g.dg(rng, 11))
    d.t("\nПервичный; продолжение ЭЛН № ").v(MRN, "9" + g.dg(rng, 11)).t("\nФИО: ").v(
        P, g.name(rng, fake, "nomn", "F I O")
    )
    d.t("  СНИЛС ").v(SN, g.snils(rng)).t("\nМесто работы: АО «Тюменьэнерго», ИНН работодателя ").t(
        g.inn10_org(rng)
    )
    start = g.rdate(fake)
    d.t("\nОсвобождение от работы: с ").v(D, f"{start:%d.%m.%Y}").t(" по ")
    d.v(D, f"{start + timedelta(days=rng.randrange(3, 15)):%d.%m.%Y}").t("\nПричина: 01 (заболевание)\nВрач ")
    return (
        d.v(P, g.name(rng, fake, "nomn", "F I O", "F io"))
        .t("  Приступить к работе: ")
        .v(D, g.date_s(rng, fake))
        .done()
    )


def ambulance(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("КАРТА ВЫЗОВА СМП (ф. 110/у) № ").v(MRN, f"{rng.randrange(1, 999)}/{rng.randrange(1, 40)}")
    d.t("\nДата и время приёма вызова: ").v(D, g.dt_s(rng, fake, "ru")).t("\nВызов принят от ")
    d.v(P, g.name(rng, fake, "gent", "F I O", "I", "F", female=True)).t(" (соседка), тел. ").v(
        PH, g.mobile(rng)
    )
    d.t(", доп. ").v(PH, g.city_phone(rng)).t("\nАдрес вызова: ").v(L, g.city_addr(rng, fake))
    d.t(
        f", подъезд {rng.randrange(1, 8)}, этаж {rng.randrange(1, 12)}, код домофона {g.dg(rng, 3)}#\nБольной: "
    )
    d.v(P, g.name(rng, fake, "nomn", "F I O", "F I")).t(", ").t(f"{rng.randrange(18, 95)} лет\n")
    d.t(f"Бригада № {rng.randrange(1, 60)}, фельдшер ").v(P, g.name(rng, fake, "nomn", "F io"))
    return d.t("\nSpO2 91%, ЧДД 24, АД 90/60, глюкоза 5,4 ммоль/л").done()


def relatives(rng: random.Random, fake: Any) -> Planted:
    d = (
        g.Doc()
        .t("Контакты родственников:\nжена ")
        .v(P, g.name(rng, fake, "nomn", "F I O", "I O", "I", female=True))
    )
    d.t(" — ").v(PH, g.mobile(rng)).t("; ").v(PH, g.mobile(rng)).t(" (раб.)\nсын ").v(
        P, g.name(rng, fake, "nomn", "I", "F I", female=False)
    )
    d.t(" тел.").v(PH, g.mobile(rng)).t(",").v(PH, g.foreign_phone(rng)).t(
        "\nИнформацию о состоянии сообщать только "
    )
    return d.v(P, g.name(rng, fake, "datv", "I O", "F I O", "F")).t(".").done()


def caps_nospace(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("ФИО:").v(P, g.name(rng, fake, "nomn", "F I O").upper()).t(";ДР:")
    d.v(D, g.date_s(rng, fake, True, "dmy")).t(";СНИЛС:").v(SN, g.snils_digits(rng)).t(";ИНН:").v(
        INN, g.inn12_digits(rng)
    )
    d.t(";ПОЛИС:").v(OMS, g.enp_digits(rng)).t(";ТЕЛ:").v(PH, g.mobile(rng).replace(" ", "")).t(";АДРЕС:")
    return d.v(L, g.city_addr(rng, fake).upper().replace(", ", ",")).t(f";ОТД:{rng.randrange(1, 20)};").done()


def boxes(rng: random.Random, fake: Any) -> Planted:
    s, e = g.snils_digits(rng), g.enp_digits(rng)
    d = g.Doc().t("Заявление о прикреплении. Заполняется печатными буквами в клетках.\nСНИЛС  [")
    d.v(SN, "][".join(s)).t("]\nЕНП    [").v(OMS, "][".join(e)).t("]\nФамилия  ").v(
        P, " ".join(fake.last_name().upper())
    )
    d.t("\nДата рождения [").v(D, "][".join(g.date_s(rng, fake, True, "compact"))).t("]\nПодпись ______  ")
    return d.v(D, g.date_s(rng, fake, False, "dmy")).done()


def lab_report(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("ЛИС «Алиса» — Результаты исследования\nЗаявка № ").v(MRN, g.dg(rng, 9)).t("   Образец: ")
    d.v(MRN, f"{g.dg(rng, 2)}{rng.choice('ABCK')}{g.dg(rng, 6)}").t("\nПациент: ").v(
        P, g.name(rng, fake, "nomn", "F I O", "F io")
    )
    d.t("  Д/р: ").v(D, g.date_s(rng, fake, True)).t("\nВзятие: ").v(D, g.dt_s(rng, fake, "ru")).t(
        "  Выполнено: "
    )
    d.v(D, g.dt_s(rng, fake, "ru_s")).t("\nПоказатель        Результат  Ед.      Референс\n")
    d.t(f"Глюкоза           {rng.randrange(38, 120) / 10:<10} ммоль/л  3,9–6,1\n")
    d.t(f"Креатинин         {rng.randrange(50, 180):<10} мкмоль/л 62–115\n")
    d.t(f"СРБ               {rng.randrange(1, 90):<10} мг/л     0–5\nВрач КЛД: ")
    return (
        d.v(P, g.name(rng, fake, "nomn", "F io", "F i o"))
        .t(f"  Анализатор Cobas c{rng.choice((311, 501))}")
        .done()
    )


def dental(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("Стоматологическая карта (ф. 043/у) № ").v(MRN, f"{rng.randrange(1, 9999)}-С")
    d.t("\n").v(P, g.name(rng, fake, "nomn", "F I O")).t(", ").v(D, g.date_s(rng, fake, True, "dmy")).t(
        " г.р.\n"
    )
    d.t("Зубная формула: 1.6 П, 2.4 С, 3.6 Pt, 4.7 К. Прикус ортогнатический.\nДата лечения: ")
    d.v(D, g.date_s(rng, fake, False, "words")).t("; анестезия Ультракаин DS 1,7 мл\nВрач-стоматолог ")
    return d.v(P, g.name(rng, fake, "nomn", "F io")).done()


def sms_notify(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t("[SMS-шлюз] to=").v(PH, g.mobile(rng)).t(' status=DELIVERED\ntext="')
    d.v(P, g.name(rng, fake, "nomn", "I O", "I")).t(", вы записаны к врачу-кардиологу на ")
    d.v(
        D,
        f"{rng.randrange(1, 29)} {MONTHS_GENT[rng.randrange(12)]} в {rng.randrange(8, 19)}:{rng.choice(('00', '15', '30'))}",
    )
    d.t(f", каб. {rng.randrange(100, 450)}. Отменить: ").v(
        U, f"https://zapis72.ru/c/{g.dg(rng, 6)}{rng.choice('abkqz')}"
    )
    return d.t('"').done()


def email_thread(rng: random.Random, fake: Any) -> Planted:
    n1 = g.name(rng, fake, "nomn", "F I O")
    d = (
        g.Doc()
        .t("From: ")
        .v(P, n1)
        .t(" <")
        .v(E, g.email(rng, fake))
        .t(">\nTo: registratura@okb72.ru\nDate: ")
    )
    d.v(D, f"{rng.randrange(1, 28)} Nov 2026 {rng.randrange(24):02d}:{rng.randrange(60):02d}:00 +0500")
    d.t("\nSubject: выписка\n\nЗдравствуйте! Прошу выслать выписку моей мамы, ").v(
        P, g.name(rng, fake, "gent", "F I O", female=True)
    )
    d.t(", лежала в кардиологии с ").v(D, g.date_s(rng, fake, False, "daymonth")).t(". Ее полис ")
    d.v(OMS, g.enp(rng)).t(".\nОтвет прошу на почту или по тел. ").v(PH, g.mobile(rng))
    return d.t("\n--\nмоя страница: ").v(U, g.url(rng, fake)).done()


def lookalikes(rng: random.Random, fake: Any) -> Planted:
    d = g.Doc().t(
        f"ГБУЗ ТО «ОКБ № 2», 625039, г. Тюмень, ул. Мельникайте, д. 75; ИНН {g.inn10_org(rng)}, КПП "
    )
    d.t(f"{g.dg(rng, 9)}, ОГРН {_ogrn(rng)}; лицензия № Л041-0110-72/{g.dg(rng, 5)}.\n")
    d.t("Пациентка ").v(P, g.name(rng, fake, "nomn", "F io", "F I O", female=True)).t(", палата 3").t(
        f"{rng.randrange(10, 40)}, "
    )
    d.t(
        f"койка {rng.randrange(1, 6)}. В 2019 году перенесла COVID-19 (U07.1). Диагноз E11.{rng.randrange(10)}.\n"
    )
    d.t(f"Метформин 1000 мг 2 р/д в 08:00 и 20:00; HbA1c {rng.randrange(60, 110) / 10}%; ")
    d.t(f"калий {rng.randrange(35, 55) / 10} ммоль/л; форма 027/у. Осмотр ")
    return d.v(D, f"{g.date_s(rng, fake, False, 'dmy')} в 11:{rng.randrange(10, 59)}").t(".").done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b14_ocr_scan_title", S, ocr_scan),
    BlockFamily("b14_handwritten", S, handwritten),
    BlockFamily("b14_table_cells_split", S, table_cells),
    BlockFamily("b14_line_broken", S, line_broken),
    BlockFamily("b14_migrant_card", S, migrant_card),
    BlockFamily("b14_referral_057", S, referral),
    BlockFamily("b14_eln_record", S, eln),
    BlockFamily("b14_ambulance_110", S, ambulance),
    BlockFamily("b14_relatives_contacts", S, relatives),
    BlockFamily("b14_caps_nospace_kv", S, caps_nospace),
    BlockFamily("b14_boxed_form", S, boxes),
    BlockFamily("b14_lis_printout", S, lab_report),
    BlockFamily("b14_dental_card", S, dental),
    BlockFamily("b14_sms_gateway", S, sms_notify),
    BlockFamily("b14_email_thread", S, email_thread),
    BlockFamily("b14_lookalikes_note", S, lookalikes),
]
