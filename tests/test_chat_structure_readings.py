"""Readings of a question's structure added at stop 38: a bare weekday for the interview the
notes date, a send supposed ahead ("say I email on the 12th"), a span said of a day to come
("that'll be 5 days"), a span in round figures since a send on record, the weekday "after the
interview", and the yes or no of a part asked about. Questions are our own; the Bluegum
interview is on Wednesday 3 March 2027."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from coach.chat import ask
from coach.chat.relative import weekdays_after

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bluegum import THANKED, at, bluegum  # noqa: E402

CHECKED_IN = THANKED + (
    "  - {kind: check_in, channel: email, to: Odette Marr, sent_at: 2027-03-10T10:00:00+11:00}\n"
)


def test_a_bare_weekday_for_the_interview_is_the_notes_day(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("was my thank you ok? the interview was wednesday morning", notes, now=at(15))
    assert "Your notes have the interview" not in doc.answer
    assert "the interview was on 3 Mar" in doc.facts


def test_a_send_supposed_ahead_is_counted_from(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("say I email odette on the 12th and hear nothing. when's the next one?", notes,
              now=at(9))  # fmt: skip
    assert any(f.startswith("you plan to send") for f in doc.facts)
    assert doc.record == []


def test_a_span_to_a_day_to_come_records_no_send(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, history=CHECKED_IN)
    doc = ask("can i email her again tomorrow? that'll be 5 days since the last one", notes,
              now=at(14))  # fmt: skip
    assert doc.record == []


def test_a_span_in_round_figures_is_the_send_on_record(tmp_path: Path) -> None:
    notes = bluegum(tmp_path, history=CHECKED_IN)
    doc = ask("it's been almost a week since i emailed odette. ok to chase today?", notes,
              now=at(16))  # fmt: skip
    assert doc.record == []
    assert "2 follow-ups" not in doc.answer


def test_the_weekday_after_the_interview_is_counted_from_it() -> None:
    text = weekdays_after(
        "I nearly rang her the friday morning after the interview", dt.date(2027, 3, 3)
    )
    assert text.startswith("I nearly rang her on Friday 5 March 2027, the friday morning after")


def test_whether_a_thank_you_says_it_is_still_wanted_is_a_yes(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("should my thank you actually say im still interested or is that obvious", notes,
              now=at(3, 15))  # fmt: skip
    assert doc.answer.startswith("Yes")
    assert "interest-missing" in doc.rules


def test_an_emoji_in_a_note_is_a_no(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("she was lovely, can i put a 🙂 in my check in?", notes, now=at(12))
    assert doc.answer.startswith("No")
    assert "tone-unprofessional" in doc.rules


def test_choosing_between_offers_is_not_covered(tmp_path: Path) -> None:
    notes = bluegum(tmp_path)
    doc = ask("got offered this job and a council one on the same day. which one should i take",
              notes, now=at(12))  # fmt: skip
    assert doc.in_scope is False


def test_a_thank_you_past_the_target_is_not_simply_ok(tmp_path: Path) -> None:
    late = (
        "  - {kind: thank_you, channel: email, to: Odette Marr, "
        "sent_at: 2027-03-04T15:00:00+11:00}\n"
    )
    notes = bluegum(tmp_path, history=late)
    doc = ask("was my thank you to odette ok?", notes, now=at(8))
    assert doc.answer.startswith("No, a little late, though nothing needs resending")
