"""Single-value families of the blind17 split: one value in a short paediatric / outpatient note."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind17_gen as g
from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Family, Maker

S = "blind17"


def _mk(fn: Any) -> Maker:
    return fn


def child_full(rng: random.Random, fake: Any, case: str) -> str:
    p = g.person(rng, fake)
    return rng.choice((p.full(case), p.full(case), f"{p.S(case)} {p.N(case)}"))


def mother_short(rng: random.Random, fake: Any, case: str) -> str:
    p = g.person(rng, fake, "femn")
    return rng.choice((p.short(case), p.short(case, before=True), p.short(case, space=True), p.io(case)))


def doctor(rng: random.Random, fake: Any, case: str) -> str:
    p = g.person(rng, fake)
    return rng.choice((p.short(case), p.short(case, before=True), p.S(case), p.full(case)))


def kid_name(rng: random.Random, fake: Any, case: str) -> str:
    p = g.person(rng, fake, origin="ru")
    d = g.dimin(p)
    return rng.choice((d, p.N(), f"{d} {p.S()}")) if case == "nomn" else p.N(case)


def foreign(rng: random.Random, fake: Any, case: str) -> str:
    fn, ln, rfn, rln = rng.choice(g.FOREIGN)
    return rng.choice((f"{ln.upper()} {fn.upper()}", f"{fn} {ln}", f"{rln} {rfn}", f"{ln}, {fn}"))


def cis(rng: random.Random, fake: Any, case: str) -> str:
    p = g.person(rng, fake, origin="cis")
    return rng.choice((p.full(case), p.lat(), f"{p.S(case)} {p.N(case)}"))


def dob_any(rng: random.Random, fake: Any, case: str) -> str:
    return g.dob(
        rng, style=rng.choice(("num", "num", "num2", "iso", "slash", "abbr", "dash", "roman", "ocr"))
    )


def partial_date(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng, 2015, 2026)
    if case == "loct":
        return f"{MONTHS_LOCT[m - 1]} {y} г."
    return rng.choice(
        (f"{d} {MONTHS_GENT[m - 1]}", f"{m:02d}.{y}", f"{MONTHS_NOMN[m - 1]} {y}", f"{d:02d}.{m:02d}")
    )


def date_range(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng, 2020, 2026)
    d2 = min(28, d + rng.randint(3, 14))
    return rng.choice((f"{d:02d}.{m:02d}-{d2:02d}.{m:02d}.{y}", f"с {d} по {d2} {MONTHS_GENT[m - 1]} {y} г."))


def date_time(rng: random.Random, fake: Any, case: str) -> str:
    return g.date(rng, 2022, 2026, rng.choice(("time", "timeiso", "ocr", "roman", "wordsg", "shorty")))


def ph(rng: random.Random, fake: Any, case: str) -> str:
    return g.phone(rng)


def addr(rng: random.Random, fake: Any, case: str) -> str:
    return g.address(rng, fake)


def town(rng: random.Random, fake: Any, case: str) -> str:
    return f"{rng.choice(g.RURAL)} {fake.city_name()}" if rng.random() < 0.5 else fake.city_name()


def mrn_card(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9999)}/{rng.randint(15, 26)}",
            f"{rng.randint(100, 99999)}-Д",
            f"П-{rng.randint(1000, 99999)}",
            f"{rng.randint(10, 999)}/{rng.randint(1, 99)}-у",
        )
    )


def birth_cert(rng: random.Random, fake: Any, case: str) -> str:
    ser = f"{rng.choice(g.ROMAN[:10])}-{rng.choice(('КБ', 'ИР', 'МЮ', 'ГД', 'АЯ', 'РИ'))}"
    num = f"{rng.randint(100000, 999999)}"
    return rng.choice((f"{ser} № {num}", f"{ser} {num}", f"{ser}№{num}"))


def vacc_cert(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{g._digits(rng, 16)}",
            f"ПР-{rng.randint(100, 99999)}/{rng.randint(20, 26)}",
            f"№ {rng.randint(1000, 99999)}-ПС",
        )
    )


def sick_leave(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            g._digits(rng, 12),
            f"{g._digits(rng, 3)} {g._digits(rng, 3)} {g._digits(rng, 3)} {g._digits(rng, 3)}",
        )
    )


def snils(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng)


def inn(rng: random.Random, fake: Any, case: str) -> str:
    return g.inn(rng)


def oms(rng: random.Random, fake: Any, case: str) -> str:
    return g.oms(rng)


def pasp(rng: random.Random, fake: Any, case: str) -> str:
    return g.passport_str(rng)


def mail(rng: random.Random, fake: Any, case: str) -> str:
    return g.email(rng, g.person(rng, fake) if rng.random() < 0.7 else None)


def link(rng: random.Random, fake: Any, case: str) -> str:
    return g.url(rng)


def relative(rng: random.Random, fake: Any, case: str) -> str:
    p = g.person(rng, fake)
    return rng.choice((p.full(case), p.io(case), p.short(case), f"{p.N(case)} {p.S(case)}"))


def visit_date(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng, 2025, 2027)
    wd = rng.choice(("пн", "вт", "ср", "чт", "пт", "сб"))
    hh = rng.randint(8, 19)
    return rng.choice(
        (
            f"{wd}, {d:02d}.{m:02d}.{y} в {hh}:30",
            f"{d} {MONTHS_GENT[m - 1]} в {hh}.00",
            f"{d:02d}.{m:02d}.{y % 100:02d} {hh:02d}-00",
            f"{d:02d}.{m:02d}.{y}",
        )
    )


def referral(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{rng.randint(10, 99)}/{rng.randint(1000, 99999)}",
            f"НП-{rng.randint(100000, 999999)}",
            f"{rng.randint(1600, 1699)}{rng.randint(10**8, 10**9 - 1)}",
            f"О-{rng.randint(1, 999):03d}-25",
        )
    )


def rural_addr(rng: random.Random, fake: Any, case: str) -> str:
    return g.address(rng, fake, rng.choice(("rural", "snt", "reversed", "index_last", "korp")))


N = "Жалобы на кашель, насморк 3 дня, t 37,8. "
FAMILIES: list[Family] = [
    Family(
        "b17_child_name_cases",
        "PERSON",
        S,
        (
            "Ребёнок {} 4 лет, жалобы на сыпь на туловище, зуд. Аллергия на амоксициллин.",
            N + "Осмотр {gent} на дому, зев гиперемирован.",
            "Назначено: ибупрофен 100 мг/5 мл по 5 мл при t выше 38,5. Рекомендации даны матери {gent}.",
            "Направление на ЭЭГ выдано {datv}. Судороги фебрильные в анамнезе.",
            "Беседа с {ablt} о режиме питания; масса 14,2 кг, рост 98 см.",
            "В карте {gent} отмечены частые ОРВИ (6 раз за год), ЧБД.",
            "О {loct} сообщено в школу: карантин по ветряной оспе до конца недели.",
        ),
        _mk(child_full),
    ),
    Family(
        "b17_mother_short",
        "PERSON",
        S,
        (
            "Со слов матери ({}) мальчик стал вялым после прививки АКДС, t 38,1.",
            "Законный представитель: {}. Жалобы на боли в ухе у ребёнка, отит справа.",
            "Согласие на вакцинацию подписано матерью {ablt}. Противопоказаний нет.",
            "Ребёнок осмотрен в присутствии {gent}. Живот мягкий, безболезненный.",
            "Ребёнок доставлен бабушкой ({}), мать на работе. Рвота 3 раза.",
        ),
        _mk(mother_short),
    ),
    Family(
        "b17_doctor_signature",
        "PERSON",
        S,
        (
            "Стоматолог-терапевт __________ {}\nЛечение кариеса 36 зуба, пломба Filtek.",
            "Осмотрен офтальмологом {ablt}: VOD 0,6, VOS 0,8, спазм аккомодации.",
            "Консультация психиатра ({}): данных за психотическую симптоматику нет, F90.0?",
            "Врач по спортивной медицине: {}. Допущен к занятиям футболом, группа основная.",
            "Перевязку выполнила м/с {}. Рана чистая, швы состоятельны.",
            "Медосмотр провёл профпатолог {}, противопоказаний к работе на высоте не выявлено.",
        ),
        _mk(doctor),
    ),
    Family(
        "b17_kid_diminutive",
        "PERSON",
        S,
        (
            "Мама называет ребёнка «{}», откликается на имя, речь фразовая.",
            "{} плачет при осмотре, к рукам не идёт, сон беспокойный.",
            "Со слов воспитателя, {} в саду кушает плохо, стул 1 раз в день.",
        ),
        _mk(kid_name),
    ),
    Family(
        "b17_foreign_patient",
        "PERSON",
        S,
        (
            "Пациент-иностранец {}, гражданин Франции, страховка ДМС, жалобы на боль в горле.",
            "Patient: {}. Переводчик присутствовал. Аллергоанамнез не отягощён.",
            "Ребёнок {} (иностранный гражданин), в РФ 2 мес., прививочный сертификат не предоставлен.",
        ),
        _mk(foreign),
    ),
    Family(
        "b17_migrant_name",
        "PERSON",
        S,
        (
            "Иностранный гражданин {}, прибыл на работу, медосмотр для патента, флюорография без патологии.",
            "Родитель ребёнка — {}, по-русски говорит плохо, беседа через сына.",
            "Законный представитель {}, гражданство Республики Таджикистан.",
        ),
        _mk(cis),
    ),
    Family(
        "b17_relative_caller",
        "PERSON",
        S,
        (
            "Звонила тётя ребёнка — {}, просит перенести приём к неврологу.",
            "Со слов опекуна ({}) ребёнок жалуется на головные боли по утрам.",
            "Доставлен в травмпункт соседкой {ablt}; ушиб левого локтя.",
            "Выписка выдана на руки бабушке {datv} по доверенности.",
            "Свидетель падения — учитель физкультуры {}. Перелом лучевой кости исключён.",
        ),
        _mk(relative),
    ),
    Family(
        "b17_visit_date",
        "DATE_TIME",
        S,
        (
            "Повторный визит к стоматологу назначен на {}. Пломба временная.",
            "Явка на контроль ВГД: {}, натощак не требуется.",
            "Запись к психологу — {}, кабинет 307.",
            "Следующая вакцинация (АКДС-R) — {}; принести сертификат.",
        ),
        _mk(visit_date),
    ),
    Family(
        "b17_referral_number",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Выдано направление (ф. 057/у-04) № {} к детскому эндокринологу.",
            "Номер направления в ЕГИСЗ: {}. Консультация кардиолога, ЭхоКГ.",
            "Талон на приём к сурдологу № {}; аудиометрия 12.00, каб. 5.",
        ),
        _mk(referral),
    ),
    Family(
        "b17_rural_address",
        "LOCATION",
        S,
        (
            "Семья проживает: {}. До ФАПа 12 км, дорога грунтовая.",
            "Место жительства ребёнка {} (со слов матери, регистрации нет).",
            "Выезд педиатра на дом — {}, ребёнок 8 мес., лихорадка.",
        ),
        _mk(rural_addr),
    ),
    Family(
        "b17_dob",
        "DATE_TIME",
        S,
        (
            "Дата рождения: {}. Родился доношенным, вес 3450 г, Апгар 8/9.",
            "Ребёнок ({} г.р.) жалобы на боли в животе, стул жидкий 4 раза.",
            "Д.р. {} — направлен на ПМПК, речь отсутствует.",
            "Родилась {} от 2 беременности, 2 родов в сроке 39 нед.",
        ),
        _mk(dob_any),
    ),
    Family(
        "b17_partial_date",
        "DATE_TIME",
        S,
        (
            "Последняя прививка от кори — {}, реакции не было.",
            "Менструации с 12 лет, последняя {}. Жалобы на боли внизу живота.",
            "Впервые судороги отмечены в {loct}, на фоне t 39.",
            "Травма (падение с качелей) {}, обратились только сейчас.",
        ),
        _mk(partial_date),
    ),
    Family(
        "b17_date_range",
        "DATE_TIME",
        S,
        (
            "Находился на лечении в инфекционном отделении {}, выписан с выздоровлением.",
            "Освобождён от физкультуры на период {} после ОРВИ.",
            "Санаторное лечение {}, профиль пульмонологический, без особенностей.",
        ),
        _mk(date_range),
    ),
    Family(
        "b17_date_with_time",
        "DATE_TIME",
        S,
        (
            "Вызов принят {}, повод: высокая температура у ребёнка 1 года.",
            "Роды {} путём кесарева сечения, девочка, 3120 г.",
            "Прививка (Превенар-13, 0,5 мл в/м) выполнена {}, серия Р12345.",
            "Забор крови на неонатальный скрининг {}, пятна на бланке 5.",
        ),
        _mk(date_time),
    ),
    Family(
        "b17_phone",
        "PHONE_NUMBER",
        S,
        (
            "Телефон матери для связи {}. Жалобы на высыпания после смены смеси.",
            "Перезвонить отцу по номеру {} по результатам анализов.",
            "Контактный тел.:{}\nОАК: лейк. 12,4, СОЭ 18.",
            "Бабушка просит сообщать о состоянии на {}. Ребёнок в палате 12.",
            "Мама-иностранка, WhatsApp {}, переводчик не нужен.",
        ),
        _mk(ph),
    ),
    Family(
        "b17_address",
        "LOCATION",
        S,
        (
            "Проживает с родителями по адресу: {}. Жалобы на кашель 5 дней.",
            "Адрес фактического проживания — {}; семья многодетная, 4 детей.",
            "Патронаж новорождённого на дому ({}), пуповинный остаток отпал.",
            "Актив передан в поликлинику по месту жительства: {}.",
        ),
        _mk(addr),
    ),
    Family(
        "b17_town",
        "LOCATION",
        S,
        (
            "Семья переехала полгода назад (прежнее место жительства — {}), прививки там.",
            "Ребёнок проживает у бабушки в деревне — {}, вода из колодца.",
            "Летом отдыхали в: {}, укус клеща 2 недели назад.",
        ),
        _mk(town),
    ),
    Family(
        "b17_card_number",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Амбулаторная карта ф.112/у № {}. Жалобы на запоры, вздутие.",
            "Мед. карта ребёнка №{} (ф. 026/у-2000) передана в школу.",
            "Стомат. карта {} — санация полости рта, герметизация фиссур 16, 26.",
            "История развития ребёнка № {}; дз J06.9, назначено обильное питьё.",
        ),
        _mk(mrn_card),
    ),
    Family(
        "b17_birth_certificate",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Свидетельство о рождении {}, выдано ЗАГС Ленинского района.",
            "Св-во о рожд. ребёнка: {}. Жалобы на боли в коленях после тренировок.",
            "Для прикрепления предъявлено свидетельство о рождении серии {}.",
        ),
        _mk(birth_cert),
    ),
    Family(
        "b17_vacc_cert_number",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Сертификат профилактических прививок № {} выдан на руки (ф. 156/у-93).",
            "Номер сертификата о вакцинации: {}; вакцина «Гам-КОВИД-Вак» 2 компонента.",
        ),
        _mk(vacc_cert),
    ),
    Family(
        "b17_sick_leave_care",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Листок нетрудоспособности по уходу за ребёнком № {} открыт матери.",
            "ЭЛН {} продлён до выздоровления ребёнка, ОРВИ средней тяжести.",
        ),
        _mk(sick_leave),
    ),
    Family(
        "b17_snils",
        "RU_SNILS",
        S,
        (
            "СНИЛС ребёнка {}; полис ОМС предъявлен. Жалобы на аллергический ринит.",
            "Снилс матери: {} (для оформления пособия).",
            "СНИЛС {}\nДиагноз: Q21.1 Дефект межпредсердной перегородки.",
        ),
        _mk(snils),
    ),
    Family(
        "b17_inn",
        "RU_INN",
        S,
        (
            "ИНН законного представителя {} — для налогового вычета за лечение зубов.",
            "Справка об оплате мед. услуг выдана, ИНН налогоплательщика: {}.",
            "ИНН физ. лица {}. Ортодонтическое лечение, брекет-система.",
        ),
        _mk(inn),
    ),
    Family(
        "b17_oms",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС ребёнка {}, страховая «СОГАЗ-Мед». Жалобы на энурез.",
            "Полис ОМС (ЕНП) {} — прикреплён к детской поликлинике № 3.",
            "Полис обяз. мед. страхования: {}. Острый средний отит слева.",
        ),
        _mk(oms),
    ),
    Family(
        "b17_passport",
        "RU_PASSPORT",
        S,
        (
            "Паспорт матери {}, выдан МВД по Республике Татарстан.",
            "Документ отца (паспорт РФ): {}. Подписал отказ от госпитализации.",
            "Паспорт подростка 14 лет {} получен, переоформлен полис.",
        ),
        _mk(pasp),
    ),
    Family(
        "b17_email",
        "EMAIL_ADDRESS",
        S,
        (
            "Результаты анализов выслать маме на {}.",
            "E-mail родителей: {}; запись на повторный приём к ЛОР через 10 дней.",
            "Согласие на получение уведомлений по эл. почте ({}) подписано.",
        ),
        _mk(mail),
    ),
    Family(
        "b17_url",
        "URL",
        S,
        (
            "Снимки КТ ребёнка загружены матерью: {} (доступ по ссылке).",
            "QR-код сертификата ведёт на {}.",
            "Родители прислали видео приступа: {} — характер судорог тонико-клонический.",
        ),
        _mk(link),
    ),
]
