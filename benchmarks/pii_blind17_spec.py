"""Document blocks of the blind17 split: specialist outpatient care, check-ups and system exports."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks import pii_blind17_gen as g
from benchmarks.pii_blind17_kids import EM, INN, OMS, PAS, SN, URL, B, D, L, M, P, T, _n
from benchmarks.pii_families import Planted


def dental_card(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = B().t("МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО (ф. 043/у) № ").v(M, f"С-{_n(rng, 100, 99999)}")
    b.t("\nФ.И.О.: ").v(P, p.full()).t("\nДата рождения: ").v(D, g.dob(rng, rng.random() < 0.5, "num"))
    b.t("\nАдрес: ").v(L, g.address(rng, fake)).t("\nТелефон: ").v(T, g.phone(rng)).t("\n\nЗубная формула:\n")
    b.t(
        "18 17 16 15 14 13 12 11 | 21 22 23 24 25 26 27 28\n O  С  П  .  .  .  .  . | .  .  .  .  С  П  O  .\n"
    )
    b.t("Дата ").v(D, g.date(rng, 2023, 2026, "num")).t(" — 36 К02.1, анестезия Ubistesin 1,7 мл, пломба.\n")
    b.t("Дата ").v(D, g.date(rng, 2023, 2026, "num2")).t(" — 46 пульпит, эндо, 3 канала.\nВрач ").v(
        P, g.person(rng, fake).short()
    )
    return b.done()


def ortho_contract(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = (
        B()
        .t("ДОГОВОР № ")
        .v(M, f"ОРТ-{_n(rng, 100, 9999)}/{_n(rng, 23, 26)}")
        .t(" на оказание платных стоматологических услуг\n")
    )
    b.t("г. Казань, ").v(D, g.date(rng, 2023, 2026, "wordsg")).t(
        "\nООО «Улыбка» (ИНН 1655123456, КПП 165501001, "
    )
    b.t("лицензия Л041-01126-16/00345678) и ").v(P, mother.full()).t(", паспорт ").v(PAS, g.passport_str(rng))
    b.t(", ИНН ").v(INN, g.inn(rng)).t(", действующая в интересах ").v(P, child.full("gent")).t(", ")
    b.v(D, g.dob(rng, True, "num")).t(" г.р.\nСтоимость брекет-системы 95 000 руб. Адрес Заказчика: ").v(
        L, g.address(rng, fake)
    )
    return b.done()


def ophthalmology(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = (
        B()
        .t("Осмотр офтальмолога ")
        .v(D, g.date(rng, 2023, 2026, "time"))
        .t("\nПациент: ")
        .v(P, p.short(space=True))
    )
    b.t(", амб. карта ").v(M, f"{_n(rng, 1000, 999999)}").t(
        "\nVOD=0,3 sph -2,0D=1,0; VOS=0,4 sph -1,75D=1,0\n"
    )
    b.t("ВГД OD 17, OS 18 мм рт.ст. Диагноз H52.1 Миопия слабой степени OU.\n")
    b.t("Рецепт на очки № ").v(M, f"{_n(rng, 10, 99)}-{_n(rng, 1000, 99999)}").t(": OU sph -2,0, Dp 58 мм.\n")
    b.t("Контроль через 6 мес. Врач-офтальмолог ").v(P, g.person(rng, fake).short(before=True))
    return b.done()


def psychiatry(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    rel = g.person(rng, fake, "femn")
    b = (
        B()
        .t("Психиатр (ПНД, диспансерное отделение). Карта № ")
        .v(M, f"{_n(rng, 1, 9)}-{_n(rng, 1000, 9999)}")
    )
    b.t("\nОсвидетельствование ").v(P, p.S("gent")).t(" ").v(P, p.ini()).t(" по заявлению матери ").v(
        P, rel.short("gent")
    )
    b.t(" от ").v(D, g.date(rng, 2023, 2026, "num")).t(".\nВ анамнезе: наблюдался с ").v(
        D, g.date(rng, 2015, 2022, "monthyear")
    )
    b.t(", F70.0. Госпитализация в ПБ им. Бехтерева в 2019 году. Кветиапин 25 мг на ночь.\n")
    b.t("Проживает: ").v(L, g.address(rng, fake)).t(". Заключение ВК № ").v(
        M, f"{_n(rng, 10, 999)}/{_n(rng, 1, 9)}"
    )
    return b.done()


def narcology(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake, "masc")
    b = B().t("АКТ медицинского освидетельствования на состояние опьянения № ").v(M, _n(rng, 1, 2999))
    b.t("\n1. ").v(P, p.full()).t(", ").v(D, g.dob(rng, False, "num")).t(" г.р.\n2. Адрес: ").v(
        L, g.address(rng, fake)
    )
    b.t("\n3. Основание: протокол ").v(M, f"{_n(rng, 10, 99)} АА {_n(rng, 100000, 999999)}")
    b.t("\n4. Начало освидетельствования: ").v(D, g.date(rng, 2024, 2026, "time")).t(
        "\nАлкотектор «Юпитер» № 012345, "
    )
    b.t("результат 0,000 мг/л в 03:15 и 0,000 мг/л в 03:31. ХТИ, справка № ").v(
        M, f"{_n(rng, 1000, 9999)}-ХТИ"
    )
    b.t("\nВрач психиатр-нарколог ").v(P, g.person(rng, fake).short())
    return b.done()


def sports_medicine(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake, origin=rng.choice(("ru", "tat", "cauc")))
    b = B().t("Врачебно-физкультурный диспансер. Медицинское заключение о допуске к соревнованиям\n")
    b.t("Спортсмен: ").v(P, p.upper()).t("\nГ.р. ").v(D, g.dob(rng, True, rng.choice(("num", "num2"))))
    b.t("  Вид спорта: вольная борьба, КМС\nТренер: ").v(P, g.person(rng, fake, "masc").short()).t(", тел. ")
    b.v(T, g.phone(rng)).t("\nЭКГ: синусовый ритм, ЧСС 58. PWC170 = 1450 кгм/мин.\nДопущен до ")
    b.v(D, g.date(rng, 2026, 2027, rng.choice(("num", "mmyy")))).t(". Заключение № ").v(
        M, f"ВФД-{_n(rng, 1000, 99999)}"
    )
    return b.done()


def prof_checkup(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = (
        B()
        .t("ЗАКЛЮЧЕНИЕ по результатам периодического медицинского осмотра (приказ 29н) № ")
        .v(M, f"ПМО-{_n(rng, 1, 9999)}")
    )
    b.t("\nФ.И.О. ").v(P, p.full()).t("\nДата рождения ").v(D, g.dob(rng, False, "num")).t("  Пол ").t(
        "м" if p.g == "masc" else "ж"
    )
    b.t("\nСНИЛС ").v(SN, g.snils(rng)).t("\nРаботодатель: АО «Казаньоргсинтез» (ИНН 1658008723)")
    b.t("\nВредные факторы: п. 4.1, 4.2.5 прил. к приказу; цех 12, участок 3.\n")
    b.t("Медицинские противопоказания не выявлены. Дата выдачи ").v(D, g.date(rng, 2024, 2026, "num"))
    b.t("\nПредседатель комиссии ").v(P, g.person(rng, fake).short(before=True))
    return b.done()


def driver_cert(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    s, n = g.passport(rng)
    b = B().t("Медицинское заключение (ф. 003-В/у)\nсерия ").v(M, f"{_n(rng, 10, 99)} {_n(rng, 100, 999)}")
    b.t(" № ").v(M, _n(rng, 100000, 999999)).t("\nФамилия ").v(P, p.S()).t("\nИмя ").v(P, p.N())
    b.t("\nОтчество ").opt(P, p.P(), "-").t("\nДокумент: паспорт\nсерия ").v(PAS, s).t("\nномер ").v(PAS, n)
    b.t("\nМесто регистрации ").v(L, g.address(rng, fake, rng.choice(("rural", "city", "reversed"))))
    b.t("\nКатегории B, C. Дата выдачи ").v(D, g.date(rng, 2023, 2026, "num"))
    return b.done()


def gun_licence_check(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake, "masc")
    b = B().t("Справка (ф. 002-О/у) об отсутствии противопоказаний к владению оружием\nВыдана ")
    b.v(P, p.short("datv", before=True)).t(" (").v(D, g.dob(rng, False, "roman")).t(" г.р.) ")
    b.t("Прошёл осмотр психиатра и нарколога ").v(D, g.date(rng, 2025, 2026, "num")).t(". ХТИ отриц.\n")
    b.t("Номер справки в реестре: ").v(M, f"{_n(rng, 1000000, 9999999)}-{rng.randint(2025, 2026)}")
    b.t(". Подписал врач ").v(P, g.person(rng, fake).short()).t(".")
    return b.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    vals = {
        "id": (M, f"PAT-{_n(rng, 100000, 999999)}"),
        "lastName": (P, child.S()),
        "firstName": (P, child.N()),
        "middleName": (P if child.P() else None, child.P() or "-"),
        "birthDate": (D, g.dob(rng, True, "iso")),
        "snils": (SN, g.snils(rng, "plain")),
        "enp": (OMS, g.enp_digits(rng)),
        "representative": (P, mother.full()),
        "representativePhone": (T, g.phone(rng, "mobplain")),
        "address": (L, g.address(rng, fake)),
        "weightKg": (None, "12.4"),
        "ward": (None, "3"),
    }
    b = B().t("{\n")
    items = list(vals.items())
    for i, (k, (kind, v)) in enumerate(items):
        b.t(f'  "{k}": "')
        enc = json.dumps(v, ensure_ascii=False)[1:-1]
        if kind:
            b.v(kind, enc)
        else:
            b.t(enc)
        b.t('"' + ("," if i < len(items) - 1 else "") + "\n")
    return b.t("}").done()


def xml_export(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = B().t('<?xml version="1.0" encoding="UTF-8"?>\n<Patient mis_id="').v(M, _n(rng, 10000000, 99999999))
    b.t('">\n  <Fam>').v(P, p.S()).t("</Fam><Im>").v(P, p.N()).t("</Im><Ot>").opt(P, p.P(), "НЕТ").t(
        "</Ot>\n"
    )
    b.t("  <DR>").v(D, g.dob(rng, True, "iso")).t("</DR>\n  <ENP>").v(OMS, g.enp_digits(rng)).t("</ENP>\n")
    b.t("  <SNILS>").v(SN, g.snils(rng, rng.choice(("plain", "std")))).t("</SNILS>\n  <Adres>")
    b.v(L, g.address(rng, fake)).t("</Adres>\n  <Tel>").v(T, g.phone(rng)).t(
        "</Tel>\n  <MKB>J45.0</MKB>\n</Patient>"
    )
    return b.done()


def csv_register(rng: random.Random, fake: Any) -> Planted:
    b = B().t("№;ФИО;Дата рождения;Участок;Полис;Телефон;Прививка Д-С\n")
    for i in range(rng.randint(2, 4)):
        p = g.person(rng, fake)
        b.t(f"{i + 1};").v(P, p.short()).t(";").v(D, g.dob(rng, True, "num")).t(f";{rng.randint(1, 25)};")
        b.v(OMS, g.enp_digits(rng)).t(";").v(T, g.phone(rng, "mob8")).t(";").v(
            D, g.date(rng, 2023, 2026, "num2")
        ).t("\n")
    return b.done()


def hl7_message(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = B().t("MSH|^~\\&|MIS|DGP5|LIS|LAB|").v(D, g.date(rng, 2025, 2026, "hl7")).t("||ORM^O01|")
    b.t(_n(rng, 10000, 99999)).t("|P|2.5\nPID|1||").v(M, _n(rng, 1000000, 9999999)).t("^^^DGP5^MR||")
    b.v(P, translit_upper(p.s)).t("^").v(P, translit_upper(p.n)).t("||").v(
        D, g.date(rng, 2010, 2025, "compact")
    )
    b.t(f"|{'M' if p.g == 'masc' else 'F'}|||").v(
        L,
        f"{translit_upper(fake.street_title())} {rng.randint(1, 99)}-{rng.randint(1, 200)}",
    )
    b.t("^^").v(L, translit_upper(g.city(fake)))
    b.t("||").v(T, g.phone(rng, "mobplain")).t("\nORC|NW|").v(M, f"ORD{_n(rng, 100000, 999999)}").t(
        "\nOBR|1||"
    )
    b.v(M, f"S{_n(rng, 10000000, 99999999)}").t("|CBC^Общий анализ крови")
    return b.done()


def translit_upper(s: str) -> str:
    return g.translit(s).upper()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = B().t("(0010,0010) PatientName: ").v(P, f"{g.translit(p.s)}^{g.translit(p.n)}")
    b.t("\n(0010,0020) PatientID: ").v(M, f"RG{_n(rng, 100000, 999999)}").t(
        "\n(0010,0030) PatientBirthDate: "
    )
    b.v(D, g.date(rng, 2010, 2025, "compact")).t("\n(0008,0050) AccessionNumber: ").v(
        M, _n(rng, 10000000, 99999999)
    )
    b.t("\n(0008,0020) StudyDate: ").v(D, g.date(rng, 2025, 2026, "compact")).t(
        "\n(0008,0060) Modality: DX\n"
    )
    b.t("(0008,0090) ReferringPhysicianName: ").v(
        P, f"{g.translit(g.person(rng, fake).s)}^{rng.choice('AEIMO')}"
    )
    b.t("\nОписание: R-графия кисти (костный возраст). Костный возраст соответствует 9 годам.")
    return b.done()


def call_card(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = (
        B()
        .t("КАРТА вызова СМП № ")
        .v(M, f"{_n(rng, 1, 999)}-{_n(rng, 1000, 9999)}")
        .t(" (ф. 110/у)\nПринят: ")
    )
    b.v(D, g.date(rng, 2025, 2026, "time")).t("  Бригада 12 (педиатрическая)\nВызывающий: мать, ")
    b.v(P, mother.io()).t(", тел. ").v(T, g.phone(rng)).t("; доп. ").v(T, g.phone(rng, "city"))
    b.t("\nАдрес вызова: ").v(L, g.address(rng, fake, rng.choice(("city", "mkr", "korp")))).t(
        ", подъезд 2, код домофона 45К\n"
    )
    b.t("Больной: ").v(P, child.N()).t(
        ", 2 г. Повод: судороги на фоне t 39,2.\nДиазепам 0,5% 1 мл в/м в 02:40. "
    )
    b.t("Доставлен в ДРКБ. Фельдшер ").v(P, g.person(rng, fake).short())
    return b.done()


def lab_referral(rng: random.Random, fake: Any) -> Planted:
    p = g.person(rng, fake)
    b = (
        B()
        .t("НАПРАВЛЕНИЕ на лабораторное исследование\nШтрихкод пробирки: ")
        .v(M, _n(rng, 1000000000, 9999999999))
    )
    b.t("\nПациент ").v(P, p.short(space=True)).t("  ДР ").v(D, g.dob(rng, True, "num")).t("\nНаправление № ")
    b.v(M, f"{_n(rng, 10, 99)}.{_n(rng, 100000, 999999)}").t("  Отделение: педиатрия, палата 14\n")
    b.t("Исследование: ТТГ, св. Т4, ферритин. Взятие: ").v(D, g.date(rng, 2025, 2026, "time"))
    b.t("\nПолис: ").v(OMS, g.oms(rng)).t("\nРезультаты: ТТГ 3,2 мМЕ/л (0,4–4,0), ферритин 18 нг/мл.")
    return b.done()


def prescription(rng: random.Random, fake: Any) -> Planted:
    child, _, _ = g.family_of(rng, fake)
    b = (
        B()
        .t("Рецепт (ф. 148-1/у-04 (л)) Серия ")
        .v(M, f"{_n(rng, 10, 99)}-{_n(rng, 10, 99)}-{_n(rng, 10, 99)}")
    )
    b.t(" № ").v(M, _n(rng, 100000, 999999)).t("\nДата ").v(D, g.date(rng, 2025, 2026, "num")).t(
        "\nФ.И.О. пациента "
    )
    b.v(P, child.full()).t("\nДата рождения ").v(D, g.dob(rng, True, "num")).t("\nСНИЛС ").v(SN, g.snils(rng))
    b.t("\nПолис ОМС ").v(OMS, g.oms(rng)).t(
        "\nRp.: Sol. Levetiracetami 100 mg/ml — 300 ml\nS. по 2,5 мл 2 р/д (08:00, 20:00)"
    )
    b.t("\nКод ЛПУ 1601234, код льготы 091 (ребёнок-инвалид).")
    return b.done()


def mobile_app_chat(rng: random.Random, fake: Any) -> Planted:
    mother = g.person(rng, fake, "femn")
    doc = g.person(rng, fake, "femn")
    b = B().t("[").v(D, g.date(rng, 2025, 2026, "time")).t("] ").v(P, f"{mother.N()} {mother.S()[0]}.")
    b.t(": Здравствуйте, ").v(P, doc.io()).t("! У сына сыпь после Цефиксима, фото: ").v(URL, g.url(rng))
    b.t("\n[").v(D, g.date(rng, 2025, 2026, "time")).t("] Врач: Отмените, дайте Зиртек 5 капель. ")
    b.t("Если отёк — звоните 103 или мне: ").v(T, g.phone(rng)).t(
        "\nВрач на связи по будням 09:00–18:00, каб. 21."
    )
    return b.done()


def portal_letter(rng: random.Random, fake: Any) -> Planted:
    mother = g.person(rng, fake, "femn")
    child, _, _ = g.family_of(rng, fake)
    b = (
        B()
        .t("От: ")
        .v(EM, g.email(rng, mother))
        .t("\nТема: выписка ")
        .v(P, child.S("gent"))
        .t("\n\nДобрый день! ")
    )
    b.t("Прошу выслать выписку сына (ИБ ").v(M, f"{_n(rng, 1000, 99999)}/{_n(rng, 24, 26)}").t(") за период ")
    b.v(D, g.date(rng, 2025, 2026, "num")).t(" – ").v(D, g.date(rng, 2025, 2026, "num")).t(
        ". Также ссылка на МРТ: "
    )
    b.v(URL, g.url(rng)).t("\nС уважением, ").v(P, mother.short(before=True)).t(", моб. ").v(T, g.phone(rng))
    return b.done()


def eye_school_screening(rng: random.Random, fake: Any) -> Planted:
    b = (
        B()
        .t("Профилактический осмотр, МБОУ СОШ № 45, 3 «А» класс, ")
        .v(D, g.date(rng, 2025, 2026, "words"))
        .t("\n")
    )
    for _ in range(rng.randint(2, 4)):
        p = g.person(rng, fake)
        b.t("- ").v(P, f"{p.S()} {p.N()}").t(
            f": Vis OD {rng.choice(('1,0', '0,7', '0,5'))}, OS 1,0; осанка — "
        )
        b.t(rng.choice(("норма", "сколиоз I ст.", "кругл. спина"))).t("; Д-группа II\n")
    b.t("Медсестра школы ").v(P, g.person(rng, fake, "femn").short()).t(", каб. 103")
    return b.done()


def adoption_medical(rng: random.Random, fake: Any) -> Planted:
    child = g.person(rng, fake)
    adop = g.person(rng, fake, "femn")
    b = (
        B()
        .t("Медицинское заключение о состоянии здоровья ребёнка для усыновления\nРебёнок: ")
        .v(P, child.full())
    )
    b.t(", ").v(D, g.date(rng, 2016, 2025, "words")).t(" рождения, воспитанник ГКУ «Дом ребёнка № 2»\n")
    b.t("Личное дело № ").v(M, f"ЛД-{_n(rng, 100, 9999)}").t(". Кандидат в усыновители: ").v(P, adop.full())
    b.t(" (").v(L, g.address(rng, fake)).t(", тел. ").v(T, g.phone(rng)).t(")\nДиагнозы: F83, D50.9. ")
    b.t("Дата ВК: ").v(D, g.date(rng, 2025, 2026, "num")).t(", протокол ВК № ").v(M, f"{_n(rng, 1, 400)}")
    return b.done()


BLOCKS = [
    ("b17_dental_card", dental_card),
    ("b17_ortho_contract", ortho_contract),
    ("b17_ophthalmology", ophthalmology),
    ("b17_psychiatry", psychiatry),
    ("b17_narcology_act", narcology),
    ("b17_sports_medicine", sports_medicine),
    ("b17_prof_checkup", prof_checkup),
    ("b17_driver_cert", driver_cert),
    ("b17_gun_licence_check", gun_licence_check),
    ("b17_json_export", json_export),
    ("b17_xml_export", xml_export),
    ("b17_csv_register", csv_register),
    ("b17_hl7_message", hl7_message),
    ("b17_dicom_header", dicom_header),
    ("b17_call_card", call_card),
    ("b17_lab_referral", lab_referral),
    ("b17_prescription", prescription),
    ("b17_mobile_app_chat", mobile_app_chat),
    ("b17_portal_letter", portal_letter),
    ("b17_eye_school_screening", eye_school_screening),
    ("b17_adoption_medical", adoption_medical),
]
