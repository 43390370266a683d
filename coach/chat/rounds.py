"""Another interview round the user tells of: "they want me back for a final round next
Thursday, 11 till 12". The thank-you then counts from that round's end, and the earlier
rejection no longer stands."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import first_date, time_of
from coach.chat.factset import Facts
from coach.models import Stage
from coach.text import dated

NEW_ROUND = re.compile(
    r"\b(?:final|second|third|2nd|3rd|another|next|further|follow[- ]?up)\s+"
    r"(?:round|interview|stage)\b"
    r"|\bback (?:in )?for (?:a|an|another|one more)\b",
    re.I,
)
#: "11 till 12", "2-3pm", "10:30 to 11:15"
SPAN = re.compile(
    r"\b(?P<h1>\d{1,2})(?:[:.](?P<m1>\d\d))?\s*(?P<ap1>[ap]\.?m\.?)?\s*(?:till|til|until|to|-|–)\s*"
    r"(?P<h2>\d{1,2})(?:[:.](?P<m2>\d\d))?\s*(?P<ap2>[ap]\.?m\.?)?(?!\s*(?:days?|weeks?))",
    re.I,
)


def _clock(hour: str, minute: str | None, ampm: str | None) -> dt.time | None:
    h, m = int(hour), int(minute or 0)
    if ampm:
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    elif 1 <= h <= 6:
        h += 12  # "2 till 3": the afternoon, as office hours go
    return dt.time(h, m) if h < 24 and m < 60 else None


def read_round(clause: str, today: dt.date, facts: Facts) -> bool:
    """Read a further round said in the clause into `facts` (its day, start and end, and the
    stage back to interviewed); True when there was one."""
    found = NEW_ROUND.search(clause)
    if found is None:
        return False
    rest = clause[found.start() :]
    day = first_date(rest, today, past=False)
    if day is None or day < today:
        return False
    facts.interview_day = day
    span = SPAN.search(rest)
    if span is not None:
        ap2 = span.group("ap2")
        facts.interview_at = _clock(span.group("h1"), span.group("m1"), span.group("ap1") or ap2)
        facts.interview_end_at = _clock(span.group("h2"), span.group("m2"), ap2)
    else:
        facts.interview_at = time_of(rest)
    facts.stage = Stage.interviewed
    facts.said.append(f"another interview on {dated(day, '%A %-d %b')}")
    return True


#: the interview's own hours corrected: "the interview was 1pm to 2pm", "it ran 2-3pm"
HELD = re.compile(
    r"\b(?:interview|it)\b[^.?!\d]{0,25}?\b(?:was|ran|went|lasted)\b[^.?!\d]{0,8}", re.I
)


def read_hours(span: re.Match[str]) -> tuple[dt.time | None, dt.time | None]:
    """The start and end of a SPAN match: "3-4pm" is 15:00 to 16:00."""
    ap2 = span.group("ap2")
    start = _clock(span.group("h1"), span.group("m1"), span.group("ap1") or ap2)
    return start, _clock(span.group("h2"), span.group("m2"), ap2)


def read_span(clause: str, facts: Facts) -> bool:
    """ "the interview was 1pm to 2pm, not 11": its start and end that day; True when read."""
    held = HELD.search(clause)
    span = SPAN.match(clause, held.end()) if held else None
    if span is None or not (span.group("ap1") or span.group("ap2") or span.group("m1")):
        return False
    start, end = read_hours(span)
    if start is None or end is None or end <= start:
        return False
    facts.interview_at, facts.interview_end_at = start, end
    facts.said.append(f"the interview ran {start:%H:%M} to {end:%H:%M}")
    return True


#: the interview moved to another hour: "my interview got pushed to 3pm", "it was moved to 2:30"
MOVED = re.compile(
    r"\b(?:interview|it|call|panel)\b[^.?!]{0,25}?\b(?:pushed|moved|rescheduled|delayed|bumped"
    r"|shifted|changed|started late)\b(?:\s+(?:back|forward|up))?(?:\s+(?:to|till|until|at))?\s+",
    re.I,
)
#: and where it says when it ended: "finished 4.30pm", "done by 5"
ENDED = re.compile(
    r"\b(?:finished|ended|wrapped up|over|done|ran (?:on )?(?:to|till|until))\s+"
    r"(?:at\s+|by\s+|around\s+|about\s+)?",
    re.I,
)


def read_moved(clause: str, facts: Facts) -> bool:
    """ "my interview got pushed to 3pm ..., finished 4.30pm": the hours the interview really
    had that day (the end, when said, from which the thank-you counts); True when read."""
    moved = MOVED.search(clause)
    start = time_of(clause[moved.end() : moved.end() + 12]) if moved else None
    if moved is None or start is None:
        return False
    facts.interview_at = start
    ended = ENDED.search(clause, moved.end())
    end = time_of(clause[ended.end() : ended.end() + 12]) if ended else None
    if end is not None and end > start:
        facts.interview_end_at = end
        facts.said.append(f"the interview ran {start:%H:%M} to {end:%H:%M}")
    else:
        facts.moved_to = start
        facts.said.append(f"the interview started at {start:%H:%M}")
    return True
