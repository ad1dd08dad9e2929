"""A table's column header, read as the type of its cells: "СНИЛС", "№ карты", "Адрес", "patient_id", "Дата и место рождения".

One lexicon of column names for every table reader: :mod:`.table_cells` (bars, tabs, semicolons), :mod:`.export_tables`
(a CSV export's header line), :mod:`.aligned_columns`. Apart from the readers of cells, so that each of them can import
it at module level (:mod:`.export_tables` is imported by :mod:`.table_cells`, which holds the cells' reading).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.export_keys import key_type, key_words
from medsyn_dataset.validation.pii.export_person_keys import key_type as person_key_type
from medsyn_dataset.validation.pii.name_triggers import STAFF_STEMS
from medsyn_dataset.validation.pii.numbered_labels import numbered_label

# An identifier's or a phone's header names it with words around the cue: "№ СНИЛС", "Номер телефона",
# "СНИЛС пациента", "Паспорт (серия, номер)", "Полис ОМС (ЕНП)", "Телефон матери (моб.)": a sign or
# "номер"/"серия и номер" before, a note in brackets and up to three words after.
_PRE = r"(?:(?:№|номер\w*|серия(?:[ \t]+и[ \t]+номер)?|данные)[ \t]*)?"
_POST = r"(?:[ \t]*(?:№|\([^()|]{1,30}\)))?(?:[ \t]+[^\s|]+){0,3}?"
LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("RU_SNILS", rf"{_PRE}(?:снилс\w*|страхов\w+[ \t]+номер\w*|илс){_POST}"),
        ("RU_INN", rf"{_PRE}инн\w*{_POST}"),
        ("RU_OMS_POLICY", rf"{_PRE}(?:полис\w*(?:[ \t]+омс)?|омс|енп|единый[ \t]+номер[ \t]+полиса){_POST}"),
        ("RU_PASSPORT", rf"{_PRE}(?:паспорт\w*|пасп\.|документ\w*,?[ \t]+удостоверяющ\w*[ \t]+личность){_POST}"),
        ("PHONE_NUMBER", rf"{_PRE}(?:(?:контактн\w+|мобильн\w+|домашн\w+|сотов\w+)[ \t]+)?(?:тел\.?|телефон\w*|моб\.?|мобильн\w*){_POST}"),
        ("EMAIL_ADDRESS", r"e-?mail|эл(?:\.|ектронн\w+)[ \t]*почта"),
        # (and a column named by an element of the address, as the state address register, ФИАС/ГАР, names its levels and
        # a form's address cells are labelled, :data:`.fields._CELL_LABEL`: "Населённый пункт", "НАС.ПУНКТ", "Город",
        # "Район", "Улица"; a place of residence or birth: "Место рождения", "Место проживания"; and the residence labels
        # cut short as forms cut them: "Место жит.", "Место прож.", "Место рег."; not "М/Ж": a header's "М/Ж" is the sex
        # column's, мужской/женский, its cells "М", "Ж" (review A of round 20); "м/ж" for a residence is prose's, "по м/ж",
        # which :mod:`.errand_addresses` reads)
        # (not "н. п.": a person's initials, "Сергеева Н. П.", are spelt alike)
        ("LOCATION", r"адрес\w*(?:[ \t]+\w+){0,2}|мест[оа][ \t]+(?:жительства|проживания|регистрации|пребывания|рождения)|прописка"
                     r"|место[ \t]*(?:жит|прож|рег)\.?"
                     r"|нас(?:еленн\w*|елённ\w*|\.)?[ \t]*пункт\w*|город|район|улица"),
        # (a register's bare "ДР"/"Д/Р" for the birth date, a journal's "Дата/время"; a column named by the event its dates
        # record: "Поступил", "Выписан", "Госпитализация")
        ("DATE_TIME", r"дата(?:[ \t]+\w+|/время)?|д\.[ \t]?р\.|г\.[ \t]?р\.|год[ \t]+рождения|др|д/р"
                      r"|поступил[аи]?|выписан[аы]?|госпитализирован[аы]?|поступлени[ея]|госпитализаци[яи]"),
        # (a column per part of the name: "Фамилия | Имя | Отчество")
        # (and a column of the staff who did it: a ward list's "Лечащий (врач)", a vaccination record's "Мед. работник",
        # "Медсестра", "Исполнитель": their cells are surnames as a patient column's are)
        ("PERSON", r"ф\.?[ \t]?и\.?[ \t]?о\.?(?:[ \t]+\w+)?|фамилия(?:,?[ \t]+имя(?:,?[ \t]+отчество)?)?|имя|отчество|пациент\w*"
                   r"|лечащ\w*(?:[ \t]+врач\w*)?|(?:дежурн\w+[ \t]+)?врач|мед\.?[ \t]?работник\w*|медработник\w*|медсестр\w*|м/с"
                   r"|фельдшер\w*|вакцинатор\w*|исполнител\w*"
                   # (a message log's or a register's column of whom it is for: "получатель", "адресат", "донор")
                   r"|получател\w*|адресат\w*|абонент\w*|донор\w*|застрахованн\w*"
                   # (a research register's column of its subjects' initials: "Инициалы", "Инициалы субъекта", "Initials")
                   r"|инициал\w*(?:[ \t]+\w+)?|(?:subject[ \t_]*)?initials"
                   # (and its header cut short as trial logs and CRF listings cut it: "INIT", "INITS", "Subj. init.",
                   # "Pt init", "Иниц.")
                   r"|(?:(?:subj(?:ect)?|pt|pat(?:ient)?)\.?[ \t_]*)?init(?:s|ls)?\.?|иниц\.?"),
        # (a column of any document's numbers: "№ рецепта", "Номер направления", "№ исследования", "№ пробы")
        # (and of sick leaves, specimens, rehabilitation programmes: "№ ЭЛН", "Номер листка нетрудоспособности", "ЭЛН",
        # "№ образца", "№ ИПРА")
        ("MEDICAL_RECORD_NUMBER", r"(?:№|номер)[ \t]*(?:и/б|иб|истории(?:[ \t]+болезни)?|карты|мед\.?[ \t]*карты|эмк|кв|элн|б/л|л/н|ипра"
                                  r"|(?:рецепт|направлени|свидетельств|исследовани|заказ|заявк|проб|случа|вызов|талон|протокол"
                                  r"|листк|больничн|образц|биоптат"
                                  # (a trial's, a biobank's, a sanatorium's: "№ субъекта", "Номер аликвоты", "№ донора",
                                  # "№ путёвки", "№ курсовки")
                                  r"|субъект|участник|донор|реципиент|аликвот|скрининг|рандомизаци|донаци|пут[её]вк|курсовк)\w*"
                                  r"(?:[ \t]+[^\s|\d]+){0,2})"
                                  # (a pharmacy log's column of prescriptions by its bare noun, "Дата | Рецепт | Пациент", as
                                  # "№ рецепта" names it elsewhere)
                                  r"|и/б|иб|история[ \t]+болезни|мед\.?[ \t]*карта|элн|рецепт(?:а|ы|ов)?(?!\w)"
                                  # (a worker's personal medical book, личная медицинская книжка, whose number the
                                  # examinations' register keeps per worker: "Мед.книжка", "№ медкнижки", "ЛМК", blind58)
                                  r"|(?:№|номер)?[ \t]*(?:личн\w*[ \t]+)?(?:мед(?:ицинск\w*|\.)?[ \t]*|мед)книжк\w*|лмк"
                                  # (a lab table's specimen column by its bare name: "Проба | Тест | Результат", "Штрихкод",
                                  # "Sample ID": the tube's id that links the row to the patient; a test's name in such a
                                  # column has no three digits, a measurement is left out by :func:`_fits`)
                                  # (a code's column is a person's or a specimen's number only when it names them: "Код образца",
                                  # "Код субъекта"; "Код услуги", "Код МКБ" are no one's)
                                  r"|код[ \t]*(?:образц|проб|аликвот|субъект|участник|донор|пациент)\w*"
                                  r"|проба|образец|аликвот[аы]|штрих-?код\w*|баркод|barcode|(?:sample|specimen|aliquot)(?:[ \t]*id)?"
                                  # (an employee's personnel number, the field "Табельный номер" of the unified form Т-2,
                                  # a personnel card: a staff list's "таб_№", "Таб. №" column names one worker)
                                  r"|таб(?:ельн\w*|\.)?[ \t_]*(?:№|номер\w*)"
                                  # (a register's entry number, "Рег. №", "Регистрационный номер", as the prose grammar reads
                                  # "рег. № в регистре ...", :mod:`.record_numbers`)
                                  r"|рег(?:истрационн\w*|\.)?[ \t]*(?:№|номер\w*)"),
    )
)
# series and number: a passport's when the table names one, or names the fields only an identity document has:
# the authority that issued it ("Кем выдан", "Выдан кем") and its division code ("Код подразделения"), as a
# registry export's or a spreadsheet's header lists them ("Фамилия | ... | Серия | Номер | Кем выдан")
_SERIES_NUMBER = re.compile(r"серия|номер|№", re.IGNORECASE)
# a paper's series and number in one column ("Серия и номер", "СЕРИЯ-НОМЕР", "Серия, номер", "Серия/№"): a drug's lot
# has a series alone ("Серия" is an object's word, :data:`.numbered_labels.OBJECT_WORDS`), a person's paper both (a
# prescription blank's series and number, приказ Минздрава России от 24.11.2021 № 1094н, forms 107-1/у, 148-1/у-88,
# 107/у-НП; a certificate's, a licence's): any paper's number where the table names no document (taken only when
# shaped as one, :func:`.numbered_labels.numbered_value`); where it names one, the paper is any of the ФНС's list of
# identity documents, whose kind the row's code says (not read here: no type is given)
_JOINT_SERIES_NUMBER = re.compile(r"серия[ \t]*(?:и|,|/|-|–)?[ \t]*(?:номер|№)", re.IGNORECASE)

# a machine export's field name as a column's header ("id_pac", "patient_id", "snils", "accession_no"): named
# by the words exports use (:func:`.export_ids.key_type`)
MACHINE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_.\-][A-Za-z0-9]+)*")


# a form's item number before its label ("|1. Фамилия, имя, отчество|...|", "| 3) Адрес |"): no part of the label
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*(?=[^\W\d_])")


# A column of a person's date and place of birth in one cell, as the IMO FAL Form 5 crew list (and the Russian forms
# that copy it, "Дата и место рождения") heads it: "Date and place of birth | ...\n... | 04.12.1971, Находка |"
BIRTH_DATE_PLACE = "birth date and place"  # (no entity type: its cells are split into a date and a place,
# :func:`.table_cells._birth_cell`)
_BIRTH_DATE_PLACE_LABEL = re.compile(
    r"(?:дата|date)[ \t]+(?:и|and|&)[ \t]+(?:место|place)|(?:место|place)[ \t]+(?:и|and|&)[ \t]+(?:дата|date)", re.IGNORECASE)
_BIRTH_WORDS = re.compile(r"[ \t]+(?:рождения|of[ \t]+birth)", re.IGNORECASE)


# A column of years ("Год", "год оказания услуг", "year"): in a table of persons (a column of the header is theirs) each
# year is one of a person's record (a tax certificate's register, a history's table), a date as any bare year of the
# person's is (:mod:`.event_years`); in a table of nobody ("| Год | Число случаев |", a statistic) it is no one's.
YEAR_COLUMN = "year column"  # (no entity type: its cells are dates only beside a person's column,
# :func:`.table_cells._typed`)
# (any year column's name, "Год выявления", "Год начала заболевания", "Year of visit", but not an object's or a staff
# member's year, "Год аттестации", "Год выпуска", "Год постройки", "Год присвоения категории": review B r23, finding 4;
# a deny-list, since an allow-list of care events lost every patient's year it had not named: review A r24, finding 1)
_NOT_PATIENTS_YEAR = (r"аттестаци|выпуск|постройк|ввода|издани|производств|изготовлени|квалификаци|категори"
                      r"|manufactur|construct|publicat")
_YEAR_LABEL = re.compile(rf"(?:год|year)(?![а-яёa-z])(?![ \t_]+(?:[а-яёa-z]+[ \t_]+){{0,2}}(?:{_NOT_PATIENTS_YEAR}))"
                         r"(?:[ \t_]+[а-яёa-z]+){0,3}", re.IGNORECASE)
# A column of the staff who did the work ("Врач", "ФИО врача", "Лечащий врач", "Исполнитель", "Медсестра"): its people
# are no patients, so a year beside them is a staff record's or a statistic's, not a patient's date (review B r23, finding
# 4). (The staff titles the name rules read, :data:`.name_triggers.STAFF_STEMS`, and the clinical roles "лечащ",
# "исполнител"; not "работник", "сотрудник", "специалист", "ответственн": the employees of a check-up list or a staff
# vaccination register are its patients, "| ФИО сотрудника | Год вакцинации |": review A r24, finding 2.)
_STAFF_COLUMN = re.compile(
    rf"(?<![а-яё])(?:{'|'.join(stem for stem in STAFF_STEMS if stem.isalpha() and len(stem) >= 4)}"
    r"|лечащ|исполнител)", re.IGNORECASE)


def staff_column(cell: str) -> bool:
    """Whether a person's column header names the staff, not the patient ("ФИО врача", "Исполнитель"; not "ФИО
    пациента", "Пациент")."""
    return _STAFF_COLUMN.search(cell) is not None and "пациент" not in cell.lower()


def column_label(cell: str, document: bool) -> str | None:
    """The type a column's header names (an entity type, :data:`NUMBERED`, :data:`BIRTH_DATE_PLACE`, :data:`YEAR_COLUMN`), else None;
    ``document``: the table names an identity document, so a bare "Серия" or "Номер" is a passport's."""
    if sum(ch.isdigit() for ch in cell) >= 3:
        return None  # a value, maybe after its label in the same cell ("СНИЛС 123-456-789 01"): no header of the next cell
    numbered = _ITEM_NUMBER.match(cell)
    cell = cell[numbered.end() :] if numbered is not None else cell
    combined = _BIRTH_DATE_PLACE_LABEL.match(cell.strip())
    if combined is not None and _BIRTH_WORDS.fullmatch(cell.strip(), combined.end()):
        return BIRTH_DATE_PLACE
    for kind, pattern in LABELS:
        if pattern.fullmatch(cell):
            return kind
    if _YEAR_LABEL.fullmatch(cell.strip()):
        return YEAR_COLUMN
    if document and _SERIES_NUMBER.fullmatch(cell):
        return "RU_PASSPORT"
    if not document and _JOINT_SERIES_NUMBER.fullmatch(cell.strip()):
        return NUMBERED
    if MACHINE_KEY.fullmatch(cell):  # (fewer than three digits, as above: "ACC-2019-4417" is a value)
        typed = key_type(cell, person_export=False)  # (a bare "ID" column of a lab table is nobody's record)
        # (a name's or an address's key, as the export readers read them: the ТФОМС registers' "FAM", "IM", "OT", "ADR",
        # "last_name", "city"; not a role's, "NAME" of a lab table's test, :func:`.export_person_keys.key_type`)
        named = person_key_type(cell) if typed is None else None
        if named in ("PERSON", "LOCATION"):
            return named
        if typed is None and not _DATE_KEY_WORDS.isdisjoint(key_words(cell)):
            return "DATE_TIME"
        if typed is not None:
            return typed
    # (a header in words the export lexicon knows as a record's, "Карта вызова", "Заказ": :func:`.export_ids.key_type`
    # reads Cyrillic words as it reads Latin keys; only its record words, the other types' labels are above)
    elif len(cell.split()) <= 3 and _CYRILLIC.search(cell) and key_type(cell, person_export=False) == "MEDICAL_RECORD_NUMBER":
        return "MEDICAL_RECORD_NUMBER"
    # (any other header naming the number of something: "№ тела", "ТАБ.N", "talon_no", :mod:`.numbered_labels`)
    return NUMBERED if numbered_label(cell) else None


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# the label of a column named by a number's word alone (:mod:`.numbered_labels`): a record's number, taken only when
# its value is shaped as an identifier (four digits and more); reported as a record number
NUMBERED = "NUMBERED"


# a machine export's date column, named as registers and exports name it: the ТФОМС/ФОМС registers' "DR" (дата
# рождения, beside "FAM", "IM", "OT"), "DOB", "BIRTH_DATE", "DATE_IN", "visitDate" (a bare time column, "TIME", is no
# date of a person)
_DATE_KEY_WORDS = frozenset(("dr", "dob", "birth", "birthdate", "birthday", "date", "datum"))


def cell_label(cell: str, document: bool) -> str | None:
    """:func:`column_label` for the readers of plain cells (a date and place of birth is split by :mod:`.table_cells` only)."""
    label = column_label(cell, document)
    return None if label == BIRTH_DATE_PLACE else label
