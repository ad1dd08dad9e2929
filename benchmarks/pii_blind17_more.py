"""More blind17 blocks: scans with OCR noise, boxed forms, commissions, sick leave for a child, FHIR."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind17_gen as g
from benchmarks.pii_blind17_kids import EM, INN, OMS, PAS, SN, URL, B, D, L, M, P, T, _n
from benchmarks.pii_families import MONTHS_GENT, Planted

_OCR = str.maketrans({"о": "o", "е": "e", "а": "a", "С": "C", "Н": "H", "Р": "P", "0": "O"})


def telemed_consult(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("Телемедицинская консультация «врач—пациент» № ").v(M, f"ТМК-{_n(rng, 10000, 99999)}")
    b.t("\nПациент: ").v(P, child.full()).t(" (законный представитель — ").v(P, mother.full()).t(")\n")
    b.t("Начало сеанса: ").v(D, g.date(rng, 2025, 2026, "timeiso")).t("\nСсылка на видеосеанс: ")
    b.v(URL, f"https://telemed.zdrav{_n(rng, 10, 99)}.ru/room/{_n(rng, 100000, 999999)}")
    b.t("\nЗаключение направлено на ").v(EM, g.email(rng, mother)).t(
        ". Рекомендован очный приём через 7 дней."
    )
    return b.done()


def ocr_scan(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = B().t("Ф.И,О   ").v(P, p.full().translate(_OCR) if rng.random() < 0.5 else p.full())
    b.t("\nДата рожд-я\n").v(D, g.date(rng, 2010, 2024, "ocr")).t("\nCHИЛC:\n").v(SN, g.snils(rng, "spaces"))
    b.t("\nMесто жит.: ").v(L, g.address(rng, fake, "city").translate(_OCR)).t("\nПолuс  ").v(
        OMS, g.enp_digits(rng)
    )
    b.t("\n[стр. 1 из 2]  скан от ").v(D, g.date(rng, 2025, 2026, "shorty"))
    return b.done()


def boxed_form(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    sn = g.snils_digits(rng)
    enp = g.enp_digits(rng)
    b = B().t("ФАМИЛИЯ |").v(P, "|".join(p.S().upper())).t("|\nИМЯ |").v(P, "|".join(p.N().upper())).t("|\n")
    b.t("СНИЛС ").v(SN, f"{' '.join(sn[:3])} - {' '.join(sn[3:6])} - {' '.join(sn[6:9])}  {' '.join(sn[9:])}")
    b.t("\nЕНП ").v(OMS, " ".join(enp)).t("\nДата рождения ").v(D, " ".join(g.date(rng, 2010, 2025, "num")))
    return b.done()


def pmpk(rng: random.Random, fake: Any) -> Planted:
    child, mother, father = g.family_of(rng, fake)
    b = B().t("ЗАКЛЮЧЕНИЕ ПМПК № ").v(M, f"{_n(rng, 100, 999)}/{_n(rng, 1, 12)}-{_n(rng, 23, 26)}").t(" от ")
    b.v(D, g.date(rng, 2024, 2026, "words")).t("\nРебёнок: ").v(P, child.short(before=True)).t(
        ", возраст 6 л. 4 мес.\n"
    )
    b.t("Родители: мать — ").v(P, mother.io()).t(", отец — ").v(P, f"{father.n} {father.S()}")
    b.t("\nАдрес: ").v(L, g.address(rng, fake)).t(
        "\nЗаключение: ОВЗ, ТНР (F80.1), АООП вариант 5.1; логопед 2 р/нед.\n"
    )
    b.t("Председатель ПМПК ").v(P, g.person(rng, fake, "femn").short()).t("; учитель-логопед ").v(
        P, g.person(rng, fake).S()
    )
    return b.done()


def teen_passport(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    s, n = g.passport(rng)
    b = (
        B()
        .t("Сведения обновлены (получен паспорт в 14 лет)\nПациент: ")
        .v(P, p.full())
        .t("\nПаспорт: серия\n")
    )
    b.v(PAS, s).t("\nномер\n").v(PAS, n).t("\nдата выдачи ").v(D, g.date(rng, 2023, 2026, "num"))
    b.t(", код подразделения 160-005\nИНН ").v(INN, g.inn(rng)).t("\nСНИЛС ").v(SN, g.snils(rng))
    b.t("\nМед. карта № ").v(M, f"{_n(rng, 1000, 99999)}").t(" переведена во взрослую поликлинику.")
    return b.done()


def birth_med_cert(rng: random.Random, fake: Any) -> Planted:
    _, mother, _ = g.family_of(rng, fake)
    y, m, d = g.ymd(rng, 2024, 2026)
    b = (
        B()
        .t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О РОЖДЕНИИ (ф. 103/у) серия ")
        .v(M, f"{_n(rng, 10, 99)}{_n(rng, 100, 999)}")
    )
    b.t(" № ").v(M, _n(rng, 100000, 999999)).t("\nРебёнок родился: ").v(
        D, f"{d} {MONTHS_GENT[m - 1]} {y} г. {rng.randint(0, 23)}:15"
    )
    b.t("\nМать: ").v(P, mother.full()).t(", дата рождения ").v(D, g.dob(rng, False, "num"))
    b.t("\nМесто постоянного жительства матери: ").v(
        L, g.address(rng, fake, rng.choice(("rural", "snt", "reversed")))
    )
    b.t("\nДокумент матери: паспорт ").v(PAS, g.passport_str(rng)).t("\nСНИЛС матери ").v(SN, g.snils(rng))
    return b.done()


def care_sick_leave(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 18)
    b = (
        B()
        .t("ЭЛН № ")
        .v(M, g._digits(rng, 12))
        .t(" (первичный)\nПолучатель: ")
        .v(P, mother.short(space=True))
    )
    b.t(", СНИЛС ").v(SN, g.snils(rng)).t("\nПричина: 09 — уход за больным членом семьи\n")
    b.t("Член семьи: ").v(P, child.io()).t(", возраст 5 лет, родственная связь: 38 (сын/дочь)\n")
    b.t("Период: ").v(D, f"с {d:02d}.{m:02d}.{y} по {min(28, d + 7):02d}.{m:02d}.{y}").t("\n")
    b.t("Врач: ").v(P, g.person(rng, fake).short()).t(". Приступить к работе ").v(
        D, f"{min(28, d + 8):02d}.{m:02d}"
    )
    return b.done()


def fhir_immunization(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = B().t('{"resourceType": "Immunization", "id": "').v(M, f"imm-{_n(rng, 100000, 999999)}")
    b.t('",\n "patient": {"reference": "Patient/').v(M, _n(rng, 1000000, 9999999)).t('", "display": "')
    b.v(P, p.full()).t('"},\n "occurrenceDateTime": "').v(D, g.date(rng, 2023, 2026, "timeiso") + "+03:00")
    b.t('",\n "vaccineCode": {"text": "Пентаксим"}, "lotNumber": "X3B41", "doseQuantity": {"value": 0.5},\n')
    b.t(' "performer": [{"actor": {"display": "').v(P, g.person(rng, fake, "femn").short()).t('"}}]}')
    return b.done()


def workers_list(rng: random.Random, fake: Any) -> Planted:
    b = B().t(
        "Поимённый список работников, подлежащих периодическому осмотру (ООО «Агрохим», ИНН 0278123456)\n"
    )
    b.t("п/п | ФИО | Д.р. | СНИЛС | Профессия | Факторы\n")
    for i in range(rng.randint(2, 4)):
        p = g.person(rng, fake)
        b.t(f"{i + 1} | ").v(P, p.full()).t(" | ").v(D, g.dob(rng, False, rng.choice(("num", "num2"))))
        b.t(" | ").v(SN, g.snils(rng, "std")).t(" | ").t(rng.choice(("тракторист", "лаборант", "сварщик")))
        b.t(" | 1.2.9, 4.4\n")
    return b.done()


def dental_xray_request(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("Направление на ОПТГ № ").v(M, f"R-{_n(rng, 10000, 99999)}").t(" — ").v(P, child.S()).t(" ")
    b.v(P, child.N()).t(", ").v(D, g.dob(rng, True, "slash")).t(
        "\nЦель: ортодонтия, зачатки 18, 28, 38, 48. "
    )
    b.t("Доза 0,012 мЗв.\nСнимок доступен: ").v(
        URL, f"https://pacs.stom-clinic.ru/viewer?study={_n(rng, 10**9, 10**10 - 1)}"
    )
    b.t("\nУведомление отправлено маме (").v(P, mother.N("datv")).t(") на ").v(T, g.phone(rng, "mob"))
    return b.done()


def social_family_note(rng: random.Random, fake: Any) -> Planted:
    child, mother, father = g.family_of(rng, fake)
    b = B().t("Социальный анамнез. Семья полная, многодетная (3 детей). Мать, ").v(P, mother.N()).t(", ")
    b.t("не работает, отец ").v(P, father.io()).t(" — вахтовик (").t(rng.choice(("г. ", ""))).v(
        L, "Новый Уренгой"
    )
    b.t("). Старший брат ").v(P, g.dimin(g.Person(child.s, rng.choice(tuple(g.DIMIN_M)), "", "masc")))
    b.t(" наблюдается у невролога. Прописаны у бабушки: ").v(L, g.address(rng, fake, "rural"))
    b.t(". Удостоверение многодетной семьи № ").v(M, f"{_n(rng, 1000, 99999)}").t(" от ").v(
        D, g.date(rng, 2019, 2025, "num")
    )
    return b.done()


BLOCKS = [
    ("b17_telemed_consult", telemed_consult),
    ("b17_ocr_scan", ocr_scan),
    ("b17_boxed_form", boxed_form),
    ("b17_pmpk_conclusion", pmpk),
    ("b17_teen_passport", teen_passport),
    ("b17_birth_med_cert", birth_med_cert),
    ("b17_care_sick_leave", care_sick_leave),
    ("b17_fhir_immunization", fhir_immunization),
    ("b17_workers_list", workers_list),
    ("b17_dental_xray_request", dental_xray_request),
    ("b17_social_family_note", social_family_note),
]
