"""Write drafts pressed again after an edit (and the user saying yes to replacing it) must put
the new drafts in the boxes. With a quick model the second run's drafts can equal the first's
to the millisecond; Gradio then saw no change in the drafts' state, drew nothing, and the
user's edit stayed in the box under a run that said it had replaced it (a CI failure of
tests/browser/test_no_lost_work.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gradio.utils import deep_hash

from coach.backends import FakeBackend
from coach.readers import load_notes
from ui.drafts import Backends
from ui.drafts_view import drafting_steps
from ui.notes_view import NotesState
from ui.services import Services

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
SARAH = {
    "detail_sentence": "I enjoyed learning about migrating dashboards from Tableau to Looker.",
    "interest_sentence": "I am very interested in the Data Analyst role at Acme Analytics.",
}


def drafts_of_one_run(services: Services, state: NotesState) -> list[dict]:
    shown = [items for _, items in drafting_steps(services, state, "thank_you", "Sarah Chen")]
    assert shown[-1], shown
    return shown[-1]


def test_two_runs_with_the_same_text_are_two_changes_of_the_page() -> None:
    services = Services(backends=Backends(backend=FakeBackend(*[SARAH] * 8)), clock=lambda: NOW)
    state = NotesState(load_notes(ROOT / "examples" / "acme.yaml"), "")
    first, second = drafts_of_one_run(services, state), drafts_of_one_run(services, state)
    same = [{**item, "draft": {**item["draft"], "seconds": 0}} for item in first]
    again = [{**item, "draft": {**item["draft"], "seconds": 0}} for item in second]
    assert [i["draft"] for i in same] == [i["draft"] for i in again]  # the same drafts…
    assert deep_hash(same) != deep_hash(again)  # …from a new run: the page draws them again
