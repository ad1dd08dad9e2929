"""Document blocks of the blind17 split: paediatrics, maternity, newborns, vaccination, schools."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind17_gen as g
from benchmarks.pii_families import MONTHS_GENT, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, SN, INN, OMS, PAS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT"
EM, URL = "EMAIL_ADDRESS", "URL"


class B:
    """Builds a text and its gold spans piece by piece."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> B:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> B:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def opt(self, kind: str, value: str, empty: str = "—") -> B:
        """A value that may be missing (no patronymic): the placeholder stays unmarked."""
        return self.v(kind, value) if value else self.t(empty)

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def _n(rng: random.Random, a: int, b: int) -> str:
    return str(rng.randint(a, b))


def exchange_card(rng: random.Random, fake: Any) -> Planted:
    """Обменная карта (ф. 113/у-20), the maternity part."""
    _, mother, father = g.family_of(rng, fake)
    b = B().t("ОБМЕННАЯ КАРТА беременной, роженицы и родильницы (форма 113/у-20) № ").v(M, _n(rng, 100, 9999))
    b.t("\nФ.И.О. ").v(P, mother.full()).t("  Возраст ").t(_n(rng, 18, 42)).t(" лет\nАдрес: ").v(
        L, g.address(rng, fake)
    )
    b.t("\nТел. ").v(T, g.phone(rng, "mob")).t("\nПолис ОМС ").v(OMS, g.oms(rng)).t("  СНИЛС ").v(
        SN, g.snils(rng)
    )
    b.t("\nВзята на учёт: ").v(D, g.date(rng, 2024, 2026, "num")).t(
        " при сроке 9 нед.\nПоследняя менструация "
    )
    b.t("").v(D, g.date(rng, 2024, 2026, "num2")).t("; ПДР ").v(D, g.date(rng, 2025, 2026, "num"))
    b.t("\nГруппа крови A(II) Rh(-), титр антител 1:4. Hb 108 г/л, ТТГ 2,1.\nМуж: ").v(P, father.full())
    b.t(", тел. ").v(T, g.phone(rng)).t("\nВрач акушер-гинеколог ").v(P, g.person(rng, fake, "femn").short())
    return b.done()


def birth_history(rng: random.Random, fake: Any) -> Planted:
    _, mother, _ = g.family_of(rng, fake)
    y, m, d = g.ymd(rng, 2024, 2026)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    b = B().t("ИСТОРИЯ РОДОВ № ").v(M, f"{_n(rng, 1, 3999)}/{y % 100}").t("\nРоженица ").v(P, mother.full())
    b.t(", ").v(D, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1984, 2006)}").t(
        " г.р.\n"
    )
    b.t("Поступила ").v(D, f"{d:02d}.{m:02d}.{y} в {hh:02d}:{mm:02d}").t(
        " с регулярной родовой деятельностью.\n"
    )
    b.t("Роды ").v(D, f"{d} {MONTHS_GENT[m - 1]} {y} г. в {(hh + 5) % 24} ч {mm:02d} мин")
    b.t(" — живая доношенная девочка, масса 3280, рост 51, Апгар 8/9. Кровопотеря 300 мл.\n")
    b.t("Роды принимала акушерка ").v(P, g.person(rng, fake, "femn").short(before=True))
    b.t(", врач ").v(P, g.person(rng, fake).short()).t(".\nПалата 214, койка 3. Окситоцин 10 ЕД в/м.")
    return b.done()


def newborn_discharge(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("ВЫПИСКА из истории развития новорождённого № ").v(M, f"{_n(rng, 100, 4999)}-Н")
    b.t("\nРебёнок: ").v(P, child.S()).t(" (").t("мальчик" if child.g == "masc" else "девочка").t(")\n")
    b.t("Мать: ").v(P, mother.full()).t(", ").v(D, g.dob(rng, False, "num")).t(" г.р.\n")
    b.t("Дата рождения ").v(D, g.date(rng, 2025, 2026, "time")).t(", срок гестации 39 нед.\n")
    b.t("БЦЖ-М ").v(D, g.date(rng, 2025, 2026, "num2")).t(", серия 154, гепатит B ").v(
        D, g.date(rng, 2025, 2026, "num2")
    )
    b.t("\nНеонатальный скрининг (бланк № ").v(M, g._digits(rng, 10)).t(") взят ").v(
        D, g.date(rng, 2025, 2026, "num")
    )
    b.t("\nАудиоскрининг: пройден. Выписан домой: ").v(
        L, g.address(rng, fake, rng.choice(("city", "mkr", "rural")))
    )
    b.t("\nПатронаж передан в ДП № 5, тел. участка ").v(T, g.phone(rng, "city"))
    return b.done()


def form112(rng: random.Random, fake: Any) -> Planted:
    """История развития ребёнка, титульный лист ф. 112/у."""
    child, mother, father = g.family_of(rng, fake)
    b = (
        B()
        .t("Медицинская документация\nФорма № 112/у\n\nИСТОРИЯ РАЗВИТИЯ РЕБЁНКА № ")
        .v(M, _n(rng, 1, 99999))
    )
    b.t("\n1. Фамилия ").v(P, child.S()).t("  Имя ").v(P, child.N()).t("  Отчество ").opt(P, child.P(), "нет")
    b.t("\n2. Дата рождения: число ").v(D, g.date(rng, 2014, 2026, rng.choice(("num", "words", "dash"))))
    b.t("\n3. Адрес ").v(L, g.address(rng, fake)).t("\n4. Мать ").v(P, mother.short())
    b.t(", тел. ").v(T, g.phone(rng)).t(", место работы: МАОУ СОШ № 12\n5. Отец ").v(
        P, father.short(before=True)
    )
    b.t(", тел. ").v(T, g.phone(rng)).t("\n6. Полис ").v(OMS, g.oms(rng)).t("\n7. СНИЛС ").v(SN, g.snils(rng))
    b.t("\nГруппа здоровья II, физкультурная группа основная.")
    return b.done()


def growth_table(rng: random.Random, fake: Any) -> Planted:
    child, _, _ = g.family_of(rng, fake)
    b = (
        B()
        .t("Антропометрия — ")
        .v(P, child.short(space=True))
        .t(" (карта ")
        .v(M, f"{_n(rng, 10, 9999)}/{_n(rng, 14, 26)}")
    )
    b.t(")\n| Дата       | Возраст | Масса, кг | Рост, см |\n")
    y = rng.randint(2018, 2024)
    for i in range(rng.randint(2, 4)):
        b.t("| ").v(D, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{y + i}")
        b.t(f" | {i + 1} г.    | {9 + i * 2},{rng.randint(0, 9)}      | {75 + i * 9}       |\n")
    b.t("Педиатр участковый ").v(P, g.person(rng, fake, "femn").short())
    return b.done()


def vaccination_certificate(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = (
        B()
        .t("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)\nСерия ")
        .v(M, f"{_n(rng, 10, 99)} № {_n(rng, 100000, 999999)}")
    )
    b.t("\nФамилия, имя, отчество ").v(P, child.full()).t("\nГод рождения ").v(D, g.dob(rng, True, "num"))
    b.t("\nАдрес ").v(L, g.address(rng, fake)).t("\n\nПрививка | Дата | Доза | Серия | Врач\n")
    for vac in rng.sample(("АКДС-V1", "ИПВ-V2", "КПК-V", "Гепатит B-V3", "Пневмо-V1", "Менинго-RV"), 3):
        b.t(f"{vac} | ").v(D, g.date(rng, 2014, 2026, rng.choice(("num", "num2", "dash"))))
        b.t(f" | 0,5 мл | {rng.choice('АБКМ')}{_n(rng, 100, 999)} | ").v(P, g.person(rng, fake).S()).t("\n")
    b.t("Подпись родителя ________ (").v(P, mother.short(before=True)).t(")")
    return b.done()


def vaccine_refusal(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("ОТКАЗ от профилактических прививок\nЯ, ").v(P, mother.full()).t(", паспорт серии ")
    s, n = g.passport(rng)
    b.v(PAS, s).t(" номер ").v(PAS, n).t(", являясь законным представителем несовершеннолетнего ")
    b.v(P, child.full("gent")).t(", ").v(D, g.dob(rng, True, "num")).t(" г.р., проживающего: ")
    b.v(L, g.address(rng, fake)).t(", отказываюсь от прививки против кори, краснухи, паротита.\n")
    b.t("Последствия отказа разъяснены врачом ").v(P, g.person(rng, fake).short("ablt"))
    b.t(".\nДата ").v(D, g.date(rng, 2022, 2026, "wordsg")).t("   Подпись ______")
    return b.done()


def kindergarten_cert(rng: random.Random, fake: Any) -> Planted:
    child, _, _ = g.family_of(rng, fake)
    b = B().t("СПРАВКА (ф. 065/у)\nДана ").v(P, child.full("datv")).t(", ")
    b.v(D, g.dob(rng, True, rng.choice(("num", "num2", "roman")))).t(" г.р., в том, что он(а) по адресу ")
    b.v(L, g.address(rng, fake, rng.choice(("city", "korp", "index_last")))).t(" в контакте с инфекционными ")
    b.t("больными за последние 21 день не был(а).\nМожет посещать ДОУ № 147 с ").v(
        D, g.date(rng, 2023, 2026, "num")
    )
    b.t(".\nВрач-педиатр ").v(P, g.person(rng, fake, "femn").short()).t("   Справка № ").v(
        M, _n(rng, 100, 9999)
    )
    return b.done()


def school_pe_cert(rng: random.Random, fake: Any) -> Planted:
    child, _, _ = g.family_of(rng, fake)
    b = B().t("Справка об освобождении от физкультуры № ").v(M, f"{_n(rng, 1, 999)}/{_n(rng, 1, 12)}")
    b.t("\nУченик(ца) 7 «Б» класса ").v(P, child.short()).t(" освобождается от занятий ")
    b.t("физической культурой с ").v(D, g.date(rng, 2024, 2026, "num")).t(" по ").v(
        D, g.date(rng, 2024, 2026, "num")
    )
    b.t(" в связи с перенесённым ОРВИ (J06.9). Школа: МБОУ «Гимназия № 3», кабинет 204.\n")
    b.t("Врач ").v(P, g.person(rng, fake).short(before=True)).t(", каб. 12, ИНН учреждения 1660012340")
    return b.done()


def camp_cert(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("Медицинская справка на ребёнка, отъезжающего в санаторный оздоровительный лагерь (079/у)\n")
    b.t("1. ").v(P, child.full()).t("\n2. Дата рождения ").v(D, g.dob(rng, True, "iso"))
    b.t("\n3. Адрес: ").v(L, g.address(rng, fake)).t("\n4. Прививки: по календарю; R-манту ")
    b.v(D, g.date(rng, 2024, 2026, "num2")).t(" — 3 мм.\n5. Контакт с родителем: ").v(P, mother.io())
    b.t(", ").v(T, g.phone(rng)).t(" / ").v(T, g.phone(rng, "mob8")).t(
        "\nЛагерь «Орлёнок», смена 2 (организационный номер 0123)."
    )
    return b.done()


def guardian_consent(rng: random.Random, fake: Any) -> Planted:
    child, _, _ = g.family_of(rng, fake)
    guard = g.person(rng, fake, rng.choice(("masc", "femn")))
    b = B().t("Информированное добровольное согласие на медицинское вмешательство\nЯ, ").v(P, guard.full())
    b.t(", опекун (распоряжение органа опеки № 1154-р от ").v(D, g.date(rng, 2018, 2025, "num"))
    b.t(") несовершеннолетнего ").v(P, child.S("gent")).t(" ").v(P, child.N("gent")).t(" ")
    if child.p:
        b.v(P, child.P("gent")).t(" ")
    b.t("даю согласие на проведение аденотомии.\nЗарегистрирован: ").v(L, g.address(rng, fake, "reversed"))
    b.t("\nКонтакты: ").v(T, g.phone(rng)).t(", ").v(EM, g.email(rng, guard))
    b.t("\nМедицинский работник ").v(P, g.person(rng, fake).short()).t("   ").v(
        D, g.date(rng, 2023, 2026, "num")
    )
    return b.done()


def disability_child(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("НАПРАВЛЕНИЕ НА МСЭ (ф. 088/у) № ").v(M, f"{_n(rng, 10, 99)}-{_n(rng, 10000, 99999)}")
    b.t("\nГражданин: ").v(P, child.full()).t(", дата рождения ").v(D, g.dob(rng, True, "num"))
    b.t("\nСНИЛС: ").v(SN, g.snils(rng)).t("\nЗаконный представитель: ").v(P, mother.full())
    b.t(", СНИЛС ").v(SN, g.snils(rng)).t(", ИНН ").v(INN, g.inn(rng)).t("\nАдрес: ").v(
        L, g.address(rng, fake)
    )
    b.t("\nДиагноз G80.1 Спастическая диплегия. Инвалидность установлена ").v(
        D, g.date(rng, 2016, 2024, "num")
    )
    b.t(", справка МСЭ-2023 № ").v(M, g._digits(rng, 7)).t(". ИПРА № ").v(
        M, f"{_n(rng, 100, 1999)}.{_n(rng, 1, 99)}.Ф.{_n(rng, 10, 99)}/{rng.randint(2019, 2025)}"
    )
    b.t("\nГБУЗ ДГП № 7 (ИНН 1655012345, ОГРН 1021602845678)")
    return b.done()


def benefit_application(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("Заявление на единое пособие\nЗаявитель: ").v(P, mother.S()).t("\n").v(P, mother.N()).t("\n")
    b.opt(P, mother.P()).t("\nСНИЛС заявителя\n").v(SN, g.snils(rng, "std"))
    b.t("\nИНН\n").v(INN, g.inn(rng)).t("\nСведения о ребёнке: ").v(P, child.full()).t(
        ", свидетельство о рождении "
    )
    rom = rng.choice(g.ROMAN[:6])
    b.v(M, f"{rom}-{rng.choice(('ЕС', 'ОБ', 'КВ'))} {_n(rng, 100000, 999999)}").t(", дата выдачи ")
    b.v(D, g.date(rng, 2015, 2026, "num")).t("\nМобильный: ").v(T, g.phone(rng, "mobplain")).t(" e-mail ")
    b.v(EM, g.email(rng, mother)).t("\nСправка о доходах прилагается (сумма 35 000 руб.)")
    return b.done()


def patronage_note(rng: random.Random, fake: Any) -> Planted:
    child, mother, father = g.family_of(rng, fake)
    b = (
        B()
        .t("Первичный патронаж новорождённого ")
        .v(D, g.date(rng, 2025, 2026, rng.choice(("num", "words"))))
    )
    b.t("\nАдрес: ").v(L, g.address(rng, fake, rng.choice(("rural", "snt", "mkr")))).t("\nРебёнок ")
    b.v(P, child.N()).t(", 7 сут. Мать ").v(P, mother.io()).t(" (").v(D, g.dob(rng, False, "num2"))
    b.t("), отец ").v(P, father.S()).t(" — в командировке. Бабушка ").v(P, g.person(rng, fake, "femn").full())
    b.t(" помогает по уходу.\nГрудное вскармливание. Пупочная ранка сухая. Вес 3560 (+210 г).\n")
    b.t("Патронажная м/с ").v(P, g.person(rng, fake, "femn").short(before=True, space=True))
    return b.done()


def mother_child_ward(rng: random.Random, fake: Any) -> Planted:
    child, mother, _ = g.family_of(rng, fake)
    b = B().t("Совместное пребывание: ребёнок ").v(P, child.short()).t(" (ИБ № ").v(M, _n(rng, 1000, 29999))
    b.t("), по уходу — мать ").v(P, mother.full()).t(", пропуск до ").v(D, g.date(rng, 2024, 2026, "num"))
    b.t(".\nПалата № 6, бокс 2. Диета № 5, смесь NAN 120 мл × 7 р/сут. ")
    b.t("Мать просит выписку на e-mail ").v(EM, g.email(rng, mother)).t(".")
    return b.done()


def migrant_child_admission(rng: random.Random, fake: Any) -> Planted:
    child = g.person(rng, fake, origin="cis")
    mother = g.person(rng, fake, "femn", "cis")
    b = (
        B()
        .t("Поступил ребёнок ")
        .v(P, child.full())
        .t(" (")
        .v(P, child.lat())
        .t(" — по паспорту Узбекистана)\n")
    )
    b.t("Паспорт иностранного гражданина ").v(M, f"FA{_n(rng, 1000000, 9999999)}").t(
        ", миграционная карта № "
    )
    b.v(M, f"{_n(rng, 10, 99)} {_n(rng, 10, 99)} {_n(rng, 1000000, 9999999)}").t("\nМать ").v(
        P, mother.full()
    )
    b.t(", патент ").v(M, f"{_n(rng, 10, 99)} № {_n(rng, 1000000000, 9999999999)}").t("\nАдрес регистрации: ")
    b.v(L, g.address(rng, fake)).t("\nАдрес на родине: ").v(
        L,
        f"Самаркандская обл., {rng.choice(('Пастдаргомский', 'Ургутский'))} туман, кишлак {rng.choice(('Джума', 'Каттакурган', 'Ургут'))}",
    )
    b.t("\nТел.: ").v(T, g.phone(rng, "foreign")).t(", в РФ ").v(T, g.phone(rng, "mob"))
    b.t("\nПолис ДМС мигранта № ").v(M, f"ДМС-{_n(rng, 100000, 999999)}").t(". Ds: A09.")
    return b.done()


def foreign_family(rng: random.Random, fake: Any) -> Planted:
    fn, ln, rfn, rln = rng.choice(g.FOREIGN)
    mfn = rng.choice(("Claire", "Julia", "Emma", "Lena"))
    b = B().t("Ребёнок ").v(P, f"{rln} {rfn}").t(" / ").v(P, f"{ln.upper()} {fn.upper()}")
    b.t(", DOB ").v(D, g.date(rng, 2012, 2024, rng.choice(("slash", "iso")))).t("\nMother: ").v(
        P, f"{mfn} {ln}"
    )
    b.t(", passport ").v(M, f"C{_n(rng, 10000000, 99999999)}").t(", тел. ").v(T, g.phone(rng, "foreign"))
    b.t("\nInsurance: AXA policy ").v(M, f"AX-{_n(rng, 1000000, 9999999)}").t("\nАдрес пребывания: ")
    b.v(L, g.address(rng, fake, "moscow")).t(", гостиница не указана\nE-mail ").v(
        EM, f"{mfn.lower()}.{ln.lower().replace(' ', '')}@gmail.com"
    )
    return b.done()


def twins_discharge(rng: random.Random, fake: Any) -> Planted:
    c1, mother, _ = g.family_of(rng, fake, "masc")
    c2 = g.Person(mother.s if mother.s.endswith("а") else c1.s, fake.first_name_female(), "", "femn")
    if c1.s.endswith(("ов", "ев", "ин")):
        c2.s = c1.s + "а"
    y, m, d = g.ymd(rng, 2025, 2026)
    b = B().t("Двойня. Родились ").v(D, f"{d:02d}.{m:02d}.{y}").t(": 1-й ").v(P, c1.N()).t(" (")
    b.t(f"{rng.randint(2100, 2800)} г) в ").t(f"{rng.randint(1, 9)}:{rng.randint(10, 59)}").t(", 2-я ").v(
        P, c2.N()
    )
    b.t(" — через 12 мин. Мать: ").v(P, mother.full()).t(". ИБ детей № ").v(M, f"{_n(rng, 100, 999)}/1")
    b.t(" и ").v(M, f"{_n(rng, 100, 999)}/2").t(". Выписка ").v(
        D, f"{min(28, d + 5)} {MONTHS_GENT[m - 1]}"
    ).t(".")
    return b.done()


BLOCKS = [
    ("b17_exchange_card", exchange_card),
    ("b17_birth_history", birth_history),
    ("b17_newborn_discharge", newborn_discharge),
    ("b17_form112_title", form112),
    ("b17_growth_table", growth_table),
    ("b17_vaccination_certificate", vaccination_certificate),
    ("b17_vaccine_refusal", vaccine_refusal),
    ("b17_kindergarten_cert", kindergarten_cert),
    ("b17_school_pe_cert", school_pe_cert),
    ("b17_camp_cert", camp_cert),
    ("b17_guardian_consent", guardian_consent),
    ("b17_disability_child", disability_child),
    ("b17_benefit_application", benefit_application),
    ("b17_patronage_note", patronage_note),
    ("b17_mother_child_ward", mother_child_ward),
    ("b17_migrant_child_admission", migrant_child_admission),
    ("b17_foreign_family", foreign_family),
    ("b17_twins_discharge", twins_discharge),
]
