"""The second test of detail coverage (coach.checks.detail_specific): a sentence that names
specific things of the employer's, in words no synonym group joins to a detail, refers to one;
generic praise, the candidate's own background and an invented topic do not. Wordings of our
own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402

from coach.checks.detail_specific import sentence_counts, specific_concepts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: a leisure centre's notes, over the rulebook's example context (rules/context.yaml)
NOTES = {
    "company": {"name": "Harbourside Leisure", "aliases": []},
    "role": "Duty Manager",
    "interviewers": [{"name": "Thomas Okafor", "title": "Centre Manager", "aliases": ["Tom"]}],
    "details": [
        "re-grouting the changing rooms at the leisure centre pool",
        "lifeguard cover for the Sunday family swim",
    ],
}


def fired(sentence: str) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Tom,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), to="Thomas Okafor", notes=NOTES), "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        # the tiling job, in other words: "tiles", "mould" and "showers" share no concept with it
        "I keep thinking about the cracked tiles and the mould in the showers by the pool.",
        "I'd be glad to help plan the work on the shower floors before the summer crowds.",
        # a history of something is a topic, not the employer's standing
        "The showers by the pool have a long history of mould and cracked tiles.",
        # a common word of a detail ("pool") with one specific word beside it
        "I noticed how slippery the pool was when you showed me round.",
        # the Sunday session, in other words
        "Watching toddlers and parents in the shallow end on a weekend morning is a joy to me.",
    ],
)
def test_a_paraphrase_in_specific_words_refers_to_a_detail(sentence: str) -> None:
    assert "detail-missing" not in fired(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning about the role and the way the team works together.",
        "The centre has a lovely atmosphere and everyone clearly takes pride in it.",
        # the candidate's own background, however specific its words
        "At my last job I re-sealed the sauna benches and repainted the turnstiles myself.",
        "In my previous post, we rebuilt the flume stairs and the toddler splash area.",
        "I have supervised flume inspections and sauna maintenance for six years.",
        # the record in the simple past or present, or after "since completing my"
        "I hold a pool plant operator certificate and ran a lido's filtration for three summers.",
        "Since completing my sports science degree, I managed a lido with its own wave machine.",
        "I am also an experienced first-aid trainer who rewrote a lido's evacuation drill.",
        # words of a detail in a sentence wholly about the candidate's past ("pool", "cover")
        "I spent four summers covering the pool at a lido and regrouting its showers.",
        # a span of the candidate's past opens the sentence, or a clause tells where they did it
        "During my diploma I drained a lido's plunge pool and resealed its changing benches.",
        "Over five summers at a seaside lido, I found that cover rotas live or die by trust.",
        "I keep thinking of my two years at Harbour Lido, where I ran pool cover on weekends.",
        # the employer's standing, however specific its place and trade words
        "The centre is known far beyond the harbour for its Victorian tiled baths.",
        "Harbourside plays a vital role for the peninsula and its fishing villages.",
        "Swimming in this town has such a long tradition, from the lido to the sea baths.",
        # the record counted in years
        "As I said, I have six years of experience in flume inspections and sauna upkeep.",
        "I have five years of sauna maintenance and turnstile repairs behind me.",
        # a step since the interview that names nothing of the reader's is still no detail
        "I have already prepared a short summary of my certificates for you.",
    ],
)
def test_generic_praise_and_own_background_are_no_detail(sentence: str) -> None:
    assert "detail-missing" in fired(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a record told of the detail, or one that turns to the reader's side, refers to it
        "Regrouting changing rooms around a busy pool is work I have done for six years.",
        "I spent four summers on Sunday lifeguard cover, so your family swim is familiar ground.",
        # something ongoing is no background
        "I have been thinking about the re-grouting of the changing rooms since we spoke.",
        # a state of mind is no record either
        "I have been curious since: are the changing rooms being re-grouted this winter?",
        # nor a first step taken since the interview, towards the reader's work
        "I have kept turning over the grout in the changing rooms in my mind.",
        "I have already sketched a rota for lifeguard cover at the Sunday family swim.",
        "I've put together a few notes on re-grouting changing rooms that stay damp.",
    ],
)
def test_a_record_told_of_a_detail_still_refers_to_it(sentence: str) -> None:
    assert "detail-missing" not in fired(sentence)


def test_an_invented_topic_is_no_detail_but_is_reported() -> None:
    # specific words, but of a topic claimed as discussed that the notes do not hold
    got = fired("I enjoyed our conversation about the hydrotherapy sauna and the climbing wall.")
    assert {"detail-missing", "detail-unsupported"} <= got


def test_what_follows_an_invented_topic_in_its_sentence_says_more_of_it() -> None:
    got = fired(
        "I enjoyed our conversation about the hydrotherapy sauna at Westbury and how the "
        "engineers balance its humidity with the ventilation ducts."
    )
    assert {"detail-missing", "detail-unsupported"} <= got


def test_a_greeting_and_sign_off_in_another_language_name_nothing() -> None:
    text = (
        "Subject: Checking in\n\nKia ora Tom,\n\nI hope you are well. I wanted to ask "
        "whether there is any news on the role.\n\nI remain keen on the role.\n\n"
        "Ngā mihi,\nPriya Raman"
    )
    case = Case(
        "m",
        text,
        set(),
        to="Thomas Okafor",
        notes=NOTES,
        kind="check_in",
        send_at="2026-11-30T10:00:00-05:00",
    )
    assert "detail-missing" in family_fired(case, "detail")
    inline = "Kia ora Tom, it was a pleasure meeting you. Ngā mihi, Priya Raman"
    case = Case(
        "m",
        inline,
        set(),
        to="Thomas Okafor",
        notes=NOTES,
        kind="linkedin_note",
        channel="linkedin",
    )
    assert "detail-missing" in family_fired(case, "detail")


def test_a_common_word_of_a_detail_alone_is_not_enough() -> None:
    assert "detail-missing" in fired("I noticed the pool when you showed me round.")


def test_a_nickname_greeting_and_the_role_name_nothing() -> None:
    assert "detail-missing" in fired("Tom, the Duty Manager post at Harbourside suits me well.")


def test_specific_words_are_rare_in_follow_up_prose() -> None:
    found = specific_concepts(
        ["grout", "mould", "position", "team", "exciting", "opportunity", "Okafor"],
        frozenset({"okafor"}),
        common=4,
        method="synonyms",
    )
    assert {"grout", "mould"} <= found
    assert not found & {"posit", "team", "excit", "opportun", "okafor"}
    assert sentence_counts()["interview"] > 500


def test_the_word_counts_rebuild_from_the_training_sentences() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_common_words", ROOT / "scripts" / "build_common_words.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = (ROOT / "rules" / "lexicon" / "follow-up-words.txt").read_text("utf-8")
    assert build.render(build.counts()) == shipped


#: a theatre's notes: the reader's title shares "theatre" and "recovery" with the details
THEATRE = {
    "company": {"name": "Vale General", "aliases": []},
    "role": "Scrub Nurse",
    "interviewers": [{"name": "Ines Barros", "title": "Theatre and Recovery Lead", "aliases": []}],
    "details": [
        "ProjectTrack rollout: new instrument tray tracking in theatre 3",
        "recovery-room handovers moving to a SBAR checklist",
        "the goal of starting the first list by 08:15",
    ],
}


def fired_theatre(sentence: str) -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Ines,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    return family_fired(Case("m", text, set(), to="Ines Barros", notes=THEATRE), "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader's own title names the reader's job, not a detail
        "It was good to hear how you lead the theatre and recovery team day to day.",
        # generic words a detail also has ("goal", "projects") name nothing
        "I appreciated hearing about your goals and the projects the unit has underway.",
        # an invented topic in rare words is no detail, as detail-unsupported reads it
        "I was fascinated by the robotic hernia service you are starting at the satellite site.",
    ],
)
def test_titles_generic_words_and_invented_topics_name_no_detail(sentence: str) -> None:
    assert "detail-missing" in fired_theatre(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a word of a title used of a detail, with another of its words
        "Handing patients over in recovery with one shared checklist makes sense to me.",
        # a word of a title beside a detail's own words
        "I enjoyed hearing about tracking each instrument tray by barcode in theatre.",
    ],
)
def test_a_title_word_used_of_a_detail_still_counts(sentence: str) -> None:
    assert "detail-missing" not in fired_theatre(sentence)


def test_a_short_form_of_certificate_is_one_concept_with_it() -> None:
    from coach.checks.detail_words import concept

    assert concept("certs") == concept("certificates") == concept("certification")


def test_an_interviewers_nickname_heading_a_detail_names_no_detail():
    """ "Tom - lifeguard cover ..." says whose the detail is: a greeting or a thanks to Tom in
    the body refers to none of it, as his full name would not."""
    notes = {**NOTES, "details": ["Tom - lifeguard cover for the Sunday family swim"]}

    def check_in(body: str) -> set[str]:
        text = f"Subject: Checking in\n\nDear Tom,\n\n{body}\n\nBest,\nPriya Raman"
        case = Case("m", text, set(), kind="check_in", to="Thomas Okafor", notes=notes)
        return family_fired(case, "detail")

    assert "detail-missing" in check_in("Thanks again, Tom. Is there any news on the role?")
    assert "detail-missing" not in check_in("Is there any news? I keep thinking of the swim.")
