"""Saying the verdict: a yes/no question is recognised by its structure and its frame ("may
I?", "is that a fault?", "do I need to?"), and the answer leads with a yes or no for the thing
asked: a practice the sources judge, the plan's lead, or the guide entry's own stance."""

from __future__ import annotations

import datetime as dt

from coach.chat import ask
from coach.chat.practices import load_practices
from coach.chat.yes_no import asked, lateness, verdict_first, worded
from coach.readers import notes_from_data
from coach.rulebook import load_rules


def test_frames_come_from_the_questions_structure() -> None:
    assert asked("is it alright if I email her on Monday?").frame == "ok"  # type: ignore[union-attr]
    assert asked("I wrote 'cheers' at the end. does that matter").frame == "fault"  # type: ignore[union-attr]
    assert asked("do I really need a subject line on a text?").frame == "need"  # type: ignore[union-attr]
    assert asked("when should I write to them?") is None
    # the first alternative sets the frame: a "should I?" with a worry after it
    assert asked("could I mention my portfolio, or is that too much").frame == "ok"  # type: ignore[union-attr]
    assert asked("heard nothing for weeks. what now, write again?") is not None  # elliptical
    assert asked("who gets the last one, Ana or Raj?") is None  # alternatives of a wh-question


def test_the_word_follows_the_frame() -> None:
    assert worded("ok", True) == "Yes" and worded("ok", False) == "No"
    assert worded("fault", True) == "No" and worded("fault", False) == "Yes"
    assert worded("need", True, optional=True) == "No, not required"
    assert lateness("fault", True, "too late to thank him") == "No, not too late."
    assert lateness("ok", False, "still worth sending") == "No, it is late now."


def test_a_plan_lead_without_a_verdict_gets_one() -> None:
    lead = "Send your thank-you to Ana Ruiz by Friday 3 April, 10:00."
    assert verdict_first(lead, "", "is it still fine to send it today?").startswith("Yes, still")
    assert verdict_first(lead, "", "how do I word it?") == lead  # no yes/no asked: unchanged
    late = "Your thank-you is past the limit, so it will read as late."
    assert verdict_first(late, "", "have I blown it?").startswith("Yes, it is late")


def test_an_entrys_optional_practice_is_not_required() -> None:
    body = "Optional, not required. An email is usually enough."
    assert verdict_first("", body, "must I post a card too?") == "No, not required."


def test_every_practice_names_known_rules_and_sources() -> None:
    rules = load_rules()
    for practice in load_practices():
        assert all(r in rules for r in practice.rules), practice.id
        assert practice.sources


def _notes() -> object:
    return notes_from_data(
        {
            "candidate": {"name": "Ana Lima"},
            "company": {"name": "Harbour Tiles"},
            "role": "Estimator",
            "interview": {"start": "2026-05-04T10:00:00+01:00", "end": "2026-05-04T11:00:00+01:00"},
            "interviewers": [{"name": "Rhian Price"}, {"name": "Owen Lloyd"}],
            "stage": "interviewed",
        },
        "test",
    )


def test_a_practice_the_articles_warn_against_is_a_no() -> None:
    now = dt.datetime(2026, 5, 4, 18, tzinfo=dt.UTC)
    doc = ask(
        "Rhian's note is done. may I reuse it for Owen with his name swapped?", _notes(), None, now
    )  # type: ignore[arg-type]
    assert doc.answer.startswith("No") and "duplicate-across-interviewers" in doc.rules


def test_a_posted_card_in_place_of_the_email_is_a_no() -> None:
    now = dt.datetime(2026, 5, 4, 18, tzinfo=dt.UTC)
    doc = ask("could a handwritten card go instead of the thank-you email?", _notes(), None, now)  # type: ignore[arg-type]
    assert doc.answer.startswith("No")


def test_in_time_is_a_yes_and_too_late_is_turned_round() -> None:
    now = dt.datetime(2026, 5, 5, 8, tzinfo=dt.UTC)
    assert ask("is it still ok to thank Owen this morning?", _notes(), None, now).answer.startswith(
        "Yes"
    )  # type: ignore[arg-type]
    assert ask("too late to thank Owen now?", _notes(), None, now).answer.startswith("No")  # type: ignore[arg-type]
