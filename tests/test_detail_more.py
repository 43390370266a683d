"""Paraphrases of a detail that the lexicon, the role's words and acronyms join (round 14): a
task due at the end of the month, a deadline for a thing "due", a word of the role that a detail
also has used of the detail beside a specific word, an acronym of a closed compound; and what
still names nothing: generic praise of plans, the candidate's own record said to suit the role.
Wordings of our own, across trades."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import Case  # noqa: E402
from family_harness import fired as family_fired  # noqa: E402

#: a housing charity's notes, over the rulebook's example context (rules/context.yaml)
CHARITY = {
    "company": {"name": "Northgate Housing Trust", "aliases": []},
    "role": "Finance Officer",
    "details": [
        "month-end supplier invoice checks",
        "the lottery grant report due in March",
    ],
}
#: a farm's notes: "Blue Tongue" and "foot rot" say the compound in two ways
FARM = {
    "company": {"name": "Greystone Farms", "aliases": []},
    "role": "Flock Manager",
    "details": ["vaccinating the ewes against bluetongue virus", "the new lambing shed"],
}
#: a tribunal service's notes: a word of the role ("tribunal") is also one of a detail's
TRIBUNAL = {
    "company": {"name": "Westvale Legal Services", "aliases": []},
    "role": "Tribunal Clerk",
    "details": ["covering the rural tribunals in Alderby and Kestwick"],
}


def fired(sentence: str, notes: dict[str, object], kind: str = "thank_you") -> set[str]:
    text = (
        f"Subject: Thanks\n\nDear Sarah,\n\nThank you for meeting me. {sentence}\n\n"
        "I remain keen on the role.\n\nBest,\nPriya Raman"
    )
    send_at = "2026-12-03T10:00:00-05:00" if kind == "check_in" else "2026-11-20T19:30:00-05:00"
    case = Case("m", text, set(), kind=kind, send_at=send_at, notes=notes)
    return family_fired(case, "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        # "end of the month" is the month-end; "deadline" is what is "due"
        "Keeping the end-of-month paperwork for your suppliers tidy is work I enjoy.",
        "I would gladly help the suppliers' bills get squared away at the end of the month.",
        "I'd be glad to help get the funders' report in well before its deadline.",
    ],
)
def test_a_month_end_task_or_a_deadline_in_other_words_is_a_detail(sentence: str) -> None:
    assert "detail-missing" not in fired(sentence, CHARITY)


@pytest.mark.parametrize(
    "sentence",
    [
        # praise of plans, however ambitious, and projects under way name no detail
        "The trust clearly has an ambitious agenda and several projects underway.",
        "It was inspiring to hear about your ambitions and the work under way this year.",
        # "due to" gives a cause, not a deadline
        "Due to the snow, I am grateful you could still see me, and I enjoyed the tour.",
    ],
)
def test_generic_plans_and_a_cause_are_no_detail(sentence: str) -> None:
    assert "detail-missing" in fired(sentence, CHARITY)


@pytest.mark.parametrize("kind", ["thank_you", "check_in"])
def test_a_word_of_the_role_used_of_a_detail_beside_a_specific_word(kind: str) -> None:
    # "hills" alone is one specific word, and "tribunals" the second, of the detail's own
    sentence = "I would be happy to travel out to the tribunals in the hills."
    assert "detail-missing" not in fired(sentence, TRIBUNAL, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        # a mention of the role, however specific the words beside it
        "I would be a committed Tribunal Clerk out in the hills.",
        "I enjoyed hearing about the tribunals.",
    ],
)
def test_the_role_named_or_a_role_word_alone_is_no_detail(sentence: str) -> None:
    assert "detail-missing" in fired(sentence, TRIBUNAL)


@pytest.mark.parametrize(
    "sentence",
    [
        # "BTV" for "bluetongue virus": the compound gives two letters
        "Your plan for a BTV outbreak, penning the flock and calling the vet, was reassuring.",
    ],
)
def test_an_acronym_of_a_closed_compound_is_the_detail(sentence: str) -> None:
    got = fired(sentence, FARM)
    assert "detail-missing" not in got
    assert "detail-unsupported" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # the record after "my background suits the role:", however specific, is the candidate's
        "Thinking over our talk, my background suits the role: nine years shearing merino "
        "flocks in Otago and a diploma in sheep husbandry.",
        "I am sure my experience is a strong match for it: lambing sheds in Powys, "
        "and bluetongue drills at an agricultural college.",
    ],
)
def test_the_candidates_own_record_said_to_fit_the_role_is_no_detail(sentence: str) -> None:
    assert "detail-missing" in fired(sentence, FARM)
