"""Review B of round 19, findings 1-4, each input the review's and each failing on main before its fix.

A bracketed "паспорт" after a cued INN, policy or phone is a remark, not the value's caption; a section heading that
names a journal keeps its rows' dates; a drug's or a scale's name before a time-of-day adjective and a dose is no town.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return sorted((e.type, text[e.start : e.end]) for e in scanner.scan_fast(text))


# finding 1: a remark in brackets that mentions a passport keeps the cued value's own type
@pytest.mark.parametrize(("text", "entity"), [
    ("ИНН 7707083894 (паспорт организации)", "RU_INN"),
    ("Полис ОМС 7712 345678 (паспорт не предъявлен)", "RU_OMS_POLICY"),
    ("Тел. 916 123 45 67 (паспорт не предъявлен)", "PHONE_NUMBER"),
])
def test_bracketed_passport_remark_keeps_the_cued_type(scanner: PiiScanner, text: str, entity: str) -> None:
    types = {e.type for e in scanner.scan_fast(text)}
    assert entity in types and "RU_PASSPORT" not in types


@pytest.mark.parametrize("text", ["Жалоб нет. 4512 654321 (паспорт) осмотрен", "Предъявлен 4512 654321 (паспорт РФ)."])
def test_bare_digits_captioned_as_passport_still_typed(scanner: PiiScanner, text: str) -> None:
    assert [t for t, _ in _typed(scanner, text)] == ["RU_PASSPORT"]


# finding 2: a heading that names a journal keeps its rows' dates; only a list of section titles is numbered
@pytest.mark.parametrize("text", [
    "Раздел: Дневниковые записи\n12.03 Состояние удовлетворительное\n13.03 Жалоб нет, выписан",
    "Раздел 4. Дневник наблюдения\n12.03 Состояние средней тяжести\n13.03 Жалоб нет, выписан",
])
def test_journal_rows_under_a_section_heading_keep_their_dates(scanner: PiiScanner, text: str) -> None:
    assert _typed(scanner, text) == [("DATE_TIME", "12.03"), ("DATE_TIME", "13.03")]


# finding 4: a drug's or a scale's name, a time-of-day (or scale) adjective and a dose are no address
@pytest.mark.parametrize("text", [
    "Инсулинотерапия: Лантус, Вечерняя 20, Новорапид 6-8",
    "Хумалог, Утренняя 12",
    "Бисопролол, Утренняя 5",
    "Кетонал, Повторная 2",
    "Шкала Глазго, Общая 15",
])
def test_drug_and_dose_are_no_town_and_street(scanner: PiiScanner, text: str) -> None:
    assert _typed(scanner, text) == []


# finding 3: the town and the street with its house are two parts of the address chain, each adding to its score
@pytest.mark.parametrize(("text", "address", "score"), [
    ("Москва, Ленинская 5", "Москва, Ленинская 5", 0.85),
    ("Проживает с женой. Тверь, Советская 12, 170100", "Тверь, Советская 12, 170100", 1.0),
])
def test_town_and_street_house_both_count_in_the_chain(scanner: PiiScanner, text: str, address: str, score: float) -> None:
    found = [(text[e.start : e.end], round(e.score, 2)) for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    assert found == [(address, score)]
