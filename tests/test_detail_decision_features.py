"""The message features a learned decision of the detail rules would weigh
(scripts/detail_decision_features.py), for a bakery's notes of our own: one number per name in
FEATURES, the best-covered detail's share, and the hand rules' readings as given."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location(
    "detail_decision_features", ROOT / "scripts" / "detail_decision_features.py"
)
assert _spec is not None and _spec.loader is not None
decision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(decision)

from coach.checks.base import Context  # noqa: E402
from coach.models import Channel, Kind, Notes  # noqa: E402
from coach.text import Doc  # noqa: E402

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Odile Brannagh"},
        "company": {"name": "Quillfeather Bakehouse", "aliases": []},
        "role": "Night Baker",
        "interview": {"start": "2026-03-02T09:00:00+00:00", "end": "2026-03-02T10:00:00+00:00"},
        "interviewers": [{"name": "Mirek Solvay", "title": "Head Baker", "aliases": []}],
        "details": [
            "Mirek - the rye sourdough is proofed for 14 hours in the walk-in",
            "Mirek - ovens start at 3 am so the vans leave by six",
        ],
    }
)
SENT = dt.datetime(2026, 3, 2, 18, 0, tzinfo=dt.UTC)


def features(body: str, dm: bool = False, du: tuple[tuple[int, int], ...] = ()) -> dict[str, float]:
    text = f"Dear Mirek,\n\n{body}\n\nBest wishes,\nOdile Brannagh"
    ctx = Context(NOTES, Kind.thank_you, Channel.email, "Mirek Solvay", SENT)
    row = decision.features(Doc(text), ctx, dm, list(du))
    assert len(row) == len(decision.FEATURES)
    return dict(zip(decision.FEATURES, row, strict=True))


def test_a_detail_retold_covers_it_and_generic_thanks_covers_none() -> None:
    retold = features("Thank you. Proofing the rye sourdough for fourteen hours is patient work.")
    generic = features("Thank you for your time today. I enjoyed learning about the team.")
    assert retold["best_share"] > 0.3
    assert generic["best_share"] == 0.0
    assert retold["thank_you"] == 1.0


def test_the_hand_readings_are_features_as_given() -> None:
    found = features("Thank you for the interview.", dm=True, du=((0, 5), (6, 9)))
    assert (found["dm_rule"], found["du_rule"], found["du_hits"]) == (1.0, 1.0, 2.0)
