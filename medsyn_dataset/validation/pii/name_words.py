"""Words that are no person's name though a name chain reads them so. Used by :mod:`.names`.

Eponyms are not people: a chain right after "болезнь", "синдром", "по" ("по Нечипоренко"), "проба", "шкала"
etc. is the name of a disease, a test or a method (``EPONYM_BEFORE``); medical eponyms used as nouns and drug
brands named like people (``NOT_NAMES``) are never a patient's name on their own.
"""

from __future__ import annotations

import re

EPONYM_BEFORE = re.compile(
    r"(?:^|[^\w])(?:болезн\w*|синдром\w*|симптом\w*|проб[аеуы]|реакци\w*|шкал\w*|по|метод(?!ист)\w*|тест\w*|феномен\w*"
    r"|рефлекс\w*|критери\w*|триад\w*|операци\w*|пятн\w*|узл\w*|клетк\w*|тельц\w*|аппарат\w*|им\.|имени|класс\w*"
    r"|формул\w*|индекс\w*|закон\w*|точк\w*|зон[аеыу]|знак(?!ом[аоуыея])\w*|маневр\w*|манёвр\w*|при[её]м\w*|положени\w*|парез\w*"
    r"|паралич\w*|аппликатор\w*|опухол\w*|саркома|лимфома|анемия|грыж\w*|перелом\w*|вакцин(?!атор)\w*|препарат\w*|таблетк\w*|мазь"
    r"|палочк\w*|кольц\w*|линии|линия|протоколу?|лихорадк\w*|пневмони\w*|ангин\w*|диет\w*|стол|тип[ауе]?)\s+$",
    re.IGNORECASE,
)
# ("знак" is a clinical sign's eponym cue, "знак Кернига"; its stem also starts "знакомый", an acquaintance,
# whose name follows it as a relative's does: "знакомый Петров", so the adjective's forms are left out)

# Medical eponyms used as nouns, and drug brands named like people ("Ярина", "Жанин"): never a
# patient's name on their own. Lower-case dictionary forms.
NOT_NAMES: frozenset[str] = frozenset(
    """
    допплер доплер холтер паркинсон альцгеймер хашимото крон бехтерев манту базедов аддисон кушинг иценко
    жильбер рейно меньер квинке боткин вильсон коновалов шегрен бартолин ахиллес мейбом шляттер пертес
    осгуд зудек бейкер ослер дюшенн гентингтон хантингтон эпштейн эпштейн-барр барр рентген фоллей фолей бобат шарко бабинский
    ласег нери вассерман зимницкий нечипоренко реберг гольдфлам троссо кернинг брудзинский
    ярина жанин диана линда клайра регулон новинет белара марвелон джес анжелик алдара лориста мирена
    визанна силуэт дюфастон утрожестан норколут хлоя лиза
    """.split()
)

# Eponym cues that name an institution after someone ("больница им. Н.И. Пирогова", "имени Сергея Петровича
# Боткина"): whatever follows them is no one's record
_INSTITUTION_CUES = frozenset({"им.", "имени"})


def person_despite_eponym(cue: str, classes: set[str], firm: tuple[str, ...] = ()) -> bool:
    """A run of name items (classes "N" first name, "S" surname, "P" patronymic, "I" initials, "U" unknown) after an
    eponym cue that is a person all the same. An eponym is a bare surname ("проба Манту", "по Нечипоренко", "точка
    Боткина"); a first name with a patronymic, or a surname with initials, is how records write a living person
    ("ученик 7 класса Петренко А.В.", "запятая точка Зуева Анна Ильинична" in a dictation that spells its
    punctuation), as is a first name beside a surname. "по" keeps a full name only ("звоню по Ковалеву Акиму"; "по
    А.В. Покровскому" cites an author)."""
    cue = cue.split()[-1].lower()
    cue = cue[1:] if cue[:1] and not cue[0].isalnum() else cue  # (the character before the cue word: "(по")
    if cue in _INSTITUTION_CUES:
        return False
    if cue == "по":
        return "N" in classes and bool(classes & {"S", "P"})
    # (a surname, then a first name, each read so by the dictionary alone, is a full name in a register's order too
    # (``firm``: the run's classes in order, given when no item is an ordinary word or was read by its neighbours):
    # "ученик 6 «В» класса Шилов Иван"; an eponym is a surname, or two ("синдром Стивенса Джонсона", "синдром Вольфа
    # Паркинсона Уайта" with the hyphens dropped), and a first name before an eponym's surname comes first)
    return ("N" in classes and "P" in classes) or ("I" in classes and len(classes & {"S", "U", "N", "P"}) == 1) or firm == ("S", "N")

# Words for people outside the medical staff who are named in children's, school, social and occupational
# records, letters and call transcripts: teachers and trainers ("учитель-логопед Попова", "тренер Сафин"), the
# person an application or an insurance is about ("Заявитель:", "застрахованному ..."), pupils and students,
# foreigners and tourists ("Турист Ранджит Сингх"), a call centre's operator; the greeting that opens a
# letter or a message ("Здравствуйте, Гулнора!") and the closing that ends it. Alternatives of ``names._TRIGGER`` (written for its
# case-insensitive, lower-case pattern).
ROLE_CUES = (
    r"|учител\w*|педагог\w*|логопед\w*|воспитател\w*|тренер\w*|инструктор\w*|руководител\w*|оператор\w*"
    r"|заявител\w*|застрахованн\w*|получател\w*|ученик\w*|учениц\w*|ученик\(ца\)|воспитанни\w*|школьни\w*|студент\w*"
    r"|курсант\w*|турист\w*|иностран\w+|мигрант\w*|здравствуй\w*|привет\w*|добр\w+\s+(?:день|утро|вечер)"
    # whom a maternity record is about: the newborn, the woman in labour and after it (the birth record's and the
    # newborn's discharge summary's subjects: "Новорожденный ДОРОНИН, родился ...", "Роженица Эргашева")
    r"|новорожд[её]нн\w*|рожениц\w*|родильниц\w*"
    # a letter's closing before its signer ("С уважением, Гарипова Лилия"); a document asked for or issued in a
    # person's name, as an e-mail's subject writes it ("Тема: выписка Сафиной", "справка Иванову")
    r"|с\s+уважением|выписк(?:а|у|и|ой)|справк(?:а|у|и|ой)"
)

# a word for a relative right before an opening bracket: "маме (Лейсан)", "со слов сестры (Айгуль)"
_KIN_BEFORE_BRACKET = re.compile(
    r"(?:^|[^\w])(?:мам\w*|пап\w*|мат(?:ь|ери|ерью)|от(?:ец|ца|цу|цом|це)|сын\w*|доч\w*|брат\w*|сестр\w*|муж\w*|жен[аеуы]|женой"
    r"|супруг\w*|бабушк\w*|дедушк\w*|внук\w*|внучк\w*|т[её]т\w*|дяд\w*|опекун\w*|родственни\w*)[ \t]*\($",
    re.IGNORECASE,
)


def drug_bracket(before: str) -> bool:
    """One unknown word opening a bracket ("эндокринолога (Редуксин") is a drug as often as a name; after a word
    for a relative ("маме (Мохинур)") it is the relative's name: no drug is written so."""
    before = before.rstrip()
    return before.endswith("(") and _KIN_BEFORE_BRACKET.search(before[-30:]) is None
