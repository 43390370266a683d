"""coach.checks.ironies: a jibe read by what its courteous frame is said of. Mock hope for the
employer's work, its hiring compared for a sneer, a threat of what others will hear, and the
employer's work or people belittled by understatement, mock praise or an image; the same frames
said of the writer, of the writer's plans or in plain praise are not jibes. Cases written for
this test, at an invented bakery chain and a canal boat yard."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach.checks.ironies import belittled, hiring_compared, ironic_jibe, mock_hope, threatened


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps one day your ovens will bake a loaf that is not burnt on one side.",
        "Maybe next time your panel will look at my portfolio before we meet.",
        "Maybe one day the new till system will even survive a Saturday.",
        "I only hope the night team learns to read a proofing chart before Christmas.",
        "Perhaps with a little help your office can finally send an invoice on time.",
        "Maybe one day I can show your bakers how a thermometer works.",
    ],
)
def test_mock_hope_for_the_employer_is_a_jibe(sentence):
    assert mock_hope(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope one day to work with your team on the sourdough range.",
        "Perhaps we could talk about the rota next week.",
        "Maybe one day I will open a bakery of my own.",
        "I hope the new ovens arrive in time for the Christmas rush.",
        "Perhaps one day the chain will open a branch in Leeds; I would love to run it.",
    ],
)
def test_hope_said_plainly_is_no_jibe(sentence):
    assert not mock_hope(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I suppose your hiring moves slower than the canal in a dry August.",
        "Is choosing a yard manager really harder than painting a narrowboat, or is it just you?",
        "If you run the yard the way you run recruitment, the boats will never float.",
        "None of my old crews worked as loosely as this recruitment.",
    ],
)
def test_the_hiring_compared_for_a_sneer_is_a_jibe(sentence):
    assert hiring_compared(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I know hiring often takes longer than planned, so please don't feel rushed.",
        "I understand that recruitment can take longer than originally expected.",
        "Your yard runs more smoothly than any I have worked in.",
    ],
)
def test_a_timeline_and_praise_are_no_comparison_for_a_sneer(sentence):
    assert not hiring_compared(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I know most of the lock keepers on this canal, and they will hear from me how your yard "
        "treats applicants.",
        "I sit on the boaters' forum, where I shall be describing my experience of your hiring "
        "process in some detail.",
        "When the spring refits go sideways without me, just remember I offered.",
        "When the new slipway fails next winter, remember who offered to help.",
    ],
)
def test_a_threat_of_what_others_will_hear_is_a_jibe(sentence):
    assert threatened(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to hear from you about how the refit goes.",
        "When the spring refits begin, I'd be glad to help.",
        "Please remember me to Tom when you see him.",
        "I will tell everyone at home how kindly your team treated me.",
        "When the harvest goes badly, remember I'm always glad to lend a hand.",
    ],
)
def test_news_and_remembrance_said_plainly_are_no_threat(sentence):
    assert not threatened(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # understatement
        "I always wear a harness on the gantry, which is more than I can say for your fitters.",
        "Your stock sheet is held together with sticky tape, and that's being generous.",
        "Judging by the interview, planning is not the strongest side of your team.",
        # mock praise
        "It was refreshing to meet a yard manager so relaxed about fire exits.",
        "I know your office is famous for its speed, so an answer must be close.",
        # what the employer's people are said to need
        "Frankly, your yard needs someone who knows what they're doing.",
        "After seeing the paint store, I understand why you need someone competent so badly.",
        # the next hire hoped better than those before
        "I do hope whoever you picked lasts longer than the last three managers.",
        # the employer's work ever managing its plain matter
        "Do let me know if your crane ever stays up a full week.",
        "If you ever want boats that actually float, you know where I am.",
        # its failing made proof of another
        "I suppose a yard that loses a rudder can also lose a candidate's file.",
        # an image of how its work is made
        "Looking at your rota, it looked to me like somebody threw dice at a calendar.",
        "Honestly, your office still runs the paperwork like a jumble sale.",
        # its practice less than it should be
        "Judging by your dock, safety checks are more of a rumour than a routine.",
    ],
)
def test_the_employer_belittled_by_understatement_praise_or_image_is_a_jibe(sentence):
    assert belittled(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I must admit the role is more demanding than I first thought, and I like that.",
        "Public speaking is not my strongest point, but I have been working on it.",
        "Your yard runs like a well-oiled machine.",
        "The new boat feels like a home already, and I only saw it for an hour.",
        "Your team needs someone who knows the old engines, and I have rebuilt twenty of them.",
        "I hope the new slipway lasts longer than the winter storms, because it looks superb.",
        "If you ever want to talk about engines, I would be glad to.",
        "I take it the timeline is more of a plan than a promise, which is fine by me.",
        "Your season is more of a marathon than a sprint, and I'm ready for that.",
        "Your boat shed looks like it was built in the 1920s, which gives it real charm.",
        "Your office runs the yard like a well-oiled machine.",
        "You offered to send the plans, which is kind of you.",
        "The role needs someone who knows what they're doing with diesel engines, and I do.",
        "It was great to meet a team so relaxed about the busy season.",
        "Your team is known for its efficiency, which is why I applied.",
        "A company that cares about its people is clearly a good place to work.",
        "I hope your team will finally get the new crane it deserves.",
        "Hiring for night shifts is harder than people think, so I admire your full rota.",
        "I would run the night shift the way you run the day shift.",
        "No hard feelings at all; I really enjoyed meeting the team.",
    ],
)
def test_the_same_frames_in_plain_courtesy_are_no_jibe(sentence):
    assert not ironic_jibe(sentence)


def test_the_checker_reports_mock_hope_the_classifier_reads_as_courtesy():
    found = tone_findings(
        "Thank you for yesterday's talk about the porters' rota. I would like to connect. "
        "Perhaps one day your rota will even be ready before the shift starts."
    )
    assert any(rule == "tone-hostile" and "one day" in excerpt for rule, excerpt in found)
