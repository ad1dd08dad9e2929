"""LOCATION in running text: a settlement named on its own, with no address around it.

* a city of the gazetteer anywhere ("Екатеринбург", "в Новосибирске");
* after a place preposition ("в", "из", "под", "около"), a capitalised word that pymorphy3 reads as a
  place (``Geox``: "из Тосно"), or that it does not know at all, or knows only as a surname
  ("в Кузнецовке", "из Данкова"): Russian villages are named after surnames and landscape words,
  so no dictionary lists them all, but a capital after "в"/"из" in mid-sentence is a proper name,
  and a surname after a place preposition is a place ("из Иванова"), people take other ones;
* after a verb of living or moving ("проживает в", "приехала из", "родом из", "доставлен из ЦРБ"),
  or a noun of origin ("уроженка", "житель"), the proper name that follows, even when it is also
  an ordinary word ("в Мирном", "из Октябрьского", "житель Дмитриевского").

A name is one capitalised word, or two when the first is an adjective ("Малой Вишеры", "Верхний
Тагил"). Countries, continents and macro-regions are not identifying (HIPAA Safe Harbor keeps
states): "вернулся из Турции", "живёт в России" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.capital_words import capital_matches
from medsyn_dataset.validation.pii.drug_names import is_drug_name
from medsyn_dataset.validation.pii.gazetteer import CITY_LEMMAS
from medsyn_dataset.validation.pii.hospital_towns import (
    abbreviation_before,
    after_residence,
    hospital_after,
    rural_unit_before,
    town_by_hospital,
)
from medsyn_dataset.validation.pii.institution_words import HOSPITALS, town_forms
from medsyn_dataset.validation.pii.morph import (
    WordClass,
    adjective_form,
    first_case,
    genitive_place,
    normal_form,
    place_lemma,
    word_class,
)
from medsyn_dataset.validation.pii.place_or_institution import (
    INSTITUTION_NOUNS,
    institution_words,
    next_lemma,
    qualifies_common_noun,
    qualifies_next_noun,
    stay_place,
    word_town,
)

NOT_IDENTIFYING_PLACES: frozenset[str] = frozenset(
    """
    россия рф ссср снг европа азия африка америка австралия антарктида евразия сибирь урал кавказ дальний
    поволжье заполярье арктика крым германия франция италия испания турция египет китай индия таиланд
    тайланд вьетнам украина беларусь белоруссия казахстан узбекистан таджикистан киргизия армения грузия
    азербайджан молдова молдавия латвия литва эстония польша финляндия израиль оаэ сша англия британия япония
    корея монголия абхазия кипр греция болгария черногория сербия чехия австрия швейцария индонезия бали гоа
    """.split()
)

# starts with the capital itself (the boundary is checked right after it), so the engine skips to capitals
_WORD = re.compile(r"[А-ЯЁ](?<![\w\-][А-ЯЁ])[а-яё]+(?:-[А-ЯЁа-яё][а-яё]{0,2}-[А-ЯЁ][а-яё]+|-[А-ЯЁ][а-яё]+)?(?![\w\-])")
# a place preposition right before the word, maybe with a hospital's abbreviation between ("из ЦРБ X"),
# or a noun of origin, which takes the place in the genitive ("уроженка Тулы", "житель Подольска")
_PREPOSITION = re.compile(
    r"(?:^|[\s(])(?:в|во|из|под|около|близ|возле|г\.|(?P<origin>(?:уроженк[аи]|уроженц\w*|уроженец|жител\w+|жительниц\w+)"
    # (a form's noun for either sex, its ending in brackets: "житель(ница) Дмитрова", "уроженец(ка) Тулы")
    r"(?:\((?:ница|ка)\))?))[ \t]?(?:(?:црб|цгб|цркб|рб|гб|гкб|окб|фап|гбуз|мсч)[ \t])?$",
    re.IGNORECASE,
)
# the last letter of such a word or abbreviation (or the stop of "г."), a cheap test first
_PREPOSITION_END = frozenset("вВоОзЗдДеЕБбПпЧчаАиИцЦьЬйЙ.")
# a verb of living or moving, up to two words, a place preposition and maybe a hospital's abbreviation
_MOVE = re.compile(
    r"(?:^|[^\w])(?:прожива\w*|жив[её]т|живут|жил[аи]?|родил\w*|родом|урожен\w*|приехал\w*|прибыл\w*|переехал\w*"
    r"|вернул\w*|возвратил\w*|доставлен\w*|направлен\w*|переведен\w*|работа\w*|отдыха\w*|ездил\w*|выезжал\w*|летал\w*"
    r"|находил\w*|пребыва\w*|командиров\w*|поездк\w*|эвакуир\w*|был[аио]?"
    # (where one is or was sent, as a service's, a convoy's or a stay's verb says: "проходил службу в Певеке", "служил в
    # Плёсе", "этапирован в Каневскую", "временно находится в Шали")
    r"|этапирован\w*|(?P<stay>служ\w*|находит\w*с[яь]|находящ\w*)"
    # (where one died or perished, the place of death a certificate, a claim or a ruling names: "скончался в Асбесте",
    # "погиб под Ельней"; and where one lives, by the residence noun: "по месту жительства в Советском")
    r"|умер(?:ла|ли)?|скончал\w*|погиб\w*|жительств[ау])"
    # (a form's verb for either sex, its ending in brackets: "доставлен(а)", "прибыл(а)", "проживающий(ая)")
    r"(?:\([а-яё]{1,3}\))?(?:\s+[а-яё]+){0,2}\s+(?:в|во|из|под|около|близ|возле)\s+(?:(?:црб|цгб|цркб|рб|гб|гкб|окб|фап|гбуз|мсч)\s+)?$"
)
# a birth or a death and its date before the place ("родился 5 марта 1956 года в Верхний Баскунчак", "родилась в 1960 г.
# в Лазаревское", "умер 4 декабря 2021 в Асбесте"): the date stands between the verb and "в"; the place that follows is
# the birth- or deathplace (a note may leave it in the nominative)
_BIRTH_DATE = re.compile(
    r"(?:^|[^\w])(?:родил(?:ся|ась)|рожд[её]н[а]?|умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?)(?:[ \t]+(?:[а-яё]+|\d{1,4}(?:[./]\d{1,2}(?:[./]\d{2,4})?)?|г\.)){1,5}?"
    r"(?<=\d|г|\.|а)(?:[ \t]+(?:года|году|г\.))?[ \t]+(?:в|во)[ \t]+$"
)
_ADJECTIVE = re.compile(r"(?:ая|яя|ое|ее|ый|ий|ой|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ей)$")
_NEXT_WORD = re.compile(r" ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w\-])")
_PERSON = WordClass.NAME | WordClass.PATRONYMIC


def place_words(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of place names in running text."""
    last_end = -1
    for match in capital_matches(_WORD, text):  # (at the capitalised word starts the name chains read too)
        if last_end < 0 and not _context_may_place(text, match.start()) and not _place_flag(match.group()):
            # (most capitalised words: nothing before them can make them a place, so only the word's own reading
            # as a place would count; see :func:`_context_may_place`)
            continue
        scored = (_bracketed_place(text, match) if text[match.start() - 1 : match.start()] == "(" else None) or _place(text, match)
        if _after_institution(text, match.start()):
            scored = _institution_place(text, match) or scored
        if scored is None and last_end >= 0 and _AND.fullmatch(text, last_end, match.start()):
            scored = _joined_place(match)
        if scored is not None:
            last_end = scored[1]
            yield scored


def _context_may_place(text: str, start: int) -> bool:
    """Whether what stands before a capitalised word can make it a place when its own reading does not: a
    place preposition or a noun of origin (:func:`_place`: their last letter, or the stop of "г.", in
    ``_PREPOSITION_END`` before a space or a tab), or an institution's word (:func:`_after_institution`: a
    letter and one space). Not at a line's or a sentence's start ("Жалобы", "Пациент"), nor after a comma,
    a colon, a bracket or a dash ("боли, Тошнота", "(Кашель"): there the full test of the word (a regex
    search of the window before it, the institution's word) is skipped, as it was at a line's start."""
    if start < 2:
        return False
    space, before = text[start - 1], text[start - 2]
    if space == "(":
        return before in " \t" and _may_call_bracket(text[start - 3 : start - 2])  # ("жительства (Ухта)", :func:`_bracketed_place`)
    if space not in " \t":
        return False
    if before == ".":  # ("г. Тверь"; the stop of a sentence before it: no place; nor a year's mark: "в 2018 г. Стентирование")
        return text[start - 3 : start - 2] in ("г", "Г") and _YEAR_BEFORE_MARK.search(text, max(0, start - 9), start - 3) is None
    if before in _LABEL_MARKS:
        return _kind_before(text, start)
    return before in _PREPOSITION_END or (space == " " and before.isalpha()) or text.endswith("а) ", 0, start)


# a year alone right before "г." (a postcode's six digits before "г. Москва" are no year, nor a full date's:
# "12.05.1975 г. Москва" may be a birth's date and place)
_YEAR_BEFORE_MARK = re.compile(r"(?<![\d./\-])(?:19|20)\d\d[ \t]?$")


# A place preposition, or one with a settlement's kind, written as a label with a colon or a dash before the name:
# "Летом отдыхали в: Кондопога", "проживает у бабушки в деревне — Истра", "Проживает в сельской местности: Чикола"
# (the name after such a label stays in the nominative)
_LABEL_MARKS = frozenset(":—–")
# a settlement's kind in such a label, in the case its preposition asks ("в деревне", "из села", "в посёлке"; fields
# strips the same label off an address field's value)
SETTLEMENT_KIND = r"деревн[еиюя]|сел[аео]|пос[её]лк[аеу]|город[аеу]|станиц[еуы]|хутор[аеу]"
# the last words such a label can end with, looked up before the regex runs ("Жалобы: Кашель" is a set look-up only)
_KIND_LAST_WORDS = frozenset(
    "в во из деревне деревни деревню деревня села селе село поселке посёлке поселка посёлка поселку посёлку местности "
    "города городе городу станице станицы станицу хутора хуторе хутору".split()
)


def _kind_before(text: str, start: int) -> bool:
    """A label of :data:`_KIND_BEFORE` ends right before the capitalised word at ``start`` (its mark at ``start - 2``,
    as the caller saw). The set look-up reads the letters before the mark and the spaces or tabs the regex allows
    there ("в : Кондопога", "деревне— Истра"): its word stands after a space, a bracket or the text's start, so the
    run of letters is that word, and the look-up passes wherever the regex can match."""
    window = max(0, start - 26)
    word_end = start - 2
    while word_end > window and text[word_end - 1] in " \t":
        word_end -= 1
    word_start = word_end
    while word_start > window and word_end - word_start < 10 and text[word_start - 1].isalpha():
        word_start -= 1
    return (text[word_start:word_end].lower() in _KIND_LAST_WORDS
            and _KIND_BEFORE.search(text, window, start) is not None)
_KIND_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:в|во|из)(?:[ \t]+(?P<kind>{SETTLEMENT_KIND}|(?:сельской[ \t]+)?местности))?[ \t]*[:—–][ \t]$",
    re.IGNORECASE,
)


# An institution is named after its town, in the genitive: "ЦРБ Ухты", "военный комиссариат Нижнего
# Тагила", "поликлиника Апатитов", "администрация Кирова" (its end: where such a name would start); an abbreviation, or
# a noun's nominative, genitive or prepositional (:func:`.institution_words.town_forms`)
_INSTITUTIONS = frozenset(
    """
    црб цгб цркб рб гб гкб окб ркб дгб одкб цкб фап мсч гп овд омвд увд уфмс загс пнд нд квд птд окд
    црп цовп уб ва
    """.split()
) | town_forms((*HOSPITALS, "комиссариат", "военкомат", "администрация", "прокуратура", "управление"))


def _after_institution(text: str, start: int) -> bool:
    """The word before ``start`` (one space between) names an institution (string tests only: this
    runs for every capitalised word)."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    low = max(0, start - 16)
    begin = max(text.rfind(" ", low, start - 1), text.rfind("\n", low, start - 1), text.rfind("(", low, start - 1))
    if begin < 0 and low > 0:
        return False  # a longer word
    return text[begin + 1 : start - 1].lower() in _INSTITUTIONS


def _institution_place(text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
    """The town an institution is named after: a word that reads as a place in the genitive, or an
    adjective and such a word ("Нижнего Тагила", "Великих Лук"); after a hospital's abbreviation also a place in the
    nominative, as registers and call logs write the district hospital ("ЦРБ Далматово", "(ЦРБ Ивдель)", :mod:`.hospital_towns`)."""
    word, end = match.group(), match.end()
    if genitive_place(word):
        return match.start(), end, 0.7
    if _ADJECTIVE.search(word):
        nxt = _NEXT_WORD.match(text, end)
        if nxt is not None and genitive_place(nxt.group(1)):
            return match.start(), nxt.end(), 0.7
    if abbreviation_before(text, match.start()) and town_by_hospital(text, match, rural_unit_before(text, match.start())) and (
        normal_form(word) not in NOT_IDENTIFYING_PLACES
    ):
        return match.start(), end, 0.7
    return None


# a place joined to the one before it: "между Читой и Сланцами", "в Тихвине, Пикалёво или Волхове"
_AND = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:и|или)[ \t]+)")


# A place named in brackets after what calls for one: a residence's label ("по месту жительства (Домбай)", "наблюдение
# по месту регистрации (Ухта)") or an institution ("ФАП (Сальск)", "ЦРБ (Ребриха)"); the name is in the nominative there
_BRACKET_CALLER = re.compile(r"(?:жительства|проживания|регистрации|пребывания|рождения|(?P<institution>[А-ЯЁ]{2,5}))[ \t]\($")


def _may_call_bracket(letter: str) -> bool:
    """``letter`` ends a word of :data:`_BRACKET_CALLER` (a cheap test before its regex)."""
    return letter in ("а", "я", "и") or letter.isupper()


def _bracketed_place(text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
    """The capitalised word right after "(" as a place, when the bracket follows a residence label or an institution's
    abbreviation (:data:`_BRACKET_CALLER`): after a label any name but a first name or a patronymic ("по месту
    жительства (Ухта)"), an ordinary word only where it fills the bracket and may name a settlement ("(Октябрьский)",
    :func:`_settlement_word`); after an institution, a word that reads as a place or that the dictionary knows as no
    ordinary word ("ЦРБ (Терапевтическое отделение)" is a ward)."""
    start, word = match.start(), match.group()
    if not _may_call_bracket(text[start - 3 : start - 2]):
        return None
    caller = _BRACKET_CALLER.search(text, max(0, start - 14), start)
    if caller is None or (caller.group("institution") is not None and caller.group("institution").lower() not in _INSTITUTIONS):
        return None
    flags = _place_flag(word) | word_class(word)
    if normal_form(word) in NOT_IDENTIFYING_PLACES or (flags & _PERSON and not flags & WordClass.PLACE):
        return None
    if flags & WordClass.COMMON and not flags & WordClass.PLACE and (
        caller.group("institution") is not None
        or not text.startswith((")", ",", " ("), match.end())
        or not _settlement_word(word)
    ):
        return None  # (an ordinary word names a place only filling the bracket: "(Октябрьский (Башк.), ...", not "(Участковый терапевт)")
    return start, _two_words(text, word, match.end()), 0.75


def _settlement_word(word: str) -> bool:
    """An ordinary word that may name a settlement: a town the gazetteer knows ("Находка"), or an adjective, as villages
    and towns are named ("Октябрьский", "Заречный"); not a noun of a profession or an institution ("(Кардиолог)",
    "(Поликлиника)", "(Стационар)") nor an adverb ("(Амбулаторно)")."""
    lemma = normal_form(word)
    return lemma in CITY_LEMMAS or adjective_form(word) is not None


def _joined_place(match: re.Match[str]) -> tuple[int, int, float] | None:
    """A word joined to a place by "и"/"или"/a comma is a place too when it reads as one (``Geox``) and
    not as a person, whatever its case."""
    word = match.group()
    flags = word_class(word)
    if flags & WordClass.PLACE and not flags & _PERSON and place_lemma(word) not in NOT_IDENTIFYING_PLACES:
        return match.start(), match.end(), 0.6
    return None


@lru_cache(maxsize=50_000)  # (asked for ~25 capitalised words a note; the two look-ups behind it cost twice one)
def _place_flag(word: str) -> int:
    """The word's ``WordClass.PLACE`` as :func:`_place` reads it (a hyphenated word's first part counts too)."""
    return (word_class(word) | (word_class(word.split("-")[0]) if "-" in word else 0)) & WordClass.PLACE


def _place(text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
    word = match.group()
    start, end = match.span()
    flags = word_class(word) | (word_class(word.split("-")[0]) & WordClass.PLACE if "-" in word else 0)
    if start > 2 and text[start - 1] == " " and text[start - 2] in _STOPLESS_KINDS and _stopless_kind(text, start, word, flags):
        return start - 2, _two_words(text, word, end), 0.7
    preposition = (
        _PREPOSITION.search(text, max(0, start - 14), start)
        if start > 1 and text[start - 1] in " \t" and (text[start - 2] in _PREPOSITION_END or text.endswith("а) ", 0, start))
        else None
    )
    after_preposition = preposition is not None
    kind = (_KIND_BEFORE.search(text, max(0, start - 26), start)
            if text[start - 2 : start - 1] in _LABEL_MARKS and _kind_before(text, start) else None)
    if preposition is None and kind is not None:
        # (after a bare preposition an ordinary word is a room or a ward, "Осмотрен в: Приёмном"; after a settlement's
        # kind any name is the settlement's)
        labelled = (normal_form(word) not in NOT_IDENTIFYING_PLACES and not (flags & _PERSON and not flags & WordClass.PLACE)
                    and (kind.group("kind") is not None or flags & WordClass.PLACE or not flags & WordClass.COMMON))
        return (start, _two_words(text, word, end), 0.75) if labelled else None
    if not after_preposition and not flags & WordClass.PLACE:
        return None  # most capitalised words: a sentence start, a name, a drug
    lemma = place_lemma(word) if flags & WordClass.PLACE else normal_form(word)
    if lemma in NOT_IDENTIFYING_PLACES:
        return None
    if lemma in CITY_LEMMAS and flags & WordClass.PLACE:  # "Находки" (findings) is no city
        return start, end, 0.65 if after_preposition else 0.55
    if lemma in CITY_LEMMAS and after_preposition and not qualifies_next_noun(word, text, end):
        # a city of the gazetteer that pymorphy3 reads only as an ordinary word or a surname ("в Грозном": грозный, an
        # adjective), after a place preposition; not before a noun it qualifies ("в Грозном состоянии")
        return start, end, 0.65
    if preposition is None:
        named = (hospital_after(text, end) and town_by_hospital(text, match)) or after_residence(text, start, flags)
        return (start, end, 0.7) if named and normal_form(word) not in NOT_IDENTIFYING_PLACES else None
    window = text[max(0, start - 60) : start].lower()
    move = _MOVE.search(window)
    moved = preposition.group("origin") or move or (any(ch.isdigit() for ch in window) and _BIRTH_DATE.search(window))
    word_end, end = end, _two_words(text, word, end)
    if end > word_end and institution_words(word, text[text.index(" ", word_end) + 1 : end], next_lemma(text, end)):
        return None  # "в Детской Поликлинике", "в Городскую Клиническую", "в Первую Градскую": a title-cased institution
    # (truth, not "is not None": with no digit near, the birth date's test gives False, which let every word after
    # "в"/"из" through, "в Клинике", "в Вашей семье", while the same word with a digit near went the stricter way)
    if moved:  # one comes from a place, not from a person: "приехала из Алексина", "в Беслане"
        # (not a title-cased institution or ward one stays or serves in: "находится в Реанимации", "служил в Армии")
        if flags & WordClass.COMMON and (normal_form(word) in INSTITUTION_NOUNS or (
                end == word_end and qualifies_common_noun(word, text, end))):
            return None  # (nor an adjective of a common noun: "по месту жительства в Городской поликлинике", "погиб под Новый год")
        stay = move is not None and move.group("stay") is not None and not preposition.group("origin")
        return None if stay and not stay_place(word, flags) else (start, end, 0.75)
    if end > word_end:
        # an adjective and a capitalised word: Russian spelling capitalises every word of a geographic name ("в Старой
        # Кулатке", "из Серебряных Прудов") but only the first of an institution's or a ward's ("в Приёмном покое")
        return start, end, 0.6
    if word_town(word) and not qualifies_next_noun(word, text, end):
        # a town named by an ordinary word or a surname: "учится в Лесном", "в Бору", "в Кирове"
        return start, end, 0.65
    if flags & WordClass.PLACE and not flags & _PERSON:
        return start, end, 0.6  # a place name that is also an ordinary word: "в Клине", "под Мурманском"
    if flags & (_PERSON | WordClass.COMMON):
        return None
    if flags & WordClass.SURNAME or not flags & WordClass.KNOWN:
        return start, end, 0.6
    return None


# A settlement's kind without its stop, as the address register's short names write it (ФИАС/ГАР: "г", "с", "д", "п",
# "х"), before its name in the nominative: "г Троицк", "из с Ванавара", "Место вызова — с Черский", "from=\"с Хандыга\"".
# "г" is no word (after a number it is grams: "500 г Творога"); "с", "д", "п", "х" are a preposition's letters too, and
# a preposition's object is in its case ("с Ивановым", "с Утра"): the name must read first in the nominative, or be a
# word the dictionary does not know, not read in an object's case and not ending as an instrumental does ("с Кетоналом", "с
# Турдубаевой"), and no ordinary word nor first name.
_STOPLESS_KINDS = frozenset("гсдпх")
_OBJECT_CASES = frozenset({"ablt", "datv", "loct"})
# (surnames that do not decline read "in the nominative" after any preposition: "с Беридзе", "с Мкртчян", "с Шевченко")
_UNDECLINED_SURNAME = re.compile(r"(?:дзе|швили|ян|янц|енко|ко|ук|юк|их|ых)$")
# A place's signal right before "с"/"д"/"п"/"х" (review C r21, finding 1: the preposition "с" and a drug's brand or a
# surname in the nominative, "терапия с Диротон", "беседа с Ротару", read as a village): a preposition of origin or
# place ("из с Ванавара", "в д Ивановка"), a quote or a bracket ('from="с Хандыга"'), or a label or a list's comma after
# an address's word on the same line ("Место вызова — с Черский", "Пункт отправления: с ...", "район, с ..."); not
# any label ("Лечение: п Тромбо АСС"); or a verb of arriving ("прибыл с Хандыга", "доставлена с Оймякон"; not a switch of
# drugs, "переведена с Конкор на ..."). (A place's word class is no signal: the guesser knows no Хандыга, and it
# reads "Тромбо" as a place.)
_KIND_SIGNAL = re.compile(
    r"(?:(?<![\w\-])(?:из|в|во|до|под|от|у|около|возле|близ|через|на|за"
    r"|(?:прибы|приеха|доставлен|эвакуир)\w*(?:\([а-яё]{1,3}\))?)|[\"'«=(]"
    r"|(?:адрес|мест|вызов|отправ|прибыт|пункт|жительств|прожива|регистрац|родил|рожд|район|р-н|улус|обл|край|откуда|куда"
    r"|выезд|from|эваку|населен|населён|\d{6})[^\n]*[:—–\-,])[ \t]*$",
    re.IGNORECASE,
)
_INSTRUMENTAL_ENDING = re.compile(r"(?:ом|ем|ём|ой|ей|ою|ею|ами|ями)$")
# (a dose or the intake's words right after the name: a drug's brand the patient came with, "доставлена с Эутирокс 50
# мкг", "Доставлена с Кардиомагнил на фоне приема"; not a duration, "доставлена с Оймякон 2 часа назад"; review A of
# round 22, finding 10); "на фоне" only before the intake's noun, not "на фоне ухудшения", and a count of a noun in its
# genitive is no dose, "с Намцы 5 мл крови", "с Чурапча 2 ед. транспорта" (review D r22, finding 9)
_DOSE = re.compile(r"[ \t]+\d+(?:[.,]\d+)?[ \t]*(?i:мк?г|мл|ед|ме|таб|капс|амп|гр|%)(?![а-яё])\.?(?:[ \t]+(?P<counted>[а-яё]+))?")
_INTAKE_AFTER = re.compile(r"[ \t]+(?i:на[ \t]+фоне[ \t]+(?:при[её]м|терапи|лечени|применени)|при[её]м|принима|в[ \t]+дозе)")


def _dose_after(text: str, after: int) -> bool:
    dose = _DOSE.match(text, after)
    counted = dose.group("counted") if dose is not None else None
    return dose is not None and not (counted and {"NOUN", "gent"} in analyzer().parse(counted)[0].tag)


def _stopless_kind(text: str, start: int, word: str, flags: int) -> bool:
    """The one letter two characters before ``start`` is a settlement's stopless kind before the name ``word`` (see above)."""
    letter_at = start - 2
    if letter_at and (text[letter_at - 1].isalnum() or text[letter_at - 1] in ".-/"):
        return False  # a letter of a word, an abbreviation's ("т. с"), a number's unit ("5 г" is checked below)
    if flags & _PERSON or (flags & WordClass.COMMON and not flags & WordClass.PLACE) or normal_form(word) in NOT_IDENTIFYING_PLACES:
        return False
    if text[letter_at] == "г":
        return not _DIGIT_BEFORE.search(text, max(0, letter_at - 3), letter_at)
    if not _KIND_SIGNAL.search(text, max(0, text.rfind("\n", 0, letter_at) + 1, letter_at - 60), letter_at):
        return False  # "с"/"д"/"п"/"х" + a name alone is a preposition's ("терапия с Диротон", "с Ротару")
    after = start + len(word)
    if _dose_after(text, after) or _INTAKE_AFTER.match(text, after) or is_drug_name(word):
        return False  # (a drug the project's knowledge graph names, dose or no dose: "Приехал с Лизиноприл"; round 23, item 4)
    following = _NEXT_WORD.match(text, start + len(word))
    if _UNDECLINED_SURNAME.search(word) or (following is not None and word_class(following.group(1)) & _PERSON):
        return False  # a surname that keeps its form after "с", or one a first name follows: "с Беридзе Кетеван Гурамовной"
    if not flags & WordClass.KNOWN:  # (the guesser's case is unsure: the instrumental by its ending, "с Кетоналом"; an
        # abbreviation is short, "с Дз." of a diagnosis)
        return len(word) > 3 and first_case(word) not in _OBJECT_CASES and not _INSTRUMENTAL_ENDING.search(word)
    return first_case(word) == "nomn"


_DIGIT_BEFORE = re.compile(r"\d[ \t]?$")



def _two_words(text: str, word: str, end: int) -> int:
    """The end of a two-word name whose first word is an adjective ("Малой Вишеры")."""
    if "-" in word or not _ADJECTIVE.search(word):
        return end
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or normal_form(nxt.group(1)) in NOT_IDENTIFYING_PLACES:
        return end
    return nxt.end()
