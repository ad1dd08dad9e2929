"""LOCATION: a place on a road outside a town, named by the road and its kilometre.

Out of town there is no street or house: a road accident, a call to a field or a worker on a road is placed as the
traffic police and the road services place it, by the road and the kilometre mark on it ("69 км автодороги Адлер —
Заречное", "а/д Михайловка — Калач-на-Дону, км 65", "трасса Обоянь-Калинино, 81-й км", "ДТП на 120 км трассы М-4
«Дон»"). The register of addresses has these as element types of their own (ФИАС/ГАР's list of types, Приказ Минфина
№ 171н: "автодорога", "км"), and a federal road is named by its number ("М-4", "Р-255", "А-289": the list of federal
roads, Постановление Правительства РФ № 928).

A road word ("а/д", "автодорога", "трасса") counts when it is followed by a road's name (a road between two places,
"Адлер — Заречное", or a federal number) and, for a road named by one place only, when a kilometre mark stands right
before or after it: a road word alone ("по трассе", "вдоль автодороги") names no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medsyn_dataset.validation.pii.address_tails import NAME

#: the road words, as the address pass looks them up at word starts (in the note's cue index: case as written)
ROAD_ANCHORS = ("а/д", "А/Д", "автодорог", "Автодорог", "автотрасс", "трасс", "Трасс")

_KM_NUMBER = r"\d{1,4}(?:[.,]\d)?(?:-?й)?"
# a federal road's number and its name ("М-4 «Дон»", "Р-255 «Сибирь»", "А-289")
_FEDERAL = r"[МРАMPA]-?\d{1,3}(?:[ \t]?[«\"][А-ЯЁ][а-яё]+(?:[ \t-][А-ЯЁа-яё][а-яё]+)?[»\"])?"
_ROAD = re.compile(
    rf"(?:а/д|А/Д|(?:авто)?трасс[аеыу]|Трасс[аеыу]|[аА]втодорог(?:а|и|е|у|ой))[ \t]+"
    rf"(?:(?P<federal>{_FEDERAL})|(?P<from>{NAME})(?P<to>[ \t]?[-–—][ \t]?{NAME})?)"
    rf"(?P<km>,?[ \t]*(?:км[ \t]?{_KM_NUMBER}|{_KM_NUMBER}[ \t]?км)(?![а-яё]))?"
)
_KM_BEFORE = re.compile(rf"(?<![\d\w]){_KM_NUMBER}[ \t]?км\.?[ \t]+$")


def roads(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the roads whose words start at ``starts`` (see above)."""
    for start in starts:
        road = _ROAD.match(text, start)
        if road is None:
            continue
        before = _KM_BEFORE.search(text, max(0, start - 12), start)
        if road.group("federal") or road.group("to") or road.group("km") or before is not None:
            yield (before.start() if before is not None else start), road.end(), 0.75
