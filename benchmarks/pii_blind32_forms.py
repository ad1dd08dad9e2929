"""Paper-form blocks of blind split 32: sanatorium-resort cards (072/у, 076/у), ФАП visits and
journals, newborn patronage, pre-employment and periodic check-ups, sports medicine, driver
commission, district-hospital discharge, air ambulance, death at home, migrants' check-ups, a scanned
passport page."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_blind32_gen import (
    LANDLINE,
    MOBILE,
    Doc,
    enp_value,
    fmt_date,
    inn_value,
    name_parts,
    num,
    passport_value,
    render_name,
    rural,
    snils_value,
    when,
    who,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

ADDR = rural("{R}, {D} р-н, {k} {V}, ул. {S}, д. {N}", "{k} {V}, ул. {S}, {N}-{Q}", "{D} р-н, {K} {V}, {S}, {N}",
             "{P}, {R}, {D} район, {k} {V}, ул. {S}, д. {N}", "{k} {V} {Dg} р-на, {S} ул., {N}")
DOB = when("dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yyyyг.", "dd.mm.yy", lo="-85y", hi="-18y")
RECENT = when("dd.mm.yyyy", "dd.mm.yyyy г.", "«dd» MG yyyy г.", lo="-3y")


def _p(rng: random.Random, fake: Any, *shapes: str, case: str = "nomn", female: bool | None = None) -> str:
    return who(*shapes, female=female)(rng, fake, case)


def card_072(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(rng.choice(("САНАТОРНО-КУРОРТНАЯ КАРТА № ", "Санаторно-курортная карта (ф. 072/у) № ")))
    d.v("MEDICAL_RECORD_NUMBER", num("XXX", "XXXX/Y", "XX-XXXX")(rng, fake, "")).t("\n")
    d.t("Выдана: ").v("DATE_TIME", RECENT(rng, fake, "")).t("\n1. Фамилия, имя, отчество: ")
    d.v("PERSON", _p(rng, fake, "F I O", "FU IU OU")).t("\n2. Пол: " + rng.choice("мж") + "   3. Дата рождения: ")
    d.v("DATE_TIME", DOB(rng, fake, "")).t("\n4. Адрес регистрации по месту жительства: ").v("LOCATION", ADDR(rng, fake, ""))
    d.t("\n5. СНИЛС ").v("RU_SNILS", snils_value(rng)).t("   Полис ОМС ").v("RU_OMS_POLICY", enp_value(rng))
    d.t("\n6. Место работы, должность: ").t(rng.choice(("пенсионер", "тракторист СПК", "учитель СОШ", "не работает")))
    d.t("\nРекомендуемое лечение: ").t(rng.choice(("бальнеологическое", "грязелечение", "климатолечение")))
    d.t("\nЛечащий врач ").v("PERSON", _p(rng, fake, "F io", "F i o")).t("   Зав. отделением ")
    return d.v("PERSON", _p(rng, fake, "F io", "io F")).done()


def card_076(rng: random.Random, fake: Any) -> Planted:
    child = name_parts(rng, fake)
    d = Doc().t("Санаторно-курортная карта для детей ф. 076/у № ").v("MEDICAL_RECORD_NUMBER", num("XXX", "XXXX")(rng, fake, ""))
    d.t("\nФИО ребёнка: ").v("PERSON", render_name(child, rng.choice(("F I O", "F I")))).t("\nДата рождения: ")
    d.v("DATE_TIME", when("dd.mm.yyyy", lo="-17y")(rng, fake, "")).t("\nСвидетельство о рождении: ")
    d.v("MEDICAL_RECORD_NUMBER", num("II-LL № XXXXXX", "I-LL XXXXXX", "III-LL XXXXXX")(rng, fake, ""))
    d.t("\nСопровождающий (мать): ").v("PERSON", _p(rng, fake, "F I O", female=True)).t(", тел. ").v("PHONE_NUMBER", MOBILE(rng, fake, ""))
    d.t("\nАдрес: ").v("LOCATION", ADDR(rng, fake, "")).t("\nШкола: МБОУ СОШ, 5 класс\nПедиатр ")
    return d.v("PERSON", _p(rng, fake, "F io")).done()


def fap_visit(rng: random.Random, fake: Any) -> Planted:
    pat = name_parts(rng, fake)
    d = Doc().v("DATE_TIME", when("dd.mm.yyyy hh:ii", "dd.mm.yy в hh.ii", "dd.mm hh:ii", lo="-2y")(rng, fake, ""))
    d.t(rng.choice((" Вызов на дом. ", " Актив из ЦРБ. ", " Посещение на дому. ")))
    d.t("Пациент" + ("ка " if pat[3] else " ")).v("PERSON", render_name(pat, rng.choice(("F io", "F I O"))))
    d.t(f", {rng.randrange(60, 95)} л., ")
    d.v("LOCATION", rural("{k} {V}, ул. {S}, {N}", "{k}{V}, {S} {N}", "{V}, {S}, д.{N}")(rng, fake, ""))
    d.t(". Жалобы на одышку, отёки ног. АД 170/100, ЧСС 96. Дан каптоприл 25 мг под язык. ")
    rel = rng.choice(("Дочь", "Сын", "Соседка", "Внук"))
    d.t(rel + " ").v("PERSON", _p(rng, fake, "F I", "I O", "F i o", female=rel in ("Дочь", "Соседка")))
    d.t(" предупрежден" + ("а" if rel in ("Дочь", "Соседка") else "") + ", тел. ")
    d.v("PHONE_NUMBER", MOBILE(rng, fake, "")).t(". Повторный осмотр ").v("DATE_TIME", when("dd.mm", "d MG", lo="-2y")(rng, fake, ""))
    d.t(".\nФельдшер ").v("PERSON", _p(rng, fake, "F io", "io F"))
    return d.done()


def newborn_patronage(rng: random.Random, fake: Any) -> Planted:
    born = fake.date_between(start_date="-1y", end_date="-2w")
    visit = born + timedelta(days=rng.randrange(3, 12))
    d = Doc().t("Первичный патронаж новорождённого ").v("DATE_TIME", fmt_date(visit, rng.choice(("dd.mm.yyyy", "dd.mm")), rng))
    d.t(".\nРебёнок: ").v("PERSON", _p(rng, fake, "F I", "F I O")).t(", родился ")
    d.v("DATE_TIME", fmt_date(born, rng.choice(("dd.mm.yyyy", "d MG", "dd.mm.yy")), rng))
    d.t(" в ЦРБ, вес 3450 г.\nМать: ").v("PERSON", _p(rng, fake, "F I O", "F io", female=True)).t(f", {rng.randrange(18, 40)} л.")
    d.t("\nАдрес: ").v("LOCATION", ADDR(rng, fake, "")).t("\nСв-во о рождении ")
    d.v("MEDICAL_RECORD_NUMBER", num("I-LL № XXXXXX", "II-LL XXXXXX")(rng, fake, "")).t(", полис ОМС ребёнка ")
    d.v("RU_OMS_POLICY", enp_value(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")))).t("\nАкушерка ФАП ")
    return d.v("PERSON", _p(rng, fake, "F io", "F i o", female=True)).done()


def preemployment(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("НАПРАВЛЕНИЕ № ").v("MEDICAL_RECORD_NUMBER", num("XX", "XXX", "XX/Y")(rng, fake, ""))
    d.t(" на предварительный медицинский осмотр\nРаботодатель: КФХ (глава ").v("PERSON", _p(rng, fake, "F I O", "F io"))
    d.t("), ИНН ").v("RU_INN", inn_value(rng, 12)).t("\nФ.И.О. работника: ").v("PERSON", _p(rng, fake, "F I O"))
    d.t("\nДата рождения: ").v("DATE_TIME", DOB(rng, fake, "")).t("\nПаспорт: ")
    d.v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX"))))
    d.t("\nСНИЛС: ").v("RU_SNILS", snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    d.t("\nДолжность: ").t(rng.choice(("тракторист-машинист", "оператор машинного доения", "водитель лесовоза", "скотник")))
    d.t("\nВредные факторы: п. 4.4, 4.9 (Приказ 29н)\nМесто работы: ").v("LOCATION", rural("МТФ {k} {V}", "ферма в {k} {V}, {D} р-н", "пилорама, {k} {V}")(rng, fake, ""))
    return d.done()


def periodic_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    d = Doc().t(sep.join(("№", "ФИО", "Дата рожд.", "СНИЛС", "Профессия", "Заключение")) + "\n")
    for i in range(1, rng.randrange(3, 5)):
        d.t(f"{i}{sep}").v("PERSON", _p(rng, fake, "F I O", "F io")).t(sep).v("DATE_TIME", when("dd.mm.yyyy")(rng, fake, ""))
        d.t(sep).v("RU_SNILS", snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))).t(sep)
        d.t(rng.choice(("механизатор", "доярка", "лесник", "водитель", "пекарь")) + sep)
        d.t(rng.choice(("годен", "противопоказаний нет", "направлен в центр профпатологии")) + "\n")
    return d.done()


def sports(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ № ").v("MEDICAL_RECORD_NUMBER", num("XXX", "XXXX/Y", "YY-XXXX")(rng, fake, ""))
    d.t("\nо допуске к тренировочным мероприятиям и соревнованиям\nВыдано: ").v("PERSON", _p(rng, fake, "F I O", "F I"))
    d.t(", дата рождения ").v("DATE_TIME", when("dd.mm.yyyy", lo="-40y", hi="-7y")(rng, fake, "")).t(", проживающему: ")
    d.v("LOCATION", ADDR(rng, fake, "")).t("\nВид спорта: ").t(rng.choice(("лыжные гонки", "вольная борьба", "самбо", "футбол")))
    d.t(". Группа здоровья II. Допущен.\nДата выдачи ").v("DATE_TIME", RECENT(rng, fake, "")).t(", действительно до ")
    d.v("DATE_TIME", when("dd.mm.yyyy", lo="-1y", hi="+1y")(rng, fake, "")).t("\nВрач по спортивной медицине ")
    return d.v("PERSON", _p(rng, fake, "F io", "io F")).t(" М.П.").done()


def driver_003(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Медицинское заключение (003-В/у) серия ").v("MEDICAL_RECORD_NUMBER", num("XX № XXXXXX", "XX XXXXXX")(rng, fake, ""))
    d.t("\n1. ").v("PERSON", _p(rng, fake, "F I O", "FU IU OU")).t("\n2. Дата рождения ").v("DATE_TIME", DOB(rng, fake, ""))
    d.t("\n3. Место регистрации: ").v("LOCATION", ADDR(rng, fake, "")).t("\n4. Водительское удостоверение ")
    d.v("MEDICAL_RECORD_NUMBER", num("XX XX XXXXXX", "XXXX XXXXXX")(rng, fake, "")).t("\nКатегории: B, C\n")
    d.t("Дата выдачи заключения ").v("DATE_TIME", RECENT(rng, fake, "")).t("\nПредседатель комиссии ")
    return d.v("PERSON", _p(rng, fake, "F io")).done()


def discharge_crb(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(f"ОГБУЗ «{rng.choice(('Кожевниковская', 'Шегарская', 'Тарская', 'Чурапчинская'))} РБ»\nВЫПИСНОЙ ЭПИКРИЗ из ИБ № ")
    d.v("MEDICAL_RECORD_NUMBER", num("XXXX", "XXX/Y")(rng, fake, "")).t("\n").v("PERSON", _p(rng, fake, "F I O"))
    d.t(", ").v("DATE_TIME", when("yyyy", "dd.mm.yyyy")(rng, fake, "")).t(" г.р., прож.: ")
    d.v("LOCATION", ADDR(rng, fake, "")).t("\nНаходился на лечении в терапевтическом отделении с ")
    start = fake.date_between(start_date="-2y", end_date="-1m")
    stop = start + timedelta(days=rng.randrange(3, 21))
    d.v("DATE_TIME", fmt_date(start, rng.choice(("dd.mm.yyyy", "dd.mm")), rng)).t(" по ")
    d.v("DATE_TIME", fmt_date(stop, rng.choice(("dd.mm.yyyy", "dd.mm.yyyy г.")), rng))
    d.t("\nДиагноз: I11.9. Рекомендовано наблюдение у фельдшера ФАП по месту жительства.\nЛечащий врач ")
    return d.v("PERSON", _p(rng, fake, "F io", "F i o")).done()


def sanavia(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ЗАЯВКА на санавиацию № ").v("MEDICAL_RECORD_NUMBER", num("XXX", "XX/Y")(rng, fake, "")).t(" от ")
    d.v("DATE_TIME", when("dd.mm.yyyy hh:ii", "dd.mm.yyyy", lo="-1y")(rng, fake, "")).t("\nПациент: ").v("PERSON", _p(rng, fake, "F I O", "F io"))
    d.t(f", {rng.randrange(1, 90)} л., нахождение: ").v("LOCATION", rural("{k} {V}, ФАП", "{K} {V} ({D} р-н)", "{k} {V}, {R}", "{k} {V} {Dg} р-на")(rng, fake, ""))
    d.t("\nПосадочная площадка — стадион школы. Диагноз: ОКС с подъёмом ST.\nЗаявку передал фельдшер ")
    d.v("PERSON", _p(rng, fake, "F io", "F I")).t(", тел. ").v("PHONE_NUMBER", rng.choice((MOBILE, LANDLINE))(rng, fake, ""))
    return d.done()


def death_home(rng: random.Random, fake: Any) -> Planted:
    pat = name_parts(rng, fake)
    d = Doc().t("Констатирована биологическая смерть ").v("PERSON", render_name(pat, rng.choice(("F I O", "F io")), "gent"))
    d.t(", ").v("DATE_TIME", when("dd.mm.yyyy", "yyyy", lo="-95y", hi="-40y")(rng, fake, "")).t(" г.р., ").v("DATE_TIME", when("dd.mm.yyyy в hh:ii", "dd.mm.yyyy hh ч ii мин", lo="-1y")(rng, fake, ""))
    d.t(" по адресу: ").v("LOCATION", ADDR(rng, fake, "")).t(". Присутствовали: ")
    rel = rng.choice(("сын", "жена", "сноха", "муж"))
    d.t(rel + " ").v("PERSON", _p(rng, fake, "F I O", "F io", female=rel in ("жена", "сноха"))).t(", участковый уполномоченный ").v("PERSON", _p(rng, fake, "F io"))
    d.t(". Фельдшер ").v("PERSON", _p(rng, fake, "F io", "io F"))
    return d.done()


def migrant(rng: random.Random, fake: Any) -> Planted:
    last, first, father = rng.choice((("Рахимов", "Жахонгир", "Алишер"), ("Тошматов", "Шохрух", "Бахром"),
                                      ("Назаров", "Фарход", "Акмал"), ("Каримов", "Улугбек", "Рустам")))
    d = Doc().t("Медосвидетельствование иностранного гражданина (для патента)\nФИО: ")
    d.v("PERSON", rng.choice((f"{last} {first} {father} угли", f"{last} {first} {father}ович", f"{last.upper()} {first.upper()}")))
    d.t("\nГражданство: Узбекистан. Паспорт ").v("MEDICAL_RECORD_NUMBER", num("WW XXXXXXX", "WWXXXXXXX")(rng, fake, ""))
    d.t("\nМиграционная карта ").v("MEDICAL_RECORD_NUMBER", num("XXXX № XXXXXXX", "XXXX XXXXXXX")(rng, fake, ""))
    d.t("\nДата въезда: ").v("DATE_TIME", when("dd.mm.yyyy", lo="-1y")(rng, fake, "")).t("\nАдрес пребывания: ")
    d.v("LOCATION", rural("{k} {V}, ул. {S}, д. {N} (вагончик)", "{D} р-н, {k} {V}, ферма", "{k} {V}, {S}, {N}")(rng, fake, ""))
    d.t("\nТел. ").v("PHONE_NUMBER", MOBILE(rng, fake, "")).t("\nФлюорография, ВИЧ, RW — отрицательно. Врач ")
    return d.v("PERSON", _p(rng, fake, "F io")).done()


def fap_journal(rng: random.Random, fake: Any) -> Planted:
    d = Doc()
    for _ in range(rng.randrange(2, 4)):
        pat = name_parts(rng, fake)
        d.v("DATE_TIME", when("dd.mm", "d.mm", "dd.mm.yy", lo="-1y")(rng, fake, "")).t(" ")
        d.v("PERSON", render_name(pat, rng.choice(("F io", "F I", "F"))).lower()).t(f" {rng.randrange(20, 90)}л ")
        d.v("LOCATION", rural("{k}{V} ул.{S} {N}", "{k} {V} {S} {N}", "{V} {N}-{Q}")(rng, fake, "").lower())
        d.t(rng.choice((" ад 150/90 дибазол", " перевязка", " инъекц. №3", " давл 140/80 норм", " t 37.8 орви")) + "\n")
    return d.done()


def passport_scan(rng: random.Random, fake: Any) -> Planted:
    pat = name_parts(rng, fake)
    d = Doc().t("[скан паспорта, распознано]\n").v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX XXXXXX", "XX XX  XXXXXX"))))
    d.t("\nФамилия ").v("PERSON", pat[0].upper()).t("\nИмя ").v("PERSON", pat[1].upper()).t("\nОтчество ").v("PERSON", pat[2].upper())
    d.t("\nДата рождения ").v("DATE_TIME", when("dd.mm.yyyy", "dd.mm.yyyy.")(rng, fake, "").rstrip("."))
    d.t("\nМесто рождения ").v("LOCATION", rural("{K} {V} {Dg} района {R}", "{k} {V} {Dg} р-на")(rng, fake, "").upper())
    d.t("\nМесто жительства: ").v("LOCATION", ADDR(rng, fake, "").upper().replace("УЛ.", "УЛ,"))
    return d.done()


H = HELDOUT
FORM_BLOCKS: list[BlockFamily] = [
    BlockFamily("b32-blk-072u", H, card_072), BlockFamily("b32-blk-076u", H, card_076),
    BlockFamily("b32-blk-fap-visit", H, fap_visit), BlockFamily("b32-blk-newborn-patronage", H, newborn_patronage),
    BlockFamily("b32-blk-preemployment", H, preemployment), BlockFamily("b32-blk-periodic-list", H, periodic_csv),
    BlockFamily("b32-blk-sports-conclusion", H, sports), BlockFamily("b32-blk-driver-003v", H, driver_003),
    BlockFamily("b32-blk-discharge-crb", H, discharge_crb), BlockFamily("b32-blk-sanavia", H, sanavia),
    BlockFamily("b32-blk-death-home", H, death_home), BlockFamily("b32-blk-migrant", H, migrant),
    BlockFamily("b32-blk-fap-journal", H, fap_journal), BlockFamily("b32-blk-passport-scan", H, passport_scan),
]
