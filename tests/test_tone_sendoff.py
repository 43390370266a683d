"""coach.checks.sendoff: a parting wish set against the writer's absence or a dismissed
replacement is a jibe (tone-hostile); the same wish without that burden is courtesy. Cases
written for this test, after rejections at a vineyard and a bus depot."""

from __future__ import annotations

import pytest

from coach.checks.sendoff import sour_wish
from coach.engine import Checker
from coach.models import Kind, Notes
from coach.readers import Message

NOTES = {
    "candidate": {"name": "Alex Moreau"},
    "company": {"name": "Hillside Vineyard"},
    "role": "Cellar Hand",
    "interview": {"start": "2026-03-03T10:00:00+00:00", "end": "2026-03-03T11:00:00+00:00"},
    "interviewers": [{"name": "Sam Osei", "title": "Winemaker"}],
    "details": ["racking the reds before the spring bottling"],
    "stage": "rejected",
    "country": "GB",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck getting the reds racked before bottling with whoever you went with.",
        "Enjoy the harvest rush without me.",
        "I really hope whoever you chose enjoys untangling the rota without the spreadsheet I "
        "built for you.",
        "Best of luck keeping the night buses running on their own.",
    ],
)
def test_a_wish_set_against_the_writers_absence_is_a_jibe(sentence):
    assert sour_wish(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish whoever you chose every success in the cellar.",
        "Good luck with the harvest, and I hope our paths cross again.",
        "Enjoy the spring bottling; I'd love to hear how it goes.",
        # the burden before the wish, or no wish at all
        "Without me there, the team still has three cellar hands; good luck to them.",
        "I will keep racking reds on my own until something comes up.",
        # "enjoy" with a subject tells the writer's own liking, not a wish to the reader
        "Training new hands is what I enjoy most, and I still enjoy seeing one rack a tank on "
        "their own.",
        "We always have fun when an apprentice first runs the press on his own.",
    ],
)
def test_a_sincere_wish_is_no_jibe(sentence):
    assert not sour_wish(sentence)


def test_a_sour_send_off_is_reported_as_hostile():
    text = (
        "Subject: Re: Cellar Hand\n\nDear Sam,\n\nThanks for letting me know. Enjoy the harvest "
        "rush without me.\n\nAlex"
    )
    message = Message(
        path="reply.md",
        text=text,
        kind=Kind.rejection_reply,
        to="Sam Osei",
        notes=Notes.model_validate(NOTES),
    )
    result = Checker().check(message)
    assert "tone-hostile" in {f.rule for f in result.findings}
