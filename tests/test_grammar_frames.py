"""Confused words in frames that settle them: "then" after a condition, "than" after "would
rather", "its" before a clause, "discussed about" outside a relative clause, and a bare verb
after a verb of seeing or making ("watching it come back")."""

from __future__ import annotations

import pytest
from test_language import check


def grammar(text: str) -> list[tuple[str, str | None]]:
    found = check(text).findings
    return [(f.excerpt, f.fix.replacement if f.fix else None) for f in found if f.rule == "grammar"]


@pytest.mark.parametrize(
    ("text", "slip", "fixed"),
    [
        ("If the ferry is late again, than the second crew takes over.", "than", "then"),
        ("When the tanks are drained, than we scrub the walls.", "than", "then"),
        ("I would rather ask twice then guess at the numbers.", "then", "than"),
        ("I'd rather sand it down by hand then rush the varnish.", "then", "than"),
        ("The tour was short, and its obvious the crew love the place.", "its", "it's"),
        ("On Friday we discussed about the night rota.", "discussed about", "discussed"),
    ],
)
def test_a_slip_in_its_frame(text, slip, fixed):
    assert (slip, fixed) in grammar(text)


@pytest.mark.parametrize(
    "text",
    [
        "If anything, the new kiln runs hotter than ever.",
        "When we spoke, the timeline was clearer than I had thought.",
        "I'd rather wait for your call and then book the train.",
        "The bay and its clear water made the drive worthwhile.",
        "Thank you for everything we discussed about the night rota.",
        "The changes we discussed about the loading bay sound sensible.",
        "Seeing the old press and hearing it run again was a treat.",
        "I enjoyed watching it come together on the bench.",
        "Letting it settle overnight made all the difference.",
    ],
)
def test_good_english_in_the_same_frames(text):
    assert grammar(text) == []
