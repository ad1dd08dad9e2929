"""An identifier after "№" numbers one of the patient's papers unless the words before it name something else.

Hospital and emergency records number far more papers than any list of nouns holds: a police register's entry
("КУСП № 2213"), an outgoing letter ("исх. № 137/э"), a culture ("подтверждён посевом № 164427"), the paraffin blocks
of an autopsy ("блоки № 9661-59"), an ambulance's transfer sheet ("Сопроводительный лист № 16025"), a notice under
its form's code ("(ф. 058/у) № 296-ИБ"), a certificate of leave ("Лист нетрудоспособности (ЭЛН) № 8528..."). The
grammars of :mod:`.record_numbers` and :mod:`.document_numbers` read the nouns they know; this module reads the
sign, which every one of them shares, and asks the opposite question: does anything before the sign say that the
number is **not** the patient's?

* the **noun phrase** before the sign (back to a comma, colon, bracket, digit, line or sentence end; a note in
  brackets is skipped: "Лист нетрудоспособности (ЭЛН) №") names a place, an institution, a ward, a team, a house,
  a school, a vehicle, an item of a text, a device or its stock, inventory or catalogue number, or the clinic's own
  register ("палата № 1204", "в ГКБ № 1234", "дом № 15", "рис. № 1234", "инв. № 0101340012", "Журнал учёта № 2345"):
  their numbers are no one's; :func:`refused_after_sign` lends the same lists to the learned tagger as a veto;
* the **clause** before the sign names another identifier (a passport, a policy, SNILS, INN, a phone: those types
  have their own recognizers, "Паспорт: серия 45 12 № 345678"), a regulation or a standard ("Приказ МЗ РФ от
  12.03.2020 № 203н", "ФЗ № 323-ФЗ"), an organisation's requisites (ОГРН, КПП, лицензия), or a drug's lot ("вакцина,
  серия № 1234-0521");
* the **value** has the shape of an identifier: four digits or more, or three with a letter, slash or dash in it
  ("137/э", "296-ИБ"). A course of a drug ("Мидокалм №5", "Тексаред №3-6", "Румалон №25") or a range of counts
  never has it; a date, a phone, a unit after the value are left out by :func:`.record_values.checked_value`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.document_codes import FORM_CODE
from medsyn_dataset.validation.pii.institution_words import HEALTH_INSTITUTIONS, stem_alternation
from medsyn_dataset.validation.pii.months import stem_alternation as stem_alternation_of_months
from medsyn_dataset.validation.pii.morph import first_part_of_speech
from medsyn_dataset.validation.pii.numbered_labels import OBJECT_WORDS, STORAGE_WORDS
from medsyn_dataset.validation.pii.organisation_codes import ORGANISATION_CODES
from medsyn_dataset.validation.pii.paper_nouns import NUMBERED_ACTS
from medsyn_dataset.validation.pii.phone_fields import whole_phone
from medsyn_dataset.validation.pii.phone_labels import CALL_WORDS, PHONE_OWNER_AFTER
from medsyn_dataset.validation.pii.phones import MOBILE_SHAPE
from medsyn_dataset.validation.pii.record_nouns import names_record
from medsyn_dataset.validation.pii.record_values import BARE_SCORE, VALUE_BODY, checked_value

# an item's own number: inventory, factory, serial, catalogue, article (in English too: "S/N", "serial")
_ITEM_WORDS = r"инв\.?|инвентарн\w*|зав\.|заводск\w*|серийн\w*|кат\.?|каталожн\w*|каталог\w*|артикул\w*|s/n|serial"

# the things whose number a "№" right after their noun phrase gives (stems; short ones spelt out in their forms)
_NOT_PATIENT_NOUN = re.compile(
    r"(?<![\w])(?:"
    # places in a hospital: a ward, a bed, a box, a team, a district, a substation, an office, a floor, a building, a post
    r"(?i:палат\w*|койк\w*|бокс\w*|бригад\w*|участ\w*|подстанц\w*|кабинет\w*|каб\.|этаж\w*|корпус\w*|отделени\w*|отд\."
    r"|пост(?:а|у|ом|е)?|зал\w*|операционн\w*|лифт\w*|подъезд\w*|блок[ \t]+[а-яё]+\w*"
    # an institution and a school ("поликлиника № 220", "школа № 1234": Moscow's schools have four-digit numbers)
    rf"|{stem_alternation(HEALTH_INSTITUTIONS)}"
    r"|аптек\w*|школ\w*|гимнази\w*|лице[йяюе]\w*|сад\w*|ясл\w*|интернат\w*|пункт\w*|филиал\w*"
    r"|лаборатори\w*|учреждени\w*|организаци\w*|колони\w*|отдел\w*|управлени\w*|станци\w*|подразделени\w*"
    # an address's parts
    r"|дом(?:а|у|е|ом)?|д\.|квартир\w*|кв\.?|строени\w*|стр\.|владени\w*|вл\.|офис\w*|комнат\w*|ком\.|микрорайон\w*|мкр\.?"
    # vehicles and seats
    r"|маршрут\w*|автобус\w*|трамва\w*|троллейбус\w*|поезд\w*|рейс\w*|вагон\w*|мест[оа]|электричк\w*|машин\w*"
    # an item of a text: a figure, a table, an annex, a page, a point, a slide of a talk
    r"|рис\.|рисун\w*|табл\.|таблиц\w*|приложени\w*|прил\.|стр\.|страниц\w*|пункт\w*|п\.|слайд\w*|раздел\w*|глав\w*"
    # a laboratory's analysis: the project has kept "Анализ № 1234567" clean since round 6 (the number of a test in a
    # laboratory's day list); a culture's or a sample's number is read all the same ("посев № ...", "проба № ...")
    r"|анализ\w*"
    # a course, a session, a pregnancy's or a cycle's count
    r"|курс\w*|сеанс\w*|процедур\w*|инъекци\w*|беременност\w*|род(?:ы|ов)|цикл\w*|попытк\w*|групп\w*|класс\w*"
    # an item's own number: inventory, factory, serial, catalogue, article ("инв. № 0101340012", "заводской № 12345",
    # "кат. № 00-5880-012-00"); the short ones whole words only, so "инвалидность", "катетер", "заведующий" stay out
    rf"|{_ITEM_WORDS}"
    # equipment, stock and implants: a device, a fridge, a thermometer, a reagent, a kit, an endoprosthesis carry the
    # maker's or the ward's number ("Холодильник № 1234", "Набор реагентов № 2345"); "имплант" spelt out in its forms,
    # so an operation ("имплантация ЭКС, протокол № ...") is not an item
    r"|аппарат\w*|прибор\w*|холодильник\w*|термометр\w*|дефибриллятор\w*|реагент\w*|набор\w*|эндопротез\w*"
    r"|имплант(?:ат\w*|а|у|ом|е|ы|ов|ам|ами|ах)?"
    rf"|{STORAGE_WORDS}"  # (a biobank's box, rack, freezer, temperature logger: :data:`.numbered_labels.STORAGE_WORDS`)
    # the clinic's own papers: a register, an instruction for use ("Журнал учёта № 2345", "Инструкция № 1234/ИП"); the
    # register's genitive is left out: "Выписка из журнала СМП № 318/22" is an extract for the patient (round 12)
    r"|журнал(?:ы|е|ом|ов|ах)?|инструкци\w*"
    # a VAT invoice passes between organisations, never to a patient; a plain "счёт" ("Счёт на оплату № 4521") is left
    # alone: the patient's paid services are billed the same way and are record numbers by the project's convention
    r"|фактур\w*)"
    r"|ГКБ|ДГКБ|ГБ|ЦГБ|ЦРБ|ГП|ДГП|ДП|ДКБ|КБ|ОКБ|РКБ|МСЧ|ФАП|ЛПУ|ГБУЗ|ГАУЗ|ФГБУ|НИИ|ЖК|ПНД|НД|КВД|ПТД|ОД|ИК|СИЗО|ОВД|ОП|МО"
    r"|СОШ|ДОУ|МБДОУ|ГБОУ|ГКП|ПСЧ|ПЧ|ОСМП|ССМП)(?![\w])"
)
# words that name another identifier of the person's anywhere in the clause before the sign (its own recognizer reads it)
_PAPER_WORDS = (r"паспорт\w*|пасп\.|полис\w*|снилс|инн|енп|удостоверени\w*"
                r"|тел\.?|телефон(?:а|у|ом|е|ы|ов)?|моб\.?|мобильн\w*|факс\w*")
# words that name a regulation, an organisation's requisites or a drug's lot anywhere in the sentence before the sign:
# the fields of a list after them are the same paper's ("Вакцина ... серия 1120, доза 2, контроль № 123456")
_SENTENCE_WORDS = (rf"{ORGANISATION_CODES}|лицензи\w*|р/с|к/с|счёт[ \t]+получател\w*"
                   rf"|{NUMBERED_ACTS}"
                   r"|вакцин\w*|препарат\w*|лот\w*|парти[яиюей]\w*|годен|годн\w*|ампул\w*|флакон\w*")
_NOT_PATIENT_CLAUSE = re.compile(rf"(?<![\w])(?:(?i:{_PAPER_WORDS}|{_SENTENCE_WORDS})|ОМС|ДМС)(?![\w])")
_PAPER_CLAUSE = re.compile(rf"(?<![\w])(?:(?i:{_PAPER_WORDS})|ОМС|ДМС)(?![\w])")
_SENTENCE_CLAUSE = re.compile(rf"(?<![\w])(?i:{_SENTENCE_WORDS})(?![\w])")
# where the noun phrase before the sign begins: after a comma, colon, semicolon, bracket, digit or stop-and-space
_PHRASE_BOUNDARY = re.compile(r"[,;:()\[\]\d«»\"]|[.!?][ \t]+(?=[А-ЯЁA-Z])")
# where the clause begins: a line's or a sentence's start, or the next field of a list after a value ("удостоверение
# № 37 11 107775, табельный № 419424": the first field's word is done with once its value is given; "серия 45 12, №
# 345678" is one field, no word after the comma)
_SENTENCE_BOUNDARY = re.compile(r"[;!?]|\.[ \t]+(?=[А-ЯЁA-Z])")
_CLAUSE_BOUNDARY = re.compile(rf"{_SENTENCE_BOUNDARY.pattern}|(?<=\d),(?=[ \t]*[^\W\d_])")
_TITLE_WORD = re.compile(r"(?<![\w\-/])[А-ЯЁ][а-яё]")
_BRACKETED = re.compile(r"\([^()\n]{0,40}\)")
_REACH = 60
# (a form's label line may end with the sign, its value opening the next line: "КУСП №\n2213"; a scan reads "№" as a
# Latin "N" before a space or a digit: "исх. N 137/э")
_SIGN = re.compile(r"(?:№|N(?=[ \t]?\d))[ \t]*:?[ \t]*(?:\n[ \t]*)?")
_LATIN_N = re.compile(r"(?<![\w.\-/])N(?=[ \t]?\d)")
_VALUE = re.compile(VALUE_BODY)
# a range or a list of counts: every dash-joined part one or two digits ("№ 10-15")
_COUNTS = re.compile(r"\d{1,2}(?:-\d{1,2})+")
# a federal law's number carries its "-ФЗ", a regulation's a letter after the digits ("№ 203н") only with its word
_LAW = re.compile(r"-(?:ФЗ|ФКЗ|КЗ|ОЗ)$")


def _last_boundary(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    last = start
    for match in pattern.finditer(text, start, end):
        last = match.end()
    return last


def _not_patient(text: str, sign: int, unshaped_identity: bool = False) -> bool:
    """Whether the words before the "№" at ``sign`` say its number is not the patient's (see the module's docstring).
    ``unshaped_identity``: the value has no passport's shape, so an identity paper's word ("удостоверение") in the
    clause names another paper of the person's (:data:`_IDENTITY_PAPER`), no passport the passport rules read."""
    line_start = text.rfind("\n", 0, sign) + 1
    if line_start > 1 and not text[line_start:sign].strip() and text[line_start - 2].isalpha():
        # (the sign opens its line under a title, as a paper's blank prints its number: "ПОЛИС ОБЯЗАТЕЛЬНОГО МЕДИЦИНСКОГО
        # СТРАХОВАНИЯ\n№ 7835974245025814" (the OMS policy's form, Правила ОМС, приказ Минздравсоцразвития № 158н))
        return _titled_elsewhere(text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1])
    begin = max(line_start, sign - _REACH)
    before = _BRACKETED.sub(lambda m: " " * len(m.group()), text[begin:sign])  # (one for one: offsets stay)
    phrase = before[_last_boundary(_PHRASE_BOUNDARY, before, 0, len(before)) :]
    # (a note run on without stops starts its next field with a capital: "...шейного отдела позвоночника Сопроводительный
    # лист СМП №"; the phrase starts at the last word so written, an abbreviation in capitals is none)
    titles = [title.start() for title in _TITLE_WORD.finditer(phrase)]
    phrase = phrase[titles[-1] :] if titles else phrase
    if _NOT_PATIENT_NOUN.search(phrase) or item_or_invoice_number(text, sign):
        return True
    # (a regulation's, a licence's or a lot's word holds over the whole sentence; a paper's only up to the next field)
    if _SENTENCE_CLAUSE.search(text, _last_boundary(_SENTENCE_BOUNDARY, text, begin, sign), sign):
        return True
    clause = text[_last_boundary(_CLAUSE_BOUNDARY, text, begin, sign) : sign]
    if not unshaped_identity:
        return _PAPER_CLAUSE.search(clause) is not None
    return any(_IDENTITY_PAPER.fullmatch(word.group()) is None for word in _PAPER_CLAUSE.finditer(clause))


# A title over a sign opening its line hands the number to another identifier's rule only when it names a policy (the
# checksummed ЕНП rule reads it) or a regulation; its place noun counts only as its head word ("ПАЛАТА ИНТЕНСИВНОЙ
# ТЕРАПИИ\n№ 1204"). The medical forms' titles name a ward, a hospital or a drug and print the patient's own number
# under them ("Медицинская карта стационарного больного\n№ 4512/24", form 003/у; "Направление на госпитализацию\n№"):
# the other veto lists are not read there. A title is short and has no stop, digit or colon: a prose line is none.
# (Nor a waybill's, which passes between organisations, "Накладная\n№ 12345", as its inline label does: review 0 r21,
# finding 11.)
_TITLE_PAPER = re.compile(rf"(?<![\w])(?:(?i:полис\w*|снилс|инн|енп|накладн\w*|{NUMBERED_ACTS})|ОМС|ДМС)(?![\w])")
_TITLE_LINE = re.compile(r"[ \t]*[А-ЯЁA-Z][^\n.!?:;\d]{0,80}")
_TITLE_WORDS = 8


def _titled_elsewhere(title: str) -> bool:
    """Whether the title line above a "№" opening its line says the number is not the patient's."""
    if _TITLE_LINE.fullmatch(title) is None or len(title.split()) > _TITLE_WORDS:
        return False
    return _NOT_PATIENT_NOUN.match(title, _title_head(title)) is not None or _TITLE_PAPER.search(title) is not None


def _title_head(title: str) -> int:
    """Where the title's head noun starts: its first word that is no adjective or participle ("Приёмное отделение",
    "Стационарная карта": the stem lists would take "Стационарная" as a hospital's word), else its last word."""
    words = list(re.finditer(r"[^\s,;()«»\"]+", title))
    head = next((word for word in words if first_part_of_speech(word.group()) not in ("ADJF", "PRTF")),
                words[-1] if words else None)
    return head.start() if head is not None else 0


# An identity paper's word vetoes the sign's number because the passport rules read a passport's ten digits; a number
# of another shape after it is another identity paper's, the person's all the same: a seafarer's identity document (ILO
# C185: "Удостоверение личности моряка № 2007184"), another state's identity card ("Удостоверение личности РК №2246
# 3183757"), a serviceman's or an employee's pass
_IDENTITY_PAPER = re.compile(r"(?i:удостоверени\w*)")
_PASSPORT_DIGITS = (9, 10)


# An invoice or a waybill ("Счёт на оплату № 4417", "Накладная № 3318 на реактивы") passes between organisations; a bill
# for a patient's paid services names its payer ("СЧЁТ № 2044/ПУ от ...\nПлательщик: <the patient>") and is then one of
# the patient's papers, as a contract for the services is. Only the head of the label counts: "за счёт средств ОМС,
# карта № 4471" is paid for, not an invoice, and "склонность к серийности. Сертификат № ..." names no device.
_LABEL_HEAD = re.compile(
    rf"(?<![\w])(?:(?P<item>(?i:{_ITEM_WORDS}))|(?<!за[ \t])(?P<invoice>(?i:сч[её]т(?:а|у|ом|е)?|накладн\w*|invoice)))(?![\w\-])"
    # (up to two words between the head and the sign: "Счёт на оплату №", "заводской номер:", "S/N")
    r"(?:[ \t]+[а-яёa-z]+\.?){0,2}[ \t]*(?:(?i:номер\w*|number|no\.?)|№|N|#)?[ \t]*:?[ \t]*(?:№[ \t]*)?$"
)
_PAYER = re.compile(r"(?<![\w])(?i:плательщик\w*|пациент\w*|заказчик\w*|payer|patient|ф\.?[ \t]?и\.?[ \t]?о\.?)")
_PAYER_REACH = 160
_HEAD_REACH = 40


def item_or_invoice_number(text: str, start: int) -> bool:
    """Whether the label right before ``start`` (a value, or the sign before it) names an item's own number (a device's
    factory, serial or inventory number: "Тонометр, заводской номер: 2231774", "серийный номер 55120934", "S/N 2207745")
    or an invoice with no payer named on its lines. The record grammars (:mod:`.record_numbers`,
    :mod:`.document_numbers`) read "<adjective> номер" as a label and take the value: this is their veto, as the noun
    lists below are this module's."""
    line_start = text.rfind("\n", 0, start) + 1
    head = _LABEL_HEAD.search(text, max(line_start, start - _HEAD_REACH), start)
    if head is None:
        return False
    if head.group("item") is not None:
        return True
    return _PAYER.search(text, max(0, start - _PAYER_REACH), min(len(text), start + _PAYER_REACH)) is None


def refused_after_sign(text: str, start: int) -> bool:
    """Whether the value at ``start`` follows a "№" whose words say it is not the patient's: the learned tagger
    (:mod:`.id_tagger`) reads a token's neighbourhood, not these lists, and took "инв. № 0101340012" for a record's."""
    sign = text.rfind("№", max(0, start - 8), start)
    matched = _SIGN.match(text, sign) if sign >= 0 else None
    return matched is not None and matched.end() == start and _not_patient(text, sign)


def numbered_values(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of identifier-shaped values after "№" (or "номер" and a colon) whose words name nothing
    but the patient's paper."""
    signs, position = [], text.find("№")
    while position >= 0:
        signs.append(position)
        position = text.find("№", position + 1)
    if "N" in text:
        signs = sorted((*signs, *(m.start() for m in _LATIN_N.finditer(text))))
    for position in signs:
        sign = _SIGN.match(text, position)
        value = _VALUE.match(text, sign.end()) if sign is not None else None
        if value is None:
            continue
        # (the words before "№" name no phone, :func:`_not_patient`; so a phone's shape after it is the paper's number:
        # "Рецепты: № 2574-0314538, № 8097-8563986", "Справка 086/у № 8847 0864929"; but a mobile's whole shape, or any
        # number after "на №", is a phone: "Вайбер № 8-912-345-67-89", "СМС отправлено на № ..." (review C r22, finding 10))
        found = checked_value(text, value.start(), value.end(), 2, signed_digits=3,
                              named_by_record=not _phone_after_sign(text, position, value.start(), value.end()))
        grouped = _GROUPED.match(text, value.start())
        if grouped is not None and grouped.group("series") is not None and \
                _PACK_BEFORE.search(text, max(0, position - _PACK_REACH), position):
            grouped = None
        if grouped is not None and grouped.end() > (found[1] if found is not None else value.start()) and \
                sum(ch.isdigit() for ch in grouped.group()) >= 8:
            # (read whole: "28" alone is too short a number, "28 879802" is one)
            found = checked_value(text, value.start(), grouped.end(), 2, signed_digits=3,
                                  named_by_record=not _phone_after_sign(text, position, value.start(), grouped.end())) or found
        unshaped = found is not None and sum(ch.isdigit() for ch in text[found[0] : found[1]]) not in _PASSPORT_DIGITS
        if found is not None and (_identifier_shaped(text[found[0] : found[1]]) or _dated(text, found[0], found[1], position)) \
                and not _not_patient(text, position, unshaped):
            yield found[0], found[1], BARE_SCORE
    low = lowered(text)
    if low and word_starts(low, ("номер",)):
        yield from _after_number_word(text)


_ON_SIGN = re.compile(r"(?<![\w])(?i:на)[ \t]*$")


def _phone_after_sign(text: str, sign: int, start: int, end: int) -> bool:
    """Whether the value after the "№" at ``sign`` is a phone: a mobile's whole shape, or anything after "на №"."""
    return MOBILE_SHAPE.fullmatch(text[start:end].rstrip(" \t.-/")) is not None \
        or _ON_SIGN.search(text, max(0, sign - 4), sign) is not None


# A blank printed on a protected form (Гознак) is numbered in groups: a series of four digits and a number of six
# ("сертификат № 9935 239569", as a passport's "4509 123456"), or a twelve-digit sick leave read out in threes ("939 454
# 152 946"). After "№" such groups are one number; a group of one or two digits (a count, a phone's "8 916") is not.
# (and a series of two digits before a number of six or seven, "Заключение ... № 28 879802", "№ 81 913525", as a blank's
# series and number are printed; an identity card's four and seven, "№2246 3183757")
_GROUPED = re.compile(r"(?:\d{3,4}(?:[ \t]\d{3,7}){1,3}|(?P<series>\d{2})[ \t]\d{6,7})(?![\w/\-]|[.,]\d)")
# A prescription's "№ 20" after a drug's form, a pack or a dose is a pack count ("Таблетки № 30", "500 мг № 20",
# "2 упаковки № 10"): no blank's series, so the number after it is not read with it
_PACK_BEFORE = re.compile(r"(?<![\w])(?i:таблет\w*|табл?\.|капс\w*|амп\w*|упак\w*|уп\.|флакон\w*|фл\.|драже|шт\.?"
                          r"|саше|пакет\w*|суппозитори\w*|свеч\w*|пастил\w*|мг|мкг|г|мл|ед|ме|mg|ml)[ \t]*$")
_PACK_REACH = 20


# The word "номер" is the same sign spelt out: "Номер КУСП: 2213", "Регистрационный номер сообщения — 4471/12", "номер
# материала проверки: Т-2210". It is read with the words after it (the paper's name in the genitive, up to four words)
# and a colon, a dash or "=" before the value; the same words refuse it ("Номер палаты: 1204", "Контактный номер:
# ..." names a phone, "номер телефона": a phone's is the phone recognizer's).
_NUMBER_WORD = re.compile(
    r"(?i:номер(?:а|у|ом|е)?)(?P<words>(?:[ \t]+(?![\d№])[^\s:=—–\-\d][^\s:=—–\d]*){0,5}?)[ \t]*(?::|=|[—–\-](?=[ \t]))[ \t]*"
)


# With nothing between the words and the value ("табельный номер водителя 30797", "Уникальный номер регистровой записи
# 797860", "таб. номер 035331") the word alone is the sign: then only a value of five digits and more is a number
# (the same vetoes: "номер палаты 12", "номер телефона 8916...", "номер ГОСТ 12345" stay out). Words that say whose or
# what number are needed, after it or an adjective before it ("Номер 500100732258.", "по номеру 8.903.118.44.02" name
# nothing), a specimen's are read by :mod:`.record_numbers` with its own shapes ("Номер образца 12345." is none), and an
# object identifier's many stops are no paper's number. A mobile phone's shape (:data:`.phones.MOBILE_SHAPE`) is a
# phone's here ("номер абонента 9031234567", "Номер в ЕСИА 903-123-45-67" were phones before this rule; a paper the
# record grammars know keeps its number there: "Номер карты 9031234567"). So is a whole number of any area code with its
# trunk or country prefix (:func:`.phone_fields.whole_phone`, the numbering plan's layout), a colon after the word or none.
_NUMBER_WORD_BARE = re.compile(r"(?i:номер(?:а|у|ом|е)?)(?P<words>(?:[ \t]+(?![\d№])[^\s:=—–\-\d][^\s:=—–\d]*){0,5}?)[ \t]+(?=\d)")
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w.])(?i:[а-яё]{2,}(?:ый|ий|ой)|[а-яё]{2,6}\.)[ \t]+$")
_BARE_DIGITS = 5
_BARE_STOPS = 2
_SPECIMEN_WORDS = re.compile(r"(?i:образ|проб|биоптат|материал)")
# an object's own number ("номер серии 123456", "номер стерилизационной камеры 12345"): a lot, a package, a device's
# model or version, a syringe, a cell, the same words a table's column is refused by (:data:`.numbered_labels.OBJECT_WORDS`)
_OBJECT_NOUN = re.compile(rf"(?<![\w])(?i:{OBJECT_WORDS})(?![\w])")


def _after_number_word(text: str) -> Iterator[tuple[int, int, float]]:
    for start in word_starts(lowered(text), ("номер",)):
        label = _NUMBER_WORD.match(text, start)
        bare = label is None
        if bare:
            label = _NUMBER_WORD_BARE.match(text, start)
        # (the noun that owns the number decides, :func:`_label_head`: a person's or a paper's owns it whatever place its
        # complement names, "Номер наряда бригады 1004", "Номер заявки на ТСР в СФР: 70-8154-844896" (blind37, blind44))
        words = label.group("words") if label is not None else ""
        head = _label_head(words) if label is not None else None
        owned = head is not None and _PERSON_OR_PAPER.fullmatch(head) is not None and not _placed_person(head, words)
        if label is None or (not owned and _NOT_PATIENT_NOUN.search(label.group("words"))) \
                or _NOT_PATIENT_CLAUSE.search(label.group())\
                or CALL_WORDS.search(text, max(text.rfind("\n", 0, start) + 1, start - 30), label.end()) \
                or PHONE_OWNER_AFTER.match(label.group("words")):  # ("Номер сиделки: ...": a person's, a phone)
            continue
        if _not_patient(text, start):
            continue
        value = _VALUE.match(text, label.end())
        found = checked_value(text, value.start(), value.end(), 2, signed_digits=3) if value is not None else None
        # (a whole number of the numbering plan, its trunk or country prefix, an area code of three to five digits and the
        # subscriber's groups, is a phone after "номер" with or without a colon: "Мой новый номер 8-4012-01-55-55", "Сменила
        # номер: 8-34345-4-17-73"; the phone's rules report it)
        if found is not None and whole_phone(text, found[0], found[1]):
            continue
        if found is not None and _identifier_shaped(text[found[0] : found[1]]) and not (bare and (
                sum(ch.isdigit() for ch in text[found[0] : found[1]]) < _BARE_DIGITS
                or text.count(".", found[0], found[1]) > _BARE_STOPS or _SPECIMEN_WORDS.search(label.group("words"))
                or _OBJECT_NOUN.search(label.group("words"))
                or MOBILE_SHAPE.fullmatch(text, found[0], found[1])
                or not (label.group("words").strip() or _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)))):
            yield found[0], found[1], BARE_SCORE


_NUMBER_WORD_START = re.compile(r"(?<![\w])(?i:номер(?:а|у|ом|е)?)(?![\w])")


def refused_after_number_word(text: str, start: int) -> bool:
    """Whether the value at ``start`` follows a "номер" label (as :func:`_after_number_word` reads one, with or without
    a colon) whose words refuse it: the same label checks as there ("Номер бригады 12045", "Номер ГОСТ 12345", "Номер
    вакцины 12045", "Контактный номер 1234567", "номер стерилизационной камеры 12345", "Номер образца 12345", "Номер
    500100732258." naming nothing), except that the lists of places and things are asked of the noun that owns the
    number only (:func:`_label_head`), never past a person's or a paper's noun ("Номер участника исследования 45123",
    "Номер истории болезни отделения кардиологии 45123" are the model's: review A of round 20). The value's own shape (too few digits, a mobile phone's) is not asked: that is
    the rule's reading, not a veto. For the learned tagger (:mod:`.id_tagger`), which reads a token's neighbourhood,
    not these lists, as :func:`refused_after_sign` is. (The words before the label are read up to the end of "номер":
    a capital "Номер" after a stop opens a sentence, which a phrase boundary sees only with the word after the stop.)"""
    line_start = text.rfind("\n", 0, start) + 1
    for word in _NUMBER_WORD_START.finditer(text, max(line_start, start - _REACH), start):
        label = _NUMBER_WORD.match(text, word.start())
        bare = label is None or label.end() != start
        if bare:
            label = _NUMBER_WORD_BARE.match(text, word.start())
        if label is None or label.end() != start:
            continue
        words = label.group("words")
        if _PAPER_CLAUSE.search(label.group()) or CALL_WORDS.search(text, max(line_start, word.start() - 30), label.end()) \
                or PHONE_OWNER_AFTER.match(words) or _not_patient(text, word.end()):
            return True
        head = _label_head(words)
        if head is not None and _PERSON_OR_PAPER.fullmatch(head):
            return False
        if (head is not None and _NOT_PATIENT_NOUN.fullmatch(head)) or _SENTENCE_CLAUSE.search(label.group()):
            return True
        return bare and (_SPECIMEN_WORDS.search(words) is not None or _OBJECT_NOUN.search(words) is not None
                         or not (words.strip() or _ADJECTIVE_BEFORE.search(text, max(0, word.start() - 30), word.start())))
    return False


# The noun that owns a "номер": the label's first word after its adjectives ("номер стерилизационной камеры"); a person
# or a person's paper there owns it whatever genitives follow ("Номер участника исследования", "Номер истории болезни
# отделения кардиологии", "номер пациента в центре", "Номер направления из поликлиники"), as does the order of an
# ambulance's call ("Номер наряда бригады": the call card's number, the rules' "Номер наряда 123456"). A preposition
# first ("Номер в лаборатории") names no owner.
_PERSON_OR_PAPER = re.compile(
    r"(?i:пациент\w*|участни(?:к|ц)\w*|больн(?:ого|ой|ых)|клиент\w*|карт(?:а|ы|е|у|ой)?|карточк\w*|амб\.|истори[яиюей]"
    r"|ист\.|направлени\w*|наряд(?:а|у|ом|е)?)"
)
# (a person's noun, though, does not own the number of a place it is put in: "Номер пациента в палате: 1204" is the
# ward's bed; an institution is no such place, "номер пациента в центре 45123" is the centre's number of the patient;
# a paper's noun owns it anywhere, "Номер карты в регистратуре корпуса"; review C r22, finding 5)
_PERSON = re.compile(r"(?i:пациент\w*|участни(?:к|ц)\w*|больн(?:ого|ой|ых)|клиент\w*)")
_PUT_IN = re.compile(r"(?<![\w])(?i:в|во|на)[ \t]+(?:[а-яё]+[ \t]+)?(?i:палат|койк|бокс|кабинет|каб\.|этаж|зал|комнат"
                     r"|мест[еаоу]|пост[уе]|лифт|операционн)")


def _placed_person(head: str, words: str) -> bool:
    return _PERSON.fullmatch(head) is not None and _PUT_IN.search(words) is not None


_LABEL_ADJECTIVE = re.compile(r"(?i:[а-яё]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю))")


def _label_head(words: str) -> str | None:
    for word in words.split():
        word = word.strip(",;()«»\"")
        if not _LABEL_ADJECTIVE.fullmatch(word) or _NOT_PATIENT_NOUN.fullmatch(word) or _PERSON_OR_PAPER.fullmatch(word):
            return word
    return None


# A document's registration number and its date are two requisites of any paper an organisation issues (ГОСТ Р
# 7.0.97-2016, "регистрационный номер документа" and "дата документа"), written "№ 771 от 6 июня 2022 г.": so dated, a
# number of three digits after "№" is a paper's, not a count (the clause's words still decide whose: a law's, a ward's);
# the palliative care commission's conclusion of blind47, "... паллиативной медицинской помощи № 771 от 12.05.2025"
_MONTHS = stem_alternation_of_months("ма[йя]")
_DATED = re.compile(rf"[ \t]+(?i:от)[ \t]+(?:\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d\d|«?\d{{1,2}}»?[ \t]+(?i:{_MONTHS})[а-яё]*[ \t]+(?:19|20)\d\d)")


# (the GOST requisite holds for every organisation's paper, a task's, an order's, a doctor's diploma: the number is the
# patient's only when the sentence before the sign names one of the patient's papers, :func:`.record_nouns.names_record`,
# "Направление ... №", "Заключение врачебной комиссии ... №"; review C r22, findings 2 and 7)
_DATED_REACH = 120


def _dated(text: str, start: int, end: int, sign: int) -> bool:
    """Three digits, the paper's date of issue right after them, and a patient's paper named before the sign."""
    if end - start != 3 or not text[start:end].isdigit() or _DATED.match(text, end) is None:
        return False
    begin = max(text.rfind("\n", 0, sign) + 1, sign - _DATED_REACH)
    return names_record(text[_last_boundary(_SENTENCE_BOUNDARY, text, begin, sign) : sign])


def _identifier_shaped(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    # (a form's code names the kind of paper, not the paper: "бланк № 148-1/у-88", "форма № 025/у", "№ 058/у")
    if _COUNTS.fullmatch(value) or _LAW.search(value) or FORM_CODE.fullmatch(value):
        return False
    structured = any(ch.isalpha() or ch in "/-." for ch in value)
    return digits >= 4 or (digits >= 3 and structured)
