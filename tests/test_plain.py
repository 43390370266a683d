"""coach.plain: the models are plain classes, validated by a pydantic model built on first use.

Input is validated and reported as when the classes were pydantic's models; plain objects
compare, copy, dump and pickle as the models did; and a cache entry pickled by other code is
refused, never read as the new classes."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from coach import cache
from coach.errors import from_validation
from coach.models import Finding, Fix, Interview, Kind, Notes, Report, Result, Timeline
from coach.plain import Plain
from coach.rulebook import Rule, load_rules

NOTES = {
    "candidate": {"name": " Wren Okafor "},
    "company": {"name": "Tallowmere Ropeworks"},
    "role": "Rigging Planner",
    "interview": {"start": "2026-03-02T10:00:00+01:00"},
    "interviewers": [{"name": "Ines Vasko", "honorific": "Dr."}],
    "details": ["splicing the winch lines"],
}


def test_validated_notes_are_plain_objects_with_the_model_s_defaults_and_validators() -> None:
    notes = Notes.model_validate(NOTES)
    assert type(notes) is Notes and isinstance(notes, Plain)
    assert not isinstance(notes, BaseModel)
    assert type(notes.interview) is Interview and type(notes.timeline) is Timeline
    assert notes.candidate.name == "Wren Okafor"  # str_strip_whitespace
    assert notes.interview.end == notes.interview.start + dt.timedelta(hours=1)  # its validator
    assert notes.interviewer("ines").honorific == "Dr."  # type: ignore[union-attr]
    assert notes.materials == [] and notes.materials is not Notes.model_validate(NOTES).materials


@pytest.mark.parametrize(
    ("change", "key", "text"),
    [
        ({"role": ""}, "role", "String should have at least 1 character"),
        ({"interviewers": [{"nmae": "Ines"}]}, "interviewers.0.nmae", "did you mean 'name'?"),
        ({"interview": {"start": "2026-03-02T10:00:00"}}, "interview.start", "UTC offset"),
        ({"company": "Tallowmere"}, "company", "instance of Company"),
    ],
)
def test_bad_input_is_reported_by_key_as_the_pydantic_model_reported_it(
    change: dict[str, object], key: str, text: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Notes.model_validate({**NOTES, **change})
    error = from_validation("notes.yaml", caught.value, model=Notes)
    assert error.key == key and text in error.what, str(error)


def test_calling_a_class_validates_as_pydantic_did_and_model_construct_does_not() -> None:
    with pytest.raises(ValidationError):
        Timeline(decision_by="not a date")
    assert Timeline(decision_by="2026-03-09").decision_by == dt.date(2026, 3, 9)
    assert Timeline.model_construct(decision_by="kept").decision_by == "kept"


def _report() -> Report:
    fix = Fix.model_construct(start=0, end=4, replacement="Hello")
    found = Finding.model_construct(
        rule="name-misspelled", severity="error", message="é \u2019", line=1, column=1,
        start=0, end=4, excerpt="Helo", fix=fix, sources=["003 §2"],
    )  # fmt: skip
    result = Result.model_construct(
        path="a.md", kind=Kind.thank_you, to=None, passed=False, findings=[found]
    )
    return Report.of([result])


def test_dumps_copies_equality_and_pickles_are_the_model_s() -> None:
    report = _report()
    assert report.model_dump(mode="json")["results"][0]["kind"] == "thank_you"
    assert '"replacement":"Hello"' in report.model_dump_json()
    again = pickle.loads(pickle.dumps(report))
    assert again == report and again is not report
    copy = report.results[0].model_copy(update={"passed": True})
    assert copy.passed and not report.results[0].passed and copy != report.results[0]
    assert repr(report.results[0].findings[0].fix) == "Fix(start=0, end=4, replacement='Hello')"


def test_a_plain_class_inside_a_pydantic_model_validates_and_writes_as_its_model() -> None:
    adapter = TypeAdapter(list[Result])
    results = _report().results
    text = adapter.dump_json(results)
    back = adapter.validate_json(text)
    assert back == results and type(back[0]) is Result and type(back[0].findings[0]) is Finding
    assert adapter.validate_python(results)[0] is results[0]  # an instance is kept as it is


def test_a_rule_dump_leaves_out_its_parameters_as_the_model_did() -> None:
    rule = load_rules()["name-misspelled"]
    assert isinstance(rule, Rule) and not isinstance(rule.params, BaseModel)
    assert "params" not in rule.model_dump() and rule.model_dump()["id"] == "name-misspelled"


def test_cache_entries_of_another_format_are_refused(tmp_path, monkeypatch) -> None:
    """An entry pickled by code whose objects were pydantic models has another format number
    in its key: it is rebuilt, never unpickled as the plain classes."""
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COACH_NO_CACHE", raising=False)
    source = tmp_path / "source.txt"
    source.write_text("x")
    monkeypatch.setattr(cache, "FORMAT", 1)
    assert cache.cached("t", [source], lambda: "old") == "old"
    monkeypatch.setattr(cache, "FORMAT", 2)
    assert cache.cached("t", [source], lambda: "new") == "new"
    assert cache.cached("t", [source], lambda: "rebuilt") == "new"
