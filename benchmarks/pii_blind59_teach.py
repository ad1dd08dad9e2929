"""Blind split 59, teaching files: student case histories, image file names, chats, LMS exports, registers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind59_common import (
    Doc,
    age_text,
    date_fmt,
    date_pair,
    digits,
    email_value,
    enp_value,
    full_addr,
    mrn_value,
    new_person,
    phone_value,
    snils_value,
    town,
    town_case,
    translit,
    village,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted


def student_history(rng: random.Random, fake: Any) -> Planted:
    st, pat = new_person(fake, rng), new_person(fake, rng)
    age = rng.randrange(19, 90)
    came, left = date_pair(fake, rng, ("dd.mm.yyyy", "dd.mm.yy", "d MG yyyy г."), 20)
    d = Doc().t("Федеральное государственное бюджетное образовательное учреждение высшего образования\n")
    d.t("Кафедра пропедевтики внутренних болезней\nЗав. кафедрой: проф. ").v("PERSON", new_person(fake, rng).shape("F I O"))
    d.t("\nПреподаватель: ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F i_o", "F io", "io F"))))
    d.t("\n\nУЧЕБНАЯ ИСТОРИЯ БОЛЕЗНИ\n\nБольн" + ("ая: " if pat.female else "ой: "))
    d.v("PERSON", pat.shape(rng.choice(("F I O", "F io", "F", "FU I O"))))
    d.t(f"\nВозраст: {age_text(age)}\nДата поступления: ").v("DATE_TIME", came)
    d.t("\nДата курации: ").v("DATE_TIME", left).t("\nМесто жительства: ")
    d.v("LOCATION", rng.choice((full_addr(fake, rng), "г. " + town(fake), f"{fake.administrative_unit()}, с. {village(rng)}")))
    work = ("пенсионер" + ("ка" if pat.female else ""), "не работает") if age >= 60 else ("ООО «Агроторг», продавец",
                                                                                         "не работает", "школа, учитель")
    d.t("\nМесто работы: ").t(rng.choice(work))
    d.t("\n\nКуратор: студент" + ("ка " if st.female else " ")).v("PERSON", st.shape(rng.choice(("F I O", "F i_o", "F io"))))
    d.t(f", {rng.randrange(2, 6)} курс, {rng.randrange(1, 30)} группа\n")
    return d.done()


def image_files(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Содержимое папки «Кейсы_для_лекции_3»:\n")
    for _ in range(rng.randrange(2, 5)):
        p = new_person(fake, rng)
        style = rng.randrange(3)
        if style == 0:
            d.v("PERSON", p.f()).t("_").v("PERSON", p.shape("INI")[1:]).t("_ИБ").v("MEDICAL_RECORD_NUMBER", digits(rng, 5, True))
            d.t("_КТ.jpg\n")
        elif style == 1:
            d.v("PERSON", translit(p.last)).t("_").v("DATE_TIME", date_fmt(fake, rng, ("yyyymmdd", "dd.mm.yyyy", "yyyy-mm-dd")))
            d.t(rng.choice(("_rentgen.png\n", "_MRT_T2.dcm\n", ".mp4\n")))
        else:
            d.t("IMG_").t(digits(rng, 4)).t(" (").v("PERSON", p.shape(rng.choice(("F", "F io")))).t(", ")
            d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yy", "dd.mm"))).t(").jpeg\n")
    return d.done()


def students_chat(rng: random.Random, fake: Any) -> Planted:
    a, b, pat = new_person(fake, rng), new_person(fake, rng), new_person(fake, rng, True)
    hh = f"{rng.randrange(8, 23):02d}:{rng.randrange(60):02d}"
    d = Doc().t(f"[{hh}] ").v("PERSON", a.shape(rng.choice(("I", "I F", "F I")))).t(": кто берёт бабушку из 6 палаты? ")
    d.v("PERSON", pat.shape(rng.choice(("fl", "F", "F io")))).t(", она из ")
    d.v("LOCATION", rng.choice(("с. " + village(rng), town_case(fake, "gent"), "деревни " + village(rng))))
    d.t(", поступила ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm", "d MG", "dd.mm.yy")))
    d.t(f"\n[{hh}] ").v("PERSON", b.shape(rng.choice(("I", "I F")))).t(": я, скинь номер истории\n[")
    d.t(hh).t("] ").v("PERSON", a.shape(rng.choice(("I", "I F", "F I")))).t(": ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng))
    d.t(", телефон дочки ").v("PHONE_NUMBER", phone_value(rng, rng.choice(("8AAABBBCCDD", "+7AAABBBCCDD", "8 AAA BBB CC DD"))))
    d.t(" если что\n")
    return d.done()


def lms_export(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Фамилия;Имя;Адрес электронной почты;Задание: история болезни;Оценка;Последний вход\n")
    for _ in range(rng.randrange(2, 5)):
        p = new_person(fake, rng)
        d.v("PERSON", p.f()).t(";").v("PERSON", p.i() if rng.random() < 0.6 else f"{p.i()} {p.o()}").t(";")
        d.v("EMAIL_ADDRESS", email_value(rng, p)).t(";ИБ_").v("PERSON", new_person(fake, rng).f()).t(".docx;")
        d.t(rng.choice(("5,00", "4,00", "-", "3,00"))).t(";").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy HH:MI", "d MG yyyy, HH:MI")))
        d.t("\n")
    return d.done()


def consent_register(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t('<?xml version="1.0" encoding="UTF-8"?>\n<consents journal="ВКМ">\n')
    for _ in range(rng.randrange(1, 4)):
        p = new_person(fake, rng)
        d.t('  <consent ms="CR-').t(digits(rng, 4)).t('">\n    <patient>').v("PERSON", p.shape(rng.choice(("F I O", "F io"))))
        d.t("</patient>\n    <birthYear>").v("DATE_TIME", date_fmt(fake, rng, ("yyyy",), "-90y", "-1y"))
        d.t("</birthYear>\n    <snils>").v("RU_SNILS", snils_value(rng, rng.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX"))))
        d.t("</snils>\n    <signed>").v("DATE_TIME", date_fmt(fake, rng, ("yyyy-mm-dd", "dd.mm.yyyy")))
        d.t("</signed>\n    <contact>").v("PHONE_NUMBER", phone_value(rng, rng.choice(("+7AAABBBCCDD", "8AAABBBCCDD"))))
        d.t("</contact>\n  </consent>\n")
    return d.t("</consents>\n").done()


def figure_legends(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("ПОДПИСИ К РИСУНКАМ\nРис. 1. Рентгенограмма ОГК больно" + ("й " if pat.female else "го "))
    d.v("PERSON", pat.shape(rng.choice(("F", "F i_o", "ini")), "gent")).t(" от ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy")))
    d.t(".\nРис. 2. Та же пациент" + ("ка" if pat.female else "") + " через ").t(f"{rng.randrange(2, 12)} мес. (")
    d.v("DATE_TIME", date_fmt(fake, rng, ("MN yyyy г.", "mm.yyyy", "MN yyyy"))).t(").\nРис. 3. Микропрепарат, биоптат № ")
    d.v("MEDICAL_RECORD_NUMBER", f"{digits(rng, 4, True)}-{rng.randrange(19, 26)}").t(", окр. гематоксилином и эозином, ×200.\n")
    d.t("Источник: архив ЦРБ ").v("LOCATION", town_case(fake, "gent")).t(" (с разрешения).\n")
    return d.done()


def oms_registry_tsv(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("№\tФИО пациента\tЕНП\tИБ\tДата выписки\tНаправлен в клинику кафедры\n")
    for n in range(1, rng.randrange(3, 5)):
        p = new_person(fake, rng)
        d.t(f"{n}\t").v("PERSON", p.shape(rng.choice(("FU I O", "F I O", "F io")))).t("\t")
        d.v("RU_OMS_POLICY", enp_value(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")))).t("\t")
        d.v("MEDICAL_RECORD_NUMBER", mrn_value(rng)).t("\t").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",))).t("\t")
        d.t(rng.choice(("да", "нет"))).t("\n")
    return d.done()


def lecture_transcript(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("[расшифровка лекции, 00:").t(f"{rng.randrange(10, 59)}:{rng.randrange(10, 59)}").t("] ")
    d.t("...вот эта больная, ").v("PERSON", pat.shape(rng.choice(("F", "I O", "F I")))).t(", может, кто помнит, лежала у нас ")
    d.v("DATE_TIME", date_fmt(fake, rng, ("в позапрошлом ML", "прошлой зимой", "в MG yyyy года", "в ML", "в yyyy году")))
    d.t(", из ").v("LOCATION", rng.choice((town_case(fake, "gent"), village(rng), "пос. " + village(rng))))
    d.t(" её привезли. Её вёл ").v("PERSON", new_person(fake, rng, False).shape(rng.choice(("I O", "F", "I O F"))))
    d.t(", он сейчас в областной работает...\n")
    return d.done()


def teaching_file_entry(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    d = Doc().t("Teaching file #").t(digits(rng, 3, True)).t(" | Категория: нейрорадиология\n")
    author = new_person(fake, rng)
    d.t("Submitted by: ").v("PERSON", author.shape(rng.choice(("F i_o", "I F")))).t(" (")
    d.v("EMAIL_ADDRESS", email_value(rng, author, True)).t(")\nOriginal accession: ").v("MEDICAL_RECORD_NUMBER", digits(rng, 10, True))
    d.t("\nPatient: ").v("PERSON", p.shape(rng.choice(("INI", "ini", "F")))).t(f", {rng.choice(('М', 'Ж'))}, DOB ")
    d.v("DATE_TIME", date_fmt(fake, rng, ("yyyy", "mm/yyyy", "dd.mm.yyyy"), "-90y", "-1y")).t("\nViewer: ")
    d.v("URL", f"https://pacs-edu.{fake.domain_name()}/zfp?lights=on&Accession={digits(rng, 8, True)}").t("\n")
    return d.done()


F = HELDOUT
BLOCKS: list[BlockFamily] = [
    BlockFamily("b59-student-history", F, student_history),
    BlockFamily("b59-image-files", F, image_files),
    BlockFamily("b59-students-chat", F, students_chat),
    BlockFamily("b59-lms-export", F, lms_export),
    BlockFamily("b59-consent-register", F, consent_register),
    BlockFamily("b59-figure-legends", F, figure_legends),
    BlockFamily("b59-enp-registry-tsv", F, oms_registry_tsv),
    BlockFamily("b59-lecture-transcript", F, lecture_transcript),
    BlockFamily("b59-teaching-file", F, teaching_file_entry),
]
