"""Multi-value fragments of blind split 47, oncology side: tumour boards, the cancer registry notice,
chemotherapy and radiotherapy sheets, histology/IHC requests, telemedicine consultations."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind47_values import (
    addr,
    born,
    compose,
    d,
    ids,
    link,
    mail,
    name,
    oms_v,
    snils_v,
    tel,
    when,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"


def _p(rng, fake, *shapes, case="nomn", **kw):
    return "PERSON", name(*shapes, **kw)(rng, fake, case)


def _dt(rng, fake, *layouts, birth=False):
    return "DATE_TIME", (born if birth else when)(*layouts)(rng, fake, "nomn")


def _loc(rng, fake, *layouts):
    return "LOCATION", addr(*layouts)(rng, fake, "nomn")


def _mrn(rng, fake, *layouts):
    return "MEDICAL_RECORD_NUMBER", ids(*layouts)(rng, fake, "nomn")


def _oms(rng, fake):
    return "RU_OMS_POLICY", oms_v("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", old=0.1)(rng, fake, "nomn")


def _snils(rng, fake):
    return "RU_SNILS", snils_v("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX")(rng, fake, "nomn")


def tumour_board(rng: random.Random, fake: Any) -> Planted:
    nl = rng.choice(("\n", "\r\n"))
    return compose(
        "ПРОТОКОЛ ОНКОЛОГИЧЕСКОГО КОНСИЛИУМА № ", _mrn(rng, fake, "NXX", "NXXX/Y", "ОК-NXXX"), " от ",
        _dt(rng, fake, "dd.mm.yyyy", "d MG yyyy г."), nl,
        "Ф.И.О. пациента: ", _p(rng, fake, "F I O", upper=0.3), nl,
        "Дата рождения: ", _dt(rng, fake, "dd.mm.yyyy", birth=True), "   Полис ОМС: ", _oms(rng, fake), nl,
        "№ мед. карты: ", _mrn(rng, fake, "NXXXX/Y", "XXXXXX"), nl,
        "Диагноз: C50.4 Рак левой молочной железы T2N1M0, IIB ст. Люминальный B HER2-негативный." + nl,
        "Решение: неоадъювантная ПХТ 4АС + 4Т с последующим хирургическим лечением." + nl,
        "Председатель: ", _p(rng, fake, "F io", "io F"), nl,
        "Хирург-онколог: ", _p(rng, fake, "F io", "io F"), nl,
        "Химиотерапевт: ", _p(rng, fake, "F io", "F i o"), nl,
        "Радиотерапевт: ", _p(rng, fake, "F io", "io F"),
    )


def board_prose(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Пациентка ", _p(rng, fake, "F I O", "F io", sex="f"), ", ", _dt(rng, fake, "yyyy", birth=True),
        " г.р., обсуждена на консилиуме ", _dt(rng, fake, "dd.mm.yyyy", "d MG"), " в составе: ",
        _p(rng, fake, "F io", case="gent"), " (хирург), ", _p(rng, fake, "F io", case="gent"),
        " (химиотерапевт) и ", _p(rng, fake, "F io", case="gent"), " (радиолог). Со слов дочери, ",
        _p(rng, fake, "I O", sex="f"), ", с ", _dt(rng, fake, "MG yyyy г.", "mm.yyyy"),
        " отмечает снижение веса на 8 кг. Рекомендовано: ЛТ на область метастазов. Контакт дочери: ",
        ("PHONE_NUMBER", tel("+7 AAA XXX-XX-XX", "8 (AAA) XXX-XX-XX", "8AAAXXXXXXX")(rng, fake, "nomn")), ".",
    )


def registry_090(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((": ", " ", ". "))
    return compose(
        "ИЗВЕЩЕНИЕ о больном с впервые в жизни установленным диагнозом злокачественного новообразования (ф. 090/у)\n",
        "1. Фамилия, имя, отчество", sep, _p(rng, fake, "F I O", upper=0.5), "\n",
        "2. Гражданство: РФ  3. Дата рождения", sep, _dt(rng, fake, "dd.mm.yyyy", "dd mm yyyy", birth=True),
        "\n4. Адрес места жительства", sep,
        _loc(rng, fake, "{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, с. {V}, ул. {S}, д. {N}"), "\n",
        "5. СНИЛС", sep, _snils(rng, fake), "  6. Полис ОМС", sep, _oms(rng, fake), "\n",
        "7. Дата установления диагноза", sep, _dt(rng, fake, "dd.mm.yyyy", "dd.mm.yy"), "\n",
        "8. Диагноз: C16.2 Рак тела желудка, pT3N2M0\n",
        "Врач, заполнивший извещение", sep, _p(rng, fake, "F io", "F I O"), "  Дата заполнения", sep,
        _dt(rng, fake, "dd.mm.yyyy"),
    )


def chemo_sheet(rng: random.Random, fake: Any) -> Planted:
    pieces: list[Any] = ["ЛИСТ ХИМИОТЕРАПИИ   Больной(ая): ", _p(rng, fake, "F I O", "F io"), "   И/Б № ",
                         _mrn(rng, fake, "XXXXX", "XXXX/Y"), "\nРост 164 Вес 58 ППТ 1,62 м2   Схема: XELOX\n",
                         "Курс\tДата\tОксалиплатин\tКапецитабин\tМ/с\n"]
    for cycle in range(1, rng.randrange(3, 5)):
        pieces += [f"{cycle}\t", _dt(rng, fake, "dd.mm.yyyy", "dd.mm.yy", "dd.mm"), "\t210 мг\t1500 мг х 2\t",
                   _p(rng, fake, "F", "F i"), "\n"]
    pieces += ["Лечащий врач ", _p(rng, fake, "F io", "io F")]
    return compose(*pieces)


def radiotherapy_card(rng: random.Random, fake: Any) -> Planted:
    w = 22
    return compose(
        "КАРТА ЛУЧЕВОЙ ТЕРАПИИ\n",
        "ФИО".ljust(w), _p(rng, fake, "F I O", upper=0.4), "\n",
        "Дата рождения".ljust(w), _dt(rng, fake, "dd.mm.yyyy", birth=True), "\n",
        "№ ИБ".ljust(w), _mrn(rng, fake, "NXXXX", "NXXXX-Y"), "\n",
        "ID планирования".ljust(w), _mrn(rng, fake, "RTXXXXXX", "PLN-NXXXXX"), "\n",
        "Начало облучения".ljust(w), _dt(rng, fake, "dd.mm.yyyy"), "\n",
        "Окончание".ljust(w), _dt(rng, fake, "dd.mm.yyyy"), "\n",
        "РОД/СОД".ljust(w), "2 Гр / 60 Гр\n",
        "Врач-радиотерапевт".ljust(w), _p(rng, fake, "F io"), "\n",
        "Медицинский физик".ljust(w), _p(rng, fake, "F io"),
    )


def histology_request(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "НАПРАВЛЕНИЕ на прижизненное патолого-анатомическое исследование биопсийного (операционного) материала\n",
        "Ф.И.О.: ", _p(rng, fake, "F I O"), "  Дата рождения: ", _dt(rng, fake, "dd.mm.yyyy", birth=True), "\n",
        "Полис ОМС: ", _oms(rng, fake), "  СНИЛС: ", _snils(rng, fake), "\n",
        "№ медицинской карты: ", _mrn(rng, fake, "NXXXXX", "XXXXX/Y"), "\n",
        "Дата и время забора материала: ", _dt(rng, fake, "dd.mm.yyyy HH:MM", "dd.mm.yyyy, HH:MM"), "\n",
        "Маркировка флаконов: ", _mrn(rng, fake, "NXXXX/1-3", "Б-NXXXX"), "\n",
        "Результат направить: ", ("EMAIL_ADDRESS", mail(rng, fake)), "\n",
        "Врач: ", _p(rng, fake, "F io", "F i o"), "  тел. ",
        ("PHONE_NUMBER", tel("8 (AAA) XXX-XX-XX", "+7 AAA XXX XX XX")(rng, fake, "nomn")),
    )


def ihc_result(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Иммуногистохимическое исследование № ", _mrn(rng, fake, "ИГХ-NXXX/Y", "NXXXX-Y"), " от ",
        _dt(rng, fake, "dd.mm.yyyy", "d MG yyyy г."), ". Пациент: ", _p(rng, fake, "F io", "F I O"),
        ". Блоки: ", _mrn(rng, fake, "NXXXX/Y-2", "NXXXX-Y (A3)", "Г NXXXX/Y"),
        ". ER 8 баллов, PR 6 баллов, HER2 1+, Ki-67 35%. Врач-патологоанатом ", _p(rng, fake, "F io", "io F"), ".",
    )


def slide_transfer(rng: random.Random, fake: Any) -> Planted:
    pieces: list[Any] = ["Акт передачи гистологического материала на пересмотр\nПациент ", _p(rng, fake, "F I O"),
                         ", и/б ", _mrn(rng, fake, "XXXXX", "XXXX/Y"), "\n"]
    for k in range(rng.randrange(2, 4)):
        pieces += [f"{k + 1}) блок ", _mrn(rng, fake, "NXXXX/Y", "NXXXXX-Y"), ", стекло ",
                   _mrn(rng, fake, "NXXXX/Y-1", "NXXXXX-Y/2"), "\n"]
    pieces += ["Передал: ", _p(rng, fake, "F io"), "  Получил (родственник): ", _p(rng, fake, "F I O"),
               ", паспорт ", ("RU_PASSPORT", f"{rng.randrange(1, 99):02d}{rng.randrange(0, 24):02d} {d(rng, 6)}"),
               "\nДата ", _dt(rng, fake, "dd.mm.yyyy")]
    return compose(*pieces)


def telemed_json(rng: random.Random, fake: Any) -> Planted:
    """A JSON export of a telemedicine request to a federal centre, values as JSON strings."""
    keys = [("requestId", "MEDICAL_RECORD_NUMBER", ids("ТМК-20Y-NXXXXX", "NXXXXXXXXX")),
            ("patientName", "PERSON", name("F I O")), ("birthDate", "DATE_TIME", born("yyyy-mm-dd")),
            ("snils", "RU_SNILS", snils_v("XXXXXXXXXXX", "XXX-XXX-XXX XX")), ("enp", "RU_OMS_POLICY", oms_v("XXXXXXXXXXXXXXXX")),
            ("consultant", "PERSON", name("F I O", "F io")),
            ("consultDate", "DATE_TIME", when("yyyy-mm-ddTHH:MM:00", "yyyy-mm-dd")),
            ("conferenceUrl", "URL", link("https://tmk.{D}/room/{N}", "https://{D}/vc/{N}{H}")),
            ("attendingEmail", "EMAIL_ADDRESS", mail)]
    pieces: list[Any] = ["{"]
    indent = rng.choice(("", "\n  "))
    for i, (key, kind, maker) in enumerate(keys):
        value = maker(rng, fake, "nomn")
        pieces += [("," if i else "") + indent + json.dumps(key) + ": \"", (kind, value), "\""]
    pieces += [",", indent, '"icd10": "C34.1"', "\n}" if indent else "}"]
    return compose(*pieces)


def telemed_protocol(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "Протокол телемедицинской консультации «врач — врач»\nЗапрашивающая МО: ГБУЗ «Областной онкодиспансер», врач ",
        _p(rng, fake, "F I O", "F io"), "\nКонсультирующая МО: ФГБУ «НМИЦ онкологии», консультант ",
        _p(rng, fake, "F I O", "F io"), "\nПациент: ", _p(rng, fake, "F I O"), ", ",
        _dt(rng, fake, "dd.mm.yyyy", birth=True), " г.р.\nДата консультации: ",
        _dt(rng, fake, "dd.mm.yyyy HH:MM", "dd.mm.yyyy"), "\nИдентификатор в ФТМС: ",
        _mrn(rng, fake, "NXXXXXXXXX", "20Y-NXXXXXX"), "\nDICOM-исследования: ",
        ("URL", link("https://pacs.{D}/viewer?study={N}{H}", "https://{D}/share/{N}")(rng, fake, "nomn")),
    )


def board_email(rng: random.Random, fake: Any) -> Planted:
    return compose(
        "От: ", ("EMAIL_ADDRESS", mail(rng, fake)), "\nКому: ", ("EMAIL_ADDRESS", fake.company_email()),
        "\nТема: на консилиум ", _dt(rng, fake, "dd.mm", "d MG"), " — ", _p(rng, fake, "F io", "F"),
        "\n\nДобрый день! Прошу включить в список пациента ", _p(rng, fake, "F I O", case="accs"), " (",
        _dt(rng, fake, "yyyy", birth=True), " г.р., ИБ ", _mrn(rng, fake, "NXXXX", "NXXXX/Y"),
        "). Снимки: ", ("URL", link("https://{D}/d/{N}", "{F}")(rng, fake, "nomn")), "\nС уважением, ",
        _p(rng, fake, "I F", "F I O", "io F"),
    )


BOARD_BLOCKS: list[BlockFamily] = [
    BlockFamily("b47-tumour-board-protocol", H, tumour_board),
    BlockFamily("b47-tumour-board-prose", H, board_prose),
    BlockFamily("b47-registry-090u", H, registry_090),
    BlockFamily("b47-chemo-sheet-tsv", H, chemo_sheet),
    BlockFamily("b47-radiotherapy-card", H, radiotherapy_card),
    BlockFamily("b47-histology-request", H, histology_request),
    BlockFamily("b47-ihc-result", H, ihc_result),
    BlockFamily("b47-slide-transfer", H, slide_transfer),
    BlockFamily("b47-telemed-json", H, telemed_json),
    BlockFamily("b47-telemed-protocol", H, telemed_protocol),
    BlockFamily("b47-board-email", H, board_email),
]
