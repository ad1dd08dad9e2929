"""Single-value families of the blind16 split: one value in a short complaint-style note."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind16_gen import (
    FOREIGN,
    FOREIGN_RU,
    NATIONAL_RU,
    date_fmt,
    date_pair,
    digits,
    email,
    enp_fmt,
    inn12,
    ocr,
    passport,
    person,
    phone,
    rand_date,
    raw_person,
    snils_fmt,
    translit,
    url,
)
from benchmarks.pii_blind16_places import FOREIGN_ADDR, address, mrn
from benchmarks.pii_families import Family

S = "blind16"


def _person_shapes(*shapes: str):
    return lambda rng, fake, case: person(rng, fake, case, rng.choice(shapes))


def _ocr_person(rng: random.Random, fake: Any, case: str) -> str:
    return ocr(rng, person(rng, fake, case, rng.choice(("F I O", "F io"))), 0.15)


def _translit_person(rng: random.Random, fake: Any, case: str) -> str:
    last, first, _, _ = raw_person(rng, fake)
    return rng.choice(
        (f"{translit(last).upper()} {translit(first).upper()}", f"{translit(last)} {translit(first)}")
    )


def _foreign_person(rng: random.Random, fake: Any, case: str) -> str:
    last, first, _ = rng.choice(FOREIGN)
    return rng.choice((f"{last.upper()} {first.upper()}", f"{first} {last}", rng.choice(FOREIGN_RU)))


def _national(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(NATIONAL_RU)


def _diminutive(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(("Саша", "Лёша", "Наташа", "Танюша", "Коля", "Женя", "Вова", "Люба", "Маша", "Серёжа"))


def _date_noise(rng: random.Random, fake: Any, case: str) -> str:
    return ocr(rng, date_fmt(rng, style=rng.choice(("dmy", "dmy2", "dmy_slash"))), 0.2)


def _date_partial(rng: random.Random, fake: Any, case: str) -> str:
    return date_fmt(rng, style=rng.choice(("month_year", "mm_yyyy", "day_month")))


def _date_time(rng: random.Random, fake: Any, case: str) -> str:
    return date_fmt(rng, rand_date(rng, 2024), style=rng.choice(("dmy", "iso", "dmy2")), time=True)


def _date_range(rng: random.Random, fake: Any, case: str) -> str:
    d1, d2 = date_pair(rng, 2023)
    a, b = f"{d1.day:02d}.{d1.month:02d}", f"{d2.day:02d}.{d2.month:02d}"
    return rng.choice(
        (
            f"{a}-{b}.{d2.year}",
            f"{a}.{d1.year} - {b}.{d2.year}",
            f"{a}.{d1.year}–{b}.{d2.year}",
            f"{a}.{d1.year % 100:02d}-{b}.{d2.year % 100:02d}",
        )
    )


def _phone_multi(rng: random.Random, fake: Any, case: str) -> str:
    return phone(rng)


def _phone_ocr(rng: random.Random, fake: Any, case: str) -> str:
    return ocr(rng, phone(rng, rng.choice(("p7", "8par", "8dash"))), 0.1)


def _addr(*styles: str):
    return lambda rng, fake, case: address(rng, fake, rng.choice(styles))


def _addr_ocr(rng: random.Random, fake: Any, case: str) -> str:
    return ocr(
        rng,
        address(rng, fake, rng.choice(("city", "index_first"))).replace(", ", ",", rng.randrange(3)),
        0.08,
    )


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return fake.city_name()


def _snils(*styles: str):
    return lambda rng, fake, case: snils_fmt(rng, rng.choice(styles))


def _snils_ocr(rng: random.Random, fake: Any, case: str) -> str:
    return ocr(rng, snils_fmt(rng, "std"), 0.15)


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    v = inn12(rng)
    return rng.choice((v, v, f"{v[:4]} {v[4:10]} {v[10:]}", " ".join(v), f"{v[:2]} {v[2:4]} {v[4:]}"))


def _oms(rng: random.Random, fake: Any, case: str) -> str:
    r = rng.random()
    if r < 0.7:
        return enp_fmt(rng)
    return rng.choice(
        (f"ЯА {digits(rng, 10)}", f"{digits(rng, 6)} {digits(rng, 10)}", f"АБ-{digits(rng, 8)}")
    )


def _passport_full(rng: random.Random, fake: Any, case: str) -> str:
    s, n = passport(rng)
    return rng.choice(
        (
            f"{s[:2]} {s[2:]} {n}",
            f"{s} {n}",
            f"{s}{n}",
            f"{s} № {n}",
            f"{s[:2]}{s[2:]}-{n}",
            f"{s[:2]} {s[2:]} №{n}",
        )
    )


def _mrn(*styles: str):
    return lambda rng, fake, case: mrn(rng, rng.choice(styles))


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return email(rng, fake, raw_person(rng, fake)[0] if rng.random() < 0.5 else "")


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return url(rng, fake)


BLIND16_SINGLE: list[Family] = [
    Family(
        "b16_person_ocr",
        "PERSON",
        S,
        (
            "Скан направления, ФИО (распознано): {}; жалобы на слабость.",
            "Ф.И.О. {} |  возраст 54 | отд. 3",
            "Пациент(ка) {} — головокружение, АД 160/100.",
        ),
        _ocr_person,
    ),
    Family(
        "b16_person_cases",
        "PERSON",
        S,
        (
            "Со слов {gent}, боли беспокоят около недели.",
            "Выписка выдана на руки {datv}, рекомендован контроль ОАК.",
            "Осмотрена совместно с {ablt}, данных за ОКС нет.",
            "Консилиум: доложено о {loct}, решено продолжить терапию.",
            "Вызов принят от {gent}, жалобы на одышку.",
        ),
        _person_shapes("F I O", "F io", "io F", "F I", "F"),
    ),
    Family(
        "b16_person_translit",
        "PERSON",
        S,
        (
            "Name (as in passport): {}. Жалобы на кашель 5 дней.",
            "Латиницей в полисе ДМС: {}; аллергия на пенициллин.",
        ),
        _translit_person,
    ),
    Family(
        "b16_person_foreign",
        "PERSON",
        S,
        (
            "Иностранный гражданин {}, по-русски говорит плохо, боли в животе.",
            "Патент на работу, пациент: {}. Жалобы на лихорадку 38,5.",
            "Переводчик приглашён для {gent} — кашель, кровохарканье.",
        ),
        _foreign_person,
    ),
    Family(
        "b16_person_national",
        "PERSON",
        S,
        (
            "Пациент {} доставлен бригадой СМП №12 с болями за грудиной.",
            "Законный представитель ребёнка — {}, жалобы на сыпь у сына.",
        ),
        _national,
    ),
    Family(
        "b16_person_diminutive",
        "PERSON",
        S,
        (
            "Со слов мамы, {} с утра не ест, температура 37,8.",
            "Дочь {} звонила в отделение, просит перезвонить.",
        ),
        _diminutive,
    ),
    Family(
        "b16_date_ocr",
        "DATE_TIME",
        S,
        (
            "Дата рожд. {} (скан плохого качества), жалобы на боли в суставах.",
            "Заболел(а) {} — после переохлаждения, t 38,9.",
            "Дата выдачи: {} | форма 057/у-04",
        ),
        _date_noise,
    ),
    Family(
        "b16_date_partial",
        "DATE_TIME",
        S,
        (
            "Последняя менструация — {}, беременность отрицает.",
            "ФГДС проводилась в {}, со слов, язвы не было.",
            "Госпитализирована {} по поводу пневмонии.",
        ),
        _date_partial,
    ),
    Family(
        "b16_date_time",
        "DATE_TIME",
        S,
        (
            "Поступил {} по экстренным показаниям, ЧСС 112.",
            "Забор крови {}; глюкоза 6,1 ммоль/л.",
            "Время смерти констатировано {}",
        ),
        _date_time,
    ),
    Family(
        "b16_date_range",
        "DATE_TIME",
        S,
        (
            "Находилась на лечении {} с диагнозом J18.9.",
            "Листок нетрудоспособности открыт {}.",
        ),
        _date_range,
    ),
    Family(
        "b16_phone_any",
        "PHONE_NUMBER",
        S,
        (
            "Контактный тел. родственников: {}, звонить после 18:00.",
            "Тел.{} (мобильный матери) — рекомендовано сообщить результаты.",
            "Номер для связи {}; ОАК без особенностей.",
        ),
        _phone_multi,
    ),
    Family(
        "b16_phone_ocr",
        "PHONE_NUMBER",
        S,
        (
            "Тел/факс с бланка: {} | лист 2 из 3",
            "Конт.тлф {} Жалобы на боль в горле.",
        ),
        _phone_ocr,
    ),
    Family(
        "b16_addr_urban",
        "LOCATION",
        S,
        (
            "Проживает по адресу: {}. Жалобы на одышку при нагрузке.",
            "Адрес фактич. проживания {}; вызов на дом.",
            "Выезд бригады по адресу {}, пациент в сознании.",
        ),
        _addr("city", "index_first", "index_last", "micro", "reversed"),
    ),
    Family(
        "b16_addr_rural",
        "LOCATION",
        S,
        (
            "Прописка: {}. Обратился с болями в пояснице.",
            "Доставлен из {} попутным транспортом.",
            "Живёт на даче: {}, укус клеща 3 дня назад.",
        ),
        _addr("rural", "snt"),
    ),
    Family(
        "b16_addr_ocr",
        "LOCATION",
        S,
        (
            "Адрес (распознано с бланка): {} | уч. 14",
            "АДРЕС {} ЖАЛОБЫ НА КАШЕЛЬ",
        ),
        _addr_ocr,
    ),
    Family(
        "b16_addr_foreign",
        "LOCATION",
        S,
        (
            "Адрес на родине: {}. Въехал в РФ два месяца назад, кашель.",
            "Постоянное место жительства — {}; в РФ временно.",
        ),
        lambda rng, fake, case: rng.choice(FOREIGN_ADDR),
    ),
    Family(
        "b16_town",
        "LOCATION",
        S,
        (
            "Житель г. {}, приехал к родственникам, жалобы на давящие боли.",
            "Прибыл из г. {} поездом, температура 39.",
        ),
        _town,
    ),
    Family(
        "b16_snils_forms",
        "RU_SNILS",
        S,
        (
            "СНИЛС {} — сведения сверены с ФЕРЗЛ.",
            "Страх. свид-во №{}; пациент на учёте у эндокринолога.",
            "снилс:{} жалобы на жажду",
            "СНИЛС\n{}\nДиагноз E11.9",
        ),
        _snils("std", "raw", "spaces", "dashes", "dot"),
    ),
    Family(
        "b16_snils_ocr",
        "RU_SNILS",
        S,
        (
            "С Н И Л С | {} | (скан)",
            "CHИЛC {} (распознано, латинские буквы в метке)",
        ),
        _snils_ocr,
    ),
    Family(
        "b16_inn",
        "RU_INN",
        S,
        (
            "ИНН физ. лица {} (для налогового вычета за лечение).",
            "ИНН пациента: {}; справка об оплате мед. услуг выдана.",
            "инн {} — данные из анкеты",
        ),
        _inn,
    ),
    Family(
        "b16_oms",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС {} (ЕНП), СМО «СОГАЗ-Мед».",
            "Полис обяз. мед. страх.: {}; прикреплён к поликлинике №5.",
            "ЕНП{} — проверено по ЕРЗЛ.",
        ),
        _oms,
    ),
    Family(
        "b16_passport",
        "RU_PASSPORT",
        S,
        (
            "Паспорт гражданина РФ {} — личность установлена.",
            "Документ, удостоверяющий личность: паспорт {}.",
            "Пасп. {} (копия в деле).",
        ),
        _passport_full,
    ),
    Family(
        "b16_mrn_ib",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "И/б № {} — переведён в кардиологию, палата 412.",
            "Медкарта стационарного больного №{}; койка 7.",
            "Номер истории болезни {}",
        ),
        _mrn("ib", "emr", "mis"),
    ),
    Family(
        "b16_mrn_docs",
        "MEDICAL_RECORD_NUMBER",
        S,
        (
            "ЭЛН № {} открыт, код нетрудоспособности 01.",
            "Направление № {} на госпитализацию, форма 057/у-04.",
            "Рецепт серия/номер {}, выписан метформин 1000 мг.",
            "Карта вызова СМП №{} — жалобы на боль в груди.",
            "Проба № {} (ШК) доставлена в лабораторию в 09:40.",
        ),
        _mrn("eln", "ref", "rx", "call", "lab", "dicom", "tub"),
    ),
    Family(
        "b16_email",
        "EMAIL_ADDRESS",
        S,
        (
            "Результаты направить на e-mail: {}. Жалобы отсутствуют.",
            "Эл. почта представителя {} (согласие на рассылку есть).",
            "email:{}; повторный приём через 2 недели",
        ),
        _email,
    ),
    Family(
        "b16_url",
        "URL",
        S,
        (
            "Мать прислала фото сыпи через {}, осмотр очно.",
            "Страница пациента {} — со слов, там фото документов.",
        ),
        _url,
    ),
    Family(
        "b16_url_files",
        "URL",
        S,
        (
            "Снимки КТ родственники выложили по ссылке {} (скан выписки приложен).",
            "Ссылка на фото рецепта от пациента: {}\nПовторная консультация в 14:00.",
            "Для связи с сыном пациентки: {}, звонить не может.",
        ),
        _url,
    ),
]
