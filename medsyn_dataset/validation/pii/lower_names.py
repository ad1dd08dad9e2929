"""Full names written in lower case: "пациентка иванова мария петровна", "сын олег викторович".

Hurried and dictated records drop capitals, and then the word shapes the chain recognizer starts
from are gone. A patronymic still gives a name away by its grammar: a first name right before a
patronymic ("мария петровна") is a person whatever its case, and a surname may stand before or after
the pair. Both words must be read so by pymorphy3 with no ordinary reading of the patronymic
("ровна", "главная", "основная" hold the same letters); the first name may also be a word ("вера
ивановна"). Two initials next to a surname ("белоусов м.и.", "а.п. сидоров") give it away too, and so does a
journal entry's date before a surname ("26.10 николаева 43л", :func:`entry_subject`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import digit_runs, lowered, matches_at, word_starts
from medsyn_dataset.validation.pii.lower_name_pairs import may_open_pair, name_pair_end
from medsyn_dataset.validation.pii.lower_name_words import (
    LOWER_SURNAME_ENDS,
    PAIR_ONLY,
    first_name,
    first_name_reading,
    is_kind,
    is_surname,
    lower_surname,
    name_part,
    opens_name,
    opens_name_or_pair,
    role_surname,
    surname_by_dictionary,
)
from medsyn_dataset.validation.pii.morph import WordClass, is_abbreviation, word_class
from medsyn_dataset.validation.pii.unlettered import unlettered_starts

# how patronymics end, in every case ("-ович", "-евна", "-ична", "-ичем", "-овной"): a core, then
# one of its case endings up to the word's end (a cheap test that rules out "основная", "давно")
_FEMALE_ENDING = re.compile(r"(?:а|ы|е|у|ой|ою)(?![а-яё\-])")
_PATRONYMIC_PARTS = {
    "вич": re.compile(r"(?:а|у|ем|е)?(?![а-яё\-])"),
    "вн": _FEMALE_ENDING,  # (one scan for "-овна", "-евна"; "-ична" and "-инична" below)
    "ичн": _FEMALE_ENDING,
}
# each part where one of its endings follows ("основная", "давно": none): one scan per part, which opens with the
# part's letters, a literal the engine skips to (a ``find`` loop stopped in Python at every "вн" of a note, ~20 a note)
_PATRONYMIC_SCANS = tuple(re.compile(f"{part}(?={ending.pattern})") for part, ending in _PATRONYMIC_PARTS.items())
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?")
_WORD_BEFORE = re.compile(r"([а-яё]+(?:-[а-яё]+)?)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([а-яё]+(?:-[а-яё]+)?)(?![\w\-])")


def lower_case_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of full names written in lower case (see the module's docstring)."""
    lower = lowered(text)
    if not lower:
        return
    seen: set[int] = set()
    for found in (found for scan in _PATRONYMIC_SCANS for found in scan.finditer(lower)):
        position = found.start()
        if lower[position - 2 : position].isalpha():  # ("вне", "внутрь": no patronymic's stem)
            start = position
            while start and lower[start - 1].isalpha():
                start -= 1
            if start not in seen and text[start : start + 1].islower():
                seen.add(start)
                span = _full_name(text, start)
                if span is not None:
                    yield span
    yield from _after_patient_word(text, lower)
    yield from _after_kin_word(text, lower)
    yield from _after_role_word(text, lower)
    yield from _self_named(text, lower)
    yield from _with_initials(text, lower)
    yield from _after_entry_date(text)


_SURNAME_WORD = r"(?P<word>[а-яё]++)"
# the cue's own ending is checked after the match ("пациентка", "больного"; not "пациентов", "больница"); each
# pattern opens with its literal word, which the regex engine skips to
# (and their hurried forms: "пац. дьячкова", a form's "фио мартынова", a booking's "запись федосеевой на 14.06": the
# record of whom)
_PATIENT_CUES = tuple(
    (cue, re.compile(rf"{cue}(?P<ending>[а-яё]{{0,3}})\.?[ \t]*[:\-–—]?[ \t]*{_SURNAME_WORD}"))
    for cue in ("пациент", "больн", "пац", "фио", "запис", "пац-", "клиент", "б-")
)
# ("пац-" is the hyphen's contraction of the patient words, "пац-ка иванова", "пац-т абрамов", as the capitalised
# trigger reads it: :data:`.name_triggers.TRIGGER`)
_CUE_ENDINGS = {"пациент": frozenset("|ка|а|у|ом|е|ки|ке|кой|ку".split("|")), "больн": frozenset("ой ая ого ому ую".split()),
                "пац": frozenset({""}), "фио": frozenset({""}), "запис": frozenset({"ь"}),
                "пац-": frozenset("т та ту том ка ки ке ку кой тка тки тке тку".split()),
                # (a paid clinic's word for its patient, "клиент", "клиентка": its CRM's and its administrator's)
                "клиент": frozenset("|ка|а|у|ом|е|ки|ке|кой|ку".split("|")),
                # (and the hyphen's contraction of "больной", "больная" in a hurried record: "б-ая бобылева лариса 51л",
                # "б-ной ершов", as the capitalised trigger reads it)
                "б-": frozenset("ая ой ной ная ого ому ую".split())}


# The bare "пац" cue takes no ending, and every "пациент..." of a note is also a "пац" match, with an ending:
# ~8 a note read and dropped one by one. Its pattern below skips them in the scan itself. At a "пац" with four
# letters or more after it, the full pattern takes three of them as the ending and the rest of the letters as the
# word (so it is dropped, and ends where those letters end); anywhere else the two patterns match alike. Skipping
# such a match changes only where the scan goes on: inside those letters, where any "пац" has a letter before it
# (dropped too). Should the skipping pattern find one there, whose own match could reach past those letters, the
# note is read with the full pattern instead (:func:`_cue_matches`).
_BARE_PAC = re.compile(_PATIENT_CUES[2][1].pattern.replace("пац(?P<ending>", "пац(?![а-яё]{4})(?P<ending>", 1))
assert _PATIENT_CUES[2][0] == "пац" and _BARE_PAC.pattern != _PATIENT_CUES[2][1].pattern


def _cue_matches(anchor: str, pattern: re.Pattern[str], lower: str) -> list[re.Match[str]]:
    """What ``pattern.finditer(lower)`` finds, but the bare "пац" cue's matches with an ending (dropped by the
    caller for that ending), as explained above."""
    if anchor != "пац":
        return list(pattern.finditer(lower))
    found = list(_BARE_PAC.finditer(lower))
    if any(cue.start() and lower[cue.start() - 1].isalpha() for cue in found):
        return list(pattern.finditer(lower))  # (a "пац" inside a word: read as before, rare)
    return found


# each cue's word alone, for the cue index (:func:`_after_patient_word`)
_CUE_WORDS = {anchor: (anchor,) for anchor, _ in _PATIENT_CUES}


def _after_patient_word(text: str, lower: str) -> Iterator[tuple[int, int]]:
    for anchor, pattern in _PATIENT_CUES:
        # (a cue is read only where its word stands with no letter before it, whatever the scan finds elsewhere: where it
        # stands so nowhere, :mod:`.unlettered`, the scan is skipped; a ``str.find`` for each cue's word cost ~1.5 us)
        starts = unlettered_starts(text, lower, _CUE_WORDS[anchor])
        if not starts and (starts is not None or anchor not in lower):
            continue
        for cue in _cue_matches(anchor, pattern, lower):
            if cue.group("ending") not in _CUE_ENDINGS[anchor] or (cue.start() and lower[cue.start() - 1].isalpha()):
                continue
            opens = opens_name_or_pair(cue.group("word"))
            if not opens or not text[cue.start("word")].islower():
                continue
            if opens == PAIR_ONLY:  # ("пац. исай николаев", "пациентом саргсяном ашотом": :mod:`.lower_name_pairs`)
                pair_end = name_pair_end(text, cue.start("word"))
                if pair_end:
                    yield cue.start("word"), pair_end
                continue
            yield cue.start("word"), _rest_of_name(text, cue.end("word"))


# Initials after a lower-case surname that a cue opened, as hasty notes write them: without their stops, in
# capitals ("пац-ка абрамов МУ") or in lower case with a space ("пац-ка иванова о к", "дочь шилова л э"), or with
# stops ("сын петров а.и."); not an abbreviation of two letters ("т.е.", ``_NOT_INITIALS``), nor a measure's
# ("пац-ка иванова АД 150/90": a digit after them, or one of ``_NOT_CAPITALS``)
_INITIALS_AFTER = re.compile(r"[ \t]+(?:(?P<capitals>[А-ЯЁ]{2})|(?P<one>[а-яёА-ЯЁ])\.?[ \t]?(?P<two>[а-яёА-ЯЁ])\.?)(?![\w\-]|[ \t]*\d)")
_NOT_CAPITALS = frozenset("АД ЧД СД ИМ ОК ХС ЖК РФ МО ЛС ЧМТ".split())


def _rest_of_name(text: str, end: int) -> int:
    """Where a lower-case name that opens with the word ending at ``end`` ends: its initials, or up to three words
    that read as its first name, patronymic or particle (:func:`name_part`)."""
    initials = _INITIALS_AFTER.match(text, end)
    if initials is not None:
        capitals = initials.group("capitals")
        if capitals not in _NOT_CAPITALS and (capitals or (initials.group("one") + initials.group("two")).lower() not in _NOT_INITIALS) \
                and initials.group().lstrip(" \t") not in _TWO_LETTER_WORDS:
            return initials.end()
    for _ in range(3):
        after = _WORD_AFTER.match(text, end)
        if after is None or not name_part(after.group(1)):
            break
        end = after.end(1)
    return end


# A relative named in lower case right after the word for them, as hasty notes and dictation write it ("дочь гущина
# майя (8995...) просит", "звонили родственники зайцев амвросий", "дочь шилова л э в курсе", "Дочь анна (8956...)"):
# there a lower-case surname (as after "пациент") opens a name, its first name and initials going with it; or a
# word that reads only as a first name ("анна", "нинель"; not "вера", "роза", "любовь", ordinary words too) is one.
# (The kin words a capitalised name follows are :data:`.name_triggers.TRIGGER`'s; these are its lower-case reading.)
_KIN_CUES = ("доч", "сын", "муж", "жен", "мат", "отец", "отц", "брат", "сестр", "родственни")
_KIN_NAME = re.compile(
    r"(?:доч(?:ь|ери|ерью)|сын(?:а|у|ом)?|муж(?:а|у|ем)?|жен(?:а|ы|е|у|ой)|мат(?:ь|ери|ерью)|от(?:ец|ца|цу|цом)|брат(?:а|у|ом)?"
    r"|сестр(?:а|ы|е|у|ой)|родственни(?:к|ки|ков|кам|ка|ку|ком|ца|цы|це|цу))(?![а-яё\-])[ \t]*[:\-–—]?[ \t]*(?P<word>[а-яё]+)(?![\w\-])"
)


def _after_kin_word(text: str, lower: str) -> Iterator[tuple[int, int]]:
    # (tried only where a kin word starts a word, from the shared cue index)
    for found in matches_at(_KIN_NAME, lower, word_starts(lower, _KIN_CUES)):
        start, word = found.start("word"), found.group("word")
        if not text[start].islower():
            continue  # (capitalised names are the chain recognizer's)
        if opens_name(word):
            yield start, _rest_of_name(text, found.end("word"))
        elif word_class(word) & (WordClass.NAME | WordClass.COMMON) == WordClass.NAME:
            yield start, _rest_of_name(text, found.end("word"))  # (and a patronymic, a surname: "сын олег викторович")


# A person named in lower case right after the word for their role or a verb of speaking with them, as hurried and
# dictated records write it ("м/с ефимова", "водитель агафонов демьян", "бригадиром мамедовой севиндж", "доктор
# владимиров", "со слов уваровой а.к", "созвон с корниловой", "осм. совм. с зав.отд.шаровым мокеем"): the lower-case
# reading of the staff titles and speech cues after which a capitalised word is a name (:data:`.name_triggers.TRIGGER`),
# as :func:`_after_kin_word` reads its kin words. Only a surname opens the name here (by the dictionary, in any case,
# "шаровым", "мамедовой"; a role's ordinary word after the cue, "врач терапевт", "со слов матери", is none); its first
# name or initials go with it (:func:`_rest_of_name`).
# (a cue's word where the scan starts: "зав." with its stop, as "завтра", "зависит" start so too; not "врач" nor "доктор", in most
# notes before an ordinary word, "врач терапевт", "врача общей практики")
_ROLE_CUES = ("м/с", "медсестр", "медбрат", "фельдшер", "зав.", "водител", "вод.", "бригадир", "пострадавш",
              "диспетчер", "санитар", "акушерк", "со слов", "звонил", "созвон", "совм", "согл", "сдал", "принял",
              "ответственн", "осм.", "допуск")
_ROLE_NAME = re.compile(
    r"(?:м/с|медсестр(?:а|ы|е|у|ой)|медбрат(?:а|у|ом)?|фельдшер(?:а|у|ом)?"
    r"|зав\.(?:[ \t]?отд\.)?|водител(?:ь|я|ю|ем)|вод\.|бригадир(?:а|у|ом)?|пострадавш(?:ий|ая|его|ей|ему|им)"
    r"|диспетчер(?:а|у|ом)?|санитар(?:а|у|ом|ка|ки|ке|кой)?|акушерк(?:а|и|е|у|ой)"
    # (speaking with one: "со слов", "звонила", "созвон с", "осм. совм. с", "согл. с"; taking over a shift: "Пост сдала:
    # м/с ...", "Смену приняла ...", "Ответственная: ...", a driver's "допуск - ...")
    r"|со[ \t]+слов|звонил[аи]?|созвон(?:ились)?[ \t]+с|совм(?:\.|естно)?[ \t]*с|согл(?:\.|асовано)?[ \t]+с"
    # (not a bare "приняла": "приняла валосердин" is a drug)
    # (and a shift's: "Смену приняла ...", "пост сдала ...", "приняла м/с ...")
    r"|(?:сдал|принял)[аи]?(?:[ \t]*:)?[ \t]+(?:дежурн\w+[ \t]+)?м/с|(?:(?<=смену )|(?<=пост ))(?:сдал|принял)[аи]?"
    r"|ответственн(?:ый|ая)|осм\.|допуск)"
    # (a cue with its stop may have its name glued on: "зав.отд.шаровым")
    r"(?:(?<=\.)|(?![а-яё]))[ \t]*[:\-–—]?[ \t]*(?P<word>[а-яё]+)(?![\w\-])"
)


def _after_role_word(text: str, lower: str) -> Iterator[tuple[int, int]]:
    for cue in word_starts(lower, _ROLE_CUES):  # (each cue on its own: "совм. с зав.отд.шаровым" holds two)
        found = _ROLE_NAME.match(lower, cue)
        if found is None:
            continue
        start, word = found.start("word"), found.group("word")
        if text[start].islower() and role_surname(word):
            yield start, _rest_of_name(text, found.end("word"))
        elif text[start].islower() and may_open_pair(word) and (pair_end := name_pair_end(text, start, guessed=True)):
            yield start, pair_end  # "звонила галина зимина", "созвон с нинелью макаровой": the first name first


def _full_name(text: str, start: int) -> tuple[int, int] | None:
    patronymic = _WORD.match(text, start)
    if patronymic is None or not is_kind(patronymic.group(), WordClass.PATRONYMIC, strict=True):
        return None
    first = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if first is None or not first_name(first.group(1)):
        return None
    begin, end = first.start(1), patronymic.end()
    surname = _WORD_BEFORE.search(text, max(0, begin - 30), begin)
    if surname is not None and is_surname(surname.group(1)):
        begin = surname.start(1)
    else:
        after = _WORD_AFTER.match(text, end)
        if after is not None and is_surname(after.group(1)):
            end = after.end(1)
    return begin, end


# A caller or a patient names themself in a transcript of speech, which writes no capitals: "да это уварова анжела
# я приду", "меня зовут карим алишеров". After "это" or "зовут" a lower-case surname (by the dictionary or its
# ending, as after "пациент") and a word with a first name's reading, in either order, are a name (a
# patronymic may follow). Both words are needed: one word after "это" is a sentence's subject as often ("это
# связано", "это сидоров" is rare, "это норма" common).
_SELF_NAMING = re.compile(r"(?:это|зовут)[ \t,:\-–—]+(?P<one>[а-яё]+)[ \t]+(?P<two>[а-яё]+)(?![\w\-])")


_SELF_NAMING_CUES = ("это", "зовут")


def _self_named(text: str, lower: str) -> Iterator[tuple[int, int]]:
    # (tried only where the cue words start a word, from the shared cue index: "это" is in most notes)
    for found in matches_at(_SELF_NAMING, lower, word_starts(lower, _SELF_NAMING_CUES)):
        start, end = found.start("one"), found.end("two")
        if not (text[start].islower() and text[found.start("two")].islower()):
            continue  # (capitalised names are the chain recognizer's)
        one, two = found.group("one"), found.group("two")
        if not (lower_surname(one) and first_name_reading(two)) and not (first_name_reading(one) and lower_surname(two)):
            continue
        after = _WORD_AFTER.match(text, end)
        if after is not None and is_kind(after.group(1), WordClass.PATRONYMIC, strict=True):
            end = after.end(1)
        yield start, end


# A journal line, a form's field or a hasty note writes a surname with its initials all in lower case: "11.12
# белоусов м.и. 33л", "ф.и.о. фомин ф.е.", "с фельдшером сидоровым а.п.", "а.п. сидоров". Two initials (a letter
# and a stop each, maybe a space between) next to a word the dictionary reads as a surname (no ordinary reading:
# "больной т.е." stays clean) are a name. The scan opens with the first initial's stop, a literal the engine skips
# to; the letter before it is checked in Python. Lower-case abbreviations of two letters are no initials.
_SECOND_OF_INITIALS = re.compile(r"\. ?[а-яё]\.(?![а-яё])")
# (abbreviations: "т.е.", "и.о.", "в.в."; places' kinds "р.п.", "с.п.", "г.о.", "н.п." before a settlement's name;
# "г.р.", "д.р." of a birth)
_NOT_INITIALS = frozenset("те тк тд тп тч то ио вв пп мб нв сг тс рп сп го мр нп гр др ед ме вд сш юш".split())
# two-letter words after a name, which read as two initials with no stop and no space: "клиент герасимова не пришел"
_TWO_LETTER_WORDS = frozenset("не ни на но по до из от за же ли бы да уж во со ко об".split())


def _with_initials(text: str, lower: str) -> Iterator[tuple[int, int]]:
    for found in _SECOND_OF_INITIALS.finditer(lower):
        first = found.start() - 1
        if first < 0 or not lower[first].isalpha() or (first and (lower[first - 1].isalpha() or lower[first - 1] == ".")):
            continue
        if lower[first] + lower[found.end() - 2] in _NOT_INITIALS:
            continue
        before = _WORD_BEFORE.search(lower, max(0, first - 30), first)
        if before is not None and text[before.start(1)].islower() and surname_by_dictionary(before.group(1)):
            yield before.start(1), found.end()
            continue
        after = _WORD_AFTER.match(lower, found.end())
        if after is not None and text[after.start(1)].islower() and surname_by_dictionary(after.group(1)):
            yield first, after.end(1)


# A journal's entry names whom it is about right after its date, maybe after its time, as a register's or a call log's
# row does: "26.10 николаева 43л аул ...", "12.08 15:30 носова м.б. звонила", "02.08 дашиев пациент ...", "14.12 прохоров
# 57л ...". The date is a cue as "пациент" is: a lower-case surname there (:func:`opens_name`) opens a name, with its
# first name or initials; one that is also an ordinary word ("быков", "сухой") only with a first name, initials or an
# age after it ("быков 68л"; "12.03 сухой кашель" is a complaint). A capitalised surname with initials ("03.06 Нурланов
# А.Т.") is the chain recognizer's name, and tells the date all the same (:func:`entry_subject`).
# (a journal may set its date off by a dash or a bar: "16.05.22 — ершов в.в., и/б 1580", "08.08 03:24 | архипова в.д.")
_AFTER_ENTRY_DATE = re.compile(
    r"(?:[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d)?(?:[ \t]+[|—–\-])?[ \t]+(?P<word>[а-яёА-ЯЁ][а-яё]+)(?![\w\-])")
_ENTRY_DATE = re.compile(r"(?P<day>\d\d?)\.(?P<month>\d\d)(?:\.(?:\d{4}|\d\d))?(?![\d.,/\-:]\d)")
_AGE_AFTER = re.compile(r"[ \t]+\d{1,3}[ \t]?(?:л|лет|г)(?:\.|(?![а-яё]))")


def entry_subject(text: str, position: int) -> tuple[int, int] | None:
    """The name that opens a journal's entry whose date ends at ``position`` (see above), else None."""
    found = _AFTER_ENTRY_DATE.match(text, position)
    if found is None:
        return None
    word, end = found.group("word"), found.end("word")
    if word[0].isupper():
        initials = _INITIALS_AFTER.match(text, end)
        surname = is_surname(word) or (word.endswith(LOWER_SURNAME_ENDS) and not word_class(word) & WordClass.COMMON)
        return (found.start("word"), initials.end()) if initials is not None and surname else None
    if not word.endswith(LOWER_SURNAME_ENDS) or not opens_name(word):
        return _stopped_initials_after(text, found.start("word"), end)
    name_end = _rest_of_name(text, end)
    if name_end == end and _AGE_AFTER.match(text, end) is None and (word_class(word) & WordClass.COMMON or (
            not word_class(word) & WordClass.KNOWN and not _another_entry(text, position))):
        return None  # (review C r21, finding 5: a guessed "-ова" alone, "12.03 вирусова м.б.", with no journal around it)
    return found.start("word"), name_end


# two initials with their stops after a lower-case word ("кварацхелия т.т.", "пак в.г.", "ершов в.в."): a surname of
# any origin or ending opens the entry, not a word of the note ("12.03 осмотр", "12.03 ОАК")
_STOPPED_INITIALS = re.compile(r"[ \t]+[а-яё]\.[ \t]?[а-яё]\.(?![а-яё])")


def _stopped_initials_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    initials = _STOPPED_INITIALS.match(text, end)
    if initials is None or word_class(text[start:end]) & WordClass.COMMON or _study_abbreviation(text[start:end]):
        return None
    return start, initials.end()


_NAME_READINGS = (WordClass.NAME | WordClass.SURNAME | WordClass.SURNAME_POSSIBLE | WordClass.SURNAME_READING
                  | WordClass.NAME_READING)
_VOWELS = frozenset("аеёиоуыэюя")


def _study_abbreviation(word: str) -> bool:
    """A study's or an organ's abbreviation typed in lower case before an organ's ("12.03 мрт г.м.", "05.06 — узи
    щ.ж.", "фгдс ж.к."): a word without a vowel, one of three letters or fewer with no name's reading, or an
    abbreviation the dictionary knows; no surname opens the entry (a short one, "ким", "цой", has its reading)."""
    lower = word.lower()
    flags = word_class(lower)
    return (not _VOWELS.intersection(lower) or (len(lower) <= 3 and not flags & _NAME_READINGS)
            or is_abbreviation(lower))


# another entry's date before a word elsewhere in the note: a journal's layout (a word the dictionary does not know,
# the guesser's surname, opens an entry only in one)
_ANY_ENTRY_DATE = re.compile(r"(?<![\d.,/\-:])(?P<date>\d\d?\.\d\d(?:\.(?:\d{4}|\d\d))?)(?![\d.,/\-:]\d)"
                             r"(?:[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d)?[ \t]+[а-яёА-ЯЁ]")


def _another_entry(text: str, position: int) -> bool:
    return any(date.end("date") != position for date in _ANY_ENTRY_DATE.finditer(text))


def _after_entry_date(text: str) -> Iterator[tuple[int, int]]:
    for run in digit_runs(text):
        end = run.end()
        if text[end : end + 1] != "." or not text[end + 1 : end + 3].isdigit():  # (a decimal's "36.6", "0.5": most)
            continue
        start = run.start()
        if end - start > 2 or (start and text[start - 1] in ".,/-:"):
            continue
        date = _ENTRY_DATE.match(text, start)
        if date is None or not (1 <= int(date.group("day")) <= 31 and 1 <= int(date.group("month")) <= 12):
            continue
        name = entry_subject(text, date.end())
        if name is not None and text[name[0]].islower():
            yield name
