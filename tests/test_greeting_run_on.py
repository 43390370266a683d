"""coach.semantic.sentences: a spoken greeting that runs on into the first sentence ("Good
morning, Mr. Okafor. This is Dana Reyes; ...") ends at its own sentence end, so the sentence
after it is read whole, not from the middle of a word. Cases written for this test."""

from __future__ import annotations

from coach import semantic
from coach.text import Doc


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in semantic.sentences(Doc(text))]


def test_the_sentence_after_a_run_on_greeting_is_read_whole():
    text = (
        "Good morning, Mr. Okafor. This is Dana Reyes; we met on Tuesday for the Quarry "
        "Supervisor interview. I am calling to ask whether there is any news on the role."
    )
    found = sentence_texts(text)
    assert found[0] == (
        "This is Dana Reyes; we met on Tuesday for the Quarry Supervisor interview."
    )


def test_a_greeting_with_the_body_after_a_comma_still_starts_the_body_there():
    text = "Hi Sara, thanks so much for the tour of the quarry this morning.\n\nBest,\nDana"
    assert sentence_texts(text)[0] == "thanks so much for the tour of the quarry this morning."


def test_an_honorific_inside_the_greeting_ends_nothing():
    text = "Dear Dr. Okafor,\n\nThank you for showing me the crusher line this morning."
    assert sentence_texts(text) == ["Thank you for showing me the crusher line this morning."]
