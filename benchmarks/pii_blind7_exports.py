"""blind7 blocks, part 2: machine exports (FHIR-like JSON, HL7, DICOM, CSV), foreign records and OCR scans."""

from __future__ import annotations

import datetime
import random
from typing import Any

from benchmarks import pii_blind7_values as v
from benchmarks.pii_blind7_values import Doc
from benchmarks.pii_families import Planted

P, PH, EM, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def fhir_json(rng: random.Random, fake: Any) -> Planted:
    """FHIR-like Patient resource: name parts in separate fields, an OID system string unmarked."""
    p = v.person(rng, fake)
    y, m, d = v.birth(rng)
    doc = Doc('{"resourceType": "Patient", "id": "').v(MRN, f"{v.digits(rng, 8)}-{v.digits(rng, 4)}")
    doc.t('",\n "identifier": [{"system": "urn:oid:1.2.643.2.69.1.1.1.6.223", "value": "').v(SN, v.snils_digits(rng))
    doc.t('"},\n  {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "').v(OMS, v.oms_digits(rng))
    doc.t('"}],\n "name": [{"family": "').v(P, p.last).t('", "given": ["').v(P, p.first).t('", "')
    doc.v(P, p.middle).t('"]}],\n "birthDate": "').v(D, f"{y}-{m:02d}-{d:02d}").t('",\n "telecom": [{"system": "phone", "value": "')
    doc.v(PH, f"+7{rng.choice(('9', '9', '4'))}{v.digits(rng, 9)}").t('"}, {"system": "email", "value": "')
    doc.v(EM, v.email(rng, fake)).t('"}]}')
    return doc.done()


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    """HL7 v2 ADT message: '^'-separated name components are separate spans."""
    p = v.person(rng, fake)
    y, m, d = v.birth(rng)
    ay, am, ad = v.ymd(rng)
    city, street = v.town(rng, fake), v.street(rng, fake)
    doc = Doc("MSH|^~\\&|MIS|GKB15|LIS|LAB|").v(D, f"{ay}{am:02d}{ad:02d}{rng.randint(10, 23)}{rng.randint(10, 59)}")
    doc.t(f"||ADT^A01|{v.digits(rng, 6)}|P|2.5\nPID|1||").v(MRN, v.digits(rng, 7)).t("^^^MIS^MR||").v(P, p.last.upper())
    doc.t("^").v(P, p.first.upper()).t("^").v(P, p.middle.upper()).t("||").v(D, f"{y}{m:02d}{d:02d}")
    doc.t(f"|{'F' if p.female else 'M'}|||").v(L, f"{street} {rng.randint(1, 90)}-{rng.randint(1, 200)}").t("^^")
    doc.v(L, city).t("^^").v(L, f"{rng.randint(101, 692)}{v.digits(rng, 3)}").t("||").v(PH, v.phone(rng, fake))
    doc.t(f"\nPV1|1|I|NEUR^{rng.randint(100, 420)}^{rng.randint(1, 4)}")
    return doc.done()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    """DICOM tag dump: tag numbers and pixel sizes are look-alikes."""
    p = v.person(rng, fake)
    y, m, d = v.birth(rng)
    sy, sm, sd = v.ymd(rng)
    doc = Doc("(0008,0020) StudyDate          DA [").v(D, f"{sy}{sm:02d}{sd:02d}").t("]\n")
    doc.t("(0008,0050) AccessionNumber    SH [").v(MRN, f"CT{sy % 100}{v.digits(rng, 6)}").t("]\n")
    doc.t("(0010,0010) PatientName        PN [").v(P, f"{v.latin(p.last).upper()}^{v.latin(p.first).upper()}").t("]\n")
    doc.t("(0010,0020) PatientID          LO [").v(MRN, v.digits(rng, 8)).t("]\n")
    doc.t("(0010,0030) PatientBirthDate   DA [").v(D, f"{y}{m:02d}{d:02d}").t("]\n")
    doc.t("(0018,0050) SliceThickness     DS [1.25]\n(0028,0030) PixelSpacing       DS [0.703\\0.703]")
    return doc.done()


def csv_register(rng: random.Random, fake: Any) -> Planted:
    """Semicolon-separated register of dispensary patients with a header row."""
    doc = Doc("n;fio;dr;snils;inn;enp;tel;ds\n")
    for i in range(rng.randint(2, 3)):
        p = v.person(rng, fake)
        doc.t(f"{i + 1};").v(P, p.full()).t(";").v(D, v.date_text(rng, v.birth(rng), "dot")).t(";")
        doc.v(SN, v.snils(rng, fake)).t(";").v(INN, v.inn_digits(rng)).t(";").v(OMS, v.oms_digits(rng)).t(";").v(PH, v.phone(rng, fake))
        doc.t(f";{rng.choice(('I10', 'E11.9', 'J44.1', 'I25.8'))}\n")
    return doc.done()


def arztbrief(rng: random.Random, fake: Any) -> Planted:
    """German discharge letter of a Russian-speaking patient, with a German postal address."""
    p = v.person(rng, fake)
    doc = Doc("Entlassungsbrief\nSehr geehrte Frau Kollegin,\nwir berichten über ")
    doc.v(P, f"{'Frau' if p.female else 'Herrn'} {v.latin(p.first)} {v.latin(p.last)}").t(", geb. ")
    doc.v(D, v.date_text(rng, v.birth(rng), "dot")).t(", wohnhaft ")
    doc.v(L, f"{rng.choice(('Hauptstr.', 'Bahnhofstraße', 'Lindenweg', 'Am Markt'))} {rng.randint(1, 80)}, "
              f"{rng.randint(10115, 99999)} {rng.choice(('Berlin', 'Hannover', 'Köln', 'Leipzig'))}")
    doc.t(", Fallnummer ").v(MRN, v.digits(rng, 9)).t(", der sich vom ").v(D, v.date_text(rng, v.ymd(rng), "dot"))
    doc.t(" bis ").v(D, v.date_text(rng, v.ymd(rng), "dot")).t(" in unserer stationären Behandlung befand.\n")
    doc.t("Diagnosen: NSTEMI (I21.4), Diabetes mellitus Typ 2 (E11.9). HbA1c 8,1 %.\nTel. Angehörige: ")
    doc.v(PH, v.foreign_phone(rng, fake))
    return doc.done()


def us_discharge(rng: random.Random, fake: Any) -> Planted:
    """English-language record from abroad: LAST, FIRST; US date order; MRN and account numbers."""
    p = v.person(rng, fake)
    doc = Doc("DISCHARGE SUMMARY\nPatient: ").v(P, f"{v.latin(p.last).upper()}, {v.latin(p.first).upper()}")
    doc.t("    DOB: ").v(D, v.date_text(rng, v.birth(rng), "us")).t("    MRN: ").v(MRN, v.digits(rng, 8))
    doc.t("\nAdmit: ").v(D, v.date_text(rng, v.ymd(rng), "us")).t("   Attending: Dr. ")
    doc.v(P, f"{v.latin(v.person(rng, fake).first)[0]}. {v.latin(v.person(rng, fake).last)}")
    doc.t("\nHome address: ").v(L, f"{rng.randint(100, 9999)} {rng.choice(('Ocean Pkwy', 'Brighton Beach Ave', 'Kings Hwy'))}"
                                   f" Apt {rng.randint(1, 20)}{rng.choice('ABCD')}, Brooklyn, NY {rng.randint(11201, 11239)}")
    doc.t("\nBP 142/88, HR 78, Troponin I 0.02 ng/mL. Metoprolol 25 mg BID.\nInterpreter: Russian.")
    return doc.done()


def _ocr(rng: random.Random, text: str) -> str:
    """OCR confusions inside a value: O for 0, З for 3, l for 1, a stray space."""
    out = []
    for ch in text:
        r = rng.random()
        out.append({"0": "О", "3": "З", "1": "l"}.get(ch, ch) if r < 0.12 else ch)
        if r > 0.96 and ch.isdigit():
            out.append(" ")
    return "".join(out).strip()


def ocr_scan(rng: random.Random, fake: Any) -> Planted:
    """Recognised paper scan: broken labels, stray characters, values with OCR confusions."""
    p = v.person(rng, fake)
    doc = Doc("~~ МИНЗДРАВ РОССИИ ~~ |||| стр. l\nФ. И. 0. :  ").v(P, p.full().upper().replace("О", "0", 1))
    doc.t("\nД ата рожд.  ").v(D, _ocr(rng, v.date_text(rng, v.birth(rng), "dot")))
    doc.t("\nС Н И Л С ").v(SN, _ocr(rng, v.snils(rng, fake))).t("\nПолис 0МС :: ").v(OMS, _ocr(rng, v.oms_digits(rng)))
    doc.t("\nАдр ес : ").v(L, v.address(rng, fake)).t("\n_ _ _ Диагн0з: J18.9 ; ЧДД 22 ; t 38.4")
    return doc.done()


def email_message(rng: random.Random, fake: Any) -> Planted:
    """Raw e-mail with headers; the date header is RFC 2822."""
    sender = v.person(rng, fake, female=True)
    y, m, d = v.ymd(rng)
    doc = Doc("From: ").v(P, f"{sender.first} {sender.last}").t(" <").v(EM, v.email(rng, fake)).t(">\n")
    doc.t("To: priem@gkb15.example\nDate: ").v(D, f"{rng.choice(('Mon', 'Tue', 'Wed'))}, {d} {v.MONTHS_EN[m - 1]} {y} {v.hm(rng)}:00 +0300")
    doc.t("\nSubject: Выписка мамы\n\nДобрый день! Прошу выслать выписку моей мамы, ")
    doc.v(P, v.person(rng, fake, True).full("gent")).t(", лежала у вас в 3-й терапии. История болезни ")
    doc.v(MRN, v.mrn(rng, fake)).t(". Мой телефон ").v(PH, v.phone(rng, fake)).t("\n--\nSent from my iPhone")
    return doc.done()


def sms_reminder(rng: random.Random, fake: Any) -> Planted:
    """Appointment reminder SMS: date without year and time; cabinet numbers unmarked."""
    p, doctor = v.person(rng, fake), v.person(rng, fake)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    doc = Doc("Уважаем" + ("ая " if p.female else "ый ")).v(P, p.full("nomn", "IO"))
    doc.t(", напоминаем о записи ").v(D, rng.choice((f"{d:02d}.{m:02d} в {v.hm(rng)}", f"{d} {v.MONTHS_GENT[m - 1]} в {v.hm(rng)}")))
    doc.t(" к врачу-терапевту ").v(P, doctor.initials("datv")).t(", каб. 215. Отменить: ").v(U, v.url(rng, fake))
    return doc.done()


def vaccination_cert(rng: random.Random, fake: Any) -> Planted:
    """Vaccination certificate: its 16-digit number is a record id, not a policy; the QR link is a URL."""
    p = v.person(rng, fake)
    num = "9" + v.digits(rng, 15)
    doc = Doc("Сертификат вакцинации № ").v(MRN, " ".join(num[i:i + 4] for i in range(0, 16, 4)))
    doc.t("\n").v(P, p.full())
    doc.t("\nДата рождения: ").v(D, v.date_text(rng, v.birth(rng), "dot")).t("\nПаспорт: ")
    doc.v(PAS, v.passport(rng, fake)).t("\nВакцина: Гам-КОВИД-Вак, 2 компонента, серия 0921020\nПроверка: ")
    doc.v(U, f"https://www.gosuslugi.ru/covid-cert/verify/{num}?lang=ru")
    return doc.done()


def pregnancy_card(rng: random.Random, fake: Any) -> Planted:
    """Exchange card of a pregnant woman: LMP and due dates, husband, gestation weeks unmarked."""
    w, husband = v.person(rng, fake, True), v.person(rng, fake, False)
    doc = Doc("ОБМЕННАЯ КАРТА (ф. 113/у-20)\n").v(P, w.full()).t(", ")
    lmp = datetime.date(*v.ymd(rng))
    due = lmp + datetime.timedelta(days=280)
    doc.v(D, v.date_text(rng, v.ymd(rng, 1982, 2004), "dot")).t(" г.р.\nПМП ").v(D, lmp.strftime("%d.%m.%y"))
    doc.t("   ПДР ").v(D, due.strftime("%d.%m.%y")).t("   Срок 32 нед. 4 дн.\nБеременность 3, роды 2.\n")
    doc.t("Муж: ").v(P, husband.full("nomn", "FI")).t(", тел. ").v(PH, v.phone(rng, fake))
    doc.t("\nГр. крови A(II) Rh(-), титр АТ 1:4. ЖК № 6, уч. 14.")
    return doc.done()


def power_of_attorney(rng: random.Random, fake: Any) -> Planted:
    """Power of attorney for receiving medical documents: two people, passports in separate fields."""
    a, b = v.person(rng, fake), v.person(rng, fake)
    s1, n1 = v.passport_parts(rng)
    doc = Doc("ДОВЕРЕННОСТЬ\n").v(D, v.date_text(rng, v.ymd(rng), "wordsg"))
    doc.t("\nЯ, ").v(P, a.full()).t(", паспорт: серия ").v(PAS, s1).t(" номер ").v(PAS, n1)
    doc.t(", доверяю ").v(P, b.full("datv")).t(", паспорт ").v(PAS, v.passport(rng, fake))
    doc.t(", получить в регистратуре мою медицинскую документацию (выписки, результаты анализов, снимки).")
    return doc.done()


def telemed_request(rng: random.Random, fake: Any) -> Planted:
    """Telemedicine consultation request: ids with prefixes, conference link."""
    p = v.person(rng, fake)
    y, m, d = v.ymd(rng)
    doc = Doc("Запрос ТМК ").v(MRN, f"ТМК-{y}-{v.digits(rng, 5)}").t(" от ").v(D, f"{d:02d}.{m:02d}.{y}")
    doc.t("\nЦель: уточнение тактики, пациент ").v(P, p.initials(before=True)).t(", ")
    doc.t(f"возраст {rng.randint(18, 85)}, ЕНП ").v(OMS, v.oms(rng, fake)).t("\nСсылка на ВКС: ").v(U, v.url(rng, fake))
    doc.t("\nКонсультант: НМИЦ кардиологии, отделение № 3. Приложено: ЭхоКГ (ФВ 38%), ХМ-ЭКГ.")
    return doc.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    """Social-services / disability paperwork: IPRA number, INN, SNILS, residence."""
    p = v.person(rng, fake)
    doc = Doc("Направление на МСЭ (ф. 088/у). Гражданин(ка) ").v(P, p.full())
    doc.t(", СНИЛС: ").v(SN, v.snils(rng, fake)).t(", ИНН ").v(INN, v.inn(rng, fake)).t("\nМесто жительства: ")
    doc.v(L, v.address(rng, fake)).t(".\nПредыдущая ИПРА № ").v(MRN, f"{rng.randint(100, 2999)}.{rng.randint(1, 9)}.77/{rng.randint(2019, 2024)}")
    doc.t(", группа II, срок до ").v(D, v.date_text(rng, v.ymd(rng), "dot")).t(". Степень ограничения 2.")
    return doc.done()


EXPORTS = (fhir_json, hl7_pid, dicom_header, csv_register, arztbrief, us_discharge, ocr_scan, email_message,
           sms_reminder, vaccination_cert, pregnancy_card, power_of_attorney, telemed_request, mse_referral)
