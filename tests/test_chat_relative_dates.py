"""Relative dates a user gives are written out as the dates they name before any fact is read:
"the 6th of next month", "4 working days from now", "within a fortnight of the interview",
"next wed week", "end of the week (thu 11th)". Our own wording, on the Bluegum notes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from coach.chat import ask
from coach.chat.dates import first_date
from coach.chat.facts import extract
from coach.chat.relative import absolute_dates
from coach.chat.said_on import spoken_on
from coach.chat.unread import unread

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402

WED_20_JAN = dt.date(2027, 1, 20)


def test_a_day_of_next_month_is_that_date() -> None:
    said = absolute_dates("they will ring the 9th of next month", WED_20_JAN)
    assert said == "they will ring on Tuesday 9 February 2027"
    assert absolute_dates("no word until the 9th of next month", WED_20_JAN).endswith(
        "until Tuesday 9 February 2027"
    )


def test_a_day_of_next_month_in_december_is_in_january() -> None:
    assert "January 2028" in absolute_dates("the 4th of next month", dt.date(2027, 12, 10))


def test_working_days_from_now_skip_the_countrys_holidays() -> None:
    # Friday 2 July 2027: Monday 5 July is the US Independence Day holiday (4 July is a Sunday)
    said = absolute_dates("2 business days from now", dt.date(2027, 7, 2), country="US")
    assert said == "on Wednesday 7 July 2027"


def test_within_a_span_of_the_interview_is_a_date_to_be_done_by() -> None:
    said = absolute_dates("decided within a fortnight of the interview", WED_20_JAN, WED_20_JAN)
    assert said == "decided by Wednesday 3 February 2027"
    # without an interview day the words stay as they were
    assert absolute_dates("within a fortnight of the interview", WED_20_JAN) == (
        "within a fortnight of the interview"
    )


def test_a_wait_counted_from_a_day_is_a_wait_until_it() -> None:
    said = absolute_dates("leave it ten days from today then email", WED_20_JAN)
    assert said == "leave it until Saturday 30 January 2027 then email"


def test_a_bracketed_date_names_the_day_the_words_meant() -> None:
    said = absolute_dates("decide by the end of the week (thu 11th).", dt.date(2027, 3, 15))
    assert said == "decide by thu 11th."


def test_weekday_week_with_next_is_a_week_after_the_coming_one() -> None:
    assert first_date("next wed week", dt.date(2027, 3, 4)) == dt.date(2027, 3, 17)


def test_what_they_are_saying_now_counts_from_today() -> None:
    assert spoken_on("Odette's saying it will be Friday now", at(10).date()) == at(10).date()
    assert spoken_on("they are now saying two weeks", at(10).date()) == at(10).date()


def test_an_answer_not_before_a_day_is_their_decision_date() -> None:
    facts = extract("they won't give an answer until the 6th of next month", at(10).date())
    assert facts.decision_by == dt.date(2027, 4, 6)


def test_these_words_are_not_named_as_unread() -> None:
    assert unread("the 6th of next month") == []
    assert unread("3 working days from now") == []


def test_a_new_decision_date_next_month_moves_the_check_in(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    reply = ask("Odette's now saying the 6th of next month for a decision. earliest check-in?",
                notes, None, at(10))  # fmt: skip
    assert "7 April" in reply.answer.split("\n")[0]


def test_an_invitation_to_give_them_a_ring_is_a_contact_day(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    facts = extract("Odette said give me a ring on the 12th", at(5).date(), ["Odette Marr"])
    assert facts.contact_on == dt.date(2027, 3, 12)
    reply = ask("Odette said give me a ring on the 12th. can I call then?", notes, None, at(5))
    assert reply.answer.startswith("Yes")


def test_my_own_wait_counted_from_now_is_the_day_i_ask_about(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    facts = extract("if I wait 4 working days from now before checking in, ok?", at(10).date())
    assert facts.no_contact_before is None
    reply = ask("if I wait 4 working days from now before checking in is that ok?", notes,
                None, at(10))  # fmt: skip
    assert reply.answer.startswith("Yes") and "16 March" in reply.answer.split("\n")[0]
