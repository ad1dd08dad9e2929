"""Insurer audits and exports of blind split 55: акты МЭЭ and ЭКМП, реестры счетов ОМС (XML, CSV, fixed
width), a complaints register (TSV, JSON, key=value, HL7), an insurer's request for records, a forwarding letter
from Roszdravnadzor, a personal-data consent, a death-case review and a migrant's refusal."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind55_gen import (
    Doc,
    _parts,
    addr,
    bday,
    born,
    d,
    dt,
    enp,
    event,
    fio,
    inn,
    link,
    mail,
    mrn,
    old_policy,
    pair,
    passport,
    snils,
    tel,
    town,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
E, U, S, IN, PS, OM, M = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"
SMO = ("ООО «Капитал МС»", "АО «СОГАЗ-Мед»", "ООО СМК «Ингосстрах-М»", "АО «МАКС-М»", "ООО «АльфаСтрахование-ОМС»")


def act_mee(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("АКТ медико-экономической экспертизы № ").v(M, mrn(rng, "act")).t("\n")
    doc.t("Страховая медицинская организация: ").t(rng.choice(SMO)).t("\n")
    doc.t("Застрахованное лицо: ").v(P, fio(rng, fake, "nomn", ("F I O", "^F I O", "F io"))).t("\n")
    doc.t("Дата рождения: ").v(D, born(rng, fake)).t(rng.choice(("   ", "\n", "; ")))
    doc.t("Полис ОМС: ").v(OM, enp(rng) if rng.random() < 0.75 else old_policy(rng)).t("\n")
    doc.t("№ карты стац. больного: ").v(M, mrn(rng, "ib")).t("\n")
    since, until = pair(rng, fake)
    doc.t("Сроки лечения: ").v(D, since).t(rng.choice((" – ", " - ", "–"))).v(D, until).t("\n")
    doc.t("Выявленные нарушения: код 2.16.1 — ").t(rng.choice((
        "нарушение сроков ожидания медицинской помощи", "необоснованное повторное посещение", "отсутствие ИДС в карте")))
    doc.t("\nСпециалист-эксперт ").v(P, fio(rng, fake, "nomn", ("F io", "io F")))
    doc.t(rng.choice(("\nС актом ознакомлен: зав. отд. ", "\nПредставитель МО: "))).v(P, fio(rng, fake, "nomn", ("F i o", "F io")))
    return doc.done()


def act_ekmp(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ЭКСПЕРТНОЕ ЗАКЛЮЧЕНИЕ (протокол оценки качества медицинской помощи)\n")
    who = _parts(rng, fake)
    doc.t("1. Ф.И.О. застрахованного лица: ").v(P, fio(rng, fake, "nomn", ("F I O",), who)).t("\n")
    doc.t("2. Пол: ").t("ж" if who[3] else "м").t("  3. Дата рождения: ").v(D, born(rng, fake)).t("\n")
    doc.t("4. № полиса ОМС: ").v(OM, enp(rng)).t("\n")
    doc.t("5. Медицинская организация: ").t(rng.choice(("ГБУЗ «ГКБ № 15»", "ГАУЗ «ДРКБ»", "ЦРБ"))).t("\n")
    doc.t("6. № медицинской карты: ").v(M, mrn(rng, rng.choice(("ib", "amb")))).t("\n")
    since, until = pair(rng, fake)
    doc.t("7. Дата поступления / выписки: ").v(D, since).t(" / ").v(D, until).t("\n")
    doc.t("8. Эксперт качества (Ф.И.О., № в реестре): ").v(P, fio(rng, fake, "nomn", ("F io", "F I O"))).t(", ")
    doc.t(f"{rng.randrange(1, 99):02d}-{rng.randrange(100, 9999)}").t("\n9. Заключение: дефекты оформления, ")
    doc.t("недостаточный сбор анамнеза. Подпись эксперта ").v(P, fio(rng, fake, "nomn", ("io F",)))
    return doc.done()


def register_xml(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, female = _parts(rng, fake)
    doc = Doc().t("<ZAP>\n  <N_ZAP>").t(str(rng.randrange(1, 900))).t("</N_ZAP>\n  <PACIENT>\n    <ID_PAC>")
    doc.v(M, mrn(rng, "emk")).t("</ID_PAC>\n    <VPOLIS>3</VPOLIS>\n    <NPOLIS>").v(OM, enp(rng, ("XXXXXXXXXXXXXXXX",)))
    doc.t("</NPOLIS>\n  </PACIENT>\n  <PERS>\n    <FAM>").v(P, last).t("</FAM>\n    <IM>").v(P, first)
    doc.t("</IM>\n    <OT>").v(P, middle).t("</OT>\n    <W>").t("2" if female else "1").t("</W>\n    <DR>")
    doc.v(D, dt(rng, fake, ("yyyy-mm-dd",), "-85y")).t("</DR>\n    <SNILS>").v(S, snils(rng, ("XXX-XXX-XXX XX", "XXXXXXXXXXX")))
    doc.t("</SNILS>\n  </PERS>\n  <SLUCH>\n    <NHISTORY>").v(M, mrn(rng, "ib")).t("</NHISTORY>\n    <DATE_1>")
    since, until = pair(rng, fake, ("yyyy-mm-dd",))
    doc.v(D, since).t("</DATE_1>\n    <DATE_2>").v(D, until)
    doc.t("</DATE_2>\n    <DS1>I21.4</DS1>\n    <OPLATA>").t(rng.choice(("1", "2", "3"))).t("</OPLATA>\n  </SLUCH>\n</ZAP>")
    return doc.done()


def register_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ";", ","))
    doc = Doc().t(sep.join(("N", "FAM_IO", "DR", "ENP", "NHISTORY", "DATE_1", "DATE_2", "SUMV", "DEFECT")) + "\n")
    for n in range(rng.randrange(2, 4)):
        doc.t(f"{n + 1}{sep}").v(P, fio(rng, fake, "nomn", ("^F io", "F I O", "F io"))).t(sep)
        doc.v(D, dt(rng, fake, ("dd.mm.yyyy",), "-85y")).t(sep).v(OM, enp(rng, ("XXXXXXXXXXXXXXXX",))).t(sep)
        since, until = pair(rng, fake, ("dd.mm.yyyy",))
        doc.v(M, mrn(rng, "ib")).t(sep).v(D, since).t(sep).v(D, until)
        doc.t(f"{sep}{rng.randrange(1000, 90000)}.{rng.randrange(10, 99)}{sep}{rng.choice(('4.2', '5.1.4', '', '3.2.1'))}\n")
    return doc.done()


def register_fixed(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("N   ФАМИЛИЯ И.О.              Д/Р         ПОЛИС             СНИЛС\n")
    for n in range(rng.randrange(2, 4)):
        name = fio(rng, fake, "nomn", ("^F io", "F io"))
        doc.t(f"{n + 1:<4}").v(P, name).t(" " * max(1, 26 - len(name)))
        doc.v(D, dt(rng, fake, ("dd.mm.yyyy",), "-85y")).t("  ").v(OM, enp(rng, ("XXXXXXXXXXXXXXXX",))).t("  ")
        doc.v(S, snils(rng, ("XXXXXXXXXXX", "XXX-XXX-XXX XX"))).t("\n")
    return doc.done()


def complaints_tsv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("рег_номер\tдата\tзаявитель\tтелефон\tадрес\tсуть\n")
    for _ in range(rng.randrange(2, 4)):
        doc.v(M, mrn(rng, "ref")).t("\t").v(D, event(rng, fake)).t("\t").v(P, fio(rng, fake, "nomn", ("F I O", "F io")))
        doc.t("\t").v(PH, tel(rng)).t("\t").v(L, addr(rng, fake)).t("\t")
        doc.t(rng.choice(("отказ в записи", "грубость врача", "лекарственное обеспечение", "очередь на МРТ"))).t("\n")
    return doc.done()


def portal_json(rng: random.Random, fake: Any) -> Planted:
    values = [("fio", P, fio(rng, fake, "nomn", ("F I O",))), ("birthDate", D, dt(rng, fake, ("yyyy-mm-dd", "dd.mm.yyyy"), "-80y")),
              ("snils", S, snils(rng)), ("phone", PH, tel(rng)), ("email", E, mail(rng, fake)),
              ("address", L, addr(rng, fake)), ("received", D, dt(rng, fake, ("yyyy-mm-ddTHH:MI:00+03:00", "dd.mm.yyyy HH:MI"))),
              ("attachment", U, link(rng, fake))]
    rng.shuffle(values)
    doc = Doc().t('{"appealId": "').t(d(rng, 8)).t('", "channel": "ЕПГУ", "applicant": {')
    for i, (key, kind, value) in enumerate(values):
        doc.t(", " if i else "").t(json.dumps(key) + ": \"").v(kind, value).t('"')
    doc.t('}, "topic": "Качество медицинской помощи"}')
    return doc.done()


def hotline_kv(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ts=").v(D, dt(rng, fake, ("yyyy-mm-dd HH:MI:00", "dd.mm.yyyy HH:MI"))).t(" line=8-800 op=")
    doc.v(P, fio(rng, fake, "nomn", ("F",))).t(" caller_phone=").v(PH, tel(rng).replace(" ", ""))
    doc.t(" insured=\"").v(P, fio(rng, fake, "nomn", ("F I O", "F io"))).t("\" enp=").v(OM, enp(rng, ("XXXXXXXXXXXXXXXX",)))
    doc.t(" topic=").t(rng.choice(("refusal_of_care", "paid_services", "drug_supply"))).t(" mo_card=").v(M, mrn(rng, "amb"))
    return doc.done()


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    last, first, middle, _ = _parts(rng, fake)
    doc = Doc().t("MSH|^~\\&|INCIDENT|LPU|QMS|TFOMS|").t(dt(rng, fake, ("yyyymmddHHMI",))).t("||ADT^A08|")
    doc.t(d(rng, 7)).t("|P|2.5\nPID|1||").v(M, mrn(rng, "emk")).t("^^^MIS^MR~").v(OM, enp(rng, ("XXXXXXXXXXXXXXXX",)))
    doc.t("^^^OMS^HC||").v(P, last).t("^").v(P, first).t("^").v(P, middle).t("||")
    doc.v(D, dt(rng, fake, ("yyyymmdd",), "-85y")).t("|").t(rng.choice(("M", "F"))).t("|||")
    t, s = town(fake), fake.street_title()
    doc.v(L, f"ул. {s}, д. {rng.randrange(1, 99)}^^{t}").t("||").v(PH, tel(rng)).t("\n")
    return doc.done()


def insurer_request(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(rng.choice(SMO)).t("\nИсх. от ").v(D, event(rng, fake)).t("\nЗапрос о предоставлении медицинской документации ")
    doc.t("для проведения целевой ЭКМП. Прошу предоставить в течение 5 рабочих дней:\n")
    for n in range(rng.randrange(2, 4)):
        doc.t(f"{n + 1}) ").v(P, fio(rng, fake, "nomn", ("F I O", "F io", "^F I O"))).t(", ")
        doc.v(D, born(rng, fake)).t(", ЕНП ").v(OM, enp(rng)).t(", МКСБ ").v(M, mrn(rng, "ib")).t(";\n")
    doc.t("Контактное лицо: ").v(P, fio(rng, fake, "nomn", ("F I O", "F io"))).t(", ").v(PH, tel(rng, mobile=False))
    doc.t(", ").v(E, mail(rng, fake))
    return doc.done()


def rzn_forward(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ТЕРРИТОРИАЛЬНЫЙ ОРГАН ФЕДЕРАЛЬНОЙ СЛУЖБЫ ПО НАДЗОРУ В СФЕРЕ ЗДРАВООХРАНЕНИЯ\n")
    doc.t("Направляем для рассмотрения по компетенции обращение ").v(P, fio(rng, fake, "gent", ("F I O", "F io")))
    doc.t(" (вх. № ").v(M, mrn(rng, "ref")).t(" от ").v(D, event(rng, fake)).t(") о ненадлежащем оказании медицинской помощи ")
    kin, female = rng.choice((("супругу заявителя ", None), ("матери заявителя ", True), ("отцу заявителя ", False)))
    doc.t(kin).v(P, fio(rng, fake, "datv", ("F I O", "I O F", "F io"), female=female))
    doc.t(". О результатах рассмотрения просим проинформировать заявителя по адресу: ").v(L, addr(rng, fake))
    doc.t(", и территориальный орган в срок до ").v(D, dt(rng, fake, ("dd.mm.yyyy", "d MG yyyy г."))).t(".\n")
    doc.t("Врио руководителя ").v(P, fio(rng, fake, "nomn", ("io F",))).t("\nИсп.: ").v(P, fio(rng, fake, "nomn", ("F io", "F i o")))
    doc.t(" ").v(PH, tel(rng, mobile=False))
    return doc.done()


def pd_consent(rng: random.Random, fake: Any) -> Planted:
    who = _parts(rng, fake)
    doc = Doc().t("Согласие на обработку персональных данных\nЯ, ").v(P, fio(rng, fake, "nomn", ("F I O",), who))
    doc.t(",\nпаспорт: серия, номер ").v(PS, passport(rng)).t(", выдан ").v(D, dt(rng, fake, ("dd.mm.yyyy",), "-20y"))
    doc.t(" ").t(rng.choice(("отделением УФМС России в г. ", "ОВД г. ", "ОУФМС по г. "))).t(town(fake))
    doc.t(",\nадрес: ").v(L, addr(rng, fake)).t(",\nСНИЛС ").v(S, snils(rng)).t(", ИНН ").v(IN, inn(rng, 12))
    doc.t(",\nдаю согласие ").t(rng.choice(("ГБУЗ «ГКБ № 1»", "ООО «Клиника здоровья»", "ГАУЗ «РКБ»")))
    doc.t(" на обработку моих персональных данных в целях рассмотрения обращения.\n")
    doc.v(D, event(rng, fake)).t("  __________ ").v(P, fio(rng, fake, "nomn", ("F io", "io F"), who))
    return doc.done()


def death_review(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Протокол клинико-экспертной комиссии (разбор летального случая)\n")
    doc.t(rng.choice(("Умерший(ая): ", "Ф.И.О. умершего: ", "Пациент: "))).v(P, fio(rng, fake, "nomn", ("F I O", "F io"))).t(", ").v(D, bday(rng, fake)).t(" г.р.\n")
    since, until = pair(rng, fake, ("dd.mm.yyyy в HH:MI", "dd.mm.yyyy HH:MI", "dd.mm.yyyy"), gap=20)
    doc.t("Медицинская карта № ").v(M, mrn(rng, "ib")).t("; поступил(а) ").v(D, since).t(", умер(ла) ").v(D, until).t("\n")
    doc.t("Проживал: ").v(L, addr(rng, fake)).t("\nЛечащий врач: ").v(P, fio(rng, fake, "nomn", ("F io",)))
    doc.t("; дежурный реаниматолог: ").v(P, fio(rng, fake, "nomn", ("F io", "F i o")))
    doc.t("\nПатологоанатом: ").v(P, fio(rng, fake, "nomn", ("F io",))).t(", протокол вскрытия № ").v(M, d(rng, 3) + "/" + d(rng, 2))
    doc.t("\nРасхождение диагнозов: ").t(rng.choice(("нет", "II категории", "I категории")))
    return doc.done()


def migrant_refusal(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Отказ от медицинского вмешательства (иностранный гражданин)\nФ.И.О.: ")
    doc.v(P, fio(rng, fake, "nomn", ("F I", "F I O"))).t(rng.choice(("\nГражданство: Республика Таджикистан", "\nГражданство: Узбекистан",
                                                                       "\nГражданство: Кыргызстан")))
    doc.t("\nПаспорт иностранного гражданина: ").v(M, mrn(rng, "foreign")).t("\nМиграционная карта: ")
    doc.v(M, f"{rng.randrange(1, 99):02d} {rng.choice(('17', '20', '22'))} № {d(rng, 7)}")
    doc.t("\nПолис ДМС иностранного гражданина: ").t("есть").t("\nД/р: ").v(D, born(rng, fake))
    doc.t("\nМесто пребывания: ").v(L, addr(rng, fake)).t("\nТелефон: ").v(PH, tel(rng))
    doc.t("\nПереводчик: ").v(P, fio(rng, fake, "nomn", ("F I O", "F I"))).t("\nВрач: ").v(P, fio(rng, fake, "nomn", ("F io",)))
    return doc.done()


ACT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b55-act-mee", HELDOUT, act_mee),
    BlockFamily("b55-act-ekmp", HELDOUT, act_ekmp),
    BlockFamily("b55-register-xml", HELDOUT, register_xml),
    BlockFamily("b55-register-csv", HELDOUT, register_csv),
    BlockFamily("b55-register-fixed", HELDOUT, register_fixed),
    BlockFamily("b55-complaints-tsv", HELDOUT, complaints_tsv),
    BlockFamily("b55-portal-json", HELDOUT, portal_json),
    BlockFamily("b55-hotline-kv", HELDOUT, hotline_kv),
    BlockFamily("b55-incident-hl7", HELDOUT, hl7_pid),
    BlockFamily("b55-insurer-request", HELDOUT, insurer_request),
    BlockFamily("b55-rzn-forward", HELDOUT, rzn_forward),
    BlockFamily("b55-pd-consent", HELDOUT, pd_consent),
    BlockFamily("b55-death-review", HELDOUT, death_review),
    BlockFamily("b55-migrant-refusal", HELDOUT, migrant_refusal),
]
