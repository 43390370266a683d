"""The sections an answer cites follow what its verdict turns on: a check-in held back to the
day they asked for is their request (001 "Don't be overeager"), not only the 5-day floor; a
call is the article on making a follow-up call. Questions are our own; dates are the plan's."""

from __future__ import annotations

import sys
from pathlib import Path

from coach.chat import ChatAnswer, ask

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import at, bluegum  # noqa: E402

# they asked not to be contacted before Monday 15 March
WAIT = """\
timeline:
  said: "Odette: please hold off until the 15th, the panel is away."
  decision_by: null
  no_contact_before: 2027-03-15
  contact_on: null
"""


def cited(doc: ChatAnswer) -> list[tuple[str, str]]:
    return [(c.article, c.section) for c in doc.citations]


def test_a_check_in_held_to_their_day_cites_their_request(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, WAIT)
    doc = ask("a whole week of nothing, may I drop Odette a line today?", notes, now=at(10))
    assert "15 March" in doc.answer.split("\n\n")[0]
    assert ("001", "Don't be overeager") in cited(doc)


def test_a_check_in_past_their_day_does_not_cite_it_as_a_wait(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, WAIT)
    doc = ask("a whole week of nothing, may I drop Odette a line today?", notes, now=at(16))
    assert not doc.answer.startswith("No")
    assert ("001", "Don't be overeager") not in cited(doc)[:1]


def test_a_call_to_ask_for_news_cites_the_follow_up_call(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("would phoning Odette on the 12th for an update be alright?", notes, now=at(8))
    assert ("002", "Make a Follow-Up Call") in cited(doc)


def test_an_email_question_does_not_cite_the_follow_up_call(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("would emailing Odette on the 12th for an update be alright?", notes, now=at(8))
    assert ("002", "Make a Follow-Up Call") not in cited(doc)


def test_a_length_asked_beside_the_timing_gets_the_kinds_budget(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("when's the check-in due, and how many words max should it be?", notes, now=at(8))
    assert "150 words" in doc.answer
    assert "too-long" in doc.rules


def test_how_long_to_wait_is_not_a_length_question(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("how long should I wait before the check-in?", notes, now=at(8))
    assert "150 words" not in doc.answer


def test_silence_after_the_last_follow_up_is_the_time_to_move_on(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "and when my final check-in meets silence as well, do I just keep writing?",
        notes,
        now=at(8),
    )
    assert doc.answer.startswith("No")
    assert ("004", "Don't Ignore other Opportunities") in cited(doc)[:2]


def test_silence_after_a_first_check_in_is_not_the_end(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("my first check-in met silence, when can I write again?", notes, now=at(12))
    assert ("004", "Don't Ignore other Opportunities") not in cited(doc)[:1]
    assert "move on" not in doc.answer.split("\n\n")[0]


def test_one_thank_you_sent_to_two_people_with_names_changed_was_a_weak_spot(
    tmp_path: Path,
) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "Odette and her deputy got the same thank-you from me, only the names changed. "
        "Was that a mistake?",
        notes,
        now=at(4),
    )
    assert doc.answer.startswith("Yes")
    assert "duplicate-across-interviewers" in doc.rules
    assert ("004", "Express your gratitude for their time") in cited(doc)


# a decision promised by Tuesday 9 March, a check-in on Wednesday 10 March, then a no
TURNED_DOWN = """\
timeline:
  said: "Odette: we will decide by Tuesday the 9th."
  decision_by: 2027-03-09
  no_contact_before: null
  contact_on: null
"""
CHECKED_IN = (
    "  - {kind: thank_you, channel: email, to: Odette Marr, sent_at: 2027-03-03T19:00:00+11:00}\n"
    "  - {kind: check_in, channel: email, to: Odette Marr, sent_at: 2027-03-10T09:00:00+11:00}\n"
)


def test_looking_back_after_a_no_is_still_a_timing_question(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, TURNED_DOWN, history=CHECKED_IN)
    notes = notes.model_copy(update={"stage": "rejected"})
    doc = ask("I wrote to Odette on the 10th, was that timing alright?", notes, now=at(20))
    assert doc.answer.startswith("Yes")
    assert "10 March" in doc.answer
    assert ("001", "Handle rejection graciously") not in cited(doc)[:1]


def test_writing_again_after_a_no_is_still_the_rejection_answer(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, TURNED_DOWN, history=CHECKED_IN)
    notes = notes.model_copy(update={"stage": "rejected"})
    doc = ask(
        "can I write to Odette again next week to see if anything changed?", notes, now=at(20)
    )
    assert doc.answer.startswith("No")


def test_an_employment_agreement_due_by_a_day_is_asked_after_the_next_business_day(
    tmp_path: Path,
) -> None:
    notes = bluegum(tmp_path).model_copy(update={"stage": "offer"})
    doc = ask(
        "on our call Odette offered me the job! the employment agreement should reach me by "
        "Friday the 12th. if it doesn't, when can I ask about it?",
        notes,
        now=at(8),
    )
    assert doc.answer.startswith("Not yet")
    assert "Monday 15 March" in doc.answer
    assert ("002", "Make a Follow-Up Call") not in cited(doc)  # "our call" is the past one


def test_a_nickname_the_whole_office_uses_is_a_names_question(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "the whole depot calls her Detta. how should I greet her in the check-in?",
        notes,
        now=at(8),
    )
    assert ("003", "Rules to follow") in cited(doc)


def test_how_to_word_a_pay_request_is_out_of_scope_not_a_tone_check(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    question = (
        "the salary they named is 80k. may I counter at 90k, and how do I say it without "
        "sounding greedy?"
    )
    doc = ask(question, notes, now=at(8))
    assert doc.in_scope is False
    assert "don't cover" in doc.answer


def test_quoted_words_on_an_uncovered_topic_are_still_checked(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("can I say 'I need your offer by Friday or I walk'?", notes, now=at(8))
    assert doc.in_scope is not False


def test_what_to_write_in_a_linkedin_request_is_the_linkedin_topic(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask(
        "what should I put in the LinkedIn request to Odette, and is it sent before the "
        "thank-you email or after?",
        notes,
        now=at(3, 15),
    )
    assert ("002", "Connect on LinkedIn") in cited(doc)[:1]
    assert "300 characters" in doc.answer
