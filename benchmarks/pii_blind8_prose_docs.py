"""Whole clinical-prose documents of the blind8 split (epicrises, diaries, letters, court and social mail)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind8_doc import G, tpl
from benchmarks.pii_blind8_gen import _first, _patr, _surname
from benchmarks.pii_families import BlockFamily, Planted

S = "blind8"


def discharge(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "§h§\n§org§\nВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № §ib§\n"
        "Ф.И.О.: §p§, §dob§ г.р.\nАдрес: §a§\nПолис ОМС: §oms§   СНИЛС: §sn§\n"
        "Находился на лечении в кардиологическом отделении (§w§) с §d1§ по §d2§.\n"
        "Диагноз основной: ОКС без подъёма ST (§icd§). Сопутствующий: ГБ III ст., с §yr§ года.\n"
        "Лечение: §dose§. §labs§.\nРекомендовано: наблюдение кардиолога по месту жительства, "
        "явка §d3§.\nЛечащий врач §doc§\nЗав. отделением §head§",
        h=g.hospital(),
        org=g.org_ids(),
        ib=g.mrn("ib", "ib_k", "year_dash"),
        p=g.name("F I O"),
        dob=g.dob("dmy", "dmy_short"),
        a=g.addr("urban", "index_first", "litera", "mkr"),
        oms=g.oms("flat", "sp4"),
        sn=g.snils("dash", "flat"),
        w=g.ward(),
        d1=g.date("dmy", lo=2022),
        d2=g.date("dmy", "dmy_g", lo=2022),
        icd=g.icd(),
        yr=g.year(),
        dose=g.dose(),
        labs=g.labs(),
        d3=g.date("dm", "words_noyr"),
        doc=g.name("F io", "F i o"),
        head=g.name("io F", "F io"),
    )


def transfer(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Переводной эпикриз.\nБольная §p§, §age§ лет (д.р. §dob§), и/б §ib§, переводится §dt§ из ОРИТ "
        "в неврологическое отделение для продолжения лечения. Поступила §d1§ с ОНМК (§icd§). "
        "Родственники (сын — §son§, тел. §ph§) информированы. Перевод согласован с зав. отд. §head§.",
        p=g.name("F I O", "F io", female=True),
        age=rng.randint(45, 95),
        dob=g.dob("dmy", "dmy_slash"),
        ib=g.mrn("ib", "ak"),
        dt=g.date("dmy_time", "dmy_v_time", lo=2021),
        d1=g.date("dmy", "words", lo=2021),
        icd=g.icd(),
        son=g.name("I O", "F I O", female=False),
        ph=g.phone("p8_flat", "p7", "p8_dash"),
        head=g.name("F io", case="ablt"),
    )


def anamnesis_vitae(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Anamnesis vitae: родился §dob§ в §birth§, рос и развивался соответственно возрасту. "
        "Образование среднее специальное. С §yr§ года работает водителем. Женат, супруга — §wife§. "
        "Проживает: §a§. Перенесённые заболевания: аппендэктомия в §yr2§ г., гепатит отрицает. "
        "Аллергоанамнез не отягощён. Наследственность: отец (§father§) умер от ИМ в 62 года. "
        "Эпиданамнез: за пределы края не выезжал. Инвалидности нет, ЛН не нужен.",
        dob=g.dob("words_goda", "dmy"),
        birth=g.town(),
        yr=g.year(),
        wife=g.name("I O", "F I O", female=True),
        a=g.addr("rural", "village", "urban_short"),
        yr2=g.year(),
        father=g.name("F I O", "I O", female=False),
    )


def anamnesis_morbi(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "An. morbi: считает себя больной с §d1§, когда после переохлаждения появился кашель. "
        "§d2§ обратилась к участковому терапевту §ter§, назначен амоксициллин 500 мг 3 р/д. "
        "С §d3§ — лихорадка до 39,1, одышка. §d4§ вызвала СМП (карта вызова № §call§), "
        "доставлена в приемное отделение. Со слов мужа (§hus§), в контакте с больными COVID-19 не была.",
        d1=g.date("words_noyr", "dm", "dmy"),
        d2=g.date("dmy", "dmy_short"),
        ter=g.name("F io", case="datv"),
        d3=g.date("dm", "words_noyr"),
        d4=g.date("dmy_time", "dmy"),
        call=g.mrn("call", "ak"),
        hus=g.name("F I O", "I O", female=False),
    )


def nursing_diary(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    lines, vals = [], {}
    for k in range(rng.randint(3, 5)):
        lines.append(
            f"§d{k}§ — АД {rng.randint(95, 180)}/{rng.randint(55, 100)}, ЧСС {rng.randint(55, 120)}, "
            f"t {rng.randint(36, 38)},{rng.randint(0, 9)}. {g.c('Жалоб нет.', 'Беспокойна ночью.', 'Стул был.')}"
            f" М/с §n{k}§"
        )
        vals[f"d{k}"] = g.date("dmy_time", "time_dmy", lo=2023)
        vals[f"n{k}"] = g.name("F io", "F", "F i o", female=True)
    return tpl(
        "ДНЕВНИК НАБЛЮДЕНИЯ (сестринский), пац. §p§, §w§\n" + "\n".join(lines),
        p=g.name("F io", "F I O"),
        w=g.ward(),
        **vals,
    )


def ambulance_call(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "КАРТА ВЫЗОВА СМП № §no§   Подстанция № §sub§, бригада §br§\nПринят: §t§   Адрес вызова: §a§\n"
        "Вызывает: §who§ (§rel§), тел. §ph§\nПациент: §p§, возраст §age§\n"
        "Повод: плохо с сердцем. Доставлен в §h§ в 10:40. Фельдшер §fel§",
        no=g.mrn("call", "ak"),
        sub=rng.randint(1, 30),
        br=rng.randint(100, 999),
        t=g.date("dmy_time", "dmy_v_time", "iso_t", lo=2022),
        a=g.addr("urban", "urban_short", "posyolok", "village", "obsch"),
        who=g.name("F I O", "I O", "F"),
        rel=g.c("соседка", "дочь", "прохожий", "жена"),
        ph=g.phone("p8_flat", "p7", "p7_flat", "p8_br"),
        p=g.name("F I O", "F io", "F"),
        age=rng.randint(18, 99),
        h=g.hospital(),
        fel=g.name("F io", "io F"),
    )


def complaint_letter(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    f, i, o, fem = g.person_parts()
    frm = " ".join((_surname(f, "gent", fem), _first(i, "gent", fem), _patr(o, "gent")))
    return tpl(
        "Главному врачу §h§\nот §frm§,\nпрож. по адресу: §a§\nтел.: §ph§, эл. почта §em§\n\nЖАЛОБА\n"
        "Я, §me§, прошу разобраться с ситуацией. §d1§ моя мама, §mom§, была госпитализирована "
        "в терапевтическое отделение, где ей не оказали помощь. Врач §doc§ отказался разговаривать со мной, "
        "а медсестра §ns§ нагрубила (видео разговора выложено: §u§). Мама выписана §d2§ с пролежнями. Прошу провести проверку и ответить "
        "письменно.\n§d3§                     §sig§",
        h=g.hospital(),
        frm=("PERSON", frm),
        a=g.addr("urban", "index_first", "index_last", "reversed"),
        ph=g.phone("p8_dash", "p7", "p8_flat"),
        em=g.email(),
        me=("PERSON", f"{f} {i} {o}"),
        d1=g.date("dmy", "words", lo=2023),
        mom=g.name("F I O", female=True),
        doc=g.name("F io", "F"),
        ns=g.name("I", "F", female=True),
        u=g.url(),
        d2=g.date("dmy", "dmy_short", lo=2023),
        d3=g.date("dmy", "words_q", lo=2023),
        sig=("PERSON", f"{f} {i[0]}.{o[0]}."),
    )


def relative_note(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "здравствуйте доктор, это дочь §p§ из 5 палаты. мама §mom§ вчера §d§ жаловалась что болит бок, "
        "пожалуйста посмотрите её. я приеду в субботу, мой номер §ph§ или пишите на §em§, фото выписки тут §u§ . "
        "брат §br§ тоже может забрать, он живёт рядом на §st§. спасибо, §me§",
        p=g.name("F", "F I O", case="gent", female=True),
        mom=g.name("d", "I O", female=True),
        d=g.date("words_noyr", "dm"),
        ph=g.phone("p8_flat", "p7_sp", "p8_dot"),
        em=g.email(),
        u=g.url(),
        br=g.name("d", "I", female=False),
        st=("LOCATION", f"{fake.street_title()}, {fake.building_number()}"),
        me=g.name("d", "I", female=True),
    )


def court_request(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "СЛЕДСТВЕННЫЙ ОТДЕЛ по §ds§ району\nИсх. № 412/2-24 от §d0§\nГлавному врачу §h§\n\n"
        "В производстве находится уголовное дело № 12401710001000123 по факту причинения тяжкого вреда "
        "здоровью §vic§, §dob§ г.р., проживающего: §a§. Прошу в срок до §d1§ предоставить заверенную "
        "копию медицинской карты № §ib§, а также сведения о госпитализации с §d2§.\n"
        "Следователь, старший лейтенант юстиции §inv§, тел. §ph§",
        ds=fake.street_title() + "скому",
        d0=g.date("dmy", lo=2024),
        h=g.hospital(),
        vic=g.name("F I O", "F io", case="gent", female=False),
        dob=g.dob("dmy", "dmy_short"),
        a=g.addr("urban", "rural", "index_last"),
        d1=g.date("dmy", "words", lo=2024),
        ib=g.mrn("ib", "year_dash"),
        d2=g.date("dmy", lo=2023),
        inv=g.name("io F", "F io"),
        ph=g.phone("city", "city_ext"),
    )


def sme_conclusion(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № §no§\n(экспертиза свидетельствуемого)\n"
        "§d0§ в помещении отделения СМО судебно-медицинский эксперт §exp§ на основании постановления "
        "УУП §uup§ от §d1§ произвёл освидетельствование гр. §p§ (паспорт §ps§), §dob§ г.р. "
        "Со слов свидетельствуемого: §d2§ около 23 ч у дома по адресу §a§ был избит неизвестным. "
        "Обнаружены: кровоподтёк 4×3 см на лице. Вред здоровью: не причинивший вреда.",
        no=g.mrn("sme"),
        d0=g.date("words", "words_q", lo=2023),
        exp=g.name("F io", "io F"),
        uup=g.name("F io", case="gent"),
        d1=g.date("dmy", lo=2023),
        p=g.name("F I O", case="gent"),
        ps=g.passport("sp", "no", "flat_sp"),
        dob=g.dob("dmy"),
        d2=g.date("dmy", "words_noyr", lo=2023),
        a=g.addr("urban", "urban_short", "mkr"),
    )


def social_service(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Отдел опеки и попечительства администрации района\nЗапрос о состоянии здоровья\n"
        "В связи с рассмотрением заявления §appl§ о назначении опекуном над несовершеннолетним "
        "§child§ (д.р. §dob§, СНИЛС §sn§), прошу сообщить сведения о состоянии здоровья ребёнка. "
        "Ребёнок зарегистрирован по адресу: §a§. Ответ направить на §em§.\nСпециалист §spec§, т. §ph§",
        appl=g.name("F I O", case="gent"),
        child=g.name("F I O", "F I", case="ablt"),
        dob=g.dob("dmy", "dmy_short"),
        sn=g.snils("dash", "sp"),
        a=g.addr("urban", "posyolok", "snt", "village"),
        em=g.email(),
        spec=g.name("F io", "F I O", female=True),
        ph=g.phone("city", "local"),
    )


def consultation(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Консультация невролога §dt§ по запросу леч. врача §req§.\nПациент §p§, ИБ §ib§.\n"
        "Ж-бы на головокружение. Невр. статус: в сознании, менингеальных знаков нет. "
        "Закл.: §icd§. Рекоменд.: МРТ ГМ, контроль через 3 сут. Невролог §n§",
        dt=g.date("dmy_time", "dmy", lo=2022),
        req=g.name("F io", case="gent"),
        p=g.name("F io", "F I O"),
        ib=g.mrn("ib", "ib_k"),
        icd=g.icd(),
        n=g.name("F io", "io F"),
    )


def referral_letter(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "НАПРАВЛЕНИЕ на госпитализацию, обследование, консультацию (ф. 057/у-04) № §no§\n"
        "в §h§\nФамилия, имя, отчество: §p§\nДата рождения: §dob§\nАдрес постоянного места жительства: §a§\n"
        "Место работы: ООО «Ромашка», инженер\nПолис ОМС: §oms§   Код диагноза по МКБ: §icd§\n"
        "Обоснование: отсутствие эффекта от амб. лечения.\nВрач §doc§   §d§",
        no=g.mrn("napr", "ak"),
        h=g.hospital(),
        p=g.name("F I O"),
        dob=g.dob("dmy", "dmy_short", "words"),
        a=g.addr("urban", "rural", "index_first", "caps"),
        oms=g.oms("flat", "sp4", "old"),
        icd=g.icd(),
        doc=g.name("F io"),
        d=g.date("dmy", lo=2024),
    )


def informed_consent(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    ser, num = g.pass_parts()
    return tpl(
        "ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, §rep§, §dob§ г.р., паспорт серия §ser§ № §num§ "
        "выдан §iss§ ГУ МВД России, зарегистрированный(ая) по адресу: §a§, являясь законным "
        "представителем §child§, даю согласие на медицинское вмешательство. Врач §doc§ разъяснил(а) "
        "мне цели и риски.\n§d§ ______ (подпись) §sig§",
        rep=g.name("F I O"),
        dob=g.dob("dmy"),
        ser=ser,
        num=num,
        iss=g.date("dmy", "words", lo=2005),
        a=g.addr("urban", "index_first", "litera"),
        child=g.name("F I O", "F I", case="gent"),
        doc=g.name("F I O", "F io"),
        d=g.date("words_q", "dmy", lo=2024),
        sig=g.name("F io", "io F"),
    )


def patronage(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Первичный патронаж новорождённого §d0§. Ребёнок §ch§, родилась §dob§ в роддоме № 2, вес 3420 г. "
        "Мать — §mom§, §mdob§ г.р., тел. §ph§; отец — §dad§. Адрес: §a§. "
        "Вскармливание грудное. Пупочная ранка чистая. М/с §ns§",
        d0=g.date("dmy", lo=2024),
        ch=g.name("F I", "I F", female=True),
        dob=g.date("dmy_time", "dmy_v_time", "words", lo=2024),
        mom=g.name("F I O", female=True),
        mdob=g.dob("dmy_short", "dmy"),
        ph=g.phone("p8_dash", "p7"),
        dad=g.name("F I O", "I O", female=False),
        a=g.addr("urban", "mkr", "obsch", "posyolok"),
        ns=g.name("F io", "F", female=True),
    )


def whatsapp(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    a, b = g.name("I F", "d", "I"), g.name("F io", "I O")
    return tpl(
        "Скриншот переписки, приложен родственниками:\n[§t1§] §a1§: Доктор, папе хуже, давление 190\n"
        "[§t2§] §b1§: Дайте каптоприл 25 мг под язык, если не снизится — 103\n"
        "[§t3§] §a2§: спасибо, вот его снимок §u§",
        t1=g.date("dmy_time", lo=2024),
        t2=g.date("dmy_time", lo=2024),
        t3=g.date("dmy_time", lo=2024),
        a1=a,
        b1=b,
        a2=a,
        u=g.url(),
    )


def foreign_letter(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "DISCHARGE LETTER\nPatient: §p§   DOB: §dob§   MRN: §mrn§\nAdmitted: §d1§   Discharged: §d2§\n"
        "Dear colleague, your patient was treated for community-acquired pneumonia (J18.9). "
        "Home address: §a§. Contact: §ph§, §em§.\nKind regards, Dr. §doc§\n"
        "[перевод выполнен переводчиком §tr§ §d3§]",
        p=g.name("L"),
        dob=g.dob("us", "dmy_slash", "iso"),
        mrn=g.raw("MEDICAL_RECORD_NUMBER", f"{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}"),
        d1=g.date("us", "iso", lo=2023),
        d2=g.date("us", "iso", lo=2023),
        a=(
            "LOCATION",
            f"{rng.choice(_DE_STREETS)} {rng.randint(1, 90)}, {rng.randint(10000, 99999)} "
            f"{rng.choice(('Berlin', 'München', 'Hamburg', 'Köln'))}",
        ),
        ph=g.phone("de"),
        em=g.email(),
        doc=g.name("L"),
        tr=g.name("F io"),
        d3=g.date("dmy", lo=2023),
    )


_UZ_CYR = {
    "Karimov": "Каримов",
    "Yusupov": "Юсупов",
    "Rakhimov": "Рахимов",
    "Abdullaev": "Абдуллаев",
    "Tursunov": "Турсунов",
    "Ismoilov": "Исмоилов",
    "Khasanov": "Хасанов",
    "Nazarov": "Назаров",
    "Rustam": "Рустам",
    "Sherzod": "Шерзод",
    "Jasur": "Жасур",
    "Bekzod": "Бекзод",
    "Dilshod": "Дилшод",
    "Akmal": "Акмал",
    "Farrukh": "Фаррух",
    "Otabek": "Отабек",
}
_DE_STREETS = ("Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Schillerstraße", "Gartenstraße", "Goethestr.")


def foreign_citizen(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    fam = rng.choice(list(_UZ_CYR)[:8])
    first = rng.choice(list(_UZ_CYR)[8:])
    return tpl(
        "Пациент — гражданин Республики Узбекистан §p§ (в мед. док. кириллицей: §pc§), §dob§ г.р. "
        "Временная регистрация: §a§. Работодатель не известен. Контакт брата: §ph§. Полиса ОМС нет, "
        "помощь оказана в экстренной форме. Медкарта §ib§.",
        p=("PERSON", f"{fam} {first}" if rng.random() < 0.5 else f"{fam.upper()} {first.upper()}"),
        pc=("PERSON", f"{_UZ_CYR[fam]} {_UZ_CYR[first]}"),
        dob=g.dob("dmy", "iso"),
        a=g.addr("urban", "obsch", "urban_short"),
        ph=g.phone("uz", "tj", "p8_flat"),
        ib=g.mrn("ib", "ak", "year_dash"),
    )


def lookalike_heavy(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Обход зав. отделением. §w§, койка 3. Диагноз §icd§ (ф. 066/у-02). Назначения: §dose§; "
        "в 08:00 и 20:00 контроль гликемии. §labs§. ЭКГ: ЧСС 74, PQ 0,16. Группа крови A(II) Rh+. "
        "В §yr§ году — ТЭЛА. §org§. Пациентка §p§ от перевода отказалась, подписала отказ §d§.",
        w=g.ward(),
        icd=g.icd(),
        dose=g.dose(),
        labs=g.labs(),
        yr=g.year(),
        org=g.org_ids(),
        p=g.name("F io", "F", female=True),
        d=g.date("dmy", "dmy_time", lo=2024),
    )


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "Сведения об ЭЛН: № §no§, первичный. Нетрудоспособен с §d1§ по §d2§, продлён ВК §d3§. "
        "Получатель: §p§, СНИЛС §sn§, ИНН §inn§. Работодатель: АО «Трансмаш», ИНН 7701234567. "
        "Приступить к работе §d4§.",
        no=g.mrn("elt"),
        d1=g.date("dmy", lo=2024),
        d2=g.date("dmy", "dm", lo=2024),
        d3=g.date("dmy", "dmy_short"),
        p=g.name("F I O", "F io"),
        sn=g.snils("dash", "flat", "sp"),
        inn=g.inn("flat", "sp4"),
        d4=g.date("dmy", "words", lo=2024),
    )


def asr_dictation(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    p = g.name("F I O", "I O F", female=True)
    return tpl(
        "[голосовой ввод] осмотр дежурного врача §dt§ пациентка §p§ §age§ лет жалобы на слабость головокружение "
        "ад сто сорок на девяносто со слов дочери §d§ ухудшение после приёма эналаприла "
        "дочь §dn§ телефон §ph§ точка адрес проживания §a§ точка",
        dt=g.date("dmy_time", "words", lo=2024),
        p=("PERSON", p[1].lower()),
        age=rng.randint(60, 95),
        d=g.date("words_noyr", "words_goda"),
        dn=("PERSON", g.name("I", "I O", female=True)[1].lower()),
        ph=g.phone("p8_flat", "p7_flat", "p8_dash"),
        a=("LOCATION", g.addr("urban", "urban_short", "village")[1].lower()),
    )


def home_visit_act(rng: random.Random, fake: Any) -> Planted:
    g = G(rng, fake)
    return tpl(
        "АКТ обследования жилищно-бытовых условий от §d0§\nКомиссия в составе специалиста КЦСОН §sp§ и "
        "участковой м/с §ns§ посетила по адресу §a§ гр. §p§, §dob§ г.р., инвалида I гр. "
        "Проживает с сыном §son§ (§sdob§ г.р.), который злоупотребляет алкоголем. В квартире 2 комнаты, "
        "печное отопление. Соседка §nb§ (тел. §ph§) помогает с продуктами. Рекомендовано: оформление в "
        "ПНИ, повторное посещение §d1§.",
        d0=g.date("dmy", "words_q", lo=2024),
        sp=g.name("F io", "F I O", case="gent"),
        ns=g.name("F io", "F", case="gent", female=True),
        a=g.addr("village", "rural", "posyolok", "snt", "reversed"),
        p=g.name("F I O", case="accs"),
        dob=g.dob("dmy", "dmy_short"),
        son=g.name("I O", "F I O", case="ablt", female=False),
        sdob=g.dob("dmy_short", "dmy"),
        nb=g.name("F I O", "I O", female=True),
        ph=g.phone("p8_flat", "local", "p8_dash"),
        d1=g.date("month_yr", "dmy", "words_noyr", lo=2025),
    )


PROSE_BLOCKS: list[BlockFamily] = [
    BlockFamily("b8_doc_discharge", S, discharge),
    BlockFamily("b8_doc_transfer", S, transfer),
    BlockFamily("b8_doc_anamnesis_vitae", S, anamnesis_vitae),
    BlockFamily("b8_doc_anamnesis_morbi", S, anamnesis_morbi),
    BlockFamily("b8_doc_nursing_diary", S, nursing_diary),
    BlockFamily("b8_doc_ambulance_call", S, ambulance_call),
    BlockFamily("b8_doc_complaint", S, complaint_letter),
    BlockFamily("b8_doc_relative_note", S, relative_note),
    BlockFamily("b8_doc_court_request", S, court_request),
    BlockFamily("b8_doc_sme_conclusion", S, sme_conclusion),
    BlockFamily("b8_doc_social_service", S, social_service),
    BlockFamily("b8_doc_consultation", S, consultation),
    BlockFamily("b8_doc_referral_057", S, referral_letter),
    BlockFamily("b8_doc_informed_consent", S, informed_consent),
    BlockFamily("b8_doc_patronage", S, patronage),
    BlockFamily("b8_doc_messenger", S, whatsapp),
    BlockFamily("b8_doc_foreign_letter", S, foreign_letter),
    BlockFamily("b8_doc_foreign_citizen", S, foreign_citizen),
    BlockFamily("b8_doc_lookalikes", S, lookalike_heavy),
    BlockFamily("b8_doc_sick_leave", S, sick_leave),
    BlockFamily("b8_doc_asr_dictation", S, asr_dictation),
    BlockFamily("b8_doc_home_visit_act", S, home_visit_act),
]
