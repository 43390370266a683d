"""Two ways a question was misread: a day asked about in a message with no question mark (or
asked with "do I ... on <day>") was not seen as asked, so the verdict said "wait until" that
very day; and a topic the articles do not cover that is only the occasion of the question
("we got the offer, should I still send the thank-you?") made the whole question out of scope."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.asked import asked_day
from coach.chat.scope import uncovered
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # decision by Fri 27 Nov 2026
EST = dt.timezone(dt.timedelta(hours=-5))
THURSDAY = dt.datetime(2026, 11, 26, 18, 0, tzinfo=EST)


def test_a_day_asked_without_a_question_mark_is_judged_as_asked() -> None:
    answer = ask("is monday 30th alright for my check in", NOTES, now=THURSDAY).answer
    assert answer.startswith("Yes") and "Monday 30 November" in answer.split(".")[0]


def test_do_i_with_a_day_asks_whether_that_day_will_do() -> None:
    answer = ask("so do i email sarah on monday the 30th?", NOTES, now=THURSDAY).answer
    assert answer.startswith("Yes") and "wait until" not in answer.split(".")[0]


def test_a_day_too_early_is_still_a_no() -> None:
    answer = ask("is friday 27th ok to check in", NOTES, now=THURSDAY).answer
    assert answer.startswith("No") and "Monday 30 November" in answer


def test_a_choice_between_now_and_later_names_no_single_day() -> None:
    clauses = ["do I send it today or wait till friday the 27th?"]
    assert asked_day(clauses, THURSDAY.date(), [False]) is None


def test_an_offer_mentioned_as_the_occasion_keeps_the_question_in_scope() -> None:
    assert uncovered("got the offer this morning! should I still send my thank-you?") is None
    assert uncovered("no written offer yet. when can I chase them about it") is None
    assert uncovered("is it Mcdonald or McDonald? the offer letter spells it oddly") is None


def test_an_offer_that_is_the_question_stays_out_of_scope() -> None:
    assert uncovered("they made me an offer, how do I accept it gracefully") == "job offers"
    assert uncovered("we got an offer! how much more should I ask for") == "job offers"
    assert (
        uncovered("the offer letter gives me till Monday. can I ask for more time to think?")
        == "job offers"
    )


def test_two_alternatives_are_answered_by_the_one_that_is_true() -> None:
    friday = dt.datetime(2026, 11, 21, 16, 0, tzinfo=EST)  # past 24 hours, inside the 2 days
    answer = ask("can i still send one to michael or is it too late", NOTES, now=friday).answer
    assert answer.startswith("Yes, you can still send it")
    assert ask("is it too late to thank michael?", NOTES, now=friday).answer.startswith("No")
