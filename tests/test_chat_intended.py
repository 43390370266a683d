"""Words the user means to say, reported in the question ("can I tell them I need an answer by
Thursday?"), are judged by the checker's tone and rejection rules, as the reader would get them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coach.chat import ask
from coach.chat.intended import intended_words, reads_badly
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_reported_words_are_put_as_the_reader_would_read_them() -> None:
    q = "I want to tell them their process was unfair and they'll regret this"
    assert intended_words(q) == "Your process was unfair and you'll regret this."
    assert intended_words("can i say in my follow up that i need an answer by friday?") == (
        "I need an answer by friday."
    )


def test_only_words_the_user_means_to_say_are_read() -> None:
    assert intended_words("Sarah said to tell her if I have questions about the role") is None
    assert intended_words("should I write back to Sam?") is None  # no words given
    assert intended_words("can I write to Sam today?") is None


def test_a_demand_the_user_means_to_make_is_answered_no_with_a_polite_rewrite() -> None:
    a = ask("I have another offer. Can I email them and tell them I need an answer by Thursday?")
    assert a.intent == "tone" and a.in_scope
    assert a.answer.startswith("No, I wouldn't put it that way: it reads as demanding")
    assert "tone-demanding" in a.rules and "timeline" in a.answer


def test_a_threat_after_a_rejection_is_a_matter_of_tone() -> None:
    q = "They rejected me and I'm furious. I want to tell them they'll regret this."
    a = ask(q, NOTES, now=NOW)
    assert a.answer.startswith("No") and "tone-hostile" in a.rules
    assert not any(f.rule == "spelling" for f in a.findings)


def test_harmless_words_keep_their_guide_answer() -> None:
    assert not reads_badly("I really want this job.", rejected=False)
    a = ask("Should I tell them I really want the job before I leave?")
    assert a.intent != "tone" and a.citations[0].section == "Say that you want the job"
