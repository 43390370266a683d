"""Grammar slips read from structure rather than a closed word list: "there" or "it's" owning a
noun after a preposition or a verb ("proud of it's record", "organise there shifts."), a modal
or an infinitive with a verb in the wrong form ("would likes", "will sent", "want to learned"),
a perfect tense with the simple past ("have went"), "is/was" after a plural that opens a
sentence ("Painted walkways is") or after "and" once a clause has its verb ("the team are
great and the manager are kind"), "each of ... have", "both of ... is", "was to long", "I am
agree", "I very interested", "if there any", and "then" after any comparative. Beside each,
the English that must pass: questions ("or will writers keep"), a gerund that is the subject
("Learning that the probes reach the valley was"), places and times after "there", and
adjectives after a modal ("I will be pleased")."""

from __future__ import annotations

import pytest
from test_grammar_frames import grammar


@pytest.mark.parametrize(
    ("text", "slip", "fixed"),
    [
        ("I enjoyed hearing how much the pickers care about there fruit.", "there", "their"),
        ("Every grower I met was proud of there herd.", "there", "their"),
        ("I liked how the rangers plan there patrols around the tides.", "there", "their"),
        ("You showed me there designs for the new wing.", "there", "their"),
        ("The volunteers told me about there training.", "there", "their"),
        ("The hospital is rightly proud of it's record on falls.", "it's", "its"),
        ("The depot has a clear plan for it's trucks.", "it's", "its"),
        ("The team showed me how the system handles it's alerts.", "it's", "its"),
        ("I would likes to hear more about the rota.", "likes", "like"),
        ("The new scanner should reduces the errors.", "reduces", "reduce"),
        ("I will sent the signed forms tomorrow.", "sent", "send"),
        ("We can't waited to start.", "waited", "wait"),
        ("I am keen to learned the booking system.", "learned", "learn"),
        ("I'd love to visited the yard again.", "visited", "visit"),
        ("I have went through the brief twice.", "went", "gone"),
        ("They have began the refit already.", "began", "begun"),
        ("Painted walkways is a start.", "is", "are"),
        ("Bigger boats needs deeper berths.", "needs", "need"),
        ("Late deliveries was the main issue.", "was", "were"),
        ("The panel was kind and the questions was fair.", "was", "were"),
        ("Each of the wards have a senior nurse.", "have", "has"),
        ("Both of my referees is happy to talk.", "is", "are"),
        ("The second call was to short for a handover.", "to", "too"),
        ("I am agree that the rota needs work.", "I am agree", "I agree"),
        ("The yard is quieter then I expected.", "then", "than"),
        ("It was much warmer then last week.", "then", "than"),
        ("Please reply no later then Friday.", "then", "than"),
        ("I very interested in the role.", "I", "I am"),
        ("Please let me know if there any updates.", "any", "are any"),
        ("I wonder if there any news.", "any", "is any"),
        ("The kiln has it's quirks, as you said.", "it's", "its"),
        ("I enjoyed meeting you're apprentices.", "you're", "your"),
        ("The drivers said there happy with the new vans.", "there", "they're"),
        ("The photos I took is in the shared folder.", "is", "are"),
    ],
)
def test_a_slip_read_from_structure(text, slip, fixed):
    assert (slip, fixed) in grammar(text)


@pytest.mark.parametrize(
    "text",
    [
        # "there" as a place, a time after it, a clause it opens
        "The guides there know every path.",
        "The team there handles complaints well.",
        "I worked there years ago.",
        "I heard about there being a second round.",
        "I drove out there twice last week.",
        # "it's" after a word that opens a clause
        "I feel like it's home already.",
        "Perhaps it's the way things are done here.",
        # a modal before its subject, or before an adverb in -s
        "Will the new system reduce errors?",
        "For the move to the new tool, will estimators build their own sets?",
        "I would always rather ask than guess.",
        "In May sales rose sharply.",
        # an adjective after a modal's "be", and "to" before a noun
        "I will be pleased to help.",
        "Most incidents come down to expired certificates.",
        # a gerund, a count, a field, a list of subjects
        "Learning that the new probe reaches about 5 km in the valley was exciting.",
        "Hearing how the teams share their notes was useful.",
        "Twenty-three artisans is a team I would be proud to lead.",
        "Human resources is where I started.",
        "The lab's work on organoids and the roastery tour were highlights.",
        "Since you mentioned that a first-aid certificate and a safety refresher are needed.",
        "Each of the sites has its own rota.",
        "We are agreed on the next steps.",
        "The aim is to slow the rollout.",
        # "then" of a time, after a comparative or a noun in -er
        "I was younger then, but I learned fast.",
        "The engineer then showed me the kiln.",
        "Is there any news on the role?",
        "Is anyone there free on Friday?",
        "I know you're colleagues.",
        "She said there were delays.",
        "One of the reasons I applied was the team.",
        "The hours we spent was worth it.",
        # objects after a preposition or a subject's verb
        "Bravo on the new page; shame the people behind it are still running it.",
        "I hate to put it like this, but I need an answer.",
        "The delay, which I assure you is not my doing, is over.",
        "Tell them their judgment is as poor as their scheduling.",
    ],
)
def test_english_that_passes(text):
    assert grammar(text) == []
