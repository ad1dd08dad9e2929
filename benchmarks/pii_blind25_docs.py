"""Documents and fragments, part 1: reminders, telemedicine, lab portal, prescriptions (blind25)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind25_gen as g
from benchmarks.pii_families import MONTHS_GENT, Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
E, U, MRN = "EMAIL_ADDRESS", "URL", "MEDICAL_RECORD_NUMBER"
SN, INN, OMS, PAS = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT"


class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, start + len(value)))
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def org_inn(rng: random.Random) -> str:
    return g.digits(rng, 10)


def slot(rng: random.Random) -> tuple[str, str]:
    y, m, d = g.ymd(rng, 2025, 2026)
    h, mi = rng.randint(8, 19), rng.choice((0, 12, 24, 36, 48))
    return f"{d:02d}.{m:02d}.{y}", f"{h:02d}:{mi:02d}"


def sms_reminder(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    day, hm = slot(rng)
    if rng.random() < 0.5:
        doc.t(rng.choice(("EMIAS: ", "Poliklinika 12: ", "MedOnline: ")))
        doc.v(P, f"{g.translit(p.first)} {g.translit(p.mid)}").t(", vy zapisany k ")
        doc.t(rng.choice(("terapevtu", "LOR", "okulistu"))).t(" ").v(D, f"{day} v {hm}").t(", kab.")
        doc.t(str(rng.randint(100, 450))).t(". Otmena: ").v(PH, g.mobile(rng))
    else:
        doc.v(P, p.io()).t(rng.choice((", напоминаем: ", "! Запись ", " - приём ")))
        doc.v(D, f"{day} {hm}").t(" врач ").v(P, g.Person(fake, rng).ini(rng=rng))
        doc.t(", каб ").t(str(rng.randint(1, 450))).t(". Номер записи ").v(MRN, g.digits(rng, 9))
        doc.t(". Перенос/отмена: ").v(PH, g.city_phone(rng) if rng.random() < 0.5 else g.mobile(rng))
    return doc.done()


def email_reminder(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    day, hm = slot(rng)
    doc.t("От: no-reply@zapis-clinic.ru\nКому: ").v(E, g.email(rng, fake, p)).t(
        "\nТема: Напоминание о приеме\n\n"
    )
    doc.t("Уважаемый(ая) ").v(P, p.io()).t("!\nВы записаны ").v(D, f"{day} в {hm}").t(" к врачу-")
    doc.t(rng.choice(("терапевту ", "кардиологу ", "эндокринологу "))).v(P, g.Person(fake, rng).full("datv"))
    doc.t(".\nНомер талона: ").v(MRN, f"{rng.choice(('Т', 'T', 'ТЛ'))}-{g.digits(rng, 7)}")
    doc.t("\nПодтвердить: ").v(U, g.url(rng, fake)).t("\nНе отвечайте на это письмо.")
    return doc.done()


def telemed_protocol(rng: random.Random, fake: Any) -> Planted:
    p, dr, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    day, hm = slot(rng)
    doc.t("ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ № ").v(MRN, f"ТМК-{g.digits(rng, 6)}").t("\n")
    doc.t("Дата/время: ").v(D, f"{day} {hm}").t(" (МСК), длительность 20 мин\n")
    doc.t("Пациент: ").v(P, p.full()).t(", ").v(D, g.dob(rng)).t(" г.р.\n")
    doc.t(rng.choice(("Конт. тел: ", "тел.", "Телефон пациента - "))).v(PH, g.phone(rng)).t("\n")
    doc.t("Врач-консультант: ").v(P, dr.ini(rng=rng)).t(", терапевт\n")
    doc.t("Платформа: ").v(U, g.url(rng, fake)).t("\n")
    doc.t("Жалобы: кашель, t до 37,8 в течение 4 дней. Парацетамол 500 мг при t>38,5.\n")
    doc.t("Заключение: ОРВИ (J06.9). Повторная консультация ").v(D, g.date(rng, time=False)).t(".")
    return doc.done()


def lab_portal(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("Личный кабинет лаборатории\nЗаказ № ").v(MRN, g.digits(rng, 10)).t("    Статус: готов\n")
    doc.t("Пациент ").v(P, p.full().upper() if rng.random() < 0.5 else p.full()).t("\nДата рожд. ").v(
        D, g.dob(rng)
    )
    doc.t("\nВзятие биоматериала: ").v(D, g.date(rng, time=True)).t("\n")
    doc.t("Показатель        Результат   Норма\nГемоглобин        ").t(str(rng.randint(105, 165))).t(
        " г/л     120-160\n"
    )
    doc.t("Глюкоза           ").t(f"{rng.randint(40, 90) / 10:.1f}").t(" ммоль/л 3,9-6,1\n")
    doc.t("ТТГ               ").t(f"{rng.randint(5, 50) / 10:.1f}").t(" мМЕ/л  0,4-4,0\n")
    doc.t("Отправлено на ").v(E, g.email(rng, fake, p)).t(" и в SMS на ").v(PH, g.mobile(rng))
    return doc.done()


def eprescription(rng: random.Random, fake: Any) -> Planted:
    p, dr, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    doc.t("Форма № 148-1/у-04 (л)\nРецепт серия ").v(MRN, f"{g.digits(rng, 2)} № {g.digits(rng, 8)}")
    doc.t("   Дата выписки ").v(D, g.date(rng, time=False)).t("\n")
    doc.t("Ф.И.О. ").v(P, p.full()).t("\nДата рождения ").v(D, g.dob(rng)).t("\n")
    doc.t("СНИЛС ").v(SN, g.snils(rng)).t("\n№ полиса ОМС ").v(OMS, g.oms(rng)).t("\n")
    doc.t("Rp.: Metformini 1000 mg № 60\nS. по 1 таб 2 р/д в 08:00 и 20:00\n")
    doc.t("Врач ").v(P, dr.ini(rng=rng)).t("   Рецепт действителен 90 дней\nГБУЗ ГП № ")
    doc.t(str(rng.randint(1, 220))).t(", ИНН ").t(org_inn(rng)).t(", ОГРН ").t(g.digits(rng, 13))
    return doc.done()


def pharmacy_slip(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("АПТЕКА ГОРЗДРАВ, лиц. ЛО-77-02-0").t(g.digits(rng, 5)).t("\nЗаказ к выдаче, покупатель: ")
    doc.v(P, p.ini(rng=rng).upper() if rng.random() < 0.5 else p.ini(rng=rng)).t("\nТел ").v(
        PH, g.mobile(rng)
    )
    doc.t("\nЭл.рецепт ").v(MRN, f"{g.digits(rng, 2)}-{g.digits(rng, 2)}-{g.digits(rng, 9)}").t("\n")
    doc.t("Амлодипин 5мг №30 — 1 уп\nАторвастатин 20 мг №30 — 2 уп\n")
    if rng.random() < 0.6:
        doc.t("Доставка: ").v(L, g.address(rng, fake)).t("\n")
    doc.t("Срок хранения заказа до ").v(D, g.date(rng, time=False))
    return doc.done()


def vaccination_card(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("Карта профилактических прививок ф. 063/у\nФИО ").v(P, p.full()).t("   д/р ").v(D, g.dob(rng))
    doc.t("\nАдрес ").v(L, g.address(rng, fake)).t("\n")
    doc.t("Прививка | Дата | Доза | Серия | Медсестра\n")
    for vac in rng.sample(("АДС-М", "Гриппол плюс", "Спутник V", "ЖКВ", "Превенар 13", "Энджерикс В"), 3):
        nurse = g.Person(fake, rng, male=False)
        doc.t(f"{vac} | ").v(D, g.date(rng, time=False)).t(" | 0,5 мл | ").t(
            f"{rng.choice('АБКМ')}{g.digits(rng, 4)}"
        ).t(" | ")
        doc.v(P, nurse.s() if rng.random() < 0.5 else nurse.ini(rng=rng)).t("\n")
    doc.t("Мед. отвод: нет")
    return doc.done()


def dispanser(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    y = rng.randint(2022, 2026)
    doc.t("Карта учета диспансеризации (ф.131/у)\n1. Дата начала: ").v(D, g.date(rng, y, y, time=False))
    doc.t("\n2. ФИО: ").v(P, p.full()).t("\n3. Пол: ").t("м" if p.male else "ж").t("  4. Дата рождения: ").v(
        D, g.dob(rng)
    )
    doc.t("\n5. Полис ОМС: ").v(OMS, g.oms(rng)).t("\n6. СНИЛС: ").v(SN, g.snils(rng)).t("\n")
    doc.t("7. Группа здоровья: II. ИМТ 27,4. Холестерин 5,8 ммоль/л. Сердечно-сосуд. риск 3%.\n")
    doc.t("8. ФЛГ ").v(D, g.month_year(rng)).t(" — норма. Маммография в ").t(str(y - 2)).t(" году.\n")
    doc.t("Врач: ").v(P, g.Person(fake, rng).ini(rng=rng))
    return doc.done()


def school_cert(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    y, m, d = g.ymd(rng, 2024, 2026)
    d2 = min(d + rng.randint(4, 12), 28)
    doc.t("СПРАВКА № ").v(MRN, f"{g.digits(rng, 4)}/{y % 100}").t("\nДана ").v(P, p.full("datv"))
    doc.t(", ").v(D, g.dob(rng, 2008, 2019)).t(" г.р., учени").t("ку" if p.male else "це").t(" ").t(
        str(rng.randint(1, 11))
    )
    doc.t(rng.choice(("А", "Б", "В"))).t(" класса МБОУ СОШ № ").t(str(rng.randint(1, 150))).t(", в том, что ")
    doc.t("он" if p.male else "она").t(" болел" if p.male else " болела").t(" с ").v(
        D, f"{d:02d}.{m:02d}.{y}"
    )
    doc.t(" по ").v(D, f"{d2:02d}.{m:02d}.{y}").t(". Диагноз: ОРВИ. Может посещать занятия с ")
    doc.v(D, f"{d2 + 1} {MONTHS_GENT[m - 1]}").t(". Освобождение от физкультуры 14 дней.\n")
    doc.t("Участковый педиатр ").v(P, g.Person(fake, rng).ini(rng=rng))
    return doc.done()


def work_cert(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    s, n = g.passport_parts(rng)
    doc.t("Медицинское заключение по результатам предварительного медосмотра № ").v(MRN, g.digits(rng, 6))
    doc.t("\nФамилия ").v(P, p.s()).t("  Имя ").v(P, p.f()).t("  Отчество ").v(P, p.p())
    doc.t("\nПаспорт: серия ").v(PAS, s).t(" номер ").v(PAS, n).t(" выдан ").v(
        D, g.date(rng, 2005, 2024, time=False)
    )
    doc.t("\nМесто жительства: ").v(L, g.address(rng, fake)).t("\n")
    doc.t("Работодатель: ООО «Вектор», ИНН ").t(org_inn(rng)).t(", КПП ").t(g.digits(rng, 9)).t("\n")
    doc.t("Медицинские противопоказания к работе не выявлены. Дата: ").v(D, g.date(rng, time=False))
    return doc.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    y, m, d = g.ymd(rng, 2023, 2026)
    doc.t("ЭЛН № ").v(MRN, g.digits(rng, 12)).t(" (продолжение)\nФИО нетрудоспособного: ").v(P, p.full())
    doc.t("\nПериод 1: ").v(D, f"{d:02d}.{m:02d}.{y}").t(" — ").v(D, f"{min(d + 5, 28):02d}.{m:02d}.{y}")
    doc.t(" врач ").v(P, g.Person(fake, rng).ini(rng=rng)).t("\nПериод 2: ").v(
        D, f"{min(d + 6, 28):02d}.{m:02d}.{y}"
    )
    doc.t(" — ").v(D, f"{min(d + 12, 28):02d}.{m:02d}.{y}").t(" врач ").v(P, g.Person(fake, rng).ini(rng=rng))
    doc.t("\nПродление через ВК, протокол № ").v(MRN, f"{g.digits(rng, 3)}/{y % 100}").t("\n")
    doc.t("Приступить к работе ").v(D, f"{min(d + 13, 28):02d}.{m:02d}.{y}")
    return doc.done()


def tax_cert(rng: random.Random, fake: Any) -> Planted:
    payer, pat, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    doc.t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ").v(
        MRN, g.digits(rng, 5)
    )
    doc.t("\nИНН медорганизации ").t(org_inn(rng)).t("\nНалогоплательщик: ").v(P, payer.full())
    doc.t("\nИНН налогоплательщика: ").v(INN, g.inn(rng)).t("\nПациент: ").v(P, pat.full())
    doc.t(" (").t(
        rng.choice(("сын", "отец", "супруг")) if pat.male else rng.choice(("дочь", "мать", "супруга"))
    ).t(")\nСумма: ").t(f"{rng.randint(1000, 90000)}")
    doc.t(" руб. 00 коп., код услуги 01\nДата выдачи: ").v(D, g.date(rng, time=False))
    return doc.done()


DOC_MAKERS = [
    ("b25_sms_reminder", sms_reminder),
    ("b25_email_reminder", email_reminder),
    ("b25_telemed_protocol", telemed_protocol),
    ("b25_lab_portal", lab_portal),
    ("b25_eprescription_148", eprescription),
    ("b25_pharmacy_slip", pharmacy_slip),
    ("b25_vaccination_063", vaccination_card),
    ("b25_dispanser_131", dispanser),
    ("b25_school_cert", school_cert),
    ("b25_work_cert_parts", work_cert),
    ("b25_sick_leave_ext", sick_leave),
    ("b25_tax_cert", tax_cert),
]
