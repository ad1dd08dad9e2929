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

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, best_per_span
from medsyn_dataset.validation.pii.context import stems
from medsyn_dataset.validation.pii.fields import CUE_SCORE, address_fields
from medsyn_dataset.validation.pii.gazetteer import CITY_LEMMAS, CITY_PHRASES
from medsyn_dataset.validation.pii.morph import WordClass, normal_form, word_class

_NAME = r"[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁа-яё][а-яё]+)*"
_NUMBER_WORD = r"\d{1,3}(?:-?(?:я|й|го|ая|ой|е))?"
_STREET_NAME = (
    rf"(?:{_NUMBER_WORD}\s+лет(?:ия)?\s+(?:[А-ЯЁ]{{2,6}}\b|{_NAME}(?:\s+{_NAME})?)"  # "50 лет ВЛКСМ", "70 лет Октября"
    rf"|(?:{_NUMBER_WORD}\s+)?(?:[А-ЯЁ]\.\s?){{0,2}}{_NAME}(?:\s+{_NAME}){{0,2}})"
)
# two-word place names start with an adjective: "Минеральные Воды", "Верхний Тагил", "Лодейное Поле"
_PLACE_NAME = rf"{_NAME}(?:\s(?<=(?:ое|ые|ий|ый|ая|ой|ее|ие|ья)\s){_NAME})?"
_REGION_PAREN = r"(?:\s\([А-ЯЁ][а-яё]+\.?\))?"  # "Верещагино (Перм.)"

# component name -> (pattern, score alone). Patterns start with their keyword (never with a
# lookbehind), so the regex engine skips quickly to possible starts; word boundaries before the
# keyword are checked in Python. "settlement" keywords are ambiguous abbreviations ("с.", "д.").
_COMPONENTS: dict[str, tuple[str, float]] = {
    "city": (rf"(?:г\.|гор\.|город(?:е|а)?)\s?(?P<city>{_PLACE_NAME}){_REGION_PAREN}", 0.75),
    "settlement": (
        rf"(?:пгт\.?|пос\.|п\.|с\.|к\.|дер\.|д\.|ст-ца|ст\.|х\.|клх|рп|аул|село|деревн[яеи]|пос[её]лок|станиц[аеы])\s?(?P<place>{_PLACE_NAME}){_REGION_PAREN}",
        0.4,
    ),
    "street": (
        rf"(?:ул\.|улиц[аеы]|пр-т|пр-кт|просп\.|проспект[ае]?|пр\.|пер\.|переул(?:ок|ке)|бул\.|бульвар[ае]?|б-р"
        rf"|ш\.|шоссе|алл\.|кв-л|квартал[ае]?|линия|наб\.|набережн(?:ая|ой)|пл\.|площад[ьи]|проезд[ае]?|пр-д|туп\.|тупик[ае]?|аллея|мкр\.?|микрорайон[ае]?)"
        rf"\s?(?P<street>{_STREET_NAME})",
        0.75,
    ),
    "house": (
        r"(?:д\.|дом)\s?\d+[а-яА-Я]?(?:/\d+)?(?:[\s,]*(?:к\.|корп\.|корпус|стр\.|строение)\s?\d+[а-я]?(?:/\d+)?)*",
        0.35,
    ),
    "flat": (r"(?:кв\.|квартира|оф\.|офис)\s?\d+[а-я]?", 0.35),
    "republic": (rf"(?:респ\.|Республик[аеи])\s{_NAME}(?:[\s-]{_NAME})?", 0.6),
    "region": (r"(?:обл\.|област[ьи]|кра[йя]|р-н|район[ае]?|АО|автономн(?:ый|ого)\sокруг\w*)(?!\w)", 0.6),  # after its name
    "postcode": (r"\d(?<![\d\-.,]\d)\d{5}(?!\d)(?![.,]\d)", 0.2),
    "city_phrase": ("|".join(CITY_PHRASES), 0.65),
}
# one pattern per component: a single alternation of them all is twice as slow in `re`
_COMPONENT_PATTERNS = tuple((name, re.compile(pattern), score) for name, (pattern, score) in _COMPONENTS.items())
# a region keyword counts only after its name: "Белгородская обл.", "Алтайский край"
# (a place adjective: "Белгородская", "Алтайский", "Ханты-Мансийский"), not at a sentence start,
# where "Пострадавшая область" / "Городской район" are capitalised too
_REGION_NAME = re.compile(r"[А-ЯЁ][А-ЯЁа-яё\-]*?(?:ск|цк)(?:ая|ой|ий|ого|ому|ую|ом)\s$")
# "-ск-" adjectives that are not made from a place name ("Эндемическая область", "Городской район")
_NOT_REGION = re.compile(r"ическ|^(?:городск|сельск|детск|женск|мужск|соседск)", re.IGNORECASE)
# street keywords that are also ordinary abbreviations ("пр." = "прочие"): check the name after them
_AMBIGUOUS_STREET = re.compile(r"(?:пр\.|пл\.|ш\.|линия|квартал|проезд|аллея)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|^\s*[-–•*\d.)]+\s*)$")
_GAP = re.compile(r"[ \t]*[,.]?[ \t]*")
# an ordinary word after "г."/"ул." is still a name when the field ends there ("ш. Пограничное, д. 4")
_FIELD_END = re.compile(r"\s*(?:[,;)]|$|\n|\.\s*(?:$|\n|[А-ЯЁ\d]))")
_WORD = re.compile(r"(?<![\w\-])[А-ЯЁ][а-яё]+(?:-[а-яё]{1,3}-[А-ЯЁ][а-яё]+|-[А-ЯЁ][а-яё]+)?(?![\w\-])")
_RESIDENCE = stems("прожива", "прописан", "зарегистрир", "адрес", "место жительства", "родом", "уроженец", "уроженк",
                   "живет", "живёт", "переехал", "житель", "жительниц", "приехал")
_CITY_PREPOSITION = re.compile(r"(?:^|[\s(])(?:в|во|из|под|около|близ|возле|г\.)\s?$", re.IGNORECASE)
_PLACE_OR_NAME = WordClass.NAME | WordClass.SURNAME | WordClass.COMMON
# Countries, continents and macro-regions are not identifying (HIPAA Safe Harbor keeps states):
# "вернулся из Турции", "живёт в России" stay.
NOT_IDENTIFYING_PLACES: frozenset[str] = frozenset(
    """
    россия рф ссср снг европа азия африка америка австралия антарктида евразия сибирь урал кавказ дальний
    поволжье заполярье арктика крым германия франция италия испания турция египет китай индия таиланд
    тайланд вьетнам украина беларусь белоруссия казахстан узбекистан таджикистан киргизия армения грузия
    азербайджан молдова молдавия латвия литва эстония польша финляндия израиль оаэ сша англия британия япония
    корея монголия абхазия кипр греция болгария черногория сербия чехия австрия швейцария индонезия бали гоа
    """.split()
)


def _place_word_score(text: str, match: re.Match[str]) -> float:
    """A capitalised word that pymorphy3 reads as a place name (its ``Geox`` grammeme): a city of the
    gazetteer anywhere, any other settlement after a preposition ("из Тосно", "в Апрелевке")."""
    word = match.group()
    flags = word_class(word) | (word_class(word.split("-")[0]) & WordClass.PLACE if "-" in word else 0)
    if not flags & WordClass.PLACE:
        return 0.0
    lemma = normal_form(word)
    if lemma in NOT_IDENTIFYING_PLACES:
        return 0.0
    start = match.start()
    after_preposition = bool(_CITY_PREPOSITION.search(text[max(0, start - 7) : start]))
    if lemma in CITY_LEMMAS:
        return 0.65 if after_preposition else 0.55
    if after_preposition and not flags & _PLACE_OR_NAME:
        return 0.6
    return 0.0


def _place_word_ok(word: str, text: str, end: int) -> bool:
    """After "г."/"с."/"ул." the next capitalised word must not be an ordinary word running on into
    a sentence ("г. Пациент отметил"), unless the field ends right after it."""
    first = word.split("-")[0].split()[0]
    flags = word_class(first)
    if not (flags & WordClass.COMMON) or flags & (WordClass.PLACE | WordClass.SURNAME | WordClass.NAME):
        return True
    return bool(_FIELD_END.match(text, end))


_TAIL_WORD = re.compile(r"\s+([А-ЯЁ][а-яё]+)$")


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


class RuAddressRecognizer(CandidateRecognizer):
    """Russian postal addresses and city names (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("LOCATION", "RuAddressRecognizer")

    def _components(self, text: str) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        matches = ((kind, score, m) for kind, pattern, score in _COMPONENT_PATTERNS for m in pattern.finditer(text))
        for kind, base_score, match in matches:
            start, end = match.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in "._-"):
                continue  # keyword inside a word ("под.", "ад.")
            score = base_score
            if kind == "region":
                name_match = _REGION_NAME.search(text, max(0, start - 60), start)
                if name_match is None or _NOT_REGION.search(name_match.group()):
                    continue
                start = name_match.start()
                line_before = text[max(0, start - 20) : start]
                if _SENTENCE_START.search(line_before) and not line_before.rstrip().endswith(":"):
                    score = 0.35  # counts only inside an address chain
            elif kind == "city" and text[max(0, start - 2) : start].strip()[-1:].isdigit():
                continue  # "2019 г. При..." is a year, not a city
            groups = match.groupdict()
            name = groups.get("city") or groups.get("place")
            if kind == "street" and _AMBIGUOUS_STREET.match(text, start):
                name = groups.get("street")
            if name and not _place_word_ok(name, text, end):
                continue
            if kind == "street":
                end = _trim_common_tail(text, match.start("street"), end)
            if kind == "settlement" and _RESIDENCE.search(text[max(0, start - 40) : start]):
                score += 0.25
            found.append((start, end, score))
        for match in _WORD.finditer(text):
            score = _place_word_score(text, match)
            if score:
                found.append((*match.span(), score))
        found.sort()
        return found

    def candidates(self, text: str) -> Iterator[Candidate]:
        found = [Candidate(self.entity, start, end, CUE_SCORE, self.name) for start, end in address_fields(text)]
        found.extend(self._chains(text))
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
                yield self._chain(chain_start, chain_end, chain_best, chain_size)
            chain_start, chain_end, chain_best, chain_size = start, end, score, 1
        if chain_size:
            yield self._chain(chain_start, chain_end, chain_best, chain_size)

    def _chain(self, start: int, end: int, best: float, size: int) -> Candidate:
        score = min(1.0, best + 0.15 * (size - 1))
        return Candidate(self.entity, start, end, round(score, 4), self.name)
