"""A message someone else sent, pasted into the chat (forwarded, or quoted with "> " or "On ...
wrote:"): read with the user's words as what they were told, never checked as their draft."""

from __future__ import annotations

import re

#: the header of a message someone else wrote, forwarded or quoted into the chat
_RECEIVED = re.compile(
    r"^[ \t]*(?:-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:?"
    r"|on\s[^\n]{4,80}\bwrote:|>)",
    re.I | re.M,
)
_HEADER = re.compile(r"^(?P<key>from|date|sent|to|cc|subject):[ \t]*(?P<value>.*)$", re.I)
_THEIR_GREETING = re.compile(r"^(?:dear|hi|hello|hey|ol[áa]|good \w+)\b[^,\n]{0,40},\s*", re.I)
_SIGN_OFF = re.compile(
    r"^(?:kind |best |warm )?(?:regards|wishes|thanks|cheers|best|abra[çc]o|many thanks"
    r"|sincerely)\b[^.\n]{0,40}$",
    re.I,
)


def received(text: str) -> str | None:
    """A message someone else sent, pasted in (forwarded, or quoted with "> " or "On ...
    wrote:"): the user's words and theirs as one question, read for what they said ("from
    Siobhán: ... we have decided to move forward with another candidate"). None when the text
    holds no such message."""
    first = _RECEIVED.search(text)
    if first is None:
        return None
    forwarded = re.match(r"\s*(?:-{3,}|begin forwarded)", first.group(0), re.I) is not None
    own_lines, sender = [text[: first.start()].strip()], ""
    body: list[str] = []
    for raw in text[first.start() :].splitlines():
        quoted = re.match(r"^[ \t]*>", raw) is not None
        line = re.sub(r"^[ \t]*(?:>[ \t]?)+", "", raw).strip()
        header = _HEADER.match(line)
        wrote = re.match(r"on\s.*?,\s*(?P<who>[^,]{2,60}?)\s*(?:<[^>]*>)?\s*wrote:\s*$", line, re.I)
        if header or wrote or re.match(r"-{3,}|begin forwarded", line, re.I):
            who = wrote.group("who") if wrote else ""
            if header and header.group("key").lower() == "from":
                who = re.sub(r"<[^>]*>|[\"']", "", header.group("value")).strip()
            sender = sender or who
            continue
        if not (forwarded or quoted):
            own_lines.append(line)  # the user's words again, after the quote
            continue
        line = _THEIR_GREETING.sub("", line)
        if line and not _SIGN_OFF.match(line) and not (body and len(line.split()) == 1):
            body.append(line if line.endswith((".", "?", "!")) else line + ".")
    said = " ".join(body)
    own = " ".join(
        x if x.endswith((".", "?", "!")) else x + "."
        for x in (x.strip().rstrip(":") for x in own_lines)
        if x
    )
    intro = f"(From {sender}.) " if sender else ""
    after = "" if own.endswith((".", "?", "!")) or not own else "."
    return f"{own}{after} {intro}{said}".strip() if said else None
