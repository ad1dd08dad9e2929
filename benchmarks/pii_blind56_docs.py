"""Several-value fragments of blind split 56: SAE reports to the sponsor, biobank donor cards and
sample registries, ethics committee letters, monitors' reports, HL7 lab orders and payment lists."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind56_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

PER, DT, LOC, MRN = "PERSON", "DATE_TIME", "LOCATION", "MEDICAL_RECORD_NUMBER"
PH, EM, URL = "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"


def sae_form(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("ФОРМА СООБЩЕНИЯ О СЕРЬЕЗНОМ НЕЖЕЛАТЕЛЬНОМ ЯВЛЕНИИ\n[x] первичное  [ ] последующее\n")
    w.t("1. Номер субъекта: ").v(MRN, g.subject_id(rng)).t("   Инициалы: ").v(PER, g.initials_only(rng, fake))
    w.t("\n2. Дата рождения: ").v(DT, g.birth(rng, fake, rng.choice(("num", "eng", "crf-unk"))))
    w.t(f"   Пол: {rng.choice('МЖ')}   Вес: {rng.randrange(48, 120)} кг\n")
    w.t("3. Дата начала СНЯ: ").v(DT, g.a_date(rng, fake, rng.choice(("num", "eng"))))
    came, left = g.date_pair(rng, fake)
    w.t("\n4. Госпитализация: с ").v(DT, came).t(" по ").v(DT, left)
    w.t(", и/б № ").v(MRN, g.history_no(rng))
    w.t("\n5. Сообщивший исследователь: ").v(PER, g.fio(rng, fake, "nomn", "F I O", "F io"))
    w.t("\n   тел.: ").v(PH, g.phone(rng, rng.random() < 0.5)).t("  e-mail: ").v(EM, g.email(rng, fake))
    w.t("\n6. Дата получения информации исследователем: ").v(DT, g.with_time(rng, fake)).t("\n")
    return w.done()


def sae_narrative(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    female = rng.random() < 0.5
    w.t("Описание случая. Субъект ").v(MRN, g.subject_id(rng))
    w.t(f" ({'Ж' if female else 'М'}, ").v(DT, g.birth(rng, fake, "num")[-4:] + rng.choice((" г.р.", "")))
    w.t(") рандомизирован").t("а " if female else " ").v(DT, g.a_date(rng, fake, rng.choice(("num", "words"))))
    w.t(". ").v(DT, g.a_date(rng, fake, rng.choice(("num", "words"))))
    w.t(rng.choice((" появились давящие боли за грудиной; бригадой СМП доставлен",
                    " отмечено повышение АЛТ до 5 ВГН; госпитализирован")))
    w.t("а" if female else "").t(" в ").t(rng.choice(("ГБУЗ ГКБ № ", "ЦРБ № ", "ОКБ № ")) + str(rng.randrange(1, 70)))
    rel = rng.choice(("мужа " if female else "жены ", "сына ", "дочери "))
    w.t(" (и/б ").v(MRN, g.history_no(rng)).t("). Со слов ").t(rel)
    w.v(PER, g.fio_g(rng, fake, rel != "сына " and rel != "мужа ", "gent", rng.choice(("F I O", "I O"))))
    w.t(", накануне принимал").t("а" if female else "")
    w.t(" НПВС. Исследуемый препарат (ID набора не раскрыт) отменен. Выписан").t("а" if female else "")
    w.t(" ").v(DT, g.a_date(rng, fake, "num")).t(" с улучшением. Исследователь ")
    w.v(PER, g.fio(rng, fake, "nomn", "F io", "io F")).t(" расценивает связь как возможную.")
    return w.done()


def donor_card(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    lab = rng.choice(("{}: ", "{} - ", "{}:\t"))
    w.t("РЕГИСТРАЦИОННАЯ КАРТА ДОНОРА БИОБАНКА\n")
    w.t(lab.format("Код донора")).v(MRN, g.sample_id(rng).split("-")[0] + "-D" + g.d(rng, 5))
    w.t("\n" + lab.format("ФИО")).v(PER, g.fio(rng, fake, "nomn", "F I O"))
    w.t("\n" + lab.format("Дата рождения")).v(DT, g.birth(rng, fake, rng.choice(("num", "words"))))
    w.t("\n" + lab.format("Место рождения")).v(LOC, rng.choice((f"г. {g.town(fake)}", f"{g.town(fake)}, {fake.administrative_unit()}")))
    w.t("\n" + lab.format("Адрес")).v(LOC, g.addr(rng, fake))
    w.t("\n" + lab.format("Телефон")).v(PH, g.phone(rng))
    if rng.random() < 0.5:
        w.t("\n" + lab.format("СНИЛС")).v(SN, g.snils(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
    else:
        w.t("\n" + lab.format("Полис ОМС")).v(OMS, g.enp(rng))
    w.t("\n" + lab.format("Паспорт")).v(PAS, g.passport(rng))
    w.t(", выдан " + rng.choice(("ОВД", "ГУ МВД", "ТП УФМС")) + " ").v(DT, g.a_date(rng, fake, "num", recent=False))
    w.t("\n" + lab.format("Согласие на хранение и использование образцов подписано")).v(DT, g.a_date(rng, fake, "num"))
    return w.done()


def sample_registry(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    sep = rng.choice((",", ";"))
    w.t(sep.join(("sample_id", "aliquot_id", "donor_code", "material", "collected_at", "box", "position")) + "\n")
    donor = "D" + g.d(rng, 6)
    parent = g.sample_id(rng)
    for i in range(rng.randrange(2, 5)):
        w.v(MRN, parent).t(sep).v(MRN, g.aliquot(rng, parent)).t(sep).v(MRN, donor).t(sep)
        w.t(rng.choice(("плазма ЭДТА", "сыворотка", "ДНК", "PBMC", "моча")) + sep)
        w.v(DT, g.with_time(rng, fake)).t(f"{sep}BOX-{rng.randrange(1, 300):03d}{sep}{'ABCDEFGH'[i]}{rng.randrange(1, 10)}\n")
    return w.done()


def transfer_act(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("АКТ приема-передачи биообразцов от ").v(DT, g.a_date(rng, fake, rng.choice(("num", "words"))))
    w.t("\nПередал: ").v(PER, g.fio(rng, fake, "nomn", "F io", "F I O")).t(", лаборант\nПринял: ")
    w.v(PER, g.fio(rng, fake, "nomn", "F io", "F I O")).t(", курьер, тел. ").v(PH, g.phone(rng)).t("\nОбразцы:\n")
    for i in range(rng.randrange(2, 5)):
        w.t(f"{i + 1}) ").v(MRN, g.sample_id(rng)).t(" — субъект ").v(MRN, g.subject_id(rng))
        w.t(rng.choice((", сухой лед\n", ", +4 °C\n", "\n")))
    w.t("Температурный логгер " + f"TL-{rng.randrange(1000, 9999)}" + " — без отклонений.")
    return w.done()


def ec_letter(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Председателю ЛЭК ").v(PER, g.fio(rng, fake, "datv", "F io", "io F")).t("\nот главного исследователя ")
    w.v(PER, g.fio(rng, fake, "gent", "F I O", "F io")).t("\n\nПрошу рассмотреть поправку № ")
    w.t(f"{rng.randrange(1, 6)} к протоколу {rng.choice(('ABC', 'RU', 'KL'))}-{rng.randrange(1000, 9999)} (версия 2.1 "
        f"от 15.0{rng.randrange(1, 9)}.2022). Приложение: обновленная форма ИС.\n")
    w.t("Контакты: тел. ").v(PH, g.phone(rng, rng.random() < 0.5)).t(", ").v(EM, g.email(rng, fake))
    w.t("\nДата подачи: ").v(DT, g.a_date(rng, fake, "num"))
    return w.done()


def monitor_report(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("ОТЧЕТ О МОНИТОРИНГОВОМ ВИЗИТЕ\nДата визита: ").v(DT, g.a_date(rng, fake, rng.choice(("num", "eng"))))
    w.t("\nМонитор: ").v(PER, g.fio(rng, fake, "nomn", "F I O", "I F")).t("\nПрисутствовали: ")
    w.v(PER, g.fio(rng, fake, "nomn", "F io")).t(" (PI), ").v(PER, g.fio(rng, fake, "nomn", "F io")).t(" (координатор)\n")
    w.t("Находки:\n- Субъект ").v(MRN, g.subject_id(rng)).t(": ИС подписано ").v(DT, g.a_date(rng, fake, "num"))
    w.t(", а ЭКГ скрининга снята ").v(DT, g.a_date(rng, fake, "num")).t(" — нарушение протокола.\n- ")
    w.t(rng.choice(("В амб. карте № ", "В истории болезни № "))).v(MRN, g.history_no(rng))
    w.t(" не указан номер партии препарата.\n- Субъект ").v(MRN, g.subject_id(rng))
    w.t(": не найден адрес для возврата дневника, в ИРК: ").v(LOC, g.addr(rng, fake)).t(".\n")
    return w.done()


def hl7_order(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    female = rng.random() < 0.5
    last, first, mid = g.fio_g(rng, fake, female).split()
    seg = rng.choice(("\r", "\n"))
    dob = g.birth(rng, fake, "iso").replace("-", "")
    stamp = g.a_date(rng, fake, "iso").replace("-", "") + f"{rng.randrange(7, 20):02d}{rng.randrange(60):02d}"
    w.t(f"MSH|^~\\&|LIS|CENTRAL_LAB|EDC|SPONSOR|{stamp}||ORM^O01|{g.d(rng, 8)}|P|2.5" + seg)
    w.t("PID|1||").v(MRN, g.subject_id(rng)).t("^^^STUDY~").v(MRN, g.emk(rng)).t("^^^HOSP||")
    w.v(PER, f"{last}^{first}^{mid}").t("||").v(DT, dob).t(f"|{'F' if female else 'M'}|||")
    w.v(LOC, f"{fake.street_title()} ул. {rng.randrange(1, 99)}^^{g.town(fake)}^^{rng.randrange(101000, 692999)}")
    w.t("||").v(PH, g.phone(rng)).t(seg)
    w.t("OBR|1|").v(MRN, g.sample_id(rng)).t("||LIPID^Липидный профиль|||").v(DT, stamp).t(seg)
    return w.done()


def payment_register(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Реестр выплат компенсаций участникам исследования\nФИО;паспорт;ИНН;СНИЛС;сумма\n")
    for _ in range(rng.randrange(2, 4)):
        w.v(PER, g.fio(rng, fake, "nomn", "F I O", "F io")).t(";").v(PAS, g.passport(rng)).t(";")
        w.v(INN, g.inn12(rng)).t(";").v(SN, g.snils(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX")))).t(";")
        w.t(f"{rng.randrange(1, 9)} {rng.randrange(100, 999)},00\n")
    return w.done()


def lab_requisition(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Central Lab Requisition / Направление в центральную лабораторию\nAccession No: ").v(MRN, f"{g.d(rng, 10)}")
    w.t("\nSubject: ").v(MRN, g.subject_id(rng)).t("  Visit: W" + str(rng.randrange(1, 52)))
    w.t("\nCollection date/time: ").v(DT, g.with_time(rng, fake))
    w.t("\nYear of birth: ").v(DT, g.birth(rng, fake, "num")[-4:])
    w.t("\nInvestigator: ").v(PER, g.fio(rng, fake, "nomn", "F io", "I F")).t("   Site tel: ").v(PH, g.phone(rng, False))
    return w.done()


def discharge_extract(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Выписной эпикриз (приложен к отчету о СНЯ, обезличить перед отправкой!)\nФ.И.О.: ")
    w.v(PER, g.fio(rng, fake, "nomn", "F I O")).t(", ").v(DT, g.birth(rng, fake, "num")).t(" г.р.\nПолис ОМС: ")
    if rng.random() < 0.7:
        w.v(OMS, g.enp(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))))
    else:
        w.v(OMS, g.old_oms(rng))
    w.t("\nМедицинская карта стационарного больного № ").v(MRN, g.history_no(rng))
    came, left = g.date_pair(rng, fake)
    w.t("\nАдрес: ").v(LOC, g.addr(rng, fake)).t("\nНа лечении с ").v(DT, came).t(" по ").v(DT, left).t("\nЛечащий врач: ").v(PER, g.fio(rng, fake, "nomn", "F io"))
    return w.done()


def pv_email(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("From: ").v(EM, g.email(rng, fake)).t("\nTo: ").v(EM, g.email(rng, fake))
    w.t("\nSubject: SAE follow-up, субъект ").v(MRN, g.subject_id(rng)).t("\nДата: ").v(DT, g.with_time(rng, fake))
    w.t("\n\nДобрый день! Прилагаю выписку пациента, исход — ").t(rng.choice(("выздоровление", "улучшение")))
    w.t(". Сканы: ").v(URL, g.url(rng, fake)).t("\n--\n").v(PER, g.fio(rng, fake, "nomn", "I F", "F I O", "io F"))
    w.t("\nтел. ").v(PH, g.phone(rng))
    return w.done()


def phone_followup(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Телефонный контакт (оценка выживаемости), субъект ").v(MRN, g.subject_id(rng)).t("\n")
    w.v(DT, g.with_time(rng, fake)).t(" — звонок на ").v(PH, g.phone(rng)).t(rng.choice((", ответил(а) ", ", трубку взял(а) ")))
    rel = rng.choice((" (дочь)", " (супруг)", ", соседка", " (сын)", " (внучка)"))
    w.v(PER, g.fio_g(rng, fake, rel in (" (дочь)", ", соседка", " (внучка)"), "nomn", rng.choice(("I O", "F I O")))).t(rel)
    w.t(". Сообщено, что пациент умер ").v(DT, g.a_date(rng, fake, rng.choice(("num", "words", "month"))))
    w.t(" в ").v(LOC, g.town_case(fake, "loct")).t(". Звонил: ").v(PER, g.fio(rng, fake, "nomn", "F io"))
    return w.done()


def pedigree(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()
    w.t("Семейный анамнез (генетическое исследование), пробанд ").v(MRN, g.subject_id(rng)).t("\n")
    for rel in ("Мать", "Отец", "Сестра", "Брат")[: rng.randrange(2, 5)]:
        w.t(f"{rel}: ").v(PER, g.fio_g(rng, fake, rel in ("Мать", "Сестра"), "nomn", rng.choice(("F I O", "I O")))).t(", ").v(DT, g.birth(rng, fake, "num")[-4:])
        w.t(" г.р., уроженец " if rel in ("Отец", "Брат") else " г.р., уроженка ")
        w.v(LOC, g.town_case(fake, "gent")).t(rng.choice((", здоров(а)\n", ", СД 2 типа\n", ", рак молочной железы в 45 лет\n")))
    return w.done()


def ocr_consent(rng: random.Random, fake: Any) -> Planted:
    w = g.Writer()

    def noisy(s: str) -> str:
        ocr = {"О": "0", "о": "o", "е": "e", "и": "н", "л": "п", "С": "C", "Н": "H", "ы": "ь1"}
        return "".join(ocr[c] if c in ocr and rng.random() < 0.25 else c for c in s)
    w.t(noisy("ИНФОРМИРОВАННОЕ СОГЛАСИЕ") + " (скан, стр. 6 из 6)\n" + noisy("Пациент:") + " ")
    w.v(PER, g.fio(rng, fake, "nomn", "F I O")).t("   " + noisy("Дата") + ": ")
    dt = g.a_date(rng, fake, "num")
    w.v(DT, dt.replace(".", rng.choice((".", ". ", ",")), 1)).t("\n" + noisy("Исследователь:") + " ")
    w.v(PER, g.fio(rng, fake, "nomn", "F io")).t(" |подп.| ").v(DT, g.a_date(rng, fake, "short"))
    w.t("\n" + noisy("Номер рандомизации не заполнен; номер субъекта") + " ").v(MRN, g.subject_id(rng))
    return w.done()


BLOCKS_B: list[BlockFamily] = [
    BlockFamily("b56-sae-form", HELDOUT, sae_form),
    BlockFamily("b56-sae-narrative", HELDOUT, sae_narrative),
    BlockFamily("b56-donor-card", HELDOUT, donor_card),
    BlockFamily("b56-sample-registry", HELDOUT, sample_registry),
    BlockFamily("b56-transfer-act", HELDOUT, transfer_act),
    BlockFamily("b56-ec-letter", HELDOUT, ec_letter),
    BlockFamily("b56-monitor-report", HELDOUT, monitor_report),
    BlockFamily("b56-hl7-order", HELDOUT, hl7_order),
    BlockFamily("b56-payment-register", HELDOUT, payment_register),
    BlockFamily("b56-lab-requisition", HELDOUT, lab_requisition),
    BlockFamily("b56-discharge-extract", HELDOUT, discharge_extract),
    BlockFamily("b56-pv-email", HELDOUT, pv_email),
    BlockFamily("b56-phone-followup", HELDOUT, phone_followup),
    BlockFamily("b56-pedigree", HELDOUT, pedigree),
    BlockFamily("b56-ocr-consent", HELDOUT, ocr_consent),
]
