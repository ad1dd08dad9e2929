"""PII that generalises (issue #10, round 12): record numbers of inpatient and emergency paperwork. Marks as in
:mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.numbered_values import numbered_values

CASES = {
    # any identifier after "№" whose noun phrase names nothing else: nouns no list holds
    "police-register": "Телефонограмма передана в ОВД, зарегистрирована в КУСП № [[M|4471]], принял сержант.",
    "police-register-series": "Материал проверки № [[M|Т-2210]] направлен в следственный отдел.",
    "outgoing-letter": "Ответ на запрос страховой дан письмом, исх. № [[M|2214/мс]].",
    "incoming-letter": "Запрос суда (вх. № [[M|15-0332]]) приобщён к истории.",
    "culture": "Выделена Klebsiella pneumoniae (посев мочи № [[M|773012]]).",
    "paraffin-blocks": "Парафиновые блоки № [[M|3318-22]] и стёкла выданы родственникам.",
    "transfer-sheet": "Доставлен бригадой, сопроводительный лист № [[M|40518]] вклеен в историю.",
    "leave-sheet-bracket": "Лист нетрудоспособности (электронный) № [[M|910233445566]] закрыт.",
    "form-code-then-sign": "ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ (ф. 058/у) № [[M|88-ИН]]\nДиагноз: A09.0",
    "series-then-sign": "Номер исследования КТ: 61 № [[M|204518]]",
    "court-case": "Запрошена по делу № [[M|2-1187/2025]] выписка из медкарты.",
    # the sign ending a label line, the value on the next; a scan's Latin "N" for "№"
    "sign-line-end": "Зарегистрировано в КУСП №\n[[M|5527]]\nПринял дежурный.",
    "latin-sign": "Ответ направлен, исх. N [[M|2291/мс]] от [[D|12.03.2025]].",
    # "номер" spelt out, the paper's name after it in the genitive, a colon or a dash before the value
    "number-word-register": "Номер КУСП: [[M|3318]], сообщение передано в 02:10.",
    "number-word-genitive": "Регистрационный номер извещения — [[M|2204/16]] (Роспотребнадзор).",
    "number-word-check": "номер материала проверки: [[M|МП-4471]]",
    # a note run on without stops: the next field starts with a capital ("...отдела позвоночника Сопроводительный лист")
    "run-on-field": "боль в области шейного отдела позвоночника Выписка из журнала СМП № [[M|318/22]] приложена",
    "run-on-number-word": "боли в поясничном отделе позвоночника. Номер вызова [[M|2025-118204]] Получала лечение",
    # a structured number, then the patient's age
    "number-then-age": "Медицинская карта стационарного больного № [[M|4471-К]] 57 лет. Жалобы на слабость.",
    # a redaction's placeholder after the value is no size's factor
    "placeholder-after": "Карта стационарного больного № [[M|2025-40118]] *ДАТА* - поступил.",
    # a certificate's series of the 2022 forms in two groups, "№" between the series and the number: two fields
    "death-certificate-series": "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nСерия [[M|61 204]] № [[M|118402]]  Дата выдачи [[D|5 мая 2025]] г.",
    "certificate-after-sentence": "Принимала много препаратов. МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nСерия [[M|45 118]] № [[M|204518]]",
    # an export's element named after a paper, its number an attribute
    "xml-paper-attribute": '<Prescription series="[[M|61-22]]" no="[[M|004518]]" date="[[D|2025-03-04]]"/>',
    "xml-referral-number": '<napravlenie nomer="[[M|НП-22018]]"><vid>1</vid></napravlenie>',
    # a modality qualifies an accession number's label; a blank's series, "№" and its number are one value
    "accession-modality": "Accession No МРТ: [[M|AN22018834]] исследование выполнено.",
    "accession-series-sign": "Accession number УЗИ: [[M|45 № 220188]]",
    # a commission's protocol or decision after its abbreviation, no sign
    "commission-protocol": "Протокол ВК [[M|118-3]]: продлён листок нетрудоспособности.",
    "commission-decision": "Решение МСЭ [[M|2204/17]] получено на руки.",
    # a discharge summary's number with its year: 453/24 is no blood pressure
    "summary-number-year": "Тема: выписка [[M|318/25]] по запросу",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round12_record_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a drug's course and a range of counts after "№"
    "Получал Мексидол №10 в/в, Мильгамма №5 в/м, Тексаред 20 мг №3-6, физиолечение № 10-12.",
    "Румалон №25 курсом, затем перерыв.",
    # a ward, a bed, a team, an office, a floor, a post after the sign
    "Переведён в палату № 1204, пост № 2, койка 3. Бригада № 1187 подстанции № 12.",
    "Осмотрен в кабинете № 4012 на 3 этаже, операционная № 1021.",
    # an institution, a school, a kindergarten, a vehicle
    "Госпитализирован в ГКБ № 1234, ранее лечился в больнице № 2210 и поликлинике № 3312.",
    "Учится в школе № 1514, сестра посещает детский сад № 2231. Маршрут № 1187.",
    # an address's house and flat, an item of a text
    "Проживает: дом № 1234, кв. № 1210. См. рис. № 1204, табл. № 2231, приложение № 1123.",
    # a regulation, a law, a licence, an organisation's requisites
    "Согласно приказу МЗ РФ от 12.03.2020 № 203н и ФЗ № 323-ФЗ; лицензия № ЛО-77-01-012345.",
    "ОГРН № 1027700132195, КПП № 770101001.",
    # another identifier's field: its own recognizer reads it
    "Паспорт серия 45 12 № 345678 выдан ОВД. Полис ОМС № 7700 1234 5678 9012.",
    # a vaccine's or drug's lot
    "Вакцина Гам-КОВИД-Вак, серия № 1234-0521, годен до 12.2026.",
    # a date, a time, a pressure and a dose after the sign
    "Осмотр № 2 от 12.03.2024 в 14:30, АД 120/80, доза № 1000 мг, приём № 2/3.",
    # an element no paper names; a size's factor after a number; a pressure after a summary's title
    '<House number="1204"/><Step no="3"/><Referral date="2025-03-04"/>',
    "Образование 12 x 15 мм, киста 3*4 см. Эпикриз: 120/80, выписка: 90/60.",
    # a commission's decision dated, or a count after it
    "Заключение ВК 12.03.2024: продлить. Протокол ВК 1/3 не выполнен.",
    # "номер" before a ward, a house, a team, a phone, a licence
    "Номер палаты: 1204, номер дома: 1234, номер бригады — 1187. Контактный номер: 1234-5678.",
    "Номер лицензии: ЛО-77-01-012345; номер телефона: 4951234567.",
    # a Latin "N" in a formula or a staging; a list after a label line's sign; a year with its mark
    "Закись азота N2O, азот N 12 ммоль/л, стадия T1N0M0. Справка №\n1. Жалобы.\nКарта №\n2024 г.",
    # a capital word starting the phrase still names a place or an institution
    "Переведён: Отделение реанимации № 1234, лечилась в Городской больнице № 2231. Позвонить по номеру 2231-4455.",
    # a preposition glued to a lab value after an analyte's capitals ("МК": uric acid), before a redaction's placeholder
    "СРБ 35, МК 270от *ДАТА*: креатинин 65, температура 37до 38.",
    # an item's inventory, factory, serial or catalogue number (issue #10 review): the device's, not the patient's
    "Монитор подключён, прибор инвентарный № 4410227 исправен. Установлен имплантат, серийный № 0233-1187.",
    "Наркозный аппарат Dräger, инв. № 0201550034; дефибриллятор, зав. № 77-12045.",
    "Установлен эндопротез, каталожный № 71335212, размер 54; винты кат. № 02-4471-118-00.",
    # equipment and stock: a fridge, a thermometer, a kit, a reagent
    "Вакцины хранятся в холодильнике № 2271 при +5, контроль термометром № 30418.",
    "Использован набор для катетеризации № 7731-22 и реагент № 5560-0412.",
    # the clinic's own papers: a register, an instruction for use, a VAT invoice
    "Записано в журнале регистрации № 4418 согласно инструкции № 2290/ИП; счёт-фактура № 88120 от поставщика.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round12_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "MEDICAL_RECORD_NUMBER"]
    assert found == []


def test_numbered_values_reads_only_after_the_sign() -> None:
    text = "КУСП 4471, КУСП № 4472"
    assert [text[s:e] for s, e, _ in numbered_values(text)] == ["4472"]


def test_an_items_number_stays_clean_but_the_patients_extract_and_disability_do_not() -> None:
    # the refusals are whole words or spelt-out forms: "инвалидности", "катамнез", "журнала" (an extract for the
    # patient) and "имплантация" still leave the patient's paper its number
    kept = [
        "Справка МСЭ об инвалидности № 1234567 выдана.",
        "Выписка из журнала СМП № 318/22 приложена",
        "Имплантация ЭКС протокол № 2204-18",
    ]
    for text in kept:
        assert [text[s:e] for s, e, _ in numbered_values(text)] != [], text


def test_the_tagger_is_vetoed_after_an_items_sign(scanner: PiiScanner) -> None:
    # the learned tagger alone took these for record numbers before the veto of :func:`refused_after_sign`
    for text in ("Аппарат ИВЛ Hamilton, инв. № 0101340012", "Дефибриллятор заводской № 12345"):
        assert [e for e in scanner.scan(text) if e.type == "MEDICAL_RECORD_NUMBER"] == [], text
