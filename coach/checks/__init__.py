"""The closed set of check kinds. A rule picks one by `check.type` and sets its parameters.

Each kind is a class with a `Params` class (coach.plain: validated by a pydantic model when a rule
file is read) and a `run` method that yields Hits: spans in the text plus the fields the rule's
message template names. Adding behaviour means adding a kind
here with its own tests, not a special case inside another kind.
"""

from __future__ import annotations

from coach.checks import (
    detail,
    detail_duplicate,
    detail_unsupported,
    form,
    grammar,
    language,
    names,
    names_recipient,
    names_title,
    phrases,
    repetition,
    timing,
)
from coach.checks.base import CheckKind

CHECKS: dict[str, CheckKind] = {
    k.name: k
    for k in (
        phrases.Phrases(),
        phrases.Required(),
        phrases.StageCheck(),
        form.Form(),
        form.Length(),
        form.ContextMissing(),
        names.Names(),
        names_recipient.Recipient(),
        names_title.Title(),
        detail.Coverage(),
        detail_unsupported.Unsupported(),
        detail_duplicate.Duplicate(),
        timing.Timing(),
        language.Spelling(),
        grammar.Grammar(),
        repetition.Repetition(),
    )
}
