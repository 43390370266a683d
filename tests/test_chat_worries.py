"""A worry the question voices names the rule it is about, and two channels said for one day
name the several-platforms rule and section, whichever topic answers the rest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.channels import channels_at_once
from coach.chat.facts import extract
from coach.chat.worries import worried_rules
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
LATER = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_worry_words_map_to_their_rules() -> None:
    assert worried_rules("I don't want to sound pushy or clingy") == [
        "tone-demanding",
        "tone-desperate",
    ]
    assert worried_rules("without it reading like I think they forgot about me") == [
        "tone-passive-aggressive"
    ]
    assert worried_rules("so it isn't accusing anyone") == ["tone-accusatory"]
    assert worried_rules("when should I check in?") == []


def test_a_content_answer_names_the_worry_rule() -> None:
    a = ask("what do I put in my status email so I don't come across as needy?", NOTES, now=LATER)
    assert "tone-desperate" in a.rules and "tone-desperate" in a.answer


def test_that_afternoon_puts_two_channels_on_one_day() -> None:
    assert channels_at_once("can I call him on Monday, and email her that afternoon?")
    assert channels_at_once(
        "I will email her this morning. can I ring the office this afternoon too?"
    )
    assert not channels_at_once("I emailed on Friday. Can I call her today as well?")


def test_a_call_question_with_an_email_the_same_day_cites_both_topics() -> None:
    a = ask(
        "is it ok to ring her on the 4th, and email the recruiter that afternoon?", NOTES, now=LATER
    )
    assert "channel-multiple-same-day" in a.rules
    assert any(c.section.startswith("FAQ 4") for c in a.citations)


def test_an_email_this_morning_is_read_as_sent_today() -> None:
    facts = extract(
        "emailed Sarah this morning, no answer",
        dt.date(2026, 12, 3),
        ["Sarah Chen"],
        dt.date(2026, 11, 20),
        None,
    )
    assert [s.day for s in facts.sent] == [dt.date(2026, 12, 3)]


def test_words_to_say_that_nothing_else_fits_are_judged_not_called_uncovered() -> None:
    q = "in my reply can I say that I'd still love to work with the team on the dashboards?"
    a = ask(q, NOTES, now=LATER)
    assert a.in_scope and a.answer.startswith("Yes, you can say that")
    assert "No findings" not in a.answer and a.citations
