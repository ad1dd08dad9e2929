"""The PII scanner's shared scanning helpers find exactly what the plain scans they replace find.

Speed work must not change a result: each helper (:mod:`medsyn_dataset.validation.pii.base`) is
checked here against the plain ``re`` scan or ``str.find`` loop it stands for, on texts built from
the pieces that make the patterns match, fail half-way and backtrack. The whole scanner is compared
with an earlier commit's by ``python -m benchmarks.pii_same_output``.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import (
    address,
    address_components,
    base,
    code_page,
    dates,
    export_fields,
    normalize,
    phones,
    recognizers,
)
from medsyn_dataset.validation.pii.base import (
    compile_grouped,
    digit_runs,
    finditer_at_digit_runs,
    word_starts,
)


def _texts(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=30).map("".join)


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


# ----- alternatives grouped by their first character --------------------------------------------
_GROUPED_CASES = (
    address._STREET_WORD.pattern,
    *(pattern for pattern, _ in address_components.COMPONENTS.values()),
    r"-a|x|\-b|-c",  # "-" and "\-" are one character: one group, in the order written
    r"аб|а|абв|б\.|б",
)
_PIECES = (
    "ул.", "ул ", "улица ", "пр-т", "просп.", "проспект ", "пер.", "переулок", "ш.", "шоссе", "мкр", "мкр-н", "микрорайоне",
    "с.", "с. п.", "ст.", "ст-ца", "п.", "пос.", "посёлок ", "деревня ", "д.", "дом ", "кв.", "квартира", "оф.",
    "обл.", "области", "край", "р-н", "район", "АО", "г.", "город ", "метро ", "м.", "СНТ ", "Республика ",
    "Тула", "Ленина", "Садовая", "Новгород", " ", "\t", ",", ".", "-", "5", "12", "123456", "а", "б", "в", "x", "абв",
)


@settings(max_examples=300, deadline=None)
@given(_texts(*_PIECES))
def test_grouped_alternatives_find_what_the_pattern_finds(text: str) -> None:
    for pattern in _GROUPED_CASES:
        assert _found(compile_grouped(pattern).finditer(text)) == _found(re.compile(pattern).finditer(text)), pattern


def test_alternatives_are_grouped_only_where_that_keeps_the_matches() -> None:
    assert compile_grouped(r"ул\.|улиц[аеы]|пр\.").pattern == r"у(?:л\.|лиц[аеы])|пр\."
    assert compile_grouped(r"(?:кв\.|квартира|оф\.)\s?\d+").pattern == r"(?:к(?:в\.|вартира)|оф\.)\s?\d+"
    assert compile_grouped(r"-a|x|\-b|-c").pattern == r"\-(?:a|b|c)|x"
    for untouched in (
        r"ул\.|[Уу]лица",  # a class first
        r"у?л|ул",  # a quantifier after the first character
        r"\d+|д\.",  # an escape that is no literal
        r"(ab|ac)|ad",  # a group first
    ):
        assert compile_grouped(untouched).pattern == untouched
    # under IGNORECASE "у" and "У" would fall in two groups that match one character
    assert compile_grouped(r"ул\.|улица|Ул\.", re.IGNORECASE).pattern == r"ул\.|улица|Ул\."
    assert compile_grouped(r"a b|a c", re.VERBOSE).pattern == r"a b|a c"  # (a space is no character there)


def test_brackets_and_classes_do_not_split_alternatives() -> None:
    pattern = r"а[|)]б|а\|в|а(?:г|д)|[]|]е"
    assert compile_grouped(pattern).pattern == pattern  # the last alternative opens with a class
    assert compile_grouped(r"а[|)]б|а\|в|а(?:г|д)").pattern == r"а(?:[|)]б|\|в|(?:г|д))"


# ----- runs of digits ------------------------------------------------------------------------------
_DIGIT_PIECES = ("0", "05", "1", "23", "456", "7890", "123456", " ", "  ", "-", ".", ",", "(", ")", "№ ", "/", "a", "б", "\n", "٣", "４", "«", "—", "ё",
                 "²", "°")


@settings(max_examples=300, deadline=None)
@given(_texts(*_DIGIT_PIECES))
def test_patterns_tried_at_runs_of_digits_find_what_a_scan_finds(text: str) -> None:
    assert [m.span() for m in digit_runs(text)] == [m.span() for m in re.finditer(r"\d+", text)]
    for pattern in (phones._RUN, dict((n, p) for n, p, _ in address._COMPONENT_PATTERNS)["postcode"]):
        assert _found(finditer_at_digit_runs(pattern, text)) == _found(pattern.finditer(text)), pattern.pattern
    assert base.has_long_number(text) == (base._LONG_NUMBER.search(text) is not None)


def test_the_code_page_digit_runs_read_has_one_character_a_byte_and_no_digit_but_0_to_9() -> None:
    """What :func:`.base.digit_runs` relies on when it reads a note in the Russian code page's bytes."""
    decoded = bytes(range(256)).decode(code_page.CODE_PAGE, errors="replace")
    assert len(decoded) == 256
    assert [ch for ch in decoded if re.fullmatch(r"\d", ch)] == list("0123456789")


def test_runs_are_found_again_for_another_text() -> None:
    assert [m.group() for m in digit_runs("тел. 8 912 345")] == ["8", "912", "345"]
    assert [m.group() for m in digit_runs("дом 5")] == ["5"]
    assert base.has_long_number("СНИЛС 112-233-445 95") and not base.has_long_number("АД 120/80, ЧСС 72")


# ----- words and case-insensitive cues ----------------------------------------------------------
def _plain_word_starts(haystack: str, words: tuple[str, ...]) -> list[int]:
    return sorted({m.start() for word in words for m in re.finditer(f"(?={re.escape(word)})", haystack)
                   if not m.start() or not haystack[m.start() - 1].isalnum()})


@settings(max_examples=200, deadline=None)
@given(_texts("номер", "паспорт", "серия", "сери", " ", "_", "1", "а", "тел.", "т.", "ИБ", "-", "номерной"))
def test_word_starts_shared_between_cue_sets_are_those_of_each_set(text: str) -> None:
    upper = text.upper()
    for haystack, words in ((text, ("номер", "паспорт")), (upper, ("ИБ", "НОМЕР")), (text, ("сери", "паспорт", "номер")),
                            (text, ("серия", "т.", "тел")), (upper, ("НОМЕР",))):
        assert word_starts(haystack, words) == _plain_word_starts(haystack, words), (haystack, words)


_CELL_DATE = st.tuples(
    _texts("а", " ", "_", "очень", "İ", "\n", "число"),
    st.sampled_from(("число", "ЧИСЛО", "Число", "день", "День", "ДЕНЬ", "ᲁень", "дeнь", "сЧисло")),
    st.sampled_from((" ", ": ", "_", "")), st.sampled_from(("12", "3", "45")), st.sampled_from((" месяц ", " МЕСЯЦ: ", ", месяц")),
    st.sampled_from(("03", "марта", "13")), st.sampled_from((" год ", " ГОД: ", " лет ")), st.sampled_from(("1985", "85")),
    _texts("а", " ", "1", "день 1 месяц 2 год 2000"),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CELL_DATE)
def test_labelled_date_cells_are_found_as_by_a_scan(text: str) -> None:
    assert _found(dates._labelled_cells(text)) == _found(dates._LABELLED_CELLS.finditer(text))


def test_links_in_capitals_are_still_links() -> None:
    for text, link in (("сайт WWW.Clinic-Tula.RU, приём", "WWW.Clinic-Tula.RU"), ("см. HTTPS://clinic.ru/a", "HTTPS://clinic.ru/a")):
        assert {text[c.start : c.end] for c in recognizers.URL.candidates(text)} == {link}


_EXPORT_PIECES = ("<given>", "Анна", "</given>", '"lastName"', ": ", '"Орлова"', " :", "doc=", "АД=120/80", "x_=",
                  "=", " ", "\n", ";", "\t", "<", ">", '"', "a")


@settings(max_examples=300, deadline=None)
@given(_texts(*_EXPORT_PIECES))
def test_export_gate_rules_out_only_texts_without_pairs(text: str) -> None:
    """The cheap test before the export regexes never hides a pair they would find, and the pairs kept
    for the text last read are those of a fresh read (the PERSON and LOCATION passes share them)."""
    pairs = list(export_fields._pairs(text))
    if pairs:
        assert export_fields.looks_exported(text)
    assert export_fields._pairs_of(text) == (pairs if export_fields.looks_exported(text) else [])
    assert export_fields._pairs_of(text) is export_fields._pairs_of(text)


def test_export_fields_of_one_text_are_the_same_for_both_entities_in_any_order() -> None:
    note = 'Запись: <family>Орлова</family><given>Анна</given> <streetAddressLine>ул. Ленина, 5</streetAddressLine>'
    first = list(export_fields.export_fields(note, "LOCATION")), list(export_fields.export_fields(note, "PERSON"))
    export_fields._pairs_of("другой текст")
    second = list(export_fields.export_fields(note, "LOCATION")), list(export_fields.export_fields(note, "PERSON"))
    assert first == second and first[0] and first[1]
    assert not list(export_fields.export_fields("АД=120/80, ЧСС 72", "PERSON"))


# ----- the note's one scan for all cue words ----------------------------------------------------
_CUE_PIECES = ("номер", "номера", "НОМЕР", "Т.", "сери", "серия", "д. р", "р", "рег", "т.", "т/ф", "тел", "ИБ", "Номер", "MRN", "mrn", "обл",
               "АО", "ао", " ", "\n", "_", "-", ".", "5", "а", "α", "٣", "Ǆ", "ﬀ", "İ", "ς", "Σ")
_CUE_SETS = (("номер", "тел", "т.", "т/ф"), ("сери", "серия", "номер"), ("д. р", "рег", "р"), ("mrn", "обл", "ао"),
             ("ᲁень",), ("ςα", "σα"))
_CASE_SETS = (("ИБ", "MRN", "АО"), ("Номер", "обл"), ("ΣΑ",), ("Номер", "номер", "НОМЕР", "Т."))  # (the last: words of one lower case)


@settings(max_examples=400, deadline=None)
@given(_texts(*_CUE_PIECES))
def test_cue_words_found_in_one_scan_are_those_found_word_by_word(text: str) -> None:
    """In the note last lower-cased, and in its lower-cased text, every set of words is found where a
    ``str.find`` per word finds it; other texts (here a copy) are searched word by word."""
    lower = base.lowered(text)
    for words in _CUE_SETS:
        if lower:
            assert word_starts(lower, words) == _plain_word_starts(lower, words), (lower, words)
        assert word_starts(text, words) == _plain_word_starts(text, words), (text, words)
    for words in _CASE_SETS:
        assert word_starts(text, words) == _plain_word_starts(text, words), (text, words)
    copy = "".join(list(text))
    assert word_starts(copy, _CASE_SETS[0]) == _plain_word_starts(copy, _CASE_SETS[0])


def test_a_character_is_a_letter_or_digit_exactly_when_its_lower_case_is() -> None:
    """What the cue scan relies on to read the text's word starts off its lowered copy (a new Unicode
    version that breaks it fails here, not in a scan)."""
    differ = [hex(code) for code in range(0x110000)
              if len(lower := chr(code).lower()) == 1 and lower.isalnum() != chr(code).isalnum()]
    assert differ == []


def test_address_keywords_tried_only_at_word_starts_find_what_every_occurrence_finds() -> None:
    """A street or region keyword inside a word ("Ипр.", "обл" in "Xобл") was tried before and then
    dropped; the keywords are now tried only where a word starts."""

    def every_occurrence(anchors: tuple[str, ...], pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        starts = sorted({m.start() for anchor in anchors for m in re.finditer(f"(?={re.escape(anchor)})", text)})
        return [m for m in (pattern.match(text, start) for start in starts) if m is not None]

    recognizer = address.RuAddressRecognizer()
    for text in ("г. Тула, ул. Ленина, д. 5, кв. 12", "Тверская обл., Кимрский р-н, с Ильинское", "Ипр. Xобл. Садовая",
                 "5ул. Ленина, 3кв. 4, _обл Тверская", "проживает: Алтайский край, пр-т Мира 4, оф. 2", "АО «Ромашка»"):
        base.lowered(text)
        new = recognizer._components(text)
        original, address._anchored_matches = address._anchored_matches, every_occurrence  # type: ignore[assignment]
        try:
            old = recognizer._components(text)
        finally:
            address._anchored_matches = original
        assert new == old, text


def test_anchored_address_components_still_need_their_hints() -> None:
    """The hints of a component tried at its anchors are looked for after its matches, and still rule
    a match out: "оф 12" has no hint of an office ("оф." ...), "обл Тверская" has its own. ("кв" is a hint of a flat
    on its own since round 13: a form writes "кв 12" and "кв35" as often as "кв. 12".)"""
    flat = dict((n, p) for n, p, _ in address._COMPONENT_PATTERNS)["flat"]
    region_first = dict((n, p) for n, p, _ in address._COMPONENT_PATTERNS)["region_first"]
    for text, pattern, kind, found in (("дом 5 оф 12", flat, "flat", []), ("дом 5, кв. 12", flat, "flat", ["кв. 12"]),
                                        ("дом 5 кв 12", flat, "flat", ["кв 12"]),
                                        ("обл Тверская", region_first, "region_first", ["обл Тверская"]),
                                        ("АД 120/80", flat, "flat", [])):
        base.lowered(text)
        assert [m.group() for m in address._matches_of(kind, pattern, text)] == found, text


def _kept(matches: object, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """The matches ``RuAddressRecognizer._components`` keeps: none inside a word or a code."""
    return [found for found in _found(matches)
            if not (found[0][0] and (text[found[0][0] - 1].isalnum() or text[found[0][0] - 1] in "._-/"))]


@settings(max_examples=400, deadline=None)
@given(_texts("ур", "мес", "Гр", "р.", "с.", ". п.", "п.", "д.", "пгт", "аул", "ст-ца", "с/п", "село", "рабочий", "посёлок", "к.", "Южный",
              "Далее", "Ново", "Красное", "(Перм.)", " ", "\n", "-", ",", "а", "1"))
def test_settlements_tried_at_word_starts_are_those_a_scan_keeps(text: str) -> None:
    """Settlement keywords tried at the cue scan's word starts give the matches of a plain scan that
    start a word, also where a match inside a word would hide one ("ур. п. Южный", "мес. Ново-село Красное")."""
    _assert_settlements_as_scanned(text)


def test_settlements_hidden_by_a_match_inside_a_word_stay_hidden() -> None:
    for text in ("Гр. п. Южный", "мес. п. Южный", "мес.п. Южный", "нерабочий посёлок Южный", "мес. Ново-село Красное",
                 "пос. Южный, с. п. Лесной", "д. Красное-село Южное"):
        _assert_settlements_as_scanned(text)


def _assert_settlements_as_scanned(text: str) -> None:
    pattern = dict((n, p) for n, p, _ in address._COMPONENT_PATTERNS)["settlement"]
    for lower_first in (True, False):
        if lower_first:
            base.lowered(text)
        assert _kept(address._settlements(pattern, text), text) == _kept(pattern.finditer(text), text), text
        base.lowered("")


@settings(max_examples=300, deadline=None)
@given(_texts("респ. Адыгея", "Республика Адыгея", "Республики ", "респ.", "респираторный", "беспокоит", "СНТ «Ромашка»", "СНТСН ",
              "ДНТ", "ТСН ", "ДПК", "ДНП ", "ПАЦИЕНТ", "«", "Ромашка", "Адыгея", " ", "\n", "-", ".", "/", "а", "1", "İ"))
def test_address_components_gated_by_word_starts_keep_what_a_scan_keeps(text: str) -> None:
    """The republic and garden components scan only where one of their opening words starts a word
    ("респ.", "СНТ"): what they keep is what a scan of every note keeps ("беспокоит", "ПАЦИЕНТ" rule nothing in)."""
    patterns = {name: pattern for name, pattern, _ in address._COMPONENT_PATTERNS}
    for kind in ("republic", "garden"):
        for lower_first in (True, False):
            if lower_first:
                base.lowered(text)
            assert _kept(address._matches_of(kind, patterns[kind], text), text) == _kept(patterns[kind].finditer(text), text), text
            base.lowered("")


@settings(max_examples=300, deadline=None)
@given(_texts("третьего мая", "Первое МАРТА 1985 года", "двадцать первого", "третьего", " ", "  ", "\n", "\t", "мая", "января",
              "маятник", "-", "1985", "а", "İ"))
def test_ordinal_dates_tried_at_month_word_starts_are_those_of_a_scan(text: str) -> None:
    """Ordinal dates ("третьего мая") are looked for at the spaces before the month words of the cue
    scan: the same dates as a scan for a space and a month's genitive finds."""
    recognizer = dates.RuDateRecognizer()
    base.lowered(text)
    new = list(recognizer._ordinal_dates(text))
    original = dates.matches_at
    dates.matches_at = lambda pattern, haystack, starts: pattern.finditer(haystack)  # type: ignore[assignment]
    try:
        old = list(recognizer._ordinal_dates(text))
    finally:
        dates.matches_at = original
    assert new == old, text


@settings(max_examples=300, deadline=None)
@given(_texts("a", "M", "z", "б", "Ё", "ё", "я", "А", "Є", "ї", "«", "1", " ", "-", "\n", "ä", "٣", "ﬀ"))
def test_latin_next_to_cyrillic_read_in_code_page_bytes_is_what_the_regex_finds(text: str) -> None:
    assert normalize._has_mixed_letters(text) == (normalize._MIXED.search(text) is not None), text


@settings(max_examples=300, deadline=None)
@given(_texts("а", "a", " ", "\u00a0", "\u2013", "\u201c", "\u2019", "\r", "\r\n", "\u202f", "\u2028", "\u0085", "—", "«", "1"))
def test_typographic_characters_found_in_code_page_bytes_are_those_the_regex_finds(text: str) -> None:
    """The normaliser maps a note's typographic spaces, dashes, quotes and breaks when the code-page test
    finds one, and only then: what the text comes out as is what it came out as with the regex test."""
    mapped = normalize._plain_characters(text)
    original, normalize.code_page_bytes = normalize.code_page_bytes, lambda _text: None  # type: ignore[assignment]
    try:
        assert mapped == normalize._plain_characters(text), text
        assert (mapped is text) == (normalize._ANY.search(text) is None), text
    finally:
        normalize.code_page_bytes = original
