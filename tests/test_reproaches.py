"""coach.checks.reproaches: a remark on the silence read by what its courteous frame is said of.
A rhetorical question about the writer's mail, praise of the silence, understanding that lowers
the writer or the reply, the reply made small or raced, the writer's note lost in an image;
the same frames said of anything else (a short reply asked for, thanks for being fitted in,
sympathy for a busy week) are courtesy. Cases written for this test, at an invented cheese
dairy and a city library."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach.checks.reproaches import (
    answer_raced,
    ironic_reproach,
    lost_note,
    mail_question,
    mock_praise,
    mock_understanding,
    small_reply,
    used_to_silence,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is anyone at the dairy reading these emails, I wonder?",
        "Or does the library only open its messages on Mondays?",
        "Is email simply where candidates are sent to wait?",
        "Is it usual at the library for applicants to hear nothing after the closing date?",
    ],
)
def test_a_rhetorical_question_about_the_mail_is_a_reproach(sentence):
    assert mail_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there anything else I can send you?",
        "Could you tell me when a decision is expected?",
        "Did you get a chance to read the reading-list proposal I mentioned?",
        "Does the team check the shared inbox over the holidays?",
    ],
)
def test_an_ordinary_question_is_no_reproach(sentence):
    assert not mail_question(sentence)


def test_praise_of_the_silence_is_a_reproach():
    assert mock_praise("I have to admire how reliably my messages are met with silence.")
    assert mock_praise("It is impressive how quiet a dairy can become when a candidate asks.")
    assert not mock_praise("It is impressive how quiet the new cheese press is.")
    assert not mock_praise("I admire how the library keeps its reading rooms open late.")


def test_the_silence_borne_as_a_habit_is_a_reproach():
    assert used_to_silence("I'm getting used to it.", "If there is no answer again, no problem.")
    assert not used_to_silence("I'm getting used to it.", "The early starts were hard at first.")


@pytest.mark.parametrize(
    "sentence",
    [
        "I know the season is hectic, though apparently too hectic to send a two-line reply.",
        "Surely a two-line reply could fit between two cheese audits.",
        "I understand that answering one short email can take a manager several weeks.",
    ],
)
def test_the_reply_made_small_is_a_reproach(sentence):
    assert small_reply(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I know June is a busy month, so a short reply would be plenty.",
        "I completely understand if the post is filled, and I'd be grateful for a quick note.",
        "I know summer is full, so a one-line reply would help me plan.",
    ],
)
def test_a_short_reply_asked_for_is_courtesy(sentence):
    assert not small_reply(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand that answering candidates can't compete with a cheese audit.",
        "I completely get that a date like the 8th is more of a suggestion than a promise.",
        "I understand that my time was less important than those phone calls.",
        "No problem if you forgot about me; it happens with so many applicants.",
        "I imagine the holiday left your inbox in a state, which would explain the quiet on "
        "your side.",
    ],
)
def test_understanding_that_lowers_the_writer_is_a_reproach(sentence):
    assert mock_understanding(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the harvest has to come first, so I will keep this short.",
        "I'm not sure whether you forgot about me or the post was filled.",
        "I know the new catalogue is more important than anything this month.",
        "I understand a small library can't compete with the city's salaries.",
        "I understand that long evenings are part of the culture in a dairy.",
        "I completely understand if there was no time to answer before the holidays.",
        "If you can spare a minute, I hope we can talk about the catalogue.",
    ],
)
def test_understanding_that_lowers_nobody_is_courtesy(sentence):
    assert not mock_understanding(sentence)


def test_the_reply_raced_is_a_reproach():
    assert answer_raced("I suppose a cheese ripens faster than a reply reaches me.")
    assert answer_raced("I hope the next candidate receives an answer faster than I did.")
    assert not answer_raced("Your team replied faster than I expected, thank you.")


@pytest.mark.parametrize(
    "sentence",
    [
        "It seems my thank-you note went straight to the bottom of the pile.",
        "Following up on my email, which I'm sure you meant to answer, I wanted to ask again.",
        "Maybe this one will have more luck than my thank-you note.",
        "I hope my last message didn't end up in the same queue as the overdue books.",
    ],
)
def test_the_writer_note_said_to_be_lost_is_a_reproach(sentence):
    assert lost_note(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "My thank-you note mentioned the reading-list project.",
        "I attached my references to my last email, at the bottom of the page.",
        "Thanks for fitting me in between your meetings on such a busy day.",
    ],
)
def test_the_writer_note_and_thanks_said_plainly_are_courtesy(sentence):
    assert not ironic_reproach(sentence)


def test_the_checker_reports_a_rhetorical_question_the_classifier_reads_as_mild():
    found = tone_findings(
        "I enjoyed our talk about the night porters' fire drills. I remain very interested. "
        "Is someone at the office reading these messages, I wonder?"
    )
    assert any(
        rule == "tone-passive-aggressive" and "reading these" in excerpt for rule, excerpt in found
    )
