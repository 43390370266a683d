"""A question's clauses that ask, apart from the ones that only tell the story around the ask."""

from __future__ import annotations

from coach.chat.ask_clauses import split_clauses, told_spans


def _asks(question: str) -> list[tuple[str, bool]]:
    return [(question[a:b], asks) for a, b, asks in split_clauses(question)]


def test_a_story_sentence_before_the_ask_only_tells() -> None:
    q = "the panel spent ages on the bonus scheme. what do I put in my note to Priya?"
    assert _asks(q) == [
        ("the panel spent ages on the bonus scheme.", False),
        ("what do I put in my note to Priya?", True),
    ]


def test_a_clause_after_a_comma_is_read_on_its_own() -> None:
    q = "should I write to Omar tonight, he talked mostly about salary bands"
    assert _asks(q) == [
        ("should I write to Omar tonight", True),
        ("he talked mostly about salary bands", False),
    ]


def test_a_conjunction_that_opens_a_new_ask_splits_the_sentence() -> None:
    q = "Lena said to phone on Friday but could I phone on Thursday"
    assert _asks(q) == [
        ("Lena said to phone on Friday", False),
        ("but could I phone on Thursday", True),
    ]


def test_a_question_written_as_a_statement_keeps_all_its_words() -> None:
    assert _asks("ten days and no word from them") == [("ten days and no word from them", True)]
    assert _asks("six days is long enough?") == [("six days is long enough?", True)]


def test_quoted_words_to_write_are_told_not_asked() -> None:
    q = "can I end with 'I look forward to discussing the package'?"
    told = [q[a:b] for a, b in told_spans(q)]
    assert told == ["'I look forward to discussing the package'"]


def test_an_apostrophe_is_not_a_quote() -> None:
    assert told_spans("is it ok if I don't chase until the team's offsite is over?") == []
