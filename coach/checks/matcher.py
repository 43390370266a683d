"""Fast phrase matching: RE2 runs each family's alternation in linear time, and one RE2 set per
message says which families can match at all, so a clean message costs one scan, not one per
family. A pattern that needs look-around falls back to Python's `re`.

The first few messages of a run (`WARM_UP`: a one-file `coach check`) are scanned with `re`
instead, wherever the two engines provably find the same matches (coach.checks.relaxed): RE2
compiles a family's alternation afresh in every process, about 9 million instructions for the
larger ones, which made a quarter of a one-file check, while `re` is handed the pattern's code
kept on disk (coach.pattern_cache) and scans one message in a fraction of that.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from coach.cache import enabled as cache_enabled
from coach.checks.relaxed import re2_agrees, read_alike, relaxed
from coach.pattern_cache import compile_pattern as compile_re

_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_WIDE_ESCAPE = re.compile(r"\\U([0-9A-Fa-f]{8})|\\u([0-9A-Fa-f]{4})")


_NON_ASCII_WORD = re.compile(r"(?![\x00-\x7f])\w")
_ASCII_SEEN: list[tuple[str, str]] = []


def ascii_words(text: str) -> str:
    """The text with each non-ASCII letter or digit replaced by 'a', same length.

    RE2's word boundary and \\w know only ASCII, so 'r' in 'résumé' would be a word of its
    own and 'Zoë' two words. Matching on this form keeps offsets and gives Unicode boundaries."""
    if text.isascii():
        return text
    seen = _ASCII_SEEN[-1] if _ASCII_SEEN else None  # one read: safe if threads share it
    if seen is not None and seen[0] is text:
        return seen[1]
    # each distinct letter replaced throughout, as `_NON_ASCII_WORD.sub("a", text)` would:
    # the same string, without a look-ahead tried at every character of a family's pattern
    out = text
    for char in set(text):
        if not char.isascii() and _NON_ASCII_WORD.match(char):
            out = out.replace(char, "a")
    _ASCII_SEEN[:] = [(text, out)]
    return out


def re2_pattern(pattern: str) -> str:
    """RE2 spells wide code points \\x{...}; Python spells them \\U and \\u. Literal non-ASCII
    letters become 'a', as in `ascii_words`."""
    return _WIDE_ESCAPE.sub(lambda m: "\\x{%s}" % (m[1] or m[2]), ascii_words(pattern))


def compile_re2(pattern: str, case_sensitive: bool, capture: bool = True) -> Any:
    """RE2's compile; without `capture`, for a search that only asks whether there is a match:
    RE2 then never works out where each group of a match is, which takes it off its DFA."""
    import re2

    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.never_capture = not capture
    return re2.compile(re2_pattern(pattern), options)


class _Prefilter:
    """RE2 sets over every fast pattern of one case mode (the patterns dealt to `parts` sets);
    answers per text which can match.

    Patterns register as their families are first used, which in a process's first batch is
    while messages are being checked: the set is rebuilt only when the patterns not yet in it
    are as many as those in it, or when a later batch meets them (registrations have settled),
    and until then a pattern outside the set counts as one that may match, so it is scanned.
    Rebuilt at every registration, the set was compiled some forty times, each larger, in every
    process's first batch (0.3-0.7 s a worker); the answers are the same, since the set only
    ever rules a pattern out."""

    def __init__(self, case_sensitive: bool, parts: int = 1):
        self.case_sensitive = case_sensitive
        self.parts = parts
        self.patterns: list[str] = []
        #: (an RE2 set, the slot of each of its patterns), one for each of `parts`
        self._set: list[tuple[Any, list[int]]] | None = None
        self._compiled = 0  # the patterns[:_compiled] that the set holds
        self._added_in = 0  # the batch (count of messages noted) of the last registration
        #: slots whose pattern RE2 cannot hold in a set: never ruled out, so always scanned
        self._unfiltered: frozenset[int] = frozenset()

    def add(self, pattern: str) -> int:
        self.patterns.append(pattern)
        self._added_in = _messages
        return len(self.patterns) - 1

    def matching(self, text: str) -> frozenset[int]:
        pending = len(self.patterns) - self._compiled
        if self._set is None or (
            pending and (pending >= self._compiled or self._added_in != _messages)
        ):
            self._set = [self._compile(slots) for slots in self._split()]
            self._compiled = len(self.patterns)
            pending = 0
        found = frozenset([slots[i] for part, slots in self._set for i in part.Match(text) or ()])
        found |= self._unfiltered
        if pending:
            found |= frozenset(range(self._compiled, len(self.patterns)))
        return found

    def _split(self) -> list[list[int]]:
        """The patterns' slots, dealt out in turn to `parts` sets."""
        count = min(self.parts, len(self.patterns)) or 1
        return [list(range(i, len(self.patterns), count)) for i in range(count)]

    def _compile(self, slots: list[int]) -> tuple[Any, list[int]]:
        import re2

        options = re2.Options()
        options.case_sensitive = self.case_sensitive
        options.max_mem = PREFILTER_MEMORY
        built = re2.Set.SearchSet(options)
        held = []
        for slot in slots:
            try:
                built.Add(re2_pattern(self.patterns[slot]))
            except re2.error:  # a pattern the set cannot take is scanned every time instead
                self._unfiltered |= {slot}
            else:
                held.append(slot)
        built.Compile()
        return built, held


#: memory for each set's DFA, whose states RE2 keeps from one search to the next. At RE2's
#: default (8 MiB) the case-insensitive set fills it within a long message and starts over on
#: the next (0.8 ms a message); with room, its states stay built (0.02 ms). The same patterns
#: match: only the cache is larger.
PREFILTER_MEMORY = 64 << 20


#: sets the case-insensitive patterns are dealt to. One set's DFA state is where every
#: pattern has got to at once, so a text the set has not read before meets states it must build
#: (0.64 ms a message, over 3,117 distinct tuning-set messages), and a text it has read costs
#: 0.02 ms: it was never rebuilt, nor its cache flushed (the same times at 1 GiB). Dealt to 8
#: sets, each state is of fewer patterns and recurs more: 0.21 ms a new message, 0.05 ms one
#: read before; the union of the sets' answers is the one set's.
PREFILTER_PARTS = 8


_PREFILTERS = {True: _Prefilter(True), False: _Prefilter(False, PREFILTER_PARTS)}
_SEEN: dict[int, tuple[str, int, frozenset[int], frozenset[int]]] = {}
#: messages checked family by family before the set is built: a single message (`coach check`
#: on one file) never pays for compiling the set (a batch's first messages still register
#: families as they meet them: see `_Prefilter`)
WARM_UP = 8
#: texts shorter than this (a sentence, a clause) are scanned directly, without the set; a
#: short message (200-400 characters) is read by some twenty families, which the set answers
SET_MIN = 200
_messages = 0


def note_messages(count: int) -> None:
    """The checker says how many messages it is about to check."""
    global _messages
    _messages += count


def warming_up() -> bool:
    """True for a run's first few messages (`WARM_UP`), where a one-file check's compiles are
    what it pays most for: patterns built then are worth taking from the pattern cache."""
    return _messages <= WARM_UP


def _present(text: str, case_sensitive: bool, size: int) -> frozenset[int] | None:
    """Which registered patterns match somewhere in `text` (None: not known, scan it),
    remembered for the last texts and worked out again when patterns were registered since."""
    if _messages <= WARM_UP:
        return None
    key = id(text)
    seen = _SEEN.get(key)
    if seen is None or seen[0] is not text or seen[1] != size:
        if len(_SEEN) > 64:
            _SEEN.clear()
        seen = (text, size, _PREFILTERS[True].matching(text), _PREFILTERS[False].matching(text))
        _SEEN[key] = seen
    return seen[2] if case_sensitive else seen[3]


def ruled_out(text: str) -> Callable[[Phrase], bool] | None:
    """A test of which fast patterns the message-wide prefilter proves absent from `text`, to
    be asked of many families at once (the phrases rules read some fifty a message): true for a
    pattern whose `finditer` over `text` finds nothing without scanning. None when the prefilter
    is not used for this text (a run's first messages, a short text), where every pattern is
    scanned. A pattern registered after this call is never ruled out."""
    if _messages <= WARM_UP:
        return None
    text = ascii_words(text)
    if len(text) <= SET_MIN:
        return None
    known = {cs: len(_PREFILTERS[cs].patterns) for cs in (True, False)}
    size = known[True] + known[False]
    present = {cs: _present(text, cs, size) for cs in (True, False)}

    def test(phrase: Phrase) -> bool:
        cs = phrase.case_sensitive
        found = present[cs]
        return (
            phrase.fast
            and found is not None
            and phrase.slot < known[cs]
            and phrase.slot not in found
        )

    return test


class Phrase:
    """A compiled alternation that skips the scan when the message-wide prefilter says no."""

    def __init__(self, joined: str, case_sensitive: bool):
        self.joined = joined
        self.fast = not _LOOKAROUND.search(joined)
        self.case_sensitive = case_sensitive
        self.slot = _PREFILTERS[case_sensitive].add(joined) if self.fast else -1
        self._rx: Any = None
        self._loose: Any = None  # for a look-around pattern: RE2's looser form, when it has one
        self._alike: re.Pattern[str] | bool | None = None  # `alike`: False when there is none

    @property
    def rx(self) -> Any:
        """Compiled when first used: a one-file check meets a fraction of the patterns, and
        compiling one costs more than scanning a message with it."""
        if self._rx is None:
            if self.fast:
                self._rx = compile_re2(self.joined, self.case_sensitive)
            else:
                self._rx = compile_re(self.joined, 0 if self.case_sensitive else re.I)
        return self._rx

    @property
    def alike(self) -> re.Pattern[str] | None:
        """This fast pattern on `re`, when `re` and RE2 read it alike (coach.checks.relaxed) and
        its code is kept on disk (without the cache, `re`'s compile costs more than RE2's)."""
        if self._alike is None:
            self._alike = False
            pattern = ascii_words(self.joined)
            if cache_enabled() and read_alike(pattern):
                with contextlib.suppress(re.error):  # a construct only RE2 accepts: RE2 it is
                    self._alike = compile_re(pattern, 0 if self.case_sensitive else re.I)
        return self._alike if isinstance(self._alike, re.Pattern) else None

    def finditer(self, text: str, pos: int = 0) -> Iterator[Any]:
        if self.fast:
            text = ascii_words(text)
            if _messages <= WARM_UP and re2_agrees(text) and self.alike is not None:
                found = _one_by_one(self.alike, text, pos)
                return _not_inside_word(text, found) if "'" in text else found
            size = len(_PREFILTERS[True].patterns) + len(_PREFILTERS[False].patterns)
            # the set pays off when many families ask about one message; for a sentence asked
            # once, scanning with this one pattern is cheaper than scanning with all of them
            present = _present(text, self.case_sensitive, size) if len(text) > SET_MIN else None
            if present is not None and self.slot not in present:
                return iter(())
            if "'" in text:
                return _not_inside_word(text, self.rx.finditer(text, pos))
        elif (
            _messages > WARM_UP  # before, RE2's compile of the looser form costs more than `re`
            and len(text) > SET_MIN
            and re2_agrees(text)
            and not self._may_match(text)
        ):
            return iter(())
        return self.rx.finditer(text, pos)

    def _may_match(self, text: str) -> bool:
        """False when the pattern without its look-around cannot match the text, so neither
        can the pattern (coach.checks.relaxed); asked only of a whole message, where `re`'s
        scan costs most."""
        if self._loose is None:
            import re2

            loose = relaxed(self.joined)
            try:
                self._loose = (
                    False if loose is None else compile_re2(loose, self.case_sensitive, False)
                )
            except re2.error:  # a construct RE2 refuses: the `re` scan always runs
                self._loose = False
        return self._loose is False or self._loose.search(text) is not None

    def search(self, text: str, pos: int = 0) -> Any:
        return next(iter(self.finditer(text, pos)), None)


def loose_re2(pattern: str, flags: int) -> Any:
    """RE2's form of an `re` pattern without its look-around (coach.checks.relaxed), which
    matches wherever the pattern does on a text `re2_agrees` admits; False when there is none
    (a flag besides IGNORECASE, a construct the engines read differently, one RE2 refuses)."""
    import re2

    loose = relaxed(pattern) if not flags & ~(re.I | re.U) else None
    if loose is None:
        return False
    try:
        return compile_re2(loose, not flags & re.I, capture=False)
    except re2.error:
        return False


def absent(loose: Any, text: str) -> bool:
    """True when the looser form of an `re` pattern (`loose_re2`) proves that the pattern
    matches nowhere in this whole message, by one linear RE2 scan instead of `re`'s try at every
    position. Asked only where it pays, as `Phrase._may_match` is: after a run's first messages
    (before, RE2's compile costs more than the scans it saves) and of a text past `SET_MIN`."""
    return (
        loose is not False
        and _messages > WARM_UP
        and len(text) > SET_MIN
        and re2_agrees(text)
        and loose.search(text) is None
    )


def _one_by_one(rx: re.Pattern[str], text: str, pos: int) -> Iterator[re.Match[str]]:
    """`re`'s matches, searched for one after another as RE2's `finditer` does: from the end of
    the last match, or one character on after an empty one. (`re`'s own `finditer` may take a
    non-empty match where an empty one was, so the two engines' lists could differ.)"""
    end = len(text)
    pos = max(0, min(pos, end))
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        yield m
        if pos == end:
            return
        pos = pos + 1 if m.end() == pos else m.end()


def _not_inside_word(text: str, found: Iterator[Any]) -> Iterator[Any]:
    """RE2's word boundary falls at an apostrophe, so "u" in "Ndung'u" or "r" in "D'r" would be
    words of their own: a match that starts with a letter right after a letter and an apostrophe
    is the tail of a name, as the look-behind of the slow path (`(?<![\\w'])`) already says."""
    for m in found:
        at = m.start()
        if (
            at >= 2
            and text[at - 1] == "'"
            and text[at - 2].isalpha()
            and text[at : at + 1].isalpha()
        ):
            continue
        yield m


@lru_cache(maxsize=1024)
def compile_phrases(patterns: tuple[str, ...], case_sensitive: bool = False) -> Phrase:
    """One alternation; a pattern that starts or ends with a word character gets a word boundary."""
    fast = not any(_LOOKAROUND.search(p) for p in patterns)
    parts = []
    for p in patterns:
        left = "" if not re.match(r"[\w(]", p) else (r"\b" if fast else r"(?<![\w'])")
        # 'sucks?' and '(?: again)?' end in a word character too; '[^.]{0,40}' does not
        # (asked of the tail: only its last three characters and a newline can match)
        right = "" if not re.search(r"[\w)][?*+]?$", p[-4:]) else (r"\b" if fast else r"(?![\w])")
        parts.append(f"{left}(?:{p}){right}")
    return Phrase("|".join(parts), case_sensitive)


def compile_pattern(pattern: str, case_sensitive: bool = False) -> Phrase:
    """A single pattern as written (no added boundaries), with the same prefilter."""
    return Phrase(pattern, case_sensitive)
