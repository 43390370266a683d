""" "What do I say to <someone>?" asks for a message's content: the thank-you's while that
person has had none, the check-in's after it, the reply's after a no; and it offers no words of
its own to be judged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.factset import Facts, Sent
from coach.chat.intended import intended_words
from coach.chat.say_to import content_entry
from coach.models import HistoryEntry, Kind, Stage
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")


def test_a_person_not_yet_thanked_is_owed_the_thank_you() -> None:
    facts = Facts(names=["Sarah Chen"])
    assert content_entry("what would I even write to Sarah?", facts, None, None) == (
        "thank-you-content"
    )


def test_after_the_thank_you_the_next_words_are_a_check_in() -> None:
    facts = Facts(names=["Sarah Chen"])
    facts.sent.append(Sent(Kind.thank_you, dt.date(2026, 11, 20), to="Sarah Chen"))
    assert content_entry("what should I say to Sarah now?", facts, None, None) == (
        "check-in-content"
    )


def test_after_a_no_the_words_are_the_reply() -> None:
    assert content_entry("what do I write back to them?", Facts(), None, Stage.rejected) == (
        "rejection"
    )


def test_a_question_about_answering_the_panel_is_not_about_a_message() -> None:
    assert (
        content_entry("what do I say to the interview question on gaps?", Facts(), None, None)
        is None
    )


def test_asking_what_to_say_offers_no_words_to_judge() -> None:
    assert intended_words("what should I tell her, she only asked about my shift pattern") is None


def test_the_answer_is_about_content_not_timing() -> None:
    start = NOTES.interview.start.astimezone(NOTES.interview.zone)
    name = NOTES.interviewers[-1].name.split()[0]
    answer = ask(f"what do I actually say to {name}?", NOTES, now=start + dt.timedelta(hours=3))
    assert answer.intent == "content"


def test_him_is_the_interviewer_still_owed_a_thank_you() -> None:
    thanked, owed = NOTES.interviewers[0].name, NOTES.interviewers[-1].name
    assert thanked != owed
    sent = HistoryEntry(
        kind=Kind.thank_you, channel="email", to=thanked,
        sent_at=NOTES.interview.start + dt.timedelta(hours=5),
    )  # fmt: skip
    notes = NOTES.model_copy(update={"history": [sent]})
    assert content_entry("what should I say to him?", Facts(), notes, None) == "thank-you-content"
