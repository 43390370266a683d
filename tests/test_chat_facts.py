"""Facts read from the chat: durations, dates, sent messages, a rejection, names; and how they
carry across a conversation and lay over the notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.chat import Turn, conversation_facts
from coach.chat.context import situate, stopped
from coach.chat.facts import Facts, extract
from coach.models import Kind, Notes, Stage
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 4)  # a Friday
NAMES = ["Sarah Chen", "Michael O'Brien"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("It's been 8 days since my interview and no reply", 8),
        ("it has been two weeks since the interview", 14),
        ("a week has passed since I interviewed", 7),
        ("three days ago I had the interview and it's been quiet, 3 days since", 3),
    ],
)
def test_durations_since_the_interview(text: str, days: int) -> None:
    assert extract(text, TODAY).days_since_interview == days


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        (
            "they asked me not to get in touch before Monday 11 January",
            "no_contact_before",
            dt.date(2027, 1, 11),
        ),
        ("Please don't contact us until 14 Dec", "no_contact_before", dt.date(2026, 12, 14)),
        ("They said they'd decide by Friday 11 December", "decision_by", dt.date(2026, 12, 11)),
        ("She told me to call her on 9 December", "contact_on", dt.date(2026, 12, 9)),
        ("My interview was on 1 December", "interview_day", dt.date(2026, 12, 1)),
    ],
)
def test_dates_the_user_was_given(text: str, key: str, day: dt.date) -> None:
    assert getattr(extract(text, TODAY), key) == day


def test_they_said_to_wait_and_what_was_sent() -> None:
    assert extract("they said to wait two weeks", TODAY).wait_days == 14
    sent = extract("I already sent a thank-you on Monday", TODAY).sent
    assert [(s.kind, s.day) for s in sent] == [(Kind.thank_you, dt.date(2026, 11, 30))]
    final = extract("I sent a final follow-up on 27 Nov too… one more?", TODAY).sent
    assert [(s.kind, s.day) for s in final] == [(Kind.final_follow_up, dt.date(2026, 11, 27))]
    assert extract("Should I send a check-in on Monday?", TODAY).sent == []


def test_rejection_offer_and_names() -> None:
    assert extract("They rejected me yesterday", TODAY).stage == Stage.rejected
    assert extract("They went with another candidate", TODAY).stage == Stage.rejected
    assert extract("I got an offer!", TODAY).stage == Stage.offer
    facts = extract("Can I connect with Michael on LinkedIn?", TODAY, NAMES)
    assert facts.names[0] == "Michael O'Brien"
    assert extract("What should I ask?", TODAY).empty


def test_facts_carry_across_turns_and_later_ones_win() -> None:
    history = [
        Turn(role="user", content="They asked me not to get in touch before 14 December."),
        Turn(role="assistant", content="Noted."),
        Turn(role="user", content="Is this OK?\n\nDear Sarah, it's been 30 days, please reply."),
    ]
    facts, own = conversation_facts(history, "Actually, not before 16 December.", TODAY, NAMES)
    assert facts.no_contact_before == dt.date(2026, 12, 16) and own.no_contact_before
    assert facts.days_since_interview is None  # a pasted draft is not read for facts
    carried, own = conversation_facts(history, "When can I write?", TODAY, NAMES)
    assert carried.no_contact_before == dt.date(2026, 12, 14) and own == Facts()


def test_facts_override_the_notes_and_are_offered_for_recording() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    now = dt.datetime(2026, 11, 22, 11, tzinfo=notes.interview.zone)
    facts = extract("not before Monday 11 January; I sent a thank-you on 20 Nov", now.date())
    s = situate(notes, facts, now, now_given=True)
    assert s.notes is not None and s.notes.timeline.no_contact_before == dt.date(2027, 1, 11)
    assert s.notes.timeline.decision_by is None  # the user's words replace the notes' timeline
    assert [e.kind for e in s.history] == [Kind.thank_you]
    assert "timeline.no_contact_before: 2027-01-11" in s.record
    late = situate(notes, extract("it's been 8 days", now.date()), now, now_given=False)
    assert late.now.date() == dt.date(2026, 11, 28)  # the notes' interview plus 8 days
    moved = situate(notes, extract("it's been 8 days", now.date()), now, now_given=True)
    assert moved.notes is not None and moved.notes.interview.start.date() == dt.date(2026, 11, 14)


def test_without_notes_a_stated_interview_date_is_enough_for_a_plan() -> None:
    now = dt.datetime(2026, 12, 9, 9, tzinfo=dt.UTC)
    s = situate(None, extract("I interviewed on Monday 7 December", now.date()), now, True)
    assert s.synthetic and s.plan is not None
    assert situate(None, Facts(), now, True).plan is None


def test_a_final_follow_up_ends_the_chasing() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    now = dt.datetime(2026, 12, 2, 9, tzinfo=notes.interview.zone)
    s = situate(notes, extract("I sent a final follow-up on 27 Nov", now.date()), now, True)
    assert stopped(s) == (True, 2)
    assert stopped(situate(notes, Facts(), now, True)) == (False, 0)


def test_today_day_of_month_twice_and_the_whole_panel() -> None:
    assert extract("Today is Dec 1, can I follow up now?", TODAY).today == dt.date(2026, 12, 1)
    thanked = extract("I already thanked both of them on the 20th", TODAY).sent
    assert [(s.kind, s.day, s.panel) for s in thanked] == [
        (Kind.thank_you, dt.date(2026, 11, 20), True)
    ]
    twice = extract("I've followed up twice already", TODAY).sent
    assert [s.kind for s in twice] == [Kind.check_in, Kind.final_follow_up]
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    now = dt.datetime(2026, 11, 24, 9, tzinfo=notes.interview.zone)
    s = situate(notes, extract("I thanked both of them on the 20th", now.date()), now, True)
    assert s.plan is not None
    assert all(i.status == "done" for i in s.plan.items if str(i.kind) == "thank_you")


# --- how people actually say dates, times and who they wrote to


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("they need until Thursday the 10th", dt.date(2026, 12, 10)),
        ("we should hear by Tuesday the 24th", dt.date(2026, 11, 24)),
        ("they want until Monday 14th now", dt.date(2026, 12, 14)),
    ],
)
def test_a_weekday_with_a_day_of_the_month_is_that_date(text: str, day: dt.date) -> None:
    assert extract(text, TODAY).decision_by == day


def test_a_fortnight_times_of_day_and_the_interview_hour() -> None:
    from coach.chat.dates import time_of

    assert extract("they said to wait a fortnight", TODAY).wait_days == 14
    assert time_of("around 4:30 pm") == dt.time(16, 30)
    assert time_of("at noon") == dt.time(12, 0)
    assert time_of("on Monday night") == dt.time(20, 0)
    said = extract("my interview was at 11am yesterday", TODAY)
    assert (said.interview_day, said.interview_at) == (dt.date(2026, 12, 3), dt.time(11, 0))
    s = situate(None, said, dt.datetime(2026, 12, 4, 9, tzinfo=dt.UTC), True)
    assert s.notes is not None and s.notes.interview.start.hour == 11


def test_a_wait_said_as_not_for_and_a_call_they_invited() -> None:
    wait = extract("She asked me not to email them for three weeks after the interview", TODAY)
    assert wait.wait_days == 21 and wait.days_since_interview is None
    call = extract("He asked me to phone him on Wednesday the 9th", TODAY)
    assert call.contact_on == dt.date(2026, 12, 9)


def test_asking_what_was_sent_and_describing_a_draft_are_not_sending() -> None:
    assert extract("Which of them did I send the thank-you to?", TODAY).sent == []
    assert extract("I wrote a check-in: see below", TODAY, drafted=True).sent == []
    assert extract("I wrote a check-in on Monday", TODAY).sent != []


def test_it_is_a_weekday_now_sets_the_day() -> None:
    assert extract("It's Tuesday now.", TODAY).today == dt.date(2026, 12, 1)
    assert extract("It's Tuesday the 8th they decide", TODAY).today is None


def test_interviewers_found_by_title_or_without_accents() -> None:
    from coach.chat.names import by_title

    titles = {"Sarah Chen": "Analytics Manager", "Michael O'Brien": "Head of Data Engineering"}
    assert by_title("what is the data engineering head called?", titles) == "Michael O'Brien"
    assert by_title("the analytics manager's email?", titles) == "Sarah Chen"
    assert by_title("the manager", titles) is None
    found = extract("is it Zoe or Zoë?", TODAY, ["Zoë Adams"])
    assert found.names[0] == "Zoë Adams"


def test_the_user_corrects_the_notes_history() -> None:
    data = load_notes(ROOT / "examples" / "acme.yaml").model_dump(mode="json")
    data["history"] = [
        {"kind": "thank_you", "to": "Sarah Chen", "sent_at": "2026-11-20T18:00:00-05:00"},
        {"kind": "thank_you", "to": "Michael O'Brien", "sent_at": "2026-11-20T18:05:00-05:00"},
    ]
    notes = Notes.model_validate(data)
    now = dt.datetime(2026, 11, 21, 9, tzinfo=notes.interview.zone)
    names = [p.name for p in notes.interviewers]
    said = extract("I only thanked Sarah on the 20th and forgot Michael", now.date(), names)
    assert [(u.kind, u.to) for u in said.unsent] == [(Kind.thank_you, "Michael O'Brien")]
    s = situate(notes, said, now, True)
    assert [(e.kind, e.to) for e in s.history] == [(Kind.thank_you, "Sarah Chen")]
    assert s.history[0].sent_at >= notes.interview.finished  # not before the interview ended


def test_a_promised_material_and_both_follow_ups_are_read() -> None:
    said = extract("the three references are not sent yet", TODAY, materials=["three references"])
    assert said.material == "three references"
    both = extract("I sent my thank-you and then 2 follow-ups, nothing back", TODAY).sent
    assert [s.kind for s in both] == [Kind.thank_you, Kind.check_in, Kind.final_follow_up]
    before = extract("On Monday I emailed a check-in", TODAY).sent
    assert [(s.kind, s.day) for s in before] == [(Kind.check_in, dt.date(2026, 11, 30))]


def test_without_notes_their_words_count_from_the_interview_the_message_gives() -> None:
    said = extract("They said they'd decide within a week. It's been 10 now.", TODAY)
    assert said.days_since_interview == 10  # "10" takes the unit said before it
    assert said.decision_by == dt.date(2026, 12, 1)  # a week after 24 November, not after today


def test_a_delay_a_call_back_and_a_hypothetical_are_read_apart() -> None:
    assert extract("They emailed: the process is delayed by two weeks", TODAY).delay_days == 14
    assert extract("She left a voicemail asking me to call her back", TODAY).contact_on == TODAY
    assert extract("What if I hear nothing by the 30th?", TODAY).decision_by is None
    assert extract("They said I'd hear by the 30th", TODAY).decision_by == dt.date(2026, 11, 30)
    notes = load_notes(ROOT / "examples" / "acme.yaml")  # they said: decide by 27 November
    now = dt.datetime(2026, 11, 24, 9, tzinfo=notes.interview.zone)
    s = situate(notes, extract("it's been pushed back a week", now.date()), now, True)
    assert s.notes is not None and s.notes.timeline.decision_by == dt.date(2026, 12, 4)


def test_last_night_todays_the_nth_and_let_me_know() -> None:
    sent = extract("I emailed my thank-you notes last night", TODAY).sent
    assert [(s.kind, s.day, s.at) for s in sent] == [
        (Kind.thank_you, dt.date(2026, 12, 3), dt.time(20))
    ]
    assert extract("Today's the 9th.", TODAY).today == dt.date(2026, 12, 9)
    said = extract("I interviewed on the 1st and they said they'd let me know in a week", TODAY)
    assert said.interview_day == dt.date(2026, 12, 1) and said.decision_by == dt.date(2026, 12, 8)
    assert extract("I called her Sara instead of Sarah", TODAY).sent == []  # not a phone call


def test_plural_messages_bare_day_numbers_and_days_over() -> None:
    two = extract("I've already sent two check-ins to Sarah.", TODAY)
    assert [s.kind for s in two.sent] == [Kind.check_in, Kind.final_follow_up]
    assert "you sent two follow-ups" in two.said
    day = extract("I mailed my thank-you on 20th evening", TODAY).sent
    assert [(s.day, s.at) for s in day] == [(dt.date(2026, 11, 20), dt.time(20))]
    assert extract("8 days over and no news", TODAY).days_since_interview == 8


def test_later_turns_count_from_the_interview_an_earlier_turn_gave_and_it_is_that_message() -> None:
    history = [
        Turn(role="user", content="My interview was on Monday 30 November."),
        Turn(role="assistant", content="Noted."),
        Turn(role="user", content="When is the thank-you due?"),
    ]
    facts, own = conversation_facts(
        history, "I sent it on Tuesday. They'll decide within a week.", TODAY, []
    )
    assert [(s.kind, s.day) for s in own.sent] == [(Kind.thank_you, dt.date(2026, 12, 1))]
    assert own.decision_by == dt.date(2026, 12, 7)  # a week after the interview, not after today


def test_more_ways_of_saying_no_and_an_interview_is_not_an_offer() -> None:
    for said in ("They picked someone else", "The role has been filled", "They hired an internal"):
        assert extract(said, TODAY).stage == Stage.rejected, said
    assert extract("They offered me a second interview", TODAY).stage is None


def test_they_need_another_week_counts_from_when_they_said_it() -> None:
    said = extract("She replied on Monday saying they need another week", TODAY)
    assert said.decision_by == dt.date(2026, 12, 7)  # Monday 30 November plus a week
    assert extract("they need another two weeks", TODAY).decision_by == dt.date(2026, 12, 18)


# --- how people say dates, and what else they paste in


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I emailed her the day before yesterday", dt.date(2026, 12, 2)),
        ("what about the day after tomorrow", dt.date(2026, 12, 6)),
        ("a week on Friday", dt.date(2026, 12, 18)),
        ("Friday week", dt.date(2026, 12, 18)),
        ("by the end of next week", dt.date(2026, 12, 11)),
    ],
)
def test_relative_days(text: str, day: dt.date) -> None:
    from coach.chat.dates import first_date

    assert first_date(text, TODAY) == day


def test_a_forwarded_message_is_read_for_what_they_said_not_checked() -> None:
    from coach.chat.intent import split_pasted

    text = (
        "What now?\n\n---------- Forwarded message ---------\n"
        "From: Michael O'Brien <m@acme.example>\nDate: Thu, 3 Dec 2026\n"
        "Subject: Your application\n\n"
        "Dear Priya,\nSarah and I enjoyed meeting you. Sadly we are moving forward with other "
        "candidates for this role.\nBest wishes,\nMichael"
    )
    asked, pasted = split_pasted(text)
    assert pasted == "" and "moving forward with other candidates" in asked
    facts = extract(asked, TODAY, NAMES)
    assert facts.stage == Stage.rejected
    assert facts.names[0] == "Michael O'Brien"  # the sender is named first


def test_a_quoted_reply_gives_their_dates() -> None:
    from coach.chat.intent import split_pasted

    invited = split_pasted(
        "Sarah answered:\n\n> Hi Priya, feel free to check in with me from Tuesday the 15th.\n"
        "> Best, Sarah\n\nSo when can I write?"
    )
    assert invited[1] == ""
    assert extract(invited[0], TODAY).contact_on == dt.date(2026, 12, 15)
    after = split_pasted(
        "On Wed, 2 Dec 2026 at 09:10, Sarah Chen wrote:\n> The panel meets on Wednesday "
        "9 December and we will decide right after.\n\nWhen do I chase?"
    )
    assert extract(after[0], TODAY).decision_by == dt.date(2026, 12, 9)


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        (
            "HR said they will close it by Thursday 10 December",
            "decision_by",
            dt.date(2026, 12, 10),
        ),
        ("the no-chase date has moved to Mon 14 Dec", "no_contact_before", dt.date(2026, 12, 14)),
    ],
)
def test_more_ways_to_give_a_date(text: str, key: str, day: dt.date) -> None:
    assert getattr(extract(text, TODAY), key) == day


def test_taking_back_a_rejection_and_other_spans_of_time() -> None:
    taken_back = extract("Ignore the rejection in my notes, I mixed them up. Can I chase?", TODAY)
    assert taken_back.stage == Stage.interviewed
    assert extract("We've decided to move forward with another applicant", TODAY).stage == (
        Stage.rejected
    )
    assert (
        extract("I've been out of work 6 months, can I say so?", TODAY).days_since_interview is None
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("If I email her the day after tomorrow, is that OK?", dt.date(2026, 12, 6)),
        ("Monday the 14th. Good to go?", dt.date(2026, 12, 14)),
        ("can I send the last one at the end of next week?", dt.date(2026, 12, 11)),
        ("They said they'd decide by Friday 11 December, can I email?", None),
        ("I sent my check-in yesterday, is that ok?", None),
    ],
)
def test_the_day_a_question_asks_about(text: str, day: dt.date | None) -> None:
    assert extract(text, TODAY).asked_day == day


def test_when_the_interview_really_ended() -> None:
    facts = extract("It overran, the interview actually finished at 1pm", TODAY)
    assert facts.interview_end_at == dt.time(13, 0)
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    now = dt.datetime(2026, 11, 20, 16, 0, tzinfo=notes.interview.zone)
    end = situate(notes, extract("we finished at 5pm", now.date()), now, True).notes
    assert end is not None and end.interview.finished.hour == 17


def test_a_message_the_notes_already_hold_is_not_counted_twice() -> None:
    from coach.models import Channel, HistoryEntry

    notes = load_notes(ROOT / "examples" / "acme.yaml")
    zone = notes.interview.zone
    sent = HistoryEntry(
        kind=Kind.check_in,
        channel=Channel.email,
        to="Sarah Chen",
        sent_at=dt.datetime(2026, 12, 1, 10, 0, tzinfo=zone),
    )
    notes = notes.model_copy(update={"history": [sent]})
    now = dt.datetime(2026, 12, 3, 10, 0, tzinfo=zone)
    facts = extract("I sent my check-in to Sarah the day before yesterday", now.date(), NAMES)
    situation = situate(notes, facts, now, True)
    assert [e.kind for e in situation.history] == [Kind.check_in]
    assert stopped(situation) == (False, 1)


def test_next_weekday_is_in_next_week() -> None:
    from coach.chat.dates import first_date

    wednesday = dt.date(2026, 12, 2)
    assert first_date("next Thursday", wednesday) == dt.date(2026, 12, 10)
    assert first_date("on Thursday", wednesday) == dt.date(2026, 12, 3)


def test_another_round_moves_the_interview_and_undoes_the_no() -> None:
    wednesday = dt.date(2026, 12, 2)
    facts = extract(
        "Good news, they want me back for a second interview next Tuesday, 2 till 3.", wednesday
    )
    assert facts.interview_day == dt.date(2026, 12, 8)
    assert (facts.interview_at, facts.interview_end_at) == (dt.time(14, 0), dt.time(15, 0))
    assert facts.stage == Stage.interviewed
    notes = load_notes(ROOT / "examples" / "acme.yaml").model_copy(update={"stage": "rejected"})
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=notes.interview.zone)
    moved = situate(notes, facts, now, True).notes
    assert moved is not None and moved.stage == Stage.interviewed
    assert moved.interview.finished == dt.datetime(2026, 12, 8, 15, 0, tzinfo=notes.interview.zone)


def test_a_message_sent_to_the_user_is_not_one_they_sent() -> None:
    assert extract("Sarah sent me this on LinkedIn yesterday", TODAY, NAMES).sent == []
    assert len(extract("I sent Sarah a LinkedIn note yesterday", TODAY, NAMES).sent) == 1


def test_things_that_look_like_facts_but_are_not() -> None:
    # an ordinal that counts messages is no day of the month
    sent = extract("I sent the 2nd check-in on the 1st", TODAY).sent
    assert [s.day for s in sent] == [dt.date(2026, 12, 1)]
    # the user's own question about waiting is no timeline of theirs
    assert extract("should I wait till Monday to thank them?", TODAY).no_contact_before is None
    # "before I've even emailed the thank-you": it has not gone
    assert extract("is it odd to connect before I've even emailed the thank-you?", TODAY).sent == []
    # "they said a week, it's been three": three weeks since the interview
    assert extract("They said a week, it's been three.", TODAY).days_since_interview == 21


def test_an_interview_still_to_come_is_not_the_one_the_dates_count_from() -> None:
    assert extract("Got an interview on Thursday, what should I ask?", TODAY).interview_day is None
    assert extract("My interview was on Thursday", TODAY).interview_day == dt.date(2026, 12, 3)


def test_a_bare_weekday_said_on_that_weekday_is_today() -> None:
    from coach.chat.dates import first_date

    wednesday = dt.date(2026, 9, 16)
    assert first_date("can I ring them on Wednesday?", wednesday, past=False) == wednesday
    assert first_date("can I ring them next Wednesday?", wednesday, past=False) == dt.date(
        2026, 9, 23
    )
    assert first_date("is Thursday ok?", wednesday, past=False) == dt.date(2026, 9, 17)


def test_a_thank_you_asked_about_days_later_is_late_not_a_check_in() -> None:
    from coach.chat import ask

    question = "We met on Monday morning. Would Saturday be all right for my thank-you email?"
    answer = ask(question, now=dt.datetime(2026, 9, 16, 9, 0, tzinfo=dt.UTC))  # a Wednesday
    assert "thank-you" in answer.answer.split("\n\n")[0].lower()
    assert "check-in" not in answer.answer.split("\n\n")[0].lower()
    assert "timing-thank-you-late" in answer.rules


def test_what_now_after_the_interview_lists_the_plan_in_order() -> None:
    from coach.chat import ask

    notes = load_notes(Path(__file__).resolve().parents[1] / "examples" / "acme.yaml")
    end = notes.interview.finished
    answer = ask("Interview's over. Where do I go from here?", notes, now=end)
    lead = answer.answer.split("\n\n")[0]
    assert lead.startswith("Your next steps: 1. Thank ")
    assert lead.index("Thank") < lead.index("Check in")
    assert "timing-thank-you-late" in answer.rules
    general = ask("Can you give me a checklist for after the interview?")
    assert general.answer.startswith("In order: a thank-you email to each person")


def test_a_complaint_the_user_means_to_send_is_answered_on_tone() -> None:
    from coach.chat import ask

    notes = load_notes(Path(__file__).resolve().parents[1] / "examples" / "acme.yaml")
    now = dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC)
    answer = ask(
        "Nothing for two weeks. I'm planning to email Michael that being ghosted is frankly "
        "unacceptable. Fair?",
        notes,
        now=now,
    )
    assert answer.intent == "tone"
    assert answer.answer.startswith("Don't send that")
    assert "tone-accusatory" in answer.rules
    plain = ask("Nothing for two weeks. When can I email Michael?", notes, now=now)
    assert plain.intent != "tone"
