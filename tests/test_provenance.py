"""Sources and licences (issue #9): the registry, user declarations, sources.json, the licence decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsyn_dataset.provenance import (
    KNOWN_SOURCES,
    LicenseConflictError,
    ReleaseSource,
    SourceDeclaration,
    SourceInfo,
    SourcesFileError,
    carry_sources,
    decide_license,
    generated_source,
    read_sources,
    resolve_sources,
    source_for_import,
    write_sources,
)

RUMEDTOP3 = KNOWN_SOURCES["rumedtop3"]
GENERATED = generated_source("run")


def _src(info, rows=10, kind="imported"):  # type: ignore[no-untyped-def]
    return ReleaseSource(info, kind, rows)


def test_the_registry_knows_the_upstream_corpora() -> None:
    assert RUMEDTOP3.license == "cc-by-nc-4.0" and RUMEDTOP3.synthetic is False
    assert "blinov2022rumedbench" in (RUMEDTOP3.citation or "") and "Blinov" in RUMEDTOP3.origin
    for fmt in ("medsyn-raw", "medsyn-hub"):
        medsyn = KNOWN_SOURCES[fmt]
        assert medsyn.license == "mit" and medsyn.synthetic is True
        assert "kumichev2024medsyn" in (medsyn.citation or "") and "Hugging Face card" in medsyn.origin


def test_a_release_of_one_source_takes_its_licence() -> None:
    decision = decide_license([_src(RUMEDTOP3)])
    assert (decision.license, decision.stated, decision.explanation) == ("cc-by-nc-4.0", False, None)
    assert decide_license([_src(GENERATED, kind="generated")]).license == "mit"


def test_mixed_licences_are_refused_unless_the_config_states_one_that_keeps_every_term() -> None:
    mixed = [_src(GENERATED, 20, "generated"), _src(RUMEDTOP3, 5)]
    with pytest.raises(LicenseConflictError, match=r"different licences.*hub\.license.*suggested: cc-by-nc-4.0"):
        decide_license(mixed)
    with pytest.raises(LicenseConflictError, match=r"rumedtop3 \(cc-by-nc-4.0\): would drop its non-commercial term"):
        decide_license(mixed, "mit")
    cc_by = SourceInfo(name="cc", title="cc", license="cc-by-4.0")
    with pytest.raises(LicenseConflictError, match="attribution"):
        decide_license([_src(GENERATED, 1, "generated"), _src(cc_by)], "apache-2.0")
    decision = decide_license(mixed, "cc-by-nc-4.0")
    assert decision.license == "cc-by-nc-4.0" and decision.stated
    assert decision.explanation is not None
    assert "stated by the release config" in decision.explanation
    assert "rumedtop3 (cc-by-nc-4.0, 5 rows)" in decision.explanation and "run (mit, 20 rows)" in decision.explanation


def test_share_alike_and_no_derivatives_cannot_be_relicensed() -> None:
    sa = source_for_import("jsonl", "wiki", SourceDeclaration(name="wiki", license="cc-by-sa-4.0"))
    nd = source_for_import("jsonl", "nd", SourceDeclaration(name="nd", license="cc-by-nd-4.0"))
    with pytest.raises(LicenseConflictError, match="same licence"):
        decide_license([_src(sa), _src(RUMEDTOP3)], "cc-by-nc-4.0")
    with pytest.raises(LicenseConflictError, match="forbids derivatives"):
        decide_license([_src(nd)], "cc-by-4.0")


def test_known_formats_use_the_registry_and_a_users_corpus_needs_a_name() -> None:
    assert source_for_import("rumedtop3", "rumedtop3", None) == RUMEDTOP3
    with pytest.raises(ValueError, match="give it a name"):
        source_for_import("rumedtop3", "rumedtop3", SourceDeclaration(license="mit"))
    with pytest.raises(ValueError, match="give it a name"):
        source_for_import("rumedtop3", "rumedtop3", SourceDeclaration(name="rumedtop3", license="mit"))
    own = source_for_import("rumedtop3", "rumedtop3", SourceDeclaration(name="my-top3", license="cc-by-4.0"))
    assert (own.name, own.license, own.declared_by) == ("my-top3", "cc-by-4.0", "user")
    undeclared = source_for_import("jsonl", "notes", None)
    assert (undeclared.name, undeclared.license, undeclared.synthetic) == ("notes", "unknown", None)


def test_a_citation_can_be_a_bib_file(tmp_path: Path) -> None:
    bib = tmp_path / "clinic.bib"
    bib.write_text("@misc{clinic2025, title={Clinic notes}}\n", encoding="utf-8")
    info = source_for_import("jsonl", "x", SourceDeclaration(name="clinic", citation=str(bib)))
    assert info.citation == "@misc{clinic2025, title={Clinic notes}}"


def test_sources_file_round_trip_carry_and_errors(tmp_path: Path) -> None:
    own = source_for_import("jsonl", "x", SourceDeclaration(name="clinic", license="cc-by-4.0", synthetic=False))
    (tmp_path / "a").mkdir()
    write_sources(tmp_path / "a", [own])
    assert read_sources(tmp_path / "a") == {"clinic": own}
    (tmp_path / "b").mkdir()
    carry_sources(tmp_path / "a", tmp_path / "b")
    assert read_sources(tmp_path / "b") == {"clinic": own}
    (tmp_path / "c").mkdir()
    carry_sources(tmp_path / "c", tmp_path / "b")  # the input has none: a stale copy is removed
    assert read_sources(tmp_path / "b") == {}
    (tmp_path / "a" / "sources.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(SourcesFileError, match=r"a/sources\.json: not a readable sources file"):
        read_sources(tmp_path / "a")


def test_rows_resolve_to_declared_known_generated_or_unknown_sources() -> None:
    declared = {"clinic": source_for_import("jsonl", "x", SourceDeclaration(name="clinic", license="cc-by-4.0"))}
    counts = {("generated", "run"): 3, ("imported", "rumedtop3"): 5, ("imported", "clinic"): 2, ("imported", "???"): 1}
    resolved = {s.info.name: s for s in resolve_sources(counts, declared)}
    assert resolved["run"].info.declared_by == "pipeline" and resolved["run"].kind == "generated"
    assert resolved["rumedtop3"].info == RUMEDTOP3 and resolved["rumedtop3"].rows == 5
    assert resolved["clinic"].info.license == "cc-by-4.0"
    assert resolved["???"].info.license == "unknown" and resolved["???"].info.synthetic is None


def test_the_card_links_a_hub_dataset_only_for_a_source_published_on_the_hub(tmp_path: Path) -> None:
    """`extended|<id>` names a Hub dataset; a corpus that is not one (a user's file, RuMedBench) is `extended`."""
    import json

    from medsyn_dataset.dataset_card.sources import Provenance, extends, yaml_fields

    medsyn = KNOWN_SOURCES["medsyn-hub"]
    assert KNOWN_SOURCES["medsyn-raw"].hub_id == medsyn.hub_id == "Glebkaa/MedSyn-synthetic"
    assert extends(medsyn) == "extended|Glebkaa/MedSyn-synthetic"
    own = source_for_import("jsonl", "clinic", SourceDeclaration(name="clinic-notes", license="cc-by-4.0"))
    assert own.hub_id is None and extends(own) == "extended" and extends(RUMEDTOP3) == "extended"
    sources = (_src(GENERATED, 30, "generated"), _src(medsyn, 20), _src(own, 10), _src(RUMEDTOP3, 5))
    prov = Provenance(sources, decide_license(sources, "cc-by-nc-4.0"))
    assert yaml_fields(prov)["source_datasets"] == ["original", "extended", "extended|Glebkaa/MedSyn-synthetic"]

    # a sources.json written before `hub_id` held `source_dataset`, a display name: never read as a Hub id;
    # a corpus of the registry gets its Hub id back from the registry
    old = [{**s.to_dict(), "source_dataset": name} for s, name in ((medsyn, "MedSyn"), (own, "clinic-notes"))]
    for entry in old:
        del entry["hub_id"]
    (tmp_path / "sources.json").write_text(json.dumps({"format": "medsyn-sources/1", "sources": old}), "utf-8")
    read = read_sources(tmp_path)
    assert read["medsyn-hub"].hub_id == "Glebkaa/MedSyn-synthetic" and read["clinic-notes"].hub_id is None
