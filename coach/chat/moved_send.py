"""A recorded send moved to another day: "the check-in actually went out Thursday 15th, not
the 9th", "my thank-you was sent on the 4th rather than the 3rd". The notes' record on the old
day is wrong (retracted) and the message went on the new one."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import first_date
from coach.chat.factset import Facts, Retracted, Sent
from coach.chat.phrases import sent_kind
from coach.text import dated

_MOVED = re.compile(
    r"\b(?P<what>thank[- ]?you|thanks|check[- ]?in|follow[- ]?up|final|last one|refs|references"
    r"|cert\w*)\b[^.?!]{0,40}?\b(?:went(?: out| through)?|was sent|got sent|sent|was delivered"
    r"|landed)\b(?P<new>[^.?!]{0,40}?)\b(?:not|instead of|rather than)\b(?P<old>[^.?!]{0,30})",
    re.I,
)
_CORRECTING = re.compile(r"\b(?:actually|correction|in fact|really|wrong|mistake)\b", re.I)


def read_moved_send(clause: str, today: dt.date, facts: Facts) -> bool:
    """Reads a send the user moves from the recorded day to another one."""
    moved = _MOVED.search(clause)
    if moved is None:
        return False
    word = moved.group("what").lower()
    kind = sent_kind(word)
    new = first_date(moved.group("new"), today, past=True)
    old = first_date(moved.group("old"), today, past=True)
    if kind is None or new is None or (old is None and not _CORRECTING.search(clause)):
        return False
    facts.retracted.append(Retracted(kind, old))
    facts.sent.append(Sent(kind, new))
    what = kind.value.replace("_", " ")
    was = f", not {dated(old, '%-d %b')}" if old else ""
    facts.said.append(f"your {what} went on {dated(new, '%-d %b')}{was}")
    return True
