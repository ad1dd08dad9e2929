"""Single-value families of the blind23 split: one value in a short emergency/inpatient sentence."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind23_gen as g
from benchmarks.pii_families import Family, Maker

SPLIT = "blind23"


def _name(shape: str = "", other: float = 0.3) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.name(fake, rng, case, shape or "", other)

    return make


def _date(*kinds: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.date(rng, rng.choice(kinds))

    return make


def _dob(rng: random.Random, fake: Any, case: str) -> str:
    return g.dob(rng)


def _range(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng)
    d2 = min(28, d + rng.randint(1, 12))
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y}-{d2:02d}.{m:02d}.{y}",
            f"с {d} по {d2}.{m:02d}.{y}",
            f"{d}–{d2} {g.MONTHS_GENT[m - 1]} {y} г.",
        )
    )


def _phone(*kinds: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.phone(rng, rng.choice(kinds) if kinds else "")

    return make


def _addr(*kinds: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.address(fake, rng, rng.choice(kinds) if kinds else "")

    return make


def _village(rng: random.Random, fake: Any, case: str) -> str:
    return g.town(fake)


def _foreign(rng: random.Random, fake: Any, case: str) -> str:
    return g.foreign_address(rng)


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return g.email(fake, rng)


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return g.url(fake, rng)


def _snils(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng)


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    return g.inn(rng)


def _oms(rng: random.Random, fake: Any, case: str) -> str:
    return g.oms(rng)


def _pass(rng: random.Random, fake: Any, case: str) -> str:
    return g.passport(rng)


def _mrn(*kinds: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.mrn(rng, rng.choice(kinds))

    return make


def F(name: str, kind: str, frames: tuple[str, ...], make: Maker) -> Family:
    return Family(f"b23_{name}", kind, SPLIT, frames, make)


SINGLE_FAMILIES: list[Family] = [
    F(
        "smp_caller",
        g.PER,
        (
            "Вызов СМП принят от {gent}, со слов — упал с крыши сарая.",
            "Вызывал {nomn} (сосед), больной без сознания.",
            "Бригада встречена {ablt}, доступ в дом открыт.",
            "Со слов {gent}: потеря сознания около 30 мин назад.",
            "Позвонил(а) {nomn}, сказал(а) что родственник не встаёт",
        ),
        _name(),
    ),
    F(
        "relative_datv",
        g.PER,
        (
            "Информация о состоянии сообщена {datv} по телефону.",
            "Ценные вещи переданы {datv} под роспись.",
            "Тело передано {datv} для захоронения.",
            "Выписка на руки {datv}.",
        ),
        _name("", 0.35),
    ),
    F(
        "doctor_sign",
        g.PER,
        (
            "Фельдшер ФАП {nomn}.",
            "Оперировал: {nomn}. Ассистент — ординатор.",
            "Анестезиолог-реаниматолог {nomn}, наркоз ЭТН.",
            "Осмотрен дежурным хирургом {ablt}.",
            "Консультация по телемедицине с {ablt} (ОКБ).",
            "Дежурный травматолог —{nomn}",
        ),
        _name("", 0.15),
    ),
    F(
        "short_name",
        g.PER,
        (
            "Пациент {nomn} доставлен санавиацией.",
            "У {gent} жалобы на боль в пояснице после вахты.",
            "{nomn}, 46 лет, водитель лесовоза.",
            "Сопровождающий: {nomn}.",
            "Выдано направление на имя {gent}.",
        ),
        _name("f"),
    ),
    F(
        "initials_tight",
        g.PER,
        (
            "Пострадавший {nomn} извлечён из автомобиля бригадой МЧС.",
            "Карта заполнена со слов {gent}.",
            "Отказ от госпитализации подписан {ablt}.",
        ),
        _name("f_i"),
    ),
    F(
        "latin_name",
        g.PER,
        (
            "Иностранный гражданин {nomn}, русским языком владеет плохо.",
            "Name in passport: {nomn}.",
            "Переводчик вызван для {nomn}, китайский язык.",
            "Пациент ({nomn}) застрахован по ДМС.",
        ),
        _name("lat"),
    ),
    F(
        "upper_name",
        g.PER,
        (
            "НЕИЗВЕСТНЫЙ, позже установлен как {nomn}.",
            "ФИО пострадавшего: {nomn}",
            "Личность установлена: {nomn}, со слов сотрудника ОМВД.",
        ),
        _name("upper"),
    ),
    F(
        "admit_dt",
        g.DAT,
        (
            "Поступил {} в приёмное отделение ЦРБ.",
            "Время вызова {}, время прибытия через 40 мин.",
            "Травма получена {} на вахте.",
            "Оперирован {}.",
            "Переведён в ОКБ {} бортом санавиации.",
        ),
        _date("dot_t", "t_dot", "iso_t", "dot", "compact"),
    ),
    F(
        "word_date",
        g.DAT,
        (
            "Со слов, заболел {}, лечился сам.",
            "Последняя прививка от столбняка {}.",
            "Укус клеща {}, клещ удалён самостоятельно.",
            "Предыдущая госпитализация — {}.",
        ),
        _date("words", "abbr", "roman", "month", "daymonth"),
    ),
    F(
        "noisy_date",
        g.DAT,
        (
            "Дата травмы: {}",
            "ДТП произошло {} на трассе Р-255.",
            "Выписан {} под наблюдение ФАП.",
        ),
        _date("ocr", "slash", "short"),
    ),
    F(
        "dob",
        g.DAT,
        (
            "Дата рождения {}.",
            "Пострадавший, {} г.р., без документов.",
            "Д.р.: {}",
            "Ребёнок (р. {}) доставлен матерью.",
        ),
        _dob,
    ),
    F(
        "date_range",
        g.DAT,
        (
            "Находился на вахте {}.",
            "Лечение в ЦРБ {}, без эффекта.",
            "Нетрудоспособен {}.",
        ),
        _range,
    ),
    F(
        "phone_mob",
        g.PHO,
        (
            "Телефон родственников: {}.",
            "Перезвонить жене по номеру {}",
            "Вызов с номера {}, абонент не отвечает.",
            "Контакт бригадира вахты {}.",
        ),
        _phone("mob", "mob2", "mob3", "mob4"),
    ),
    F(
        "phone_other",
        g.PHO,
        (
            "Тел. ФАП (для связи с пациентом): {}",
            "Родные в Узбекистане, тел. {}.",
            "Работодатель, отдел кадров: {}.",
        ),
        _phone("city", "city_ext", "foreign"),
    ),
    F(
        "addr_rural",
        g.LOC,
        (
            "Проживает по адресу: {}.",
            "Место происшествия — {}.",
            "Вызов на адрес {}, подъезд с торца.",
            "Адрес фактического проживания {}",
        ),
        _addr("rural", "snt", "short"),
    ),
    F(
        "addr_urban",
        g.LOC,
        (
            "Зарегистрирован: {}.",
            "Прописка — {}.",
            "Адрес: {}",
            "Живёт в общежитии: {}.",
        ),
        _addr("urban", "idx_last", "reverse", "dorm"),
    ),
    F(
        "village",
        g.LOC,
        (
            "Житель д. {}, доставлен попутным транспортом.",
            "Вызов в с. {}, 60 км от ЦРБ.",
            "Родом из г. {}, работает вахтой.",
            "Из пос. {}, дорога размыта, эвакуация вертолётом.",
        ),
        _village,
    ),
    F(
        "addr_abroad",
        g.LOC,
        (
            "Адрес постоянного проживания: {}.",
            "Гражданин Узбекистана, прож.: {}",
            "Место жительства (со слов): {}.",
        ),
        _foreign,
    ),
    F(
        "email",
        g.EML,
        (
            "Выписка отправлена на e-mail {}.",
            "Почта для результатов: {}",
            "Связь с работодателем по эл. почте {}.",
        ),
        _email,
    ),
    F(
        "url",
        g.URL,
        (
            "Фото с места ДТП родственники прислали ссылкой {}.",
            "Страница пропавшего: {}",
            "Сбор на лечение: {}.",
        ),
        _url,
    ),
    F(
        "snils",
        g.SNI,
        (
            "СНИЛС {}.",
            "Страх. номер ИЛС: {}",
            "СНИЛС пострадавшего {} (со слов).",
            "снилс- {}",
        ),
        _snils,
    ),
    F(
        "inn",
        g.INN,
        (
            "ИНН физ. лица {}.",
            "ИНН пациента: {}",
            "Для налогового вычета указан ИНН {}.",
        ),
        _inn,
    ),
    F(
        "oms",
        g.OMS,
        (
            "Полис ОМС {}.",
            "ЕНП: {}",
            "Полис № {}, СМО «АльфаСтрахование-ОМС».",
            "Страховой полис {} (выдан по месту работы).",
        ),
        _oms,
    ),
    F(
        "passport",
        g.PAS,
        (
            "Паспорт {}.",
            "Паспорт РФ серия и номер {}, выдан ОВД.",
            "Личность по паспорту {}",
            "Документ: паспорт гражданина РФ {}.",
        ),
        _pass,
    ),
    F(
        "case_history",
        g.MRN,
        (
            "История болезни № {}.",
            "ИБ {} (хирургия).",
            "Медкарта стационарного больного № {}",
            "Карта ЦРБ {}, повторное поступление.",
        ),
        _mrn("ib", "crb"),
    ),
    F(
        "call_card",
        g.MRN,
        (
            "Карта вызова СМП № {}.",
            "КВ {}, повод — ДТП.",
            "Номер вызова {} (диспетчерская ЦРБ).",
            "Сопроводительный лист к карте № {}",
        ),
        _mrn("call", "amb"),
    ),
    F(
        "doc_numbers",
        g.MRN,
        (
            "Листок нетрудоспособности № {}.",
            "ЭЛН {} открыт в ЦРБ.",
            "Направление на госпитализацию № {}.",
            "Проба № {} отправлена в лабораторию ОКБ.",
            "Исследование (DICOM Study UID) {}",
            "Донорская единица № {} перелита без реакций.",
        ),
        _mrn("ln", "ref", "lab", "dicom", "blood", "emk"),
    ),
]


def _dt_words(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y} в {hh:02d}:{mm:02d}",
            f"{d} {g.MONTHS_GENT[m - 1]} {y} г. в {hh} ч {mm:02d} мин",
            f"{hh:02d}.{mm:02d} {d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{str(y)[2:]}г. {hh:02d}ч{mm:02d}м",
        )
    )


def _snils_bare(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng, rng.choice(("std", "plain", "space")))


def _oms_old(rng: random.Random, fake: Any, case: str) -> str:
    return g.oms(rng, rng.choice(("old", "old", "spaced")))


def _transfer_doc(rng: random.Random, fake: Any, case: str) -> str:
    y = rng.randint(19, 26)
    return rng.choice(
        (
            f"{g.dg(rng, 4, True)}/{y}-СА",
            f"ТЦМК-{y}-{g.dg(rng, 5, True)}",
            f"{rng.randint(1, 999)}/{y} СМЭ",
            f"ВК-{g.dg(rng, 4, True)}",
            f"{g.dg(rng, 2, True)}-{g.dg(rng, 3)}-{g.dg(rng, 4)}",
        )
    )


EXTRA_FAMILIES: list[Family] = [
    F(
        "name_loct",
        g.PER,
        (
            "Сведения о {loct} переданы в ОМВД по району.",
            "В отношении {gent} составлен рапорт.",
            "Запись о {loct} внесена в журнал санавиации.",
            "При {loct} обнаружены документы на имя владельца.",
        ),
        _name("", 0.3),
    ),
    F(
        "staff_io_f",
        g.PER,
        (
            "Смену сдал {nomn}, смену принял фельдшер.",
            "Вызов принят диспетчером {ablt}.",
            "Наркоз — {nomn}",
            "Перевязку выполнила м/с {nomn}.",
        ),
        _name("io_f", 0.15),
    ),
    F(
        "date_with_time",
        g.DAT,
        (
            "Доставлен {}, состояние тяжёлое.",
            "Смерть констатирована {}.",
            "Вылет борта санавиации {}",
            "Травма на производстве {} (вахта, вторая смена).",
        ),
        _dt_words,
    ),
    F(
        "snils_bare",
        g.SNI,
        (
            "Номер страхового свидетельства {} сверен с базой.",
            "{} — номер ИЛС со слов работодателя.",
            "Данные ПФР: {}",
        ),
        _snils_bare,
    ),
    F(
        "oms_old",
        g.OMS,
        (
            "Полис старого образца {}.",
            "Предъявлен полис ОМС серия/номер {}",
            "Страховой медицинский полис {}, срок действия истёк.",
        ),
        _oms_old,
    ),
    F(
        "transfer_doc",
        g.MRN,
        (
            "Заявка ТЦМК № {}.",
            "Протокол врачебной комиссии {}",
            "Заключение эксперта № {} (судебно-медицинское).",
            "Рег. номер санзадания {}.",
        ),
        _transfer_doc,
    ),
]
