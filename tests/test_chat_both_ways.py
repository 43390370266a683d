"""A question about a fault ("was it too early?", "too much?") is answered both ways: the
literal yes or no, and the verdict the user acts on ("yes, that was fine"), so neither reading
is left to guess (coach.chat.both_ways)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.both_ways import both_ways, lead_fine
from coach.readers import load_notes

ZONE = dt.timezone(dt.timedelta(hours=-4))
NOTES = """
candidate: {name: Ilse Marchetti}
company: {name: Larchmere Tooling}
role: Maintenance Planner
interview: {start: 2026-10-06T10:00:00-04:00, end: 2026-10-06T11:00:00-04:00}
interviewers:
  - {name: Odile Varga, honorific: Ms., title: Plant Manager}
timeline: {decision_by: 2026-10-15}
country: US
stage: {stage}
history:
  - {kind: thank_you, channel: email, to: Odile Varga, sent_at: 2026-10-06T18:00:00-04:00}
  - {kind: check_in, channel: email, to: Odile Varga, sent_at: "{sent}"}
"""


@pytest.fixture
def notes_at(tmp_path: Path):
    def make(sent: str, stage: str = "awaiting_decision"):
        path = tmp_path / "larchmere.yaml"
        path.write_text(NOTES.replace("{sent}", sent).replace("{stage}", stage), "utf-8")
        return load_notes(path)

    return make


def test_an_on_time_check_in_asked_too_early_is_no_and_yes(notes_at) -> None:
    notes = notes_at("2026-10-16T09:00:00-04:00")
    now = dt.datetime(2026, 10, 20, 12, tzinfo=ZONE)
    first = ask("looking back was my check in on fri 16 oct too early?", notes, now=now)
    lead = first.answer.split("\n\n")[0]
    assert lead.startswith("No") and "16 October" in lead
    assert "yes, that was fine" in lead


def test_an_early_check_in_asked_too_early_is_yes_and_no(notes_at) -> None:
    notes = notes_at("2026-10-13T09:00:00-04:00")
    now = dt.datetime(2026, 10, 20, 12, tzinfo=ZONE)
    lead = ask("was my check in on the 13th too early?", notes, now=now).answer.split("\n\n")[0]
    assert lead.startswith("Yes") and "16 October" in lead
    assert "no, that was not ok" in lead


def test_a_question_asked_the_may_i_way_is_left_alone() -> None:
    text = "Yes: Friday 16 October is fine for a check-in."
    assert both_ways(text, "is it ok to check in on friday the 16th?") == text


def test_the_fault_named_is_denied_after_a_verdict_of_yes() -> None:
    text = "Yes: Friday 16 October is fine for a check-in; it is allowed from then."
    out = both_ways(text, "is the friday after next too soon to check in?")
    assert out.startswith(text) and out.endswith("In short: no, it is not too soon.")


def test_a_wording_at_fault_is_yes_too_much_and_no() -> None:
    text = "No, I wouldn't put it that way: it reads as arguing with their decision."
    assert both_ways(text, "i want to tell them they got it wrong. too much?").endswith(
        "In short: yes, too much."
    )


def test_a_stance_that_cannot_be_read_changes_nothing() -> None:
    assert lead_fine("Check in once their timeline has passed.") is None
    text = "Your thank-you went on Tuesday 6 October."
    assert both_ways(text, "was my thank you too late?") == text


def test_does_it_matter_keeps_its_one_reading() -> None:
    text = "No, not much."
    assert both_ways(text, "i sent it an hour late, does it matter that much") == text


@pytest.mark.parametrize(
    ("lead", "question", "said"),
    [
        ("No, it was on time: Monday 12 October was the first right day.",
         "i wrote to odile on the 16th. was that alright or a bit soon?", "yes, that was fine"),
        ("Yes, it reads as blaming: 1 tone finding in that draft.",
         "ok to send? could be a little sharp", "no, that is not ok"),
        ("On time: your thank-you went at 19:00, inside the 24 hours.",
         "mine went out at 7pm that night, fine yeah", "yes, that is fine"),
    ],
)  # fmt: skip
def test_a_may_i_question_gets_its_own_yes_or_no(lead: str, question: str, said: str) -> None:
    text = both_ways(f"{lead}\n\nSources: 002 FAQ 1.", question)
    assert said in text.split("\n\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "was writing to odile at 8 the next morning late?",
        "is emailing the plant manager the same evening too eager?",
        "would that have been early",
    ],
)
def test_a_fault_named_after_a_longer_subject_is_a_fault_question(question: str) -> None:
    from coach.chat.yes_no import asked

    found = asked(question)
    assert found is not None and found.frame == "fault"
