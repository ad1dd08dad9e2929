"""Single-value families of the blind28 split: one value in short complaint/paperwork notes."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind28_gen as g
from benchmarks.pii_families import Family, Maker

SPLIT = "blind28"


def _pers(rng: random.Random, fake: Any, case: str) -> str:
    return g.Person(rng, fake).shape(rng, case)


def _pers_full(rng: random.Random, fake: Any, case: str) -> str:
    p = g.Person(rng, fake)
    return p.full(case) if rng.random() < 0.6 else p.ini(case, before=rng.random() < 0.5)


def _latin(rng: random.Random, fake: Any, case: str) -> str:
    p = g.Person(rng, fake)
    r = rng.random()
    if r < 0.4:
        return p.latin()
    if r < 0.7:
        return f"{g.translit(p.last)} {g.translit(p.first)}"
    return f"{g.translit(p.last).upper()}, {g.translit(p.first)}"


def _diminutive(rng: random.Random, fake: Any, case: str) -> str:
    names = {
        "nomn": ("Саша", "Женя", "Валя", "Таня", "Коля", "Серёжа", "Лена", "Дима", "Оля", "Наташа"),
        "gent": ("Саши", "Жени", "Вали", "Тани", "Коли", "Серёжи", "Лены", "Димы", "Оли", "Наташи"),
    }
    first = rng.choice(names[case])
    return (
        f"{first} {g.Person(rng, fake).sur() if case == 'nomn' else ''}".strip()
        if rng.random() < 0.3
        else first
    )


def _date(styles: tuple[str, ...], lo: int = 2019, hi: int = 2026) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.fdate(rng, g.rdate(rng, lo, hi), rng.choice(styles))

    return make


def _dob(rng: random.Random, fake: Any, case: str) -> str:
    return g.fdate(rng, g.birth(rng), rng.choice(("dot", "dot", "words_g", "dot2", "iso")))


def _addr(rng: random.Random, fake: Any, case: str) -> str:
    return g.address(rng, fake)


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return g.town(fake)


def _phone(rng: random.Random, fake: Any, case: str) -> str:
    return g.phone(rng)


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return g.email(rng, fake)


def _url(rng: random.Random, fake: Any, case: str) -> str:
    u = fake.user_name()
    return rng.choice(
        (
            f"https://vk.com/{u}",
            f"https://disk.yandex.ru/d/{g._d(rng, 4)}{u[:4]}Qx",
            f"https://t.me/{u}",
            f"https://ok.ru/profile/{g._d(rng, 12)}",
            f"https://cloud.mail.ru/public/{g._d(rng, 4)}/{u}",
        )
    )


def _snils(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng)


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    return g.inn(rng)


def _oms(rng: random.Random, fake: Any, case: str) -> str:
    return g.oms(rng)


def _passport(rng: random.Random, fake: Any, case: str) -> str:
    return g.passport(rng)


def _eln(rng: random.Random, fake: Any, case: str) -> str:
    return "9" + g._d(rng, 11) if rng.random() < 0.7 else "3" + g._d(rng, 11)


def _mse(rng: random.Random, fake: Any, case: str) -> str:
    y = rng.randrange(2019, 2027)
    return rng.choice(
        (
            f"{rng.randrange(1, 2999)}.{rng.randrange(1, 40)}.{rng.choice(('77', '50', '66', '52'))}/{y}",
            f"{rng.randrange(100, 9999)}/{y}",
            f"МСЭ-{y}/{rng.randrange(1000, 99999)}",
        )
    )


def _vk(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{rng.randrange(1, 999)}",
            f"{rng.randrange(1, 999)}/{rng.randrange(19, 27)}",
            f"ВК-{rng.randrange(1, 9999)}",
            f"{rng.randrange(1, 99)}-{rng.randrange(100, 999)}",
        )
    )


def _cert(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{rng.randrange(10, 99)} {rng.choice(('АА', 'АБ', 'МС', 'ОО'))} № {rng.randrange(100000, 999999)}",
            f"{rng.randrange(100000, 9999999)}",
            f"{rng.randrange(1, 999)}-{rng.randrange(2019, 2027)}",
            f"{rng.choice(('СП', 'ДС', 'ОР'))}{g._d(rng, 7)}",
        )
    )


def _voucher(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{g._d(rng, 6)}",
            f"{rng.choice(('ФСС', 'СФР'))}-{g._d(rng, 8)}",
            f"{rng.randrange(1, 999)}/{rng.randrange(2019, 2027)}-СК",
            g.mrn(rng),
        )
    )


def _archive(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"ф. {rng.randrange(1, 50)}, оп. {rng.randrange(1, 9)}, д. {rng.randrange(1, 9999)}",
            f"{rng.randrange(1, 9999)}-{rng.choice(('С', 'Х', 'Т'))}/{rng.randrange(2005, 2020)}",
            g.mrn(rng),
        )
    )


def _mrn(rng: random.Random, fake: Any, case: str) -> str:
    return g.mrn(rng)


def _oms_old(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (f"{g._d(rng, 4)} {g._d(rng, 8)}", f"ЯМ {g._d(rng, 7)}", f"{g._d(rng, 4)} № {g._d(rng, 8)}")
    )


SINGLE_FAMILIES: list[Family] = [
    Family(
        "b28_person_gent",
        "PERSON",
        SPLIT,
        (
            "Жалоба на действия врача-профпатолога {gent}: отказ в выдаче заключения без объяснения причин.",
            "Просит заменить лечащего врача {gent} в связи с конфликтом.",
            "Со слов {gent}, справка для бассейна оформлена без осмотра.",
            "Заявление от {gent} о выдаче копии протокола ВК принято.",
        ),
        _pers,
    ),
    Family(
        "b28_person_datv",
        "PERSON",
        SPLIT,
        (
            "Направлен ответ {datv} о порядке обжалования решения бюро МСЭ.",
            "Разъяснено {datv}, что путёвка выдаётся по очереди СФР.",
            "Справка 086/у выдана {datv} на руки, претензий нет.",
            "Направление на МСЭ (088/у) вручено {datv} под подпись.",
        ),
        _pers,
    ),
    Family(
        "b28_person_ablt",
        "PERSON",
        SPLIT,
        (
            "Осмотр при приёме на работу проведён врачом-терапевтом {ablt}, допуск без ограничений.",
            "Копии медицинских документов получены {ablt} по доверенности.",
            "Беседа с заявителем проведена заместителем главного врача {ablt}.",
            "Заключение ВК подписано председателем комиссии {ablt}.",
        ),
        _pers,
    ),
    Family(
        "b28_person_loct",
        "PERSON",
        SPLIT,
        (
            "Сведения о {loct} в архиве поликлиники не обнаружены.",
            "В запросе суда о {loct} указан неверный год рождения.",
            "Запрос ТФОМС по {loct}: экспертиза качества мед. помощи назначена.",
        ),
        _pers_full,
    ),
    Family(
        "b28_person_nomn",
        "PERSON",
        SPLIT,
        (
            "Законный представитель: {}, действует по доверенности.",
            "Жалобу подписал(а) {} (представитель пациентки), просит ответ в письменном виде.",
            "Присутствовал(а) при вскрытии конверта с результатами: {}.",
            "Данные профосмотра внесены в журнал 1/у, ответственный: {}.",
        ),
        _pers,
    ),
    Family(
        "b28_person_latin",
        "PERSON",
        SPLIT,
        (
            "Иностранный гражданин(ка) {} обратился(ась) за медосвидетельствованием для получения патента.",
            "В переводе выписки имя пациента указано как {}.",
            "Name/ФИО: {} — сертификат об отсутствии ВИЧ для миграционной службы.",
        ),
        _latin,
    ),
    Family(
        "b28_person_dimin",
        "PERSON",
        SPLIT,
        (
            "Звонила соседка {}, просила передать, что привезёт полис.",
            "Со слов мамы, {} посещает бассейн, нужна справка.",
        ),
        _diminutive,
    ),
    Family(
        "b28_date_words",
        "DATE_TIME",
        SPLIT,
        (
            "Путёвка выдана {}, заезд через две недели; гипотензивные по схеме.",
            "Последний периодический медосмотр пройден {}, противопоказаний нет.",
            "Жалоба поступила в Росздравнадзор {} и перенаправлена в клинику.",
            "Решение бюро МСЭ от {} обжаловано в главное бюро.",
        ),
        _date(("words", "words_g", "quote", "dot")),
    ),
    Family(
        "b28_date_partial",
        "DATE_TIME",
        SPLIT,
        (
            "Санаторно-курортное лечение в Кисловодске — {}, повторно не направлялся.",
            "Группа инвалидности установлена бессрочно с {}.",
            "Обследование перед выдачей справки на оружие проходил в {}.",
        ),
        _date(("month", "mm.yyyy", "daymonth")),
    ),
    Family(
        "b28_date_ocr",
        "DATE_TIME",
        SPLIT,
        (
            "Копия выписки (скан, плохое качество): дата выписки {} , подпись неразборчива.",
            "В скан-копии справки дата выдачи читается как {} .",
        ),
        _date(("ocr", "spaced", "dot2")),
    ),
    Family(
        "b28_date_time",
        "DATE_TIME",
        SPLIT,
        (
            "Заседание врачебной комиссии назначено на {}, явка обязательна.",
            "Пациент явился на переосвидетельствование {}; 10 мг эналаприла утром.",
        ),
        _date(("time",)),
    ),
    Family(
        "b28_dob",
        "DATE_TIME",
        SPLIT,
        (
            "Заявитель, д.р. {}, просит выдать дубликат справки для ГИБДД.",
            "Дата рождения в полисе ({}) не совпадает с паспортом.",
        ),
        _dob,
    ),
    Family(
        "b28_addr",
        "LOCATION",
        SPLIT,
        (
            "Ответ на жалобу направлен заказным письмом по адресу: {}.",
            "Адрес фактического проживания: {}; на участке не прикреплён.",
            "Выезд врача на дом для освидетельствования: {}.",
        ),
        _addr,
    ),
    Family(
        "b28_town",
        "LOCATION",
        SPLIT,
        (
            "Переехал в г. {}, просит открепить от поликлиники и выдать выписку.",
            "Проживает в г. {} у дочери, карта запрошена оттуда.",
        ),
        _town,
    ),
    Family(
        "b28_phone",
        "PHONE_NUMBER",
        SPLIT,
        (
            "Просит сообщить решение ВК по тел. {}; звонить после 18:00.",
            "Контакт для связи по жалобе: {} (заявитель).",
            "тел {} — дочь, доверенность на получение копий.",
        ),
        _phone,
    ),
    Family(
        "b28_email",
        "EMAIL_ADDRESS",
        SPLIT,
        (
            "Сканы медицинской карты просит направить на e-mail {}.",
            "Ответ на обращение отправлен на {} 2 раза, не прочитан.",
        ),
        _email,
    ),
    Family(
        "b28_url",
        "URL",
        SPLIT,
        (
            "Пациентка выложила копию заключения по ссылке {} и просит проверить.",
            "Жалоба продублирована на странице {} в соцсети.",
        ),
        _url,
    ),
    Family(
        "b28_snils",
        "RU_SNILS",
        SPLIT,
        (
            "СНИЛС заявителя {} — сверен с данными СФР, ошибок нет.",
            "В направлении на МСЭ исправлен СНИЛС: верный {}.",
        ),
        _snils,
    ),
    Family(
        "b28_inn",
        "RU_INN",
        SPLIT,
        (
            "Для справки об оплате мед. услуг в налоговую налогоплательщик указал ИНН {}.",
            "ИНН пациента {} внесён в реестр выданных справок для вычета.",
        ),
        _inn,
    ),
    Family(
        "b28_oms",
        "RU_OMS_POLICY",
        SPLIT,
        (
            "ЕНП {} — страховая принадлежность подтверждена ТФОМС.",
            "При экспертизе страховой компании указан полис {}.",
        ),
        _oms,
    ),
    Family(
        "b28_oms_old",
        "RU_OMS_POLICY",
        SPLIT,
        ("На руках старый полис ОМС {}, рекомендовано заменить на ЕНП.",),
        _oms_old,
    ),
    Family(
        "b28_passport",
        "RU_PASSPORT",
        SPLIT,
        (
            "Личность заявителя установлена по паспорту {}, копия в деле.",
            "При получении копий предъявлен паспорт РФ {}.",
        ),
        _passport,
    ),
    Family(
        "b28_mrn_eln",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Открыт электронный листок нетрудоспособности № {}, продлён через ВК.",
            "ЭЛН {} закрыт, приступить к труду с завтрашнего дня.",
        ),
        _eln,
    ),
    Family(
        "b28_mrn_mse",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "По акту медико-социальной экспертизы № {} установлена III группа.",
            "ИПРА к протоколу МСЭ {} выдана на руки.",
        ),
        _mse,
    ),
    Family(
        "b28_mrn_vk",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Протокол врачебной комиссии № {} — продление ЛН свыше 15 дней.",
            "Решением ВК (протокол {}) рекомендовано направление на МСЭ.",
        ),
        _vk,
    ),
    Family(
        "b28_mrn_cert",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Медицинское заключение для ГИБДД (форма 003-В/у) серия/номер {} выдано на руки.",
            "Справка об отсутствии противопоказаний к владению оружием (002-О/у) № {} аннулирована.",
        ),
        _cert,
    ),
    Family(
        "b28_mrn_voucher",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Санаторно-курортная карта (072/у) № {} оформлена, действительна 12 месяцев.",
            "Путёвка на санаторно-курортное лечение № {} — заезд по графику.",
        ),
        _voucher,
    ),
    Family(
        "b28_mrn_archive",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Запрошена из архива история болезни, архивный шифр {}.",
            "Медицинская карта {} передана в архив, срок хранения 25 лет.",
        ),
        _archive,
    ),
]
