"""A Cyrillic name's Latin spelling in brackets after it (issue #10, round 14): the same person, whatever the origin.

Marks as in :mod:`support.pii_marks`; medical terms glossed in Latin must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.name_echoes import name_echoes

CASES = {
    "arabic-three-words": "Пациент: [[P|Халид Ибрагим Аль-Масри]] ([[P|Khalid Ibragim Al-Masri]]), турист.",
    "order-swapped-capitals": "Студент [[P|Эзе Чиома]] ([[P|CHIOMA EZE]]) жалуется на кашель.",
    "after-a-role-in-capitals": "Студент(ка) мед. университета [[P|Нгема Сипо]] ([[P|SIPHO NGEMA]]), 3 курс.",
    "initials-and-given-name": "Ф.И.О. [[P|Акопян Р.С.]] ([[P|Akopian Ruben]])",
    "slashed-bilingual-field": "ФИО: [[P|WANG FANG]] / [[P|Ван Фан]]\nДата рождения: [[D|1980]]",
    "slashed-palladius": "姓名 / ФИО: [[P|LIU XIAOLONG]] / [[P|Лю Сяолун]]",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_latin_spelling_after_a_name_is_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    "Высеян Золотистый Стафилококк (Staphylococcus Aureus) 10^5 КОЕ/мл.",
    "Артрит Рейтера (Reiter Arthritis) исключен.",
    "Назначен Кетопрофен (Ketoprofen Retard) 100 мг 2 р/д.",
    "Синдром Иценко-Кушинга (Cushing Syndrome) не подтвержден.",
    "Иванов Петр (Smith John) — два разных человека в списке.",
    "Клиника Мэйо (Mayo Clinic) опубликовала рекомендации.",
    "Шкала Глазго / Glasgow Coma Scale: 15 баллов.",
])
def test_latin_terms_in_brackets_are_no_echo(text: str) -> None:
    assert list(name_echoes(text)) == []
