"""What a question states that the notes do not: where the user is, a date said without "on",
a topic the articles leave out, and the like (each with questions of our own)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.facts import extract
from coach.chat.places import country_in
from coach.readers import load_notes

TORONTO = dt.timezone(dt.timedelta(hours=-4))


def test_a_place_named_gives_the_country() -> None:
    assert country_in("I'm based in Toronto and had a call") == "CA"
    assert country_in("interview here in Leeds yesterday") == "GB"
    assert country_in("I may hear back in May") is None


def test_a_date_after_interviewed_without_on_is_read() -> None:
    said = extract("interviewed monday june 29th, no date given", dt.date(2026, 6, 30))
    assert said.interview_day == dt.date(2026, 6, 29)


def test_the_country_said_skips_its_holidays() -> None:
    # Canada Day (Wednesday 1 July) is not a business day in Toronto
    now = dt.datetime(2026, 6, 30, 12, 0, tzinfo=TORONTO)
    q = "I interviewed on Monday 29 June in Toronto, they gave no date. When can I check in?"
    assert "7 July" in ask(q, now=now).answer


def test_a_place_alone_is_no_stated_fact() -> None:
    said = extract("is it even legal in germany to ask that?", dt.date(2026, 6, 30))
    assert said.empty and said.country == "DE"


def test_applying_again_is_not_covered() -> None:
    reply = ask("how long before I can reapply to them for another position?")
    assert not reply.in_scope and "don't cover" in reply.answer


# --- pasted drafts: what the question says about them

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")  # Sarah Chen, Michael O'Brien; Acme Analytics
EVENING = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
THANKS = (
    "Subject: Thank you\n\nDear {who},\n\nThank you for meeting me today about the Data Analyst "
    "role at {company}. I enjoyed hearing about migrating dashboards from Tableau to Looker.\n\n"
    "I remain very interested in the role.\n\nBest regards,\nPriya Raman"
)


def test_a_draft_for_a_titled_interviewer_is_checked_as_theirs() -> None:
    draft = THANKS.format(who="Sarah", company="Acme Analytics")
    reply = ask(f"my thank you for Mr. O'Brien, ok?\n\n{draft}", notes=NOTES, now=EVENING)
    assert "name-wrong-recipient" in reply.rules


def test_a_placeholder_the_notes_can_fill_is_named() -> None:
    draft = THANKS.format(who="Sarah", company="[Company Name]")
    reply = ask(f"pls check\n\n{draft}", notes=NOTES, now=EVENING)
    assert "placeholder-left" in reply.rules and "Acme Analytics" in reply.answer


def test_finally_is_not_a_final_follow_up() -> None:
    draft = THANKS.format(who="Sarah", company="Acme Analytics")
    reply = ask(f"finally wrote my thank you, good?\n\n{draft}", notes=NOTES, now=EVENING)
    assert not any(f.rule.startswith("timing-") for f in reply.findings)


def test_a_voicemail_script_needs_no_subject_line() -> None:
    script = (
        "Hello Sarah, this is Priya Raman. Thank you again for the Data Analyst interview about "
        "migrating dashboards from Tableau to Looker. I remain very interested and wanted to ask "
        "whether there is any update on timing.\n\nMany thanks,\nPriya Raman"
    )
    late = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    q = f"calling Sarah this morning, this is my message if she doesn't pick up\n\n{script}"
    assert "subject-missing" not in ask(q, notes=NOTES, now=late).rules


def test_pressing_after_a_no_cites_the_rejection_advice() -> None:
    draft = (
        "Dear Sarah,\n\nThank you for letting me know. Could you please reconsider and give me "
        "another chance?\n\nBest,\nPriya Raman"
    )
    reply = ask(f"they said no, can I send this?\n\n{draft}", notes=NOTES, now=EVENING)
    assert ("001", "Handle rejection graciously") in [
        (c.article, c.section) for c in reply.citations
    ]


# --- material asked for in the question


def test_material_asked_for_by_a_day_gets_that_day() -> None:
    now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # Tuesday
    q = "Michael asked me to send a writing sample by thursday. send now or wait?"
    reply = ask(q, notes=NOTES, now=now)
    assert "Thursday 26 November" in reply.answer
    assert reply.citations[0].section == "Send follow-up material when requested"


def test_or_wait_till_is_the_users_question_not_their_timeline() -> None:
    said = extract("do I send it today or wait till friday?", dt.date(2026, 11, 24))
    assert said.no_contact_before is None


def test_sending_promised_material_later_instead_is_a_no() -> None:
    now = dt.datetime(2026, 11, 21, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    q = "the references are due at 9 but can I send them at lunch instead?"
    assert ask(q, notes=NOTES, now=now).answer.startswith("No")


# --- what kind of question it is


def test_can_i_write_one_email_asks_whether_not_for_a_draft() -> None:
    reply = ask("can I just send one thank-you email to the whole panel with everyone in CC?")
    assert reply.draft is None and reply.intent != "draft"


def test_a_linkedin_request_after_the_thanks_is_about_linkedin() -> None:
    q = "I emailed Sarah my thank you yesterday. can I send her a linkedin invite today?"
    reply = ask(q, notes=NOTES, now=EVENING + dt.timedelta(days=1))
    assert reply.citations[0].section == "Connect on LinkedIn"


def test_silence_after_the_check_in_gets_the_one_last_note() -> None:
    reply = ask("my check-in was ignored. how long until the second follow-up?")
    assert "5 business days" in reply.answer


def test_how_many_times_is_answered_with_the_count() -> None:
    reply = ask("how many times may I check in? no reply to my check-in last week either")
    assert "twice" in reply.answer


def test_restating_the_notes_decision_date_changes_nothing() -> None:
    q = "they only decide by Friday 27 November, right? when can I check in with Sarah?"
    reply = ask(q, notes=NOTES, now=EVENING)
    assert not any(r.startswith("timeline") for r in reply.record)
    assert "30 November" in reply.answer
