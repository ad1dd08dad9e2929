"""``blind2`` families of phones, e-mail, links and identifiers (see :mod:`benchmarks.pii_families_blind2`).

Phones as Russian records and patients write them (mobile, city numbers with their real area codes,
local numbers and internal extensions after a cue, several numbers in one field); e-mail and
personal links; checksummed SNILS and INN, passport series and number, 16-digit OMS policies and
medical record numbers in the layouts clinics use.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks import pii_blind2_places as places
from benchmarks.pii_blind2_values import (
    EMAIL,
    INN,
    MRN,
    OMS,
    PASSPORT,
    PHONE,
    SNILS,
    URL,
    Segments,
    Slot,
    digits,
    email,
    grouped16,
    inn12,
    landline,
    local_number,
    mobile,
    oms16,
    passport,
    snils,
    templated,
)
from benchmarks.pii_families import Planted


# ----- phones --------------------------------------------------------------------------------
def _landline(rng: random.Random, fake: Any, case: str) -> str:
    code = rng.choice(places.TOWNS).code
    if code == "495" and rng.random() < 0.4:
        code = "499"
    return landline(rng, code)


def _extension(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"{rng.randint(1, 9)}-{rng.randint(10, 99)}", str(rng.randint(100, 999)), str(rng.randint(1000, 4999)),
                       f"{rng.randint(10, 99)}-{rng.randint(10, 99)}"))


def _with_extension(rng: random.Random, fake: Any, case: str) -> str:
    """A city number with the extension dialled after it: 8 (3452) 45-12-78 доб. 215."""
    cue = rng.choices((" доб. ", ", доб. ", " доб.", " вн. "), weights=(50, 20, 10, 20))[0]
    return f"{_landline(rng, fake, case)}{cue}{rng.randint(100, 4999)}"


def _phone_any(rng: random.Random, fake: Any, case: str) -> str:
    return mobile(rng) if rng.random() < 0.7 else _landline(rng, fake, case)


_MOBILE = Slot(PHONE, lambda rng, fake, case: mobile(rng))
_LAND = Slot(PHONE, _landline)
_ANY = Slot(PHONE, _phone_any)

PHONE_FAMILIES = {
    "phone-mobile-b2": templated((
        "Тел.: {m}.", "моб. тел. {m}", "Сот. {m}.", "Контактный телефон: {m}.", "т. {m}", "Телефон пациента {m}\n",
        "тел {m}", "Тел. для связи — {m}.", "Моб.: {m}\n", "Телефон: {m} (пациентка).",
    ), m=_MOBILE),
    "phone-landline-b2": templated((
        "Дом. тел. {l}.", "Рабочий телефон: {l}.", "тел. (дом.) {l}", "Тел. родственников: {l}.",
        "Телефон домашний {l}\n", "Контактный тел.: {l} (соседи).", "Тел. {l}.",
    ), l=_LAND),
    "phone-local-ext-b2": templated((
        "Тел. регистратуры: {local}.", "Ординаторская — вн. {ext}.", "Связь с лечащим врачом: {full}.",
        "Тел. поста медсестры: {ext} (внутр.).", "Пациент просит звонить на домашний: {local}.",
        "Справки о состоянии больных по тел. {full}.", "Дом. тел. {local}, мобильного нет.", "Зав. отделением: внутр. тел. {ext}.",
    ), local=Slot(PHONE, lambda rng, fake, case: local_number(rng, rng.choice((5, 6, 6, 7)))),
        ext=Slot(PHONE, _extension), full=Slot(PHONE, _with_extension)),
    "phone-several-b2": templated((
        "Тел.: {m}, {m}.", "Контакты родственников: дочь {m}; сын {m}.", "Тел. {m} / {l} (раб.).",
        "Телефоны: дом. {l}, моб. {m}.", "Тел. {m} или {m} (жена).", "Конт. тел. {a}, {a}\n",
    ), m=_MOBILE, l=_LAND, a=_ANY),
    "phone-portal-b2": templated((
        "Перезвоните мне, пожалуйста, на {m}, не могу дозвониться в регистратуру.", "Мой номер {m}, пишите в WhatsApp.",
        "Если что, звоните мужу: {m}.", "Номер для связи поменялся, новый {m}.",
        "Прошу отправить результаты СМС на номер {m}.", "напишите мне на номер {m} пожалуйста",
        "Добрый день, оставляю свой телефон {m}, жду звонка.",
    ), m=_MOBILE),
}


# ----- e-mail and links ----------------------------------------------------------------------
def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


_CLINICS = ("gkb1", "okb-tyumen", "medcentr-zdorovie", "poliklinika12", "kdc-perm", "crb-bijsk", "medsi-clinic",
            "gp3-samara", "dgp7", "onkocentr")


def _uuid(rng: random.Random) -> str:
    return "-".join(_hex(rng, n) for n in (8, 4, 4, 4, 12))


def _files_link(rng: random.Random, fake: Any, case: str) -> str:
    """A link to a patient's own images or recordings."""
    clinic = rng.choice(_CLINICS)
    return rng.choice((f"https://disk.yandex.ru/d/{_token(rng, 14)}", f"https://cloud.mail.ru/public/{_token(rng, 4)}/{_token(rng, 9)}",
                       f"https://pacs.{clinic}.ru/viewer?study={digits(rng, 10, True)}", f"https://disk.yandex.ru/i/{_token(rng, 14)}"))


def _social(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"vk.com/id{digits(rng, 9, True)}", f"https://vk.com/id{digits(rng, 9, True)}",
                       f"https://t.me/{_token(rng, 8).lower()}", f"https://ok.ru/profile/{digits(rng, 12, True)}"))


def _telemed(rng: random.Random, fake: Any, case: str) -> str:
    return f"https://telemed.{rng.choice(_CLINICS)}.ru/room/{_hex(rng, 8)}"


def _cert(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"https://www.gosuslugi.ru/covid-cert/verify/{digits(rng, 16, True)}?lang=ru&ck={_hex(rng, 32)}",
                       f"https://www.gosuslugi.ru/covid-cert/status/{_uuid(rng)}?lang=ru"))


def _cabinet(rng: random.Random, fake: Any, case: str) -> str:
    clinic = rng.choice(_CLINICS)
    return rng.choice((f"https://lk.{clinic}.ru/patient/{digits(rng, 7, True)}", f"www.{clinic}.ru/lk/{digits(rng, 6, True)}",
                       f"https://results.{clinic}.ru/?order={digits(rng, 9, True)}&code={_hex(rng, 6)}"))


OTHER_FAMILIES = {
    "email-fields-b2": (EMAIL, templated((
        "E-mail: {e}\n", "Эл. почта: {e}.", "Электронная почта пациента: {e}.", "e-mail {e}", "Адрес электронной почты: {e}.",
        "Email для отправки результатов: {e}\n",
    ), e=Slot(EMAIL, lambda rng, fake, case: email(rng, fake)))),
    "email-running-b2": (EMAIL, templated((
        "Результаты пришлите, пожалуйста, на почту {e}.", "Заключение направлено пациенту на электронную почту {e}.",
        "Мою почту поменяйте на {e}, старая не работает.", "Пишите на {e}, отвечу вечером.",
        "Выписка отправлена на e-mail дочери ({e}).",
    ), e=Slot(EMAIL, lambda rng, fake, case: email(rng, fake)))),
    "url-links-b2": (URL, templated((
        "Ссылка на видеоконсультацию: {t}", "Снимки КТ доступны по ссылке {f}", "Страница пациента в соцсети: {s}\n",
        "Запись холтеровского мониторирования выгружена: {f}\n", "Прислала ссылку на исследование: {f}\n",
        "Связь с пациентом через соцсеть: {s}\n",
    ), t=Slot(URL, _telemed), f=Slot(URL, _files_link), s=Slot(URL, _social))),
    "url-portal-b2": (URL, templated((
        "Сертификат о вакцинации: {c}\n", "Результаты анализов: {l}\n", "Личный кабинет пациента: {l}\n",
        "QR-код сертификата ведёт на {c}\n", "Ссылка на результаты (действует 30 дней): {l}\n",
    ), c=Slot(URL, _cert), l=Slot(URL, _cabinet))),
}


# ----- identifiers ---------------------------------------------------------------------------
def _passport_fields(rng: random.Random, fake: Any, case: str) -> Segments:
    """Series and number as two fields of a form: two golds."""
    series, number = passport(rng, "joined").split(" ")
    if rng.random() < 0.5:
        series = f"{series[:2]} {series[2:]}"
    return [("Серия паспорта: ", None), (series, PASSPORT), (rng.choice(("   Номер: ", "; номер: ", "\nНомер паспорта: ")), None),
            (number, PASSPORT)]


def _passport_worded(rng: random.Random, fake: Any, case: str) -> str:
    """серии 63 10 № 456789 / серия 6310 номер 456789: the span runs from the series to the number."""
    series, number = passport(rng, rng.choice(("joined", "spaced"))).rsplit(" ", 1)
    return f"{series}{rng.choice((' № ', ' номер ', ', № ', ' №'))}{number}"


def _history(rng: random.Random, fake: Any, case: str) -> str:
    n, year = rng.randint(100, 29999), rng.randint(18, 24)
    return rng.choices((str(n), f"{n}/С", f"{n}/{year}", f"{n}-{year}", f"20{year}/{n}", f"С-{n}", f"{n}/{rng.randint(1, 3)}"),
                       weights=(30, 12, 18, 10, 10, 10, 10))[0]


def _outpatient(rng: random.Random, fake: Any, case: str) -> str:
    n = rng.randint(10, 99999)
    return rng.choice((str(n), f"А-{n}", f"{rng.randint(1, 40)}-{n}", f"{n:07d}", f"{n}/{rng.randint(1, 40)}", f"{n}-У"))


def _mis(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"{rng.randint(1, 999999):09d}", digits(rng, 7, True), digits(rng, 8, True)))


def _oms(rng: random.Random, fake: Any, case: str) -> str:
    return grouped16(oms16(rng), rng)


_SNILS = Slot(SNILS, lambda rng, fake, case: snils(rng))
_INN = Slot(INN, lambda rng, fake, case: inn12(rng))
_PASSPORT = Slot(PASSPORT, lambda rng, fake, case: passport(rng))
_OMS = Slot(OMS, _oms)

ID_FAMILIES = {
    "snils-cues-b2": (SNILS, templated((
        "СНИЛС: {s}.", "СНИЛС {s}\n", "СНИЛС пациента — {s}.", "Страховой номер индивидуального лицевого счёта (СНИЛС): {s}.",
        "снилс {s}", "СНИЛС: {s}; полис ОМС на руках.",
    ), s=_SNILS)),
    "snils-forms-b2": (SNILS, templated((
        "Пенсионное страх. свид-во № {s}.", "Страховое свидетельство ОПС: {s}\n", "СНИЛС законного представителя: {s}.",
        "| СНИЛС | {s} |\n", "№ СНИЛС {s}", "Страховое свидетельство обязательного пенсионного страхования № {s}.",
    ), s=_SNILS)),
    "snils-letters-b2": (SNILS, templated((
        "Льготное лекарственное обеспечение: СНИЛС {s}, категория 081.", "В ЭЛН указан СНИЛС {s}, просим проверить.",
        "Для оформления ЭЛН необходим СНИЛС: {s}.", "Прошу исправить в карте мой СНИЛС на {s}, сейчас указан неверный.",
        "Сведения о застрахованном лице: СНИЛС {s}.",
    ), s=_SNILS)),
    "inn-tax-b2": (INN, templated((
        "ИНН налогоплательщика: {i}.", "Справка об оплате медицинских услуг для представления в налоговые органы. ИНН налогоплательщика {i}.",
        "ИНН пациента {i}\n", "ИНН (при наличии): {i}.", "Для налогового вычета укажите ИНН: {i}.",
    ), i=_INN)),
    "inn-forms-b2": (INN, templated((
        "инн:{i}", "ИНН — {i}.", "| ИНН | {i} |\n", "Налоговый вычет: ИНН {i}, код услуги 01.",
        "ИНН физического лица {i}.", "Заказчик (пациент), ИНН {i}, оплатил услуги в полном объёме.",
    ), i=_INN)),
    "passport-cues-b2": (PASSPORT, templated((
        "Паспорт: {p}.", "Паспорт гражданина РФ {p}\n", "паспорт {p}", "Документ, удостоверяющий личность: паспорт РФ {p}.",
        "Паспорт {p}, код подразделения 720-003.", "Паспортные данные: {p}.",
    ), p=_PASSPORT)),
    "passport-consent-b2": (PASSPORT, templated((
        "Я, законный представитель, паспорт серии {w}, даю согласие.", "Паспорт: серия {w}.",
        "Документ: паспорт, серия {w}, выдан ТП УФМС.", "предъявлен паспорт серии {w}", "Личность установлена по паспорту (серия {w}).",
    ), w=Slot(PASSPORT, _passport_worded))),
    "passport-fields-b2": (PASSPORT, templated((
        "{f}\n", "Паспорт (серия, номер): {p}\n", "Серия и номер паспорта: {p}.", "| Паспорт | {p} |\n",
    ), f=Slot(PASSPORT, _passport_fields), p=_PASSPORT)),
    "oms-policy-b2": (OMS, templated((
        "Полис ОМС: {o}.", "Полис ОМС № {o}, СК «СОГАЗ-Мед».", "полис ОМС единого образца {o}", "Страховой полис {o}\n",
        "Полис обязательного медицинского страхования {o}.", "Полис ОМС {o}, страховая компания «Ингосстрах-М».",
    ), o=_OMS)),
    "oms-letters-b2": (OMS, templated((
        "ЕНП {o}.", "Единый номер полиса: {o}\n", "Прошу прикрепить меня к поликлинике, полис {o}.", "Полис ОМС (ЕНП): {o}.",
        "| Полис | {o} |\n", "Застрахованное лицо, номер полиса ОМС {o}, обратилось с жалобой.",
    ), o=_OMS)),
    "mrn-inpatient-b2": (MRN, templated((
        "Медицинская карта стационарного больного № {h}.", "История болезни № {h}\n", "И/б № {h}.", "ИБ №{h}",
        "№ истории болезни: {h}.", "Выписка из истории болезни № {h}.", "Мед. карта стац. больного №{h}\n",
    ), h=Slot(MRN, _history))),
    "mrn-outpatient-b2": (MRN, templated((
        "Амб. карта № {a}.", "Медицинская карта пациента, получающего медицинскую помощь в амбулаторных условиях, № {a}.",
        "№ амб. карты: {a}\n", "мед. карта № {a}", "Участок 12, карта № {a}.", "Амбулаторная карта №{a}\n",
    ), a=Slot(MRN, _outpatient))),
    "mrn-mis-ids-b2": (MRN, templated((
        "ID пациента в МИС: {m}.", "Код пациента: {m}\n", "Карта вызова СМП № {c}.", "Рег. № {m}.",
        "Пациент: ИБ {h}, отд. кардиологии\n", "Номер медицинской карты: {m}.",
    ), m=Slot(MRN, _mis), c=Slot(MRN, lambda rng, fake, case: str(rng.randint(1, 2999))), h=Slot(MRN, _history))),
}

CONTACT_FAMILIES: dict[str, tuple[str, Callable[[random.Random, Any], Planted]]] = {
    **{name: (PHONE, make) for name, make in PHONE_FAMILIES.items()}, **OTHER_FAMILIES, **ID_FAMILIES,
}
