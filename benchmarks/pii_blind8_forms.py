"""Forms, tables and machine exports of the blind8 split (JSON, XML, HL7, CSV, DICOM, boxes, next-line values)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind8_doc import G, tpl
from benchmarks.pii_blind8_gen import translit
from benchmarks.pii_families import BlockFamily, Planted

S = "blind8"


def mis_json(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    f, i, o, _ = g.person_parts()
    return tpl(
        '{"patient": {"id": "§id§", "lastName": "§f§", "firstName": "§i§", "middleName": "§o§", '
        '"birthDate": "§dob§", "snils": "§sn§", "enp": "§oms§", "phone": "§ph§", '
        '"address": {"text": "§a§"}}, "encounter": {"caseNumber": "§ib§", "start": "§t§", '
        '"mkb": "§icd§", "ward": "412"}}',
        id=g.mrn("mis", "guid"),
        f=("PERSON", f),
        i=("PERSON", i),
        o=("PERSON", o),
        dob=g.date("iso", lo=1935),
        sn=g.snils("flat", "dash"),
        oms=g.oms("flat"),
        ph=g.phone("p7_flat", "p8_flat", "p7"),
        a=g.addr("urban", "index_first"),
        ib=g.mrn("year_dash", "ib"),
        t=g.date("iso_t", lo=2023),
        icd=g.icd(),
    )


def semd_xml(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    f, i, o, fem = g.person_parts()
    ser, num = g.pass_parts()
    return tpl(
        '<recordTarget><patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.77.7824.100.1.1.17" extension="§mrn§"/>\n'
        '  <id root="1.2.643.100.3" extension="§sn§"/>\n  <identity:IdentityDoc><identity:Series>§ser§'
        "</identity:Series><identity:Number>§num§</identity:Number></identity:IdentityDoc>\n"
        '  <addr><streetAddressLine>§a§</streetAddressLine></addr>\n  <telecom value="tel:§ph§"/>\n'
        '  <telecom value="mailto:§em§"/>\n  <patient><name><family>§f§</family><given>§i§</given>'
        "<identity:Patronymic>§o§</identity:Patronymic></name>\n"
        '    <administrativeGenderCode code="§sex§" codeSystem="1.2.643.5.1.13.13.11.1040"/>\n'
        '    <birthTime value="§dob§"/></patient></patientRole></recordTarget>',
        mrn=g.mrn("ak", "mis"),
        sn=g.snils("flat", "dash"),
        ser=ser,
        num=num,
        a=g.addr("index_first", "urban"),
        ph=g.phone("p7_flat", "p7"),
        em=g.email(),
        f=("PERSON", f),
        i=("PERSON", i),
        o=("PERSON", o),
        sex=2 if fem else 1,
        dob=g.date("ymd8", lo=1935),
    )


def hl7(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    f, i, o, fem = g.person_parts()
    return tpl(
        "MSH|^~\\&|MIS|GKB7|LIS|LAB|§t0§||ADT^A01|MSG00§n§|P|2.5\rEVN|A01|§t1§\r"
        "PID|1||§pid§^^^MIS^MR~§sn§^^^PFR^SS||§f§^§i§^§o§||§dob§|§sex§|||§a§||§ph§\r"
        "PV1|1|I|KARD^412^3||||§docf§^§doci§|||||||||||§visit§",
        t0=g.date("hl7", lo=2023),
        n=rng.randint(1000, 9999),
        t1=g.date("hl7", lo=2023),
        pid=g.mrn("ak", "mis"),
        sn=g.snils("flat"),
        f=("PERSON", f),
        i=("PERSON", i),
        o=("PERSON", o),
        dob=g.date("ymd8", lo=1935),
        sex="F" if fem else "M",
        a=(
            "LOCATION",
            f"{fake.street_title()} ул., {fake.building_number()}^^"
            f"{fake.city_name().split(' (')[0]}^^{fake.postcode()}",
        ),
        ph=g.phone("p7_flat", "p8_flat"),
        docf=("PERSON", fake.last_name_male()),
        doci=("PERSON", fake.first_name_male()),
        visit=g.mrn("year_dash", "ib"),
    )


def csv_registry(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    rows, vals = [], {}
    for k in range(rng.randint(2, 4)):
        rows.append(f"§m{k}§;§p{k}§;§d{k}§;§s{k}§;§o{k}§;{g.icd()};Д-учёт")
        vals |= {
            f"m{k}": g.mrn("ak", "ib"),
            f"p{k}": g.name("F I O", "F io"),
            f"d{k}": g.dob("dmy", "iso"),
            f"s{k}": g.snils("dash", "flat", "dash4"),
            f"o{k}": g.oms("flat", "sp4"),
        }
    return tpl("№ карты;ФИО;Дата рожд.;СНИЛС;Полис;Диагноз;Примечание\n" + "\n".join(rows), **vals)


def admission_journal(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    rows, vals = [], {}
    for k in range(rng.randint(2, 4)):
        rows.append(
            f"| §t{k}§ | §ib{k}§ | §p{k}§ | §a{k}§ | {g.icd()} | {g.c('СМП', 'самотёк', 'направл.')} |"
        )
        vals |= {
            f"t{k}": g.date("dmy_time", "time_dmy", lo=2024),
            f"ib{k}": g.mrn("ib", "ib_k"),
            f"p{k}": g.name("F io", "F I O"),
            f"a{k}": g.addr("urban_short", "village", "posyolok"),
        }
    return tpl(
        "Журнал приёма больных (ф. 001/у)\n| Дата, время | И/б | Ф.И.О. | Адрес | МКБ | Доставлен |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows),
        **vals,
    )


def dicom(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    f, i, o, fem = g.person_parts()
    return tpl(
        "(0008,0020) DA [§sd§]   StudyDate\n(0008,0050) SH [§acc§]   AccessionNumber\n"
        "(0008,0080) LO [GKB7 KT]   InstitutionName\n(0008,0090) PN [§ref§]   ReferringPhysicianName\n"
        "(0010,0010) PN [§pn§]   PatientName\n(0010,0020) LO [§pid§]   PatientID\n"
        "(0010,0030) DA [§dob§]   PatientBirthDate\n(0010,0040) CS [§sex§]   PatientSex\n"
        "(0018,0050) DS [1.25]   SliceThickness\n(0020,0010) SH [§sid§]   StudyID",
        sd=g.date("ymd8", lo=2023),
        acc=g.mrn("acc"),
        ref=("PERSON", f"{translit(fake.last_name_male())}^{translit(fake.first_name_male())[0]}"),
        pn=("PERSON", f"{translit(f)}^{translit(i)}^{translit(o)}"),
        pid=g.mrn("ak", "mis"),
        dob=g.date("ymd8", lo=1935),
        sex="F" if fem else "M",
        sid=g.mrn("ak"),
    )


def prescription(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Форма № 107-1/у\nРЕЦЕПТ   Серия и номер: §no§   «§d§»\nФ.И.О. пациента: §p§\nДата рождения: §dob§\n"
        "№ мед. карты: §mk§\nФ.И.О. врача: §doc§\nRp.: Tab. Bisoprololi 5 mg N 30\nD.S. по 1 т. утром\n"
        "Рецепт действителен 60 дней",
        no=g.mrn("recipe"),
        d=g.date("dmy", lo=2024),
        p=g.name("F I O", "F io"),
        dob=g.dob("dmy", "dmy_short"),
        mk=g.mrn("ak", "emk"),
        doc=g.name("F I O", "F io"),
    )


def death_certificate(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ серия §ser§ № §no§\nДата выдачи §dd§\n"
        "1. Фамилия, имя, отчество умершего: §p§\n2. Пол: §sex§\n3. Дата рождения: §dob§\n"
        "4. Дата смерти: §dt§\n5. Регистрация по месту жительства: §a§\n"
        "6. Местность: городская\n7. Место смерти: в стационаре\nСвидетельство выдал врач §doc§\n"
        "Получил §rec§, паспорт §ps§",
        ser=g.raw("MEDICAL_RECORD_NUMBER", f"{rng.randint(10, 99)}{rng.randint(100, 999)}"),
        no=g.mrn("ak"),
        dd=g.date("words_q", "dmy", lo=2024),
        p=g.name("F I O"),
        sex=g.c("муж.", "жен."),
        dob=g.dob("dmy", "words"),
        dt=g.date("dmy_time", lo=2024),
        a=g.addr("urban", "rural", "index_first"),
        doc=g.name("F io", "io F"),
        rec=g.name("F I O", "F io"),
        ps=g.passport("sp", "no", "flat_sp"),
    )


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    ser, num = g.pass_parts()
    return tpl(
        "НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (ф. 088/у)\nДата выдачи: §d§\n"
        "Фамилия, имя, отчество:\n§p§\nДата рождения:\n§dob§\nАдрес места жительства:\n§a§\n"
        "Документ, удостоверяющий личность: паспорт гражданина РФ\nсерия:   §ser§\nномер:   §num§\n"
        "СНИЛС:\n§sn§\nИНН: §inn§\nПолис ОМС:\n§oms§\nНомер мед. карты: §mk§\nЛечащий врач: §doc§",
        d=g.date("dmy", lo=2024),
        p=g.name("F I O"),
        dob=g.dob("dmy", "dmy_sp2"),
        a=g.addr("index_first", "rural", "snt", "caps"),
        ser=ser,
        num=num,
        sn=g.snils("dash", "dash4", "sp"),
        inn=g.inn("flat", "dash", "sp"),
        oms=g.oms("flat", "sp4", "dash4"),
        mk=g.mrn("ak", "ib"),
        doc=g.name("F io"),
    )


def boxes(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    sn, oms = g.snils("flat")[1], g.oms("flat")[1]
    return tpl(
        "Полис ОМС |§oms§|\nСНИЛС [§sn§]\nДата рождения |§dob§|",
        oms=("RU_OMS_POLICY", "|".join(oms)),
        sn=(
            "RU_SNILS",
            "][".join(sn[:3])
            + "]-["
            + "][".join(sn[3:6])
            + "]-["
            + "][".join(sn[6:9])
            + "] ["
            + "][".join(sn[9:]),
        ),
        dob=("DATE_TIME", "|".join(g.dob("dmy")[1])),
    )


def dental_card(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО (ф. 043/у) № §no§\nФИО: §p§   Пол: §sex§   "
        "Возраст: §age§\nАдрес: §a§   Тел.: §ph§\nДиагноз: K02.1 (зуб 3.6), K04.0 (зуб 4.6)\n"
        "§d§ — 3.6 кариес дентина, пломба Filtek Z250. Анестезия: ультракаин 1,7 мл. Врач §doc§",
        no=g.mrn("ak", "ib"),
        p=g.name("F I O"),
        sex=g.c("М", "Ж"),
        age=rng.randint(18, 80),
        a=g.addr("urban", "urban_short", "mkr"),
        ph=g.phone("p8_dash", "p8_flat", "local"),
        d=g.date("dmy", "dmy_short", lo=2024),
        doc=g.name("F io", "F"),
    )


def vaccination(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    lines, vals = [], {}
    for k, vac in enumerate(
        rng.sample(("БЦЖ-М", "Инфанрикс Гекса", "Превенар 13", "Приорикс", "Энджерикс В", "ИПВ", "АДС-М"), 4)
    ):
        lines.append(f"{vac}, серия {rng.randint(100, 999)}-{rng.randint(10, 99)}, доза 0,5 мл — §d{k}§")
        vals[f"d{k}"] = g.date("dmy", "dmy_short", lo=2019)
    return tpl(
        "Сертификат о профилактических прививках (ф. 156/у-93)\nВладелец: §p§, д.р. §dob§\n"
        + "\n".join(lines),
        p=g.name("F I", "F I O"),
        dob=g.date("dmy", lo=2018, hi=2024),
        **vals,
    )


def lab_request(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Направление на лабораторное исследование № §no§\nМатериал: кровь венозная, проба §smp§\n"
        "Пациент: §p§   д/р: §dob§   отд. хирургии, §w§\nВзятие: §t§, м/с §ns§\n"
        "Результат: §labs§; СОЭ 22 мм/ч. Исп. §lab§",
        no=g.mrn("napr", "slash3"),
        smp=g.mrn("lab"),
        p=g.name("F io", "F I O"),
        dob=g.dob("dmy_short", "dmy"),
        w=g.ward(),
        t=g.date("dmy_time", "iso_t", lo=2024),
        ns=g.name("F", "F io", female=True),
        labs=g.labs(),
        lab=g.name("F io"),
    )


def key_value_export(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "PATIENT_ID=§id§\nFIO=§p§\nBIRTH_DT=§dob§\nDOC_TYPE=14\nDOC_SER=§ser§\nDOC_NUM=§num§\n"
        "SNILS=§sn§\nINN=§inn§\nPOLIS_NUM=§oms§\nTEL=§ph§\nEMAIL=§em§\nSOCIAL=§u§\nADDR_REG=§a§\nLPU_CODE=770001",
        id=g.mrn("mis", "guid", "emk"),
        p=g.name("F I O"),
        dob=g.date("iso", "dmy", lo=1935),
        ser=("RU_PASSPORT", f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}"),
        num=("RU_PASSPORT", str(rng.randint(100000, 999999))),
        sn=g.snils("flat"),
        inn=g.inn("flat"),
        oms=g.oms("flat"),
        ph=g.phone("p7_flat", "p8_flat"),
        em=g.email(),
        u=g.url(),
        a=g.addr("caps", "index_first"),
    )


def insurance_card(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    f, i, o, _ = g.person_parts()
    return tpl(
        "Выписка из реестра застрахованных лиц ТФОМС\nЕНП:\n§oms§\nФамилия §f§ Имя §i§ Отчество §o§\n"
        "Дата рождения §dob§  Место рождения: г. §bp§\nСМО: ООО «СК «Ингосстрах-М», реестровый № 77012\n"
        "Дата прикрепления §d§, прикреплён к §h§",
        oms=g.oms("flat", "sp4"),
        f=("PERSON", f),
        i=("PERSON", i),
        o=("PERSON", o),
        dob=g.dob("dmy"),
        bp=g.town(),
        d=g.date("dmy", lo=2015),
        h=g.hospital(),
    )


def phones_line(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Контакты: §p1§ (дочь §n1§); §p2§ — сын; раб. §p3§\nДоп. тел.: §p4§, §p5§",
        p1=g.phone("p8_flat", "p7", "p8_dash"),
        n1=g.name("I", "d", female=True),
        p2=g.phone("p7_sp", "p8_br", "p8_dot", "p7_flat"),
        p3=g.phone("city_ext", "city", "local"),
        p4=g.phone("p8_flat", "by", "kz"),
        p5=g.phone("p8_dash", "uz", "tj", "de"),
    )


def date_ranges(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Находилась на стац. лечении с §a§ по §b§. Амбулаторно §c§–§d§. ЛН закрыт §e§, "
        "следующая явка §f§ (каб. 214). Хронология: ОИМ в 2014 г., стентирование §h§.",
        a=g.date("dm", "words_noyr", lo=2024),
        b=g.date("dmy", "words", lo=2024),
        c=g.date("dm", lo=2024),
        d=g.date("dmy", "dmy_short", lo=2024),
        e=g.date("dmy", "dmy_g", "typo", lo=2024),
        f=g.date("words_noyr", "dm", "dmy"),
        h=g.date("month_yr", "mm_yyyy", "dmy"),
    )


def misspelt_labels(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "§l1§ §p§\n§l2§ §dob§\n§l3§ §sn§\n§l4§ §oms§\n§l5§ §ps§\n§l6§ §inn§\n§l7§ §mk§\n§l8§ §a§",
        l1=g.c("Ф.И.О", "ФИО пацента:", "Фамилия И.О.-", "Пациен:"),
        p=g.name("F I O", "F io", "F i o"),
        l2=g.c("Д.Р:", "дата рожд-я", "Д/р -", "Дата рождения.:"),
        dob=g.dob("dmy", "dmy_short", "dmy_sp2", "ocr"),
        l3=g.c("СНИЛЛС", "Снилс №", "СНИЛС/ИЛС:", "с.н.и.л.с."),
        sn=g.snils("dash", "flat", "sp", "dot", "dash4"),
        l4=g.c("Полюс ОМС", "полис омс №", "ОМС:", "Полис №"),
        oms=g.oms("flat", "sp4", "dash4"),
        l5=g.c("Паспрот", "Пасп.", "паспорт РФ сер/ном", "Документ:"),
        ps=g.passport("sp", "flat_sp", "no", "flat", "dash"),
        l6=g.c("ИИН", "ИНН.", "инн физ.л.", "ИНН:"),
        inn=g.inn("flat", "sp4", "sp"),
        l7=g.c("Амб.карта", "№ а/к", "Мед. карта №", "МКАБ"),
        mk=g.mrn("ak", "emk", "ib", "guid"),
        l8=g.c("Адресс:", "Место проживания", "Адр. рег.", "Прож.:"),
        a=g.addr("urban", "index_first", "caps", "mkr", "litera"),
    )


FORM_BLOCKS: list[BlockFamily] = [
    BlockFamily("b8_form_mis_json", S, mis_json),
    BlockFamily("b8_form_semd_xml", S, semd_xml),
    BlockFamily("b8_form_hl7_adt", S, hl7),
    BlockFamily("b8_form_csv_registry", S, csv_registry),
    BlockFamily("b8_form_admission_journal", S, admission_journal),
    BlockFamily("b8_form_dicom", S, dicom),
    BlockFamily("b8_form_prescription", S, prescription),
    BlockFamily("b8_form_death_certificate", S, death_certificate),
    BlockFamily("b8_form_mse_nextline", S, mse_referral),
    BlockFamily("b8_form_boxes", S, boxes),
    BlockFamily("b8_form_dental_card", S, dental_card),
    BlockFamily("b8_form_vaccination", S, vaccination),
    BlockFamily("b8_form_lab_request", S, lab_request),
    BlockFamily("b8_form_key_value", S, key_value_export),
    BlockFamily("b8_form_tfoms_extract", S, insurance_card),
    BlockFamily("b8_form_phones_line", S, phones_line),
    BlockFamily("b8_form_date_ranges", S, date_ranges),
    BlockFamily("b8_form_misspelt_labels", S, misspelt_labels),
]
