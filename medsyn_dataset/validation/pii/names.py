"""PERSON: Russian personal names from word shapes and pymorphy3's Name/Surn/Patr grammemes.

A "chain" is a run of capitalised words and initials separated by single spaces. Each word is
classed with :func:`~medsyn_dataset.validation.pii.morph.word_class` and the chain is scored by
its shape:

* name + patronymic (with or without surname): "Анна Петровна", "Иванова Анна Петровна" -> 0.95
* surname + initials, either order: "Петрова М.И.", "И.И. Иванов" -> 0.9
* first name + surname, either order: "Анна Иванова" -> 0.85
* a lone first name that is not also an ordinary word ("Анна", not "Вера") -> 0.6
* a lone surname or unknown capitalised word -> only after a trigger ("Пациент Сидоров",
  "Имя пациента: Анна", "Врач: Петров") which adds 0.35 to any chain.

Why no NER model: natasha's slovnet news NER (offline, in its wheel) was measured on the same
benchmark (``python -m benchmarks.bench_pii --compare-ner``): similar PERSON recall on planted
names, but a PER/LOC span in ~10 % of clean RuMedTop3 notes ("Анамнез", "Пол", drug names) against
~0.2 % here, and ~20-30 CPU-ms per note against ~1 ms for the whole scanner.

Eponyms are not people here: a chain right after "болезнь", "синдром", "по" ("по Нечипоренко")
etc. is dropped, as are chains inside a Latin or all-caps context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.morph import WordClass, normal_form, word_class

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS = r"[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?"
_GAP = r"(?:[ \t]+|(?<=\.)(?=[А-ЯЁ][а-яё]))"  # spaces, or nothing after an initial ("А.Иванов")
# starts with the capital itself (boundary checked right after it) so the engine skips to capitals
_CHAIN = re.compile(
    rf"[А-ЯЁ](?<![\w\-.][А-ЯЁ])(?:[а-яё]+(?:-[А-ЯЁ][а-яё]+)?|\.(?:[ \t]?[А-ЯЁ]\.)?)"
    rf"(?:{_GAP}(?:{_WORD}|{_INITIALS})){{0,4}}(?![\w\-])"
)
_ITEM = re.compile(rf"{_WORD}|{_INITIALS}")

_TRIGGER = re.compile(
    r"(?:^|[^\w])(?:имя|фио|ф\.\s?и\.\s?о\.?|фамили[яией]|отчество|по\s+имени|с\s+фамилией|пациент\w*|больн(?:ой|ая|ого|ому|ым|ую)|врач\w*|доктор\w*|д-р|зовут"
    r"|г-н\w*|г-ж\w*|господин\w*|гражданин\w*|гражданк\w*|мать|матери|отец|отца|муж|мужа|жена|жены|сын|сына|дочь|дочери"
    r"|медсестр\w*|фельдшер\w*|лечащ\w+|заведующ\w+|подпись|терапевт\w*|хирург\w*|невролог\w*|кардиолог\w*"
    r"|педиатр\w*|консультант\w*|представител\w*|опекун\w*|родител\w*)(?:\s*\([^)\n]{0,30}\))?\s*[:\-–—(]?\s*$",
    re.IGNORECASE,
)
_EPONYM = re.compile(
    r"(?:^|[^\w])(?:болезн\w*|синдром\w*|симптом\w*|проб[аеуы]|реакци\w*|шкал\w*|по|метод\w*|тест\w*|феномен\w*"
    r"|рефлекс\w*|критери\w*|триад\w*|операци\w*|пятн\w*|узл\w*|клетк\w*|тельц\w*|аппарат\w*|им\.|имени|класс\w*"
    r"|формул\w*|индекс\w*|закон\w*|точк\w*|зон[аеыу]|знак\w*|маневр\w*|манёвр\w*|при[её]м\w*|положени\w*|парез\w*"
    r"|паралич\w*|аппликатор\w*|опухол\w*|саркома|лимфома|анемия|грыж\w*|перелом\w*|вакцин\w*|препарат\w*|таблетк\w*|мазь"
    r"|палочк\w*|кольц\w*|линии|линия|протоколу?|лихорадк\w*|пневмони\w*|ангин\w*|диет\w*|стол|тип[ауе]?)\s+$",
    re.IGNORECASE,
)

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
_LABEL_END = re.compile(r"[ \t]*:")
_ABBREVIATION_END = re.compile(r"\.[ \t]*[а-яё]")

# classes of a chain item
_N, _S, _P, _I, _U, _C = "N", "S", "P", "I", "U", "C"


def _in_dictionary(item: str) -> bool:
    return bool(word_class(item.split("-")[0]) & WordClass.KNOWN)


def _surname_possible(item: str) -> bool:
    return not item.endswith(".") and bool(word_class(item.split("-")[0]) & WordClass.SURNAME_POSSIBLE)


@lru_cache(maxsize=100_000)
def _classify(item: str) -> tuple[str, bool]:
    """(class, ambiguous): ambiguous names/surnames are also ordinary words ("Вера", "Роза")."""
    if item.endswith("."):
        return _I, False
    if item.lower() in NOT_NAMES or normal_form(item) in NOT_NAMES:
        return _C, False
    flags = word_class(item.split("-")[0])
    common = bool(flags & WordClass.COMMON)
    if flags & WordClass.PATRONYMIC:
        return _P, common
    if flags & WordClass.NAME:
        return _N, common
    if flags & WordClass.SURNAME:
        return _S, common
    if common or flags & WordClass.PLACE:
        return _C, False
    return (_U, False) if not flags & WordClass.KNOWN else (_C, False)


def _score_run(classes: list[str], ambiguous: list[bool], strong: bool = False) -> float:
    """Score a run of name-like items (no C inside) by its shape."""
    kinds = set(classes)
    n = len(classes)
    clean = [c for c, amb in zip(classes, ambiguous, strict=True) if not amb]
    if _P in kinds and _N in kinds:
        return 0.95
    if _I in kinds:
        words = [c for c in classes if c != _I]
        if not words or len(words) > 1:
            return 0.0 if not words else 0.7
        initials_first = classes[0] == _I
        if words[0] in (_S, _U, _N) and (initials_first or classes[-1] == _I):
            return 0.9 if words[0] != _U or n > 1 else 0.0
        return 0.0
    if n >= 2 and _N in kinds and (_S in kinds or _U in kinds):
        return 0.85 if len(clean) >= 1 else 0.55
    if n >= 2 and _P in kinds and (_S in kinds or _U in kinds):
        return 0.6
    if n == 2 and kinds == {_U, _S} and strong:
        return 0.6  # a rare first name the dictionary lacks + a dictionary surname: "Остромир Галкин"
    if n == 1 and classes[0] == _N and not ambiguous[0]:
        return 0.6
    if n == 1 and classes[0] in (_S, _P) and not ambiguous[0] and strong:
        return 0.55  # a dictionary surname or patronymic on its own: "Иванов отмечает", "Иванович"
    if n >= 2 and kinds <= {_N}:
        return 0.6 if clean else 0.0
    return 0.3 if n == 1 and classes[0] in (_S, _P) else 0.15


class RuPersonRecognizer(CandidateRecognizer):
    """Russian personal names (PERSON) from morphology and name shapes; needs no model."""

    def __init__(self, trigger_boost: float = 0.35) -> None:
        super().__init__("PERSON", "RuPersonRecognizer")
        self.trigger_boost = trigger_boost

    def candidates(self, text: str) -> Iterator[Candidate]:
        for chain in _CHAIN.finditer(text):
            chain_text = chain.group()
            if " " not in chain_text and "\t" not in chain_text and _classify(chain_text)[0] == _C:
                continue  # the common case: one ordinary capitalised word
            items = list(_ITEM.finditer(chain_text))
            if len(items) == 1 and items[0].group().endswith("."):
                continue  # a lone initial ("А.") is not a name
            base = chain.start()
            classified = [(m, *_classify(m.group())) for m in items]
            # an ordinary word that can be a surname is one next to initials or a first name +
            # patronymic: "Комаров З.Д." ("of mosquitoes"), "Анна Петровна Ситникова"
            for i, (match, kind, _) in enumerate(classified):
                if kind == _C and _surname_possible(match.group()):
                    neighbours = {classified[j][1] for j in (i - 1, i + 1) if 0 <= j < len(classified)}
                    if neighbours & {_I, _P} or (_N in neighbours and len(classified) > 1):
                        classified[i] = (match, _S, True)
            # split the chain at ordinary words; an ordinary word right before a run may be its trigger
            run: list[tuple[re.Match[str], str, bool]] = []
            for entry in [*classified, None]:
                if entry is not None and entry[1] != _C:
                    run.append(entry)
                    continue
                if run:
                    candidate = self._score(text, base, run)
                    if candidate is not None:
                        yield candidate
                run = []

    def _score(self, text: str, base: int, run: list[tuple[re.Match[str], str, bool]]) -> Candidate | None:
        start, end = base + run[0][0].start(), base + run[-1][0].end()
        abbreviation = len(run[0][0].group()) <= 5 and _ABBREVIATION_END.match(text, end)
        if len(run) == 1 and (abbreviation or _LABEL_END.match(text, end)):
            return None  # "Амб. карта": an abbreviation; "Пол: мужской": a field label
        before = text[max(0, start - 40) : start]
        before = before[before.rfind("\n") + 1 :]
        if _EPONYM.search(before):
            return None
        surnames = [r[0].group() for r in run if r[1] == _S]
        strong = (len(run) == 1 and _in_dictionary(run[0][0].group())) or (
            len(run) == 2 and len(surnames) == 1 and _in_dictionary(surnames[0])
        )
        score = _score_run([r[1] for r in run], [r[2] for r in run], strong)
        if _TRIGGER.search(before):
            if all(r[1] == _U for r in run) and len(run) > 3:
                return None
            score += self.trigger_boost
        if score <= 0.15:
            return None
        return Candidate(self.entity, start, end, round(min(score, 1.0), 4), self.name)
