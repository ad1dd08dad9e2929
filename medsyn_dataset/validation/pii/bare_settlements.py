"""LOCATION: a settlement written without its stop after a region or a district, as registers order them
("р-н Кимрский, с Ильинское"); moved out of :mod:`.address` (which joins these into its chains) at 500 lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.address_tails import NAME, PLACE_NAME

# ... and its settlements without stops ("д Малые Вёшки", "с Красное", "х Весёлый", "п Уемский"):
# these letters are also words ("с", "п"), so they only join a chain (score 0), after the comma that
# closes a region or a district, as the register orders them ("р-н Кимрский, с Ильинское")
BARE_SETTLEMENT = re.compile(rf"(?:д|с|п|х|г|сл|ст|аул|рп|пгт|дп|кп|нп|снт|тер)[ \t](?P<place>{PLACE_NAME})")
# the ", " before such a keyword and its space, found by one scan (a literal ", " first: ``re`` skips to it as
# ``str.find`` does): the keyword is where :data:`BARE_SETTLEMENT` opens, so every ", " that a match follows is found
# here, and the others (~20 a note, each a regex call and a ``str.find`` in Python) are never visited. Two ", " never
# overlap, so the scan visits the same ", " the plain loop did, in order.
_COMMA_BEFORE_KEYWORD = re.compile(r", (?=(?:д|с|п|х|г|сл|ст|аул|рп|пгт|дп|кп|нп|снт|тер)[ \t])")
REGION_HINTS = ("обл", "р-н", "р-он", "район", "област", "кра", "респ", "округ", "АО", "м.о", "г.о")
REGION_BEFORE = re.compile(
    rf"(?:(?:обл|р-н|край|респ|округ|АО|м\.о|г\.о)\.?[ \t]+{NAME}(?:[ \t]{NAME})?"
    rf"|{NAME}[ \t]+(?:обл|р-н|р-на|р-он|край|округ|АО)\.?|район[ае]?|област[ьи]|кра[йя]|округ[ае]?)$"
)


def bare_settlements(text: str) -> Iterator[tuple[int, int, float]]:
    # (the region hints, a necessary condition, are looked for once a settlement's shape is there: their ``in``
    # tests run through most of a note, ~5 in 6 notes hold one ("кра" of "крайне"), a bare settlement is rare)
    hinted = False
    for comma in _COMMA_BEFORE_KEYWORD.finditer(text):
        position = comma.start()
        match = BARE_SETTLEMENT.match(text, position + 2)
        if match is not None and not hinted:
            if not any(hint in text for hint in REGION_HINTS):
                return
            hinted = True
        if match is not None and REGION_BEFORE.search(text, max(0, position - 40), position):
            yield match.start(), match.end(), 0.0
