"""blind9: single values planted in prose and short administrative frames."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind9_values import (
    SPLIT,
    Person,
    address,
    date_maker,
    digits,
    email,
    enp_styled,
    inn12,
    passport_joined,
    person_maker,
    phone,
    record_no,
    snils,
)
from benchmarks.pii_families import Family


def _m(fn):  # type: ignore[no-untyped-def]
    return lambda rng, fake, case: fn(rng, fake)


def _town(rng: random.Random, fake: Any) -> str:
    return fake.city_name()


def _street_person(rng: random.Random, fake: Any) -> str:
    return f"ул. {fake.street_title()}, {rng.randint(1, 90)}-{rng.randint(1, 200)}"


def _url(rng: random.Random, fake: Any) -> str:
    return rng.choice(
        (
            f"https://vk.com/id{digits(rng, 9)}",
            f"https://t.me/{fake.user_name()}",
            f"https://ok.ru/profile/{digits(rng, 12)}",
            f"https://lk.gosuslugi.ru/profile/{digits(rng, 7)}",
            f"http://{fake.domain_name()}/{fake.user_name()}",
        )
    )


B9_SINGLE: list[Family] = [
    Family(
        "b9_person_relative_gent",
        "PERSON",
        SPLIT,
        (
            "Со слов родственницы (дочь), {gent}, пациентка накануне упала дома.",
            "Анамнез собран со слов законного представителя — {gent}.",
            "Согласие на операцию подписано в присутствии родственника пациента, {gent}.",
            "Доставлен бригадой СМП по вызову {gent} (соседи по площадке).",
        ),
        person_maker("F I O", "F io", "I O", "F I"),
    ),
    Family(
        "b9_person_staff_ablt",
        "PERSON",
        SPLIT,
        (
            "Осмотрен совместно с заведующим отделением {ablt}.",
            "Перевязка выполнена м/с {ablt} в 10:30.",
            "Консультирован дежурным неврологом {ablt}, ОНМК исключено.",
            "Выписка согласована с начмедом {ablt}.",
        ),
        person_maker("F io", "io F", "F i o", "F I O"),
    ),
    Family(
        "b9_person_datv_loct",
        "PERSON",
        SPLIT,
        (
            "Результаты КТ переданы лечащему врачу {datv} по телефону.",
            "Выдано направление пациенту {datv} на МСЭ.",
            "Сведения о {loct} внесены в регистр 20.05 без изменений.",
            "Звонок представителю пациента {datv}: сообщено о переводе в ОРИТ №2.",
        ),
        person_maker("F I O", "F io", "I O", "F"),
    ),
    Family(
        "b9_person_latin_caller",
        "PERSON",
        SPLIT,
        (
            "Пациент — гражданин Узбекистана, в паспорте: {}.",
            "Звонила переводчик {}, просила повторить рекомендации.",
            "Name in insurance card: {}; полис ДМС прилагается.",
            "Фамилия по загранпаспорту {} (латиницей), сверено с визой.",
        ),
        person_maker("lat", "Lat", "UP"),
    ),
    Family(
        "b9_date_birth_prose",
        "DATE_TIME",
        SPLIT,
        (
            "Родилась {} в срок, вес при рождении 3200 г.",
            "Д.р. {}, полных лет на момент осмотра указано в карте.",
            "Пациент (дата рождения {}) поступил в плановом порядке.",
            "г.р.: {}; группа крови A(II) Rh+.",
        ),
        date_maker("dot", "words", "dot2", "iso", "roman", "ocr", "space", lo=1930, hi=2024),
    ),
    Family(
        "b9_date_event_partial",
        "DATE_TIME",
        SPLIT,
        (
            "Последняя госпитализация — {}, пневмония, лечилась в ЦРБ.",
            "Выписан {}, далее наблюдался у терапевта по месту жительства.",
            "Операция (холецистэктомия) выполнена {}; послеоперационный период без особенностей.",
            "Менструация последняя {}, цикл регулярный 28 дней.",
        ),
        date_maker("month_year", "mm_yyyy", "day_month", "abbr", "words_noy", lo=2010, hi=2026),
    ),
    Family(
        "b9_date_time_admission",
        "DATE_TIME",
        SPLIT,
        (
            "Время поступления: {}, доставлен каретой СМП.",
            "Смерть констатирована {}.",
            "Забор крови произведён {}, пробирка ЭДТА.",
            "Пациент покинул отделение самовольно {}, о чём составлен акт.",
        ),
        date_maker("dt", "dt_v", "dt_iso", lo=2019, hi=2026),
    ),
    Family(
        "b9_location_residence",
        "LOCATION",
        SPLIT,
        (
            "Проживает по адресу: {}, один, на 3 этаже без лифта.",
            "Адрес фактического проживания {} (со слов).",
            "Выезд бригады на адрес {}.",
            "Зарегистрирован: {}; проживает там же.",
        ),
        _m(address),
    ),
    Family(
        "b9_location_town_only",
        "LOCATION",
        SPLIT,
        (
            "Житель г. {}, прибыл к родственникам на время лечения.",
            "Переведён из ЦРБ по месту жительства (г. {}).",
            "Работает вахтовым методом, постоянно проживает в городе {}.",
            "Приехал из г. {} на консультацию.",
        ),
        _m(_town),
    ),
    Family(
        "b9_location_street_only",
        "LOCATION",
        SPLIT,
        (
            "Травма получена во дворе дома, {}.",
            "Живёт на {}, рядом с поликлиникой.",
            "Найден прохожими у подъезда по адресу {}.",
        ),
        _m(_street_person),
    ),
    Family(
        "b9_phone_contact_prose",
        "PHONE_NUMBER",
        SPLIT,
        (
            "Контактный телефон дочери {} (звонить после 18:00).",
            "Для связи: {}.",
            "Родственники просят сообщать о состоянии по номеру {}.",
            "Тел. {} — WhatsApp, Telegram.",
            "Пациент оставил номер {}, на звонок не ответил.",
        ),
        lambda rng, fake, case: phone(rng),
    ),
    Family(
        "b9_email_prose",
        "EMAIL_ADDRESS",
        SPLIT,
        (
            "Результаты отправлены на e-mail пациента {}.",
            "Эл. почта для связи: {}.",
            "Просит выслать выписку на почту {} в формате PDF.",
            "Согласие на получение уведомлений на {} получено.",
        ),
        lambda rng, fake, case: email(rng, fake, Person(rng, fake)),
    ),
    Family(
        "b9_url_prose",
        "URL",
        SPLIT,
        (
            "Мать пациента выкладывает фото ран в соцсети ({}), разъяснён вред.",
            "Страница пациента для связи: {}.",
            "Ссылка на видеозапись приступа, присланная женой: {}.",
            "Профиль в мессенджере: {}.",
        ),
        _m(_url),
    ),
    Family(
        "b9_snils_prose",
        "RU_SNILS",
        SPLIT,
        (
            "СНИЛС пациента {} — сверен с Госуслугами.",
            "Страховой номер индивидуального лицевого счёта: {}.",
            "СНИЛС {}, инвалидность II гр. бессрочно.",
            "снилс:{} (со слов, документ не предъявлен).",
        ),
        lambda rng, fake, case: snils(rng),
    ),
    Family(
        "b9_inn_prose",
        "RU_INN",
        SPLIT,
        (
            "Справка для налогового вычета: ИНН налогоплательщика {}.",
            "ИНН пациента {} указан по просьбе бухгалтерии.",
            "Плательщик (мать) — ИНН {}, договор платных услуг.",
            "инн физ. лица: {}.",
        ),
        lambda rng, fake, case: inn12(rng),
    ),
    Family(
        "b9_passport_prose",
        "RU_PASSPORT",
        SPLIT,
        (
            "Личность установлена по паспорту {}.",
            "Паспорт РФ {}, выдан ГУ МВД.",
            "Документ, удостоверяющий личность: паспорт гражданина РФ {}.",
            "Паспорт сына (законного представителя) {} предъявлен.",
        ),
        lambda rng, fake, case: passport_joined(rng),
    ),
    Family(
        "b9_oms_prose",
        "RU_OMS_POLICY",
        SPLIT,
        (
            "Полис ОМС единого образца № {}, СМО «Капитал МС».",
            "ЕНП {} — активен, прикреплён к поликлинике №3.",
            "Полис обязательного медицинского страхования {} предъявлен.",
            "Номер полиса: {}.",
        ),
        lambda rng, fake, case: enp_styled(rng),
    ),
    Family(
        "b9_mrn_history_prose",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Ранее лечился в нашем отделении, история болезни № {}.",
            "Медицинская карта стационарного больного {} передана в архив.",
            "Амб. карта № {} запрошена из регистратуры.",
            "См. предыдущую госпитализацию (ИБ {}).",
        ),
        lambda rng, fake, case: record_no(rng, rng.choice(("ib", "amb"))),
    ),
    Family(
        "b9_mrn_docs_prose",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Открыт электронный листок нетрудоспособности № {}.",
            "Выписан льготный рецепт серии {} на инсулин.",
            "Направление на госпитализацию № {} от поликлиники.",
            "Карта вызова СМП № {} приложена к истории.",
            "Исследование в PACS: accession {}.",
        ),
        lambda rng, fake, case: record_no(rng, rng.choice(("eln", "rx", "ref", "call", "acc"))),
    ),
    Family(
        "b9_mrn_lab_sample",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "Образец {} отправлен в ЦКДЛ, результат ожидается.",
            "Штрихкод пробирки: {}; гемолиз, повторный забор.",
            "ЛИС: заявка {} отменена (дубль).",
            "Гистология, блоки по номеру {}.",
        ),
        lambda rng, fake, case: rng.choice(
            (
                digits(rng, 10),
                f"Г-{rng.randint(100, 9999)}/{rng.randint(20, 26)}",
                f"LAB{digits(rng, 9)}",
                f"{rng.randint(1, 9999)}-{rng.randint(1, 12)}",
            )
        ),
    ),
    Family(
        "b9_lookalike_mixed_person",
        "PERSON",
        SPLIT,
        (
            "Ацетилсалициловая кислота 100 мг в 08:00; ОАК от ГБУЗ ГКБ №52; пациентка {} ознакомлена, подпись.",
            "Код МКБ-10 J18.9, форма 003/у, палата 412; лечащий врач — {}.",
            "ИНН ГБУЗ 7714123456, лицензия ЛО-77-01-019876; ответственный {}.",
        ),
        person_maker("F io", "F I O", "io F"),
    ),
]


_DIMINUTIVES = (
    "Даша",
    "Лёша",
    "Саша",
    "Наташа",
    "Валя",
    "Коля",
    "Таня",
    "Серёжа",
    "Люба",
    "Вова",
    "Галя",
    "Женя",
)


def _diminutive(rng: random.Random, fake: Any) -> str:
    name = rng.choice(_DIMINUTIVES)
    r = rng.random()
    if r < 0.4:
        return name
    last = (
        fake.last_name_female()
        if name[-1] == "а" and name not in ("Саша", "Вова", "Коля", "Серёжа", "Лёша")
        else fake.last_name_male()
    )
    return f"{name} {last}" if r < 0.8 else f"{name} {last[0]}."


def _date_typo(rng: random.Random, fake: Any) -> str:
    y, m, d = rng.randint(1940, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{d:02d}.{m:02d},{y}",
            f"{d}.{m}.{y % 100:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d} .{m:02d}.{y}",
            f"{d:02d}.{m:02d} {y}",
            f"{d:02d}.{m:02d}..{y}",
            f"{d:02d}{m:02d}{y}",
        )
    )


def _mrn_odd(rng: random.Random, fake: Any) -> str:
    y, n = rng.randint(2016, 2026), rng.randint(1, 39999)
    return rng.choice(
        (
            f"{y}/{n}",
            f"{n}-С",
            f"КС-{y}-{n:06d}",
            f"{n} / {y % 100}",
            f"{n}{rng.choice('АБВ')}",
            f"Х{y % 100}-{n}",
        )
    )


_TOWNS_GENT = (
    ("Саратов", "Саратова"), ("Тверь", "Твери"), ("Кострома", "Костромы"), ("Ижевск", "Ижевска"),
    ("Рязань", "Рязани"), ("Самара", "Самары"), ("Курган", "Кургана"), ("Вологда", "Вологды"),
    ("Пенза", "Пензы"), ("Омск", "Омска"), ("Чита", "Читы"), ("Брянск", "Брянска"), ("Тюмень", "Тюмени"),
)  # fmt: skip


def _town_gent(rng: random.Random, fake: Any, case: str) -> str:
    nomn, gent = rng.choice(_TOWNS_GENT)
    return gent if case == "gent" else nomn


B9_SINGLE += [
    Family(
        "b9_person_diminutive",
        "PERSON",
        SPLIT,
        (
            "Звонила внучка — {}, просила перезвонить после обхода.",
            "Ребёнок ({}) на осмотр пришёл с бабушкой.",
            "В палате с пациентом находится дочь {} (по уходу).",
            "Контактное лицо (со слов пациента): {}.",
        ),
        _m(_diminutive),
    ),
    Family(
        "b9_date_typo",
        "DATE_TIME",
        SPLIT,
        (
            "Дата направления: {} (так в документе).",
            "Д/р {}, данные перенесены из бумажной карты.",
            "Талон выдан {}; явка в 08:30 натощак.",
            "Последняя вакцинация против гриппа {}, со слов.",
        ),
        _m(_date_typo),
    ),
    Family(
        "b9_mrn_odd_labels",
        "MEDICAL_RECORD_NUMBER",
        SPLIT,
        (
            "№ и/б {} (повторное поступление).",
            "Ист. бол. № {}, отд. 5, палата 12.",
            "Карта стац. б-го {} сдана в архив.",
            "N МК {} — см. вклейку.",
            "Мед. карта {}; группа Д-наблюдения 2.",
        ),
        _m(_mrn_odd),
    ),
    Family(
        "b9_location_town_gent",
        "LOCATION",
        SPLIT,
        (
            "Уроженка г. {gent}, переехала в 2019 году.",
            "Доставлен попутным транспортом из {gent}.",
            "Прописан в г. {}, фактически проживает у сына.",
            "Житель {gent}; в отделении 2-е сутки.",
        ),
        _town_gent,
    ),
]
