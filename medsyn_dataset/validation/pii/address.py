"""LOCATION: postal addresses and place names.

An address is a chain of components (postcode, region, settlement, street, house, flat) that
follow each other with only commas and spaces between them; the whole chain is one span.
A lone component counts only when it can stand for a place on its own: "г. Новосибирск", a
street with its name, a region, a city from the gazetteer ("в Новосибирске"). House and flat
numbers ("д. 5", "кв. 12") and postcodes count only inside a chain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.address_components import AT_DIGIT_RUNS_OF as _AT_DIGIT_RUNS_OF
from medsyn_dataset.validation.pii.address_components import COMPONENT_ANCHORS as _COMPONENT_ANCHORS
from medsyn_dataset.validation.pii.address_components import COMPONENT_HINTS as _COMPONENT_HINTS
from medsyn_dataset.validation.pii.address_components import COMPONENT_PATTERNS as _COMPONENT_PATTERNS
from medsyn_dataset.validation.pii.address_components import COMPONENT_WORD_GATES as _COMPONENT_WORD_GATES
from medsyn_dataset.validation.pii.address_components import STREET_WORD as _STREET_WORD
from medsyn_dataset.validation.pii.address_lower import LOWER_ANCHORS, lower_addresses
from medsyn_dataset.validation.pii.address_name_checks import NAME_CHECKS, place_word_ok
from medsyn_dataset.validation.pii.address_replies import address_replies
from medsyn_dataset.validation.pii.address_roads import ROAD_ANCHORS, roads
from medsyn_dataset.validation.pii.address_tails import NAME, STREET_NAME, address_tails
from medsyn_dataset.validation.pii.bare_settlements import bare_settlements
from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    best_per_span,
    digit_runs,
    lowered,
    matches_at,
)
from medsyn_dataset.validation.pii.caps_address import has_caps_address, title_cased
from medsyn_dataset.validation.pii.context import stems
from medsyn_dataset.validation.pii.day_numbers import date_street_end, month_after
from medsyn_dataset.validation.pii.export_fields import export_fields
from medsyn_dataset.validation.pii.field_cues import next_field_label
from medsyn_dataset.validation.pii.field_ends import date_ahead
from medsyn_dataset.validation.pii.fields import CUE_SCORE, address_cells, address_fields
from medsyn_dataset.validation.pii.house_streets import house_streets
from medsyn_dataset.validation.pii.keyword_starts import KeywordStarts
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.places import place_words
from medsyn_dataset.validation.pii.street_house import postal_order, residence_streets, shaped_houses
from medsyn_dataset.validation.pii.town_houses import town_houses

# Streets: one scan for the street words finds both orders, the name after the word ("ул. Ленина")
# and, for the words that also follow a name, before it ("Садовая ул.", "Ленина пр-т, 5").
# how every street word starts (see ``_anchored_matches``), as far as its alternatives agree: "пр" alone
# would stop at every "при", "про", "препарат" of a note, the words ``_STREET_WORD`` opens with "пр" start
# with "пр-", "пр.", "просп" or "проезд" ("ул" is followed by a stop, a space, a tab or "иц")
_STREET_ANCHORS = ("ул.", "ул ", "ул\t", "улиц", "пр-", "пр.", "просп", "проезд", "пер.", "переул", "бул.", "бульвар", "б-р",
                   "ш.", "шоссе", "алл.", "аллея", "кв-л", "квартал", "лини", "наб.", "набережн", "пл.", "площад", "туп.",
                   "тупик", "мкр", "м-н", "микрорайон")
_NAME_AFTER = re.compile(rf"[ \t]?(?P<street>{STREET_NAME})")
# the day of a street named by a date, whose month's name no capital opens ("мкр 9 мая", "проезд 1 мая"; a house
# must follow it, :func:`.day_numbers.date_street_end`: "мкр 9 мая" alone may be the date of a stay there)
_DAY_AFTER_WORD = re.compile(r"[ \t]?\d{1,2}(?!\d)")
_WORD_AFTER_NAME = re.compile(
    r"(?:ул\.|улица|пер\.|переулок|пр-т|пр-кт|просп\.|проспект|б-р|бул\.|бульвар|ш\.|шоссе|наб\.|набережная|туп\.|аллея|алл\."
    r"|пр\.|пр-д|проезд|пл\.|мкр-н|мкрн\.?|мкр\.?)(?![\w\-])"
)
# numbered ones: "5-й микрорайон", "4-я линия", "2-й квартал" (not after a name: "Белая линия" is anatomy)
_WORD_AFTER_ORDINAL = re.compile(r"(?:микрорайон|мкр-н|мкрн|мкр|линия|квартал|кв-л|проезд|пер\.|переулок)(?![\w\-])")
_ORDINAL_BEFORE = re.compile(r"(?<![\w\-])\d{1,3}-?(?:я|й|ая|ий|ой|ый)[ \t]$")
# a micro-district's bare number before its word ("22 мкр-н", "5 микрорайон": "мкр" is no unit); a
# "квартал" or a "линия" keeps its ordinal ending ("2 квартал" is also a quarter of the year)
_MICRODISTRICT = re.compile(r"(?:мкр-н|мкрн|мкр|микрорайон)(?![\w\-])")
_NUMBER_BEFORE = re.compile(r"(?<![\w\-.,])\d{1,3}[ \t]$")
_STREET_SCORE, _STREET_AFTER_SCORE = 0.75, 0.7
# a region keyword counts only after its name: "Белгородская обл.", "Алтайский край"
# (a place adjective: "Белгородская", "Алтайский", "Ханты-Мансийский"), not at a sentence start,
# where "Пострадавшая область" / "Городской район" are capitalised too
_REGION_NAME = re.compile(r"[А-ЯЁ][А-ЯЁа-яё\-]*?(?:ск|цк)(?:ая|ой|ий|ого|ому|ую|ом|им|ое|ого)\s$")
# "-ск-" adjectives that are not made from a place name ("Эндемическая область", "Городской район")
_NOT_REGION = re.compile(r"ическ|^(?:городск|сельск|детск|женск|мужск|соседск)", re.IGNORECASE)
# street keywords that are also ordinary abbreviations ("пр." = "прочие"): check the name after them
_AMBIGUOUS_STREET = re.compile(r"(?:пр\.|пл\.|ш\.|линия|квартал|проезд|аллея)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|^\s*[-–•*\d.)]+\s*)$")
# (a comma at a line's end says the address goes on in the next line: "дом 87 к3,\nкв. 173", as a narrow form wraps it)
_GAP = re.compile(r"[ \t]*(?:,[ \t]*\n[ \t]*|[,.]?[ \t]*)")
# an ordinary word after "г."/"ул." is still a name when the field ends there ("ш. Пограничное, д. 4")
_RESIDENCE = stems("прожива", "прописан", "зарегистрир", "адрес", "место жительства", "родом", "уроженец", "уроженк",
                   "живет", "живёт", "переехал", "житель", "жительниц", "приехал")


# (within its line: a street name does not begin on the line above, where an addressee's name ends: "Петровой
# Анне Ильиничне\nСадовая ул., 5" has the street "Садовая ул.", not "Ильиничне Садовая ул.")
_STREET_NAME_BEFORE = re.compile(rf"(?<![\w\-.])(?:\d{{1,3}}(?:-?(?:я|й|го))?[ \t])?(?:[А-ЯЁ]\.[ \t]?)?{NAME}(?:[ \t]{NAME})?[ \t]$")
# settlement words that are never anything else ("пгт", "пос.", "деревня"); "с.", "д.", "п." are also
# "страница", "дом", "пункт", "к.", "ст." also "корпус", "стадия"
# ("сл.", "у." also abbreviate "слева", "уровень", "условно": the same test of the name after them)
_PLAIN_SETTLEMENT = re.compile(r"(?:с\.|д\.|п\.|сл\.|у\.)(?!\s?[а-яё]\.)")
_WEAK_SETTLEMENT = re.compile(r"(?:к\.|ст\.|станци)")  # ("станции Скорой помощи" is no place)


# how village names end: "-ская", "-ово", "-ино", "-овка", "-ичи", "-цы" ("п. Моисеевская", "х. Осиново")
_PLACE_SUFFIX = re.compile(r"(?:[сц]к(?:ая|ое|ий|ие)|[оеёиы]в(?:о|ка|ки)|[иы]н(?:о|ка|ки)|ичи|цы)$")


# a year's cell right before a tab ("1955\tс. Комаровка")
_YEAR_CELL = re.compile(r"(?<!\d)(?:19|20)\d\d\t\Z")
# ... or an age's cell after a person's name, initials or a patronymic ("Иванов И.И.\t45\tд. Малиновка"; review 0 r21,
# finding 3)
# ("-ич" for "Ильич", "Фомич", "Кузьмич" too; review D r22, finding 12)
_AGE_CELL = re.compile(r"(?:[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.|(?:ич|вна|ична))\t\d{1,3}\t\Z")


def _settlement_end(text: str, match: re.Match[str]) -> int:
    """Where a settlement ends (0: no settlement). After "деревня", "пос.", "пгт" any capitalised
    name is one, even an ordinary word ("посёлок Рябиновка"); after "с.", "д.", "п.", which also
    close "и т. д.", "р/д.", "5 д." (days), an ordinary word must look like a village name, end the
    field or follow an address word. A two-word name that fails falls back to its first word
    ("д. Моховское Боли в..." -> "д. Моховское")."""
    start = match.start()
    if not (_PLAIN_SETTLEMENT.match(text, start) or _WEAK_SETTLEMENT.match(text, start)):
        return match.end()
    # (a tab parts a register's cells: "1955\tс. Комаровка" is a year's cell, then the village's; a register's row has
    # four cells at least, a shorter line's tab is only a gap: "Срок\t5\tд. Иванова" are days; a year's cell is no
    # count of days in any line: "Петров П.П.\t1955\tс. Комаровка")
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    register_row = text.count("\t", line_start, line_end if line_end >= 0 else len(text)) >= 3 \
        or _YEAR_CELL.search(text, max(0, start - 6), start) is not None \
        or (text[start - 1 : start] == "\t" and _AGE_CELL.search(text, max(0, start - 12), start) is not None)
    if text[max(0, start - 2) : start].strip(" \n" if register_row else " \t\n")[-1:].isdigit() or text[max(0, start - 1) : start] == "/":
        return 0  # "5 д." (days), "р/д." (a day)
    name_start = match.start("place")
    words = list(re.finditer(r"\S+", match.group("place")))
    cued = bool(_RESIDENCE.search(text[max(0, start - 40) : start]) or _PLACE_BEFORE.search(text, max(0, start - 8), start))
    # (after "сл.", "у.", rarer as settlements than as "слева", "условно", a name the dictionary does not know as a place
    # must be cued or look like a village's: a surname is not enough, "Консультирован у. Кузнецова" is a person)
    strict = text.startswith(("сл.", "у."), start)
    for word in (words[::-1] if len(words) > 1 else words):
        end = name_start + word.end()
        head = text[name_start:end].split()[-1]
        if cued or _PLACE_SUFFIX.search(head):
            return end
        if (word_class(head) & WordClass.PLACE if strict else place_word_ok(text[name_start:end], text, end)):
            return end
    return 0


# a place preposition or a hospital's abbreviation right before "с."/"д."/"п.": "из д. Устье", "ЦРБ с. Кулига"
_PLACE_BEFORE = re.compile(r"(?:^|[\s(])(?:в|во|из|под|около|возле|близ|у|до|от|через|ЦРБ|ЦГБ|ЦРКБ|ФАП|УБ|РБ|МСЧ)[ \t]$")


def _anchored_matches(anchors: tuple[str, ...], pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of a component that opens with one of a few keywords, tried at those keywords only
    (:func:`.base.word_starts`, the note's one scan for cue words: cheaper than a scan for an
    alternation; :class:`.keyword_starts.KeywordStarts`: one look-up of all the address keywords). Only where
    no letter or digit stands before the keyword: a keyword inside a word is dropped by every component and
    street anyway."""
    for start in _KEYWORDS.of(text, anchors):
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _matches_of(kind: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """A component's matches; none where the text lacks all of its hints. A component tried at its
    anchors (found in the note's shared cue scan, nearly free) looks for its hints only when a
    match is there: most notes have none, and the hints' ``in`` scans are then saved."""
    if kind == "settlement":
        return _settlements(pattern, text)
    gate = _COMPONENT_WORD_GATES.get(kind)
    if gate is not None and not _KEYWORDS.of(text, gate):
        return []
    hints = _COMPONENT_HINTS.get(kind)
    if kind in _COMPONENT_ANCHORS:
        found = list(_anchored_matches(_COMPONENT_ANCHORS[kind], pattern, text))
        return found if found and (hints is None or any(hint in text for hint in hints)) else []
    if hints is not None and not any(hint in text for hint in hints):
        return []
    size = _AT_DIGIT_RUNS_OF.get(kind)
    if size is not None:
        return matches_at(pattern, text, [run.start() for run in digit_runs(text) if run.end() - run.start() == size])
    return pattern.finditer(text)


# how every settlement keyword starts (see ``_settlements``)
_SETTLEMENT_ANCHORS = ("пгт", "пос.", "посел", "посёл", "п.", "с.", "ст-ца", "ст.", "с/п", "сел", "станиц", "станци", "к.", "клх",
                       "дер.", "д.", "деревн", "х.", "хутор", "р.", "рп", "рабоч", "г.", "городско", "аул", "улус", "наслег",
                       "кишлак", "слобод", "заимк", "нп", "н.", "сл.", "у.", "населенн", "населённ")
# what stands before a word inside a settlement's match: a two-part keyword's first part ("р. п.", "с. п.",
# "рабочий посёлок"), or a hyphen of a name ("Ново-село")
_INSIDE_SETTLEMENT = re.compile(r"(?:[рс]\.\s?|рабоч(?:ий|его|ем)\s)$")


def _settlements(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds of the settlement component where a word starts (the only
    matches :meth:`RuAddressRecognizer._components` keeps), tried at the keywords' word starts of the
    note's cue scan: a scan for the keywords stops at every "п", "с", "к", "д" of a note (~30 us; this,
    ~8). A match inside a word ("мес. Далее") is dropped, but it would hide a word-start match inside
    it; the keywords are in lower case and every word after them in capitals, so such a match can only
    start after a keyword's first part or a hyphen (``_INSIDE_SETTLEMENT``): there the plain scan decides."""
    found: list[re.Match[str]] = []
    resume = 0
    for start in _KEYWORDS.of(text, _SETTLEMENT_ANCHORS):
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is not None:
            if text[start - 1 : start] == "-" or _INSIDE_SETTLEMENT.search(text, max(0, start - 9), start):
                return list(pattern.finditer(text))
            found.append(match)
            resume = match.end()
    return found


# (every keyword of the components (:mod:`.address_components`), and the streets' and the settlements', looked up at once)
_KEYWORDS = KeywordStarts((*_COMPONENT_ANCHORS.values(), *_COMPONENT_WORD_GATES.values(), _SETTLEMENT_ANCHORS, _STREET_ANCHORS,
                           ROAD_ANCHORS, LOWER_ANCHORS))


def _settlement_score(text: str, match: re.Match[str]) -> float:
    """A settlement keyword and a name: "пос. Северный", "д. Кузнецовка", "селе Берёзовка"."""
    start = match.start()
    if _WEAK_SETTLEMENT.match(text, start):
        # ("ст. Каневская", "станции Бологое": a name the dictionary reads as a place stands alone)
        score = 0.6 if word_class(match.group("place").split()[-1]) & WordClass.PLACE else 0.4
    elif _PLAIN_SETTLEMENT.match(text, start):
        flags = word_class(match.group("place").split()[0].split("-")[0])
        score = 0.4 if flags & (WordClass.NAME | WordClass.PATRONYMIC) else 0.6
        if _INTO_SETTLEMENT.search(text, max(0, start - 7), start):
            return score + 0.25  # ("из с. Майя", "Доставлен из с. Владимир": a village named as a person is)
    else:
        score = 0.65
    if _RESIDENCE.search(text[max(0, start - 40) : start]):
        score += 0.25
    return score


# a preposition of place right before "с."/"д."/"п.": one goes to or comes from a village, not from a page, a house or a
# point ("у д. Петрова" may be at a doctor's, so not "у")
_INTO_SETTLEMENT = re.compile(r"(?:^|[\s(])(?:в|во|из|под|около|возле|близ)[ \t]$")


_TAIL_WORD = re.compile(r"\s+([А-ЯЁ][а-яё]+)$")


# a house (and flat) number that ends the field right after a street's name: "проезд Металлистов 25-135", "пр.
# Строителей, 7\n": an ambiguous street word ("проезд", "пр.") with an ordinary word is a street there ("пл.", "ш."
# also abbreviate anatomy and scales: "пл. Сустав 2")
_HOUSE_ENDS_FIELD = re.compile(r"[ \t]*,?[ \t]*(?:д\.[ \t]?|дом[ \t])?\d{1,4}[а-я]?(?:[/-]\d{1,4})?(?=[ \t]*(?:[,;]|$|\n))")
# a house with its flat after the name: its flat's keyword ("ш. Сплавная 2, кв. 65", "ш. Красноярская 177 лит. А, кв. 68"),
# or a house and flat pair that ends a register's cell after a town ("| ЧЕРМОЗ, Ш. ЗАОЗЕРНАЯ 59-19 |"): no scale or
# anatomy is so numbered, so even "ш." and "пл." name a street there ("ш. Глазго 13-15" is a score)
_HOUSE_AND_FLAT = re.compile(
    r"[ \t]*,?[ \t]*\d{1,4}[а-я]?(?:/\d{1,3})?(?:(?:[ \t]*,?[ \t]*(?:лит\.|литер[аы]?|корп\.|к\.)[ \t]?[А-Яа-я\d]{1,3})?"
    r"[ \t]*,?[ \t]*(?:кв\.?|квартира)[ \t]?\d|(?P<pair>[ \t]?-[ \t]?\d{1,4}[ \t]*\|))"
)
_CELL_TOWN_BEFORE = re.compile(r"\|[ \t]*[А-ЯЁ][А-ЯЁа-яё\-]+(?:[ \t][А-ЯЁ][А-ЯЁа-яё\-]+)?,[ \t]*$")


def _house_and_flat(text: str, start: int, end: int) -> bool:
    """After the street's name that ends at ``end`` (its word at ``start``) a house with its flat follows
    (:data:`_HOUSE_AND_FLAT`)."""
    found = _HOUSE_AND_FLAT.match(text, end)
    return found is not None and (found.group("pair") is None or _CELL_TOWN_BEFORE.search(text, max(0, start - 40), start) is not None)


_ADDRESS_CONTINUES = re.compile(r"[ \t]*[,.]?[ \t]*(?:д\.|дом|кв\.|корп|стр\.|\d)")


def _trim_common_tail(text: str, name_start: int, end: int) -> int:
    """Drop ordinary words a street name ran into ("пер. Чайковского На приеме" -> "пер. Чайковского"),
    unless the address goes on right after it ("ул. Восьмого Марта, д. 9")."""
    if _ADDRESS_CONTINUES.match(text, end):
        return end
    while True:
        tail = _TAIL_WORD.search(text, name_start, end)
        if tail is None:
            return end
        flags = word_class(tail.group(1))
        if not flags & WordClass.COMMON or flags & (WordClass.NAME | WordClass.SURNAME | WordClass.PLACE):
            return end
        end = tail.start()


def _streets(text: str) -> Iterator[tuple[int, int, float]]:
    """Streets with their names, in either order."""
    covered = 0
    for word in _anchored_matches(_STREET_ANCHORS, _STREET_WORD, text):
        start, end = word.span()
        if start < covered or (start and (text[start - 1].isalnum() or text[start - 1] in "._-")):
            continue  # inside the last street, or a keyword inside a word ("под.", "ад.")
        named = _NAME_AFTER.match(text, end)
        if named is not None and not (
            _AMBIGUOUS_STREET.match(text, start) and not place_word_ok(named.group("street"), text, named.end())
            and not (not text.startswith(("пл.", "ш."), start) and _HOUSE_ENDS_FIELD.match(text, named.end()))
            and not _house_and_flat(text, start, named.end())
        ):
            covered = _trim_common_tail(text, named.start("street"), named.end())
            yield start, covered, _STREET_SCORE
            continue
        day = _DAY_AFTER_WORD.match(text, end) if named is None else None
        house_end = date_street_end(text, day.end()) if day is not None else 0
        if house_end:  # a street named by a date in lower case, with its house ("мкр 9 мая, д. 3"): one part
            covered = house_end
            yield start, covered, _STREET_SCORE
            continue
        for street_word, name_before, reach in _NAME_BEFORE_WORD:
            span = _name_before_word(text, start, street_word, name_before, reach)
            if span is not None:
                covered = span[1]
                yield span[0], covered, _STREET_AFTER_SCORE
                break


# street words that follow their name ("Садовая ул."), and those after an ordinal ("5-й микрорайон"):
# (the word, the name before it, how far back the name may start)
_NAME_BEFORE_WORD = ((_WORD_AFTER_NAME, _STREET_NAME_BEFORE, 40), (_WORD_AFTER_ORDINAL, _ORDINAL_BEFORE, 8),
                     (_MICRODISTRICT, _NUMBER_BEFORE, 6))


def _name_before_word(text: str, start: int, word: re.Pattern[str], name_before: re.Pattern[str], reach: int) -> tuple[int, int] | None:
    """The span from the name before the street word at ``start`` to the word's end, if both are there."""
    after = word.match(text, start)
    before = name_before.search(text, max(0, start - reach), start) if after is not None else None
    return None if after is None or before is None else (before.start(), after.end())


class RuAddressRecognizer(CandidateRecognizer):
    """Russian postal addresses and city names (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("LOCATION", "RuAddressRecognizer")

    def _components(self, text: str) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        matches = ((kind, score, m) for kind, pattern, score in _COMPONENT_PATTERNS for m in _matches_of(kind, pattern, text))
        for kind, base_score, match in matches:
            start, end = match.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in "._-/"):
                continue  # keyword inside a word or a code ("под.", "ад.", the series of "И/б 17165/х.")
            score = base_score
            if kind == "region":
                name_match = _REGION_NAME.search(text, max(0, start - 60), start)
                if name_match is None or _NOT_REGION.search(name_match.group()):
                    continue
                start = name_match.start()
                line_before = text[max(0, start - 20) : start]
                if _SENTENCE_START.search(line_before) and not line_before.rstrip().endswith(":"):
                    score = 0.35  # counts only inside an address chain
            elif kind in NAME_CHECKS and not NAME_CHECKS[kind](text, match):
                continue
            elif kind == "settlement":
                end = _settlement_end(text, match)
                if not end:
                    continue
                score = _settlement_score(text, match)
            found.append((start, end, score))
        found.extend(_streets(text))
        found.extend(bare_settlements(text))
        found.extend(roads(text, _KEYWORDS.of(text, ROAD_ANCHORS)))  # "69 км автодороги Адлер — Заречное" (:mod:`.address_roads`)
        found.extend(lower_addresses(text, _KEYWORDS.of(text, LOWER_ANCHORS)))  # "аул баксан молодёжная 21/1" (:mod:`.address_lower`)
        found.extend(house_streets(text))
        found.extend((start, end, 0.7) for start, end in postal_order(text))  # "Певек, О.Кошевого, 91/2, 354445"
        found.extend(town_houses(text))  # "Малоярославец, Орловская 108/1" (:mod:`.town_houses`)
        if lowered(text):  # "живёт рядом на Репина, 11": a street and house after a residence verb (:mod:`.street_house`)
            found.extend((start, end, 0.7) for start, end in residence_streets(text, lowered(text)))
        found.extend((start, end, 0.7) for start, end in shaped_houses(text))  # "на Короткая 71а" (:mod:`.street_house`)
        found.extend(place_words(text))
        for start, end, _ in list(found):
            found.extend(address_tails(text, start, end))
        found.sort()
        return found

    def candidates(self, text: str) -> Iterator[Candidate]:
        found = [Candidate(self.entity, start, end, CUE_SCORE, self.name) for start, end in address_fields(text)]
        found.extend(Candidate(self.entity, start, end, CUE_SCORE, self.name) for start, end in address_cells(text))
        found.extend(Candidate(self.entity, start, end, CUE_SCORE, self.name) for start, end in export_fields(text, "LOCATION"))
        found.extend(Candidate(self.entity, start, end, CUE_SCORE, self.name) for start, end in address_replies(text))
        found.extend(self._chains(text))
        if has_caps_address(text):  # a line in capitals, read in the spelling the grammar knows (:mod:`.caps_address`)
            found.extend(self._chains(title_cased(text)))
        yield from best_per_span(found) if len(found) > 1 else found

    def _chains(self, text: str) -> Iterator[Candidate]:
        components = self._components(text)
        chain_start = chain_end = -1
        chain_best = 0.0
        chain_size = 0
        for start, end, score in components:
            if chain_size and start <= chain_end:  # overlapping component (gazetteer word inside "г. X")
                chain_end = max(chain_end, end)
                chain_best = max(chain_best, score)
                continue
            if chain_size and _GAP.fullmatch(text, chain_end, start):
                chain_end, chain_best, chain_size = end, max(chain_best, score), chain_size + 1
                continue
            if chain_size:
                yield self._chain(chain_start, chain_end, chain_best, chain_size, text)
            chain_start, chain_end, chain_best, chain_size = start, end, score, 1
        if chain_size:
            yield self._chain(chain_start, chain_end, chain_best, chain_size, text)

    def _chain(self, start: int, end: int, best: float, size: int, text: str = "") -> Candidate:
        score = min(1.0, best + 0.15 * (size - 1))
        end = _date_cut(text, start, end)
        # a label of another field inside the chain ends the address ("кв. 104 Телфон 7(916)...": the misspelt phone
        # label and its number read as a street and a house), as it ends a field read after a cue (:mod:`.field_cues`)
        cue = next_field_label(text, start + 1, end) if text else end
        while cue < end and cue > start and text[cue - 1] in " \t,;":
            cue -= 1
        return Candidate(self.entity, start, cue if cue > start else end, round(score, 4), self.name)


def _date_cut(text: str, start: int, end: int) -> int:
    """``end``, or where a full date starts inside the chain: a date is no part of a place, so the
    number after "г. Москве" in "выдан УФМС г. Москве 23 января 2020" is the date's day, no house."""
    for gap in _GAP_BEFORE_NUMBER.finditer(text, start + 1, end):
        position = gap.start()
        day = _DAY_NUMBER.match(text, position + 1)
        if date_ahead(text, start, position) or (day is not None and month_after(text, day.start(), day.end())):
            while position > start and text[position - 1] in " \t,":
                position -= 1
            return position
    return end


_GAP_BEFORE_NUMBER = re.compile(r"[ \t,](?=\d)")
# a day and its month in words, with no year ("приём в рп Богородское 6 февраля"): a date too, not a house, unless it
# is a street named by a date (day_numbers.month_after: "ул. 9 мая", "8 марта, д. 3")
_DAY_NUMBER = re.compile(r"\d{1,2}(?!\d)")
