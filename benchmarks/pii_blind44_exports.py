"""Multi-value blocks of blind split 44, part 2: registers, journals and exports (CSV/TSV/JSON/XML/HL7/
key=value/fixed width), OCR'd scans and hurried messages."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind44_gen import (
    EM,
    INN,
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    D,
    L,
    P,
    U,
    addr,
    build,
    card_no,
    date_fmt,
    dob,
    email_,
    enp_digits,
    hiv_code,
    inn_,
    iso,
    iso_dob,
    lab_no,
    mis_id,
    mse_cert,
    mse_protocol,
    oms_,
    phone_,
    referral_088,
    register_no,
    shape_name,
    snils_,
    town,
    tsr_cert,
    url_,
    voucher,
    who,
)
from benchmarks.pii_families import Planted


def _rows(rng: random.Random, fake: Any, header: str, row: Any, n: tuple[int, int] = (2, 4)) -> Planted:
    parts: list[Any] = [header]
    for i in range(rng.randrange(*n)):
        parts += row(rng, fake, i + 1)
    return build(*parts)


def spa_voucher_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", ";"))

    def row(rng: random.Random, fake: Any, i: int) -> list[Any]:
        return [str(i), sep, (P, shape_name(who(rng, fake), rng.choice(("F I O", "F io")))), sep, (SN, snils_(rng, fake)), sep,
                (MRN, voucher(rng, fake)), sep, rng.choice(("«Ключи»", "«Белокуриха»", "«Ува»", "«Красный холм»")), sep,
                (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-1y", "+120d")), "\n"]

    return _rows(rng, fake, sep.join(("№", "ФИО", "СНИЛС", "№ путевки", "Санаторий", "Дата заезда")) + "\n", row)


def onco_xml(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "<ZAP>\n  <REG_NUM>", (MRN, register_no(rng, fake)), "</REG_NUM>\n  <FAM>", (P, who_[0]), "</FAM>\n  <IM>", (P, who_[1]),
        "</IM>\n  <OT>", (P, who_[2]), "</OT>\n  <W>", "2" if who_[3] else "1", "</W>\n  <DR>", (D, iso_dob(rng, fake)),
        "</DR>\n  <SNILS>", (SN, snils_(rng, fake, ("XXX-XXX-XXX XX", "XXXXXXXXXXX"))), "</SNILS>\n  <ENP>",
        (OMS, enp_digits(rng)), "</ENP>\n  <DS>", rng.choice(("C50.4", "C18.7", "C61", "C34.1", "C73")), "</DS>\n  <DATE_DIAG>",
        (D, iso(rng, fake)), "</DATE_DIAG>\n  <ADRES>", (L, addr(rng, fake)), "</ADRES>\n  <STAGE>", rng.choice(("I", "II", "III")),
        "</STAGE>\n</ZAP>\n",
    )


def diabetes_json(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    vals = [("regNumber", MRN, register_no(rng, fake)), ("fio", P, shape_name(who_, "F I O")), ("birthDate", D, iso_dob(rng, fake)),
            ("snils", SN, snils_(rng, fake)), ("enp", OMS, enp_digits(rng)), ("phone", PH, phone_(rng, fake)),
            ("address", L, addr(rng, fake)), ("diabetesType", None, rng.choice(("1", "2"))), ("hba1c", None, "8.4")]
    if rng.random() < 0.5:
        vals.insert(3, ("email", EM, email_(rng, fake)))
    parts: list[Any] = ["{"]
    indent = rng.choice(("", "\n  "))
    for i, (key, kind, value) in enumerate(vals):
        parts.append(("," if i else "") + indent + json.dumps(key) + ": \"")
        parts.append((kind, value) if kind else value)
        parts.append("\"")
    parts.append(("\n" if indent else "") + "}")
    return build(*parts)


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    dt = fake.date_between(start_date="-90y", end_date="-18y")
    return build(
        "MSH|^~\\&|MIS|GP", str(rng.randrange(1, 99)), "|MSE|FKU|", fake.date_time_this_year().strftime("%Y%m%d%H%M"),
        "||ADT^A08|", str(rng.randrange(10**6, 10**7)), "|P|2.5\rPID|1||", (MRN, mis_id(rng, fake)), "^^^MIS^PI~",
        (SN, snils_(rng, fake, ("XXXXXXXXXXX",))), "^^^PFR^SS||", (P, "^".join(who_[:3]).upper() if rng.random() < 0.5 else "^".join(who_[:3])),
        "||", (D, dt.strftime("%Y%m%d")), "|", "F" if who_[3] else "M", "|||", (L, addr(rng, fake)), "||",
        (PH, phone_(rng, fake)), "\rPV1|1|O|||||", (P, shape_name(who(rng, fake), "F io")), "\r",
    )


def tb_tsv(rng: random.Random, fake: Any) -> Planted:
    def row(rng: random.Random, fake: Any, i: int) -> list[Any]:
        return [(MRN, register_no(rng, fake)), "\t", (P, shape_name(who(rng, fake), rng.choice(("F I O", "F io", "CAPS")))), "\t",
                (D, dob(rng, fake)), "\t", rng.choice(("ИЛТ", "ОТ", "ФКТ", "МЛУ")), "\t", rng.choice(("I", "IIА", "III")), "\t",
                (L, addr(rng, fake)), "\n"]

    return _rows(rng, fake, "рег_номер\tфио\tдр\tформа\tгруппа_ДУ\tадрес\n", row)


def hiv_kv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("; ", "\n", " | "))
    return build(
        "patient_code=", (MRN, hiv_code(rng, fake)), sep, "birth_date=", (D, date_fmt(rng, fake, ("dd.mm.yyyy", "yyyy-mm-dd"), "-70y", "-16y")),
        sep, "sex=", rng.choice(("M", "F")), sep, "district=", (L, rng.choice((f"{town(fake)}", f"г. {town(fake)}",
                                                                            fake.administrative_unit()))), sep,
        "d_reg=", (D, date_fmt(rng, fake, ("dd.mm.yyyy", "yyyy-mm-dd"), "-15y")), sep, "lab_id=", (MRN, lab_no(rng, fake)), sep,
        "cd4=", str(rng.randrange(80, 900)), sep, "contact_phone=", (PH, phone_(rng, fake)), "\n",
    )


def tsr_journal(rng: random.Random, fake: Any) -> Planted:
    items = ("Кресло-коляска ручная", "Трость опорная", "Протез голени", "Ходунки шагающие",
             "Подгузники (L), 90 шт.", "Кресло-стул санитарный", "Матрац противопролежн.")

    def row(rng: random.Random, fake: Any, i: int) -> list[Any]:
        dt = date_fmt(rng, fake, ("dd.mm.yy", "dd.mm.yyyy"), "-1y")
        nm = shape_name(who(rng, fake), rng.choice(("F io", "F i o")))
        return [f"{i:<4}| ", (D, dt), " " * (11 - len(dt)), "| ", (P, nm), " " * max(1, 26 - len(nm)), "| ",
                rng.choice(items)[:24].ljust(24), " | ", (MRN, tsr_cert(rng, fake)), " | ______\n"]

    return _rows(rng, fake, "№   | Дата выд.  | Ф.И.О. получателя         | Наименование ТСР         | № направления/ЭС | Подпись\n",
                 row, (2, 5))


def ipra_report(rng: random.Random, fake: Any) -> Planted:
    return build(
        "Отчет об исполнении мероприятий ИПРА № ", (MRN, mse_protocol(rng, fake)), "\nИнвалид: ",
        (P, shape_name(who(rng, fake), rng.choice(("F I O", "F io")))), ", СНИЛС ", (SN, snils_(rng, fake)), "\n",
        "| Мероприятие | Исполнитель | Дата | Результат |\n",
        "| Медицинская реабилитация | ГАУЗ ЦГБ | ", (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-1y")), " | выполнено |\n",
        "| Санаторно-курортное лечение | СФР | ", (D, date_fmt(rng, fake, ("dd.mm.yyyy", "mm.yyyy"), "-1y")), " | путевка № ",
        (MRN, voucher(rng, fake)), " |\n",
        "| Протезирование | ФГУП ПрОП | ", (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-1y")), " | не выполнено, отказ |\n",
        "Ответственный: ", (P, shape_name(who(rng, fake), "F io")), ", ", (PH, phone_(rng, fake)), "\n",
    )


def dispensary_030(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = [
        "Контрольная карта диспансерного наблюдения № ", (MRN, card_no(rng, fake)), "\n", "Ф.И.О. ",
        (P, shape_name(who(rng, fake), "F I O")), "  д.р. ", (D, dob(rng, fake)), "\nДиагноз: ",
        rng.choice(("E11.6", "I11.9", "C50.9", "A15.0", "J44.1")), ", взят на учет ", (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-8y")),
        "\nДаты явок: "]
    for i in range(rng.randrange(2, 5)):
        parts += [", " if i else "", (D, date_fmt(rng, fake, ("dd.mm.yy", "dd.mm", "dd.mm.yyyy"), "-2y"))]
    parts += ["\nВрач ", (P, shape_name(who(rng, fake), "F io")), "\n"]
    return build(*parts)


def strips_journal(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["Журнал выдачи тест-полосок (регистр СД)\n"]
    for _ in range(rng.randrange(2, 4)):
        parts += [(D, date_fmt(rng, fake, ("dd.mm.yyyy", "dd.mm.yy"), "-1y")), " — ",
                  (P, shape_name(who(rng, fake), rng.choice(("F io", "F I O", "F i")))), ", СНИЛС ", (SN, snils_(rng, fake)),
                  ", выдано ", str(rng.choice((50, 100, 150))), " шт., рецепт ", (MRN, f"{rng.randrange(1, 92):02d}-{rng.randrange(10**7, 10**8)}"), "\n"]
    return build(*parts)


def relative_message(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    low = shape_name(who_, rng.choice(("F I O", "F I")), "gent").lower()
    return build(
        rng.choice(("здравствуйте ", "Добрый день. ", "здраствуйте, ")), "это дочь ", (P, low), ", ",
        "инвалид 1гр лежачий, нужна справка на мсэ и коляску. снилс ",
        (SN, snils_(rng, fake, ("XXXXXXXXXXX", "XXX-XXX-XXX XX"))), " полис ", (OMS, enp_digits(rng)), " живем ",
        (L, addr(rng, fake)), " мой номер ", (PH, phone_(rng, fake)), rng.choice((" звоните после обеда", " перезвоните пожалуйста", "")),
    )


def onco_notice_090(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "ИЗВЕЩЕНИЕ о больном с впервые в жизни установленным диагнозом злокачественного новообразования (ф. 090/у)\n",
        "Фамилия, имя, отчество: ", (P, shape_name(who_, "F I O")), "\nДата рождения: ", (D, dob(rng, fake)),
        "\nАдрес: ", (L, addr(rng, fake)), "\nПолис ОМС: ", (OMS, oms_(rng, fake)), "\nДата установления диагноза: ",
        (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-1y")), "\nНомер истории болезни: ", (MRN, card_no(rng, fake)),
        "\nИзвещение заполнил врач ", (P, shape_name(who(rng, fake), "F io")), ", тел. ", (PH, phone_(rng, fake)), "\n",
    )


def eaviias_json(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        '{"referralNumber": "', (MRN, referral_088(rng, fake)), '", "referralDate": "', (D, iso(rng, fake)),
        '", "citizen": {"lastName": "', (P, who_[0]), '", "firstName": "', (P, who_[1]), '", "middleName": "', (P, who_[2]),
        '", "birthDate": "', (D, iso_dob(rng, fake)), '", "snils": "', (SN, snils_(rng, fake, ("XXX-XXX-XXX XX", "XXXXXXXXXXX"))),
        '", "inn": "', (INN, inn_(rng, fake, 1.0)), '", "identityDoc": {"type": "21", "seriesNumber": "', (PAS, f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d} {rng.randrange(10**5, 10**6)}"),
        '"}, "socialNetwork": "', (U, url_(rng, fake)), '"}, "purpose": ["group", "ipra"]}',
    )


_OCR = {"о": "0", "е": "с", "и": "н", "ш": "щ", "л": "п"}


def _noisy(text: str, rng: random.Random) -> str:
    return "".join(_OCR[ch] if ch in _OCR and rng.random() < 0.15 else ch for ch in text)


def ocr_spravka(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    n = lambda s: _noisy(s, rng)  # noqa: E731
    return build(
        n("МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ РФ\nСПРАВКА\nсерия МСЭ-2015 № "), (MRN, mse_cert(rng, fake)),
        n("\nВыдана (фамилия, имя, отчество) "), (P, shape_name(who_, "F I O", "datv")), n("\nДата рождения "),
        (D, date_fmt(rng, fake, ("dd.mm.yyyy", "d MG yyyy г."), "-80y", "-18y")), n("\nАдрес места жительства "),
        (L, addr(rng, fake)), n("\nв том, что он(а) является инвалидом второй группы\nпричина: общее заболевание\n"
                                "Дата очередного освидетельствования "), (D, date_fmt(rng, fake, ("dd.mm.yyyy", "01.mm.yyyy"), "+30d", "+2y")),
        "\n", n("Выписка из акта № "), (MRN, mse_protocol(rng, fake)), n(" направлена в ОСФР\n"),
    )


def prosthesis_order(rng: random.Random, fake: Any) -> Planted:
    who_ = who(rng, fake)
    return build(
        "Заказ-наряд № ", (MRN, f"{rng.randrange(1, 9999):04d}/{rng.randrange(22, 26)}"), " ФГУП «Московское ПрОП»\n",
        "Заказчик: ", (P, shape_name(who_, rng.choice(("F I O", "F io")))), "; дата рожд. ", (D, dob(rng, fake)),
        "\nНаправление СФР № ", (MRN, tsr_cert(rng, fake)), " от ", (D, date_fmt(rng, fake, ("dd.mm.yyyy",), "-1y")),
        "\nИзделие: протез бедра модульный, культя левого бедра, обхват 42 см\n",
        "Примерка ", (D, date_fmt(rng, fake, ("dd.mm", "dd.mm.yyyy", "d MG"), "-60d", "+60d")), " в 11:00; тел. заказчика ",
        (PH, phone_(rng, fake)), "\nТехник-протезист ", (P, shape_name(who(rng, fake), "F io")), "\n",
    )


EXPORT_BLOCKS = (
    ("b44-blk-spa-voucher-csv", spa_voucher_csv), ("b44-blk-onco-xml", onco_xml), ("b44-blk-diabetes-json", diabetes_json),
    ("b44-blk-hl7-pid", hl7_pid), ("b44-blk-tb-tsv", tb_tsv), ("b44-blk-hiv-kv", hiv_kv), ("b44-blk-tsr-journal", tsr_journal),
    ("b44-blk-ipra-report", ipra_report), ("b44-blk-dispensary-030", dispensary_030), ("b44-blk-strips-journal", strips_journal),
    ("b44-blk-relative-message", relative_message), ("b44-blk-onco-notice-090", onco_notice_090),
    ("b44-blk-eaviias-json", eaviias_json), ("b44-blk-ocr-spravka", ocr_spravka), ("b44-blk-prosthesis-order", prosthesis_order),
)
