"""Multi-value fragments of blind split 35: dental, eye, ENT and rehabilitation paperwork and exports."""

from __future__ import annotations

import json
from typing import Any

from benchmarks import pii_blind35_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

PER, PH, DT, LOC, MRN = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"


def dental_card(rng, fake) -> Planted:
    d = g.Doc()
    d.t(g.ocr(rng, "МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО № ", 0.04)).v(MRN, g.lay(rng, rng.choice(("XXXX", "XXXX/XX", "XXXXX")), g.dg(rng, 6)))
    d.t(rng.choice(("\nФамилия, имя, отчество ", "\nФ.И.О.: ", "\nПациент: "))).v(PER, g.name(rng, fake, ("F I O",), style=""))
    d.t(rng.choice(("\nПол ж/м  Дата рождения ", "\nДата рождения: ", "\nд.р. "))).v(DT, g.born(rng, "dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yy"))
    d.t(rng.choice(("\nАдрес ", "\nМесто жительства: "))).v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    if rng.random() < 0.7:
        d.t(rng.choice(("\nТел. ", "\nтелефон: "))).v(PH, g.mob(rng))
    d.t("\nДиагноз: К02.1 Кариес дентина 3.6, 4.7.\nЛечащий врач ").v(PER, g.name(rng, fake, ("F io", "F i o")))
    d.t(rng.choice((" ", ", дата первичного приёма "))).v(DT, g.when(rng, "dd.mm.yyyy", "dd.mm.yy"))
    return d.done()


def dental_plan_consent(rng, fake) -> Planted:
    d = g.Doc()
    d.t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на ортопедическое лечение\nЯ, ").v(PER, g.name(rng, fake, ("F I O",)))
    d.t(", ").v(DT, g.born(rng, "dd.mm.yyyy", "yyyy")).t(rng.choice((" г.р., паспорт ", " года рождения, паспорт серии ")))
    d.v("RU_PASSPORT", g.passport(rng, "XXXX XXXXXX", "XX XX № XXXXXX", "XXXX № XXXXXX"))
    d.t(", выдан ").t(g.when(rng, "dd.mm.yyyy")).t(" отделом УФМС, зарегистрированный по адресу: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    d.t(", согласен на изготовление металлокерамического мостовидного протеза 1.4–1.6. План лечения разъяснён врачом-ортопедом ")
    d.v(PER, g.name(rng, fake, ("F io", "F I O"), case="ablt")).t(".\nПодпись пациента ______ ").v(DT, g.when(rng, "«dd» MG yyyy г.", "dd.mm.yyyy"))
    return d.done()


def dental_lab_order(rng, fake) -> Planted:
    d = g.Doc()
    sep = rng.choice(("\n", " | "))
    d.t("ЗАКАЗ-НАРЯД № ").v(MRN, f"{g.dg(rng, 4)}-{rng.randrange(1, 13):02d}").t(" (зуботехническая лаборатория)")
    d.t(sep + "Клиника: Стоматология «Улыбка», врач ").v(PER, g.name(rng, fake, ("F io", "F I")))
    d.t(sep + "Пациент: ").v(PER, g.name(rng, fake, ("F I", "F io", "F I O")))
    d.t(sep + "Работа: коронка цирконий 2.1, цвет A2" + sep + "Дата сдачи: ").v(DT, g.when(rng, "dd.mm.yyyy", "dd.mm", "d MG"))
    d.t(sep + "Примерка: ").v(DT, g.when(rng, "dd.mm hh:nn", "dd.mm.yyyy hh:nn"))
    d.t(sep + "Связь с техником: ").v(PH, g.mob(rng))
    return d.done()


def dental_tax_certificate(rng, fake) -> Planted:
    d = g.Doc()
    d.t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ").v(MRN, f"{g.dg(rng, 5)}")
    d.t("\nНалогоплательщик: ").v(PER, g.name(rng, fake, ("F I O",), style=""))
    d.t("\nИНН налогоплательщика: ").v("RU_INN", g.inn12(rng))
    if rng.random() < 0.5:
        d.t("\nДата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy"))
    d.t("\nПациент: ").v(PER, g.name(rng, fake, ("F I O",), style="")).t(rng.choice((" (ребёнок)", " (супруг(а))", " (родитель)", "")))
    d.t("\nСтоимость оказанных услуг: 84 300 руб. 00 коп., код услуги 01.\nДата выдачи: ").v(DT, g.when(rng, "dd.mm.yyyy", "«dd» MG yyyy г."))
    return d.done()


def dicom_xray(rng, fake) -> Planted:
    d = g.Doc()
    d.t("(0010,0010) PatientName: ").v(PER, g.latin_name(rng, fake, "^"))
    d.t("\n(0010,0020) PatientID: ").v(MRN, rng.choice((g.dg(rng, 8), f"RVG{g.dg(rng, 6)}", f"CBCT-{g.dg(rng, 5)}")))
    d.t("\n(0010,0030) PatientBirthDate: ").v(DT, g.born(rng, "yyyymmdd"))
    d.t("\n(0008,0020) StudyDate: ").v(DT, g.when(rng, "yyyymmdd"))
    d.t("\n(0008,0050) AccessionNumber: ").v(MRN, f"A{g.dg(rng, 9)}")
    d.t("\n(0008,0060) Modality: DX\n(0008,1030) StudyDescription: OPG panoramic")
    return d.done()


def glasses_prescription(rng, fake) -> Planted:
    d = g.Doc()
    d.t(rng.choice(("РЕЦЕПТ НА ОЧКИ\n", "Рецепт на очки (для дали)\n"))).t("Ф.И.О. ").v(PER, g.name(rng, fake, ("F I O", "F io")))
    d.t(rng.choice((", возраст 47 лет", ", д.р. ")))
    if d.text.endswith("д.р. "):
        d.v(DT, g.born(rng, "dd.mm.yyyy", "yyyy"))
    d.t("\nOD sph -1,75 cyl -0,5 ax 180\nOS sph -2,0\nDp 64 мм\nВрач-офтальмолог ").v(PER, g.name(rng, fake, ("F io", "F i o")))
    d.t("\n").v(DT, g.when(rng, "dd.mm.yyyy", "«dd» MG yyyy г.", "dd.mm.yy"))
    if rng.random() < 0.5:
        d.t("\nОптика: ").v("URL", g.clinic_site(rng, fake))
    return d.done()


def cataract_discharge(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Выписной эпикриз из медицинской карты стационарного больного № ").v(MRN, rng.choice((f"{g.dg(rng, 4)}/С", g.dg(rng, 5), f"{g.dg(rng, 3)}-{rng.randrange(20, 26)}")))
    d.t("\n").v(PER, g.name(rng, fake, ("F I O",))).t(", ").v(DT, g.born(rng, "yyyy", "dd.mm.yyyy", lo=1935, hi=1965))
    d.t(rng.choice((" г.р.", " г.р., пенсионер(ка)")) + "\nНаходился(ась) в офтальмологическом отделении с ")
    start, end = g.period(rng, ("dd.mm.yyyy", "dd.mm"), ("dd.mm.yyyy",), (2, 6))
    d.v(DT, start).t(" по ").v(DT, end)
    d.t("\nОперация: ФЭК + ИОЛ OD (").v(DT, g.when(rng, "dd.mm.yyyy", "d MG yyyy г.")).t(rng.choice(("), хирург ", "). Оперировал ")))
    d.v(PER, g.name(rng, fake, ("F io", "F I O")))
    d.t("\nVis OD при выписке 0,8. Контроль у офтальмолога по месту жительства (").v(LOC, g.addr(rng, fake, "{T}", "г. {T}", "{D} р-н")).t(").")
    return d.done()


def oct_csv(rng, fake) -> Planted:
    d = g.Doc()
    sep = rng.choice((";", ",", "\t"))
    d.t(sep.join(("PatientID", "LastName", "FirstName", "DOB", "ExamDate", "Eye", "RNFL_avg")) + "\n")
    for _ in range(rng.randrange(2, 4)):
        last, first, _, _ = g._raw_person(rng, fake, 0.3)
        d.v(MRN, g.dg(rng, 7)).t(sep).v(PER, g.translit(last) if rng.random() < 0.5 else last).t(sep)
        d.v(PER, g.translit(first) if rng.random() < 0.5 else first).t(sep)
        d.v(DT, g.born(rng, "dd.mm.yyyy", "yyyy-mm-dd", "mm/dd/yyyy")).t(sep).v(DT, g.when(rng, "yyyy-mm-dd hh:nn", "dd.mm.yyyy"))
        d.t(sep + rng.choice(("OD", "OS")) + sep + str(rng.randrange(70, 110)) + "\n")
    return d.done()


def audiogram_hearing_aid(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Сурдологический центр. Карта слухопротезирования № ").v(MRN, f"{g.dg(rng, 4)}/{rng.randrange(20, 26)}")
    d.t("\nФИО: ").v(PER, g.name(rng, fake, ("F I O",))).t("   Д.р.: ").v(DT, g.born(rng, "dd.mm.yyyy", lo=1935, hi=2015))
    d.t("\nСНИЛС: ").v("RU_SNILS", g.snils(rng, "XXX-XXX-XXX XX", "XXXXXXXXXXX"))
    d.t("\nИПРА № ").v(MRN, f"{g.dg(rng, 3)}.{rng.randrange(1, 30)}.{rng.randrange(10, 99)}/{rng.randrange(2020, 2026)}")
    d.t(" от ").v(DT, g.when(rng, "dd.mm.yyyy"))
    d.t("\nАудиометрия: двусторонняя сенсоневральная тугоухость III ст.\nВыдан слуховой аппарат, серийный № SN 2219-0457 (заводской)")
    d.t("\nКонтакт для напоминаний: ")
    if rng.random() < 0.6:
        d.v(PH, g.mob(rng))
    else:
        d.v("EMAIL_ADDRESS", g.email(rng, fake))
    return d.done()


def ent_referral(rng, fake) -> Planted:
    d = g.Doc()
    d.t(rng.choice(("НАПРАВЛЕНИЕ на госпитализацию (ф. 057/у-04) № ", "Направление в ЛОР-отделение № ")))
    d.v(MRN, rng.choice((g.dg(rng, 6), f"{rng.randrange(20, 26)}-{g.dg(rng, 5)}")))
    d.t("\nКому: ").v(PER, g.name(rng, fake, ("F I O",), case="datv")).t(", ").v(DT, g.born(rng, "dd.mm.yyyy", "yyyy г.р."))
    d.t("\nПолис ОМС: ").v("RU_OMS_POLICY", g.enp(rng, "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))
    d.t("\nДиагноз: J34.2 Искривление носовой перегородки. Септопластика планово на ").v(DT, g.when(rng, "dd.mm.yyyy", "d MG"))
    d.t(".\nВрач-оториноларинголог ").v(PER, g.name(rng, fake, ("F io",))).t(", тел. отделения ").v(PH, g.landline(rng))
    return d.done()


def physio_card(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Карта, больного, лечащегося в физиотерапевтическом отделении (ф. 044/у) № ").v(MRN, g.dg(rng, rng.choice((3, 4, 5))))
    d.t("\nФИО: ").v(PER, g.name(rng, fake, ("F I O", "F io"))).t(rng.choice((", ", ", возраст 56, ")))
    d.t("отделение/кабинет: амб.\nНазначено: магнитотерапия на поясничный отдел №10, электрофорез с эуфиллином №8\n")
    for _ in range(rng.randrange(2, 4)):
        d.v(DT, g.when(rng, "dd.mm", "dd.mm.yy", "dd.mm.yyyy")).t(rng.choice(("  процедура  ", " — отпущ. ", "\t")))
        d.v(PER, g.name(rng, fake, ("F", "F io", "F i"), style="")).t("\n")
    return d.done()


def lfk_schedule_tsv(rng, fake) -> Planted:
    d = g.Doc()
    d.t("date\ttime\tpatient\tinstructor\tphone\n")
    for _ in range(rng.randrange(2, 4)):
        d.v(DT, g.when(rng, "dd.mm.yyyy", "yyyy-mm-dd")).t("\t" + f"{rng.randrange(8, 18)}:{rng.choice(('00', '30'))}\t")
        d.v(PER, g.name(rng, fake, ("F I", "F io", "F I O"), style="")).t("\t").v(PER, g.name(rng, fake, ("F io", "F"), style=""))
        d.t("\t").v(PH, g.mob(rng, "89AABBBCCDD", "+79AABBBCCDD")).t("\n")
    return d.done()


def ipra_rehab(rng, fake) -> Planted:
    d = g.Doc()
    d.t("Выписка из ИПРА инвалида № ").v(MRN, f"{g.dg(rng, 4)}.{rng.randrange(1, 99)}.{rng.randrange(10, 99)}/{rng.randrange(2019, 2026)}")
    d.t(" к протоколу проведения МСЭ № ").v(MRN, f"{g.dg(rng, 4)}.{rng.randrange(1, 99)}.{rng.randrange(10, 99)}/{rng.randrange(2019, 2026)}")
    d.t(" от ").v(DT, g.when(rng, "dd.mm.yyyy"))
    d.t("\n1. Фамилия, имя, отчество (при наличии): ").v(PER, g.name(rng, fake, ("F I O",), style=""))
    d.t("\n2. Дата рождения: ").v(DT, g.born(rng, "dd.mm.yyyy", "d MG yyyy г."))
    d.t("\n4. Адрес места жительства: ").v(LOC, g.addr(rng, fake, *g.ADDR_FULL))
    d.t("\n6. СНИЛС: ").v("RU_SNILS", g.snils(rng))
    d.t("\nМероприятия медицинской реабилитации: ЛФК, массаж, санаторно-курортное лечение — нуждается.")
    return d.done()


def rehab_json(rng, fake) -> Planted:
    last, first, middle, _ = g._raw_person(rng, fake, 0.3)
    fields: list[tuple[str, str, str]] = [
        ("episode_id", MRN, f"RH-{g.dg(rng, 6)}"), ("fio", PER, f"{last} {first} {middle}"),
        ("birth_date", DT, g.born(rng, "yyyy-mm-dd")), ("admission", DT, g.when(rng, "yyyy-mm-dd", "yyyy-mm-ddThh:nn:ss")),
        ("phone", PH, g.mob(rng, "+79AABBBCCDD", "8 9AA BBB-CC-DD")), ("email", "EMAIL_ADDRESS", g.email(rng, fake)),
        ("rehab_doctor", PER, g.name(rng, fake, ("F io",), style="")),
    ]
    rng.shuffle(fields)
    d = g.Doc().t("{")
    for i, (key, kind, val) in enumerate(fields):
        d.t(("" if i == 0 else ", ") + json.dumps(key) + ": \"").v(kind, val).t("\"")
    d.t(", \"mrs_score\": 3, \"stage\": 2}")
    return d.done()


def sms_reminder(rng, fake) -> Planted:
    d = g.Doc()
    d.t(rng.choice(("SMS ", "[смс-рассылка] ", ""))).t("→ ").v(PH, g.mob(rng, "+79AABBBCCDD", "79AABBBCCDD", "89AABBBCCDD")).t(": ")
    d.t(rng.choice(("Уважаемый(ая) ", "Здравствуйте, ", ""))).v(PER, g.name(rng, fake, ("I O", "I"), style=""))
    d.t(rng.choice(("! Напоминаем о записи к ", "! Вы записаны к ")))
    d.t(rng.choice(("стоматологу-ортопеду ", "сурдологу ", "офтальмологу ", "физиотерапевту ", "ортодонту ")))
    d.v(PER, g.name(rng, fake, ("F io", "F i o", "F I O"), case="datv", style=""))
    d.t(" ").v(DT, g.when(rng, "dd.mm в hh:nn", "d MG в hh:nn", "dd.mm.yyyy hh:nn")).t(". Перенос: ").v(PH, g.landline(rng))
    if rng.random() < 0.5:
        d.t(", онлайн: ").v("URL", g.clinic_site(rng, fake))
    d.t(rng.choice((". Ответ 1 — приду, 2 — отмена.", ". Клиника «Дента-Люкс»", "")))
    return d.done()


def rehab_prose(rng, fake) -> Planted:
    d = g.Doc()
    d.v(PER, g.name(rng, fake, ("F I O", "F io"))).t(", ").v(DT, g.born(rng, "yyyy", "dd.mm.yyyy", lo=1945, hi=1990))
    lead, case = rng.choice(((" г.р., проживающий(ая) в ", "loct"), (" г.р., житель(ница) ", "gent")))
    d.t(lead).v(LOC, g.addr(rng, fake, "{Tc}", "с. {V} {Dg} района", "г. {Tc}", case=case))
    d.t(", после эндопротезирования левого коленного сустава (").v(DT, g.when(rng, "dd.mm.yyyy", "MN yyyy г.", "d MG yyyy г."))
    d.t(rng.choice((") переведён(а) на второй этап реабилитации. ", ") направлен(а) в реабилитационный центр. ")))
    d.t("Курс ЛФК и механотерапии проводит ").v(PER, g.name(rng, fake, ("F I O", "F io"), style=""))
    lead, case = rng.choice(((", контроль — заведующий ", "nomn"), (". Согласовано с ", "ablt"), (". Осмотрен(а) ", "ablt")))
    d.t(lead).v(PER, g.name(rng, fake, ("F io", "F I O"), case=case, style=""))
    d.t(". По окончании показано санаторно-курортное лечение, выдана справка 070/у № ").v(MRN, g.dg(rng, 6)).t(".")
    return d.done()


def _fam(name: str, make: Any) -> BlockFamily:
    return BlockFamily(f"b35-{name}", HELDOUT, make)


CARE_BLOCKS: list[BlockFamily] = [
    _fam("dental-card-043", dental_card), _fam("dental-consent-passport", dental_plan_consent),
    _fam("dental-lab-order", dental_lab_order), _fam("dental-tax-certificate", dental_tax_certificate),
    _fam("dicom-dental-xray", dicom_xray), _fam("glasses-prescription", glasses_prescription),
    _fam("cataract-discharge", cataract_discharge), _fam("oct-export-csv", oct_csv),
    _fam("hearing-aid-card", audiogram_hearing_aid), _fam("ent-referral-057", ent_referral),
    _fam("physio-card-044", physio_card), _fam("lfk-schedule-tsv", lfk_schedule_tsv),
    _fam("ipra-extract", ipra_rehab), _fam("rehab-json", rehab_json), _fam("sms-reminder", sms_reminder),
    _fam("rehab-prose", rehab_prose),
]
