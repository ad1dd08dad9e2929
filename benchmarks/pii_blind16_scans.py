"""Document blocks of the blind16 split: OCR of paper forms, faxes, photos, labels, migrants' papers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind16_gen import (
    FOREIGN,
    FOREIGN_RU,
    NATIONAL_RU,
    Doc,
    date_fmt,
    date_pair,
    digits,
    enp_fmt,
    inn12,
    ocr,
    passport,
    person,
    phone,
    rand_date,
    raw_person,
    snils_fmt,
)
from benchmarks.pii_blind16_places import FOREIGN_ADDR, address, mrn
from benchmarks.pii_families import Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"
EM, URL = "EMAIL_ADDRESS", "URL"


def _org(rng: random.Random) -> str:
    """An organisation's requisites: not PII."""
    return (
        f"ГБУЗ «Городская клиническая больница № {rng.randrange(1, 80)}» ИНН {digits(rng, 10, True)} "
        f"КПП {digits(rng, 9, True)} ОГРН 1{digits(rng, 12)} лиц. № ЛО-{rng.randrange(10, 99)}-01-{digits(rng, 6)}"
    )


def ocr_referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Ф. 057/у-04 ||| НАПРАВЛЕНИЕ  на госпитализацию\n").t(_org(rng)).t("\n| № ")
    d.v(MRN, ocr(rng, mrn(rng, "ref"), 0.1)).t(" |\n|1. Фамилия, имя, отчество|")
    d.v(P, ocr(rng, person(rng, fake, "nomn", "F I O"), 0.1)).t("|\n|2. Дата рожд.| ")
    d.v(D, ocr(rng, date_fmt(rng, style="dmy"), 0.15)).t(" |\n|3. Адрес постоянного места жит-ва|\n")
    d.v(L, ocr(rng, address(rng, fake), 0.08)).t("\n|4. Полис ОМС| ")
    d.v(OMS, ocr(rng, enp_fmt(rng, "raw"), 0.1)).t(
        " | СМО: АО «Капитал МС»\n|5. Код диагноза по МКБ| K80.1 |\n"
    )
    d.t("|6. Направлен в| хирург. отд., каб. 214\nВрач ").v(P, person(rng, fake, "nomn", "F io")).t(
        " __подпись__ "
    )
    d.v(D, date_fmt(rng, rand_date(rng, 2025), "dmy2")).t(" МП")
    return d.done()


def fax_discharge(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("FAX FROM: ").v(PH, phone(rng, "city")).t("   ").v(
        D, date_fmt(rng, rand_date(rng, 2025), "dmy", time=True)
    )
    d.t("   P.01/03\n---------------------------------------------\nВЫПИСНОЙ ЭПИКРИЗ из медицинской карты № ")
    d.v(MRN, mrn(rng, "ib")).t("\nБольной(ая) ").v(P, person(rng, fake, "nomn", "F I O")).t(", ")
    d.v(D, date_fmt(rng, style="dmy")).t(" г.р., находился на лечении с ")
    d1, d2 = date_pair(rng, 2025)
    d.v(D, date_fmt(rng, d1, "dmy")).t(" по ").v(D, date_fmt(rng, d2, "dmy"))
    d.t(".\nДиагноз: I21.4 ОИМ без подъема ST. Аспирин 100 мг 1 р/д, бисопролол 2,5 мг в 08:00.\n")
    d.t("Лечащий врач ").v(P, person(rng, fake, "nomn", "F io")).t("   Зав. отд. ").v(
        P, person(rng, fake, "nomn", "io F")
    )
    d.t("\n---------------------------------------------\nIf you received this fax in error call ")
    d.v(PH, phone(rng, "ext"))
    return d.done()


def tube_label(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, middle, _ = raw_person(rng, fake)
    d.t("[ШК] ||||| |||| ||| ").v(MRN, digits(rng, 10, True)).t(" ||||\n")
    d.v(P, f"{last.upper()} {first[0]}.{middle[0]}.").t("  ").v(D, date_fmt(rng, style="dmy2")).t("  ")
    d.t(rng.choice(("М", "Ж"))).t("\nЗабор: ").v(D, date_fmt(rng, rand_date(rng, 2025), "dmy", time=True))
    d.t("\nКрасн. крышка / сыв. 5 мл / Отд. 6 пал. 12")
    return d.done()


def photo_transcribed(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("[Фото документа, набрано вручную медсестрой]\nСправка … [неразборч.] … выдана ")
    d.v(P, person(rng, fake, "datv", "F I O")).t(", ")
    d.v(D, date_fmt(rng, style="words_nog")).t(" года рождения, проживающему(ей): ")
    d.v(L, address(rng, fake, rng.choice(("city", "rural")))).t(", в том, что он(а) [нрзб] ")
    d.t("состоит на учёте с ").v(D, date_fmt(rng, rand_date(rng, 2015), "month_year")).t(
        " с диагнозом E10.6.\n"
    )
    d.t("Подпись ").v(P, person(rng, fake, "nomn", "F")).t(" [печать частично видна: «…поликлиника № ")
    d.t(str(rng.randrange(1, 200))).t("…»]")
    return d.done()


def migrant_exam(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, country = rng.choice(FOREIGN)
    d.t("МЕДИЦИНСКОЕ ОСВИДЕТЕЛЬСТВОВАНИЕ иностранного гражданина (для патента)\nФИО (рус.): ")
    d.v(P, rng.choice(FOREIGN_RU)).t("\nФИО (лат.): ").v(P, f"{last.upper()} {first.upper()}")
    d.t(f"\nГражданство: {country}\nДата рождения: ").v(D, date_fmt(rng, rand_date(rng, 1965, 2005), "dmy"))
    d.t("\nНац. паспорт: ").v(MRN, rng.choice(("FA", "AB", "AC", "ID")) + digits(rng, 7))
    d.t("\nМиграционная карта: ").v(MRN, f"{rng.randrange(40, 99)} {digits(rng, 2)} {digits(rng, 7)}")
    d.t("\nАдрес пребывания в РФ: ").v(L, address(rng, fake, rng.choice(("city", "index_first", "micro"))))
    d.t("\nАдрес на родине: ").v(L, rng.choice(FOREIGN_ADDR))
    d.t("\nТел.: ").v(PH, phone(rng, rng.choice(("p7", "uz", "tj"))))
    d.t("\nФлюорография № ").v(MRN, f"{rng.randrange(1, 9999)}-Ф").t(" от ").v(
        D, date_fmt(rng, rand_date(rng, 2026), "dmy")
    )
    d.t(" — без патологии. ВИЧ: отр. Сертификат № ").v(MRN, f"{rng.randrange(10, 99)}-{digits(rng, 6)}")
    return d.done()


def foreign_tourist(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    last, first, country = rng.choice(FOREIGN)
    d.t("Patient / Пациент: ").v(P, f"{last}, {first}").t(f"\nCitizenship: {country}\nDOB: ")
    d.v(D, date_fmt(rng, rand_date(rng, 1950, 2004), rng.choice(("us", "en", "iso"))))
    d.t("\nPassport No: ").v(MRN, rng.choice(("C", "E", "P", "G")) + digits(rng, 8))
    d.t("\nInsurance (travel): policy ").v(MRN, f"TRV-{digits(rng, 9)}").t("\nHotel address in RF: ")
    d.v(L, address(rng, fake, "city")).t("\nContact: ").v(PH, phone(rng, "foreign")).t(", ")
    d.v(EM, f"{last.lower().replace('ü', 'u')}.{first.split()[0].lower()}@gmail.com")
    d.t("\nWhatsApp: ").v(URL, f"https://wa.me/{digits(rng, 11, True)}").t(
        "\nComplaints: fever 39.2 C since "
    ).v(D, date_fmt(rng, rand_date(rng, 2026), "day_month")).t(", Ibuprofen 400 mg.")
    return d.done()


def boxed_form(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    sn = snils_fmt(rng, "raw")
    d.t("Страховой номер индивидуального лицевого счёта\n[").v(SN, " ".join(sn)).t("]\nИНН\n[")
    d.v(INN, " ".join(inn12(rng))).t("]\nФамилия [").v(P, raw_person(rng, fake)[0].upper()).t("]\n")
    _, first, middle, _ = raw_person(rng, fake)
    d.t("Имя [").v(P, first.upper()).t("]  Отчество [").v(P, middle.upper()).t("]\n")
    s, n = passport(rng)
    d.t("Серия [").v(PAS, f"{s[:2]} {s[2:]}").t("] Номер [").v(PAS, n).t("]\nКод подразделения [")
    d.t(f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}").t("]")
    return d.done()


def ocr_broken_lines(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("КОНСУЛЬТАТИВНОЕ ЗАКЛЮЧЕНИЕ  ф.027/у\nПациент:  ").v(P, person(rng, fake, "nomn", "F I O").upper())
    d.t("\nд.р.").v(D, ocr(rng, date_fmt(rng, style="dmy"), 0.15)).t("   а/к №").v(MRN, mrn(rng, "amb"))
    d.t("\nАдрес: ")
    addr = address(rng, fake, "index_first")
    cut = addr.rfind(", ", 0, len(addr) - 4)
    d.v(L, addr[: cut + 1] + "\n" + addr[cut + 2 :])
    d.t("\nСНИЛС").v(SN, snils_fmt(rng, "std")).t("Полис").v(OMS, enp_fmt(rng, "raw"))
    d.t("\nЗаключение: остеохондроз L4-L5, НПВС 7 дней. Повтор через 1 мес.\nВрач-невролог ")
    d.v(P, person(rng, fake, "nomn", "i o F"))
    return d.done()


def relatives_note(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Из приёмного: больного ").v(P, person(rng, fake, "gent", "F I O")).t(" доставила жена — ")
    d.v(P, person(rng, fake, "nomn", "I O", "f")).t(", тел. ").v(PH, phone(rng, "p7")).t("; также сын ")
    d.v(P, person(rng, fake, "nomn", "F I", "m")).t(" (").v(PH, phone(rng, "8par")).t(", ").v(
        PH, phone(rng, "plain")
    )
    d.t(").\nЗвонила медсестра ").v(P, person(rng, fake, "nomn", "F")).t(" из ПНД, просила передать выписку ")
    d.v(P, person(rng, fake, "datv", "F io")).t(" (участковый терапевт). Пациент в палате 3, бокс 2.")
    return d.done()


def national_republic(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ГБУ РС(Я) «ЦРБ», улусная больница. Пациент: ").v(P, rng.choice(NATIONAL_RU)).t(", ")
    d.v(D, date_fmt(rng, style="dmy")).t(" г/р.\nАдрес: ").v(L, address(rng, fake, "rural")).t(
        "\nПредставитель: "
    )
    d.v(P, rng.choice(NATIONAL_RU)).t(" (дочь), тел. ").v(PH, phone(rng, rng.choice(("p7", "8dash"))))
    d.t("\nСанавиация ").v(D, date_fmt(rng, rand_date(rng, 2026), "words")).t(", борт RA-").t(digits(rng, 5))
    d.t(". Эвакуирован в РБ № 1.")
    return d.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ЭЛН № ").v(MRN, digits(rng, 12, True)).t(" (ФСС/СФР)\nПолучатель: ").v(
        P, person(rng, fake, "nomn", "F I O")
    )
    d.t("\nСНИЛС: ").v(SN, snils_fmt(rng)).t("   Дата рождения ").v(
        D, date_fmt(rng, rand_date(rng, 1950, 2006), "dmy")
    )
    d1, d2 = date_pair(rng, 2026)
    d.t("\nОсвобождение от работы: с ").v(D, date_fmt(rng, d1, "dmy")).t(" по ")
    d.v(D, date_fmt(rng, d2, "dmy")).t(" врач ").v(P, person(rng, fake, "nomn", "F io"))
    d.t("\nМесто работы: ООО «Вектор», ИНН организации ").t(digits(rng, 10, True)).t(" (не физ. лицо)")
    return d.done()


def smp_call_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("КАРТА ВЫЗОВА СМП ф.110/у  № ").v(MRN, mrn(rng, "call")).t("\nПринят: ")
    d.v(D, date_fmt(rng, rand_date(rng, 2026), "dmy", time=True)).t("  Бригада 14, фельдшер ")
    d.v(P, person(rng, fake, "nomn", "F io")).t("\nВызывающий: ").v(
        P, rng.choice(("соседка ", "сосед "))[:0] + person(rng, fake, "nomn", "I")
    )
    d.t(" (соседка), с тел. ").v(PH, phone(rng)).t("\nАдрес вызова: ").v(
        L, address(rng, fake, rng.choice(("city", "micro", "snt")))
    )
    d.t(", подъезд 2, код домофона 45К\nБольной: ").v(P, person(rng, fake, "nomn", "F I O")).t(", ~70 лет\n")
    d.t("АД 90/60, ЧСС 48, SpO2 91%. Доставлен в ГКБ №").t(str(rng.randrange(1, 70))).t(" в 03:15.")
    return d.done()


def vaccination(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Сертификат о профилактических прививках ф.156/у-93\n").v(P, person(rng, fake, "nomn", "F I O"))
    d.t("\nдата рожд. ").v(D, date_fmt(rng, rand_date(rng, 2010, 2022), "dmy")).t("\n")
    for _ in range(rng.randrange(2, 4)):
        d.v(D, date_fmt(rng, rand_date(rng, 2023), rng.choice(("dmy", "dmy2")))).t(
            rng.choice(("  АКДС V1 серия ", "  Превенар серия ", "  Гам-КОВИД-Вак серия "))
        )
        d.t(f"{rng.choice('ABKM')}{digits(rng, 4)}  0,5 мл в/м  м/с ").v(
            P, person(rng, fake, "nomn", "F io")
        ).t("\n")
    d.t("Ответственный: ").v(P, person(rng, fake, "nomn", "io F"))
    return d.done()


def consent_form(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ").v(P, person(rng, fake, "nomn", "F I O")).t(", ")
    d.v(D, date_fmt(rng, rand_date(rng, 1950, 2005), "words")).t(" рождения, паспорт ")
    s, n = passport(rng)
    d.v(PAS, f"{s} {n}").t(", выдан ").v(D, date_fmt(rng, rand_date(rng, 2005), "dmy"))
    d.t(", зарегистрированный(ая) по адресу ").v(L, address(rng, fake)).t(
        ", являясь законным представителем "
    )
    d.v(P, person(rng, fake, "gent", "F I O")).t(", даю согласие на операцию. Свидетель: ")
    d.v(P, person(rng, fake, "nomn", "F io")).t("\n________ подпись; дата ")
    d.v(D, date_fmt(rng, rand_date(rng, 2026), "words"))
    return d.done()


def dental_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО ф.043/у №").v(
        MRN, f"{rng.randrange(1, 9999)}/{rng.choice(('С', 'СТ', 'Д'))}"
    )
    d.t("\nФ:").v(P, raw_person(rng, fake)[0]).t("  И:")
    _, first, middle, _ = raw_person(rng, fake)
    d.v(P, first).t("  О:").v(P, middle).t("\nДата рожд:").v(D, date_fmt(rng, style="dmy_slash"))
    d.t("  Тел:").v(PH, phone(rng)).t(
        "\nЗубная формула: 17 16 К 14 | 24 25 П 27; 36 — пульпит, 46 удалён в 2019 году."
    )
    return d.done()


def witness_statement(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    d.t("Акт о доставке бессознательного пациента. Доставлен сотрудниками ППС ").v(
        P, person(rng, fake, "ablt", "F io")
    )
    d.t(" и ").v(P, person(rng, fake, "ablt", "F io")).t(" из ").v(
        L, address(rng, fake, rng.choice(("city", "reversed")))
    )
    d.t(". Документов при себе нет; со слов очевидца ").v(P, person(rng, fake, "gent", "F I O")).t(" (тел. ")
    d.v(PH, phone(rng)).t("), фамилия пострадавшего — ").v(P, person(rng, fake, "nomn", "F")).t(
        ". Время 02:40."
    )
    return d.done()


BLIND16_SCANS = [
    ("b16_ocr_referral", ocr_referral),
    ("b16_fax_discharge", fax_discharge),
    ("b16_tube_label", tube_label),
    ("b16_photo_transcribed", photo_transcribed),
    ("b16_migrant_exam", migrant_exam),
    ("b16_foreign_tourist", foreign_tourist),
    ("b16_boxed_form", boxed_form),
    ("b16_ocr_broken_lines", ocr_broken_lines),
    ("b16_relatives_note", relatives_note),
    ("b16_national_republic", national_republic),
    ("b16_sick_leave", sick_leave),
    ("b16_smp_call_card", smp_call_card),
    ("b16_vaccination", vaccination),
    ("b16_consent_form", consent_form),
    ("b16_dental_card", dental_card),
    ("b16_witness_statement", witness_statement),
]
