"""A draft pasted with a yes/no question gets that question's yes or no: "does it pass?" by the
checker's pass, "is it fine?" on a draft with warnings a no until they are fixed, "does that
matter?" on a draft with findings a yes; a request ("can you check it?") is no yes/no."""

from __future__ import annotations

from coach.chat.review import draft_verdict
from coach.chat.yes_no import asked

NEARLY = "Nearly: that draft is sendable, but fix the warnings first."


def test_a_fine_question_on_warnings_is_a_no() -> None:
    assert draft_verdict(NEARLY, "is this opening line alright?", True, True).startswith("No")
    assert draft_verdict(NEARLY, "sending this at noon, good?", True, True).startswith("No")


def test_without_a_yes_or_no_asked_the_verdict_stays() -> None:
    assert draft_verdict(NEARLY, "here is my note for Priya", True, True) == NEARLY
    assert asked("could you look over my note please") is None  # a request to the coach
    assert draft_verdict(NEARLY, "can you check this for me", True, True) == NEARLY


def test_pass_is_answered_by_the_checker() -> None:
    lead = "No, not as it stands: it reads as blaming (1 tone finding)."
    said = draft_verdict(lead, "will this one pass?", True, True)
    assert said.startswith("Yes, it passes") and "blaming" in said
    assert draft_verdict(
        "No, not yet: I checked that draft.", "will it pass?", False, True
    ).startswith("No")


def test_a_finding_is_what_matters() -> None:
    said = draft_verdict(
        "No, not yet: I checked that draft.", "I spelt her name oddly, does it matter", False, True
    )
    assert said.startswith("Yes, it matters")
    assert asked("the greeting says hi not dear, that's fine isn't it?") is not None
