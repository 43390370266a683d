"""coach.checks.counted: a count of the writer's own messages ("one last time", "again") is the
fact of a follow-up; a reproach needs the reader's silence or the earlier message tied to it.
Cases written for this test, for a ferry company and a bakery."""

from __future__ import annotations

import pytest

from coach import semantic
from coach.checks.counted import only_counted, uncounted

REPROACH = "tone-passive-aggressive"


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        (
            "I am writing one final time about the Deckhand post.",
            "I am writing about the Deckhand post.",
        ),
        ("Following up again on the bakery role.", "Following up on the bakery role."),
        ("I know I have phoned twice already.", "I know I have phoned already."),
    ],
)
def test_the_count_is_taken_out(sentence, rest):
    assert uncounted(sentence) == rest


def test_a_sentence_without_a_count_has_no_uncounted_reading():
    assert uncounted("I am writing about the Deckhand post.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "I am writing one final time about the Deckhand post.",
        "I know I have phoned twice already.",
        # "my answer" is the writer's own, not the reader's
        "I have gone over my answer again since Tuesday.",
    ],
)
def test_a_bare_count_is_no_reproach(sentence):
    model = semantic.classifier()
    # whatever the classifier makes of the whole, the count alone does not carry a reproach
    assert only_counted(model, REPROACH, sentence) or REPROACH not in model.score(sentence).labels


@pytest.mark.parametrize(
    "sentence",
    [
        # the count tied to the reader's silence, or to the earlier message it repeats
        "My letter never got an answer, so I am trying once more.",
        "I am sending my question again in case my note from Monday was missed.",
        "Since my last two notes seem to have sunk without trace, I'll try once more.",
    ],
)
def test_a_count_tied_to_silence_keeps_its_reading(sentence):
    assert not only_counted(semantic.classifier(), REPROACH, sentence)
