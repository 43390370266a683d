"""timing-claim-mismatch, second reading: a date that has passed, written as still ahead.

The rulebook's example context (rules/context.yaml): interview Friday 20 November 2026, 14:00
-05:00, country US, decision by Friday 27 November.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coach.checks.restated_dates import passed_dates_as_ahead
from coach.checks.timeline import said_dates
from coach.checks.written_dates import _WHEN, resolve_date, tense_around
from coach.engine import Checker
from coach.examples import example_messages
from coach.rulebook import Example, load_rules

RULE = load_rules()["timing-claim-mismatch"]
CHECKER = Checker()
INTERVIEW = dt.date(2026, 11, 20)


def findings(text: str, send_at: str, kind: str = "check_in", **notes: object) -> list:
    example = Example.model_validate(
        {"text": f"Dear Sarah,\n\n{text}", "send_at": send_at, "kind": kind, "notes": notes}
    )
    result = CHECKER.check_batch(example_messages(RULE, example))[0]
    return [f for f in result.findings if f.rule == RULE.id]


def date_of(text: str, country: str | None = "US", send: dt.date = dt.date(2026, 12, 4)):
    m = _WHEN.search(text)
    assert m is not None, text
    return resolve_date(m.groupdict(), country, INTERVIEW, send)


# --- reading dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Friday, November 27",
        "Friday November 27",
        "Friday 27 November",
        "Friday, 27 November",
        "27 November",
        "27th of November",
        "Nov 27",
        "Nov. 27",
        "November 27th",
        "November 27, 2026",
        "27 November 2026",
        "Fri, Nov 27",
        "the 27th",
        "Friday the 27th",
        "2026-11-27",
    ],
)
def test_date_forms(text):
    assert date_of(text) == dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("27/11", "GB", dt.date(2026, 11, 27)),
        ("27/11", "IE", dt.date(2026, 11, 27)),
        ("1/12", "NZ", dt.date(2026, 12, 1)),
        ("1/12", "AU", dt.date(2026, 12, 1)),
        ("1/12", "IN", dt.date(2026, 12, 1)),
        ("11/27", "US", dt.date(2026, 11, 27)),
        ("11/27/2026", "US", dt.date(2026, 11, 27)),
        ("27/11/26", "GB", dt.date(2026, 11, 27)),
        ("1/12", "US", dt.date(2027, 1, 12)),
        ("27/11", "US", None),  # no 27th month: not read the other way round
        ("27/11", "DE", None),  # order not known for the country
        ("27/11", "CA", None),
        ("27/11", None, None),
    ],
)
def test_numeric_dates_follow_the_country(text, country, expected):
    assert date_of(text, country) == expected


def test_a_year_less_date_is_the_one_nearest_the_interview():
    def resolve(text: str, interview: dt.date, send: dt.date) -> dt.date | None:
        m = _WHEN.search(text)
        assert m is not None
        return resolve_date(m.groupdict(), "US", interview, send)

    # early January about "December 30": the previous year
    assert resolve("December 30", dt.date(2026, 12, 18), dt.date(2027, 1, 6)) == dt.date(
        2026, 12, 30
    )
    # late December about "January 5": the next year
    assert resolve("January 5", dt.date(2026, 12, 18), dt.date(2026, 12, 20)) == dt.date(2027, 1, 5)


def test_a_weekday_that_contradicts_its_date_is_left_alone():
    assert date_of("Friday, November 28") is None  # the 28th is a Saturday
    assert date_of("Saturday the 27th") is None
    assert date_of("Saturday, November 28") == dt.date(2026, 11, 28)


def test_the_27th_alone_is_read_only_when_its_month_is_not_in_doubt():
    assert date_of("the 27th", send=dt.date(2026, 12, 4)) == dt.date(2026, 11, 27)
    # on 20 December "the 27th" may well be the coming one
    assert date_of("the 27th", send=dt.date(2026, 12, 20)) is None


# --- reading the clause ----------------------------------------------------------------------


def reading(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    found = tense_around(sentence, start, start + len(date))
    return found[0] if found else None


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand you hope to reach a decision by Friday, November 27.",
        "I look forward to our call on Monday, November 30.",
        "I look forward to hearing from you by 11 December.",
        "I wanted to share an idea ahead of your decision on the 27th.",
        "Are you still planning to decide by November 27?",
        "I'm hoping to hear back by November 27.",
        "The panel is scheduled for November 27.",
        "Please let me know by November 27.",
        "You will decide by November 27, as you said.",
        "I know the decision is due on November 27.",
        "We are going to speak on November 27.",
        "I intend to send them before November 27.",
        "I'd love to hear about the upcoming review on November 27.",
        "You mentioned that you're still hoping to decide by November 27.",
    ],
)
def test_forward_wording(sentence):
    date = _WHEN.search(sentence)
    assert date is not None
    assert reading(sentence, date.group()) == "ahead", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You had hoped to decide by November 27, so I wanted to check in.",
        "I know you were hoping to make an offer by November 27.",
        "You said you would decide by November 27.",
        "You mentioned a decision by November 27.",
        "You told me I would hear back by November 27.",
        "The decision you promised me by November 27 has not come.",
        "I hope your presentation on November 27 went well.",
        "The decision was due on November 27.",
        "The decision by November 27 was delayed.",
        "Now that November 27 has passed, I wanted to check in.",
        "It has been a week since November 27.",
        "I know HR hoped to finish and be in touch by November 27.",
        "I will review the offer you sent me on November 27.",
        "I look forward to staying in touch after our meeting on November 27.",
        "I will reply to your email of November 27.",
        # a gerund has no tense of its own: it is what was said, then
        "You talked about hoping to decide by November 27.",
        "The team had mentioned planning to finish the shortlist by November 27.",
    ],
)
def test_past_wording(sentence):
    date = _WHEN.search(sentence)
    assert date is not None
    assert reading(sentence, date.group()) != "ahead", sentence


# --- the rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "send_at"),
    [
        (
            "I understand you hope to reach a decision by Friday, November 27, so I wanted to "
            "check in on the Data Analyst role.",
            "2026-12-04T10:00:00-05:00",
        ),
        ("I look forward to our call on Monday, November 30.", "2026-12-02T10:00:00-05:00"),
        ("I look forward to hearing from you by 11 December.", "2026-12-16T10:00:00-05:00"),
        (
            "I wanted to share one more idea ahead of your decision on the 27th.",
            "2026-12-01T10:00:00-05:00",
        ),
        (
            "You hoped to decide by Friday, November 27, and I look forward to our call the "
            "following Monday.",
            "2026-12-02T10:00:00-05:00",
        ),
    ],
)
def test_fires(text, send_at):
    found = findings(text, send_at)
    assert len(found) == 1, found
    assert found[0].severity == "warning"
    assert "had passed when this was sent" in found[0].message


@pytest.mark.parametrize(
    ("text", "send_at", "why"),
    [
        # the 28th is a Saturday: the slip is reported, not read as a date that has passed
        (
            "I look forward to our call on Friday, November 28.",
            "2026-12-04T10:00:00-05:00",
            "28 November 2026 is a Saturday, not a Friday",
        ),
        ("Thank you for our talk on Thu 20 Nov.", "2026-11-21T10:00:00-05:00", "is a Friday"),
        # counted from the day of writing: the notes' date is Friday 27 November
        (
            "Since the decision was due yesterday, I wanted to check in.",
            "2026-11-25T10:00:00-05:00",
            "not Tuesday 24 November 2026",
        ),
        (
            "I understand the panel hopes to decide next week.",
            "2026-11-30T10:00:00-05:00",
            "not the week of 7 December",
        ),
        (
            "I understand you hope to decide by Thursday.",
            "2026-11-23T10:00:00-05:00",
            "not Thursday 26 November 2026",
        ),
        (
            "I know you're aiming to decide by the end of the month.",
            "2026-12-03T10:00:00-05:00",
            "not December 2026",
        ),
    ],
)
def test_fires_on_a_day_that_is_not_so(text, send_at, why):
    [found] = findings(text, send_at)
    assert why in found.message


@pytest.mark.parametrize(
    ("text", "send_at"),
    [
        (
            "Since the decision was due yesterday, I wanted to check in.",
            "2026-11-28T10:00:00-05:00",
        ),
        ("I understand the panel hopes to decide today.", "2026-11-27T10:00:00-05:00"),
        ("I understand you hope to decide this week.", "2026-11-23T10:00:00-05:00"),
        ("I understand you hope to decide by Friday.", "2026-11-23T10:00:00-05:00"),
        ("You said you'd decide by Friday, so I wanted to check in.", "2026-11-30T10:00:00-05:00"),
        ("Before you make your decision, I wanted to add one thing.", "2026-11-24T10:00:00-05:00"),
        # the interviewer's own words: their "next week" counts from the interview
        (
            "You said you would decide next week, so I wanted to check in.",
            "2026-12-01T10:00:00-05:00",
        ),
        # a year other than the nearest fits the weekday: the year is in doubt
        ("I started there on Monday, 4 January.", "2026-11-25T10:00:00-05:00"),
        ("I look forward to our call on Saturday, November 28.", "2026-11-25T10:00:00-05:00"),
    ],
)
def test_days_that_fit_are_left_alone(text, send_at):
    assert findings(text, send_at) == []


@pytest.mark.parametrize(
    ("text", "send_at"),
    [
        # the same sentences sent before the date
        (
            "I understand you hope to reach a decision by Friday, November 27.",
            "2026-11-25T10:00:00-05:00",
        ),
        ("I look forward to our call on Monday, November 30.", "2026-11-27T10:00:00-05:00"),
        # on the date itself it has not passed
        ("I look forward to our call on Monday, November 30.", "2026-11-30T08:00:00-05:00"),
        # past tense: what a check-in should say
        (
            "You had hoped to decide by November 27, so I wanted to check in.",
            "2026-12-04T10:00:00-05:00",
        ),
        (
            "I have thought about it since our interview on Friday, November 20.",
            "2026-12-04T10:00:00-05:00",
        ),
        # a weekday alone is the next one
        ("I'll check back on Monday.", "2026-12-04T10:00:00-05:00"),
        ("I look forward to our call on Monday.", "2026-12-04T10:00:00-05:00"),
        # not dates
        ("I'll meet you on the 5th floor.", "2026-12-10T10:00:00-05:00"),
        ("I will cut the backlog by 2/3 this quarter.", "2026-12-04T10:00:00-05:00"),
    ],
)
def test_does_not_fire(text, send_at):
    assert findings(text, send_at) == []


def test_a_date_in_a_quoted_message_is_not_the_writers():
    text = (
        "Thank you for the update.\n\nOn Tue, Nov 24, 2026 at 4:12 PM Sarah Chen wrote:\n"
        "> We will decide by Friday, November 27.\n"
    )
    assert findings(text, "2026-12-04T10:00:00-05:00") == []


def test_compared_in_the_interviews_zone():
    text = "I look forward to hearing from you by Friday, November 27."
    # 03:00 UTC on the 28th is still the evening of the 27th at -05:00
    assert findings(text, "2026-11-28T03:00:00+00:00") == []
    # 06:00 at +01:00 on the 28th is midnight on the 28th at -05:00
    assert findings(text, "2026-11-28T06:00:00+01:00")


def test_numeric_dates_only_where_the_country_settles_the_order():
    text = "Could you let me know by 27/11 whether there is any news?"
    assert findings(text, "2026-12-04T10:00:00-05:00", country="GB")
    assert findings(text, "2026-12-04T10:00:00-05:00", country="DE") == []


def test_span_runs_from_the_forward_words_to_the_date():
    text = "Dear Sarah,\n\nI understand you hope to reach a decision by Friday, November 27."
    [(start, end, day)] = passed_dates_as_ahead(text, 0, "US", INTERVIEW, dt.date(2026, 12, 4))
    assert text[start:end] == "hope to reach a decision by Friday, November 27"
    assert day == dt.date(2026, 11, 27)


def test_a_future_meeting_is_not_a_claim_about_the_interview():
    # the first reading compares "speaking with you on <day>" with the interview's day; a
    # meeting spoken of as ahead is another meeting
    text = "Thank you for meeting with me today. I look forward to speaking with you on Monday."
    assert findings(text, "2026-11-20T19:00:00-05:00", kind="thank_you") == []
    # ...while a wrong day for the interview itself still fires
    assert findings(
        "Thank you for meeting with me on Thursday.", "2026-11-21T10:00:00-05:00", kind="thank_you"
    )


def test_a_rejection_reply_names_the_interview_but_its_call_is_the_news():
    # interview Friday 20 November; the reply three weeks later
    late = "2026-12-11T10:00:00-05:00"
    kind = "rejection_reply"
    assert findings(
        "Thank you for letting me know so soon after last week's interview.", late, kind
    )
    assert findings("Thank you for the call yesterday to let me know.", late, kind) == []
    assert findings("Thank you for letting me know in today's call.", late, kind) == []


def test_a_call_on_the_day_of_another_recorded_contact_is_that_call():
    # interview Friday 20 November; a phone check-in on Tuesday 1 December is in the history
    call = {"kind": "check_in", "channel": "phone", "to": "Sarah Chen"}
    history = [{**call, "sent_at": "2026-12-01T10:00:00-05:00"}]
    later = "2026-12-10T10:00:00-05:00"
    for text in (
        "Since our call on the 1st, I have kept thinking about the dashboard work.",
        "Thank you again for our conversation on Tuesday.",
    ):
        sent = "2026-12-03T10:00:00-05:00" if "Tuesday" in text else later
        assert findings(text, sent, kind="final_follow_up", history=history) == [], text
        # with no such call in the notes, the day is a wrong day for the interview
        assert findings(text, sent, kind="final_follow_up"), text


def test_the_first_reading_still_says_how_long_ago_the_interview_was():
    [found] = findings("It's been two weeks since we met.", "2026-11-23T10:00:00-05:00")
    assert "the interview was 3 days before this message" in found.message


# --- the interviewer's decision date restated wrongly ----------------------------------------
# The example context's decision date is Friday 27 November; a check-in after it is allowed.


@pytest.mark.parametrize(
    "text",
    [
        "You mentioned the panel would reach a decision by 20 December, so I am writing early.",
        "Sarah said the team would decide before Christmas; I hope the search is going well.",
        "When we met, you told me a decision would come by Nov. 24, and I'm keen to hear.",
        "The hiring team hoped to decide before Halloween, and I remain very interested.",
    ],
)
def test_a_decision_date_restated_wrongly(text):
    assert findings(text, "2026-12-02T10:00:00-05:00"), text


@pytest.mark.parametrize(
    "text",
    [
        "You mentioned a decision by 27 November, so I thought I would check in.",
        "You said the panel would decide on Friday, November 27; is there any news?",
        "I said I would decide on the other offer by 20 December, but I would prefer yours.",
        "When we met on November 20 you said a decision would follow soon.",
    ],
)
def test_a_decision_date_restated_rightly_or_not_at_all(text):
    assert not findings(text, "2026-12-02T10:00:00-05:00"), text


# --- the interviewer's words: a date is a decision date only where they say so ----------------


@pytest.mark.parametrize(
    "said",
    [
        "We are seeing the last two candidates next week and haven't set a decision date yet.",
        "We finish interviewing on Friday the 4th and there is no firm date for a decision yet.",
        "The panel meets again on 2 December, but we have not fixed a timeline.",
    ],
)
def test_a_sentence_that_sets_no_decision_date_gives_none(said):
    assert [what for what, _ in said_dates(said, INTERVIEW, "US")] == [], said


def test_a_decision_date_said_plainly_is_still_read():
    found = said_dates("We hope to reach a decision by Friday the 4th.", INTERVIEW, "US")
    assert found == [("decision", dt.date(2026, 12, 4))]
