"""PERSON in free text by grammar around a name, where the name's own shape says too little.

Three conventions of Russian records, each a grammar rather than a list of phrases:

* **A kinship or role noun and the name in the same case.** A dictated note (speech recognition
  writes no capitals) names a relative right after the word for them: "дочь агафья телефон ...",
  "со слов сына олега", "с женой ириной", "врач петрова". A lower-case word that pymorphy3 reads as a first name in
  the case of the noun before it (nominative after "дочь", instrumental after "с женой") is that
  person's name; a surname may follow it ("дочь агафья петрова"), or come first, read as a surname with no
  ordinary reading in the noun's case ("лечащий врач петрова анна"). Case agreement is what keeps "мама
  дома", "сын сказал", "жена пациента" clean: they hold no first name in the noun's case.
* **A messenger or chat speaker.** A copied chat writes each message as a time stamp, the speaker
  and a colon: "[03.03.2024 01:13] Гостомысл: ...", "03.03.2024, 01:13 - Ольга Петрова: ...",
  "12:40 Лёша: ...", "Ольга Петрова, [03.03.2024 01:13]". The line's shape names the speaker whatever the name (rare names the dictionary
  lacks included); a speaker that is an ordinary word ("Врач:", "Регистратура:", "Вы:") is no person.
* **"по" and a person, a name after a label naming its script, a message's signature** (below).
* **The person a relative speaks about, or a message is for.** After a verb of speech and "что"
  ("мама говорит, что Селиверст стал вялым") or a verb of passing a message on ("просим передать
  Веронике", "сообщить Луке"), a capitalised word in mid-sentence that reads as a first name is that
  person, even when it is also an ordinary word: Russian writes common nouns in lower case there.

Each pass is gated by the note's shared cue index (:func:`.base.word_starts`) or its runs of digits,
so notes without the cue words pay a dictionary look-up for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.morph import WordClass, analyzer, word_class
from medsyn_dataset.validation.pii.ward_names import ward_names

# kinship and role nouns, every case form a note writes (found in the note's cue index)
_KIN_WORDS = tuple(
    """
    дочь дочери дочерью сын сына сыну сыном сыне мать матери матерью мама мамы маме маму мамой отец отца отцу отцом
    папа папы папе папу папой муж мужа мужу мужем жена жены жене жену женой супруг супруга супругу супругом супруге
    супругой брат брата брату братом брате сестра сестры сестре сестру сестрой внук внука внуку внуком внучка внучки
    внучке внучку внучкой бабушка бабушки бабушке бабушку бабушкой дедушка дедушки дедушке дедушку дедушкой тётя тетя
    тёти тети тёте тете тётю тетю тётей тетей дядя дяди дяде дядю дядей племянник племянника племяннику племянником
    племянница племянницы племяннице племянницу племянницей сосед соседа соседу соседом соседка соседки соседке
    соседку соседкой подруга подруги подруге подругу подругой невестка невестки невестке невестку невесткой зять
    зятя зятю зятем сожитель сожителя сожительница сожительницы опекун опекуна опекуну опекуном свекровь тёща теща
    медсестра медсестры медсестре медсестрой санитарка санитарки врач врача врачу врачом доктор доктора доктору доктором
    фельдшер фельдшера фельдшеру фельдшером акушерка акушерки акушеркой зовут звали
    пациент пациента пациенту пациентом пациентка пациентки пациентке пациентку пациенткой
    """.split()
)
_LOWER_LETTERS = r"[а-яё]{2,}(?:-[а-яё]+)?"  # a lower-case word, maybe hyphenated
_LOWER_WORD = re.compile(rf"[ \t]+({_LOWER_LETTERS})(?![\w\-])")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")


@lru_cache(maxsize=50_000)
def _cases(word: str, grammeme: str | None) -> frozenset[str]:
    """The cases in which pymorphy3 reads ``word`` (with ``grammeme`` in its tag, when given)."""
    found: set[str] = set()
    for parse in analyzer().parse(word):
        if grammeme is None or grammeme in parse.tag.grammemes:
            found.update(case for case in _CASES if case in parse.tag.grammemes)
    return frozenset(found)


def kin_names(text: str) -> Iterator[tuple[int, int]]:
    """Lower-case first names right after a kinship or role noun, in the noun's case (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _KIN_STEMS):
        if not text[start].islower():
            continue
        noun_and_name = _NOUN_AND_NAME.match(text, start)
        noun_end = noun_and_name.end("noun")  # type: ignore[union-attr]
        noun = lower[start:noun_end]
        if noun not in _KIN_SET:
            continue
        name = noun_and_name if noun_and_name.group("name") is not None else None  # type: ignore[union-attr]
        if name is None:
            capital = _CAPITAL_WORD.match(text, noun_end)
            if capital is not None and _possessive_surname(capital.group(1)):
                yield capital.span(1)
            continue
        reading = _kin_reading(noun, name.group("name"))
        if reading == _KIN_SURNAME:
            start_name, end = name.span("name")  # "врач петрова", "с дочерью ивановой": a surname, maybe a first name after it
            given = _LOWER_WORD.match(text, end)
            if given is not None and word_class(given.group(1)) & WordClass.NAME_READING:
                end = given.end(1)
            yield start_name, end
            continue
        if reading != _KIN_NAME:
            continue
        end = name.end("name")
        surname = _LOWER_WORD.match(text, end)
        if surname is not None and _lower_surname(surname.group(1)):
            end = surname.end(1)
        yield name.start("name"), end


_KIN_NONE, _KIN_SURNAME, _KIN_NAME = 0, 1, 2


@lru_cache(maxsize=50_000)
def _kin_reading(noun: str, word: str) -> int:
    """How the lower-case ``word`` right after the kinship or role ``noun`` reads: a surname in the noun's case, a
    first name in it, or neither. (A verdict of the two words alone, cached: most of a note's ~3 such pairs are
    "пациент жалуется", "врача данной", asked in every note.)"""
    cases = frozenset({"nomn"}) if noun in _NAMING else _cases(noun, None)
    if _lower_surname(word) and cases & _cases(word, "Surn"):
        return _KIN_SURNAME
    if not word_class(word) & WordClass.NAME_READING or not cases & _cases(word, "Name") or _cases(word, "ADJF"):
        return _KIN_NONE  # "сын сказал", "мама дома" (no name, or a name in another case than its noun: a new phrase);
        # "врача данной специальности": an adjective after the noun is its attribute
    return _KIN_NAME


_KIN_SET = frozenset(_KIN_WORDS)
# the noun's letters (those the lowered text has as "а"-"я", "ё" are the Cyrillic capitals and small letters, no
# other character: the noun is read off the lowered text at the same span) and the lower-case word after it
# (:data:`_LOWER_WORD`, matched where the noun ends: it opens with a space, which no noun's letter is), in one match
_NOUN_AND_NAME = re.compile(rf"(?P<noun>[а-яёА-ЯЁ]*)(?:[ \t]+(?P<name>{_LOWER_LETTERS})(?![\w\-]))?")
# how the nouns start: the note's cue index is searched for these few stems (each word more in it costs every
# note a little), the whole word is then checked against ``_KIN_SET``
_KIN_STEMS = ("доч", "сын", "мат", "мам", "отец", "отц", "пап", "муж", "жен", "супруг", "брат", "сестр", "внук", "внучк", "бабушк",
              "дедушк", "тёт", "тет", "дяд", "племянни", "сосед", "подруг", "невестк", "зят", "сожител", "опекун", "свекров",
              "тёщ", "тещ", "медсестр", "санитарк", "врач", "доктор", "фельдшер", "акушерк", "зовут", "звали",
              "пациент")  # (a dictation names the patient so: "осмотр пациентки ларисы яковлевой")
# a verb of naming takes the name in the nominative: "девочку зовут алиса"
_NAMING = frozenset({"зовут", "звали"})


# how Russian surnames end (a cheap test before the dictionary is asked)
_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ому", "ой", "ым", "ую", "ского", "ской",
                 "ский", "ская", "ко", "ук", "юк", "ян", "дзе", "швили")


def _lower_surname(word: str) -> bool:
    """A lower-case surname: a surname's ending and a surname reading, no ordinary or first-name one."""
    if not word.endswith(_SURNAME_ENDS):
        return False
    flags = word_class(word)
    if not flags & WordClass.SURNAME_READING or flags & (WordClass.NAME | WordClass.PLACE):
        return False
    # ("петрова", "ивановой" are also possessive adjectives, "of Pyotr's", "of Ivan's": a surname after a
    # person's noun; not "городской", "скорой", which are adjectives of a place or a service)
    return not flags & WordClass.COMMON or word.endswith(_POSSESSIVE_ENDS)


# A capitalised word right after a lower-case kinship or role noun is a proper name (Russian writes common nouns in
# lower case there); one shaped as a surname in a possessive's form is the relative's surname ("это дочь Пестовой",
# "жена Орехова"), also when the dictionary reads the letters as an ordinary word. (A place's adjective is no surname:
# "мать Тверской ...".) The chain recognizer takes such words only when they have no ordinary reading.
_CAPITAL_WORD = re.compile(r"[ \t]+([А-ЯЁ][а-яё]{2,})(?![\w\-])")


def _possessive_surname(word: str) -> bool:
    if not word.endswith(_POSSESSIVE_ENDS):
        return False
    flags = word_class(word)
    return bool(flags & WordClass.SURNAME_POSSIBLE) and not flags & (WordClass.PLACE | WordClass.NAME)


_POSSESSIVE_ENDS = ("ов", "ова", "ев", "ева", "ин", "ина", "овой", "евой", "иной", "овым", "евым", "иным", "ову", "еву", "ину")


# ----- chat speakers ---------------------------------------------------------------------------
_SPEAKER = re.compile(
    r"[ \t]*\[?[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]*,?[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*\]?[ \t]*(?:[-–—][ \t]*)?"
    r"(?P<name>[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?(?:[ \t]+(?:[А-ЯЁA-Z][а-яёa-z]+|[А-ЯЁA-Z]\.)){0,2})"
    # (the speaker's role in brackets, as a contact is saved: "[13.04.22, 16:45] Лора (координатор): ...")
    r"(?:[ \t]*\([а-яё][а-яё \-]{1,28}\))?[ \t]*:(?!\d)"
)
_PERSON_FLAGS = WordClass.NAME | WordClass.NAME_READING | WordClass.SURNAME | WordClass.PATRONYMIC


# a messenger's copy that names the speaker first: "Ольга Петрова, [03.03.2024 01:13]" (Telegram), the message below
_SPEAKER_FIRST = re.compile(
    r"[ \t]*(?P<name>[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?(?:[ \t]+[А-ЯЁA-Z][а-яёa-z]+){0,2}),[ \t]*\[[ \t]*"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]*,?[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*\][ \t]*(?:$|\n)"
)


def speaker_names(text: str) -> Iterator[tuple[int, int]]:
    """The speakers of a copied chat: a line of a time stamp (maybe a date), the name and a colon; or the name,
    a comma and the time stamp in brackets."""
    seen = -1
    for run_start in _runs_before_time_colon(text):
        line_start = text.rfind("\n", 0, run_start) + 1
        if line_start == seen:
            continue
        if run_start - line_start > 24:
            # a chat pasted into the note's running text: its stamp in brackets mid-line ("... в носоглотке [8:49]
            # Остромир: здравствуйте"), read from the bracket as a line's stamp is
            bracket = text.rfind("[", max(line_start, run_start - 13), run_start)
            found = _SPEAKER.match(text, bracket) if bracket > line_start else None
            if found is not None and _speaker_is_person(found.group("name")):
                yield found.span("name")
                continue
            if run_start - line_start > 60:
                continue
        seen = line_start
        found = _SPEAKER.match(text, line_start) if run_start - line_start <= 24 else None
        if found is None and "[" in text[line_start:run_start]:
            found = _SPEAKER_FIRST.match(text, line_start)
        if found is not None and _speaker_is_person(found.group("name")):
            yield found.span("name")


def _runs_before_time_colon(text: str) -> Iterator[int]:
    """Where each run of digits (``\\d+``, as :func:`.base.digit_runs` finds them) starts that a colon and two
    digits follow ("09:15"), in order. Found from the note's few colons (~11 a note), not by stepping through its
    ~25 runs of digits: a colon with a digit right before it ends exactly one run, which starts after the last
    character before it that is no decimal digit (``\\d`` is ``str.isdecimal``: Unicode's Nd). (The colons from
    :func:`.code_page.char_positions`, shared with the other passes that read them.)"""
    for position in char_positions(text, ":"):
        if position and text[position - 1].isdecimal() and text[position + 1 : position + 3].isdigit():
            start = position - 1
            while start and text[start - 1].isdecimal():
                start -= 1
            yield start


def _speaker_is_person(name: str) -> bool:
    """Some word of the speaker reads as a name or is unknown to the dictionary; none is an ordinary
    word alone ("Врач", "Регистратура", "Вы")."""
    words = [w for w in re.split(r"[ \t]+", name) if not w.endswith(".")]
    if any(w.isascii() for w in words):
        return len(words) >= 2 and all(w.isascii() for w in words)  # "Olga Petrova:" (one Latin word: "Re:", "Note:")
    person = False
    for word in words:
        flags = word_class(word)
        if flags & WordClass.COMMON and not flags & (WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC):
            return False
        person = person or bool(flags & _PERSON_FLAGS or not flags & WordClass.KNOWN)
    return person


# ----- reported speech -------------------------------------------------------------------------
# a verb of speech (then "что"/"чтобы"), or of passing a message on (the person then in the dative)
# (stems: the grammar after them reads the rest of the verb)
_SPEECH_VERBS = ("говор", "сказал", "сообщил", "рассказал", "пишет", "написал", "пережива", "волнуется", "беспокоится")
_MESSAGE_VERBS = ("переда", "сообщит", "позвонит", "перезвонит", "напомнит", "объяснит")
_AFTER_SPEECH = re.compile(r"[а-яё]*,?[ \t]+(?:что|чтобы)[ \t]+(?P<name>[А-ЯЁ][а-яё]+)(?![\w\-])")
_AFTER_MESSAGE = re.compile(r"[а-яё]*[ \t]+(?P<name>[А-ЯЁ][а-яё]+)(?![\w\-.])")


def reported_names(text: str) -> Iterator[tuple[int, int]]:
    """A first name a relative speaks about, or a message is for (see the module's docstring)."""
    lower = lowered(text)
    if not lower:
        return
    for verbs, grammar, case in ((_SPEECH_VERBS, _AFTER_SPEECH, "nomn"), (_MESSAGE_VERBS, _AFTER_MESSAGE, "datv")):
        for start in word_starts(lower, verbs):
            found = grammar.match(text, start)
            if found is None or not text[start].islower():
                continue
            name = found.group("name")
            flags = word_class(name)
            if flags & WordClass.NAME_READING and not flags & WordClass.PLACE and not _cases(name.lower(), "ADJF") and case in _cases(name.lower(), "Name") | (
                frozenset({"nomn"}) if not flags & WordClass.KNOWN else frozenset()
            ):
                yield found.span("name")


# ----- "по" and a person ----------------------------------------------------------------------
# "по" before a surname is mostly an eponym ("по Нечипоренко", "по Зимницкому"), which the chain
# recognizer drops. But a method or a scale is named by a surname alone, after a man: a name of two or
# three words with a patronymic or a first name ("по Ие Альбертовне", "по Ковалеву Акиму", "по Мамонтовой
# Марии"), or a woman's surname that is no ordinary word ("по Колесниковой"), is a person; and so is any
# surname after "по" that opens the topic of a call or a message ("Это по Павлову, как он?", "звоню по
# Некрасову"): a method is applied, not phoned about.
_PO_NAME = re.compile(r"[ \t]+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]+){0,2})(?![\w\-])(?![ \t]*:)")
_FEMININE_DATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)ой$")
_CALL_TOPIC = re.compile(r"(?:^|[^\w])(?:это|звоню|звоним|звонит|звонила?|звонили|звонок|вопрос|пишу|пишем)[ \t]+$")


# (searched in the text itself: "по" is the commonest word of a note, the shared cue index would list it ~12 times
# a note; a scan for its lower-case letters before a capital costs ~2 us)
_PO_BEFORE_CAPITAL = re.compile(r"по[ \t]+[А-ЯЁ]")


def po_names(text: str) -> Iterator[tuple[int, int]]:
    """Persons after "по" (see above)."""
    for start in (m.start() for m in _PO_BEFORE_CAPITAL.finditer(text)):
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue  # ("депо", "по-")
        found = _PO_NAME.match(text, start + 2)
        if found is None:
            continue
        call = _CALL_TOPIC.search(lowered(text) or text.lower(), max(0, start - 12), start)
        if _po_person(found.group("name").split(), call):
            yield found.span("name")


def _po_person(words: list[str], call: object) -> bool:
    flags = [word_class(word) for word in words]
    if call is not None and any(f & (_PERSON_FLAGS | WordClass.SURNAME_POSSIBLE) or not f & WordClass.KNOWN for f in flags):
        return True
    if len(words) == 1:
        return bool(flags[0] & WordClass.SURNAME and not flags[0] & (WordClass.COMMON | WordClass.PLACE)
                    and _FEMININE_DATIVE.search(words[0]) and "datv" in _cases(words[0].lower(), "Surn"))
    if any(f & WordClass.PATRONYMIC and not f & WordClass.COMMON for f in flags):
        return True
    named = [i for i, f in enumerate(flags) if f & WordClass.NAME_READING]
    return any(flags[j] & WordClass.SURNAME_POSSIBLE for i in named for j in range(len(words)) if j != i) or (
        bool(flags[0] & WordClass.SURNAME_READING) and not flags[1] & WordClass.KNOWN)  # "по Юдиной Ие"


# ----- a name in the other script ---------------------------------------------------------------
# A foreigner's record gives the name twice, in Latin letters and in Cyrillic, naming the script:
# "(в мед. док. кириллицей: Исмоилов Фаррух)", "ФИО латиницей: ...", "по-русски: ...". After such a label
# the capitalised words are the name, whatever the dictionary says of them.
_SCRIPT_LABEL = re.compile(
    r"(?:кириллиц\w*|латиниц\w*|по-русски)[ \t]*[:\-–—][ \t]*"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]+){1,2})(?![\w\-])"
)


def script_label_names(text: str) -> Iterator[tuple[int, int]]:
    """Cyrillic names after a label naming the script (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, ("кириллиц", "латиниц", "по-русски")):
        found = _SCRIPT_LABEL.match(text, start)
        if found is not None:
            yield found.span("name")


# ----- a message's signature ---------------------------------------------------------------------
# A message from a relative ends with thanks and the writer's first name: "спасибо, Надежда", "Заранее
# благодарю, Олимпиада". After the closing formula and its comma a capitalised word that reads as a first
# name (also one that is an ordinary word) is the writer; "спасибо, доктор" stays in lower case.
_CLOSINGS = ("спасибо", "благодарю", "благодарим", "уважением")
_SIGNATURE = re.compile(r"[а-яё]+[ \t]*,[ \t]*(?P<name>[А-ЯЁ][а-яё]+)(?![\w\-])")


def signature_names(text: str) -> Iterator[tuple[int, int]]:
    """First names after a message's closing thanks (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _CLOSINGS):
        found = _SIGNATURE.match(text, start)
        if found is not None and word_class(found.group("name")) & WordClass.NAME_READING and not _cases(found.group("name").lower(), "ADJF"):
            yield found.span("name")  # ("Спасибо, Дорогая": an adjective, no name)


def cue_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of every grammar of this module."""
    yield from kin_names(text)
    yield from speaker_names(text)
    yield from reported_names(text)
    yield from po_names(text)
    yield from script_label_names(text)
    yield from signature_names(text)
    yield from ward_names(text)
