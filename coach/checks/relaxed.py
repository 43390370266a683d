"""A look-around pattern as a question RE2 can answer: may it match this text at all?

A phrase family whose patterns need look-around runs on Python's `re`, which tries every
alternative at every position of a message: a rejection's 'dispute' family costs more than all
the RE2 families together. Taking each look-around assertion out of such a pattern leaves one
that matches wherever the original does (an assertion only ever removes matches), and one RE2
scan (coach.checks.matcher) can then say that even this looser pattern is absent from the text,
so the family cannot match and its `re` scan is skipped. (A single RE2 pattern, not RE2's set:
a set that runs out of memory answers "nothing" where one pattern falls back to its NFA.)

That is sound only where RE2 and `re` agree on what the looser pattern matches, so both sides are
kept to where they provably do: `relaxed` refuses any construct whose meaning differs between the
two (a non-ASCII letter, digit or space, `$`, `{,n}`, `[:`, back-references, escapes other than
the common classes), and `re2_agrees` refuses a text with a character that `re`'s Unicode
classes read differently from RE2's ASCII ones: a non-ASCII letter, digit or space, or one of
the ASCII controls Python counts as space (vertical tab, \\x1c-\\x1f).
"""

from __future__ import annotations

from coach.pattern_cache import compile_pattern

#: escapes that mean the same in both engines (on the texts `re2_agrees` admits)
_SAME_ESCAPES = frozenset("bBwWdDsSAntrf")
_LOOK_OPENERS = ("(?=", "(?!", "(?<=", "(?<!")
_DIFFERENT = compile_pattern(r"\$|\{,|\[:|\(\?P=|\(\?\(|\(\?#|\(\?>|\(\?x|[*+?}]\+")
#: `_DIFFERENT`'s alternatives, each a plain string: looked for with `in`, which is faster
_DIFFERENT_MARKS = ("$", "{,", "[:", "(?P=", "(?(", "(?#", "(?>", "(?x", "*+", "++", "?+", "}+")
#: the ASCII characters `_UNSURE` finds
_ASCII_UNSURE = "\x0b\x1c\x1d\x1e\x1f"
#: a run of characters that are each an atom of their own (no escape, class or group opener):
#: taken in one step, so a pattern of thousands of characters costs a step per group, not per
#: character
_PLAIN = compile_pattern(r"[^\\\[(]+")


def relaxed(pattern: str) -> str | None:
    """The pattern without its look-around assertions, or None when RE2 may read any part of
    what is left differently from `re`."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        if pattern.startswith(_LOOK_OPENERS, i):
            end = _group_end(pattern, i)
            if end is None or pattern[end : end + 1] in ("?", "*", "+", "{"):
                return None  # a repeated assertion: its quantifier would pass to the atom before
            i = end
            continue
        plain = _PLAIN.match(pattern, i)
        step = plain.end() if plain is not None else _atom_end(pattern, i)
        if step is None:
            return None
        out.append(pattern[i:step])
        i = step
    left = "".join(out)
    if _UNSURE.search(left) or _DIFFERENT.search(left) or not _same_escapes(left):
        return None  # a non-ASCII letter, digit or space: RE2 sees only 'a' for the letter
    if not left.isascii() and any(
        c.lower() != c or c.upper() != c for c in left if not c.isascii()
    ):
        return None  # a non-ASCII mark with a case ('Ⓐ'): folded by each engine's own tables
    return left


#: a whole pattern as the atoms `relaxed` takes one by one, none of them a look-around: a run of
#: plain characters, an escape, a group that is no look-around, a class `relaxed` accepts
_WHOLE = compile_pattern(
    r"(?:[^\\\[(]++|\\[\s\S]|\((?!\?<?[=!])|\[\^?+\]?+(?:\\[^bB]|[^\]\\\[])*+\])*+"
)
#: every escape one both engines read alike (as `_same_escapes` asks)
_ALIKE_ESCAPES = compile_pattern(r"(?:[^\\]|\\[bBwWdDsSAntrf\W_])*+")


def read_alike(pattern: str) -> bool:
    """Whether RE2 and `re` read the whole pattern alike: `relaxed(pattern) == pattern`, asked
    with three scans instead of a step per group and escape, so that asking it of a phrase
    family's alternation of thousands of characters costs less than RE2's compile of it."""
    return (
        _WHOLE.fullmatch(pattern) is not None
        and _ALIKE_ESCAPES.fullmatch(pattern) is not None
        and not any(mark in pattern for mark in _DIFFERENT_MARKS)
        and (
            not any(c in pattern for c in _ASCII_UNSURE)
            if pattern.isascii()
            else _UNSURE.search(pattern) is None
        )
        and (
            pattern.isascii()
            or all(c.lower() == c == c.upper() for c in set(pattern) if not c.isascii())
        )
    )


def _atom_end(pattern: str, i: int) -> int | None:
    """Where the escape, character class or single character at `i` ends (None: a class RE2
    may read differently, or a pattern cut short)."""
    c = pattern[i]
    if c == "\\":
        return i + 2 if i + 1 < len(pattern) else None
    if c == "[":
        j = i + 1
        if j < len(pattern) and pattern[j] == "^":
            j += 1
        if j < len(pattern) and pattern[j] == "]":
            j += 1
        while j < len(pattern) and pattern[j] != "]":
            if pattern[j] == "[":
                return None  # a nested '[' means a set in one engine and a character in the other
            if pattern[j] == "\\" and pattern[j + 1 : j + 2] in ("b", "B"):
                return None  # [\b] is a backspace in `re`
            j += 2 if pattern[j] == "\\" else 1
        return j + 1 if j < len(pattern) else None
    return i + 1


def _same_escapes(pattern: str) -> bool:
    """Whether every escape is one both engines read alike: a class, an anchor, a control
    character or a punctuation mark (not \\1, \\u, \\x, \\N, \\Z, \\v...)."""
    i = pattern.find("\\")
    while i >= 0:
        nxt = pattern[i + 1 : i + 2]
        if not nxt or (nxt.isalnum() and nxt not in _SAME_ESCAPES):
            return False
        i = pattern.find("\\", i + 2)
    return True


def _group_end(pattern: str, i: int) -> int | None:
    """Where the group opened at `i` closes (None: it does not)."""
    depth = 0
    j = i
    while j < len(pattern):
        c = pattern[j]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        if c in "\\[":
            end = _atom_end(pattern, j)
            if end is None:
                return None
            j = end
        else:
            j += 1
    return None


#: a character `re` and RE2 may class differently: vertical tab and \x1c-\x1f are space to
#: `re` only; a non-ASCII letter, digit or space is \w, \d or \s to `re` only
_UNSURE = compile_pattern(r"[\x0b\x1c-\x1f]|(?![\x00-\x7f])[\w\s]")
_SEEN: list[tuple[str, bool]] = []


def re2_agrees(text: str) -> bool:
    """Whether RE2 and `re` read every character of the text alike (remembered for the last
    text: every family of a message asks about the same one)."""
    seen = _SEEN[-1] if _SEEN else None  # one read: safe if threads share it
    if seen is not None and seen[0] is text:
        return seen[1]
    if text.isascii():
        agrees = not any(c in text for c in _ASCII_UNSURE)
    else:
        agrees = _UNSURE.search(text) is None
    _SEEN[:] = [(text, agrees)]
    return agrees
