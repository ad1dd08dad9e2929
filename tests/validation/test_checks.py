"""Checks as units: the registry, a check of one's own end to end, batches, and the typed contract."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest

from medsyn_dataset import schema
from medsyn_dataset.jsonrecord import JsonRecord
from medsyn_dataset.schema import VF, PiiSpan, Reason, ValidationField, ValidationRecord
from medsyn_dataset.validation.checks import (
    DEFAULT_CHECKS,
    CheckResult,
    CorpusCheck,
    RowCheck,
    Rows,
    register,
    registered,
    resolve,
    unregister,
)
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.pipeline import validate_notes
from medsyn_dataset.validation.policy import Action, Policy
from medsyn_dataset.validation_report import REPORT_JSON, ReportFormatError, ValidationReport

from .conftest import CLEAN_NOTE, note, write_notes

FAST = Policy.model_validate({"pii": {"enabled": False}, "labels": {"label_noise": False}})


# ---- a check of one's own ------------------------------------------------------------------------


@dataclasses.dataclass
class ShoutingSection(JsonRecord):
    rows_shouting: int | None = None


class ShoutingCheck(RowCheck):
    """A toy check: flags notes with a word in capitals of 6+ letters (what a user might add)."""

    name = "shouting"
    reads = ("text",)
    default_actions: ClassVar[Mapping[str, Action]] = {"shouting": "drop"}

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self.count = 0

    def check(self, rows: Rows) -> CheckResult:
        result = CheckResult()
        for i, text in enumerate(rows.column("text")):
            loud = [w for w in text.split() if len(w) >= 6 and w.isupper()]
            if loud:
                result.add(i, Finding("shouting", loud[0]))
                result.score(i, shouting_words=len(loud))
        return result

    def summarize(self, rows: Rows, result: CheckResult) -> None:
        self.count += len(result.findings)

    def section(self) -> tuple[str, JsonRecord]:
        return "shouting", ShoutingSection(rows_shouting=self.count)


@pytest.fixture
def shouting() -> Iterator[None]:
    register(ShoutingCheck)
    yield
    unregister("shouting")


def test_a_registered_check_runs_and_reports(tmp_path: Path, shouting: None) -> None:
    rows = [note("calm", CLEAN_NOTE), note("loud", CLEAN_NOTE + " ВНИМАНИЕ пациенту.")]
    in_dir = write_notes(tmp_path / "in", rows)
    report = validate_notes(in_dir, tmp_path / "out", policy=FAST, progress=False, checks=[*DEFAULT_CHECKS, "shouting"])
    out = {r["id"]: r for r in schema.read_notes(tmp_path / "out").to_pylist()}
    loud = out["loud"]["validation"]
    assert "drop:shouting:ВНИМАНИЕ" in loud["reasons"] and loud["decision"] == "drop"
    assert json.loads(loud["quality_scores"])["shouting_words"] == 1
    assert out["calm"]["validation"]["decision"] == "keep"
    # its section sits in the report after the built-in ones, and survives a round trip through the file
    assert report.other_sections == {"shouting": {"rows_shouting": 1}}
    keys = list(report.to_json())
    assert keys.index("labels") < keys.index("shouting") < keys.index("text_chars")
    assert ValidationReport.read(tmp_path / "out").to_json() == report.to_json()
    assert report.reasons is not None and report.reasons["drop:shouting"] == 1


def test_only_the_configured_checks_run(tmp_path: Path) -> None:
    in_dir = write_notes(tmp_path / "in", [note("a"), note("b", "Извините, но я не могу выполнить ваш запрос.")])
    report = validate_notes(in_dir, tmp_path / "out", policy=FAST, progress=False, checks=["quality"])
    assert report.decisions == {"keep": 1, "redact": 0, "drop": 1}
    assert report.pii is None and report.duplicates is None and report.labels is None
    assert list(report.timings) == ["read", "quality", "decide", "write"]  # no tokens: no check read them
    assert "pii" not in json.loads((tmp_path / "out" / REPORT_JSON).read_text("utf-8"))
    with pytest.raises(ValueError, match="unknown check 'nope'"):
        validate_notes(in_dir, tmp_path / "out2", policy=FAST, progress=False, checks=["quality", "nope"])
    assert not (tmp_path / "out2").exists()


def test_the_registry() -> None:
    assert DEFAULT_CHECKS == (
        "quality", "duplicates", "contamination", "memorization", "codes", "symptoms", "label_noise", "pii"
    )  # fmt: skip
    scopes = {name: cls.scope for name, cls in registered().items() if name in DEFAULT_CHECKS}
    assert {n for n, s in scopes.items() if s == "row"} == {"quality", "codes", "symptoms", "pii"}
    assert {n for n, s in scopes.items() if s == "corpus"} == {"duplicates", "contamination", "memorization", "label_noise"}
    for cls in registered().values():
        assert issubclass(cls, RowCheck | CorpusCheck) and cls.reads
    with pytest.raises(ValueError, match="named twice"):
        resolve(["quality", "quality"])

    class Other(RowCheck):
        name = "quality"

        def check(self, rows: Rows) -> CheckResult:
            return CheckResult()

    with pytest.raises(ValueError, match="already registered"):
        register(Other)

    class Decider(RowCheck):
        name = "decider"
        reads = ("text",)
        writes = (ValidationField.DECISION,)

        def check(self, rows: Rows) -> CheckResult:
            return CheckResult()

    with pytest.raises(ValueError, match="cannot write 'decision'"):  # the pipeline decides, from the findings
        register(Decider)


def test_row_checks_give_the_same_results_in_any_batch_size(tmp_path: Path) -> None:
    # the shape streaming needs: a row-wise check sees batches, and the batch size changes nothing
    from medsyn_dataset.validation.progress import StageProgress
    from medsyn_dataset.validation.runner import LocalRunner

    texts = [CLEAN_NOTE, "Извините, но я не могу.", "Patient has cough. " * 20, CLEAN_NOTE + " Кашель, температура."]
    rows = [note(f"n{i}", text, code=("N40" if i == 2 else "J18")) for i, text in enumerate(texts * 3)]
    table = schema.read_notes(write_notes(tmp_path / "in", rows))
    outcomes = []
    for batch_rows in (1, 5, 1000):
        ctx = CheckContext(FAST, code_set={"J18"})
        checks = [cls(ctx) for cls in resolve(["quality", "codes", "symptoms", "duplicates"])]
        with StageProgress(enabled=False) as stages:
            runner = LocalRunner(table, ctx, stages, batch_rows=batch_rows)
            outcomes.append(runner.run(checks, [{} for _ in rows]))
    first = outcomes[0]
    assert any(first.findings) and first.values[VF.SYMPTOM_COVERAGE][0] is not None
    for other in outcomes[1:]:
        assert (other.findings, other.values, other.scores) == (first.findings, first.values, first.scores)
        assert {k: v.to_json() for k, v in other.sections.items()} == {k: v.to_json() for k, v in first.sections.items()}


# ---- the typed contract --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["redact:pii:PHONE_NUMBER", "flag:near_duplicate_of:dev-42", "drop:contaminated_with:eval:1",
     "drop:refusal", "flag:label_not_in_top3", "flag:subcode_not_of_category:K35.8"],
)  # fmt: skip
def test_reasons_round_trip(text: str) -> None:
    reason = Reason.parse(text)
    assert str(reason) == text
    assert reason.key == (text if reason.check == "pii" else ":".join(text.split(":")[:2]))


def test_a_reason_is_parsed_not_split() -> None:
    assert Reason.parse("drop:contaminated_with:eval:1") == Reason("drop", "contaminated_with", "eval:1")
    for bad in ("refusal", "keep:refusal", "flag:", ""):
        with pytest.raises(ValueError, match="is not a reason"):
            Reason.parse(bad)


def test_validation_record_is_the_arrow_struct() -> None:
    names = [f.name for f in dataclasses.fields(ValidationRecord)]
    assert names == [f.value for f in ValidationField] == [f.name for f in schema.VALIDATION_TYPE]
    record = ValidationRecord(
        decision="redact",
        reasons=(Reason("redact", "pii", "PERSON"), Reason("flag", "near_duplicate_of", "a:b")),
        pii=(PiiSpan("PERSON", 0, 6, 0.875, "names"),),
        near_dup_cluster=3,
        is_cluster_representative=False,
        symptom_coverage=0.5,
        label_predictions=("J18", "J06"),
        quality_scores='{"chars": 6}',
        policy_hash="abc",
    )
    column = schema.validation_array([record, ValidationRecord()])
    back = [ValidationRecord.from_arrow(v) for v in column.to_pylist()]
    assert back == [record, ValidationRecord(reasons=(), pii=())]
    assert ValidationRecord.from_arrow(None) == ValidationRecord()
    assert schema.validation_path(VF.DECISION) == "validation.decision"


def test_the_report_round_trips_and_rejects_other_shapes(tmp_path: Path) -> None:
    in_dir = write_notes(tmp_path / "in", [note("a"), note("b", CLEAN_NOTE + " Повторный осмотр.")])
    report = validate_notes(in_dir, tmp_path / "out", policy=FAST, progress=False)
    text = (tmp_path / "out" / REPORT_JSON).read_text("utf-8")
    data = json.loads(text)
    assert report.to_json() == data and list(report.to_json()) == list(data)  # same keys, same order
    read = ValidationReport.read(tmp_path / "out")
    assert read == report and read.to_json() == data
    assert read.gate is not None and read.gate.conditions is not None
    assert read.gate.conditions["enough_rows_kept"].min == 1 and not read.gate.conditions["pii_scan_ran"].has("min")
    assert read.labels is not None and read.labels.label_noise is not None and read.labels.label_noise.to_json() == {"run": False}
    public = read.public().to_json()
    assert "written_by" not in public and public["inputs"]["in_dir"] == "in"
    bad: dict[str, Any] = {**data, "duplicates": {**data["duplicates"], "exact_dupes": 1}}
    (tmp_path / "bad.json").write_text(json.dumps(bad), "utf-8")
    with pytest.raises(ReportFormatError, match=r"bad\.json: duplicates\.exact_dupes: not a key of this report"):
        ValidationReport.read(tmp_path / "bad.json")
    (tmp_path / "bad.json").write_text(json.dumps({**data, "rows": "many"}), "utf-8")
    with pytest.raises(ReportFormatError, match=r"bad\.json: rows: expected int, got a string 'many'"):
        ValidationReport.read(tmp_path / "bad.json")


def test_a_policy_file_sets_the_action_of_a_registered_check(tmp_path: Path, shouting: None) -> None:
    from medsyn_dataset.validation.policy import PolicyError, load_policy

    policy_file = tmp_path / "pol.yaml"
    policy_file.write_text("actions: {shouting: flag}\npii: {enabled: false}\nlabels: {label_noise: false}\n", "utf-8")
    policy = load_policy(policy_file)
    assert policy.action("shouting") == "flag" and policy.model_dump()["actions"]["shouting"] == "flag"
    assert Policy.model_validate(policy.model_dump()) == policy  # written back flat, read back the same
    assert policy.policy_hash() != load_policy(None).policy_hash()
    rows = [note("loud", CLEAN_NOTE + " ВНИМАНИЕ пациенту.")]
    in_dir = write_notes(tmp_path / "in", rows)
    validate_notes(in_dir, tmp_path / "out", policy=policy, progress=False, checks=[*DEFAULT_CHECKS, "shouting"])
    loud = schema.read_notes(tmp_path / "out").to_pylist()[0]["validation"]
    assert "flag:shouting:ВНИМАНИЕ" in loud["reasons"] and loud["decision"] == "keep"  # the policy's, not drop

    policy_file.write_text("actions: {shoutng: drop}\n", "utf-8")
    with pytest.raises(PolicyError) as err:
        load_policy(policy_file)
    message = str(err.value)
    assert message.startswith(f"{policy_file}: actions.shoutng: not a check or finding in the registry; known: ")
    assert "shouting" in message and "near_duplicate" in message and "\n" not in message


def test_a_policy_naming_an_unregistered_check_is_refused() -> None:
    with pytest.raises(ValueError, match="shouting"):
        Policy.model_validate({"actions": {"shouting": "flag"}})  # not registered here
