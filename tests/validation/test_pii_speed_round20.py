"""Speed round 20: each shortcut finds what the long way finds.

* the record-number and document-number passes' "a digit on this line within reach" tests, read off the first digit or
  line break (:func:`medsyn_dataset.validation.pii.digit_ahead.digit_or_break`), answer as their patterns do;
* :func:`medsyn_dataset.validation.pii.normalize.ascii_bytes`, read off the code-page bytes, is
  ``encode("ascii", "ignore")``;
* the foreign passports' cells (:func:`medsyn_dataset.validation.pii.foreign_ids.field_passport_spans`), tried where a
  cell opens, are those of a scan of the whole text;
* the normaliser's Latin initials, looked for at their capitals, and the lines of a first name and patronymic, read
  with the first word's letters possessive, are found as before; a text the code page holds has no accented Latin letter.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import (
    document_numbers,
    foreign_ids,
    latin,
    name_lines,
    normalize,
    record_numbers,
)
from medsyn_dataset.validation.pii.code_page import CODE_PAGE
from medsyn_dataset.validation.pii.digit_ahead import digit_or_break

# the passes' tests and their patterns (the record numbers' goes on past a line break after ":", ": " or "№")
_TESTS = ((record_numbers._digit_ahead, record_numbers._DIGIT_AHEAD), (document_numbers._digit_ahead, document_numbers._DIGIT_AHEAD))
# runs of letters of every length around the reaches, the signs the record pattern's line break may follow, digits of
# the code page and of another script (Arabic-Indic three: a Unicode digit outside the code page), line breaks, tabs
_PIECES = ["а" * 1, "б" * 7, "в" * 30, "г" * 49, "д" * 50, "е" * 97, "ж" * 98, "з" * 99, "и" * 100, "к" * 157, "л" * 159,
           "м" * 160, " ", "\t", "\n", ":", ": ", "№", "№ ", "№\t", "5", "12", "Ж-", "AB", "\u0663", "ş"]


def _answers_as_the_patterns(text: str) -> None:
    for start in range(len(text)):
        for test, pattern in _TESTS:
            assert test(text, start) == (pattern.match(text, start) is not None), (text, start, pattern.pattern)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_digit_ahead_answers_as_the_patterns(text: str) -> None:
    _answers_as_the_patterns(text)


def test_digit_ahead_at_the_reach_and_past_a_line_break() -> None:
    for gap in (0, 1, 98, 99, 100, 101, 158, 159, 160, 161):
        for after in ("5", "\n5", " \n5", "№ \n5", "№\n5", "№\t\n5", ":\n 5", ": \nЖ-5", ":\t\n5", "a", "", "\n"):
            _answers_as_the_patterns("карта" + "ю" * gap + after)
            _answers_as_the_patterns("номер №" + "ю" * gap + after)
            _answers_as_the_patterns(after + "ю" * gap)
    assert digit_or_break("номер 12", 0, 102) == (6, True)
    assert digit_or_break("номер" + "ю" * 200 + "1", 0, 102) == (-1, False)
    assert digit_or_break("карта №\n12", 0, 102) == (7, False)
    assert digit_or_break("номер \u0663", 0, 102) is None  # (outside the code page)


def test_the_code_page_has_no_other_digit_or_line_break() -> None:
    characters = bytes(range(256)).decode(CODE_PAGE, errors="replace").replace("\ufffd", "")
    assert re.findall(r"\d", characters) == list("0123456789")
    assert re.findall(r"\n", characters) == ["\n"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*bytes(range(256)).decode(CODE_PAGE, errors="replace"), "ş", "\u0663"]), max_size=40))
def test_ascii_bytes_is_the_ascii_encoding(text: str) -> None:
    assert normalize.ascii_bytes(text) == text.encode("ascii", "ignore")


# the bounds of a table's or an export's cells, line breaks, spaces, ICAO-shaped values of both scripts' letters and what
# falls short of one
_CELL_PIECES = [";", "|", "\t", '"', "\n", " ", "  ", "AB1234567", "AB 1234567", "М1234567", "AB12C3456", "X", "1234567",
                "слово", "E06394130", "Паспорт"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CELL_PIECES), max_size=12).map("".join))
def test_foreign_passport_cells_are_found_where_a_cell_opens(text: str) -> None:
    # (a text with no bound has no cell: the function's own gate, as before)
    bounded = any(bound in text for bound in foreign_ids._CELL_BOUNDS)
    scanned = [match.span("value") for match in foreign_ids._CELL.finditer(text)] if bounded else []
    assert list(foreign_ids.field_passport_spans(text)) == [
        span for span in scanned if not foreign_ids._LOT_WORDS.search(text, *foreign_ids._header_window(text, span[0]))]


def test_the_code_page_has_no_accented_latin_letter() -> None:
    characters = bytes(range(256)).decode(CODE_PAGE, errors="replace")
    assert latin._ACCENTED.search(characters) is None  # (so a text it holds needs no scan for one)


# Latin look-alike capitals with and without their stops, Cyrillic words and capitals, spaces, stops, brackets
_INITIAL_PIECES = ["A.", "B.", "K.", "Y.", "M", ".", " ", "Е.", "Дорофеев", "Петров", "Анна", "(", "T.X.", "x", "5", "ok"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_INITIAL_PIECES), max_size=10).map("".join))
def test_latin_initials_are_found_at_their_capitals(text: str) -> None:
    assert normalize._has_latin_initials(text) == (normalize._LATIN_INITIALS.search(text) is not None)


_LINE_PIECES = ["\n", " ", "\t", "Ульяна", "Тимуровна", "Петрович", "ГРОМОВА", "ИВАНОВИЧ", "Жалобы", ":", ",", "Анна-Мария",
                "-", "ов", "Ов", "5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=12).map("".join))
def test_name_and_patronymic_lines_as_with_backtracking(text: str) -> None:
    plain = re.compile(name_lines._NAME_PATRONYMIC_LINE.pattern.replace(name_lines._WORD_ONCE, name_lines._WORD))
    assert [m.span() for m in name_lines._NAME_PATRONYMIC_LINE.finditer(text)] == [m.span() for m in plain.finditer(text)]
