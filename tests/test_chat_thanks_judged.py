"""A thank-you the user says went, with its timing judged ("was that on time?", "how bad is
that?"), is answered from the thank-you's own 24-hour target and 2-day limit, not with the next
check-in's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.factset import Facts, Sent
from coach.chat.routes import THANKS_JUDGED, after_sent
from coach.models import HistoryEntry, Kind, Notes
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
EST = dt.timezone(dt.timedelta(hours=-5))
DAY = dt.date(2026, 11, 21)


def test_judgements_of_a_sent_message_are_read() -> None:
    for q in ("was that in time?", "is it too late now", "how bad is that", "was it ok?"):
        assert THANKS_JUDGED.search(q), q
    assert not THANKS_JUDGED.search("when do I check in next?")


def test_only_a_thank_you_judged_goes_to_its_timing() -> None:
    thanked = Facts(sent=[Sent(Kind.thank_you, DAY)])
    assert after_sent("was that on time?", thanked) == {"thank-you-timing": 0.5}
    assert after_sent("was that on time?", Facts()) == {}
    both = Facts(sent=[Sent(Kind.thank_you, DAY), Sent(Kind.check_in, DAY)])
    assert "thank-you-timing" not in after_sent("was that on time?", both)


def test_a_late_thanks_gets_the_target_and_the_limit() -> None:
    now = dt.datetime(2026, 11, 21, 21, tzinfo=EST)
    answer = ask("sent sarah her thank you this evening, was that too late?", NOTES, now=now)
    assert answer.intent == "timing"
    assert answer.citations[0].article in ("000", "002", "004")
    assert "timing-thank-you-late" in answer.rules
    assert "past the 24-hour target" in answer.answer and "2-day limit" in answer.answer


def _thanked_that_evening() -> Notes:
    sent = [
        HistoryEntry(kind=Kind.thank_you, to=who, sent_at=dt.datetime(2026, 11, 20, 20, tzinfo=EST))
        for who in ("Sarah Chen", "Michael O'Brien")
    ]
    return NOTES.model_copy(update={"history": sent})


def test_a_thanks_sent_that_evening_is_judged_however_the_timing_is_asked() -> None:
    # acme's interview ends 15:00 on 20 Nov: the target is 21 Nov 15:00, the limit 22 Nov 15:00
    now = dt.datetime(2026, 11, 23, 9, tzinfo=EST)
    for q in (
        "both thank yous went out that evening, was that inside the 24hrs?",
        "i sent both thank yous around 8 that evening. should i have waited for the morning?",
    ):
        first = ask(q, _thanked_that_evening(), now=now).answer.split("\n\n")[0]
        assert first.startswith("Yes, that was fine"), (q, first)
        assert "21 November, 15:00" in first, (q, first)


def test_the_cutoff_asked_gives_the_limit_as_well_as_the_target() -> None:
    now = dt.datetime(2026, 11, 23, 9, tzinfo=EST)
    q = "the thank yous went that night. what was the real cutoff for them?"
    first = ask(q, _thanked_that_evening(), now=now).answer.split("\n\n")[0]
    assert "21 November, 15:00" in first and "22 November, 15:00" in first, first
