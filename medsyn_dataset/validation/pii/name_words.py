"""Words that are no person's name though a name chain reads them so. Used by :mod:`.names`.

Eponyms are not people: a chain right after "болезнь", "синдром", "по" ("по Нечипоренко"), "проба", "шкала"
etc. is the name of a disease, a test or a method (``EPONYM_BEFORE``); medical eponyms used as nouns and drug
brands named like people (``NOT_NAMES``) are never a patient's name on their own.
"""

from __future__ import annotations

import re

EPONYM_BEFORE = re.compile(
    r"(?:^|[^\w])(?:болезн\w*|синдром\w*|симптом\w*|проб[аеуы]|реакци\w*|шкал\w*|по|метод\w*|тест\w*|феномен\w*"
    r"|рефлекс\w*|критери\w*|триад\w*|операци\w*|пятн\w*|узл\w*|клетк\w*|тельц\w*|аппарат\w*|им\.|имени|класс\w*"
    r"|формул\w*|индекс\w*|закон\w*|точк\w*|зон[аеыу]|знак(?!ом[аоуыея])\w*|маневр\w*|манёвр\w*|при[её]м\w*|положени\w*|парез\w*"
    r"|паралич\w*|аппликатор\w*|опухол\w*|саркома|лимфома|анемия|грыж\w*|перелом\w*|вакцин(?!атор)\w*|препарат\w*|таблетк\w*|мазь"
    r"|палочк\w*|кольц\w*|линии|линия|протоколу?|лихорадк\w*|пневмони\w*|ангин\w*|диет\w*|стол|тип[ауе]?)\s+$",
    re.IGNORECASE,
)
# ("знак" is a clinical sign's eponym cue, "знак Кернига"; its stem also starts "знакомый", an acquaintance,
# whose name follows it as a relative's does: "знакомый Петров", so the adjective's forms are left out)

# Medical eponyms used as nouns, and drug brands named like people ("Ярина", "Жанин"): never a
# patient's name on their own. Lower-case dictionary forms.
NOT_NAMES: frozenset[str] = frozenset(
    """
    допплер доплер холтер паркинсон альцгеймер хашимото крон бехтерев манту базедов аддисон кушинг иценко
    жильбер рейно меньер квинке боткин вильсон коновалов шегрен бартолин ахиллес мейбом шляттер пертес
    осгуд зудек бейкер ослер дюшенн гентингтон хантингтон эпштейн эпштейн-барр барр рентген фоллей фолей бобат шарко бабинский
    ласег нери вассерман зимницкий нечипоренко реберг гольдфлам троссо кернинг брудзинский
    ярина жанин диана линда клайра регулон новинет белара марвелон джес анжелик алдара лориста мирена
    визанна силуэт дюфастон утрожестан норколут хлоя лиза
    """.split()
)
