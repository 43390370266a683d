"""The guardrail loop with a fake model (FakeBackend: a queue of canned replies): revisions,
fixes, the composer fallback, and a `passed` that always comes from an independent check."""

from __future__ import annotations

import pytest

from coach.backends import FakeBackend
from coach.drafting import draft_messages, draft_with_trace
from coach.engine import Checker
from coach.errors import ModelUnavailable
from coach.models import Kind
from coach.readers import Message

GOOD = {
    "detail_sentence": "I enjoyed learning about migrating dashboards from Tableau to Looker.",
    "interest_sentence": "I am very interested in the role at Acme Analytics and its data team.",
}
GOOD_MICHAEL = {
    "detail_sentence": "I enjoyed learning about the weekly metrics review with sales.",
    "interest_sentence": "I am excited about the opportunity to join the data team at Acme.",
}
VAGUE = {  # passes the schema, fails detail-missing (an error for a thank-you)
    "detail_sentence": "I enjoyed learning about the team and the company.",
    "interest_sentence": "I am very interested in the role at Acme Analytics and its data team.",
}


@pytest.fixture
def acme(example_notes):
    return example_notes("acme-data-analyst")


def run(notes, backend, kind=Kind.thank_you, to=None):
    return draft_with_trace(notes, kind, to, backend, now=notes.interview.finished)


def recheck(notes, draft):
    text = f"Subject: {draft.subject}\n\n{draft.body}" if draft.subject else draft.body
    return Checker().check(
        Message(
            path="x",
            text=text,
            kind=draft.kind,
            channel=draft.channel,
            to=draft.to,
            send_at=draft.send_at,
            notes=notes,
        )
    )


def test_good_first_draft_is_the_models(acme):
    backend = FakeBackend(GOOD, GOOD_MICHAEL)
    report, traces, _ = run(acme, backend)
    assert [d.origin for d in report.drafts] == ["model", "model"]
    assert [d.model_calls for d in report.drafts] == [1, 1]
    assert all(d.passed and t.first_pass for d, t in zip(report.drafts, traces, strict=True))
    sarah = report.drafts[0]
    assert GOOD["detail_sentence"] in sarah.body and sarah.body.startswith("Dear Sarah,")
    assert sarah.backend == "fake" and sarah.model == "fake-model"
    assert sarah.tokens.prompt > 100 and sarah.tokens.completion > 10
    assert sarah.send_at.isoformat() == "2026-11-20T19:30:00-05:00"
    call = backend.calls[0]
    assert call.schema is not None and call.max_tokens < 200 and call.seed is not None


def test_revision_is_shown_the_findings_for_its_own_detail(acme):
    backend = FakeBackend(VAGUE, GOOD)
    report, traces, _ = run(acme, backend, to="Sarah Chen")
    [draft] = report.drafts
    assert (draft.origin, draft.model_calls, draft.passed) == ("model", 2, True)
    assert traces[0].steps[:2] == ["model:fail", "revision:pass"]
    assert not traces[0].first_pass
    revision = backend.calls[1].messages[-1]["content"]
    assert "<<<PROBLEMS" in revision
    assert "I enjoyed learning about migrating dashboards from Tableau to Looker" in revision


def test_still_failing_model_falls_back_to_the_composer(acme):
    report, traces, _ = run(acme, FakeBackend(VAGUE, VAGUE), to="Sarah Chen")
    [draft] = report.drafts
    assert (draft.origin, draft.model_calls, draft.passed) == ("composer", 2, True)
    assert traces[0].steps[-1] == "chosen:composer"
    assert "Tableau to Looker" in draft.body


def test_safe_fixes_rescue_a_misspelled_name(acme):
    sara = {
        **GOOD,
        "interest_sentence": "I am very interested in the opportunity to join Sara's team.",
    }
    report, traces, _ = run(acme, FakeBackend(sara, sara), to="Sarah Chen")
    [draft] = report.drafts
    assert draft.origin == "model+fixes" and draft.passed
    assert "Sarah's team" in draft.body and "Sara's" not in draft.body
    assert "fixes:pass" in traces[0].steps


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        ("{not json", "not JSON"),
        ("", "empty"),
        ("I can't help with that.", "refusal"),
        ('{"detail_sentence": "I enjoyed learning about the', "not JSON"),
        ({"detail_sentence": "Dear Sarah, thanks!", "interest_sentence": "x"}, "not JSON"),
        (
            {
                "detail_sentence": "I enjoyed learning about the role at the.",
                "interest_sentence": "I am very interested in the role at Acme Analytics today.",
            },
            "trails off",
        ),
    ],
    ids=["malformed", "empty", "refusal", "truncated-json", "schema-mismatch", "trails-off"],
)
def test_unusable_replies_are_failed_attempts_never_crashes(acme, reply, problem):
    report, traces, _ = run(acme, FakeBackend(reply, reply), to="Sarah Chen")
    [draft] = report.drafts
    assert (draft.origin, draft.model_calls, draft.passed) == ("composer", 2, True)
    assert traces[0].steps[:2] == ["model:unusable", "revision:unusable"]
    assert problem in traces[0].problems[0]


def test_an_unusable_reply_is_retried_once(acme):
    report, traces, _ = run(acme, FakeBackend("{oops", GOOD), to="Sarah Chen")
    [draft] = report.drafts
    assert (draft.origin, draft.model_calls) == ("model", 2)


def test_a_reply_cut_off_at_max_tokens_is_not_used(acme):
    backend = FakeBackend(GOOD, GOOD, finish_reason="length")
    report, traces, _ = run(acme, backend, to="Sarah Chen")
    assert report.drafts[0].origin == "composer"
    assert "cut off" in traces[0].problems[0]


def test_json_wrapped_in_prose_is_accepted(acme):
    import json

    wrapped = "Here you go:\n```json\n" + json.dumps(GOOD) + "\n```"
    report, _, _ = run(acme, FakeBackend(wrapped), to="Sarah Chen")
    assert report.drafts[0].origin == "model"


def test_model_unavailable_propagates(acme):
    backend = FakeBackend(ModelUnavailable("fake backend", "no server"))
    with pytest.raises(ModelUnavailable):
        draft_messages(acme, Kind.thank_you, backend=backend, now=acme.interview.finished)


def test_passed_comes_from_an_independent_check(acme):
    """A context error (a thank-you two days late) fails every candidate: the draft says so."""
    late = acme.interview.finished.replace(day=23)
    report = draft_messages(
        acme, Kind.thank_you, backend=FakeBackend(GOOD, GOOD, GOOD, GOOD), now=late
    )
    for draft in report.drafts:
        assert not draft.passed
        assert "timing-thank-you-late" in {f.rule for f in draft.findings}
        result = recheck(acme, draft)
        assert result.passed == draft.passed
        assert {f.rule for f in result.findings} <= {f.rule for f in draft.findings}


@pytest.mark.parametrize("kind", list(Kind))
def test_calls_stay_within_two_per_draft(kind, example_notes):
    notes = example_notes("granite-architect")
    backend = FakeBackend(*["garbage"] * 20)
    report, _, _ = run(notes, backend, kind)
    assert all(d.model_calls <= 2 for d in report.drafts)
    assert len(backend.calls) == sum(d.model_calls for d in report.drafts)
    assert all(d.passed for d in report.drafts)


def test_the_same_model_text_for_everyone_still_gives_distinct_notes(acme):
    """Even when the model writes the same sentences for each interviewer, the batch check
    (duplicate-across-interviewers) finds nothing: the frames differ per recipient."""
    report, _, _ = run(acme, FakeBackend(GOOD, GOOD))
    rules = {f.rule for d in report.drafts for f in d.findings}
    assert "duplicate-across-interviewers" not in rules


def test_progress_reports_each_draft(acme):
    lines: list[str] = []
    draft_messages(
        acme,
        Kind.thank_you,
        backend=FakeBackend(GOOD, GOOD_MICHAEL),
        now=acme.interview.finished,
        progress=lines.append,
    )
    assert lines == [
        "[1/2] drafting the thank-you to Sarah Chen",
        "[2/2] drafting the thank-you to Michael O'Brien",
    ]


def test_owned_backend_is_closed(acme, monkeypatch):
    backend = FakeBackend(GOOD, GOOD_MICHAEL)
    monkeypatch.setattr("coach.backends.get_backend", lambda *a, **k: backend)
    draft_messages(acme, Kind.thank_you, now=acme.interview.finished)
    assert backend.closed
    passed_in = FakeBackend(GOOD, GOOD_MICHAEL)
    draft_messages(acme, Kind.thank_you, backend=passed_in, now=acme.interview.finished)
    assert not passed_in.closed


def test_prompt_that_cannot_fit_goes_straight_to_the_composer(acme):
    backend = FakeBackend()
    backend.n_ctx = 200  # type: ignore[attr-defined]
    report, traces, _ = run(acme, backend, to="Sarah Chen")
    assert report.drafts[0].model_calls == 0 and report.drafts[0].origin == "composer"
    assert "does not fit" in traces[0].problems[0]


def test_invented_names_are_not_used(example_notes):
    """A capitalised word from nowhere (an acronym the model made up for the company) makes
    the reply unusable; near misses of real names are left for the safe fixes."""
    notes = example_notes("riverside-social")
    made_up = {"interest_sentence": "I am very interested in the role at RISDF and its families."}
    report, traces, _ = run(notes, FakeBackend(made_up, made_up), Kind.final_follow_up)
    assert report.drafts[0].origin == "composer" and "RISDF" not in report.drafts[0].body
    assert "RISDF" in traces[0].problems[0]
