"""Name cue fields: after a name label ("ФИО:", "Пациент(ка):", "Фамилия, имя, отчество:", "Абонент:",
"Врач:") the capitalised words and initials that follow are one PERSON, whatever the dictionary
says about them.

A form names its fields: "ФИО: Ю Ен Хи", "Пациентка: Нгуен Тхи Лан", "Ф.И.О.: ЦЕРЕТЕЛИ НОДАР" are
names because of the label, not because pymorphy3 knows the words (names of many origins are
short, unknown or look like ordinary words). The value is a run of capitalised words (or words
in capitals) and initials, up to the first word that is none; ordinary dictionary words at its
end are not part of it ("ФИО: Иванов И.И. Дата рождения: ..."), and a value that opens with one
names no one ("Пациент: Мужчина 45 лет", "Врач: Терапевт участковый").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.folded import FOLD_SAFE
from medsyn_dataset.validation.pii.morph import is_ordinary_word
from medsyn_dataset.validation.pii.name_classes import is_name_word
from medsyn_dataset.validation.pii.name_triggers import is_title_word

# (the word tests are imported from their own modules, which do not import this one: :mod:`.names` re-exports the
# same functions, but it imports this module, and an import statement run in each pass cost ~0.7 us a note)

_LABEL = re.compile(
    r"(?<![^\W_])(?:(?P<name>"
    r"ф\.?[ \t]?и\.?[ \t]?о\.?(?:[ \t]+(?:пациента|пациентки|больного|больной|матери|отца|врача|ребенка|ребёнка"
    r"|законного[ \t]+представителя|застрахованного))?"
    # ("Фам.:", "ОТЧ:"; "Фамилия И.О.:", the surname and initials a referral asks for)
    r"|фамилия(?:,?[ \t]+имя(?:,?[ \t]+отчество)?|[ \t]+и\.[ \t]?о\.?)?|имя(?:[ \t]+пациента)?|отчество|фам\.?|отч\.?)"
    r"|пациент(?:ка|\(ка\))?|больн(?:ой|ая|ой\(ая\))|абонент|родственни(?:к|ца)|(?:законный[ \t]+)?представитель"
    r"|доверенное[ \t]+лицо|(?:лечащий[ \t]+|дежурный[ \t]+)?врач|исполнитель|подпись(?:[ \t]+врача)?"
    # who signs for an act: "Принял: ...", "Сдал(а): ...", "Ответственный: ...", "Утверждаю: ..."
    r"|(?:принял|сдал|выдал|проверил|выполнил|составил|дежурил|осмотрел)(?:а|и|\(а\))?|ответственн(?:ый|ая|ое[ \t]+лицо)"
    r"|утверждаю|согласовано"
    r"|(?:сведения|данные)[ \t]+о[ \t]+пациенте|данные[ \t]+пациента|застрахованн\w+(?:[ \t]+лицо)?"
    # the roles of a team (an operation's, a call's): "Ассистент 2: Носкова", "Операционная м/с: Ситников"
    r"|(?P<role>(?:(?:операционн\w+|процедурн\w+|палатн\w+|старш\w+|постов\w+)[ \t]+)?(?:м/с|медсестр[аы]|медбрат)"
    r"|хирург|оператор|ассистент(?:[ \t]+\d)?|анестезиолог\w*|анестезистк[аи]|акушерк[аи]|фельдшер|санитар(?:ка)?"
    r"|водитель|ординатор|интерн|лаборант|диспетчер|консультант)"
    # the person a social or legal paper is about or is issued to, and its social worker: "Обследуемый: Колесников,",
    # "Умерший(ая): Панов", "Получил: Ершов, паспорт ...", "Выдана: Мишину", "Соц. работник: Орехов" (one word there
    # is a name only when it reads as one: "Выдан: Москва" is no one)
    r"|(?P<holder>обследуем(?:ый|ая|ый\(ая\))|умерш(?:ий|ая|ий\(ая\))|получател[ья]|получил(?:а|\(а\))?|выдан[аоы]?(?:\(а\))?"
    r"|(?:соц\.|социальн(?:ый|ая))[ \t]+работник|подопечн(?:ый|ая)|опекаем(?:ый|ая)|заявитель|доверитель|(?:к[ \t]+)?кому)"
    r")[ \t]*$",
    re.IGNORECASE,
)
# ``_LABEL`` without the flag, for the lowered text: where each character of the window folds as ``str.lower`` lowers
# it (:data:`.folded.FOLD_SAFE`; the lowered text's letters are lower-case already), a literal matches the same
# characters either way, and the search costs about half (~5 -> ~3 us)
_LABEL_LOWERED = re.compile(_LABEL.pattern)


def _label_before(lower: str, end: int) -> re.Match[str] | None:
    """``_LABEL.search`` in the 60 characters of the lowered text before ``end`` (a match read for its groups only:
    its positions are in the window, see :func:`_label_in_window`)."""
    low = max(0, end - 60)
    return _label_in_window(lower[max(0, low - 1) : end], low > 0)


# The 60 characters before a label's separator recur from note to note (a template's "ФИО пациента: ", "Врач: "),
# ~48 % of the ~1 search a note. The answer depends on those characters and on the one before them, which the
# look-behind at the window's first position reads (kept as the key's first character when there is one): an equal
# key's match is that match. name_fields reads a label's groups, never its positions. (Bounded: keys of 61 characters.)
@lru_cache(maxsize=20_000)
def _label_in_window(window: str, after_first: bool) -> re.Match[str] | None:
    """``_LABEL.search`` in ``window`` from its second character if ``after_first``, else from its first."""
    start = 1 if after_first else 0
    return (_LABEL_LOWERED if FOLD_SAFE.fullmatch(window, start) is not None else _LABEL).search(window, start)


# a name label followed by the genitive of whose name it is, one or two words in lower case ("фамилия
# пострадавшего", "имя ребёнка", "ФИО законного представителя"): the label names the field's value as a name
# whatever person the words after it name
_WHOSE_LABEL = re.compile(
    # (an abbreviated word too: "Ф.И.О. получателя соц. услуг:")
    r"(?<![^\W_])(?P<name>фамилия|ф\.?[ \t]?и\.?[ \t]?о\.?|имя)(?:[ \t]+[а-яё]{3,}\.?){1,3}(?P<role>)(?P<holder>)[ \t]*$"
)
# a label ends with one of these words, right before its ":" or dash (a cheap test before _LABEL)
_LAST_WORDS = frozenset(
    """
    фио ф.и.о. ф.и.о о. о пациента пациентки больного больной матери отца врача ребенка ребёнка представителя
    застрахованного фамилия имя отчество фам фам. отч отч. пациент пациентка пациент(ка) больная больной(ая) абонент родственник
    родственница представитель лицо врач исполнитель подпись пациенте застрахованный застрахованная
    принял приняла принял(а) сдал сдала сдал(а) выдал выдала выдал(а) проверил проверила проверил(а) выполнил выполнила
    выполнил(а) составил составила составил(а) дежурил дежурила дежурил(а) осмотрел осмотрела осмотрел(а) ответственный
    и.о. и.о обследуемый обследуемая обследуемый(ая) умерший умершая умерший(ая) получатель получателя получил получила
    получил(а) выдан выдана выдано выданы выдан(а) работник подопечный подопечная опекаемый опекаемая заявитель доверитель
    кому
    ответственная утверждаю согласовано
    м/с медсестра медсестры медбрат хирург оператор ассистент анестезиолог анестезиолога анестезиологи анестезистка
    анестезистки акушерка акушерки фельдшер санитар санитарка водитель ординатор интерн лаборант диспетчер консультант
    """.split()
)
# The label's word (:func:`_last_word`) is one of ``_LAST_WORDS`` only where the text right before the separator
# (spaces skipped) ends as one of them ends: its last three characters (the whole word, for "о." and "о"; ``_last_word``
# strips characters at the word's start only, so a word it reads ends right there). The other ways to a label start
# there too: a bracket closing a label ("ФИО (полностью):") and a number after a role's name ("Ассистент 2:").
# Elsewhere only a "whose" label can end there (:func:`_whose_window`): the separator is passed over before its word
# is read (~9 separators in 11 of a note: "Жалобы:", "Анамнез:", and with three characters also "Пол:", "История
# заболевания:", "Возраст:", whose last two characters the labels' words share: ~2 a note more were read with two).
_LAST_ENDS = frozenset(word[-3:] for word in _LAST_WORDS if len(word) >= 2)
_LAST_CHARS = frozenset([*(word for word in _LAST_WORDS if len(word) == 1), ")", *"0123456789"])


def _label_may_end(lower: str, stop: int, position: int) -> bool:
    """A label may end at ``stop`` (its separator at ``position``): see ``_LAST_ENDS``; false where none can."""
    # (~11 calls a note: one slice, whose last one and two characters are its tails, and no call to ``max``)
    if stop >= 3:
        tail = lower[stop - 3 : stop]
        if tail[2] in _LAST_CHARS or tail in _LAST_ENDS or tail[1:] in _LAST_ENDS:
            return True
    elif lower[stop - 1 : stop] in _LAST_CHARS or lower[:stop] in _LAST_ENDS or lower[max(0, stop - 2) : stop] in _LAST_ENDS:
        return True
    return _whose_window(lower, position)


def _whose_window(lower: str, position: int) -> bool:
    """The 60 characters before a separator may hold a name label followed by whose name it is (:data:`_WHOSE_LABEL`)."""
    window = lower[position - 60 if position > 60 else 0 : position]
    return "фам" in window or "фио" in window or "имя" in window or "ф.и" in window or "ф. и" in window


# ":" or a dash between spaces ends a label
_SEPARATORS = (":", " - ", " – ", " — ", " = ")  # (" = ": a log's or a form's "Фамилия = Мельник")
# a table's bar, "| Фамилия | Хасанов |", and a blank form's line, "Фамилия ___ПОТАПОВ___ Имя ___ИВАН___", as a form printed
# as a table or filled in on its underscores separates a name part's label and its value (looked for only where such a
# label's word starts, found in the note's cue index)
_CELL_SEPARATORS = (" | ", " __")
_PART_LABELS = ("фамил", "имя", "отчеств")
# a word (capitalised or in capitals, maybe hyphenated), a title with a lower-case tail ("Д-р", "Г-жа"),
# or an initial with its stop
_TOKEN = re.compile(
    r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-(?:[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)|[а-яё]{1,3}\.?))*|[А-ЯЁ]-[а-яё]{1,3}\.?|[А-ЯЁ]\.?"
    r"|[A-Z](?:[a-z]+|[A-Z]+)(?:-[A-Z][a-z]+)*|[A-Z]\."  # a foreigner's name in Latin letters: "Smith John"
)
_LABEL_AFTER = re.compile(r"\.?[ \t]*:")  # (an abbreviated next label: "Имя: Роман  Отч.: Ильич")
# a word in capitals run into the next, capitalised one (a scan or a paste lost the space between)
_GLUED = re.compile(r"[А-ЯЁ]{2,}(?=[А-ЯЁ][а-яё])")
_LAST_CELL = re.compile(r"[ \t]*\|[ \t]*(?:\n|$)")
_BETWEEN = re.compile(r"[ \t]+|(?<=\.)(?=[А-ЯЁ])")
_MAX_TOKENS = 5
_INITIAL = re.compile(r"[А-ЯЁ]\.")
NAME_FIELD_SCORE = 0.85


def name_fields(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names after name labels."""
    lower = lowered(text)
    if not lower:
        return
    resume = 0
    for position, width in _separators(text, bool(word_starts(lower, _PART_LABELS))):
        if position < resume:
            continue
        stop = position
        while stop > 0 and lower[stop - 1] in " \t":
            stop -= 1
        if not _label_may_end(lower, stop, position):
            continue  # (the common case, ~9 separators in 11: no label's word ends here, and no "Фамилия ...")
        last, label_end = _last_word(lower, position), position
        if last not in _LAST_WORDS and last.endswith(")") and "(" in lower[max(0, position - 30) : position]:
            label_end = lower.rfind("(", max(0, position - 30), position)  # "ФИО (полностью):", "Фамилия (латиницей):"
            last = _last_word(lower, label_end)
        label = _label_before(lower, label_end) if last in _LAST_WORDS else None
        if label is None and len(last) >= 3 and last.isalpha() and _whose_window(lower, position):
            label = _WHOSE_LABEL.search(lower, max(0, position - 60), position)  # "Фамилия пострадавшего —": whose name
        if label is None:
            continue
        value_start = position + width
        while value_start < len(text) and text[value_start] in " \t_/":  # "Подпись: ____ /Иванов И.И./"
            value_start += 1
        tokens = _tokens(text, value_start)
        if text.startswith(" | ", position) and not (
            tokens and _LAST_CELL.match(text, tokens[-1][1]) and text.count("|", text.rfind("\n", 0, position) + 1, position) <= 1
        ):  # a table's label and its value are a row's only two cells: "| Фамилия | Диагноз | Дата |", "| № | Фамилия | Возраст |"
            continue  # are headers
        if any(len(set(token[2].lower()) - {"."}) == 1 and len(token[2].rstrip(".")) >= 2 for token in tokens):
            continue  # a placeholder: "ФИО: XXXXXX", "Имя: ННН"
        while tokens and is_title_word(tokens[0][2]):  # "Пациент: Господин Иванов", "Врач: проф. ..."
            tokens.pop(0)
        if len(tokens) == 1 and _answers_cell(text, tokens[0]) and (
            label.group("name") or (label.group("role") and (_SURNAME_SHAPE.search(tokens[0][2]) or _team_list(lower, position)))
            or (label.group("holder") and (_SURNAME_SHAPE.search(tokens[0][2]) or is_name_word(tokens[0][2])))
        ):  # a team's role answered by a surname: "Операционная м/с: Ситников;" ("ситников": rushes)
            resume = tokens[0][1]  # "Фамилия: Мельник;", "Имя: Роман\n": the cell's label names the word
            yield tokens[0][0], tokens[0][1]
            continue
        while tokens and not tokens[-1][2].endswith(".") and is_ordinary_word(tokens[-1][2]):
            tokens.pop()
        if not tokens or (not tokens[0][2].endswith(".") and is_ordinary_word(tokens[0][2]) and not (
            label.group("name") and any(is_name_word(t[2]) or _INITIAL.fullmatch(t[2]) for t in tokens[1:])
        )):  # after "ФИО:" an ordinary word before a first name, patronymic or initials is a surname ("Лесная Анна",
            # "Шарма А.": a foreign surname that is a case of a Russian word)
            continue
        if len(tokens) == 1 and (len(tokens[0][2].rstrip(".")) < 2 or not (label.group("name") or is_name_word(tokens[0][2]))):
            continue  # a lone initial, a placeholder ("Имя: Х"); after "Врач:" a reply in a dialogue ("Ок, я готов")
        resume = tokens[-1][1]
        yield tokens[0][0], tokens[-1][1]


# how Russian surnames end (a word ending so after a role's label is its bearer's name)
_SURNAME_SHAPE = re.compile(r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой)|[оеё]ва|[иы]на|[сц]кая|[иы]х|[оеа]й|ая|ко|[юу]к|ич)$")
# a cell of a name form ends after its one word: ";", a line break, a comma, a stop, the text's end
# (or the next cell's label on the same line: "Фамилия: Мельник  Имя: Роман", "ФАМ: ГАЛКА ИМЯ: ИЯ")
_CELL_END = re.compile(r"[ \t]*(?:[;,\n|]|_{2,}|\.?$|\.[ \t]*\n|\.[ \t]+(?=[-–—А-ЯЁ]))|[ \t]+(?=[А-ЯЁ][а-яё]*\.?[ \t]*:|[А-ЯЁ]+\.?[ \t]*:)")
# a role label closing with its colon ("хирург:", "ассистент 2:", "м/с:")
_ROLE_COLON = re.compile(
    r"(?:хирург|ассистент|анестезиолог|анестезистк[аи]|м/с|медсестр[аы]|операционн\w+|акушерк[аи]|фельдшер|санитар\w*"
    r"|водитель|ординатор|интерн)(?:[ \t]+\d)?(?:[ \t]*:|[ \t]+[-–—][ \t])"
)


def _team_list(lower: str, position: int) -> bool:
    """The line lists a team, role by role ("Хирург: Лапин; Ассистент: Пак; М/с: Ким"): there every
    role's one word is its bearer's surname, whatever its ending."""
    begin = lower.rfind("\n", 0, position) + 1
    end = lower.find("\n", position)
    return len(_ROLE_COLON.findall(lower, begin, end if end >= 0 else len(lower))) >= 3
# what a name cell holds when there is no name
_NO_NAME = frozenset("нет неизвестно неизвестен неизвестна не указано отсутствует аноним аноним пациент пациентка больной".split())


def _answers_cell(text: str, token: tuple[int, int, str]) -> bool:
    """A name-part cell ("Фамилия:", "Имя:", "Отчество:") answered by one capitalised word, closed
    right after it: a name even when the word is also an ordinary one ("Мельник", "Роман")."""
    word = token[2]
    return len(word) >= 2 and not word.endswith(".") and word.lower() not in _NO_NAME and bool(_CELL_END.match(text, token[1]))


def _separators(text: str, cells: bool) -> list[tuple[int, int]]:
    """(position, width) of every ":" and spaced dash (and with ``cells`` of every table bar and blank's line), in order.
    Read off the positions of each one's mark (the colon, the dash, the bar: :func:`.code_page.char_positions`, shared
    with the other passes and far cheaper than a regex scan that stops at every space or a ``str.find`` for each): a
    spaced separator stands wherever its middle character does with a space before it and its rest after it."""
    found = []
    for separator in _SEPARATORS + _CELL_SEPARATORS if cells else _SEPARATORS:
        if separator == ":":
            found += [(position, 1) for position in char_positions(text, ":")]
            continue
        width = len(separator) - 1
        found += [(mark - 1, width) for mark in char_positions(text, separator[1]) if mark and text.startswith(separator, mark - 1)]
    return sorted(found)


def _last_word(lower: str, end: int) -> str:
    """The word right before ``end`` (spaces skipped), with its stops and brackets ("ф.и.о.", "пациент(ка)")."""
    stop = end
    while stop > 0 and lower[stop - 1] in " \t":
        stop -= 1
    begin = _word_begin(lower, stop)
    if stop and "0" <= lower[stop - 1] <= "9" and lower[begin:stop].isdigit() and begin > 1 and lower[begin - 1] in " \t":
        return _last_word(lower, begin)  # a numbered role: "Ассистент 2:"
    return lower[begin:stop].lstrip("-–—•*«\"'(0123456789.)")


# how far back the word before a separator is first looked for (a label's last word is far shorter)
_WORD_WINDOW = 48


def _word_begin(lower: str, stop: int) -> int:
    """Where the word that ends at ``stop`` begins: after the last space, line break or tab before it.
    Looked for in the few characters before ``stop`` first: an ``rfind`` for a character the note lacks
    (most notes have no tab) runs back to the note's start, for each of a note's ~11 separators. The last
    break within the window is the last one before ``stop``; without one there, the whole text decides."""
    low = max(0, stop - _WORD_WINDOW)
    begin = max(lower.rfind(" ", low, stop), lower.rfind("\n", low, stop), lower.rfind("\t", low, stop))
    if begin < 0 and low:
        begin = max(lower.rfind(" ", 0, low), lower.rfind("\n", 0, low), lower.rfind("\t", 0, low))
    return begin + 1


def _tokens(text: str, position: int) -> list[tuple[int, int, str]]:
    tokens: list[tuple[int, int, str]] = []
    while len(tokens) < _MAX_TOKENS:
        token = _TOKEN.match(text, position)
        if token is None:
            break
        end = token.end()
        word = token.group()
        if end < len(text) and "А" <= text[end] <= "Я" and ((len(word) >= 3 and word[1:].islower()) or word.endswith(".")):
            tokens.append((token.start(), end, word))  # "СеменовКирилл", "ФадееваГ.А.": OCR lost the spaces
            position = end
            continue
        # (a blank's line after the word closes it: "___ПОТАПОВ___"; one underscore joins a login's parts)
        if end < len(text) and (text[end].isalnum() or (text[end] in "-_" and not token.group().endswith(".")
                                                        and not text.startswith("__", end))):
            glued = _GLUED.match(text, token.start())
            if glued is not None and len(glued.group()) >= 3:
                tokens.append((token.start(), glued.end(), glued.group()))  # "ИВАНОВНАДата": a scan lost the space
            break  # a word goes on in lower case or digits: "Жалобы", "АД120"
        if _LABEL_AFTER.match(text, end):
            break  # the next field's label: "Пациент: Пол: женский"
        tokens.append((token.start(), end, token.group()))
        gap = _BETWEEN.match(text, end)
        if gap is None:
            break
        position = gap.end()
    return tokens
