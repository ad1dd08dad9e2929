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

from medsyn_dataset.validation.pii import name_east_asian as east_asian
from medsyn_dataset.validation.pii import person_lists
from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, best_per_span
from medsyn_dataset.validation.pii.export_fields import EXPORT_SCORE, export_fields
from medsyn_dataset.validation.pii.folded import FoldedPattern
from medsyn_dataset.validation.pii.lower_names import lower_case_names
from medsyn_dataset.validation.pii.morph import (
    WordClass,
    animate_noun,
    normal_form,
    noun_only,
    plural_name_only,
    surname_after_trigger,
    word_class,
)
from medsyn_dataset.validation.pii.name_fields import NAME_FIELD_SCORE, name_fields
from medsyn_dataset.validation.pii.name_layouts import layout_names
from medsyn_dataset.validation.pii.name_lists import born_after, particle_after
from medsyn_dataset.validation.pii.name_words import EPONYM_BEFORE, NOT_NAMES
from medsyn_dataset.validation.pii.person_cues import cue_names

# a word is capitalised ("Иванова") or all in capitals, as form headers write names ("ИВАНОВА")
_TAIL = r"(?:[а-яё]+|[А-ЯЁ]+)"
_WORD = rf"[А-ЯЁ]{_TAIL}(?:-[А-ЯЁ]{_TAIL})?"
# Initials: "И.", "И.И.", "И. И."; hurried records drop the last stop ("Петрова М.И", "М.И Петрова"),
# so a second initial may stand without it when no letter follows
_SECOND_INITIAL = r"[ \t]?[А-ЯЁ](?:\.|(?![\w\-]))"
_INITIALS = rf"[А-ЯЁ]\.(?:{_SECOND_INITIAL})?"
# spaces, or nothing after an initial ("А.Иванов"), or a comma before initials ("Буров, П.А.": the
# surname-first order of lists and signatures)
_GAP = r"(?:[ \t]+|(?<=\.)(?=[А-ЯЁ][а-яёА-ЯЁ])|,[ \t]*(?=[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.))"
# starts with the capital itself (boundary checked right after it) so the engine skips to capitals
# (a signature line's underscores are no letters: "____Петрова И.С.____")
_CHAIN_PATTERN = (
    rf"[А-ЯЁ](?<![^\W_\-.][А-ЯЁ])(?<![\-.][А-ЯЁ])(?:{_TAIL}(?:-[А-ЯЁ]{_TAIL})?|\.(?:{_SECOND_INITIAL})?)"
    rf"(?:{_GAP}(?:{_WORD}|{_INITIALS})){{0,4}}(?![^\W_]|-)"
)
_CHAIN = re.compile(_CHAIN_PATTERN)
# In a text with tab-separated columns (a TSV export, a pasted spreadsheet) a tab parts two cells, so
# a chain does not run across it ("Иванова<TAB>Анна<TAB>Петровна" are three cells, read by table_cells)
_CHAIN_NO_TAB = re.compile(_CHAIN_PATTERN.replace(r"[ \t]", "[ ]"))
_ITEM = re.compile(rf"{_WORD}|{_INITIALS}")
_INITIALS_ITEM = re.compile(_INITIALS)


def is_initials(item: str) -> bool:
    """"И.", "И.И.", "И. И.", "И.И" (a chain item of initials, not a word)."""
    return item[1:2] == "." and _INITIALS_ITEM.fullmatch(item) is not None

# Words after which a capitalised word is a name: labels of a name field, words for a patient, a
# relative, a doctor or nurse (titles, specialties), naming and speech ("представилась как", "со
# слов", "звонила"). The name may follow a colon, dash, bracket, quote or a signature line ("____").
_TRIGGER = re.compile(
    r"(?:^|[^\w])(?:"
    r"имя|фио|ф\.\s?и\.\s?о\.?|фамили[яией]|отчество|по\s+имени|с\s+фамилией|зовут|абонент\w*|исполнител\w*|составил\w*"
    r"|пациент\w*|больн(?:ой|ая|ого|ому|ым|ую|ом)"
    # hurried records contract the patient words by a hyphen: "пац-т", "пац-ка", "б-ной", "б-ная", "бол-ного"
    r"|пац\.|пац-(?:т|тк|к)\w*|б(?:ол)?-н?(?:ой|ая|ого|ому|ым|ую|ые)|гр(?:-ка|-ки|-ке|-ку|-кой|-н|-на|-ну|-ном|\.)|г-н\w*|г-ж\w*|господин\w*"
    r"|гражданин\w*|гражданк\w*|уважаем\w+|тов\."
    # the person an official examination is about: a conscript, a donor, an examinee of a forensic expert
    r"|призывник\w*|донор(?:а|у|ом|ы|ов)?|подэкспертн\w+|освидетельствуем\w+"
    r"|мат(?:ь|ери|ерью)|от(?:ец|ца|цу|цом|це)|мам(?:а|ы|е|у|ой)|пап(?:а|ы|е|у|ой)|муж(?:а|у|ем|е)?|супруг\w*|жен(?:а|ы|е|у|ой)|сын(?:а|у|ом|е)?|доч(?:ь|ери|ерью)"
    r"|брат(?:а|у|ом|е)?|сестр(?:а|ы|е|у|ой)|внук(?:а|у|ом|е)?|внучк\w*|бабушк\w*|дедушк\w*|т[её]т(?:я|и|е|ю|ей)"
    r"|дяд(?:я|и|е|ю|ей)|племянни\w*|сожител\w*|родственни\w*|представител\w*|опекун\w*|родител\w*|сосед(?:а|у|ом|е|и|ей|ям|ка|ки|ке|ку|кой)?"
    r"|доверенн\w+\s+лиц\w*|ребен\w*|ребён\w*|девочк\w*|мальчик(?:а|у|ом|е|и)?|малыш(?:а|у|ом|е|и|ей)?|подруг\w*"
    r"|друг(?:а|у|ом|е|и|ей|ья|ьям)?"
    r"|знаком(?:ый|ая|ого|ой|ому|ую|ым|ом|ые|ых|ыми)|коллег(?:а|и|е|у|ой)"  # (who calls or is told, as a relative is)
    r"|врач\w*|доктор\w*|д-р\w*|др\.|проф\.|доц\.|акад\.|[кд]\.\s?м\.\s?н\.|зав\.?(?:\s*отд\w*\.?)?|заведующ\w+(?:\s+отделени\w+)?|медсестр\w*|м/с"
    r"|фельдшер\w*|акушер\w*|лаборант\w*|ординатор\w*|лечащ\w+|подпись\w*|консультант\w*|терапевт\w*|хирург\w*"
    r"|ассистент\w*|анестезист\w*|медбрат\w*|санитар\w*|водител\w*|диспетчер\w*|регистратор\w*"  # a team's roles
    r"|куратор\w*|координатор\w*|менеджер\w*"  # an insurer's or a clinic's contact person
    r"|окулист\w*|\w+олог(?:а|у|ом|е|и|ами)?|\w+иатр(?:а|у|ом|е|ы)?"
    r"|вызывающ\w*|вызвал[аи]?|вызов\s+принят\w*|уполномоченн\w*|вакцинатор\w*|прививочн\w+\s+(?:м/с|медсестр\w*)"
    # abbreviated "a relative", "a contact person": "родств. Дилноза", "конт. лицо Мина", "контактное лицо: ..."
    r"|родств\.|род-к\w*|конт(?:\.|актн\w+)\s*лиц\w*"
    r"|присутствовал\w*|в\s+составе|опрошен\w*|член\w*\s+семьи|участник\w*"  # a list's cue: "Присутствовали: Петров, ..."
    r"|со\s+слов|звон(?:ил[аи]?|ит|ят)|сообщено|(?:представил|назвал)(?:ся|ась|ись)(?:\s+как)?|записан[аы]?(?:\s+как)?"
    # (a bracketed word closes: "(подпись) Гришин", the mark a signature's copy leaves)
    r")(?:\)|\s*\([^)\n]{0,30}\))?[\s_/:,\-–—(«\"“„]*$",
    re.IGNORECASE,
)
# the name cues as searched in the window before each chain (the same answers, ~3x faster: :mod:`.folded`)
_TRIGGER_FOLDED, _EPONYM_FOLDED = FoldedPattern(_TRIGGER), FoldedPattern(EPONYM_BEFORE)
# A staff title right before a capitalised word: the word is a surname, whatever else it can be
# ("зав. отделением Мельник", "к.м.н. Беловой", "акушеркой Преображенской", "проф. Штерн. ...",
# "д-ра Волковой: ..."), when the name ends there (a stop, a comma, a colon, a bracket, the line's end)
_STAFF_TITLE = re.compile(
    r"(?:^|[^\w])(?:врач\w*|доктор\w*|д-р\w*|др\.|проф\.|профессор\w*|доц\.|доцент\w*|акад\.|академик\w*|[кд]\.\s?м\.\s?н\."
    r"|зав\.?(?:\s*отд\w*\.?)?|заведующ\w+(?:\s+отделени\w+)?|медсестр\w*|м/с|фельдшер\w*|акушерк\w*|ординатор\w*"
    r"|лаборант\w*|интерн\w*|ассистент\w*|анестезист\w*|медбрат\w*|санитар\w*|водител\w*|диспетчер\w*|регистратор\w*"
    r"|вакцинатор\w*|уполномоченн\w*)[ \t]+$",
    re.IGNORECASE,
)
# how the last word of a staff title starts (a cheap test before ``_STAFF_TITLE``)
_STAFF_TITLE_ENDS = ("врач", "доктор", "д-р", "др.", "проф", "доц", "акад", "к.м.н", "д.м.н", "м.н.", "н.", "зав", "отд",
                     "заведующ", "медсестр", "м/с", "фельдшер", "акушерк", "ординатор", "лаборант", "интерн", "ассистент",
                     "анестезист", "медбрат", "санитар", "водител", "диспетчер", "регистратор", "вакцинатор",
                     "уполномоченн")
_NAME_CLOSES = re.compile(r"[ \t]*(?:[.,:;)]|$|\n)")
# a relation in brackets right after a name is a trigger too: "Олимпиада (дочь)", "Иванов (сосед)"
_RELATION_AFTER = re.compile(
    r"[ \t]*\((?:дочь|сын|мать|отец|муж|жена|супруг|супруга|брат|сестра|внук|внучка|сосед|соседка|родственни\w*"
    r"|бабушка|дедушка|опекун|представитель)\)",
    re.IGNORECASE,
)
_LABEL_END = re.compile(r"[ \t]*:")
# a preposition in lower case right before a word: the word is inside a sentence, no field's label
_PREPOSITION_BEFORE = re.compile(r"(?:^|[\s(])(?:о|об|обо|про|у|для|от|к|ко|с|со)[ \t]+$")
_ABBREVIATION_END = re.compile(r"\.[ \t]*[а-яё]")

# what may follow a name in a list entry (see :func:`.name_lists.born_after`): a comma, or a bracket or a year
_LISTED_NEXT = re.compile(r",| \(| \d")

# classes of a chain item
_N, _S, _P, _I, _U, _C = "N", "S", "P", "I", "U", "C"


def _in_dictionary(item: str) -> bool:
    return bool(word_class(item.split("-")[0]) & WordClass.KNOWN)


def _surname_possible(item: str) -> bool:
    return not is_initials(item) and bool(word_class(item.split("-")[0]) & WordClass.SURNAME_POSSIBLE)


# a field label's words, against which a misspelt label with a doubled letter is checked
_FIELD_LABELS = frozenset("адрес паспорт телефон пациент пациентка полис снилс диагноз жалобы анамнез фамилия".split())
_DOUBLED = re.compile(r"([а-яё])\1", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _classify(item: str) -> tuple[str, bool]:
    """(class, ambiguous): ambiguous names/surnames are also ordinary words ("Вера", "Роза")."""
    if is_initials(item):
        return _I, False
    if item.lower() in NOT_NAMES or normal_form(item) in NOT_NAMES:
        return _C, False
    if len(set(item.lower()) - {"-"}) == 1:
        return _C, False  # "ХХХ", "ХХХХ": a placeholder
    if _DOUBLED.search(item) and _DOUBLED.sub(r"\1", item.lower()) in _FIELD_LABELS:
        return _C, False  # a hurried registrar's doubled letter in a field's label: "Адресс", "Пасспорт", "Телефонн"
    if len(item) <= 3 and item.isupper():  # "АД", "ОАК", "ЭКГ": abbreviations; "КИМ", "ЦОЙ" stay surnames
        flags = word_class(item)
        if flags & WordClass.COMMON:
            return _C, False
        if flags & WordClass.NAME:  # short first names in capitals: "ЯН", "ИЯ", "ЛЕВ" (a name only beside others)
            return _N, True
        return (_S, False) if flags & WordClass.SURNAME else (_C, False)
    parts = item.split("-")
    if len(parts) > 1 and any(part.lower() in NOT_NAMES for part in parts):
        return _C, False  # "Иценко-Кушинга", "Эпштейн-Барр"
    flags = word_class(parts[0])
    if len(parts) == 2 and flags & WordClass.COMMON and parts[1][:1].isupper():
        # a double surname whose first half is also an ordinary word ("Лесной-Цветков", "Белая-Иванова")
        # is judged by its second half
        second = word_class(parts[1])
        if second & WordClass.SURNAME and not second & WordClass.PLACE:
            return _S, True
    common = bool(flags & WordClass.COMMON)
    if not flags & (WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC) and east_asian.is_surname(item):
        return _S, bool(flags & WordClass.KNOWN)  # "Нгуен"; "Пак", "Ван" are also words: a surname beside initials
    if flags & WordClass.PATRONYMIC:
        return _P, common
    if flags & WordClass.NAME:
        return _N, common or plural_name_only(item)
    if flags & WordClass.SURNAME:
        return _S, common
    if item.lower() in person_lists.WORD_FIRST_NAMES:
        return _N, True  # "Мир", "Слава", "Света": names the dictionary reads only as words (:mod:`.person_lists`)
    if flags & WordClass.PLACE and not common and normal_form(item) in person_lists.PLACE_NAMED_FIRST_NAMES:
        return _N, True  # "София": the dictionary knows it only as Bulgaria's capital (a name beside others, or cued)
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
        # (a patronymic beside initials is a surname: "Кузьмич А.А.", "Ильич Б.В.")
        if words[0] in (_S, _U, _N, _P) and (initials_first or classes[-1] == _I):
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
        found = [Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in name_fields(text)]
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in layout_names(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in lower_case_names(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in cue_names(text))
        found.extend(Candidate(self.entity, start, end, EXPORT_SCORE, self.name) for start, end in export_fields(text, "PERSON"))
        found.extend(self._chains(text))
        yield from best_per_span(found) if len(found) > 1 else found

    def _chains(self, text: str) -> Iterator[Candidate]:
        accepted: list[tuple[int, int]] = []  # names found, and runs too weak alone that a list of names takes in
        weak: list[tuple[int, int]] = []
        for chain in (_CHAIN_NO_TAB if text.count("\t") >= 2 else _CHAIN).finditer(text):
            chain_text = chain.group()
            lone = _lone_word(chain_text) if " " not in chain_text and "\t" not in chain_text else _MAYBE_NAME
            if not lone & _MAYBE_NAME and not (lone & _AFTER_STAFF and _staff_surname(text, chain.start(), chain.end())) \
                    and not (lone & _AFTER_PERSON and _cued_lone_surname(text, chain.start(), chain.end())):
                if lone & _AFTER_PERSON:
                    weak.append(chain.span())  # "Кузнецов" (also "of blacksmiths"): a surname in a list of names
                continue  # the common case: one ordinary capitalised word (judged by the word first: :func:`_lone_word`)
            items = list(_ITEM.finditer(chain_text))
            if len(items) == 1 and is_initials(items[0].group()):
                continue  # a lone initial ("А.") is not a name
            base = chain.start()
            if len(items) > 1 and any(east_asian.is_surname(m.group()) for m in items):
                for i, j in east_asian.name_runs([m.group() for m in items]):  # "Нгуен Ван Хунг" (:mod:`.name_east_asian`)
                    yield Candidate(self.entity, base + items[i].start(), base + items[j - 1].end(), NAME_FIELD_SCORE, self.name)
            classified = [(m, *_classify(m.group())) for m in items]
            _promote_surnames(text, base, classified)
            _stopless_initials(classified)
            # split the chain at ordinary words; an ordinary word right before a run may be its trigger
            run: list[tuple[re.Match[str], str, bool]] = []
            for entry in [*classified, None]:
                if entry is not None and entry[1] != _C:
                    run.append(entry)
                    continue
                if run:
                    candidate = self._score(text, base, run, weak)
                    if candidate is not None:
                        (accepted if candidate.score >= 0.5 else weak).append((candidate.start, candidate.end))
                        yield candidate
                run = []
        if weak and accepted:  # (:mod:`.person_lists`: "Присутствовали: Петров И.И., Сидорова, Кузнецов")
            for start, end in person_lists.listed_names(text, accepted, weak, _TRIGGER):
                yield Candidate(self.entity, start, end, person_lists.LISTED_SCORE, self.name)

    def _score(self, text: str, base: int, run: list[tuple[re.Match[str], str, bool]], weak: list[tuple[int, int]]) -> Candidate | None:
        start, end = base + run[0][0].start(), base + run[-1][0].end()
        abbreviation = len(run[0][0].group()) <= 5 and _ABBREVIATION_END.match(text, end)
        before = _line_before(text, start)
        if len(run) == 1 and (abbreviation or _LABEL_END.match(text, end)) and not _staff_surname(text, start, end) and not (
            run[0][1] in (_N, _S) and (_PREPOSITION_BEFORE.search(before) or (not run[0][2] and _TRIGGER_FOLDED.search(before)))
        ):  # (a label opens its field; a name after "о", "у", "для" is in a sentence: "волнуется о Милане: ...", as is a
            # dictionary name after a person word: "звонок представителю пациента Беловой: ...", "Контактное лицо: Таня. ...")
            return None  # "Амб. карта": an abbreviation; "Пол: мужской": a field label
        eponym = _EPONYM_FOLDED.search(before)
        if eponym and not (eponym.group().strip(" (") == "по" and _N in (kinds := {r[1] for r in run}) and kinds & {_S, _P}):
            return None  # ("по Нечипоренко"; a person's full name after "по" is someone's: "звоню по Ковалеву Акиму")
        triggered = bool(_TRIGGER_FOLDED.search(before) or _RELATION_AFTER.match(text, end)
                         or (_LISTED_NEXT.match(text, end) and born_after(text, end, *(r[0].group() for r in run))))
        if len(run) == 1 and is_title_word(run[0][0].group()):
            return None  # "Уролог, Гастроэнтеролог": a specialty, not a name
        if len(run) == 1 and run[0][0].group().isupper() and (not triggered or run[0][1] == _U):
            return None  # a lone word in capitals is an abbreviation or shouting ("ЭКО", "ИВАНА ИЗ ПАРИЖА", "НПВС")
        surnames = [r[0].group() for r in run if r[1] == _S]
        strong = (len(run) == 1 and _in_dictionary(run[0][0].group())) or (
            len(run) == 2 and len(surnames) == 1 and _in_dictionary(surnames[0])
        )
        score = _score_run([r[1] for r in run], [r[2] for r in run], strong)
        if len(run) == 2 and run[0][1] == run[1][1] == _S and any(
            word_class(r[0].group().split("-")[0]) & WordClass.NAME_READING for r in run
        ):
            score = max(score, 0.8)  # "Регина Савельева", "Медведева Акулина": one surname is also a first name
        if triggered:
            if all(r[1] == _U for r in run) and len(run) > 3:
                return None
            score += self.trigger_boost
            if len(run) == 1 and not _in_dictionary(run[0][0].group()) and before.rstrip().endswith("("):
                score -= 0.2  # one unknown word after "эндокринолога (": a drug ("Редуксин") as often as a name
        if score <= 0.15:
            if all(r[1] in (_N, _S, _P, _I) for r in run):
                weak.append((start, end))  # ("Вера и Надежда Ивановы": a name in a list of names)
            return None
        # "Мамедов Эльчин Аждар оглы": the particle is part of the name
        particle = particle_after(text, end)
        return Candidate(self.entity, start, particle.end() if particle else end, round(min(score, 1.0), 4), self.name)


def _promote_surnames(text: str, base: int, classified: list[tuple[re.Match[str], str, bool]]) -> None:
    """Ordinary words that are surnames here, in place: one that can be a surname next to initials
    or a first name + patronymic ("Комаров З.Д." is also "of mosquitoes", "Анна Петровна
    Ситникова"), or right after a trigger ("Пациент Мясников", "Гр-ка Иванова"); a place name or a
    word of no ordinary reading next to initials ("Цхакая Г.Д.", "Тула"-like surnames). In the full order
    surname, first name, patronymic the middle word is a first name whatever else it reads as ("ВОРОНОВ
    СИЛА ХАРЛАМОВИЧ", "Лесной Мир Ильич")."""
    if [c[1] for c in classified[:3]] == [_C, _N, _P] and len(first := classified[0][0].group()) > 4 - first[1:].islower() \
            and "-" not in first and noun_only(first) and not is_title_word(first):  # (not "АД", "ПЭП", "ФИО-...")
        classified[0] = (classified[0][0], _S, True)  # "Орёл Иван Петрович": surname first, a surname that is a word
    for i in range(1, len(classified) - 1):
        previous, (match, kind, _), (_, after, after_ambiguous) = classified[i - 1], classified[i], classified[i + 1]
        if kind == _C and after == _P and not after_ambiguous and _surname_possible(previous[0].group()):
            classified[i] = (match, _N, True)
    for i, (match, kind, _) in enumerate(classified):
        if kind != _C:
            continue
        word = match.group()
        neighbours = {classified[j][1] for j in (i - 1, i + 1) if 0 <= j < len(classified)}
        by_shape = len(word) > 2 and _surname_possible(word) and (  # ("По", "Со": a sentence goes on)
            neighbours & {_I, _P}
            or (_N in neighbours and len(classified) > 1)
            or (
                surname_after_trigger(word.split("-")[0])
                and (_triggered(text, base + match.start()) or born_after(text, base + match.end(), word)
                     or _RELATION_AFTER.match(text, base + match.end()))
                and not is_title_word(word)  # "Пациент: Господин Иванов"
            )
        )
        # next to two initials any capitalised word is a surname, an ordinary word too ("Волк А.В.",
        # "Пак Е.В.", "Цхакая Г.Д."), unless it introduces the name ("Врач И.И. Петров")
        if by_shape or (_beside_full_initials(classified, i) and not is_title_word(word)) or (
            i == 0 and (_staff_surname(text, base + match.start(), base + match.end()) or _staff_surname_named(text, base, classified))
        ):
            classified[i] = (match, _S, True)
        elif word[1:].islower() and word_class(word.split("-")[0]) & WordClass.NAME_READING and (
            neighbours & {_S, _P} or (len(classified) == 1 and _triggered(text, base + match.start()))
        ):  # a first name that is also a word, beside a surname or after a trigger: "Роман Бобров", "сосед София"
            classified[i] = (match, _N, True)
        elif i == len(classified) - 1 and i and classified[i - 1][1] == _N and word[1:].islower() and len(word) > 2 \
                and all(c[1] == _C for c in classified[: i - 1]) and animate_noun(word) and noun_only(word) \
                and not is_title_word(word) and (
                    not (classified[i - 1][2] or word_class(word) & WordClass.PLACE)
                    or _triggered(text, base + classified[i - 1][0].start())):
            # a first name, then a noun that ends the chain: its surname ("Анна Мельник", "ФИО: Любовь Мельник",
            # "мать Вера Орёл"); after an ambiguous name or as a place only where a cue says a person follows
            classified[i] = (match, _S, True)


def _stopless_initials(classified: list[tuple[re.Match[str], str, bool]]) -> None:
    """Two capitals right after a surname are its initials without their stops ("Фадеев ЯБ",
    "Мясников СМ"): handwriting and registries drop them. Only after a word that is a surname by the
    dictionary or its ending, in lower case, and only as the chain's last item (an abbreviation
    opens what follows: "Иванов ОАК" would go on)."""
    if len(classified) < 2:
        return
    match, kind, _ = classified[-1]
    item, previous = match.group(), classified[-2]
    if len(item) == 2 and item.isupper() and kind in (_C, _U) and previous[1] in (_S, _U, _N) and previous[0].group()[1:].islower() \
            and (_SURNAME_ENDING.search(previous[0].group()) or east_asian.is_surname(previous[0].group())):
        classified[-1] = (match, _I, False)  # (and after a listed East Asian surname: "Ли АЭ", "Пак ЕВ")


# how Russian surnames end (masculine and feminine)
_SURNAME_ENDING = re.compile(r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой)|[оеё]ва|[иы]на|[сц]кая|[иы]х|ко|[юу]к|швили|дзе|ян|ев|ева)$")


_MAYBE_NAME, _AFTER_STAFF, _AFTER_PERSON = 1, 2, 4  # what a chain of one word may be, by the word alone


@lru_cache(maxsize=100_000)
def _lone_word(word: str) -> int:
    """One word's ``_MAYBE_NAME``, or the word-only tests of :func:`_staff_surname` and :func:`_cued_lone_surname`."""
    if _classify(word)[0] != _C:
        return _MAYBE_NAME
    common = word.lower().endswith(_FIELD_ENDINGS) and word_class(word) & WordClass.COMMON  # ("Неврологии")
    staff = len(word) >= 3 and word[1:].islower() and not is_title_word(word) and not common
    person = word.endswith(_SURNAME_ENDS) and word[1:].islower() and surname_after_trigger(word.split("-")[0])
    return _AFTER_STAFF * bool(staff) | _AFTER_PERSON * bool(person)


def _staff_surname(text: str, start: int, end: int) -> bool:
    """A capitalised word (not in capitals, not a title or specialty) right after a staff title,
    where the name ends: "зав. отделением Мельник.", "с к.м.н. Беловой", "д-ра Волковой:"."""
    if end - start < 3 or text[start - 1 : start] not in (" ", "\t") or not _NAME_CLOSES.match(text, end):
        return False  # (the cheap tests first: this runs for every capitalised ordinary word)
    word = text[start:end]
    last = text[text.rfind(" ", max(0, start - 40), start - 1) + 1 : start].strip().lower()
    if not (word[1:].islower() and last.startswith(_STAFF_TITLE_ENDS)):
        return False
    if not _STAFF_TITLE.search(text, max(0, start - 40), start) or is_title_word(word):
        return False
    return not (word.lower().endswith(_FIELD_ENDINGS) and word_class(word) & WordClass.COMMON)  # "отделением Неврологии"


_FIELD_ENDINGS = ("ия", "ии", "ию", "ией")


def _staff_surname_named(text: str, base: int, classified: list[tuple[re.Match[str], str, bool]]) -> bool:
    """A word for a person (a staff title, a relative), then an ordinary capitalised word and a first name
    that ends the chain: the word is the surname, in the surname-first order of records ("хирург Мельник
    Гурий", "медсестра Галка Ирина")."""
    if len(classified) != 2 or classified[1][1] != _N:
        return False
    word, start = classified[0][0].group(), base + classified[0][0].start()
    if not word[1:].islower() or text[start - 1 : start] not in (" ", "\t") or is_title_word(word):
        return False
    return _triggered(text, start) and noun_only(word.split("-")[0])  # ("терапевта Сегодня Вера": an adverb, no surname)


def _beside_full_initials(classified: list[tuple[re.Match[str], str, bool]], i: int) -> bool:
    """Two initials ("Г.Д.") right before or after item ``i`` that have no name on their other side
    ("Иванова И.И. Он ...": "Он" opens the next sentence); one initial ("Г. Тверь") may be a town's
    "г." in capitals. An abbreviation in capitals before the initials of a name written out after them
    is the end of a title, no surname ("зам. гл. врача по КЭР Г.А. Орехов", "ОАК Н.В. Петрова")."""
    for j, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= j < len(classified) and classified[j][1] == _I and sum(ch.isalpha() for ch in classified[j][0].group()) == 2:
            if 0 <= other < len(classified) and classified[other][1] in (_N, _S, _P, _U):
                return False
            word, after = classified[i][0].group(), classified[other][0].group() if 0 <= other < len(classified) else ""
            return not (len(word) <= 4 and word.isupper() and other > i and after[1:].islower())
    return False


# how the surnames that are also words end ("Стрелков", "Орехова", "Лапина", "Мельник", "Кузнец", "Бабич"): a test
# of the last letters before the cached dictionary look-up
_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ий", "ой", "ая", "ых", "их", "ко", "ук", "юк",
                 "ик", "ец", "ич", "ян", "ой", "ове", "еве", "ову", "еву", "ине", "ину", "ым")  # (and oblique: "о больном Орехове")


def _cued_lone_surname(text: str, start: int, end: int) -> bool:
    """One capitalised word that is also an ordinary one, where the context makes it a surname: after a
    word for a person in lower case ("где врач Стрелков отказал", "Вызывает: жена Орехова") or before a
    year of birth. (The word's surname reading, cached, is tested first: this runs for every
    capitalised ordinary word.)"""
    word = text[start:end]
    if not word.endswith(_SURNAME_ENDS) or not word[1:].islower() or not surname_after_trigger(word.split("-")[0]):
        return False
    if born_after(text, end, word) or _RELATION_AFTER.match(text, end):
        return True  # (a year of birth, or the person's relation in brackets: "Вызывает: Русаков (сосед)")
    # the person word right before it, no colon or bracket between ("Пациент: Женщина, 27 лет", "(со слов)
    # Холестерин - норма": a field's value or a new sentence, no name)
    return (text[start - 1 : start] in (" ", "\t") and text[max(0, start - 2) : start - 1].isalpha()
            and _triggered(text, start) and not is_title_word(word))


def is_name_word(word: str) -> bool:
    """A first name, surname or patronymic by the dictionary or by its ending ("Джураев")."""
    return _classify(word.rstrip("."))[0] in (_N, _S, _P)


@lru_cache(maxsize=100_000)  # (a word's verdict: ~8 us of regex, asked for most capitalised words of a note)
def is_title_word(word: str) -> bool:
    """A word that introduces a name rather than being one: "Господин", "Проф.", "Доктор", "Пациентка"."""
    return bool(_TRIGGER.search(" " + word))


def _line_before(text: str, start: int) -> str:
    """Up to 40 characters before ``start``, within its line."""
    before = text[max(0, start - 40) : start]
    return before[before.rfind("\n") + 1 :]


def _triggered(text: str, start: int) -> bool:
    return bool(_TRIGGER_FOLDED.search(_line_before(text, start)))


def triggered(text: str, start: int) -> bool:
    """A word that introduces a name ("врач", "мать", "подпись") stands right before ``start``."""
    return _triggered(text, start)
