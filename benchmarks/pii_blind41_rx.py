"""Multi-value fragments of blind split 41 around prescriptions and pharmacies: blanks 107-1/у,
148-1/у-88, 148-1/у-04(л) and 107/у-НП, subsidised supply (ЛЛО) registers, pharmacy journals,
SMS notices and the exports (CSV, fixed width, JSON, XML, HL7, key=value) of e-prescription systems."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind41_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, PS, OMS, MRN, EM, URL = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER", "EMAIL_ADDRESS", "URL"
DRUGS = ("Метформин 850 мг № 60", "Инсулин гларгин 100 ЕД/мл 3 мл № 5", "Бисопролол 5 мг № 30", "Трамадол 50 мг № 20",
         "Феназепам 1 мг № 50", "Морфин 10 мг/мл 1 мл № 10", "Аторвастатин 20 мг № 30", "Клопидогрел 75 мг № 28",
         "Прегабалин 150 мг № 56", "Леветирацетам 500 мг № 60")


def rx_107(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Министерство здравоохранения Российской Федерации\nКод формы по ОКУД 3108805\n"
                    "Медицинская документация\nФорма № 107-1/у\n\nРЕЦЕПТ\n(взрослый, детский — нужное подчеркнуть)\n")
    doc.v(D, g.dt(rng, fake, "recent", ("quoted", "quoted2", "numg")))
    doc.t("\nФамилия, инициалы имени и отчества (последнее — при наличии) пациента ").v(P, g.who(rng, fake, "nomn", ("F io", "F i o", "F I O")))
    doc.t(rng.choice(("\nДата рождения ", "\nДата рождения пациента: "))).v(D, g.dt(rng, fake, "birth", ("num", "short")))
    doc.t("\nФамилия, инициалы имени и отчества лечащего врача ").v(P, g.who(rng, fake, "nomn", ("F io", "F i o")))
    doc.t(f"\nRp.: {rng.choice(DRUGS)}\nD.S. по 1 т. 2 р/д\n\nПодпись и печать лечащего врача ______\n"
          "Рецепт действителен в течение 60 дней, до 1 года (___________)")
    return doc.done()


def rx_148_l(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Форма № 148-1/у-04 (л)\nКод медицинской организации 1027700132195\nКод категории граждан 081   "
                    "Код нозологической формы (по МКБ-10) E11.9\nИсточник финансирования: федеральный бюджет   % оплаты: 100%\n"
                    "РЕЦЕПТ Серия ")
    doc.t(f"{rng.randrange(10, 99)}-{rng.randrange(19, 26)} № ").v(MRN, g.d(rng, rng.choice((6, 7, 8))))
    doc.t(" ").v(D, g.dt(rng, fake, "recent", ("quoted", "numg", "num")))
    doc.t("\nФ.И.О. пациента ").v(P, g.who(rng, fake, "nomn", ("F I O", "FU IOU", "F io")))
    doc.t("\nДата рождения ").v(D, g.dt(rng, fake, "birth", ("num", "short", "numg")))
    doc.t("\nСНИЛС ").v(SN, g.snils(rng))
    doc.t("\nN полиса обязательного медицинского страхования ").v(OMS, g.enp(rng))
    doc.t(rng.choice(("\nN медицинской карты пациента, получающего медицинскую помощь в амбулаторных условиях ",
                      "\nАдрес или N медицинской карты ")))
    doc.v(MRN, g.card(rng))
    doc.t("\nФ.И.О. лечащего врача ").v(P, g.who(rng, fake, "nomn", ("F io", "F I O")))
    doc.t(f"\nRp: {rng.choice(DRUGS)}\nРецепт действителен в течение 30 дней")
    return doc.done()


def rx_148_88(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Форма № 148-1/у-88\nРЕЦЕПТ серия ").t(f"{rng.randrange(1000, 9999)} № ").v(MRN, g.d(rng, 6))
    doc.t("\n").v(D, g.dt(rng, fake, "recent", ("quoted", "numg")))
    doc.t(" (дата выписки рецепта)\nФ.И.О. больного ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t("\nВозраст ").t(rng.choice(("48 лет", "71 год", "63 г.", "55")))
    if rng.random() < 0.5:
        doc.t(rng.choice(("\nАдрес или № медицинской карты амбулаторного больного ", "\nАдрес больного: ")))
        doc.v(L, g.addr(rng, fake, rng.choice(("town", "short", "rev"))))
    else:
        doc.t(rng.choice(("\nАдрес или № медицинской карты амбулаторного больного ", "\n№ мед. карты ")))
        doc.v(MRN, g.card(rng))
    doc.t("\nФ.И.О. врача ").v(P, g.who(rng, fake, "nomn", ("F io", "io F")))
    doc.t("\nRp.: Tab. Phenazepami 0,001 N 50\nS. по 1 таб. на ночь\nМ.П.  Подпись врача")
    return doc.done()


def rx_narcotic(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Специальный рецептурный бланк на наркотическое средство или психотропное вещество\nФорма № 107/у-НП\n"
                    "Серия ").v(MRN, f"{rng.choice(('АА', 'ВН', 'КР', 'СМ'))} {g.d(rng, 7)}")
    doc.t("\nДата выписки ").v(D, g.dt(rng, fake, "recent", ("quoted", "words", "num")))
    doc.t("\nФ.И.О. пациента ").v(P, g.who(rng, fake, "nomn", ("F I O",)))
    doc.t("\nВозраст: ").t(f"{rng.randrange(30, 90)}\n№ медицинской карты ").v(MRN, g.card(rng))
    doc.t("\nФ.И.О. лечащего врача ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t("\nRp.: Sol. Morphini hydrochloridi 1% 1 ml\nD.t.d. N 10 in amp.\nS. по 1 мл п/к при болях\n"
          "Подпись руководителя МО (уполномоченного лица) ").v(P, g.who(rng, fake, "nomn", ("F io", "io F")))
    return doc.done()


def llo_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    doc = g.Doc().t(sep.join(("ФИО", "Дата рождения", "СНИЛС", "ЕНП", "Код льготы", "Рецепт", "Дата выписки", "Статус")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(P, g.who(rng, fake, "nomn", ("F I O", "FU I O", "F io"))).t(sep)
        doc.v(D, g.dt(rng, fake, "birth", ("num", "iso"))).t(sep)
        doc.v(SN, g.snils(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))).t(sep)
        doc.v(OMS, g.enp(rng, "XXXXXXXXXXXXXXXX")).t(sep + rng.choice(("081", "030", "062", "1003")) + sep)
        doc.v(MRN, f"{rng.randrange(10, 99)}-{rng.randrange(20, 26)}-{g.d(rng, 7)}").t(sep)
        doc.v(D, g.dt(rng, fake, "recent", ("num", "iso"))).t(sep + rng.choice(("обслужен", "отсрочен", "не обслужен")) + "\n")
    return doc.done()


def llo_fixed(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("РЕЕСТР ВЫПИСАННЫХ ЛЬГОТНЫХ РЕЦЕПТОВ  (фрагмент)\n"
                    "СНИЛС          ФАМИЛИЯ И.О.             Д/Р        СЕРИЯ-НОМЕР      ДАТА ВЫП.\n")
    for _ in range(rng.randrange(2, 4)):
        s = g.snils(rng, "XXXXXXXXXXX")
        name = g.who(rng, fake, "nomn", ("FU io", "F io")).upper()
        born = g.dt(rng, fake, "birth", ("num",))
        rx = f"{rng.randrange(10, 99)}{rng.randrange(20, 26)}{g.d(rng, 8)}"
        when = g.dt(rng, fake, "recent", ("short",))
        doc.v(SN, s).t("    ").v(P, name).t(" " * max(1, 25 - len(name))).v(D, born).t(" ").v(MRN, rx).t("   ")
        doc.v(D, when).t("\n")
    return doc.done()


def narcotic_journal(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Журнал регистрации операций, связанных с оборотом наркотических средств\n"
                    "Наименование: Трамадол р-р д/ин 50 мг/мл 2 мл\nРАСХОД: ")
    doc.v(D, g.dt(rng, fake, "recent", ("num", "short"))).t(" | рецепт серия ")
    doc.t(f"{rng.choice(('АВ', 'ЕН', 'РМ'))} № ").v(MRN, g.d(rng, 7))
    doc.t(" | пациент: ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t(" | получатель: ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t(rng.choice((", паспорт ", ", пасп. ", " (паспорт серия ")))
    doc.v(PS, g.passport(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX", "XXXX № XXXXXX"))))
    doc.t(rng.choice((" | отпущено 5 амп. | ", ") | 5 амп. | ")))
    doc.t("провизор ").v(P, g.who(rng, fake, "nomn", ("F io",))).t(" ______")
    return doc.done()


def sms_notice(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t(rng.choice(("SMS -> ", "Отправлено SMS на ", "[СМС-рассылка] номер ")))
    doc.v(T, g.phone(rng, ("+79AABBBCCDD", "79AABBBCCDD", "89AABBBCCDD")))
    doc.t(": Уважаемый(ая) ").v(P, g.who(rng, fake, "nomn", ("I O", "F io", "I O")))
    doc.t(rng.choice(("! Препарат по рецепту № ", ", лекарство по льготному рецепту №")))
    doc.v(MRN, g.rx_number(rng)).t(" поступил в аптеку. Получить до ").v(D, g.dt(rng, fake, "recent", ("num", "dm")))
    doc.t(". Справки по тел. ").v(T, g.phone(rng, ("8 (AAA) BBB-CC-DD", "8-800-BBB-CC-DD")))
    return doc.done()


def erx_json(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t('{"recipe": {"series": "').t(f"{rng.randrange(10, 99)}-{rng.randrange(20, 26)}").t('", "number": "')
    doc.v(MRN, g.d(rng, 8)).t('", "issueDate": "').v(D, g.dt(rng, fake, "recent", ("iso",)))
    doc.t('", "form": "148-1/у-04(л)"},\n "patient": {"fio": "').v(P, g.who(rng, fake, "nomn", ("F I O",)))
    doc.t('", "birthDate": "').v(D, g.dt(rng, fake, "birth", ("iso", "num")))
    doc.t('", "snils": "').v(SN, g.snils(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))
    doc.t('", "enp": "').v(OMS, g.enp(rng, "XXXXXXXXXXXXXXXX")).t('", "privilegeCode": "')
    doc.t(rng.choice(("081", "030", "075"))).t('"},\n "doctor": {"fio": "').v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t('", "snils": "').v(SN, g.snils(rng, "XXXXXXXXXXX")).t('"}}')
    return doc.done()


def erx_xml(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, _ = g._parts(rng, fake)
    doc = g.Doc().t("<Prescription>\n  <Number>").v(MRN, f"{g.d(rng, 4)}{g.d(rng, 10)}").t("</Number>\n  <Date>")
    doc.v(D, g.dt(rng, fake, "recent", ("iso",))).t("</Date>\n  <Patient>\n    <Family>").v(P, last).t("</Family>\n    <Given>")
    doc.v(P, first).t("</Given>\n    <Patronymic>").v(P, middle).t("</Patronymic>\n    <BirthDate>")
    doc.v(D, g.dt(rng, fake, "birth", ("iso",))).t("</BirthDate>\n    <Snils>").v(SN, g.snils(rng, "XXXXXXXXXXX"))
    doc.t("</Snils>\n    <Address>").v(L, g.addr(rng, fake, rng.choice(("full", "town"))))
    doc.t("</Address>\n  </Patient>\n  <Drug code=\"21.20.10.232\">Бисопролол</Drug>\n</Prescription>")
    return doc.done()


def hl7_rde(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = g._parts(rng, fake)
    cr = rng.choice(("\r", "\n", "\r\n"))
    doc = g.Doc().t("MSH|^~\\&|MIS|GP12|APTEKA|LLO|").v(D, g.dtime(rng, fake, ("hl7",))).t("||RDE^O11|")
    doc.t(g.d(rng, 6)).t("|P|2.5" + cr + "PID|1||").v(MRN, g.mis_id(rng)).t("^^^MIS^MR~").v(SN, g.snils(rng, "XXXXXXXXXXX"))
    doc.t("^^^PFR^SNILS||").v(P, f"{last}^{first}^{middle}").t("||").v(D, g.dt(rng, fake, "birth", ("compact",)))
    doc.t("|" + ("F" if female else "M") + "|||").v(L, g.addr(rng, fake, "town").replace(", ", "^", 1)).t("||")
    doc.v(T, g.phone(rng, ("89AABBBCCDD", "+79AABBBCCDD"))).t(cr + "ORC|NW|").v(MRN, g.rx_number(rng))
    doc.t(cr + "RXE|^^^Метформин 850мг|850||мг")
    return doc.done()


def kv_log(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().v(D, g.dtime(rng, fake, ("b", "a"))).t(" INFO dispense.service ")
    doc.t("event=DISPENSED rx=").v(MRN, g.rx_number(rng)).t(" patient=\"").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")))
    doc.t("\" snils=").v(SN, g.snils(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX")))).t(" enp=")
    doc.v(OMS, g.enp(rng, "XXXXXXXXXXXXXXXX")).t(" qty=2 pharmacist=").v(P, g.who(rng, fake, "nomn", ("F io",)).replace(" ", "_"))
    doc.t(" store=APT-014")
    return doc.done()


def delivery_request(rng: random.Random, fake: Any) -> Planted:
    doc = g.Doc().t("Заявка на доставку лекарственных препаратов на дом (маломобильный пациент)\nПациент: ")
    doc.v(P, g.who(rng, fake, "nomn", ("F I O", "F io"))).t(", ").v(D, g.dt(rng, fake, "birth", ("num", "short", "year")))
    doc.t(rng.choice((" г.р.", " года рождения", ""))).t("\nАдрес доставки: ").v(L, g.addr(rng, fake))
    doc.t(rng.choice(("\nподъезд 2, домофон не работает", "", "\n(этаж 5, без лифта)")))
    doc.t("\nТелефон: ").v(T, g.phone(rng)).t(rng.choice((", доп. ", "; родственник: ")))
    doc.v(T, g.phone(rng, ("8 (AAA) BBB-CC-DD", "+7 9AA BBB CC DD")))
    doc.t("\nСНИЛС: ").v(SN, g.snils(rng)).t("\nРецепты: № ").v(MRN, g.rx_number(rng)).t(", № ").v(MRN, g.rx_number(rng))
    doc.t("\nСоциальный работник ").v(P, g.who(rng, fake, "nomn", ("F I O", "I F")))
    return doc.done()


def ocr_blank(rng: random.Random, fake: Any) -> Planted:
    """A scanned 148-1/у-04(л) with OCR slips (0/O, 1/l, spaces lost)."""
    def noisy(s: str) -> str:
        return s.replace("0", rng.choice(("0", "O", "0"))).replace("1", rng.choice(("1", "l", "1")))

    doc = g.Doc().t("Ф0рма № 148-1/у-04 (л)  Kод категории граждан 0б2\nPЕЦЕПТ Cерия ").t(f"{rng.randrange(10, 99)}-2{rng.randrange(0, 6)} №")
    doc.v(MRN, noisy(g.d(rng, 7))).t(" ").v(D, noisy(g.dt(rng, fake, "recent", ("quoted", "num"))))
    doc.t("\nФ.И.0. пациента ").v(P, g.who(rng, fake, "nomn", ("F I O", "F io")).replace("о", rng.choice(("о", "o"))))
    doc.t("\nСНИЛC ").v(SN, noisy(g.snils(rng, "XXX-XXX-XXX XX")))
    doc.t("\nN пoлиса ОМС ").v(OMS, noisy(g.enp(rng, "XXXXXXXXXXXXXXXX")))
    doc.t("\nДата рожд ения ").v(D, noisy(g.dt(rng, fake, "birth", ("num",))))
    return doc.done()


RX_BLOCKS: list[BlockFamily] = [BlockFamily(f"b41-{name}", HELDOUT, make) for name, make in (
    ("rx-107-1u", rx_107), ("rx-148-04l", rx_148_l), ("rx-148-88", rx_148_88), ("rx-narcotic-107np", rx_narcotic),
    ("llo-register-csv", llo_csv), ("llo-register-fixed", llo_fixed), ("narcotic-journal", narcotic_journal),
    ("sms-deferred", sms_notice), ("erx-json", erx_json), ("erx-xml", erx_xml), ("hl7-rde", hl7_rde),
    ("dispense-kv-log", kv_log), ("home-delivery", delivery_request), ("ocr-148-blank", ocr_blank),
)]
