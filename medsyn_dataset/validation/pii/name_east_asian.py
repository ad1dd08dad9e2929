"""East Asian names in Russian transcription: "Нгуен Ван Хунг", "Пак Е.", "Цой Ен Хи", "Ли Вэй".

Russia's Vietnamese, Korean (корё-сарам) and Chinese communities write their names in Cyrillic by
fixed transcription tables (Vietnamese: Nguyễn Văn Hùng -> Нгуен Ван Хунг; Chinese: the Palladius
system, Wang Wei -> Ван Вэй; Korean: Пак, Цой, Ким, Югай). pymorphy3 knows few of these words, or
knows them as something else ("Пак", "Ван"), so the Russian name grammar misses them. Two facts of
these naming traditions are used instead:

* the surnames form a small closed class: a few dozen cover most bearers (Nguyễn alone ~40 % of the
  Vietnamese; Kim, Lee, Park ~45 % of the Koreans; the 100 commonest Chinese surnames ~85 % of China).
  :data:`SURNAMES` lists the commonest in Russian transcription, leaving out those that are also
  Russian function words or common capitalised words ("До", "Во", "То", "Сон", "Нам", "Им", "Май");
* every other part of the name is one syllable written as a word of its own ("Ван", "Тхи", "Хунг",
  "Ен", "Хи"), declined like a Russian noun when it ends in a consonant ("Нгуена Ван Хунга").

So a run of two to four capitalised words of which one is such a surname and every other is a
listed surname or a one-syllable word that pymorphy3 does not know as an ordinary word (or a known
given-name syllable, :data:`GIVEN_SYLLABLES`) is a name. A listed surname alone is a surname in the
Russian grammar's sense (:mod:`.names`): it needs initials beside it ("Пак Е.") or a cue before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from medsyn_dataset.validation.pii.morph import WordClass, word_class

# Korean surnames as Russia's Koreans write them (with the "-гай" forms of the Soviet registry)
_KOREAN = "ким ли пак цой чой хан тен тян шин югай огай когай пегай хегай тягай дегай мегай кан кян мун юн чон хван лим пай квон чжон"
# Vietnamese surnames (the commonest fourteen cover ~90 % of Vietnamese), in the usual Russian transcription
_VIETNAMESE = "нгуен чан ле фам хоанг хюинь фан ву данг буй хо нго зыонг дао доан вуонг чинь чыонг тхай куач"
# the commonest Chinese surnames by the Palladius system (one-letter and function-word ones left out)
_CHINESE = (
    "ван чжан лю чэнь хуан чжао чжоу сюй сунь чжу гао линь чжэн лян фэн сяо чэн цао юань дэн шэнь цзэн пэн люй цзян"
    " цай цзя вэй сюэ янь пань чжун тянь жэнь яо тань цзоу сюн цзинь хао цуй мао цю цинь шао мэн дуань лэй цянь инь хэ"
)
SURNAMES: frozenset[str] = frozenset(f"{_KOREAN} {_VIETNAMESE} {_CHINESE}".split())
# given-name and middle-name syllables that pymorphy3 reads as ordinary Russian words or names ("Ван",
# "Нам", "Лан", "Май", "Хай"): next to a listed surname they are name syllables all the same
GIVEN_SYLLABLES: frozenset[str] = frozenset(
    """
    ван тхи дык хыу минь куанг нгок суан тхань хунг зунг туан хыонг лан хоа тхуи ань хай тху фыонг лонг нам винь
    тхао чунг зянг хуен линь май бинь кхань фонг тиен хиеу ханг чанг хонг зуи куок дат тунг кыонг шон зуен нгует
    ен хи сок сон чоль хён сун ок ир сен ын мин ин хуа тао пин юн цзе хун вэй лэй цзюнь ли
    """.split()
)
_VOWELS = re.compile(r"[аеёиоуыэюя]+")
# a Russian case ending on a syllable that ends in a consonant: "Хунга", "Хунгу", "Хунгом", "Нгуене"
_CASE_ENDING = re.compile(r"(?<=[бвгджзйклмнпрстфхцчшщь])(?:ом|ем|ой|а|у|е|я|ю)$")


def _stem(word: str) -> str:
    return _CASE_ENDING.sub("", word.lower())


@lru_cache(maxsize=50_000)
def is_surname(word: str) -> bool:
    """A listed East Asian surname, in any case ("Нгуен", "Нгуена", "НГУЕН")."""
    lower = word.lower()
    return lower in SURNAMES or (lower[-1:] in _ENDING_LETTERS and _stem(lower) in SURNAMES)


_ENDING_LETTERS = frozenset("ауеомяюй")


@lru_cache(maxsize=20_000)
def _syllable(word: str) -> bool:
    """A one-syllable part of a name: a listed surname or given syllable, or a one-syllable word that
    pymorphy3 does not know as an ordinary word ("Хунг", "Тхуи", "Хыонг")."""
    stem = _stem(word)
    if stem in GIVEN_SYLLABLES or stem in SURNAMES or word.lower() in GIVEN_SYLLABLES:
        return True
    if not 2 <= len(stem) <= 6 or len(_VOWELS.findall(stem)) != 1 or word.isupper():
        return False  # (an unlisted word in capitals is an abbreviation as often: "ЭКГ", "ЛОР")
    return not word_class(word) & WordClass.KNOWN


_TOKEN = re.compile(r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)")


def name_runs(items: Sequence[str]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of ``items`` (a chain's words and initials, in order) that form an East
    Asian name: two to four words, one a listed surname, every one a surname or a name syllable."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and j - i < 4 and _TOKEN.fullmatch(items[j]) and _syllable(items[j]):
            j += 1
        if j - i >= 2 and any(is_surname(item) for item in items[i:j]):
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs
