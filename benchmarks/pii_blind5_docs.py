"""Blind split 5: whole documents that plant several types at once (call card, outpatient card, MSE
referral, lab form, vaccination certificate, exchange card, prescription, police request, insurer's
letter, portal message, SMS, e-mail signature, handwriting transcript, translated foreign document,
consent, tax-deduction certificate)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind5_people import FULL, SHORT, person
from benchmarks.pii_blind5_places import address
from benchmarks.pii_blind5_values import date, email, inn, oms, passport, phone, record, snils, url
from benchmarks.pii_families import Planted

Maker = Callable[[random.Random, Any, str], str]


class Doc:
    """Text built piece by piece; ``v`` appends a value and records its gold span."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake, self.text, self.golds = rng, fake, "", []  # type: ignore[var-annotated]

    def t(self, *pieces: str) -> Doc:
        self.text += self.rng.choice(pieces)
        return self

    def v(self, kind: str, make: Maker, case: str = "nomn") -> Doc:
        value = make(self.rng, self.fake, case)
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


P, PH, EM, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"
BIRTH = date("num", "num", "num2", "word", old=True)
BIRTH_BARE = date("num", "num2", "word", old=True, bare=True)  # the frame adds "г.р." itself
RECENT = date("num", "word", "abbr")
STAMP = date("stamp")
NAME = person(*FULL)
SHORTNAME = person(*SHORT)
MOBILE = phone("mobile")
ADDR = address("city", "postal", "region", "rural")


def callcard(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ", "Карта вызова СМП (ф. 110/у) №", "Карта вызова № ")
    d.v(MRN, record("call")).t("\n").t("Принят вызов: ", "Время приёма вызова ", "1. Дата, время приёма: ").v(D, STAMP)
    d.t("\nАдрес вызова: ", "\n3. Адрес: ", "\nМесто вызова — ").v(L, address("city", "street", "rural"))
    d.t("\nФамилия, имя, отчество больного: ", "\n4. ФИО: ", "\nБольной: ").v(P, NAME)
    d.t(", возраст ", ", лет: ").t(str(rng.randint(1, 95))).t("\nВызывающий: ", "\nКто вызвал: ")
    d.t("родственник ", "сосед(ка) ", "").v(P, person("I", "F I", "F I O")).t(", тел. ", " т.", ", контактный телефон ").v(PH, MOBILE)
    if rng.random() < 0.6:
        d.t("\nПолис ОМС ", "\nПолис: ", "\nЕНП ").v(OMS, oms("plain", "quad"))
    return d.t("\nПовод к вызову: боль в груди.", "\nПовод: плохо с сердцем.", "").done()


def outpatient_title(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("МЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА, получающего медицинскую помощь в амбулаторных условиях № ",
                         "Медицинская карта (ф. 025/у) № ", "Амбулаторная карта №").v(MRN, record("amb"))
    d.t("\n1. Дата заполнения медицинской карты: ", "\nДата заполнения: ").v(D, RECENT)
    d.t("\n2. Фамилия, имя, отчество: ", "\nФ.И.О.: ").v(P, person("F I O", "F I O"))
    d.t("\n3. Пол: муж. - 1, жен. - 2\n4. Дата рождения: ", "\nПол: ж  Дата рождения: ", "\nДата рожд.: ").v(D, BIRTH)
    d.t("\n5. Место регистрации: ", "\nАдрес регистрации: ").v(L, ADDR)
    d.t("\nтелефон ", "\nТел.: ", " тел.").v(PH, phone("mobile", "city"))
    d.t("\n6. Полис ОМС: ", "\nПолис ОМС № ").v(OMS, oms("plain", "quad", "split"))
    d.t(" СНИЛС ", "\n7. СНИЛС: ", "\nСНИЛС ").v(SN, snils("std", "spaces"))
    if rng.random() < 0.5:
        d.t("\nДокумент, удостоверяющий личность: паспорт ", "\nПаспорт: ").v(PAS, passport("spaced", "joint", "numsign"))
    return d.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (форма 088/у)\n", "Направление на МСЭ\n")
    d.t("Дата выдачи направления: ", "1. Дата выдачи: ").v(D, RECENT)
    d.t("\n8. Фамилия, имя, отчество (при наличии) гражданина: ", "\nФИО гражданина: ").v(P, person("F I O"))
    d.t("\n9. Дата рождения: ", "\nДата рождения ").v(D, BIRTH)
    d.t("\n12. Адрес места жительства: ", "\nАдрес места жительства (пребывания): ").v(L, address("postal", "region", "rural", "lines"))
    d.t("\n14. Страховой номер индивидуального лицевого счета: ", "\nСНИЛС: ").v(SN, snils("std", "plain", "spaces"))
    d.t("\n13. Документ, удостоверяющий личность: паспорт гражданина Российской Федерации, серия ",
        "\nДУЛ: паспорт РФ ").v(PAS, passport("joint", "spaced", "words"))
    d.t(", выдан ", " выдан ").t("ОУФМС России по ", "ГУ МВД России по ", "ТП УФМС ").t("Тверской обл. ", "г. Москве ", "")
    d.v(D, date("num", "word")).t("\nЗаконный представитель: ", "\n15. Законный (уполномоченный) представитель: ")
    d.v(P, person("F I O", "F io")).t(", тел. ", " т. ").v(PH, MOBILE)
    return d.done()


def lab_form(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ООО «Лаборатория KDL» | ", "Медицинская лаборатория «Гемотест»\n", "ЛАБОРАТОРНЫЙ ЦЕНТР\n")
    d.t("Заказ № ", "ИНЗ: ", "Номер заявки ").v(MRN, record("lab")).t("\nПациент: ", "\nФИО: ", " Пациент ")
    d.v(P, person("F I O", "F io", "F I")).t("   Пол: Ж   Дата рождения: ", "\nДата рожд.: ", ", д.р. ").v(D, BIRTH)
    d.t("\nДата взятия биоматериала: ", "\nВзятие: ").v(D, STAMP).t("\nДата выдачи результата: ", "\nГотов: ").v(D, STAMP)
    d.t("\nНаправивший врач: ", "\nВрач: ").v(P, SHORTNAME)
    d.t("\nРезультаты онлайн: ", "\nПроверить результат: ", "\nСсылка на бланк: ").v(U, url("result"))
    if rng.random() < 0.6:
        d.t("\nКопия направлена на ", "\nОтправлено на e-mail: ").v(EM, email("plain"))
    return d.done()


def vaccination(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)\n", "Сертификат вакцинации\n")
    d.t("Фамилия, имя, отчество: ", "ФИО: ").v(P, NAME).t("\nГод рождения: ", "\nДата рождения: ").v(D, date("year", "num", old=True))
    d.t("\nАдрес: ", "\nМесто жительства: ").v(L, address("city", "street"))
    if rng.random() < 0.5:
        d.t("\nПаспорт: ", "\nДУЛ ").v(PAS, passport("spaced", "joint"))
    d.t("\nСНИЛС: ", "\nСНИЛС ").v(SN, snils("std", "plain")).t("\nПолис ОМС: ", "\nОМС ").v(OMS, oms("plain", "quad"))
    d.t("\nV1 Гам-КОВИД-Вак, серия II-620721, ", "\nКПК (Приорикс) V, ").v(D, date("num", "num2"))
    d.t("; V2 ", "\nRV: ").v(D, date("num", "num2")).t(", вакцинатор ", " м/с ").v(P, SHORTNAME)
    return d.done()


def exchange_card(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ОБМЕННАЯ КАРТА РОДИЛЬНОГО ДОМА (ф. 113/у)\n", "Обменная карта, часть 2\n")
    d.t("Ф.И.О. родильницы: ", "Мать: ").v(P, person("F I O", sex="f")).t(", ").v(D, date("year", "num", old=True))
    d.t("\nАдрес: ", "\nПроживает: ").v(L, address("city", "rural", "dorm"))
    d.t("\nРоды ", "\nДата и время родов: ").v(D, date("stamp")).t(", ", "; ").t("родилась живая доношенная девочка", "мальчик")
    d.t(", масса 3250 г.\nАкушерка ", ", масса 3480 г. Принимала роды ").v(P, person("F io", "F i o", "io F", sex="f"))
    d.t("\nИстория родов № ", "\nИ/р № ").v(MRN, record("hist")).t("\nОтец ребёнка: ", "\nМуж: ").v(P, person("F I O", "I F", sex="m"))
    d.t(", тел. ", " т.").v(PH, MOBILE)
    return d.done()


def prescription(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("РЕЦЕПТ (форма 107-1/у)\n", "Рецептурный бланк 148-1/у-88\n").t("Дата выдачи: ", "Дата: ").v(D, RECENT)
    d.t("\nФ.И.О. пациента: ", "\nПациент ").v(P, NAME).t("\nДата рождения ", "\nВозраст/д.р.: ").v(D, BIRTH)
    d.t("\n№ медицинской карты: ", "\nНомер мед. карты ").v(MRN, record("amb", "hist"))
    d.t("\nФ.И.О. лечащего врача: ", "\nВрач ").v(P, SHORTNAME).t("\nRp.: Tab. Metoprololi 50 mg N 30")
    if rng.random() < 0.5:
        d.t("\nСНИЛС ", "\nСНИЛС: ").v(SN, snils("std", "plain"))
    return d.done()


def police_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Главному врачу ГБУЗ «ГКБ № 15»\nЗАПРОС\n", "Начальнику ГБУЗ ЦРБ\nЗапрос о предоставлении сведений\n")
    d.t("В производстве ОД ОМВД находится материал проверки КУСП № 4512 от ", "В СО по г. Кинешма расследуется уголовное дело, возбуждённое ")
    d.v(D, RECENT).t(". Прошу предоставить сведения об обращении за медицинской помощью ", ". Прошу сообщить сведения об обращениях за медпомощью ")
    d.v(P, person("F I O", "F I O"), "gent").t(", ", " ").v(D, BIRTH_BARE).t(" г.р.", " года рождения")
    d.t(", зарегистрированного(ой) по адресу: ", ", проживающего(ей): ").v(L, address("city", "postal", "region"))
    d.t(".\nОтвет направить по адресу ", ".\nОтвет прошу направить на эл. почту ").v(EM, email("plain", "clinic"))
    d.t("\nУчастковый уполномоченный полиции ", "\nСледователь ").v(P, SHORTNAME).t(", тел. ", " т.").v(PH, phone("city", "mobile"))
    return d.done()


def insurer_letter(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("АО «СОГАЗ-Мед», филиал в Тверской области\n", "ООО «Капитал МС»\n", "Страховая медицинская организация «Ингосстрах-М»\n")
    d.t("Уважаемая ", "Уважаемый(ая) ").v(P, person("I O", "I O", "F I O")).t("!\n")
    d.t("Напоминаем, что Вы застрахованы в нашей компании, единый номер полиса ", "Ваш полис ОМС № ").v(OMS, oms("plain", "quad"))
    d.t(". По данным на ", ". По состоянию на ").v(D, RECENT).t(" Вам необходимо пройти диспансеризацию.")
    d.t("\nТелефон контакт-центра ", "\nГорячая линия ").v(PH, phone("city", "ext")).t(", сайт ", "; подробнее: ").v(U, url("bare", "gov"))
    d.t("\nСтраховой представитель ", "\nС уважением, ").v(P, SHORTNAME)
    return d.done()


def portal_message(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("От: ", "Отправитель: ", "From: ").v(P, person("F I O", "I F", "F I"))
    angle = rng.random() < 0.6
    d.t(" <" if angle else " (").v(EM, email("plain")).t(">\n" if angle else ")\n").t("Дата: ", "Отправлено: ").v(D, STAMP)
    d.t("\nТема: вопрос по анализам\n", "\nТема: запись\n").t("Здравствуйте! Я ", "Добрый день, это ")
    d.v(P, person("F I", "I F", "F I O")).t(", д.р. ", ", ").v(D, BIRTH).t(", карта № ", ", номер карты ").v(MRN, record("amb", "emk"))
    d.t(". Перезвоните мне, пожалуйста, по номеру ", ". Мой телефон ").v(PH, MOBILE).t(".", "")
    if rng.random() < 0.4:
        d.t(" Можно написать мне ВКонтакте: ", " Мой профиль: ").v(U, url("social"))
    return d.done()


def sms(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).v(P, person("I O", "I", "F I O", "I F")).t(", Вы записаны к ", ", запись к ")
    d.t("врачу-терапевту ", "неврологу ", "врачу ").v(P, person("F io", "F i o")).t(" на ", " ").v(D, STAMP)
    d.t(", каб. 214. Отмена: ", ". Перенести: ", ". Отменить запись: ").v(U, url("portal", "tele", "bare"))
    d.t(" или по тел. ", " тел. ", ", справки ").v(PH, phone("city", "mobile")).t(" ГП №3", "")
    return d.done()


def signature(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("--\nС уважением,\n", "С уважением, ", "Best regards,\n").v(P, person("I F", "F I O", "I O F", "F io"))
    d.t("\nврач-кардиолог, к.м.н.\n", "\nзаведующая отделением\n", "\nстарший администратор\n")
    d.t("ГБУЗ «ОКБ»\n", "Клиника «Здоровье+»\n").t("Тел.: ", "т. ", "моб. ").v(PH, phone("mobile", "ext"))
    d.t("\nE-mail: ", "\n", "\nпочта: ").v(EM, email("clinic", "plain")).t("\n", "\nСайт: ").v(U, url("bare", "portal"))
    return d.done()


def handwritten(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("[Расшифровка рукописной записи] ", "(рукописно, нечётко) ", "[скан, от руки] ")
    d.t("Пац-т ", "б-ной ", "б-ная ").v(P, person("F io", "F", "F I", "F jp"), "nomn").t(" ", ", ")
    d.v(D, date("num2", "num", old=True)).t(" г.р.", " г/р", "").t(" Дом. адр. ", " прож. ").v(L, address("city", "street"))
    d.t(" тел ", " т. ").v(PH, phone("letter_o", "mobile")).t(" [неразборчиво] ", " ").t("Осм. ", "Дата ").v(D, date("num2", "num"))
    return d.done()


def foreign(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Перевод с английского языка.\n", "Translation / Перевод\n", "Медицинское заключение (перевод)\n")
    d.t("Patient / Пациент: ", "Name: ").v(P, person("LATIN")).t("\nDate of birth / Дата рождения: ", "\nDOB: ")
    d.v(D, date("num", "iso", old=True)).t("\nPassport / Паспорт: ", "\nPassport No: ").v(PAS, passport("foreign", "foreign", "plain"))
    d.t("\nAddress / Адрес: ", "\nAddress: ").v(L, address("city", "postal", "abroad"))
    d.t("\nDate of admission: ", "\nДата госпитализации: ").v(D, date("num", "iso"))
    d.t("\nContact: ", "\nТел.: ").v(PH, phone("mobile", "cis"))
    return d.done()


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Выписной эпикриз. ", "ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ № ").v(MRN, record("hist")).t(". ")
    d.t("Пациент(ка) ", "Больной(ая) ", "").v(P, person("F I O", "F io")).t(", ").v(D, BIRTH_BARE)
    d.t(" г.р., проживающий(ая) по адресу ", " г.р., проживает: ", " г.р., адрес: ").v(L, address("city", "postal", "rural"))
    d.t(", находилась на лечении в терапевтическом отделении ", ", находился в стационаре ").v(D, date("range"))
    d.t(". Лечащий врач ", ". Врач: ").v(P, SHORTNAME).t(".")
    return d.done()


def consent(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\n", "Согласие на обработку персональных данных\n")
    d.t("Я, ", "Я, нижеподписавшийся(аяся) ").v(P, NAME).t(", ", " ").v(D, BIRTH_BARE).t(" года рождения, ", " г.р., ")
    d.t("паспорт ", "паспорт: серия ").v(PAS, passport("spaced", "joint", "numsign", "words")).t(", выдан ", " выдан ")
    d.v(D, date("num", "word")).t(", код подразделения ").t(f"{rng.randint(100, 999)}-{rng.randint(1, 99):03d}")
    d.t(", зарегистрированный(ая) по адресу: ", ", проживающий(ая): ").v(L, ADDR)
    d.t(", телефон ", ", тел. ").v(PH, MOBILE).t(", даю согласие ГБУЗ «ГП № 2» ...", ", даю своё согласие...")
    return d.done()


def tax_certificate(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("СПРАВКА об оплате медицинских услуг для представления в налоговые органы\n",
                         "Справка об оплате медицинских услуг (для ФНС)\n")
    given = rng.random() < 0.5
    d.t("Выдана налогоплательщику " if given else "Налогоплательщик: ").v(P, person("F I O"), "datv" if given else "nomn")
    d.t(", ИНН ", "\nИНН налогоплательщика: ").v(INN, inn("plain", "spaced"))
    d.t(", в том, что он(а) оплатил(а) медицинские услуги ", "\nОплачены услуги, оказанные ").v(P, person("F I O"), "datv")
    bracket = rng.random() < 0.4
    d.t(" (ИНН " if bracket else ", ИНН ").v(INN, inn("plain")).t(")" if bracket else "")
    d.t(", дата оплаты ", "\nДата оплаты: ").v(D, RECENT)
    return d.done()


DOCS: tuple[tuple[str, Callable[[random.Random, Any], Planted]], ...] = (
    ("b5-doc-callcard-110", callcard), ("b5-doc-outpatient-025", outpatient_title), ("b5-doc-mse-088", mse_referral),
    ("b5-doc-lab-commercial", lab_form), ("b5-doc-vaccination", vaccination), ("b5-doc-exchange-card", exchange_card),
    ("b5-doc-prescription", prescription), ("b5-doc-police-request", police_request), ("b5-doc-insurer-letter", insurer_letter),
    ("b5-doc-portal-message", portal_message), ("b5-doc-sms", sms), ("b5-doc-signature", signature),
    ("b5-doc-handwritten", handwritten), ("b5-doc-foreign", foreign), ("b5-doc-discharge", discharge_header),
    ("b5-doc-consent", consent), ("b5-doc-tax", tax_certificate),
)
