"""The deterministic composer: every kind, every wording variant, every example notes file.

The composer is the guardrail loop's last resort, so it must pass on its own wherever the
context allows a passing message at all, with exact names, right time words, and notes that
differ between interviewers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.drafting import assign_variants, recipients
from coach.drafting.composer import (
    LINKEDIN_LIMIT,
    Slot,
    compose,
    detail_phrase,
    greeting,
    role_phrase,
    when_phrase,
)
from coach.engine import Checker
from coach.errors import InputError
from coach.models import Kind, Stage
from coach.readers import Message

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "notes"
FILES = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
# A check-in after a rejection is an error whatever its words (rejection-follow-up).
IMPOSSIBLE = {(Stage.rejected, Kind.check_in), (Stage.rejected, Kind.final_follow_up)}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def slot_for(notes, kind, person, variant=0, send_at=None, detail=None):
    send_at = send_at or notes.interview.finished + dt.timedelta(hours=3)
    if detail is None and notes.details:
        index = notes.interviewers.index(person)
        detail = notes.details[index % len(notes.details)]
    return Slot(
        notes=notes, kind=kind, person=person, detail=detail, send_at=send_at, variant=variant
    )


def check(checker, slot, text, path="drafts/x"):
    return checker.check(
        Message(
            path=path,
            text=text,
            kind=slot.kind,
            channel=slot.channel,
            to=slot.person.name,
            send_at=slot.send_at,
            notes=slot.notes,
        )
    )


def test_at_least_twenty_varied_example_notes(example_notes):
    assert len(FILES) >= 20
    notes = [example_notes(f) for f in FILES]
    assert {n.stage for n in notes} >= {Stage.interviewed, Stage.awaiting_decision, Stage.rejected}
    assert any(len(n.interviewers) >= 3 for n in notes)
    assert any(len(n.details) < len(n.interviewers) for n in notes)
    assert any(p.honorific == "Dr." for n in notes for p in n.interviewers)
    assert any(not p.name.isascii() for n in notes for p in n.interviewers)
    assert len({n.interview.start.utcoffset() for n in notes}) >= 6


@pytest.mark.parametrize("stem", FILES)
def test_composer_passes_every_kind_and_variant(stem, example_notes, checker):
    notes = example_notes(stem)
    for kind in Kind:
        if (notes.stage, kind) in IMPOSSIBLE:
            continue
        for person in notes.interviewers:
            for variant in range(12):
                slot = slot_for(notes, kind, person, variant)
                # send each kind when the plan would: check-ins after the decision date
                if kind in (Kind.check_in, Kind.final_follow_up):
                    from coach.next_step import suggested_send_time

                    slot = slot_for(
                        notes,
                        kind,
                        person,
                        variant,
                        suggested_send_time(notes, kind, person.name, now=notes.interview.finished),
                    )
                result = check(checker, slot, compose(slot).text)
                problems = [
                    f"{f.severity} {f.rule}: {f.message}"
                    for f in result.findings
                    if f.severity != "info" and not f.rule.startswith(("timing-", "channel-"))
                ]
                assert not problems, (stem, kind.value, person.name, variant, problems)


@pytest.mark.parametrize("stem", [f for f in FILES if f not in ("cedar-legal",)])
@pytest.mark.parametrize("kind", [Kind.thank_you, Kind.linkedin_note, Kind.handwritten_note])
def test_batches_never_read_as_form_letters(stem, kind, example_notes, checker):
    notes = example_notes(stem)
    people = notes.interviewers
    slots = [
        slot_for(notes, kind, p, v) for p, v in zip(people, assign_variants(people), strict=True)
    ]
    messages = [
        Message(
            path=f"drafts/{i}",
            text=compose(s).text,
            kind=kind,
            channel=s.channel,
            to=s.person.name,
            send_at=s.send_at,
            notes=notes,
        )
        for i, s in enumerate(slots)
    ]
    for result in checker.check_batch(messages):
        assert "duplicate-across-interviewers" not in {f.rule for f in result.findings}
    if len(notes.details) >= len(people):
        assert len({s.detail for s in slots}) == len(people)


def test_variants_are_distinct_within_a_batch(example_notes):
    notes = example_notes("granite-architect")
    values = assign_variants(notes.interviewers)
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            assert (a - b) % 3 and (a - b) % 4
    assert assign_variants(notes.interviewers) == values  # seeded by name: stable


@pytest.mark.parametrize(
    ("stem", "who", "expected"),
    [
        ("kestrel-software", "Siobhán Ní Bhriain", "Dear Siobhán,"),
        ("zephyr-airline", "José Álvarez", "Dear José,"),
        ("brightwater-nurse", "Elena Ruiz", "Dear Dr. Ruiz,"),
        ("lumen-research", "Henrik Larsen", "Dear Prof. Larsen,"),
        ("acme-data-analyst", "Michael O'Brien", "Dear Michael,"),
    ],
)
def test_greeting_uses_the_exact_name(stem, who, expected, example_notes):
    notes = example_notes(stem)
    person = notes.interviewer(who)
    assert greeting(person, Kind.thank_you) == expected
    assert compose(slot_for(notes, Kind.thank_you, person)).body.startswith(expected)


def test_handwritten_card_is_formal_and_linkedin_casual(example_notes):
    notes = example_notes("harbourline-teacher")
    person = notes.interviewers[0]
    assert greeting(person, Kind.handwritten_note) == "Dear Mrs. Ellis,"
    assert greeting(person, Kind.linkedin_note) == "Hi Margaret,"
    card = compose(slot_for(notes, Kind.handwritten_note, person))
    assert card.subject is None and card.body.endswith("\nHannah Price")


def test_signs_with_the_candidates_full_name(example_notes):
    notes = example_notes("acme-data-analyst")
    for kind in Kind:
        body = compose(slot_for(notes, kind, notes.interviewers[0])).body
        assert body.rstrip().endswith("Priya Raman"), kind


@pytest.mark.parametrize(
    ("hours", "said"),
    [(3, "today"), (20, "yesterday"), (70, "on Friday"), (24 * 9, "on November 20")],
)
def test_time_words_fit_the_send_date(hours, said, example_notes):
    notes = example_notes("acme-data-analyst")  # Friday 20 November, 14:00-15:00 -05:00
    send_at = notes.interview.finished + dt.timedelta(hours=hours)
    assert when_phrase(notes, send_at)[0] == said
    text = compose(slot_for(notes, Kind.thank_you, notes.interviewers[0], 0, send_at)).text
    assert f"meet with me {said} " in text


def test_subject_and_channel_per_kind(example_notes):
    notes = example_notes("acme-data-analyst")
    person = notes.interviewers[0]
    for kind in Kind:
        composed = compose(slot_for(notes, kind, person))
        email = kind not in (Kind.linkedin_note, Kind.handwritten_note)
        assert (composed.subject is not None) == email
        assert composed.text.startswith("Subject: ") == email


def test_linkedin_note_fits_300_characters_even_with_long_names(example_notes):
    notes = example_notes("sakura-designer")
    notes = notes.model_copy(
        update={
            "role": "Principal Human-Centred Service Design and Accessibility Research Lead",
            "details": [
                "redesigning the onboarding flow of the retail banking app for customers "
                "over seventy, with large type, plain words and fewer steps per screen"
            ],
        }
    )
    for variant in range(6):
        body = compose(slot_for(notes, Kind.linkedin_note, notes.interviewers[0], variant)).body
        assert len(body) <= LINKEDIN_LIMIT, body


def test_model_sentences_fill_their_slots(example_notes):
    notes = example_notes("acme-data-analyst")
    slot = slot_for(notes, Kind.thank_you, notes.interviewers[0])
    mine = {
        "detail_sentence": "I enjoyed learning about the Looker migration plan.",
        "interest_sentence": "I am keen on the chance to help with the analytics work ahead.",
    }
    composed = compose(slot, mine)
    assert mine["detail_sentence"] in composed.body and mine["interest_sentence"] in composed.body
    assert composed.body.startswith("Dear Sarah,")


@pytest.mark.parametrize(
    ("detail", "phrase"),
    [
        ("The weekly metrics review with sales.", "the weekly metrics review with sales"),
        ("Migrating dashboards to Looker", "migrating dashboards to Looker"),
        ("Looker rollout", "Looker rollout"),
        ("discussed the Q3 roadmap", "the Q3 roadmap"),
        ("KPI dashboards", "KPI dashboards"),
    ],
)
def test_detail_phrase(detail, phrase):
    assert detail_phrase(detail) == phrase


def test_role_phrase():
    assert role_phrase("Data Analyst") == "the Data Analyst role"
    assert role_phrase("Sous Chef position") == "the Sous Chef position"


def test_recipients(example_notes):
    acme = example_notes("acme-data-analyst")
    assert [p.name for p in recipients(acme, Kind.thank_you)] == ["Sarah Chen", "Michael O'Brien"]
    assert [p.name for p in recipients(acme, Kind.check_in)] == ["Sarah Chen"]
    assert [p.name for p in recipients(acme, Kind.thank_you, "sarah.chen@acme.example")] == [
        "Sarah Chen"
    ]
    data = acme.model_dump()
    data["history"] = [
        {"kind": "check_in", "to": "Michael O'Brien", "sent_at": "2026-11-30T09:00:00-05:00"}
    ]
    later = type(acme).model_validate(data)
    assert [p.name for p in recipients(later, Kind.final_follow_up)] == ["Michael O'Brien"]
    with pytest.raises(InputError, match="unknown recipient"):
        recipients(acme, Kind.thank_you, "Sara Chen")


def test_materials_sent_after_the_promised_time_apologise_for_the_delay(checker):
    """timing-materials-late asks for a brief apology; a draft written for a late send has one,
    and one written in time does not."""
    from coach.readers import load_notes

    notes = load_notes(Path(__file__).resolve().parent.parent / "examples" / "acme.yaml")
    promised = notes.materials[0].promised_by
    person = notes.interviewers[0]
    late = slot_for(notes, Kind.materials, person, send_at=promised + dt.timedelta(days=2))
    on_time = slot_for(notes, Kind.materials, person, send_at=promised - dt.timedelta(hours=2))
    late_text, on_time_text = compose(late).text, compose(on_time).text
    assert "I am sorry for the delay in sending them." in late_text
    assert "sorry" not in on_time_text
    assert not any(
        f.rule != "timing-materials-late" for f in check(checker, late, late_text).findings
    )
    assert check(checker, on_time, on_time_text).passed
