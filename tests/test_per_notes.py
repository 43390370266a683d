"""Work prepared from the notes is kept by content where the check says what it reads."""

from __future__ import annotations

from coach.checks.base import per_notes
from coach.readers import load_notes
from tests.conftest import EXAMPLES


def _copy(notes, **changes):
    return notes.model_copy(update=changes, deep=True)


def test_notes_that_agree_on_what_is_read_share_the_work() -> None:
    notes = load_notes(EXAMPLES / "acme-data-analyst.yaml")
    calls: list[str] = []

    def build(n):
        calls.append(n.role)
        return [p.name for p in n.interviewers]

    first = per_notes(notes, "test-people", build, uses=("interviewers",))
    # another object, another role: the people are the same, so the work is not done again
    again = per_notes(
        _copy(notes, role="Senior Analyst"), "test-people", build, uses=("interviewers",)
    )
    assert again is first and len(calls) == 1

    other_people = _copy(notes)
    other_people.interviewers[0].name = "Sara Chen"
    changed = per_notes(other_people, "test-people", build, uses=("interviewers",))
    assert changed == ["Sara Chen", *first[1:]] and len(calls) == 2


def test_without_uses_the_work_is_kept_per_object() -> None:
    notes = load_notes(EXAMPLES / "acme-data-analyst.yaml")
    calls: list[int] = []

    def build(n):
        calls.append(1)
        return n.role

    assert per_notes(notes, "test-role", build) == per_notes(notes, "test-role", build)
    per_notes(_copy(notes), "test-role", build)
    assert len(calls) == 2
