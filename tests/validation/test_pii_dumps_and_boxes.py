"""PII that generalises (issue #10, round 10): machine formats, tables and boxed layouts.

Each case is made up here (not taken from the benchmark): SQL dumps and YAML blocks read by their
column lists and keys (:mod:`medsyn_dataset.validation.pii.dump_cells`), characters written one per
box of a paper form (:mod:`medsyn_dataset.validation.pii.boxed_chars`), Code 39 barcodes, an HL7
segment that runs on into the note, an unquoted address in a one-pair-per-line export, a column bar
ending a field, a PACS worklist's accession column; each with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.boxed_chars import boxed_fields
from medsyn_dataset.validation.pii.checksums import snils_check_digits
from medsyn_dataset.validation.pii.dump_cells import sql_cells, yaml_cells

_S = "317420659" + snils_check_digits("317420659")

CASES = {
    # SQL: the column list types the values of every row tuple
    "sql-insert-rows": (
        "Выгрузка для страховой.\nINSERT INTO public.patient (card_no, surname, pasp_ser, pasp_num, snils, addr) VALUES\n"
        "('[[M|Т-5521/19]]', '[[P|Огурцова]]', '[[Pa|3811]]', '[[Pa|402977]]', '[[S|" + _S + "]]', "
        "'[[L|Курская обл., с. Глушково, ул. Садовая, д. 3]]'),\n"
        "('[[M|Т-5522/19]]', '[[P|Ян]]', NULL, '[[Pa|118403]]', NULL, '[[L|Курчатов, ул. Энергетиков, д. 14]]');\n"
        "Осмотр завершён."
    ),
    "pg-copy": "COPY emk (emk_id, fam, adres) FROM stdin;\n[[M|77-400213]]\t[[P|Жукова]]\t[[L|Ливны, ул. Мира, 5]]\n\\.\n",
    # YAML: a part key ("series", "number") takes the meaning of its mapping (a sibling "type:", else the parent)
    "yaml-nested-documents": (
        "Жалоб нет. record:\n  emr_id: [[M|ЭМК-30091]]\n  fio: '[[P|Сагитова Алсу Ринатовна]]'\n  docs:\n"
        "    - kind: passport\n      series: \"[[Pa|9205]]\"\n      number: \"[[Pa|771402]]\"\n"
        "    - kind: snils\n      number: [[S|" + _S + "]]\n  passport:\n    number: [[Pa|610233]]\n  ward: 12\n"
    ),
    # boxed characters in bars and brackets, labels spelt out letter by letter
    "boxes-bars": "Дата рождения |[[D|1|4|.|0|3|.|1|9|7|7]]|\nС Н И Л С |[[S|" + "|".join(_S[:3]) + "|-|" + "|".join(_S[3:6]) + "|-|"
                  + "|".join(_S[6:9]) + "| |" + "|".join(_S[9:]) + "]]|\n",
    # a Code 39 barcode's human-readable line on a tube
    "tube-barcode": "*[[M|7700418822]]*\n[[P|ЖУКОВА Н.П.]]  [[D|11.02.1960]]\nЭДТА 4 мл",
    "tube-barcode-letters": "Штрихкод образца: *[[M|LAB-0452218]]*",
    # HL7: the last field of a segment pasted without a line break runs on into the note; XCN without an id
    "hl7-run-on": "PV1|1|I|TER^12^1||||[[P|Лаптев^Роман]]||||||||||||[[M|V-2024-00931]] Жалобы на слабость",
    # KEY=VALUE: an unquoted address on a line of its own runs to the line's end
    "env-address": "PAT_ID=[[M|88213]]\nADDRESS_FACT=[[L|КОСТРОМА, УЛ. СОВЕТСКАЯ, Д.12, КВ.4]]\nSTATUS=1\nPATIENT_FIO=[[P|ТЕН ИГОРЬ]]",
    "env-cyrillic-keys": "НОМЕР_КАРТЫ=[[M|4471]]\nФИО=[[P|ЦОЙ ВИКТОР]]\nАДРЕС=[[L|КИМРЫ, УЛ. ЗАВОДСКАЯ, Д.3, КВ.8]]\nАД=120/80",
    # a column bar ends a field
    "mis-screen-bars": "Адрес: [[L|г. Рыбинск, ул. Крестовая, д. 9]] │ Уч. 4 │ Карта: [[M|РБ-11207]]",
    # a PACS worklist: the "Accession" column header names the identifier
    "pacs-accession": "Время | Accession | Пациент | Исследование\n09:30 | [[M|RX24-55102]] | [[P|Белов К.Н.]] | МРТ ГМ\n",
    # a CSV header pasted after a sentence that has a ";" and numbers of its own
    "csv-after-a-sentence": "Гастроскопия; через 3 дня контроль pac_id;fam;tel\n[[M|4410-77]];[[P|Юдина]];[[T|89052214477]]\n"
                            "[[M|4410-78]];[[P|Ахметов]];[[T|89052214478]]\n",
    # INI/TOML "key = value" lines
    "ini-file": "[patient]\nkart_no = [[M|Д-3310/21]]\nfio = \"[[P|Бондарь Олеся Игоревна]]\"\ntel = [[T|+7 903 551-20-11]]\n",
    # a box-drawing table: its bars are read as "|", its rules do not end it
    "box-drawing-table": "┌────────────┬──────────┐\n│ ФИО        │ № карты  │\n├────────────┼──────────┤\n"
                         "│ [[P|Гусева Т.М.]] │ [[M|7713/24]]  │\n└────────────┴──────────┘",
    # letters of a name or an address in boxes, under their labels
    "boxed-letters": "Фамилия |[[P|Г|У|С|Е|В|А]]| | | |\nАдрес |[[L|К|И|М|Р|Ы|,| |Л|Е|Н|И|Н|А| |4]]|\n",
    # a table aligned by spaces: the values stand under their column's name
    "space-aligned-worklist": "Список на УЗИ\nВремя   № исследования   Пациент          Палата\n"
                              "10:40   [[M|УЗ-24-07713]]      [[P|Зотова А.В.]]      12\n11:00   [[M|УЗ-24-07714]]      [[P|Лим С.]]           3\n",
    # a fixed-width print fills its columns: a value meets the next column's with one space, and is still
    # dealt to the column it stands under (the policy does not run on into the surname)
    "space-aligned-packed-columns": "Реестр за март\nN  ДР          ЕНП              ФАМИЛИЯ\n"
                                    "1  [[D|02.03.1980]]  [[O|7701234567890123]] [[P|АБРАМОВА]]\n"
                                    "2  [[D|11.11.1975]]  [[O|5012345678901234]] [[P|ТЕРЕНТЬЕВ]]\n",
    # a register's header in capitals: the column after a name's column ("ИМЯ        ДИАГ") is no name
    "register-header-columns": "N  ЕНП              ФАМИЛИЯ        ИМЯ        ДИАГ\n"
                               "1  [[O|7701234567890123]] [[P|АБРАМОВА]]       [[P|ЕЛИЗАВЕТА]]  J06\n"
                               "N  ФАМИЛИЯ        ДР\n1  [[P|ТЕРЕНТЬЕВ]]      [[D|11.11.1975]]\n",
    # a date at a row's end does not take in the time that starts the next row
    "worklist-date-then-next-row": "Время   № исследования   Пациент          Д.р.\n08:30   [[M|RX-23-11207]]      [[P|Сомова Е.Р.]]      "
                                   "[[D|03.05.1961]]\n09:10   [[M|RX-23-11208]]      [[P|Лебедев Н.А.]]     [[D|12.12.1950]]\n",
    # a specimen label's abbreviated captions
    "specimen-captions": "[[P|ОРЛОВА Н.С.]]\nПРОБИРКА №: [[M|5520417]]  цитрат 2,7 мл\nОбр.: [[M|Г-23-88012]]",
    # JSON: a part key takes the meaning of its object (a "type" member, else the key that holds the object)
    "json-part-keys": '{"client": {"pasport": {"series": "[[Pa|6008]]", "number": "[[Pa|410225]]"}, "ids": [{"type": "snils", '
                      '"number": "[[S|' + _S + ']]"}, {"kind": "card", "value": "[[M|К-7781]]"}]}}',
    # a YAML list of scalars: its items take the key above them, in the plural
    "yaml-list": "patient:\n  cards:\n    - [[M|Т-4471/22]]\n    - [[M|ЭМК-5512]]\n  allergies:\n    - пенициллин\n    - 2 мг\n",
    # a flat YAML block of lower-case machine keys
    "yaml-flat": "Выгрузка МИС:\npatient_id: [[M|5510-88]]\nfio: [[P|Харитонов Илья]]\nemk: [[M|ЭМК-40012]]\n",
    # boxes typed in a word processor's table, a space on either side of the character
    "boxes-with-spaces": "Дата выдачи | [[D|2 | 8 | . | 0 | 2 | . | 2 | 0 | 2 | 4]] |",
    # an iCalendar invitation: the moments of the event and the CN of its people
    "icalendar": "BEGIN:VEVENT\nDTSTART;TZID=Europe/Moscow:[[D|20250418T083000]]\nORGANIZER;CN=\"[[P|Гончар А.В.]]\":mailto:[[E|reg@gp12.ru]]\n"
                 "ATTENDEE;CN=[[P|Пак Сергей]];ROLE=REQ-PARTICIPANT:mailto:[[E|spak@ya.ru]]\nSUMMARY:Приём эндокринолога\nEND:VEVENT",
    # a record on one line: "key: value" pairs of Latin keys (an object literal, a log line)
    "inline-pairs": "Ошибка синхронизации {pac_id: [[M|301-55]], snils: '[[S|" + _S + "]]', tel: '[[T|89213340012]]'}",
    "python-dict-in-a-log": "WARN retry payload={'emk_id': '[[M|ЭМК-88012]]', 'phone': '[[T|+79990001122]]', 'attempt': 2}",
    # comb boxes under a caption line
    "boxes-under-caption": "Номер полиса ОМС\n|[[O|5|5|4|0|8|1|0|8|9|3|1|0|2|2|1|7]]|",
    # an HL7 segment is no table on its side: "PID" names no column of the cells after it
    "hl7-segment-cells": "PID|1||[[M|5512]]^^^MIS^MR~[[S|" + _S + "]]^^^PFR^SS||[[P|Kim^Ok]]||[[D|19800101]]|F|||[[L|ul. Mira 5^^Tver]]||[[T|89161234567]]|||RU|M|||||||||N\n",
    # a table on its side: one column per person, the label in the first cell of each row
    "table-on-its-side": "| Поле | Пациент | Законный представитель |\n|---|---|---|\n| ФИО | [[P|Пак Юна]] | [[P|Пак Ден Хо]] |\n"
                         "| № карты | [[M|К-4471]] | — |\n| Телефон | [[T|89114402210]] | [[T|89114402211]] |\n| Возраст | 7 | 38 |\n",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_machine_formats_and_boxes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


def test_bracket_boxes_are_read_as_the_number_they_spell(scanner: PiiScanner) -> None:
    boxed = "-".join("".join(f"[{d}]" for d in _S[i : i + 3]) for i in (0, 3, 6)) + " " + "".join(f"[{d}]" for d in _S[9:])
    text = f"СНИЛС {boxed}\nДата выдачи (0)(2).(1)(1).(2)(0)(1)(9)"
    found = [(kind, text[a:b]) for kind, a, b in boxed_fields(text)]
    assert found == [("RU_SNILS", boxed[1:-1]), ("DATE_TIME", "0)(2).(1)(1).(2)(0)(1)(9")]
    assert {e.type for e in scanner.scan(text)} == {"RU_SNILS", "DATE_TIME"}


def test_unlabelled_boxes_need_a_shape_that_proves_the_type() -> None:
    # a checked SNILS or a calendar date is typed by itself; ten digits nobody names are left alone
    assert [k for k, _, _ in boxed_fields("|" + "|".join(_S) + "|")] == ["RU_SNILS"]
    assert boxed_fields("|1|2|3|4|5|6|7|8|9|0|") == []


def test_dump_readers_pair_values_with_their_columns() -> None:
    text = "INSERT INTO t (a, b, c) VALUES (1, 'O''Brien, J.', NULL), ('x', 'y', 'z');"
    assert [(key, text[s:e]) for key, s, e in sql_cells(text)] == [
        ("a", "1"), ("b", "O''Brien, J."), ("a", "x"), ("b", "y"), ("c", "z")
    ]
    yaml = "docs:\n  - type: passport\n    number: '1'\n  - type: snils\n    number: '2'\n"
    assert [(key, yaml[s:e]) for key, s, e in yaml_cells(yaml)] == [
        ("type", "passport"), ("passport number", "1"), ("type", "snils"), ("snils number", "2")
    ]


@pytest.mark.parametrize("text", [
    # tables of values: one cell holds more than one character
    "| Показатель | Результат |\n| Гемоглобин | 132 |\n| Лейкоциты | 7,2 |",
    # checkboxes and footnote marks
    "[x] гипертония [ ] диабет [x] курение\nСм. [1][2][3] и (а)(б)",
    # markdown emphasis, multiplication stars
    "*Важно*: принимать *после еды*, 2*500 мг",
    # SQL and YAML that hold no one's data
    "INSERT INTO drugs (name, dose_mg, route) VALUES ('Метформин', 500, 'per os'), ('Лизиноприл', 10, 'per os');",
    "schedule:\n  - drug: Аспирин\n    dose: 100 мг\n  - drug: Бисопролол\n    dose: 5 мг\n",
    # key=value lines of measurements; a bar-separated timetable
    "PULSE=72\nBP=120/80\nTEMP=36.6",
    "Пн │ 08:00-14:00 │ каб. 12\nВт │ 14:00-20:00 │ каб. 14",
    # boxed letters without a name's or a place's label; INI lines of measurements
    "Отметка |Д|А| |Н|Е|Т|\nКурит |Н|Е|Т|",
    "[vitals]\npulse = 72\nbp = 120/80\nspo2 = 97",
    # a box-drawing table of lab values
    "┌──────────┬──────┐\n│ Глюкоза  │ 5,4  │\n├──────────┼──────┤\n│ Креатинин │ 88  │\n└──────────┴──────┘",
    # a space-aligned table of lab values and a timetable; samples in prose with their results
    "Показатель      Результат     Норма\nГемоглобин      132           120-160\nЛейкоциты       7,2           4-9\n",
    "Кабинет   Врач-специалист   Часы приёма\n12        терапевт          08:00-14:00\n",
    "Проба Манту: 12 мм. Проба Реберга: клиренс 92 мл/мин. Образец: кровь венозная, 4 мл.",
    # a table's column numbers and a scale's points in boxes
    "| № | 1 | 2 | 3 | 4 | 5 |\n| Баллы | 3 | 4 | 2 | 5 | 1 |",
    "Номер шкалы |0|1|2|3|4|5|",
    # JSON parts of things that are no documents
    '{"lab": {"number": 7, "value": "5.4"}, "room": {"number": "214"}}',
    # times and ratios with colons, a single "key: value" in a sentence, an event's SUMMARY and UID
    "Время 10:30, соотношение 1:2, Ref: 5 мг",
    "BEGIN:VEVENT\nUID:55012@gp12\nSUMMARY:Прививка\nDTSTART:ночь\nEND:VEVENT",
    # a table whose rows start with labels: the row under them is no header (its words are no names)
    "| Поле | Пациент |\n|---|---|\n| ФИО | не указано |\n| Гемоглобин | 132 |\n| Диагноз | ОРВИ |",
    # an HL7-looking OBX with a code and a value
    "OBX|1|NM|718-7^Hemoglobin^LN||132|g/L|120-160|N",
])
def test_clean_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert scanner.scan(text) == []
