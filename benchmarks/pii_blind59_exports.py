"""Blind split 59, machine exports: DICOM burn-in, slide text, preprint metadata, CSV/TSV/JSON/XML/HL7/key=value."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind59_common import (
    Doc,
    date_fmt,
    digits,
    email_value,
    enp_value,
    full_addr,
    inn_value,
    mrn_value,
    new_person,
    passport_value,
    phone_value,
    snils_value,
    town,
    translit,
    village,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

MOB = ("+7 (AAA) BBB-CC-DD", "8-AAA-BBB-CC-DD", "+7AAABBBCCDD", "8 AAA BBB CC DD", "8AAABBBCCDD")


def dicom_burnin(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    d = Doc().t(rng.choice(("ОКБ КТ-2", "GE OPTIMA CT660", "SIEMENS SOMATOM"))).t("\n")
    d.v("PERSON", rng.choice((f"{translit(p.last).upper()}^{translit(p.first).upper()}", p.shape("FU IU OU"),
                              f"{p.last.upper()}^{p.first.upper()}^{p.middle.upper()}", p.shape("FU io"))))
    d.t("\nID: ").v("MEDICAL_RECORD_NUMBER", digits(rng, rng.choice((6, 8, 10)), True)).t("\n")
    d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "yyyymmdd", "dd-mm-yyyy"), "-80y", "-18y"))
    d.t(f" {rng.choice(('M', 'F', 'М', 'Ж'))} {rng.randrange(18, 90):03d}Y\nAcc: ")
    d.v("MEDICAL_RECORD_NUMBER", "A" + digits(rng, 7)).t("\n").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy HH:MI", "yyyymmdd HH:MI")))
    return d.t("\nW:400 L:40  5.0mm\n").done()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    d = Doc().t("(0008,0050) AccessionNumber       SH [").v("MEDICAL_RECORD_NUMBER", digits(rng, 9, True)).t("]\n")
    d.t("(0008,0020) StudyDate             DA [").v("DATE_TIME", date_fmt(fake, rng, ("yyyymmdd",))).t("]\n")
    d.t("(0008,0090) ReferringPhysician    PN [").v("PERSON", f"{translit(rng.choice((p.last, new_person(fake, rng).last))).capitalize()}^"
                                                     f"{translit(new_person(fake, rng).first).capitalize()}").t("]\n")
    d.t("(0010,0010) PatientName           PN [").v("PERSON", f"{p.last.upper()}^{p.first.upper()}^{p.middle.upper()}").t("]\n")
    d.t("(0010,0020) PatientID             LO [").v("MEDICAL_RECORD_NUMBER", rng.choice(("P", "ID", "")) + digits(rng, 7, True))
    d.t("]\n(0010,0030) PatientBirthDate      DA [").v("DATE_TIME", date_fmt(fake, rng, ("yyyymmdd",), "-90y", "-1y"))
    d.t("]\n(0010,1040) PatientAddress        LO [").v("LOCATION", full_addr(fake, rng)).t("]\n")
    return d.done()


def slide_deck(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("--- Слайд 1 ---\nКлинический случай: инфекционный эндокардит\n").v("PERSON", new_person(fake, rng).shape("I O F"))
    d.t(", ординатор 2 г.\n--- Слайд 2 ---\nПациент" + ("ка " if pat.female else " ")).v("PERSON", pat.shape(rng.choice(("F", "F i_o", "INI", "ini"))))
    d.t(f", {rng.randrange(20, 80)} л.\nПоступление: ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm", "d MG")))
    d.t("\nМесто жительства: ").v("LOCATION", rng.choice(("с. " + village(rng), "г. " + town(fake), f"{village(rng)}, {fake.administrative_unit()}")))
    d.t("\n--- Слайд 3 ---\nЭхоКГ ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm", "dd.mm.yy"))).t(": вегетации 12 мм\n")
    d.t("[примечание докладчика: снимки из PACS, ").v("URL", f"https://pacs.{fake.domain_name()}/study/{digits(rng, 8, True)}").t("]\n")
    d.t("ИБ № ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng)).t(rng.choice(("  |  стр. 3", " — кафедра факультетской терапии"))).t("\n")
    return d.done()


def preprint_json(rng: random.Random, fake: Any) -> Planted:
    a, b = new_person(fake, rng), new_person(fake, rng)
    d = Doc().t('{"title": "Case report: fatal leptospirosis", "authors": [\n  {"name": "')
    d.v("PERSON", f"{translit(a.last).capitalize()} {translit(a.first)[0].upper()}.").t('", "email": "').v("EMAIL_ADDRESS", email_value(rng, a))
    d.t('", "phone": "').v("PHONE_NUMBER", phone_value(rng, rng.choice(("+7AAABBBCCDD", "+7 AAA BBB-CC-DD")))).t('"},\n  {"name": "')
    d.v("PERSON", b.shape(rng.choice(("F I O", "F i_o", "I F")))).t('", "corresponding": false}],\n')
    d.t(' "submitted": "').t(date_fmt(fake, rng, ("yyyy-mm-dd",))).t('",\n "patient": {"initials": "')
    d.v("PERSON", new_person(fake, rng).shape(rng.choice(("INI", "ini")))).t('", "dob": "')
    d.v("DATE_TIME", date_fmt(fake, rng, ("yyyy-mm-dd", "yyyy"), "-90y", "-1y")).t('", "admitted": "')
    d.v("DATE_TIME", date_fmt(fake, rng, ("yyyy-mm-dd", "yyyy-mm-ddTHH:MI"))).t('", "village": "').v("LOCATION", village(rng))
    d.t('"},\n "supplement": "').v("URL", f"https://cloud.mail.ru/public/{fake.pystr(4, 4)}/{fake.pystr(9, 9)}").t('"}\n')
    return d.done()


def jats_xml(rng: random.Random, fake: Any) -> Planted:
    a = new_person(fake, rng)
    d = Doc().t('<contrib contrib-type="author" corresp="yes">\n  <name><surname>').v("PERSON", a.f()).t("</surname><given-names>")
    d.v("PERSON", f"{a.i()} {a.o()}" if rng.random() < 0.5 else a.shape("io")).t("</given-names></name>\n  <email>")
    d.v("EMAIL_ADDRESS", email_value(rng, a)).t("</email>\n  <phone>").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB)))
    d.t("</phone>\n  <address>").v("LOCATION", full_addr(fake, rng)).t("</address>\n</contrib>\n<history><date date-type=\"received\">")
    d.t(date_fmt(fake, rng, ("yyyy-mm-dd",))).t("</date></history>\n<fig><caption>Рис. 1. Пациент ")
    d.v("PERSON", new_person(fake, rng).shape(rng.choice(("F", "ini", "FU")))).t(", КТ от ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy")))
    d.t(" (№ ").v("MEDICAL_RECORD_NUMBER", digits(rng, 7, True)).t(")</caption></fig>\n")
    return d.done()


def logbook_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    d = Doc().t(sep.join(("date", "patient", "dob", "record_no", "procedure", "supervisor")) + "\n")
    for _ in range(rng.randrange(2, 5)):
        p = new_person(fake, rng)
        d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "yyyy-mm-dd"))).t(sep).v("PERSON", p.shape(rng.choice(("F io", "F", "INI", "F I O"))))
        d.t(sep).v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "yyyy"), "-90y", "-1y")).t(sep).v("MEDICAL_RECORD_NUMBER", mrn_value(rng))
        d.t(sep + rng.choice(("ЭГДС", "пункция", "ЛХЭ", "интубация")) + sep).v("PERSON", new_person(fake, rng).shape(rng.choice(("F io", "F"))))
        d.t("\n")
    return d.done()


def hl7_teaching(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    d = Doc().t("MSH|^~\\&|MIS|KB1|TEACHFILE|EDU|").t(date_fmt(fake, rng, ("yyyymmddHHMI",))).t("||ORU^R01|").t(digits(rng, 6)).t("|P|2.5\n")
    d.t("PID|1||").v("MEDICAL_RECORD_NUMBER", digits(rng, 8, True)).t("^^^KB1^MR||")
    d.v("PERSON", f"{p.last}^{p.first}^{p.middle}" if rng.random() < 0.5 else f"{p.last.upper()}^{p.first.upper()}").t("||")
    d.v("DATE_TIME", date_fmt(fake, rng, ("yyyymmdd",), "-90y", "-1y")).t(f"|{'F' if p.female else 'M'}|||")
    street = f"ул. {fake.street_title()} {rng.randrange(1, 99)}"
    d.v("LOCATION", f"{street}^^{town(fake)}").t("||").v("PHONE_NUMBER", phone_value(rng, rng.choice(("8AAABBBCCDD", "+7AAABBBCCDD"))))
    d.t("|||||||").v("RU_SNILS", snils_value(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX")))).t("\n")
    d.t("OBR|1||").v("MEDICAL_RECORD_NUMBER", "CT" + digits(rng, 7)).t("|КТ ОГК|||").v("DATE_TIME", date_fmt(fake, rng, ("yyyymmddHHMI",)))
    return d.t("\n").done()


def kv_export(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    pairs: list[tuple[str, str, str]] = [
        ("patient_fio", "PERSON", p.shape(rng.choice(("F I O", "F io")))),
        ("birth_date", "DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "yyyy-mm-dd"), "-90y", "-1y")),
        ("snils", "RU_SNILS", snils_value(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX")))),
        ("enp", "RU_OMS_POLICY", enp_value(rng)),
        ("emk_id", "MEDICAL_RECORD_NUMBER", digits(rng, 9, True)),
        ("address", "LOCATION", full_addr(fake, rng)),
        ("phone", "PHONE_NUMBER", phone_value(rng, rng.choice(("8AAABBBCCDD", "+7AAABBBCCDD", "+7 (AAA) BBB-CC-DD")))),
    ]
    rng.shuffle(pairs)
    d = Doc().t("# выгрузка для учебного кейса (не анонимизирована!)\n")
    for key, kind, value in pairs:
        d.t(key + rng.choice(("=", ": ", " = "))).v(kind, value).t("\n")
    return d.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ВЕДОМОСТЬ ПРАКТИКИ  гр. 5" + str(rng.randrange(10, 40)) + "\n")
    d.t(f"{'ФИО студента':<32}{'СНИЛС':<16}{'Телефон':<18}Оценка\n")
    for _ in range(rng.randrange(2, 5)):
        name = new_person(fake, rng).shape(rng.choice(("F I O", "F io")))
        s = snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))
        ph = phone_value(rng, rng.choice(("8AAABBBCCDD", "+7AAABBBCCDD", "8-AAA-BBB-CCDD")))
        d.v("PERSON", name).t(" " * max(1, 32 - len(name))).v("RU_SNILS", s).t(" " * max(1, 16 - len(s)))
        d.v("PHONE_NUMBER", ph).t(" " * max(1, 18 - len(ph))).t(rng.choice(("отл.", "хор.", "5", "4")) + "\n")
    return d.done()


def contract_author(rng: random.Random, fake: Any) -> Planted:
    a = new_person(fake, rng)
    d = Doc().t("ЛИЦЕНЗИОННЫЙ ДОГОВОР с автором\nАвтор: ").v("PERSON", a.shape("F I O")).t("\nПаспорт: серия ")
    d.v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX № XXXXXX", "XXXX № XXXXXX", "XXXX XXXXXX"))))
    d.t(", выдан ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",))).t("\nИНН ").v("RU_INN", inn_value(rng, 12))
    d.t("   СНИЛС ").v("RU_SNILS", snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX"))))
    d.t("\nАдрес регистрации: ").v("LOCATION", full_addr(fake, rng)).t("\nТелефон: ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB)))
    d.t("\nПодпись ____ ").v("PERSON", a.shape(rng.choice(("io F", "F io", "F i_o")))).t("\n")
    return d.done()


def oms_table(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Пациенты для симуляционного экзамена (стандартизированные, по договору)\n")
    d.t("| ФИО | Дата рожд. | Полис ОМС | Паспорт |\n|---|---|---|---|\n")
    for _ in range(rng.randrange(2, 4)):
        d.t("| ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F I O", "F io", "F i_o")))).t(" | ")
        d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy"), "-80y", "-18y")).t(" | ")
        d.v("RU_OMS_POLICY", enp_value(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")))).t(" | ")
        d.v("RU_PASSPORT", passport_value(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX", "XXXXXXXXXX")))).t(" |\n")
    return d.done()


def referral_letter(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    d = Doc().t("Направляю пациента для демонстрации на клиническом разборе.\n")
    d.t("ФИО: ").v("PERSON", p.shape(rng.choice(("FU I O", "F I O")))).t(" д/р ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",), "-90y", "-1y"))
    d.t("\nполис ").v("RU_OMS_POLICY", enp_value(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))))
    d.t(" паспорт ").v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX"))))
    d.t("\nИНН ").v("RU_INN", inn_value(rng, 12)).t(" СНИЛС ").v("RU_SNILS", snils_value(rng, "XXX-XXX-XXX XX"))
    d.t("\nНаправление № ").v("MEDICAL_RECORD_NUMBER", f"{digits(rng, 4, True)}/{rng.randrange(19, 26)}")
    d.t(" от ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",))).t("\n")
    return d.done()


F = HELDOUT
BLOCKS: list[BlockFamily] = [
    BlockFamily("b59-dicom-burnin", F, dicom_burnin),
    BlockFamily("b59-dicom-header", F, dicom_header),
    BlockFamily("b59-slide-deck", F, slide_deck),
    BlockFamily("b59-preprint-json", F, preprint_json),
    BlockFamily("b59-jats-xml", F, jats_xml),
    BlockFamily("b59-logbook-csv", F, logbook_csv),
    BlockFamily("b59-hl7-teaching", F, hl7_teaching),
    BlockFamily("b59-kv-export", F, kv_export),
    BlockFamily("b59-fixed-width", F, fixed_width),
    BlockFamily("b59-author-contract", F, contract_author),
    BlockFamily("b59-sp-table", F, oms_table),
    BlockFamily("b59-referral-letter", F, referral_letter),
]
