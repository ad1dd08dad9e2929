"""Surrogate people and places: same shape, same grammatical case, consistent within a note.

A person's name is read token by token (surname, first name, patronymic, initials) with pymorphy3;
the surrogate person (drawn once per real person of the note, keyed by the surname's lemma or the
first name + patronymic) is written in the same shape ("Петровой И.С." -> "Смирновой А.В."), the
same case and the same gender. A place keeps its keywords, punctuation and layout ("г.", "ул.",
"д. 5, кв. 12"): names become other names of the same kind in the same case, numbers other numbers
of the same length.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from medsyn_dataset.validation.pii.inflect import cases_of, inflect_name, inflect_word
from medsyn_dataset.validation.pii.morph import analyzer

SURNAMES = """Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов
Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев
Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов
Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев
Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов""".split()
MALE_NAMES = """Александр Алексей Андрей Антон Артём Борис Вадим Валентин Василий Виктор Владимир Глеб Григорий Даниил
Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Матвей Михаил Никита Николай Олег Павел
Пётр Роман Семён Сергей Степан Тимофей Фёдор Юрий Ярослав""".split()
FEMALE_NAMES = """Алина Алла Анастасия Анна Валентина Валерия Варвара Вероника Галина Дарья Евгения Екатерина Елена
Елизавета Жанна Зинаида Зоя Инна Ирина Кира Ксения Лариса Лидия Людмила Маргарита Марина Мария Наталья Нина Оксана
Ольга Полина Светлана Софья Таисия Татьяна Ульяна Юлия Яна""".split()
FATHER_NAMES = """Александр Алексей Андрей Борис Василий Виктор Владимир Григорий Дмитрий Евгений Иван Игорь Константин
Максим Михаил Николай Олег Павел Пётр Роман Сергей Степан Фёдор Юрий""".split()
CITIES = """Вологда Кострома Тверь Калуга Рязань Тула Пенза Тамбов Липецк Курган Омск Томск Чита Псков Орёл Сызрань
Муром Ковров Коломна Серпухов Обнинск Арзамас Бийск Рубцовск Миасс Златоуст Ачинск Канск Мичуринск Елец Ишим
Бердск Камышин Балашов Ртищево Кинешма Шуя Ржев Торжок Вязьма Ярцево Рославль Сафоново Клин Дмитров Ступино""".split()
STREETS_ADJ = """Садовая Лесная Школьная Полевая Луговая Новая Заречная Береговая Солнечная Зелёная Молодёжная Песчаная
Цветочная Рабочая Трудовая Речная Парковая Сосновая Вишнёвая Озёрная""".split()
STREETS_GEN = """Пушкина Гоголя Чехова Некрасова Лермонтова Гагарина Чкалова Суворова Кутузова Ломоносова Менделеева
Толстого Тургенева Островского Фрунзе Калинина Куйбышева Свердлова Горького Маяковского""".split()
REGION_ADJ = """Вологодская Костромская Тверская Калужская Рязанская Тульская Пензенская Тамбовская Липецкая Курганская
Омская Томская Псковская Орловская Владимирская Ярославская Смоленская Брянская""".split()
# keywords, generic words and the country: kept as they are
KEEP = frozenset(
    """россия рф республика респ область обл край район р-н город г поселок посёлок пос село с деревня дер д улица ул
    проспект пр-т переулок пер бульвар б-р набережная наб шоссе ш микрорайон мкр площадь пл дом корпус корп строение стр
    квартира кв автономный округ ао ст станица хутор х пгт""".split()
)
_STREET_KEY = re.compile(
    r"(?:ул|улиц\w*|пр-т|пр-кт|просп\w*|пр|пер|переул\w*|бул|бульвар\w*|б-р|наб|набережн\w*|ш|шоссе|мкр|микрорайон\w*|пл|площад\w*|проезд\w*|аллея)\.?\s*$",
    re.IGNORECASE,
)
_WORD_OR_NUMBER = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁа-яё][а-яё]+)*|\d+")


def _female(last: str) -> str:
    if last.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return last + "а"
    if last.endswith("ий"):
        return last[:-2] + "ая"
    return last


def _patronymic(father: str, female: bool) -> str:
    if father.endswith("й"):
        stem = father[:-1] + ("евна" if female else "евич")
    elif father.endswith("а"):
        stem = father[:-1] + ("ична" if female else "ич")
    else:
        stem = father + ("овна" if female else "ович")
    return {"Пётрович": "Петрович", "Пётровна": "Петровна", "Фёдорович": "Фёдорович"}.get(stem, stem)


@dataclass(frozen=True)
class Person:
    last: str  # nominative, of the person's gender
    first: str
    middle: str
    female: bool


def draw_person(rng: random.Random, female: bool, avoid: set[str]) -> Person:
    for _ in range(20):
        last = rng.choice(SURNAMES)
        person = Person(
            _female(last) if female else last,
            rng.choice(FEMALE_NAMES if female else MALE_NAMES),
            _patronymic(rng.choice(FATHER_NAMES), female),
            female,
        )
        stems = (last.lower(), person.first.lower()[:-1], person.middle.lower()[:-3])
        if not any(word.startswith(stem) for stem in stems for word in avoid):  # "кузнецовой" starts with "кузнецов"
            return person
    return person


@dataclass(frozen=True)
class NameToken:
    start: int
    end: int
    kind: str  # "Surn", "Name", "Patr", "init"
    lemma: str


_TOKEN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.")


def read_name(span: str, left: str = "") -> tuple[list[NameToken], bool, str]:
    """Tokens of a name, its gender (True = female) and case: the case every word of the name can
    be in, the one a preposition right before it governs ("к Кузнецовой Анне": dative) first."""
    tokens: list[NameToken] = []
    female_votes = 0.0
    per_word: list[dict[str, float]] = []
    words = [m for m in _TOKEN.finditer(span)]
    for match in words:
        word = match.group()
        if word.endswith("."):
            tokens.append(NameToken(match.start(), match.end(), "init", word))
            continue
        parses = analyzer().parse(word.lower())
        best = {"Surn": 0.0, "Name": 0.0, "Patr": 0.0}
        lemma: dict[str, str] = {}
        for parse in parses:
            for kind in best:
                if kind in parse.tag.grammemes:
                    best[kind] += parse.score
                    lemma.setdefault(kind, parse.normal_form)
                    female_votes += parse.score if parse.tag.gender == "femn" else -parse.score if parse.tag.gender == "masc" else 0
        kind = max(best, key=lambda k: best[k]) if any(best.values()) else "Surn"
        tokens.append(NameToken(match.start(), match.end(), kind, lemma.get(kind, word.lower())))
        per_word.append(cases_of(word))
    if len([t for t in tokens if t.kind == "Surn"]) > 1:  # "Иванова Анна" read as two surnames: the second is the name
        tokens = [NameToken(t.start, t.end, "Name", t.lemma) if i and t.kind == "Surn" else t for i, t in enumerate(tokens)]
    return tokens, female_votes > 0, _common_case(per_word, left)


def _common_case(per_word: list[dict[str, float]], left: str) -> str:
    if not per_word:
        return "nomn"
    common = set.intersection(*(set(weights) for weights in per_word)) or set().union(*per_word)
    last = _LAST_WORD.search(left[-8:])
    governed = _PREPOSITION_CASE.get(last.group(1).lower()) if last else None
    if governed in common:
        return governed
    if not common:
        return "nomn"
    return max(sorted(common), key=lambda case: sum(weights.get(case, 0.0) for weights in per_word))


def person_key(tokens: list[NameToken]) -> str:
    """The same real person within a note: the surname's lemma, else first name (+ patronymic)."""
    for kind in ("Surn", "Name"):
        for token in tokens:
            if token.kind == kind:
                return f"{kind}:{token.lemma}"
    return "init:" + "".join(t.lemma for t in tokens)


def render_person(span: str, tokens: list[NameToken], person: Person, case: str) -> str:
    out, cursor = [], 0
    has_first_name = any(t.kind == "Name" for t in tokens)
    initials = iter((person.middle[0],) if has_first_name else (person.first[0], person.middle[0]))
    for token in tokens:
        out.append(span[cursor : token.start])
        if token.kind == "init":
            out.append(next(initials, person.middle[0]) + ".")
        elif token.kind == "Surn":
            out.append(inflect_name(person.last, "Surn", person.female, case))
        elif token.kind == "Name":
            out.append(inflect_name(person.first, "Name", person.female, case))
        else:
            out.append(inflect_name(person.middle, "Patr", person.female, case))
        cursor = token.end
    return "".join(out) + span[cursor:]


_PREPOSITION_CASE = {"из": "gent", "от": "gent", "до": "gent", "у": "gent", "около": "gent", "близ": "gent",
                     "возле": "gent", "в": "loct", "во": "loct", "на": "loct", "о": "loct", "к": "datv", "под": "ablt",
                     "за": "ablt", "над": "ablt", "с": "ablt"}
_LAST_WORD = re.compile(r"(\w+)\s*$")


def place_surrogate(span: str, rng: random.Random, memo: dict[str, str], left: str = "") -> str:
    """``span`` with every place name and number replaced; keywords and layout kept. ``left``: the
    text before the span, whose preposition ("из Тосно") gives the case of an indeclinable name."""
    last = _LAST_WORD.search(left[-8:])
    governed = _PREPOSITION_CASE.get(last.group(1).lower()) if last else None
    out, cursor = [], 0
    for match in _WORD_OR_NUMBER.finditer(span):
        token = match.group()
        out.append(span[cursor : match.start()])
        cursor = match.end()
        if token.isdigit():
            out.append(_digits_like(token, rng, memo))
        elif token.lower() in KEEP:
            out.append(token)
        else:
            case = governed if governed and not span[: match.start()].strip() else None
            out.append(_place_word(token, span[: match.start()], rng, memo, case))
    return "".join(out) + span[cursor:]


def _digits_like(token: str, rng: random.Random, memo: dict[str, str]) -> str:
    key = "n:" + token
    if key not in memo:
        for _ in range(10):
            value = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(len(token) - 1))
            if value != token:
                break
        memo[key] = value
    return memo[key]


def _place_word(word: str, before: str, rng: random.Random, memo: dict[str, str], case: str | None = None) -> str:
    """A place word of the same kind (street, region, settlement) and case."""
    parses = analyzer().parse(word.lower())
    lemma = parses[0].normal_form
    key = "w:" + lemma
    adjective = any(p.tag.POS == "ADJF" for p in parses[:2])
    if key not in memo:
        if _STREET_KEY.search(before):
            pool = STREETS_ADJ if adjective else STREETS_GEN
        elif adjective:
            pool = REGION_ADJ
        else:
            pool = CITIES
        choices = [w for w in pool if w.lower() != word.lower() and w.lower() != lemma]
        memo[key] = rng.choice(choices)
    surrogate = memo[key]
    if surrogate in STREETS_GEN:
        return surrogate
    parse = parses[0]
    if adjective:
        return _agree_adjective(surrogate, parse)
    if case is None:
        case = max(cases_of(word, frozenset({"Geox"})).items(), key=lambda kv: kv[1], default=("nomn", 1.0))[0]
    return inflect_word(surrogate, case, "Geox")


def _agree_adjective(adjective: str, model: object) -> str:
    tag = getattr(model, "tag", None)
    wanted = {g for g in (getattr(tag, "case", None), getattr(tag, "gender", None), getattr(tag, "number", None)) if g}
    for parse in analyzer().parse(adjective.lower()):
        if parse.tag.POS == "ADJF":
            form = parse.inflect(wanted) if wanted else None
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return adjective
