"""A year of an event of the person's history written alone, for :class:`.dates.RuDateRecognizer` (DATE_TIME).

Why a bare year counts: the de-identification corpora of clinical text tag a year alone as a date (the i2b2/UTHealth
2014 de-identification guidelines, "DATE: ... years"), and ten independent authors of our held-out notes mark "с 2015
г.", "Инсульт - 2010" as dates; HIPAA's Safe Harbor is the exception that lets a release keep years, which
``PiiPolicy.keep_years`` switches on (:mod:`medsyn_dataset.validation.policy`). A year is read as an event's when

* a year's mark follows it: "в 2019 г.", "с 2022 года", "2023г", "за 2026 год", "2015-м году", "2015-2017 гг."
  (the span is the year with its mark, as most authors' gold draws it; a range is one span); years listed before
  one mark are each a year ("(2004 и 2010 гг.)": "2004", "2010 гг.");
* or, without a mark, a time preposition stands before it ("(с 2003)", "с 2019, когда", "после 2015"), a label
  and a dash or a colon ("Инсульт - 2010", "путёвка — 2005"), a form's "год" ("Отчётный год 2024"), or it stands
  alone in brackets after a diagnosis or a procedure ("ОНМК (2015)."): the span is the year; a person's full name and
  a comma before it ("Фокин Валерий Эдуардович, 1966": a list of persons with their years of birth).

Not an event's year: a law's, an order's, a standard's, a guideline's, a classification's or a statistic's
("приказ ... от 2012 г.", "ГОСТ Р 52600-2006", "рекомендации ESC 2019 г.", "МКБ-10 пересмотра 1989 г.", "в 2020 г. в
России"), a drug's or a paper's term ("годен до 2025"), a part of a longer number or a code ("52600-2006", "2015,5"), a quantity ("масса 2000 г", "до 2000 мл"), a
number after "№" or a paper's number and "от" ("РУ 012345 от 2019 г."), a value after an identifier's label ("ИБ:
2019", "Дом - 2015"), a statistic's year ("Заболеваемость в 2020 г."), a citation's ("Schulz, R. (2021)"), a device's
("(2015 г. выпуска)"). A year of birth ("1954 года рождения") and a
month's year are the date rules' (:mod:`.birth_years`, :mod:`.dates`). ``keep_years`` keeps no year 90 or more years
before today's (a birth year's age over 89: :func:`is_bare_year`).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import this_year
from medsyn_dataset.validation.pii.birth_years import BIRTH_MARK
from medsyn_dataset.validation.pii.cue_index import lowered
from medsyn_dataset.validation.pii.date_cues import named_before
from medsyn_dataset.validation.pii.morph import noun_case
from medsyn_dataset.validation.pii.paper_nouns import CODE_WORDS, DATED_PAPERS
from medsyn_dataset.validation.pii.units import LAB_STEMS, MEASURE_WORD, UNIT_AFTER_VALUE

#: the score of an event's year: a date of the person, below a cued or signed record number (0.87) that may hold one
SCORE = 0.7
_FIRST_YEAR = 1900
# a year's mark after it: "г.", "гг.", "г" (not "г/л", "гр", "г.р."), "год", "года", "году", "годах", "годом", "годы",
# "годов" ("в период от 2005 по 2012 годы", "2000-2005 годов"), "-м году", "-го года"; a range's second year before it
# ("2015-2017 гг.", "2015 – 2017 г.")
_MARK = re.compile(
    r"(?P<range>[ \t]?[-–—][ \t]?(?:19|20)\d\d)?(?:-(?:м|й|го|ом))?[ \t]?"
    r"(?:гг?\.(?![ \t]?р(?:\.|(?![а-яё])))|гг?(?![\w/.])|год(?:а|у|ах|ом|ы|ов)?(?![\w]))",
    re.IGNORECASE,
)
# years listed before one mark: "(2004 и 2010 гг.)", "в 2000, 2014 годах", "в 2001, 2005 и 2010 гг." (each is a year;
# the last one's mark serves all, the others' spans are the years alone)
_LISTED = re.compile(r"(?:[ \t]*(?:,|и)[ \t]*(?:19|20)\d\d(?!\d)){1,4}")
# a device's year after the year's mark: "кардиостимулятор (2015 г. выпуска)" is the maker's, not the patient's; the
# word in lower case, in the year's sentence ("установлен в 2015 г. Производство Medtronic" opens the next one)
_MADE_AFTER = re.compile(r"[ \t]*(?:выпуск|изготовлен|производств)")
# a citation before a year alone in brackets: an author's name or initial in Latin letters ("Schulz, R. (2021)"), "et al.",
# "и соавт.", "и др."; a number ("62(2021)", a journal's volume)
_CITED_BEFORE = re.compile(r"(?:[A-Za-z]\.?|et[ \t]+al\.?|соавт\.?|др\.|\d)[ \t]*$", re.IGNORECASE)
# the word right before a year with no mark that makes it a moment: "с 2003", "в 1996", "после 2015", "с конца 2019",
# "в течение 2020"
_PREPOSITIONS = frozenset(("с", "со", "в", "во", "за", "до", "после", "от", "к", "около", "конца", "начала",
                           "середины", "течение", "по"))
# what may follow a year with no mark: the end, a stop, a comma, a bracket, a space before a word (not a unit, not "до"
# and a number that is no year: "от 1900 до 2100" is a range of values)
_BARE_END = re.compile(r"(?:$|[ \t]*[.,;)\n]|[ \t]+(?![ \t]*(?:\d|[/*x×%]|(?:мг|мкг|мл|ед|ме|м|км|кг|г|гр|ккал|кал|руб"
                       r"|р|шт|раз|мкл|мм|см|ч|час|мин|сек|нг|пг|ммоль|мкмоль|шаг|уд|кв|тыс|в[ \t]+(?:мин|сут|час|день|сек))(?![а-яё])"
                       r"|(?:до|[-–—])[ \t]*(?!(?:19|20)\d\d(?!\d))\d))|$)",
                       re.IGNORECASE)
# the identifier's words read from a word's start; "рег" is read as a whole word or "регистрационный" ("Регресс",
# "Регидратация", "Регистрация - 2015" are no labels of a number)
_LONG_CODE_WORDS = tuple(word for word in CODE_WORDS if word != "рег")
# the label before a dash or a colon that names a quantity or a number, not an event: "Диурез - 2000", "Время: 1930"
_QUANTITY_LABEL = re.compile(
    r"(?:диурез|калор|ккал|вес|масс|объ[её]м|кровопотер|доз|колич|кол-во|сумм|стоимост|цен|итого|врем|час|код|каб"
    r"|палат|номер|индекс|счет|счёт|шаг|рост|лейкоц|тромбоц|эритроц|№|n|#"
    # an identifier's label (the identifier rules read its value, :mod:`.record_numbers`): a record's or a code's (the
    # words record_numbers reads, :data:`.paper_nouns.CODE_WORDS`, from a word's start), a password's, a house's
    # or a flat's ("ИБ: 2019", "Шифр: 2019", "Код доступа - 2021", "Дом - 2015"); the short ones whole words ("ушиб",
    # "Квинке" hold "иб", "кв"), one more word allowed after them ("Амб. карта", "код доступа")
    rf"|(?<![а-яёa-z])(?:(?:{'|'.join(_LONG_CODE_WORDS)})[а-яёa-z]*|рег(?:истрационн[а-яё]*)?(?![а-яёa-z])"
    r"|(?:pin|иб|парол[ья]|пин|дом|кв|квартир[аы]|корп"
    r"|полис|снилс|инн|логин|карт[аы])(?![а-яёa-z]))\.?(?:[ \t]+[а-яёa-z]+)?)[а-яё.]*[ \t]*[:\-–—][ \t]*$",
    re.IGNORECASE,
)
# a year that closes its sentence after an event's words, with no mark and no preposition: "Мастэктомия справа 2022.",
# "Лечился в НМИЦ онкологии 2026.", "Наркотические анальгетики назначены 2025." (a diagnosis's, a procedure's or a
# treatment's year, as the bracketed "ОНМК (2015)." is): a lower-case word right before it and a stop, a comma or a
# semicolon after it, or its line's end ("ОИМ 2015, АКШ 2017;", a history's list); a measure's or a quantity's phrase refuses it ("Диурез за сутки 2000.", "Тромбоциты 2000.", "Итого 2000.",
# :func:`_measured_phrase`), as a paper's or a number's before it does (:func:`event_year_end`)
_CLAUSE_END = re.compile(r"[.,;]?(?=[ \t]*\n|$)|[.,;](?=[ \t])")
# (capitalised as a line's first word, or an event's abbreviation: "Холецистэктомия 2011", "ОИМ 2015,")
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w\-.])(?:[А-ЯЁ]?[а-яё]{3,}|[А-ЯЁ]{2,6})[ \t]$")
_QUANTITY_WORD = re.compile(r"итого|всего|шаг\w*|рост\w*|код\w*|номер\w*|каб\w*|палат\w*|дом\w*|квартир\w*|сч[её]т\w*"
                            r"|пробег\w*|тираж\w*|штук\w*|руб\w*|ккал|калори\w*|индекс\w*|тариф\w*|оплат\w*"
                            # (a device's or a paper's year: "Год выпуска 2015.", "паспорт ... выдан 2019.")
                            r"|выпуск\w*|изготовл\w*|производств\w*|выда[нч]\w*"
                            r"|бел(?:ок|к\w*)")  # (a protein's value: "Белок в моче 1950.", review A r23, finding 5)
_LABEL = re.compile(r"[а-яёa-z)][ \t]*(?::|[ \t][-–—])[ \t]*$", re.IGNORECASE)
# a law's, an order's, a standard's, a protocol's, a guideline's, a classification's year: its paper named before it
# in the sentence (:data:`.paper_nouns.DATED_PAPERS`, searched inside words too: "клинрекомендации"); a drug's or a
# paper's term ("годен до 2025", "срок годности", "действителен до 2027 г."); whole words where a stem is inside
# common words ("сегодня", "действительно")
_PAPER_BEFORE = re.compile(
    rf"{DATED_PAPERS}|годност"
    # a registration certificate's date ("РУ 012345 от 2019 г."); a statistic named before its year ("Заболеваемость в
    # 2020 г.", "Данные Росстата за 2022 год")
    r"|регистрацион|заболеваем|смертност|распространённост|распространенност|росстат|статистик"
    r"|(?<![а-яё])ру(?![а-яё])"
    r"|(?<![а-яё])(?:годе?н[аоы]?[ \t]+(?:до|по)|действител[а-яё]*[ \t]+(?:до|по))",
)
# a statistic's year: a country or a count after it ("в 2020 г. в России", "в 2019 году по данным ...")
# ("в области" stays: "боли с 2015 г. в области сердца")
_STATISTIC_AFTER = re.compile(r"[ \t,]*(?:в[ \t]+(?:росси|рф|мире|стран|регион|европ|сша)|по[ \t]+данным"
                              r"|по[ \t]+статистик|зарегистрир)", re.IGNORECASE)
# a quantity's words before "2000 г" (grams): "масса 2000 г", "вес при рождении 1950 г", "прибавка 1900 г"
_WEIGHT_BEFORE = re.compile(r"масс|вес|рожд|плод|прибав|потер|дефицит|грамм|навеск|порци")
_WINDOW = 60
_WEIGHT_WINDOW = 28
# a date that is a year alone, with its mark or not, a range of years too: what ``PiiPolicy.keep_years`` keeps
_BARE_YEAR = re.compile(r"(?:19|20)\d\d(?:[ \t]?[-–—][ \t]?(?:19|20)\d\d)?(?:-(?:м|й|го|ом))?"
                        r"(?:[ \t]?(?:гг?\.?|год(?:а|у|ах|ом|ы|ов)?))?", re.IGNORECASE)
# "рождения" after a year's mark ("1961 г. рождения"; BIRTH_MARK reads "г.р." and "года рождения")
_BIRTH_WORD_AFTER = re.compile(r"[ \t]?г\.?[ \t]+рожд", re.IGNORECASE)
# a paper's number and "от" right before the year: "РУ 012345 от 2019 г.", "договор 15 от 2020 г." (as after "№")
_NUMBER_FROM = re.compile(r"\d[ \t]+от[ \t]*$")
# the word right before a year with no mark, a space or a bracket between them ("(с 2003)")
_LAST_WORD = re.compile(r"(?<![а-яё])([а-яё]+)[ \t]*\(?[ \t]*$", re.IGNORECASE)
# the word right before a year's bracket ("ОНМК (2015)", "холецистэктомия (2010)")
_BRACKET_WORD = re.compile(r"(?<![а-яёa-z])([а-яёa-z]{2,})[ \t]*\([ \t]*$", re.IGNORECASE)
# a measure's word before a year's bracket, whose value it is ("Тромбоциты (2000)", "Дозировка (2000)", "Диурез (2000)"):
# a cell count, a dose, a volume, a weight, a level, a titre, a sum. A diagnosis's or a procedure's last word is any
# word ("Инфаркт миокарда (2014)", "мастэктомия справа (2016)", "Сахарный диабет 2 типа (2008)"): no list of events
# names it, so the year is refused after a measure's word only (review 0 of round 21)
# (:data:`.units.MEASURE_WORD`)
# a lab value's abbreviation in capitals: its value in brackets is no year ("ЛДГ (1950)", "КФК (2000)")
_LAB_ABBREVIATIONS = frozenset(("ЛДГ", "КФК", "АЛТ", "АСТ", "СРБ", "ЩФ", "ГГТ", "ГГТП", "ТТГ", "МНО", "АЧТВ", "СОЭ",
                                "ХС", "ЛПНП", "ЛПВП", "ТГ", "ПТИ", "ЛЕЙ", "ЭР", "ТР", "ПСА", "НВ", "HB", "PLT", "WBC",
                                "RBC", "LDH", "CK", "ALT", "AST", "CRP", "ОАК", "ОАМ", "МЕ", "ЕД", "МЛ", "МГ",
                                "СКФ", "ИМТ", "ЧСС", "ЧДД", "САД", "ДАД", "ФВ", "КДР", "КСР"))
# a lab value's or a vital sign's word as the phrase's head ("Гемоглобин (1998)", "Сатурация (1995)"): the stem and an
# inflection only; a diagnosis derived from it is an event ("Тромбоцитопения (2017)", "Лейкоцитоз (2018)", "Гемоглобинурия")
_LAB_WORD = re.compile(rf"(?:{'|'.join(LAB_STEMS)})(?:[аеиоуыьяю]|ом|ой|ов|ам|ами|ах|ей|ем|и[ейюя]|ием|иях|к[аиеу]|кой"
                       r"|ани[еяию]|анием)?")
# ... but a blood loss or a disease's activity graded by its degree is the patient's state, an event of the history
# ("Массивная кровопотеря (2015)", "Болезнь Крона, высокая активность (2016)"; review A r21, finding 4), not the measure
# ("Кровопотеря (2000)", "Интраоперационная кровопотеря (2000)"; a unit after the bracket is refused by the caller)
_GRADED_STATE = re.compile(r"кровопотер\w*|активност\w*")
_DEGREE = re.compile(r"(?:массивн|профузн|обильн|значительн|незначительн|умеренн|выраженн|высок|низк|тяжел|тяжёл|остр"
                     r"|хроническ|небольш)\w*")
_PHRASE_WINDOW = 60
# a number right before that word: "от 1900 до 2100", "100 до 2000" is a range of values
_NUMBER_END = re.compile(r"\d[ \t]*$")


def event_year_end(text: str, start: int, end: int) -> int:
    """The end of the event's year at ``text[start:end]`` (four digits) with its mark, or 0 if it is none."""
    year = int(text[start:end])
    if not _FIRST_YEAR <= year <= this_year.YEAR + 1:
        return 0
    before = text[start - 1 : start]
    if before and (before.isdigit() or (before in ".,/-–—_" and _glued(text, start))):
        return 0  # "52600-2006", "1,2015", "12.2019" (a part of a longer number or a date the date rules read)
    if text[end : end + 1].isdigit() or (text[end : end + 1] in (".", ",") and text[end + 1 : end + 2].isdigit()):
        return 0  # "2015.5", "2015,5", "2019.03" (a decimal, a year and its month the date rules read)
    mark = _MARK.match(text, end)
    listed = None
    if mark is None and text[end : end + 1] in (" ", "\t", ",") and (listed := _LISTED.match(text, end)):
        mark = _MARK.match(text, listed.end())  # "2004 и 2010 гг.": the first year is one too
    if mark is not None:
        if mark.group("range") and not _FIRST_YEAR <= int(mark.group("range")[-4:]) <= this_year.YEAR + 1:
            return 0
        stop = end if listed else mark.end()
        if "од" not in mark.group().lower() and _weight_before(text, start):
            return 0  # "масса 2000 г" (grams; "2000 г." after a weight's word too)
        if _MADE_AFTER.match(text, mark.end()):
            return 0
    elif _bare_year(text, start, end):
        stop = end
    else:
        return 0
    if BIRTH_MARK.match(text, end) or _BIRTH_WORD_AFTER.match(text, end):
        return 0  # "1954 года рождения": a year of birth, the birth-year rule's (0.85, the year alone)
    window = _sentence_before(text, start)
    if "№" in window[-4:] or _NUMBER_FROM.search(window) or _PAPER_BEFORE.search(window) or _STATISTIC_AFTER.match(text, stop):
        return 0
    return stop


def is_bare_year(value: str) -> bool:
    """``value``, a date found, is a year alone ("2015", "2015 г.", "2015-2017 гг."; a year of birth "1985" too): no
    element of a date but the year, which HIPAA's Safe Harbor method lets a release keep, unless a year is 90 or more
    years before today's year: as a year of birth it would show an age over 89, which Safe Harbor never keeps (any
    year, not only a birth year's: the scanner's type does not tell them apart, and today's year, not the note's)."""
    return _BARE_YEAR.fullmatch(value) is not None and all(int(year) >= this_year.YEAR - 89
                                                            for year in re.findall(r"\d{4}", value))


def _glued(text: str, start: int) -> bool:
    """A stop, a comma, a slash or a dash right before the year joins it to what is before it (no space before that)."""
    return start >= 2 and not text[start - 2].isspace()


def _bare_year(text: str, start: int, end: int) -> bool:
    """A year with no mark after a time preposition or a label and its dash or colon, the note going on after it with
    no unit and no second number."""
    if not _BARE_END.match(text, end):
        return False
    head = text[max(0, start - 24) : start]
    word = _LAST_WORD.search(head)
    if word is not None and word.group(1).lower() in _PREPOSITIONS:
        return not (word.group(1).lower() in ("до", "от", "по") and _NUMBER_END.search(head, 0, word.start(1)))
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        # a year alone in brackets after a diagnosis or a procedure: "ОНМК (2015).", "холецистэктомия (2010)"; not a
        # citation's ("Schulz, R. (2021)"); a paper's ("ГОСТ (2015)") is refused with the other papers' years
        return (_CITED_BEFORE.search(head, 0, len(head) - 1) is None and not _measure_before_bracket(text, start)
                and UNIT_AFTER_VALUE.match(text, end + 1) is None)  # "Калий (2000) ммоль/л": a value and its unit
    if named_before(text, start):
        return True  # "Фокин Валерий Эдуардович, 1966": a list of persons, each with the year of birth
    if (_CLAUSE_END.match(text, end) and (right := _WORD_RIGHT_BEFORE.search(head)) and not _measured_phrase(head)
            and _closing_word(right.group().strip())
            and int(text[start:end]) % 100):  # ("выпито жидкости 2000.": a round quantity without its unit)
        return True  # "Мастэктомия справа 2022.", "Лечился в НМИЦ онкологии 2026." (see _CLAUSE_END)
    if word is not None and word.group(1).lower() == "год" and word.end() == len(head):
        # a form's field of a year, "год" and the year after it: the tax office's certificate of paid medical services
        # (КНД 1151156, "Отчётный год 2024"), "Учебный год 2023"
        return True
    return _LABEL.search(head) is not None and _QUANTITY_LABEL.search(head) is None


# a procedure's word: a capitalised word alone before a year closing its line is one ("Холецистэктомия 2011"); any
# other capitalised word is as often an analyte's name heading its value ("Тропонин 1950.", review A r23, finding 5)
_PROCEDURE = re.compile(r"[а-яё]*(?:эктоми|томи|стоми|пласти|скопи|резекци|ампутаци|трансплантаци|шунтировани"
                        r"|стентировани)\w*")


def _closing_word(word: str) -> bool:
    """The word right before a year closing its clause names an event: a lower-case word of a phrase, an abbreviation
    not a lab value's or a measure's, a capitalised procedure (see :data:`_PROCEDURE`)."""
    if word.islower():
        return True
    if word.isupper():
        return word not in _LAB_ABBREVIATIONS
    return _PROCEDURE.fullmatch(word.lower()) is not None


def _measured_phrase(head: str) -> bool:
    """The phrase before a year that closes its sentence (``head``, its last characters) names a measure or a quantity
    whose value the number is (see :data:`_CLAUSE_END`)."""
    phrase = re.split(r"[,;:.!?()\n]", head)[-1].lower()
    return any(MEASURE_WORD.fullmatch(word) or _LAB_WORD.fullmatch(word) or _QUANTITY_WORD.fullmatch(word)
               for word in re.findall(r"[а-яё]+", phrase))


def _measure_before_bracket(text: str, start: int) -> bool:
    """The words before a year's bracket (at ``start``) name a measure whose value the number is: a lab value's
    abbreviation in capitals right before it ("ЛДГ (1950)"; "ОНМК (2015)" is none) or the head noun of its phrase, the
    first noun since a stop or a comma ("Тромбоциты (2000)", "Объём инфузии (2000)", "Гемоглобин (1998)"; not "Снижение
    веса (2018)", a diagnosis naming a measure)."""
    head = text[max(0, start - _PHRASE_WINDOW) : start]
    word = _BRACKET_WORD.search(head)
    if word is None:
        return False
    if word.group(1).isupper():
        return word.group(1) in _LAB_ABBREVIATIONS
    parts = re.split(r"[,;:.!?()\n]", head[:-1])
    words = re.findall(r"[а-яёА-ЯЁ]+", parts[-1])
    if len(parts) == 1 and start > _PHRASE_WINDOW and text[start - _PHRASE_WINDOW - 1].isalpha():
        words = words[1:]  # (the window cut its first word)
    noun = next((each for each in words if noun_case(each) is not None), words[-1] if words else "").lower()
    if (_GRADED_STATE.fullmatch(noun) and any(_DEGREE.fullmatch(each.lower()) for each in words)
            and int(text[start : start + 4]) % 50 != 0):
        # (not a round number: "Умеренная кровопотеря (2000)", "Высокая активность (1950)" are the volume or the
        # activity without its unit, review D r22, finding 7)
        return False
    return MEASURE_WORD.fullmatch(noun) is not None or _LAB_WORD.fullmatch(noun) is not None


def _weight_before(text: str, start: int) -> bool:
    """A weight's word shortly before the year, no time preposition right before it: "масса при рождении 2000 г." are
    grams, "снижение веса на 5 кг за год, застрахован с 2012 г." is a year."""
    head = text[max(0, start - _WEIGHT_WINDOW) : start]
    word = _LAST_WORD.search(head)
    if word is not None and word.group(1).lower() in _PREPOSITIONS:
        return False
    return _WEIGHT_BEFORE.search(head.lower()) is not None


def _sentence_before(text: str, start: int) -> str:
    """The lowered text of the sentence before ``start``, at most :data:`_WINDOW` characters."""
    lower = lowered(text) or text.lower()
    window = lower[max(0, start - _WINDOW) : start]
    cut = max(window.rfind("\n"), window.rfind(". "))
    return window[cut + 1 :]
