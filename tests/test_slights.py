"""coach.checks.slights: a slight read by what it says of its target, not by its words. The
employer's work set below a beginner's, its people judged by ignorance, a consequence threatened
for it (tone-hostile); understanding that ranks the writer below the reader's other business
(tone-passive-aggressive). The same shapes said of the writer's own trainees, customers or plans
are not slights. Cases written for this test, at an invented ferry operator and a cider mill."""

from __future__ import annotations

import pytest
from test_reread import tone_findings

from coach.checks.slights import ironic_thanks, ranked_below, slighted


@pytest.mark.parametrize(
    "sentence",
    [
        # a beginner who would do the work better
        "Judging by your timetable board, a schoolboy with a ruler could plan it better.",
        "Your deck rota looks like something a summer intern would be embarrassed to hand in.",
        # the work made by someone ignorant of its matter
        "Your booking screen looks like it was designed by someone who has never boarded a ferry.",
        "Whoever drew up your mooring plan clearly had never seen a tide table.",
        "Your skipper talked about winter sailings for someone who has plainly never worked one.",
        "It was good to meet you after Morwenna showed she has no idea what a purser does.",
        # the one who knows, which says the others do not
        "Your bridge crew could use at least one officer who actually knows the harbour.",
        # the very matter of the work said to be beyond its people
        "Somebody should teach your deckhands what a bollard is.",
        "I doubt anyone in your office could tell a ferry from a fishing boat.",
        "I hope the next applicant meets someone who has actually read the timetable.",
        # the target's trouble explained by its failing
        "If that rota is the best your office can manage, it's no wonder you're short of crew.",
        "With a harbour run that loosely, your company is lucky anyone applies at all.",
        # a third party told, or made curious
        "My cousin sits on the harbour board; he would find your safety logs very interesting.",
        "Plenty of skippers would be curious to hear how your company treats its deckhands.",
        # the loss of the writer felt by the employer
        "If you pass over me, you'll feel the difference on the first stormy weekend.",
    ],
)
def test_a_slight_is_read_by_its_construction(sentence):
    assert slighted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's own readers, trainees and plans
        "I write notices so that a passenger who has never sailed can find the muster point.",
        "Even a first-year apprentice could learn the new checklist in a morning, which I liked.",
        "I trained deckhands who had never seen a capstan, and two of them now run the ramp.",
        # the writer's own curiosity, and the writer's own uncertainty
        "I would be keen to hear how the new gangway trial goes.",
        "Frankly I have no idea how I managed the night shifts before the new rota.",
        "You have no idea how much I would enjoy working on the island route.",
        # the writer's own learning
        "I know what a good mentor is worth, and I would be glad to be one to your new starters.",
        "I'd be glad to explain to your new starters what a bollard is.",
        # a good outcome explained is praise
        "After the tour of your fleet, no wonder your crews are so proud of the island route.",
        # sincere praise of a person who knows
        "It was a pleasure to talk with someone who understands the crossing so well.",
        # a difference felt for the better, with no threat
        "I think your passengers will notice the difference once the new boarding app is live.",
    ],
)
def test_the_same_shapes_without_a_slight_are_not_read_as_one(sentence):
    assert not slighted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sure a mill manager has far more pressing matters than one candidate's note.",
        "I understand that an operations lead has bigger fish to fry than my application.",
        "Of course a head of production cannot be expected to answer every applicant who writes.",
    ],
)
def test_understanding_that_ranks_the_writer_below_is_a_reproach(sentence):
    assert ranked_below(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # understanding without a ranking, and a ranking without understanding
        "I understand the pressing season is busy, so I will keep this short.",
        "I know the new press is more important than anything else this autumn.",
        "Your orchard tour was more interesting than any brochure.",
    ],
)
def test_understanding_without_the_writer_ranked_below_is_courtesy(sentence):
    assert not ranked_below(sentence)


def test_the_checker_reports_a_slight_the_classifier_reads_as_mild():
    found = tone_findings(
        "I enjoyed our talk about the night porters' fire drills. Honestly, a child with a "
        "notebook could keep your rota better. I remain very interested in the role."
    )
    assert any(rule == "tone-hostile" and "child" in excerpt for rule, excerpt in found)


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("Thanks for the reply, and for getting round to it at all.", None),
        ("Thank you for writing back at last.", None),
        ("Many thanks for the valuable lesson in patience this month.", None),
        ("Your letter was worth every one of the twelve days I waited for it, thank you.", None),
        ("Better late than never, I suppose.", "Thanks for your email."),
    ],
)
def test_thanks_for_the_delay_is_a_reproach(sentence, before):
    assert ironic_thanks(sentence, before)


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("Finally, thank you for showing me round the cellar.", None),
        ("Thank you for your patience while I gathered my references.", None),
        ("Thank you for getting back to me so quickly.", None),
        ("I appreciate that in the end you chose someone with more experience.", None),
        # lateness without thanks near it is not thanks for the delay
        ("Better late than never, as my grandmother said of her first apprenticeship.", None),
    ],
)
def test_thanks_that_time_nothing_are_courtesy(sentence, before):
    assert not ironic_thanks(sentence, before)
