"""What a question names and asks, read in ways no test set foresaw: the kind of message apart
from the occasion it goes on, a choice that is no yes-or-no question, and applying elsewhere
apart from applying again to the same employer."""

from __future__ import annotations

import pytest

from coach.chat import ask
from coach.chat.kinds import kind_in
from coach.models import Kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("linkedin connection note for saoirse (after the rejection) - ok?", Kind.linkedin_note),
        ("a thank-you card since the final round", Kind.handwritten_note),
        ("my reply to the rejection, ok?", Kind.rejection_reply),
        ("what do I send after the rejection?", Kind.rejection_reply),
        ("is this final check-in ok?", Kind.final_follow_up),
    ],
)
def test_the_occasion_does_not_name_the_message(text: str, kind: Kind) -> None:
    assert kind_in(text) == kind


def test_a_choice_of_channel_is_not_answered_yes() -> None:
    doc = ask("Is it better to ring them or email them when there's been no news?")
    assert doc.answer.startswith("Either works")
    assert ("001", "Call or email if the employer doesn't get back to you") in {
        (c.article, c.section) for c in doc.citations
    }


@pytest.mark.parametrize(
    ("question", "in_scope"),
    [
        ("is it bad to keep interviewing at other companies while I wait?", True),
        ("can I apply for another position at the same company in a few months?", False),
    ],
)
def test_applying_elsewhere_is_not_applying_again(question: str, in_scope: bool) -> None:
    doc = ask(question)
    assert doc.in_scope is in_scope
    if in_scope:
        assert doc.answer.startswith("Yes") or "isn't" in doc.answer.split(".")[0]


def test_a_second_platform_on_the_day_of_a_check_in() -> None:
    import datetime as dt
    from pathlib import Path

    from coach.models import Channel, HistoryEntry
    from coach.readers import load_notes

    notes = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
    zone = dt.timezone(dt.timedelta(hours=-5))
    went = HistoryEntry(
        kind=Kind.check_in,
        channel=Channel.email,
        to="Sarah Chen",
        sent_at=dt.datetime(2026, 11, 30, 9, 0, tzinfo=zone),
    )
    notes = notes.model_copy(update={"history": [*notes.history, went]})
    now = dt.datetime(2026, 11, 30, 17, 0, tzinfo=zone)
    doc = ask("thinking to also send Sarah a LinkedIn message tonight, good idea?", notes, now=now)
    assert doc.answer.startswith("No: you already wrote to them today")
    assert "channel-multiple-same-day" in doc.rules
    later = ask("can I also ring Sarah tomorrow?", notes, now=now)  # not the same day
    assert not later.answer.startswith("No: you already wrote to them today")


def _acme_with_check_in(day: int):  # type: ignore[no-untyped-def]
    import datetime as dt
    from pathlib import Path

    from coach.models import Channel, HistoryEntry
    from coach.readers import load_notes

    notes = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
    zone = dt.timezone(dt.timedelta(hours=-5))
    went = HistoryEntry(
        kind=Kind.check_in,
        channel=Channel.email,
        to="Sarah Chen",
        sent_at=dt.datetime(2026, 11, day, 9, 0, tzinfo=zone),
    )
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=zone)
    return notes.model_copy(update={"history": [*notes.history, went]}), now


def test_a_wait_before_anyone_chases_counts_business_days() -> None:
    import datetime as dt

    from coach.chat.facts import extract

    said = extract("HR said they want 10 working days before anyone chases", dt.date(2026, 12, 4))
    assert said.wait_business_days == 10 and said.wait_days is not None


@pytest.mark.parametrize(
    ("day", "question", "lead"),
    [
        (25, "did I jump the gun with my check-in?", "Yes, it was early: the first right day "
         "was Monday 30 November"),
        (30, "was my check-in on 30 Nov too early?", "No, it was on time: Monday 30 November"),
        (30, "looking back, should I have waited longer?", "No, it was on time"),
    ],
)  # fmt: skip
def test_a_follow_up_already_sent_is_judged_on_its_day(day: int, question: str, lead: str) -> None:
    notes, now = _acme_with_check_in(day)
    assert ask(question, notes, now=now).answer.startswith(lead)


def test_a_thank_you_that_promises_material_is_a_thank_you() -> None:
    import datetime as dt
    from pathlib import Path

    from coach.readers import load_notes

    notes = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
    now = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    draft = (
        "ok to send?\n\nSubject: Thank you for today's interview\n\nDear Sarah,\n\nThank you for "
        "meeting me today. I enjoyed our talk about moving the dashboards from Tableau to Looker. "
        "I remain very interested in the Data Analyst role. As promised, I'll send you my SQL "
        "sample tomorrow morning.\n\nBest regards,\nPriya Raman"
    )
    doc = ask(draft, notes, now=now)
    assert "Send follow-up material when requested" not in {c.section for c in doc.citations}


def test_a_greeting_by_a_listed_alias_is_said_to_be_fine() -> None:
    from coach.chat.names import alias_greeted
    from coach.models import Interviewer

    dai = Interviewer(name="Dafydd ap Iorwerth", aliases=["Dai"])
    assert "'Dai' is fine" in alias_greeted("Dear Dai,", [dai])
    assert alias_greeted("Dear Dafydd,", [dai]) == ""
