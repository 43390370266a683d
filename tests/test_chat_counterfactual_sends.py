"""A send supposed in the past ("if I'd emailed on the 27th", "could I have sent the second one
on the 2nd?", "the latest I could have thanked them") is judged against the record as it stood
then, and never recorded as sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.counterfactual import supposed_send
from coach.models import HistoryEntry, Notes
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
EST = dt.timezone(dt.timedelta(hours=-5))
LATER = dt.datetime(2026, 12, 10, 11, tzinfo=EST)


def _sent(day: int, month: int = 12) -> HistoryEntry:
    return HistoryEntry.model_validate(
        {
            "kind": "check_in",
            "channel": "email",
            "to": "Sarah Chen",
            "sent_at": f"2026-{month:02d}-{day:02d}T10:00:00-05:00",
        }
    )


def _notes(*sent: HistoryEntry) -> Notes:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    return notes.model_copy(update={"history": list(sent)})


def test_a_supposed_first_check_in_on_the_decision_day_was_early_and_is_not_recorded() -> None:
    answer = ask(
        "If I'd emailed Sarah on the 27th, would that have been alright?", _notes(), now=LATER
    )
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("No") and "Monday 30 November" in lead
    assert answer.record == []
    assert "timing-check-in-early" in answer.rules


def test_a_supposed_second_follow_up_is_judged_by_the_gap_after_the_first() -> None:
    notes = _notes(_sent(30, 11), _sent(7))
    answer = ask(
        "in hindsight could I have sent my second nudge on Wednesday 2 December instead?",
        notes,
        now=LATER,
    )
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("No") and "Monday 7 December" in lead
    assert "you have sent 2" not in answer.answer


def test_a_supposed_send_of_promised_material_after_the_hour_was_late() -> None:
    answer = ask(
        "if I had sent the references at 9:45 on the 21st would it still have been on time?",
        _notes(),
        now=LATER,
    )
    assert answer.answer.startswith("No") and "09:00" in answer.answer
    assert "timing-materials-late" in answer.rules


def test_the_latest_thank_you_that_counted_gives_the_target_and_the_limit() -> None:
    answer = ask("what's the latest I could have sent my thank-you to Sarah?", _notes(), now=LATER)
    lead = answer.answer.split("\n")[0]
    assert "Saturday 21 November, 15:00" in lead and "Sunday 22 November, 15:00" in lead


def test_without_notes_the_weekdays_say_whether_a_thank_you_was_late() -> None:
    late = ask("if I'd sent my thank you on the Thursday after a Tuesday interview, ok?").answer
    prompt = ask("if I'd sent the thank-you on the wednesday after a tuesday interview, ok?").answer
    assert late.startswith("No") and "2 days" in late
    assert prompt.startswith("Yes")


def test_a_first_check_in_supposed_without_their_date_ignores_later_sends() -> None:
    notes = _notes(_sent(30, 11), _sent(7))
    answer = ask(
        "say they hadn't given a date, when would my first check-in have been allowed?",
        notes,
        now=LATER,
    )
    assert answer.answer.startswith("From Monday 30 November")


def test_a_real_send_is_not_a_supposed_one() -> None:
    assert not supposed_send("I sent it on the 13th, was that too early?")
    assert not supposed_send("if she doesn't pick up, can I call again?")
    assert supposed_send("had I phoned on the Monday, would that have counted?")
    assert supposed_send("what's the latest I could've sent it?")


def test_when_the_last_follow_up_would_have_been_due_counts_from_the_first() -> None:
    """'the last follow-up' or 'my 2nd (and final) one', asked in a later sentence, is the one
    after the first: 5 business days after it, not the first check-in's own day."""
    notes = _notes(_sent(30, 11))
    for question in (
        "she never answered my email. supposing they'd said nothing, when would the last "
        "follow-up have been due?",
        "when would my 2nd (and final) check-in have been due after that one?",
    ):
        lead = ask(question, notes, now=LATER).answer.split("\n")[0]
        assert "Monday 7 December" in lead and "Monday 30 November" in lead, (question, lead)
