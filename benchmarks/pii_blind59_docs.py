"""Blind split 59, document blocks: case reports, forms, logbooks, diaries, conferences, consents, e-mails."""

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
    inn_value,
    mrn_value,
    new_person,
    passport_value,
    phone_value,
    snils_value,
    town,
    town_case,
    village,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

MOB = ("+7 (AAA) BBB-CC-DD", "8-AAA-BBB-CC-DD", "+7AAABBBCCDD", "8 AAA BBB CC DD", "8(AAA)BBB-CC-DD")


def case_report(rng: random.Random, fake: Any) -> Planted:
    pat, doc = new_person(fake, rng), new_person(fake, rng)
    d = Doc()
    d.t("КЛИНИЧЕСКИЙ СЛУЧАЙ\n").t("Авторы: ").v("PERSON", doc.shape(rng.choice(("F i_o", "F io", "i_o F")))).t(", ")
    d.v("PERSON", new_person(fake, rng).shape(rng.choice(("F i_o", "F io")))).t("\n\n")
    d.t(f"Пациент{'ка' if pat.female else ''} ").v("PERSON", pat.shape(rng.choice(("F", "i_o F", "ini", "F i", "INI"))))
    d.t(", ").v("DATE_TIME", date_fmt(fake, rng, ("yyyy",), "-80y", "-20y")).t(" г.р., жител")
    d.t("ьница " if pat.female else "ь ").v("LOCATION", town_case(fake, "gent") if rng.random() < 0.6 else "с. " + village(rng))
    d.t(", поступил" + ("а" if pat.female else "") + " ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "d MG yyyy г.")))
    opener, closer = rng.choice(((" (и/б № ", ")."), (" с направлением; история болезни ", ".")))
    d.t(opener).v("MEDICAL_RECORD_NUMBER", mrn_value(rng)).t(closer).t(" Через 3 сут выполнена операция. Выписк" + "а ").v(
        "DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "d MG", "dd.mm")))
    d.t(".\nКонтакты: ").v("EMAIL_ADDRESS", email_value(rng, doc)).t("; ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB)))
    return d.t("\n").done()


def submission_form(rng: random.Random, fake: Any) -> Planted:
    a = new_person(fake, rng)
    d = Doc().t("ФОРМА ПОДАЧИ РУКОПИСИ\nРаздел: клинические наблюдения\n")
    d.t("Фамилия, имя, отчество автора: ").v("PERSON", a.shape(rng.choice(("F I O", "FU I O", "FU IU OU"))))
    d.t("\nДолжность: ассистент кафедры\nE-mail: ").v("EMAIL_ADDRESS", email_value(rng, a))
    d.t("\nМоб. телефон: ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB)))
    d.t("\nПочтовый адрес для экземпляра журнала: ").v("LOCATION", full_addr(fake, rng))
    if rng.random() < 0.6:
        d.t("\nИНН (для выплаты гонорара): ").v("RU_INN", inn_value(rng, 12))
        d.t("\nСНИЛС: ").v("RU_SNILS", snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    d.t("\nСоавторы: ")
    for k in range(rng.randrange(1, 4)):
        d.t(", " if k else "").v("PERSON", new_person(fake, rng).shape(rng.choice(("F io", "F i_o", "I F"))))
    d.t("\nСогласие пациента получено: да (от ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",))).t(")\n")
    return d.done()


def abstract(rng: random.Random, fake: Any) -> Planted:
    a, b, pat = new_person(fake, rng), new_person(fake, rng), new_person(fake, rng)
    d = Doc().t("ТЕЗИСЫ. Редкий случай синдрома Вернера у подростка\n")
    d.v("PERSON", a.shape(rng.choice(("F io", "F i_o")))).t("¹, ").v("PERSON", b.shape(rng.choice(("F io", "F i_o")))).t("²\n")
    d.t("¹ГБУЗ «ОКБ», г. Энск; ²Медицинский университет\n")
    d.t("Больная ").v("PERSON", pat.shape(rng.choice(("ini", "F", "i_o", "F i")))).t(", ")
    d.t(f"{rng.randrange(12, 18)} лет (").v("DATE_TIME", date_fmt(fake, rng, ("yyyy г.р.", "yyyy"), "-18y", "-12y"))
    d.t("), из ").v("LOCATION", rng.choice((town_case(fake, "gent"), "с. " + village(rng), "д. " + village(rng))))
    d.t(", наблюдается с ").v("DATE_TIME", date_fmt(fake, rng, ("MG yyyy г.", "yyyy г.", "mm.yyyy")))
    d.t(". В ").v("DATE_TIME", date_fmt(fake, rng, ("ML yyyy г.", "ML yyyy")))
    d.t(" госпитализирована в связи с ухудшением.\nКонтактное лицо: ").v("EMAIL_ADDRESS", email_value(rng, a)).t("\n")
    return d.done()


def poster(rng: random.Random, fake: Any) -> Planted:
    a, pat = new_person(fake, rng), new_person(fake, rng)
    d = Doc().t("[ПОСТЕР П-").t(str(rng.randrange(10, 250))).t("]\n")
    d.v("PERSON", a.shape(rng.choice(("IU FU", "FU I", "F I O")))).t(" | ").v("EMAIL_ADDRESS", email_value(rng, a))
    d.t("\nИСТОРИЯ БОЛЕЗНИ\n• Пациент" + ("ка " if pat.female else " ")).v("PERSON", pat.shape(rng.choice(("F", "ini", "FU", "F i_o"))))
    d.t(f", {rng.randrange(25, 90)} л.\n• ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yy", "mm/yyyy", "Mc yyyy")))
    d.t(" — дебют\n• ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yy", "dd.mm.yyyy"))).t(" — КТ (исслед. № ")
    d.v("MEDICAL_RECORD_NUMBER", f"{digits(rng, 7, True)}").t(")\n")
    d.t("QR: ").v("URL", f"https://disk.yandex.ru/d/{fake.pystr(12, 14)}").t("\n")
    return d.done()


def logbook(rng: random.Random, fake: Any) -> Planted:
    res = new_person(fake, rng)
    d = Doc().t("ЖУРНАЛ ОРДИНАТОРА (логбук)\nОрдинатор: ").v("PERSON", res.shape(rng.choice(("F I O", "F io"))))
    d.t(", 1 год\n№ | Дата | Пациент | И/б | Манипуляция | Роль\n")
    for n in range(1, rng.randrange(3, 6)):
        p = new_person(fake, rng)
        d.t(f"{n} | ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy", "dd.mm"))).t(" | ")
        d.v("PERSON", p.shape(rng.choice(("F io", "F", "ini", "F i", "fl")))).t(" | ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng))
        d.t(" | ").t(rng.choice(("ЦВК", "плевральная пункция", "ЛХЭ", "аппендэктомия", "ЭГДС"))).t(" | ")
        d.t(rng.choice(("ассист.", "самост.", "наблюд."))).t("\n")
    d.t("Руководитель: ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F i_o", "F io")))).t(" ____\n")
    return d.done()


def practice_diary(rng: random.Random, fake: Any) -> Planted:
    st, pat = new_person(fake, rng), new_person(fake, rng)
    d = Doc().t("ДНЕВНИК ПРОИЗВОДСТВЕННОЙ ПРАКТИКИ\n«Помощник палатной медицинской сестры»\nстудент")
    d.t("ки " if st.female else "а ").v("PERSON", st.shape(rng.choice(("F I O", "F i_o")), "gent"))
    d.t(", группа 3").t(str(rng.randrange(10, 40))).t("\nБаза практики: ГБУЗ ЦРБ ").v(
        "LOCATION", rng.choice((town_case(fake, "gent"), town_case(fake, "gent") + f" (с. {village(rng)})")))
    d.t("\n\n").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy", "d MG")))
    d.t("\nКурировал" + ("а" if st.female else "") + " больн" + ("ую " if pat.female else "ого "))
    d.v("PERSON", pat.shape(rng.choice(("F", "F io", "F i", "fl")), "accs")).t(f", {age_text(rng.randrange(40, 95))}, палата ")
    d.t(str(rng.randrange(1, 20))).t(". Измерял" + ("а" if st.female else "") + " АД 3 р/д, выполнил")
    d.t("а" if st.female else "").t(" в/м инъекцию.\n")
    d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy", "d MG"))).t("\nПеревязка у ")
    d.v("PERSON", new_person(fake, rng).shape(rng.choice(("F", "F io")), "gent")).t(" (№ и/б ")
    d.v("MEDICAL_RECORD_NUMBER", mrn_value(rng)).t(").\nОценка ____ Подпись общего руководителя ")
    d.v("PERSON", new_person(fake, rng).shape(rng.choice(("F io", "io F")))).t("\n")
    return d.done()


def case_presentation(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    age = rng.randrange(20, 85)
    d = Doc().t("Клинический разбор\nДокладчик: ординатор ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F i_o", "F io"))))
    d.t("\n\nБольн" + ("ая " if pat.female else "ой ")).v("PERSON", pat.shape(rng.choice(("F I O", "F", "F i_o", "FU"))))
    d.t(f", {age_text(age)} (")
    d.v("DATE_TIME", date_fmt(fake, rng, ("yyyy",), f"-{age + 1}y", f"-{age}y")).t(" г. р.). Проживает ")
    d.t(rng.choice(("в ", "в "))).v("LOCATION", rng.choice((town_case(fake, "loct"), "с. " + village(rng), "д. " + village(rng))))
    d.t(". Пенсионер" + ("ка" if pat.female else "") + ", инвалидность II гр.\n" if age >= 60 else ". Работает водителем.\n")
    d.t("Анамнез: ").v("DATE_TIME", date_fmt(fake, rng, ("yyyy г.", "в yyyy г.", "в ML yyyy")))
    d.t(" — ОНМК; ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "MN yyyy"))).t(" — стентирование ПНА.\n")
    d.t("Настоящая госпитализация с ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm")))
    d.t(", и/б ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng)).t(".\n")
    return d.done()


def autopsy_conf(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("КЛИНИКО-АНАТОМИЧЕСКАЯ КОНФЕРЕНЦИЯ\nПредседатель: ").v("PERSON", new_person(fake, rng).shape("F I O"))
    d.t("\nСекретарь: ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F io", "F i_o"))))
    d.t("\nРазбор: умерш" + ("ая " if pat.female else "ий ")).v("PERSON", pat.shape(rng.choice(("F I O", "FU IU OU", "FU i_o"))))
    d.t(", ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",), "-90y", "-40y")).t(" г.р., ")
    d.t("адрес: ").v("LOCATION", full_addr(fake, rng)).t("\nМКСБ № ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng))
    d.t("; протокол вскрытия № ").v("MEDICAL_RECORD_NUMBER", f"{rng.randrange(1, 900)}").t("\n")
    came, died = date_pair(fake, rng, ("dd.mm.yyyy HH:MI", "dd.mm.yyyy в HH:MI", "dd.mm.yyyy"))
    d.t("Поступил" + ("а" if pat.female else "") + ": ").v("DATE_TIME", came).t("; смерть: ").v("DATE_TIME", died).t("\n")
    d.t("Лечащий врач ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F i_o", "F io"))))
    d.t(". Расхождение диагнозов II категории.\n")
    return d.done()


def mm_review(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("M&M REVIEW — хирургия, ").v("DATE_TIME", date_fmt(fake, rng, ("MN yyyy", "Mc yyyy", "mm.yyyy")))
    d.t("\nСлучай 2. Пац. ").v("PERSON", pat.shape(rng.choice(("F", "INI", "ini", "F io"))))
    d.t(" (ИБ ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng)).t("), оперирован")
    d.t("а " if pat.female else " ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm", "d MG", "dd.mm.yy")))
    d.t(" хирургом ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F", "F io", "F i_o")), "ablt"))
    d.t(". На 4-е сутки несостоятельность анастомоза, релапаротомия ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm", "d MG")))
    d.t(".\nВывод: предотвратимое осложнение. Родственники (").v("PERSON", new_person(fake, rng).shape(rng.choice(("I O", "F I O"))))
    d.t(", тел. ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB))).t(") претензий не имеют.\n")
    return d.done()


def exam_case(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("Ситуационная задача № ").t(str(rng.randrange(1, 60))).t(" (первичная аккредитация)\n")
    d.t("Пациент" + ("ка " if pat.female else " ")).v("PERSON", pat.shape(rng.choice(("F", "F I", "F I O", "I"))))
    d.t(f", {rng.randrange(18, 80)} лет, проживает в ").v("LOCATION", town_case(fake, "loct") if rng.random() < 0.5 else f"с. {village(rng)}")
    d.t(", обратил" + ("ась" if pat.female else "ся") + " в поликлинику ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "d MG yyyy г.")))
    d.t(".\n(Задача составлена по материалам амб. карты № ").v("MEDICAL_RECORD_NUMBER", mrn_value(rng))
    d.t(")\nВопросы: 1. Предположите диагноз...\nСоставитель: ").v("PERSON", new_person(fake, rng).shape("F i_o")).t("\n")
    return d.done()


def consent(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("ИНФОРМИРОВАННОЕ СОГЛАСИЕ НА ПУБЛИКАЦИЮ\nЯ, ").v("PERSON", pat.shape(rng.choice(("F I O", "FU I O"))))
    d.t(", ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "d MG yyyy г."), "-85y", "-18y")).t(" года рождения,\n")
    d.t("паспорт ").v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX"))))
    d.t(", выдан ").t(rng.choice(("ОУФМС России", "МВД по Республике", "ГУ МВД России"))).t(" ")
    d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",))).t(",\nзарегистрирован" + ("а" if pat.female else "") + " по адресу: ")
    d.v("LOCATION", full_addr(fake, rng)).t(",\nдаю согласие на публикацию сведений и изображений в журнале.\n")
    if rng.random() < 0.5:
        d.t("Полис ОМС: ").v("RU_OMS_POLICY", enp_value(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")))).t("\n")
    d.t("Тел.: ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB))).t("\nДата ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "«dd» MG yyyy г.")))
    d.t("  Подпись ______ /").v("PERSON", pat.shape(rng.choice(("F io", "io F", "F i_o")))).t("/\n")
    return d.done()


def author_email(rng: random.Random, fake: Any) -> Planted:
    a, ed, pat = new_person(fake, rng), new_person(fake, rng), new_person(fake, rng)
    d = Doc().t("From: ").v("PERSON", a.shape(rng.choice(("I F", "F I")))).t(" <").v("EMAIL_ADDRESS", email_value(rng, a)).t(">\n")
    d.t("To: ").v("EMAIL_ADDRESS", email_value(rng, ed, True)).t("\nSubject: Re: рукопись CR-").t(digits(rng, 4)).t("\n\n")
    d.t("Уважаем" + ("ая " if ed.female else "ый ")).v("PERSON", ed.shape(rng.choice(("I O", "I")))).t("!\n")
    d.t("Исправили замечания. Инициалы пациент" + ("ки " if pat.female else "а ")).t("(")
    d.v("PERSON", pat.shape(rng.choice(("F", "F i_o", "ini")))).t(") заменили, дату операции (")
    d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "d MG")))
    d.t(") убрали. Согласие подписано ").v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "d MG"))).t(".\n--\nС уважением, ")
    d.v("PERSON", a.shape(rng.choice(("F I O", "I F", "F i_o")))).t("\nмоб. ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB))).t("\n")
    return d.done()


def peer_review(rng: random.Random, fake: Any) -> Planted:
    pat = new_person(fake, rng)
    d = Doc().t("ЗАМЕЧАНИЯ РЕЦЕНЗЕНТА\n1. На рис. 2 в углу снимка видна фамилия пациента (")
    d.v("PERSON", pat.shape(rng.choice(("FU", "FU io", "FU IU")))).t(") и номер ").v("MEDICAL_RECORD_NUMBER", f"{digits(rng, 6, True)}")
    d.t(" — необходимо закрыть.\n2. В табл. 1 указана точная дата рождения (").v(
        "DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy", "dd.mm.yy"), "-80y", "-18y"))
    d.t(") и населённый пункт (").v("LOCATION", rng.choice(("с. " + village(rng), "г. " + town(fake), village(rng))))
    d.t(").\n3. Из текста следует, что пациент" + ("ка" if pat.female else "") + " — родственни")
    d.t("ца" if pat.female else "к").t(" автора ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F", "F io")), "gent")).t("?\n")
    d.t("Рецензент: ").v("PERSON", new_person(fake, rng).shape(rng.choice(("F I O", "F io")))).t(", ")
    d.v("EMAIL_ADDRESS", email_value(rng, new_person(fake, rng), True)).t("\n")
    return d.done()


def residency_app(rng: random.Random, fake: Any) -> Planted:
    p = new_person(fake, rng)
    d = Doc().t("ЗАЯВЛЕНИЕ о допуске к аккредитации\nФИО: ").v("PERSON", p.shape("F I O")).t("\nДата рождения: ")
    d.v("DATE_TIME", date_fmt(fake, rng, ("dd.mm.yyyy",), "-35y", "-22y")).t("\nМесто рождения: ").v(
        "LOCATION", rng.choice(("г. " + town(fake), "с. " + village(rng) + ", " + fake.administrative_unit())))
    d.t("\nПаспорт: ").v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX XXXXXX", "XXXX XXXXXX")))).t("\nСНИЛС: ")
    d.v("RU_SNILS", snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX")))).t("\nИНН: ").v("RU_INN", inn_value(rng, 12))
    d.t("\nАдрес: ").v("LOCATION", full_addr(fake, rng)).t("\nТелефон: ").v("PHONE_NUMBER", phone_value(rng, rng.choice(MOB)))
    d.t("\nЭл. почта: ").v("EMAIL_ADDRESS", email_value(rng, p, False)).t("\n")
    return d.done()


F = HELDOUT
BLOCKS: list[BlockFamily] = [
    BlockFamily("b59-case-report", F, case_report),
    BlockFamily("b59-submission-form", F, submission_form),
    BlockFamily("b59-abstract", F, abstract),
    BlockFamily("b59-poster", F, poster),
    BlockFamily("b59-logbook", F, logbook),
    BlockFamily("b59-practice-diary", F, practice_diary),
    BlockFamily("b59-case-presentation", F, case_presentation),
    BlockFamily("b59-autopsy-conf", F, autopsy_conf),
    BlockFamily("b59-mm-review", F, mm_review),
    BlockFamily("b59-exam-case", F, exam_case),
    BlockFamily("b59-consent", F, consent),
    BlockFamily("b59-author-email", F, author_email),
    BlockFamily("b59-peer-review", F, peer_review),
    BlockFamily("b59-accreditation-app", F, residency_app),
]
