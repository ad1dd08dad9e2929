"""Review mends of the PII package (issue #10): one reading of an export's objects, one lowered text for every note.

The examples are made up here. :mod:`medsyn_dataset.validation.pii.export_objects` is the one place that says which
JSON object holds a member and what it is about, and which keys name only a part of an identifier (used by the JSON,
XML and YAML readers alike); :func:`medsyn_dataset.validation.pii.base.lowered` keeps every note's characters in
place, so that the passes gated on it read notes with a dotted capital I too; the aligned-table reader reads a
header's rows without copying the rest of the note.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner, base
from medsyn_dataset.validation.pii.aligned_columns import _lines, aligned_cells
from medsyn_dataset.validation.pii.dump_cells import yaml_cells
from medsyn_dataset.validation.pii.export_objects import holder_key, is_kind_key, json_owner, open_object


def _found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan(text)]


@pytest.mark.parametrize(("text", "member", "owner"), [
    ('{"docs": [{"type": "oms", "number": "1"}]}', '"number"', "oms"),  # the kind member
    ('{"docs": [{"documentType": "oms", "number": "1"}]}', '"number"', "oms"),  # written in camelCase
    ('{"doc": {"Doc_Type": "oms", "number": "1"}}', '"number"', "oms"),
    ('{"polis": {"number": "1"}}', '"number"', "polis"),  # no kind member: the holder's key
    ('{"polis": [\n  {"number": "1"}]}', '"number"', "polis"),  # an array's items, one per line
    ("{'polis':\n    {\"number\": \"1\"}}", '"number"', "polis"),  # a Python dict's quotes, the brace on its own line
    ('{"number": "1"}', '"number"', ""),  # a top object: held by nothing
    ('{"polis": {}, "number": "1"}', '"number"', ""),  # the object closed before the member
])
def test_a_members_object_names_it(text: str, member: str, owner: str) -> None:
    assert json_owner(text, text.index(member)) == owner


def test_holder_and_kind_keys() -> None:
    text = 'x = {"address": {"line": "..."}}'
    brace = open_object(text, text.index('"line"'))
    assert holder_key(text, brace) == "address"
    assert open_object("no object here", 5) == -1
    assert [key for key in ("type", "DocType", "document-type", "tip", "system", "name", "typed") if is_kind_key(key)] == [
        "type", "DocType", "document-type", "tip", "system"]


@pytest.mark.parametrize("text", [
    # a person object holding its "name" in an array, or written over lines: the name is that person's, even one no
    # dictionary knows (the JSON readers now share one holder rule; the name reader allowed neither)
    'Выгрузка: {"patient": [{"name": "Ондар Чечек"}], "ward": 5}',
    "Выгрузка:\n{'relative':\n    {\"name\": \"Ондар Чечек\"}}",
])
def test_a_person_objects_name_in_an_array_or_over_lines(scanner: PiiScanner, text: str) -> None:
    assert ("PERSON", "Ондар Чечек") in _found(scanner, text)


@pytest.mark.parametrize(("text", "expected"), [
    # YAML reads part keys as JSON does: "nr" names a number (it did in JSON only)
    ("Выписка.\nrecord:\n  passport:\n    nr: 451023\n    kem: УФМС\n", [("RU_PASSPORT", "451023")]),
    # a policy's "name" is its insurer's: the holder key names the number (a kind member only by "type"-like keys)
    ("Выписка.\nrecord:\n  policy:\n    name: Ингосстрах\n    number: 1234567890\n", [("RU_OMS_POLICY", "1234567890")]),
    # a bare "id" under a patient: still the patient's record number (read as a bare id of a person's export)
    ("Выписка.\npatient:\n  id: 55210\n  ward: 4\n", [("MEDICAL_RECORD_NUMBER", "55210")]),
])
def test_yaml_parts_read_with_the_json_readers_words(scanner: PiiScanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(scanner, text) == expected


def test_yaml_code_and_id_keys_keep_their_own_names() -> None:
    """A "code" (a service's, a diagnosis's) and an "id" are no part of an identifier: not prefixed by their mapping."""
    text = "Выписка.\nrecord:\n  service:\n    code: 5521\n    price: 300\n  lab:\n    id: 7\n    number: 12\n"
    assert [key for key, _, _ in yaml_cells(text)] == ["code", "price", "id", "lab number"]


@pytest.mark.parametrize("text", [
    "Выписка.\nrecord:\n  room:\n    nr: 214\n    floor: 3\n",
    "Выписка.\nrecord:\n  service:\n    code: 5521\n    price: 300\n",
    "Выписка.\nrecord:\n  lab:\n    number: 7\n    value: 5.4\n",
    '{"lab": {"number": 7, "type": "glucose", "value": "5.4"}, "ward": {"nr": "12"}}',
    '{"drug": {"type": "tablet", "number": "30", "dose": "5 мг"}}',
])
def test_parts_of_things_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert scanner.scan(text) == []


def test_lowered_keeps_every_character_in_place() -> None:
    """"İ" lowers to two characters; the lowered text keeps one per character (it was "" for such a note)."""
    text = "Пациент İlham ƏLİYEV"
    lower = base.lowered(text)
    assert len(lower) == len(text)
    assert lower == "пациент ilham əliyev"
    assert base.lowered("") == ""


@pytest.mark.parametrize(("text", "expected"), [
    # each pass gated on the lowered text reads a note with a dotted capital I (it skipped the whole note)
    ("İlham Əliyev, больничный 910044556677 закрыт", ("MEDICAL_RECORD_NUMBER", "910044556677")),
    ("İsmayıl. INSERT INTO pac (nib, fio) VALUES ('4471/22', 'Алиев Исмаил');", ("MEDICAL_RECORD_NUMBER", "4471/22")),
    ("İsmayıl\nBEGIN:VEVENT\nDTSTART:20240312T093000\nEND:VEVENT", ("DATE_TIME", "20240312T093000")),
])
def test_passes_gated_on_the_lowered_text_read_notes_with_a_dotted_capital_i(
        scanner: PiiScanner, text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(scanner, text)


@pytest.mark.parametrize("text", [
    "İlham: рецепт 2 раза в день, направление 3 дня, больничный 5 дней",
    "İbuprofen 400 мг 3 раза в день, MCV 88 fL, палата 12",
])
def test_notes_with_a_dotted_capital_i_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert scanner.scan(text) == []


def test_aligned_rows_are_read_line_by_line_from_the_header() -> None:
    text = "a\nbc\n\nd"
    assert list(_lines(text, 2)) == [(2, 4), (5, 5), (6, 7)]
    assert list(_lines(text + "\n", 6)) == [(6, 7), (8, 8)]
    lines = _lines(text, 0)
    assert next(lines) == (0, 1)  # (produced as asked for: a table's prose line ends the reading)
    table = ("Время   № карты        Пациент          Д.р.\n"
             "08:30   К-2023-11207   Сомова Е.Р.      03.05.1961\n\nЖалоб нет.")
    assert ("MEDICAL_RECORD_NUMBER", "К-2023-11207") in [(kind, table[a:b]) for kind, a, b in aligned_cells(table)]
