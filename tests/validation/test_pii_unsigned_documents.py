"""PII that generalises (issue #10, round 11): documents' numbers written without a sign, a certificate's series
under its title, and an old regional policy's series of digits and letters. Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a document's name, then its number with no "№" or colon
    "sick-leave-electronic": "ЭЛН [[M|910012345678]] закрыт, к труду с завтрашнего дня.",
    "sick-leave-word": "Листок нетрудоспособности [[M|300456789012]] продлён на 10 дней.",
    "sick-leave-adjective": "больничный лист [[M|910045678123]] открыт",
    "prescription-registry-year": "Выписан рецепт [[M|61/2022-004518]], получил в аптеке.",
    "prescription-dashed-series": "Рецепт [[M|61-07-204518]] на метформин выписан.",
    "referral-series-number": "Направление [[M|45 123456]] на госпитализацию оформлено.",
    "commission-protocol": "Протокол ВК [[M|112.4.17/2021]]: продление лечения.",
    "certificate-letters": "Справка ГА [[M|0045871]] выдана на руки.",
    # a certificate's form: the series on a line of its own under the title
    "certificate-series-line": "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ\nСерия [[M|12 345678]]\nвыдано отделом ЗАГС",
    "certificate-series-colon": "Медицинская справка о смерти (окончательная)\n  Серия: [[M|ВК 4512399]]",
    # a form's label line ending with "№", its value on the next line
    "label-line-sign": "Медицинская карта №\n[[M|40071235]]\nЖалобы на головную боль.",
    "label-line-series": "История болезни №\n[[M|К-5521]] Жалобы на кашель.",
    # a CSV export with ";" under a header row: the header types its columns (a temporary certificate's nine digits)
    "csv-header-columns": "ФИО;Полис ОМС;Телефон;Диагноз\n[[P|Лаптев Г.И.]];[[O|712004518]];[[T|+7 916 204 11 85]];J06.9\n",
    "csv-quoted-run-on": 'Пациент;СНИЛС;Телефон\n[[P|Гусева Л.П.]];"[[S|112-233-445 95]]";[[T|89035550112]] Жалобы на кашель.',
    "csv-header-after-sentence": "Рост 170 см, вес 80 кг. №;ФИО;Полис;Телефон\n1;[[P|Шилов Д.З.]];[[O|603548187]];[[T|+7 978 220 02 06]]\n",
    # the pension fund's (ПФР, now СФР) insurance certificate is the SNILS, not a record's series
    "snils-pension-fund": "Страховое свидетельство ПФР №[[S|112 233 445 95]]. Жалоб нет.",
    # a list of numbers of one shape after one label; a specimen's containers and their labelling
    "vial-labels-list": "Маркировка флаконов: [[M|31-20045/1]], [[M|31-20046/2]], [[M|31-20047/3]]\nФиксация: формалин 10%",
    "record-list": "И/б № [[M|4512/23]], [[M|4519/23]], 12/22 мг переданы в архив.",
    # a scan's glued "N" and a space before the year's slash
    "glued-sign-spaced-slash": "Выписка из и/б N[[M|2291 /24]]\nБольная поступила планово.",
    # an old regional policy: the region's digits and the insurer's letters are its series
    "policy-regional-series": "Полис ОМС [[O|77ЕК № 12003456]], СМО «Здоровье».",
    "policy-regional-dash": "полис: [[O|50-МО 4412345]]; прикреплён к поликлинике.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_unsigned_document_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # counts, durations and doses after a document's noun
    "Рецепт 2 раза в месяц, больничный 14 дней, направление 3 шт.",
    "Рецепт на инсулин 100000 ЕД выписан.",
    "Рецепт: эналаприл 10-20-40 мг, справка 2-3 дня.",
    "Протокол 1/3, схема 2/12 не применялась.",
    "Направление в палату 204512, справка для бассейна.",
    # a label line with "№" and a list or a duration on the next line
    "Карта №\n1. Жалобы на слабость.\n2. Анамнез.",
    "История болезни №\n12 дней лечения без эффекта.",
    # ";" lists in prose and a CSV of lab values: no header of known labels, or rows of another width
    "Жалобы на слабость; головокружение; тошноту.\nАД 120/80; ЧСС 72; SpO2 98%.",
    "Показатель;Значение;Норма\nГемоглобин;120;130-160\nЛейкоциты;6.4;4-9",
    "Полис;Телефон;Адрес\nсм. выше; 12 кабинет\n",
    "АД 120/80; ЧСС 72; ЧДД 16\nПолис;Телефон;Адрес\n5;12;3\n",
    # a list after a record's number whose items have another shape; a vial's volume; "N" glued to a letter
    "Доза 12/22 мг, 5-10 ЕД, 20-30/4. Флакон 1: 10 мл, контейнер 2 шт.",
    "Карта NT12 N2, закись азота N2O.",
    # a drug's or vaccine's series (a lot) is no certificate's
    "Вакцина Гам-КОВИД-Вак\nСерия 12 345678, срок годности не истёк",
    "Препарат Эналаприл\nСерия: АБ 1234567",
    # an order, a standard, a licence, an organisation's codes
    "Протокол ведения согласно приказу № 203н, ГОСТ Р 52623.3-2015.",
    "Протокол осмотра по лицензии № ЛО-50-01-009876, постановление № 1006.",
    "Справка по форме 086/у, лицензия ЛО-77-01-012345.",
    # lab values, ward numbers, ICD codes, pressure
    "Палата 12, койка 3. АД 120/80. МКБ: I10. Лейкоциты 6.4.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
