"""A rejection said in the question is the occasion, not the topic, when the question names
what a no leaves open: staying connected on LinkedIn (002 FAQ 10) or a card of thanks (002
FAQ 8). "Character limit" asks the LinkedIn note's length, not how many follow-ups."""

from __future__ import annotations

from coach.chat import ask


def test_linkedin_after_a_no_is_answered_as_linkedin() -> None:
    answer = ask(
        "they turned me down yesterday. may I still connect with the recruiter on linkedin?"
    )
    assert "LinkedIn" in answer.citations[0].section
    assert "300" in answer.answer


def test_a_card_after_a_no_is_answered_as_a_card() -> None:
    answer = ask("I wasn't selected. would a handwritten card to the panel be odd?")
    assert any("Handwritten" in c.section for c in answer.citations[:1]), answer.citations


def test_a_character_limit_is_not_a_count_of_follow_ups() -> None:
    answer = ask("what's the character limit on a linkedin connection note?")
    assert all("How Many Times" not in c.section for c in answer.citations)
    assert "300" in answer.answer
