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
    _s, f, p = g.parts(fake, rng, case)
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
            "Звонок от родственника: {}, просит перевести отца в паллиативное отделение.",
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
            "Из родных навещает только {}, по средам приносит лекарства.",
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
            "Пациентка, д.р. {}, проживает в доме-интернате, МНО 2,4.",
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


def _doctor_init(rng: random.Random, fake: Any, case: str) -> str:
    s, f, p = g.parts(fake, rng, case)
    return rng.choice(
        (f"{s} {f[0]}.{p[0]}.", f"{f[0]}. {p[0]}. {s}", f"{s} {f[0]}.{p[0]}", f"{s.upper()} {f[0]}.{p[0]}.")
    )


def _ocr_date(rng: random.Random, fake: Any, case: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2026)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.2O{y % 100}",
            f"{d:02d} .{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y}г",
            f"{d}{MONTHS_GENT[m - 1]} {y}",
            f"{d:02d}.{m:02d}..{y}",
        )
    )


def _street_only(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"ул. {fake.street_title()}, д. {rng.randint(1, 99)}",
            f"{fake.street_title()} ул., {rng.randint(1, 99)}",
            f"пер. {fake.street_title()}, {rng.randint(1, 40)}-{rng.randint(1, 90)}",
        )
    )


def _two_phones(rng: random.Random, fake: Any, case: str) -> str:
    return g.phone(rng)


def _snils_raw(rng: random.Random, fake: Any, case: str) -> str:
    r = g.snils_raw(rng)
    return rng.choice((r, f"{r[:3]}-{r[3:6]}-{r[6:]}", f"{r[:9]}-{r[9:]}"))


def _sick_leave(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            g.digits(rng, 12),
            f"{g.digits(rng, 3)} {g.digits(rng, 3)} {g.digits(rng, 3)} {g.digits(rng, 3)}",
            f"{g.digits(rng, 6)}-{g.digits(rng, 6)}",
        )
    )


def _dicom(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"1.2.643.5.1.13.13.12.2.77.{g.digits(rng, 5)}.{g.digits(rng, 8)}",
            f"RF{g.digits(rng, 10)}",
            f"CT-{rng.randint(2023, 2026)}-{g.digits(rng, 5)}",
        )
    )


def _lat_name(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(g.LATIN)


BLIND22_SINGLE += [
    Family(
        "b22_doctor_initials",
        "PERSON",
        S,
        (
            "Осмотр совместно с зав. отделением {ablt}, решено продолжить инфузии.",
            "Консультация гериатра ({}): синдром старческой астении, 6 баллов.",
            "Согласовано с {ablt}, перевод в хоспис на следующей неделе.",
        ),
        _doctor_init,
    ),
    Family(
        "b22_latin_name",
        "PERSON",
        S,
        (
            "Name in passport: {}; жалобы на боли в животе через переводчика.",
            "Страховая компания (полис ДМС) указывает пациента как {}.",
            "Выписка на английском для семьи, patient {}, diagnosis I63.5.",
        ),
        _lat_name,
    ),
    Family(
        "b22_ocr_dates",
        "DATE_TIME",
        S,
        (
            "Дата последнего осмотра: {} (скан, распознано).",
            "Явка на диспансерный прием {} — не явилась.",
            "Инсулин получен в аптеке {}, 5 флаконов.",
        ),
        _ocr_date,
    ),
    Family(
        "b22_street",
        "LOCATION",
        S,
        (
            "Переехала к сыну на {}, вызов на новый адрес.",
            "Сиделка живет рядом ({}) и приходит дважды в день.",
            "Упал на улице возле дома ({}), доставлен СМП.",
        ),
        _street_only,
    ),
    Family(
        "b22_phone_second",
        "PHONE_NUMBER",
        S,
        (
            "Дочь в Ташкенте, тел. {}, звонить после 18:00 мск.",
            "Домашний телефон {} не отвечает, проверить на патронаже.",
            "Номер сиделки: {} (Татьяна).",
        ),
        _two_phones,
    ),
    Family(
        "b22_snils_raw",
        "RU_SNILS",
        S,
        (
            "снилс{}; пенсионер по инвалидности",
            "ИЛС {} передан в ОСФР для ЕДВ.",
            "СНИЛС пациента:\n{}\nинвалид 2 гр.",
        ),
        _snils_raw,
    ),
    Family(
        "b22_sick_leave",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Сыну, ухаживающему за матерью, открыт листок нетрудоспособности {}.",
            "ЛН по уходу № {} закрыт, к труду с завтрашнего дня.",
            "Номер ЭЛН: {}; заболевание матери в терминальной стадии.",
        ),
        _sick_leave,
    ),
    Family(
        "b22_imaging_id",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "КТ головного мозга, исследование {}, свежих очагов нет.",
            "Снимки в PACS под номером {}, архив ЦАМИ.",
            "Рентгенограмма ОГК ({}): застой в малом круге.",
        ),
        _dicom,
    ),
]
