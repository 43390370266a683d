"""The drafting loop against the real embedded model, recorded once and replayed in CI.

Record with `make record` (the embedded server runs for real); every other run replays the
cassettes in tests/cassettes/test_drafting_cassettes/ without starting any model (see
tests/conftest.py for how). One scenario per message kind, each with the clock fixed just after
the interview (or the last message sent) so that prompts, and so requests, repeat exactly.

What is asserted holds for any sensible recording (the model may word things differently when
re-recorded): every draft passes, names are exact, calls stay within two, notes to different
interviewers differ, and the model's text is used where it passed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from coach.drafting import draft_with_trace
from coach.models import Kind

CASSETTES = Path(__file__).resolve().parent / "cassettes" / "test_drafting_cassettes"
SCENARIOS = [
    ("acme-data-analyst", Kind.thank_you),
    ("granite-architect", Kind.thank_you),
    ("verbena-marketing", Kind.check_in),
    ("fenwick-accountant", Kind.final_follow_up),
    ("atlas-civil", Kind.materials),
    ("pukana-chef", Kind.rejection_reply),
    ("juniper-support", Kind.linkedin_note),
    ("harbourline-teacher", Kind.handwritten_note),
]


def clock(notes) -> dt.datetime:
    """An hour after the interview or the last message sent, as scripts/bench_draft.py does."""
    return max([notes.interview.finished, *(h.sent_at for h in notes.history)]) + dt.timedelta(
        hours=1
    )


pytestmark = pytest.mark.usefixtures("no_model_on_replay")


@pytest.mark.vcr
@pytest.mark.parametrize(("stem", "kind"), SCENARIOS, ids=[f"{s}-{k.value}" for s, k in SCENARIOS])
def test_drafts_with_the_embedded_model(stem, kind, example_notes, cassette_backend):
    notes = example_notes(stem)
    report, traces, flags = draft_with_trace(
        notes, kind, backend=cassette_backend, now=clock(notes)
    )
    assert not flags
    assert report.drafts, "no draft"
    for draft, trace in zip(report.drafts, traces, strict=True):
        assert draft.passed, (draft.to, [f.message for f in draft.findings])
        assert 1 <= draft.model_calls <= 2
        assert draft.backend == "embedded" and draft.model == "SmolLM2-135M-Instruct"
        assert draft.tokens.prompt > 0 and draft.tokens.completion > 0
        person = notes.interviewer(draft.to)
        assert person is not None
        first_line = draft.body.splitlines()[0]
        assert person.first in first_line or person.last in first_line
        assert draft.body.rstrip().endswith(notes.candidate.name)
        if draft.origin != "composer":
            assert trace.sentences, "a model draft must come from model sentences"
        assert "duplicate-across-interviewers" not in {f.rule for f in draft.findings}
    if kind == Kind.thank_you:
        assert len(report.drafts) == len(notes.interviewers)


SECRET = re.compile(
    r"authorization|api[-_]key|bearer\s|cookie|sk-[A-Za-z0-9]|" + re.escape("replay-dummy-key"),
    re.I,
)


def test_cassettes_exist_for_every_scenario():
    names = {p.stem for p in CASSETTES.glob("*.yaml")}
    for stem, kind in SCENARIOS:
        assert f"test_drafts_with_the_embedded_model[{stem}-{kind.value}]" in names


def test_cassettes_hold_no_secret_and_are_readable():
    files = sorted(CASSETTES.glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text("utf-8")
        assert not SECRET.search(text), f"{path.name}: {SECRET.search(text)}"
        assert "x-stainless" not in text
        assert "!!binary" not in text, f"{path.name}: a body was stored as bytes (gzip?)"
        assert "chat/completions" in text and "127.0.0.1" in text
