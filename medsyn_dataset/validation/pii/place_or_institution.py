"""Whether a capitalised word after a place preposition names a settlement, or a title-cased institution, ward or state.

:mod:`.places` reads most of a place from the text before a word (a preposition, a verb of moving, a label); what is
here reads the word itself and the word after it in the dictionary: a town named by an ordinary word ("в Лесном", "в
Бору") unless it qualifies the noun after it ("в Лесном отделении"), the place a verb of stay or service can name ("служил
в Певеке", not "находится в Кардиологии"), and the head nouns of title-cased institutions ("в Детской Поликлинике"). Apart
from :mod:`.places` because these are pymorphy3's readings of words, cached per word, with no regex of a place's context.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.gazetteer import CITY_LEMMAS, WORD_TOWN_LEMMAS
from medsyn_dataset.validation.pii.institution_words import HEALTH_INSTITUTIONS
from medsyn_dataset.validation.pii.morph import WordClass, adjective_form, normal_form, word_class


@lru_cache(maxsize=5_000)
def word_town(word: str) -> bool:
    """``word`` is a form of a town of :data:`.gazetteer.WORD_TOWN_LEMMAS` by any of its readings ("Бору": "бор")."""
    return any(str(parse.normal_form) in WORD_TOWN_LEMMAS for parse in analyzer().parse(word.lower()))


@lru_cache(maxsize=5_000)
def _agreeing_noun(word: str, following: str) -> bool:
    """``following`` (a lower-case word) is a noun in a case an adjective reading of ``word`` has: the adjective qualifies
    it ("Лесном отделении", "Радужном санатории"), so the pair names an institution or a state, no town."""
    cases = {parse.tag.case for parse in analyzer().parse(word.lower()) if parse.tag.POS == "ADJF"}
    return bool(cases) and any(parse.tag.POS == "NOUN" and parse.tag.case in cases for parse in analyzer().parse(following))


# the head nouns of a territory's or a settlement's name after its adjective ("в Октябрьском районе", "в Заречном посёлке"):
# the adjective names the place there, whatever follows (lemmas)
_TERRITORY_NOUNS = frozenset(
    "район округ область край улус поселение сельсовет волость посёлок поселок село деревня город станица хутор слобода".split()
)
_LOWER_WORDS = re.compile(r"[ \t]+([а-яё]+)(?:[ \t]+([а-яё]+))?")


def qualifies_common_noun(word: str, text: str, end: int) -> bool:
    """The capitalised adjective ``word`` qualifies the lower-case noun after it, maybe across one lower-case adjective,
    and that noun is no territory's: the phrase is an institution's, a holiday's or a state's ("в Городской поликлинике",
    "в Областном кардиологическом диспансере", "в Центральной районной больнице", "под Новый год"), no settlement; a
    place after a verb of living, moving or dying is named by a proper name, not by an adjective of a common noun."""
    if adjective_form(word) is None:
        return False
    found = _LOWER_WORDS.match(text, end)
    if found is None:
        return False
    head = found.group(1)
    if not _agrees(word, head, "NOUN") and found.group(2) is not None and _agrees(word, head, "ADJF"):
        head = found.group(2)
    return _agrees(word, head, "NOUN") and normal_form(head) not in _TERRITORY_NOUNS


@lru_cache(maxsize=5_000)
def _agrees(word: str, following: str, pos: str) -> bool:
    """``following`` (a lower-case word) is a ``pos`` ("NOUN", "ADJF") an adjective reading of ``word`` agrees with: the
    same case, and the same number and gender in the singular ("Областном кардиологическом", "Городской поликлинике"; not
    "из Марковского неделю назад", where the accusative of time stands after a place in the genitive)."""
    forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in analyzer().parse(word.lower()) if p.tag.POS == "ADJF"}
    for parse in analyzer().parse(following):
        tag = parse.tag
        if pos in tag and any(case == tag.case and number == tag.number and (number == "plur" or gender in (tag.gender, None) or tag.gender is None)
                              for case, number, gender in forms):
            return True
    return False


# a house's word and its number after the word-town: the town's house, no institution ("в Заречном доме 5"; review 0
# r21, finding 13)
_HOUSE_WORDS = frozenset(("дом", "доме", "дома", "дому"))
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+(?:№[ \t]*)?\d+")


def qualifies_next_noun(word: str, text: str, end: int) -> bool:
    """The word-town ``word`` (an adjective's form, "Лесном") stands before a lower-case noun it agrees with (not a
    house's word and its number)."""
    found = _NEXT_ANY_WORD.match(text, end)
    if found is None or not found.group(1).islower():
        return False
    if found.group(1) in _HOUSE_WORDS and (number := _HOUSE_NUMBER_AFTER.match(text, found.end())) is not None and (
            UNIT_AFTER.match(text, number.end()) is None):  # ("в Заречном доме 5 дней": a stay's length; review D r22, f12)
        return False
    return _agreeing_noun(word, found.group(1))


# (review D r22, findings 2 and 6) after a verb of stay or service ("находится в", "служит в") a title-cased word is a
# ward, a department or a service as often as a place: the place must be a noun, not a department's or a service's
# abstract noun in -ия ("Кардиологии", "Терапии", "Полиции", "Росгвардии"), an organisation ("МЧС") or a building's noun
_STAY_NOT_PLACES = frozenset({"дом", "банк", "сбербанк", "морфлот", "флот", "гвардия", "милиция"})


def stay_place(word: str, flags: int) -> bool:
    """``word`` after a verb of stay or service can be a place: a place's reading or a town of the gazetteer ("Беслане",
    "Певеке", "Шали"), else a noun that is no department's, service's or building's ("находится в Кардиологии", "служит
    в Полиции", "в Доме ребенка", "в Сбербанке"); never an adjective ("в Тяжелом состоянии", "в Реанимационном") nor a
    pronoun ("находит в Себе")."""
    lemma = normal_form(word)
    if flags & WordClass.PLACE or lemma in CITY_LEMMAS or lemma in WORD_TOWN_LEMMAS:
        return True
    tag = analyzer().parse(word.lower())[0].tag
    return (tag.POS == "NOUN" and "Orgn" not in tag.grammemes and not lemma.endswith("ия")
            and lemma not in _STAY_NOT_PLACES)


# The head nouns of a clinical text's title-cased institutions and states ("в Детской Поликлинике", "в Приёмном Покое",
# "Выписан в Удовлетворительном Состоянии", "в Великой Отечественной войне"): no settlement is named by them (lemmas)
INSTITUTION_NOUNS = frozenset(
    """
    амбулатория отделение отделенье покой палата кабинет
    состояние лаборатория реанимация служба помощь станция часть пункт академия университет институт училище
    школа сад ясли интернат профилакторий хоспис комиссия учреждение организация армия флот
    война скорая неотложная медицина больничный
    """.split()
) | frozenset(HEALTH_INSTITUTIONS)


@lru_cache(maxsize=5_000)
def institution_words(first: str, second: str, after: str) -> bool:
    """The two capitalised words "``first`` ``second``" after a place preposition are an institution's or a state's name in
    title case, no settlement's: the second word one of :data:`INSTITUTION_NOUNS` ("Детской Поликлинике"), or an adjective
    too before such a noun (``after``, the next word's lemma: "Городскую Клиническую Больницу", "Великой Отечественной
    войне"); or the first an ordinal ("Первую Градскую", "Второй Городской"). A settlement's second word is a noun, a
    place, a word the dictionary does not know, or an adjective with no such noun after it ("Старой Кулатке", "Белой
    Калитве", "Старого Лебедевского")."""
    flags = word_class(second)
    if flags & WordClass.PLACE or not flags & WordClass.KNOWN:
        return False
    if "Anum" in analyzer().parse(first.lower())[0].tag:
        return True
    if not flags & WordClass.COMMON:
        return False
    return normal_form(second) in INSTITUTION_NOUNS or (adjective_form(second) is not None and after in INSTITUTION_NOUNS)


_NEXT_ANY_WORD = re.compile(r"[ \t]+([А-ЯЁа-яё]+)")


def next_lemma(text: str, end: int) -> str:
    """The lemma of the word right after ``end`` ("" where none follows: a stop, a comma, the line's end)."""
    found = _NEXT_ANY_WORD.match(text, end)
    return normal_form(found.group(1)) if found is not None else ""
