"""The cue scan of timing_text (a digit or a weekday) finds what the plain alternation under
re.I finds, though it is spelt to start with one class of characters."""

import random
import re

from coach.checks.timing_text import _MET_ON_CUE
from coach.checks.written_dates import _WEEKDAYS

PLAIN = re.compile(rf"\d|{'|'.join(_WEEKDAYS)}", re.I)


def spans(rx, text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, pos)]


def test_cues_match_the_plain_alternation_on_written_text() -> None:
    texts = [
        "We met on Thursday the 4th; I start Mondays at 9.",
        "WEDNESDAY, friday and SaTuRdAy, then sundaysunday",
        "the long s: ſunday, ſaturday; Arabic-Indic digits ٣ and ۵",
        "Tuesday's panel, thursdays, mon day, tue",
        "",
    ]
    for text in texts:
        for pos in (0, 5):
            assert spans(_MET_ON_CUE, text, pos) == spans(PLAIN, text, pos)


def test_cues_match_the_plain_alternation_on_random_text() -> None:
    rng = random.Random(7)
    letters = "sSmMtTwWfFoOnNdDaAyYuUeEhHrRiIſ ٣1-"
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        text += rng.choice(_WEEKDAYS)[: rng.randint(0, 9)]
        assert spans(_MET_ON_CUE, text) == spans(PLAIN, text)
