"""PERSON: the context that makes a capitalised word a name: a word for a person before it (a
field's label, a patient, a relative, a doctor's title), a relation in brackets after it, a staff
title right before a surname that is also an ordinary word.

Split out of :mod:`.names`; also used by :mod:`.name_promotion`, :mod:`.name_layouts` and
:mod:`.name_fields` (through :mod:`.names`, which re-exports ``is_title_word`` and ``triggered``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.folded import FoldedPattern
from medsyn_dataset.validation.pii.morph import WordClass, surname_after_trigger, word_class
from medsyn_dataset.validation.pii.name_lists import born_after
from medsyn_dataset.validation.pii.name_words import EPONYM_BEFORE, ROLE_CUES

# Words after which a capitalised word is a name: labels of a name field, words for a patient, a
# relative, a doctor or nurse (titles, specialties), naming and speech ("представилась как", "со
# слов", "звонила"). The name may follow a colon, dash, bracket, quote or a signature line ("____").
TRIGGER = re.compile(
    r"(?:^|[^\w])(?:"
    r"имя|фио|ф\.\s?и\.\s?о\.?|фамили[яией]|отчество|по\s+имени|с\s+фамилией|зовут|абонент\w*|исполнител\w*|составил\w*"
    # an official letter's executor ("Исп. Петров, тел. ..."); the name a patient gives themself ("называет себя «Женя»")
    r"|исп\.|(?:называ(?:ет|ют|л[аи]?)|назвал[аи]?|просит\s+называть)\s+себя"
    # who is on duty and who keeps a hearing's minutes ("Принял: дежурный Мишина", "секретарь Уваров")
    # (and who chairs a commission: "подписано председателем комиссии Русаковым", "председатель ВК Орлова")
    r"|дежурн(?:ый|ая|ого|ой|ому|ым|ую)|секретар[ьяюеё]\w*(?:\s+судебного\s+заседания)?"
    r"|председател[ьяюеё]\w*(?:\s+(?:врачебной\s+|подкомиссии|)(?:комисси[ияей]|вк|суда))?"
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
    r"|фельдшер\w*|акушер\w*|лаборант\w*|ординатор\w*|лечащ\w+|подпись\w*|консультант\w*|\w*терапевт\w*|\w*хирург\w*|фармацевт\w*|провизор\w*"
    r"|ассистент\w*|анестезист\w*|медбрат\w*|санитар\w*|водител\w*|диспетчер\w*|регистратор\w*"  # a team's roles
    r"|куратор\w*|координатор\w*|менеджер\w*" + ROLE_CUES +  # an insurer's or a clinic's contact person
    # a migrant worker's contacts: the foreman or employer who calls, brings or vouches for them, a compatriot, one who
    # comes along ("Вызывающий: бригадир Холматов", "земляк — Диалло А.", "сопровождающий Умаров")
    r"|бригадир\w*|прораб\w*|работодател\w*|земляк\w*|землячк\w*|сопровождающ\w*|переводчик\w*"
    # (an epidemiologist's record names a workplace's people the same way: "прораб Лавр", "работодатель Ким"); the
    # colloquial kin word a ward's patients use ("баба Валя"; not "дед": "Дед Мороз")
    r"|баб(?:а|ы|е|у|ой)"
    # who visits or looks after the patient, named as the verb's subject ("навещает только Коля", "ухаживает Люба")
    r"|навеща(?:ет|ют|л[аи]?)(?:\s+(?:только|также|ежедневно|регулярно))?|ухажива(?:ет|ют|л[аи]?)"
    # a statement's or a power of attorney's opening and whom it entrusts: "Я, Меркушев, паспорт ...", "доверяю
    # Меркушевой получать ..." (a comma after "я": "я Иванову сказала" is speech, and reads as a name anyway)
    r"|я,|доверя(?:ю|ет|ем)"
    r"|окулист\w*|\w+олог(?:а|у|ом|е|и|ами)?|\w+иатр(?:а|у|ом|е|ы)?"
    r"|вызывающ\w*|вызвал[аи]?|вызыва(?:ет|ют)|вызов\s+принят\w*|уполномоченн\w*|вакцинатор\w*|прививочн\w+\s+(?:м/с|медсестр\w*)"
    # abbreviated "a relative", "a contact person": "родств. Дилноза", "конт. лицо Мина", "контактное лицо: ..."
    r"|родств\.|род-к\w*|конт(?:\.|актн\w+)\s*лиц\w*"
    # (who dispensed a procedure in a physiotherapy or procedure book: "радоновая ванна 12 мин, отпустила Юлдашев"; the
    # name is the verb's subject right after it, and a stop or a comma closes a symptom's clause instead: "Приступ
    # отпустил, Нитроминт 1 доза")
    r"|отпустил[аи]?(?![ \t]*[,.;])"
    r"|присутствовал\w*|в\s+составе|опрошен\w*|член\w*\s+семьи|участник\w*"  # a list's cue: "Присутствовали: Петров, ..."
    # (and whom to call back: "Перезвонить Журавлевой после 15:00")
    # (who writes a message, and whom a parent's message is about: "В чате клиники написала Маша: ...", "мама пишет:
    # Рустик третий день кашляет", "Мама пишет в чате: «Катя опять температурит»")
    r"|(?:пиш(?:ет|ут)|написал[аи]?)(?:\s+в\s+чат[еу])?"
    r"|со\s+слов|звон(?:ил[аи]?|ит|ят)|(?:пере|по)звонить|сообщено|(?:представил|назвал)(?:ся|ась|ись)(?:\s+как)?|записан[аы]?(?:\s+как)?"
    # (a bracketed word closes: "(подпись) Гришин", the mark a signature's copy leaves)
    r")(?:\)|\s*\([^)\n]{0,30}\)|[ \t]*/[ \t]*[а-яё]+)?[\s_/:,\-–—(«\"“„]*$",
    re.IGNORECASE,
)
# the name cues as searched in the window before each chain (the same answers, ~3x faster: :mod:`.folded`)
TRIGGER_FOLDED, EPONYM_FOLDED = FoldedPattern(TRIGGER), FoldedPattern(EPONYM_BEFORE)
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
# The words of those titles by how they start, for a gate before :func:`staff_surname` (:mod:`.names`): a word is
# tried only when one of them starts a word in the pattern's window before it. (Read off the shared cue index of the
# lowered note, whose word starts are those of the pattern's ``(?:^|[^\w])``; trusted for a note in the code page
# alone, where ``re.IGNORECASE`` matches a Cyrillic letter only in its two cases, as ``str.lower`` folds them: not
# "ᲁ", folded onto "д".) Every alternative of ``_STAFF_TITLE`` opens with one of them (a test says so).
STAFF_STEMS = ("врач", "доктор", "д-р", "др.", "проф", "доц", "акад", "к.", "д.", "зав", "медсестр", "м/с", "фельдшер",
               "акушерк", "ординатор", "лаборант", "интерн", "ассистент", "анестезист", "медбрат", "санитар", "водител",
               "диспетчер", "регистратор", "вакцинатор", "уполномоченн")
STAFF_WINDOW = 40  # (characters before the surname where its title is looked for)
_STAFF_TITLE_ENDS = ("врач", "доктор", "д-р", "др.", "проф", "доц", "акад", "к.м.н", "д.м.н", "м.н.", "н.", "зав", "отд",
                     "заведующ", "медсестр", "м/с", "фельдшер", "акушерк", "ординатор", "лаборант", "интерн", "ассистент",
                     "анестезист", "медбрат", "санитар", "водител", "диспетчер", "регистратор", "вакцинатор",
                     "уполномоченн")
_NAME_CLOSES = re.compile(r"[ \t]*(?:[.,:;)]|$|\n)")
# a relation in brackets right after a name is a trigger too: "Олимпиада (дочь)", "Иванов (сосед)"
RELATION_AFTER = re.compile(
    r"[ \t]*\((?:дочь|сын|мать|отец|муж|жена|супруг|супруга|брат|сестра|внук|внучка|сосед|соседка|родственни\w*"
    r"|бабушка|дедушка|опекун|представитель)\)"
    # or after a comma, as an apposition ("Это Айгуль, жена.")
    r"|,[ \t]*(?:дочь|сын|мать|отец|муж|жена|супруга|брат|сестра|внучка|внук|соседка|сосед|бабушка|дедушка|опекун)(?=[\s.,;!?]|$)",
    re.IGNORECASE,
)
# A first name addressed before a polite imperative ("— Вера, пришлите, пожалуйста, фото", "Коля, подождите"): a
# verb in "-ите"/"-йте" right after the comma. Only for a word the dictionary reads as a first name: a drug is
# addressed so in instructions ("Нурофен, примите ..." is no one).
# (or a clause that speaks to "вы" right after the comma, as a reminder or an invitation opens: "Вера, ждём вас
# 12.03", "Анна, напоминаем вам о визите", "Роман, ваш анализ готов")
VOCATIVE_AFTER = re.compile(r",[ \t]+(?:(?:пожалуйста,?[ \t]+)?[а-яё]{2,}(?:ите|йте)(?:сь)?"
                            r"|(?:[а-яё]{2,}[ \t]+){0,2}(?:вас|вам|вы|ваш[аеуи]?|вашего|вашей)"
                            # (a clinic's reminder speaks as "we" to its reader: "Стоян Белов, напоминаем о приёме")
                            r"|(?:напомина|сообща|приглаша|информиру|уведомля)ем)(?![а-яё])")
# where a message opens (a quote, after a colon: an SMS log's text, "«Айтал, ждём вас на донацию»"): a name
# there with a vocative after it is the addressee's, whatever the dictionary reads it as
MESSAGE_OPENS = re.compile(r"[«\"“„:][ \t]*$")


def staff_surname(text: str, start: int, end: int) -> bool:
    """A capitalised word (not in capitals, not a title or specialty) right after a staff title,
    where the name ends: "зав. отделением Мельник.", "с к.м.н. Беловой", "д-ра Волковой:"."""
    if end - start < 3 or text[start - 1 : start] not in (" ", "\t") or not _NAME_CLOSES.match(text, end):
        return False  # (the cheap tests first: this runs for every capitalised ordinary word)
    word = text[start:end]
    last = text[text.rfind(" ", max(0, start - STAFF_WINDOW), start - 1) + 1 : start].strip().lower()
    if not (word[1:].islower() and last.startswith(_STAFF_TITLE_ENDS)):
        return False
    if not _STAFF_TITLE.search(text, max(0, start - STAFF_WINDOW), start) or is_title_word(word):
        return False
    return not (word.lower().endswith(FIELD_ENDINGS) and word_class(word) & WordClass.COMMON)  # "отделением Неврологии"


FIELD_ENDINGS = ("ия", "ии", "ию", "ией")



# how the surnames that are also words end ("Стрелков", "Орехова", "Лапина", "Мельник", "Кузнец", "Бабич"): a test
# of the last letters before the cached dictionary look-up
SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ий", "ой", "ая", "ых", "их", "ко", "ук", "юк",
                 "ик", "ец", "ич", "ян", "ой", "ове", "еве", "ову", "еву", "ине", "ину", "ым")  # (and oblique: "о больном Орехове")


def cued_lone_surname(text: str, start: int, end: int) -> bool:
    """One capitalised word that is also an ordinary one, where the context makes it a surname: after a
    word for a person in lower case ("где врач Стрелков отказал", "Вызывает: жена Орехова") or before a
    year of birth. (The word's surname reading, cached, is tested first: this runs for every
    capitalised ordinary word.)"""
    word = text[start:end]
    if not word.endswith(SURNAME_ENDS) or not word[1:].islower() or not surname_after_trigger(word.split("-")[0]):
        return False
    if born_after(text, end, word) or RELATION_AFTER.match(text, end):
        return True  # (a year of birth, or the person's relation in brackets: "Вызывает: Русаков (сосед)")
    # the person word right before it, no colon or bracket between ("Пациент: Женщина, 27 лет", "(со слов)
    # Холестерин - норма": a field's value or a new sentence, no name)
    # (or a list's dash between the person word and the name: "3) сын — Лапин, +7 ...", a phone tree's line)
    return (text[start - 1 : start] in (" ", "\t")
            and (text[max(0, start - 2) : start - 1].isalpha() or text[max(0, start - 4) : start - 1] in (" — ", " – "))
            and _triggered(text, start) and not is_title_word(word))



# A woman's surname in an oblique case, "-овой", "-евой", "-иной" ("приём у Петровой", "выписан Мишиной", "При Журавлевой
# находилась дочь", "В отношении Нагиевой"): in mid-sentence a capitalised word so ended is a surname or a street's
# or a place's adjective ("на Садовой", "ул. Полевой", "Луговой улице"), so it is a person away from the words of a
# street or a place and not where a sentence starts
_OBLIQUE_FEMININE = ("овой", "евой", "ёвой", "иной", "ыной")
_PLACE_WORD_BEFORE = re.compile(
    r"(?:^|[\s(])(?:на|по|в|во|из|до|от|около|возле|угол|ул|улиц[аеыу]|пр|пр-т|пр-кт|пер|просп|наб|ш|пл|площад[иь]|им|имени|г|д"
    r"|п|пос|ст|станци[яи]|метро|м|с\.)\.?[ \t]+$", re.IGNORECASE)
# ("с" with its stop only: "с. Ивановка" is a village, "с Петровой" someone one speaks with)
_PLACE_WORD_AFTER = re.compile(r"[ \t]+(?:ул\b|улиц|обл\b|област|район|р-н|кра[йяюе]|пер\b|переул|проезд|наб|бульвар|площад|станц|набережн)",
                               re.IGNORECASE)


def oblique_feminine(text: str, start: int, end: int) -> bool:
    """The one word at ``start:end``, read as a surname, is a woman's surname in an oblique case (see above)."""
    if not text.endswith(_OBLIQUE_FEMININE, start, end):
        return False
    before = text[max(0, start - 2) : start]
    if len(before) < 2 or before[1] not in " \t" or not (before[0].isalpha() or before[0] == ","):
        return False  # (a sentence's or a line's start, a bracket, a label's colon)
    return not _PLACE_WORD_BEFORE.search(text, max(0, start - 14), start) and not _PLACE_WORD_AFTER.match(text, end)


# A man's surname in an oblique case right after the preposition that governs it: "с Крыловым беседа проведена"
# (instrumental), "при Русакове", "о Рахмонове" (prepositional), "к Ильину" (dative). A place's or a street's name
# after these is rare ("к Ростову": the dictionary's place reading is left out) and "с Садовым кольцом" has its noun
# after it, in the instrumental too.
_OBLIQUE_MASCULINE = {"с": ("овым", "евым", "ёвым", "иным", "ыным"), "со": ("овым", "евым", "ёвым", "иным", "ыным"),
                      "при": ("ове", "еве", "ёве", "ине", "ыне"), "о": ("ове", "еве", "ёве", "ине", "ыне"),
                      "об": ("ове", "еве", "ёве", "ине", "ыне"), "к": ("ову", "еву", "ёву", "ину", "ыну"),
                      "ко": ("ову", "еву", "ёву", "ину", "ыну")}
_INSTRUMENTAL_AFTER = re.compile(r"[ \t]+[а-яё]+(?:ом|ем|ём)(?![а-яё])")


def oblique_masculine(text: str, start: int, end: int) -> bool:
    """The one word at ``start:end``, read as a surname, is a man's surname in the case its preposition governs (see
    above)."""
    if text[start - 1 : start] != " ":
        return False
    first = start - 1
    while first and text[first - 1].isalpha() and start - first <= 4:
        first -= 1
    preposition = text[first : start - 1].lower()
    endings = _OBLIQUE_MASCULINE.get(preposition)
    if endings is None or (first and text[first - 1].isalnum()) or not text.endswith(endings, start, end) \
            or word_class(text[start:end]) & WordClass.PLACE:
        return False
    return not (preposition[0] == "с" and _INSTRUMENTAL_AFTER.match(text, end))


@lru_cache(maxsize=100_000)  # (a word's verdict: ~8 us of regex, asked for most capitalised words of a note)
def is_title_word(word: str) -> bool:
    """A word that introduces a name rather than being one: "Господин", "Проф.", "Доктор", "Пациентка"."""
    return bool(TRIGGER.search(" " + word))


def line_before(text: str, start: int) -> str:
    """Up to 40 characters before ``start``, within its line."""
    before = text[max(0, start - 40) : start]
    return before[before.rfind("\n") + 1 :]


def _triggered(text: str, start: int) -> bool:
    return bool(TRIGGER_FOLDED.search(line_before(text, start)))


# The word right before a name may be any noun for a person, not only the listed ones (:data:`TRIGGER`): "администратор
# Катя нахамила", "курьер Лев", "соц. работник Цыденова Дарима", "адвокат Сила Буров", "свидетель - Цыбиков": a noun the
# dictionary reads as animate and singular (first read so), not a name itself (a colon or a dash may stand
# between). Read last, for the runs no other cue names.
_NOT_NOUN_MARKS = " \t:-–—"


def person_noun_before(before: str) -> bool:
    """The last word of ``before`` (the line before a run of name words) is a noun for a person (see above)."""
    tail = before.rstrip(_NOT_NOUN_MARKS)
    if len(tail) == len(before):
        return False  # (no space: the run is glued to what precedes it)
    word = tail[max(tail.rfind(" "), tail.rfind("\t"), tail.rfind("(")) + 1 :]
    if len(word) < 4 or not word.isalpha() or not word[1:].islower():
        return False
    return _person_noun(word.lower())


@lru_cache(maxsize=20_000)
def thing_in_genitive(word: str) -> bool:
    """``word``'s first reading is an inanimate noun in the genitive singular: after a noun for a person it says whose
    that person is, an agency's or a company's ("военнослужащий Росгвардии", "инспектор Роструда", "курьер
    Сбермаркета"), no name in apposition, which agrees with the noun (a surname is read as animate: "Петрова")."""
    tag = analyzer().parse(word.lower())[0].tag
    return tag.POS == "NOUN" and "inan" in tag and tag.number == "sing" and tag.case == "gent"


_ORIGIN_NOUNS = ("уроженец", "уроженк", "житель")


@lru_cache(maxsize=20_000)
def _person_noun(word: str) -> bool:
    """A dictionary word read first as an animate noun in the nominative singular, in apposition to the name after it
    ("администратор", "курьер", "свидетель"; not "добермана", "пальцев", an unknown word the predictor guesses, a name)."""
    if word_class(word) & (WordClass.NAME | WordClass.SURNAME | WordClass.PATRONYMIC) or not word_class(word) & WordClass.KNOWN:
        return False
    if word.startswith(_ORIGIN_NOUNS):
        return False  # "уроженка Александрова", "житель Мирного": a place follows (:mod:`.places`)
    tag = analyzer().parse(word)[0].tag
    return tag.POS == "NOUN" and "anim" in tag and tag.number == "sing" and tag.case == "nomn"


def triggered(text: str, start: int) -> bool:
    """A word that introduces a name ("врач", "мать", "подпись") stands right before ``start``."""
    return _triggered(text, start)
