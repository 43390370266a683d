"""How people are addressed, beyond first names and honorifics: a job word used as a form of
address ("Coach Mbeki", "Captain Ortiz"), a greeting that names the wrong member of the panel,
thanks to a colleague with an honorific, and names with an apostrophe inside ("Ma'u").

Each case is a different trade and country from the messages that prompted the fixes, so that
what is tested is the mechanism and not a sentence.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import CHECKER, Case, fired  # noqa: E402

from coach.examples import merge_notes  # noqa: E402
from coach.models import Channel, Kind, Notes  # noqa: E402
from coach.readers import Message  # noqa: E402
from coach.rulebook import example_context  # noqa: E402

TITLE = "title-mismatch"
RECIPIENT = "name-wrong-recipient"
GREETING = "greeting-missing"
CASUAL = "tone-unprofessional"

ROWING = {
    "company": {"name": "Harbourside Rowing Club"},
    "role": "Assistant Coach",
    "interviewers": [
        {"name": "Thandi Mbeki", "honorific": "Ms.", "title": "Head Coach"},
        {"name": "Luis Ortiz", "honorific": "Mr.", "title": "Boat Captain"},
        {"name": "Sione Ma'u", "honorific": "Mr.", "title": "Club Secretary"},
    ],
    "country": "ZA",
}
DETAIL = "I enjoyed hearing how the novice squad trains on the harbour before dawn."


def note(greeting: str, body: str = DETAIL) -> str:
    return (
        f"Subject: Thank you for the Assistant Coach interview\n\n{greeting}\n\n{body}\n\n"
        "Thank you for your time, and I remain keen on the role.\n\nKind regards,\nPriya Raman"
    )


def case(id: str, greeting: str, fires: set[str], to: str, body: str = DETAIL) -> Case:
    return Case(id, note(greeting, body), fires, to=to, notes=ROWING)


TITLE_CASES = [
    # a job word alone before the name is a form of address, whatever word opens the greeting
    case("dear-coach", "Dear Coach Mbeki,", set(), to="Thandi Mbeki"),
    case("hello-coach-first-name", "Hello Coach Thandi,", set(), to="Thandi Mbeki"),
    case("hi-captain", "Hi Captain Ortiz,", set(), to="Luis Ortiz"),
    case("good-morning-captain", "Good morning Captain Luis,", set(), to="Luis Ortiz"),
    # a title of two words that is not theirs is still a different title
    case("dear-junior-coach", "Dear Junior Coach Mbeki,", {TITLE}, to="Thandi Mbeki"),
    case("dear-head-coach", "Dear Head Coach Mbeki,", set(), to="Thandi Mbeki"),
]

GREETING_CASES = [
    # a greeting that names someone else of the panel is one fault, reported once: by
    # name-wrong-recipient, whose rewrite names the reader (greeting-missing stays for a
    # greeting that names nobody)
    case("greets-the-captain", "Dear Captain Ortiz,", {RECIPIENT}, to="Thandi Mbeki"),
    case("greets-colleague-first-name", "Hello Luis,", {RECIPIENT}, to="Sione Ma'u"),
    case("greets-someone-not-on-the-panel", "Dear Mr. Halvorsen,", {GREETING}, to="Sione Ma'u"),
    case("greets-reader-as-coach", "Dear Coach Thandi,", set(), to="Thandi Mbeki"),
    case("greets-nobody", "Hello,", {GREETING}, to="Thandi Mbeki"),
]

RECIPIENT_CASES = [
    case(
        "thanks-colleague-with-honorific",
        "Dear Ms. Mbeki,",
        {RECIPIENT},
        to="Thandi Mbeki",
        body="Thank you, Mr. Ortiz, for showing me the boat shed. " + DETAIL,
    ),
    case(
        "thanks-reader-with-honorific",
        "Dear Ms. Mbeki,",
        set(),
        to="Thandi Mbeki",
        body="Thank you, Ms. Mbeki, for the tour of the boat shed. " + DETAIL,
    ),
    case(
        "colleague-in-third-person",
        "Dear Ms. Mbeki,",
        set(),
        to="Thandi Mbeki",
        body="Mr. Ortiz's account of the regatta was a highlight. " + DETAIL,
    ),
]

CASUAL_CASES = [
    # the letters after an apostrophe inside a name are not text-speak
    case("apostrophe-name-greeting", "Dear Mr. Ma'u,", set(), to="Sione Ma'u"),
    case(
        "apostrophe-name-in-body",
        "Dear Coach Mbeki,",
        set(),
        to="Thandi Mbeki",
        body="Please pass my thanks to Mr. Ma'u as well. " + DETAIL,
    ),
    case(
        "text-speak-still-found",
        "Dear Mr. Ma'u,",
        {CASUAL},
        to="Sione Ma'u",
        body="Thx u for the chat, " + DETAIL,
    ),
    # a sentence that opens in lower case after an inline greeting is written correctly
    case(
        "inline-greeting-lower-case",
        "Hi Coach Thandi, it was a real pleasure to talk about the novice squad.",
        set(),
        to="Thandi Mbeki",
        body="I would be glad to stay in touch, whatever you decide.",
    ),
]


@pytest.mark.parametrize("case", TITLE_CASES + RECIPIENT_CASES, ids=lambda c: c.id)
def test_names(case: Case) -> None:
    assert fired(case, "names") == case.fires


@pytest.mark.parametrize("case", GREETING_CASES, ids=lambda c: c.id)
def test_greeting(case: Case) -> None:
    found = fired(case, "names") | fired(case, "form")
    assert found & {RECIPIENT, GREETING} == case.fires


@pytest.mark.parametrize("case", CASUAL_CASES, ids=lambda c: c.id)
def test_casual(case: Case) -> None:
    assert fired(case, "tone") & {CASUAL} == case.fires


def test_a_greeting_that_runs_into_thanks_reports_the_wrong_name_once() -> None:
    # "Hello Luis, thank you ..." is read both as a greeting and as thanks said to Luis: one name,
    # one finding
    text = (
        "Hello Luis, thank you for the tour of the boat shed. " + DETAIL + "\n\nKind regards,\n"
        "Priya Raman"
    )
    data = merge_notes(example_context(), ROWING)
    message = Message(
        path="linkedin.md",
        text=text,
        kind=Kind.linkedin_note,
        channel=Channel.linkedin,
        to="Sione Ma'u",
        send_at=dt.datetime.fromisoformat("2026-11-20T19:30:00-05:00"),
        notes=Notes.model_validate(data),
    )
    wrong = [f for f in CHECKER.check(message).findings if f.rule == RECIPIENT]
    assert [text[f.start : f.end] for f in wrong] == ["Luis"]
