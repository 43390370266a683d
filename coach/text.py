"""The text of a message, split into the parts the checks look at, with offsets preserved.

Quoted replies and the signature are masked with spaces rather than cut out, so every span a
check reports still points into the text as read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any, NamedTuple, TypeVar, cast

from coach.pattern_cache import compile_pattern

_T = TypeVar("_T")

WORD = compile_pattern(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
SUBJECT = compile_pattern(r"\A[ \t]*subject:[ \t]*(.*)$", re.I | re.M)
#: the line a mail client writes above a quoted reply, in the languages clients are set to:
#: "On Tue, ... wrote:", "Am ... schrieb ...:", "Le ... a écrit :", "Em ... escreveu:"
QUOTE_INTRO = compile_pattern(
    # one line, or up to three where the client wrapped it; never across a blank line, so a
    # sign-off that opens with such a word ("Le gach dea-ghuí,") is not taken for the intro
    r"^(?:On|Am|Le|El|Em|Il|Op|Den|Dne|W dniu)\b[^\n]{0,300}?(?:\n[^\n]{1,300}?){0,2}?"
    r"\b(?:wrote|schrieb|a écrit|escribió|"
    r"escreveu|ha scritto|schreef|skrev|napsal|napisał)\b[^\n]{0,200}?:[ \t]*$",
    re.M,
)
#: the header block Outlook (and Gmail, when forwarding) puts above the earlier message, which
#: has no ">" lines: "-----Original Message-----", or a rule of underscores, or "From: ..."
#: followed by "Sent:"/"Date:" within two lines ("Von:"/"Gesendet:" in German, ...)
QUOTE_HEADER = compile_pattern(
    r"^[ \t]*-{3,}[ \t]*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|"
    r"Message d'origine|Mensaje original|Mensagem original)[ \t]*-{3,}[ \t]*$"
    r"|^[ \t]*_{8,}[ \t]*\n(?=\s*(?:From|Von|De|Van|Da):)"
    r"|^[ \t]*(?:From|Von|De|Van|Da):[ \t]+[^\n]+\n(?:[^\n]*\n)?[ \t]*"
    r"(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada|Verzonden|Inviato|Fecha):",
    re.M | re.I,
)
QUOTED_LINE = compile_pattern(r"^[ \t]*>.*$", re.M)
#: "-- " opens a signature; clients and converters add spaces or a Markdown escape ("\\-- ")
SIGNATURE = compile_pattern(r"^\\?--[ \t]*$", re.M)
#: an email address or a web address: a name inside one is not the writer spelling a name
ADDRESS = compile_pattern(
    # each alternative starts only where its run of characters starts, so a long run without
    # an "@" or a dot is read once, not once from every letter (which took seconds)
    r"(?<![\w.+'’\-])[\w.+'’\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?:https?://|www\.)[^\s<>()]+"
    r"|(?<![\w.\-])[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|edu|gov|io|co|uk|de|in|ie|ca|au|nz|fr|"
    r"example)/[^\s<>()]*"
)
GREETING = compile_pattern(
    r"^[ \t]*(?:dear|dearest|respected|hi|hello|hey|good (?:morning|afternoon|evening|day)|"
    r"greetings|kia ora|t[eē]n[aā] koe|aloha|bonjour|hola|hallo|ciao|namaste|g'day)\b[ \t,]*"
    r"(?P<who>[^\n,:!]{0,60})",
    re.I | re.M,
)
#: a salutation that is the reader's name alone on the first line: "Sarah," or "Ms. Chen —"
BARE_SALUTATION = compile_pattern(
    r"\s*(?P<who>(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    r"(?:[ \t]+[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*){0,2})[ \t]*[,—–]?[ \t]*$",
    re.M,
)
SIGNOFFS = compile_pattern(
    r"^[ \t]*(?:(?:thank you|thanks|many thanks|obrigad[ao]|gracias|merci|danke)"
    r"(?: in advance| again)?(?: and| &)? |with )?"
    r"(?:best(?: regards| wishes)?|(?:kind|kindest|warm|warmest|best|many|good) (?:regards|wishes)|"
    r"regards|sincerely(?: yours)?|thanks(?: again)?|thank you(?: again)?|many thanks|cheers|"
    r"respectfully(?: yours)?|all the best|thanks (?:and|&) regards|thanking you|"
    r"with (?:gratitude|appreciation|thanks)|yours(?: truly| sincerely| faithfully| respectfully)?|"
    r"warmly|gratefully|mit freundlichen grüßen|cordialement|atenciosamente|saludos)"
    r"[ \t]*[,.!]?[ \t]*$",
    re.I | re.M,
)


#: the number words below twenty, as time phrases and details spell them
CARDINALS = {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"),
        1,
    )
}  # fmt: skip


def fold(text: str) -> str:
    """Compare-form: typographic apostrophes straightened, Unicode composed."""
    return unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NEWLINE = compile_pattern("\n")
_NOT_NEWLINE = compile_pattern("[^\n]")


def _blank(text: str) -> str:
    """Spaces for every character but newlines, so offsets and line numbers stay put."""
    return _NOT_NEWLINE.sub(" ", text)


#: a line break inside a paragraph that only wraps the line (a mail client's 72 columns, a
#: Markdown file's 100, format=flowed's trailing space): after a word or a comma, before more
#: words, not before a list entry or a quoted line; an honorific's full stop ("Mr.") ends no
#: sentence
_SOFT_BREAK = compile_pattern(
    r"(?:(?<=[^\W_]|[,;:'\"’”)%])|(?<=\b(?:Mr|Ms|Dr|Mx|St)\.)|(?<=\bMrs\.)|(?<=\bProf\.))"
    r"[ \t]*\n(?=[ \t]*(?![-*•+][ \t]|\d{1,2}[.)][ \t])[^\s>])"
)
#: the line before a wrap is long, so that "Dear Sarah," or an address line stays put; the line
#: after it is long too, or ends a sentence, so that a sign-off ("Best," "Priya") stays put
_WRAPPED_LINE = 40
_ENDS_SENTENCE = '.!?…"”’)'


def _unwrap(text: str, start: int) -> str:
    """`text` with its soft line breaks from `start` on turned to spaces (same length), so a
    sentence wrapped over two lines reads as one."""
    body = text[start:]
    if "\n" not in body:
        return text

    def join(m: re.Match[str]) -> str:
        at = m.end() - 1  # the line break
        line_start = body.rfind("\n", 0, at) + 1
        line_end = body.find("\n", at + 1)
        after = body[at + 1 : len(body) if line_end < 0 else line_end].rstrip()
        soft = m.start() - line_start >= _WRAPPED_LINE and (
            len(after) >= _WRAPPED_LINE or after.endswith(tuple(_ENDS_SENTENCE))
        )
        return " " * len(m.group()) if soft else m.group()

    return text[:start] + _SOFT_BREAK.sub(join, body)


_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
#: spaces other than U+0020 that mail clients and word processors put between words (no-break,
#: narrow no-break, figure, thin, hair, en and em spaces): read as plain spaces, one for one
_OTHER_SPACE = compile_pattern("[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f]")
_AS_SPACE = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f", " "))


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
        masked = text.translate(_AS_SPACE) if _OTHER_SPACE.search(text) else text
        self.quoted = False
        intro = QUOTE_INTRO.search(text, self.body_start)
        header = QUOTE_HEADER.search(text, self.body_start)
        if header and not text[self.body_start : header.start()].strip():
            header = None  # headers before any writing of one's own are not a quoted reply
        starts = [m.start() for m in (intro, header) if m is not None]
        if starts:  # everything from the "On ... wrote:" line or header block on is earlier mail
            self.quoted = True
            cut = min(starts)
            masked = masked[:cut] + _blank(masked[cut:])
        if ">" in masked:
            blanked = QUOTED_LINE.sub(lambda q: " " * len(q.group()), masked)
            self.quoted = self.quoted or blanked != masked
            masked = blanked
        sig = SIGNATURE.search(masked, self.body_start)
        self.signature = text[sig.end() :] if sig else ""
        self.signature_start = sig.start() if sig else len(text)
        if sig:
            masked = masked[: sig.start()] + _blank(masked[sig.start() :])
        #: the candidate's own writing: subject and body, quotes and signature blanked out, and
        #: a paragraph's soft line wraps read as spaces (same length)
        self.masked = _unwrap(masked, self.body_start)
        #: masked text with typographic quotes straightened (same length), for phrase matching
        self.plain = self.masked.translate(_STRAIGHTEN)

    def derived(self, name: str, build: Callable[[Doc], _T]) -> _T:
        """`build(self)`, made once per message however many checks ask for it (two rules of
        one kind, or two kinds, that read the text the same way)."""
        memo = self.__dict__.setdefault("_derived", {})
        if name not in memo:
            memo[name] = build(self)
        return cast(_T, memo[name])

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    @property
    def body(self) -> str:
        return self.masked[self.body_start :]

    @cached_property
    def tokens(self) -> list[Token]:
        # the words come from one C-level findall and their places from str.find: between two
        # words stand no letters, so the next occurrence of a word is where it was matched
        text = self.masked
        make = Token._make  # tuple.__new__ itself: no Python frame per token
        find = text.find
        out = []
        end = 0
        for word in WORD.findall(text):
            start = find(word, end)
            end = start + len(word)
            out.append(make((word, start, end)))
        return out

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
        """The last lines of the message, where a sign-off and name belong (signature included).

        A long signature without a "-- " line (title, registration number, phone, links) pushes
        the sign-off up: the closing then starts at the last sign-off line."""
        own = self.masked[self.body_start : self.signature_start].rstrip()
        lines = [ln for ln in own.splitlines() if ln.strip()]
        start = max(0, len(lines) - 4)
        for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
            if SIGNOFFS.match(lines[i]):
                start = min(start, i)
                break
        return "\n".join(lines[start:]) + ("\n" + self.signature if self.signature else "")

    @cached_property
    def closing_start(self) -> int:
        """Where the sign-off starts in the text as read: its sign-off line ("Best regards,")
        when the closing has one, else the closing's first line. A greeting on the line of a
        short message's first sentence is among its last four lines, not in its sign-off."""
        own_end = len(self.masked[: self.signature_start].rstrip())
        lines = self.closing.split("\n")
        for line in [*(ln for ln in lines if SIGNOFFS.match(ln)), lines[0]]:
            at = self.masked.rfind(line, self.body_start, own_end) if line else -1
            if at >= 0:
                return at
        return own_end

    @cached_property
    def addresses(self) -> list[tuple[int, int]]:
        """Spans of email and web addresses in the text as read."""
        text = self.text
        if "@" not in text and "/" not in text and "www." not in text:
            return []  # every form holds one of these: most messages need no scan
        return [m.span() for m in ADDRESS.finditer(text)]

    def in_address(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.addresses)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into the text as read."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def sentence_start(self, offset: int) -> bool:
        """True when the word at `offset` opens a sentence or a line (not a wrapped one)."""
        i = offset - 1
        while i >= 0 and self.masked[i] in " \t\"'“‘(":
            i -= 1
        return i < 0 or self.masked[i] in ".!?\n:"


def windows(anchors: Iterable[int], size: int, before: int, after: int) -> list[tuple[int, int]]:
    """Stretches of a text of `size` characters from `before` ahead of each anchor to `after`
    past it, merged where they overlap: where a pattern built around the anchors can match, so
    that it is sought there only and not across the whole text."""
    out: list[tuple[int, int]] = []
    for at in sorted(anchors):
        lo, hi = max(0, at - before), min(size, at + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


class LazyPattern:
    """A regular expression compiled when first used, standing in for `re.compile`'s result.

    The checks define a hundred patterns at import, and a one-file `coach check` uses about a
    third of them: compiling the rest cost a tenth of its start-up. On first use the compiled
    pattern's methods replace this object's own, so later calls go straight to them. The
    compiler's output is kept from one run to the next (coach.pattern_cache)."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def _compile(self) -> re.Pattern[str]:
        from coach.pattern_cache import compile_pattern

        compiled = compile_pattern(self.pattern, self.flags)
        for name in self._METHODS:
            setattr(self, name, getattr(compiled, name))
        self.groupindex = compiled.groupindex
        self.groups = compiled.groups
        return compiled

    def __getattr__(self, name: str) -> Any:  # groupindex, groups, scanner: compile first
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def search(self, *args: Any) -> Any:
        return self._compile().search(*args)

    def match(self, *args: Any) -> Any:
        return self._compile().match(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self._compile().fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self._compile().finditer(*args)

    def findall(self, *args: Any) -> Any:
        return self._compile().findall(*args)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._compile().split(*args, **kwargs)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the pattern's first use (see LazyPattern)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def dated(value: dt.date, fmt: str) -> str:
    """`value.strftime(fmt)`, where `%-d` is the day without a leading zero ("Friday 6 November")
    on every platform: it is glibc's extension, which Windows' strftime refuses."""
    return value.strftime(fmt.replace("%-d", str(value.day)))
