"""Document blocks of the blind23 split, part 1: ambulance, district hospital, transfers, surgery."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind23_gen as g
from benchmarks.pii_blind23_gen import DAT, EML, INN, LOC, MRN, OMS, PAS, PER, PHO, SNI, URL, Doc
from benchmarks.pii_families import Planted


def smp_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ").v(MRN, g.mrn(rng, "call"))
    d.t("\nДата: ").v(DAT, g.date(rng, "dot")).t(f"  Бригада № {rng.randint(1, 20)} (фельдшерская)\n")
    d.t("Приём вызова 14:22, передача 14:24, прибытие 15:01\n")
    d.t("Адрес вызова: ").v(LOC, g.address(fake, rng, rng.choice(("rural", "short", "snt")))).t("\n")
    d.t("Фамилия ").v(PER, g.name(fake, rng, shape="f")).t("  Имя ").v(PER, fake.first_name_male())
    d.t("  Отчество ").v(PER, fake.middle_name_male()).t("\nВозраст 54 г.  Пол М\n")
    d.t("Вызывающий: ").v(PER, g.name(fake, rng, shape=rng.choice(("io", "fi", "f_io")))).t(" (жена), тел. ")
    d.t("").v(PHO, g.phone(rng)).t("\n")
    d.t("Повод: боль в груди. " + g.noise(rng) + "\nФельдшер ").v(PER, g.name(fake, rng, shape="f_io"))
    return d.t("  подпись ______").done()


def dispatcher_log(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ЖУРНАЛ ДИСПЕТЧЕРА ОСМП ЦРБ (выгрузка)\n№ | время | адрес | пациент | повод | бригада\n")
    for _ in range(rng.randint(2, 4)):
        d.t("").v(MRN, g.mrn(rng, "call")).t(" | ").v(DAT, g.date(rng, rng.choice(("dot_t", "t_dot"))))
        d.t(" | ").v(LOC, g.address(fake, rng, "short")).t(" | ").v(PER, g.name(fake, rng, shape="f_io"))
        d.t(f" | {rng.choice(('ДТП', 'травма', 'ОНМК?', 'ожог', 'роды'))} | {rng.randint(1, 9)}\n")
    return d.t("Итого за смену: обработано без задержек.").done()


def crb_admission(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _male = g.person_parts(fake, rng)
    d = Doc().t(
        "ГБУЗ «" + rng.choice(g.DISTRICTS)[:-2] + "ая ЦРБ»\nМЕДИЦИНСКАЯ КАРТА СТАЦИОНАРНОГО БОЛЬНОГО № "
    )
    d.v(MRN, g.mrn(rng, "ib")).t("\nФорма 003/у\nФ.И.О. ").v(PER, f"{last} {first} {mid}".strip())
    d.t("\nДата рождения: ").v(DAT, g.dob(rng)).t("\nПаспорт: серия ")
    s, n = g.passport_parts(rng)
    d.v(PAS, s).t(" номер ").v(PAS, n).t(" выдан ").v(DAT, g.date(rng, "dot", 2005, 2024))
    d.t("\nПолис ОМС: ").v(OMS, g.oms(rng, "plain")).t("  СНИЛС: ").v(SNI, g.snils(rng)).t("  ИНН: ")
    d.v(INN, g.inn(rng))
    d.t("\nМесто жительства: ").v(LOC, g.address(fake, rng, "rural"))
    d.t("\nМесто работы: ООО «СеверТрансСтрой», ИНН " + g.org_inn(rng) + ", водитель")
    d.t("\nДоставлен: СМП, через 3 ч после травмы. Поступил ").v(DAT, g.date(rng, "dot_t"))
    d.t("\nКонтакт: ").v(PER, g.name(fake, rng, shape="io")).t(" (дочь) ").v(PHO, g.phone(rng))
    return d.t("\nПалата № " + str(rng.randint(1, 20))).done()


def fap_journal(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ФАП с. ").t(g.town(fake)).t(". Журнал приёма (рукописный, перепечатан)\n")
    for i in range(rng.randint(2, 4)):
        d.t(f"{i + 1}) ").v(DAT, g.date(rng, rng.choice(("short", "daymonth", "dot")))).t(" — ")
        d.v(PER, g.name(fake, rng, shape=rng.choice(("f_i", "fi", "full")))).t(", ")
        d.v(DAT, g.dob(rng)).t(" г.р., ").v(LOC, f"ул. {fake.street_title()}, {rng.randint(1, 70)}")
        d.t(f"; {rng.choice(('АД контроль', 'перевязка', 'рваная рана кисти, ПСО', 'укус собаки'))}\n")
    return d.t("Фельдшер ").v(PER, g.name(fake, rng, shape="io_f", other=0.1)).done()


def avia_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ЗАЯВКА НА САНИТАРНО-АВИАЦИОННУЮ ЭВАКУАЦИЮ\nот ").v(DAT, g.date(rng, "words"))
    d.t("\nПациент: ").v(PER, g.name(fake, rng, shape="full")).t(", ").v(DAT, g.dob(rng))
    d.t("\nНаходится: ").t(rng.choice(g.DISTRICTS)[:-2] + "ая ЦРБ, ОАР, ИБ № ").v(MRN, g.mrn(rng, "ib"))
    d.t("\nДиагноз: ЗЧМТ, ушиб головного мозга тяжёлой степени. ИВЛ.\n")
    d.t("Площадка: вертолётная, координаты у ЦРБ.\nЗаявку подал: зав. хирургическим отд. ")
    d.v(PER, g.name(fake, rng, shape="f_io", other=0.1)).t(", тел. ").v(PHO, g.phone(rng, "city"))
    d.t(", моб. ").v(PHO, g.phone(rng, "mob"))
    d.t("\nПринял: дежурный ТЦМК ").v(PER, g.name(fake, rng, shape="f", other=0.1)).t(" в 03:40")
    return d.t("\nРешение: вылет борта Ми-8 АМТ с реанимационной бригадой.").done()


def transfer_epicrisis(rng: random.Random, fake: Any) -> Planted:
    nm = g.name(fake, rng, "gent", "full")
    d = Doc().t("ПЕРЕВОДНОЙ ЭПИКРИЗ\nиз истории болезни ").v(PER, nm).t(", ").v(DAT, g.dob(rng)).t(" г.р.\n")
    a, b = g.two_dates(rng)
    d.t("Находился в ЦРБ с ").v(DAT, a).t(" по ").v(DAT, b).t(" (ИБ ")
    d.v(MRN, g.mrn(rng, "ib")).t(").\n" + g.noise(rng) + "\n")
    d.t("Переводится в ОКБ по согласованию с ").v(PER, g.name(fake, rng, "ablt", "f_io", 0.1))
    d.t(". Сопровождение: фельдшер ").v(PER, g.name(fake, rng, "nomn", "fi", 0.1)).t(".\n")
    d.t("Родственники уведомлены: ").v(PER, g.name(fake, rng, "nomn", "io")).t(", ").v(PHO, g.phone(rng))
    return d.t(".").done()


def burn_trauma(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Ожоговое отделение. Первичный осмотр.\n").v(PER, g.name(fake, rng, shape="f_io"))
    d.t(", ").t(str(rng.randint(18, 70))).t(" лет. Травма ").v(
        DAT, g.date(rng, rng.choice(("dot_t", "words")))
    )
    d.t(" — пожар в частном доме по адресу ").v(LOC, g.address(fake, rng, "rural")).t(".\n")
    d.t("Диагноз: термический ожог пламенем II-III ст. лица, кистей, S=12% (3%). T20.2 T23.3.\n")
    d.t("Сообщено в ОМВД (телефонограмма № 214), принял ").v(PER, g.name(fake, rng, shape="f", other=0.1))
    d.t(". Со слов соседа ").v(PER, g.name(fake, rng, "gent", "io")).t(" — пострадавший спал.")
    return d.done()


def surgery_protocol(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ПРОТОКОЛ ОПЕРАЦИИ № " + str(rng.randint(1, 900)) + "\nИБ: ").v(MRN, g.mrn(rng, "ib"))
    d.t("\nПациент: ").v(PER, g.name(fake, rng, shape="f_io")).t("\nДата/время: ").v(
        DAT, g.date(rng, "dot_t")
    )
    d.t("\nОперация: лапаротомия, ушивание разрыва селезёнки.\nХирург: ").v(
        PER, g.name(fake, rng, shape="f_io")
    )
    d.t("\nАссистенты: ").v(PER, g.name(fake, rng, shape="f", other=0.1)).t(", ")
    d.v(PER, g.name(fake, rng, shape="f", other=0.1)).t("\nОперационная м/с: ")
    d.v(PER, g.name(fake, rng, shape="io_f", other=0.1)).t("\nАнестезиолог: ")
    d.v(PER, g.name(fake, rng, shape="f_io", other=0.1))
    d.t("\nКровопотеря 600 мл. Реинфузия. Дренаж слева.\nПрепарат на гистологию, направление № ")
    return d.v(MRN, g.mrn(rng, "lab")).t(".").done()


def anaesthesia_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Анестезиологическая карта\n").t("ФИО: ").v(PER, g.name(fake, rng, shape="upper"))
    d.t("   ИБ ").v(MRN, g.mrn(rng, "ib")).t("\nДата: ").v(DAT, g.date(rng, "iso"))
    d.t("   ASA III E   Масса 82 кг\nВремя | АД | ЧСС | SpO2\n")
    for t in ("10:05", "10:20", "10:35"):
        d.t(
            f"{t} | {rng.randint(90, 150)}/{rng.randint(50, 90)} | {rng.randint(60, 110)} | 9{rng.randint(4, 9)}\n"
        )
    d.t("Пропофол 150 мг, фентанил 0,2 мг, рокуроний 50 мг.\nАнестезиолог ")
    d.v(PER, g.name(fake, rng, shape="f_i", other=0.1)).t(" / анестезист ").v(
        PER, g.name(fake, rng, shape="f")
    )
    return d.done()


def transfusion(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ПРОТОКОЛ ТРАНСФУЗИИ (ф. 009/у)\nРеципиент: ").v(PER, g.name(fake, rng, shape="full"))
    d.t(", ИБ ").v(MRN, g.mrn(rng, "ib")).t(", группа A(II) Rh+\n")
    for _ in range(rng.randint(1, 3)):
        d.t("Эр. взвесь, единица № ").v(MRN, g.mrn(rng, "blood")).t(", заготовлена ").v(
            DAT, g.date(rng, "dot")
        ).t(", 280 мл\n")
    d.t("Начало ").v(DAT, g.date(rng, "dot_t")).t(". Биологическая проба — без реакции.\nВрач ")
    return d.v(PER, g.name(fake, rng, shape="f_io", other=0.1)).done()


def implant_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Вкладыш: сведения об имплантате\nПациент ").v(PER, g.name(fake, rng, shape="f_io"))
    d.t(" (ИБ ").v(MRN, g.mrn(rng, "ib")).t(")\n")
    d.t(f"Пластина LCP 3.5, 8 отв., REF 223.581, LOT {g.dg(rng, 7, True)}, UDI (01)0768{g.dg(rng, 10)}\n")
    d.t("Винты кортикальные 3.5 × 6 шт.\nДата установки: ").v(DAT, g.date(rng, rng.choice(("dot", "words"))))
    d.t("\nИмплант-паспорт выдан на руки ").v(PER, g.name(fake, rng, "datv", "f_io")).t(".")
    return d.done()


def military_hospital(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ФГКУ «" + str(rng.randint(300, 999)) + " ВГ» Минобороны России\nВОЕННО-ВРАЧЕБНАЯ КОМИССИЯ\n")
    d.t("Свидетельство о болезни № ").v(MRN, g.mrn(rng, "crb")).t(" от ").v(DAT, g.date(rng, "dot"))
    d.t("\nВоеннослужащий: ст. сержант ").v(PER, g.name(fake, rng, shape="full", other=0.2))
    d.t(", ").v(DAT, g.dob(rng)).t(" г.р., в/ч " + g.dg(rng, 5, True) + "\nДомашний адрес: ").v(
        LOC, g.address(fake, rng, "urban")
    )
    d.t("\nКонтактное лицо (супруг/а) ").v(PER, g.name(fake, rng, shape="io")).t(", тел. ").v(
        PHO, g.phone(rng)
    )
    d.t("\nПредседатель ВВК полковник м/с ").v(PER, g.name(fake, rng, shape="io_f", other=0.05))
    return d.done()


def mvd_hospital(rng: random.Random, fake: Any) -> Planted:
    where = rng.choice(
        ("Свердловской области", "Республике Саха (Якутия)", "Забайкальскому краю", "ХМАО-Югре")
    )
    last, first, mid, _male = g.person_parts(fake, rng, 0.2)
    d = Doc().t("ФКУЗ «МСЧ МВД России по " + where + "»\nВыписной эпикриз № ")
    d.v(MRN, g.mrn(rng, "ib")).t("\nСотрудник: капитан полиции ").v(PER, f"{last} {first}").t(" ").v(
        PER, mid
    ).t("\nСлужебное удостоверение имеется.")
    a, b = g.two_dates(rng, rng.choice(("dot", "words")))
    d.t("\nНаходился на лечении ").v(DAT, a).t(" – ").v(DAT, b)
    d.t("\nТравма получена при исполнении, акт служебной проверки прилагается.\n")
    d.t("СНИЛС ").v(SNI, g.snils(rng, "plain")).t("; полис ").v(OMS, g.oms(rng, "four"))
    d.t("\nЛечащий врач ").v(PER, g.name(fake, rng, shape="f_io", other=0.1))
    return d.done()


def veteran_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Госпиталь для ветеранов войн. Направление № ").v(MRN, g.mrn(rng, "ref"))
    d.t("\nВетеран боевых действий ").v(PER, g.name(fake, rng, shape="full", other=0.15))
    d.t(",\nудостоверение ВБД ").v(MRN, "РМ № " + g.dg(rng, 6, True)).t(", выдано ").v(
        DAT, g.date(rng, "words")
    )
    d.t("\nУчастник событий ").t(str(rng.randint(1995, 2005))).t(" г. Проживает: ").v(
        LOC, g.address(fake, rng)
    )
    d.t("\nПаспорт ").v(PAS, g.passport(rng)).t("\nСоцработник: ").v(PER, g.name(fake, rng, shape="io_f"))
    d.t(", ").v(PHO, g.phone(rng, "city_ext")).t(", ").v(EML, g.email(fake, rng))
    d.t("\nВнук ведёт страницу ветерана: ").v(URL, g.url(fake, rng))
    return d.done()


DOCS_BLOCKS = [
    ("smp_card", smp_card),
    ("dispatcher_log", dispatcher_log),
    ("crb_admission", crb_admission),
    ("fap_journal", fap_journal),
    ("avia_request", avia_request),
    ("transfer_epicrisis", transfer_epicrisis),
    ("burn_trauma", burn_trauma),
    ("surgery_protocol", surgery_protocol),
    ("anaesthesia_card", anaesthesia_card),
    ("transfusion", transfusion),
    ("implant_card", implant_card),
    ("military_hospital", military_hospital),
    ("mvd_hospital", mvd_hospital),
    ("veteran_card", veteran_card),
]
