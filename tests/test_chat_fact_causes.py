"""Facts the chat states, read the way the user put them: an interviewer by the short form the
notes list ("Benny's thank-you"), a judgement after "or" ("today or still too early"), a time
set before the offer came, a supposed timeline that keeps one date ("if she had only said the
20th"), and a regional holiday named without its last word ("Tuesday was Melbourne Cup")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import ask
from coach.chat.names import aliases_named
from coach.chat.own_holidays import stated_days_off
from coach.chat.supposed import supposition
from coach.chat.yes_no import asked
from coach.readers import load_notes

ZONE = dt.timezone(dt.timedelta(hours=10))
NOTES = """
candidate: {name: Tomasz Wierzbicki}
company: {name: Kestrel Ridge Apiaries}
role: Hive Logistics Lead
interview: {start: 2026-05-05T09:00:00+10:00, end: 2026-05-05T10:00:00+10:00}
interviewers:
  - {name: Benedikt Sauerwald, honorific: Mr., title: Operations Manager, aliases: [Benny]}
  - {name: Oluwaseun Adeyemi, honorific: Dr., title: Head of Research}
timeline: {decision_by: 2026-05-14}
country: AU
stage: offer
history:
  - {kind: thank_you, channel: email, to: Oluwaseun Adeyemi, sent_at: 2026-05-05T19:00:00+10:00}
  - {kind: thank_you, channel: email, to: Benedikt Sauerwald, sent_at: 2026-05-06T13:15:00+10:00}
"""


@pytest.fixture
def notes(tmp_path: Path):
    path = tmp_path / "kestrel.yaml"
    path.write_text(NOTES, "utf-8")
    return load_notes(path)


def test_a_listed_short_form_is_read_as_the_person(notes) -> None:
    text = aliases_named("benny's note went at 1:15pm", notes.interviewers)
    assert text.startswith("Benedikt Sauerwald's note")
    assert aliases_named("bennyhana", notes.interviewers) == "bennyhana"


def test_the_thank_you_judged_is_the_one_to_the_short_form_named(notes) -> None:
    now = dt.datetime(2026, 5, 20, 9, tzinfo=ZONE)
    answer = ask("benny's thank you went the next day at 1:15pm. too late?", notes, now=now)
    lead = answer.answer.split("\n\n")[0]
    assert "Benedikt Sauerwald" in lead and "7 May" in lead  # the 2-day limit, not the target


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("can i email her today or still too early", "ok"),
        ("ok to ring on the 12th or already too late", "ok"),
        ("is the 12th too early", "fault"),
    ],
)
def test_the_first_alternative_sets_the_frame(question: str, frame: str) -> None:
    found = asked(question)
    assert found is not None and found.frame == frame


@pytest.mark.parametrize(
    "question",
    [
        "(this was before the offer) can i email benny on the 14th",
        "what if the offer hadn't come: when would i check in",
        "if the no had never arrived, when could i have followed up",
    ],
)
def test_news_supposed_away_is_the_plan_while_waiting(question: str) -> None:
    assert supposition(question).stage


def test_news_after_the_offer_is_final_is_no_supposition() -> None:
    assert not supposition("they want references before the offer is final").stage


def test_before_the_offer_a_check_in_on_the_decision_day_is_early(notes) -> None:
    now = dt.datetime(2026, 5, 14, 12, tzinfo=ZONE)
    lead = ask("(this was before the offer) can i email benny today", notes, now=now).answer
    assert lead.startswith("No") and "15 May" in lead.split("\n\n")[0]


def test_their_date_supposed_away_after_an_offer_gives_the_date_then(notes) -> None:
    now = dt.datetime(2026, 5, 20, 9, tzinfo=ZONE)
    question = "if they hadn't given a date at all, when would my first check in have been?"
    answer = ask(question, notes, now=now).answer
    assert "nothing to chase" not in answer and "12 May" in answer.split("\n\n")[0]


def test_a_timeline_supposed_to_one_date_keeps_that_date(notes) -> None:
    now = dt.datetime(2026, 5, 20, 9, tzinfo=ZONE)
    question = "say they had not named a day and just said they'd decide by may 19. first check in?"
    lead = ask(question, notes, now=now).answer.split("\n\n")[0]
    assert "20 May" in lead


def test_a_regional_day_named_without_day_is_a_day_off() -> None:
    # Melbourne Cup Day is Victoria's, on the first Tuesday of November
    assert stated_days_off("that tuesday was melbourne cup", dt.date(2026, 10, 30), "AU") == [
        dt.date(2026, 11, 3)
    ]


def test_a_day_named_with_its_closure_is_a_day_off() -> None:
    text = "the 3rd is lighthouse day and everything here shuts"
    said = stated_days_off(text, dt.date(2026, 6, 1))
    assert said == [dt.date(2026, 6, 3)]
    assert stated_days_off("the 3rd is decision day", dt.date(2026, 6, 1)) == []


HOLIDAY_NOTES = """
candidate: {name: Ingrid Solheim}
company: {name: Tamarind Freight}
role: Customs Broker
interview: {start: 2026-09-21T09:00:00+02:00, end: 2026-09-21T10:00:00+02:00}
interviewers:
  - {name: Lindiwe Mokoena, honorific: Dr., title: Compliance Lead}
country: ZA
stage: interviewed
"""


@pytest.fixture
def holiday_notes(tmp_path: Path):
    path = tmp_path / "tamarind.yaml"
    path.write_text(HOLIDAY_NOTES, "utf-8")
    return load_notes(path)


def test_sending_on_a_holiday_inside_the_wait_is_a_no(holiday_notes) -> None:
    # Heritage Day, Thursday 24 September, is inside the 5 business days after the 21st
    now = dt.datetime(2026, 9, 23, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    lead = ask("ok to email lindiwe my check in on heritage day?", holiday_notes, now=now).answer
    assert lead.startswith("No") and "29 September" in lead.split("\n\n")[0]


def test_whether_the_holiday_moves_the_check_in_keeps_its_yes(holiday_notes) -> None:
    now = dt.datetime(2026, 9, 23, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    question = "does heritage day change when i can check in with lindiwe?"
    assert ask(question, holiday_notes, now=now).answer.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("do i write dr mokoena or lindiwe?", "Either 'Dear Dr. Mokoena'"),
        ("can i leave off the Dr and just put Dear Lindiwe", "Yes: either 'Dear Dr. Mokoena'"),
    ],
)
def test_a_title_kept_or_dropped_gives_both_forms(holiday_notes, question: str, start: str):
    now = dt.datetime(2026, 9, 21, 18, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert ask(question, holiday_notes, now=now).answer.startswith(start)


def test_a_sent_check_in_named_by_its_day_is_judged(tmp_path: Path) -> None:
    path = tmp_path / "fenwick.yaml"
    path.write_text(
        """
candidate: {name: Aurelio Bassani}
company: {name: Fenwick Tidal Energy}
role: Site Surveyor
interview: {start: 2026-10-05T09:00:00+01:00, end: 2026-10-05T10:00:00+01:00}
interviewers:
  - {name: Morwenna Trelawny, honorific: Ms., title: Survey Lead}
timeline: {decision_by: 2026-10-08}
country: GB
stage: awaiting_decision
history:
  - {kind: check_in, channel: email, to: Morwenna Trelawny, sent_at: 2026-10-09T09:00:00+01:00}
""",
        "utf-8",
    )
    now = dt.datetime(2026, 10, 12, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    lead = ask("was friday 9th too early for my first check in?", load_notes(path), now=now).answer
    assert lead.startswith("No, it was on time") and "9 October" in lead


def test_without_notes_a_check_in_after_a_stated_interview_is_judged() -> None:
    now = dt.datetime(2026, 10, 12, 9, tzinfo=dt.UTC)
    question = (
        "interview was mon 5 oct, no date given. i emailed to check in on thu the 8th, was that ok?"
    )
    lead = ask(question, None, now=now).answer
    assert lead.startswith("No, it was early") and "12 October" in lead


def test_a_holiday_after_their_decision_date_is_no_reason_to_wait(tmp_path: Path) -> None:
    path = tmp_path / "tamarind2.yaml"
    path.write_text(HOLIDAY_NOTES.replace("stage:", "timeline: {decision_by: 2026-09-23}\nstage:"))
    now = dt.datetime(2026, 9, 23, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    answer = ask("ok to email lindiwe my check in on heritage day?", load_notes(path), now=now)
    assert not answer.answer.startswith("No")
