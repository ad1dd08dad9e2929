"""Multi-value blocks of blind split 44, part 1: forms and letters (088/у, акт МСЭ, ИПРА, справка,
ВК, 072/у, заявления в КЦСОН, письма СФР/ПФР)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind44_gen import (
    EM,
    INN,
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    D,
    L,
    P,
    addr,
    birth_cert,
    build,
    card_no,
    date_fmt,
    dob,
    eln,
    email_,
    inn_,
    mse_cert,
    mse_protocol,
    oms_,
    passport_,
    pension_case,
    phone_,
    referral_088,
    shape_name,
    snils_,
    vk_protocol,
    voucher,
    who,
)
from benchmarks.pii_families import Planted

_DX = ("I69.3", "G35", "C50.4", "E11.7", "M17.0", "A15.0", "B20.7", "I63.5", "G80.1", "F70.1", "Q90.0", "S78.1")


def _dt(rng: random.Random, fake: Any, start: str = "-3y") -> str:
    return date_fmt(rng, fake, ("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", "dd.mm.yy"), start, "today")


def referral_088_form(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    nl = rng.choice(("\n", "\n", "\r\n"))
    return build(
        "НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ МЕДИЦИНСКОЙ ОРГАНИЗАЦИЕЙ (ф. 088/у) № ", (MRN, referral_088(rng, fake)), nl,
        "1. Дата выдачи: ", (D, _dt(rng, fake, "-1y")), nl,
        "2. Фамилия, имя, отчество гражданина: ", (P, shape_name(who_, rng.choice(("F I O", "CAPS")))), nl,
        "3. Дата рождения: ", (D, dob(rng, fake)), "  4. Пол: ", "женский" if who_[3] else "мужской", nl,
        "5. Гражданство: гражданин РФ", nl,
        "7. Адрес места жительства: ", (L, addr(rng, fake)), nl,
        "9. Документ, удостоверяющий личность: паспорт ", (PAS, passport_(rng, fake)), nl,
        "10. СНИЛС: ", (SN, snils_(rng, fake)), nl,
        "11. Полис ОМС: ", (OMS, oms_(rng, fake)), nl,
        "12. Номер медицинской карты: ", (MRN, card_no(rng, fake)), nl,
        "Диагноз основной: ", rng.choice(_DX), nl,
    )


def mse_act(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\n", "; "))
    return build(
        "АКТ медико-социальной экспертизы гражданина № ", (MRN, mse_protocol(rng, fake)), sep,
        "Дата проведения экспертизы: ", (D, _dt(rng, fake)), sep,
        "Гражданин: ", (P, shape_name(who(rng, fake), "F I O")), ", ", (D, dob(rng, fake)), " г.р.", sep,
        "Место проведения: ", rng.choice(("в бюро", "на дому", "заочно")), sep,
        "Решение: установлена ", rng.choice(("I", "II", "III")), " группа инвалидности, причина — общее заболевание", sep,
        "Руководитель бюро: ", (P, shape_name(who(rng, fake), rng.choice(("F io", "io F")))), sep,
        "Специалисты: ", (P, shape_name(who(rng, fake), "F io")), ", ", (P, shape_name(who(rng, fake), "F i o")), sep,
    )


def ipra_header(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "Индивидуальная программа реабилитации или абилитации инвалида (ИПРА) № ", (MRN, mse_protocol(rng, fake)),
        "\nк протоколу проведения МСЭ № ", (MRN, mse_protocol(rng, fake)), " от ", (D, _dt(rng, fake)),
        "\n1. Фамилия: ", (P, who_[0]), "\n   Имя: ", (P, who_[1]), "\n   Отчество: ", (P, who_[2]),
        "\n2. Дата рождения: ", (D, dob(rng, fake)), " (возраст ", str(rng.randrange(18, 90)), " лет)",
        "\n3. Адрес места жительства: ", (L, addr(rng, fake)),
        "\n4. Контактная информация: тел. ", (PH, phone_(rng, fake)), ", e-mail: ", (EM, email_(rng, fake)),
        "\n5. СНИЛС: ", (SN, snils_(rng, fake)),
        "\n6. ИПРА разработана впервые / повторно (нужное подчеркнуть); срок — бессрочно\n",
    )


def spravka_mse(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "ФКУ «ГБ МСЭ по ", rng.choice(("Республике Татарстан", "Республике Саха (Якутия)", "Чеченской Республике",
                                      "Свердловской области", "Республике Бурятия")), "» Минтруда России\n",
        "СПРАВКА\nсерия МСЭ-", rng.choice(("2015", "2012", "2006")), " № ", (MRN, mse_cert(rng, fake)), "\n",
        "Выдана ", (P, shape_name(who_, "F I O", "datv")), "\n",
        "Дата рождения ", (D, dob(rng, fake)), "\n",
        "Адрес: ", (L, addr(rng, fake)), "\n",
        "Инвалидность: ", rng.choice(("первая", "вторая", "третья")), " группа, установлена на срок до ",
        (D, date_fmt(rng, fake, ("«01» MG yyyy г.", "01.mm.yyyy"), "+1y", "+3y")), "\n",
        "Дата выдачи ", (D, _dt(rng, fake)), "\nРуководитель бюро ", (P, shape_name(who(rng, fake), "io F")), "  М.П.\n",
    )


def vk_protocol_block(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "ПРОТОКОЛ заседания врачебной комиссии № ", (MRN, vk_protocol(rng, fake)), " от ", (D, _dt(rng, fake, "-1y")), "\n",
        "Пациент(ка): ", (P, shape_name(who_, rng.choice(("F I O", "F io")))), ", ", (D, dob(rng, fake)),
        ", амб. карта № ", (MRN, card_no(rng, fake)), "\n",
        "ЭЛН № ", (MRN, eln(rng, fake)), " открыт ", (D, _dt(rng, fake, "-6M")), ", длительность ВН ",
        str(rng.randrange(60, 130)), " дней.\n",
        "Решение: направить на МСЭ (ф. 088/у). ЭЛН продлить до ", (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-30d", "+30d")), ".\n",
        "Председатель ВК ", (P, shape_name(who(rng, fake), "F io")), "\nЧлены ВК: ",
        (P, shape_name(who(rng, fake), "F io")), ", ", (P, shape_name(who(rng, fake), "F io")), "\n",
    )


def spa_card_072(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    st = fake.date_between(start_date="-2y", end_date="+90d")
    return build(
        "САНАТОРНО-КУРОРТНАЯ КАРТА № ", (MRN, voucher(rng, fake)), " (ф. 072/у)\n",
        "1. Фамилия, имя, отчество ", (P, shape_name(who_, "F I O")), "\n2. Пол ", "ж" if who_[3] else "м",
        "   3. Дата рождения ", (D, dob(rng, fake)), "\n4. Адрес ", (L, addr(rng, fake)), "\n",
        "5. № медицинской карты ", (MRN, card_no(rng, fake)), "\n6. СНИЛС ", (SN, snils_(rng, fake)), "\n",
        "7. Путевка № ", (MRN, voucher(rng, fake)), "  8. Срок лечения: с ", (D, st.strftime("%d.%m.%Y")),
        " на 18 дней\n", "9. Лечащий врач ", (P, shape_name(who(rng, fake), "F io")), "\n",
    )


def kcson_request(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    rel = who(rng, fake)
    return build(
        "Директору ГБУ «КЦСОН ", rng.choice(("Ленинского района", "г. Нерюнгри", "Альметьевского района")), "»\nот ",
        (P, shape_name(who_, "F I O", "gent")), ",\n", (D, dob(rng, fake)), " года рождения,\nпроживающ",
        "ей" if who_[3] else "его", " по адресу: ", (L, addr(rng, fake)), ",\nпаспорт ", (PAS, passport_(rng, fake)),
        ", тел. ", (PH, phone_(rng, fake)), "\n\nЗАЯВЛЕНИЕ\nПрошу предоставить мне социальные услуги в форме социального "
        "обслуживания на дому. Инвалидность ", rng.choice(("I", "II")), " группы (справка МСЭ № ", (MRN, mse_cert(rng, fake)),
        "). Ближайший родственник — ", (P, shape_name(rel, rng.choice(("F I O", "I O F")))), ", тел. ", (PH, phone_(rng, fake)),
        ".\nДата ", (D, _dt(rng, fake, "-1y")), "  Подпись ______\n",
    )


def sfr_letter(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "Отделение Фонда пенсионного и социального страхования РФ по ", rng.choice(("Республике Башкортостан",
                                                                                  "Новосибирской области", "г. Москве и Московской области")),
        "\nисх. № 02-14/", str(rng.randrange(1000, 99999)), " от ", date_fmt(rng, fake, ("dd.mm.yyyy",), "-1y"),
        "\nГлавному врачу ГАУЗ «Городская поликлиника № ", str(rng.randrange(1, 30)), "»\n\n"
        "В соответствии со ст. 11 Федерального закона от 24.11.1995 № 181-ФЗ просим предоставить сведения о "
        "выполнении мероприятий медицинской реабилитации ИПРА № ", (MRN, mse_protocol(rng, fake)), " в отношении ",
        (P, shape_name(who_, rng.choice(("F I O", "F io")), "gent")), ", ", (D, dob(rng, fake)), " г.р., СНИЛС ",
        (SN, snils_(rng, fake)), ", проживающ", "ей" if who_[3] else "его", " по адресу ", (L, addr(rng, fake)),
        ".\nОтвет направить по СМЭВ или на адрес ", (EM, email_(rng, fake)), ".\nИсполнитель: ",
        (P, shape_name(who(rng, fake), rng.choice(("F I O", "F io", "I F")))), ", тел. ", (PH, phone_(rng, fake)), "\n",
    )


def pfr_notice(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "УВЕДОМЛЕНИЕ\nУважаем", "ая" if who_[3] else "ый", " ", (P, shape_name(who_, "I O")), "!\n"
        "Сообщаем, что Вам, ", (P, shape_name(who_, "F I O", "datv")), ", назначена страховая пенсия по инвалидности с ",
        (D, date_fmt(rng, fake, ("dd.mm.yyyy", "d MG yyyy г."), "-2y")), " бессрочно. Выплатное дело № ",
        (MRN, pension_case(rng, fake)), ".\nСНИЛС ", (SN, snils_(rng, fake)), "; ИНН ", (INN, inn_(rng, fake)), ".\n",
        "Справки по тел. 8-800-100-00-01 (бесплатно).\n",
    )


def child_referral(rng: random.Random, fake: Any) -> Planted:
    kid = who(rng, fake)
    fem = kid[0] if kid[3] else kid[0] + ("а" if kid[0].endswith(("ов", "ев", "ин", "ын")) else "")
    mom = (fem, fake.first_name_female(), fake.middle_name_female(), True)
    return build(
        "Направление на МСЭ ребенка. ", (P, shape_name(kid, "F I O")), ", дата рождения ",
        (D, date_fmt(rng, fake, ("dd.mm.yyyy", "d MG yyyy г."), "-17y", "-1y")), ", свидетельство о рождении ",
        (MRN, birth_cert(rng, fake)), ".\nЗаконный представитель: мать ", (P, shape_name(mom, rng.choice(("F I O", "I O")))),
        ", паспорт ", (PAS, passport_(rng, fake)), ", тел. ", (PH, phone_(rng, fake)), ".\nОбучается в ГБОУ «Школа-интернат "
        "для детей с ОВЗ», ", (L, addr(rng, fake)), ".\nДиагноз: ", rng.choice(("G80.1", "Q90.0", "F84.0", "E10.7")),
        ". Ребенок-инвалид с ", (D, date_fmt(rng, fake, ("yyyy г.", "MG yyyy г.", "mm.yyyy"), "-10y", "-1y")), ".\n",
    )


def patient_appeal(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "Руководителю ФКУ «ГБ МСЭ»\n", "Я, ", (P, shape_name(who_, "F I O")), ", ", (D, dob(rng, fake)),
        " г.р., паспорт ", (PAS, passport_(rng, fake)), ", не согласна" if who_[3] else ", не согласен",
        " с решением бюро № ", str(rng.randrange(1, 40)), " от ", (D, _dt(rng, fake, "-1y")), " (акт № ",
        (MRN, mse_protocol(rng, fake)), ") и прошу провести освидетельствование в порядке обжалования. "
        "Проживаю: ", (L, addr(rng, fake)), ". Мой телефон ", (PH, phone_(rng, fake)), ", почта ",
        (EM, email_(rng, fake)), ".\n", (D, _dt(rng, fake, "-1y")), " /", (P, shape_name(who_, "F io")), "/\n",
    )


def home_survey(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "Акт обследования условий жизнедеятельности от ", (D, _dt(rng, fake, "-1y")), ". Обследуем", "ая" if who_[3] else "ый", ": ",
        (P, shape_name(who_, rng.choice(("F I O", "F io")))), ". Адрес: ", (L, addr(rng, fake)),
        ". Квартира на 4 этаже, лифта нет, пандус отсутствует. Проживает с сыном ",
        (P, shape_name(who(rng, fake), rng.choice(("I O", "I F", "F I O")), "ablt")), " (тел. ", (PH, phone_(rng, fake)),
        "). Обследование провела ", (P, shape_name(who(rng, fake), "F io")), ".",
    )


FORM_BLOCKS = (
    ("b44-blk-referral-088", referral_088_form), ("b44-blk-mse-act", mse_act), ("b44-blk-ipra-header", ipra_header),
    ("b44-blk-spravka-mse", spravka_mse), ("b44-blk-vk-protocol", vk_protocol_block), ("b44-blk-spa-card-072", spa_card_072),
    ("b44-blk-kcson-request", kcson_request), ("b44-blk-sfr-letter", sfr_letter), ("b44-blk-pfr-notice", pfr_notice),
    ("b44-blk-child-referral", child_referral), ("b44-blk-patient-appeal", patient_appeal),
    ("b44-blk-home-survey", home_survey),
)
