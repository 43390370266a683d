"""The situation an answer is about: the notes with the user's stated facts laid over them, the
history of sent messages, and the clock. The plan is built from it, so every date in an answer
is one the timing rules compute.

Without a notes file, a stated interview date ("it's been 8 days", "my interview was on 3
December") is enough for a plan: the other fields are neutral placeholders the answer never
shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from coach.chat.facts import Facts
from coach.chat.factset import Retracted, Sent
from coach.models import Channel, HistoryEntry, Kind, Notes, Stage, Timeline
from coach.plan import Plan, build_plan

MORNING = dt.time(10, 0)


@dataclass
class Situation:
    notes: Notes | None
    history: list[HistoryEntry]
    now: dt.datetime
    facts: Facts
    synthetic: bool = False  # the notes were made up from the facts alone
    record: list[str] = field(default_factory=list)  # notes keys the user may want to save
    to: str | None = None  # the interviewer the user means to write to ("when can I email Sam?")
    prior: Situation | None = None  # before this message's facts ("does that change my dates?")
    #: the notes' interview day and the one the user gave instead, when the two disagree
    moved_day: tuple[dt.date, dt.date] | None = None
    _plan: Plan | None = None

    @property
    def plan(self) -> Plan | None:
        if self.notes is None:
            return None
        if self._plan is None:
            self._plan = build_plan(self.notes, self.history, self.now)
        return self._plan

    @property
    def today(self) -> dt.date:
        return self.now.date()


def today_for(notes: Notes | None, facts: Facts, now: dt.datetime, now_given: bool) -> dt.datetime:
    """The clock for the answer: "it's been 8 days" with notes and no explicit clock means the
    notes' interview plus 8 days (the user's words, not the machine's calendar)."""
    if notes is not None:
        now = now.astimezone(notes.interview.zone)
        # "what if it's two weeks?": the clock supposed forward, whatever the given clock
        if facts.days_since_interview is not None and (not now_given or facts.span_supposed):
            start = notes.interview.start
            return start + dt.timedelta(days=facts.days_since_interview)
    return now


def situate(notes: Notes | None, facts: Facts, now: dt.datetime, now_given: bool) -> Situation:
    now = today_for(notes, facts, now, now_given)
    zone = notes.interview.zone if notes is not None else (now.tzinfo or dt.UTC)
    record: list[str] = []
    interview_day = facts.interview_day
    if facts.days_since_interview is not None and (
        notes is None or (now_given and not facts.span_supposed)
    ):
        interview_day = now.date() - dt.timedelta(days=facts.days_since_interview)
    synthetic = False
    if notes is None:
        anchor = interview_day
        stated = [d for d in (facts.no_contact_before, facts.decision_by, facts.contact_on) if d]
        if anchor is None and stated:
            # only the stated dates matter then: the interview was today at the latest, and
            # before any date they gave
            anchor = min(now.date(), min(stated) - dt.timedelta(days=1))
        if anchor is None:
            return Situation(None, [], now, facts)
        name = next((n for n in facts.names if n[:1].isupper()), "Interviewer")
        span: dict[str, dt.datetime] = {
            "start": dt.datetime.combine(anchor, facts.interview_at or MORNING, tzinfo=zone)
        }
        if facts.interview_end_at is not None:  # "it ended at 4:30pm": the hour before, if no start
            end = dt.datetime.combine(anchor, facts.interview_end_at, tzinfo=zone)
            if facts.interview_at is None and end.hour >= 1:
                span["start"] = end - dt.timedelta(hours=1)
            if end > span["start"]:
                span["end"] = end
        notes = Notes.model_validate(
            {
                "candidate": {"name": "You"},
                "company": {"name": "the company"},
                "role": "the role",
                "interview": span,
                "interviewers": [{"name": name}],
                "country": facts.country,
            }
        )
        synthetic = True
    update: dict[str, object] = {}
    moved_day = None
    if interview_day is not None and not synthetic:
        start = notes.interview.start
        shift = interview_day - start.astimezone(zone).date()
        if shift:
            assert notes.interview.end is not None
            moved_day = (start.astimezone(zone).date(), interview_day)
            update["interview"] = notes.interview.model_copy(
                update={"start": start + shift, "end": notes.interview.end + shift}
            )
            record.append(f"interview.start: {(start + shift).isoformat()}")
    if facts.interview_end_at is not None and not synthetic:
        held = update.get("interview", notes.interview)
        start = held.start.astimezone(zone)  # type: ignore[attr-defined]
        if facts.interview_at is not None:  # a whole span said: "11 till 12"
            start = dt.datetime.combine(start.date(), facts.interview_at, tzinfo=zone)
        end = dt.datetime.combine(start.date(), facts.interview_end_at, tzinfo=zone)
        while end <= start and end.hour < 12 and facts.interview_end_at.hour < 12:
            end += dt.timedelta(hours=12)  # "finished at 4:15" after a 14:00 start: 16:15
        if end > start:
            update["interview"] = held.model_copy(  # type: ignore[attr-defined]
                update={"start": start, "end": end}
            )
            record.append(f"interview.end: {end.isoformat()}")
    elif facts.moved_to is not None and not synthetic:  # "it got pushed to 3pm": as long
        held = update.get("interview", notes.interview)
        start = held.start.astimezone(zone)  # type: ignore[attr-defined]
        moved = dt.datetime.combine(start.date(), facts.moved_to, tzinfo=zone)
        if moved != start:
            length = held.finished - held.start  # type: ignore[attr-defined]
            update["interview"] = held.model_copy(  # type: ignore[attr-defined]
                update={"start": moved, "end": moved + length}
            )
            record.append(f"interview.start: {moved.isoformat()}")
    base_day = interview_day or notes.interview.start.astimezone(zone).date()
    no_contact, waited = facts.no_contact_before, None
    if facts.wait_business_days is not None:
        from coach.calendar import add_business_days

        waited = add_business_days(base_day, facts.wait_business_days, notes.country)
    elif facts.wait_days is not None:
        waited = base_day + dt.timedelta(days=facts.wait_days)
    if waited is not None and (no_contact is None or waited > no_contact):
        no_contact = waited  # "two weeks, but Sam said the 14th": the later of the two asks
    decision = facts.decision_by
    if facts.delay_days is not None and decision is None:
        from coach.checks.timeline import timeline_of

        late = dt.timedelta(days=facts.delay_days)
        was = timeline_of(notes)
        if was.decision_by is not None:  # their date, that much later
            decision = was.decision_by + late
        elif no_contact is None:
            no_contact = max(was.no_contact_before or now.date(), now.date()) + late
    # (with their other dates supposed away, the one kept is all the timeline: it stays)
    if (
        decision is not None
        and not synthetic
        and decision == notes.timeline.decision_by
        and not facts.no_timeline
    ):
        decision = None  # "they only decide on the 18th", as the notes say: nothing changes
    contact_on = facts.contact_on
    if (
        not synthetic
        and no_contact is not None
        and no_contact == notes.timeline.no_contact_before
        and not facts.no_timeline
        and decision is None
        and contact_on is None
    ):
        no_contact = None  # "they said not before the 21st", as the notes say: nothing changes
    if facts.revised and decision is not None and contact_on is not None and contact_on <= decision:
        contact_on = None  # "they now expect to decide by the 24th": the call on the 18th is off
    if no_contact or decision or contact_on:
        update["timeline"] = Timeline(
            decision_by=decision, no_contact_before=no_contact, contact_on=contact_on
        )
        for key, value in (
            ("no_contact_before", no_contact),
            ("decision_by", decision),
            ("contact_on", contact_on),
        ):
            if value is not None:
                record.append(f"timeline.{key}: {value.isoformat()}")
    elif facts.no_timeline:  # "they didn't actually give a date": the floor of 5 business days
        update["timeline"] = Timeline()
        if not facts.supposed:  # a supposition is no fact to keep
            record.append("timeline: {}")
    stage = facts.stage
    if stage is None and facts.supposed and facts.no_timeline and notes.stage == Stage.offer:
        stage = Stage.interviewed  # "if they hadn't named the 12th, when...?": before the offer
    if stage is None and notes.stage == Stage.rejected and decision and decision >= now.date():
        stage = Stage.interviewed  # a decision still to come: the notes' rejection is old news
    if stage is not None and stage != notes.stage:
        update["stage"] = stage
        if not facts.supposed:  # a supposition is no fact to keep
            record.append(f"stage: {stage.value}")
    if update:
        notes = notes.model_copy(update=update)
    history = [e for e in notes.history if e.sent_at <= now]  # not sent yet on this clock
    to = notes.interviewers[0].name
    if facts.names and notes.interviewer(facts.names[0]) is not None:
        to = notes.interviewer(facts.names[0]).name  # type: ignore[union-attr]
    history = _corrected(history, facts, notes)
    # a thank-you sent before the interview began was for an earlier round
    begun = notes.interview.start
    history = [e for e in history if e.kind != Kind.thank_you or e.sent_at >= begun]
    for sent in facts.sent:
        if sent.that_day:  # "the same night": the interview's day, at that time of day
            sent = replace(sent, day=begun.astimezone(zone).date())
        if sent.day < begun.astimezone(zone).date():
            continue  # sent before this interview (a round still to come): an earlier round's
        entry = HistoryEntry(
            kind=sent.kind,
            channel=Channel.email,
            to=None if sent.panel else (sent.to or to),
            sent_at=_sent_at(sent, now, notes.interview.finished.astimezone(zone)),
        )
        said = entry if sent.to else entry.model_copy(update={"to": None})  # no one named
        if any(_restated(e, said, zone) for e in history):
            continue  # "I sent my check-in on the 1st": the one the notes already hold
        if sent.by and any(_on_record_by(e, entry, zone) for e in history):
            continue  # "over a week since I checked in": the check-in on record
        history.append(entry)
        if not synthetic and not sent.planned:
            record.append(
                f"history: {{kind: {entry.kind.value}, to: {entry.to or 'everyone'}, sent_at: "
                f"{entry.sent_at.isoformat()}}}"
            )
    return Situation(notes, history, now, facts, synthetic, record, moved_day=moved_day)


def _sent_at(sent: Sent, now: dt.datetime, ended: dt.datetime) -> dt.datetime:
    """When a message the user tells of went: "I just emailed it" is the time of asking; a
    day without a time is the morning, but never before the interview ended ("on the 17th"
    is after it that day) and, that day, never later than the time of asking."""
    if sent.just and sent.day == now.date():
        return max(now, ended)
    at = max(dt.datetime.combine(sent.day, sent.at or MORNING, tzinfo=ended.tzinfo), ended)
    return min(at, now) if sent.day == now.date() and now >= ended else at


def _on_record_by(old: HistoryEntry, new: HistoryEntry, zone: dt.tzinfo) -> bool:
    """A message told of by a span in round figures ("almost a week since I emailed") is the
    one of its kind on record by then, give or take the rounding (two days)."""
    latest = new.sent_at.astimezone(zone).date() + dt.timedelta(days=2)
    return old.kind == new.kind and old.sent_at.astimezone(zone).date() <= latest


def _restated(old: HistoryEntry, new: HistoryEntry, zone: dt.tzinfo) -> bool:
    """The user tells of a message the notes already record: same kind, same day (in the
    interview's zone) and the same recipient (or none said)."""
    return (
        old.kind == new.kind
        and old.sent_at.astimezone(zone).date() == new.sent_at.astimezone(zone).date()
        and (new.to is None or old.to is None or old.to == new.to)
    )


def _corrected(history: list[HistoryEntry], facts: Facts, notes: Notes) -> list[HistoryEntry]:
    """The notes' history as the user corrects it: "I only thanked Anneliese" drops the other
    thank-yous on record, "I forgot Tobias" drops the one to Tobias."""

    def same(a: str | None, b: str) -> bool:
        found = notes.interviewer(a) if a else None
        return found is not None and found.name == b

    drop = [(u.kind, u.to) for u in facts.unsent]
    only = {s.kind: s.to for s in facts.sent if s.only and s.to}
    kept = []
    for e in history:
        if any(e.kind == kind and same(e.to, who) for kind, who in drop):
            continue
        if any(_retracts(r, e, notes) for r in facts.retracted):
            continue  # "I never sent that check-in on the 21st": the record is wrong
        if e.kind in only:
            continue  # restated by the user, with their date and recipient
        kept.append(e)
    return kept


def _retracts(said: Retracted, entry: HistoryEntry, notes: Notes) -> bool:
    """The user says this recorded message never went: same kind, and the day, when given."""
    on = entry.sent_at.astimezone(notes.interview.zone).date()
    return entry.kind == said.kind and said.day in (None, on)


def stopped(situation: Situation) -> tuple[bool, int]:
    """(no more follow-ups to send, how many were sent): a final follow-up, or as many
    follow-ups as the rules allow, ends the chasing; so does a rejection or an offer."""
    from coach.checks.timing import FOLLOW_UPS
    from coach.plan import limits

    sent = [e for e in situation.history if e.kind in FOLLOW_UPS]
    count = len(sent)
    final = any(e.kind.value == "final_follow_up" for e in sent)
    if final and count < limits().max_follow_ups:
        count = limits().max_follow_ups  # "a final follow-up" implies the check-in before it
    stage = situation.notes.stage if situation.notes else situation.facts.stage
    return final or count >= limits().max_follow_ups or stage in (
        Stage.rejected,
        Stage.offer,
    ), count
