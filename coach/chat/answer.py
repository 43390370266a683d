"""Composing an answer: a verdict from the plan (every date is the timing rules'), the guide
entry's advice, the offer to record what the user told us, and the sources and rule ids.
Deterministic: the same conversation, notes and clock give the same words."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.context import Situation, stopped
from coach.guide import Entry, load_guide, section_label
from coach.models import Finding, Kind, Stage
from coach.plan import PlanItem
from coach.rulebook import Source, load_rules

KIND_WORDS = {
    "thank_you": "thank-you",
    "check_in": "check-in",
    "final_follow_up": "final follow-up",
    "materials": "materials",
    "rejection_reply": "reply to the rejection",
    "linkedin_note": "LinkedIn note",
    "handwritten_note": "handwritten note",
}
FOLLOW_UP_PLAN = ("check_in", "final_follow_up", "move_on")


def unique(sources: list[Source]) -> list[Source]:
    seen = {(s.article, s.section): s for s in reversed(sources)}
    return [seen[k] for k in dict.fromkeys((s.article, s.section) for s in sources)]


def day(when: dt.date | dt.datetime, now: dt.datetime) -> str:
    """ "Monday 30 November", with the year only when it is not the clock's."""
    d = when.date() if isinstance(when, dt.datetime) else when
    text = f"{d:%A} {d.day} {d:%B}"
    return text if d.year == now.year else f"{text} {d.year}"


def moment(when: dt.datetime, now: dt.datetime) -> str:
    return f"{day(when, now)}, {when:%H:%M}"


def cite_line(sources: list[Source], rules: list[str]) -> str:
    labels = list(dict.fromkeys(section_label(s) for s in sources))[:3]
    parts = []
    if labels:
        parts.append("Sources: " + "; ".join(labels) + ".")
    if rules:
        parts.append("Rules: " + ", ".join(dict.fromkeys(rules)) + ".")
    return " ".join(parts)


def record_line(situation: Situation) -> str:
    if not situation.record or situation.synthetic:
        return ""
    keys = "; ".join(situation.record[:3])
    return f"Shall I record this? In your notes: {keys}."


def no_dates_line(situation: Situation) -> str:
    return (
        ""
        if situation.notes is not None
        else "For exact dates, tell me when your interview was (or give me your notes)."
    )


# --- verdicts from the plan


def _open_item(situation: Situation, kind: str) -> PlanItem | None:
    plan = situation.plan
    if plan is None:
        return None
    items = [i for i in plan.items if str(i.kind) == kind and i.status != "skip"]
    return items[0] if items else None


def _timeline_reason(situation: Situation) -> str:
    from coach.checks.timing import timeline_of

    assert situation.notes is not None
    tl, now = timeline_of(situation.notes), situation.now
    if tl.contact_on:
        return f"they invited contact on {day(tl.contact_on, now)}"
    if tl.no_contact_before and tl.decision_by:
        return (
            f"they asked for no contact before {day(tl.no_contact_before, now)} and expect "
            f"to decide by {day(tl.decision_by, now)}"
        )
    if tl.no_contact_before:
        return f"they asked for no contact before {day(tl.no_contact_before, now)}"
    if tl.decision_by:
        return f"they expect to decide by {day(tl.decision_by, now)}"
    start = situation.notes.interview.start
    return (
        f"with no timeline, 004 advises 5-10 business days after the interview ({day(start, now)})"
    )


def follow_up_verdict(situation: Situation) -> tuple[str, list[str]]:
    """Whether to check in now, and when: from the plan, or "no" when chasing is over."""
    notes, now = situation.notes, situation.now
    stage = notes.stage if notes is not None else situation.facts.stage
    if stage == Stage.rejected:
        return (
            "No: they have said no, so don't check in again; one gracious reply is all that "
            "is left.",
            ["rejection-follow-up"],
        )
    if notes is None:
        return "", []
    if notes.stage == Stage.offer:
        return "There is nothing to chase: you have an offer.", []
    over, count = stopped(situation)
    if over:
        move = _open_item(situation, "move_on")
        when = f" from {day(move.earliest, now)}" if move and move.earliest else ""
        return (
            f"No: you have sent {count} follow-ups after the thank-you, the most the articles "
            f"advise. Don't send another; move on to other openings{when}.",
            ["timing-too-many"],
        )
    item = _open_item(situation, "check_in")
    if item is not None and item.status == "done":
        item = _open_item(situation, "final_follow_up")
    if item is None or item.earliest is None:
        return "", []
    what = KIND_WORDS[str(item.kind)]
    if item.to and not situation.synthetic:
        what += f" to {item.to}"
    if item.status == "upcoming":
        why = (
            _timeline_reason(situation)
            if item.kind == Kind.check_in
            else "one last note 5-10 business days after the check-in"
        )
        return (
            f"No, not yet: wait until {day(item.earliest, now)} to send a {what} ({why}). "
            "Sooner is early.",
            item.rules,
        )
    if item.status == "due":
        until = f"; the window runs until {day(item.latest, now)}" if item.latest else ""
        since = f" (from {day(item.earliest, now)})"
        return f"Yes: you can send a {what} now{since}{until}.", item.rules
    return (
        f"Yes: send a {what} now (it was due from {day(item.earliest, now)}).",
        item.rules,
    )


def thank_you_verdict(situation: Situation, person: str | None) -> tuple[str, list[str]]:
    plan, now = situation.plan, situation.now
    if plan is None:
        return "", []
    items = [i for i in plan.items if i.kind == Kind.thank_you and i.status != "skip"]
    if person:
        items = [i for i in items if i.to == person] or items
    if not items:
        return "", []
    pending = [i for i in items if i.status != "done"]
    if not pending:
        sent = items[0].sent_at
        when = f" on {day(sent, now)}" if sent else ""
        return f"Your thank-you went{when}: nothing more is needed there.", []
    item = pending[0]
    to = f" to {item.to}" if not situation.synthetic and item.to else ""
    if item.status == "overdue":
        assert item.latest is not None
        return (
            f"Your thank-you{to} is late (it was due by {moment(item.latest, now)}), but not too "
            "late: send it today.",
            item.rules,
        )
    assert item.latest is not None
    return f"Send your thank-you{to} by {moment(item.latest, now)}.", item.rules


def materials_verdict(situation: Situation) -> tuple[str, list[str]]:
    notes, plan, now = situation.notes, situation.plan, situation.now
    if plan is None or notes is None or not notes.materials:
        return "", []
    item = next((i for i in plan.items if i.kind == Kind.materials and i.status != "done"), None)
    if item is None:
        return "The material you promised has gone out.", []
    what = notes.materials[0].what
    if item.latest is not None:
        return f"You promised {what} by {moment(item.latest, now)}.", item.rules
    return f"Send {what} promptly.", item.rules


def move_on_verdict(situation: Situation) -> tuple[str, list[str]]:
    """When to stop waiting: the plan's move-on date, after the follow-ups still allowed."""
    over, _count = stopped(situation)
    move = _open_item(situation, "move_on")
    if over or move is None or move.earliest is None:
        return follow_up_verdict(situation)
    now = situation.now
    steps = [
        f"{KIND_WORDS[str(i.kind)]} (from {day(i.earliest, now)})"
        for i in (_open_item(situation, "check_in"), _open_item(situation, "final_follow_up"))
        if i is not None and i.status != "done" and i.earliest is not None
    ]
    after = f", after a {' and a '.join(steps)}" if steps else ""
    return (
        f"If you hear nothing, move on from {day(move.earliest, now)}{after}.",
        ["timing-too-many"],
    )


def verdict(
    entry: Entry, situation: Situation, person: str | None, question: str = ""
) -> tuple[str, list[str]]:
    if entry.plan == "move_on":
        return move_on_verdict(situation)
    if entry.intent == "rejection":
        rejected = situation.notes.stage if situation.notes else situation.facts.stage
        if rejected != Stage.rejected:
            return "", []
        if re.search(r"check[- ]?in|follow[- ]?up|chase|status|again|nudge", question, re.I):
            return follow_up_verdict(situation)
        if entry.id == "rejection":
            return (
                "Yes, once: a short, gracious reply that thanks them and asks to be kept in mind "
                "for future openings. No check-ins after it.",
                ["rejection-follow-up", "rejection-future-missing"],
            )
        return "", []
    if entry.plan in FOLLOW_UP_PLAN:
        return follow_up_verdict(situation)
    if entry.plan == "thank_you" or (
        entry.id in ("thank-you-content", "unique-notes") and re.search(r"\bnext\b", question)
    ):
        lead, rules = thank_you_verdict(situation, person)
        if lead.startswith("Your thank-you went") and re.search(
            r"\bnext\b|now what|what now", question, re.I
        ):
            more, also = follow_up_verdict(situation)
            return f"{lead} {more}".strip(), [*rules, *also]
        return lead, rules
    if entry.plan == "materials":
        return materials_verdict(situation)
    return "", []


# --- whole answers


def join(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def guide_answer(
    entries: list[Entry], situation: Situation, person: str | None, question: str = ""
) -> tuple[str, list[Source], list[str]]:
    entry = entries[0]
    lead, rules = verdict(entry, situation, person, question)
    sources = list(entry.sources[:3])
    for extra in entries[1:]:
        sources.append(extra.sources[0])
    rules = list(dict.fromkeys([*rules, *entry.rules]))
    said = situation.facts.said
    heard = f"Noted: {'; '.join(dict.fromkeys(said))}." if said else ""
    body = entry.answer.strip()
    if lead.startswith("No") and body.startswith("Yes"):
        body = body.split(" ", 1)[1].lstrip(",:; ")
        body = body[:1].upper() + body[1:]
    dates = no_dates_line(situation) if entry.plan else ""
    text = join(
        heard,
        lead,
        " ".join(body.split()),
        dates,
        record_line(situation),
        cite_line(sources, rules),
    )
    return text, sources, rules


def finding_line(f: Finding) -> str:
    quote = f" (“{f.excerpt}”)" if f.excerpt and f.excerpt not in f.message else ""
    change = ""
    if f.suggestion:
        change = " " + f.suggestion + ("" if f.suggestion.endswith((".", "?", "!")) else ".")
    return f"- {f.rule}: {f.message.rstrip('.')}{quote}.{change}"


def review_answer(
    findings: list[Finding], passed: bool, asked_tone: bool, limit: int
) -> tuple[str, list[Source], list[str]]:
    rules = load_rules()
    guide = load_guide().entries
    tone = [f for f in findings if f.rule.startswith(("tone-", "rejection-"))]
    others = [f for f in findings if f not in tone and f.severity != "info"]
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    if tone and asked_tone:
        lead = f"Yes, it reads as pushy: {len(tone)} tone finding(s) in that draft."
    elif tone:
        lead = f"No, not as it stands: it reads as pushy ({len(tone)} tone finding(s))."
    elif asked_tone:
        lead = "No, the tone is fine: none of the tone rules fired on that draft."
    else:
        lead = "Yes, that draft is fine." if passed else "Not yet: I checked that draft."
    state = "Ready to send." if passed else f"Not ready: {errors} error(s), {warnings} warning(s)."
    lines = [finding_line(f) for f in [*tone, *others][:limit]]
    if not findings:
        lines = ["No findings."]
    more = len(tone) + len(others) - len(lines)
    if more > 0:
        lines.append(f"- and {more} more.")
    ids = list(dict.fromkeys(f.rule for f in [*tone, *others]))
    sources: list[Source] = []
    for rule_id in ids[:2]:
        sources += rules[rule_id].sources[:1] if rule_id in rules else []
    if tone or asked_tone or not sources:
        sources = [*guide["tone"].sources[:2], *sources]
    text = join(f"{lead} {state}", "\n".join(lines), cite_line(sources, ids[:6]))
    return text, unique(sources), ids


def explain_answer(rule_id: str) -> tuple[str, list[Source], list[str]]:
    rule = load_rules()[rule_id]
    bad = " ".join(rule.examples.bad[0].text.split())[:120]
    good = " ".join(rule.examples.good[0].text.split())[:120]
    text = join(
        f"{rule_id} ({rule.severity}): {' '.join(rule.rationale.split())}",
        f"Fires on: “{bad}”\nFine: “{good}”",
        cite_line(rule.sources, [rule_id]),
    )
    return text, list(rule.sources), [rule_id]


def out_of_scope_answer(topic: str, hits: list, situation: Situation) -> tuple[str, list, list]:
    covers = " ".join(load_guide().scope.covers.split())
    related = next((h for h in hits if h.cues), None)
    extra, sources, rules = "", [], []
    if related is not None:
        entry = related.entry
        extra = f"What they do say on {entry.topic}: {' '.join(entry.answer.split())}"
        sources, rules = list(entry.sources[:2]), list(entry.rules)
    if situation.notes is not None and situation.notes.stage == Stage.offer:
        extra = join(extra, "With an offer there is nothing left to chase in your plan.")
    text = join(
        f"The articles don't cover {topic}, so I won't guess. They cover {covers}.",
        extra,
        cite_line(sources, rules),
    )
    return text, sources, rules


def unknown_answer() -> str:
    covers = " ".join(load_guide().scope.covers.split())
    return (
        f"The articles don't cover that, as far as I can tell. They cover {covers}. "
        "Ask me about one of those, or paste a draft under your question to have it checked."
    )


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))
