"""A count of the writer's own messages, which is a fact of a follow-up and no reproach.

A final follow-up says what it is: "I am writing one last time about the analyst role",
"Following up again on the position", "I know I have written twice already". The classifier
(coach.semantic) learnt the count from reproaches ("just bumping this again", "for the third
time, is there any news?"), so it reads such a sentence as passive-aggressive. The reproach is
the reader's silence tied to the count ("again, as my note went unanswered"), not the count.

So a passive-aggressive reading is read again without the count: if it survives, the sentence
carries the reproach in its other words; if it does not, it counts only when the sentence names
the reader's answer, or its absence, or the earlier message the count repeats ("since it never
got a reply, so I'm trying again", "I'm sending it again in case my email was missed"). The
count is a closed class of words (again, once more, one last time, twice, a third time), never a
message's own words, and only sentences the classifier has already given the fault, and that
hold a count, are read again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coach.text import WORD, lazy_compile

if TYPE_CHECKING:
    from coach.semantic.classifier import Classifier

#: the writer's count of their own messages or attempts
_COUNT = lazy_compile(
    r",?\s*\b(?:(?:yet |once |one )?again|once more|one (?:more|last|final) time|"
    r"(?:a|for the|this) (?:second|third|fourth|fifth|final|last) time|twice|three times|"
    r"(?:one|a) (?:last|final) (?:time|note|message|email|e-mail))\b",
    re.I,
)
#: words the count needs, one of them, before the sentence is read again
_COUNT_WORDS = ("again", "more", "last", "final", "time", "twice")
#: the reader's answer, its absence, or the earlier message it was owed for: what makes a count
#: a reproach ("my answer" is the writer's own)
_ANSWERED = lazy_compile(
    r"\b(?<!my )(?<!our )(?:repl(?:y|ies|ied)|respon(?:se|ses|d|ded)|answer(?:s|ed)?|"
    r"unanswered|heard|acknowledge?(?:d|ment)?|unacknowledged|silen(?:ce|t)|ignored|unread|lost|buried|astray|"
    r"missed|vanished|slipped|wait(?:ed|ing)|"
    # or the writer's earlier message, which the count repeats: "in case my email was missed"
    r"(?:my|that|the|this|our) (?:[\w'’-]+ )?(?:e-?mails?|notes?|messages?|letters?|voicemails?|"
    r"calls?|questions?))\b",
    re.I,
)
#: words a sentence needs left after the count, to be read alone
_MIN_WORDS = 3


def uncounted(sentence: str) -> str | None:
    """The sentence without its counts of the writer's messages, or None without one."""
    lower = sentence.lower()
    if not any(w in lower for w in _COUNT_WORDS):
        return None
    rest, n = _COUNT.subn("", sentence)
    if n == 0 or len(WORD.findall(rest)) < _MIN_WORDS:
        return None
    return rest.strip()


def only_counted(model: Classifier, label: str, sentence: str) -> bool:
    """Whether the fault `label` read in `sentence` is only its count of the writer's messages:
    gone without the count, and no word of the reader's answer or silence in it."""
    rest = uncounted(sentence)
    if rest is None or label in model.score(rest).labels:
        return False
    return _ANSWERED.search(sentence) is None
