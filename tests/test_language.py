"""The language rules (spelling, grammar, repetition), one class of slip at a time.

Each case stands for a class, not a sentence: a common misspelling, two words run together, the
other dialect's form, a confused homophone in its frame, a/an by sound, a subject and verb that
disagree, a doubled word, a phrase said twice; and the clean writing that must pass beside each
(names and jargon, acronyms, British spelling for a British writer, "had had"). The labelled
sets in tests/language_dev/ run whole at the end (scripts/compare_language.py prints the same
scores beside Harper's).
"""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from coach.checks.grammar import _wants_an
from coach.checks.spelling_slips import near_common, run_together
from coach.engine import Checker, apply_fixes
from coach.models import Kind, Notes
from coach.readers import Message, parse_time
from coach.rulebook import example_context

ROOT = Path(__file__).resolve().parent.parent
RULES = ["spelling", "grammar", "repetition"]
CHECKER = Checker(select=RULES)


def check(
    text: str,
    country: str | None = "US",
    names: tuple[str, ...] = (),
    details: tuple[str, ...] = (),
) -> Any:
    data = copy.deepcopy(example_context())
    data["country"] = country
    data["interviewers"] += [{"name": n} for n in names]
    data["details"] = [*data["details"], *details]
    message = Message(
        path="language.md",
        text=text,
        to="Sarah Chen",
        kind=Kind.thank_you,
        send_at=parse_time("2026-11-20T19:30:00-05:00", "test"),
        notes=Notes.model_validate(data),
    )
    return CHECKER.check(message)


def fired(text: str, country: str | None = "US") -> set[str]:
    return {f.rule for f in check(text, country).findings}


BAD = [
    # spelling: common misspellings, inside a sentence and as its first word
    ("I recieved your email this morning.", "US", "spelling"),
    ("The outage occured just before I joined.", "US", "spelling"),
    ("I am truely grateful for your time.", "US", "spelling"),
    ("I learned alot from the technical round.", "US", "spelling"),
    ("Tommorow works well for me.", "US", "spelling"),
    ("Definately count me in for the second round.", "AU", "spelling"),
    ("Wich days would suit the panel?", "US", "spelling"),
    # spelling: run together, and contractions without their apostrophe
    ("I lookforward to hearing from you.", "US", "spelling"),
    ("I can send the portfolio nextweek.", "US", "spelling"),
    ("Thankyou for the interview yesterday.", "US", "spelling"),
    ("I can send it rightaway.", "US", "spelling"),
    ("I dont have any questions at this stage.", "US", "spelling"),
    ("I cant make it on Monday, but we wont be late on Tuesday.", "US", "spelling"),
    # spelling: the other dialect's form
    ("The colour scheme of the app is beautiful.", "US", "spelling"),
    ("I travelled to Austin for the onsite.", "US", "spelling"),
    ("I am excited about the graduate programme.", "US", "spelling"),
    ("I realize how competitive this round is.", "GB", "spelling"),
    ("I am happy to organize the reference calls.", "IN", "spelling"),
    # grammar: homophones in their frames
    ("I think their going to make a great decision.", "US", "grammar"),
    ("I enjoyed hearing about there plans for the clinic.", "GB", "grammar"),
    ("I was impressed by there commitment to quality.", "US", "grammar"),
    ("They're office in Dublin looks amazing.", "IE", "grammar"),
    ("I hope your well and that the launch went smoothly.", "GB", "grammar"),
    ("Let me know if your interested in more samples.", "US", "grammar"),
    ("I hope your having a good week.", "GB", "grammar"),
    ("Thank you for you're time today.", "US", "grammar"),
    ("I love how the company supports it's employees.", "US", "grammar"),
    ("The team has done an amazing job with it's onboarding.", "US", "grammar"),
    ("Its clear that the team cares about quality.", "US", "grammar"),
    ("The process took longer then I thought.", "US", "grammar"),
    ("I would rather wait then rush into a decision.", "US", "grammar"),
    ("Since than, I have read about your platform.", "US", "grammar"),
    ("Please pass my thanks too the whole team.", "US", "grammar"),
    ("I would love too join the team.", "US", "grammar"),
    ("The second round felt a bit to long.", "US", "grammar"),
    ("The change had a big affect on my team.", "GB", "grammar"),
    ("I don't want to loose touch with the team.", "US", "grammar"),
    ("I would love to be apart of this team.", "US", "grammar"),
    ("Please let me know wether you need anything else.", "US", "grammar"),
    ("Thank you for your advise on the portfolio.", "US", "grammar"),
    ("Please advice if you need more information.", "IN", "grammar"),
    ("We discussed about the migration plan.", "IN", "grammar"),
    ("I should of mentioned my Python experience.", "US", "grammar"),
    ("Lets schedule a call next week.", "US", "grammar"),
    # grammar: a/an by sound
    ("It would be a honour to join the team.", "GB", "grammar"),
    ("I have a MBA in finance.", "IN", "grammar"),
    ("As an UX designer, I loved the research.", "US", "grammar"),
    ("I completed a 8-week course.", "GB", "grammar"),
    ("It was an one-hour conversation.", "US", "grammar"),
    ("I worked at an university hospital.", "US", "grammar"),
    # grammar: subject and verb
    ("The interviews was very well organised.", "GB", "grammar"),
    ("I heard that the tastings was moved to Thursday.", "GB", "grammar"),
    ("She have been very helpful throughout.", "IN", "grammar"),
    ("There is many reasons I want this role.", "IN", "grammar"),
    ("It seem like a great place to grow.", "IN", "grammar"),
    ("Everyone were friendly during the visit.", "IN", "grammar"),
    ("They was very welcoming at the front desk.", "US", "grammar"),
    ("I am having five years of experience in recruitment.", "IN", "grammar"),
    ("This role require strong SQL skills.", "US", "grammar"),
    ("One of the panelists were especially kind.", "US", "grammar"),
    ("I think their great, and I would love to join them.", "US", "grammar"),
    ("I hope your happy with the samples.", "GB", "grammar"),
    ("Its really exciting to see the launch.", "US", "grammar"),
    # grammar: doubled words, also across a wrapped line
    ("Thank you for the the interview.", "US", "grammar"),
    ("I I wanted to follow up on my application.", "US", "grammar"),
    ("I really enjoyed the\nthe conversation.", "US", "grammar"),
    # repetition: a phrase or a sentence said twice, as a small model writes it
    (
        "I am excited about the opportunity to join your team. "
        "I am excited about the opportunity to contribute.",
        "US",
        "repetition",
    ),
    (
        "Thank you for your time and consideration. I have attached my references. "
        "Thank you for your time and consideration.",
        "US",
        "repetition",
    ),
    (
        "Please let me know if you have any questions. I look forward to hearing from you. "
        "Please let me know if you have any questions.",
        "US",
        "repetition",
    ),
    (
        "We discussed the quarterly planning cycle and the quarterly planning cycle's challenges.",
        "US",
        "repetition",
    ),
]

# grammar: slips in longer frames (an adjective before the noun, a clause opened by "think",
# a comparison of several words, an abstract noun as a singular subject)
BAD += [
    ("The depot schedules it's winter shuttle rosters for the whole fleet.", "CA", "grammar"),
    ("I was glad to hear the ward updates it's clinical handover notes daily.", "IN", "grammar"),
    ("I believe there crew would welcome a shorter rota.", "AU", "grammar"),
    ("I suspect there chef has tried this already, since there menu is seasonal.", "GB", "grammar"),
    ("I have fitted more kitchens in one season then most joiners my age.", "GB", "grammar"),
    ("She coached more novice rowers last year then anyone at the club.", "NZ", "grammar"),
    # a singular noun the word list knows with a plural (delay/delays), not only by its ending
    ("The delay have been frustrating for everyone on my side.", "US", "grammar"),
    ("This transition are a big step for the studio.", "US", "grammar"),
    # the noun after "you're"/"it's" has its own verb, or closes a phrase joined by "and"
    ("Thanks again for the welcome you're team gave me at the depot.", "CA", "grammar"),
    ("I admired the clinic and it's staff, who stayed calm all day.", "GB", "grammar"),
    # joined by "and" to "you" after a preposition, "you're X." is an object too
    ("I would enjoy running the night shift with you and you're nurses.", "GB", "grammar"),
    ("I would happily chope a seat for the growers at lunch.", "US", "spelling"),
    # a slip of a regular form of a known word is still a slip
    ("The outage occured twice, and the fix was truely quick.", "US", "spelling"),
    ("The crew stoped early because the pump was shiped late.", "US", "spelling"),
    ("My sister and I has a van that can move the kit.", "US", "grammar"),
    ("We reviewed the rota rota together on Friday.", "US", "grammar"),
    ("I hope your enjoying the long weekend.", "US", "grammar"),
    ("Sadly the interviews was cut short by the storm.", "US", "grammar"),
    # a misspelt word at a sentence's start after an ordinary full stop
    ("We met at nine. Definately the best hour of the week.", "US", "spelling"),
]

GOOD = [
    # a subject of two with "I"; a plural inside a phrase or an object; "you" after a verb
    ("My sister and I are moving to Dunedin in June.", "NZ"),
    ("Your patience with my many questions was kind.", "GB"),
    ("Your help while I gathered my references was generous.", "US"),
    ("The walk past the sheds and the greenhouses was a treat.", "GB"),
    ("Whenever suits you is fine for the call.", "US"),
    # "your" owning a noun in -ing, or what it describes, with its own verb next
    ("I think your hiring manager would enjoy the demo.", "US"),
    ("I would like to decide this week if your timing permits.", "US"),
    # a content word doubled for emphasis, not a slip
    ("I really really enjoyed the visit, and many many thanks for the tea.", "GB"),
    # a name after an honorific's full stop is no sentence's first word
    ("Tomorrow I hope to meet Mrs. Dorrol and Prof. Bakerr at the depot.", "GB"),
    ("The call with Ms. Tarvel went well.", "US"),
    # a known word with a regular ending, where no word one slip away is a form of it
    ("I have been rostered on nights, and we talked about sharding the ledgers.", "AU"),
    # a plural inside a relative clause is its object; the verb agrees with the noun before it
    ("A launch that needed that many fixes was hardly smooth, but it shipped.", "GB"),
    ("The audit which covered the three depots was thorough.", "US"),
    # names, places, products and jargon the notes do not list
    ("Ravi mentioned that the platform team is moving to Kubernetes.", "US"),
    ("Rhys and I talked about the rota for the new ward.", "GB"),
    ("Tane showed me around the marae, which was a privilege.", "NZ"),
    ("Figma came up a lot, and I use it daily.", "US"),
    ("I organised a hackathon and refactored a legacy codebase.", "AU"),
    ("I'm a cofounder of a nonprofit, and I reimagined its checkout.", "US"),
    ("I used pandas and scikit-learn, and the notebook is on GitHub.", "US"),
    ("Our standups were async, and the vectordb work was fun.", "US"),
    ("Kindly let me know if the interview can be preponed to Monday.", "IN"),
    ("My CTC expectation is around 18 lakh.", "IN"),
    ("The clinic's triaging process impressed me.", "US"),
    ("The lab's work on organoids and the roastery tour were highlights.", "GB"),
    # acronyms, abbreviations, hyphenated compounds, contractions
    ("I've spent four years building SaaS products for B2B clients on AWS.", "US"),
    ("I recorded a short Loom (3 mins) on the prototype.", "US"),
    ("The follow-up call was a well-run, fast-paced conversation.", "US"),
    ("Y'all made me feel welcome, and I've cc'd my referee.", "US"),
    ("As is my wont, I arrived early; the company lets staff work remotely.", "GB"),
    # the dialect's own spelling; Canada takes either
    ("I have organised the portfolio and highlighted the colour work.", "GB"),
    ("I travelled down from Manchester and found the centre easily.", "GB"),
    ("I would love to help organize the team's color guidelines.", "US"),
    ("I'm happy to organize or organise the workshop.", "CA"),
    ("The training program runs in the new program office.", "GB"),
    # homophones and articles used rightly
    ("The team and its mission impressed me more than I expected.", "US"),
    ("It's clear the team cares about its patients and its great reputation.", "US"),
    ("There is a lot to like about their plan, and I'd love to be there.", "US"),
    ("Is there time for a quick call? There were several good questions.", "US"),
    ("Thank you for your very kind words and your welcome.", "GB"),
    ("I appreciated your having taken the time.", "US"),
    ("I don't like too many meetings, and I'd love to meet the team too.", "US"),
    ("I'll call you later then, and we can finish the draft, then share it.", "US"),
    ("The change will affect our planning, but the effect should be positive.", "US"),
    ("A one-year contract would suit a European team like yours.", "GB"),
    ("It was a unique chance to see an NHS trust and an 11-week programme.", "GB"),
    ("I ran a FAANG-style loop, wrote a SQL query and worked on a NATO project.", "US"),
    ("It was an historic day, and an honour; an hour flew by.", "GB"),
    ("I prefer option A over option B, and I got an A in statistics.", "US"),
    ("If he were available, I would shadow him. Does she have time?", "US"),
    ("The news was a surprise, and the series of talks was excellent.", "US"),
    ("The team are lovely, and the panel were fair.", "GB"),
    ("What made it work was the team. Let it go; help it grow.", "US"),
    ("The IT work you described sounds interesting.", "US"),
    ("That was their right. Thanks for your welcome, and for the tour.", "US"),
    ("Would the role require travel? Let the process take its course.", "US"),
    ("Its really good reputation drew me in, and I loved their welcoming culture.", "US"),
    # the same words used rightly
    ("She says it's early days, and I think it's worth the wait.", "GB"),
    ("I think there is room to grow, and I hope there will be news soon.", "AU"),
    ("I spent more time on the rota in March than in April, and then I left.", "GB"),
    ("I would like to learn more about the new yard and then visit it.", "CA"),
    ("The management have been generous, and the leadership were candid.", "GB"),
    ("Does the relocation have a date? The move and the transition are linked.", "CA"),
    ("The costs of the relocation are clear, and the board have agreed.", "GB"),
    # legitimate doubles
    ("I had had two interviews, and I hope that that helps.", "US"),
    ("We spent a week in Bora Bora, and the Walla Walla office looks lovely.", "US"),
    # repeated names, short phrases, courtesies
    (
        "I would like to thank you for your time. I would like to learn more about the team.",
        "US",
    ),
    ("I enjoyed meeting the data team. The data team's work stood out.", "US"),
    (
        "Could you let me know if there are updates? Please let me know if you need anything.",
        "US",
    ),
    ("The Bank of New Zealand and the Bank of New Zealand Foundation came up.", "NZ"),
    ("I think it's time we spoke about the rota, and it's fine by me.", "US"),
    # one who does a common verb, which the large list lacks: not a slip for "founders"
    ("The funders and the kayakers both came to the open day.", "GB"),
    # a word of the notes' country's English (rules/lexicon/regional-words.txt)
    ("I would happily chope a seat for the growers at lunch.", "SG"),
    ("The walk round the lochan was dreich but worth it.", "GB"),
    # ... but "you're" after "you and" can open a clause of its own
    ("I agree with you and you're right.", "US"),
    ("I will forward it to you and you're welcome to share it.", "US"),
]


@pytest.mark.parametrize(("text", "country", "rule"), BAD)
def test_bad(text, country, rule):
    assert rule in fired(text, country), check(text, country).findings


@pytest.mark.parametrize(("text", "country"), GOOD)
def test_good(text, country):
    assert not check(text, country).findings


def test_a_misspelt_sign_off_is_spelling_and_a_foreign_one_is_not():
    assert fired("Dear Tom,\n\nThank you for the interview.\n\nSincerly,\nJordan") == {"spelling"}
    assert fired("Dear Tom,\n\nThank you for the call.\n\nBest reguards,\nAmit", "IN") == {
        "spelling"
    }
    text = "Kia ora Mere,\n\nThank you for the kōrero on Tuesday.\n\nNgā mihi nui,\nTama"
    assert not fired(text, "NZ")


def test_repetition_reads_up_to_the_sign_off():
    text = (
        "Hi Lucy,\n\nI enjoyed our conversation about the community outreach programme.\n\n"
        "The community outreach programme is the work I want to do.\n\n"
        "I look forward to hearing from you.\n\nWarm regards,\nEmma"
    )
    found = [f for f in check(text, "GB").findings if f.rule == "repetition"]
    assert [f.excerpt for f in found] == ["The community outreach programme"]


def test_a_repeat_stays_inside_its_sentence():
    text = (
        "I recieved the brief. I am excited to get started on the brief. "
        "I am excited to get started on the brief."
    )
    found = [f for f in check(text).findings if f.rule == "repetition"]
    assert [f.excerpt for f in found] == ["I am excited to get started on the brief"]


def test_the_notes_names_may_come_back():
    text = "I enjoyed meeting Dr. Anita Rao. Dr. Anita Rao's research on sepsis is impressive."
    assert not check(text, "IN", names=("Anita Rao",)).findings


def test_a_part_of_a_hyphenated_word_in_the_notes_is_known():
    text = "Our talk about writing for heli-ski guides stayed with me."
    assert not check(text, details=("bulletin wording for heli-ops",)).findings


def _with_detail(detail: str, text: str) -> set[str]:
    return {f.rule for f in check(text, details=(detail,)).findings}


def test_a_term_the_notes_write_twice_is_not_a_doubled_word():
    detail = "Neema - trial with piki piki couriers around Mwanza"
    assert not _with_detail(detail, "The piki piki courier trial in Mwanza sounds promising.")
    # the notes make that one term known, not every doubled word
    assert _with_detail(detail, "The courier trial in in Mwanza sounds promising.") == {"grammar"}
    assert fired("The piki piki courier trial sounds promising.") == {"grammar"}


@pytest.mark.parametrize(
    ("slip", "meant"),
    [
        ("recieved", "received"),
        ("wich", "which"),
        ("thier", "their"),
        ("intrested", "interested"),
        ("aknowledge", "acknowledge"),
        ("foward", "forward"),
        ("untill", "until"),
        ("tommorow", "tomorrow"),
        ("accomodate", "accommodate"),
        ("responce", "response"),
    ],
)
def test_the_correction_offered_is_the_likely_word(slip, meant):
    assert near_common(slip, 2)[0] == meant


@pytest.mark.parametrize("word", ["roastery", "organoids", "pytest", "kaupapa"])
def test_a_rare_word_near_a_common_one_is_not_a_slip(word):
    assert near_common(word, 2) == (None, ())


def test_run_together_needs_a_function_word():
    assert run_together("lookforward") == "look forward"
    assert run_together("alot") == "a lot"
    assert run_together("eachother") == "each other"
    assert run_together("codebase") is None
    assert run_together("async") is None


@pytest.mark.parametrize(
    ("word", "an"),
    [
        ("MBA", True),
        ("NHS-funded", True),
        ("MSc", True),
        ("LLM", True),
        ("UX", False),
        ("URL", None),
        ("SQL", None),
        ("FAANG", None),
        ("NASA", None),
        ("SCADA", None),
        ("STEM", None),
        ("SWOT", None),
        ("SPSS", True),
        ("HVAC", True),
        ("8-week", True),
        ("11-week", True),
        ("18%", True),
        ("2-hour", False),
        ("hour", True),
        ("honest", True),
        ("historic", None),
        ("one-off", False),
        ("European", False),
        ("unique", False),
        ("university", False),
        ("uninterested", True),
        ("unimportant", True),
        ("usable", False),
        ("ute", None),
        ("umami", None),
        ("usual", False),
        ("upgrade", True),
        ("Uber", True),
        ("A", True),
        ("B", False),
        ("X-ray", True),
    ],
)
def test_a_or_an_by_sound(word, an):
    assert _wants_an(word) is an


def test_safe_fixes_correct_the_text():
    text = "Dear Sarah,\n\nI recieved the notes. Its been great, and I lookforward to it."
    fixed, applied = apply_fixes(text, check(text).findings)
    assert applied == 3
    assert (
        fixed == "Dear Sarah,\n\nI received the notes. It's been great, and I look forward to it."
    )


def _compare() -> Any:
    spec = importlib.util.spec_from_file_location(
        "compare_language", ROOT / "scripts" / "compare_language.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["compare_language"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["cases.yaml", "fresh.yaml", "blind.yaml"])
def test_labelled_sets(name):
    """The dev set and the two written after tuning: no clean message flagged, F1 of 0.95."""
    compare = _compare()
    cases = compare.load_cases(ROOT / "tests" / "language_dev" / name)
    found, _ = compare.ours(cases)
    flagged, clean = compare.clean_rate(cases, found)
    total = compare.score(cases, found)["all"]
    assert flagged == 0, f"{flagged} of {clean} clean cases flagged"
    assert total.f1 >= 0.95, f"F1 {total.f1:.3f}"
