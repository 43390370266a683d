"""Questions about a message's wording, not its timing: whether one interviewer's note may
copy another's, and whether a part of a message is required ("do I need X, or is a general
one fine?"), answered yes or no from the rule that finds that part missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.required import required_verdict
from coach.models import Kind
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 20, 18, tzinfo=NOTES.interview.zone)


def test_asked_ahead_whether_two_notes_may_match_is_a_no() -> None:
    q = "should my note to the second interviewer be the same as the first one's? he only sat in"
    answer = ask(q, NOTES, now=NOW)
    assert answer.answer.startswith("No: write each interviewer their own note")
    assert "duplicate-across-interviewers" in answer.rules


def test_a_quoted_phrase_one_means_to_use_is_checked_for_tone() -> None:
    q = "would it sound needy to say 'I really need this job, please' in my check-in?"
    answer = ask(q, NOTES, now=NOW)
    assert answer.answer.startswith("Yes, it reads as")
    assert "tone-desperate" in answer.rules


def test_a_required_part_of_a_thank_you_is_a_yes_with_its_rule() -> None:
    lead, rules = required_verdict(
        "do I have to bring up a detail we discussed, or will a standard thank you do?", None
    )
    assert lead.startswith("Yes: name one specific thing") and rules == ["detail-missing"]


def test_a_part_that_only_warns_for_the_kind_is_expected_not_required() -> None:
    lead, rules = required_verdict(
        "do I need to mention a detail from the interview in a check-in?", Kind.check_in
    )
    assert lead.startswith("Yes, it is expected") and rules == ["detail-missing"]


def test_no_need_question_gives_no_lead() -> None:
    assert required_verdict("what should a thank-you say?", None) == ("", [])


def test_the_chat_leads_with_the_yes() -> None:
    q = "do I need to mention something specific we talked about in my thank you, or is generic ok?"
    assert ask(q, NOTES, now=NOW).answer.startswith("Yes: name one specific thing")
