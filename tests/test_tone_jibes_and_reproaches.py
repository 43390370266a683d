"""A jibe that hangs on the employer's hiring: how it treated or chose the writer offered as the
cause of its failings ("if this is how ..., no wonder ..."), and a well-wish given a sneering
reason; and a reproach that repeats the writer's earlier message ("as I already said") or
times the reader's lateness in thanks. The premise alone ("if this is how you treat people") is
the jibe's, not a complaint of its own; a sincere wish, a process explained, a point restated
from the interview stay clean. Wordings of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_tone_classes import tone  # noqa: E402


@pytest.mark.parametrize(
    "sentence",
    [
        "If this is how the bakery picks its bakers, it is no surprise the loaves come out flat.",
        "If that is how Acme hires analysts, it explains the dashboards I was shown.",
        "Frankly, if this is how the clinic treats applicants, I can only imagine the ward.",
        "Small wonder the depot cannot keep drivers if this is how it treats the people who apply.",
    ],
)
def test_the_hiring_blamed_for_the_employers_failings_is_hostile(sentence: str) -> None:
    assert "tone-hostile" in tone(sentence)


def test_the_premise_of_such_a_jibe_is_not_also_a_complaint() -> None:
    found = tone("If this is how you treat candidates, I can only imagine how you treat staff.")
    assert "tone-hostile" in found
    assert "tone-accusatory" not in found


def test_treatment_stated_as_fact_is_still_a_complaint() -> None:
    assert "tone-accusatory" in tone(
        "Three weeks without a word; I suppose this is how you treat candidates."
    )


def test_a_process_explained_by_the_same_frame_is_clean() -> None:
    found = tone(
        "If this is how the rota normally works, it explains why the handover felt so calm."
    )
    assert "tone-hostile" not in found


@pytest.mark.parametrize(
    ("sentence", "hostile"),
    [
        (
            "Good luck with another quarter of missed targets, because your charts won't fix it.",
            True,
        ),
        ("Good luck with the quarter-end close next week.", False),
        ("Good luck with the migration, because I know how much the team has put into it.", False),
    ],
)
def test_a_well_wish_is_read_for_the_reason_it_gives(sentence: str, hostile: bool) -> None:
    assert ("tone-hostile" in tone(sentence)) is hostile


@pytest.mark.parametrize(
    "sentence",
    [
        "As I have already said in my last note, I can start after the harvest.",
        "Let me know if the panel meets again, though I'm not going to hold my breath.",
        "Thank you for the decision, which arrived only ten days after the deadline you set.",
    ],
)
def test_an_earlier_message_repeated_or_a_late_reply_timed_is_a_reproach(sentence: str) -> None:
    assert "tone-passive-aggressive" in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "As I mentioned at the interview, I can start after the harvest.",
        "Thank you for arranging the site visit only a week after we spoke.",
    ],
)
def test_a_point_restated_or_a_quick_arrangement_thanked_is_no_reproach(sentence: str) -> None:
    assert "tone-passive-aggressive" not in tone(sentence)


@pytest.mark.parametrize(
    ("sentence", "hostile"),
    [
        ("Judging by the state of the yard, somebody competent would be a welcome change.", True),
        ("Anyone would be an improvement on whoever runs your stores at the moment.", True),
        ("Frankly, your recruitment is about as organised as my sock drawer.", True),
        ("The crane lifts about as much as ten vans, which I found remarkable.", False),
        ("A second scanner would be an improvement on the single one you have now.", False),
    ],
)
def test_the_people_in_post_or_the_hiring_found_wanting_is_hostile(
    sentence: str, hostile: bool
) -> None:
    assert ("tone-hostile" in tone(sentence)) is hostile
