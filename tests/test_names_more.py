"""The names family on realistic messages written from the rulebook's readings (§1).

Context unless a case overrides it (rules/context.yaml): candidate Priya Raman, Acme Analytics
(alias Acme), interviewers Ms. Sarah Chen, Analytics Manager, and Mr. Michael O'Brien, Head of
Data Engineering. PANEL adds people whose names have diacritics, hyphens and particles.
Each case lists every names rule the rulebook says must fire (warning or error).

Score the checker on these cases: `.venv/bin/python tests/test_names_more.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case, fired, score  # noqa: E402

MISSPELLED = "name-misspelled"
RECIPIENT = "name-wrong-recipient"
TITLE = "title-mismatch"

SARAH = {"name": "Sarah Chen", "honorific": "Ms.", "title": "Analytics Manager"}
MICHAEL = {"name": "Michael O'Brien", "honorific": "Mr.", "title": "Head of Data Engineering"}
PANEL = {
    "interviewers": [
        SARAH,
        MICHAEL,
        {"name": "René Dubois", "honorific": "Mr.", "title": "Director of Product"},
        {"name": "Björn Lindqvist", "honorific": "Mr.", "title": "Staff Engineer"},
        {"name": "Siobhán Kelly", "honorific": "Dr.", "title": "Principal Data Scientist"},
        {"name": "Renée Martin", "honorific": "Ms.", "title": "Talent Partner"},
        {"name": "Grace Ashworth-Clarke", "honorific": "Ms.", "title": "Product Manager"},
        {"name": "Pieter van der Berg", "honorific": "Dr.", "title": "Chief Data Officer"},
        {"name": "Anjali Rao", "honorific": "Dr.", "title": "Head of Research"},
        {"name": "Mark Ellison", "honorific": "Mr.", "title": "Engineering Manager"},
    ]
}


def email(greeting: str, body: str, sign: str = "Priya Raman") -> str:
    return (
        f"Subject: Thank you for today's interview\n\n{greeting}\n\n{body}\n\n"
        f"I remain very interested in the Data Analyst role.\n\nBest regards,\n{sign}"
    )


BODY = "Thank you for taking the time to meet with me today. I enjoyed our talk about Looker."


def case(id: str, greeting: str, fires: set[str], body: str = BODY, **kw: object) -> Case:
    """A thank-you to Sarah Chen (or `to`), with the panel's notes."""
    notes = kw.pop("notes", PANEL)
    sign = str(kw.pop("sign", "Priya Raman"))
    return Case(id, email(greeting, body, sign), fires, notes=notes, **kw)  # type: ignore[arg-type]


CASES = [
    # --- name-misspelled: diacritics ---------------------------------------------------------
    case("rene-without-accent", "Dear Rene,", {MISSPELLED}, to="René Dubois"),
    case("rene-with-accent", "Dear René,", set(), to="René Dubois"),
    case("bjorn-without-umlaut", "Hi Bjorn,", {MISSPELLED}, to="Björn Lindqvist"),
    case("siobhan-without-fada", "Dear Siobhan,", {MISSPELLED}, to="Siobhán Kelly"),
    case("renee-without-accent", "Hello Renee,", {MISSPELLED}, to="Renée Martin"),
    case(
        "renee-as-rene",
        "Dear René,",
        {MISSPELLED},
        to="Renée Martin",
        notes={"interviewers": [SARAH, {"name": "Renée Martin", "honorific": "Ms."}]},
    ),
    # --- name-misspelled: apostrophes, hyphens, spaces ---------------------------------------
    case("obrien-no-apostrophe", "Dear Mr. OBrien,", {MISSPELLED}, to="Michael O'Brien"),
    case("obrien-space", "Dear Mr. O Brien,", {MISSPELLED}, to="Michael O'Brien"),
    case("obrien-lower-b", "Dear Mr. O'brien,", {MISSPELLED}, to="Michael O'Brien"),
    case("obrien-typographic", "Dear Mr. O’Brien,", set(), to="Michael O'Brien"),
    case(
        "ashworth-clarke-space",
        "Dear Ms. Ashworth Clarke,",
        {MISSPELLED},
        to="Grace Ashworth-Clarke",
    ),
    case(
        "ashworth-clarke-dropped-e",
        "Dear Ms. Ashworth-Clark,",
        {MISSPELLED},
        to="Grace Ashworth-Clarke",
    ),
    case("ashworth-clarke-right", "Dear Ms. Ashworth-Clarke,", set(), to="Grace Ashworth-Clarke"),
    case(
        "van-der-berg-joined",
        "Dear Dr. Vanderberg,",
        {MISSPELLED},
        to="Pieter van der Berg",
    ),
    # --- name-misspelled: case, transposed and doubled letters -------------------------------
    case("lower-case-sarah", "dear sarah,", {MISSPELLED}),
    case("lower-case-mark-greeting", "hi mark,", {MISSPELLED}, to="Mark Ellison"),
    case("transposed", "Dear Sarha,", {MISSPELLED}),
    case("doubled", "Dear Sarrah,", {MISSPELLED}),
    case("last-name-transposed", "Dear Ms. Cehn,", {MISSPELLED}),
    case(
        "michael-in-the-body",
        "Dear Sarah,",
        {MISSPELLED},
        body="Thank you for your time today. Please thank Micheal for the warehouse tour too.",
    ),
    # --- title-mismatch: honorifics ------------------------------------------------------------
    case("mr-for-ms", "Dear Mr. Chen,", {TITLE}),
    case("mrs-for-ms", "Dear Mrs. Chen,", {TITLE}),
    case("dr-without-dot", "Dear Dr Kelly,", set(), to="Siobhán Kelly"),
    case("ms-for-dr", "Dear Ms. Kelly,", {TITLE}, to="Siobhán Kelly"),
    case("mr-for-dr-particles", "Dear Mr. van der Berg,", {TITLE}, to="Pieter van der Berg"),
    case("dr-particles-right", "Dear Dr. van der Berg,", set(), to="Pieter van der Berg"),
    case("ms-with-first-name-for-dr", "Dear Ms. Anjali,", {TITLE}, to="Anjali Rao"),
    case("dr-with-first-name", "Dear Dr. Anjali,", set(), to="Anjali Rao"),
    case("mr-and-misspelt-last-name", "Dear Mr. Chenn,", {TITLE, MISSPELLED}),
    case("ms-hyphen-part", "Dear Mrs. Ashworth,", {TITLE}, to="Grace Ashworth-Clarke"),
    case("first-name-drops-honorific", "Dear Siobhán,", set(), to="Siobhán Kelly"),
    case(
        "honorific-in-the-body",
        "Dear Sarah,",
        {TITLE},
        body="Thank you for your time today, and please pass my thanks to Ms. O'Brien as well.",
    ),
    # --- title-mismatch: job titles ------------------------------------------------------------
    case(
        "as-title-you",
        "Dear Sarah,",
        {TITLE},
        body="As Analytics Director, you clearly care about the weekly metrics review.",
    ),
    case(
        "role-as-lower-case",
        "Dear Sarah,",
        {TITLE},
        body="I enjoyed hearing about your role as analytics director at Acme.",
    ),
    case(
        "title-in-brackets",
        "Dear Michael,",
        {TITLE},
        to="Michael O'Brien",
        body="I also enjoyed meeting Sarah Chen (Director of Analytics) this morning.",
    ),
    case(
        "title-after-first-name",
        "Dear Sarah,",
        {TITLE},
        body="Michael, your Head of Data Science, explained the warehouse migration well.",
    ),
    case(
        "title-right",
        "Dear Sarah,",
        set(),
        body="I enjoyed hearing about your role as Analytics Manager at Acme.",
    ),
    case(
        "candidates-own-role",
        "Dear Sarah,",
        set(),
        body="As a Data Analyst, I would love to help with the Looker migration.",
    ),
    # --- name-wrong-recipient ----------------------------------------------------------------
    case("greets-panel-colleague", "Dear Michael,", {RECIPIENT}),
    case("good-morning-colleague", "Good morning Mr. O'Brien,", {RECIPIENT}),
    case("bare-name-colleague", "Michael,", {RECIPIENT}),
    case(
        "pleasure-meeting-you-colleague",
        "Dear Sarah,",
        {RECIPIENT},
        body="Thank you for your time today. It was a pleasure meeting you, Michael.",
    ),
    case(
        "colleague-name-then-thanks",
        "Hello,",
        {RECIPIENT},
        body="Michael, thank you again for walking me through the warehouse migration today.",
    ),
    case(
        "thanks-for-your-time-colleague",
        "Hi Sarah,",
        {RECIPIENT},
        body="Thanks so much for your time today, Michael!",
    ),
    case(
        "colleague-in-third-person",
        "Dear Sarah,",
        set(),
        body="Thank you for your time today. Please pass my thanks to Michael as well.",
    ),
    case(
        "colleague-appositive",
        "Dear Sarah,",
        set(),
        body="Thank you for your time today. I also enjoyed meeting your colleague, Michael.",
    ),
    case(
        "both-greeted",
        "Dear Sarah and Michael,",
        set(),
        body="Thank you both for your time today. I enjoyed our talk about Looker.",
    ),
    # --- false alarms to avoid ---------------------------------------------------------------
    case(
        "data-and-dana",
        "Dear Dana,",
        set(),
        to="Dana Whitfield",
        body="Data quality came up often, and I enjoyed it. The data team sounds great.",
        notes={"interviewers": [{"name": "Dana Whitfield"}, {"name": "Dan Okoro"}]},
    ),
    case(
        "mark-as-a-verb",
        "Dear Mark,",
        set(),
        to="Mark Ellison",
        body="The Looker launch will mark a real shift for the team. Mark my words.",
    ),
    case(
        "similar-proper-nouns",
        "Dear Luke,",
        set(),
        to="Luke Walker",
        body="Moving from Tableau to Looker sounds like the right call for Acme.",
        notes={"interviewers": [{"name": "Luke Walker"}, {"name": "Tabitha Lowe"}]},
    ),
    case(
        "candidates-own-name",
        "Dear Dana,",
        set(),
        to="Dana Whitfield",
        body="Thank you for your time today.",
        sign="Dan Brooks",
        notes={"interviewers": [{"name": "Dana Whitfield"}], "candidate": {"name": "Dan Brooks"}},
    ),
    case(
        "saas-is-not-sara",
        "Dear Sara,",
        set(),
        to="Sara Lind",
        body="Your SaaS platform and its SQL layer sound like a great place to learn.",
        notes={"interviewers": [{"name": "Sara Lind"}]},
    ),
    case(
        "typographic-possessive",
        "Dear Sarah,",
        set(),
        body="Michael O’Brien’s point about the warehouse stayed with me.",
    ),
    case(
        "alias-from-the-notes",
        "Hi Mike,",
        set(),
        to="Michael O'Brien",
        notes={"interviewers": [SARAH, {**MICHAEL, "aliases": ["Mike"]}]},
    ),
    case(
        "address-in-the-signature",
        "Dear Sarah,",
        set(),
        body="I have copied michael.obrien@acme.example as you suggested.",
    ),
]


# A second batch of variations, written after the first was fixed, to see that the fixes
# generalise rather than fit the first batch.
ZOE = {"interviewers": [SARAH, {"name": "Zoë Adams", "honorific": "Ms."}]}
IAN = {"interviewers": [SARAH, {"name": "Ian McDonald", "honorific": "Dr."}]}
CASES += [
    case("kelly-right", "Dear Dr. Kelly,", set(), to="Siobhán Kelly"),
    case("kelley-doubled", "Dear Dr. Kelley,", {MISSPELLED}, to="Siobhán Kelly"),
    case("bjorn-full-name", "Dear Bjorn Lindqvist,", {MISSPELLED}, to="Björn Lindqvist"),
    case("lindquist", "Dear Mr. Lindquist,", {MISSPELLED}, to="Björn Lindqvist"),
    case("hi-rene", "Hi Rene,", {MISSPELLED}, to="René Dubois"),
    case("ms-without-dot-hyphen", "Dear Ms Ashworth-Clarke,", set(), to="Grace Ashworth-Clarke"),
    case("mr-dubois-right", "Dear Mr. Dubois,", set(), to="René Dubois"),
    case("ms-dubois", "Dear Ms. Dubois,", {TITLE}, to="René Dubois"),
    case(
        "renee-in-the-body",
        "Dear Grace,",
        {MISSPELLED},
        to="Grace Ashworth-Clarke",
        body="Thank you for your time today, and thanks also to Renee for organising the day.",
    ),
    case("good-afternoon-ms-obrien", "Good afternoon Ms. O'Brien,", {RECIPIENT, TITLE}),
    case("full-name-greeting", "Dear Sarah Chen,", set()),
    case("ms-chen-thank-you-sarah", "Dear Ms. Chen,", set(), body="Thank you, Sarah."),
    case(
        "role-as-right",
        "Dear Michael,",
        set(),
        to="Michael O'Brien",
        body="I enjoyed learning about your role as Head of Data Engineering.",
    ),
    case(
        "role-as-wrong",
        "Dear Michael,",
        {TITLE},
        to="Michael O'Brien",
        body="I enjoyed learning about your role as Director of Data Engineering.",
    ),
    case(
        "colleague-title-right",
        "Dear Michael,",
        set(),
        to="Michael O'Brien",
        body="Sarah Chen, your Analytics Manager, explained the weekly metrics review.",
    ),
    case(
        "honorific-title-wrong",
        "Dear Sarah,",
        {TITLE},
        body="Please thank Mr. O'Brien, the Head of Data Science, for the warehouse tour.",
    ),
    case("mr-without-dot", "Dear Mr O'Brien,", set(), to="Michael O'Brien"),
    case("thanks-to-michael-too", "Hi Sarah,", set(), body="Thanks to Michael too!"),
    case(
        "vocative-wrong-reader",
        "Dear Michael,",
        {RECIPIENT},
        to="Michael O'Brien",
        body="Thank you so much, Sarah, for the tour of the office.",
    ),
    case(
        "candidate-named-sara",
        "Dear Sarah,",
        set(),
        sign="Sara Patel",
        notes={**PANEL, "candidate": {"name": "Sara Patel"}},
    ),
    case("macdonald", "Dear Dr. MacDonald,", {MISSPELLED}, to="Ian McDonald", notes=IAN),
    case("mc-donald", "Dear Dr. Mc Donald,", {MISSPELLED}, to="Ian McDonald", notes=IAN),
    case("zoe-without-diaeresis", "Dear Zoe,", {MISSPELLED}, to="Zoë Adams", notes=ZOE),
    case("both-with-honorifics", "Dear Ms. Chen and Mr. O'Brien,", set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_names_case(case: Case) -> None:
    assert fired(case, "names") == case.fires


if __name__ == "__main__":
    score(CASES, "names")
