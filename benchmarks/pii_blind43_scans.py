"""Blind split 43, several values per fragment: scanned documents as OCR writes them (passport page,
OMS policy, SNILS card), printed certificates and forms, telemedicine protocols, fixed-width exports,
ЕПГУ appeals and ambulance call cards from the dispatch system."""

from __future__ import annotations

from benchmarks.pii_blind43_gen import (
    Doc,
    addr,
    digits,
    enp,
    fio,
    fio_g,
    fio_parts,
    inn12,
    login,
    mrn,
    ocr,
    passport,
    phone,
    snils,
    town,
    url_personal,
    when,
    when_run,
)
from benchmarks.pii_families import HELDOUT, BlockFamily

P, D, L, T, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def passport_scan(rng, fake):
    d = Doc()
    o = lambda s: ocr(rng, s)  # noqa: E731
    office = rng.choice(("ГУ МВД России по г. Москве", "МВД по Республике Татарстан", "УМВД России по Тверской области",
                         "ОУФМС России по Свердловской обл. в Ленинском р-не г. Екатеринбурга", "ТП УФМС России по Омской обл."))
    d(o("РОССИЙСКАЯ ФЕДЕРАЦИЯ") + "\n" + o("Паспорт выдан " + office) + "\n")
    d(o("Дата выдачи") + " ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy", "dd. mm. yyyy"))))
    d(f" {o('Код подразделения')} {digits(rng, 3)}-{digits(rng, 3, lead=False)}\n")
    last, first, middle, fem = fio_parts(rng, fake, caps=True)
    d(o("Фамилия") + " ").v(P, o(last))("\n" + o("Имя") + " ").v(P, o(first))("\n" + o("Отчество") + " ").v(P, o(middle))
    d("\n" + o("Пол") + f" {'ЖЕН.' if fem else 'МУЖ.'} " + o("Дата рождения") + " ").v(D, when(rng, fake, "dd.mm.yyyy", birth=True))
    d("\n" + o("Место рождения") + " ").v(L, o(rng.choice((f"ГОР. {town(fake).upper()}", f"С. {town(fake).upper()} {fake.administrative_unit().upper()}"))))
    d("\n").v(PAS, passport(rng, rng.choice(("XX XX XXXXXX", "XX XX  XXXXXX", "XXXX XXXXXX"))))("\n")
    return d.done()


def policy_or_snils_scan(rng, fake):
    d = Doc()
    o = lambda s: ocr(rng, s)  # noqa: E731
    if rng.random() < 0.5:
        d(o("ПОЛИС ОБЯЗАТЕЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ") + "\n№ ").v(OMS, enp(rng, rng.choice(("XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX"))))
        last, first, middle, _ = fio_parts(rng, fake, caps=rng.random() < 0.5)
        d("\n" + o("Фамилия") + " ").v(P, o(last))("\n" + o("Имя") + " ").v(P, o(first))("\n" + o("Отчество") + " ").v(P, o(middle))
        d("\n" + o("Дата рождения") + " ").v(D, when(rng, fake, "dd.mm.yyyy", birth=True))
        d("\n" + o("Срок действия: не ограничен") + "\n" + o("Дата выдачи") + " ").v(D, when(rng, fake, "dd.mm.yyyy"))("\n")
    else:
        d(o("СТРАХОВОЕ СВИДЕТЕЛЬСТВО") + "\n" + o("ОБЯЗАТЕЛЬНОГО ПЕНСИОННОГО СТРАХОВАНИЯ") + "\n")
        d.v(SN, snils(rng, rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX  XX", "XXX-XXX-XXX-XX"))))
        d("\n" + o("Ф.И.О.") + " ").v(P, o(fio(rng, fake, "F I O", caps=rng.random() < 0.5)))
        d("\n" + o("Дата и место рождения") + " ").v(D, when(rng, fake, "d MG yyyy года", birth=True))(", ")
        d.v(L, o(rng.choice((f"гор. {town(fake)}", f"г. {town(fake)} {fake.administrative_unit()}"))))
        d("\n" + o("Дата регистрации") + " ").v(D, when(rng, fake, "dd.mm.yyyy"))("\n")
    return d.done()


def tax_certificate(rng, fake):
    d = Doc()
    d("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ").v(MRN, digits(rng, rng.choice((4, 5, 6))))
    d("\nВыдана налогоплательщику ").v(P, fio(rng, fake, "F I O"))("\nИНН ").v(INN, inn12(rng))
    if rng.random() < 0.5:
        d("\nДокумент, удостоверяющий личность: паспорт ").v(PAS, passport(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX"))))
    patient, fem = fio_g(rng, fake, "F I O", case="datv")
    relation = rng.choice(("дочь", "мать", "супруга") if fem else ("сын", "отец", "супруг"))
    d("\nв том, что он(а) оплатил(а) медицинские услуги, оказанные ").v(P, patient)
    d(f" ({relation}), дата рождения ").v(D, when(rng, fake, "dd.mm.yyyy", birth=True))
    d(f"\nна сумму {rng.randrange(1000, 250000)} руб. 00 коп. Код услуги {rng.choice('12')}. Дата оплаты ").v(D, when(rng, fake, "dd.mm.yyyy"))
    return d.done()


def telemed_protocol(rng, fake):
    d = Doc()
    d("ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ № ").v(MRN, f"ТМК-{when(rng, fake, 'yyyy')}-{digits(rng, 5, lead=False)}")
    d("\nДата и время проведения: ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy HH:MI", "dd.mm.yyyy, HH:MI", "d MG yyyy г. HH:MI"))))
    d("\nФормат: врач — пациент, видеосвязь\nПациент: ").v(P, fio(rng, fake, rng.choice(("F I O", "F I O", "F io"))))
    d(", СНИЛС ").v(SN, snils(rng))("\nКонсультант: ").v(P, fio(rng, fake, rng.choice(("F I O", "F io"))))
    d("\nЛечащий врач (запросившая сторона): ").v(P, fio(rng, fake, rng.choice(("F io", "F i o"))))
    d("\nСсылка на сеанс: ").v(U, url_personal(rng, fake, "room"))("\nКонтакт пациента: ").v(E, login(fake, rng))
    d(", ").v(T, phone(rng))("\n")
    return d.done()


def fixed_width(rng, fake):
    d = Doc()
    widths = (16, 14, 18, 11, 15)
    d("".join(h.ljust(w) for h, w in zip(("FAM", "IM", "OT", "DR", "SNILS"), widths, strict=True)).rstrip() + "\n")
    for _ in range(rng.randrange(2, 4)):
        last, first, middle, _ = fio_parts(rng, fake, caps=True)
        values = ((P, last), (P, first), (P, middle), (D, when(rng, fake, "dd.mm.yyyy", birth=True)), (SN, snils(rng, "XXXXXXXXXXX")))
        for (kind, value), w in zip(values, widths, strict=True):
            d.v(kind, value)(" " * max(1, w - len(value)))
        d(f"{rng.choice(('1', '2'))}\n")
    return d.done()


def vaccination_certificate(rng, fake):
    d = Doc()
    d("Сертификат о вакцинации № ").v(MRN, f"9{digits(rng, 3, lead=False)} {digits(rng, 4, lead=False)} {digits(rng, 4, lead=False)} {digits(rng, 4, lead=False)}")
    d("\nФИО: ").v(P, fio(rng, fake, "F I O"))("\nДата рождения: ").v(D, when(rng, fake, "dd.mm.yyyy", birth=True))
    d("\nПаспорт: ").v(PAS, passport(rng, rng.choice(("XXXX XXXXXX", "XX XX XXXXXX"))))
    if rng.random() < 0.5:
        d("\nЗагранпаспорт: ").v(MRN, f"{digits(rng, 2)} {digits(rng, 7)}")
    first_dose, second_dose = when_run(rng, fake, "dd.mm.yyyy", 2, 21)
    d("\nВакцина: Гам-КОВИД-Вак\nДата введения 1-го компонента: ").v(D, first_dose)
    d("\nДата введения 2-го компонента: ").v(D, second_dose)("\nПроверка: ").v(U, url_personal(rng, fake, "cert"))
    return d.done()


def epgu_appeal(rng, fake):
    d = Doc()
    d("Обращение через ЕПГУ № ").v(MRN, digits(rng, 10))(" от ").v(D, when(rng, fake, "dd.mm.yyyy HH:MI"))
    d("\nЗаявитель: ").v(P, fio(rng, fake, "F I O"))("\nE-mail: ").v(E, login(fake, rng))("\nТелефон: ").v(T, phone(rng))
    d("\nПочтовый адрес: ").v(L, addr(rng, fake))
    d("\nТекст: «Моя мама, ").v(P, fio(rng, fake, rng.choice(("F I O", "I O"))))(", была записана на ")
    d.v(D, when(rng, fake, rng.choice(("d MG", "dd.mm", "d MG в HH:MI"))))(", но врач ").v(P, fio(rng, fake, rng.choice(("F", "F io", "I O"))))
    d(" не принял, сказали, что в системе записи нет.»")
    return d.done()


def ambulance_card(rng, fake):
    d = Doc()
    d("АДИС. Карта вызова № ").v(MRN, mrn(rng, "call"))(" от ").v(D, when(rng, fake, rng.choice(("dd.mm.yyyy HH:MI", "dd.mm.yyyy"))))
    d("\nАдрес вызова: ").v(L, addr(rng, fake, rng.choice(("dots", "rev", "fias", "village"))))(f", подъезд {rng.randrange(1, 9)}, этаж {rng.randrange(1, 17)}")
    d(f"\nВызывает: {rng.choice(('дочь', 'сосед', 'жена', 'сам'))}, тел. ").v(T, phone(rng, rng.choice(("plain", "br8", "dash", "e164"))))
    d("\nБольной: ").v(P, fio(rng, fake, rng.choice(("F I O", "F I", "F")), caps=rng.random() < 0.5))(f", возраст {rng.randrange(18, 95)}")
    if rng.random() < 0.6:
        d("\nПолис: ").v(OMS, enp(rng))
    d(f"\nБригада № {rng.randrange(1, 40)}, фельдшер ").v(P, fio(rng, fake, "F io"))
    return d.done()


SCAN_BLOCKS: list[BlockFamily] = [
    BlockFamily("b43-block-passport-ocr", HELDOUT, passport_scan),
    BlockFamily("b43-block-policy-snils-ocr", HELDOUT, policy_or_snils_scan),
    BlockFamily("b43-block-tax-certificate", HELDOUT, tax_certificate),
    BlockFamily("b43-block-telemed-protocol", HELDOUT, telemed_protocol),
    BlockFamily("b43-block-fixed-width", HELDOUT, fixed_width),
    BlockFamily("b43-block-vaccination-cert", HELDOUT, vaccination_certificate),
    BlockFamily("b43-block-epgu-appeal", HELDOUT, epgu_appeal),
    BlockFamily("b43-block-ambulance-card", HELDOUT, ambulance_card),
]
