"""The components of an address the recognizer of :mod:`.address` reads by keyword, and where each is looked for.

Each component is a pattern that opens with its keyword ("г.", "ул.", "д.", "кв."), with the score it has alone;
the tables after it say which substrings or which word starts a note must hold before the component's pattern runs
(a pure move out of :mod:`.address`, which chains the components).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.address_tails import NAME, PLACE_NAME, STREET_NAME
from medsyn_dataset.validation.pii.base import compile_grouped
from medsyn_dataset.validation.pii.gazetteer import CITY_PHRASES

REGION_PAREN = r"(?:\s\([А-ЯЁ][а-яё]+\.?\))?"  # "Верещагино (Перм.)"

# component name -> (pattern, score alone). Patterns start with their keyword (never with a
# lookbehind), so the regex engine skips quickly to possible starts; word boundaries before the
# keyword are checked in Python. "settlement" keywords are ambiguous abbreviations ("с.", "д.").
COMPONENTS: dict[str, tuple[str, float]] = {
    # (the birth and death certificates' cell, forms 103/у and 106/у: "город (село) Шахты")
    "city": (rf"(?:г\.|гор\.|город(?:е|а|у|ом)?(?:[ \t]\(село\))?)[ \t]?(?P<city>{PLACE_NAME}){REGION_PAREN}", 0.75),
    "settlement": (
        rf"(?:пгт\.?|пос\.|п\.|с\.|к\.|дер\.|д\.|ст-ца|ст\.|х\.|клх|р\.\s?п\.|рп\.?|с/п|с\.\s?п\.|г\.\s?о\.|аул"
        rf"|сел(?:о|а|е|у|ом)|деревн(?:я|и|е|ю|ей)|пос[её]л(?:ок|ка|ке|ку|ком)|станиц(?:а|ы|е|у|ей)|хутор(?:а|е|у|ом)?"
        rf"|городско(?:й|го|м)\sокруг(?:а|е)?|рабоч(?:ий|его|ем)\sпос[её]л(?:ок|ка|ке)|станци(?:я|и|е|ю|ей)"
        # (the settlements of Buryatia, Yakutia, Tuva and Central Asia, and the old Russian kinds: "улус Баяндай",
        # "наслег", "кишлак", "слобода", "заимка")
        rf"|улус(?:а|е|у|ом)?|наслег(?:а|е|у|ом)?|кишлак(?:а|е|у|ом)?|слобод(?:а|ы|е|у|ой)|заимк(?:а|и|е|у|ой)"
        # (and the short names of the register's settlement kinds, ФИАС/ГАР "Перечень типов" (Приказ Минфина № 171н):
        # "нп" населённый пункт, "сл" слобода, "у" улус, with their stops or without ("нп Шира", "сл. Малиновка",
        # "у. Тукаево"), and the kind written out: "населённый пункт Сосновка")
        rf"|нп\.?(?=[ \t])|н\.[ \t]?п\.|сл\.|у\.|населенн(?:ый|ом|ого)[ \t]пункт(?:а|е)?|населённ(?:ый|ом|ого)[ \t]пункт(?:а|е)?)"
        rf"[ \t]?(?P<place>{PLACE_NAME}){REGION_PAREN}",
        0.4,
    ),
    "house": (
        # (and its building, "корп. 2", with the flat after a dash, "корп. 2-139"; its letter, "лит. А", "литера Б")
        r"(?:д\.|дом|д(?=[ \t]?\d))\s?(?:№[ \t]?)?\d+[а-яА-Я]?(?:/\d+)?(?:[\s,]*(?:(?:к\.|к(?=\d)|корп\.|корпус|стр\.|строение)\s?\d+[а-я]?"
        r"(?:/\d+|-\d{1,4}(?!\d))?|(?:лит\.|литер[аы]?)[ \t]?[А-Я](?![а-яё])))*",
        0.35,
    ),
    "plot": (r"уч(?:\.|асток|(?=[ \t]\d))[ \t]?\d+[а-яА-Я]?(?:/\d+)?", 0.35),  # a garden plot: "уч. 15", "уч 163"
    # a flat, an office, and the rooms of a hostel or a dormitory ("общежитие №4, комн. 298", "пом. 3")
    "flat": (r"(?:кв\.?|квартира|оф\.|офис|комн(?:ата|\.)?|ком\.|пом(?:ещение|\.)|(?:общежити[еяю]|общ\.)(?:[ \t]?№)?)\s?\d+[а-я]?",
             0.35),
    # The register's (ГАР/ФИАС) order, the keyword first and often without its stop: "обл Тверская",
    # "р-н Кимрский", "респ Адыгея", "край Алтайский"
    # (and a form's cell in words, "район Мгинский", as the birth and death certificates print it)
    "region_first": (rf"(?:обл|р-н|район|край|респ)\.?[ \t](?P<region>{NAME})", 0.6),

    # (and its other name in brackets: "Респ. Саха (Якутия)")
    # (its second word in the same line: a name on the next one is an addressee's, "респ. Башкортостан\nИгнатову")
    "republic": (rf"(?:[рР]есп\.|Республик[аеи])\s{NAME}(?:[ \t-]{NAME})?(?:[ \t]?\([А-ЯЁ][а-яё]+\))?", 0.6),
    "region": (  # after its name
        r"(?:обл\.?|област(?:ь|и|ью)|кра(?:й|я|ю|ем|е)|р-н|р-на|р-не|р-он(?:а|е)?|район(?:а|е|у|ом)?|АО|автономн\w+\sокруг\w*"
        # (a republic named first, "Чувашская Республика", "Кабардино-Балкарская Респ."; a district's "г.о."; an
        # autonomous district's second name, "автономный округ - Югра")
        r"(?:[ \t]?[-–—][ \t]?[А-ЯЁ][а-яё]+)?|Респ\.|Республик(?:а|и|е|у|ой)|г\.[ \t]?о\.?"
        r"|(?:городск|муниципальн)(?:ой|ого|ом|ый)\sокруг\w*)(?!\w)", 0.6),  # "Ленинский городской округ"
    # a metro station names a neighbourhood: "метро Сокол", "ст. м. Чкаловская"
    "metro": (rf"метро[ \t]?(?P<metro>{STREET_NAME})", 0.65),
    "metro_abbr": (rf"м\.[ \t]?(?P<metro>{STREET_NAME})", 0.65),
    # a garden partnership: "СНТ «Ромашка»", "ДНТ Берёзка"
    # (and in lower case, and the older "с/т", садовое товарищество: "снт Железнодорожник", "с/т Берёзка")
    "garden": (rf"(?:СНТ|ДНТ|ТСН|СНТСН|ДПК|ДНП|снт|днт|с/т|С/Т)[ \t]?[«\"“]?{STREET_NAME}[»\"”]?", 0.6),
    # (not six digits a single space joins to two digits and more before them, or a "№" between digit groups: the number
    # of a passport, "6701 892637", "67 01 892637", "7116 № 437288", a table's cell right before an address's cell; a
    # paper's "№" after its word still opens the reading, which :func:`.scanner.resolve_overlaps` cuts to the settlement)
    "postcode": (r"\d(?<![\d\-.,]\d)(?<!\d\d[ ]\d)(?<!\d[ ]№[ ]\d)(?<!\d[ ]№\d)\d{5}(?!\d)(?![.,]\d)", 0.2),
    "city_phrase": ("|".join(CITY_PHRASES), 0.65),
}

# one pattern per component: a single alternation of them all is twice as slow in `re`
COMPONENT_PATTERNS = tuple((name, compile_grouped(pattern), score) for name, (pattern, score) in COMPONENTS.items())
# components that match only a whole run of digits of one length: tried at the starts of such runs alone (:func:`.base.digit_runs`),
# not by a scan, nor at every run (a postcode, "\d(?<![\d...]\d)\d{5}(?!\d)", is six digits no digit touches: ~6 runs a note,
# one in ~50 of six digits)
AT_DIGIT_RUNS_OF = {"postcode": 6}
# substrings without which a rare component cannot match: ``in`` rules most notes out before a regex runs
COMPONENT_HINTS: dict[str, tuple[str, ...]] = {
    # ("кв" without its stop: a form's "кв35", "кв.35" and "кв 35" alike)
    "flat": ("кв", "оф.", "офис", "комн", "ком.", "пом.", "помещ", "общежит", "общ."),
    "region_first": ("обл", "р-н", "район", "край", "респ"),
}


# the words a component's match opens with, looked up in the note's shared cue scan (:func:`.base.word_starts`):
# the full scan runs only where one of them starts a word. (Substring hints let too much through: "есп" is in
# "респираторный", "беспокоит"; "НТ" in every "ПАЦИЕНТ" in capitals.) A match that opens inside a word is dropped
# by :meth:`RuAddressRecognizer._components` anyway, so a note without such a word start has no match it keeps.
COMPONENT_WORD_GATES = {
    "republic": ("респ.", "Респ.", "Республик"),
    # (a city named by a phrase has its second word after a space: "Нижний Новгород", "Набережные Челны", "Старый
    # Оскол", "Новый Уренгой"; its substrings looked for by ``in`` ran through every note)
    "city_phrase": ("Новгород", "Челн", "Оскол", "Уренго"),
    "garden": ("СНТ", "ДНТ", "ТСН", "ДПК", "ДНП", "снт", "днт", "с/т", "С/Т"),  # ("СНТСН" opens with "СНТ")
}
# (a component whose every match opens with a word of its own, and inside whose match no other can start where a word
# starts: after a space there stands a capital, a digit or a bracket, after a hyphen only a part of a name: "г. Тверь",
# "уч. 15", "метро Сокол", "м. Чкаловская"; tried at those words alone, as the note's scan for its first letter found the
# same matches there: ~4 us a component a note)
COMPONENT_ANCHORS = {
    "city": ("г.", "гор.", "город"),
    "plot": ("уч.", "участок", "уч ", "уч\t"),
    "metro": ("метро",),
    "metro_abbr": ("м.",),
    "region_first": ("обл", "р-н", "район", "край", "респ"),
    "region": ("обл", "област", "кра", "р-н", "р-он", "район", "АО", "автономн", "городск", "муниципальн", "Респ",
               "Республик", "г.о", "г. о"),
    "flat": ("кв", "оф", "комн", "ком.", "пом.", "помещ", "общежит", "общ."),
    # (a house: "д.", "дом", or "д" before a digit, maybe after a space; a "д" inside its match follows a digit, "5д")
    "house": ("д.", "дом", "д ", "д\t", *(f"д{digit}" for digit in range(10))),
}


# A street's keyword: "ул.", "проспект", "пер.", "мкр" (:mod:`.address` reads the street's name on either side of it)
STREET_WORD = compile_grouped(  # (alternatives grouped by their first letter: the same matches, faster)
    r"ул\.|ул(?=[ \t]+[А-ЯЁ\d])|улиц[аеы]|пр-т|пр-кт|просп\.|проспект[ае]?|пр\.|пер\.|переул(?:ок|ке)|бул\.|бульвар[ае]?|б-р"
    r"|ш\.|шоссе|алл\.|кв-л|квартал[ае]?|линия|наб\.|набережн(?:ая|ой)|пл\.|площад[ьи]|проезд[ае]?|пр-д|туп\.|тупик[ае]?"
    r"|аллея|мкр-н|мкрн\.?|м-н|мкр\.?|микрорайон[ае]?"
)
_NAME_AFTER_WORD = re.compile(rf"[ \t]?{STREET_NAME}")


def street_word_at(text: str, position: int) -> bool:
    """A street's keyword and a name after it start at ``position`` ("ул. Садовая", "пр-т Мира"): an address that starts
    there on its own (:func:`.scanner.resolve_overlaps` asks after a paper's number)."""
    word = STREET_WORD.match(text, position)
    return word is not None and _NAME_AFTER_WORD.match(text, word.end()) is not None
