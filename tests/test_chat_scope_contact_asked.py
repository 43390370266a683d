"""A topic the articles do not cover, named only in the story around the ask ("she said the
contract comes Friday"), does not take over a question whose asking clause is about the user
getting in touch; waiting for the paperwork is a status follow-up. Someone else calling, or an
uncovered topic in the ask itself, still leaves the question out of scope."""

from __future__ import annotations

from coach.chat.scope import uncovered


def test_the_ask_is_about_getting_in_touch() -> None:
    assert uncovered("she told me the contract is coming friday. phone her again or write?") is None
    assert uncovered("he said we'd sort the start date on the call. ok to ring him monday?") is None


def test_waiting_for_the_paperwork_is_a_follow_up() -> None:
    assert uncovered("should I email every few days until the signed contract arrives?") is None


def test_someone_else_calling_does_not_make_it_a_follow_up() -> None:
    assert uncovered("how do i answer 'tell me about yourself' if they call me again") is not None


def test_an_uncovered_ask_stays_out_of_scope() -> None:
    assert uncovered("can I ring them to negotiate the salary up?") is not None
