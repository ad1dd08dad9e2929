"""Blind split 21: standard formats of each PII type, one value per short complaint-style note.

Written 2026-11-26 by an independent author without looking at the scanner. Each family takes one
type through one layout defined by a standard or a common register: dates per ГОСТ Р 7.0.97 and
ISO 8601 (extended, basic, week, ordinal, with offsets), HL7 timestamps; addresses in Russian Post
and ФИАС/ГАР order; phones per the Russian numbering plan, E.164, RFC 3966 and CIS neighbours; SNILS,
INN, ENP and passport as printed on the documents and in registers. Mixed documents are in
:mod:`benchmarks.pii_blind21_blocks`; value generators in :mod:`benchmarks.pii_blind21_gen`.

Run ``python -m benchmarks.pii_families_blind21 N`` to print N samples of every family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from faker import Faker

from benchmarks import pii_blind21_gen as g
from benchmarks.pii_blind21_blocks import BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Maker, Planted, fill

SPLIT = "blind21"


def _name(*shapes: str) -> Maker:
    return lambda rng, fake, case: g.name(rng, fake, rng.choice(shapes), case)


def _date(*layouts: str, lo: int = 1940, hi: int = 2026) -> Maker:
    return lambda rng, fake, case: g.date(rng, rng.choice(layouts), lo, hi)


def _phone(*layouts: str) -> Maker:
    return lambda rng, fake, case: g.phone(rng, rng.choice(layouts))


def _addr(*layouts: str) -> Maker:
    return lambda rng, fake, case: g.address(rng, fake, rng.choice(layouts))


def _of(fn: Callable[[random.Random, str], str], *layouts: str) -> Maker:
    return lambda rng, fake, case: fn(rng, rng.choice(layouts))


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        [
            f"https://vk.com/id{rng.randint(10**6, 10**9)}",
            f"https://t.me/{g.translit(fake.last_name_male()).lower()}{rng.randint(1, 99)}",
            f"https://ok.ru/profile/{rng.randint(10**10, 10**12)}",
            f"http://{g.translit(fake.last_name_female()).lower()}.narod.ru/",
            f"https://disk.yandex.ru/d/{g._n(rng, 6)}AbX{g._n(rng, 4)}",
            f"https://cloud.mail.ru/public/{g._n(rng, 4)}/{g._n(rng, 5)}",
            f"www.{g.translit(fake.last_name_male()).lower()}-family.ru",
        ]
    )


_DIM = (
    "Саша",
    "Женя",
    "Маша",
    "Даша",
    "Ваня",
    "Петя",
    "Алёша",
    "Настя",
    "Лёша",
    "Танюша",
    "Серёжа",
    "Галя",
    "Айдарчик",
    "Гуля",
    "Алсу",
    "Мадина",
    "Шура",
    "Наташа",
)


def _diminutive(rng: random.Random, fake: Any, case: str) -> str:
    dim = rng.choice(_DIM)
    if rng.random() < 0.5:
        return dim
    return f"{dim} {fake.last_name_female() if dim[-1] in 'ауя' and rng.random() < 0.5 else fake.last_name_male()}"


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return g.email(rng, fake)


def _fam(name: str, kind: str, frames: tuple[str, ...], make: Maker) -> Family:
    return Family(f"b21_{name}", kind, SPLIT, frames, make)


P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"

BLIND21_FAMILIES: list[Family] = [
    # --- PERSON, all cases and shapes
    _fam(
        "person_nomn_fio",
        P,
        (
            "Пациент {} жалуется на головную боль.",
            "ФИО: {}\nЖалобы на кашель.",
            "Больной {}, 54 лет, поступил с болями в животе.",
        ),
        _name("FIO", "UPPER"),
    ),
    _fam(
        "person_gent",
        P,
        (
            "Со слов {gent}, боль в пояснице третий день.",
            "Анамнез собран со слов {gent}.",
            "Жалобы {gent} на одышку при ходьбе.",
        ),
        _name("FIO", "IO", "F"),
    ),
    _fam(
        "person_datv",
        P,
        (
            "Направлен к {datv} на консультацию невролога.",
            "Рекомендовано {datv} снизить соль.",
            "Выдана справка {datv}.",
        ),
        _name("FIO", "F I.O.", "IF"),
    ),
    _fam(
        "person_ablt",
        P,
        (
            "Осмотрена {ablt} в приёмном отделении, жалобы на слабость.",
            "Пациент доставлен {ablt} (сын).",
            "Беседа проведена с {ablt}.",
        ),
        _name("FIO", "F", "IO"),
    ),
    _fam(
        "person_loct",
        P,
        ("Сведения о {loct} переданы в поликлинику.", "Запись о {loct}: жалобы на боль в колене."),
        _name("FIO", "F I.O."),
    ),
    _fam(
        "person_staff_initials",
        P,
        (
            "Дежурный врач {}. Жалобы на озноб.",
            "Процедурный кабинет: {} ввела анальгин 50% 2 мл.",
            "Осмотр: заведующий отделением {}.",
        ),
        _name("F I.O.", "I.O. F", "F I. O.", "F I."),
    ),
    _fam(
        "person_latin",
        P,
        ("Patient name: {}. Complains of chest pain.", "В загранпаспорте: {}. Жалобы на кашель."),
        _name("LAT"),
    ),
    _fam(
        "person_relative",
        P,
        (
            "Контактное лицо (родственник): {}. Жалобы на давящие боли.",
            "Сопровождает родственник — {}, со слов которого температура до 39 °C.",
        ),
        _name("IO", "FIO", "IF"),
    ),
    # --- DATE_TIME
    _fam(
        "date_gost",
        D,
        ("Дата рождения: {}. Жалобы на изжогу.", "Заболел {}, когда появился кашель.", "Д.р. {}"),
        _date("gost"),
    ),
    _fam(
        "date_gost_words",
        D,
        ("Поступил {}. Жалобы на одышку.", "Боли беспокоят с {} .", "Дата операции: {}"),
        _date("gost_words", "abbr"),
    ),
    _fam(
        "date_iso_ext",
        D,
        ("birthDate: {}\nЖалобы на головокружение.", "Дата осмотра (ISO): {}.", "Последняя вакцинация {}."),
        _date("iso"),
    ),
    _fam(
        "date_iso_time",
        D,
        ("Время поступления {} по данным МИС. Жалобы на рвоту.", "timestamp={}"),
        _date("iso_dt", "iso_dtz", "iso_utc", lo=2020),
    ),
    _fam(
        "date_iso_basic",
        D,
        ("DOB {}; жалобы на боль в горле.", "Дата забора (YYYYMMDD): {}", "OBR-7: {}"),
        _date("iso_basic", "hl7"),
    ),
    _fam(
        "date_iso_rare",
        D,
        ("Неделя госпитализации: {}.", "Дата по ISO-календарю: {}, жалобы на слабость."),
        _date("iso_week", "iso_ord", "iso_ym", lo=2018),
    ),
    _fam(
        "date_short",
        D,
        ("Заболела {}, температура 38,1 °C.", "Контакт с больным ОРВИ {}.", "Явка {} к терапевту."),
        _date("short", "slash", lo=2000),
    ),
    _fam(
        "date_partial",
        D,
        ("Менструации с {}, жалобы на боли внизу живота.", "Ухудшение в {}.", "Последний осмотр — {}"),
        _date("month_year", "day_month"),
    ),
    _fam(
        "date_with_time",
        D,
        (
            "Доставлен СМП {}. Жалобы на боль за грудиной.",
            "Смерть констатирована {}.",
            "Время появления симптомов: {}",
        ),
        _date("gost_time", "gost_time_v", "words_time", lo=2022),
    ),
    _fam(
        "date_noisy",
        D,
        ("Дата рожд. {} (скан, плохо читается).", "Выписка от {}; жалобы на боль в ухе.", "Дата: {}"),
        _date("latin", "roman", "ocr", "spaced"),
    ),
    # --- LOCATION
    _fam(
        "loc_post_index_first", L, ("Адрес: {}. Жалобы на кашель.", "Проживает по адресу {}."), _addr("post")
    ),
    _fam(
        "loc_post_index_last",
        L,
        ("Место регистрации: {}.", "Адрес фактического проживания: {}. Живёт одна."),
        _addr("post_rev"),
    ),
    _fam("loc_fias", L, ("Адрес по ФИАС: {}.", "Зарегистрирован: {}"), _addr("fias")),
    _fam(
        "loc_gar_rural",
        L,
        ("Проживает: {}. Жалобы на боль в суставах.", "Адрес: {}"),
        _addr("gar_abbr", "snt", "village"),
    ),
    _fam(
        "loc_urban_parts",
        L,
        ("Вызов на дом: {}. Боль в животе.", "Адрес пациента: {}."),
        _addr("korp", "str", "lit", "mkr"),
    ),
    _fam(
        "loc_short",
        L,
        ("Живёт: {}. Жалобы на тошноту.", "Приехала из {} на обследование.", "Address: {}"),
        _addr("compact", "town", "latin"),
    ),
    # --- PHONE_NUMBER
    _fam(
        "phone_mobile_ru",
        T,
        ("Тел.: {}. Жалобы на сердцебиение.", "Связь с родственниками по {}.", "Моб. {}"),
        _phone("e164", "intl", "nat8", "nat8_plain", "dots"),
    ),
    _fam(
        "phone_city_ext",
        T,
        ("Рабочий телефон {}. Жалобы на отёки.", "Тел. дом. {}"),
        _phone("city", "city_local", "ext"),
    ),
    _fam(
        "phone_cis",
        T,
        ("Телефон (родина): {}. Жалобы на кашель.", "Контакт в WhatsApp: {}."),
        _phone("kz", "by", "uz", "tj", "kg", "am", "az", "ge", "md"),
    ),
    _fam("phone_uri", T, ("telecom: {}", "Номер для связи {} (междунар.)."), _phone("rfc3966", "intl00")),
    # --- EMAIL / URL
    _fam(
        "email_plain",
        "EMAIL_ADDRESS",
        ("E-mail: {}. Жалобы на боль в спине.", "Результаты выслать на {}.", "Эл. почта пациента {}"),
        _email,
    ),
    _fam(
        "email_kv",
        "EMAIL_ADDRESS",
        ('"email": "{}"', "email={}; кашель", "Reply-To: <{}>", "Почта (mailto): {}. Жалобы на зуд."),
        _email,
    ),
    _fam(
        "url_profile",
        "URL",
        ("Соцсеть пациента: {}. Жалобы на тревогу.", "Снимки выложены по ссылке {}"),
        _url,
    ),
    _fam(
        "url_kv",
        "URL",
        (
            '"link": "{}"',
            "Ссылка на документы: {} .",
            "Дочь прислала видео приступа: {}.",
            "Профиль сиделки {} .",
        ),
        _url,
    ),
    # --- identifiers
    _fam(
        "snils_card",
        "RU_SNILS",
        ("СНИЛС {}. Жалобы на боль в колене.", "Страховой номер: {}", "СНИЛС:\n{}"),
        _of(g.snils, "card"),
    ),
    _fam(
        "snils_dashes",
        "RU_SNILS",
        ("Снилс {}.", "СНИЛС пациента — {}", "snils={}", "Страх. свид-во № {}, жалобы на кашель."),
        _of(g.snils, "dashes", "spaces", "plain"),
    ),
    _fam(
        "inn_plain",
        "RU_INN",
        ("ИНН {}. Жалобы на слабость.", "ИНН физ. лица: {}", "ИНН\n{}\nЖалобы на одышку.", "И Н Н: {}"),
        lambda r, f, c: g.inn12(r),
    ),
    _fam(
        "inn_kv",
        "RU_INN",
        ('"inn": "{}"', "Идентификационный номер налогоплательщика {}."),
        lambda r, f, c: g.inn12(r),
    ),
    _fam(
        "oms_enp_plain",
        "RU_OMS_POLICY",
        ("Полис ОМС {}. Жалобы на головную боль.", "ЕНП: {}"),
        _of(g.enp_fmt, "plain"),
    ),
    _fam(
        "oms_enp_grouped",
        "RU_OMS_POLICY",
        ("Полис ОМС единого образца № {}.", "Полис: {}"),
        _of(g.enp_fmt, "quads", "dashes"),
    ),
    _fam("oms_old", "RU_OMS_POLICY", ("Полис старого образца {}.",), _of(g.enp_fmt, "old")),
    _fam(
        "passport_page",
        "RU_PASSPORT",
        ("Паспорт {}. Жалобы на боль в горле.", "Паспорт гражданина РФ: {}"),
        _of(g.passport_fmt, "page", "no"),
    ),
    _fam(
        "passport_compact",
        "RU_PASSPORT",
        ("Документ, удостоверяющий личность: {}.", "passport={}"),
        _of(g.passport_fmt, "plain", "dash", "mrz_like"),
    ),
    _fam(
        "mrn_case_history",
        "MEDICAL_RECORD_NUMBER",
        ("История болезни № {}. Жалобы на боль в боку.", "И/б {}"),
        _of(g.mrn, "ib", "ib_dash"),
    ),
    _fam(
        "mrn_outpatient",
        "MEDICAL_RECORD_NUMBER",
        ("Амбулаторная карта № {}.", "Стоматологическая карта {}."),
        _of(g.mrn, "amb", "dental"),
    ),
    _fam(
        "mrn_emr",
        "MEDICAL_RECORD_NUMBER",
        ("Идентификатор ЭМК: {}.", "MRN {}; жалобы на одышку.", "ID пациента в МИС: {}"),
        _of(g.mrn, "emk", "mis", "hl7_mrn"),
    ),
    _fam(
        "mrn_eln",
        "MEDICAL_RECORD_NUMBER",
        ("ЭЛН № {} продлён.", "Открыт листок нетрудоспособности {}."),
        _of(g.mrn, "eln"),
    ),
    _fam(
        "mrn_recipe",
        "MEDICAL_RECORD_NUMBER",
        ("Рецепт {} выдан.", "Выписан льготный рецепт серия и номер {}."),
        _of(g.mrn, "recipe"),
    ),
    _fam(
        "mrn_call_ref",
        "MEDICAL_RECORD_NUMBER",
        ("Карта вызова № {}.", "Направление № {} на МСКТ."),
        _of(g.mrn, "call", "ref"),
    ),
    _fam(
        "mrn_accession",
        "MEDICAL_RECORD_NUMBER",
        ("Accession: {}.", "Проба № {}, кровь.", "Штрихкод пробирки {}"),
        _of(g.mrn, "acc", "lab"),
    ),
    _fam(
        "mrn_dicom",
        "MEDICAL_RECORD_NUMBER",
        ("Study UID {}", "StudyInstanceUID={}; КТ ОГК."),
        _of(g.mrn, "dicom"),
    ),
    _fam(
        "mrn_certificate",
        "MEDICAL_RECORD_NUMBER",
        ("Медицинское свидетельство о смерти {}.", "Свидетельство о рождении (мед.) № {}."),
        _of(g.mrn, "cert"),
    ),
    _fam(
        "person_diminutive",
        P,
        ("Мама называет ребёнка {}, жалобы на насморк.", "Со слов соседки ({}), упал дома."),
        _diminutive,
    ),
]

BLIND21_BLOCKS: list[BlockFamily] = BLOCKS


def _samples(n: int, seed: int = 21) -> list[tuple[str, Planted]]:
    rng, fake = random.Random(seed), Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND21_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND21_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter[str]:
    """Every gold span inside the text, non-empty, unpadded and disjoint; returns per-type counts."""
    counts: Counter[str] = Counter()
    for name, p in _samples(n):
        spans = sorted(p.golds, key=lambda x: x[1])
        for kind, a, b in spans:
            value = p.text[a:b]
            assert 0 <= a < b <= len(p.text), (name, kind, a, b)
            assert value and value == value.strip() and value.strip(",;:") == value, (name, value)
            counts[kind] += 1
        for (_, _, b1), (_, a2, _) in itertools.pairwise(spans):
            assert b1 <= a2, (name, p.text)
    return counts


def mark(p: Planted) -> str:
    text = p.text
    for kind, a, b in sorted(p.golds, key=lambda x: -x[1]):
        text = f"{text[:a]}[[{kind}:{text[a:b]}]]{text[b:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, p in _samples(n):
        print(f"--- {name}\n{mark(p)}")
    counts = check(40)
    print(f"\nfamilies={len(BLIND21_FAMILIES)} blocks={len(BLIND21_BLOCKS)}")
    kinds = (
        "PERSON",
        "DATE_TIME",
        "LOCATION",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "URL",
        "RU_SNILS",
        "RU_INN",
        "RU_OMS_POLICY",
        "RU_PASSPORT",
        "MEDICAL_RECORD_NUMBER",
    )
    for kind in kinds:
        print(f"{kind:24} {counts[kind]}")
    missing = [k for k in kinds if not counts[k]]
    if missing:
        print("no gold spans for", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
