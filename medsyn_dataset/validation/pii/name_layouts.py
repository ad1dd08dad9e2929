"""Names placed by a document's layout rather than by a labelled field with a colon.

* Form cells written without colons, label and value in turn: "Фамилия СОКОЛОВА Имя ДАРЬЯ Отчество
  ИЛЬИНИЧНА", "Фамилия Мельник  Имя Роман". The next cell's label (or the line's end) closes a value,
  so the one word between two labels is that cell's name, whatever the dictionary says of it.
* The sender of an exported chat message: "[12.03.24, 09:15] Смирнова Ольга: ..." (WhatsApp and
  Telegram exports put the time stamp in brackets, then the sender, then a colon).
* A name-part cell in a bracket or a compact line of one-letter labels ("Фамилия [СОКОЛОВА]", "Ф: Пак  И: Ен
  О: Хи"): :mod:`.name_part_cells`.
* A surname alone on the line above (or below) a first name and patronymic: :mod:`.name_lines`.
* A surname hyphenated at a line's end: :mod:`.hyphenated_names`.
* The decoding of a signature between slashes: "____ /Белова Т.К./", "Зав. отделением /Мельник/":
  Russian forms write the signer's name so ("расшифровка подписи").

* The display name of a mailbox: "Смирнова Ольга <olga@mail.ru>" (an e-mail header's name-addr form).
* A name written letter by letter, in a form's boxes or spaced out: "|Г|Р|О|М|О|В|", "К у з н е ц о в а":
  the letters read as one word, which must be a name (or stand after a name label).

Each yields (start, end) spans; the caller scores them as name fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from medsyn_dataset.validation.pii.base import lowered
from medsyn_dataset.validation.pii.chat_senders import chat_senders
from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.hyphenated_names import hyphenated_names
from medsyn_dataset.validation.pii.morph import is_ordinary_word
from medsyn_dataset.validation.pii.name_classes import is_initials, is_name_word
from medsyn_dataset.validation.pii.name_lines import split_line_surnames
from medsyn_dataset.validation.pii.name_part_cells import part_cells
from medsyn_dataset.validation.pii.name_triggers import is_title_word, triggered
from medsyn_dataset.validation.pii.unlettered import unlettered_starts

# (the word tests from their own modules, not from :mod:`.names`, which imports this one: see :mod:`.name_fields`)

_CELL_LABELS = ("фамил", "имя", "отчеств")
# name labels, lower-cased: cells without colons follow the first three, a name spelt out letter by
# letter may follow any
_NAME_LABELS = (*_CELL_LABELS, "фио", "ф.и.о")


def _label_positions(text: str, lower: str) -> list[tuple[int, str]]:
    """(position, label) of each name label in ``lower`` (``text`` lowered) with no letter before it, in order: read off
    the note's cue index (:mod:`.unlettered`; a ``str.find`` of the lowered note for each of the five labels cost ~10 us
    a note), or found by ``find`` in a note outside the code page. (No label overlaps itself, so the loop's skips lose no
    occurrence of it; at most one label starts at a place.)"""
    starts = unlettered_starts(text, lower, _NAME_LABELS)
    if starts is not None:
        return [(start, next(label for label in _NAME_LABELS if lower.startswith(label, start))) for start in starts]
    found = []
    for label in _NAME_LABELS:
        position = lower.find(label)
        while position >= 0:
            if not position or not lower[position - 1].isalpha():  # a label, not "принимая"
                found.append((position, label))
            position = lower.find(label, position + len(label))
    return sorted(found) if len(found) > 1 else found
# a value of one word (capitalised or in capitals), then the next label or the end of the cell
# (labels in any case, the value capitalised or in capitals)
_BARE_CELL = re.compile(
    r"(?<![а-яёА-ЯЁ])(?i:фамилия|имя|отчество)[ \t]+(?P<value>[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?)"
    r"(?=[ \t]*(?:$|[\n;,]|(?i:имя|отчество|фамилия|дата|пол|возраст|д\.р)(?![а-яёА-ЯЁ])))"
)
# A vertical form: the label alone on its line, the value alone on the next, often indented ("Фамилия\n    Сафонов\n
# Имя\n    Остромир"): questionnaires and printed forms laid out in one column. The value must fill its line
# (a blank form's next label, "Дата рождения", is no value: it goes on in lower case or is listed in ``_NOT_VALUES``)
_WORD = r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?"
_VERTICAL_CELL = re.compile(rf"(?i:фамилия|имя|отчество)[ \t]*:?[ \t]*\n[ \t]*(?P<value>{_WORD})(?=[ \t]*(?:\n|$))")
_VERTICAL_FULL = re.compile(
    rf"(?i:ф\.?[ \t]?и\.?[ \t]?о\.?|фамилия,?[ \t]+имя,?[ \t]+отчество)(?:[ \t]+\(?[а-яё]+\)?){{0,2}}[ \t]*:?[ \t]*\n[ \t]*"
    rf"(?P<value>{_WORD}(?:[ \t]+(?:{_WORD}|[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?)){{1,3}})(?=[ \t]*(?:\n|$))"
)
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*][ \t]*)?$")
# a chat export's time stamp: "[12.03.24, 09:15]", "[05.09.2022 14:38]", "[09:15]"; exporters and
# locales write its date and time in other ways too: "[2024-03-12 09:15]", "[12.03.2024 в 09:15]" (Russian
# "at"), "[12.03.2024 09.15]" (a stop in the time), "[12.03.2024, 9 ч 15 мин]", "[12/03/2024, 9:15 AM]"
_CHAT_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}),?(?:[ \t]+в)?[ \t]+"
_CHAT_TIME = r"\d{1,2}(?:[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp][Mm])?|[ \t]*ч(?:[ \t]*\d{1,2}[ \t]*мин)?\.?)"
# (a copy from WhatsApp writes the time first: "[09:15, 12.03.2024]")
_CHAT_STAMP = re.compile(rf"\[(?:{_CHAT_DATE})?{_CHAT_TIME}(?:,?[ \t]+(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}))?\][ \t]*")
_CHAT_SENDER = re.compile(
    r"(?P<value>(?:[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.)(?:[ \t]+(?:[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.?)?)){0,3}):"
)
# a signature's decoding: a name between slashes, a space, an underscore or the line's edge outside them
_SLASHED = re.compile(
    r"(?<![^\s_(])/[ \t]*(?P<value>[А-ЯЁ][А-ЯЁа-яё.\- \t]{0,40}?)[ \t]*/(?=[\s_.,;)]|$)"
)


def layout_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names found by the layout (see the module's docstring)."""
    lower = lowered(text) or text.lower()
    labels = _label_positions(text, lower)
    for position, label in labels:
        if label in _CELL_LABELS:
            cell = _BARE_CELL.match(text, position)
            if cell is not None and cell.group("value").lower() not in _NOT_VALUES:
                yield cell.span("value")
        if "\n" in lower[position : position + 40] and _LINE_OPENS.search(text, max(0, position - 8), position):
            yield from _vertical_value(text, position, is_name_word, is_ordinary_word, is_title_word)
    if labels:
        yield from _letter_names(text, labels, is_name_word, is_ordinary_word)
    yield from part_cells(text)  # bracketed cells, "Ф: ... И: ... О: ..." lines
    yield from split_line_surnames(text)  # "ГРОМОВА\nУльяна Тимуровна"
    yield from hyphenated_names(text)  # "Больной Овчин-\nников А.Ю."
    if "]" in text:
        for stamp in _CHAT_STAMP.finditer(text):
            sender = _CHAT_SENDER.match(text, stamp.end())
            if sender is not None and names_someone(sender.group("value").split(), is_name_word, is_ordinary_word):
                yield sender.span("value")
    yield from chat_senders(text, is_name_word, is_ordinary_word)  # (the layouts without brackets: :mod:`.chat_senders`)
    if char_positions(text, "@") and "<" in text:  # (the note's "@" signs: see :func:`.emails._has_at`)
        for mailbox in _MAILBOX.finditer(text):
            words = mailbox.group("value").split()
            if (len(words) >= 2 and not is_ordinary_word(words[0].rstrip(","))) or is_name_word(words[0]):
                yield mailbox.span("value")
    for slashed in _slashed(text):
        words = slashed.group("value").split()
        if not 1 <= len(words) <= 4 or not all(_NAME_PART.fullmatch(w) for w in words):
            continue
        if any(is_initials(w) for w in words):
            if len(words) >= 2:
                yield slashed.span("value")  # "/Белова Т.К./"
            continue
        # words alone need a signature around them: a title or a signature word before, a line to sign
        signed = triggered(text, slashed.start()) or _UNDERLINE.search(text, max(0, slashed.start() - 12), slashed.start())
        signed = signed or _UNDERLINE_AFTER.match(text, slashed.end() + 1)
        if signed and not any(is_title_word(w) or (len(w) <= 3 and w.isupper()) for w in words):
            yield slashed.span("value")  # "Зав. отделением /Мельник/", "____ /Пак/"


def _vertical_value(
    text: str, position: int, is_name_word: Callable[[str], bool], is_ordinary_word: Callable[[str], bool],
    is_title_word: Callable[[str], bool],
) -> Iterator[tuple[int, int]]:
    """The value on the line after a label that stands alone on its line (see ``_VERTICAL_CELL``): a name
    part's one word whatever the dictionary says ("Толстая"), a full name if it reads as one."""
    cell = _VERTICAL_CELL.match(text, position)
    if cell is not None:
        word = cell.group("value")
        if word.lower() not in _NOT_VALUES and not is_title_word(word) and len(word) >= 2:
            yield cell.span("value")
        return
    full = _VERTICAL_FULL.match(text, position)
    if full is not None and names_someone(full.group("value").split(), is_name_word, is_ordinary_word):
        yield full.span("value")


_MAILBOX = re.compile(
    r"(?<![\w\-])(?P<value>[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ][а-яё]+)?(?:,?[ \t]+(?:[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)"
    r"(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.)){0,3})[ \t]*<[^<>\s@]+@"
)


def _slashed(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_SLASHED``, tried only at slashes with a capital after them (doses such as
    "мг/сут" are most of a note's slashes)."""
    for slash in _SLASH_CAPITAL.finditer(text):
        match = _SLASHED.match(text, slash.start())
        if match is not None:
            yield match


_SLASH_CAPITAL = re.compile(r"/[ \t]?[А-ЯЁ]")


_NAME_PART = re.compile(r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?|[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.?)?")
_UNDERLINE = re.compile(r"__[ \t]*$")
_UNDERLINE_AFTER = re.compile(r"[ \t]*__")
# what a cell holds when it names no one ("Фамилия не указана" is lower case; these are capitalised)
# (also the next column's name in a register's header printed in capitals, "ФАМИЛИЯ        ДР   ДИАГ   СУММА")
_NOT_VALUES = frozenset("нет неизвестно неизвестен неизвестна аноним фамилия имя отчество дата пол возраст адрес полис снилс инн телефон "
                        "паспорт диагноз др диаг мкб сумма код енп тел примечание подпись статус отделение палата участок".split())


def names_someone(words: list[str], is_name_word: Callable[[str], bool], is_ordinary_word: Callable[[str], bool]) -> bool:
    """Some word is a name by the dictionary, and the first is no ordinary word ("Врач", "Пациент")."""
    if is_ordinary_word(words[0]) and not any(is_name_word(w) for w in words[1:]):
        return False
    return any(is_name_word(w.rstrip(".")) or "-" in w for w in words) or (
        len(words) > 1 and all(w.endswith(".") for w in words[1:])
    )


# three letters or more (a surname may be "Пак"), one to a box or one space between them ("|Г|Р|О|М|О|В|",
# "К у з н е ц о в а", OCR's "П | А | К"); a double surname's hyphen takes a box of its own ("А | - | П")
_BOX = r"(?:[ \t]?\|[ \t]?|[ ])"
_LETTER_RUN = re.compile(rf"(?<![^\s|:])\|?[ \t]?[А-ЯЁа-яё](?:{_BOX}(?:[А-ЯЁа-яё]|-(?={_BOX}[А-ЯЁа-яё]))){{2,}}[ \t]?\|?(?![^\s|.,;])")
_SPACED_BOX = re.compile(r"[ \t]?\|[ \t]?")
def _letter_names(
    text: str, labels: list[tuple[int, str]], is_name_word: Callable[[str], bool], is_ordinary_word: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Names written one letter to a box, or with a space after every letter, after a name label
    (see the module's docstring)."""
    resume = 0
    for position, label in labels:
        if position < resume:
            continue
        group = _letter_group(text, position + len(label))
        if group is None:
            continue
        resume = group[1]
        boxed = _SPACED_BOX.sub("|", text[group[0] : group[1]])  # "М | Я | С" is "М|Я|С"
        if "|" not in boxed and (len(boxed.replace(" ", "")) < 4 or not boxed[0].isupper()):
            continue  # spaced out without boxes: four letters at least, a capital first ("в и ч" is a phrase)
        words = [
            "".join(ch for ch in piece if ch.isalpha() or ch == "-").capitalize()
            for piece in re.split(r"[ \t]{2,}|\|\||\|[ \t]+" if "|" in boxed else r"[ \t]{2,}", boxed)
            if any(ch.isalpha() for ch in piece)
        ]
        # a name part's own cell ("Фамилия К|О|М|А|Р|О|В") names its word whatever the dictionary says
        # ("Комаров" is also "of mosquitoes"); after "ФИО" one word must still read as a name
        named = label in _CELL_LABELS and not any(w.lower() in _NOT_VALUES for w in words)
        if words and (named or not all(is_ordinary_word(w) for w in words) or any(is_name_word(w) for w in words)):
            yield group


def _letter_group(text: str, after_label: int) -> tuple[int, int] | None:
    """The span of the spelt-out words that start within a few characters after a label."""
    first = _LETTER_RUN.search(text, after_label, min(len(text), after_label + 30))
    if first is None or "\n" in text[after_label : first.start()]:
        return None
    first = _LETTER_RUN.match(text, first.start()) or first  # (it starts near the label, and may run on past 30)
    last = first
    while True:
        gap_end = last.end()
        while gap_end < min(len(text), last.end() + 4) and text[gap_end] in " \t|":
            gap_end += 1
        nxt = _LETTER_RUN.match(text, gap_end)
        if nxt is None or gap_end == last.end():
            break
        last = nxt
    start, end = first.start(), last.end()
    while start < end and text[start] in " \t|":  # (the boxes' outer borders and spaces are no part of the name)
        start += 1
    while end > start and text[end - 1] in " \t|":
        end -= 1
    return start, end
