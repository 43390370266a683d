"""Findings a new user met in the web app (issue 12, items 8 and 12), checked through the engine."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coach.engine import Checker
from coach.models import Channel, Kind, Notes
from coach.readers import Message
from coach.rulebook import example_context

CHECKER = Checker()
SENT = dt.datetime(2026, 11, 20, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def findings(body: str, to: str | None = "Sarah Chen", **notes: Any) -> list[Any]:
    data = {**example_context(), **notes}
    message = Message(
        path="draft.md",
        text=f"Subject: Thank you\n\nDear Sarah,\n\n{body}\n\nBest regards,\nPriya Raman",
        kind=Kind.thank_you,
        channel=Channel.email,
        to=to,
        send_at=SENT,
        notes=Notes.model_validate(data),
    )
    return CHECKER.check(message).findings


def test_an_acronym_the_notes_spell_is_not_shouting() -> None:
    body = "Thank you for today. I enjoyed our talk about the ETA-prediction model for deliveries."
    details = ["ETA-prediction model for deliveries"]
    found = [f for f in findings(body, details=details) if f.rule == "tone-overeager"]
    assert found == []
    # the same capitals with notes that do not spell them are still read as emphasis
    shouted = findings("Thank you for today. I am SO keen and the ETA is great.")
    assert any(f.rule == "tone-overeager" and f.excerpt == "SO" for f in shouted)


def test_every_exclamation_mark_of_asap_is_highlighted() -> None:
    body = "Thank you for today. Please reply ASAP!!!"
    marks = [f for f in findings(body) if f.rule == "tone-overeager" and "!" in f.excerpt]
    assert [f.excerpt for f in marks] == ["!!!"]


def test_seven_emoji_are_one_warning() -> None:
    body = "Thank you for today 😀😀😀 I loved it 🎉🎉 see you soon 👍👍"
    emoji = [f for f in findings(body) if f.rule == "tone-unprofessional"]
    assert len(emoji) == 1
    assert emoji[0].excerpt == "😀😀😀"


def test_a_missing_recipient_is_said_in_plain_words() -> None:
    found = [f for f in findings("Thank you for today.", to=None) if f.rule == "context-missing"]
    assert [f.message for f in found] == [
        "Checked without a recipient, so the greeting and recipient checks were skipped"
    ]
    assert "Recipient field" in (found[0].suggestion or "")
