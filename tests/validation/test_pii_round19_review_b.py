"""PII round 19, review B's findings 5-9: objects' numbers are no record numbers.

A lot's, a package's, a model's, a version's, a device's number after a bare "номер" (6) or under a table's column so
named (5); a pack count after "№" joined to the next number (7); a vaccine's or a licence's word before the first
field of a list (8); "таб." after a drug's name (9). Inputs are the review's (/work/notes/r19/reviewB.md).
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

CLEAN = [
    # 6: "номер" and an object's noun with no sign
    "номер серии 123456",
    "Номер упаковки 123456",
    "номер модели 12345",
    "номер версии 12345",
    "номер шприца 12345",
    "номер стерилизационной камеры 12345",
    "номер ячейки 12345",
    # 5: a table's column numbering an object, a product, an order or a standard
    "Наименование | Артикул № | Кол-во | Цена\nПарацетамол | 4601234 | 2 | 120",
    "Препарат | Упаковка № | Кол-во\nАмоксициллин | 123456 | 2",
    "Показатель | Код № | Результат\nГлюкоза | 14749 | 5.4",
    "Дата | Приказ № | Тема\n12.03.2020 | 1234 | Обучение",
    "Препарат | Код АТХ | ГОСТ №\nОмепразол | A02BC01 | 52623",
    "Аппарат | Заводской № | Поверка\nЭКГ | 12345678 | 2024",
    "Реагент | Кат. № | Объём\nГлюкоза | 12345678 | 100",
    "Шприц | Размер | Модель №\nBD | 5 | 12345678",
    "sku_no,name,qty\n4601234,Парацетамол,2",
    "serial_no,device,date\n12345678,ЭКГ,2024",
    # 7: a pack count after a drug's, a dose's or a pack's word
    "Таблетки № 30 1234567",
    "Амоксициллин 500 мг № 20 1234567",
    "Получено 2 упаковки № 10 123456",
    # 8: a vaccine's and a licence's word before the first field of a list
    "Вакцина Гам-КОВИД-Вак серия 1120, доза 2, контроль № 123456",
    "Лицензия ЛО-77-01-012345 от 12.03.2018, переоформлена № 123456",
    # 9: "таб." after a drug's name is the tablet's
    "Метформин таб. 85000",
]


@pytest.mark.parametrize("text", CLEAN)
def test_objects_numbers_are_no_record_numbers(scanner: PiiScanner, text: str) -> None:
    # (the rules' answer: the learned tagger, retrained this round, reads some of these at its own 0.55, below every
    # rule's score; "номер серии 123456" was its on f304efc already)
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)
            if e.type == "MEDICAL_RECORD_NUMBER" and e.recognizer != "IdTagger"] == []


KEPT = [
    # the cases the rules were written for still give their number
    ("табельный номер водителя 30797", "30797"),
    ("Уникальный номер регистровой записи 797860", "797860"),
    ("Заключение ВК № 28 879802", "28 879802"),
    ("удостоверение № 37 11 107775, табельный № 419424", "419424"),
    ("Кузнецов Н., таб. 093337", "093337"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_papers_numbers_are_still_read(scanner: PiiScanner, text: str, value: str) -> None:
    assert value in [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"]


@pytest.mark.parametrize("text", ["| Код пациента № | ФИО |\n| 5512345 | Иванов И.И. |",
                                  "| № | Код | Код пациента № | ФИО |\n| 1 | 77 | 5512345 | Иванов И.И. |"])
def test_a_persons_code_column_stays_a_record_number(scanner: PiiScanner, text: str) -> None:
    # an object's word ("код") refuses a column, unless the header names the row's person beside it
    found = [(e.type, text[e.start:e.end]) for e in scanner.scan(text) if e.recognizer != "IdTagger"]
    assert ("MEDICAL_RECORD_NUMBER", "5512345") in found
