"""Phone cue fields: after "тел.", "моб.", "т.", "контакты", "факс" the numbers that follow are phones,
whatever their length and grouping, and so is every further number of the same field.

A record names what it writes: "Тел. ФАПа 678994", "т. 5-21-71 (соседка)", "Телефоны родственников:
89193221756; 24-86-72", "тел. 8 (951) 043-87-71 (моб.), 7-93-60 (дом.)", "тел. (4852) 12-34-56/57".
A local number without its area code (5-7 digits) is no valid number for ``phonenumbers`` and
looks like anything else on its own; after a phone word it is a phone. What the field may hold:

* between the cue and the number, up to two words naming whose it is ("ФАПа", "дочери", "сына");
* the number: digits with spaces, dashes, dots and brackets, "+" before, an extension after
  ("доб. 12"), an alternate ending after a slash ("12-34-56/57");
* further numbers after ",", ";", "/" (a note in brackets between: "(моб.), 7-93-60").

Short, ambiguous cues ("т.", "контакт", "номер") need a number shaped like a phone (a dashed
local number "5-21-71", ten digits or more, a "+") or whose it is in brackets after it ("т. 53305
(соседка)"); a date ("12.03.2019") and a blood pressure ("130/80") are never a phone.

An internal extension is short: "внутр. тел. 1175", "вн. 2-31", "доб. 215", "тел. поста: 4156
(внутр.)". Three or four digits (or "5-60") are a phone only where the field says it is internal
(a cue such as "вн.", "внутр.", "доб.", or one of them in brackets after the number). A home number
may be named by its adjective alone ("звонить на домашний: 740-984"). A number that runs on into the
next one ("тел. 8 895 844 11 75 22 года") is cut where a Russian number ends (eleven digits after
"+7"/"8").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import digit_runs, lowered, word_starts
from medsyn_dataset.validation.pii.morph import animate_dative
from medsyn_dataset.validation.pii.name_triggers import STAFF_STEMS
from medsyn_dataset.validation.pii.units import UNIT_AFTER_VALUE

_I = re.IGNORECASE
#: the words that name a phone's kind, a whole word's stem or its abbreviation ("домашний", "дом."; "мобильный",
#: "моб."): before "тел." they make a strong label ("дом. тел."), after a number they name it a phone
#: (:func:`.phones._locals_named_after`: "55-22-16 — домашний")
KIND_STEMS = ("домашн", "рабоч", "мобильн", "сотов")
KIND_ABBREVIATIONS = ("дом.", "раб.", "моб.", "сот.")
# (a kind's word, or "контактный"/"конт.", before the phone's word)
_KIND_PREFIX = "|".join([rf"{stem}\w+" for stem in ("контактн", *KIND_STEMS)] + [re.escape(a) for a in (*KIND_ABBREVIATIONS, "конт.")])
_CUE = re.compile(
    rf"(?:(?P<strong>(?:(?:{_KIND_PREFIX})[ \t]*)?"
    r"(?:телефон\w*|тел\.?(?:[ \t]?[/(][ \t]?факс\)?)?|т/ф|факс\w*)(?:[ \t]+(?:моб|дом|раб|конт|сот)\w*\.?)?"
    r"|номер\w*[ \t]+телефон\w*|контактн\w+[ \t]+номер\w*"
    # (the abbreviation "тлф." of a hurried card; the English labels of a translated extract, a foreign patient's
    # form and a fax machine's header line: "Tel:", "Phone:", "Mobile", "Fax", "FAX FROM:")
    r"|тлф\.?|(?P<latin>(?:tel(?:ephone)?|phone|fax|mob(?:ile)?)\.?(?:[ \t]+(?:from|no\.?|number|nr\.?|#))?(?![a-z]))"
    # (a messenger's name labels the number the messenger is reached at, whatever its country: "WhatsApp 998901234567")
    r"|моб\.|мобильн\w*|сотов\w*|whatsapp|вотсап|ватсап|viber|вайбер|telegram|телеграм\w*"
    # a verb of calling names the number to call ("звонить в сельсовет: 684-790", "перезвонить дочери на ..."), or the
    # number called, with any of the verb's prefixes and in the past too ("дозвонились по номеру ...", "созвонились с
    # сыном по 8 ...", "не дозвонились на ..."): Russian makes verbs of calling with по-, пере-, до-, со-, от-, об-, про-
    r"|(?P<verb>(?:по|пере|до|со|от|об|про)?звон(?:ить|ите|и|ят|ил[аи]?)(?:сь|ся)?(?![\w])))"
    r"|(?P<internal>(?:внутр(?:енн\w*|\.)?|вн\.|доб(?:авочн\w*|\.)?)(?:[ \t]+(?:тел(?:ефон\w*|\.)?|номер\w*))?)"
    r"|(?P<home>домашн\w*)"
    # (a phone list's "раб." and "дом." alone name a work or home number: "сын; раб. 03-86-21", a shaped one only)
    r"|(?P<weak>т\.|контакт\w*|(?:на|с|по)[ \t]+номер[ауе]?|раб\.|дом\.))"
    # whose number it is: up to two words ("ФАПа", "дочери", "родственников") or a note in brackets
    # ("тел. (дом.)"); then ":" or a dash
    # ("Горячая линия (для вопросов по анализам):": a note in brackets of a few words)
    # (three or four words where a colon closes them, a form's label: "Телефон матери в Бишкеке: ...", "Контакт
    # родственников за рубежом: ...")
    r"(?P<owner>(?:(?:[ \t]+[^\W\d_]+\b\.?){0,2}?|(?:[ \t]+[^\W\d_]+\b\.?){3,4}(?=[ \t]*:))(?:[ \t]*\([А-ЯЁа-яёA-Za-z.,\- ]{2,40}\))?)"
    # (a form's leader "Тел.......", a colon that ends its line: the number on the next)
    # (or a label alone on its line, a card's layout of one field per line "Конт. тел.\nXXX-XX-XX": only a
    # strong cue, checked in :func:`phone_fields`)
    r"[ \t]*(?:\.{3,}|_{2,}|…+)?[ \t]*(?:[:\-–—][ \t]*(?:\n[ \t]*)?|(?P<nextline>\n[ \t]*))?(?=\+?[ \t]?[\d(])",
    _I,
)
# where a cue may start, in the lower-cased text (``str.find`` each; see :func:`.base.word_starts`)
# (a cue that opens with "домашний", "раб." has its "тел" later: that one is found instead; "на
# номер" is found at its "номер"; a messenger's name is one: a Russian mobile number after it is
# valid on its own, found by the matcher, but a relative's abroad copied without its "+" ("Viber
# 992971148400", E.164's digits) is no Russian number, and only the field reads it; "телеграм" is
# found at its "тел")
_ANCHOR = ("тел", "т/ф", "факс", "моб", "сот", "конт", "т.", "номер", "внутр", "вн.", "доб", "домашн", "раб.", "дом.", "тлф",
           "tel", "phone", "fax", "mob", "whatsapp", "viber", "вотсап", "ватсап", "вайбер")
# verbs of calling, prefixed or not ("звонить", "позвонить", "дозвонились"): each prefix with the stem is a word of
# the shared cue index (:func:`.cue_index.word_starts`), so the note's scan finds them with the other cue words. The
# same starts as the ``str.find`` walk over the stem this replaced: a start is reported where one of these words
# begins and no letter or digit precedes it (``isalnum``, the index's test too); at most one prefix can end at a
# stem's occurrence (their last two letters differ, and "" needs a non-letter there), so no start is lost or added
_CALL_STEM = "звон"
_CALL_PREFIXES = ("", "по", "пере", "до", "со", "от", "об", "про")
_CALL_WORDS = tuple(prefix + _CALL_STEM for prefix in _CALL_PREFIXES)
_PREPOSITION_BEFORE = re.compile(r"(?:на|с|по)[ \t]+$", re.IGNORECASE)
# the words before an extension: "доб. 12", "вн. 3", "ext. 6384", and "далее"/"затем" (dial it after)
_EXT = r"(?:доб|доп|вн|ext|далее|затем)"
# groups of digits (brackets allowed) joined by a dash, a space or a dot; or a printed form's boxes, one
# digit each, as OCR gives them back ("8|9|1|6|...", "8 | 9 | 1 | 6 ...")
_VALUE = re.compile(
    r"\d(?:[ \t]?\|[ \t]?\d){4,14}(?![ \t]?\|)|(?:\+[ \t]?)?\(?\d[\d()]*(?:(?:[ \t]?[-–][ \t]?|[ \t]|\.)\(?\d[\d()]*)*"
    rf"(?:/\d{{2}}(?![\d\-]))?(?:[ \t]*,?[ \t]*{_EXT}\.?[ \t]*\d{{1,5}}(?![\d]|[ \t\-]*\(?\d)|[ \t]*\((?:{_EXT}|внутр)\.?[ \t]*\d{{1,5}}\))?",
    _I,
)
# between two numbers of one field: "; ", ", ", " / ", "/", " или ", an export's array's '", "', maybe after a note in
# brackets "(моб.)"
_NEXT = re.compile(r'[ \t]*(?:\([а-яё. ]{2,16}\)[ \t]*)?(?:[,;/]|[ \t]/|(?<=[ \t])или(?=[ \t])|"[ \t]*,[ \t]*")[ \t]*(?=\+?[ \t]?[\d(])', _I)
# a dashed local number, or the whole value a city's seven-digit subscriber number ("Дом. 4967051", "дом. 496 70 51": a
# house has no seven-digit number; the numbering plan's local number of a ten-digit one with a three-digit area code)
_LOCAL_SHAPE = re.compile(r"\d{1,3}-\d{2}-\d{2}(?!\d)|^\d{3}[ \t]?\d{2}[ \t]?\d{2}$")
# ... and the dashed layout's groups written with spaces, a five- or six-digit local number of a town with a four- or
# five-digit area code ("т. 80 42 69", "т. 2 17 80"); only as the whole value: never what is left of a run of groups
# whose last one a unit made a count ("Контакт 12 34 56 78 раз в сутки")
_SPACED_LOCAL = re.compile(r"\d{1,2}[ \t]\d{2}[ \t]\d{2}")
_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|^\d{1,2}[./]\d{2}$|(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")
# (and money: "раб. 2345678 руб." is a sum after a weak cue; "р." lower-case only, "Р." may be an initial)
# (a unit is a whole word, as :mod:`.units` lists them: "1-619-607-4817 месиные признаки" runs on into a word, no count
# of months; "мин", "ед", "см", "раз", "кап" open "минимально", "единственный", "смена", "развитие", "капельница" too)
_UNIT_AFTER = re.compile(rf"{UNIT_AFTER_VALUE.pattern}|[ \t]*(?:(?:руб|тыс|коп)\w*|(?-i:р\.)|₽|г(?![а-яёa-z]))", _I)
# whose number it is, in brackets after it: "т. 53305 (соседка)", "89161234567 (моб.)"
_OWNER_AFTER = re.compile(
    r"[ \t]*\((?:дочь|доч\w*|сын\w*|мать|мам\w*|отец|пап\w*|муж\w*|жена|жены|супруг\w*|брат\w*|сестр\w*|внук\w*|внучк\w*"
    r"|сосед\w*|родственни\w*|опекун\w*|моб\w*|дом\w*|раб\w*|сот\w*|конт\w*)\.?\)",
    _I,
)
# an internal extension: "1175", "220", "5-60", "52-27"; the field says it is internal ("(внутр.)" after it)
_EXTENSION = re.compile(r"\d{3,4}|\d{1,2}-\d{2}")
_INTERNAL_AFTER = re.compile(r"[ \t]*\((?:внутр|вн|доб)\w*\.?\)", _I)
# an hour and its minutes written with a dash, after the preposition of a time ("с 8-00", "до 20-00", "в 9-30")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])-[0-5]\d")
_TIME_PREPOSITION = re.compile(r"(?<![\w])(?:с|со|до|в|во|к|по|от)[ \t]+$", _I)
# ... and read as one: a round hour or half hour, or a second hour after it ("с 8-15 до 9-00"); "Тел. поста с 2-15" is the
# post's extension (review A of round 21, finding 8)
_ROUND_CLOCK = re.compile(r"\d{1,2}-[03]0")
_HOUR_AFTER = re.compile(r"[ \t]*(?:до|по|[-–—])[ \t]*(?:[01]?\d|2[0-3])(?:[-:.][0-5]\d)?(?!\d)", _I)
_BLOOD_PRESSURE = re.compile(r"\d{2,3}/\d{2,3}")
# after a verb of calling, a dashed date or an hour is when the call was ("Созвонились 12-03-19 с сыном", "Звонила дочь
# около 12-30"), whatever the preposition; the number called is "на" it ("Не дозвонились на 12-05-14"; review A of
# round 21, finding 5)
_DASHED_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:\d{2}|(?:19|20)\d\d)")
_CALLED_AT = re.compile(r"(?<![\w])на[ \t]+$", _I)
# (the past tense of a verb of calling: "звонил", "позвонила", "созвонились")
_CALL_PAST = "звонил"
# (the staff called back answer at the clinic's number: after "врачу", "доктору", "участковому терапевту", "медсестре" a
# dashed date is the day to call, "Перезвонить врачу 15-06-24"; review A of round 22, finding 7)
# (the staff's stems are name_triggers' own, a doctor's specialty "-олог"/"-иатр" as name_triggers reads it, but not
# a geologist's or a biologist's, "Позвонить геологу 15-06-24"; nor when a phone's kind follows the number, "Перезвонить
# врачу 15-06-24 (моб.)": review D r22, finding 8)
_STAFF_DATIVE = re.compile(
    rf"(?:{'|'.join(stem for stem in STAFF_STEMS if stem.isalpha() and len(stem) >= 4)}|терапевт|хирург|\w+иатр"
    r"|\w+(?<!ге)(?<!би)(?<!эк)(?<!зо)(?<!техн)(?<!фил)(?<!соци)(?<!полит)(?<!архе)(?<!астр)(?<!метеор)олог)[уеи]$", _I)
_KIND_AFTER = re.compile(rf"[ \t]*[(,—–\-]?[ \t]*(?:{'|'.join(KIND_STEMS)}|{'|'.join(map(re.escape, KIND_ABBREVIATIONS))})", _I)
# (a count: one to three digits after a space, or after a space and a dash, "раб.тел.44-60-29 -60 лет")
_LAST_GROUP = re.compile(r"[ \t]+[-–]?\d{1,3}$")
# a Russian number with its trunk or country prefix has eleven digits
_PREFIXED = re.compile(r"(?:\+[ \t]?7|8)(?![\d])|(?:\+[ \t]?7|8)[ \t\-(]")
_MAX_NUMBERS = 4
#: an extension after a number, maybe in brackets: "доб. 215", ", вн. 12", "(доб. 62)"
# (not where more of a number follows: "+7 918 064-55-58, доп. 8 (8332) 66-92-69" lists an additional number, "доп." its
# label, and its "8" is that number's trunk prefix)
EXTENSION_AFTER = re.compile(rf"[ \t]*(?:,?[ \t]*{_EXT}\.?[ \t]*\d{{1,5}}|\((?:{_EXT}|внутр)\.?[ \t]*\d{{1,5}}\))(?!\d)"
                             r"(?![ \t\-]*\(?\d)", _I)


def phone_fields(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the numbers in the fields after phone cues."""
    if not digit_runs(text):
        return
    lower = lowered(text)
    starts = word_starts(lower, _ANCHOR) if lower else [m.start() for m in _CUE.finditer(text)]
    if lower:
        calls = word_starts(lower, _CALL_WORDS)
        if calls:
            starts = sorted({*starts, *calls})
    resume = 0
    for start in starts:
        if start < resume or (start and text[start - 1] in "_-/"):
            continue
        if lower.startswith("номер", start):  # "на номер", "с номера": the cue starts at the preposition
            before = _PREPOSITION_BEFORE.search(text, max(0, start - 4), start)
            start = before.start() if before is not None else start
        cue = _CUE.match(text, start)
        if cue is None or (cue.group("home") is not None and cue.group("owner").strip()):
            continue  # "домашнее давление 130-140": the adjective names a phone only right before it
        position, weak, internal = cue.end(), cue.group("weak") is not None, cue.group("internal") is not None
        strong, verb = cue.group("strong") is not None, cue.group("verb") is not None
        if cue.group("nextline") is not None and (not strong or cue.group("latin") is not None):
            continue  # (an English label alone on its line is as often a CSV header's column name: "case_id;birth;phone")  # ("т.", "контакт", "доб." alone on a line name no field of the next one)
        for _ in range(_MAX_NUMBERS):
            span = _number(text, position, weak, internal, strong)
            if span is None or (verb and _when_called(text, span, cue)):
                break
            yield span
            resume = position = span[1]
            following = _NEXT.match(text, position)
            if following is None:
                break
            position, weak = following.end(), True


def _when_called(text: str, span: tuple[int, int], cue: re.Match[str]) -> bool:
    """Whether the dashed date or hour at ``span`` after a verb of calling is when the call was, not the number: not
    "на" it, and an hour, or a date after a past tense or with no one to call ("Позвонить сыну 12-05-14": the
    infinitive or imperative and its dative name the number to call; review C of round 21, finding 13)."""
    if _CALLED_AT.search(text, max(0, span[0] - 4), span[0]):
        return False
    if _CLOCK.fullmatch(text, *span):
        return True
    if not _DASHED_DATE.fullmatch(text, *span):
        return False
    owner = cue.group("owner").split()
    return _CALL_PAST in cue.group("verb").lower() or not owner or not animate_dative(owner[-1]) \
        or (_STAFF_DATIVE.search(owner[-1]) is not None and not _KIND_AFTER.match(text, span[1]))


def listed_after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The further numbers of a list whose first number, a phone, ends at ``end`` ("8 990 982 06 83, 1-310-476-6077",
    '["8 999 603 48 09", "998973909676"]', "+7 912 ... или 8 (3452) ..."): a person's numbers are listed together, and
    the one read as a phone by its own shape (by the matcher, no phone word before it) names the others, as a cue would
    (each read as after a weak cue: ten digits or more, a "+" or a local number's layout; never a date, a pressure or a
    count with its unit)."""
    position = end
    for _ in range(_MAX_NUMBERS - 1):
        following = _NEXT.match(text, position)
        if following is None:
            return
        span = _number(text, following.end(), True)
        if span is None:
            return
        yield span
        position = span[1]


def _number(text: str, start: int, weak: bool, internal: bool = False, strong: bool = False) -> tuple[int, int] | None:
    """The phone number at ``start`` (its span), or None when what stands there is no phone."""
    value = _VALUE.match(text, start)
    if value is None:
        return None
    end = value.end()
    while end > start and text[end - 1] in " \t-.(":
        end -= 1
    raw = text[start:end]
    if raw.count("(") != raw.count(")") and raw.endswith(")"):
        end -= 1  # "(моб.)" after the number is not part of it
        raw = text[start:end]
    digits = sum(ch.isdigit() for ch in raw)
    if digits > 11 and _PREFIXED.match(raw):
        end = _eleventh_digit_end(text, start, end)
        raw, digits = text[start:end], 11
    # a last group followed by a unit is a count of what follows, run on from the number ("тел. (495) 423-59-16
    # 2 раза в неделю", "+992 112994268 40 лет"): the number ends before it
    cut = run_on_count(text, start, end) if digits >= 8 else 0
    counted = cut > 0
    if counted:
        end = cut
        raw, digits = text[start:end], sum(ch.isdigit() for ch in text[start:end])
    if _DATE.search(raw) or _BLOOD_PRESSURE.fullmatch(raw) or _UNIT_AFTER.match(text, end):
        return None
    if digits < 5:
        # an extension: the field says it is internal, or a phone word names a dashed number ("Телефон поста 2-15"); an
        # hour after a preposition is the time to call ("Справки по телефону регистратуры с 8-00 до 20-00")
        shaped = _EXTENSION.fullmatch(raw) is not None and ((strong and "-" in raw) or internal or _INTERNAL_AFTER.match(text, end)) \
            and not (_CLOCK.fullmatch(raw) and _TIME_PREPOSITION.search(text, max(0, start - 4), start)
                     and (_ROUND_CLOCK.fullmatch(raw) or _HOUR_AFTER.match(text, end)))
        return (start, end) if shaped else None
    if digits > 16:
        return None
    if weak and not (digits >= 10 or raw.lstrip().startswith("+") or _LOCAL_SHAPE.search(raw) or _OWNER_AFTER.match(text, end)
                     or (not counted and _SPACED_LOCAL.fullmatch(raw))):
        return None
    return start, end


def run_on_count(text: str, start: int, end: int) -> int:
    """Where the run ``text[start:end]`` ends without its last group when a unit or a sum follows that group (a count
    run on from the number: "8 (921) 460 1258 61 год", "... 58 15 руб"), else 0; the cued field's reader and the
    matcher's (:mod:`.phones`) both cut so (review A of round 21, finding 11)."""
    last = _LAST_GROUP.search(text, start, end)
    return last.start() if last is not None and _UNIT_AFTER.match(text, end) else 0


def _eleventh_digit_end(text: str, start: int, end: int) -> int:
    """Where the eleventh digit after ``start`` ends, when a group ends there (else ``end``): the
    digits after it belong to what follows ("8 895 844 11 75 22 года", "+7 980 792-8652 160/70")."""
    seen = 0
    for position in range(start, end):
        seen += text[position].isdigit()
        if seen == 11:
            after = position + 1
            return after if after < end and text[after] in " \t" else end  # not "96/97": an alternate ending
    return end


# A whole Russian phone number by its layout (the numbering plan's eleven digits: 8 or +7, an area code of three to
# five digits, the subscriber's number in groups: "8-48236-9-66-04", "8 (924) 397-57-12") after a paper's noun with no
# number's sign between is the enquiry line the noun heads ("Справки: 8-48236-9-66-04", "справка по 8-86372-6-69-14"), a
# phone; after "№" or "номер" it stays the paper's number ("Справка № 8-48236-9-66-04"), and a case number in digit
# groups ("12-345-67") has no phone's layout
_WHOLE_PHONE = re.compile(r"(?:\+7|8)[ \t\-]?\(?\d{3,5}\)?[ \t\-]?\d{1,3}(?:[ \t\-]?\d{2}){2}")
_NUMBER_SIGN = re.compile(r"№|#|N(?![a-z])|(?i:номер)")


def whole_phone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a whole Russian number by the numbering plan's layout (see above)."""
    return sum(ch.isdigit() for ch in text[start:end]) == 11 and _WHOLE_PHONE.fullmatch(text, start, end) is not None


def enquiry_phone(text: str, cue_end: int, start: int, end: int) -> bool:
    """``text[start:end]``, read after a paper's noun ending at ``cue_end``, is a whole phone number (see above)."""
    return whole_phone(text, start, end) and _NUMBER_SIGN.search(text, cue_end, start) is None
