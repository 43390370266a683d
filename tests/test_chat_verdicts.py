"""Answers to questions that state a fact or ask for a plain yes or no: each says yes or no
first, reads what the user said over the notes, and takes every date from the plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.review import finding_line
from coach.models import Finding
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))


def at(day: int, hour: int = 10, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=EST)


def test_a_checked_draft_gives_days_without_a_leading_zero() -> None:
    draft = (
        "ok to send?\n\nSubject: Checking in\n\nDear Sarah,\n\nI wanted to check in on the Data "
        "Analyst role; I am still keen on the Looker migration.\n\nBest regards,\nPriya Raman"
    )
    answer = ask(draft, NOTES, now=at(23)).answer
    assert "Monday 30 November" in answer and " 0" not in answer.split("Sources:")[0]


def test_a_long_excerpt_is_quoted_by_its_opening_words() -> None:
    sentence = "I was hoping we could talk again about the role sometime very soon"
    f = Finding(
        rule="tone-overeager", severity="warning", message="This reads as overeager",
        line=1, column=1, start=0, end=len(sentence), excerpt=sentence,
    )  # fmt: skip
    assert "(“I was hoping we could talk again about …”)" in finding_line(f)


def test_a_finding_on_the_whole_message_does_not_quote_it() -> None:
    note = (
        "LinkedIn note for Sarah, ok?\n\nHi Sarah, thank you for the interview on Friday about "
        "the Data Analyst role; I enjoyed our talk about moving dashboards from Tableau to Looker "
        "and the weekly metrics review with sales, and I would be glad to keep in touch whatever "
        "you decide about the role and the team, and hope to hear some good news soon enough!"
    )
    answer = ask(note, NOTES, now=at(21)).answer
    assert "too-long" in answer and "signoff-missing" in answer
    assert "hope to hear some good news" not in answer and "Hi Sarah, thank you" not in answer


def test_a_decision_moved_to_a_new_date_replaces_the_notes_date() -> None:
    answer = ask(
        "Sarah wrote that they postponed the decision until Thursday 3 December. When can I "
        "check in now?",
        NOTES,
        now=at(24),
    )
    assert "Friday 4 December" in answer.answer
    assert "timing-check-in-early" in answer.rules


def test_a_quoted_name_without_its_marks_is_a_no() -> None:
    answer = ask("Is 'Obrien' ok when I write to Michael?", NOTES, now=at(20, 18))
    assert answer.answer.startswith("No: write O'Brien, not Obrien")
    assert "name-misspelled" in answer.rules


def test_a_title_the_notes_do_not_give_is_a_no() -> None:
    answer = ask("Thank-you to Sarah: do I address her as Mrs Chen?", NOTES, now=at(20, 18))
    assert answer.answer.startswith("No, not Mrs.")
    assert "Ms. Sarah Chen" in answer.answer and "title-mismatch" in answer.rules


def test_a_title_the_user_typed_is_kept_without_notes() -> None:
    answer = ask("He signs his emails Prof. Anna Weiss-Berg... Prof Weiss-Berg or Anna?")
    assert "Prof. Weiss-Berg" in answer.answer and "title-mismatch" in answer.rules


def test_getting_everyones_names_right_is_the_names_advice() -> None:
    answer = ask(
        "I only know first names from the call; how do I get all their names right in my "
        "thank-you emails?"
    )
    assert answer.intent == "content" and "LinkedIn" in answer.answer
    assert "name-misspelled" in answer.rules


def test_material_already_late_is_a_yes_send_it_now() -> None:
    answer = ask(
        "I said the three references would be there by 9 and it's 10:30. Still send?",
        NOTES,
        now=at(21, 10),
    )
    assert answer.answer.startswith("Yes, send it now")
    assert "Saturday 21 November, 09:00" in answer.answer
    assert "timing-materials-late" in answer.rules


def test_material_put_off_past_the_promise_is_a_no() -> None:
    answer = ask(
        "The references are due tomorrow at 9 but can I hold them till Monday?",
        NOTES,
        now=at(20, 18),
    )
    assert answer.answer.startswith("No: keep your promise")


def test_material_promised_in_the_question_without_notes() -> None:
    answer = ask(
        "I told the hiring manager I'd email my writing samples by Thursday morning. "
        "Can I take a few more days and send them next week instead?"
    )
    assert answer.answer.startswith("No: send it by Thursday morning, as you promised")
    assert answer.intent == "timing" and "timing-materials-late" in answer.rules


def test_a_thank_you_still_in_time_is_a_yes_in_the_interviews_zone() -> None:
    utc = dt.datetime(2026, 11, 21, 17, 30, tzinfo=dt.UTC)  # 12:30 in New York
    answer = ask(
        "My phone says 17:30 UTC. Am I still within the window for Sarah's thank-you?",
        NOTES,
        now=utc,
    )
    assert answer.answer.count("Yes: it is 12:30 on Saturday 21 November") == 1
    assert "Saturday 21 November, 15:00" in answer.answer


def test_holding_a_thank_you_past_its_hours_is_a_no() -> None:
    answer = ask(
        "Should I hold the thank-you notes until Monday when they're back?", NOTES, now=at(21, 9)
    )
    assert "No, send it now" in answer.answer and "Monday 23 November" in answer.answer
    assert "timing-thank-you-late" in answer.rules


def test_a_late_thank_you_inside_the_limit_is_not_too_late() -> None:
    answer = ask("Totally forgot to thank Michael, is it too late??", NOTES, now=at(21, 20))
    assert "No, not too late: your thank-you to Michael" in answer.answer
    assert "Sunday 22 November, 15:00" in answer.answer


def test_a_thank_you_past_the_limit_says_so_in_days() -> None:
    answer = ask("Still haven't thanked Sarah. Is there any point now?", NOTES, now=at(23, 9))
    assert "past the limit of 2 days" in answer.answer
    assert "the limit was Sunday 22 November" in answer.answer  # the limit's own day
    assert "thank them in your first check-in, from" in answer.answer


def test_a_thank_you_already_sent_to_one_is_asked_about_the_other() -> None:
    answer = ask(
        "only thanked Sarah. too late to email Michael a thank you?", NOTES, now=at(21, 20)
    )
    assert "your thank-you to Michael" in answer.answer


def test_asking_when_the_last_try_is_gives_the_plans_sequence() -> None:
    answer = ask(
        "If my check-in gets nothing back, when do I write one last time, and when do I give up?",
        NOTES,
        now=at(25),
    )
    assert answer.answer.startswith(
        "Check in from Monday 30 November; if that brings nothing, one last follow-up from "
        "Monday 7 December;"
    )
    assert "timing-too-many" in answer.rules


def test_a_final_follow_up_asked_about_in_utc_is_the_follow_up_not_the_thank_you() -> None:
    history = [{"role": "user", "content": "I sent my check-in to Sarah on Monday 30 November."}]
    answer = ask(
        "My clock is on UTC. Is sending the final follow-up right now too early?",
        NOTES,
        history,
        now=dt.datetime(2026, 12, 7, 14, 0, tzinfo=dt.UTC),
    )
    assert "No, not too early: you can send a final follow-up" in answer.answer
    assert "Monday 7 December" in answer.answer


def test_a_worried_question_gets_the_flipped_word() -> None:
    cringe = ask("would it be weird to tell them at the end that I really want the role?")
    assert cringe.answer.startswith("No, it isn't weird.")
    much = ask("I phoned, emailed and messaged her on LinkedIn in one morning. Was that overkill?")
    assert "Yes, that is overkill." in much.answer
    assert "channel-multiple-same-day" in much.rules


def test_a_question_asked_both_ways_keeps_the_entrys_own_yes() -> None:
    both = ask("is it ok to say I want the job when we wrap up, or is that weird?")
    assert both.answer.startswith("Yes")


def test_asking_why_after_a_rejection_is_about_feedback_even_with_again() -> None:
    answer = ask("They rejected me. Can I ask why, so I don't make the same mistake again?")
    assert "ask once for feedback" in answer.answer
    assert "rejection-feedback-pressed" in answer.rules


def test_a_thank_you_call_tomorrow_without_notes_is_a_next_day_call() -> None:
    answer = ask("Thinking I'll phone the recruiter tomorrow to thank her and ask for an update?")
    assert answer.answer.startswith("No: a call the day after the interview")
    assert "5 business days" in answer.answer and "timing-next-day-call" in answer.rules


def test_no_timeline_without_notes_gives_the_rules_floor() -> None:
    answer = ask("The recruiter never gave us any timeline. How long before I chase them?")
    assert "wait at least 5 business days after the interview" in answer.answer
    assert "timing-check-in-early" in answer.rules


def test_a_promise_named_by_its_day_keeps_the_notes_hour() -> None:
    answer = ask(
        "I said I'd send the references by saturday. what time is that?", NOTES, now=at(20)
    )
    assert "Saturday 21 November, 09:00" in answer.answer


def test_a_thank_you_draft_past_the_limit_names_the_limit() -> None:
    draft = (
        "ok to send?\n\nSubject: Thank you\n\nDear Sarah,\n\nThank you for meeting me about the "
        "Data Analyst role; I enjoyed hearing about the Looker migration.\n\n"
        "Best regards,\nPriya Raman"
    )
    answer = ask(draft, NOTES, now=at(24)).answer
    assert "and the limit Sunday 22 November" in answer
