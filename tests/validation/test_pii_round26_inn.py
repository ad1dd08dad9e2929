"""Round 26 (INN): a person's INN in a staff register printed in fixed-width columns, glued to its abbreviation's
stop, and after a paper's noun that is to carry it.

Every case is made up here (not taken from the benchmark):

* a space-aligned register whose header was typed over the print, its names a few characters off the values: a second
  value in a column already filled, standing under the next column's name, is that column's ("СНИЛС   ИНН" over an
  eleven- and a twelve-digit value);
* such a register's row ending in a person's twelve checksummed digits, the next row opening with its personnel number:
  the two are no sixteen-digit policy wrapped across the line break;
* a register's header pasted after a sentence, its first column the staff's personnel number ("... нагрузки ТАБ   ФИО");
* "инн." with its stop glued to the number, as a hurried note types it;
* a paper's noun before the INN's own word ("указать в справке ИНН ..."): the word names the digits, no certificate's
  number.

Look-alikes stay clean: "инн." before a count, a certificate's own number after its noun, a policy wrapped across a
line break.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.aligned_columns import aligned_cells
from medsyn_dataset.validation.pii.checksums import inn_check_digits, snils_check_digits

# valid numbers made from their first digits, so no example is hard-coded
_INN = "5407112233" + inn_check_digits("5407112233")
_INN2 = "2460551177" + inn_check_digits("2460551177")
_ORG_INN = "770812345" + inn_check_digits("770812345")
_SNILS = "154326781" + snils_check_digits("154326781")
_SNILS2 = "287114093" + snils_check_digits("287114093")
_SNILS2_SHOWN = f"{_SNILS2[:3]}-{_SNILS2[3:6]}-{_SNILS2[6:9]} {_SNILS2[9:]}"


def _row(cells: list[tuple[int, str]]) -> str:
    """A fixed-width line: each (column, text) written from its column on (the text may carry marks)."""
    line, width = "", 0
    for column, cell in cells:
        line += " " * max(1, column - width) + cell
        width = column + len(planted(cell)[0])
    return line.lstrip(" ") if cells[0][0] == 0 else line


# the header's "ИНН" stands three characters right of where the twelve digits start (and under them): typed by hand
_MISALIGNED = (_row([(0, "№"), (7, "Работник"), (33, "СНИЛС"), (50, "ИНН")]) + "\n"
               + _row([(0, "[[M|0412]]"), (7, "[[P|Гречко Алла Сергеевна]]"), (33, f"[[S|{_SNILS}]]"), (47, f"[[I|{_INN}]]")])
               + "\n\nПо списку осмотрены все.")
# a personnel list pasted after a sentence with no stop: its birth dates' column stands over the INN unless the
# personnel number's column opens the table
_PASTED = ("ком в горле, слабость "
           + _row([(0, "ТАБ"), (5, "ФИО"), (36, "Д/Р"), (48, "СНИЛС"), (63, "ИНН")]) + "\n"
           + _row([(0, "3318"), (5, "[[P|ЛЕСНИКОВА ИРИНА ПАВЛОВНА]]"), (36, "[[D|14.02.1979]]"), (48, f"[[S|{_SNILS}]]"),
                   (63, f"[[I|{_INN}]]")]) + "\n\nЖалоб на момент осмотра нет.")

CASES = {
    "misaligned-header-next-column": _MISALIGNED,
    # (the next row's personnel number right after the line break: no policy's last four digits)
    "row-number-after-inn": (
        "Таб    ФИО                        СНИЛС           ИНН\n"
        f"3318   [[P|ЛЕСНИКОВА ИРИНА ПАВЛОВНА]]   [[S|{_SNILS2_SHOWN}]]  [[I|{_INN}]]\n"
        f"7705   [[P|ДОРОНИН ОЛЕГ ИГОРЕВИЧ]]      [[S|{_SNILS}]]     [[I|{_INN2}]]\n"),
    # (a sentence before the header on its line: the personnel number's column opens the table)
    "pasted-header-personnel-number": _PASTED,
    "abbreviation-stop-glued": f"Со слов, работает. инн.[[I|{_INN}]], пенсионерка, жалоб нет.",
    "abbreviation-stop-glued-caps": f"Плательщик ИНН.[[I|{_ORG_INN}]] (ООО).",
    "paper-noun-then-inn-word": f"Мать просит вписать в справку ИНН [[I|{_INN}]] (свой), сумма 4 500,00",
    "paper-noun-then-inn-word-grouped": f"оформить справку ИНН [[I|{_INN[:3]}-{_INN[3:6]}-{_INN[6:9]}-{_INN[9:]}]] для вычета",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    found = scanner.scan(text)
    for kind, start, end in spans:
        if kind == "RU_INN":  # (only the INN's reading is this round's: the other columns are read as before)
            assert any(e.type == kind and e.start < end and start < e.end for e in found), (
                f"{text[start:end]!r} not found as {kind}: {[(e.type, text[e.start:e.end]) for e in found]}")
    if name.startswith(("abbreviation", "paper-noun")):
        check_planted(found, text, spans)


CLEAN = {
    # a count after the abbreviation of a drug's international name (МНН/INN's Russian "инн." is rare; a count is no INN)
    "count-after-abbreviation": "Ингалятор, инн.2 раза в день.",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    text = CLEAN[name]
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "RU_INN"] == []


def test_a_certificate_keeps_its_own_number(scanner: PiiScanner) -> None:
    text = "Выдана справка 890180 в бассейн."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("MEDICAL_RECORD_NUMBER", "890180")]


def test_a_header_shifted_wholesale_moves_no_value() -> None:
    # (a sentence of two words before the header on its line sets every name twenty characters right of its values: a
    # policy under "ПОЛИС" that runs on under the birth dates' name, nine characters in, is no date of that column)
    enp = "4471200963815525"
    text = ("постоянная слабость. " + _row([(0, "N"), (4, "ФАМИЛИЯ И.О."), (30, "Д/Р"), (42, "ПОЛИС"), (60, "СНИЛС")]) + "\n"
            + _row([(0, "1"), (4, "ОРЕХОВ Д.С."), (30, "02.03.1961"), (42, enp), (60, _SNILS)]) + "\n")
    assert ("DATE_TIME", enp) not in [(kind, text[a:b]) for kind, a, b in aligned_cells(text)]


def test_a_policy_wrapped_across_a_line_stays_a_policy(scanner: PiiScanner) -> None:
    # (its first twelve digits are no INN: the line break is the wrap of one number)
    head = next(f"77551122{n:04d}" for n in range(10000) if inn_check_digits(f"77551122{n:04d}"[:10]) != f"{n:04d}"[2:])
    text = f"Полис ОМС {head}\n5566"
    assert any(e.type == "RU_OMS_POLICY" and "\n" in text[e.start : e.end] for e in scanner.scan(text))
