"""What the Coach chat shows while the model writes a draft the user asked for: it takes
minutes on a CPU, and a bare "…" for that long reads as a page that has hung."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from coach.backends import FakeBackend
from coach.readers import load_notes
from ui.chat import respond
from ui.drafts import Backends
from ui.services import Services

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
SARAH = {
    "detail_sentence": "I enjoyed learning about migrating dashboards from Tableau to Looker.",
    "interest_sentence": "I am very interested in the Data Analyst role at Acme Analytics.",
}


class SlowModel(FakeBackend):
    """Canned replies, each taking as long as a small CPU model's might."""

    def chat(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(1.5)
        return super().chat(*args, **kwargs)


def test_asking_for_a_draft_says_the_model_is_writing_it_and_for_how_long() -> None:
    services = Services(backends=Backends(backend=SlowModel(*[SARAH] * 4)), clock=lambda: NOW)
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    shown = [
        chat[-1]["content"]
        for chat in respond("Write a thank-you note to Sarah", [], notes, services.draft, NOW)
    ]
    waiting = [text for text in shown if "The model can take a few minutes" in text]
    assert waiting, shown[:3]
    assert waiting[-1].startswith("*Drafting the thank-you to Sarah Chen… ")
    seconds = [int(text.split("… ")[1].split(" s.")[0]) for text in waiting]
    assert seconds == sorted(seconds) and seconds[-1] >= 1  # the time counts up
    assert "Dear Sarah" in shown[-1]  # and the draft replaces the waiting line


def test_an_answer_without_a_model_shows_no_waiting_line() -> None:
    notes = load_notes(ROOT / "examples" / "acme.yaml")
    shown = [
        chat[-1]["content"] for chat in respond("When should I follow up?", [], notes, None, NOW)
    ]
    assert not any("The model can take" in text for text in shown)
    assert "Sarah Chen" in shown[-1]
