"""Blind split 42, short mixed fragments (1/2): headers and paragraphs of discharge summaries,
referrals, sick leaves, operation protocols, nursing hand-overs, consultations and consents."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_blind42_gen import (
    build,
    enp_v,
    ident,
    inn_v,
    names,
    passport_v,
    place,
    snils_v,
    tel,
    when,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
S, INN_T, PS, OMS_T, M = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"

_FIO = names("F I O", "F I O", "F io", ethnic=0.25)
_DOC = names("F io", "F i_o", "io F", ethnic=0.15)
_DATE = when("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy}г.", "{d} {MG} {yyyy} г.", "{dd}.{mm}.{yy}")
_BORN = when("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy} г.", "{d} {MG} {yyyy} г.", born=True)
_ADDR = place("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, {V}, ул. {S}, д. {N}", "{T}, {St}, {N}-{Q}")
_MOB = tel("+7 (MMM) XXX-XX-XX", "8-MMM-XXX-XX-XX", "8 MMM XXX XX XX", "8MMMXXXXXXX")
_SNILS = snils_v("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX")
_ENP = enp_v("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
_PASS = passport_v("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX")


def _v(maker: Any, rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return maker(rng, fake, case)


def _stay(rng: random.Random, fake: Any) -> tuple[str, str]:
    """Admission and discharge (or death) dates of one stay, in one layout, in order."""
    start = fake.date_between(start_date="-10y", end_date="-30d")
    end = start + timedelta(days=rng.randrange(1, 28))
    layout = rng.choice(("%d.%m.%Y", "%d.%m.%Y", "%d.%m.%y", "%d.%m.%Yг."))
    return start.strftime(layout), end.strftime(layout)


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\n", "\n", "; "))
    start, end = _stay(rng, fake)
    return build(
        "ВЫПИСНОЙ ЭПИКРИЗ\nИз медицинской карты стационарного больного № ", (M, _v(ident("ZXXXX", "ZXXXX/y"), rng, fake)), sep,
        "ФИО: ", (P, _v(_FIO, rng, fake)), sep, "Дата рождения: ", (D, _v(_BORN, rng, fake)), sep,
        "Находился(ась) на лечении в терапевтическом отделении с ", (D, start), " по ", (D, end),
        sep, "Диагноз: ИБС. Стенокардия напряжения ФК II.")


def referral_057(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Направление на госпитализацию, обследование, консультацию (форма 057/у-04) № ",
        (M, _v(ident("ZXXXXX", "ZX-XXXX"), rng, fake)), "\n",
        "1. Номер страхового полиса ОМС ", (OMS_T, _v(_ENP, rng, fake)), "\n",
        "2. Код льготы ____ 3. СНИЛС ", (S, _v(_SNILS, rng, fake)), "\n",
        "4. Фамилия, имя, отчество ", (P, _v(names("F I O", ethnic=0.2), rng, fake)), "\n",
        "5. Дата рождения ", (D, _v(_BORN, rng, fake)), "\n",
        "6. Адрес постоянного места жительства ", (L, _v(_ADDR, rng, fake)), "\n",
        "7. Место работы, должность: пенсионер\n8. Обоснование направления: плановое эндопротезирование.")


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Сформирован ЭЛН № ", (M, _v(ident("9ZXXXXXXXXXX", "ZXXXXXXXXXXX"), rng, fake)), " с ", (D, _v(_DATE, rng, fake)),
        ". Место работы: ООО «Стройинвест», ИНН работодателя ", (INN_T, _v(inn_v("XXXXXXXXXX"), rng, fake)),
        ". Причина нетрудоспособности: 01 (заболевание). Врач ", (P, _v(_DOC, rng, fake)), ".")


def operation_protocol(rng: random.Random, fake: Any) -> Planted:
    return build(
        "ПРОТОКОЛ ОПЕРАЦИИ № ", (M, _v(ident("ZXX", "ZXXX", "ZXX/y"), rng, fake)), "\n",
        "Пациент: ", (P, _v(_FIO, rng, fake)), ", и/б № ", (M, _v(ident("ZXXXX", "ZXXXX/y"), rng, fake)), "\n",
        "Дата операции: ", (D, _v(when("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy}г."), rng, fake)),
        " Начало 10:15, окончание 11:40\nОперация: лапароскопическая холецистэктомия.\n",
        "Хирург: ", (P, _v(_DOC, rng, fake)), "\nАссистент: ", (P, _v(_DOC, rng, fake)),
        "\nАнестезиолог: ", (P, _v(_DOC, rng, fake)), "\nОперационная м/с: ", (P, _v(names("F io", "F", sex="f"), rng, fake)))


def nursing_handover(rng: random.Random, fake: Any) -> Planted:
    nurse = names("F io", "F", "F I", ethnic=0.2, lower=0.2, sex="f")
    return build(
        "Пост сдала м/с ", (P, _v(nurse, rng, fake)), ", приняла м/с ", (P, _v(nurse, rng, fake)),
        ". Пациентка ", (P, _v(names("F I O", "F io", ethnic=0.2, sex="f"), rng, fake)),
        ", палата 12, состояние средней тяжести, ночью спала, АД 130/80. Родственники (тел. ",
        (PH, _v(_MOB, rng, fake)), ") извещены.")


def consultation(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Консультация кардиолога\nПациент ", (P, _v(_FIO, rng, fake)), ", ",
        (D, _v(when("{yyyy}", born=True), rng, fake)), " г.р., полис ОМС ", (OMS_T, _v(_ENP, rng, fake)),
        "\nЖалобы на перебои в работе сердца. ЭКГ: фибрилляция предсердий.\n",
        "Рекомендовано: варфарин под контролем МНО. Консультант ", (P, _v(_DOC, rng, fake)))


def consent(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Я, ", (P, _v(names("F I O", ethnic=0.25), rng, fake)), ", паспорт ", (PS, _v(_PASS, rng, fake)),
        ", проживающий(ая) по адресу: ", (L, _v(_ADDR, rng, fake)),
        ", даю информированное добровольное согласие на виды медицинских вмешательств.\n",
        "Дата ", (D, _v(when("{dd}.{mm}.{yyyy}", "«{dd}» {MG} {yyyy} г."), rng, fake)), "   Подпись ________")


def smp_card(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Карта вызова № ", (M, _v(ident("ZXXX", "ZXXXX"), rng, fake)), ". Адрес вызова: ",
        (L, _v(place("ул. {S}, д. {N}, кв. {Q}", "{St}, {N}-{Q}", "{V}, ул. {S}, {N}"), rng, fake)),
        ". Вызывал сын, ", (P, _v(names("I", "I O", "F I", sex="m"), rng, fake)), ", тел. ", (PH, _v(_MOB, rng, fake)),
        ". Время вызова ", (D, _v(when("{dd}.{mm}.{yyyy} {hh}:{mi}", "{hh}:{mi} {dd}.{mm}.{yy}"), rng, fake)), ".")


def lab_requisition(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Заявка на лабораторное исследование\nОбразец № ", (M, _v(ident("ZXXXXXXXXX", "y-ZXXXXX"), rng, fake)),
        "\nПациент: ", (P, _v(names("F I O", "F io", ethnic=0.25), rng, fake)),
        "\nДата и время забора: ", (D, _v(when("{dd}.{mm}.{yyyy} {hh}:{mi}"), rng, fake)),
        "\nВрач: ", (P, _v(_DOC, rng, fake)), "\nИсследование: ОАК, биохимия, коагулограмма")


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Пациент ", (P, _v(names("F I O", "F I", ethnic=1.0), rng, fake)),
        ", гражданин Республики Таджикистан, паспорт ", (M, _v(ident("WXXXXXXX", "ZXXXXXXXX"), rng, fake)),
        ", миграционная карта ", (M, _v(ident("ZXXX XXXXXXX", "ZXXX № XXXXXXX"), rng, fake)),
        ". Полиса ОМС нет, помощь оказана в экстренной форме. Контакт работодателя: ",
        (PH, _v(_MOB, rng, fake)), ".")


def death_note(rng: random.Random, fake: Any) -> Planted:
    came, died = _stay(rng, fake)
    return build(
        "Посмертный эпикриз. Больная ", (P, _v(names("F I O", ethnic=0.2, sex="f"), rng, fake)), ", ",
        (D, _v(when("{yyyy}", born=True), rng, fake)), " г.р., поступила ",
        (D, came), ". Несмотря на проводимую терапию, ", (D, f"{died} {rng.randrange(24):02d}:{rng.randrange(60):02d}"),
        " констатирована биологическая смерть. Тело передано родственнику (",
        (P, _v(names("F I O", "F io"), rng, fake)), ", паспорт ", (PS, _v(_PASS, rng, fake)), ").")


def patient_registration(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Регистрация в поликлинике: ", (P, _v(names("F I O", ethnic=0.2, caps=0.3), rng, fake)),
        "\nСНИЛС ", (S, _v(_SNILS, rng, fake)), "   ИНН ", (INN_T, _v(inn_v("XXXXXXXXXXXX"), rng, fake)),
        "\nЕНП ", (OMS_T, _v(_ENP, rng, fake)), "\nАмб. карта ", (M, _v(ident("ZXXXX", "ZXXXX/y"), rng, fake)),
        "\nУчасток 14, прикреплен по заявлению.")


BLOCKS_A: list[BlockFamily] = [
    BlockFamily("b42-block-discharge-header", HELDOUT, discharge_header),
    BlockFamily("b42-block-referral-057", HELDOUT, referral_057),
    BlockFamily("b42-block-sick-leave", HELDOUT, sick_leave),
    BlockFamily("b42-block-operation-protocol", HELDOUT, operation_protocol),
    BlockFamily("b42-block-nursing-handover", HELDOUT, nursing_handover),
    BlockFamily("b42-block-consultation", HELDOUT, consultation),
    BlockFamily("b42-block-consent", HELDOUT, consent),
    BlockFamily("b42-block-smp-card", HELDOUT, smp_card),
    BlockFamily("b42-block-lab-requisition", HELDOUT, lab_requisition),
    BlockFamily("b42-block-foreign-patient", HELDOUT, foreign_patient),
    BlockFamily("b42-block-death-note", HELDOUT, death_note),
    BlockFamily("b42-block-registration", HELDOUT, patient_registration),
]
