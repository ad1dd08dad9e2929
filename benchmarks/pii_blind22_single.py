"""Single-value families of the blind22 split: one value in a short long-term-care note."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind22_gen as g
from benchmarks.pii_families import MONTHS_GENT, Family

S = "blind22"


def _p(rng: random.Random, fake: Any, case: str) -> str:
    return g.person(fake, rng, case)


def _np(rng: random.Random, fake: Any, case: str) -> str:
    s, f, p = g.parts(fake, rng, case)
    return f"{f} {p}"


def _dim(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(("Шура", "Валя", "Зина", "Коля", "Толик", "Люба", "Нина", "Галя", "Витя", "Маша"))


def _foreign(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(g.FOREIGN + g.LATIN)


def _date(rng: random.Random, fake: Any, case: str) -> str:
    return g.date(rng)


def _dt(rng: random.Random, fake: Any, case: str) -> str:
    return g.recent(rng, time=True)


def _words(rng: random.Random, fake: Any, case: str) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        (
            f"{d} {MONTHS_GENT[m - 1]}",
            g.month_year(rng),
            f"с {d:02d}.{m:02d} по {d + 2:02d}.{m:02d}.2025",
            f"{d:02d}.{m:02d}.2О25",
            f"{d}-{d + 1} {MONTHS_GENT[m - 1]} 2026 г.",
        )
    )


def _addr(rng: random.Random, fake: Any, case: str) -> str:
    return g.address(fake, rng)


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return g.settlement(fake, rng)


def _phone(rng: random.Random, fake: Any, case: str) -> str:
    return g.phone(rng)


def _mail(rng: random.Random, fake: Any, case: str) -> str:
    return g.email(rng, fake)


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return g.url(rng, fake)


def _snils(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng)


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    return g.inn(rng)


def _oms(rng: random.Random, fake: Any, case: str) -> str:
    return g.oms(rng)


def _pass(rng: random.Random, fake: Any, case: str) -> str:
    return g.passport(rng)


def _rec(rng: random.Random, fake: Any, case: str) -> str:
    return g.record(rng)


BLIND22_SINGLE: list[Family] = [
    Family(
        "b22_nurse_home_visit",
        "PERSON",
        S,
        (
            "Патронаж на дому, осмотрена медсестрой {ablt}. АД 150/90, отеки голеней.",
            "Со слов соцработника {gent}, пациентка перестала выходить из дома.",
            "Передано участковому терапевту {datv} для повторного визита.",
            "Жалобы на слабость; в карте отмечено, что о {loct} заботится сосед.",
        ),
        _p,
    ),
    Family(
        "b22_relative_caller",
        "PERSON",
        S,
        (
            "Звонила дочь, {}, просит перевести отца в паллиативное отделение.",
            "Опекун {} сообщил о падении ночью, ушиб левого бедра.",
            "Доверенное лицо: {}. Жалобы на одышку при ходьбе.",
            "Беседа проведена с сыном {ablt}, согласие на гемодиализ получено.",
        ),
        _p,
    ),
    Family(
        "b22_name_patronymic",
        "PERSON",
        S,
        (
            "{} жалуется на головокружение по утрам, глюкоза 11,2 ммоль/л.",
            "Обращалась {} по поводу болей в коленях, принимает мелоксикам 7,5 мг.",
            "Санитарка сообщила: {} отказывается от еды второй день.",
        ),
        _np,
    ),
    Family(
        "b22_diminutive",
        "PERSON",
        S,
        (
            "Внучка {} приходит по средам, приносит лекарства.",
            "Соседка по палате баба {} жалуется на бессонницу.",
            "Пациентка зовет сестру {}, дезориентирована во времени.",
        ),
        _dim,
    ),
    Family(
        "b22_foreign_patient",
        "PERSON",
        S,
        (
            "Пациент {}, гражданин Узбекистана, на гемодиализе 3 р/нед.",
            "Переводчик для {} не требуется, жалобы на зуд кожи.",
            "Patient {} referred for palliative consultation, ECOG 3.",
        ),
        _foreign,
    ),
    Family(
        "b22_dob_frame",
        "DATE_TIME",
        S,
        (
            "Пациентка {} г.р., проживает в доме-интернате, МНО 2,4.",
            "Дата рождения: {}. Инвалид 1 группы, в 2019 году ОНМК.",
            "Родилась {}, вдова, живет одна на 3 этаже.",
        ),
        _date,
    ),
    Family(
        "b22_diary_datetime",
        "DATE_TIME",
        S,
        (
            "Дневник самоконтроля: {} АД 168/94, пульс 88, принят каптоприл 25 мг.",
            "Гипогликемия {}, глюкоза 2,9 ммоль/л, купирована соком.",
            "Последний сеанс гемодиализа {}, ультрафильтрация 2,1 л.",
            "Смерть констатирована {} дежурным врачом хосписа.",
        ),
        _dt,
    ),
    Family(
        "b22_partial_dates",
        "DATE_TIME",
        S,
        (
            "Госпитализирована {} с декомпенсацией ХСН, фракция выброса 35%.",
            "Курс химиотерапии проведен {}; следующий курс через 21 день.",
            "Путевка в санаторий на {}, пациентка просит перенести.",
        ),
        _words,
    ),
    Family(
        "b22_home_address",
        "LOCATION",
        S,
        (
            "Проживает по адресу: {}. Выход на дом по вызову в 10:00.",
            "Адрес для патронажа — {}, домофон не работает.",
            "Вызов на дом ({}), жалобы на задержку стула 4 дня.",
        ),
        _addr,
    ),
    Family(
        "b22_village",
        "LOCATION",
        S,
        (
            "Родом из {}, переехала к дочери год назад.",
            "Фельдшер ФАП ({}) выезжает к пациенту раз в неделю.",
            "Живет в {} одна, печное отопление.",
        ),
        _town,
    ),
    Family(
        "b22_phone_tree",
        "PHONE_NUMBER",
        S,
        (
            "При ухудшении звонить сыну: {}, не позднее 22:00.",
            "Тел. сиделки {} (только Whatsapp).",
            "Связь с опекуном через {}, ЧСС 72, SpO2 95%.",
        ),
        _phone,
    ),
    Family(
        "b22_email_single",
        "EMAIL_ADDRESS",
        S,
        (
            "Результаты анализов отправлять внуку на {} по просьбе пациентки.",
            "E-mail для связи: {}; пациентка ходит с ходунками.",
            "Эл. почта дочери — {}, жалобы на отеки стоп.",
        ),
        _mail,
    ),
    Family(
        "b22_url_single",
        "URL",
        S,
        (
            "Родственники ведут дневник давления в {} и показывают на приеме.",
            "Видео приступа выложено дочерью: {} — похоже на фокальный припадок.",
            "Страница сбора средств на лечение: {}.",
        ),
        _url,
    ),
    Family(
        "b22_snils_single",
        "RU_SNILS",
        S,
        (
            "СНИЛС {} — для оформления ИПРА, жалобы на боли в спине.",
            "Пенсионное страховое свидетельство № {} приложено к направлению на МСЭ.",
            "Страх. номер ИЛС: {}, льгота по ФЗ-178.",
        ),
        _snils,
    ),
    Family(
        "b22_inn_single",
        "RU_INN",
        S,
        (
            "ИНН {} указан для налогового вычета за лечение.",
            "Для справки об оплате мед. услуг: ИНН налогоплательщика {}.",
            "Инн {}, пациентка — пенсионерка по старости.",
        ),
        _inn,
    ),
    Family(
        "b22_oms_single",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС {}, прикреплена к поликлинике № 3.",
            "ЕНП: {} — проверен в ТФОМС, действующий.",
            "Номер полиса {}; жалобы на зябкость кистей.",
        ),
        _oms,
    ),
    Family(
        "b22_passport_single",
        "RU_PASSPORT",
        S,
        (
            "Паспорт {} утерян в интернате, выдана справка.",
            "Документ: паспорт гражданина РФ {}, жалобы на кашель.",
            "Опекун предъявил паспорт {} при подписании согласия.",
        ),
        _pass,
    ),
    Family(
        "b22_record_single",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Амбулаторная карта {} передана в дневной стационар.",
            "Льготный рецепт {} на инсулин гларгин выписан.",
            "Направление на гемодиализ {} от участкового нефролога, форма 057/у-04.",
            "ИБ {}, палата 12, койка 3.",
        ),
        _rec,
    ),
]
