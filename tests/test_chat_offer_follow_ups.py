"""At the offer stage: a written offer the notes say will come by a day is chased as a check-in
(not before the day after, spaced like any other, and not out of scope); a thank-you never sent
is still the question, and past its limit "still worth it?" is answered no."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.models import HistoryEntry, Notes, Timeline
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent


def _notes(*sent: HistoryEntry) -> Notes:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    paper = Timeline(
        said="The contract should reach you by Friday 4 December.", decision_by=dt.date(2026, 12, 4)
    )
    return notes.model_copy(update={"stage": "offer", "timeline": paper, "history": list(sent)})


def _at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_ringing_on_the_day_the_paperwork_is_due_is_early() -> None:
    answer = ask("could I ring Sarah on the 4th if nothing has arrived?", _notes(), now=_at(1))
    assert answer.answer.startswith("No") and "Monday 7 December" in answer.answer


def test_a_chase_about_the_contract_is_spaced_like_any_follow_up() -> None:
    chased = HistoryEntry.model_validate(
        {
            "kind": "check_in",
            "channel": "email",
            "to": "Sarah Chen",
            "sent_at": "2026-12-07T10:00:00-05:00",
        }
    )
    answer = ask(
        "I asked Sarah about the written offer on the 7th and heard nothing. when can I try again?",
        _notes(chased),
        now=_at(9),
    )
    assert answer.in_scope
    assert "Monday 14 December" in answer.answer


def test_a_thank_you_never_sent_is_the_question_after_an_offer() -> None:
    thanked = HistoryEntry.model_validate(
        {
            "kind": "thank_you",
            "channel": "email",
            "to": "Sarah Chen",
            "sent_at": "2026-11-20T18:00:00-05:00",
        }
    )
    notes = _notes(thanked)
    answer = ask(
        "it's been days and I never sent Michael anything. is it worth it?", notes, now=_at(1)
    )
    assert answer.answer.startswith("No")
    assert "timing-thank-you-late" in answer.rules
    late = ask("I never thanked Michael. is it too late now?", notes, now=_at(1))
    # past the 2-day limit a thank-you is an error: not worth sending on its own
    assert late.answer.startswith("No, not on its own") and "limit" in late.answer


def test_an_offer_said_in_other_words_is_read_as_the_offer_stage() -> None:
    from coach.chat.phrases import OFFER

    for said in (
        "the director just made me an offer over the phone",
        "HR called me back with an offer this morning",
        "I got the job!!",
    ):
        assert OFFER.search(said), said
    for said in ("they made me an interview slot", "did I get the job?"):
        assert OFFER.search(said) is None, said


def test_with_an_offer_stated_there_is_no_check_in_to_send() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    answer = ask(
        "they made me an offer on a call today, do I still send the check-in I had planned?",
        notes,
        now=_at(2),
    ).answer
    assert "nothing to chase" in answer and "you have an offer" in answer
