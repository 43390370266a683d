"""The rules a question's worry is about: "without sounding pushy or needy" is a worry about
tone-demanding and tone-desperate, whichever topic the question is on. Naming them tells the user
which checks their message will face, so the answer's rule ids follow the worry as well as the
topic's entry."""

from __future__ import annotations

import re

#: worry words, as people write them, and the rule each is a worry about
WORRIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), rule)
    for p, rule in (
        (
            r"\bpush(?:y|ing|ier)?\b|\bdemanding\b|\bnag(?:gy|ging)?\b|\bentitled\b",
            "tone-demanding",
        ),
        (
            r"\bdesperate\b|\bneedy\b|\bclingy\b|\bbegg?(?:ing|y)?\b|\bgrovel\w*"
            r"|\bpathetic\b",
            "tone-desperate",
        ),
        (r"\bover[- ]?eager\b|\bover the top\b|\btoo (?:keen|enthusiastic)\b", "tone-overeager"),
        (r"\baccus\w*|\bblam\w*|\bguilt[- ]?trip\w*", "tone-accusatory"),
        (
            r"\bpassive[- ]?aggressive\b|\bsnarky\b|\bforg[eo]t\w* (?:all )?about me\b"
            r"|\bignor\w* me\b",
            "tone-passive-aggressive",
        ),
        (r"\bhostile\b|\bbitter\b|\bangry\b|\bsarcas\w*|\bsalty\b|\bpetty\b", "tone-hostile"),
        (
            r"\bunprofessional\b|\bnot (?:very )?professional\b|\btoo (?:casual|informal)\b"
            r"|\bslang\b|\bemoji",
            "tone-unprofessional",
        ),
    )
)


def worried_rules(question: str) -> list[str]:
    """The rule ids of the worries the question voices, in the order they are written."""
    found = [(m.start(), rule) for p, rule in WORRIES for m in [p.search(question)] if m]
    return list(dict.fromkeys(rule for _, rule in sorted(found)))
