"""Hostile classes the classifier misses on messages it never saw (leave-one-set-out): luck
wished with the jibe that it is needed, said in the next sentence too; the next hire wished luck
with a mess, or watched to see how long they last; a threat to tell the trade "exactly" how the
employer treats applicants; the writer glad not to join; the reader offered lessons in their own
trade; the interviewers' questions called clueless. Beside each, its sincere neighbour. Wordings
of our own."""

from __future__ import annotations

import pytest
from test_tone_classes import tone


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck with the audit. Judging by the filing room, you'll need every bit of it.",
        "Best of luck with the autumn rush; I expect you will need it.",
        "Whoever gets the job, I wish them luck untangling the mess in the rota.",
        "I'll be curious to see how long the new hire lasts in that office.",
        "I'll be interested to see whether they make it past the first quarter.",
        "If I hear nothing, every analyst in town will hear exactly how Acme Analytics treats "
        "candidates.",
        "Frankly, after that wait I doubt I'd have wanted to work there anyway.",
        "I'd be glad to show you what a data model looks like when it is done properly.",
        "I'm happy to walk you through proper testing whenever you're ready to learn.",
        "After some rather clueless questions from the panel, it was good to talk shop with you.",
    ],
)
def test_a_jibe_beside_polite_words_is_hostile(sentence: str) -> None:
    assert "tone-hostile" in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Good luck with the audit, and thank you again for your time.",
        "Whoever you choose, I wish them every success with the migration.",
        "I'd love to see how the new dashboards work out once they are live.",
        "I would be glad to show you how I set up the weekly review at my last job.",
        "I was clueless about Looker a year ago, and now I teach it to colleagues.",
        "I would have been glad to work for Acme Analytics, and I hope another role comes up.",
    ],
)
def test_the_sincere_neighbours_are_not_hostile(sentence: str) -> None:
    assert "tone-hostile" not in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Whoever planned the loading bay clearly never reversed a lorry into it.",
        "Whoever wrote the onboarding guide should probably stick to poetry.",
        "Good luck with the busy season, because your rotas will not fix themselves.",
        "I suppose that is what a thorough search looks like at Acme Analytics.",
        "No doubt that is how the board prefers to do things.",
    ],
)
def test_the_makers_or_the_pace_mocked_is_hostile(sentence: str) -> None:
    assert "tone-hostile" in tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Whoever planned the loading bay did a careful job, and it showed.",
        "The old reports won't update themselves, so I wrote a small script at my last job.",
        "I suppose that is how most teams handle a migration of that size.",
    ],
)
def test_the_makers_and_the_pace_told_plainly_are_not_hostile(sentence: str) -> None:
    assert "tone-hostile" not in tone(sentence)
