"""Blind split 5 of the PII benchmark: formats written independently, round 6, to measure generalisation.

Written without looking at the scanner, its tests or the earlier splits: the frames and values copy
how Russian medical paperwork actually writes personal data (call cards 110/у, outpatient cards
025/у, MSE referrals 088/у, commercial lab forms, EHR/ЕГИСЗ exports, SMS reminders, patient portal
messages, e-mail signatures, police requests, insurers' letters, scans and handwriting transcripts).

A gold span is the value only. A medical record number here is any identifier of a record, case or
document of this patient: history of illness, outpatient card, EHR/МИС id, ambulance call card, lab
order or sample number. A voluntary-insurance (ДМС) policy number is none of the types and is not
planted.

``python -m benchmarks.pii_families_blind5 [N]`` prints N samples per family with the golds in
brackets and checks every span.
"""

from __future__ import annotations

import sys

from benchmarks.pii_blind5_docs import DOCS
from benchmarks.pii_blind5_forms import FORMS
from benchmarks.pii_blind5_people import FULL, SHORT, person
from benchmarks.pii_blind5_places import address, town, village
from benchmarks.pii_blind5_values import date, email, inn, oms, passport, phone, record, snils, url
from benchmarks.pii_families import BlockFamily, Family

BLIND5 = "blind5"


def _f(name: str, kind: str, frames: tuple[str, ...], make: object) -> Family:
    return Family(name, kind, BLIND5, frames, make)  # type: ignore[arg-type]


PERSON_FAMILIES = [
    _f("b5-person-callcard", "PERSON",
       ("Вызывающий: {} (дочь).", "Кто вызвал: сосед {}", "Вызов принят от {gent}, тел. не оставил.",
        "Бригаду встретил родственник — {}.", "ВЫЗЫВАЮЩИЙ {} / родственник"), person(*FULL, "F I", "I F", upper=0.1)),
    _f("b5-person-oblique", "PERSON",
       ("Выписка выдана на руки {datv}.", "Консультирован совместно с {ablt}.", "Сведения о {loct} переданы в ФСС.",
        "Передан под наблюдение {gent} (участковый терапевт).", "Осмотрена вместе с {ablt}, решено оперировать.",
        "Направление выдано {datv} для госпитализации.", "Доверенность на имя {gent} приложена."),
       person("F I O", "F io", "io F", "F i o", "I O F")),
    _f("b5-person-staff", "PERSON",
       ("Медсестра ________ {}", "Подпись врача: _______ /{}/", "м/с {}, пост № 2.", "Зав. отделением {}",
        "Фельдшер {} (таб. № 4410)", "Врач-терапевт участковый {}", "Исп.: {}", "Дежурный врач — {}.",
        "Ассистировала: {}"), person(*SHORT, "F I O")),
    _f("b5-person-scan", "PERSON",
       ("ПАЦИЕНТ {}", "Ф.И.О. {}", "ФИО БОЛЬНОГО: {}", "Фамилия, имя, отчество {}", "ф и о {}"),
       person("F I O", "F I O", "F io", upper=0.7)),
    _f("b5-person-latin", "PERSON",
       ("Insured / Застрахованный: {}", "Name of patient: {}", "Patient name (as in passport): {}",
        "Фамилия, имя (латиницей): {}"), person("LATIN")),
    _f("b5-person-relative-f", "PERSON",
       ("Законный представитель — мать, {}.", "Со слов жены, {}, потерял сознание дома.", "Контактное лицо: {} (сестра)",
        "Ребёнок доставлен матерью, {ablt}.", "Сведения получены от дочери — {gent}."),
       person("F I O", "I O F", "F io", "I F", "F I", sex="f")),
    _f("b5-person-relative-m", "PERSON",
       ("Муж ({}) извещён по телефону.", "Информированное согласие подписано опекуном {ablt}.", "Ребёнок доставлен отцом, {ablt}.",
        "Со слов сына ({gent}), принимает варфарин.", "Сопровождает брат: {}"), person("F I O", "I F", "F io", "F I", sex="m")),
    _f("b5-person-first", "PERSON",
       ("{}, 54 лет, доставлена СМП.", "{} — пациент 2-го терапевтического отделения.", "{} (1961 г.р.) повторно.",
        "{}: жалобы на кашель.", "{} ознакомлен(а) с планом лечения, подпись."), person("F I O", "F io", "F I O", "F I")),
]

PHONE_FAMILIES = [
    _f("b5-phone-contact", "PHONE_NUMBER",
       ("Конт. тел. {}", "тел {}", "т. {}", "моб.: {}", "Тел. родственников: {}", "Телефон (моб) {}",
        "сот. {}", "ТЕЛ.{}"), phone("mobile", "mobile", "city")),
    _f("b5-phone-office", "PHONE_NUMBER",
       ("Регистратура: {}", "Справочная стационара {}.", "Call-центр {}", "Колл-центр записи: {}",
        "Телефон горячей линии СМО {}", "Факс {}"), phone("city", "ext")),
    _f("b5-phone-cis", "PHONE_NUMBER",
       ("Тел. на родине: {}", "Номер в WhatsApp: {}", "Телефон брата (Казахстан) {}", "Контакт в Telegram {}"),
       phone("cis", "cis", "mobile")),
    _f("b5-phone-local", "PHONE_NUMBER",
       ("тел. отделения {}", "Пост медсестры: тел. {}", "Звонить в ординаторскую по тел. {}",
        "Справки о состоянии больных по тел. {} с 14 до 16 ч."), phone("local", "local", "city")),
    _f("b5-phone-handwritten", "PHONE_NUMBER",
       ("[рукописно] тел. {}", "Телефон (со слов): {}", "т.{} (дочь Оля)", "номер для связи — {}"),
       phone("letter_o", "mobile")),
]

EMAIL_FAMILIES = [
    _f("b5-email-patient", "EMAIL_ADDRESS",
       ("Ответ прошу направить на эл. почту {}", "e-mail: {}", "Эл. почта пациента {}", "E-mail для результатов — {}.",
        "Адрес электронной почты {}", "<{}>", "mailto:{}"), email("plain", "plain", "caps")),
    _f("b5-email-obfuscated", "EMAIL_ADDRESS",
       ("почта {}", "пишите мне на {}", "мой ящик {} (ответ не приходит)", "e-mail (со слов): {}"),
       email("obfuscated")),
    _f("b5-email-clinic", "EMAIL_ADDRESS",
       ("Эл. адрес МО: {}", "Документы направлять по адресу {}", "Эл. почта: {}", "E-mail врача: {}", "Email {}"),
       email("clinic", "cyrillic")),
]

URL_FAMILIES = [
    _f("b5-url-sms", "URL",
       ("Результаты анализов: {}", "Подключиться к консультации: {}", "Отменить запись: {}", "Ссылка на видеоконсультацию {}",
        "Оцените приём: {}"), url("tele", "result", "portal")),
    _f("b5-url-social", "URL",
       ("Связь с мамой пациентки через ВК: {}", "Контакт (соцсеть): {}", "Пишет в соцсети ({}), просит ответить там.",
        "Страница пациента {} (жалоба опубликована)"), url("social")),
    _f("b5-url-site", "URL",
       ("Запись на приём на сайте {}", "Личный кабинет пациента: {}", "Подробнее на {}.", "Сайт: {}", "Портал: {}"),
       url("bare", "gov", "portal", "cyr")),
    _f("b5-url-qr", "URL",
       ("QR-код ведёт на {}", "Проверить подлинность: {}", "(ссылка: {})", "Адрес страницы в ЕМИАС {}"),
       url("gov", "result", "tele")),
]

DATE_FAMILIES = [
    _f("b5-date-birth", "DATE_TIME",
       ("Дата рожд. {}", "д.р. {}", "род. {}", "Д/р: {}", "дата рождения {}", "ДР {}", "Родился {}", "г.р. {}"),
       date("num", "num2", "word", "abbr", "compact", old=True)),
    _f("b5-date-event", "DATE_TIME",
       ("Поступил {}.", "Выписана {} в удовлетворительном состоянии.", "Операция {}.", "Дата осмотра: {}",
        "Прививка выполнена {}.", "Явка на повторный приём {}."), date("num", "word", "abbr", "iso", "roman", "ordinal")),
    _f("b5-date-stamp", "DATE_TIME",
       ("Вызов принят {}", "Время забора материала: {}", "Дата и время поступления: {}", "Подписано ЭП {}",
        "Результат готов {}"), date("stamp", "iso")),
    _f("b5-date-partial", "DATE_TIME",
       ("Болеет с {gent}.", "Последняя госпитализация в {loct}.", "ФГДС в {loct} — без патологии.",
        "Инвалидность установлена в {loct}.", "Ухудшение с {gent}.", "Перенесённый инфаркт: {}."), date("my", "yr", "ordinal")),
    _f("b5-date-range", "DATE_TIME",
       ("ЭЛН открыт {}", "Освобождён от работы {}", "Находился на стационарном лечении {}", "Период нетрудоспособности: {}"),
       date("range")),
]

LOCATION_FAMILIES = [
    _f("b5-addr-registration", "LOCATION",
       ("Адрес регистрации: {}", "Зарегистрирован по адресу {}.", "прописка: {}", "Адрес по месту жительства {}",
        "Рег.: {}", "АДРЕС {}"), address("city", "postal", "region", "caps", "reversed")),
    _f("b5-addr-actual", "LOCATION",
       ("Фактически проживает: {}", "Место пребывания — {}", "Адрес фактического проживания {}.", "Проживает: {}"),
       address("city", "street", "dorm", "lines")),
    _f("b5-addr-callsite", "LOCATION",
       ("Место вызова: {}", "Адрес вызова {}, подъезд 2, код домофона 45.", "Вызов на дом: {}",
        "Доставлен с улицы, место происшествия — {}"), address("street", "city", "street")),
    _f("b5-addr-rural", "LOCATION",
       ("Проживает: {}", "Адрес: {}", "Место жительства {}", "Житель села, адрес {}"), address("rural")),
    _f("b5-addr-special", "LOCATION",
       ("Место службы: {}", "Адрес проживания (иностранный гражданин): {}", "Прибыл из-за рубежа, адрес: {}",
        "Военнослужащий, адрес {}"), address("army", "abroad", "dorm")),
    _f("b5-addr-town-cases", "LOCATION",
       ("Доставлен из {gent} санавиацией.", "Переведён в ОКБ {gent}.", "Проживает в {loct}.", "Житель {gent}.",
        "Направлена в онкодиспансер {gent}.", "Выписан по месту жительства: {nomn}.", "Вахтовик, работает под {ablt}."),
       town("", "", "г. ", "г.")),
    _f("b5-addr-birthplace", "LOCATION",
       ("Место рождения: {}", "Уроженец {}", "Место рожд. {}", "Родилась: {}"), village),
]

ID_FAMILIES = [
    _f("b5-snils-label", "RU_SNILS",
       ("СНИЛС {}", "Страх. номер ИЛС: {}", "снилс:{}", "СНИЛС пациента — {}", "№ СНИЛС {}", "С Н И Л С {}"),
       snils("std", "std", "spaces", "plain")),
    _f("b5-snils-odd", "RU_SNILS",
       ("Страховое свидетельство № {}", "СНИЛС (ИЛС) {}", "ИЛС застрахованного лица {}", "страховой номер {}",
        "СНИЛС/ИЛС: {}"), snils("dash", "slash", "nobreak", "std")),
    _f("b5-inn", "RU_INN",
       ("ИНН {}", "ИНН налогоплательщика: {}", "инн: {}", "ИНН физ. лица {}", "ИНН (при наличии) {}",
        "Идентификационный номер налогоплательщика {}"), inn("plain", "plain", "spaced")),
    _f("b5-inn-tax", "RU_INN",
       ("Налогоплательщик: ИНН {}", "ИНН пациента — {}", "(ИНН {})", "ИНН:{}", "инн {} , заявитель"),
       inn("plain", "dashed", "spaced")),
    _f("b5-oms", "RU_OMS_POLICY",
       ("Полис ОМС № {}", "полис {}", "ЕНП {}", "Полис обязательного медицинского страхования: {}",
        "полис ОМС:{}", "№ полиса {}"), oms("plain", "quad", "split")),
    _f("b5-oms-odd", "RU_OMS_POLICY",
       ("Единый номер полиса {}", "Выписка из реестра застрахованных, ЕНП: {}", "Полис (единого образца) {}",
        "ОМС № {}", "Полис ОМС\n{}"), oms("quad", "nl", "plain")),
    _f("b5-passport", "RU_PASSPORT",
       ("Паспорт {}", "Паспорт гражданина РФ серия {}", "паспорт: {}", "Документ, удост. личность: паспорт РФ {}",
        "Паспорт серии {}", "Пасп. {}", "ДУЛ: паспорт {}"), passport("spaced", "joint", "numsign", "words", "dashed")),
    _f("b5-passport-odd", "RU_PASSPORT",
       ("Загранпаспорт № {}", "паспорт {} выдан ГУ МВД", "Серия и номер паспорта: {}", "Паспорт (серия, номер) {}",
        "паспортные данные: {}"), passport("plain", "foreign", "joint", "spaced")),
    _f("b5-mrn-history", "MEDICAL_RECORD_NUMBER",
       ("Медицинская карта стационарного больного № {}", "И/б № {}", "История болезни №{}", "ист. бол. {}",
        "Медицинская карта пациента, получающего помощь в стационарных условиях, № {}", "№ ИБ {}"), record("hist")),
    _f("b5-mrn-outpatient", "MEDICAL_RECORD_NUMBER",
       ("Амб. карта № {}", "Медкарта {}", "№ карты: {}", "Медицинская карта амбулаторного больного № {}",
        "карта № {} (форма 025/у)", "а/к {}"), record("amb")),
    _f("b5-mrn-ehr", "MEDICAL_RECORD_NUMBER",
       ("ЭМК ID {}", "ID пациента в МИС: {}", "Идентификатор ЭМК {}", "Номер случая (ЕГИСЗ): {}", "ID карты {}"),
       record("emk")),
    _f("b5-mrn-lab", "MEDICAL_RECORD_NUMBER",
       ("Номер заказа: {}", "№ заявки {}", "Заявка на исследование № {}", "Штрихкод пробы {}", "ИНЗ {}"),
       record("lab", "barcode")),
    _f("b5-mrn-callcard", "MEDICAL_RECORD_NUMBER",
       ("Карта вызова СМП № {}", "КАРТА ВЫЗОВА №{}", "Номер вызова {}", "Сопроводительный лист к карте вызова № {}"),
       record("call")),
]

BLIND5_FAMILIES: list[Family] = (PERSON_FAMILIES + PHONE_FAMILIES + EMAIL_FAMILIES + URL_FAMILIES + DATE_FAMILIES
                                 + LOCATION_FAMILIES + ID_FAMILIES)
BLIND5_BLOCKS: list[BlockFamily] = [BlockFamily(name, BLIND5, make) for name, make in (*DOCS, *FORMS)]


def _check(text: str, golds: list[tuple[str, int, int]]) -> None:
    for kind, start, end in golds:
        value = text[start:end]
        assert 0 <= start < end <= len(text), (kind, start, end, text)
        assert value == value.strip(), (kind, repr(value))
        number = "".join(ch for ch in value if ch.isdigit())
        if kind == "RU_SNILS":
            assert len(number) == 11 and snils_digits_valid(number), value
        if kind == "RU_INN":
            assert len(number) == 12 and inn_digits_valid(number), value
        if kind == "RU_OMS_POLICY":
            assert len(number) == 16, value


def snils_digits_valid(number: str) -> bool:
    """The SNILS check (written again here, apart from the maker, so the two check each other)."""
    total = sum(int(number[i]) * (9 - i) for i in range(9)) % 101
    return int(number[9:]) == (0 if total == 100 else total)


def inn_digits_valid(number: str) -> bool:
    def check(body: str, weights: tuple[int, ...]) -> int:
        return sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11 % 10

    w = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return check(number[:10], w[1:]) == int(number[10]) and check(number[:11], w) == int(number[11])


def _show(text: str, golds: list[tuple[str, int, int]]) -> str:
    out = text
    for kind, start, end in sorted(golds, key=lambda g: -g[1]):
        out = out[:start] + "[" + out[start:end] + "|" + kind + "]" + out[end:]
    return out


def main(argv: list[str]) -> int:
    import random
    from collections import Counter

    from faker import Faker

    per = int(argv[0]) if argv else 2
    fake = Faker("ru_RU")
    from benchmarks.pii_families import fill

    spans: Counter[str] = Counter()
    for family in BLIND5_FAMILIES:
        fake.seed_instance(5)
        rng = random.Random(family.name)
        print(f"== {family.name}")
        for i in range(max(per, 40)):
            planted = fill(rng.choice(family.frames), rng, fake, family.make, family.type)
            _check(planted.text, planted.golds)
            spans.update(kind for kind, _, _ in planted.golds)
            if i < per:
                print("  " + _show(planted.text, planted.golds).replace("\n", "\n  "))
    for block in BLIND5_BLOCKS:
        fake.seed_instance(5)
        rng = random.Random(block.name)
        print(f"== {block.name}")
        for i in range(max(per, 40)):
            planted = block.make(rng, fake)
            _check(planted.text, planted.golds)
            spans.update(kind for kind, _, _ in planted.golds)
            if i < per:
                print("  " + _show(planted.text, planted.golds).replace("\n", "\n  "))
    print(f"\n{len(BLIND5_FAMILIES)} families + {len(BLIND5_BLOCKS)} blocks; spans at 40 notes each:")
    for kind, n in sorted(spans.items()):
        print(f"  {kind:24} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
