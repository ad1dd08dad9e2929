"""``blind3`` families of phones, e-mail, links, identifiers and record numbers
(see :mod:`benchmarks.pii_families_blind3`). Each family plants values of one type; clinical numbers
that are not PII (doses, lab values, ICD codes, wards, beds, scores) sit next to them unlabelled.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind3_numbers as nb
from benchmarks.pii_blind3_values import (
    CLINICAL,
    EMAIL,
    INN,
    MRN,
    OMS,
    PASSPORT,
    PHONE,
    SNILS,
    URL,
    Block,
    Segments,
    Slot,
    block,
    filler,
)


def _slot(kind: str, make: Any) -> Slot:
    return Slot(kind, lambda rng, fake, case: make(rng))


# ----- phones --------------------------------------------------------------------------------
_ODD = _slot(PHONE, nb.unusual_mobile)
_FOREIGN = _slot(PHONE, nb.foreign_looking)
_LAND = _slot(PHONE, nb.landline)
_EXT = _slot(PHONE, nb.with_extension)
_WORDS = _slot(PHONE, nb.in_words)
_ANY = Slot(PHONE, lambda rng, fake, case: rng.choice((nb.unusual_mobile, nb.foreign_looking, nb.landline))(rng))

PHONE_FAMILIES: dict[str, Block] = {
    "phone-grouping-b3": block((
        "Тел. {p}; {c}.", "Конт. тел.: {p}\n", "Пациентка доступна по тел. {p}, {c}.", "тел:{p}", "Моб.тел. {p} (сам)",
        "Телефон (мобильный): {p}\n", "Связь: {p}. Палата {w}.", "Тел. законного представителя {p}.",
        "Для связи с пациентом — {p}; {c}.", "Т.{p}",
    ), p=_ODD, c=CLINICAL, w=filler("12", "4", "7А", "21")),
    "phone-words-b3": block((
        "Со слов звонящей, номер для обратной связи {w}.", "Абонент продиктовал номер: {w}.",
        "Оператор 112: перезвонить по номеру {w}.", "Запись разговора: «Запишите мой номер — {w}».",
        "Контактный номер (со слов): {w}\n", "Диспетчер: вызывающий оставил номер {w}, повод — боль в груди.",
    ), w=_WORDS),
    "phone-extensions-b3": block((
        "Тел. по месту работы: {e}.", "Рабочий: {e}\n", "Связь с отделением: {e}, {c}.",
        "Звонить через коммутатор: {e}.", "Тел. {e} — бухгалтерия, спросить мужа.", "Служебный телефон {e}.",
        "Горячая линия (для вопросов по анализам): {e}.", "Для справок: {e}\n",
    ), e=_EXT, c=CLINICAL),
    "phone-several-b3": block((
        "Тел.: {a}, {a}.", "Конт.: дочь — {a}; сын — {a}; соседка — {a}.", "Тел. {a}/{a}", "тел. {a} (моб.), {l} (дом.)",
        "Телефоны родственников: {a} (муж), {a} (сестра)\n", "Контакты: моб. {a}; раб. {e}.",
        "Тел: {a}; {a} — если не ответит, звонить внуку.", "Моб. {a} и {a} (оба WhatsApp).",
    ), a=_ANY, l=_LAND, e=_EXT),
    "phone-foreign-looking-b3": block((
        "WhatsApp: {f}", "Telegram {f}\n", "Viber — {f}.", "Номер пациента (как в мессенджере): {f}.",
        "Пишите в Telegram на {f}, звонки не проходят.", "Контакт в Max: {f}.", "Tel.: {f}\n",
        "Мобильный (номер российский, пациент проживает за рубежом): {f}.",
    ), f=_FOREIGN),
    "phone-landline-b3": block((
        "Дом. {l}.", "Тел./факс {l}\n", "Домашний телефон: {l}; {c}.", "Тел. соседей {l} (просила звонить туда).",
        "Тел. ФАП: {l}.", "Тел. дочери (городской) {l}.", "Рабочий тел. жены {l}\n",
    ), l=_LAND, c=CLINICAL),
    "phone-forms-b3": block((
        "| Телефон | {a} |\n", "Телефон: дом. нет, моб. {a}\n", "Контактный телефон ________{a}________\n",
        "Тел. пациента {a}   Палата № {w}   Койка {b}\n", "1.4. Телефон: {a}\n", "Тел. (при наличии): {a}.",
        "Телефон | {a} | доп. нет\n",
    ), a=_ANY, w=filler("3", "14", "208", "5"), b=filler("1", "2", "4")),
}


# ----- e-mail and links ----------------------------------------------------------------------
_EMAIL = Slot(EMAIL, lambda rng, fake, case: nb.email(rng, fake))
_LINK = _slot(URL, nb.link)

OTHER_FAMILIES: dict[str, tuple[str, Block]] = {
    "email-b3": (EMAIL, block((
        "E-mail/Эл. почта: {e}\n", "Эл.адрес: {e}; {c}.", "Почта: <{e}>", "mailto:{e}", "Ответ направить на {e}.",
        "Отправитель: {e}\n", "Электронная почта дочери — {e}.", "Адрес e-mail (для ЛК): {e}.", "EMAIL: {e}\n",
        "Прошу дублировать на {e} и в СМС.",
    ), e=_EMAIL, c=CLINICAL)),
    "url-b3": (URL, block((
        "Ссылка: {u}\n", "Видео приступа: {u}", "Пациент прислал ссылку {u} (заключение МРТ).",
        "Онлайн-консультация: {u}\n", "Электронная очередь: {u}\n", "Материалы для пациента: {u}\n",
        "Публикация пациента о лечении: {u}\n",
    ), u=_LINK)),
}


# ----- identifiers ---------------------------------------------------------------------------
_SNILS = _slot(SNILS, nb.snils)
_INN = _slot(INN, nb.inn)
_OMS = _slot(OMS, nb.oms)


def _passport(rng: random.Random, fake: Any, case: str) -> str:
    s, n = nb.passport_parts(rng)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s[:2]} {s[2:]} № {n}", f"{s}-{n}", f"{s} №{n}"))


def _passport_table(rng: random.Random, fake: Any, case: str) -> Segments:
    s, n = nb.passport_parts(rng)
    code = f"{rng.randint(100, 899)}-{rng.randint(1, 99):03d}"
    series = s if rng.random() < 0.6 else f"{s[:2]} {s[2:]}"
    return rng.choice((
        [("| Документ | Серия | Номер |\n| паспорт РФ | ", None), (series, PASSPORT), (" | ", None), (n, PASSPORT), (" |\n", None)],
        [("Вид документа: паспорт\tСерия: ", None), (series, PASSPORT), ("\tНомер: ", None), (n, PASSPORT), ("\n", None)],
        [("Серия ", None), (series, PASSPORT), (" № ", None), (n, PASSPORT), (f"  Код подразделения {code}\n", None)],
        [("Паспорт: серия/номер ", None), (f"{series}/{n}", PASSPORT), ("\n", None)],
        [("Документ, удостоверяющий личность\n  серия: ", None), (series, PASSPORT), ("\n  номер: ", None), (n, PASSPORT), ("\n", None)],
    ))


def _passport_words(rng: random.Random, fake: Any, case: str) -> Segments:
    s, n = nb.passport_parts(rng)
    series = rng.choice((s, f"{s[:2]} {s[2:]}"))
    options: list[Segments] = [
        [(f"{series} номер {n}", PASSPORT)], [(f"{series}, № {n}", PASSPORT)], [(series, PASSPORT), (" за номером ", None), (n, PASSPORT)],
        [(f"{series} {n}", PASSPORT)],
    ]
    return rng.choice(options)


_PASS = Slot(PASSPORT, _passport)
_OCR = _slot(PASSPORT, nb.passport_ocr)
_PWORDS = Slot(PASSPORT, _passport_words)
_CODE = Slot(None, lambda rng, fake, case: f"{rng.randint(100, 899)}-{rng.randint(1, 99):03d}")
_BIRTH_CERT = Slot(None, lambda rng, fake, case: f"{rng.choice(('I', 'II', 'III', 'IV', 'V', 'VIII', 'X'))}-"
                                                 f"{rng.choice(('АН', 'ИК', 'МЮ', 'РУ', 'ЛО', 'КБ'))} № {nb.nums(rng, 6, False)}")

ID_FAMILIES: dict[str, tuple[str, Block]] = {
    "snils-forms-b3": (SNILS, block((
        "СНИЛС {s}\n", "| СНИЛС | {s} |\n", "Страховой номер (СНИЛС): {s}; {c}.", "СНИЛС: {s}   Полис: предъявлен\n",
        "СНИЛС застрахованного {s}.", "СНИЛС (ребёнка): {s}\n", "№ СНИЛС: {s}.",
    ), s=_SNILS, c=CLINICAL)),
    "snils-running-b3": (SNILS, block((
        "Для выписки льготного рецепта нужен СНИЛС — пациент продиктовал {s}.", "В ЕГИСЗ пациент найден по СНИЛС {s}.",
        "СНИЛС не совпадает с данными ПФР ({s}), уточнить.", "Мой СНИЛС {s}, запишите, пожалуйста.",
        "ЭЛН сформирован на СНИЛС {s}; {c}.",
    ), s=_SNILS, c=CLINICAL)),
    "inn-b3": (INN, block((
        "ИНН {i}\n", "ИНН плательщика: {i}.", "| ИНН | {i} |\n", "Справка для ФНС: ИНН {i}, код услуги 1.",
        "ИНН (физ. лица) — {i}.", "Налогоплательщик, ИНН {i}, оплатил лечение; {c}.", "ИНН:{i}\n",
    ), i=_INN, c=CLINICAL)),
    "oms-b3": (OMS, block((
        "Полис ОМС {o} (АО «МАКС-М»).", "ЕНП: {o}\n", "Полис: {o}; {c}.", "| Полис ОМС | {o} |\n",
        "Номер полиса ОМС — {o}, выдан в электронном виде.", "Страховой полис № {o}\n", "ОМС {o}, СМО «Капитал МС».",
        "Прошу проверить прикрепление по полису {o}.",
    ), o=_OMS, c=CLINICAL)),
    "passport-table-b3": (PASSPORT, block(("{t}",), t=Slot(PASSPORT, _passport_table))),
    "passport-ocr-b3": (PASSPORT, block((
        "ПАСПОРТ {o}\n", "Паспорт гражданина РФ: {o}\n", "паспорт: {o} выдан\n", "Серия и номер: {o}\n",
        "[скан] Паспорт {o} Код подр. {k}\n", "Документ: {o} (паспорт)\n",
    ), o=_OCR, k=_CODE)),
    "passport-issued-b3": (PASSPORT, block((
        "Паспорт {p}, выдан отделом УФМС России, код подразделения {k}.", "паспорт {p} выд. ОВД, к/п {k}",
        "Паспорт РФ {p}, выдан ГУ МВД России, код {k}.", "Удостоверение личности: паспорт {p}, к.п. {k}.",
        "Паспорт {p} (выдан МВД, {k})\n",
    ), p=_PASS, k=_CODE)),
    "passport-running-b3": (PASSPORT, block((
        "Личность установлена по паспорту гражданина Российской Федерации серии {w}.", "Предъявлен паспорт серии {w}.",
        "Пациент назвал серию и номер паспорта: {w}.", "Для оформления нужен паспорт: серия {w}.",
        "Согласие подписано, личность удостоверена паспортом {p}.", "Паспорт сопровождающего лица {p}.",
    ), w=_PWORDS, p=_PASS)),
    "passport-representative-b3": (PASSPORT, block((
        "Законный представитель (мать), паспорт {p}; свидетельство о рождении ребёнка {bc}.",
        "Представитель: отец, паспорт {p}\n", "Ребёнок: свидетельство о рождении {bc}. Мать: паспорт {p}.",
        "Опекун, паспорт {p}, действует на основании распоряжения органа опеки.",
        "Документ представителя — паспорт {p}; документ ребёнка — св-во о рожд. {bc}.",
    ), p=_PASS, bc=_BIRTH_CERT)),
}


# ----- record numbers --------------------------------------------------------------------------
MRN_FAMILIES: dict[str, tuple[str, Block]] = {
    "mrn-inpatient-b3": (MRN, block((
        "Медицинская карта № {h} стационарного больного\n", "МКСБ № {h}; {c}.", "Карта стац. больного {h}.",
        "История болезни № {h}, {c}.", "ИБ: {h}\n", "Выписной эпикриз из и/б № {h}.", "№ медкарты стационара — {h}.",
        "и/б {h}, палата {w}", "Мед. карта № {h} (ф. 003/у)\n",
    ), h=_slot(MRN, nb.inpatient), c=CLINICAL, w=filler("3", "12", "5А"))),
    "mrn-outpatient-b3": (MRN, block((
        "Карта ф. 025/у № {a}\n", "Амбулаторная карта {a}, уч. {u}.", "АК № {a}; {c}.", "№ карты пациента: {a}\n",
        "Медкарта (поликлиника) № {a}.", "Шифр амб. карты {a}.", "Карта № {a}, терапевтический участок № {u}.",
    ), a=_slot(MRN, nb.outpatient), c=CLINICAL, u=filler("7", "12", "23", "3"))),
    "mrn-callcard-b3": (MRN, block((
        "Карта вызова скорой медицинской помощи № {k}\n", "КВ № {k}, бригада № {b}.", "Карта вызова {k}; {c}.",
        "Вызов № {k}, подстанция № {b}.", "Номер вызова: {k}\n", "Сопроводительный лист СМП к карте вызова № {k}.",
        "Талон к сопроводительному листу, КВ {k}.",
    ), k=_slot(MRN, nb.call_card), b=filler("3", "14", "27", "105"), c=CLINICAL)),
    "mrn-other-records-b3": (MRN, block((
        "Талон пациента, получающего мед. помощь в амбулаторных условиях, № {n}.", "Обменная карта № {n}\n",
        "История родов № {n}.", "История развития ребёнка (ф. 112/у) № {n}.", "Протокол патологоанатомического вскрытия № {n}.",
        "Индивидуальная карта беременной № {n}; {c}.", "Карта диспансерного наблюдения № {n}.",
        "Номер случая: {n}\n", "Медицинская карта стоматологического больного № {n}.",
    ), n=_slot(MRN, nb.case_number), c=CLINICAL)),
    "mrn-institution-b3": (MRN, block((
        "Номер истории: {i}\n", "И.б. {i}; {c}.", "Шифр карты {i}.", "Рег. номер пациента {i}\n", "№ {i} (история болезни)",
        "Медицинская карта № {i}, отделение кардиологии, палата {w}.",
    ), i=_slot(MRN, nb.institution), c=CLINICAL, w=filler("2", "9", "11"))),
    "mrn-mis-b3": (MRN, block((
        "Идентификатор пациента в ЕМИАС: {m}\n", "Номер ЭМК {m}.", "ID пациента (qMS): {m}; {c}.",
        "Идентификатор в РМИС: {m}\n", "ЭМК пациента № {m}.", "Пациент № {m} в ЛИС.", "Код пациента МИС «Ариадна»: {m}.",
    ), m=_slot(MRN, nb.mis_id), c=CLINICAL)),
    "mrn-tables-b3": (MRN, block((
        "| № ИБ | Отделение | Койка |\n| {h} | ТО | {b} |\n", "ИБ/КВ: {h}\n", "Пациент | {h} | {c}\n",
        "№ и/б {h}    Дата поступления: см. титул    {c}\n", "Штрих-код карты: {h}\n",
        "Номер медицинской карты ({c}): {h}\n",
    ), h=Slot(MRN, lambda rng, fake, case: rng.choice((nb.inpatient, nb.institution, nb.outpatient))(rng)),
        b=filler("1", "3", "12"), c=CLINICAL)),
}

CONTACT_FAMILIES: dict[str, tuple[str, Block]] = {
    **{name: (PHONE, make) for name, make in PHONE_FAMILIES.items()}, **OTHER_FAMILIES, **ID_FAMILIES, **MRN_FAMILIES,
}
