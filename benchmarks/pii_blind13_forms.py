"""Whole documents of blind13: paperwork around care (МСЭ, санаторий, договоры, вычет, ВК) and exports."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks import pii_blind13_gen as g
from benchmarks import pii_blind13_ids as ids
from benchmarks.pii_families import Planted

P, D, L, T, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
S, INN, OMS, PS, M = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i, o, _m = g.parts(rng, fake)
    x.t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (форма 088/у)\nРег. № ").v(M, ids.mrn(rng, "mse")).t(
        "\n"
    )
    x.t("1. Дата выдачи ").v(D, g.date(rng, "dmy")).t("\n2. Фамилия, имя, отчество: ").v(P, f).t(" ").v(
        P, i
    ).t(" ").v(P, o)
    x.t("\n3. Дата рождения: ").v(D, g.birth(rng, "dmy")).t("  Возраст: ").t(str(rng.randint(18, 90))).t(
        " лет\n"
    )
    x.t("4. СНИЛС ").v(S, ids.snils(rng, "std")).t("\n5. Адрес места жительства: ").v(
        L, g.address(rng, fake, "index")
    )
    x.t("\n6. Гражданин находится на лечении в стационаре (ИБ № ").v(M, ids.mrn(rng, "ib")).t(")\n")
    x.t("7. Инвалидность установлена впервые: ").v(D, g.date(rng, "month")).t(", группа II, срок 1 год.\n")
    x.t(ids.noise(rng)).t("\nПредседатель ВК ").v(P, g.name(rng, fake, "nomn", "F IO"))
    return x.done()


def sanatorium_card(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("САНАТОРНО-КУРОРТНАЯ КАРТА № ").v(M, ids.mrn(rng, "san")).t("  (форма 072/у)\n")
    x.t("Путёвка: ").v(M, f"{rng.choice(('СК', 'П'))}-{g.dn(rng, 6)}").t("\n1. Ф.И.О. ").v(
        P, g.name(rng, fake, "nomn", "F I O")
    )
    x.t("\n2. Пол ").t(rng.choice(("М", "Ж"))).t("  3. Дата рождения ").v(
        D, g.birth(rng, rng.choice(("dmy", "words")))
    )
    x.t("\n4. Адрес регистрации: ").v(L, g.address(rng, fake)).t("\n5. Место работы: ").t(
        rng.choice(("пенсионер", "ОАО РЖД, проводник"))
    )
    x.t("\n6. № медицинской карты ").v(M, ids.mrn(rng, "amb")).t("\n7. Заезд ").v(D, g.date(rng, "range"))
    x.t("\nЛечащий врач ").v(P, g.name(rng, fake, "nomn", "F IO")).t("   Зав. отделением ").v(
        P, g.name(rng, fake, "nomn", "IO F")
    )
    x.t("\nДиагноз: M42.1, остеохондроз. ").t(ids.noise(rng))
    return x.done()


def informed_consent(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\n\nЯ, ")
    x.v(P, g.name(rng, fake, "nomn", "F I O")).t(", «").v(D, g.birth(rng, "dmy")).t("» г. рождения,\n")
    x.t("зарегистрированный по адресу ").v(L, g.address(rng, fake, rng.choice(("city", "reverse", "litera"))))
    x.t(",\nдаю согласие на проведение ").t(
        rng.choice(("эзофагогастродуоденоскопии", "эндопротезирования", "наркоза"))
    )
    x.t(".\nЗаконный представитель: ").v(P, g.name(rng, fake, "nomn", "F I O")).t(", ")
    x.t(rng.choice(("опекун", "законный представитель", "родитель"))).t(", паспорт ").v(
        PS, ids.passport(rng)
    ).t("\nВрач ")
    x.v(P, g.name(rng, fake, "nomn", "F IO")).t(" разъяснил мне цели и риски.\n").v(
        D, g.date(rng, rng.choice(("words_g", "dmy")))
    )
    x.t("                 подпись ____________")
    return x.done()


def paid_contract(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("ДОГОВОР № ").v(M, ids.mrn(rng, "contract")).t(" на оказание платных медицинских услуг\n")
    x.t("                                             ").v(D, g.date(rng, "words_g")).t("\n\n")
    x.t("ООО «Клиника здоровья» (ИНН ").t(ids.org_inn(rng)).t(", ОГРН ").t(g.dn(rng, 13)).t(
        ", лицензия № ЛО-16-01-"
    )
    x.t(g.dn(rng, 6)).t("), именуемое «Исполнитель», в лице главного врача ").v(
        P, g.name(rng, fake, "gent", "F I O")
    )
    x.t(", и ").v(P, g.name(rng, fake, "nomn", "F I O")).t(", именуемый «Заказчик», заключили договор.\n\n")
    ps = ids.passport(rng, "plain")
    x.t("Реквизиты Заказчика:\nПаспорт: серия ").v(PS, ps[:4]).t(" номер ").v(PS, ps[4:]).t("\nИНН ").v(
        INN, ids.inn12(rng, "plain")
    ).t("\nАдрес: ")
    x.v(L, g.address(rng, fake)).t("\nТел.: ").v(T, g.phone(rng)).t("\nE-mail: ").v(E, g.email(rng, fake))
    return x.done()


def invoice(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("СЧЁТ № ").v(M, f"{rng.randint(100, 9999)}/{rng.choice(('ПУ', 'Д', 'К'))}").t(" от ").v(
        D, g.date(rng, "dmy")
    ).t("\nПлательщик: ")
    x.v(P, g.name(rng, fake, "nomn", rng.choice(("F IO", "F I O")))).t("\nКарта пациента: ").v(
        M, ids.mrn(rng, "amb")
    )
    x.t("\n\n| Код | Услуга | Кол-во | Цена |\n|---|---|---|---|\n")
    for code, name_ in (
        ("A04.16.001", "УЗИ брюшной полости"),
        ("B01.047.001", "Приём терапевта"),
        ("A09.05.023", "Глюкоза"),
    ):
        x.t(f"| {code} | {name_} | 1 | {rng.randint(5, 60) * 100},00 |\n")
    x.t("Итого к оплате: ").t(str(rng.randint(2, 15) * 1000)).t(" руб. ИНН клиники ").t(ids.org_inn(rng)).t(
        ", БИК 04452"
    )
    x.t(g.dn(rng, 4)).t(".")
    return x.done()


def tax_certificate(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("СПРАВКА об оплате медицинских услуг для представления в налоговые органы\n№ ")
    x.v(M, f"{g.dn(rng, 6)}").t(" от ").v(D, g.date(rng, "dmy")).t("\n\nВыдана налогоплательщику ")
    x.v(P, g.name(rng, fake, "datv", "F I O")).t("\nИНН налогоплательщика ")
    x.v(INN, ids.inn12(rng)).t("\nв том, что он (она) оплатил(а) медицинские услуги, оказанные ")
    x.v(P, g.name(rng, fake, "datv", "F I O")).t(", ").v(D, g.birth(rng, "dmy")).t(" г.р. (сыну/дочери)\n")
    x.t("Стоимость: ").t(str(rng.randint(5, 200) * 1000)).t(" руб. 00 коп. Код услуги: 01.\nДата оплаты: ")
    x.v(D, g.date(rng, rng.choice(("dmy", "range")))).t("\nИНН медицинской организации ").t(ids.org_inn(rng))
    x.t(", КПП ").t(g.dn(rng, 9)).t("\nРуководитель ").v(P, g.name(rng, fake, "nomn", "IO F"))
    return x.done()


def commission_decision(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("ПРОТОКОЛ ВРАЧЕБНОЙ КОМИССИИ № ").v(M, f"{rng.randint(1, 999)}/{rng.randint(1, 12)}").t(" от ")
    x.v(D, g.date(rng, rng.choice(("dmy", "words")))).t("\nПациент: ").v(
        P, g.name(rng, fake, "nomn", "F I O")
    )
    x.t(", д/р ").v(D, g.birth(rng, "dmy2")).t(", полис ").v(OMS, ids.enp(rng)).t("\nЭЛН № ").v(
        M, ids.mrn(rng, "eln")
    )
    x.t(" продлён по ").v(D, g.date(rng, "dmy")).t(".\nРешение: продлить лечение, направить на МСЭ.\n")
    x.t("Председатель: ").v(P, g.name(rng, fake, "nomn", "F IO")).t("\nЧлены комиссии: ")
    x.v(P, g.name(rng, fake, "nomn", "F IO")).t(", ").v(P, g.name(rng, fake, "nomn", "F IO")).t("\n").t(
        ids.noise(rng)
    )
    return x.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i, o, _m = g.parts(rng, fake)
    vals = [
        ("lastName", P, f),
        ("firstName", P, i),
        ("middleName", P, o),
        ("birthDate", D, g.birth(rng, "iso")),
        ("snils", S, ids.snils(rng, rng.choice(("plain", "std")))),
        ("enp", OMS, ids.enp(rng, "plain")),
        ("phone", T, g.phone(rng, "compact")),
        ("email", E, g.email(rng, fake)),
        ("address", L, g.address(rng, fake, "index")),
        ("appointmentId", M, g.dn(rng, 9)),
        ("visitStart", D, g.date(rng, "time")),
    ]
    rng.shuffle(vals)
    x.t('{"patient": {')
    for k, (key, kind, val) in enumerate(vals):
        x.t(", " if k else "").t(json.dumps(key)).t(': "').v(kind, val).t('"')
    x.t(f'}}, "clinicId": "{g.dn(rng, 5)}", "status": "BOOKED", "room": "{rng.randint(100, 400)}"}}')
    return x.done()


def xml_export(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i, o, _m = g.parts(rng, fake)
    x.t("<Referral>\n  <Number>").v(M, ids.mrn(rng, "ref")).t("</Number>\n  <Issued>").v(
        D, g.date(rng, "iso")
    )
    x.t("</Issued>\n  <Patient>\n    <Family>").v(P, f).t("</Family>\n    <Given>").v(P, i).t(
        "</Given>\n    <Middle>"
    )
    x.v(P, o).t("</Middle>\n    <Snils>").v(S, ids.snils(rng, "plain")).t("</Snils>\n    <Oms>").v(
        OMS, ids.enp(rng, "plain")
    )
    x.t("</Oms>\n    <Addr>").v(L, g.address(rng, fake, "city")).t(
        "</Addr>\n  </Patient>\n  <Mkb>I25.1</Mkb>\n"
    )
    x.t('  <Org inn="').t(ids.org_inn(rng)).t('" oid="1.2.643.5.1.13.13.12.2.77.7788"/>\n</Referral>')
    return x.done()


def csv_registry(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("№;ФИО;Дата рожд.;СНИЛС;Телефон;Дата записи\n")
    rows = rng.randint(2, 4)
    for k in range(rows):
        x.t(f"{k + 1};").v(P, g.name(rng, fake, "nomn", rng.choice(("F I O", "F IO")))).t(";").v(
            D, g.birth(rng, "dmy")
        )
        x.t(";").v(S, ids.snils(rng)).t(";").v(T, g.phone(rng, rng.choice(("compact", "dash")))).t(";")
        x.v(D, g.date(rng, "dmy")).t("\n")
    x.t("Итого записей: ").t(str(rows))
    return x.done()


def hl7_message(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    f, i, o, m = g.parts(rng, fake)
    y, mo, dd = rng.randint(1940, 2010), rng.randint(1, 12), rng.randint(1, 28)
    x.t("MSH|^~\\&|MIS|GKB1|LIS|LAB|").v(
        D,
        f"2026{rng.randint(1, 11):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
    )
    x.t("||ORM^O01|").t(g.dn(rng, 6)).t("|P|2.5\nPID|1||").v(M, g.dn(rng, 8)).t("^^^GKB1^MR||")
    x.v(P, g.translit(f).upper()).t("^").v(P, g.translit(i).upper()).t("^").v(P, g.translit(o).upper()).t(
        "||"
    )
    x.v(D, f"{y}{mo:02d}{dd:02d}").t("|").t("M" if m else "F").t("|||").v(L, g.address(rng, fake, "short"))
    x.t("||").v(T, g.phone(rng, "compact")).t("\nORC|NW|").v(M, ids.mrn(rng, "lab")).t("\nOBR|1||")
    x.t("|CBC^Общий анализ крови")
    return x.done()


def boxes_form(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    sn = ids.snils_digits(rng)
    x.t("Заявление о прикреплении к поликлинике\nСНИЛС\n")
    boxed = f"{sn[:3]}-{sn[3:6]}-{sn[6:9]} {sn[9:]}"
    x.t("[").v(S, boxed).t("]\nФамилия: ").v(P, fake.last_name_male().upper()).t("\nИмя: ").v(
        P, fake.first_name_male().upper()
    )
    x.t("\nПолис\n").v(OMS, ids.enp(rng, "fours")).t("\nДата рожд-я:\n").v(D, g.birth(rng, "dmy")).t(
        "\nАдресс:\n"
    )
    x.v(L, g.address(rng, fake, rng.choice(("rural", "region", "mkr")))).t("\nтел:\n").v(T, g.phone(rng))
    return x.done()


def discharge_copy_request(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Заведующему архивом от ").v(P, g.name(rng, fake, "gent", "F I O")).t("\n")
    x.t("Прошу выдать копии: выписного эпикриза (ИБ № ").v(M, ids.mrn(rng, "ib")).t(
        "), протокола КТ (ИД исследования "
    )
    x.v(M, ids.mrn(rng, "dicom")).t(") и рецепта № ").v(M, ids.mrn(rng, "rx")).t(".\nПериод лечения: ").v(
        D, g.date(rng, "range")
    )
    x.t("\nПаспорт: ").v(PS, ids.passport(rng, "split")).t("; СНИЛС: ").v(S, ids.snils(rng, "spaces")).t(
        "; ИНН "
    )
    x.v(INN, ids.inn12(rng, rng.choice(("spaces", "dash")))).t("\nГотовые копии отправить почтой: ").v(
        L, g.address(rng, fake, "reverse")
    )
    x.t("\n").v(D, g.date(rng, "dmy2")).t("   /").v(P, g.name(rng, fake, "nomn", "F I.O.")).t("/")
    return x.done()


def call_card(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("КАРТА ВЫЗОВА СМП № ").v(M, ids.mrn(rng, "call")).t("\nПринят: ").v(D, g.date(rng, "time")).t(
        "\nВызывающий: "
    )
    x.v(P, g.name(rng, fake, "nomn", rng.choice(("dim", "I O", "F")))).t(" (").t(
        rng.choice(("соседка", "жена", "прохожий"))
    )
    x.t("), тел. ").v(T, g.phone(rng)).t("\nБольной: ").v(P, g.name(rng, fake, "nomn", "F I O")).t(", ")
    x.t(str(rng.randint(20, 95))).t(" лет\nАдрес вызова: ").v(
        L, g.address(rng, fake, rng.choice(("city", "snt", "rural")))
    )
    x.t(", подъезд ").t(str(rng.randint(1, 8))).t(", код домофона ").t(str(rng.randint(10, 999))).t("К")
    x.t("\nАД 160/100, ЧСС 96, SpO2 94%. Время доезда 18 мин.\nФельдшер ").v(
        P, g.name(rng, fake, "nomn", "F IO")
    )
    return x.done()


def oms_old_policy(rng: random.Random, fake: Any) -> Planted:
    x = g.Doc()
    x.t("Пациент предъявил полис ОМС старого образца: серия ").v(OMS, f"{g.dn(rng, 4)}").t(" № ").v(
        OMS, g.dn(rng, 8)
    )
    x.t(", выдан ").v(D, g.date(rng, "dmy", 2005, 2010)).t(". Новый полис (ЕНП) ").v(OMS, ids.enp(rng))
    x.t(" оформлен ").v(D, g.date(rng, rng.choice(("dmy", "words")))).t(" на имя ").v(
        P, g.name(rng, fake, "gent", "F I O")
    )
    x.t(". Страховой представитель ").v(P, g.name(rng, fake, "nomn", "F IO")).t(", тел. горячей линии ")
    x.v(T, f"8-800-100-{g.d(rng, 2)}-{g.d(rng, 2)}").t(".")
    return x.done()


FORM_MAKERS = {
    "b13_mse_referral": mse_referral,
    "b13_sanatorium_card": sanatorium_card,
    "b13_informed_consent": informed_consent,
    "b13_paid_contract": paid_contract,
    "b13_invoice": invoice,
    "b13_tax_certificate": tax_certificate,
    "b13_commission_decision": commission_decision,
    "b13_json_export": json_export,
    "b13_xml_export": xml_export,
    "b13_csv_registry": csv_registry,
    "b13_hl7_message": hl7_message,
    "b13_boxes_form": boxes_form,
    "b13_discharge_copy_request": discharge_copy_request,
    "b13_call_card": call_card,
    "b13_oms_old_policy": oms_old_policy,
}
