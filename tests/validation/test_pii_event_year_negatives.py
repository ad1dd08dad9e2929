"""PII round 19: the negative cases the event-years commit (6735dd2) deleted because their years became dates, restored.

They carried a ward, a count, a register's short number, a case's year, look-alike letters, a decimal before a year:
none of those is PII. Since round 19 a year of the person's history alone is a DATE_TIME
(:mod:`medsyn_dataset.validation.pii.event_years`), so each may give its years as dates and nothing else: no record
number, no other type, and no date that holds no year. (Review B, finding 11.)
"""

from __future__ import annotations

import re

import pytest

from medsyn_dataset.validation.pii import PiiScanner

RESTORED = [
    # test_pii_foreign_papers: a ward, years of a voluntary contract
    "Палата № 5. ДМС 2024-2025 гг., лимит исчерпан.",
    # test_pii_formats: record words before years, counts and short numbers
    "Медицинская карта 2019 г. заведена. Карты 123 нет. История болезни: 1. Анамнез.",
    # test_pii_papers_round17 / test_pii_mrn_round18: a register's short number, a conscript's certificate's year
    "Реестр № 12 ведётся с 2024 г., включён в регистр в 2019 году.",
    "Включён в регистр, реестр № 12 ведётся с 2024 г.",
    "Удостоверение призывника выдано в 2020 году.",
    # test_pii_ocr_numbers: look-alike letters beside numbers
    "Витамин B12 1000 мкг в/м. В 2019 году S1-S2 без особенностей, группа крови O(I)",
    "Тел. В 2019 г. не менялся, В 12:00 звонила дочь",
    # test_pii_record_papers: "дело" in prose, a service's years, a prescription's year
    "Уголовное дело 2019 года прекращено, жалоб нет.",
    "Военная служба 1998-2000 гг., жалоб нет.",
    "Номер рецепта в 2023 году не сохранился.",
    # test_pii_round17_dates / test_pii_split_values / test_pii_typos_and_numbering: marks and decimals before years
    "Болеет с 2019 года, ТТГ в 15 г 1,2; и др. 2020 г. оплачено 500 р. 2019 г.",
    "Пациентка 63 лет, родила в 2015 году. ДР 12 пациентов, родился весом 3200 г.",
    "Hb 12.3. 2019 г. без динамики",
    "Калий 4,5. 2019 г. — контроль",
    "В 2019 году перенёс аппендэктомию, в 2021 году — холецистэктомию.",
    "Гемоглобин 12 мес 2019 г. не контролировался, ОАК 3 раза 2020-го.",
    "Глюкоза 5,5 ммоль/л, креатинин 88 мкмоль/л, наблюдение 2 недели 2024 г. не проводилось.",
]
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@pytest.mark.parametrize("text", RESTORED)
def test_only_the_years_are_dates(scanner: PiiScanner, text: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]
    assert [(kind, span) for kind, span in found if kind != "DATE_TIME" or not _YEAR.search(span)] == []
