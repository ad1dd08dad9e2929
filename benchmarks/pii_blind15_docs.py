"""blind15 blocks: several values in one sentence, and short whole documents/exports with look-alikes."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind15_addr import address
from benchmarks.pii_blind15_gen import _person, date, name, patronymic, phone, surname, translit
from benchmarks.pii_blind15_ids import (
    compose,
    email,
    inn,
    inn_digits,
    mrn,
    oms,
    org_inn10,
    snils,
    snils_digits,
    url,
)
from benchmarks.pii_families import BlockFamily, Maker, Planted

SPLIT = "blind15"
P, D, PH, EM, UR, LOC = "PERSON", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "LOCATION"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def const(value: str) -> Maker:
    return lambda rng, fake, case: value


_MOB = phone("plus7", "eight", "eight_br", "solid", "plus7_dash")
_DMY = date("dmy", "dmy_short", "words", "dmy_slash", lo=2022)
_DOB = date("dmy", "words", "dmy_yy", lo=1935, hi=2020)
_INIT = name("f_io", "io_f")


# ----- short whole documents ---------------------------------------------------------------------
def _fio(rng: random.Random, fake: Any) -> tuple[str, str, str, bool]:
    return _person(rng, fake)


def _referral(rng: random.Random, fake: Any) -> Planted:
    s, n, p, _fem = _fio(rng, fake)
    return compose(
        rng,
        fake,
        [
            "Код формы по ОКУД 0525045. Учётная форма № 057/у-04\nНАПРАВЛЕНИЕ на госпитализацию № ",
            (MRN, mrn("referral", "digits")),
            "\nГБУЗ «ЦРБ», ИНН ",
            org_inn10(rng),
            ", лицензия № ЛО-16-01-00",
            str(rng.randint(1000, 9999)),
            "\n1. Номер страхового полиса ОМС ",
            (OMS, oms("plain", "grp4")),
            "\n2. Код льготы 081\n3. Фамилия, имя, отчество ",
            (P, const(f"{s} {n} {p}")),
            "\n4. Дата рождения ",
            (D, _DOB),
            "\n5. Адрес постоянного места жительства ",
            (LOC, address("full", "rural")),
            "\n6. Место работы: не работает\n7. Код диагноза по МКБ I11.9\n8. Обоснование: АД 180/110 мм рт. ст.",
            "\nДолжность медицинского работника, направившего больного: врач-терапевт ",
            (P, _INIT),
            "\nТел. ",
            (PH, phone("city", "eight")),
            '\n"',
            (D, date("dm")),
            '" 2025 г.',
        ],
    )


def _discharge(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = _fio(rng, fake)
    return compose(
        rng,
        fake,
        [
            "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ",
            (MRN, mrn("slash_year", "ib")),
            "\n",
            (P, const(f"{surname(s, fem, 'nomn')} {n} {p}")),
            ", ",
            (D, date("dmy", "dmy_yy", hi=2015)),
            " г.р., находил",
            "ась" if fem else "ся",
            " в терапевтическом отделении (палата 7) с ",
            (D, _DMY),
            " по ",
            (D, _DMY),
            ".\nДиагноз: Внебольничная пневмония (J18.1). Гликемия 6,1 ммоль/л. Амоксициллин 500 мг 3 р/д в 08:00, 14:00, 20:00.",
            "\nРекомендовано наблюдение у терапевта по месту жительства (",
            (LOC, address("rural_nostreet", "short")),
            ").\nЛечащий врач ",
            (P, _INIT),
            "   Зав. отделением ",
            (P, _INIT),
        ],
    )


def _json(rng: random.Random, fake: Any) -> Planted:
    s, n, p, _fem = _fio(rng, fake)
    q = '"'
    return compose(
        rng,
        fake,
        [
            '{"patientId": "',
            (MRN, mrn("lat", "digits")),
            '", "lastName": "',
            (P, const(s)),
            '", "firstName": "',
            (P, const(n)),
            '", "middleName": "',
            (P, const(p)),
            '", "birthDate": "',
            (D, date("iso", hi=2020)),
            '", "snils": "',
            (SN, snils("plain")),
            '", "enp": "',
            (OMS, oms("plain")),
            '", "phone": "',
            (PH, phone("solid7", "seven_nop")),
            '", "email": ',
            q,
            (EM, email()),
            q,
            ', "icd10": "E11.9", "ward": 305, "orgInn": "',
            org_inn10(rng),
            '"}',
        ],
    )


def _xml(rng: random.Random, fake: Any) -> Planted:
    s, n, p, _fem = _fio(rng, fake)
    return compose(
        rng,
        fake,
        [
            '<patient>\n  <id root="1.2.643.5.1.13" extension="',
            (MRN, mrn("digits", "lat")),
            '"/>\n  <family>',
            (P, const(s)),
            "</family>\n  <given>",
            (P, const(n)),
            "</given>\n  <given>",
            (P, const(p)),
            '</given>\n  <birthTime value="',
            (D, date("compact", hi=2020)),
            '"/>\n  <addr>',
            (LOC, address("full", "korpus")),
            '</addr>\n  <telecom value="tel:',
            (PH, phone("solid7")),
            '"/>\n  <inn>',
            (INN, inn("plain")),
            "</inn>\n</patient>",
        ],
    )


def _csv(rng: random.Random, fake: Any) -> Planted:
    s, n, p, _fem = _fio(rng, fake)
    return compose(
        rng,
        fake,
        [
            "n;fio;dr;snils;polis;tel;mkb;doza\n",
            str(rng.randint(1, 60)),
            ";",
            (P, const(f"{s} {n} {p}")),
            ";",
            (D, date("dmy", hi=2020)),
            ";",
            (SN, snils("std", "plain")),
            ";",
            (OMS, oms("plain")),
            ";",
            (PH, phone("eight", "solid")),
            ";J45.0;2 вдоха 2 р/д",
        ],
    )


def _hl7(rng: random.Random, fake: Any) -> Planted:
    s, n, _p, fem = _fio(rng, fake)
    ls, ln = translit(s).upper(), translit(n).upper()
    y, m, d = rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28)
    return compose(
        rng,
        fake,
        [
            "MSH|^~\\&|MIS|GKB|LIS|LAB|",
            (D, const(f"2025{m:02d}{d:02d}{rng.randint(10, 23)}{rng.randint(10, 59)}")),
            "||ADT^A01|",
            str(rng.randint(10000, 99999)),
            "|P|2.5\nPID|1||",
            (MRN, mrn("digits")),
            "^^^GKB^MR||",
            (P, const(ls)),
            "^",
            (P, const(ln)),
            "||",
            (D, const(f"{y}{m:02d}{d:02d}")),
            "|",
            "F" if fem else "M",
            "|||",
            (LOC, const(f"{translit(fake.street_title())} {rng.randint(1, 90)}")),
            "^^",
            (LOC, const(translit(fake.city_name().split(" (")[0]))),
            "||",
            (PH, phone("seven_nop")),
            "\nPV1|1|I|TER^312^2",
        ],
    )


def _call_card(rng: random.Random, fake: Any) -> Planted:
    return compose(
        rng,
        fake,
        [
            "КАРТА ВЫЗОВА СМП № ",
            (MRN, mrn("call", "digits")),
            " (ф. 110/у)\nПринят: ",
            (D, date("dmy_time", lo=2024)),
            "  Бригада № 7, фельдшер ",
            (P, name("f_io")),
            "\nВызывающий: ",
            (P, name("io", "dim", "i")),
            " (звонил(а) с мобильного), тел. ",
            (PH, _MOB),
            "\nАдрес вызова: ",
            (LOC, address("rural", "snt", "short", "mkr")),
            ", подъезд 2, код домофона 45#\nПовод: боль в груди. ЭКГ: ритм синусовый, ЧСС 96. Гепарин 5000 ЕД в/в.",
        ],
    )


def _consent(rng: random.Random, fake: Any) -> Planted:
    s, n, p, fem = _fio(rng, fake)
    return compose(
        rng,
        fake,
        [
            "ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ",
            (P, const(f"{s} {n} {p}")),
            ", ",
            (D, _DOB),
            " года рождения, паспорт серия ",
            (PAS, const(f"{rng.randint(1, 99):02d} {rng.randint(0, 25):02d}")),
            " № ",
            (PAS, const(str(rng.randint(100000, 999999)))),
            ", зарегистрирован",
            "а" if fem else "",
            " по адресу: ",
            (LOC, address("full", "reversed", "litera")),
            ", являясь законным представителем ",
            (P, name("fio", "i"), "gent"),
            ", даю согласие на медицинское вмешательство.\nПодпись ______ /",
            (P, const(f"{s} {n[0]}.{p[0]}.")),
            "/   Дата ",
            (D, _DMY),
        ],
    )


def _next_line(rng: random.Random, fake: Any) -> Planted:
    return compose(
        rng,
        fake,
        [
            "Фамилия, имя, отчество:\n",
            (P, name("caps", "fio")),
            "\nСтраховой номер индивидуального лицевого счёта\n",
            (SN, snils("space", "std")),
            "\nИНН\n",
            (INN, inn("sp3", "plain")),
            "\nПолис ОМС\n",
            (OMS, oms("grp4", "plain")),
            "\nДата рождения\n",
            (D, date("dmy_spdot", "dmy", hi=2019)),
        ],
    )


def _table(rng: random.Random, fake: Any) -> Planted:
    pieces: list[Any] = ["| Дата       | Пациент            | И/б      | Палата | Назначение |\n"]
    for _ in range(rng.randint(2, 3)):
        pieces += [
            "| ",
            (D, date("dmy", "dm_num", lo=2025)),
            " | ",
            (P, name("f_io", "fi")),
            " | ",
            (MRN, mrn("slash_year", "digits")),
            " | ",
            str(rng.randint(101, 520)),
            " | ",
            rng.choice(("эноксапарин 40 мг п/к", "омепразол 20 мг", "KCl 4% 50 мл")),
            " |\n",
        ]
    return compose(rng, fake, pieces)


def _migrant(rng: random.Random, fake: Any) -> Planted:
    s, n, _p, _fem = _fio(rng, fake)
    lat = (
        f"{translit(s).upper()} {translit(n).upper()}"
        if rng.random() < 0.5
        else f"{translit(s)} {translit(n)}"
    )
    return compose(
        rng,
        fake,
        [
            "Пациент — иностранный гражданин, по паспорту ",
            (P, const(lat)),
            " (в рус. транскрипции ",
            (P, const(f"{s} {n}")),
            "), ",
            (D, date("dmy", "en_words", hi=2005)),
            " г.р. Полис ДМС, ИНН ",
            (INN, inn("plain")),
            ".\nВременная регистрация: ",
            (LOC, address("obshaga", "short")),
            ". Тел. ",
            (PH, phone("foreign", "plus7")),
            ", работодатель ООО «Строймонтаж» (ИНН ",
            org_inn10(rng),
            ").",
        ],
    )


def _child(rng: random.Random, fake: Any) -> Planted:
    sur, mom, _p, _fem = _person(rng, fake, "f")
    return compose(
        rng,
        fake,
        [
            "ИСТОРИЯ РАЗВИТИЯ НОВОРОЖДЁННОГО № ",
            (MRN, mrn("year_slash", "dash_letter")),
            "\nМать: ",
            (P, const(f"{sur} {mom} {patronymic(fake.middle_name_female(), True, 'nomn')}")),
            ", 29 лет, беременность II, роды II.",
            "\nРебёнок родился ",
            (D, date("dmy_v_time", "words_time", lo=2025)),
            ", масса 3450 г, рост 52 см, Апгар 8/9.",
            "\nОтец ребёнка — ",
            (P, name("io", "i", "fio", sex="m")),
            ", тел. ",
            (PH, _MOB),
            "\nВыписка по адресу: ",
            (LOC, address("full", "mkr", "rural")),
        ],
    )


def _email_msg(rng: random.Random, fake: Any) -> Planted:
    return compose(
        rng,
        fake,
        [
            "От: ",
            (P, name("fi", "if")),
            " <",
            (EM, email()),
            ">\nКому: priemnoe@crb-example.ru\nДата: ",
            (D, date("dmy_time_comma", "iso_t", lo=2025)),
            "\nТема: выписка мамы\n\nЗдравствуйте! Прошу выслать выписку на ",
            (P, name("fio"), "gent"),
            ". Снимки выложила тут: ",
            (UR, url()),
            "\nМой тел. ",
            (PH, _MOB),
        ],
    )


def _boxes(rng: random.Random, fake: Any) -> Planted:
    sn, inn_ = snils_digits(rng), inn_digits(rng)
    sn_box = (
        " ".join(sn[:3]) + " - " + " ".join(sn[3:6]) + " - " + " ".join(sn[6:9]) + "   " + " ".join(sn[9:])
    )
    return compose(
        rng,
        fake,
        [
            "СНИЛС  ",
            (SN, const(sn_box)),
            "\nИНН    ",
            (INN, const("|".join(inn_))),
            "\nКод категории льготы 0 8 1   Код МКБ  E 1 0 . 9",
        ],
    )


def _phone_note(rng: random.Random, fake: Any) -> Planted:
    return compose(
        rng,
        fake,
        [
            (D, date("dmy_time", "time_dmy", lo=2025)),
            " телефонограмма. Передана в поликлинику № 3. Передал: ",
            (P, name("f_io", "io_f")),
            ", приняла: ",
            (P, name("f", "f_i")),
            ". Пациент ",
            (P, name("fio", "f_io")),
            ", ",
            (D, _DOB),
            " г.р., проживает: г. ",
            (LOC, address("town")),
            ", выписан(а), явка к участковому ",
            (D, date("dm", "dm_num")),
            ".",
        ],
    )


DOCS = [
    BlockFamily("b15_doc_referral_057", SPLIT, _referral),
    BlockFamily("b15_doc_discharge", SPLIT, _discharge),
    BlockFamily("b15_doc_json", SPLIT, _json),
    BlockFamily("b15_doc_xml", SPLIT, _xml),
    BlockFamily("b15_doc_csv", SPLIT, _csv),
    BlockFamily("b15_doc_hl7", SPLIT, _hl7),
    BlockFamily("b15_doc_call_card", SPLIT, _call_card),
    BlockFamily("b15_doc_consent", SPLIT, _consent),
    BlockFamily("b15_doc_next_line", SPLIT, _next_line),
    BlockFamily("b15_doc_table", SPLIT, _table),
    BlockFamily("b15_doc_migrant", SPLIT, _migrant),
    BlockFamily("b15_doc_newborn", SPLIT, _child),
    BlockFamily("b15_doc_email", SPLIT, _email_msg),
    BlockFamily("b15_doc_boxes", SPLIT, _boxes),
    BlockFamily("b15_doc_phonogram", SPLIT, _phone_note),
]
