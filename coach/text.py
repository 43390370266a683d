"""The text of a message, split into the parts the checks look at, with offsets preserved.

Quoted replies and the signature are masked with spaces rather than cut out, so every span a
check reports still points into the text as read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cached_property
from typing import NamedTuple

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
SUBJECT = re.compile(r"\A[ \t]*subject:[ \t]*(.*)$", re.I | re.M)
QUOTE_INTRO = re.compile(r"^On\b.{0,300}?\bwrote:[ \t]*$", re.M | re.S)
QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)
SIGNATURE = re.compile(r"^--[ \t]?$", re.M)
GREETING = re.compile(
    r"^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening|day)|greetings|"
    r"kia ora|t[eē]n[aā] koe|aloha|bonjour|hola|hallo|ciao|namaste|g'day)\b[ \t,]*"
    r"(?P<who>[^\n,:!]{0,60})",
    re.I | re.M,
)
#: a salutation that is the reader's name alone on the first line: "Sarah," or "Ms. Chen —"
BARE_SALUTATION = re.compile(
    r"\s*(?P<who>(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    r"(?:[ \t]+[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*){0,2})[ \t]*[,—–]?[ \t]*$",
    re.M,
)
SIGNOFFS = re.compile(
    r"^[ \t]*(?:best(?: regards| wishes)?|kind regards|warm regards|regards|sincerely(?: yours)?|"
    r"thanks(?: again)?|thank you(?: again)?|many thanks|cheers|respectfully|all the best|"
    r"with (?:gratitude|appreciation|thanks)|yours(?: truly| sincerely)?|warmly|gratefully)"
    r"[ \t]*[,.!]?[ \t]*$",
    re.I | re.M,
)


def fold(text: str) -> str:
    """Compare-form: typographic apostrophes straightened, Unicode composed."""
    return unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NEWLINE = re.compile("\n")
_NOT_NEWLINE = re.compile("[^\n]")


def _blank(text: str) -> str:
    """Spaces for every character but newlines, so offsets and line numbers stay put."""
    return _NOT_NEWLINE.sub(" ", text)


_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Token(NamedTuple):
    text: str
    start: int
    end: int


class Doc:
    """A message's text with its subject, body, masked reply quotes and signature located."""

    def __init__(self, text: str):
        self.text = text
        m = SUBJECT.match(text)
        self.subject: str | None = m.group(1).strip() if m else None
        self.subject_span = (m.start(1), m.end(1)) if m else (0, 0)
        self.body_start = (m.end() + 1) if m else 0
        masked = text
        self.quoted = False
        intro = QUOTE_INTRO.search(text, self.body_start)
        if intro:  # everything from the "On ... wrote:" line on is the earlier message
            self.quoted = True
            masked = masked[: intro.start()] + _blank(masked[intro.start() :])
        if ">" in masked:
            blanked = QUOTED_LINE.sub(lambda q: " " * len(q.group()), masked)
            self.quoted = self.quoted or blanked != masked
            masked = blanked
        sig = SIGNATURE.search(masked, self.body_start)
        self.signature = text[sig.end() :] if sig else ""
        self.signature_start = sig.start() if sig else len(text)
        if sig:
            masked = masked[: sig.start()] + _blank(masked[sig.start() :])
        #: the candidate's own writing: subject and body, quotes and signature blanked out
        self.masked = masked
        #: masked text with typographic quotes straightened (same length), for phrase matching
        self.plain = masked.translate(_STRAIGHTEN)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    @property
    def body(self) -> str:
        return self.masked[self.body_start :]

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(self.masked)]

    @cached_property
    def body_tokens(self) -> list[Token]:
        return [t for t in self.tokens if t.start >= self.body_start]

    @cached_property
    def word_count(self) -> int:
        return len(self.body_tokens)

    @cached_property
    def greeting(self) -> re.Match[str] | None:
        """The first greeting line of the body, within its first three non-blank lines."""
        body = self.masked
        m = GREETING.search(body, self.body_start)
        if m is None:
            return BARE_SALUTATION.match(body, self.body_start)
        before = body[self.body_start : m.start()]
        if len([ln for ln in before.splitlines() if ln.strip()]) > 2:
            return None
        return m

    @cached_property
    def closing(self) -> str:
        """The last lines of the message, where a sign-off and name belong (signature included)."""
        own = self.masked[self.body_start : self.signature_start].rstrip()
        lines = [ln for ln in own.splitlines() if ln.strip()][-4:]
        return "\n".join(lines) + ("\n" + self.signature if self.signature else "")

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into the text as read."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def sentence_start(self, offset: int) -> bool:
        """True when the word at `offset` opens a sentence or a line."""
        i = offset - 1
        while i >= 0 and self.text[i] in " \t\"'“‘(":
            i -= 1
        return i < 0 or self.text[i] in ".!?\n:"
