"""What round 52 taught the chat to read: a decision day said without "by" ("the GM decides on
Friday", "they've moved it to Friday"), a date they gave without a year as the nearest one, a
plan put forward with its subject dropped ("want to chase the day after tomorrow. ok?"), a
request worded "they want my link by ...", a follow-up counted by its order ("sent a 2nd
email"), a name typed without its marks after the right title, asking when they decide as the
timeline question, a thank-you still owed after an offer or a video call, and questions about
one's own LinkedIn profile, benefits, tax numbers or a tribunal, which the articles leave out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.scope import uncovered
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # interview Fri 20 Nov, decision by 27 Nov
ZEPHYR = load_notes(ROOT / "examples" / "notes" / "zephyr-airline.yaml")  # Mr. José Álvarez
EST = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 11, 25, 10, tzinfo=EST)
NAMES = ["Sarah Chen", "Michael O'Brien"]


def test_a_decision_day_said_without_by_is_their_decision_date() -> None:
    for said in (
        "sarah emailed to say the director decides on tuesday 1 december",
        "the decision is tuesday 1 december",
        "they've moved it to tuesday 1 december now",
    ):
        facts = extract(said, NOW.date(), NAMES)
        assert facts.decision_by == dt.date(2026, 12, 1), said
    answer = ask("sarah says the director decides tuesday 1 december. when can I follow up?",
                 NOTES, now=NOW)  # fmt: skip
    assert "Wednesday 2 December" in answer.answer


def test_the_users_own_decision_day_is_not_theirs() -> None:
    facts = extract("I need to decide on tuesday 1 december", NOW.date(), NAMES)
    assert facts.decision_by is None


def test_a_month_end_they_gave_is_the_one_just_gone() -> None:
    answer = ask(
        "they said theyd decide by the end of april. today's friday 1 may. email today?",
        None,
        now=dt.datetime(2026, 5, 1, 9, tzinfo=dt.UTC),
    )
    assert "2027" not in answer.answer and answer.answer.startswith("Yes")


def test_a_plan_with_its_subject_dropped_is_the_day_asked() -> None:
    answer = ask(
        "interview was tue 12 may, they said decision friday 15th. want to chase the day after "
        "tomorrow. ok?",
        None,
        now=dt.datetime(2026, 5, 16, 10, tzinfo=dt.UTC),
    )
    assert answer.answer.startswith("Yes") and "18 May" in answer.answer


def test_they_want_my_link_by_a_day_is_a_request_and_later_is_no() -> None:
    answer = ask(
        "they want my portfolio link by tomorrow noon but i cant get it done till monday. is "
        "monday ok?",
        None,
        now=dt.datetime(2026, 5, 20, 17, tzinfo=dt.UTC),
    )
    assert answer.answer.startswith("No") and "21 May, 12:00" in answer.answer
    offer = ask(
        "just got an offer from another company, they want an answer by friday. can i email "
        "the place i actually want and ask where things are?",
        None,
        now=NOW,
    )
    assert "answer by" not in offer.answer.split("\n")[0]


def test_a_second_email_sent_counts_as_a_follow_up() -> None:
    facts = extract("sent a 2nd email on friday 4th", dt.date(2026, 12, 7), NAMES)
    assert facts.sent and facts.sent[0].day == dt.date(2026, 12, 4)


def test_a_name_typed_without_its_marks_after_the_right_title_is_misspelt() -> None:
    now = dt.datetime(2026, 11, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    answer = ask("no accents on my keyboard. is 'Dear Mr. Alvarez' close enough?", ZEPHYR, now=now)
    assert answer.answer.startswith("No") and "Álvarez, not" in answer.answer
    right = ask("my draft says 'Dear Mr. Álvarez'. ok?", ZEPHYR, now=now)
    assert right.answer.startswith("Yes, Mr. is right")


def test_asking_when_they_expect_to_decide_is_the_timeline_question() -> None:
    answer = ask("is it pushy to ask sarah straight out when they expect to decide?", NOTES,
                 now=NOW)  # fmt: skip
    assert answer.answer.startswith("No") and "not pushy" in answer.answer


def test_a_thank_you_is_still_owed_after_a_video_call_or_an_offer() -> None:
    for question in (
        "the interview was on zoom. do i still send a thank you?",
        "they offered me the job on the phone! do i still send thank you notes?",
    ):
        assert ask(question, None, now=NOW).answer.startswith("Yes"), question


def test_questions_the_articles_leave_out() -> None:
    assert uncovered("should i put my gpa on my linkedin profile") is not None
    assert uncovered("can u rewrite my linkedin 'about' section so recruiters find me")
    assert uncovered("can my boss see if i turn on open to work on linkedin")
    assert uncovered("can i apply for employment insurance now that i didnt get the job")
    assert uncovered("how do i get a tax number quickly before i start")
    assert uncovered("can i take the rejection to the employment relations authority?")
    # LinkedIn as a way to reach them stays in scope
    assert uncovered("my linkedin note to sarah came out around 410 characters. ok?") is None
    assert uncovered("she accepted my linkedin request. can i message her there?") is None


def test_an_interview_this_morning_is_today_and_a_call_tomorrow_gets_the_first_day() -> None:
    now = dt.datetime(2026, 12, 3, 13, tzinfo=dt.UTC)
    facts = extract("interview this morning, can i phone tomorrow?", now.date(), [])
    assert facts.interview_day == now.date()
    answer = ask("interview this morning, can i phone tomorrow just to show how keen i am",
                 None, now=now)  # fmt: skip
    assert answer.answer.startswith("No") and "10 December" in answer.answer


def test_a_fault_asked_keeps_the_plans_dates_when_it_agrees() -> None:
    now = dt.datetime(2026, 11, 20, 20, tzinfo=EST)  # the evening of the interview
    answer = ask("would it be weird to ring sarah tomorrow morning to ask how its looking",
                 NOTES, now=now)  # fmt: skip
    assert answer.answer.startswith("Yes") and "Monday 30 November" in answer.answer


def test_words_to_say_on_a_day_too_early_say_the_day_too() -> None:
    answer = ask(
        "thinking of emailing sarah the day after tomorrow just to say hope u had a good weekend",
        NOTES,
        now=dt.datetime(2026, 11, 23, 9, tzinfo=EST),
    )
    first = answer.answer.split("\n")[0]
    assert first.startswith("No") and "Monday 30 November" in first


def test_a_first_check_in_supposed_without_their_dates_is_the_floor() -> None:
    answer = ask(
        "and if they'd given no dates at all, first check in when?",
        NOTES,
        now=dt.datetime(2026, 12, 9, 9, tzinfo=EST),
    )
    # five business days after Friday 20 November, Thanksgiving skipped, and no "yes" for a
    # when-question
    assert answer.answer.startswith("From Monday 30 November")


def test_a_pasted_check_in_without_notes_gets_its_day_from_the_interview_said() -> None:
    question = (
        "interview was last thursday (8 oct), no date given. sending this today ok?\n\n"
        "Dear Ms. Banda,\n\nI wanted to check in on the supervisor role. I am still keen on the "
        "post and on the night-shift rota we discussed.\n\nKind regards,\nMutale"
    )
    answer = ask(question, None, now=dt.datetime(2026, 10, 12, 9, tzinfo=dt.UTC))
    assert "Thursday 15 October" in answer.answer
    assert "Without your notes" not in answer.answer


def test_a_day_asked_as_days_counted_from_a_date() -> None:
    facts = extract("so ten days after the 23rd is when i send the second one?",
                    dt.date(2026, 7, 24), [])  # fmt: skip
    assert facts.asked_day == dt.date(2026, 8, 2)


def test_how_bad_a_late_thank_you_is_and_a_send_planned_past_the_limit() -> None:
    # Acme's interview ended Friday 20 November 15:00: 24 hours to Saturday, 2 days to Sunday
    now = dt.datetime(2026, 11, 21, 16, tzinfo=EST)
    bad = ask("i still havent thanked sarah. is that a big deal?", NOTES, now=now)
    assert bad.answer.startswith("No, not a big deal")
    late = ask("my thank you to sarah wont go till monday after lunch. is that a disaster?",
               NOTES, now=now)  # fmt: skip
    assert late.answer.startswith("No: Monday 23 November is past even the 2-day limit")


def test_a_late_thank_you_pasted_inside_the_limit_is_told_the_limit() -> None:
    question = (
        "thank you for michael, sending now (bit late i know)\n\n"
        "Dear Mr. O'Brien,\n\nThank you for your time on Friday and for walking me through "
        "the analytics roadmap. I would love to join Acme.\n\nBest regards,\nPriya Raman"
    )
    answer = ask(question, NOTES, now=dt.datetime(2026, 11, 21, 18, tzinfo=EST))
    assert "2-day limit" in answer.answer.split("\n")[0]
