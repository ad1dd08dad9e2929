"""The words before a day and month (no year) that make them a date: time prepositions and event words.

A day and month alone ("25.10") is as often a lab value or a size as a date; a preposition of time or a
word naming an event, a visit, a document or a study before it decides (:mod:`.dates`).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import this_year
from medsyn_dataset.validation.pii.context import stems
from medsyn_dataset.validation.pii.date_verbs import event_verb_before
from medsyn_dataset.validation.pii.lower_names import entry_subject
from medsyn_dataset.validation.pii.months import stem_alternation

# What may stand right before a day and month without a year for it to be a date: a preposition
# or adverb of time, maybe with one word between ("с 03.02", "накануне, 26.03", "на работу 12.03"),
# or a word naming an event, a visit, a document or a study, maybe with up to three words of its
# object between ("явка 25.10", "ОАК от 03.02", "прием препарата 03.08", "прививка от клещевого
# энцефалита 22.02", "ПМ 05.09")
_TIME_WORDS = "от|с|со|по|до|на|к|ко|в|за|после|перед|накануне|вчера|позавчера|сегодня|ранее|впервые"
_EVENT_WORDS = (
    r"последн\w*|явк\w*|яв\.|осмотр\w*|осмотрен\w*|контрол\w*|повторн\w*|визит\w*|при[её]м\w*|дата|дату|обращ\w*"
    r"|обратил\w*|поступ\w*|госпитализ\w*|выписан\w*|выписк\w*|операц\w*|оперирован\w*|заболел\w*|ухудшени\w*|родил\w*"
    r"|роды|родов|родоразреш\w*|менструаци\w*|пм|п/м|м/ц|б/л|л/н|лн|больничн\w*|продл[её]н\w*|открыт\w*|закрыт\w*"
    r"|выход\w*|сдать|сдал\w*|сдан\w*|взят\w*|забор\w*|вызов\w*|привит\w*|прививк\w*|вакцин\w*|ревакцин\w*"
    r"|консультаци\w*|консультирован\w*|исследовани\w*|обследовани\w*|анализ\w*|введени\w*|инъекци\w*|травм\w*"
    r"|перелом\w*|укус\w*|смерт\w*|умер\w*|скончал\w*|первичн\w*|перен[её]с\w*|заболев\w*|даты|избит\w*|нападени\w*"
    r"|оак|оам|бак|экг|ээг|узи|фгдс|фкс|мрт|кт|флг|рентген\w*|rg|флюорограф\w*|маммограф\w*|пцр|мазок|посев|эхо-?кг"
    # a check-up's visit and a document's issue: "диспансеризация 10/26", "паспорт ... выдан 04.08"
    r"|диспансеризаци\w*|профосмотр\w*|выдан\w*|выдач\w*"
    # a removal's and a pregnancy's dates ("снятие швов 17.12", "первое шевеление плода — 06.11", "ПДР: 26.06",
    # предполагаемая дата родов); a result's word and a vaccination's stage are narrower cues (_RESULT_CUE, _STAGE_CUE)
    r"|снят\w*|шевелени\w*|пдр"
    # a procedure's, a discharge's (in the present tense), a signature's, a call's and a hand-over's day: "Биопсия 01.11",
    # "донация 22.08", "Выписывается 24.11", "Согласие подписано 20.11", "Дозвонились 15.12", "выдать тело 23.04"
    r"|биопси\w*|пункци\w*|донаци\w*|выписыва\w*|подписа\w*|дозвон\w*|звонил\w*|выда[тл]\w*"
    # a dispensary registration's (Приказ Минздрава № 168н: a chronic patient is taken onto and off the dispensary
    # register on a date): "Диспансерный учёт: 11/13", "взят на Д-учёт 12.03", "снят с учёта 05.11"; the register's
    # phrases only: "с учётом" is "taking into account" ("с учётом МНО 02.10", review A r23 finding 11)
    r"|(?:на|с)[ \t]+(?:д-)?уч[её]т[еа]?(?![а-яё])|диспансерн\w*[ \t]+уч[её]т\w*|д-уч[её]т[еа]?(?![а-яё])"
)
# the time of the event between its word and its day ("Смерть констатирована в 23.45 17.08", "явка в 10:00 25.10")
_TIME_BETWEEN = r"(?:[ \t]+(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
DAY_MONTH_CUE = re.compile(
    rf"(?:^|[^\w])(?:(?:{_TIME_WORDS})(?:[ \t]+[а-яё]+)?|(?:{_EVENT_WORDS})(?:[ \t]+[а-яё]+){{0,3}}){_TIME_BETWEEN}"
    r"[\s:.,\-–—«\"„“]*$",  # (a form's quotes: "Дата выписки «11.11»")
    re.IGNORECASE,
)
#: how far before a date its cue is looked for
CUE_WINDOW = 60

# A result's word ("Результат 18.04:"; with a space after it: a list's header "Результаты:" heads values) and a
# vaccination's stage as certificates (форма 156/у-93) and vaccination cards write it before its date (V1-V3 the
# vaccination, R1-R3 the revaccination: "Гепатит B V1 — 12.04"). Both also stand before unitless values ("МНО —
# результат 1.12", an ECG lead "V1 1.10"), so day_month_score asks more of them: a result's day and month has two
# digits each or a colon after it; a stage has a dash or a colon before its date, a day and month of two digits
# each ("R1 12.04"), or a vaccination's word before it: a vaccination's own word or, as cards write, the vaccine's
# name from the national calendar ("Гепатит B V2 12.04", "Корь V1 12.04", "ОПВ R2 12.04")
_RESULT_CUE = re.compile(r"(?<![\w])результат(?:[ \t]+[а-яё]+){0,3}[ \t]*[\-–—:]?[ \t]*$", re.IGNORECASE)
_STAGE_CUE = re.compile(r"(?<![\w])[vr][1-3](?:[ \t]*(?P<dash>[\-–—:])[ \t]*|[ \t]*)$", re.IGNORECASE)
_VACCINATION_WORD = re.compile(
    r"привив|привит|вакцин|ревакцин|(?<![\w])(?:акдс|адс(?:-м)?|адс-м|бцж(?:-м)?|опв|ипв|hib|хиб|пкв\d*|кпк)(?![\w])"
    r"|корь|коре?вая|краснух|паротит|гепатит|полиомиел|пневмокок|гемофил|коклюш|дифтер|столбняк|туберкул|грипп",
    re.IGNORECASE,
)


def _narrow_cue(text: str, start: int, end: int) -> bool:
    """A result's word or a vaccination's stage before the day and month ``text[start:end]`` (see _RESULT_CUE)."""
    window = max(0, start - CUE_WINDOW)
    if _RESULT_CUE.search(text, window, start):
        return end - start == 5 or text[end : end + 1] == ":"
    stage = _STAGE_CUE.search(text, window, start)
    if stage is None:
        return False
    return stage.group("dash") is not None or end - start == 5 or bool(_VACCINATION_WORD.search(text, window, start))

# MEASUREMENT-like words after a number mean it is a dose or a lab value, not a date
# (units as whole words or before "/": the stem "уд" also starts "удовлетворительное", "раз" "развитие")
UNITS = stems("ммоль", "мкмоль", "г/л", "мг/", "мл/", "ед/", "уд/", "мм/", "%",
              whole=("мг", "мл", "ед", "уд", "мм", "см", "см2", "кг", "ч", "мин", "сек", "раз", "раза", "мв"))  # not "г": a year

# A time written with a stop after a full date: "2021-07-23 05.35", "12.03.2019 14.30", as a log or a hurried
# note writes the hour and minutes. Taken only after a date with its four-digit year, with a two-digit hour: after
# a bare day and month ("12.10 13.20") or a one-digit hour it is as often a pair of lab values.
_DOTTED_TIME = re.compile(r"[ \t](?:[01]\d|2[0-3])\.[0-5]\d(?!\d)(?![.,]\d)")
_FULL_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def dotted_time_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dotted time right after the date ``text[start:end]`` (see :data:`_DOTTED_TIME`), else None."""
    if end >= len(text) or text[end] not in " \t" or _FULL_YEAR.search(text, start, end) is None:
        return None
    return _DOTTED_TIME.match(text, end)


# More evidence that a day and month without a year ("09.07") is a date, for what stands after or around it
# rather than a cue word before it (:func:`day_month_score` asks when no cue word decided):
# * a part of the day after it at a line's start, as a self-monitoring diary writes its readings ("09.07  утро 135/85 п.72  веч.
#   140/90", "12.03 вечером — глюкоза 9,1"): a lab value is never followed by "утро" or "вечером";
# * a line of a log that opens with it as its first cell ("17.12 | Маслов | рец. ...", "17.12<TAB>выдано"): a
#   journal's date column, its next cell a name or a word (a lab table's first column names the test);
# * the value of a machine field that names a date ('<visit date="06.05"/>', '"visit_dt": "06.05"');
# * a journal's entry: the surname of whom it is about right after it ("31.05 фомичев пац-ка ...", "24.08 фомина л. с.",
#   :func:`.lower_names.entry_subject`): a lab value is followed by its unit or the next value, not by a surname;
# * an item of a list of dates ("Явки: 09.03, 14.01, 28 августа 2023"): the item before it is a date with its year
#   or month word, or a day and month that a cue word opens (see :func:`listed_after_date`).
_PART_OF_DAY_AFTER = re.compile(
    r"\.?[ \t]*[-–—:,]?[ \t]*(?:утр(?:о|ом|а)?|веч(?:ер|ером|ера)?|д(?:н[её]м|ень)|ноч(?:ь|ью)|полдень|полночь)(?![^\W\d_])"
    r"(?![ \t]*\d+(?:[.,]\d+)?[ \t]*(?:мг|мл|ед|табл?|капс?|кап|доз))",  # ("... утром 2 табл": a schedule's dose)
    re.IGNORECASE,
)
_ROW_CELL_AFTER = re.compile(r"[ \t]*[|\t][ \t]*[^\W\d_]")  # (the next cell a word: a row of values is no log's)
# A journal's entry that opens with its day and month, two digits each, at a line's or a sentence's start, its text
# after it ("13.03 актив на дом. пац-ка ...", "26.10 николаева 43л ...", "29.11  процедура  Лыткин", "11.07 — отпущ."). A
# lab value may open its own line under its test's name: UNITS (vetoed before, day_month_score) list only the common
# units, so a word with a slash is a unit too ("10.11 нмоль/л", "10.12 мкМЕ/мл", "12.03 МЕ/л"), and "баллов" a score's
_ENTRY_AFTER = re.compile(r"[ \t]+(?:[-–—][ \t]*)?(?!(?i:балл))[^\W\d_]{2}(?![^\s/]*/)")
_SENTENCE_END_BEFORE = re.compile(r"(?:\w{3}|\d|\))[.!?][ \t]+$")  # ("п. 12.05", "ст. 12.05" cite a law's item)


# A list of sections under its heading word numbers them with a day-month shape ("Раздел\n12.03 Хирургия\n12.04 Терапия"):
# the heading, the first line above the run of such rows, names no journal
_SECTION_HEADING = re.compile(r"[ \t#*]*(?i:(?:под)?раздел|глав[аы]|параграф|section|chapter)(?![^\W\d_]{3})")
# (each row a section's title, one capitalised word, "12.03 Хирургия": a journal's row says something, "12.03 Состояние
# удовлетворительное", and keeps its date whatever its heading, "Раздел: Дневниковые записи", review 19B finding 2)
_TITLE_ROW = re.compile(r"[ \t]*\d\d\.\d\d[ \t]+[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁа-яёA-Za-z]+)?[ \t.]*")
_HEADING_REACH = 10  # rows of the list looked through for its heading


def _entry_start(text: str, start: int) -> bool:
    if start == 0:
        return True
    if text[start - 1] == "\n":
        return not _under_section_heading(text, start)
    return _SENTENCE_END_BEFORE.search(text, max(0, start - 8), start) is not None


def _under_section_heading(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is a row of a numbered list of titles whose heading, above its rows, is a section's word."""
    line_end = text.find("\n", line_start)
    if not _TITLE_ROW.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return False
    for _ in range(_HEADING_REACH):
        above = text.rfind("\n", 0, line_start - 1) + 1
        if _SECTION_HEADING.match(text, above, line_start - 1):
            return True
        if above == 0 or not _TITLE_ROW.fullmatch(text, above, line_start - 1):
            return False
        line_start = above
    return False


_DATE_FIELD_BEFORE = re.compile(
    r"(?:date|datum|dt|dat[ae]?_?\w*|дата\w*)[\"']?[ \t]*[:=][ \t]*[\"']?$", re.IGNORECASE)
# (May as "май"/"мая" only, no "мае": a listed date before a cued one has its day and month in the genitive)
_MONTH_WORDS = "(?:" + stem_alternation("ма[йя]") + ")[а-яё]*"
_LISTED_BEFORE = re.compile(
    r"(?:(?P<full>(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d)(?!\d)|(?<!\d)\d{1,2}[ \t]+" + _MONTH_WORDS
    + r"(?:[ \t]+\d{4})?)|(?P<short>(?<![\d.])\d\d\.\d\d))\.?[ \t]*[,;][ \t]*$",
    re.IGNORECASE,
)


# A person's full name and a comma right before a date: a signature's day ("Медсестра Анна Петровна, 06.11") or a list
# of persons' birth years ("Фокин Валерий Эдуардович, 1966", :mod:`.event_years`). The patronymic, capitalised and in
# the nominative, marks the name (a surname alone is as often a place or a drug's name)
_NAMED_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овна|евна|ична|инична)[ \t]*,[ \t]*$")


def named_before(text: str, start: int) -> bool:
    """A patronymic and a comma end right before ``start`` (see :data:`_NAMED_BEFORE`)."""
    return "," in text[max(0, start - 2) : start] and _NAMED_BEFORE.search(text, max(0, start - 24), start) is not None


def day_month_evidence(text: str, start: int, end: int) -> float:
    """The score a day and month ``text[start:end]`` earns from what stands around it (see above), else 0."""
    line_start = start == 0 or text[start - 1] == "\n"
    if line_start and _PART_OF_DAY_AFTER.match(text, end):
        return 0.7  # (a diary's row opens with its date; "Глюкоза 6.10 утром" is a reading in a sentence)
    if line_start and text[start + 2 : start + 3] in "./" and _ROW_CELL_AFTER.match(text, end):
        return 0.7
    if text[start + 2 : start + 3] == "." and end - start == 5 and _ENTRY_AFTER.match(text, end) and _entry_start(text, start):
        return 0.7
    if text[start - 1 : start] in "\"'=>:" and _DATE_FIELD_BEFORE.search(text, max(0, start - 24), start):
        return 0.75
    if named_before(text, start):
        return 0.7  # "Медсестра Анна Петровна, 06.11": the day its writer signed
    if text[end : end + 1] in (" ", "\t") and entry_subject(text, end) is not None:
        return 0.7  # "31.05 фомичев пац-ка ...", "4.08 доржиев аюр 35л": a journal's entry opens with its date and whom it is about
    return 0.7 if listed_after_date(text, start) else 0.0


def diary_row_score(text: str, start: int, end: int) -> float:
    """0.7 when the day and month ``text[start:end]`` at a line's start opens a diary's row (a part of the day after
    it), else 0; a common fraction ("1/2 утром", "3/4 таб.") is a dose, no date."""
    day, _, month = text[start:end].partition("/")
    if int(month) <= 4 and int(day) < int(month):
        return 0.0
    return 0.7 if _PART_OF_DAY_AFTER.match(text, end) else 0.0


def listed_after_date(text: str, start: int, depth: int = 4) -> bool:
    """``text[start:]`` is an item of a list of dates: the item before it, after a comma or ";", is a date with
    its year or month word, or a day and month ("09.03") that a cue word opens or that is itself such an item."""
    before = _LISTED_BEFORE.search(text, max(0, start - 28), start)
    if before is None:
        return False
    if before.group("full") is not None:
        return True
    item = before.start("short")
    return bool(DAY_MONTH_CUE.search(text, max(0, item - CUE_WINDOW), item)) or (
        depth > 0 and listed_after_date(text, item, depth - 1))


# A moment's label before eight digits ("Время фиксации начала: 04102019", "Время смерти: 12032021 14:20"): a form's
# date-and-time field typed without its stops. Only for eight digits (the compact rule): before a day and month "время"
# names a time as often ("Время: 12.05" is five past twelve)
_MOMENT_LABEL = re.compile(r"(?<![\w])(?i:время|момент)(?:[ \t]+[а-яё]+){0,3}[ \t]*[:\-–—][ \t]*$")


def moment_label_before(text: str, start: int) -> bool:
    """A moment's label (see :data:`_MOMENT_LABEL`) ends right before ``start``."""
    return _MOMENT_LABEL.search(text, max(0, start - 48), start) is not None


# an event word right after a day and month: "12.03 — повторный осмотр", "25.10: явка"; or the hours it starts or
# ends at, as an invitation or a schedule writes them ("08.04 с 9:00", "15.01 до 12:30": a lab value has no hours)
_DAY_MONTH_EVENT_AFTER = re.compile(
    r"\.?[ \t]*[-–—:,]?[ \t]*(?:явк|осмотр|при[её]м|повторн|контрол|визит|госпитализ|выписан|поступ|обращ|обратил"
    r"|консультац|консультирован|вызов|вызывал|операц|оперирован|заболел|ухудшени|сдал|сдан"
    r"|(?:с|со|до|после)[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))",
    re.IGNORECASE,
)


def _word_end(text: str, position: int) -> int:
    """``position``, moved on to the end of the word it cuts: a unit is a whole word ("выдан 04.08 ГУ МВД" has no "мВ")."""
    while 0 < position < len(text) and text[position].isalpha() and text[position - 1].isalpha():
        position += 1
    return position


def day_month_score(text: str, start: int, time_after: bool) -> float:
    """"25.10" is a date right after a preposition of time or a visit, document or study word
    ("явка 25.10", "ОАК от 03.02", "с 03.02"), or with a time after it; otherwise it is as likely
    a lab value ("АЛТ 1.10") and is left alone. With a slash the day needs two digits ("12/03"):
    "6/10" is a score out of ten."""
    if time_after:
        return 0.8
    if text[start + 1] == "/" or (text.startswith("10/10", start)):
        return 0.0  # "6/10", "10/10": a score out of ten or a fraction ("12/03", "09/10", "24/10" are dates)
    end = start + (5 if text[start + 2] in "./" else 4)
    if UNITS.search(text, end, _word_end(text, min(len(text), end + 6))):
        return 0.0  # "с начала заболевания 10.05 мг/кг": a dose, whatever cue stands before it
    if DAY_MONTH_CUE.search(text, max(0, start - CUE_WINDOW), start) or _narrow_cue(text, start, end):
        return 0.75
    if _DAY_MONTH_EVENT_AFTER.match(text, end) or (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return 0.7  # "12.03 — повторный осмотр", "через 10 дней (12.11)"
    if start > 4 and text[start - 1] in " \t:" and event_verb_before(text, start):
        return 0.7  # "Рейс начат 25.02", "Прибыл этапом 14.05": an event's verb (:mod:`.date_verbs`)
    return day_month_evidence(text, start, end)  # a diary's part of day, a log's first cell, a list of dates


# A month and a two-digit year with a stop ("ФЛГ от 12.23", "ФГДС: 01.21", "ЭКГ от 03.87"): every such value is also
# a clock time ("в 10.15", "с 09.30"; a year of 2013-2059 is a time's minutes), so the words that name a moment refuse it
# (a time preposition, "время", an hour's unit, a second time or a range's "до" after it), and what accepts it is a
# document's or a study's date: an event's word (_EVENT_WORDS) before it. Where the year could be a time's minutes
# (below 60) the event's word must be a study's or "дата", or "от" must stand between ("Операция от 05.19"): an operation, an
# admission or a puncture after its label is dated by its clock ("Начало операции: 09.15", "Поступил: 08.20", review A
# r23, finding 12); a bare "от" or a label alone is no study's date ("Эффект от 10.20 до 12.30", "Приказ Минздрава от
# 12.23", "ЛПВП: 01.25", "Подъём — 06.20": a range, an order's date, a lab value, a clock; findings 2 and 6)
_MONTH_YEAR_CUE = re.compile(rf"(?:^|[^\w])(?:{_EVENT_WORDS})(?:[ \t]+[а-яё]+){{0,3}}[\s:.,\-–—«\"]*$", re.IGNORECASE)
# (a study's word, or a date's own: "Последнее обследование в ЦРБ — 08.19", "Дата установления диагноза СД: 03.16")
_STUDY_CUE = re.compile(r"(?:^|[^\w])(?:оак|оам|бак|экг|ээг|узи|фгдс|фкс|мрт|кт|флг|rg|пцр|эхо-?кг|рентген\w*"
                        r"|флюорограф\w*|маммограф\w*|обследовани\w*|исследовани\w*|дат[аыу])(?:[ \t]+[а-яё]+){0,3}"
                        r"[\s:.,\-–—«\"]*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:^|[^\w])от[ \t]+$", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:^|[^\w])(?:в|во|с|со|до|к|ко|после|около|по|на|между|время|времени|час\w*)[\s:.,\-–—]*$",
                           re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[ \t]*(?:ч(?![а-яё])|час|мин|[-–—][ \t]*\d|до[ \t]+\d)", re.IGNORECASE)


def month_year_stop_score(text: str, start: int, end: int) -> float:
    """0.7 when ``text[start:end]``, a month and a two-digit year with a stop, is a document's or a study's date (see
    :data:`_MONTH_YEAR_CUE`), else 0."""
    year = int(text[end - 2 : end])
    if this_year.YEAR % 100 + 2 <= year < 60:  # (two-digit years from next year's on are still to come)
        return 0.0  # "от 10.45": no study's year yet, a clock time's minutes (from 60 on no time: "от 03.87")
    if _CLOCK_AFTER.match(text, end) or UNITS.search(text, end, _word_end(text, min(len(text), end + 6))):
        return 0.0
    window = max(0, start - CUE_WINDOW)
    if _CLOCK_BEFORE.search(text, window, start) or not _MONTH_YEAR_CUE.search(text, window, start):
        return 0.0
    if year >= 60 or _STUDY_CUE.search(text, window, start) or _FROM_BEFORE.search(text, max(0, start - 4), start):
        return 0.7
    return 0.0
