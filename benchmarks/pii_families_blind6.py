"""blind6: an independently written blind split for the PII benchmark (round 7).

Written without reading the scanner, its tests or the earlier families, to measure how the scanner
generalises to formats nobody tuned for. Single-type families put one value into a sentence frame
("{gent}" marks the slot and the grammatical case); block families are whole documents (EHR screens,
forms, exports, letters, messages, transcripts) planting several types at once. A gold span covers
the value only, never its label.

What counts as what (for a scorer):
- PERSON: any person's name (patient, relative, doctor, caller) in any case and shape, including
  surname alone after a cue, first name + patronymic, Latin transliterations, DICOM/HL7 ``A^B^C`` and
  the separate FAM/IM/OT fields of a ТФОМС XML (each its own span), lower-case ASR names.
- DATE_TIME: dates of any form (with their time when written together, "12.03 в 9:30"), partial dates,
  a birth year written as "1957 г.р." (span includes "г.р."), times of a call card on their own,
  HL7/DICOM compact stamps, dates in words. A range ("с 02.11 по 24.11.2017") is two spans.
- LOCATION: a postal address as one span (also over a line break), a village/СНТ/военная часть
  address, an address abroad, a bare "street house-flat" after "проживает", a city in an oblique case.
- RU_PASSPORT: 4+6 digits as one span when written together; when series and number are separated by
  words ("серия 4512 № 345678", XML DOCSER/DOCNUM) they are two spans.
- RU_OMS_POLICY: the 16-digit unified policy number (last digit a Luhn check), any grouping.
- RU_SNILS / RU_INN: valid check digits (INN: 12-digit personal only).
- MEDICAL_RECORD_NUMBER: identifiers of this patient's records and documents: история болезни,
  амбулаторная карта, ЭМК/МИС ID, карта вызова, направление, accession number, Study UID, lab order,
  ЭЛН, prescription series-number, death-certificate number. Not counted (left unmarked): court case,
  КУСП and outgoing-letter numbers, ВК/консилиум protocol numbers, organisation names and codes.

Run ``python -m benchmarks.pii_families_blind6 [N]`` to print N samples per family with gold spans.
"""

from __future__ import annotations

import random
import sys
from typing import Any

from benchmarks import pii_blind6_docs as docs
from benchmarks import pii_blind6_forms as forms
from benchmarks import pii_blind6_letters as letters
from benchmarks.pii_blind6_places import address, city_case, email, format_mrn, mrn, url
from benchmarks.pii_blind6_values import (
    date,
    dictated_phone,
    inn,
    latin,
    name_parts,
    oms,
    passport,
    person,
    phone,
    snils,
)
from benchmarks.pii_families import BlockFamily, Family, Planted

BLIND6 = "blind6"


def _latin_person(rng: random.Random, fake: Any, case: str) -> str:
    sur, first, _, _ = name_parts(rng, fake, 0.3)
    first = latin(first.split()[0])
    return rng.choice((f"{latin(sur).upper()} {first.upper()}", f"{first} {latin(sur)}", f"{latin(sur)}, {first}"))


def _city(rng: random.Random, fake: Any, case: str) -> str:
    return city_case(rng, case)


def _dictated(rng: random.Random, fake: Any, case: str) -> str:
    return dictated_phone(rng)


def _fam(name: str, kind: str, frames: tuple[str, ...], make: Any) -> Family:
    return Family(f"b6_{name}", kind, BLIND6, frames, make)


_PERSON = (
    _fam("person_cases", "PERSON", (
        "Со слов {gent}, матери пациента, ребёнок болен третьи сутки.", "Консультирована совместно с зав. отделением {ablt}.",
        "Передан дежурному врачу {datv} в 20:00.", "Выписку на руки получил(а) {nomn}.", "Направлена на консультацию к {datv}.",
        "Законный представитель — {nomn} (опекун, распоряжение органа опеки).", "Согласие подписано {ablt} в присутствии свидетеля.",
        "Осмотрен профессором {ablt}, рекомендовано КТ.", "Информация о состоянии больной сообщена {datv} (сын).",
        "Заявление от {gent} о выдаче копий документов принято.", "Осмотреть {accs} повторно через 3 дня.",
        "Больше о {loct} сведений нет.",
    ), person("FIO", "FIO", "F I.O.", "FI")),
    _fam("person_initials", "PERSON", (
        "Лечащий врач: {}", "Подпись ________ /{}/", "Исп. {}, тел. внутр. 214.", "Медсестра процедурного кабинета {} сдала смену.",
        "Зав. отделением ____________ {}", "Выполнил: врач-эндоскопист {}.", "Диктовал {}; набрала м/с.",
    ), person("F I.O.", "I.O. F", "I.O.F", "F I. O.", "F I.", ethnic=0.15)),
    _fam("person_ethnic", "PERSON", (
        "Пациент {}, гражданин Республики Узбекистан, по-русски говорит плохо, переводчик — сын.", "ФИО: {}",
        "Пациент(ка) {} поступил(а) в порядке скорой помощи.", "Сопровождающее лицо: {}.", "{} — мигрант, полиса ОМС нет.",
    ), person("FIO", "FIO", "F I.O.", ethnic=1.0)),
    _fam("person_caps", "PERSON", (
        "ПАЦИЕНТ: {}", "Ф.И.О. больного: {}", "ВЫПИСНОЙ ЭПИКРИЗ\n{}", "Получатель: {}",
    ), person("CAPS", "ALLCAPS")),
    _fam("person_latin", "PERSON", ("Patient: {}", "Name / Имя: {}", "Referring physician: Dr. {}", "Insured person: {}"), _latin_person),
    _fam("person_address_form", "PERSON", (
        "Уважаемый(-ая) {}! Напоминаем о записи на диспансеризацию.", "{}, добрый день, анализы готовы.",
        "Добрый вечер, {}! Благодарим за обращение.", "{}, вам перезвонит врач.",
    ), person("IO")),
)

_PHONE = (
    _fam("phone_mobile", "PHONE_NUMBER", (
        "Контактный телефон родственников: {} (дочь).", "моб.: {}", "Звонить по номеру {} после 18:00.", "WhatsApp: {}",
        "Тел. жены {}, звонить в любое время.", "Телефон для связи — {}.", "т. {} (сосед)",
    ), phone("+7 (9xx) xxx-xx-xx", "8-9xx-xxx-xx-xx", "8 9xx xxx xx xx", "89xxxxxxxxx", "+79xxxxxxxxx", "+7-9xx-xxx-xxxx",
             "8(9xx)xxx-xxxx", "+7 9xx xxx-xxxx", "8 (9xx) xxxxxxx")),
    _fam("phone_city", "PHONE_NUMBER", (
        "Справки о состоянии больных по тел. {}", "Регистратура: {}", "Тел. отделения {} (пост).", "Телефон доверия ГКБ: {}.",
        "Факс/тел.: {}",
    ), phone("city3", "city4", "city3_ext", "city3_ext2")),
    _fam("phone_cis", "PHONE_NUMBER", (
        "Контакт родственников на родине: {}.", "Тел. (Telegram/WhatsApp): {}", "Номер брата в Ташкенте {}.",
        "Связь с представителем: {}",
    ), phone("by", "uz", "kz", "tj", "am", "kg", "de")),
    _fam("phone_odd", "PHONE_NUMBER", (
        "тел. дом. {}", "Тел. ФАПа: {}", "телефон {}", "Контактный тел.: {}",
    ), phone("dots", "O_for_0", "local5", "local6")),
    _fam("phone_dictated", "PHONE_NUMBER", (
        "телефон дочери {} записала медсестра", "номер для связи {}", "перезвонить по номеру {} после обеда",
    ), _dictated),
)

_DATES = (
    _fam("date_numeric", "DATE_TIME", (
        "Госпитализирован {}.", "С {} находится на больничном.", "Последняя менструация {}.", "Прививка от гриппа {}.",
        "Дата ВК: {}", "Выписан {} в удовлетворительном состоянии.", "ОАК от {}: без особенностей.",
    ), date("dd.mm.yyyy", "d.m.yy", "dd.mm.yy", "dd/mm/yyyy", "iso", "dd-mm-yyyy", "dots_spaces", "roman")),
    _fam("date_verbal", "DATE_TIME", (
        "Заболел {}, когда появилась температура.", "Протокол ВК от {}", "Операция выполнена {}.", "Последняя госпитализация — {}.",
        "Родоразрешение планируется на {}.",
    ), date("verbal", "verbal_q", "verbal_goda", "short", "month_year", "verbal_noyear")),
    _fam("date_time", "DATE_TIME", (
        "Время поступления: {}", "Смерть констатирована {}.", "Доставлен бригадой СМП {}.", "Обращение зарегистрировано {}",
        "Забор крови: {}",
    ), date("dt", "dt_v", "time_first", "iso_t", "dt_sec")),
    _fam("date_birth", "DATE_TIME", (
        "Дата рождения: {}", "д.р. {}", "Пациентка, {}, наблюдается с 2015 года.", "Сын {}, здоров.", "Родилась {}.",
    ), date("dd.mm.yyyy", "verbal", "year_gr", "dd.mm.yy", "verbal_goda", birth=True)),
    _fam("date_words", "DATE_TIME", ("поступила {} в приёмное", "дата операции {} повторяю", "последний раз была у врача {}"),
         date("words", birth=False)),
    _fam("date_foreign", "DATE_TIME", ("Date of admission: {}", "DOB: {}", "Exam date: {}", "Datum: {}"),
         date("en", "us", "de", "yyyymmdd")),
)

_PLACES = (
    _fam("addr_urban", "LOCATION", (
        "Адрес регистрации: {}", "Проживает по адресу: {}.", "Фактический адрес: {}", "Адрес доставки лекарств — {}.",
        "Вызов на дом: {}",
    ), address("urban", "postal", "mo", "no_g", "caps")),
    _fam("addr_rural", "LOCATION", (
        "Место жительства: {}", "Проживает в сельской местности: {}.", "Адрес: {}", "Доставлен с дачи: {}.",
    ), address("rural", "village_short", "snt")),
    _fam("addr_special", "LOCATION", (
        "Адрес: {}", "Проживает: {}", "Постоянное место жительства: {}.", "Адрес проживания до переезда: {}.",
    ), address("military", "dorm", "abroad")),
    _fam("addr_loose", "LOCATION", (
        "проживает {}, одна", "живёт {} с дочерью", "Адрес:\n{}", "Почтовый адрес для ответа: {}",
    ), address("nocue", "nocue", "split", "split")),
    _fam("city_oblique", "LOCATION", (
        "Родился в г. {loct}.", "Переведён из {gent} санавиацией.", "Последние 5 лет проживает в {loct}.",
        "Место рождения: г. {nomn}", "Прибыл из {gent} поездом.",
    ), _city),
)

_IDS = (
    _fam("snils", "RU_SNILS", (
        "СНИЛС {}", "Страховой номер индивидуального лицевого счёта: {}", "СНИЛС пациента — {}.", "(СНИЛС: {})", "снилс {}",
    ), snils("std", "dashes", "plain", "spaces", "nospace_ctl", "dots")),
    _fam("inn", "RU_INN", ("ИНН {}", "ИНН налогоплательщика: {}", "для налогового вычета: ИНН пациента {}", "ИНН/КПП: {}/-"),
         inn("plain", "groups", "dash", "spaces3")),
    _fam("oms", "RU_OMS_POLICY", (
        "Полис ОМС № {}", "ЕНП {}", "Полис единого образца: {}", "страховой полис: {} (АО «СОГАЗ-Мед»)", "полис {}",
    ), oms("plain", "plain", "4x4", "dash4", "2_14")),
    _fam("passport", "RU_PASSPORT", (
        "Паспорт {}, выдан ОУФМС.", "паспорт РФ: {}", "Документ, удостоверяющий личность: паспорт {}", "Пасп. {}",
    ), passport("2_2_6", "4_6", "no", "2_2_no", "plain", "dash", "no_tight")),
    _fam("email", "EMAIL_ADDRESS", (
        "e-mail: {}", "Эл. почта: {}", "Ответ прошу направить на {}", "Результаты отправлены на почту {}.", "E-mail врача: {}",
    ), email("personal", "personal", "work", "upper", "plus")),
    _fam("url", "URL", (
        "Страница пациента: {}", "Снимки загружены: {}", "Связь через {}", "Ссылка на видеоконсультацию {}", "Профиль: {}",
    ), url("vk", "vk_name", "tg", "tg_bare", "ok", "disk", "gdrive", "telemed", "www", "insta", "zoom")),
    _fam("mrn_case", "MEDICAL_RECORD_NUMBER", (
        "История болезни № {}", "ИБ {}", "Мед. карта стационарного больного № {}", "Амб. карта № {}", "№ карты: {}",
        "ЭМК {}",
    ), mrn("slash_year", "year_slash", "dash", "dept", "long", "letters")),
)

BLIND6_FAMILIES: list[Family] = [*_PERSON, *_PHONE, *_DATES, *_PLACES, *_IDS]


def _block(name: str, make: Any) -> BlockFamily:
    return BlockFamily(f"b6_{name}", BLIND6, make)


def _labelled(pairs: tuple[tuple[str, str, str], ...]) -> Any:
    """A record number whose label and format belong together: (text before, format, text after)."""

    def make(rng: random.Random, fake: Any) -> Planted:
        before, layout, after = rng.choice(pairs)
        value = format_mrn(rng, layout)
        return Planted(before + value + after, [("MEDICAL_RECORD_NUMBER", len(before), len(before) + len(value))])

    return make


_MRN_IMAGING = (
    ("Accession number: ", "accession", ""), ("№ исследования ", "accession", ", PACS"), ("Study UID ", "uid", ""),
    ("ID пациента в PACS: ", "digits7", ""), ("DICOM Patient ID = ", "emias", ";"), ("Снимки на диске, исследование № ", "accession", "."),
)
_MRN_DOCS = (
    ("ЭЛН № ", "eln", ""), ("Листок нетрудоспособности № ", "eln", " открыт."), ("Рецепт серия и № ", "rx", ""),
    ("Направление № ", "ref", " на ВМП."), ("Заказ лаборатории № ", "lab", ""), ("Карта вызова № ", "call", ", бригада 12."),
    ("Талон на ВМП № ", "ref", ""), ("№ ИБ ", "dept", " (травматология)"),
)


BLIND6_BLOCKS: list[BlockFamily] = [
    _block("emias_screen", docs.emias_screen), _block("referral_057", docs.referral_057), _block("mse_088", docs.mse_epicrisis),
    _block("death_cert", docs.death_certificate), _block("birth_cert", docs.birth_certificate), _block("csv", docs.csv_export),
    _block("json", docs.json_export), _block("hl7", docs.hl7_pid), _block("tfoms_xml", docs.tfoms_xml),
    _block("email_thread", docs.email_thread), _block("messenger", docs.messenger_chat), _block("sms", docs.sms_reminder),
    _block("asr", docs.asr_transcript), _block("handover", docs.nurse_handover), _block("police", letters.police_request),
    _block("complaint", letters.complaint), _block("ocr", letters.ocr_scan), _block("dlo_rx", letters.dlo_prescription),
    _block("sanatorium_072", letters.sanatorium_072), _block("foreign", letters.foreign_discharge), _block("lab", letters.lab_report),
    _block("pacs", letters.pacs_report), _block("smp_call", letters.smp_call_card), _block("social", letters.social_request),
    _block("phone_log", letters.phone_log), _block("consilium", letters.consilium), _block("086u", letters.certificate_086),
    _block("oms_letter", letters.oms_letter), _block("telemed", letters.telemed_protocol),
    _block("mrn_imaging", _labelled(_MRN_IMAGING)), _block("mrn_docs", _labelled(_MRN_DOCS)),
    _block("consent", forms.consent_form), _block("epicrisis_header", forms.epicrisis_header),
    _block("pharmacy_register", forms.pharmacy_register), _block("stay_range", forms.stay_range),
    _block("court", forms.court_request), _block("vk_protocol", forms.vk_protocol),
]


# ----- self-check ------------------------------------------------------------------------------
def _check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        value = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert value == value.strip(), (name, kind, repr(value))


def _show(planted: Planted) -> str:
    out, last = "", 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out += planted.text[last:start] + f"[{kind}:{planted.text[start:end]}]"
        last = end
    return out + planted.text[last:]


def samples(per_family: int) -> dict[str, int]:
    """Print ``per_family`` samples of every family, check the golds, count spans per type at 40 a family."""
    import zlib

    from faker import Faker

    from benchmarks.pii_families import fill

    fake = Faker("ru_RU")
    counts: dict[str, int] = {}
    for seed_name, maker in [(f.name, f) for f in BLIND6_FAMILIES] + [(b.name, b) for b in BLIND6_BLOCKS]:
        seed = zlib.crc32(f"6:{seed_name}".encode())
        fake.seed_instance(seed)
        rng = random.Random(seed)
        for i in range(40):
            if isinstance(maker, Family):
                planted = fill(rng.choice(maker.frames), rng, fake, maker.make, maker.type)
            else:
                planted = maker.make(rng, fake)
            _check(seed_name, planted)
            for kind, _, _ in planted.golds:
                counts[kind] = counts.get(kind, 0) + 1
            if i < per_family:
                print(f"--- {seed_name}\n{_show(planted)}")
    return counts


if __name__ == "__main__":
    counts = samples(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
    print(f"\n{len(BLIND6_FAMILIES)} families + {len(BLIND6_BLOCKS)} blocks; spans per type at 40 notes a family:")
    for kind, n in sorted(counts.items()):
        print(f"  {kind:24} {n}")
