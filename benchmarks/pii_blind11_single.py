"""Single-value families of the blind11 split: one value in a prose frame, the way an outside
checker plants PII into a short complaint-style note of a specialist or outpatient visit."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind11_gen import (
    FOREIGN,
    FOREIGN_CYR,
    Person,
    address,
    birth,
    diminutive,
    dstr,
    dtime,
    email,
    inn,
    mrn,
    oms,
    pass_number,
    pass_series,
    passport,
    phone,
    snils,
    street,
    town,
    translit,
    url,
    ymd,
)
from benchmarks.pii_families import Family, Maker

S = "blind11"


def _person(*shapes: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        # a slot such as {datv_f} fixes the sex the frame's words agree with
        case, _, sex = case.partition("_")
        p = Person(rng, fake, male={"m": True, "f": False}.get(sex))
        shape = rng.choice(shapes)
        if shape == "any":
            return p.shape(rng, case)
        if shape == "fio":
            return p.fio(case)
        if shape == "f_io":
            return p.f_io(case, rng.random() < 0.3)
        if shape == "io_f":
            return p.io_f(case)
        if shape == "io":
            return p.io(case)
        if shape == "f":
            return p.f(case)
        if shape == "fi":
            return f"{p.f(case)} {p.i(case)}"
        if shape == "if":
            return f"{p.i(case)} {p.f(case)}"
        if shape == "dim":
            return diminutive(rng)
        if shape == "lat":
            return rng.choice(
                (
                    f"{translit(p.last)} {translit(p.first)}",
                    f"{translit(p.first)} {translit(p.last)}",
                    f"{translit(p.last).upper()} {translit(p.first).upper()}",
                )
            )
        if shape == "foreign":
            last, first = rng.choice(FOREIGN)
            return rng.choice((f"{last} {first}", f"{first} {last}", f"{last.upper()} {first.upper()}"))
        if shape == "foreign_cyr":
            return rng.choice(FOREIGN_CYR)
        raise ValueError(shape)

    return make


def _date(*styles: str, y0: int = 2016, y1: int = 2026, with_time: bool = False) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        d = ymd(rng, y0, y1)
        if with_time:
            return dtime(rng, d)
        return dstr(rng, d, rng.choice(styles))

    return make


def _partial(rng: random.Random, fake: Any, case: str) -> str:
    d = ymd(rng)
    return dstr(rng, d, "inmonth" if case == "loct" else rng.choice(("monthyear", "mmyyyy", "daymonth")))


def _addr(*kinds: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return address(rng, fake, rng.choice(kinds))

    return make


def _settlement(rng: random.Random, fake: Any, case: str) -> str:
    return town(fake)


def _street_house(rng: random.Random, fake: Any, case: str) -> str:
    return f"{street(rng, fake)}, {rng.randint(1, 120)}"


def _phone(*kinds: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return phone(rng, rng.choice(kinds))

    return make


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return email(rng, Person(rng, fake) if rng.random() < 0.6 else None)


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return url(rng, Person(rng, fake) if rng.random() < 0.5 else None)


def _snils(rng: random.Random, fake: Any, case: str) -> str:
    return snils(rng)


def _oms(rng: random.Random, fake: Any, case: str) -> str:
    return oms(rng)


def _passport(rng: random.Random, fake: Any, case: str) -> str:
    return passport(rng)


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    return inn(rng)


def _mrn(*kinds: str) -> Maker:
    """A record number; a slot such as ``{eln}`` names the kind of number the frame asks for."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return mrn(rng, case if case in kinds else rng.choice(kinds))

    return make


def _birth(rng: random.Random, fake: Any, case: str) -> str:
    return dstr(rng, birth(rng, 2010, 2024), rng.choice(("num", "words", "num2", "nozero")))


def _pass_full(rng: random.Random, fake: Any, case: str) -> str:
    return f"{pass_series(rng, True)} {pass_number(rng)}"


SINGLE_FAMILIES: list[Family] = [
    # --- PERSON: paediatrics, school medicine, relatives and staff in every case
    Family(
        "b11_ped_mother_gent",
        "PERSON",
        S,
        (
            "Со слов матери, {gent_f}, ребёнок с утра вялый, от еды отказывается.",
            "Анамнез собран со слов бабушки {gent_f}, прививочный сертификат на руках.",
            "Ребёнок приведён в сопровождении отца {gent_m}, согласие на осмотр подписано.",
        ),
        _person("fio", "io", "f_io"),
    ),
    Family(
        "b11_ped_school_nurse",
        "PERSON",
        S,
        (
            "Направлен медсестрой школы {ablt_f} после урока физкультуры.",
            "Из детского сада звонила воспитатель {nomn_f}: температура 37,9 °C, сыпь на щеках.",
            "Справку для бассейна выдать через фельдшера {gent}.",
        ),
        _person("f_io", "io_f", "io"),
    ),
    Family(
        "b11_child_diminutive",
        "PERSON",
        S,
        (
            "Мама называет ребёнка {}, на имя откликается, контакт с врачом устанавливает.",
            "Дома ребёнка зовут {}, на осмотре плачет, к матери на руки идёт охотно.",
        ),
        _person("dim"),
    ),
    Family(
        "b11_psych_relative_datv",
        "PERSON",
        S,
        (
            "Выписка выдана на руки супруге {datv_f} по доверенности.",
            "Информация о госпитализации сообщена брату {datv_m} по телефону.",
            "Рекомендации разъяснены дочери пациентки {datv_f}, понимание достигнуто.",
        ),
        _person("fio", "io", "fi"),
    ),
    Family(
        "b11_doctor_ablt",
        "PERSON",
        S,
        (
            "Осмотрена совместно с заведующим отделением {ablt_m}.",
            "Консультирован онкологом {ablt}, рекомендована ПЭТ-КТ.",
            "Беседа проведена психиатром-наркологом {ablt}.",
        ),
        _person("f_io", "io_f", "fio"),
    ),
    Family(
        "b11_witness_loct",
        "PERSON",
        S,
        (
            "Отказ от госпитализации оформлен в присутствии медсестры приёмного покоя {gent_f}.",
            "Сведения о травме в школе внесены в журнал при {loct_m}, дежурном учителе.",
            "Запись о консилиуме сделана при участии доктора {gent}.",
        ),
        _person("f_io", "fio", "f"),
    ),
    Family(
        "b11_foreign_patient",
        "PERSON",
        S,
        (
            "Пациент {} — гражданин другого государства, осмотр с переводчиком.",
            "Passport name: {}. Полис ДМС иностранного гражданина представлен.",
            "Студент(ка) {} обратился(-ась) для медосмотра при поступлении в вуз.",
        ),
        _person("foreign", "foreign_cyr", "lat"),
    ),
    # --- DATE_TIME
    Family(
        "b11_dates_prose",
        "DATE_TIME",
        S,
        (
            "Последняя менструация {}, тест на ХГЧ положительный.",
            "Привит БЦЖ-М в роддоме, Манту от {} — папула 12 мм.",
            "Последний приём алкоголя {}, абстинентный синдром средней тяжести.",
            "Удалён зуб 4.6 {} в частной клинике, лунка заживает медленно.",
        ),
        _date("words", "num", "num2", "abbr", "roman", "slash", "daymonth", "ocr"),
    ),
    Family(
        "b11_dates_partial",
        "DATE_TIME",
        S,
        (
            "Курс химиотерапии завершён в {loct}, ремиссия подтверждена.",
            "Находилась в санатории в {loct} по путёвке ФСС.",
            "Флюорография последний раз — {}, патологии не выявлено.",
            "Дата последней вакцинации от гриппа: {}.",
        ),
        _partial,
    ),
    Family(
        "b11_dates_time",
        "DATE_TIME",
        S,
        (
            "Телемедицинская консультация проведена {} по видеосвязи.",
            "Бригада СМП вызвана {}, доставлен в наркологический диспансер.",
            "Роды произошли {}, девочка, 3250 г, 52 см.",
        ),
        _date(with_time=True),
    ),
    Family(
        "b11_child_birth",
        "DATE_TIME",
        S,
        (
            "Ребёнок {} г. р., посещает детский сад, привит по возрасту.",
            "Ученица 3 «Б» класса, дата рождения {}, группа здоровья II.",
            "Мальчик, родился {}, на диспансерном учёте у невролога.",
        ),
        _birth,
    ),
    # --- LOCATION
    Family(
        "b11_addr_prose",
        "LOCATION",
        S,
        (
            "Проживает по адресу: {}, с бабушкой и младшим братом.",
            "Актив передан в поликлинику по месту жительства ({}).",
            "Патронаж новорождённого по адресу {} проведён на 3-и сутки.",
        ),
        _addr("city", "index", "mkr", "reverse", "short"),
    ),
    Family(
        "b11_addr_rural",
        "LOCATION",
        S,
        (
            "Зарегистрирован: {}. Работает вахтовым методом.",
            "Со слов, живёт на даче ({}) с мая по октябрь, контакт с клещами отрицает.",
        ),
        _addr("rural", "snt"),
    ),
    Family(
        "b11_settlement",
        "LOCATION",
        S,
        (
            "Приехал из г. {} на консультацию в противотуберкулёзный диспансер.",
            "Место рождения: {}. Переехала в 2018 году.",
            "Семья переехала в г. {} прошлым летом, ребёнок адаптируется к новой школе.",
            "Житель пос. {}, до ЦРБ добирается 2 часа.",
        ),
        _settlement,
    ),
    Family(
        "b11_street_only",
        "LOCATION",
        S,
        (
            "Живёт на {}, рядом с заводом, контакт с вредностями бытовыми отрицает.",
            "Подобран прохожими на {}, в состоянии алкогольного опьянения.",
        ),
        _street_house,
    ),
    # --- contacts
    Family(
        "b11_phone_prose",
        "PHONE_NUMBER",
        S,
        (
            "Мама просит перезвонить на {} после получения результатов.",
            "Контактный телефон дочери: {}, звонить после 18:00.",
            "Для записи на повторный приём звонить {}.",
        ),
        _phone("mob", "mob", "city", "ext", "foreign"),
    ),
    Family(
        "b11_email_prose",
        "EMAIL_ADDRESS",
        S,
        (
            "Заключение направлено на почту пациента {} в формате PDF.",
            "Результаты ПЦР прислать на {}, согласие получено.",
            "Для связи с семьёй: {} (пишет старший сын).",
        ),
        _email,
    ),
    Family(
        "b11_url_prose",
        "URL",
        S,
        (
            "Ссылка на видеоконсультацию: {} (отправлена пациенту в SMS).",
            "Мать прислала фото высыпаний через {}, оценены дистанционно.",
            "Снимки КТ выложены пациентом по ссылке {}.",
        ),
        _url,
    ),
    # --- identifiers
    Family(
        "b11_snils_prose",
        "RU_SNILS",
        S,
        (
            "СНИЛС ребёнка {} сверен с данными ЕГИСЗ.",
            "Для оформления МСЭ предоставлен СНИЛС: {}.",
            "страх. номер {} (из Госуслуг), полис уточняется.",
        ),
        _snils,
    ),
    Family(
        "b11_oms_prose",
        "RU_OMS_POLICY",
        S,
        (
            "Прикреплён к поликлинике по полису ОМС {}.",
            "Полис ОМС единого образца № {}, СМО «Согаз-Мед».",
            "Медстраховка: ОМС {}; ДМС отсутствует.",
        ),
        _oms,
    ),
    Family(
        "b11_passport_prose",
        "RU_PASSPORT",
        S,
        (
            "Личность установлена по паспорту {}, выдан ОВД.",
            "Законный представитель предъявил паспорт гражданина РФ {}.",
            "При постановке на воинский учёт проверен паспорт: {}.",
        ),
        _passport,
    ),
    Family(
        "b11_mrn_prose",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Ранее лечилась в онкодиспансере, история болезни № {ib}.",
            "Результат посева по заявке {lab} будет готов через 5 дней.",
            "Выдан ЭЛН № {eln} с сегодняшнего дня.",
            "Стоматологическая карта {dent} передана в филиал.",
        ),
        _mrn("ib", "lab", "eln", "dent", "amb"),
    ),
    Family(
        "b11_mrn_referral",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Направление на МСЭ № {ref} оформлено, документы переданы в бюро.",
            "Рецепт на наркотический анальгетик серия и номер {rx} выписан на 5 дней.",
            "Исследование в PACS под номером {acc}, описание прилагается.",
            "Карта вызова скорой № {call}: доставлен с улицы.",
        ),
        _mrn("ref", "rx", "acc", "call"),
    ),
    Family(
        "b11_patient_in_note",
        "PERSON",
        S,
        (
            "Пациентке {datv_f} рекомендовано УЗИ молочных желёз через 6 мес.",
            "У {gent_m} жалобы на боли в правом подреберье после приёма жирной пищи.",
            "Со слов {gent}, дома повышалось давление до 160/100 мм рт. ст.",
            "Осмотрен подросток {nomn_m}, 15 лет, на приёме с матерью.",
            "С {ablt_f} проведена беседа о вреде курения при беременности.",
        ),
        _person("f_io", "f", "fio", "fi", "io_f"),
    ),
    Family(
        "b11_dates_deadline",
        "DATE_TIME",
        S,
        (
            "Освобождён от занятий физкультурой до {}.",
            "ЭЛН продлён по {}, явка на ВК.",
            "Повторная Р-графия ОГК назначена на {}.",
            "Вакцинация отложена (медотвод) до {} включительно.",
        ),
        _date("num", "num2", "daymonth", "words", "nozero", "iso", "ocr", y0=2024, y1=2027),
    ),
    Family(
        "b11_inn_prose",
        "RU_INN",
        S,
        (
            "Для налогового вычета за лечение зубов указан ИНН пациента {}.",
            "ИНН {} внесён в договор на платные услуги психотерапевта.",
            "Плательщик по договору — мать, её ИНН: {}.",
        ),
        _inn,
    ),
    Family(
        "b11_person_caller",
        "PERSON",
        S,
        (
            "Звонила {nomn_f}, просила перенести приём сына на следующую неделю.",
            "В 03:40 позвонил сосед {nomn_m}: пациент снова вышел из дома без сопровождения.",
            "По телемедицине консультирован совместно с участковым {ablt}.",
            "Ребёнка забрал из изолятора дедушка {nomn_m}.",
        ),
        _person("fio", "fi", "if", "f_io"),
    ),
    Family(
        "b11_mrn_certificate",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "Заключение ВК № {} о допуске к работе на высоте выдано на руки.",
            "Представлена справка о флюорографии рег. № {}.",
            "Медицинская книжка № {amb} продлена до следующего осмотра.",
            "Пациентке выдана выписка из ИБ {ib} для санатория.",
        ),
        _mrn("ib", "emk", "amb", "ref"),
    ),
]
