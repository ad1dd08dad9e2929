"""Single values in frames: hurried polyclinic and digital-health notes (blind25)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind25_gen as g
from benchmarks.pii_families import Family, Maker

S = "blind25"


def _p(shape: str, upper: float = 0.0, lower: float = 0.0) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        p = g.Person(fake, rng)
        if shape == "any":
            v = p.shape(rng, case)
        elif shape == "full":
            v = p.full(case)
        elif shape == "ini":
            v = p.ini(case, rng)
        elif shape == "io":
            v = p.io(case)
        elif shape == "s":
            v = p.s(case)
        elif shape == "dimin":
            v = g.dimin(p)
        elif shape == "lat":
            v = rng.choice(
                (
                    f"{g.translit(p.last)} {g.translit(p.first)}",
                    f"{g.translit(p.last).upper()} {g.translit(p.first).upper()}",
                    f"{g.translit(p.first)} {g.translit(p.last)}",
                )
            )
        else:  # "fio-caps" surname in caps, initials
            v = f"{p.s(case).upper()} {p.first[0]}.{p.mid[0]}."
        r = rng.random()
        if r < upper:
            return v.upper()
        if r < upper + lower:
            return v.lower()
        return v

    return make


def _v(fn: Any) -> Maker:
    return lambda rng, fake, case: fn(rng)


def _vf(fn: Any) -> Maker:
    return lambda rng, fake, case: fn(rng, fake)


def _typo_date(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}{y}",
            f"{d:02d}{m:02d}.{y}",
            f"{d:02d}. {m:02d}.{y}",
            f"{d:02d}.{m:02d}.2О{y % 100:02d}",
            f"{d:02d}/{m:02d}.{y % 100:02d}",
            f"{d:02d}.{m:02d}..{y}",
            f"{d} {g.MONTHS_GENT[m - 1][:-1]}{y}",
            f"{d:02d}-{m:02d}-{y % 100:02d}",
        )
    )


def _range_date(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng)
    d2 = min(d + rng.randint(3, 14), 28)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}-{d2:02d}.{m:02d}.{y}",
            f"{d}-{d2} {g.MONTHS_GENT[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}–{d2:02d}.{m:02d}.{y}",
        )
    )


def _slot(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng, 2025, 2026)
    h, mi = rng.randint(8, 19), rng.choice((0, 12, 24, 36, 48, 15, 30, 45))
    wd = rng.choice(("пн", "вт", "ср", "чт", "пт", "Пн", "ЧТ"))
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}",
            f"{d:02d}.{m:02d} в {h}:{mi:02d}",
            f"{wd} {d:02d}.{m:02d} {h}:{mi:02d}",
            f"{d} {g.MONTHS_GENT[m - 1]} в {h}.{mi:02d}",
            f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d} {h}:{mi:02d}",
        )
    )


def _caps_addr(rng: random.Random, fake: Any, case: str) -> str:
    a = g.address(rng, fake)
    return a.upper() if rng.random() < 0.5 else a.lower()


def _ocr_date(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng)
    raw = rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}"))
    swap = {"0": "О", "3": "З", "6": "б", "1": "l"}
    out = "".join(swap[c] if c in swap and rng.random() < 0.3 else c for c in raw)
    return out.replace(".", rng.choice((".", ",", ". ")), 1) if rng.random() < 0.3 else out


def _village(rng: random.Random, fake: Any, case: str) -> str:
    name = fake.last_name_female()[:-1] + "о"
    kind = rng.choice(("д. ", "с. ", "пос. ", "п.", "дер. ", "с.", "х. "))
    tail = rng.choice(
        (
            "",
            f", {fake.region()}",
            f" {fake.last_name_male()}ского р-на",
            f", ул. {fake.street_title()}, {rng.randint(1, 80)}",
        )
    )
    return f"{kind}{name}{tail}"


FAMILIES: list[Family] = [
    # ---- PERSON ----
    Family(
        "b25_person_reminder_nocue",
        "PERSON",
        S,
        (
            "{}, напоминаем о записи к терапевту завтра. Отменить: ответьте 0.",
            "Уважаемый(ая) {}! Вы записаны на диспансеризацию, каб. 214.",
            "{} ваш результат анализов готов, смотрите в личном кабинете",
            "Здравствуйте, {}. Приём перенесён, врач заболел.",
        ),
        _p("io"),
    ),
    Family(
        "b25_person_doctor_gent",
        "PERSON",
        S,
        (
            "Консультация {gent} по видеосвязи, жалобы на кашель сохраняются.",
            "Направлен на приём к {datv}, кабинет 305.",
            "Телемедконсультация проведена {ablt}. Рекомендации даны.",
            "Осмотрен совместно с {ablt}, АД 120/80.",
            "Со слов {gent}: температура снизилась.",
        ),
        _p("any"),
    ),
    Family(
        "b25_person_caps",
        "PERSON",
        S,
        (
            "ПАЦИЕНТ {} ОБРАТИЛСЯ С ЖАЛОБАМИ НА БОЛЬ В СПИНЕ",
            "пац. {} явился на повторный прием, жалоб нет",
            "{}  - справка в бассейн выдана",
            "фио {} , прививка АДС-М 0,5 мл в/м",
        ),
        _p("any", upper=0.45, lower=0.35),
    ),
    Family(
        "b25_person_relative",
        "PERSON",
        S,
        (
            "Ребёнок на приёме с мамой ({ablt}), кашель 5 дней.",
            "Звонила дочь {nomn}, просит выписать рецепт отцу.",
            "Информация передана жене {datv} по телефону.",
            "Сопровождает сын — {nomn}.",
            "Со слов бабушки, {gent}, температура до 38.",
        ),
        _p("any"),
    ),
    Family(
        "b25_person_nurse_short",
        "PERSON",
        S,
        (
            "Мед.сестра {} — забор крови 08:10, без осложнений.",
            "Вакцину ввела м/с {}, серия Х12, реакции нет.",
            "Прививку сделала {}",
            "выдала {} (регистратура)",
        ),
        _p("ini"),
    ),
    Family(
        "b25_person_latin",
        "PERSON",
        S,
        (
            "Пациент иностранный гражданин {}, полис ДМС, переводчик не требуется.",
            "В заявке на телемед указано имя {} (латиницей).",
            "Patient: {}; жалобы на боль в животе.",
            "Гражданка Узбекистана {} — медосмотр для патента.",
        ),
        _p("lat"),
    ),
    Family(
        "b25_person_dimin_chat",
        "PERSON",
        S,
        (
            "Мама пишет в чате: «{} опять температурит, 38,5».",
            "{} (со слов мамы) ест плохо, сыпи нет.",
            "В чате клиники: «{} кашляет ночью, что дать?»",
        ),
        _p("dimin"),
    ),
    Family(
        "b25_person_surname_only",
        "PERSON",
        S,
        (
            "Перезвонить {datv} после 15:00 по результатам ПЦР.",
            "{nomn} не явился на диспансеризацию, повторно приглашён.",
            "Рецепт для {gent} продлён на 3 мес.",
            "Карта {gent} в кабинете 112.",
        ),
        _p("s"),
    ),
    # ---- DATE_TIME ----
    Family(
        "b25_date_slot",
        "DATE_TIME",
        S,
        (
            "Вы записаны к терапевту {}, каб. 305.",
            "Приём перенесён на {} (врач на больничном).",
            "Ждём вас {}, возьмите полис",
            "запись {} к окулисту подтверждена",
        ),
        _slot,
    ),
    Family(
        "b25_date_typo",
        "DATE_TIME",
        S,
        (
            "Анализы сданы {}, результат в ЛК.",
            "Последняя вакцинация от гриппа {} .",
            "Флюорография {} - без патологии",
            "был на приёме {} у невролога",
        ),
        _typo_date,
    ),
    Family(
        "b25_date_range_sick",
        "DATE_TIME",
        S,
        (
            "Освобождён от занятий физкультурой {}.",
            "ЭЛН продлён, нетрудоспособен {}",
            "Лечился амбулаторно {} по поводу ОРВИ.",
            "Находилась на карантине {}.",
        ),
        _range_date,
    ),
    Family(
        "b25_date_plain_nocue",
        "DATE_TIME",
        S,
        (
            "{} — ОАК, ОАМ, глюкоза в норме.",
            "ЭКГ {}: ритм синусовый, ЧСС 72.",
            "{} вакцинирован Спутник V, 2 компонент",
            "Повторно {} жалоб нет, выписан к труду.",
        ),
        _vf(lambda r, f: g.date(r)),
    ),
    Family(
        "b25_date_month_year",
        "DATE_TIME",
        S,
        (
            "Диспансеризация последний раз {}.",
            "Маммография — {}, BI-RADS 2.",
            "Болеет с {} , к врачу не обращался",
        ),
        _v(g.month_year),
    ),
    Family(
        "b25_date_dob_glued",
        "DATE_TIME",
        S,
        (
            "Пациентка, д.р.{}, прививочный сертификат выдан.",
            "пациентка {}г.р. направлена на скрининг",
            "ДР {} полных лет 42",
            "Родилась {} , доношенная, вес 3400",
        ),
        _v(g.dob),
    ),
    # ---- LOCATION ----
    Family(
        "b25_loc_home_visit",
        "LOCATION",
        S,
        (
            "Вызов врача на дом: {}. Температура 39, кашель.",
            "Актив на дом по адресу {}, осмотрен.",
            "Патронаж новорождённого — {}.",
            "Адрес вызова {} подъезд 2 код 45К",
        ),
        _vf(g.address),
    ),
    Family(
        "b25_loc_caps_lower",
        "LOCATION",
        S,
        (
            "ПРОЖИВАЕТ: {}",
            "прописка {} , живёт там же",
            "доставка лекарств {}",
        ),
        _caps_addr,
    ),
    Family(
        "b25_loc_town_only",
        "LOCATION",
        S,
        (
            "Приехал из г. {} на консультацию.",
            "Проживает в г.{}, работает вахтой.",
            "Временно живёт у дочери, г. {}",
        ),
        _vf(lambda r, f: g.town(f)),
    ),
    Family(
        "b25_loc_street_only",
        "LOCATION",
        S,
        (
            "Живёт рядом, на {}, приходит пешком.",
            "Упала на улице возле дома ({}), гололёд.",
            "Переехала на {}, сменить участок.",
        ),
        _vf(g.street),
    ),
    # ---- PHONE ----
    Family(
        "b25_phone_nocue",
        "PHONE_NUMBER",
        S,
        (
            "Перезвонить {} после обеда, результаты ПЦР.",
            "связь с мамой {}",
            "{} — дочь, звонить если не открывает",
            "не дозвонились на {} , отправлено смс",
        ),
        _v(g.phone),
    ),
    Family(
        "b25_phone_glued",
        "PHONE_NUMBER",
        S,
        (
            "тел{} (моб)",
            "Контактный номер:{}",
            "т.{} доб. нет",
            "WhatsApp/Telegram {} для телемедицины",
        ),
        _v(g.mobile),
    ),
    Family(
        "b25_phone_city_ext",
        "PHONE_NUMBER",
        S,
        (
            "Рабочий телефон пациента {}.",
            "Позвонить на работу {} (отдел кадров) насчёт справки.",
            "Стационарный {}",
        ),
        _v(g.city_phone),
    ),
    # ---- EMAIL / URL ----
    Family(
        "b25_email_send",
        "EMAIL_ADDRESS",
        S,
        (
            "Результаты отправлены на почту {}.",
            "Выписку просят прислать на {} — согласие подписано.",
            "e-mail для ЛК: {}",
            "почта {} (уточнить, письма не доходят)",
        ),
        _vf(lambda r, f: g.email(r, f, g.Person(f, r))),
    ),
    Family(
        "b25_url_link",
        "URL",
        S,
        (
            "Ссылка на видеоконсультацию: {}",
            "Результат доступен по ссылке {}.",
            "Мама прислала фото сыпи {}",
            "Перейдите {} для подтверждения записи",
        ),
        _vf(g.url),
    ),
    Family(
        "b25_person_ini_datv",
        "PERSON",
        S,
        (
            "Выдать справку {datv} в школу.",
            "Результаты ПЦР сообщены {datv} по телефону.",
            "Рецепт выписан {datv}, льгота 081.",
            "Подпись: ______ {nomn}",
        ),
        _p("ini"),
    ),
    Family(
        "b25_date_ocr",
        "DATE_TIME",
        S,
        (
            "Скан справки: дата выдачи {} (нечётко).",
            "Привит {} , серия неразборчиво",
            "Из выписки: госпитализирован {}",
        ),
        _ocr_date,
    ),
    Family(
        "b25_loc_village",
        "LOCATION",
        S,
        (
            "Живёт в {}, до ФАП 5 км, транспорта нет.",
            "Приезжает из {} раз в месяц за рецептом.",
            "Проживает: {} — выезд участкового раз в неделю.",
        ),
        _village,
    ),
]
