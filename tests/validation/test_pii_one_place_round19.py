"""Round 19 (one place for each word list): where a list is now derived from another module's, what each caller needs
from it, so that the derivation cannot drift unseen.

The number's words beside a sick leave's, a register's or an entry's stem are export_objects' number words and "code"
(which is no part word there); nothing else. The spaced-dash SNILS rule opens on the names of SNILS_CONTEXT and on
"страх", not on the context's accounts and registers. A settlement's kind is one list for places' label before a name and
fields' label inside an address field; fields alone also strips a town's or a farmstead's word without its ending, and
only places reads "местности". Whether a word reads first as a full adjective is one cached question of morph. A month's cuts are months.CUTS for
every reader: a day before one is a day's number, a table cell holding one is a date's. A house's parts are two lists:
a cued field ends after a house-flat pair before a floor's word (field_ends), a house read by its shape keeps its
entrance and floor (errand_addresses).
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import date_grammar
from medsyn_dataset.validation.pii.day_numbers import month_after
from medsyn_dataset.validation.pii.errand_addresses import errand_addresses
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.export_objects import PART_WORDS
from medsyn_dataset.validation.pii.field_ends import field_end
from medsyn_dataset.validation.pii.fields import _KIND_LABEL
from medsyn_dataset.validation.pii.months import CUT_ALTERNATION, CUTS
from medsyn_dataset.validation.pii.morph import adjective_form
from medsyn_dataset.validation.pii.places import _KIND_BEFORE
from medsyn_dataset.validation.pii.recognizers import _has_spaced_dash
from medsyn_dataset.validation.pii.table_cells import _NOT_DATE_WORD


@pytest.mark.parametrize("key", ["LN_CODE", "PREV_LN_CODE", "ln_number", "RegCode", "reg_num", "HistNo", "hist_nomer"])
def test_a_stem_with_a_number_or_a_code_names_a_record(key: str) -> None:
    assert key_type(key) == "MEDICAL_RECORD_NUMBER"


def test_code_names_a_number_beside_a_stem_but_is_no_part_word() -> None:
    assert "code" not in PART_WORDS  # (a member "code" is a service's or a diagnosis's, not its object's number)
    assert key_type("registryCode") == "MEDICAL_RECORD_NUMBER"
    assert key_type("voucher_code") == "MEDICAL_RECORD_NUMBER"  # (the code measures no voucher: it is its number)


@pytest.mark.parametrize("cue", ["СНИЛС", "ПФР", "СФР", "пенсионное", "страховой", "страх"])
def test_the_spaced_dash_gate_opens_on_a_snils_name(cue: str) -> None:
    assert _has_spaced_dash(f"{cue}: 438 - 927 - 142  19")


@pytest.mark.parametrize("cue", ["лицевой счёт", "ЕГИССО", "соцфонд", "СПП"])
def test_the_spaced_dash_gate_stays_shut_on_the_context_registers(cue: str) -> None:
    # (as the rule was measured in round 18; these words still lift a SNILS that another rule reads)
    assert not _has_spaced_dash(f"{cue}: 438 - 927 - 142  19")


@pytest.mark.parametrize("kind", ["городе", "деревне", "села", "посёлке", "поселка", "станице", "хуторе"])
def test_a_settlement_kind_is_a_label_for_places_and_fields(kind: str) -> None:
    assert _KIND_BEFORE.search(f"проживает в {kind}: ").group("kind") == kind  # type: ignore[union-attr]
    assert _KIND_LABEL.match(f"{kind} — Истра") is not None


def test_the_kinds_each_reader_adds() -> None:
    assert _KIND_LABEL.match("город: Истра") is not None and _KIND_LABEL.match("хутор — Истра") is not None
    assert _KIND_BEFORE.search("проживает в город: ") is None
    assert _KIND_BEFORE.search("в сельской местности: ").group("kind") == "сельской местности"  # type: ignore[union-attr]
    assert _KIND_LABEL.match("сельской местности: Чикола") is None


@pytest.mark.parametrize(("word", "form"), [("Курская", ("femn", "sing")), ("Октябрьский", ("masc", "sing")),
                                            ("гнойные", ("None", "plur")), ("Кардиолог", None), ("Амбулаторно", None)])
def test_adjective_form_reads_the_first_reading(word: str, form: tuple[str, str] | None) -> None:
    assert adjective_form(word) == form


@pytest.mark.parametrize("cut", CUTS)
def test_each_cut_is_a_month_to_every_reader(cut: str) -> None:
    text = f"х. Троицкое 14 {cut}. с 9:00"
    assert month_after(text, text.index("14"), text.index("14") + 2)
    assert _NOT_DATE_WORD.search(f"14 {cut.capitalize()}. 2024") is None


def test_the_date_grammar_spells_the_same_cuts() -> None:
    # (dates still writes its cuts by hand, left to another change in round 19: they must be months')
    assert f"|(?:{CUT_ALTERNATION})(?:" in date_grammar.MONTH_WORD


def test_house_parts_differ_between_a_cued_field_and_an_errand() -> None:
    text = "Адрес: ул. Ленина 5-12 этаж 3"
    assert text[7 : field_end(text, 7, address=True)] == "ул. Ленина 5-12"
    errand = "адр ул. ленина 5 подъезд 2 этаж 3"
    assert [errand[start:end] for start, end in errand_addresses(errand)] == ["ул. ленина 5 подъезд 2 этаж 3"]
