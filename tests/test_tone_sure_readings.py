"""A fault the classifier reads at SURE is not withdrawn by the screens meant for its unsure
readings: an aside cut out of a polite sentence (coach.checks.clauses.pieces), a jibe whose
target the closed classes miss (coach.checks.aimed), and the part of a well-wish that the
wish's own exception does not cover. Cases written for this test, at a pottery and a depot."""

from __future__ import annotations

from test_reread import tone_findings

from coach.checks.clauses import pieces
from coach.checks.praise import plain_praise


def test_a_sentence_is_cut_at_commas_and_dashes_and_short_pieces_join_the_next():
    sentence = "Thanks, too, for the long wait at the gate; it was a fine lesson in patience."
    assert pieces(sentence) == [
        "Thanks, too, for the long wait at the gate.",
        "It was a fine lesson in patience.",
    ]
    # a list of names is never a piece of its own, nor a sentence of one piece
    assert pieces("I enjoyed meeting the kiln crew, Ama Boateng and Kofi.") == []
    assert pieces("The kilns were hotter than I expected.") == []


def test_a_jibe_tucked_into_a_thank_you_is_read_alone():
    body = (
        "Thank you for the tour this morning, and it was good to see the new kilns, though "
        "nobody competent will stay long at a depot run like that. I am keen on the role."
    )
    assert "tone-hostile" in [r for r, _ in tone_findings(body)]


def test_a_sure_jibe_needs_no_named_target():
    body = "Thank you for the tour. Nobody competent will stay long at a depot run like that."
    assert "tone-hostile" in [r for r, _ in tone_findings(body)]


def test_a_wish_does_not_excuse_the_jibe_beside_it():
    body = (
        "Thank you for letting me know. Best of luck with the new season - nobody competent "
        "will stay long at a depot run like that."
    )
    assert "tone-hostile" in [r for r, _ in tone_findings(body)]
    assert not tone_findings("Thank you for letting me know. Good luck with the new season!")


def test_deference_to_what_the_readers_role_cares_about_is_praise():
    assert plain_praise("As kiln manager, you clearly care how the glazes are mixed.")
    assert not plain_praise("As kiln manager, you clearly care more about the rota, not the staff.")
