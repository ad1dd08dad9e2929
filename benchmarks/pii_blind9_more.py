"""blind9 blocks: call cards, printouts with an organisation's own details, next-line values, OCR, exports."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind9_values import (
    SPLIT,
    Doc,
    Person,
    address,
    date_str,
    digits,
    email,
    enp,
    inn10_org,
    inn12,
    ogrn,
    passport,
    phone,
    record_no,
    snils,
)
from benchmarks.pii_families import MONTHS_GENT, BlockFamily, Planted

P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
MRN, SN, INN, PAS, OMS, EM, URL = (
    "MEDICAL_RECORD_NUMBER",
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "EMAIL_ADDRESS",
    "URL",
)
# Latin letters that look like Cyrillic ones, as an OCR engine or a careless typist produces them
_HOMO = str.maketrans("аеорсхАЕОРСХКМТВН", "aeopcxAEOPCXKMTBH")


def smp_call_card(rng: random.Random, fake: Any) -> Planted:
    p, caller = Person(rng, fake), Person(rng, fake)
    d = Doc().t("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ").v(MRN, record_no(rng, "call"))
    d.t(f"\nПодстанция № {rng.randint(1, 60)}, бригада № {rng.randint(100, 999)} (фельдшерская)\nДата: ")
    dd, m = rng.randint(1, 28), rng.randint(1, 12)
    d.v(D, f"{dd:02d}.{m:02d}.2026").t(f"  Приём вызова {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, ")
    d.t(f"прибытие {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\nАдрес вызова: ").v(
        L, address(rng, fake)
    )
    d.t(f", подъезд {rng.randint(1, 8)}, код домофона {rng.randint(10, 999)}К{digits(rng, 4)}\nВызывает: ")
    d.t(rng.choice(("соседка", "сын", "дочь", "прохожий"))).t(" ").v(
        P, caller.shape(rng.choice(("I", "F I", "I O")))
    )
    d.t(", тел. ").v(T, phone(rng)).t("\nФ.И.О. больного: ").v(P, p.shape("F I O")).t(", возраст ").t(
        str(rng.randint(20, 95))
    )
    d.t("\nПолис ОМС: ").v(OMS, enp(rng)).t("\nДоставлен в ГКБ № 1, передан дежурному врачу ").v(
        P, Person(rng, fake).shape("F io", "datv")
    )
    return d.done()


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("ГБУЗ «Городская клиническая больница № 4»\n")
    d.t(
        f"{fake.postcode()}, г. Москва, ул. Павловская, д. 25; ИНН {inn10_org(rng)}, КПП 772501001, ОГРН {ogrn(rng)}\n"
    )
    d.t(f"Лицензия № ЛО41-01137-77/00{digits(rng, 6)}; тел. регистратуры 8 (495) 952-00-00\n")
    d.t("ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ").v(MRN, record_no(rng, "ib"))
    d.t("\nФИО: ").v(P, p.shape("F I O")).t(", ").v(D, date_str(rng, "dot")).t(" г.р.\nАдрес: ").v(
        L, address(rng, fake)
    )
    m, day = rng.randint(1, 12), rng.randint(1, 12)
    d.t("\nНаходился на лечении с ").v(D, f"{day:02d}.{m:02d}.2026").t(" по ").v(
        D, f"{day + rng.randint(2, 16):02d}.{m:02d}.2026"
    )
    d.t("\nЗаключительный диагноз: I21.4 (форма 027/у). Отделение кардиологии № 2, палата 512.\n")
    d.t("Аспирин 100 мг в 08:00, аторвастатин 40 мг в 20:00. ИМ в 2019 году.\nЛечащий врач ").v(
        P, Person(rng, fake).shape("F io")
    )
    d.t(", зав. отделением ").v(P, Person(rng, fake).shape("io F"))
    return d.done()


def next_line_form(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s, n = passport(rng)
    d = (
        Doc()
        .t("Анкета пациента (заполнено от руки, перепечатано)\nФамиля Имя Отчество\n  ")
        .v(P, p.shape("F I O"))
    )
    d.t("\nДата рожд.\n  ").v(D, date_str(rng, rng.choice(("dot", "words_noy", "slash"))))
    d.t("\nПасп. сер./№\n  ").v(PAS, s).t(" / ").v(PAS, n)
    d.t("\nCнилс\n  ").v(SN, snils(rng)).t("\nПалис ОМС\n  ").v(OMS, enp(rng))
    d.t("\nИНН (для справки в налоговую)\n  ").v(INN, inn12(rng))
    d.t("\nАдрес прожив.\n  ").v(
        L, address(rng, fake, rng.choice(("rural", "snt", "reversed", "index_last")))
    )
    d.t("\nТелефоны\n  ").v(T, phone(rng)).t(" (моб.), ").v(T, phone(rng, "city")).t(" (дом.)")
    d.t("\nЭл.почта\n  ").v(EM, email(rng, fake, p))
    return d.done()


def fax_ocr(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    y, m, dd = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    d = Doc().t("FAX  стр. 1/2  ГП № 3\n~~ ВЫ ПИСКА из амбулаторн0й карты № ").v(MRN, record_no(rng, "amb"))
    d.t(" ~~\nПациент: ").v(P, p.shape("F I O").translate(_HOMO)).t(" , д.р. ").v(
        D, f"{dd:02d}. {m:02d}. {y}"
    )
    d.t("\nпрож.: ").v(L, address(rng, fake, "city").translate(_HOMO)).t("\nCHИЛC: ").v(
        SN, snils(rng, "spaces")
    )
    d.t("\nВыписку подготовил: ").v(P, doc.shape("F io").translate(_HOMO)).t("  ").v(
        D, f"{dd} {MONTHS_GENT[m - 1]} 2026"
    )
    return d.done()


def tax_certificate(rng: random.Random, fake: Any) -> Planted:
    payer, pat = Person(rng, fake), Person(rng, fake)
    d = Doc().t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ")
    d.v(MRN, f"{rng.randint(1, 9999)}/{rng.randint(2025, 2026)}").t(" от ").v(
        D, date_str(rng, "dot", 2026, 2026)
    )
    d.t(f"\nВыдана медицинской организацией ООО «Клиника Здоровье», ИНН {inn10_org(rng)}, КПП 781001001\n")
    d.t("Налогоплательщику: ").v(P, payer.shape("F I O", "datv")).t("\nИНН налогоплательщика: ").v(
        INN, inn12(rng)
    )
    d.t("\nпациенту: ").v(P, pat.shape("F I O", "datv")).t(", дата рождения ").v(
        D, date_str(rng, "dot", 2010, 2024)
    )
    d.t(" (сын/дочь)\nСтоимость оказанных услуг: 48 500 руб. 00 коп., код услуги 01\nИНН пациента: ").v(
        INN, inn12(rng)
    )
    return d.done()


def phones_line(rng: random.Random, fake: Any) -> Planted:
    p, r = Person(rng, fake), Person(rng, fake)
    d = Doc().t("КОНТАКТЫ (из регистратуры):\n").v(P, p.shape(rng.choice(("F io", "F I O")))).t(" — тел.: ")
    d.v(T, phone(rng, "bare")).t(", ").v(T, phone(rng, "dash")).t("; раб. ").v(T, phone(rng, "ext")).t("\n")
    d.t("Доверенное лицо: ").v(P, r.shape(rng.choice(("I O", "F I", "F")))).t(" ").v(T, phone(rng, "plus"))
    d.t(" / ").v(T, phone(rng, "foreign")).t(" (за рубежом)\nНе звонить на стационарный ").v(
        T, phone(rng, "city")
    )
    return d.done()


def yaml_export(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("patient:\n  mis_id: ").v(MRN, f"{rng.randint(1, 99)}-{digits(rng, 7)}")
    d.t("\n  fio: ").v(P, p.shape("F I O")).t("\n  birth_date: ").v(D, date_str(rng, "iso"))
    d.t("\n  documents:\n    - type: passport\n      series: '").v(PAS, passport(rng)[0]).t(
        "'\n      number: '"
    )
    d.v(PAS, digits(rng, 6)).t("'\n    - type: snils\n      number: ").v(SN, snils(rng, "std"))
    d.t("\n    - type: oms\n      number: '").v(OMS, enp(rng)).t("'\n  contacts:\n    mobile: ").v(
        T, phone(rng, "plus")
    )
    d.t("\n    email: ").v(EM, email(rng, fake, p)).t("\n  registration_address: ").v(L, address(rng, fake))
    d.t("\n  updated_at: ").v(D, date_str(rng, "dt_iso", 2026, 2026)).t("\n  icd10: [I10, E11.9]\n  ward: 7")
    return d.done()


def xml_lab_order(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t('<Order id="')
        .v(MRN, f"ORD{digits(rng, 9)}")
        .t('" created="')
        .v(D, date_str(rng, "dt_iso", 2026, 2026))
    )
    d.t('">\n  <Patient mrn="').v(MRN, digits(rng, 8)).t('" sex="').t("F" if p.female else "M").t(
        '">\n    <LastName>'
    )
    d.v(P, p.F()).t("</LastName>\n    <FirstName>").v(P, p.I()).t("</FirstName>\n    <MiddleName>").v(
        P, p.O()
    )
    d.t("</MiddleName>\n    <BirthDate>").v(D, date_str(rng, "dot")).t("</BirthDate>\n    <Snils>").v(
        SN, snils(rng)
    )
    d.t('</Snils>\n    <Policy type="ENP">').v(OMS, enp(rng)).t(
        '</Policy>\n  </Patient>\n  <Sample barcode="'
    )
    d.v(MRN, digits(rng, 12)).t(
        '" material="венозная кровь" volume="4 мл"/>\n  <Test code="A09.05.023">Глюкоза</Test>\n'
    )
    d.t("  <Doctor>").v(P, Person(rng, fake).shape("F io")).t("</Doctor>\n</Order>")
    return d.done()


B9_MORE: list[BlockFamily] = [
    BlockFamily("b9_smp_call_card", SPLIT, smp_call_card),
    BlockFamily("b9_discharge_header_org", SPLIT, discharge_header),
    BlockFamily("b9_next_line_form", SPLIT, next_line_form),
    BlockFamily("b9_fax_ocr_homoglyph", SPLIT, fax_ocr),
    BlockFamily("b9_tax_deduction_certificate", SPLIT, tax_certificate),
    BlockFamily("b9_several_phones", SPLIT, phones_line),
    BlockFamily("b9_yaml_export", SPLIT, yaml_export),
    BlockFamily("b9_xml_lab_order", SPLIT, xml_lab_order),
]
