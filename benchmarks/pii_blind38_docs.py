"""Paper documents of blind split 38: the forms, protocols and letters that travel with a patient
between a district hospital, the regional centre, a federal centre and the МСЭ bureau."""

from __future__ import annotations

from typing import Any

from benchmarks.pii_blind38_gen import (
    CITIZENSHIP,
    DOC_SHAPES,
    STAMPS,
    TOWNISH,
    Doc,
    bdate,
    edate,
    email,
    enp,
    foreign_phone,
    inn,
    link,
    mrn,
    name_parts,
    ocr,
    oms,
    passport,
    person,
    phone,
    pick,
    place,
    snils,
)
from benchmarks.pii_families import Planted

R = Any
CENTRES = ("ФГБУ «НМИЦ онкологии им. Н.Н. Петрова» Минздрава России", "ФГБУ «НМИЦ кардиологии им. ак. Е.И. Чазова»",
           "ФГБУ «НМИЦ ТО им. Р.Р. Вредена»", "ФГБУ «НМИЦ здоровья детей»", "ФГБУ «ФЦССХ» (г. Красноярск)",
           "ФГАУ «НМИЦ нейрохирургии им. ак. Н.Н. Бурденко»", "ФГБУ «НМИЦ им. В.А. Алмазова»")
SENDERS = ("ГБУЗ «Усть-Майская ЦРБ»", "ГБУ РС(Я) «Республиканская больница № 1 – НЦМ»", "КГБУЗ «Краевая клиническая больница»",
           "ГБУЗ ЯНАО «Тазовская ЦРБ»", "ГАУЗ «Областная клиническая больница»", "ГБУЗ «Агинская окружная больница»")


def P(rng: R, fake: R, case: str = "nomn", shapes: tuple[str, ...] = ("F I O",), caps: bool = False,
      female: bool | None = None) -> str:
    return person(rng, fake, case, shapes, caps=caps, female=female)


def _sep(rng: R) -> str:
    return pick(rng, ": ", ": ", " — ", " ", ":\t", " - ")


def vmp_referral(rng: R, fake: R) -> Planted:
    """Form 057/у-04 for high-tech care, the lines in a shuffled-but-usual order."""
    caps = rng.random() < 0.3
    doc = Doc().t("НАПРАВЛЕНИЕ" if caps else "Направление", " на госпитализацию для оказания ВМП № ")
    doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ref")).t(" от ").v("DATE_TIME", edate(rng, fake)).t("\n")
    doc.t("Куда: ", rng.choice(CENTRES), "\n")
    s = _sep(rng)
    doc.t("1. Фамилия, имя, отчество", s).v("PERSON", P(rng, fake, caps=caps)).t("\n")
    doc.t("2. Дата рождения", s).v("DATE_TIME", bdate(rng, fake)).t("\n")
    doc.t("3. Адрес постоянного места жительства", s).v("LOCATION", place(rng, fake)).t("\n")
    lines = [("4. Номер полиса ОМС", "RU_OMS_POLICY", enp(rng, fake)), ("5. СНИЛС", "RU_SNILS", snils(rng, fake)),
             ("6. Паспорт", "RU_PASSPORT", passport(rng, fake))]
    if rng.random() < 0.5:
        lines.reverse()
    for label, kind, value in lines:
        doc.t(label, s).v(kind, value).t("\n")
    doc.t("7. Код диагноза по МКБ-10", s, pick(rng, "C18.7", "I25.1", "M16.1", "Q21.1"), "\n")
    doc.t("Лечащий врач", s).v("PERSON", P(rng, fake, shapes=DOC_SHAPES)).t(", тел. ").v("PHONE_NUMBER", phone(rng, fake))
    return doc.t("\nРуководитель МО ______ ").v("PERSON", P(rng, fake, shapes=("F io", "io F"))).done()


def vmp_talon(rng: R, fake: R) -> Planted:
    """A printout of the ВМП talon from the federal system."""
    doc = Doc().t("Талон на оказание ВМП № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "talon"))
    doc.t("\nДата создания: ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "DD.MM.YYYY hh:mm")))
    fem = rng.random() < 0.5
    doc.t("\nПациент: ").v("PERSON", P(rng, fake, caps=rng.random() < 0.5, female=fem))
    doc.t("\nПол: ", "Ж" if fem else "М", "   Дата рождения: ").v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY",)))
    doc.t("\nСНИЛС: ").v("RU_SNILS", snils(rng, fake)).t("   Полис ОМС: ").v("RU_OMS_POLICY", enp(rng, fake))
    doc.t("\nАдрес: ").v("LOCATION", place(rng, fake))
    doc.t("\nЭтап: ", pick(rng, "Решение ОУЗ субъекта", "Лист ожидания", "Госпитализирован", "Оказана ВМП"))
    doc.t("\nОтветственный: ").v("PERSON", P(rng, fake, shapes=("F I O", "F io")))
    return doc.t(", ").v("PHONE_NUMBER", phone(rng, fake, "city")).done()


def vk_protocol(rng: R, fake: R) -> Planted:
    doc = Doc().t("Протокол № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "vk"))
    doc.t(" заседания врачебной комиссии от ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "D MG YYYY г."))).t("\n")
    doc.t("Председатель: зам. главного врача ").v("PERSON", P(rng, fake, shapes=DOC_SHAPES)).t(".\nЧлены комиссии: ")
    doc.v("PERSON", P(rng, fake, shapes=("F io",))).t(", ").v("PERSON", P(rng, fake, shapes=("F io", "F i o"))).t(".\n")
    fem = rng.random() < 0.5
    doc.t("Рассмотрен вопрос о направлении ").v("PERSON", P(rng, fake, "gent", ("F I O", "F io"), female=fem))
    doc.t(", ").v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY", "YYYY"))).t(" г.р., проживающ", "ей" if fem else "его")
    doc.t(" по адресу: ").v("LOCATION", place(rng, fake))
    doc.t(", на оказание высокотехнологичной медицинской помощи в ", rng.choice(CENTRES), ". ")
    doc.t("Решение: направить; пакет документов передать ", pick(rng, "в МЗ РС(Я)", "в ОУЗ"), " до ")
    return doc.v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "D MG"))).t(".").done()


def tmk_protocol(rng: R, fake: R) -> Planted:
    doc = Doc().t(pick(rng, "ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ", "Заключение по результатам ТМК"), " № ")
    doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "tmk")).t("\nФормат: врач – врач, ", pick(rng, "отложенная", "неотложная", "плановая, в режиме реального времени"))
    doc.t("\nДата и время: ").v("DATE_TIME", edate(rng, fake, STAMPS))
    doc.t("\nКонсультирующая МО: ", rng.choice(CENTRES), "\nКонсультант: ").v("PERSON", P(rng, fake, shapes=DOC_SHAPES))
    doc.t("\nЗапрашивающая МО: ", rng.choice(SENDERS), ", лечащий врач ").v("PERSON", P(rng, fake, shapes=DOC_SHAPES))
    doc.t("\nПациент: ").v("PERSON", P(rng, fake, shapes=("F I O", "F io"))).t(", ")
    doc.v("DATE_TIME", bdate(rng, fake)).t(", и/б № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ib"))
    doc.t("\nПредставленные материалы: выписка, КТ (")
    doc.v("URL", link(rng, fake)).t(").\nЗаключение: показано оперативное лечение в условиях федерального центра.")
    return doc.done()


def air_card(rng: R, fake: R) -> Planted:
    doc = Doc().t("КАРТА ВЫЗОВА САНИТАРНОЙ АВИАЦИИ № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "call"))
    doc.t("\nПринят: ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY hh:mm", "hh:mm DD.MM.YYYY")))
    doc.t("\nМесто вызова: ").v("LOCATION", place(rng, fake, TOWNISH)).t(", ЦРБ")
    doc.t("\nВызывающий: дежурный врач ").v("PERSON", P(rng, fake, shapes=("F io", "F")))
    doc.t(", тел. ").v("PHONE_NUMBER", phone(rng, fake, "city"))
    doc.t("\nБольной: ").v("PERSON", P(rng, fake, shapes=("F I O", "F I O", "F io"), caps=rng.random() < 0.3))
    doc.t(", ", str(rng.randrange(18, 90)), " лет\nБригада: врач ").v("PERSON", P(rng, fake, shapes=("F io",)))
    doc.t(", фельдшер ").v("PERSON", P(rng, fake, shapes=("F io", "F")))
    doc.t("\nВС: Ми-8 АМТ, вылет ").v("DATE_TIME", edate(rng, fake, ("DD.MM hh:mm", "DD.MM.YYYY hh:mm")))
    return doc.t(", посадка ", f"{rng.randrange(24):02d}:{rng.randrange(60):02d}").done()


def transfer_epicrisis(rng: R, fake: R) -> Planted:
    doc = Doc().t("Переводной эпикриз.\n").v("PERSON", P(rng, fake, shapes=("F I O", "F io")))
    doc.t(", ").v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY", "YYYY"))).t(" г.р., житель ")
    doc.v("LOCATION", place(rng, fake, ("{K} {V}", "{K} {V} {Dg} района", "г. {T}"))).t(", находился в ОАР ")
    doc.t(rng.choice(SENDERS), " с ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "DD.MM")))
    doc.t(" (и/б ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ib")).t("). ")
    doc.t("Проведена ТМК с РЦМК, перевод согласован с ").v("PERSON", P(rng, fake, "ablt", DOC_SHAPES))
    doc.t(" (тел. ").v("PHONE_NUMBER", phone(rng, fake)).t("). ")
    doc.t("Транспортабелен. Переводится ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY в hh:mm", "DD.MM.YY hh:mm")))
    return doc.t(" реанимобилем в сопровождении ").v("PERSON", P(rng, fake, "gent", ("F io", "io F"))).t(".").done()


def mse_referral(rng: R, fake: R) -> Planted:
    """Form 088/у: referral to medical-social expertise."""
    s = _sep(rng)
    doc = Doc().t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ref"))
    doc.t("\nДата выдачи", s).v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY",)))
    doc.t("\n8. Фамилия, имя, отчество гражданина", s).v("PERSON", P(rng, fake))
    doc.t("\n9. Дата рождения", s).v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY",)))
    doc.t("\n11. Адрес места жительства", s).v("LOCATION", place(rng, fake))
    doc.t("\n13. Документ, удостоверяющий личность: паспорт гражданина РФ", s).v("RU_PASSPORT", passport(rng, fake))
    doc.t("\n14. СНИЛС", s).v("RU_SNILS", snils(rng, fake))
    doc.t("\n15. Полис ОМС", s).v("RU_OMS_POLICY", oms(rng, fake))
    if rng.random() < 0.5:
        doc.t("\n12. Законный представитель", s).v("PERSON", P(rng, fake)).t(", паспорт ").v("RU_PASSPORT", passport(rng, fake))
    doc.t("\n16. Контакт: тел. ").v("PHONE_NUMBER", phone(rng, fake)).t(", e-mail ").v("EMAIL_ADDRESS", email(rng, fake))
    doc.t("\n20. Место работы: ООО «", fake.last_name_male(), "», ИНН ").v("RU_INN", inn(rng, fake, 10))
    doc.t("\n22. ЭЛН № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "eln"))
    doc.t(" открыт ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY",)))
    return doc.t("\nПредседатель ВК ").v("PERSON", P(rng, fake, shapes=("F io", "io F"))).done()


def ipra_extract(rng: R, fake: R) -> Planted:
    doc = Doc().t("Выписка из ИПРА инвалида № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ipra"))
    doc.t(", выданной ФКУ «ГБ МСЭ по ", pick(rng, "Забайкальскому краю", "Республике Тыва", "Иркутской области"), "» ")
    doc.v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "D MG YYYY г."))).t("\nФИО: ").v("PERSON", P(rng, fake))
    doc.t("; дата рождения: ").v("DATE_TIME", bdate(rng, fake)).t("; СНИЛС ").v("RU_SNILS", snils(rng, fake))
    doc.t("\nИнвалидность ", pick(rng, "I", "II", "III"), " группы, ", pick(rng, "бессрочно", "на 1 год"))
    doc.t("; протокол МСЭ № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "mse")).t(".\nАдрес: ")
    return doc.v("LOCATION", place(rng, fake)).done()


def guarantee_letter(rng: R, fake: R) -> Planted:
    """Regional health ministry to a federal centre: travel paid, patient and escort named."""
    doc = Doc().t("Министерство здравоохранения ", pick(rng, "Республики Тыва", "Камчатского края", "Чукотского АО"))
    fem = rng.random() < 0.5
    doc.t(" гарантирует оплату проезда к месту лечения ").v("PERSON", P(rng, fake, "gent", female=fem))
    doc.t(", ").v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY",))).t(" г.р. (паспорт ").v("RU_PASSPORT", passport(rng, fake))
    doc.t("), проживающ", "ей" if fem else "его", " по адресу: ").v("LOCATION", place(rng, fake))
    doc.t(", и сопровождающего лица ").v("PERSON", P(rng, fake, "gent", ("F I O", "F io")))
    doc.t(" (паспорт ").v("RU_PASSPORT", passport(rng, fake)).t("), талон ВМП № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "talon"))
    doc.t(".\nИсполнитель: ").v("PERSON", P(rng, fake, shapes=("F I O", "F io", "I O F")))
    return doc.t(", ").v("PHONE_NUMBER", phone(rng, fake, "city")).t(", ").v("EMAIL_ADDRESS", email(rng, fake)).done()


def child_transfer(rng: R, fake: R) -> Planted:
    doc = Doc().t("Ребенок: ").v("PERSON", P(rng, fake)).t(", дата рождения ").v("DATE_TIME", bdate(rng, fake, child=True))
    doc.t("\nСвидетельство о рождении ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "birth"))
    doc.t(", полис ОМС ").v("RU_OMS_POLICY", enp(rng, fake)).t(", СНИЛС ").v("RU_SNILS", snils(rng, fake))
    doc.t("\nМать: ").v("PERSON", person(rng, fake, "nomn", ("F I O", "F I O", "F I"), female=True))
    doc.t(", паспорт ").v("RU_PASSPORT", passport(rng, fake)).t(", тел. ").v("PHONE_NUMBER", phone(rng, fake, "mobile"))
    doc.t("\nАдрес: ").v("LOCATION", place(rng, fake)).t("\nПереводится в ", rng.choice(CENTRES), " (ТМК № ")
    return doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "tmk")).t(").").done()


def foreign_patient(rng: R, fake: R) -> Planted:
    fem = rng.random() < 0.4
    country = rng.choice(tuple(CITIZENSHIP))
    last, first, middle, _ = name_parts(rng, fake, fem, people=CITIZENSHIP[country])
    shown = " ".join(x for x in (last, first, middle if rng.random() < 0.7 else "") if x)
    doc = Doc().t("Пациентка " if fem else "Пациент ").v("PERSON", shown.upper() if rng.random() < 0.2 else shown)
    doc.t(", гражданка " if fem else ", гражданин ", country, ", ").v("DATE_TIME", bdate(rng, fake))
    doc.t(".\nНациональный паспорт ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "fpass"))
    doc.t(", миграционная карта ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "migr"))
    doc.t(".\nАдрес пребывания: ").v("LOCATION", place(rng, fake, ("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S}, {N}")))
    surname = last[:-1] if fem and last.endswith(("ва", "на")) else last
    brother_name = name_parts(rng, fake, False, people=CITIZENSHIP[country])[1]
    if brother_name == first:
        brother_name = name_parts(rng, fake, False, people=CITIZENSHIP[country])[1]
    brother = f"{surname} {brother_name}"
    doc.t(".\nРодственники: брат ").v("PERSON", brother).t(", тел. ").v("PHONE_NUMBER", foreign_phone(rng, fake, country))
    doc.t(".\nПолис ОМС ").v("RU_OMS_POLICY", enp(rng, fake)).t(" (выдан как работающему по патенту).")
    return doc.done()


def return_letter(rng: R, fake: R) -> Planted:
    fem = rng.random() < 0.5
    doc = Doc().t("Главному врачу ", rng.choice(SENDERS), "\n\nИнформируем, что ")
    doc.v("PERSON", P(rng, fake, shapes=("F I O", "F io"), female=fem))
    doc.t(", ").v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY", "YYYY"))).t(" г.р., направленн", "ая" if fem else "ый", " вами по талону ")
    doc.v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "talon")).t(", выписан(а) " if rng.random() < 0.3 else ", выписан " if not fem else ", выписана ").v("DATE_TIME", edate(rng, fake, ("D MG YYYY г.", "DD.MM.YYYY")))
    doc.t(". ЭЛН ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "eln")).t(" продлён по ").v("DATE_TIME", edate(rng, fake, ("DD.MM.YYYY", "DD.MM")))
    doc.t(". Контрольная ТМК через 3 месяца. Лечащий врач ").v("PERSON", P(rng, fake, shapes=DOC_SHAPES))
    return doc.t(", ").v("EMAIL_ADDRESS", email(rng, fake)).done()


def handover_act(rng: R, fake: R) -> Planted:
    doc = Doc().t("АКТ приёма-передачи пациента при межбольничном переводе\n")
    doc.t("Пациент: ").v("PERSON", P(rng, fake, caps=rng.random() < 0.4)).t("   И/Б ").v("MEDICAL_RECORD_NUMBER", mrn(rng, fake, "ib"))
    doc.t("\nСдал: ").v("PERSON", P(rng, fake, shapes=("F io", "F i o"))).t("  ").v("DATE_TIME", edate(rng, fake, STAMPS[:3]))
    doc.t("\nПринял: ").v("PERSON", P(rng, fake, shapes=("F io", "io F"))).t("  ").v("DATE_TIME", edate(rng, fake, ("hh:mm DD.MM.YYYY", "DD.MM.YYYY hh:mm")))
    return doc.t("\nДокументы: выписка, КТ на диске, направление, копия паспорта.").done()


def fax_scan(rng: R, fake: R) -> Planted:
    """A faxed referral run through OCR: noise in the labels and spacing, values intact."""
    doc = Doc().t(ocr(rng, "ФАКС  стр. 1 из 3\nКому: отделение организации ВМП\nОт: "), rng.choice(SENDERS), "\n")
    doc.t(ocr(rng, "Пациент: ")).v("PERSON", P(rng, fake, caps=rng.random() < 0.5))
    doc.t(ocr(rng, " Дата рожд.: ")).v("DATE_TIME", bdate(rng, fake, ("DD.MM.YYYY", "DD.MM.YY")))
    doc.t(ocr(rng, "\nПолис: ")).v("RU_OMS_POLICY", enp(rng, fake)).t(ocr(rng, "  СНИЛС: ")).v("RU_SNILS", snils(rng, fake))
    doc.t(ocr(rng, "\nПроживает: ")).v("LOCATION", place(rng, fake))
    doc.t(ocr(rng, "\nИсп. ")).v("PERSON", P(rng, fake, shapes=("F io", "F"))).t(ocr(rng, " тел/факс "))
    return doc.v("PHONE_NUMBER", phone(rng, fake, "city")).done()


DOC_MAKERS = {
    "vmp-referral-057": vmp_referral, "vmp-talon-print": vmp_talon, "vk-protocol-prose": vk_protocol,
    "tmk-protocol": tmk_protocol, "air-ambulance-card": air_card, "transfer-epicrisis": transfer_epicrisis,
    "mse-referral-088": mse_referral, "ipra-extract": ipra_extract, "guarantee-letter": guarantee_letter,
    "child-transfer": child_transfer, "foreign-patient": foreign_patient, "return-letter": return_letter,
    "handover-act": handover_act, "fax-scan-ocr": fax_scan,
}
