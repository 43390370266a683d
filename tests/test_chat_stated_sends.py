"""Facts the chat reads about messages sent on several days, and material deadlines stated in
the question (coach.chat.chased, coach.chat.promises)."""

from __future__ import annotations

import datetime as dt

from coach.chat.facts import extract
from coach.chat.promises import stated_promise
from coach.models import Kind

TODAY = dt.date(2026, 7, 20)


def test_check_ins_on_two_days_are_two_follow_ups() -> None:
    facts = extract("checked in on 13th and again 16th. nothing back. one more today?", TODAY)
    assert [(s.kind, s.day.day) for s in facts.sent] == [(Kind.check_in, 13), (Kind.check_in, 16)]


def test_unanswered_emails_on_named_days_are_follow_ups() -> None:
    facts = extract("emailed on the 8th and the 15th, she hasnt answered either one", TODAY)
    assert [s.day.day for s in facts.sent] == [8, 15]


def test_an_email_asking_about_timing_is_a_check_in() -> None:
    facts = extract("I mailed her on friday asking about timing", TODAY)
    assert [s.kind for s in facts.sent] == [Kind.check_in]


def test_an_interviewer_who_called_made_no_check_in_of_the_users() -> None:
    facts = extract("aroha called yesterday, they need more time", TODAY, ["Aroha Ngata"])
    assert facts.sent == []


def test_a_promise_for_a_weekday_is_that_days_date() -> None:
    promise = stated_promise("they asked for photos of my work, i said wednesday", TODAY)
    assert promise is not None and promise.day == dt.date(2026, 7, 22)
    assert promise.what == "photos of my work"


def test_a_new_deadline_with_a_time_replaces_the_old_one() -> None:
    promise = stated_promise("they now want the certificate by 9am friday instead of 5pm", TODAY)
    assert promise is not None and (promise.day, promise.at) == (dt.date(2026, 7, 24), dt.time(9))


def test_a_decision_date_is_no_material_deadline() -> None:
    assert stated_promise("they need until wednesday 22nd to decide", TODAY) is None


def test_a_panel_moved_to_a_day_is_the_new_decision_date() -> None:
    facts = extract(
        "Greg call me on saturday, he say the panel is moved to wednesday 22 july", TODAY
    )
    assert facts.decision_by == dt.date(2026, 7, 22) and facts.contact_on is None


def test_a_call_promised_by_then_is_a_decision_by_that_day() -> None:
    facts = extract("final interviews end friday 24 july and she'll ring me by then", TODAY)
    assert facts.decision_by == dt.date(2026, 7, 24)


def test_notes_that_say_rejected_wrongly_are_corrected() -> None:
    facts = extract("my notes say rejected but thats wrong, still waiting", TODAY)
    assert facts.stage is not None and facts.stage.value == "interviewed"


def test_a_no_on_the_phone_is_a_rejection() -> None:
    facts = extract("dónal rang friday with a no. do i reply?", TODAY)
    assert facts.stage is not None and facts.stage.value == "rejected"


def test_a_thank_you_said_as_only_to_one_leaves_the_other_owed() -> None:
    said = "i only thanked hélène, not grégoire"
    facts = extract(said, TODAY, ["Hélène Saint-Aubin", "Grégoire N'Diaye"])
    assert [u.to for u in facts.unsent] == ["Grégoire N'Diaye"]


def test_the_interviews_hours_corrected() -> None:
    facts = extract("my notes have the wrong time, the interview was 1pm to 2pm not 11", TODAY)
    assert (facts.interview_at, facts.interview_end_at) == (dt.time(13), dt.time(14))


def test_an_interviewers_words_quoted_are_no_draft() -> None:
    from coach.chat.intent import split_pasted

    text = (
        "hélène wrote 'feel free to call me on thursday 21st if you haven't heard'. phone or email?"
    )
    assert split_pasted(text) == (text, "")


def test_a_cited_list_item_brings_its_heading() -> None:
    from coach.chat.citing import with_headings
    from coach.rulebook import Source

    item = Source(article="002", section="Don'ts: Don't Sound Desperate")
    cited = with_headings([item])
    assert [s.section for s in cited][1].startswith("What Are the Do's and Don'ts")


def test_material_sent_late_is_a_yes_to_an_apology() -> None:
    facts = extract("sent the cert + refs at 7pm tonight, i'd said 5", TODAY)
    assert [(s.kind, s.at) for s in facts.sent] == [(Kind.materials, dt.time(19))]


def test_a_call_and_then_an_email_are_two_follow_ups() -> None:
    for text in (
        "Rang 22 June, emailed 30 June. One more today?",
        "I rang on 22 June and emailed on 30 June",
    ):
        facts = extract(text, dt.date(2027, 7, 7))
        assert [(s.kind, s.day.day) for s in facts.sent] == [
            (Kind.check_in, 22),
            (Kind.check_in, 30),
        ]


def test_what_they_said_on_a_call_is_their_timeline() -> None:
    facts = extract(
        "rang Sian on the 26th, she said they will decide by Friday 5 June", dt.date(2026, 5, 29)
    )
    assert [s.day.day for s in facts.sent] == [26]
    assert facts.decision_by == dt.date(2026, 6, 5)


def test_a_whole_week_since_the_interview() -> None:
    assert (
        extract(
            "its been a whole week since my interview, can I email today?", TODAY
        ).days_since_interview
        == 7
    )


def test_their_next_week_counts_from_the_call_just_made() -> None:
    facts = extract(
        "Lwazi just phoned me, says they'll decide 'next week'. when do i chase?",
        dt.date(2026, 12, 14),
        anchor=dt.date(2026, 12, 10),
        country="ZA",
    )
    assert facts.decision_by == dt.date(2026, 12, 25)


def test_the_users_own_proposed_wait_is_no_timeline_of_theirs() -> None:
    facts = extract("my friend says wait 2 weeks. so i wait till the 24th?", dt.date(2026, 12, 11))
    assert facts.no_contact_before is None


def test_a_supposition_without_their_date_is_no_timeline_and_nothing_to_record() -> None:
    for text in (
        "if Sam hadn't given a date at all, when would the first follow-up have been?",
        "if Sam hadn't said to call on the 22nd, when could I follow up?",
    ):
        facts = extract(text, TODAY, ["Sam Lee"])
        assert facts.no_timeline and facts.supposed and facts.contact_on is None
