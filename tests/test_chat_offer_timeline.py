"""An offer made by phone, with the paperwork still to come, keeps the timeline they gave: a
call they invited ("ring me on the 14th if the contract hasn't come") is a check-in on that
day, and before it is early. Asking to follow up every week is answered with the cap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.readers import load_notes

ZONE = dt.timezone(dt.timedelta(hours=1))
NOTES = """
candidate: {name: Teodor Wilk}
company: {name: Brantholm Ceramics}
role: Kiln Technician
interview: {start: 2026-10-05T10:00:00+01:00, end: 2026-10-05T11:00:00+01:00}
interviewers:
  - {name: Ragna Solberg, honorific: Ms., title: Works Manager}
timeline:
  said: Ragna offered the job by phone; if no contract has come, call her on 14 October.
  contact_on: 2026-10-14
country: GB
stage: offer
history:
  - {kind: thank_you, channel: email, to: Ragna Solberg, sent_at: 2026-10-05T18:00:00+01:00}
"""


def _notes(tmp_path: Path):
    path = tmp_path / "brantholm.yaml"
    path.write_text(NOTES, "utf-8")
    return load_notes(path)


def test_the_invited_call_still_governs_after_a_spoken_offer(tmp_path: Path) -> None:
    now = dt.datetime(2026, 10, 7, 12, tzinfo=ZONE)
    answer = ask(
        "can i ring ragna tomorrow to ask when the contract comes?", _notes(tmp_path), now=now
    )
    lead = answer.answer.split("\n\n")[0]
    assert lead.startswith("No") and "14 October" in lead
    assert "nothing to chase" not in answer.answer


def test_calling_on_the_invited_day_is_fine(tmp_path: Path) -> None:
    now = dt.datetime(2026, 10, 7, 12, tzinfo=ZONE)
    answer = ask("is wednesday the 14th ok to call her?", _notes(tmp_path), now=now)
    assert answer.answer.startswith("Yes") and "14 October" in answer.answer


def test_following_up_every_week_is_capped(tmp_path: Path) -> None:
    now = dt.datetime(2026, 10, 15, 12, tzinfo=ZONE)
    answer = ask(
        "if the contract still doesnt come can i just keep emailing every week till it does?",
        _notes(tmp_path),
        now=now,
    )
    assert answer.answer.startswith("No") and "twice" in answer.answer
    assert "timing-too-many" in answer.rules


def test_the_first_allowed_day_put_forward_is_a_yes() -> None:
    from coach.chat.answer import the_day_named
    from coach.chat.context import situate
    from coach.chat.factset import Facts

    now = dt.datetime(2026, 10, 7, 12, tzinfo=ZONE)
    situation = situate(None, Facts(), now, True)
    lead = (
        "No, not yet: wait until Wednesday 14 October to send a check-in (they invited contact "
        "on 14 October). Sooner is early."
    )
    said = the_day_named(lead, situation, "can the check-in be a call on the 14th instead?")
    assert said.startswith("Yes: Wednesday 14 October is fine")
    other = "she's away till the 14th. can i email on the 12th or wait?"
    assert the_day_named(lead, situation, other) == lead
    assert the_day_named(lead, situation, "can i email on friday?") == lead
