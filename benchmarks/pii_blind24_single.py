"""Single-value families of the blind24 split: one value in a short complaint-style sentence."""

from __future__ import annotations

from benchmarks.pii_blind24_gen import (
    DAT,
    EML,
    INNT,
    LOC,
    MRN,
    OMS,
    PAS,
    PER,
    PHO,
    SNI,
    URLT,
    any_person,
    cis_parts,
    dg,
    dg1,
    inn12,
    latin_person,
    name_in,
    oms,
    passport,
    ru_parts,
    snils,
)
from benchmarks.pii_blind24_ids import (
    accession,
    case_history,
    dms_policy,
    email_of,
    foreign_passport,
    migration_card,
    mixed,
    patent,
    rvp_vnzh,
)
from benchmarks.pii_blind24_vals import (
    EN,
    FOREIGN_TOWNS,
    KAZ,
    TRK,
    date_val,
    foreign_address,
    phone_city,
    phone_foreign,
    phone_ru,
    ru_address,
    street,
)
from benchmarks.pii_families import Family

S = "blind24"


def _cis_person(rng, fake, case):
    return name_in(cis_parts(rng), case, rng.choice(("full", "sur_ini", "sf", "ini_sur", "fp", "sur")))


def _ru_relative(rng, fake, case):
    return name_in(ru_parts(fake, rng), case, rng.choice(("full", "sur_ini", "ini_sur", "fp", "f")))


def _any(rng, fake, case):
    return any_person(rng, fake, case)


def _latin(rng, fake, case):
    return latin_person(rng, fake)


def _date_foreign(rng, fake, case):
    return date_val(rng, rng.choice(("en", "en_us", "en_dash", "tr", "kz", "uz", "de", "cn")))


def _date_numeric(rng, fake, case):
    return date_val(
        rng, rng.choice(("iso", "iso_t", "slash_eu", "us_num", "ymd_slash", "ru_time", "ru_time_v", "short"))
    )


def _date_ru(rng, fake, case):
    return date_val(rng, rng.choice(("ru", "ru_words", "roman", "ocr", "month", "dm", "ru")))


def _email(rng, fake, case):
    return email_of(any_person(rng, fake).replace(",", ""), rng, fake)


def _url(rng, fake, case):
    return rng.choice(
        (
            f"https://disk.yandex.ru/d/{fake.pystr(min_chars=10, max_chars=14)}",
            f"https://pacs.clinic-intl.com/viewer?study={dg1(rng, 8)}",
            f"https://t.me/{fake.user_name()}",
            f"https://drive.google.com/file/d/{fake.pystr(min_chars=16, max_chars=20)}/view",
            f"www.vk.com/id{dg1(rng, 8)}",
            f"https://wa.me/998{dg(rng, 9)}",
            f"http://lk.medtourism-center.ru/patient/{dg1(rng, 6)}",
        )
    )


def _town(rng, fake, case):
    return rng.choice(FOREIGN_TOWNS)


FAMILIES: list[Family] = [
    Family(
        "b24_person_cis_cases",
        PER,
        S,
        (
            "Со слов {gent}, боли в эпигастрии беспокоят около недели.",
            "Пациенту {datv} разъяснён план обследования, согласие получено.",
            "Беседа с {ablt} проведена через переводчика.",
            "Жалобы {gent} на кашель с мокротой, подъём температуры до 38,5.",
            "Больной {} доставлен бригадой СМП с места работы (стройка).",
            "В карте {gent} отметок об аллергии нет.",
            "Сведения о {loct} переданы в отдел кадров работодателя.",
        ),
        _cis_person,
    ),
    Family(
        "b24_person_latin",
        PER,
        S,
        (
            "Имя пациента в паспорте латиницей: {}.",
            "Patient name: {}. Переведено с английского.",
            "В выписке из клиники за рубежом пациент указан как {}.",
            "Фамилия и имя (как в загранпаспорте) — {}.",
        ),
        _latin,
    ),
    Family(
        "b24_person_relative",
        PER,
        S,
        (
            "Анамнез собран со слов брата — {gent}.",
            "Сопровождает родственник {}, владеет русским языком.",
            "Переводчик: {}, присутствовал(а) при осмотре.",
            "Информация о состоянии передана дочери {datv} по телефону.",
            "Доверенное лицо — {}, со слов которого пациент проживает один.",
            "Выписан под наблюдение земляка {gent}.",
        ),
        _ru_relative,
    ),
    Family(
        "b24_person_mixed_origin",
        PER,
        S,
        (
            "Консультирован совместно с координатором медицинского туризма {ablt}.",
            "Пациент {} обратился самостоятельно, полиса ОМС нет.",
            "Со слов {gent} травма получена на складе.",
            "Осмотрен вместе с лечащим врачом из-за рубежа {ablt}.",
            "Направлен(а) по гарантийному письму страховой компании, пациент: {}.",
        ),
        _any,
    ),
    Family(
        "b24_date_foreign_words",
        DAT,
        S,
        (
            "В переведённой выписке дата операции: {}.",
            "Date of admission: {}.",
            "Вакцинация против кори (по сертификату) {}.",
            "Дата выдачи справки (на узбекском): {}.",
            "Последний приём препарата, со слов, {}.",
        ),
        _date_foreign,
    ),
    Family(
        "b24_date_numeric_foreign",
        DAT,
        S,
        (
            "Дата въезда в РФ по миграционной карте: {}.",
            "Рентгенограмма из клиники Стамбула от {}, описания нет.",
            "КТ выполнена за рубежом {}, диск предоставлен.",
            "Выписан из госпиталя в Пекине {}.",
            "Взят на учёт {}, повторная явка через 7 дней.",
        ),
        _date_numeric,
    ),
    Family(
        "b24_date_ru_noisy",
        DAT,
        S,
        (
            "Заболел остро {}, когда появилась лихорадка.",
            "Срок действия патента до {}.",
            "Последняя флюорография {} — без патологии.",
            "Дата рождения: {}.",
            "Менструация последняя {}.",
            "Дата прибытия в Россию: {}.",
        ),
        _date_ru,
    ),
    Family(
        "b24_phone_ru",
        PHO,
        S,
        (
            "Контакт работодателя: {}.",
            "Тел. переводчика {} (WhatsApp).",
            "Для связи с родственниками: {}.",
            "Пациент просит звонить на номер {}, другой не знает.",
        ),
        lambda rng, fake, case: phone_ru(rng),
    ),
    Family(
        "b24_phone_foreign",
        PHO,
        S,
        (
            "Контакт матери на родине: {}.",
            "Тел. брата (Узбекистан) {}.",
            "Телефон страховой компании за рубежом {} — звонок принят.",
            "Номер для связи (иностранный): {}, Telegram.",
            "Жена просит сообщать на {}.",
        ),
        lambda rng, fake, case: phone_foreign(rng),
    ),
    Family(
        "b24_phone_office",
        PHO,
        S,
        (
            "Позвонить в посольство по тел. {}.",
            "Отдел кадров работодателя: {}.",
            "Координатор ДМС: {}.",
        ),
        lambda rng, fake, case: phone_city(rng),
    ),
    Family(
        "b24_email",
        EML,
        S,
        (
            "Выписку отправить координатору на {}.",
            "Снимки прислал родственник с адреса {}.",
            "E-mail пациента: {}.",
            "Гарантийное письмо получено с {}.",
        ),
        _email,
    ),
    Family(
        "b24_url",
        URLT,
        S,
        (
            "Снимки МРТ пациент передал по ссылке {}.",
            "Связь с семьёй через {}.",
            "Результаты анализов из-за рубежа доступны по адресу {}.",
        ),
        _url,
    ),
    Family(
        "b24_loc_ru_temp",
        LOC,
        S,
        (
            "Адрес временной регистрации: {}.",
            "Фактически проживает: {} (общежитие работодателя).",
            "Проживает по адресу {}.",
            "Место пребывания {}.",
        ),
        lambda rng, fake, case: ru_address(fake, rng),
    ),
    Family(
        "b24_loc_foreign",
        LOC,
        S,
        (
            "Постоянное место жительства: {}.",
            "Home address: {}.",
            "Адрес на родине {}.",
        ),
        lambda rng, fake, case: foreign_address(rng),
    ),
    Family(
        "b24_loc_hometown",
        LOC,
        S,
        (
            "Уроженец г. {}, в России с 2021 года.",
            "Прибыл из г. {} три недели назад.",
            "Родственники проживают в г. {}.",
        ),
        _town,
    ),
    Family(
        "b24_snils",
        SNI,
        S,
        (
            "СНИЛС (оформлен при получении патента): {}.",
            "Страх. номер ИЛС {}.",
            "СНИЛС {} — предъявлен.",
        ),
        lambda rng, fake, case: snils(rng),
    ),
    Family(
        "b24_inn",
        INNT,
        S,
        (
            "ИНН физлица (для патента) {}.",
            "ИНН: {}, со слов пациента.",
            "Идентификационный номер налогоплательщика {}.",
        ),
        lambda rng, fake, case: inn12(rng),
    ),
    Family(
        "b24_passport_ru",
        PAS,
        S,
        (
            "Паспорт гражданина РФ {}, получен после приёма в гражданство.",
            "Паспорт РФ: {}.",
            "Документ: паспорт {} (внутренний).",
        ),
        lambda rng, fake, case: passport(rng),
    ),
    Family(
        "b24_oms",
        OMS,
        S,
        (
            "Полис ОМС (ЕАЭС, трудящийся) № {}.",
            "ЕНП {}.",
            "Полис обяз. мед. страхования {} действителен.",
        ),
        lambda rng, fake, case: oms(rng),
    ),
    Family(
        "b24_mrn_migrant_docs",
        MRN,
        S,
        (
            "Миграционная карта {}.",
            "Патент на работу серия {}.",
            "Вид на жительство {}.",
            "Паспорт иностранного гражданина {}.",
            "Разрешение на временное проживание № {}.",
        ),
        lambda rng, fake, case: rng.choice((migration_card, patent, rvp_vnzh, foreign_passport))(rng),
    ),
    Family(
        "b24_mrn_records",
        MRN,
        S,
        (
            "История болезни № {}.",
            "Медкарта ДМС {}.",
            "Исследование {} отправлено на второе мнение.",
            "Номер полиса ДМС / страховки путешественника: {}.",
            "Гарантийное письмо № {}.",
        ),
        lambda rng, fake, case: rng.choice((case_history, accession, dms_policy))(rng),
    ),
]


def _staff(rng, fake, case):
    parts = ru_parts(fake, rng) if rng.random() < 0.7 else cis_parts(rng)
    return name_in(parts, case, rng.choice(("sur_ini", "ini_sur", "ini_sur_sp", "full", "sur")))


def _date_partial(rng, fake, case):
    y, m = rng.randint(2015, 2026), rng.randint(1, 12)
    return rng.choice(
        (
            f"{EN[m - 1]} {y}",
            f"{m:02d}/{y}",
            f"{y}-{m:02d}",
            f"{KAZ[m - 1]} {y} ж.",
            f"{TRK[m - 1]} {y}",
            f"{date_val(rng, 'dm')}",
            f"{m:02d}.{y}",
        )
    )


def _mixed_id(rng, fake, case):
    return mixed(
        rng.choice(
            (
                f"MK-{dg1(rng, 5)}",
                f"CT{dg(rng, 7)}",
                f"KT-{dg1(rng, 4)}/{dg(rng, 2)}",
                f"AMБ{dg1(rng, 6)}",
                f"PEH-{dg1(rng, 5)}",
                f"ECT {dg1(rng, 6)}",
                f"TB{dg(rng, 6)}",
            )
        ),
        rng,
    )


def _dorm(rng, fake, case):
    return rng.choice(
        (
            f"г. {fake.city_name()}, ул. {fake.street_title()}, д. {rng.randint(1, 80)}, общ., комн. {rng.randint(1, 500)}",
            f"{fake.postcode()}, {fake.region()}, пгт {fake.city_name()}, {street(fake, rng)}, {rng.randint(1, 60)}"
            f"/{rng.randint(1, 9)}, к. {rng.randint(1, 90)}",
            f"ул. {fake.street_title()} {rng.randint(1, 99)}-{rng.randint(1, 300)}, {fake.city_name()}",
            f"д. {rng.randint(1, 99)} стр. {rng.randint(1, 6)}, {street(fake, rng)}, г. Москва",
            f"Ленинградская обл., Всеволожский р-н, пос. Мурино, {street(fake, rng)}, д. {rng.randint(1, 40)}, "
            f"корп. {rng.randint(1, 4)}, кв. {rng.randint(1, 500)}",
        )
    )


FAMILIES += [
    Family(
        "b24_person_staff",
        PER,
        S,
        (
            "Осмотрен дежурным врачом {ablt}.",
            "Назначения выполнила м/с {}.",
            "Консультация невролога ({}) — без очаговой симптоматики.",
            "Передан под наблюдение {datv}.",
            "Записано со слов свидетеля {gent}, очевидца падения с лесов.",
        ),
        _staff,
    ),
    Family(
        "b24_date_partial",
        DAT,
        S,
        (
            "Операция за рубежом (холецистэктомия) — {}.",
            "Последний визит на родину {}.",
            "Туберкулёз в анамнезе, лечился до {}.",
            "Выписка датирована: {}.",
        ),
        _date_partial,
    ),
    Family(
        "b24_mrn_mixed_letters",
        MRN,
        S,
        (
            "Протокол исследования {} приложен.",
            "Номер карты в МИС: {}.",
            "Шифр истории болезни {}.",
            "Талон на ВМП {} оформлен.",
        ),
        _mixed_id,
    ),
    Family(
        "b24_loc_dorm",
        LOC,
        S,
        (
            "Живёт в общежитии: {}.",
            "Адрес пребывания (по уведомлению) — {}.",
            "Проживает с земляками: {}.",
            "Адрес регистрации по месту пребывания {}.",
        ),
        _dorm,
    ),
]
