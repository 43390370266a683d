"""The job's duties told back ("what a Kiln Supervisor does: firing the kilns, leading the
crew") name no detail of the interview (coach.checks.detail_role.duty_spans). Wordings of our
own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from family_harness import detail_in_thanks  # noqa: E402

NOTES = {
    "role": "Kiln Supervisor",
    "details": [
        "Wendell - glaze firings run 14 hours, crew of 3 kiln loaders per shift",
        "Wendell - switching the second kiln from oil to gas burners next year",
    ],
}


def thanks(sentence: str) -> set[str]:
    return detail_in_thanks(sentence, NOTES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for explaining what a Kiln Supervisor does: firing the kilns, leading the "
        "loaders and keeping the glaze shifts on time.",
        "I enjoyed hearing what the job involves, from the firings to the crew on each shift.",
        "Keeping the kilns firing and the loaders safe is the heart of this job.",
    ],
)
def test_the_duties_of_the_job_are_no_detail(sentence: str) -> None:
    assert "detail-missing" in thanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words, said of what was discussed
        "The move from oil to gas burners on the second kiln sounds like a big step.",
        "Thank you for explaining what a Kiln Supervisor does. The switch to gas burners on "
        "the second kiln next year sounds like a big step.",
    ],
)
def test_a_detail_beside_the_duties_still_counts(sentence: str) -> None:
    assert "detail-missing" not in thanks(sentence)
