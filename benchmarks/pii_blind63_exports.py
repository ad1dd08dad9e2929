"""MIS exports and pasted system text of blind split 63 (CSV/TSV/JSON/XML/HL7/key=value/fixed width/HTML)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind63_gen import (
    ADDR,
    MOB,
    NBSP,
    PASSPORT,
    PEOPLES,
    Doc,
    anyname,
    email63,
    enp,
    inn63,
    mrn63,
    oms_any,
    snils63,
    url63,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted, address, date, person


def _name_parts(rng: random.Random, fake: Any) -> tuple[str, str, str]:
    if rng.random() < 0.5:
        last, first, middle, _ = rng.choice(PEOPLES)
        return last, first, middle
    if rng.random() < 0.5:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()


def _csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "|"))
    q = rng.choice(('"', ""))
    cols = ("id_mis", "fio", "birth_date", "snils", "enp", "phone", "address")
    d = Doc().t(sep.join(cols) + "\n")
    for r in range(rng.randrange(1, 3)):
        if r:
            d.t("\n")
        d.v("MEDICAL_RECORD_NUMBER", str(rng.randrange(10**5, 10**8))).t(sep + q)
        d.v("PERSON", anyname("F I O")(rng, fake, "nomn")).t(q + sep)
        d.v("DATE_TIME", date("dd.mm.yyyy", "yyyy-mm-dd")(rng, fake, "nomn")).t(sep)
        d.v("RU_SNILS", snils63("XXX-XXX-XXX XX", "XXXXXXXXXXX")(rng, fake, "nomn")).t(sep)
        d.v("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")(rng, fake, "nomn")).t(sep)
        d.v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t(sep + '"')
        d.v("LOCATION", ADDR(rng, fake, "nomn")).t('"')
    return d.done()


def _tsv_relatives(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Контактные лица пациента\tСтепень родства\tТелефон\tE-mail\n")
    for _ in range(rng.randrange(1, 4)):
        d.v("PERSON", anyname("F I O", "F I", "I O")(rng, fake, "nomn")).t("\t")
        d.t(rng.choice(("дочь", "сын", "супруг(а)", "опекун", "сосед"))).t("\t")
        d.v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t("\t")
        if rng.random() < 0.6:
            d.v("EMAIL_ADDRESS", email63()(rng, fake, "nomn"))
        else:
            d.t("—")
        d.t("\n")
    return d.done()


def _json(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _name_parts(rng, fake)
    d = Doc().t('{"patient": {"emkId": "').v("MEDICAL_RECORD_NUMBER", f"{rng.randrange(10**9, 10**10)}")
    d.t('", "lastName": "').v("PERSON", last).t('", "firstName": "').v("PERSON", first)
    d.t('", "middleName": "').v("PERSON", middle).t('", "birthDate": "')
    d.v("DATE_TIME", date("yyyy-mm-dd")(rng, fake, "nomn")).t('", "snils": "')
    d.v("RU_SNILS", snils63("XXXXXXXXXXX", "XXX-XXX-XXX XX")(rng, fake, "nomn")).t('", "inn": "')
    d.v("RU_INN", inn63("XXXXXXXXXXXX")(rng, fake, "nomn")).t('", "contacts": [{"type": "email", "value": "')
    d.v("EMAIL_ADDRESS", email63()(rng, fake, "nomn")).t('"}, {"type": "mobile", "value": "')
    d.v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t('"}], "resultUrl": "').v("URL", url63()(rng, fake, "nomn"))
    d.t('", "admission": "').v("DATE_TIME", date("yyyy-mm-dd")(rng, fake, "nomn") + f"T{rng.randrange(24):02d}:15:00")
    d.t('"}}')
    return d.done()


def _xml(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _name_parts(rng, fake)
    d = Doc().t("<Patient>\n  <MedCardNum>").v("MEDICAL_RECORD_NUMBER", mrn63()(rng, fake, "nomn"))
    d.t("</MedCardNum>\n  <Surname>").v("PERSON", last).t("</Surname>\n  <Name>").v("PERSON", first)
    d.t("</Name>\n  <Patronymic>").v("PERSON", middle).t("</Patronymic>\n  <BirthDate>")
    d.v("DATE_TIME", date("yyyy-mm-dd")(rng, fake, "nomn")).t("</BirthDate>\n  <Document type=\"21\">")
    d.v("RU_PASSPORT", PASSPORT(rng, fake, "nomn")).t("</Document>\n  <Policy>").v("RU_OMS_POLICY", oms_any()(rng, fake, "nomn"))
    d.t("</Policy>\n  <Address>").v("LOCATION", ADDR(rng, fake, "nomn")).t("</Address>\n  <Email>")
    d.v("EMAIL_ADDRESS", email63()(rng, fake, "nomn")).t("</Email>\n</Patient>")
    return d.done()


def _hl7(rng: random.Random, fake: Any) -> Planted:
    last, first, middle = _name_parts(rng, fake)
    d = Doc().t("MSH|^~\\&|MIS|GKB|LIS|LAB|20240311084510||ADT^A01|" + str(rng.randrange(10**6)) + "|P|2.5\r")
    d.t("PID|1||").v("MEDICAL_RECORD_NUMBER", str(rng.randrange(10**5, 10**8))).t("^^^MIS^MR~")
    d.v("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")(rng, fake, "nomn")).t("^^^OMS^NH||")
    d.v("PERSON", last).t("^").v("PERSON", first).t("^").v("PERSON", middle).t("||")
    d.v("DATE_TIME", date("yyyymmdd")(rng, fake, "nomn")).t("|" + rng.choice("MF") + "|||")
    addr = address("ул. {S}, д. {N}, кв. {Q}")(rng, fake, "nomn")
    d.v("LOCATION", addr).t("^^").v("LOCATION", fake.city_name().split(" (")[0]).t("^^")
    d.v("LOCATION", str(rng.randrange(101000, 692999))).t("||").v("PHONE_NUMBER", MOB(rng, fake, "nomn"))
    d.t("\rPV1|1|I|KARD^^^^||||").v("PERSON", fake.last_name_male()).t("^").v("PERSON", fake.first_name_male())
    d.t("|||||||||||\r")
    return d.done()


def _kv(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(f"[{rng.randrange(10, 28)}.03.2025 {rng.randrange(24):02d}:14:07] INFO patient.update ")
    d.t("id=").v("MEDICAL_RECORD_NUMBER", str(rng.randrange(10**6, 10**8))).t(" fio=\"")
    d.v("PERSON", anyname("F I O", "F io")(rng, fake, "nomn")).t("\" dob=").v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn"))
    d.t(" snils=").v("RU_SNILS", snils63("XXXXXXXXXXX", "XXX-XXX-XXX XX")(rng, fake, "nomn")).t(" passport=\"")
    d.v("RU_PASSPORT", PASSPORT(rng, fake, "nomn")).t("\" phone=").v("PHONE_NUMBER", MOB(rng, fake, "nomn").replace(" ", ""))
    d.t(" email=").v("EMAIL_ADDRESS", email63()(rng, fake, "nomn")).t(" inn=").v("RU_INN", inn63("XXXXXXXXXXXX")(rng, fake, "nomn"))
    d.t(" user=registrator3")
    return d.done()


def _fixed(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("N карты   ФИО                                 Д/р         ЕНП\n")
    for _ in range(rng.randrange(2, 4)):
        mrn = str(rng.randrange(1000, 999999))
        name = anyname("F I O", "F io")(rng, fake, "nomn")
        d.v("MEDICAL_RECORD_NUMBER", mrn).t(" " * max(1, 10 - len(mrn))).v("PERSON", name)
        d.t(" " * max(1, 36 - len(name))).v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn")).t("  ")
        d.v("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")(rng, fake, "nomn")).t("\n")
    return d.done()


def _html(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("<table><tr><td>Пациент</td><td>").v("PERSON", anyname("F I O")(rng, fake, "nomn"))
    d.t("</td></tr><tr><td>Дата&nbsp;рождения</td><td>").v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn"))
    d.t("</td></tr><tr><td>Адрес</td><td>").v("LOCATION", ADDR(rng, fake, "nomn").replace(" ", rng.choice((" ", NBSP))))
    d.t("</td></tr><tr><td>Телефон</td><td>").v("PHONE_NUMBER", MOB(rng, fake, "nomn"))
    d.t("</td></tr><tr><td>ИНН</td><td>").v("RU_INN", inn63("XXXXXXXXXXXX", "XXXXXXXXXX")(rng, fake, "nomn"))
    d.t("</td></tr><tr><td>Лечащий&nbsp;врач</td><td>").v("PERSON", person("F io")(rng, fake, "nomn"))
    d.t("</td></tr></table>")
    return d.done()


def _glued(rng: random.Random, fake: Any) -> Planted:
    """Text copied out of an MIS form where the line breaks were lost."""
    d = Doc().t("Пациент").v("PERSON", anyname("F I O", "F io")(rng, fake, "nomn"))
    d.t("Дата рождения").v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn")).t("Пол" + rng.choice("МЖ"))
    d.t("СНИЛС").v("RU_SNILS", snils63("XXX-XXX-XXX XX")(rng, fake, "nomn")).t("Полис ОМС")
    d.v("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")(rng, fake, "nomn")).t("Номер МК").v(
        "MEDICAL_RECORD_NUMBER", mrn63()(rng, fake, "nomn"))
    d.t("Телефон").v("PHONE_NUMBER", MOB(rng, fake, "nomn")).t("Эл. почта").v("EMAIL_ADDRESS", email63()(rng, fake, "nomn"))
    d.t(" Адрес").v("LOCATION", ADDR(rng, fake, "nomn"))
    return d.done()


def _lis(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ЗАЯВКА В ЛИС\nШтрихкод пробы: ").v("MEDICAL_RECORD_NUMBER", str(rng.randrange(10**9, 10**10)))
    d.t("\nФ.И.О.: ").v("PERSON", anyname("F I O", "F io")(rng, fake, "nomn")).t("   Возраст: ")
    d.t(str(rng.randrange(1, 95))).t("\nДата/время взятия: ").v(
        "DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn") + f" {rng.randrange(6, 12):02d}:{rng.randrange(60):02d}")
    d.t("\nПолис: ").v("RU_OMS_POLICY", oms_any()(rng, fake, "nomn")).t("\nРезультат пациенту: ")
    d.v("URL", url63()(rng, fake, "nomn")).t("\nВрач: ").v("PERSON", person("F io")(rng, fake, "nomn"))
    return d.done()


def _links_register(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Журнал передачи результатов (телемедицина)\n")
    for i in range(rng.randrange(2, 4)):
        d.t(f"{i + 1}. ").v("PERSON", anyname("F io", "F I O")(rng, fake, "nomn")).t(" — ")
        d.v("URL", url63()(rng, fake, "nomn")).t(", отправлено на ").v("EMAIL_ADDRESS", email63()(rng, fake, "nomn"))
        d.t(" ").v("DATE_TIME", date("dd.mm.yyyy")(rng, fake, "nomn")).t("\n")
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b63-export-csv", HELDOUT, _csv),
    BlockFamily("b63-export-tsv-relatives", HELDOUT, _tsv_relatives),
    BlockFamily("b63-export-json", HELDOUT, _json),
    BlockFamily("b63-export-xml", HELDOUT, _xml),
    BlockFamily("b63-export-hl7", HELDOUT, _hl7),
    BlockFamily("b63-log-key-value", HELDOUT, _kv),
    BlockFamily("b63-fixed-width-register", HELDOUT, _fixed),
    BlockFamily("b63-html-table-paste", HELDOUT, _html),
    BlockFamily("b63-mis-glued-lines", HELDOUT, _glued),
    BlockFamily("b63-lis-requisition", HELDOUT, _lis),
    BlockFamily("b63-telemed-links-register", HELDOUT, _links_register),
]
