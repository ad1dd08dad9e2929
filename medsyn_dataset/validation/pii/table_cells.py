"""Tables: a header row names its columns, and the cells below are of that type.

Records paste tables ("| Документ | Серия | Номер |\\n| паспорт РФ | 2402 | 449905 |", "| № ИБ |
Отделение | Койка |\\n| РКБ-33714 | ТО | 3 |"); there the label stands above the value, not before it,
and no cue rule sees it. This module reads rows split by "|": a row whose cells are labels (no digits)
types the cells below it, column by column, until the table ends; a row whose cell is a label types
the cell right after it ("| СНИЛС | 123-456-789 01 |"). Series and number are a passport's only where
the table names a passport or a document. A cell is taken only when its content fits the type (digits
for numbers and dates, a letter for names and places, not "нет" or "-"). What a header's label names is read by
:mod:`.column_labels`, the lexicon every table reader shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii import morph, voluntary_insurance
from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.column_labels import (
    BIRTH_DATE_PLACE,
    LABELS,
    MACHINE_KEY,
    NUMBERED,
    YEAR_COLUMN,
    column_label,
    staff_column,
)
from medsyn_dataset.validation.pii.date_grammar import FULL_DATE
from medsyn_dataset.validation.pii.document_codes import FORM_CODE
from medsyn_dataset.validation.pii.entities import ID_PAPERS
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.export_tables import VALUE_DIGIT
from medsyn_dataset.validation.pii.months import CUT_ALTERNATION, stem_alternation
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.numbered_labels import numbered_value

_DOCUMENT = re.compile(r"паспорт|документ|удостоверени|кем[ \t]+выдан|выдан[ \t]+кем|код[ \t]+подразделени", re.IGNORECASE)
# (a rule between rows: "|---|---|", "+----+----+", or a box-drawing one "├────┼────┤", "╠════╬════╣")
_SEPARATOR_ROW = re.compile(r"[|\s:\-–—=+\u2500-\u257f]*")
_EMPTY = re.compile(r"[\s\-–—_.]*|нет|не[ \t]+указан\w*|отсутствует|н/д", re.IGNORECASE)
# (the types whose cell must hold digits: the papers, and a record's number, a phone, a date)
_NUMBER_TYPES = ID_PAPERS | {"PHONE_NUMBER", "MEDICAL_RECORD_NUMBER", "DATE_TIME"}
CELL_SCORE = 0.85
_WHOLE_DATE = re.compile(rf"[ \t]*{FULL_DATE}[ \t]*")
_LONGEST_DATE_CELL = 40  # ("12 сентября 2024 г., 14 ч 05 мин" is 32 characters)
# a word of four letters or more that names no month, year or time: the cell holds more than a date
_NOT_DATE_WORD = re.compile(r"(?<![^\W\d_])(?!(?:" + CUT_ALTERNATION + r"|ма[йя]|год|час|мин|сек"
                            r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|года)\w*)[^\W\d_]{4,}", re.IGNORECASE)

Cell = tuple[int, int]  # (start, end) of a cell's stripped content


def _separator(text: str, start: int, end: int) -> str | None:
    """What splits the row ``text[start:end]`` into cells: "|" (a pasted table), or tabs (a TSV
    export or a spreadsheet pasted as text: two tabs or more, so one tab used as an indent is no table)."""
    if text.find("|", start, end) >= 0:
        return "|"
    if text.count("\t", start, end) >= 2:
        return "\t"
    # (a CSV export with ";", as Russian spreadsheets write it: read only under a header row of labels, and only rows
    # with as many cells as the header, :func:`_scan`; a sentence's "; " list has neither)
    return ";" if text.count(";", start, end) >= 2 else None


def _cells(text: str, start: int, end: int, separator: str = "|") -> list[Cell]:
    """The cells of the row ``text[start:end]`` (the parts between ``separator``), stripped of spaces."""
    cells, position = [], start
    bounds = [i for i in range(start, end) if text[i] == separator]
    for stop in [*bounds, end]:
        cells.append(_blank_trimmed(text, position, stop))
        position = stop + 1
    leading, trailing = text[start : bounds[0]].strip() == "", text[bounds[-1] + 1 : end].strip() == ""
    # a border on one side only: the row was written inside a sentence, what stands beyond it is no cell
    # ("Боль в колене. | № ИБ | Отделение |"); tabs and ";" have no borders: an empty cell at a row's end is
    # a spreadsheet's empty column ("ИВАНОВ<TAB>4510<TAB>123456<TAB><TAB>"), and the cells keep their columns
    if separator == "|" and (leading or trailing):
        cells = cells[1:] if len(cells) > 1 else cells
        cells = cells[:-1] if len(cells) > 1 else cells
    return cells


# the cell's date, then its place after a comma ("04.12.1971, Находка", "1971-12-04; г. Надым"), or the place first
_DATE_PART = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)|\d{4}-\d\d-\d\d"
_BIRTH_CELL = re.compile(
    rf"[ \t]*(?:(?P<date>{_DATE_PART})(?:[ \t]*г\.)?[ \t]*[,;]?[ \t]*(?P<place>[^\W\d_][^|\t]*?)"
    rf"|(?P<place2>[^\W\d_][^|\t,;]*?)[ \t]*[,;][ \t]*(?P<date2>{_DATE_PART})(?:[ \t]*г\.?)?)[ \t]*"
)


_YEAR_CELL = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*")


def _birth_cell(text: str, a: int, b: int) -> Iterator[tuple[str, int, int]]:
    """The date and the place of a cell under a date and place of birth column (see :data:`BIRTH_DATE_PLACE`)."""
    cell = _BIRTH_CELL.fullmatch(text, a, b)
    if cell is not None:
        date, place = ("date", "place") if cell.group("date") else ("date2", "place2")
        yield "DATE_TIME", cell.start(date), cell.end(date)
        yield "LOCATION", cell.start(place), cell.end(place)


# (columns that make a table a register of persons: a row per patient)
_PERSON_COLUMNS = ID_PAPERS | {"PERSON", "PHONE_NUMBER"}


def _register_ids(text: str, cells: list[Cell], labels: list[str | None]) -> None:
    """A bare "ID" column is nobody's record in a lab table ("ID | Показатель | Результат"), but in a
    header that also names a person's columns ("ID|FIO|INN|PHONE", "id;ФИО;СНИЛС") a row is a patient
    and its id is the patient's record number in the system that exported it."""
    if not any(label in _PERSON_COLUMNS for label in labels):
        return
    for index, (a, b) in enumerate(cells):
        if index == 0 and labels[0] is None:  # (a header pasted after a sentence: "... осмотр. ID|FIO|...")
            a = text.rfind(" ", a, b) + 1 or a
        if labels[index] is None and MACHINE_KEY.fullmatch(text, a, b) and \
                key_type(text[a:b], person_export=True) == "MEDICAL_RECORD_NUMBER":
            cells[index], labels[index] = (a, b), "MEDICAL_RECORD_NUMBER"


def _pasted_label(text: str, cell: Cell, document: bool) -> tuple[Cell, str | None]:
    """A TSV header pasted right after a sentence carries its words in its first cell ("... осмотр.
    Фамилия<TAB>Имя"): the cell's last one to three words may be its label."""
    a, b = cell
    position = b
    for _ in range(3):
        position = text.rfind(" ", a, position)
        if position < 0:
            break
        label = column_label(text[position + 1 : b], document)
        if label is not None:
            return (position + 1, b), label
    return cell, None


_MEASURE = re.compile(r"\d[ \t]*(?:мл|мг|мкг|ммоль|мкмоль|мм|см|ед|мин|сек|%)(?![а-яё])", re.IGNORECASE)


def _fits(kind: str, value: str) -> bool:
    if not value or _EMPTY.fullmatch(value):
        return False
    if kind == "DATE_TIME" and (len(value) > _LONGEST_DATE_CELL or _NOT_DATE_WORD.search(value)):
        return False  # a date with a note after it in one cell ("2024-05-17 боли в ..."): the date rules take the date
    if kind == NUMBERED:
        return numbered_value(value) and _MEASURE.search(value) is None
    if kind == "MEDICAL_RECORD_NUMBER" and (_MEASURE.search(value) or FORM_CODE.fullmatch(value.strip())):
        return False  # "с 400 мкг сальбутамола": a measurement, no record's number; "107-1/у": a form's code, no copy's
    if kind in ID_PAPERS and _WHOLE_DATE.fullmatch(value):
        return False  # a date is no paper's number: a misaligned row's birth date under "ПОЛИС" (review 0 r21)
    if kind in _NUMBER_TYPES:
        return sum(ch.isdigit() for ch in value) >= (3 if kind != "DATE_TIME" else 2)
    if kind == "EMAIL_ADDRESS":
        return "@" in value
    if kind == "PERSON":  # (one word in lower case is a specialty or a role in a staff column: "терапевт", "дежурный")
        return any(ch.isalpha() for ch in value) and not any(ch.isdigit() for ch in value) and not (
            value.islower() and " " not in value.strip())
    return any(ch.isalpha() for ch in value)


# (the space-aligned tables of :mod:`.aligned_columns` check their columns alike, and name them by
# :func:`.column_labels.cell_label`; a date and place of birth column is read in tables with bars, tabs or semicolons only)
cell_fits = _fits

_FOUND: list[object] = ["", []]


def table_cells(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the typed cells of ``text``'s tables (computed once per text)."""
    if _FOUND[0] is text:
        return _FOUND[1]  # type: ignore[return-value]
    found: list[tuple[str, int, int]] = []
    if text.count("|") >= 2 or text.count("\t") >= 2 or text.count(";") >= 4:
        found = list(_scan(text))
    _FOUND[0], _FOUND[1] = text, found
    return found


def _scan(text: str) -> Iterator[tuple[str, int, int]]:
    header: list[str | None] | None = None
    body = False  # (the table has had a row that was no header: "| Показатель | Значение |", "| Год | 2019 |")
    card: tuple[list[tuple[str, int, int]], list[bool]] = ([], [])  # (a key-value card's years and its persons, staff or not)
    position = 0
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        separator = _separator(text, position, end)
        if separator is None and text[position:end].strip() and _SEPARATOR_ROW.fullmatch(text, position, end):
            pass  # a rule with no bar in it ("├──┼──┤" once the bars are read as "|", "+---+---+"): the table goes on
        elif separator is None:
            yield from _card_years(card)
            header, body = None, False  # the table ends
        elif separator == ";" and (header is None or len(header) != text.count(";", position, end) + 1) \
                and (header is not None or VALUE_DIGIT.search(text, text.find(";", position, end), end)):
            yield from _card_years(card)
            header, body = None, False  # a ";" row that is no header and not as wide as the header above it: no CSV (or its end)
        elif not _SEPARATOR_ROW.fullmatch(text, position, end):  # ("|---|---|" rows are skipped)
            cells = _cells(text, position, end, separator)
            document = bool(_DOCUMENT.search(text, position, end)) or (header is not None and "RU_PASSPORT" in header)
            labels = [column_label(text[a:b], document) for a, b in cells]
            if cells and labels[0] is None and (separator in "\t;" or _SENTENCE_BREAK.search(text, *cells[0])):
                cells[0], labels[0] = _pasted_label(text, cells[0], document)
            _register_ids(text, cells, labels)
            # (a CSV header pasted after a sentence: "... без динамики. №;ФИО;Полис": the sentence's digits are no values)
            # (and a "|" header so, "... хрипов. № п/п | Дата | ФИО | Адрес": the cell before the first bar holds a sentence)
            # (and a tab header so, "... 5 дней. № п/п<TAB>№ тела<TAB>ФИО": the tab's cells hold spaces, so only after a stop)
            pasted = header is None and any(labels[1:]) and (
                separator == ";" or (separator in "|\t" and _SENTENCE_BREAK.search(text, *cells[0]) is not None))
            # (under a header, a row whose first cell alone is a label is a label and its values, "| ФИО | Ли Ин | Ким |":
            # a table turned on its side; a header comes once)
            side_row = header is not None and len(cells) > 1 and labels[0] is not None and not any(labels[1:])
            if side_row and header is not None:
                header = [None] * len(header)  # (its columns are persons, "Пациент", not types: each row's label types it)
            if separator == ";" and header is None and (len(cells) < 3 or sum(label is not None for label in labels) < 2):
                pass  # (a CSV's header names three columns and more, two of them at least by a known label)
            elif any(labels) and not side_row and not any(VALUE_DIGIT.search(text, a, b) for a, b in cells[1 if pasted else 0 :]) \
                    and not (header is None and _key_and_value(text, cells, labels, body)):
                header = _staff_years(text, cells, _voluntary_policies(text, position, cells, labels))  # a header row
            else:
                if separator == ";":
                    cells = [_csv_value(text, cell) for cell in cells]
                yield from _card_rows(text, cells, labels, _typed(text, cells, labels, header, side_row), card, header)
                body = body or (header is None and len(cells) > 1)
        position = end + 1
    yield from _card_years(card)


_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+\S")


def _card_rows(text: str, cells: list[Cell], labels: list[str | None], found: Iterator[tuple[str, int, int]],
               card: tuple[list[tuple[str, int, int]], list[bool]], header: list[str | None] | None
               ) -> Iterator[tuple[str, int, int]]:
    """``found`` in a row, but a key-value card's year after its key ("| Год | 2019 |") held in ``card`` till the card
    ends, with whether each of its person's keys names the staff ("| Врач | Петров П.П. |"; review A r24, finding 14)."""
    keyed = [index for index in range(1, len(cells)) if header is None and labels[index - 1] is not None
             and labels[index] is None]
    for kind, start, end in found:
        if kind == "DATE_TIME" and any(labels[index - 1] == YEAR_COLUMN and cells[index][0] <= start < cells[index][1]
                                       for index in keyed):
            card[0].append((kind, start, end))
        else:
            yield kind, start, end
    card[1].extend(staff_column(text[slice(*cells[index - 1])]) for index in keyed if labels[index - 1] == "PERSON")


def _card_years(card: tuple[list[tuple[str, int, int]], list[bool]]) -> list[tuple[str, int, int]]:
    """A card's years held by :func:`_card_rows`, as its table ends: none where every person it names is the staff, as
    :func:`_staff_years` reads a header (a card naming no one, or the patient, may be the patient's)."""
    years = [] if card[1] and all(card[1]) else list(card[0])
    card[0].clear()
    card[1].clear()
    return years


def _staff_years(text: str, cells: list[Cell], labels: list[str | None]) -> list[str | None]:
    """``labels`` of a header row, without its year column where every person's column is the staff's ("| Врач | Год |
    Число пациентов |": a workload statistic, an attestation list; review B r23, finding 4)."""
    if YEAR_COLUMN not in labels or any(label == "PERSON" and not staff_column(text[a:b])
                                        for label, (a, b) in zip(labels, cells, strict=True)):
        return labels
    return [None if label == YEAR_COLUMN else label for label in labels]
# a person's name as a value, not a column's header: two words or more, each capitalised ("Иванов Иван Иванович", "Иванов
# И.И."), where a header capitalises its first word only ("Дата рождения", "Основной диагноз")
_NAME_VALUE = re.compile(r"[A-ZА-ЯЁ][\w.'\-]*(?:[ \t]+[A-ZА-ЯЁ][\w.'\-]*)+")


def _key_and_value(text: str, cells: list[Cell], labels: list[str | None], body: bool) -> bool:
    """A key-value table's row ("| ФИО | Иванов Иван Иванович |"), not a header typing the cells below it: each label is
    followed by a value cell that fits it, and either the table has had a row that was no header already (a header of
    words alone, "| Показатель | Значение |", or a key and its value, "| Год | 2019 |"), or the value is a person's name
    (review B r23, finding 11: a header there typed the keys below it, "| Стаж | 1 год |", as names)."""
    keys = [index for index, label in enumerate(labels) if label is not None]
    for index in keys:
        if index + 1 >= len(cells) or labels[index + 1] is not None:
            return False
        value = text[cells[index + 1][0] : cells[index + 1][1]]
        kind = labels[index]
        if kind is None or not _fits(reported(kind), value):
            return False
        if kind == "PERSON" and _header_words(value):
            return False  # ("| ФИО | Диагноз |", "| ФИО | Основной Диагноз |": a header's words, no name; review A r24, finding 5)
        if not body and not (kind == "PERSON" and _NAME_VALUE.fullmatch(value) and not value.isupper()):
            return False
    return bool(keys)


def _header_words(value: str) -> bool:
    """Whether a cell's words are all ordinary dictionary words, none a name's ("Палата", "Группа Крови"): a header's."""
    words = re.findall(r"[А-ЯЁа-яё]+", value)
    return bool(words) and all(morph.is_ordinary_word(word) for word in words)
# a voluntary insurance's mark: a policy column so named ("Полис ДМС"), or a bare "Полис" under a title that names it
# ("Реестр оказанных услуг по ДМС\n№ | Полис | ..."), holds the insurer's contracts, record numbers as
# :mod:`.other_papers` reads them in prose, never the OMS policy (a column naming ОМС or ЕНП keeps its type)
# ("добровольн..." alone on the title line is no mark: "Информированное добровольное согласие получено.")
_VOLUNTARY_CELL = re.compile(rf"(?<![\w])(?i:{voluntary_insurance.MARK_BY_POLICY})(?![\w])")
_COMPULSORY_MARK = re.compile(r"(?i:омс|енп|обязательн)")


def _voluntary_policies(text: str, row: int, cells: list[Cell], labels: list[str | None]) -> list[str | None]:
    """``labels`` of a header row, with its policy columns typed as record numbers where a voluntary insurance's mark
    names them (in the cell, or on the title line above the row)."""
    if "RU_OMS_POLICY" not in labels:
        return labels
    title_start = text.rfind("\n", 0, max(0, row - 1)) + 1
    titled = voluntary_insurance.TITLE_MARK.search(text, title_start, max(title_start, row - 1)) is not None
    typed = list(labels)
    for index, (a, b) in enumerate(cells):
        if labels[index] != "RU_OMS_POLICY" or _COMPULSORY_MARK.search(text, a, b):
            continue
        if _VOLUNTARY_CELL.search(text, a, b) or titled:
            typed[index] = "MEDICAL_RECORD_NUMBER"
    return typed
# (a CSV row pasted into a note may run on into the note's text: "...;89161234567 Жалобы на ..."; a number ends where
# a word of two letters follows it after a space)
_WORD_AFTER_NUMBER = re.compile(r"(?<=[\d)\"])[ \t]+(?=[А-ЯЁа-яё]{2})")


def _csv_value(text: str, cell: Cell) -> Cell:
    """A CSV cell without the quotes a spreadsheet puts around text ("\"+7 916 ...\""), and without the note's
    text where the row's last cell runs on into it."""
    a, b = cell
    if b - a >= 2 and text[a] == '"':
        a += 1
        close = text.find('"', a, b)
        return (a, close) if close >= 0 else (a, b)
    if any(ch.isdigit() for ch in text[a : min(b, a + 3)]):
        after = _WORD_AFTER_NUMBER.search(text, a, b)
        if after is not None:
            return a, after.start()
    return a, b


def _typed(text: str, cells: list[Cell], labels: list[str | None], header: list[str | None] | None, side: bool = False
           ) -> Iterator[tuple[str, int, int]]:
    for index, (a, b) in enumerate(cells):
        kind = header[index] if header is not None and index < len(header) else None
        keyed = kind is None and index > 0 and labels[index - 1] is not None
        if keyed:
            kind = labels[index - 1]  # "| СНИЛС | 123-456-789 01 |"
        elif side and kind is None and index > 1 and labels[0] is not None and not any(labels[1:index]):
            kind = labels[0]  # a table turned on its side, one column per person: "| Телефон | 8916... | 8903... |"
        if kind == BIRTH_DATE_PLACE:
            yield from _birth_cell(text, a, b)
        elif kind == YEAR_COLUMN:
            # (under a header beside a patient's column, not the staff's, :func:`_staff_years`; or after its key in a key-value
            # row, "| Год | 2019 |", as the prose reads "Год: 2019" (review B r23, finding 4: the key-value card decided))
            if (keyed or (header is not None and "PERSON" in header)) and _YEAR_CELL.fullmatch(text, a, b):
                yield "DATE_TIME", *_blank_trimmed(text, a, b)
        elif kind is not None and labels[index] is None and _fits(kind, text[a:b]):
            issued = _ISSUE_DATE.fullmatch(text, a, b) if kind not in ("DATE_TIME", "PHONE_NUMBER") else None
            if issued is not None:  # (the document's date beside its number: a date, not more of the number)
                yield "DATE_TIME", issued.start("date"), issued.end("date")
            else:
                yield reported(kind), a, b


def _blank_trimmed(text: str, a: int, b: int) -> Cell:
    """The cell ``text[a:b]`` without the spaces and tabs around it (empty when nothing else is in it)."""
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


def reported(kind: str) -> str:
    """The type a column's label reports its cells as (:data:`NUMBERED` is a record number's)."""
    return "MEDICAL_RECORD_NUMBER" if kind == NUMBERED else kind


# A document's cell continued by its issue or validity date ("| Полис ОМС | 5016... | выдан 07.12.2025 |", "| от
# 12.03.2021 |", "| действителен до 01.2027 |"): that cell is a date, whatever the row's label names.
# (May as "май"/"мая" only: a day before the month puts it in the genitive, "«05» мая 1998 г.")
_ISSUE_MONTH_STEMS = stem_alternation("ма[йя]")
# (the date as the date rules read it: a space after a stop or a comma for a stop as typists write it, "09. 05. 1937",
# "27,03.1949", or a month word, "22 октября 2022 г.", "«05» мая 1998 г.")
_ISSUE_DATE = re.compile(r"(?:(?:выдан\w*|от|дата[ \t]+выдачи|действ\w*|с|до|по)[ \t:]*)*"
                         r"(?P<date>\d{1,2}[ \t]?[./,-][ \t]?\d{1,2}[ \t]?[./-][ \t]?(?:\d{4}|\d{2})|\d{1,2}[./]\d{4}"
                         r"|\d{4}-\d{2}-\d{2}|[«\"]?\d{1,2}[»\"]?[ \t]+(?:" + _ISSUE_MONTH_STEMS
                         + r")[а-яё]*\.?[ \t]+\d{4})(?:[ \t]*г\.?)?",
                         re.IGNORECASE)


def _may_hold_cells(text: str) -> bool:
    """A bar, a tab or a semicolon, one of which every table's cells need (";" is looked for in the text's shared ASCII
    bytes, which hold it if the text does: ~0.05 us to the text's ~1 us, as ";" shares its low byte with "л")."""
    return "|" in text or "\t" in text or b";" in ascii_bytes(text)


class TableCellRecognizer(CandidateRecognizer):
    """The cells of one type in the text's tables (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"TableCell{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not _may_hold_cells(text) or not table_cells(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        if not _may_hold_cells(text):
            return
        for kind, start, end in table_cells(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, CELL_SCORE, self.name)


def table_recognizers() -> list[TableCellRecognizer]:
    """One recognizer per type a table's header can name."""
    return [TableCellRecognizer(kind) for kind in dict.fromkeys(kind for kind, _ in LABELS)]
