"""The words of the record-number grammar: which nouns name a patient's record, paper, specimen or role, and whose number it is.

:mod:`.record_numbers` reads a record's number as a noun phrase, a short window, a sign and a value. This module holds the
first part, the vocabulary: the strong nouns of the record itself ("карта", "история болезни", "ИБ", "ЭМК"), the weak
ones that need a sign ("номер", "код", "пациент", "заказ"), the specimens and the persons a laboratory or a trial numbers
("проба", "образец", "донор", "субъект"), the words where a scan for them starts, the owner a label names between its
sign and its value ("Рег. № донора: ..."), and the papers "номер" may name ("номер обращения", "номер рандомизации").
:func:`names_record` and :func:`record_label` answer, for other modules' labels, whether a label's words name the
patient's record. The reading itself (window, sign, value, the checks that leave other numbers out) stays in
:mod:`.record_numbers`; the value's shape is in :mod:`.record_values`.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.paper_nouns import (
    HISTOLOGY_ANCHORS,
    HISTOLOGY_SPECIMENS,
    RECORD_ABBREVIATIONS,
    VOUCHER_WORDS,
)

# strong nouns: the record itself; a value may follow them with no sign between
STRONG = (
    r"(?:мед(?:ицинск\w*|\.)?[ \t]*)?карт(?:а|ы|у|е|ой|очк\w*)|медкарт\w*|амб(?:\.|улаторн\w*)[ \t]*карт\w*"
    rf"|истори[яиюей]|ист\.|{RECORD_ABBREVIATIONS}|талон\w*|книжк\w*"
    # (a person's file, личное дело, kept on a prisoner, a soldier, an employee, a pupil: "л/д 220283", "личное дело № 4471")
    r"|л/д|личн(?:ое|ого|ому|ым|ом)[ \t]+дел(?:о|а|у|ом|е)"
)
# (ИР, и/р: история родов, the record of a delivery, as ИБ, и/б is the case history)
# (ИНЗ: идентификационный номер заказа, the id a laboratory's information system gives an order and its samples)
STRONG_CAPS = r"ИБ|ИР|МК|АК|КВ|МКСБ|МКАБ|АмбК|ЭМК|ЕМК|СКК|ТАП|ИБ/КВ|MRN|ИНЗ|ЭЛН|ЛН|УНРЗ|УИН|PID(?:-\d{1,2})?"
# (the abbreviations of a person's card beside ЭМК: ЕМК, единая медицинская карта, a region's one record of the patient,
# "ЕМК 856552223"; СКК, санаторно-курортная карта (form 072/у), the card a sanatorium's stay is booked on, "СКК № 843")
# (PID: the patient identifier, HL7's PID segment and an information system's field, copied into prose with or without
# the field's index: "PID 507588253", "PID-3: 7715009^^^GKB1^MR", the list of identifiers of HL7 v2's CX type)
# (УИН: уникальный идентификационный номер, the number the ГТО complex's register gives each participant for life,
# "УИН ГТО: 24-22-8810710" (year, region, number, as gto.ru prints it), "УИН ГТО 279/8"; the rule takes any УИН, not
# only the ГТО's: a payment's УИН, "Оплата по квитанции, УИН 18810177210000123456" (ГИС ГМП's 20 or 25 digits), names
# one charge to one payer, an account-like identifier of the person, so it is reported as a record number too)
SICK_LEAVE = ("ЛН", "ЭЛН")  # (a sick leave's number: twelve digits in the register, a paper blank's six and more)
# (УНРЗ: уникальный номер регистровой записи, the number a federal register of patients (ВИЧ, туберкулёз, COVID-19,
# орфанные заболевания) gives this person's entry: "УНРЗ: 6496250776")
# (ЭЛН: электронный листок нетрудоспособности, a sick leave whose 12-digit number the ФСС register gives; a note
# writes it right after the abbreviation: "ЭЛН 910012345678 открыт"; a paper one, or either, is "ЛН": "ЛН 573501438293 закрыт")
# nouns of things a laboratory or a service numbers for one patient: a specimen ("Биопсийный материал Б21-0457",
# "№ образца 2231/22", "биоптат Г-1205"), a request ("Запрос ТМК ТМ-2022-0154", a telemedicine consultation's,
# a federal centre's). These words also stand in plain sentences ("материал взят", "запрос направлен"), so with
# nothing between they name only a value shaped as a code (a letter, a dash or a slash in it), never a bare number
# (a blood or tissue sample, "проба Б-3078583", "пробирка 4600123456", is one too; "проба Манту", "проба Реберга: 95"
# are tests, so after "проб-" only a code or a barcode's eight digits and more are a number, sign or not)
# (and the containers a specimen is sent in, or their labelling: "Маркировка флаконов: 26-4710/1", "контейнер К-118")
# (and a pathologist's blocks and slides, read as strictly as a "проба": :data:`.paper_nouns.HISTOLOGY_SPECIMENS`)
# (a biobank's and a trial's too: an aliquot, a cryovial, a biosample, "Аликвота А-2231-03", "Криопробирка 4500-221-03";
# and the person a trial or a transfusion service numbers, its subject, participant, donor or recipient, "Субъект 101-017",
# "Донор D-88213": a code after the noun is that person's number, a bare count is none, "донор 2 раза"; a subject of the
# federation is a region, "субъекта РФ 77")
# (and a pedigree's proband, the person through whom a medical geneticist ascertains the family and whose code the
# pedigree and the genetic laboratory file it under: "пробанд 59-069", "Пробанд: P-0412"; the anchor "проб" reaches it)
SAMPLE = (r"запрос\w*|материал\w*|(?:био)?образ(?:ец|ц[а-яё]*)|биоптат\w*|(?:крио)?проб(?:а|ы|у|е|ой|ирк\w*)?|флакон\w*"
           r"|контейнер\w*|маркировк\w*|аликвот\w*|(?:донор|реципиент|участник|пробанд)(?:а|у|ом|е|и|ы|ов)?"
           r"|субъект(?:а|у|ом|е|ы|ов)?(?![ \t]+(?:рф|российск|федераци|прав))"
           rf"|{HISTOLOGY_SPECIMENS}")
STRICT_SAMPLES = ("проб", *HISTOLOGY_ANCHORS)
# weak nouns: words that name a number only with a sign ("Номер случая: 17", "Пациент № 137")
# (a laboratory's order, request and sample: "Заказ № 12-3456", "№ заявки 0012345", "Штрихкод пробы 4600123":
# the id of a patient's sample links the result to the patient as a record number does)
WEAK = (
    r"заказ\w*|заявк\w*|протокол\w*|журнал\w*|случа[йяюе]\w*|вызов\w*|шифр\w*|штрих-?код\w*|идентификатор\w*|id|код(?:а|у|ом|е)?"
    r"|номер\w*|пациент\w*"
    r"|регистрационн\w*|рег\."
    # (a sanatorium's or a rehabilitation voucher, путёвка, is issued to one patient and numbered: "Путёвка: П-695537"; so is
    # a курсовка, the resort's voucher without board: "Курсовка № 18127", :data:`.paper_nouns.VOUCHER_WORDS`)
    r"|пут[её]вк\w*|курсовк\w*"
    # (a medical evacuation is one patient's, its sheet numbered: "Лист медицинской эвакуации № 404")
    r"|эвакуаци\w*"
    # (a person's entry in a register, регистр or реестр: "Номер в регистре ВЗН 978912", "рег. № в регистре паллиативных
    # ПМП-5425", "Идентификатор в регистре доноров: 88-392018"; "в регистре" only: "реестр № 12" numbers the register itself,
    # "регистрация" is no register)
    r"|регистре|реестре"
)
NOUN = re.compile(rf"(?:(?P<strong>{STRONG})|(?P<caps>(?-i:{STRONG_CAPS}))|(?P<weak>{WEAK})|(?P<sample>{SAMPLE}))(?![\w/])",
                   re.IGNORECASE)
# where a noun may start: words in the lower-cased text, abbreviations in capitals in the text itself
# (short lower-case anchors such as "ак" would stop at every "активно")
# (each anchor costs a scan of the note: nouns whose phrases another anchor reaches have none: "Журнал
# вызовов:" is found at "вызовов", "Штрих-код карты:" at "код", "м/к" and "а/к" are left to "№ карты")
ANCHOR = ("мед", "карт", "амб", "ист", "и/", "и.", "а/к", "м/к", "к/в", "л/д", "личн", "талон", "книжк", "протокол", "случа", "вызов", "шифр",
           "идентификатор", "id", "код", "номер", "пациент", "рег", "заказ", "заявк", "штрих", "запрос", "материал", "образ",
           "биоптат", "проб", "флакон", "аликвот", "криопроб", "биообраз", "донор", "реципиент", "участник", "субъект", "эвакуац", "контейнер", "маркировк", *VOUCHER_WORDS, "реестр", *HISTOLOGY_ANCHORS)
CAPS_ANCHOR = ("ИБ", "ИР", "МК", "АК", "КВ", "ЭМК", "ЕМК", "СКК", "ТАП", "MRN", "ИНЗ", "ЭЛН", "ЛН", "УНРЗ", "УИН", "PID")

# identifier words (:data:`.paper_nouns.IDENTIFIER_WORDS`) name a number with nothing between ("Рег. номер пациента
# 12345", "Код пациента 00012345")
# (a voucher is issued to one patient: "по путевке 024513235", as an order or a request is placed for one; it is here so
# that it names a bare number, with no sign, and is kept out of ``named_by_record`` in :func:`.record_numbers._value_after`, so that a
# phone's shape after it stays a phone: "Справки по путёвкам: 84822923909"; the two answer different questions)
SELF_NAMING = ("id", "идентификатор", "штрих", "заказ", "заявк", "регистр", "реестр", *VOUCHER_WORDS)

# whose number it is, in the genitive, between a number's label and its value: "Рег. № донора: 4063856", "Регистровый
# номер пациента 674ТБ1807", "учётный номер больного 4471/к" (a patient, a donor, a recipient, a trial's subject, the
# deceased, an insured person, a child, a woman in labour)
# (with what the owner is registered for, in the instrumental, "Рег. № больного туберкулезом 75338066" (blind44); or the
# register it is kept in, "Рег. № в канцер-регистре 3885542790" (blind37))
OWNER = re.compile(r"(?:(?i:пациент(?:а|ки)|больно(?:го|й)|донора|реципиента|участника|субъекта|умерше(?:го|й)"
                    r"|застрахованно(?:го|й)|ребёнка|ребенка|роженицы)"
                    # (up to three words, "с" before them: an adjective, a noun, a hyphenated one, "больного сахарным
                    # диабетом", "больного ВИЧ-инфекцией", "больного с туберкулезом"; no bare abbreviation, "пациента ТБ
                    # 77 0012345" is a series; a register's number then has five digits and more, :data:`REGISTER_DIGITS`:
                    # "больного с температурой 37.5" is none; review C r22, finding 4)
                    r"(?P<disease>(?:[ \t]+(?i:со?))?(?:[ \t]+(?i:[а-яё]+(?:-[а-яё]+)?(?:ом|ем|ой|ей|ым|им|ью))){1,3})?"
                    r"|(?i:в[ \t]+[а-яё\-]*(?:регистр|реестр)[а-яё]*))[ \t]*:?[ \t]+")
REGISTER_DIGITS = 5
# a register's value of a series, the region's two digits and the number: "ОНКО 22 327399", "ТБ 77 0012345"
LAST_GROUP = re.compile(r"[А-ЯЁA-Z]{2,5}[ \t]\d{2}[ \t]\d{5,8}(?![\w/\-]|[.,]\d)")

ROLE_STEMS = ("субъект", "участник", "донор", "реципиент", "пробанд")  # (the persons among the specimen-like nouns of SAMPLE)
_SPACE = re.compile(r"[ \t]+")
_ABBREVIATION_PREFIX = re.compile(r"(?:[А-ЯЁA-Z]{2,6}-)?")
_DIGITS_AHEAD = re.compile(r"[^\d\n]{0,60}?(?P<digits>\d+)")
# papers a patient is given or files, in the genitive after "номер"
# (and the events a register numbers for one patient: an entry, a hospitalisation, an admission, a visit)
PAPER = re.compile(r"(?i:обращени|заявлени|договор|справк|направлени|рецепт|свидетельств|сертификат|заключени|выписк|эпикриз"
                    r"|извещени|ходатайств|квитанци|согласи|пропуск|анкет|запис|госпитализаци|поступлени|посещени|визит"
                    r"|консультаци|пут[её]вк|курсовк"
                    # (and what a clinic or a trial does to one person, numbered for that person: a transfer, a medical
                    # evacuation, a trial's screening, randomisation and enrolment: "номер перевода 2231", "Номер
                    # рандомизации 1045", "номер скрининга 04-017", "номер включения 0032")
                    r"|перевод|эвакуаци|скрининг|рандомизаци|включени"
                    # (a blood or marrow donation, numbered for its donor: ISBT 128's donation identification number,
                    # "Номер донации K8413 20 793745", the facility's code, the year and the sequence)
                    r"|донаци)[а-яё]*(?![\w])")


def names_document(text: str, position: int) -> bool:
    """The word after ``position`` is a document noun (not another "номер" or "пациент")."""
    space = _SPACE.match(text, position)
    following = NOUN.match(text, space.end()) if space is not None else None
    if following is None:
        # ("Номер обращения 2023-112233", "номер договора 12/45": a paper's number, as after "№"; a service's abbreviation
        # may be glued on by a hyphen, "Номер ТМК-консультации 7749", a telemedicine consultation's)
        prefix = _ABBREVIATION_PREFIX.match(text, space.end()) if space is not None else None
        return prefix is not None and PAPER.match(text, prefix.end()) is not None
    if following.group("sample") is not None and following.group("sample").lower().startswith(ROLE_STEMS):
        return True  # ("Номер субъекта 1045", "номер донора 4512": a person's number, as "номер пациента" is)
    if following.group("sample") is not None:
        # ("Номер образца 12345": a specimen's short bare number stays unnamed, as after the noun alone, test_pii_cues; six
        # digits and more are the specimen's id the word "номер" names: "Номер пробы неонатального скрининга 053004",
        # "номер образца 899838", as a sample's eight-digit barcode is named by the noun alone)
        digits = _DIGITS_AHEAD.match(text, following.end())
        return digits is not None and len(digits.group("digits")) >= 6
    return not (following.group("weak") or "").lower().startswith(("номер", "пациент", "код"))


def names_record(words: str) -> bool:
    """Whether a label's words name this patient's record or one of its papers (a noun of the grammar above, "истории
    болезни", "карты", "пациента", or a paper, "справки", "заключения"); a specimen's or a container's noun ("пробирки")
    names a laboratory's label, and any other word ("партии", "ампулы", "палаты") some other thing's number."""
    for word in words.split():
        noun = NOUN.match(word)
        if (noun is not None and noun.group("sample") is None) or PAPER.match(word) is not None:
            return True
    return False


def record_label(words: str) -> bool:
    """Whether a label's words name the patient's record itself by a strong noun ("ИБ", "и/б", "карта", "№ карты"),
    not by a person's or a paper's word that may label other numbers too ("пациентка", "номер")."""
    return any((noun := NOUN.match(word)) is not None and bool(noun.group("strong") or noun.group("caps"))
               for word in words.split())
