"""Numbers of a patient's documents written right after the document's name, with no "№" or colon.

A hurried record drops the sign: "Больничный 910012345678 закрыт", "ЭЛН 910045678123 продлён",
"Рецепт 77/2024-004512 выписан", "Протокол МСЭ 12.34.56/2021", "справка 45 123456". :mod:`.document_numbers`
needs a sign there, since "рецепт 2 раза", "направление 3 дня", "протокол 1/3" are no numbers. What makes the
unsigned value a document's number is its shape, which no clinical value has:

* a **long number**: ten digits or more in one run (an electronic sick-leave certificate, ЭЛН, is twelve);
* a **series and number**: two digits or two to four capitals, then six or seven digits ("45 123456", "АБ 1234567");
* a **registry number with a year**: groups joined by "." or "-", a slash and a year, maybe a serial after it
  ("54/2023-13792", "1234.56.78/2020", "12-45/2019"), six digits at least in all;
* a **blank's series and number** joined by dashes, the number of five digits or more ("45-12-004512").

The noun is one of the patient's documents (a sick-leave, a prescription, a referral, a certificate, a protocol of
the disability or medical commission, an extract); the value must follow it on the same line after spaces
and at most two words (a complement: "лист", "МСЭ", "нетрудоспособности", "электронный"). A unit after the value
("рецепт 100000 ЕД") or a date shape keeps it clean (:func:`.record_values.checked_value`).

And a certificate's series field under its title: a form of a certificate (of death, of birth, of a perinatal
death) prints its title, then "Серия 45 123456" on a line of its own; a drug's or vaccine's series (a lot) is
written beside the drug, never under a certificate's title, so the title within two lines above decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import digit_runs, lowered, word_starts
from medsyn_dataset.validation.pii.record_values import SIGNED_SCORE, checked_value

_STEMS = ("больничн", "элн", "рецепт", "направлени", "протокол", "справк", "листок", "листк", "свидетельств", "выписк")
#: a patient's paper's noun, with up to two complement words, then spaces (also read by id_tagger_vetoes)
PAPER_NOUN = (
    r"(?i:больничн\w*|элн|рецепт\w*|направлени\w*|протокол\w*|справк\w*|листо?к\w*|свидетельств\w*|выписк\w*)(?!\w)"
    # (up to two complement words: "лист", "МСЭ", "ВК", "нетрудоспособности", "электронный"; never a digit)
    r"(?:[ \t]+(?:[А-ЯЁ]{2,5}|[а-яё]{2,20}\.?)){0,2}?[ \t]+"
)
_VALUE = (
    r"\d{10,20}(?![\w/\-.])"  # a long number
    r"|(?:\d{2}|[А-ЯЁ]{2,4})[ \t]?\d{6,7}(?![\w/\-.])"  # a series and a number
    r"|\d{1,6}(?:[.\-]\d{1,6}){0,3}/(?:19|20)\d{2}(?:-\d{3,8})?(?![\w/\-.])"  # a registry number with a year
    # (a prescription blank's series of the region's and the clinic's codes, then its number: "45-12-004512")
    r"|\d{2,4}(?:-\d{2,4}){1,2}-\d{5,8}(?![\w/\-.])"
)
_DOCUMENT = re.compile(rf"(?P<noun>{PAPER_NOUN})(?P<value>{_VALUE})")
# the complement words that name another number or a time, not the document's ("направление в палату 5", "рецепт на 3
# месяца"): a preposition starts a complement that is no part of the name
_PREPOSITION = re.compile(r"(?i:[ \t](?:на|в|во|к|ко|от|до|по|за|с|со|у|о|об|для|из)[ \t])")


def _unsigned(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    for start in word_starts(lower, _STEMS):
        found = _DOCUMENT.match(text, start)
        if found is None or _PREPOSITION.search(found.group("noun")) or sum(ch.isdigit() for ch in found.group("value")) < 6:
            continue
        checked = checked_value(text, found.start("value"), found.end("value"), 1, named_by_record=True)
        if checked is not None:
            yield checked[0], checked[1], SIGNED_SCORE


_CERTIFICATE_TITLE = re.compile(r"(?i:свидетельств\w*|справк\w*|листок|бланк\w*)")
# (the series of the 2022 forms of death and perinatal death certificates is the region's code and three digits, printed
# in two groups: "Серия 45 012 № 123456"; with "№" between them the series and the number are two fields, two spans)
_SERIES_LINE = re.compile(r"(?m)^[ \t]*(?i:серия)[ \t]*:?[ \t]*(?P<value>(?P<series>\d{2}(?:[ \t]?\d{3})?|[А-ЯЁ]{1,4})"
                          r"(?P<sign>[ \t]*№[ \t]*|[ \t]?)(?P<number>\d{6,7}))(?![\w/\-.])")
# (a lot's series names its drug, vaccine, serum or reagent, its lot or batch, its vial or its shelf life: such a word
# near it keeps it clean; public: the one list of lot words, read by the identifier tagger's candidates (id_features)
# and the blank's series (blank_series) too; review C r21, finding 9). The short stems are words of their own, not a
# word's inside ("сегодня", "пригодна", "кислота"), and a serum of blood is the lab's specimen, no product with a lot
# ("Исследование сыворотки крови на ВИЧ"; review A r22, findings 1 and 13): in any wording of the blood ("сыворотки
# венозной крови"), before its test ("сыворотки на ВИЧ") and in it ("антитела в сыворотке"); "годен"/"годна" is a
# lot's shelf life only before "до" ("годен до 12.2026", "срок годности"), not a fitness certificate's conclusion
# ("Годен к службе"), nor is a narcotic drug a product with a lot ("Наркотических препаратов не употребляет"; review
# D r22, finding 10)
LOT_WORDS = re.compile(r"(?i:вакцин|(?<!наркотических[ \t])(?<!психоактивных[ \t])препарат"
                       r"|(?<!(?<![а-яё])в[ \t])сыворотк(?![а-яё]*[ \t]+(?:[а-яё]+[ \t]+)?крови)(?!и[ \t]+на[ \t])"
                       r"|реагент|тест-систем|(?<![а-яё])годе?н[а-яё]*\.?[ \t]*:?[ \t]*до(?![а-яё])|срок\w*[ \t]+годн"
                       r"|(?<![а-яё])лот|парти|ампул|флакон)")


def _certificate_series(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _SERIES_LINE.finditer(text):
        end = match.start()
        while end and text[end - 1] == "\n":
            end -= 1
        first = text.rfind("\n", 0, end)
        first = text.rfind("\n", 0, first) if first > 0 else first  # (two lines above)
        window = text[first + 1 : end]
        titles = list(_CERTIFICATE_TITLE.finditer(window))
        # (the lot's word is looked for from the title on: the note's sentence before the title on its line, "...после
        # приёма препаратов. МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ", is no part of the form)
        if titles and not LOT_WORDS.search(window, titles[-1].start()) and not LOT_WORDS.search(match.group()):
            if "№" in match.group("sign"):
                yield match.start("series"), match.end("series"), SIGNED_SCORE
                yield match.start("number"), match.end("number"), SIGNED_SCORE
            else:
                yield match.start("value"), match.end("value"), SIGNED_SCORE


# A commission's protocol or decision is numbered within the commission's register, often short and with a dash or a
# slash ("Протокол МСЭ 12-95", "Решение ВК 45/2", "Заключение КЭК 118-3"): the commission's abbreviation between the
# paper's noun and the value names the register, so a structured value of three digits or more is its number (a date,
# "Заключение ВК 12.03.2024", is left out by :func:`.record_values.checked_value`)
_COMMISSIONS = ("МСЭ", "ВК", "КЭК", "ЛКК", "ВВК", "ПМПК", "ЦВКК", "КИЛИ")
_COMMISSION_PAPER = re.compile(
    r"(?<![\w])(?i:протокол\w*|решени\w*|заключени\w*|акт(?:а|у|ом|е)?|выписк\w*)[ \t]+(?:№[ \t]*)?"
    rf"(?:{'|'.join(_COMMISSIONS)})[ \t]+(?P<value>\d{{1,6}}(?:[\-/.]\d{{1,6}}){{1,3}}[а-яё]?)(?![\w/\-.])"
)


_COMMISSION_NOUNS = ("протокол", "решени", "заключени", "акт", "выписк")


def _commission_papers(text: str, lower: str) -> Iterator[tuple[int, int, float]]:
    # (tried at the nouns' starts from the shared cue index: a search of the note for each abbreviation costs more)
    for start in word_starts(lower, _COMMISSION_NOUNS):
        match = _COMMISSION_PAPER.match(text, start)
        if match is not None and sum(ch.isdigit() for ch in match.group("value")) >= 3:
            checked = checked_value(text, match.start("value"), match.end("value"), 1)
            if checked is not None:
                yield checked[0], checked[1], SIGNED_SCORE


def unsigned_document_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of documents' numbers written without a sign (see the module's docstring); tried only where
    a run of six digits or more (or a slash: a registry number's year) stands and a document's noun does."""
    lower = lowered(text)  # (any text's, "İ" and all: see :func:`.base.lowered`)
    yield from _commission_papers(text, lower)
    if "/" not in text and not any(run.end() - run.start() >= 6 for run in digit_runs(text)):
        return
    yield from _unsigned(text, lower)
    if word_starts(lower, ("сери",)):
        yield from _certificate_series(text)


# ----- a list of numbers of one shape ------------------------------------------------------------------------------
# A record lists the numbers of one kind after one label: "Маркировка флаконов: 26-4710/1, 26-4711/2", "и/б 1234/22,
# 1240/22"; the label names the first, and the others are its kind because they have its shape, character for character
# (a digit for a digit, a letter for a letter, the same separators), which no clinical value beside them shares.
# (the last item may follow "и" alone: "ИБ детей № 420/1 и 929/2", twins' two case histories)
_NEXT_ITEM = re.compile(r"(?:[ \t]*[,;][ \t]*(?:и[ \t]+)?|[ \t]+и[ \t]+)(?P<item>[\w\-/.]+)")
_SHAPE = str.maketrans("0123456789", "9999999999")


def _shape(value: str) -> str:
    return "".join("A" if ch.isalpha() else ch for ch in value.translate(_SHAPE))


def same_shape_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the items listed after ``text[start:end]`` (a found number with "/" or "-" in it and four digits at
    least) that have its shape exactly."""
    value = text[start:end]
    if not ("/" in value or "-" in value) or sum(ch.isdigit() for ch in value) < 4:
        return
    shape = _shape(value)
    item = _NEXT_ITEM.match(text, end)
    while item is not None:
        word = item.group("item").rstrip(".")
        if _shape(word) != shape:
            return
        yield item.start("item"), item.start("item") + len(word)
        item = _NEXT_ITEM.match(text, item.start("item") + len(word))
