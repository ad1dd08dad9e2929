"""Blind split 39, short mixed fragments: a few values in one run of a clinical note (discharge
header, nursing entry, consultation, referral, sick leave, call card, death record) and the exports
systems write (HL7 v2, CSV, TSV, JSON, XML, key=value, fixed width)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from benchmarks.pii_blind39_vals import enp, inn, mail, num, passport, pers, place, snils, tel, when, who
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

PER, DT, LOC, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
MRN, OMS, SN, INN, PAS, EM = "MEDICAL_RECORD_NUMBER", "RU_OMS_POLICY", "RU_SNILS", "RU_INN", "RU_PASSPORT", "EMAIL_ADDRESS"


class Doc:
    """Text written piece by piece; values are kept as gold spans."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake, self.text, self.golds = rng, fake, "", []

    def t(self, piece: str) -> Doc:
        self.text += piece
        return self

    def v(self, kind: str, value: Any, case: str = "nomn") -> Doc:
        if callable(value):
            value = value(self.rng, self.fake, case)
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, len(self.text)))
        return self

    def c(self, *options: str) -> str:
        return self.rng.choice(options)

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


_FULL = pers("F I O", own=0.3)
_SHORT = pers("F io", "F i o", "F i.o", own=0.2)
_BIRTH = when("dd.mm.yyyy", "dd.mm.yyyy", "d MG yyyy", kind="birth")
_DAY = when("dd.mm.yyyy", "dd.mm.yy", "dd.mm.yyyy г.")
_MOB = tel("8-AAA-BBB-BB-BB", "+7 (AAA) BBB-BB-BB", "8AAABBBBBBB", "+7 AAA BBB BB BB", "8 (AAA) BBB BB BB")
_ADDR = place("г. {T}, {K} {S}, д. {N}, кв. {Q}", "{T}, {S} ул., {N}-{Q}", "{R}, {D} р-н, с. {V}, ул. {S}, д. {N}",
              "г. {T}, ул. {S}, {N}")
_SNILS = snils("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX XXX XXX XX")
_ENP = enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")


def stay(rng: random.Random, fake: Any, fmt: str) -> tuple[str, str]:
    """Two dates of one stay, the second 3 to 40 days after the first."""
    came = fake.date_between(start_date="-12y", end_date="-60d")
    left = came + timedelta(days=rng.randrange(3, 41))
    return came.strftime(fmt), left.strftime(fmt)


def discharge_head(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    head = d.c("ВЫПИСНОЙ ЭПИКРИЗ из истории болезни № ", "Выписной эпикриз (ИБ ", "ВЫПИСКА из медицинской карты № ")
    d.t(head).v(MRN, num("####/Y", "#####", "Y-#####")).t(")\n" if head.endswith("(ИБ ") else "\n")
    d.v(PER, _FULL).t(", ").v(DT, when("dd.mm.yyyy", "yyyy", kind="birth")).t(" г.р., находился(ась) на лечении в ")
    came, left = stay(rng, fake, d.c("%d.%m.%Y", "%d.%m.%y", "%d.%m.%Y г."))
    d.t(d.c("терапевтическом", "кардиологическом", "неврологическом")).t(" отделении с ").v(DT, came).t(" по ")
    return d.v(DT, left).t(".").done()


def nursing_entry(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.v(DT, when("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI", "dd.mm HH:MI")).t(d.c("  ", " ", "\n"))
    d.t("Состояние средней тяжести. АД 130/80 мм рт.ст., ЧСС 76, SpO2 96%. Жалоб нет. Стул был.")
    return d.t(d.c(" М/с ", "\nм/с ", " Медсестра: ")).v(PER, _SHORT).done()


def consult(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t(d.c("Консультация кардиолога от ", "Осмотр невролога ", "Консультация эндокринолога, ")).v(DT, _DAY).t(".\n")
    word, sex = d.c("Пациентка |f", "Пациент |m", "Больная |f", "Больной |m").split("|")
    d.t(word).v(PER, pers("F io", "F I O", sex=sex)).t(", 62 лет, осмотрен" + ("а" if sex == "f" else "") + " в палате.\n")
    d.t("Заключение: ИБС, стенокардия напряжения ФК II. Рекомендовано: бисопролол 5 мг утром.\n")
    return d.t(d.c("Врач-кардиолог ", "Консультант: ", "Врач ")).v(PER, _SHORT).done()


def relative_contact(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t(d.c("Контактное лицо: ", "Родственники: ", "Кого известить: "))
    word, sex = d.c("дочь — |f", "сын |m", "жена, |f", "мать |f", "муж — |m", "брат |m").split("|")
    d.t(word).v(PER, pers("F I O", "I O", "F I", sex=sex)).t(d.c(", тел. ", " т.", ", моб. "))
    return d.v(PH, _MOB).t(d.c(".", "", " (звонить днём)")).done()


def referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t("Направление № ").v(MRN, num("######", "##-####", "Y/####")).t(" от ").v(DT, _DAY)
    d.t(" на консультацию в ГАУЗ РКБ.\nПациент ").v(PER, _FULL).t(d.c(", полис ОМС ", "; ЕНП ", ", полис "))
    return d.v(OMS, _ENP).t(".").done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t(d.c("ЭЛН № ", "ЛН ", "Электронный листок нетрудоспособности № ")).v(MRN, num("9###########", "############"))
    came, left = stay(rng, fake, d.c("%d.%m.%Y", "%d.%m.%y"))
    d.t(" открыт ").v(DT, came).t(", продлён по ").v(DT, left).t(" ВК, председатель ")
    return d.v(PER, _SHORT).t(".").done()


def passport_line(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t(d.c("Паспорт ", "Паспорт РФ ", "паспорт: ")).v(PAS, passport("RR YY XXXXXX", "RRYY № XXXXXX", "RRYY XXXXXX"))
    d.t(" выдан ").v(DT, when("dd.mm.yyyy", "dd.mm.yyyy г.")).t(", код подразделения ")
    d.t(f"{rng.randrange(100, 999)}-{rng.randrange(0, 999):03d}").t(d.c(".\nЗарегистрирован: ", "; адрес регистрации: "))
    return d.v(LOC, _ADDR).done()


def insurance(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    sep = d.c(", ", "; ", "\n", " | ")
    d.t(d.c("Полис ОМС ", "ОМС: ", "полис ")).v(OMS, _ENP).t(sep).t(d.c("СНИЛС ", "СНИЛС: ", "снилс ")).v(SN, _SNILS)
    return d.t(sep).t(d.c("ИНН ", "ИНН: ")).v(INN, inn("XXXXXXXXXXXX")).done()


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    last, first, middle, female = who(rng, fake)
    born = fake.date_between(start_date="-90y", end_date="-1y")
    came = fake.date_between(start_date="-3y", end_date="today")
    d.t(f"MSH|^~\\&|MIS|GKB{rng.randrange(1, 70)}|LIS|LAB|||ADT^A01|{rng.randrange(10**5, 10**6)}|P|2.5\r")
    d.t("PID|1||").v(MRN, num("#######", "00######")).t("^^^MIS^MR~").v(SN, snils("XXXXXXXXXXX")).t("^^^PFR^SS||")
    d.v(PER, f"{last}^{first}^{middle}").t("||").v(DT, born.strftime("%Y%m%d")).t("|" + ("F" if female else "M") + "|||")
    d.v(LOC, place("{K} {S}, д. {N}, кв. {Q}^^{T}^^{P}^RU", "ул. {S} {N}^^{T}^^{P}")).t("||")
    d.v(PH, tel("8AAABBBBBBB", "+7AAABBBBBBB")).t("\rPV1|1|I|TER^12^3||||||||||||||||")
    return d.v(DT, came.strftime("%Y%m%d") + f"{rng.randrange(24):02d}{rng.randrange(60):02d}").done()


def csv_row(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    sep = d.c(";", ",", "\t")
    d.t(sep.join(("n_ib", "fio", "dr", "snils", "tel")) + "\n")
    d.v(MRN, num("#####", "####/Y")).t(sep).v(PER, pers("F I O", "F io")).t(sep).v(DT, when("dd.mm.yyyy", "yyyy-mm-dd", kind="birth"))
    return d.t(sep).v(SN, snils("XXX-XXX-XXX XX", "XXXXXXXXXXX")).t(sep).v(PH, tel("8AAABBBBBBB", "+7AAABBBBBBB")).done()


def json_rec(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t('{"patientId": "').v(MRN, num("P########", "########")).t('", "fullName": "').v(PER, _FULL)
    d.t('", "birthDate": "').v(DT, when("yyyy-mm-dd", kind="birth")).t('", "address": "').v(LOC, _ADDR)
    return d.t('", "enp": "').v(OMS, enp("XXXXXXXXXXXXXXXX")).t('", "diagnosis": "I11.9"}').done()


def xml_rec(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t("<Patient>\n  <CardNumber>").v(MRN, num("##-####", "######")).t("</CardNumber>\n  <FIO>").v(PER, _FULL)
    d.t("</FIO>\n  <Passport>").v(PAS, passport("RR YY XXXXXX", "RRYY XXXXXX")).t("</Passport>\n  <Email>")
    return d.v(EM, mail()).t("</Email>\n</Patient>").done()


def key_value(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    sep = d.c(" ", "; ", "\n", "&")
    d.t("pid=").v(MRN, num("#######", "A######")).t(sep + "dob=").v(DT, when("yyyy-mm-dd", "dd.mm.yyyy", kind="birth"))
    d.t(sep + "phone=").v(PH, tel("+7AAABBBBBBB", "8AAABBBBBBB")).t(sep + "email=").v(EM, mail())
    return d.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t(f"{'№ ИБ':<10}{'ФИО':<32}{'Д/Р':<12}ПОЛИС\n")
    mrn = num("#####/Y", "######")(rng, fake, "nomn")
    name = pers("F io", "F I O")(rng, fake, "nomn")
    dob = when("dd.mm.yyyy", kind="birth")(rng, fake, "nomn")
    d.v(MRN, mrn).t(" " * max(1, 10 - len(mrn))).v(PER, name).t(" " * max(1, 32 - len(name))).v(DT, dob).t("  ")
    return d.v(OMS, enp("XXXXXXXXXXXXXXXX")).done()


def lab_label(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.v(MRN, num("##########", "Y#######")).t("\n").v(PER, pers("F io", "F I O", own=0.3), "nomn").t("  ")
    d.v(DT, when("dd.mm.yyyy", "dd.mm.yy", kind="birth")).t(d.c("\nОАК, ЭДТА  взят ", "\nБиохимия  взят: ", "\nКоагулограмма "))
    return d.v(DT, when("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI")).done()


def call_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t("Карта вызова № ").v(MRN, num("###", "####", "##-###")).t(". Вызов принят ").v(DT, when("dd.mm.yyyy HH:MI"))
    d.t(d.c(". Адрес: ", ", адрес вызова: ", "\nАдрес: ")).v(LOC, _ADDR).t(d.c(", подъезд 2. Вызывает ", ". Вызвал(а) "))
    word, sex = d.c("дочь |f", "сосед |m", "жена |f", "|", "соседка |f").split("|")
    d.t(word).v(PER, pers("F I O", "I O", "F", sex=sex)).t(", тел. ")
    return d.v(PH, _MOB).done()


def death_record(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t("Смерть констатирована ").v(DT, when("dd.mm.yyyy HH:MI", "dd.mm.yyyy г. HH:MI", "dd.mm.yy HH.MI"))
    d.t(" дежурным врачом ").v(PER, pers("F io", "F I O", own=0.2), "ablt").t(". Тело направлено в ПАО, направление № ")
    return d.v(MRN, num("###", "####/Y")).t(".").done()


def tsv_export(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t("Фамилия\tИмя\tОтчество\tСНИЛС\tЕНП\n")
    last, first, middle, _ = who(rng, fake)
    d.v(PER, last).t("\t").v(PER, first).t("\t").v(PER, middle).t("\t").v(SN, _SNILS).t("\t")
    return d.v(OMS, enp("XXXXXXXXXXXXXXXX")).done()


def social(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    who_, sex, whose = d.c("Социальный анамнез: пенсионерка, живёт с дочерью (|f|дочери", "Живёт с сыном (|m|сына",
                           "Проживает с внучкой (|f|внучки").split("|")
    d.t(who_).v(PER, pers("I O", "I", "F I O", sex=sex)).t(d.c(") по адресу ", ") — ")).v(LOC, _ADDR)
    d.t(d.c(f". Тел. {whose} ", ", конт. тел. "))
    return d.v(PH, _MOB).t(".").done()


def contacts_line(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t(d.c("Контакты: ", "Связь: ", "Для связи: ")).v(PH, _MOB).t(d.c(", ", "; ", " / "))
    return d.v(EM, mail()).t(d.c("", ".", " (предпочитает почту)")).done()


def inn_snils_work(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake)
    d.t("Для ЭЛН: СНИЛС ").v(SN, _SNILS).t(", работает ").t(d.c("водителем", "учителем", "продавцом"))
    d.t(", ИНН работодателя ").v(INN, inn("XXXXXXXXXX")).t(d.c(".", "; ИНН пациента "))
    if d.text.endswith("пациента "):
        d.v(INN, inn("XXXXXXXXXXXX"))
    return d.done()


_BLOCKS: tuple[tuple[str, Callable[[random.Random, Any], Planted]], ...] = (
    ("discharge-head", discharge_head), ("nursing-entry", nursing_entry), ("consult", consult),
    ("relative-contact", relative_contact), ("referral", referral), ("sick-leave", sick_leave),
    ("passport-line", passport_line), ("insurance", insurance), ("hl7-pid", hl7_pid), ("csv-row", csv_row),
    ("json", json_rec), ("xml", xml_rec), ("key-value", key_value), ("fixed-width", fixed_width),
    ("lab-label", lab_label), ("call-card", call_card), ("death-record", death_record), ("tsv", tsv_export),
    ("social", social), ("contacts-line", contacts_line), ("inn-snils-work", inn_snils_work),
)
BLOCKS_39: list[BlockFamily] = [BlockFamily(f"b39-blk-{name}", HELDOUT, make) for name, make in _BLOCKS]
