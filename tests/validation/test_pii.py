"""Russian PII detection: planted entities of every type, clinical false-positive traps, checksums,
redaction, the Presidio engine path vs the fast path, and real-data checks (when ../shared exists)."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from medsyn_dataset.io import iter_jsonl
from medsyn_dataset.schema import PII_ENTITY_TYPE
from medsyn_dataset.validation.pii import ENTITY_TYPES, PLACEHOLDERS, PiiEntity, PiiScanner, redact
from medsyn_dataset.validation.pii.checksums import (
    inn_check_digits,
    inn_valid,
    luhn_valid,
    snils_check_digits,
    snils_valid,
)


def marked(source: str) -> tuple[str, list[tuple[int, int]]]:
    """'Тел. [[+7 999 123-45-67]]' -> (text without brackets, [(start, end)] of the bracketed parts)."""
    text, spans, cursor = "", [], 0
    for match in re.finditer(r"\[\[(.+?)\]\]", source):
        text += source[cursor : match.start()]
        spans.append((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        cursor = match.end()
    return text + source[cursor:], spans


# --- planted entities of every type: right type, exact offsets --------------------------------
_BODY = "Жалобы на головную боль, АД 130/85 мм рт. ст. "
POSITIVE = [
    ("PERSON", "Имя пациента: [[Анна Иванова]]. " + _BODY),
    ("PERSON", _BODY + "Пациентка [[Петрова М.И.]], 45 лет."),
    ("PERSON", "ФИО: [[Иванов Иван Иванович]]\n" + _BODY),
    ("PERSON", _BODY + "Осмотрена совместно с [[И.В. Сидоровым]]."),
    ("PERSON", "[[Мария Петровна]] жалуется на слабость. " + _BODY),
    ("PERSON", _BODY + "Лечащий врач: [[Комаров З.Д.]]"),
    ("PERSON", _BODY + "Подпись врача: Д-р [[А.Иванов]]"),
    ("PERSON", "Фамилия: [[Смирнова]]\n" + _BODY),
    ("PERSON", _BODY + "[[Иванов]] отмечает, что боль усиливается."),
    ("PHONE_NUMBER", "Тел.: [[+7 (912) 345-67-89]]. " + _BODY),
    ("PHONE_NUMBER", _BODY + "Контактный телефон [[8 916 123 45 67]]."),
    ("PHONE_NUMBER", _BODY + "Звонить [[+79161234567]] (дочь)."),
    ("PHONE_NUMBER", _BODY + "Моб. [[8-916-123-45-67]]"),
    ("EMAIL_ADDRESS", _BODY + "E-mail: [[anna.ivanova@mail.ru]]."),
    ("URL", _BODY + "Запись: [[https://clinic.example.ru/zapis?id=5]]."),
    ("URL", _BODY + "Сайт [[www.gosuslugi.ru]], раздел записи."),
    ("DATE_TIME", "Дата рождения: [[12.03.1985]]. " + _BODY),
    ("DATE_TIME", _BODY + "Поступил [[12 марта 2021]] г."),
    ("DATE_TIME", _BODY + "Осмотр от [[2021-03-12]]."),
    ("DATE_TIME", _BODY + "Д.р. [[05.11.79]]"),
    ("DATE_TIME", _BODY + "ОАК от [[12.2021]]: без особенностей."),
    ("DATE_TIME", _BODY + "Перенесла пневмонию в [[марте 2019]] г."),
    ("DATE_TIME", _BODY + "Пациент [[1985]] г.р., поступил планово."),
    ("DATE_TIME", _BODY + "Ухудшение [[12-го числа]], вызвал СМП."),
    ("PHONE_NUMBER", _BODY + "Дом. тел. [[8 (3822) 55-66-77]]"),
    ("PHONE_NUMBER", _BODY + "Рабочий телефон [[+7 495 123-45-67 доб. 123]]."),
    ("LOCATION", _BODY + "Адрес: [[Маркса ул., 146-152, Александров]]; со слов."),
    ("LOCATION", _BODY + "Пациентка приехала из [[Тосно]]."),
    ("LOCATION", "Адрес: [[630099, г. Новосибирск, ул. Ленина, д. 5, кв. 12]]. " + _BODY),
    ("LOCATION", _BODY + "Проживает в [[г. Омск]]."),
    ("LOCATION", _BODY + "Родом из [[Новосибирска]], переехала два года назад."),
    ("LOCATION", _BODY + "Зарегистрирована: [[Белгородская обл., с. Красное, ул. Мира, д. 3]]."),
    ("RU_SNILS", _BODY + "СНИЛС [[112-233-445 95]]."),
    ("RU_SNILS", _BODY + "СНИЛС: [[11223344595]]"),
    ("RU_INN", _BODY + "ИНН [[500100732259]]."),
    ("RU_INN", _BODY + "ИНН организации: [[7707083893]]."),
    ("RU_PASSPORT", _BODY + "Паспорт [[45 08 123456]], выдан ОВД."),
    ("RU_PASSPORT", _BODY + "Паспорт: серия [[4508 № 123456]]."),
    ("RU_OMS_POLICY", _BODY + "Полис ОМС: [[7751 2345 6789 0123]]."),
    ("RU_OMS_POLICY", _BODY + "Единый номер полиса [[5093840847000211]]"),
    ("MEDICAL_RECORD_NUMBER", "История болезни № [[12345]]. " + _BODY),
    ("MEDICAL_RECORD_NUMBER", _BODY + "Амб. карта № [[123/45]]."),
    ("MEDICAL_RECORD_NUMBER", _BODY + "МКАБ № [[А-4471]]"),
]


@pytest.mark.parametrize(("kind", "source"), POSITIVE, ids=[f"{k}-{i}" for i, (k, _) in enumerate(POSITIVE)])
def test_planted_entity_is_found_with_exact_offsets(scanner: PiiScanner, kind: str, source: str) -> None:
    text, [span] = marked(source)
    found = [(e.type, e.start, e.end) for e in scanner.scan(text)]
    assert (kind, *span) in found, f"{text[span[0]:span[1]]!r} not found as {kind}: {found}"
    assert found == [(kind, *span)], "nothing else in the note may be flagged"


def test_every_entity_type_is_covered_by_the_planted_cases() -> None:
    assert {kind for kind, _ in POSITIVE} == set(ENTITY_TYPES)


# --- conventions of Russian records (issue #10, round 2): every bracketed span, nothing else ---
CONVENTIONS = [
    ("DATE_TIME", "Явка [[25.10]] к терапевту."),
    ("DATE_TIME", "Б/л с [[03.02]] по [[10.02]]."),
    ("DATE_TIME", "ЭКГ [[15/03/22]]: ритм синусовый."),
    ("DATE_TIME", "Поступила [[14.02.2023 в 23:40]] по СМП."),
    ("DATE_TIME", "Травма [[15.III.2020]] г., лечилась амбулаторно."),
    ("DATE_TIME", "Заболела [[весной 2019]] г., лечилась амбулаторно."),
    ("DATE_TIME", "Нетрудоспособна [[19.12-20.12.2008]]."),
    ("DATE_TIME", "Осмотрена [[5 июня]], повторно [[12-го июня]]."),
    ("DATE_TIME", "Родилась в [[1985]] году."),
    ("DATE_TIME", "Выписка от [[2019-03]]."),
    ("LOCATION", "Вызов на дом: [[Проезжая ул. 24-257, Северо-Курильск]]."),
    ("LOCATION", "Для писем: [[Джубга, Куйбышева, 89, 352843]]"),
    ("LOCATION", "Жалобы на кашель. [[608110 Богучар Гайдара 151-199]]"),
    ("LOCATION", "Проживает в [[с. Кузнецовка]] с семьёй."),
    ("LOCATION", "Пациентка приехала из [[Алексина]]."),
    ("LOCATION", "Уроженка [[Тулы]], живет в [[Твери]]."),
    ("LOCATION", "[[х. Степановка]], частный дом."),
    ("LOCATION", "Доставлен из [[деревни Медведевка]]."),
    ("LOCATION", "Проживает: [[СНТ «Ромашка», уч. 15]]."),
]


@pytest.mark.parametrize(("kind", "source"), CONVENTIONS, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CONVENTIONS)])
def test_conventions_of_russian_records_are_found(scanner: PiiScanner, kind: str, source: str) -> None:
    text, spans = marked(source)
    assert [(e.type, e.start, e.end) for e in scanner.scan(text)] == [(kind, *span) for span in spans]


# --- clinical text that must not be taken for PII ---------------------------------------------
NEGATIVE = [
    "АД 120/80 мм рт. ст., ЧСС 78 уд/мин, ЧДД 16 в мин, SpO2 98%.",
    "Амоксициллин 500 мг 3 раза в день 7 дней, затем 250 мг 2 раза в день.",
    "Диагноз: J06.9 Острая инфекция верхних дыхательных путей. Сопутствующий: I11.9, E11.65.",
    "Глюкоза 5.5 ммоль/л, холестерин 6.2 ммоль/л, креатинин 88 мкмоль/л, Hb 132 г/л, СОЭ 12 мм/ч.",
    "Болеет 5 лет, 3 года назад перенесла COVID-19. Пациентке 45 лет, рост 165 см, вес 70 кг.",
    "Лейкоциты 12.3 x10^9/л, тромбоциты 250 x10^9/л, эритроциты 4.5 x10^12/л.",
    "Болезнь Крона, синдром Жильбера, анализ мочи по Нечипоренко, парез Белла, болезнь Паркинсона.",
    "Назначены: Нурофен 200 мг, Актовегин 10 мл в/в, Кагоцел по схеме, Но-шпа 40 мг.",
    "Принимает Ярина, использовала аппликатор Кузнецова, Допплер сосудов шеи, Холтер ЭКГ.",
    "Пол: мужской. Возраст: 45 лет. Амб. лечение без эффекта.",
    "Жалобы на боль в области сердца. Пальпация области живота безболезненна. Городской житель.",
    "Эндемическая область: нет. Клиническая область поражения: кисти. Городской район не указан.",
    "Год назад пациент отметил ухудшение. Симптомы в течение 3 месяцев, 2-3 раза в неделю.",
    "ОАК: без особенностей. Температура 37,8 °C, ВАШ 6 баллов, ИМТ 27,4 кг/м2.",
    "Дозировка 0,5 мг/кг/сут, скорость 12-15 мл/час, инсулин 8-10-12 ЕД перед едой.",
    "Доза 1 000 000 ЕД, посев 10^5 КОЕ/мл, ПСА 4,12 нг/мл, ТТГ 2,5 мЕд/л.",
    "Номер анализа 123-45-67 в лаборатории; препарат серии 4508 (годен до 2025).",
    "Состояние средней тяжести. Пациент: мужчина 45 лет. Имя: не указано.",
    "Истории болезни не приложены. Карта вызова СМП: вызов в 14:30, доставлен в 15:10.",
    # a day.month needs a date word or a time next to it; scores and lab values look the same
    "Боль 7/10 по ВАШ, Фемостон 2/10 с января. АЛТ 1.10 (норма до 0.68), ТТГ 2.05, калий 4.10 ммоль/л.",
    # abbreviations that also stand for settlements, generic "places", ordinary words after "в"
    "Место жительства: город. Проживает в городе Н. Живет в сельской местности, в частном доме.",
    "И т. д. Жалобы на боли, лечение 5 д. Боли уменьшились. а. Не курит; г. Не работает.",
    "Находки на МРТ неспецифичны. Жилая площадь 40 м2. Белая линия живота без особенностей.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_clinical_text_is_not_flagged(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_a_day_with_its_month_is_a_date_and_so_is_an_event_year(scanner: PiiScanner) -> None:
    # issue #10: every date element more specific than the year is a date of the person (HIPAA
    # Safe Harbor), so "16 ноября" counts without a date word; since round 19 a year of the person's
    # history is one too (the i2b2/UTHealth 2014 guidelines; PiiPolicy.keep_years keeps it, test_pii_event_years)
    text = "Болеет с 2019 года, в 2021 г. перенесла COVID-19."
    assert [text[e.start : e.end] for e in scanner.scan(text)] == ["2019 года", "2021 г."]
    for source in ("Болеет давно, ухудшение с [[16 ноября]].", "Дата рождения: [[16 ноября]]."):
        text, [span] = marked(source)
        assert [(e.type, e.start, e.end) for e in scanner.scan(text)] == [("DATE_TIME", *span)]


# --- checksums --------------------------------------------------------------------------------
def test_snils_checksum() -> None:
    assert snils_valid("11223344595")
    assert not snils_valid("11223344596")
    assert not snils_valid("00100199800")  # below the first number with a checksum
    body = "123456789"
    assert snils_valid(body + snils_check_digits(body))


def test_inn_checksums() -> None:
    assert inn_valid("7707083893") and inn_valid("500100732259")
    assert not inn_valid("7707083894") and not inn_valid("500100732258")
    assert not inn_valid("0000000000")
    assert inn_valid("770708389" + inn_check_digits("770708389"))
    assert luhn_valid("4561261212345467") and not luhn_valid("4561261212345464")


def test_invalid_checksums_are_rejected_without_a_cue_and_taken_after_one(scanner: PiiScanner) -> None:
    # issue #10, round 3: the checksum gates a number only where no cue names it; after an explicit
    # "СНИЛС"/"ИНН" the number is that identifier even with a typo in it (a record names its fields)
    for text in ("Код 112-233-445 96.", "Номер 500100732258.", "Код 7707083894."):
        assert [e.type for e in scanner.scan(text)] == [], text
    for text, kind in (("СНИЛС 112-233-445 96.", "RU_SNILS"), ("ИНН 500100732258.", "RU_INN"), ("ИНН 7707083894.", "RU_INN")):
        assert [e.type for e in scanner.scan(text)] == [kind], text


# --- API, engine and fast path ------------------------------------------------------------------
def test_entity_to_dict_matches_the_schema_struct() -> None:
    entity = PiiEntity("PERSON", 3, 9, 0.85, "RuPersonRecognizer")
    assert list(entity.to_dict()) == [field.name for field in PII_ENTITY_TYPE]
    assert entity.to_dict() == {"type": "PERSON", "start": 3, "end": 9, "score": 0.85, "recognizer": "RuPersonRecognizer"}
    with pytest.raises(ValueError, match="unknown PII entity type"):
        PiiEntity("SSN", 0, 1, 1.0, "x")
    with pytest.raises(ValueError, match="bad PII span"):
        PiiEntity("PERSON", 5, 5, 1.0, "x")


def test_scanner_rejects_unknown_entity_types_and_non_text(scanner: PiiScanner) -> None:
    with pytest.raises(ValueError, match="unknown PII entity types"):
        PiiScanner(entities=["PERSON", "CREDIT_CARD"])
    with pytest.raises(TypeError, match="text #1 is NoneType"):
        scanner.scan_many(["ok", None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not str"):
        scanner.scan(b"bytes")  # type: ignore[arg-type]


def test_entity_subset_and_threshold() -> None:
    text = "Пациентка Петрова М.И., тел. +7 (912) 345-67-89."
    assert [e.type for e in PiiScanner(entities=["PHONE_NUMBER"]).scan(text)] == ["PHONE_NUMBER"]
    strict = PiiScanner(score_threshold=0.99)
    loose = PiiScanner(score_threshold=0.2)
    day = "Ухудшение с 16 ноября."  # scores 0.3: only a loose threshold reports it
    assert strict.scan(day) == [] and [e.type for e in loose.scan(day)] == ["DATE_TIME"]


SAMPLE_TEXTS = [marked(source)[0] for _, source in POSITIVE] + NEGATIVE


def test_presidio_path_and_fast_path_agree(scanner: PiiScanner) -> None:
    assert [scanner.scan(t) for t in SAMPLE_TEXTS] == [scanner.scan_fast(t) for t in SAMPLE_TEXTS]
    results = scanner.analyzer.analyze(text=SAMPLE_TEXTS[0], language="ru")
    assert {r.entity_type for r in results} == {"PERSON"}


def test_scan_many_keeps_order_in_one_and_two_processes(scanner: PiiScanner) -> None:
    texts = SAMPLE_TEXTS * 12  # > 2 chunks, so two workers really run
    expected = [scanner.scan_fast(t) for t in texts]
    assert scanner.scan_many(texts) == expected
    with PiiScanner(n_jobs=2) as parallel:
        assert parallel.scan_many(iter(texts), progress=True) == expected
        pool = parallel._pool
        assert parallel.scan_many(texts[::-1]) == expected[::-1]
        assert parallel._pool is pool, "the worker pool is reused between calls"
    assert parallel._pool is None
    assert scanner.scan_many([]) == []


def test_results_are_sorted_non_overlapping_and_inside_the_text(scanner: PiiScanner) -> None:
    text = "\n".join(SAMPLE_TEXTS)
    entities = scanner.scan(text)
    assert len(entities) == len(POSITIVE)
    assert entities == sorted(entities, key=lambda e: (e.start, e.end))
    assert all(a.end <= b.start for a, b in pairwise(entities))
    assert all(0 <= e.start < e.end <= len(text) and 0.5 <= e.score <= 1.0 for e in entities)


def test_street_named_after_a_person_is_a_location_not_a_person(scanner: PiiScanner) -> None:
    text = "Адрес: г. Москва, ул. Льва Толстого, д. 16."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [
        ("LOCATION", "г. Москва, ул. Льва Толстого, д. 16")
    ]


# --- redaction --------------------------------------------------------------------------------
def test_redact_writes_typed_placeholders_and_keeps_the_rest(scanner: PiiScanner) -> None:
    text = "Пациентка Петрова М.И., тел. +7 (912) 345-67-89, e-mail a.petrova@mail.ru.\nАД 120/80."
    entities = scanner.scan(text)
    assert redact(text, entities) == "Пациентка <PERSON>, тел. <PHONE>, e-mail <EMAIL>.\nАД 120/80."
    assert redact(text, []) == text


def test_redact_every_type_and_byte_for_byte_elsewhere(scanner: PiiScanner) -> None:
    for kind, source in POSITIVE:
        text, [(start, end)] = marked(source)
        redacted = redact(text, scanner.scan(text))
        assert redacted == text[:start] + PLACEHOLDERS[kind] + text[end:]


def test_redact_rejects_overlaps_and_out_of_range() -> None:
    with pytest.raises(ValueError, match="overlapping"):
        redact("abcdefgh", [PiiEntity("PERSON", 0, 4, 1, "x"), PiiEntity("URL", 2, 6, 1, "x")])
    with pytest.raises(ValueError, match="beyond the end"):
        redact("abc", [PiiEntity("PERSON", 0, 9, 1, "x")])


# --- real data (skipped without ../shared) -------------------------------------------------------
def test_rumedtop3_dev_false_positive_share_is_at_most_2_percent(scanner: PiiScanner, shared) -> None:
    path = shared("rumedtop3", "dev.jsonl")
    notes = [row["symptoms"] for _, row in iter_jsonl(path)]
    flagged = sum(1 for entities in scanner.scan_many(notes) if entities)
    assert len(notes) > 800
    assert flagged / len(notes) <= 0.02


def test_invented_names_in_upstream_notes_are_found(scanner: PiiScanner, shared) -> None:
    import pyarrow.parquet as pq

    texts = pq.read_table(shared("medsyn_upstream", "generated_notes.parquet"), columns=["response"]).column("response")
    lines = []
    for text in texts.to_pylist():
        for match in re.finditer(r"(?:Имя пациента|ФИО|Ф\.И\.О\.?(?: пациента)?): ([А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+[^\n]*)", text or ""):
            lines.append(match.group(0))
        if len(lines) >= 300:
            break
    assert len(lines) >= 100
    found = sum(1 for line in lines if any(e.type == "PERSON" for e in scanner.scan(line)))
    assert found / len(lines) >= 0.95


# --- any text: valid spans, redaction keeps everything else --------------------------------------
def test_random_text_gives_valid_spans_and_redaction(scanner: PiiScanner) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(
        [" ", ", ", ". ", "\n", "г. ", "ул. ", "д. ", "№ ", "+7 ", "8 ", "123", "45-67", "12.03.1985", "@", "www.",
         "Анна", "Иванова", "М.И.", "Пациент", "СНИЛС", "ИНН", "мг", "АД", "120/80", "марта", "2019", "-", "/", "(", ")"]
    )

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(pieces, max_size=40).map("".join))
    def check(text: str) -> None:
        entities = scanner.scan(text)
        assert entities == scanner.scan_fast(text)
        assert all(0 <= e.start < e.end <= len(text) for e in entities)
        assert all(a.end <= b.start for a, b in pairwise(entities))
        redacted = redact(text, entities)
        cursor, rebuilt = 0, ""
        for e in entities:
            rebuilt += text[cursor : e.start] + PLACEHOLDERS[e.type]
            cursor = e.end
        assert redacted == rebuilt + text[cursor:]

    check()
