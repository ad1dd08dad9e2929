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
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii import name_east_asian as east_asian
from medsyn_dataset.validation.pii import person_lists
from medsyn_dataset.validation.pii.author_lists import author_lists
from medsyn_dataset.validation.pii.base import (
    Candidate,
    CandidateRecognizer,
    best_per_span,
    lowered,
    word_starts,
)
from medsyn_dataset.validation.pii.capital_words import capital_matches, capital_starts
from medsyn_dataset.validation.pii.export_fields import EXPORT_SCORE, export_fields
from medsyn_dataset.validation.pii.initials_fields import labelled_initials
from medsyn_dataset.validation.pii.lower_names import lower_case_names
from medsyn_dataset.validation.pii.lower_pairs_anywhere import lower_name_pairs
from medsyn_dataset.validation.pii.morph import WordClass, surname_after_trigger, word_class
from medsyn_dataset.validation.pii.name_cells import CELL_SCORE, fills_cell, word_fills_cell
from medsyn_dataset.validation.pii.name_classes import COMMON as _C
from medsyn_dataset.validation.pii.name_classes import INITIALS as _I
from medsyn_dataset.validation.pii.name_classes import INITIALS_PATTERN as _INITIALS
from medsyn_dataset.validation.pii.name_classes import NAME as _N
from medsyn_dataset.validation.pii.name_classes import PATRONYMIC as _P
from medsyn_dataset.validation.pii.name_classes import SECOND_INITIAL_PATTERN as _SECOND_INITIAL
from medsyn_dataset.validation.pii.name_classes import SURNAME as _S
from medsyn_dataset.validation.pii.name_classes import TAIL_PATTERN as _TAIL
from medsyn_dataset.validation.pii.name_classes import UNKNOWN as _U
from medsyn_dataset.validation.pii.name_classes import WORD_PATTERN as _WORD
from medsyn_dataset.validation.pii.name_classes import classify as _classify
from medsyn_dataset.validation.pii.name_classes import in_dictionary as _in_dictionary
from medsyn_dataset.validation.pii.name_classes import is_initials, is_name_word
from medsyn_dataset.validation.pii.name_classes import score_run as _score_run
from medsyn_dataset.validation.pii.name_echoes import spells
from medsyn_dataset.validation.pii.name_fields import NAME_FIELD_SCORE, name_fields
from medsyn_dataset.validation.pii.name_layouts import layout_names
from medsyn_dataset.validation.pii.name_line_parts import continued_lines, slashed_names, surname_lines
from medsyn_dataset.validation.pii.name_lists import born_after, particle_after
from medsyn_dataset.validation.pii.name_promotion import promote_surnames as _promote_surnames
from medsyn_dataset.validation.pii.name_promotion import stopless_initials as _stopless_initials
from medsyn_dataset.validation.pii.name_triggers import EPONYM_FOLDED as _EPONYM_FOLDED
from medsyn_dataset.validation.pii.name_triggers import FIELD_ENDINGS as _FIELD_ENDINGS
from medsyn_dataset.validation.pii.name_triggers import (
    MESSAGE_OPENS,
    STAFF_STEMS,
    STAFF_WINDOW,
    VOCATIVE_AFTER,
    is_title_word,
    oblique_feminine,
    oblique_masculine,
    person_noun_before,
    thing_in_genitive,
    triggered,
)
from medsyn_dataset.validation.pii.name_triggers import RELATION_AFTER as _RELATION_AFTER
from medsyn_dataset.validation.pii.name_triggers import SURNAME_ENDS as _SURNAME_ENDS
from medsyn_dataset.validation.pii.name_triggers import TRIGGER as _TRIGGER
from medsyn_dataset.validation.pii.name_triggers import TRIGGER_FOLDED as _TRIGGER_FOLDED
from medsyn_dataset.validation.pii.name_triggers import cued_lone_surname as _cued_lone_surname
from medsyn_dataset.validation.pii.name_triggers import line_before as _line_before
from medsyn_dataset.validation.pii.name_triggers import staff_surname as _staff_surname
from medsyn_dataset.validation.pii.name_words import drug_bracket, person_despite_eponym
from medsyn_dataset.validation.pii.person_cues import cue_names
from medsyn_dataset.validation.pii.person_initials import initials_persons

# (``is_initials``, ``is_name_word``, ``is_title_word``, ``triggered`` and ``_TRIGGER`` are imported from here by
# other modules and tests: the word classes live in :mod:`.name_classes`, the cues in :mod:`.name_triggers`, the
# reading of items by their neighbours in :mod:`.name_promotion`)
__all__ = ["RuPersonRecognizer", "is_initials", "is_name_word", "is_title_word", "triggered"]

# spaces, or nothing after an initial ("А.Иванов"), or a comma before initials ("Буров, П.А.": the
# surname-first order of lists and signatures), or nothing between a surname and its two initials: a hurried
# signature glues them ("ПетроваМ.И.", "врач СидоровК.А."; a lower-case letter, then a capital with a stop, then
# a second one: no abbreviation or drug name has that shape)
_GAP = r"(?:[ \t]+|(?<=\.)(?=[А-ЯЁ][а-яёА-ЯЁ])|,[ \t]*(?=[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.)|(?<=[а-яё])(?=[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.))"
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

_LABEL_END = re.compile(r"[ \t]*:")
# a preposition in lower case right before a word: the word is inside a sentence, no field's label
_PREPOSITION_BEFORE = re.compile(r"(?:^|[\s(])(?:о|об|обо|про|у|для|от|к|ко|с|со)[ \t]+$")
_ABBREVIATION_END = re.compile(r"\.[ \t]*[а-яё]")

# a contact's phone right after a name ("- Любовь, тел. +7 ...", "секретарь судебного заседания Рыбаков, тел. 8 (495) ..."):
# whose number it is, as a contact list or a letter's executor line writes it (a name or surname word in the run: an
# organisation's name, "Гемотест, тел. ...", is neither)
_PHONE_AFTER = re.compile(r",[ \t]*(?:тел|моб)\w*\.?[ \t]*:?[ \t]*[+\d(]")
# where a contact list's entry starts: the line's start, a bullet or a number, a colon, a list's comma or semicolon
_ENTRY_START = re.compile(r"(?:^|[:;,(]|[-–—•*·]|\d[.)])[ \t]*$")


def _phone_owner(before: str, run: list[tuple[re.Match[str], str, bool]]) -> bool:
    """The run before ", тел. ..." names the number's owner: a surname or two name words are a person's; a lone
    first name only where a contact entry starts right before it ("- Любовь, тел."): after another word it is an
    organisation's name as often ("Аптека Вита, тел.", "Хоспис Надежда, тел.", "Фонд Вера, тел.": a first name is
    a common brand, and the list of organisation nouns before one is open)."""
    classes = [r[1] for r in run]
    if _S in classes or sum(c in (_N, _S, _P) for c in classes) >= 2:
        return True
    return _N in classes and _ENTRY_START.search(before) is not None


# what may follow a name in a list entry (see :func:`.name_lists.born_after`): a comma, or a bracket or a year
_LISTED_NEXT = re.compile(r",| \(| \d")

class RuPersonRecognizer(CandidateRecognizer):
    """Russian personal names (PERSON) from morphology and name shapes; needs no model."""

    def __init__(self, trigger_boost: float = 0.35) -> None:
        super().__init__("PERSON", "RuPersonRecognizer")
        self.trigger_boost = trigger_boost

    def candidates(self, text: str) -> Iterator[Candidate]:
        found = [Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in name_fields(text)]
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in layout_names(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in lower_case_names(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in lower_name_pairs(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in cue_names(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in initials_persons(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in labelled_initials(text))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in author_lists(text))
        found.extend(Candidate(self.entity, start, end, EXPORT_SCORE, self.name) for start, end in export_fields(text, "PERSON"))
        found.extend(self._chains(text))
        ends_line = [(c.start, c.end) for c in found if c.score >= 0.5 and text[c.end : c.end + 1] == "\n"]  # (:mod:`.name_line_parts`)
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in continued_lines(text, ends_line))
        opens_line = [(c.start, c.end, text[c.start : c.end]) for c in found if c.score >= 0.5 and c.start and text[c.start - 1] == "\n"]
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in surname_lines(text, opens_line))
        found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in slashed_names(text))
        if "/" in text:  # (a name's Latin spelling after a slash: :func:`_latin_spellings`)
            found.extend(Candidate(self.entity, start, end, NAME_FIELD_SCORE, self.name) for start, end in _latin_spellings(text, found))
        yield from best_per_span(found) if len(found) > 1 else found

    def _chains(self, text: str) -> Iterator[Candidate]:
        accepted: list[tuple[int, int]] = []  # names found, and runs too weak alone that a list of names takes in
        weak: list[tuple[int, int]] = []
        # (tried at the note's capitalised word starts, found once for this pass and the place words: :mod:`.capital_words`)
        chains = capital_matches(_CHAIN_NO_TAB if "\t" in text and text.count("\t") >= 2 else _CHAIN, text)
        titles = _staff_titles(text)
        for chain in chains:
            lone = _lone_word(chain.group())
            if not lone & _MAYBE_NAME and not (lone & _AFTER_STAFF and (titles is None or (titles and _title_before(titles, chain.start())))
                                               and _staff_surname(text, chain.start(), chain.end())) \
                    and not (lone & _AFTER_PERSON and _cued_lone_surname(text, chain.start(), chain.end())):
                if lone & _AFTER_PERSON and word_fills_cell(text, chain.start(), chain.end()):
                    accepted.append(chain.span())  # "| Лапина |" (:mod:`.name_cells`)
                    yield Candidate(self.entity, chain.start(), chain.end(), CELL_SCORE, self.name)
                    continue
                if lone & _AFTER_PERSON:
                    weak.append(chain.span())  # "Кузнецов" (also "of blacksmiths"): a surname in a list of names
                continue  # the common case: one ordinary capitalised word (judged by the word first: :func:`_lone_word`)
            items = list(_ITEM.finditer(chain.group()))
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
            run[0][1] in (_N, _S) and (_PREPOSITION_BEFORE.search(before)
                                       or ((not run[0][2] or run[0][1] == _S) and _TRIGGER_FOLDED.search(before)))
        ):  # (a label opens its field; a name after "о", "у", "для" is in a sentence: "волнуется о Милане: ...", as is a
            # dictionary name after a person word: "звонок представителю пациента Беловой: ...", "Контактное лицо: Таня. ...";
            # a surname that is also a word too: "Пациент Морозов: +7 ...", whose contacts follow)
            return None  # "Амб. карта": an abbreviation; "Пол: мужской": a field label
        # (an eponym's cue ends the window with a space, ``\s+$``: a run at the line's start or after a bracket has none;
        # tests/validation/test_pii_review16.py holds name_words.EPONYM_BEFORE to that end)
        eponym = _EPONYM_FOLDED.search(before) if before[-1:].isspace() else None
        if eponym and not person_despite_eponym(eponym.group(), {r[1] for r in run}, _firm_classes(run)) \
                and not _about_person(before, eponym, run):
            return None  # ("по Нечипоренко"; a person's full name after "по" is someone's: "звоню по Ковалеву Акиму")
        cue = _TRIGGER_FOLDED.search(before) is not None and (_SELF_NAMED.search(before) is None or _self_name(before, run))
        # (a name before a vocative's comma: "Анна, подойдите"; a message's addressee where it opens, whatever the
        # dictionary reads the name as: "«Айтал, ждём вас на донацию»", "SMS ...: Стоян Белов, напоминаем о приёме")
        addressed = False  # (asked only where no cue before it says so already)
        triggered = bool(cue or _RELATION_AFTER.match(text, end)
                         or (addressed := run[-1][1] in (_N, _S, _U) and text.startswith(",", end)
                             and (vocative := VOCATIVE_AFTER.match(text, end)) is not None
                             and (run[-1][1] == _N or (MESSAGE_OPENS.search(before) is not None
                                                       and not vocative.group().endswith(_IMPERATIVE))))
                         or (_LISTED_NEXT.match(text, end) and born_after(text, end, *(r[0].group() for r in run)))
                         or (_PHONE_AFTER.match(text, end) is not None and _phone_owner(before, run))
                         or (len(run) == 1 and run[0][1] == _S and (oblique_feminine(text, start, end)  # "у Петровой"
                                                                    or oblique_masculine(text, start, end)))  # "с Крыловым"
                         or (person_noun_before(before)  # "администратор Катя", "курьер Лев" (any noun for a person)
                             and not (len(run) == 1 and thing_in_genitive(run[0][0].group()))))  # "инспектор Роструда"
        if len(run) == 1 and is_title_word(run[0][0].group()):
            return None  # "Уролог, Гастроэнтеролог": a specialty, not a name
        if len(run) == 1 and run[0][0].group().isupper() and (not triggered or run[0][1] == _U):
            return None  # a lone word in capitals is an abbreviation or shouting ("ЭКО", "ИВАНА ИЗ ПАРИЖА", "НПВС")
        surnames = [r[0].group() for r in run if r[1] == _S]
        strong = (len(run) == 1 and _in_dictionary(run[0][0].group())) or (
            len(run) == 2 and len(surnames) == 1 and (_in_dictionary(surnames[0]) or _given_beside(run))
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
            if len(run) == 1 and not _in_dictionary(run[0][0].group()) and drug_bracket(before):
                score -= 0.2  # one unknown word after "эндокринолога (": a drug ("Редуксин") as often as a name
        if addressed and score < 0.6:
            score = 0.6  # (a message's addressee the dictionary does not know: "«Айтал, ждём вас»")
        if len(run) == 1 and score < 0.5 and run[0][1] == _S and fills_cell(text, start, end, strong):
            score = CELL_SCORE  # "| Гришина |", "1. Голубев, 8-935-..." (:mod:`.name_cells`)
        if score <= 0.15:
            if all(r[1] in (_N, _S, _P, _I) for r in run):
                weak.append((start, end))  # ("Вера и Надежда Ивановы": a name in a list of names)
            return None
        # "Мамедов Эльчин Аждар оглы": the particle is part of the name
        particle = particle_after(text, end)
        return Candidate(self.entity, start, particle.end() if particle else end, round(min(score, 1.0), 4), self.name)



# (an imperative after a word that opens a message is an instruction about it as often: "Нурофен, примите по 1 таб.")
_IMPERATIVE = ("ите", "йте", "итесь", "йтесь")


def _given_beside(run: list[tuple[re.Match[str], str, bool]]) -> bool:
    """A surname by its ending only beside a word the dictionary does not know but reads as a first name, as the
    names of the peoples of Russia and the CIS are ("Жумабеков Дилшод", "Лордкипанидзе Кетеван", "Мохира
    Тошматова"): as strong a pair as a dictionary surname beside an unknown word."""
    other = run[0][0].group() if run[1][1] == _S else run[1][0].group()
    return run[0][1] != run[1][1] and _U in (run[0][1], run[1][1]) and word_class(other) & (WordClass.NAME_READING | WordClass.KNOWN) == WordClass.NAME_READING


# "по" before a surname with initials cites an author: after a procedure, a method, a classification, a stain, a
# test ("классификация по А.В. Покровскому", "остеосинтез по Илизарову Г.А.", "окраска по Граму"), an open class of
# nouns. Only where an administrative noun stands before it does it say whom a request, a complaint or a referral is
# about ("Запрос ТФОМС по Русакове Н. Е.", "жалоба по К. К. Киселевой", "ответ по Р. Т. Гущину"), as a record's
# administrative lines write it: that closed class is listed here, up to three words between it and "по"
_ABOUT_BEFORE = re.compile(
    r"(?<![\w])(?i:запрос\w*|жалоб\w*|обращени\w*|претензи\w*|заявлени\w*|ходатайств\w*|направлени\w*|ответ\w*"
    r"|письм\w*|справк\w*|сведени\w*|информаци\w*|документ\w*|материал\w*|дел[оау]|проверк\w*|вопрос\w*"
    r"|звон\w*|звоню|выписк\w*|копи[ияей]\w*)"
    r"(?:[ \t]+[\w\-«»\"]+){0,3}[ \t]+по[ \t]+$")


# "называет себя ..." names the patient as they call themself ("называет себя «Женя»", "называет себя Серёжей"), and a
# delusion's identity as often ("называет себя Наполеоном", "... Императором"): the cue holds only for a quoted name
# or for first names the name lexicon knows that are no ordinary word (a diminutive, "Сашей", "Лёхой"); "Наполеон",
# "Надежда" are also words (a cake, hope), a name there only in quotes
def _firm_classes(run: list[tuple[re.Match[str], str, bool]]) -> tuple[str, ...]:
    """The run's classes in order when each item was read so by the dictionary alone (none an ordinary word too); also a
    surname that is a word too before a first name that is none ("класса Ильин Егор", "Голубев Арсений": of Ilya, of
    doves), as an eponym's surname is followed by no first name (:func:`.name_words.person_despite_eponym`)."""
    classes = tuple(r[1] for r in run)
    if not any(r[2] for r in run) or (classes == (_S, _N) and not run[1][2]):
        return classes
    return ()


_SELF_NAMED = re.compile(r"себя[ \t:,\-–—«\"“„]*$", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(r"[«\"“„][ \t]*$")


def _self_name(before: str, run: list[tuple[re.Match[str], str, bool]]) -> bool:
    return _QUOTE_BEFORE.search(before) is not None or all(r[1] == _N and not r[2] for r in run)


def _about_person(before: str, eponym: re.Match[str], run: list[tuple[re.Match[str], str, bool]]) -> bool:
    classes = {r[1] for r in run}
    return (eponym.group().split()[-1].lower() == "по" and _S in classes and _I in classes
            and _ABOUT_BEFORE.search(before) is not None)


# A name followed by its Latin spelling after a slash ("ФИО: Ким Виктория Сергеевна / KIM VIKTORIYA", "Нгуен Ван Хунг /
# Nguyen Van Hung"): a foreigner's papers print both, and a card copies them so; two to four Latin words, capitals or
# capitalised, right after the slash
_LATIN_AFTER_SLASH = re.compile(r"[ \t]*/[ \t]*(?P<name>[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){1,3})(?![\w/])")


def _latin_spellings(text: str, found: list[Candidate]) -> Iterator[tuple[int, int]]:
    for candidate in found:
        if candidate.score >= NAME_FIELD_SCORE and text[candidate.end : candidate.end + 1] in (" ", "\t", "/"):
            latin = _LATIN_AFTER_SLASH.match(text, candidate.end)
            # (only the name's own spelling, letter for letter: a bilingual form's English caption after the slash,
            # "Лечащий врач: Петров Андрей Ильич / Attending Physician", is no name)
            if latin is not None and spells(latin.group("name"), text[candidate.start : candidate.end]):
                yield latin.span("name")


_MAYBE_NAME, _AFTER_STAFF, _AFTER_PERSON = 1, 2, 4  # what a chain of one word may be, by the word alone


@lru_cache(maxsize=100_000)
def _lone_word(word: str) -> int:
    """One word's ``_MAYBE_NAME``, or the word-only tests of :func:`_staff_surname` and :func:`_cued_lone_surname`
    (a chain of several words, with a space or tab in it, is always ``_MAYBE_NAME``)."""
    if " " in word or "\t" in word or _classify(word)[0] != _C:
        return _MAYBE_NAME
    common = word.lower().endswith(_FIELD_ENDINGS) and word_class(word) & WordClass.COMMON  # ("Неврологии")
    staff = len(word) >= 3 and word[1:].islower() and not is_title_word(word) and not common
    person = word.endswith(_SURNAME_ENDS) and word[1:].islower() and surname_after_trigger(word.split("-")[0])
    return _AFTER_STAFF * bool(staff) | _AFTER_PERSON * bool(person)


# A chain's word is a surname after a staff title only when a title's word starts in the window before it
# (``name_triggers.STAFF_STEMS``, read off the shared cue index): most of a note's ~17 capitalised ordinary words have
# none there (half the notes have none at all), and skip :func:`_staff_surname`.


def _staff_titles(text: str) -> list[int] | None:
    """Where the words of a staff title start in ``text`` (sorted), or None: not known, test every word."""
    lower = lowered(text)
    if not lower or capital_starts(text) is None:
        return None
    return word_starts(lower, STAFF_STEMS)


def _title_before(titles: list[int], start: int) -> bool:
    """A staff title's word starts in the window before ``start``."""
    i = bisect_left(titles, start - STAFF_WINDOW)
    return i < len(titles) and titles[i] < start
