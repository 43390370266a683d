"""Golden sentences (issue 12, item 9): what a recipient would notice in a draft, never written.

The model's sentences are read before use (coach.drafting.replies.misreads); the composer's own
sentences are checked for the same faults, for every kind and wording variant.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from coach.drafting import stage_warning
from coach.drafting import wording as w
from coach.drafting.composer import Slot, compose
from coach.drafting.loop import KIND_WORDS
from coach.drafting.replies import misreads
from coach.models import Kind, Notes, Stage
from coach.readers import load_notes

ACME = Path(__file__).resolve().parent.parent / "examples" / "acme.yaml"


@pytest.mark.parametrize(
    ("field", "sentence", "why"),
    [
        (
            "interest_sentence",
            "I am interested in the role and the company and the team I joined.",
            "interest_sentence reads as if the candidate already works there",
        ),
        (
            "interest_sentence",
            "I am interested in the role and the position of the Senior Data Engineer.",
            "interest_sentence names the job twice",
        ),
        (
            "appreciation_sentence",
            "I appreciated learning about the company's decision to move the ETL to Dagster.",
            "appreciation_sentence ties the rejection to a detail the notes do not link to it",
        ),
        ("interest_sentence", "I am very interested in the role and the work ahead.", None),
        (
            "appreciation_sentence",
            "I appreciated learning about moving the ETL to Dagster.",
            None,
        ),
    ],
)
def test_a_model_sentence_a_recipient_would_notice_is_not_used(
    field: str, sentence: str, why: str | None
) -> None:
    assert misreads(field, sentence) == why


def notes(**changes: object) -> Notes:
    base = load_notes(str(ACME))
    return base.model_copy(update=changes)


def composed(kind: Kind, variant: int, **changes: object) -> str:
    n = notes(**changes)
    slot = Slot(
        notes=n,
        kind=kind,
        person=n.interviewers[0],
        detail=n.details[0] if n.details else None,
        send_at=n.interview.finished + dt.timedelta(hours=3),
        variant=variant,
    )
    return compose(slot).body


@pytest.mark.parametrize("kind", list(Kind))
def test_the_composer_writes_as_the_candidate_for_every_kind(kind: Kind) -> None:
    for variant in range(12):
        for role in ("Data Analyst", "Senior Data Engineer", "Sous Chef position"):
            body = composed(kind, variant, role=role)
            for sentence in re.split(r"(?<=[.!?])\s+", body):
                assert misreads("interest_sentence", sentence) is None, (kind, variant, sentence)
            assert "the role and the position" not in body
            assert "I joined" not in body


def test_a_rejection_reply_names_the_detail_and_not_the_decision() -> None:
    for variant in range(12):
        details = ["moving the ETL to Dagster"]
        body = composed(Kind.rejection_reply, variant, details=details, stage=Stage.rejected)
        assert "moving the ETL to Dagster" in body
        line = next(s for s in re.split(r"(?<=[.!?])\s+", body) if "Dagster" in s)
        assert "decision" not in line and "appreciated learning" not in line
        assert misreads("appreciation_sentence", line) is None
    # the composer's own rejection sentences are about the conversation
    assert all("conversation" in s or "talking" in s for s in w.DETAIL["rejection_reply"])


def test_a_kind_that_does_not_fit_the_stage_is_said() -> None:
    said = stage_warning(notes(stage=Stage.interviewed), Kind.rejection_reply)
    assert said is not None and said.startswith(
        "The notes say the stage is 'interviewed, waiting', not rejected"
    )
    assert stage_warning(notes(stage=Stage.rejected), Kind.rejection_reply) is None
    assert stage_warning(notes(stage=Stage.interviewed), Kind.thank_you) is None
    rejected = stage_warning(notes(stage=Stage.rejected), Kind.thank_you)
    assert "reply to the rejection" in (rejected or "")


def test_the_progress_line_names_the_kind_in_words() -> None:
    assert KIND_WORDS[Kind.thank_you] == "the thank-you"
    assert all("_" not in words for words in KIND_WORDS.values())
    assert set(KIND_WORDS) == set(Kind)
