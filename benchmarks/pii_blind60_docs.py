"""Block families of split 60, part 1: short mixed fragments of Russian clinical paperwork (several values)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_blind60_gen import (
    addr_val,
    date_val,
    digits_val,
    email_val,
    inn_val,
    oms_val,
    passport_val,
    pers,
    phone_any,
    snils_val,
    url_val,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Maker, Planted


class Doc:
    """Text with gold spans, built piece by piece."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake = rng, fake
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, piece: str) -> Doc:
        self.text += piece
        return self

    def v(self, kind: str, make: Maker, case: str = "nomn") -> Doc:
        value = make(self.rng, self.fake, case)
        return self.raw(kind, value)

    def raw(self, kind: str, value: str) -> Doc:
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, start + len(value)))
        return self

    def period(self, start_word: str = " с ", end_word: str = " по ") -> Doc:
        """Two ordered dates of one stay or sick leave, the second sometimes without the year."""
        first = self.fake.date_between(start_date="-3y", end_date="-30d")
        last = first + timedelta(days=self.rng.randrange(2, 25))
        full = self.rng.choice(("%d.%m.%Y", "%d.%m.%y", "%d.%m.%Yг."))
        self.t(start_word).raw("DATE_TIME", first.strftime(self.rng.choice((full, "%d.%m"))))
        return self.t(end_word).raw("DATE_TIME", last.strftime(full))

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


P, T, E, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
S, INN, PS, OMS, M = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"

FIO = pers("F I O", caps=0.2)
DOC_NAME = pers("F io", "io F", "F i o")
NURSE = pers("F io", "F", "F i o", sex="f")
BIRTH = date_val("dd.mm.yyyy", "dd.mm.yy", "d MG yyyy", "dd.mm.yyyy", birth=True)
DAY = date_val("dd.mm.yyyy", "dd.mm.yy", "d.mm.yyyy", "dd.mm")
ADDR = addr_val("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} {N}-{Q}", "{RV}, {V}, ул. {S}, {N}",
                "{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}")
PHONE = phone_any()
SNILS = snils_val("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX")
ENP = oms_val("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
MRN = digits_val("NXXXX", "NXXXX/YY", "NXXXXX", "NXXX-YY")
ORG_PHONES = ("8-800-200-03-89", "8 (843) 231-20-00", "103", "112", "8 (8722) 67-12-30", "8-800-100-47-10")


def _discharge(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ").v(M, MRN)
    doc.t("\nФ.И.О.: ").v(P, FIO).t(", ").v(D, BIRTH).t(rng.choice((" г.р.", "", " (д.р.)")))
    doc.t("\nАдрес: ").v(L, ADDR)
    doc.t("\nНаходился на лечении в 2 кардиологическом отделении").period()
    doc.t(rng.choice(("\nДиагноз: I11.9 ГБ II ст., риск 3. ХСН IIА, ФК 2. Койко-дней: 11.",
                      "\nОсн.: I25.2 ПИКС (2 г.). ФП, пароксизм. АД при выписке 125/80.")))
    doc.t("\nРекомендовано наблюдение участкового терапевта, контроль ОАК через 10 дней.")
    doc.t("\nЛечащий врач ").v(P, DOC_NAME).t("   Зав. отделением ").v(P, DOC_NAME)
    return doc.done()


def _referral(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("НАПРАВЛЕНИЕ (ф. 057/у-04) № ").v(M, digits_val("NXXX-XXXXXX", "NXXXXX"))
    doc.t("\nна госпитализацию в ГБУЗ РКБ, отделение: нефрология\n1. Полис ОМС: ").v(OMS, ENP)
    doc.t("  СНИЛС: ").v(S, SNILS).t("\n2. Код льготы: 081\n3. ФИО: ").v(P, FIO)
    doc.t("\n4. Дата рождения: ").v(D, BIRTH).t("\n5. Адрес постоянного места жительства: ").v(L, ADDR)
    doc.t("\n6. Место работы: не работает, пенсионер\n7. Диагноз: N18.4 ХБП С4, рСКФ 22 мл/мин")
    doc.t("\nВрач ").v(P, DOC_NAME).t("  тел. регистратуры ").t(rng.choice(ORG_PHONES))
    return doc.done()


def _ambulance(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("КАРТА ВЫЗОВА СМП № ").v(M, digits_val("NXXX", "NXXXX", "NXX-YY")).t("   бр. ")
    doc.t(f"{rng.randrange(1, 40)}\nПринят: ").v(D, date_val("dd.mm.yyyy HH:MM", "dd.mm HH:MM"))
    doc.t("\nАдрес вызова: ").v(L, addr_val("{T}, ул. {S}, д. {N}, кв. {Q}, под. 2, эт. 5", "{V}, ул. {S}, {N}",
                                           "ул. {S} {N}-{Q}"))
    doc.t("\nФамилия, имя, отчество больного: ").v(P, pers("F I O", "F I", caps=0.5)).t(f", {rng.randrange(18, 95)} лет")
    doc.t("\nВызывает: ").t(rng.choice(("сын", "соседка", "сам", "жена"))).t(", тел. ").v(T, PHONE)
    doc.t(f"\nПовод: боль в груди. АД {rng.randrange(90, 220)}/{rng.randrange(50, 120)}, ЧСС {rng.randrange(50, 140)}, "
          f"SpO2 {rng.randrange(85, 100)}%, глюкоза {rng.randrange(4, 20)},{rng.randrange(10)}")
    doc.t("\nФельдшер: ").v(P, DOC_NAME)
    return doc.done()


def _lab(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t(rng.choice(("КДЛ ГКБ №7\n", "ИНВИТРО-ЛАБ\n", "Лаборатория ЦРБ\n")))
    doc.t("Заявка/проба № ").v(M, digits_val("NXXXXXXXXX", "NXXXXXXX")).t("\nПациент: ").v(P, pers("F I O", "F io", caps=0.3))
    doc.t(rng.choice(("   Д/р: ", "  дата рожд.: "))).v(D, BIRTH)
    doc.t("\nВзятие: ").v(D, date_val("dd.mm.yyyy HH:MM", "dd.mm.yy HH:MM"))
    doc.t(f"\nГемоглобин {rng.randrange(70, 170)} г/л (120-160)\nЛейкоциты {rng.randrange(2, 20)},{rng.randrange(10)} 10^9/л")
    doc.t(f"\nСРБ {rng.randrange(1, 200)} мг/л\nКреатинин {rng.randrange(50, 400)} мкмоль/л")
    doc.t("\nВрач КЛД ").v(P, DOC_NAME)
    return doc.done()


def _sick_leave(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Листок нетрудоспособности (ЭЛН) № ").v(M, digits_val("9XXXXXXXXXXX", "NXXXXXXXXXXX"))
    doc.t("\nПервичный. ").v(P, pers("F I O", "F I", caps=0.4)).t(", СНИЛС ").v(S, SNILS)
    doc.t("\nМесто работы: ООО «Агрохолдинг Юг», ИНН 0562049183")
    doc.t("\nОсвобождение от работы:").period(" с ", " по ").t(", врач ").v(P, DOC_NAME)
    doc.t("\nКод причины 01, МКБ не указывается.")
    return doc.done()


def _handover(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Передача смены, 2 хир. отд., ")
    doc.v(D, date_val("dd.mm.yyyy", "dd.mm", "d MG")).t(". Всего 28, тяжелых 2.\n")
    for ward in rng.sample(range(1, 16), 3):
        doc.t(f"пал. {ward} — ").v(P, pers("F io", "F", "F I", lower=0.2)).t(", ")
        doc.t(rng.choice(("2 сут. п/о, дренаж 50 мл", "t 38,4, анальгин 2,0 в/м", "АД 160/90, каптоприл 25 мг",
                          "отказ от еды, ЧДД 24")))
        if rng.random() < 0.4:
            doc.t(", просили звонить родственникам ").v(T, PHONE)
        doc.t(";\n")
    doc.t("Сдала м/с ").v(P, NURSE).t(", приняла м/с ").v(P, NURSE)
    return doc.done()


def _contract(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("ДОГОВОР на оказание платных медицинских услуг\nЗаказчик: ").v(P, FIO)
    doc.t("\nпаспорт: ").v(PS, passport_val("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX")).t(" выдан ")
    doc.t(rng.choice(("МВД по Республике Татарстан ", "ТП УФМС России по РД в Кизлярском р-не ", "ОВД Советского р-на "))).v(D, DAY)
    doc.t(", код подр. 160-00" + str(rng.randrange(10)))
    doc.t("\nЗарегистрирован(а): ").v(L, ADDR).t("\nИНН: ").v(INN, inn_val("XXXXXXXXXXXX"))
    doc.t("\nТел.: ").v(T, PHONE).t("  e-mail: ").v(E, email_val())
    doc.t("\nСтоимость: 4 800 руб. (УЗИ ОБП + консультация гастроэнтеролога)")
    return doc.done()


def _consult(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Консультация онколога (ТМК). Пациент ").v(P, pers("F I O", "F io")).t(", ")
    doc.t(f"{rng.randrange(30, 85)} л., и/б ").v(M, MRN)
    doc.t(". КТ ОГК: очаг S6 справа 14 мм, снимки: ").v(U, url_val("pacs", "disk"))
    doc.t("\nЗаключение направить врачу ").v(P, DOC_NAME, "datv").t(" на ").v(E, email_val())
    doc.t(". Повторно через 3 мес. с ПЭТ-КТ.")
    return doc.done()


def _certificate(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("МЕДИЦИНСКАЯ СПРАВКА (врачебное профессионально-консультативное заключение) ф. 086/у\n")
    doc.t("Выдана ").v(P, FIO, "datv").t(", дата рождения ").v(D, BIRTH)
    doc.t(",\nпроживающему(ей) по адресу: ").v(L, ADDR).t("\nв том, что противопоказаний к обучению не выявлено.")
    doc.t("\nФлюорография от ").v(D, DAY).t(" № ").v(M, digits_val("NXXX", "NXXX/YY")).t(" — норма.")
    doc.t("\nВрач ").v(P, DOC_NAME).t(" М.П.")
    return doc.done()


def _outpatient(rng: random.Random, fake: Any) -> Planted:
    doc = Doc(rng, fake).t("Прием терапевта ").v(D, date_val("dd.mm.yyyy", "dd.mm.yy HH:MM"))
    doc.t(". ").v(P, pers("F io", "F I O", lower=0.1)).t(", а/к ").v(M, digits_val("NXXXX", "NXXXX-YY"))
    doc.t(f". Жалобы на головную боль, АД {rng.randrange(130, 200)}/{rng.randrange(80, 115)}. Болеет ГБ {rng.randrange(2, 25)} лет.")
    doc.t(" Амлодипин 5 мг утром. Явка ").v(D, date_val("dd.mm", "d MG", "dd.mm.yyyy"))
    doc.t(". Связь: ").v(T, PHONE).t(rng.choice((".", " (дочь).", "; полис ")))
    if doc.text.endswith("полис "):
        doc.v(OMS, ENP).t(".")
    return doc.done()


BLOCKS_A: list[BlockFamily] = [
    BlockFamily("b60-blk-discharge", HELDOUT, _discharge),
    BlockFamily("b60-blk-referral-057", HELDOUT, _referral),
    BlockFamily("b60-blk-ambulance-card", HELDOUT, _ambulance),
    BlockFamily("b60-blk-lab-report", HELDOUT, _lab),
    BlockFamily("b60-blk-sick-leave", HELDOUT, _sick_leave),
    BlockFamily("b60-blk-nursing-handover", HELDOUT, _handover),
    BlockFamily("b60-blk-paid-contract", HELDOUT, _contract),
    BlockFamily("b60-blk-tmk-consult", HELDOUT, _consult),
    BlockFamily("b60-blk-certificate-086", HELDOUT, _certificate),
    BlockFamily("b60-blk-outpatient-visit", HELDOUT, _outpatient),
]
