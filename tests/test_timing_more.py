"""The timing family on realistic messages written from the rulebook's readings (§5).

Context unless a case overrides it (rules/context.yaml): Acme Analytics, interview Friday
20 November 2026 14:00-15:00 -05:00, country US (Thanksgiving is Thursday 26 November),
decision by Friday 27 November, three references promised by Saturday 21 November 09:00.
Each case lists every timing rule the rulebook says must fire (warning or error).

Score the checker on these cases: `.venv/bin/python tests/test_timing_more.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired, score  # noqa: E402

CLAIM = "timing-claim-mismatch"
EARLY = "timing-check-in-early"
LATE = "timing-thank-you-late"
CALL = "timing-next-day-call"
MANY = "timing-too-many"
SOON = "timing-too-soon-after-last"
SAME_DAY = "channel-multiple-same-day"
MATERIALS = "timing-materials-late"

NO_TIMELINE = {"timeline": {"said": None, "decision_by": None}}
CHECK_IN = "check_in"


def email(body: str, to: str = "Sarah", subject: str = "Data Analyst role") -> str:
    return f"Subject: {subject}\n\nDear {to},\n\n{body}\n\nBest regards,\nPriya Raman"


def said(text: str, **timeline: object) -> dict[str, object]:
    return {"timeline": {"said": text, "decision_by": None, **timeline}}


def abroad(country: str, start: str, **more: object) -> dict[str, object]:
    """Notes of another country, with no timeline: the 5-business-day floor applies."""
    return {
        "country": country,
        "interview": {"start": start, "end": None},
        "timeline": {"said": None, "decision_by": None},
        **more,
    }


def entry(kind: str, sent_at: str, channel: str = "email", to: str = "Sarah Chen") -> dict:
    return {"kind": kind, "channel": channel, "to": to, "sent_at": sent_at}


CASES = [
    # --- timing-claim-mismatch: how long ago the interview was ------------------------------
    Case(
        "fortnight-after-four-days",
        email(
            "It has been a fortnight since our interview, so I wanted to check in on the Data "
            "Analyst role. I remain very interested."
        ),
        {CLAIM, EARLY},
        kind=CHECK_IN,
        send_at="2026-11-24T09:00:00-05:00",
    ),
    Case(
        "fortnight-after-two-weeks",
        email(
            "It has been a fortnight since our interview, so I wanted to check in on the Data "
            "Analyst role. I remain very interested."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-04T09:00:00-05:00",
    ),
    Case(
        "month-after-eleven-days",
        email(
            "It has been over a month since we met to talk about the Looker migration. I wanted "
            "to ask whether there is any news on the role."
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "month-after-a-month",
        email(
            "It has been a month since our interview, and I wanted to check in on the timeline "
            "for the Data Analyst role."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-21T09:00:00-05:00",
    ),
    Case(
        "weeks-have-passed",
        email(
            "Three weeks have passed since our interview, and I wanted to check whether there is "
            "an update on the Data Analyst role."
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-11-30T09:00:00-05:00",
    ),
    Case(
        "weeks-have-passed-true",
        email(
            "Three weeks have passed since our interview, and I wanted to check whether there is "
            "an update on the Data Analyst role."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-14T09:00:00-05:00",
    ),
    Case(
        "in-the-weeks-since",
        email(
            "In the three weeks since we spoke, I have kept reading about Looker's semantic "
            "layer. Is there any news on the role?"
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-11-30T09:00:00-05:00",
    ),
    Case(
        "it-has-now-been",
        email(
            "It has now been three weeks since our interview, so I wanted to follow up on the "
            "Data Analyst position."
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "it-has-now-been-true",
        email(
            "It has now been 11 days since our interview, so I wanted to follow up on the Data "
            "Analyst position."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "almost-a-month-ago",
        email(
            "I interviewed with you and Michael almost a month ago, and I am still very keen on "
            "the role. Is there any update?"
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "almost-a-month-ago-true",
        email(
            "We spoke almost a month ago about the weekly metrics review, and I am still very "
            "keen on the role. Is there any update?"
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-18T09:00:00-05:00",
    ),
    Case(
        "months-out-of-work-is-not-since-the-interview",
        email(
            "After six months without a steady contract, I would be glad of any news on the "
            "Data Analyst role. I remain very interested."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "weeks-without-news-is-the-wait",
        email(
            "After two weeks without news, I wanted to check in on the Data Analyst role. I "
            "remain very interested."
        ),
        {CLAIM, EARLY},
        kind=CHECK_IN,
        send_at="2026-11-24T09:00:00-05:00",
    ),
    Case(
        "ten-days-after-four",
        email("It's been 10 days since our interview and I wanted to check in."),
        {CLAIM, EARLY},
        kind=CHECK_IN,
        send_at="2026-11-24T09:00:00-05:00",
    ),
    Case(
        "over-a-week-after-three-days",
        email("It's been over a week since our interview, so I wanted to check in."),
        {CLAIM, EARLY},
        kind=CHECK_IN,
        send_at="2026-11-23T09:00:00-05:00",
    ),
    Case(
        "couple-of-weeks-true",
        email("It has been a couple of weeks since we met, so I wanted to check in."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-04T09:00:00-05:00",
    ),
    # --- timing-claim-mismatch: which day the interview was ---------------------------------
    Case(
        "meet-you-yesterday-two-days-on",
        email(
            "It was great to meet you yesterday and to hear about moving the dashboards to "
            "Looker. Thank you for your time."
        ),
        {CLAIM, LATE},
        send_at="2026-11-22T10:00:00-05:00",
    ),
    Case(
        "meet-you-yesterday-true",
        email(
            "It was great to meet you yesterday and to hear about moving the dashboards to "
            "Looker. Thank you for your time."
        ),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "meeting-you-on-thursday",
        email(
            "It was a pleasure meeting you on Thursday. Thank you for walking me through the "
            "weekly metrics review with sales."
        ),
        {CLAIM},
        send_at="2026-11-20T19:30:00-05:00",
    ),
    Case(
        "see-me-on-thursday",
        email("Thank you for taking the time to see me on Thursday. I enjoyed it."),
        {CLAIM},
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "see-me-on-friday-true",
        email("Thank you for taking the time to see me on Friday afternoon. I enjoyed it."),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "video-call-yesterday-same-day",
        email("Thank you for our video call yesterday; the Looker migration sounds exciting."),
        {CLAIM},
        send_at="2026-11-20T19:30:00-05:00",
    ),
    Case(
        "video-call-yesterday-true",
        email("Thank you for our video call yesterday; the Looker migration sounds exciting."),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "on-the-19th",
        email("Thank you for meeting with me on the 19th to talk about the Looker migration."),
        {CLAIM},
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "on-the-20th-true",
        email("Thank you for meeting with me on the 20th to talk about the Looker migration."),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "numeric-date",
        email("Thank you for meeting with me on 11/19 to talk about the Looker migration."),
        {CLAIM},
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "on-friday-ten-days-later",
        email(
            "Since our interview on Friday I have been thinking about the weekly metrics "
            "review. Is there any news on the role?"
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-11-30T09:00:00-05:00",
    ),
    Case(
        "last-friday-true",
        email("Thank you for meeting me last Friday. I enjoyed our talk about Looker."),
        {LATE},
        send_at="2026-11-23T09:00:00-05:00",
    ),
    Case(
        "last-weeks-interview-next-day",
        email("Thanks again for last week's interview. I enjoyed our talk about Looker."),
        {CLAIM},
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "earlier-this-week-eleven-days",
        email(
            "Following our conversation earlier this week, I wanted to ask whether there is "
            "any news on the Data Analyst role."
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "earlier-this-week-true",
        email("Thank you for our conversation earlier this week about the Looker migration."),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    # --- timing-claim-mismatch: "I haven't heard back" in a thank-you -----------------------
    Case(
        "not-heard-from-you",
        email(
            "Thank you for the interview yesterday. I haven't heard from you yet about next "
            "steps, but I remain very interested."
        ),
        {CLAIM},
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "ive-not-heard-back",
        email("Thank you for the interview. I've not heard back yet, but I remain interested."),
        {CLAIM},
        send_at="2026-11-20T19:30:00-05:00",
    ),
    Case(
        "not-heard-in-a-check-in",
        email("I haven't heard from you since our interview, so I wanted to check in."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    # --- timing-claim-mismatch: a passed date written as ahead ------------------------------
    Case(
        "id-be-happy-to-meet",
        email(
            "I wanted to check in on the Data Analyst role. I'd be happy to meet again on "
            "Monday, November 30, if that would help."
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "id-love-to-chat",
        email("I'd love to chat on Tuesday, December 1 about the next steps."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "decision-still-expected",
        email("Is the decision still expected by Friday, November 27? I remain very interested."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "still-on-track",
        email("Are you still on track to decide by November 27? I remain very interested."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "available-on-passed-days",
        email(
            "I'm available for a call on Monday, November 30 or Tuesday, December 1 if you "
            "would like to talk further."
        ),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "our-call-on-monday-that-passed",
        email("I wanted to check in on the role. I look forward to our call on Monday."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
        notes=said("Give me a call on Monday the 30th.", contact_on="2026-11-30"),
    ),
    Case(
        "decide-by-friday-that-passed",
        email("I understand you hope to decide by Friday, so I wanted to check in."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "own-plan-next-friday",
        email("Thank you for the update. I'll check back on Friday if I can help in any way."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "were-hoping-by-friday",
        email("I know you were hoping to decide by Friday, so I wanted to check in."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "had-hoped-past-tense",
        email("You had hoped to decide by November 27, so I wanted to check in."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-04T09:00:00-05:00",
    ),
    # --- timing-check-in-early: the decision date only in the interviewer's words -----------
    Case(
        "said-date-early",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-11-30T09:00:00-05:00",
        notes=said("We hope to make a decision by Friday, December 4."),
    ),
    Case(
        "on-the-wait-until-date-inside-five-days",
        email("I wanted to ask whether there is any news on the Data Analyst role. I remain keen."),
        set(),
        kind=CHECK_IN,
        send_at="2026-11-25T10:00:00-05:00",
        notes={"timeline": {"said": None, "decision_by": None, "no_contact_before": "2026-11-25"}},
    ),
    Case(
        "before-the-wait-until-date",
        email("I wanted to ask whether there is any news on the Data Analyst role. I remain keen."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-11-24T10:00:00-05:00",
        notes={"timeline": {"said": None, "decision_by": None, "no_contact_before": "2026-11-25"}},
    ),
    Case(
        "saturday-after-the-decision-date",
        email("I wanted to ask whether there is any news on the Data Analyst role. I remain keen."),
        set(),
        kind=CHECK_IN,
        send_at="2026-11-28T10:00:00-05:00",
    ),
    Case(
        "bank-holiday-after-the-decision-date",
        email("I wanted to ask whether there is any news on the Data Analyst role. I remain keen."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-05-31T10:00:00+01:00",
        notes={
            "country": "GB",
            "interview": {"start": "2027-05-17T10:00:00+01:00", "end": None},
            "timeline": {"said": None, "decision_by": "2027-05-28"},
        },
    ),
    Case(
        "weekend-after-the-decision-date-abroad",
        email("I wanted to ask whether there is any news on the Data Analyst role. I remain keen."),
        set(),
        kind=CHECK_IN,
        send_at="2027-05-30T10:00:00+01:00",
        notes={
            "country": "GB",
            "interview": {"start": "2027-05-17T10:00:00+01:00", "end": None},
            "timeline": {"said": None, "decision_by": "2027-05-28"},
        },
    ),
    Case(
        "said-date-passed",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-07T09:00:00-05:00",
        notes=said("We hope to make a decision by Friday, December 4."),
    ),
    Case(
        "said-within-two-weeks",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
        notes=said("We aim to decide within two weeks."),
    ),
    Case(
        "said-within-two-weeks-passed",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-07T09:00:00-05:00",
        notes=said("We aim to decide within two weeks."),
    ),
    Case(
        "said-end-of-month",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-11-30T09:00:00-05:00",
        notes=said("You'll hear from us by the end of the month."),
    ),
    Case(
        "said-end-of-month-passed",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
        notes=said("You'll hear from us by the end of the month."),
    ),
    Case(
        "said-end-of-next-week",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-12-09T09:00:00-05:00",
        notes={
            "interview": {"start": "2026-12-01T14:00:00-05:00", "end": None},
            **said("We'll get back to everyone by the end of next week."),
        },
    ),
    Case(
        "said-end-of-next-week-passed",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-14T09:00:00-05:00",
        notes={
            "interview": {"start": "2026-12-01T14:00:00-05:00", "end": None},
            **said("We'll get back to everyone by the end of next week."),
        },
    ),
    Case(
        "said-wait-until",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-12-03T09:00:00-05:00",
        notes=said("Please give us until Monday, December 7 before you get in touch."),
    ),
    Case(
        "said-wait-until-that-day",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-07T09:00:00-05:00",
        notes=said("Please give us until Monday, December 7 before you get in touch."),
    ),
    Case(
        "said-weekday-and-ordinal",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
        notes=said("We'll decide by Friday the 4th."),
    ),
    # --- business days: weekends and the country's holidays ---------------------------------
    Case(
        "gb-easter",
        email("I wanted to check in on the Operations Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-04-02T09:00:00+01:00",
        notes=abroad("GB", "2027-03-25T10:00:00+00:00"),
    ),
    Case(
        "gb-easter-passed",
        email("I wanted to check in on the Operations Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2027-04-05T09:00:00+01:00",
        notes=abroad("GB", "2027-03-25T10:00:00+00:00"),
    ),
    Case(
        "ie-st-patricks-day",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-03-22T09:00:00+00:00",
        notes=abroad("IE", "2027-03-15T11:00:00+00:00"),
    ),
    Case(
        "nz-waitangi-day",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-02-11T09:00:00+13:00",
        notes=abroad("NZ", "2027-02-04T13:00:00+13:00"),
    ),
    Case(
        "nz-waitangi-day-passed",
        email("I wanted to check in on the role."),
        set(),
        kind=CHECK_IN,
        send_at="2027-02-12T09:00:00+13:00",
        notes=abroad("NZ", "2027-02-04T13:00:00+13:00"),
    ),
    Case(
        "au-australia-day",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-01-28T09:00:00+11:00",
        notes=abroad("AU", "2027-01-21T09:30:00+11:00"),
    ),
    Case(
        "in-republic-day",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-01-27T10:00:00+05:30",
        notes=abroad("IN", "2027-01-20T11:00:00+05:30"),
    ),
    Case(
        "ca-thanksgiving",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-10-12T09:00:00-04:00",
        notes=abroad("CA", "2027-10-05T10:00:00-04:00"),
    ),
    Case(
        "us-thanksgiving",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-11-27T09:00:00-05:00",
        notes=NO_TIMELINE,
    ),
    Case(
        "us-weekend-friday-to-friday",
        email("I wanted to check in on the role."),
        set(),
        kind=CHECK_IN,
        send_at="2027-01-15T09:00:00-05:00",
        notes=abroad("US", "2027-01-08T10:00:00-05:00"),
    ),
    Case(
        "us-weekend-friday-to-thursday",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-01-14T09:00:00-05:00",
        notes=abroad("US", "2027-01-08T10:00:00-05:00"),
    ),
    Case(
        "us-christmas-too-soon",
        email("One last note on the Data Analyst role: I remain very interested."),
        {SOON},
        kind="final_follow_up",
        send_at="2026-12-28T09:00:00-05:00",
        history=[entry(CHECK_IN, "2026-12-21T09:00:00-05:00")],
    ),
    Case(
        "in-diwali-too-soon",
        email("One last note on the role: I remain very interested."),
        {SOON},
        kind="final_follow_up",
        send_at="2027-11-01T10:00:00+05:30",
        notes=abroad("IN", "2027-10-08T11:00:00+05:30"),
        history=[entry(CHECK_IN, "2027-10-25T10:00:00+05:30")],
    ),
    # --- time zones: everything is compared in the interview's zone -------------------------
    Case(
        "zone-today-still-today",
        email("Thank you for meeting with me today. I enjoyed our talk about Looker."),
        set(),
        send_at="2026-11-21T03:30:00+00:00",
    ),
    Case(
        "zone-yesterday-is-today",
        email("Thank you for meeting with me yesterday. I enjoyed our talk about Looker."),
        {CLAIM},
        send_at="2026-11-21T08:00:00+09:00",
    ),
    Case(
        "zone-thank-you-late",
        email("Thank you for meeting with me on Friday. I enjoyed our talk about Looker."),
        {LATE},
        send_at="2026-11-22T16:30:00+01:00",
    ),
    Case(
        "zone-on-the-decision-day",
        email("I wanted to check in on the Data Analyst role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-11-28T02:00:00+00:00",
    ),
    Case(
        "zone-after-the-decision-day",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-11-30T06:00:00+01:00",
    ),
    # --- timing-next-day-call -----------------------------------------------------------------
    Case(
        "phone-next-day",
        "Call notes: ask Sarah whether there is any news on the Data Analyst role.",
        {CALL, EARLY},
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-21T10:00:00-05:00",
    ),
    Case(
        "phone-same-evening-utc",
        "Call notes: ask Sarah whether there is any news on the Data Analyst role.",
        {CALL, EARLY},
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-21T01:00:00+00:00",
    ),
    Case(
        "phone-invited-by-contact-on",
        "Call notes: Sarah asked me to ring today about next steps.",
        set(),
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-21T10:00:00-05:00",
        notes={"timeline": {"contact_on": "2026-11-21"}},
    ),
    Case(
        "phone-invited-in-her-words",
        "Call notes: Sarah asked me to ring today about next steps.",
        set(),
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-18T10:00:00-05:00",
        notes={
            "interview": {"start": "2026-11-17T14:00:00-05:00", "end": None},
            **said("Give me a ring tomorrow and we can talk about next steps."),
        },
    ),
    Case(
        "phone-not-invited",
        "Call notes: ask Sarah whether there is any news on the role.",
        {CALL, EARLY},
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-18T10:00:00-05:00",
        notes={
            "interview": {"start": "2026-11-17T14:00:00-05:00", "end": None},
            **said("We hope to decide within two weeks."),
        },
    ),
    # --- timing-too-many and timing-too-soon-after-last: a final follow-up counts -----------
    Case(
        "third-is-a-final-follow-up",
        email("One last note on the Data Analyst role: I remain very interested."),
        {MANY},
        kind="final_follow_up",
        send_at="2026-12-21T09:00:00-05:00",
        history=[
            entry(CHECK_IN, "2026-11-30T09:00:00-05:00"),
            entry(CHECK_IN, "2026-12-08T09:00:00-05:00"),
        ],
    ),
    Case(
        "check-in-after-final",
        email("Checking in again on the Data Analyst role."),
        {MANY},
        kind=CHECK_IN,
        send_at="2027-01-11T09:00:00-05:00",
        history=[
            entry(CHECK_IN, "2026-11-30T09:00:00-05:00"),
            entry("final_follow_up", "2026-12-14T09:00:00-05:00"),
        ],
    ),
    Case(
        "final-too-soon",
        email("One last note on the Data Analyst role: I remain very interested."),
        {SOON},
        kind="final_follow_up",
        send_at="2026-12-03T09:00:00-05:00",
        history=[entry(CHECK_IN, "2026-11-30T09:00:00-05:00")],
    ),
    Case(
        "final-five-days-in-the-zone",
        email("One last note on the Data Analyst role: I remain very interested."),
        set(),
        kind="final_follow_up",
        send_at="2026-12-07T09:00:00-05:00",
        history=[entry(CHECK_IN, "2026-12-01T03:00:00+00:00")],
    ),
    Case(
        "thank-you-and-linkedin-do-not-count",
        email("I wanted to check in on the Data Analyst role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
        history=[
            entry("thank_you", "2026-11-20T19:00:00-05:00"),
            entry("linkedin_note", "2026-11-21T10:00:00-05:00", channel="linkedin"),
        ],
    ),
    # --- channel-multiple-same-day ----------------------------------------------------------
    Case(
        "linkedin-note-after-email-check-in",
        "Hi Sarah, I sent you an email this morning about the Data Analyst role and wanted to "
        "connect here as well. Priya",
        {SAME_DAY},
        kind="linkedin_note",
        channel="linkedin",
        send_at="2026-11-30T15:00:00-05:00",
        history=[entry(CHECK_IN, "2026-11-30T09:00:00-05:00")],
    ),
    Case(
        "phone-after-linkedin-note",
        "Call notes: ask Sarah whether there is any news on the Data Analyst role.",
        {SAME_DAY},
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-30T15:00:00-05:00",
        history=[entry("linkedin_note", "2026-11-30T09:00:00-05:00", channel="linkedin")],
    ),
    Case(
        "linkedin-check-in-after-email",
        "Hi Sarah, just checking in here too on the Data Analyst role. Priya",
        {SAME_DAY, SOON},
        kind=CHECK_IN,
        channel="linkedin",
        send_at="2026-11-30T15:00:00-05:00",
        history=[entry(CHECK_IN, "2026-11-30T09:00:00-05:00")],
    ),
    Case(
        "materials-after-phone-check-in",
        email("As promised, I have attached two samples of my dashboard work."),
        {SAME_DAY},
        kind="materials",
        send_at="2026-11-30T15:00:00-05:00",
        notes={"materials": [{"what": "dashboard samples"}]},
        history=[entry(CHECK_IN, "2026-11-30T09:00:00-05:00", channel="phone")],
    ),
    Case(
        "same-local-day-across-zones",
        "Hi Sarah, just checking in here too on the Data Analyst role. Priya",
        {SAME_DAY, SOON},
        kind=CHECK_IN,
        channel="linkedin",
        send_at="2026-12-01T04:45:00+00:00",
        history=[entry(CHECK_IN, "2026-11-30T23:30:00-05:00")],
    ),
    Case(
        "thank-you-and-linkedin-note-same-day",
        "Hi Sarah, thank you again for today's interview. I'd love to stay connected. Priya",
        {"channel-multiple-same-day"},  # two platforms the same evening (002 FAQ 4)
        kind="linkedin_note",
        channel="linkedin",
        send_at="2026-11-20T20:00:00-05:00",
        history=[entry("thank_you", "2026-11-20T19:00:00-05:00")],
    ),
    # --- timing-materials-late: the material this message sends ------------------------------
    Case(
        "references-late-sample-not-yet-due",
        email("As promised, I have attached my three references, with their contact details."),
        {MATERIALS},
        kind="materials",
        send_at="2026-11-23T10:00:00-05:00",
        notes={
            "materials": [
                {"what": "three references", "promised_by": "2026-11-21T09:00:00-05:00"},
                {"what": "a writing sample", "promised_by": "2026-11-25T17:00:00-05:00"},
            ]
        },
    ),
    Case(
        "sample-on-time",
        email("As promised, I have attached a writing sample from my current role."),
        set(),
        kind="materials",
        send_at="2026-11-23T10:00:00-05:00",
        notes={
            "materials": [
                {"what": "three references", "promised_by": "2026-11-21T09:00:00-05:00"},
                {"what": "a writing sample", "promised_by": "2026-11-25T17:00:00-05:00"},
            ]
        },
    ),
    Case(
        "promised-in-another-zone",
        email("As promised, I have attached my three references."),
        {MATERIALS},
        kind="materials",
        send_at="2026-11-23T13:00:00-05:00",
        notes={"materials": [{"what": "three references", "promised_by": "2026-11-23T17:00:00Z"}]},
    ),
    Case(
        "promised-in-another-zone-on-time",
        email("As promised, I have attached my three references."),
        set(),
        kind="materials",
        send_at="2026-11-23T11:30:00-05:00",
        notes={"materials": [{"what": "three references", "promised_by": "2026-11-23T17:00:00Z"}]},
    ),
    # --- timing-thank-you-late ----------------------------------------------------------------
    Case(
        "thank-you-next-morning",
        email("Thank you for meeting with me yesterday. I enjoyed our talk about Looker."),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "thank-you-36-hours",
        email("Thank you for meeting with me on Friday. I enjoyed our talk about Looker."),
        {LATE},
        send_at="2026-11-22T03:00:00-05:00",
    ),
]


# A second batch of variations, written after the first was fixed, to see that the fixes
# generalise rather than fit the first batch.
CASES += [
    Case(
        "almost-two-weeks-true",
        email(
            "Hope you had a great Thanksgiving! It's been almost two weeks since my interview "
            "for the Data Analyst role, so I wanted to check in."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-01T09:00:00-05:00",
    ),
    Case(
        "nearly-two-weeks-since-i-interviewed",
        email("It's been nearly two weeks since I interviewed, so I wanted to check in."),
        {CLAIM, EARLY},
        kind=CHECK_IN,
        send_at="2026-11-24T09:00:00-05:00",
    ),
    Case(
        "chatting-on-friday-sunday",
        email("Thanks so much for chatting with me on Friday about the Looker migration."),
        {LATE},
        send_at="2026-11-22T09:00:00-05:00",
    ),
    Case(
        "interview-me-this-week",
        email("Thank you for taking the time to interview me this week."),
        set(),
        send_at="2026-11-21T09:00:00-05:00",
    ),
    Case(
        "conversation-two-weeks-ago-true",
        email("I'm following up on our conversation from two weeks ago about the role."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-08T09:00:00-05:00",
    ),
    Case(
        "conversation-two-weeks-ago-after-24-days",
        email("I'm following up on our conversation from two weeks ago about the role."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-14T09:00:00-05:00",
    ),
    Case(
        "were-planning-past",
        email("I understand that you were planning to make a decision by November 27."),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "ahead-of-a-passed-decision",
        email("I wanted to check in ahead of the decision on Friday, November 27."),
        {CLAIM},
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "date-you-mentioned",
        email(
            "Please let me know if the timeline has changed from the November 27 date you "
            "mentioned."
        ),
        set(),
        kind=CHECK_IN,
        send_at="2026-12-02T09:00:00-05:00",
    ),
    Case(
        "references-on-time",
        email("Please find attached my references."),
        set(),
        kind="materials",
        send_at="2026-11-21T08:00:00-05:00",
    ),
    Case(
        "referees-late",
        email("Sorry for the delay: here are the details of my three referees."),
        {MATERIALS},
        kind="materials",
        send_at="2026-11-24T09:00:00-05:00",
    ),
    Case(
        "final-four-business-days",
        email("One last note on the Data Analyst role: I remain very interested."),
        {SOON},
        kind="final_follow_up",
        send_at="2026-12-10T09:00:00-05:00",
        history=[entry(CHECK_IN, "2026-12-04T09:00:00-05:00")],
    ),
    Case(
        "phone-invited-tomorrow",
        "Call notes: Sarah said to call her today with any questions.",
        set(),
        kind=CHECK_IN,
        channel="phone",
        send_at="2026-11-21T10:00:00-05:00",
        notes=said("Feel free to call me tomorrow if you have any questions."),
    ),
    Case(
        "gb-summer-bank-holiday",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-09-03T09:00:00+01:00",
        notes=abroad("GB", "2027-08-27T10:00:00+01:00"),
    ),
    Case(
        "ca-victoria-day",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-05-27T09:00:00-04:00",
        notes=abroad("CA", "2027-05-20T10:00:00-04:00"),
    ),
    Case(
        "us-independence-day-observed",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-07-09T09:00:00-04:00",
        notes=abroad("US", "2027-07-02T10:00:00-04:00"),
    ),
    Case(
        "nz-said-date",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2027-02-12T09:00:00+13:00",
        notes={
            **abroad("NZ", "2027-02-03T13:00:00+13:00"),
            **said("We'll be in touch by Friday 12 February."),
        },
    ),
    Case(
        "said-early-next-week",
        email("I wanted to check in on the role."),
        {EARLY},
        kind=CHECK_IN,
        send_at="2026-11-23T09:00:00-05:00",
        notes={
            "interview": {"start": "2026-11-16T10:00:00-05:00", "end": None},
            **said(
                "We expect to wrap up interviews this week and let everyone know early next week."
            ),
        },
    ),
    Case(
        "thank-you-from-india-next-morning",
        email("Thank you for meeting me yesterday. I enjoyed our talk about Looker."),
        set(),
        send_at="2026-11-21T20:30:00+05:30",
    ),
    Case(
        "linkedin-after-phone-same-day",
        "Hi Sarah, following up here as well on the Data Analyst role. Priya",
        {SAME_DAY, SOON},
        kind=CHECK_IN,
        channel="linkedin",
        send_at="2026-11-30T16:00:00-05:00",
        history=[entry(CHECK_IN, "2026-11-30T10:00:00-05:00", channel="phone")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_timing_case(case: Case) -> None:
    assert fired(case, "timing") == case.fires


if __name__ == "__main__":
    score(CASES, "timing")
