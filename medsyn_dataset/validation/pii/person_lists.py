"""Several persons after one cue, and first names that are also ordinary words. Used by :mod:`.names`.

**Lists.** Records name several people in one run: those present at a consultation or an examination
("Присутствовали: Петров И.И., Сидорова Е.В., зав. отд. Кузнецов"), relatives ("Родственники: Иванова
А.П. (мать), Иванов П.С. (отец)"), a commission, the signatures of a protocol. The cue stands once, before
the first name; the items are parted by a comma, a semicolon, "и" or a signature's line, each may carry its role in brackets
after it or its title before it. So an item that on its own is too weak to report (a lone surname
"Кузнецов", a first name that is also a word: "Вера и Надежда Ивановы") is a name when it is the next
(or the previous) item of a list one of whose items is already a name. Only items made of name-like
words count (name, surname or patronymic readings, initials, an unknown word with a Russian surname's
ending): a drug or a diagnosis beside a name ("Петров И.И., Анальгин") stays what it is.

**First names that are ordinary words** and that pymorphy3's dictionary does not know as names ("Мир",
"Мира", "Слава", "Света", "Майя"): read as a first name that is also a word (like "Вера", "Роман"), so
a name beside a surname or a patronymic, or after a cue, and nothing on their own ("Весна 2020 г.",
"Слава богу").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.morph import WordClass, analyzer, word_class

# the forms of first names (and their common short forms) that the dictionary reads only as ordinary words
WORD_FIRST_NAMES: frozenset[str] = frozenset(
    """
    мир мира миру миром мире мирой
    слава славы славе славу славой
    света светы свете свету светой
    майя майи майе майю майей
    ясна ясны ясне ясну ясной
    виола виолы виоле виолу виолой
    заря зари заре зарю зарей
    весна весны весне весну весной
    дара дары даре дару дарой
    лиана лианы лиане лиану лианой
    отрада отрады отраде отраду отрадой
    роман романа роману романом романе
    лиза лизы лизе лизу лизой
    толик толика толику толиком толике
    """.split()
)
# first names that pymorphy3's dictionary reads only as towns: "София" (the commonest girls' name in Russia
# in the 2010s-2020s), "Милан"
PLACE_NAMED_FIRST_NAMES = frozenset({"софия", "милан"})

# between two items of a list: the previous item's role in brackets, then a comma, a semicolon or "и"
# (or the line of a signature: "Петров И.И. ______ Сидорова Е.В. ______")
_LIST_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:[,;]|[ \t]и(?=[ \t])|_{2,}(?:[ \t]*/[ \t]*)?)[ \t]*")
_MAX_GAP = 60
LISTED_SCORE = 0.6  # a name-like run in a list of names


# between the separator and the next item, its title or role in lower case: "зав. отд.", "проф.", "сын", "м/с"
_ROLE_WORDS = re.compile(r"(?:[а-яё][а-яё./\-]*[ \t]+){1,3}")
# how Russian surnames end (not "-ин": drugs end so, "Актовегин")
_SURNAME_FORM = re.compile(r"(?:[оеё]в|ын|[оеё]ва|[иы]на|[сц]кий|[сц]кая|[иы]х|енко|швили|дзе|ян)$")


@lru_cache(maxsize=20_000)
def _common_nominative(word: str) -> bool:
    """An ordinary noun in the nominative singular ("Мужчина", "Женщина"): a word that starts a list item of
    its own ("Иванов И.И., мужчина, 54 года"), where a surname that is also a word is a genitive ("Кузнецов")."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
               and not {"Surn", "Name", "Patr"} & p.tag.grammemes for p in analyzer().parse(word.lower()))


def listable(word: str) -> bool:
    """A word that may be an item of a list of names: initials, a first name or patronymic, a surname by the
    dictionary or by a Russian surname's ending, and not an ordinary noun in the nominative."""
    if word[1:2] == ".":
        return True
    flags = word_class(word.split("-")[0])
    if flags & (WordClass.NAME_READING | WordClass.PATRONYMIC) or word.lower() in WORD_FIRST_NAMES:
        return True
    if not (flags & WordClass.SURNAME_READING or _SURNAME_FORM.search(word.lower())):
        return False
    return not _common_nominative(word)


def _adjacent(text: str, end: int, start: int, is_person_word: re.Pattern[str]) -> bool:
    """``text[end:start]`` parts two items of a list: a separator, then nothing or a word for a person ("зав.
    отд.", "сын", "проф.")."""
    if not 0 <= start - end <= _MAX_GAP:
        return False
    gap = _LIST_GAP.match(text, end, start)
    if gap is None:
        return False
    rest = text[gap.end() : start]
    return not rest or (_ROLE_WORDS.fullmatch(rest) is not None and is_person_word.search(" " + rest) is not None)


def listed_names(
    text: str, accepted: list[tuple[int, int]], weak: list[tuple[int, int]], is_person_word: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The ``weak`` runs (name-like, too weak alone) that stand in a list next to an ``accepted`` name,
    directly or through other such runs, in either direction."""
    people = sorted(accepted)
    pending = [run for run in sorted(set(weak) - set(people)) if all(map(listable, re.findall(r"[^\s.]+\.?", text[run[0] : run[1]])))]
    changed = True
    while changed and pending:
        changed = False
        for run in list(pending):
            start, end = run
            if any(_adjacent(text, e, start, is_person_word) for _, e in people if e <= start) or any(
                _adjacent(text, end, s, is_person_word) for s, _ in people if s >= end
            ):
                pending.remove(run)
                people.append(run)
                changed = True
                yield run
