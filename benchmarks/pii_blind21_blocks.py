"""Mixed documents of the blind21 split: registers, exports and forms with several PII types."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind21_gen as g
from benchmarks.pii_families import BlockFamily, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
E, U, S, N = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN"
OMS, PP, M = "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def doc(*parts: str | tuple[str, str]) -> Planted:
    """Join literal text and (TYPE, value) pieces, recording the value spans."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        else:
            text += part
    return Planted(text, golds)


def _look(rng: random.Random) -> str:
    return rng.choice(
        [
            f" ИНН МО {g.inn10_org(rng)}, КПП 770101001.",
            " Форма 057/у-04. Палата 312.",
            f" Лицензия № ЛО-77-01-0{rng.randint(10000, 99999)}. МКБ-10: I11.9.",
            " Метопролол 25 мг в 08:00 и 20:00. Гемоглобин 128 г/л.",
            " ОГРН 1027700132195. Отделение № 4, койка 17.",
        ]
    )


def json_export(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person_parts(rng, fake)
    return doc(
        '{"patient": {"family": "',
        (P, f),
        '", "given": "',
        (P, i),
        '", "middle": "',
        (P, o),
        '", "birthDate": "',
        (D, g.date(rng, "iso")),
        '", "snils": "',
        (S, g.snils(rng, "plain")),
        '", "enp": "',
        (OMS, g.enp(rng)),
        '", "phone": "',
        (T, g.phone(rng, "e164")),
        '", "mrn": "',
        (M, g.mrn(rng, "mis")),
        '", "ward": "3-12", "dose_mg": 50}}',
    )


def fhir_patient(rng: random.Random, fake: Any) -> Planted:
    f, i, o, male = g.person_parts(rng, fake)
    return doc(
        '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.643.100.3", "value": "',
        (S, g.snils(rng, "plain")),
        '"}, {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "',
        (PP, g.passport_fmt(rng, "plain")),
        '"}], "name": [{"family": "',
        (P, f),
        '", "given": ["',
        (P, i),
        '", "',
        (P, o),
        '"]}], "gender": "',
        "male" if male else "female",
        '", "birthDate": "',
        (D, g.date(rng, "iso")),
        '", "telecom": [{"system": "email", "value": "',
        (E, g.email(rng, fake)),
        '"}], "address": [{"text": "',
        (L, g.address(rng, fake, "fias")),
        '"}]}',
    )


def xml_cda(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person_parts(rng, fake)
    return doc(
        '<recordTarget><patientRole><id root="1.2.643.5.1.13.13.12.2.77.7973" extension="',
        (M, g.mrn(rng, "hl7_mrn")),
        '"/><id root="1.2.643.100.3" extension="',
        (S, g.snils(rng, "plain")),
        '"/><addr><streetAddressLine>',
        (L, g.address(rng, fake, "post")),
        '</streetAddressLine></addr><telecom value="',
        (T, g.phone(rng, "rfc3966")),
        '"/><patient><name><family>',
        (P, f),
        "</family><given>",
        (P, i),
        "</given><identity:Patronymic>",
        (P, o),
        '</identity:Patronymic></name><birthTime value="',
        (D, g.date(rng, "iso_basic")),
        '"/></patient></patientRole></recordTarget>',
    )


def csv_row(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person_parts(rng, fake)
    return doc(
        "ФАМИЛИЯ;ИМЯ;ОТЧЕСТВО;ДР;СНИЛС;ЕНП;ТЕЛЕФОН;ДИАГНОЗ\n",
        (P, f),
        ";",
        (P, i),
        ";",
        (P, o),
        ";",
        (D, g.date(rng, "gost")),
        ";",
        (S, g.snils(rng, "card")),
        ";",
        (OMS, g.enp(rng)),
        ";",
        (T, g.phone(rng, "nat8_plain")),
        ";J06.9",
    )


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    f, i, o, male = g.person_parts(rng, fake)
    street = fake.street_title()
    town = fake.city_name().split(" (")[0]
    return doc(
        "MSH|^~\\&|MIS|LPU|LIS|LAB|",
        (D, g.date(rng, "hl7", 2020)),
        "||ADT^A01|",
        str(rng.randint(10**6, 10**7)),
        "|P|2.5\nPID|1||",
        (M, g.mrn(rng, "hl7_mrn")),
        "^^^MIS^MR~",
        (OMS, g.enp(rng)),
        "^^^FOMS^NH||",
        (P, f),
        "^",
        (P, i),
        "^",
        (P, o),
        "||",
        (D, g.date(rng, "iso_basic")),
        "|",
        "M" if male else "F",
        "|||",
        (L, f"ул. {street}, д. {rng.randint(1, 99)}"),
        "^^",
        (L, town),
        "||",
        (T, g.phone(rng, "e164")),
        "\nPV1|1|I|ТЕР^305^2",
    )


def title_003(rng: random.Random, fake: Any) -> Planted:
    s, n = g.passport(rng)
    return doc(
        "МЕДИЦИНСКАЯ КАРТА № ",
        (M, g.mrn(rng, "ib")),
        " пациента, получающего медицинскую помощь в стационарных условиях (ф. 003/у)\nДата поступления: ",
        (D, g.date(rng, "gost_time", 2024)),
        "\n1. Фамилия, имя, отчество: ",
        (P, g.name(rng, fake, "FIO")),
        "\n2. Дата рождения: ",
        (D, g.date(rng, "gost")),
        "\n3. Документ: паспорт серия ",
        (PP, s),
        " номер ",
        (PP, n),
        "\n4. Адрес регистрации: ",
        (L, g.address(rng, fake, "korp")),
        "\n5. Полис ОМС: ",
        (OMS, g.enp(rng)),
        "\n6. СНИЛС: ",
        (S, g.snils(rng, "card")),
        _look(rng),
    )


def card_025(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Медицинская карта пациента, получающего помощь в амбулаторных условиях № ",
        (M, g.mrn(rng, "amb")),
        "\nФ.И.О. ",
        (P, g.name(rng, fake, "UPPER")),
        "  Пол: ж  Дата рождения ",
        (D, g.date(rng, "short")),
        "\nМесто регистрации: ",
        (L, g.address(rng, fake, "mkr")),
        "\nТел. ",
        (T, g.phone(rng, "nat8")),
        "\nИНН ",
        (N, g.inn12(rng)),
        "\nЖалобы на кашель, t 37,8 °C.",
    )


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Листок нетрудоспособности (ЭЛН) № ",
        (M, g.mrn(rng, "eln")),
        " сформирован ",
        (D, g.date(rng, "gost", 2025)),
        ".\nПолучатель: ",
        (P, g.name(rng, fake, "FIO")),
        ", СНИЛС ",
        (S, g.snils(rng, "dashes")),
        ".\nОсвобождение от работы с ",
        (D, g.date(rng, "gost", 2025)),
        " по ",
        (D, g.date(rng, "gost", 2025)),
        ". Врач ",
        (P, g.name(rng, fake, "F I.O.")),
        ". Причина: 01.",
    )


def referral_057(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Направление ",
        (M, g.mrn(rng, "ref")),
        " (ф. 057/у-04) от ",
        (D, g.date(rng, "gost_words", 2025)),
        "\nна госпитализацию: ",
        (P, g.name(rng, fake, "FIO")),
        ", полис ОМС ",
        (OMS, g.enp_fmt(rng, "quads")),
        ", адрес: ",
        (L, g.address(rng, fake, "post_rev")),
        ".\nДиагноз: K80.1. Направивший врач ",
        (P, g.name(rng, fake, "I.O. F")),
        ".",
        _look(rng),
    )


def recipe_107(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Рецепт (ф. 107-1/у) серия и № ",
        (M, g.mrn(rng, "recipe")),
        "  Дата выписки ",
        (D, g.date(rng, "gost_words", 2025)),
        "\nФ.И.О. пациента: ",
        (P, g.name(rng, fake, "F I.O.")),
        "\nДата рождения: ",
        (D, g.date(rng, "gost")),
        "\nRp.: Amlodipini 5 mg, D.t.d. N 30. S. по 1 таб. утром.\nВрач ",
        (P, g.name(rng, fake, "F I. O.")),
    )


def call_card(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Карта вызова СМП (ф. 110/у) № ",
        (M, g.mrn(rng, "call")),
        "\nПринят вызов: ",
        (D, g.date(rng, "gost_time", 2025)),
        "\nВызывающий (родственник): ",
        (P, g.name(rng, fake, "IO")),
        ", тел. ",
        (T, g.phone(rng, "intl")),
        "\nАдрес вызова: ",
        (L, g.address(rng, fake, "str")),
        ", подъезд 2, этаж 5, код домофона 45К.\nПовод: боль в груди. Бригада № 12.",
    )


def death_cert(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Медицинское свидетельство о смерти серия и № ",
        (M, g.mrn(rng, "cert")),
        "\n1. Фамилия, имя, отчество умершего: ",
        (P, g.name(rng, fake, "FIO")),
        "\n3. Дата рождения: ",
        (D, g.date(rng, "gost_words")),
        "\n4. Дата смерти: ",
        (D, g.date(rng, "words_time", 2025)),
        "\n6. Место постоянного жительства: ",
        (L, g.address(rng, fake, "gar_abbr")),
        "\nПолучатель свидетельства: ",
        (P, g.name(rng, fake, "F I.O.")),
        ", паспорт ",
        (PP, g.passport_fmt(rng, "page")),
    )


_COUNTRY = {
    "Узбекистан": "uz",
    "Таджикистан": "tj",
    "Кыргызстан": "kg",
    "Армения": "am",
    "Азербайджан": "az",
    "Грузия": "ge",
    "Беларусь": "by",
    "Казахстан": "kz",
    "Молдова": "md",
}


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    f, i, _, _ = rng.choice(g.CIS)
    country = rng.choice(sorted(_COUNTRY))
    return doc(
        "Пациент(ка) — иностранный гражданин, паспорт на имя ",
        (P, f"{g.translit(f).upper()} {g.translit(i).upper()}"),
        " (",
        (P, f"{f} {i}"),
        "), гражданство: ",
        country,
        ". Дата въезда ",
        (D, g.date(rng, "latin", 2025)),
        ". Контакт: ",
        (T, g.phone(rng, _COUNTRY[country])),
        ", ",
        (E, g.email(rng, fake)),
        ". Жалобы на лихорадку 38,5 °C.",
    )


def lab_req(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Направление на лабораторное исследование. Штрихкод пробирки ",
        (M, g.mrn(rng, "lab")),
        ", заказ ",
        (M, g.mrn(rng, "acc")),
        ".\nПациент ",
        (P, g.name(rng, fake, "F I.O.")),
        ", ",
        (D, g.date(rng, "gost")),
        " г.р. Взятие: ",
        (D, g.date(rng, "iso_dtz", 2025)),
        ". Глюкоза 5,4 ммоль/л, АЛТ 32 Ед/л. Результаты: ",
        (U, f"https://lk.{rng.choice(['invitro', 'helix', 'cmd-online'])}.ru/r/{g._n(rng, 10)}"),
    )


def dicom_head(rng: random.Random, fake: Any) -> Planted:
    f, i, o, _ = g.person_parts(rng, fake)
    return doc(
        "(0010,0010) PatientName: ",
        (P, f"{g.translit(f)}^{g.translit(i)}^{g.translit(o)}"),
        "\n(0010,0020) PatientID: ",
        (M, g.mrn(rng, "hl7_mrn")),
        "\n(0010,0030) PatientBirthDate: ",
        (D, g.date(rng, "iso_basic")),
        "\n(0020,000D) StudyInstanceUID: ",
        (M, g.mrn(rng, "dicom")),
        "\n(0008,0080) InstitutionName: GKB 52\n(0018,0050) SliceThickness: 1.25",
    )


def consent(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Информированное добровольное согласие. Я, ",
        (P, g.name(rng, fake, "FIO")),
        ", ",
        (D, g.date(rng, "gost")),
        " г.р., паспорт ",
        (PP, g.passport_fmt(rng, "no")),
        ", выдан ",
        (D, g.date(rng, "gost")),
        ", зарегистрирован(а): ",
        (L, g.address(rng, fake, "post")),
        ", доверяю сведения о здоровье сообщать ",
        (P, g.name(rng, fake, "FIO", "datv")),
        ", тел. ",
        (T, g.phone(rng, "nat8")),
        ". Подпись ______ ",
        (P, g.name(rng, fake, "I.O. F")),
    )


def discharge(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "ВЫПИСНОЙ ЭПИКРИЗ из истории болезни № ",
        (M, g.mrn(rng, "ib_dash")),
        "\n",
        (P, g.name(rng, fake, "FIO")),
        ", ",
        (D, g.date(rng, "gost")),
        " г.р., находился на лечении с ",
        (D, g.date(rng, "gost", 2025)),
        " по ",
        (D, g.date(rng, "gost", 2025)),
        ". Проживает: ",
        (L, g.address(rng, fake, "village")),
        ". ИНН ",
        (N, g.inn12(rng)),
        ". Явка к участковому терапевту ",
        (P, g.name(rng, fake, "F I.O.", "datv")),
        " через 3 дня. Аспирин 100 мг 1 р/д.",
        _look(rng),
    )


def registry_row(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "| № | ФИО | Дата рожд. | СНИЛС | ИНН | Паспорт |\n| 17 | ",
        (P, g.name(rng, fake, "F I.O.")),
        " | ",
        (D, g.date(rng, "gost")),
        " | ",
        (S, g.snils(rng, "card")),
        " | ",
        (N, g.inn12(rng)),
        " | ",
        (PP, g.passport_fmt(rng, "page")),
        " |\n| 18 | ",
        (P, g.name(rng, fake, "F I.O.")),
        " | ",
        (D, g.date(rng, "gost")),
        " | ",
        (S, g.snils(rng, "spaces")),
        " | ",
        (N, g.inn12(rng)),
        " | ",
        (PP, g.passport_fmt(rng, "dash")),
        " |",
    )


def portal_msg(rng: random.Random, fake: Any) -> Planted:
    return doc(
        "Запись через ",
        (U, "https://www.gosuslugi.ru/600204/1/form"),
        " от ",
        (D, g.date(rng, "iso_dt", 2025)),
        ". Пациентка ",
        (P, g.name(rng, fake, "IF")),
        ", e-mail ",
        (E, g.email(rng, fake)),
        ", тел. ",
        (T, g.phone(rng, "e164")),
        ". Телемедицинская консультация: ",
        (U, f"https://tmk.{rng.choice(['emias', 'zdrav-nn', 'rmis'])}.ru/room/{g._n(rng, 8)}"),
        ". Жалобы на сыпь.",
    )


BLOCKS: list[BlockFamily] = [
    BlockFamily(f"b21_{fn.__name__}", "blind21", fn)
    for fn in (
        json_export,
        fhir_patient,
        xml_cda,
        csv_row,
        hl7_pid,
        title_003,
        card_025,
        sick_leave,
        referral_057,
        recipe_107,
        call_card,
        death_cert,
        foreign_patient,
        lab_req,
        dicom_head,
        consent,
        discharge,
        registry_row,
        portal_msg,
    )
]
