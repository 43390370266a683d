"""The coach chat: questions about the user's own follow-ups, answered from facts.

The embedded model is a 135M one: it phrases drafts, but it cannot be trusted with dates or
rules. So a question is routed by its intent to a deterministic answer built from the notes, the
follow-up plan (coach.plan: the timing rules' own numbers), the checker and the rule catalogue,
and every answer cites the rule ids and articles it rests on. The model is only called when the
user asks for a draft, and that draft goes through the checker like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from coach.errors import CoachError
from coach.models import Finding, Kind, Notes
from coach.rulebook import Rule, load_rules
from ui.critique import critique
from ui.form import KIND_LABELS
from ui.render import SEVERITY_LABEL, counts, sources_text

HELP = (
    "I answer from your notes and the rulebook. Try:\n"
    "- *When should I follow up?*\n"
    "- *Is this too pushy?* (then paste your draft below the question)\n"
    "- *Write a thank-you to Sarah*\n"
    "- *What should a check-in say?*\n"
    "- *What does tone-overeager mean?*\n"
    "- *I was rejected. What now?*"
)
TIMING_BASICS = (
    "timing-thank-you-late",
    "timing-check-in-early",
    "timing-too-soon-after-last",
    "timing-too-many",
    "timing-next-day-call",
)
PUSHY_TIMING = (
    "timing-check-in-early",
    "timing-too-soon-after-last",
    "timing-too-many",
    "timing-next-day-call",
    "channel-multiple-same-day",
)

_KIND_WORDS = [
    (Kind.final_follow_up, r"final|last (?:follow|check)"),
    (Kind.check_in, r"check[- ]?in|status|follow[- ]?up|chase|nudge"),
    (Kind.rejection_reply, r"reject|turned down|rejection"),
    (Kind.linkedin_note, r"linked ?in"),
    (Kind.handwritten_note, r"handwritten|card|letter"),
    (Kind.materials, r"reference|material|portfolio|sample|attach"),
    (Kind.thank_you, r"thank"),
]
DRAFT_ASK = re.compile(r"\b(?:write|draft|compose|prepare|make)\b(?!.*\?$)", re.I)
REVIEW = re.compile(
    r"\b(?:pushy|push|too (?:long|short|much|formal|casual|strong)|rude|tone|sound|okay|ok|fine|"
    r"good|check (?:this|it|my)|review|critique|look(?:s)? (?:ok|good|right)|send (?:this|it)|"
    r"desperate|needy|aggressive|polite|professional|wrong with)\b",
    re.I,
)
REJECTED = re.compile(
    r"\b(?:reject\w*|turned down|didn'?t get|not selected|another candidate|"
    r"went with someone)\b",
    re.I,
)
HOW_MANY = re.compile(
    r"\bhow many\b|\btoo many\b|\bthird\b|\bagain\b|\bkeep (?:following|checking)", re.I
)
WHEN = re.compile(
    r"\b(?:when|how (?:long|soon)|too (?:early|soon|late)|wait|timing|deadline|"
    r"date|day|time|due|yet|already|next|now|what should I do|to ?do)\b",
    re.I,
)
INCLUDE = re.compile(
    r"\bwhat (?:should|do|can|to) (?:I )?(?:write|say|include|put|mention)|"
    r"\binclude\b|\bshould (?:it|a \w+) say\b|\bstructure\b|\bwhat goes\b",
    re.I,
)
GREETING = re.compile(r"^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon))\b", re.I | re.M)


@dataclass
class Context:
    """What the chat knows about the user: the notes (or why they are missing) and the draft
    in the Critique tab."""

    notes: Notes | None = None
    notes_problem: str = ""
    draft: str = ""
    now: dt.datetime | None = None


@dataclass
class Reply:
    """An answer; `work` is slow work (a model call) to run after showing `text`."""

    text: str
    work: Callable[[], str] | None = None
    intent: str = ""
    rules: list[str] = field(default_factory=list)


def cite(rule_ids: list[str]) -> str:
    """ "Sources: `rule-id` (000 *Title*, ...)" for the rules an answer rests on."""
    if not rule_ids:
        return ""
    seen: dict[str, str] = {}
    for rule_id in rule_ids:
        for article, title, _ in sources_text(rule_id):
            seen.setdefault(article, title)
    ids = ", ".join(f"`{r}`" for r in dict.fromkeys(rule_ids))
    arts = "; ".join(f"{a} *{t}*" for a, t in sorted(seen.items()))
    return f"\n\n**Rules:** {ids}\n**Articles:** {arts}"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(?:\s|$)", text)
    return match.group(1) if match else text


def split_pasted(question: str) -> tuple[str, str]:
    """(the question, a pasted draft): a draft is several lines that read like a message."""
    text = question.strip()
    lines = text.splitlines()
    if len(lines) < 3 and len(text.split()) < 40:
        return text, ""
    first = lines[0].strip()
    rest = "\n".join(lines[1:]).strip()
    if first.lower().startswith("subject:") or GREETING.match(first):
        return "", text
    asks = first.endswith("?") or len(first.split()) <= 12
    message = (
        GREETING.search(rest) or rest.lower().startswith("subject:") or len(rest.split()) >= 25
    )
    if asks and message:
        return first, rest
    return text, ""


def kind_in(text: str, *, generic: bool = True) -> Kind | None:
    """The kind a question names; with generic=False, "follow up" alone names none (it is
    what every question here is about)."""
    if not generic:
        text = re.sub(r"\bfollow(?:ing)?[- ]?up\b", "", text, flags=re.I)
    for kind, pattern in _KIND_WORDS:
        if re.search(rf"\b(?:{pattern})", text, re.I):
            return kind
    return None


def person_in(text: str, notes: Notes | None) -> str | None:
    if notes is None:
        return None
    for person in notes.interviewers:
        forms = [person.name, person.first, person.last, *person.aliases]
        if any(re.search(rf"\b{re.escape(f)}\b", text, re.I) for f in forms if len(f) > 1):
            return person.name
    return None


def rule_in(text: str) -> Rule | None:
    rules = load_rules()
    for rule_id in sorted(rules, key=len, reverse=True):
        if rule_id in text.lower():
            return rules[rule_id]
    return None


# --- answers


def finding_line(n: int, f: Finding) -> str:
    change = f" *Change:* {f.suggestion}" if f.suggestion else ""
    return f"{n}. **{SEVERITY_LABEL[f.severity]}** `{f.rule}`: {f.message}.{change}"


def review(question: str, draft: str, ctx: Context) -> Reply:
    try:
        checked = critique(draft, ctx.notes, now=ctx.now)
    except CoachError as exc:
        return Reply(f"I could not read that draft: {exc.what}.", intent="review")
    result = checked.result
    c = counts(result.findings)
    rules = load_rules()
    pushy = [
        f
        for f in result.findings
        if f.rule.startswith(("tone-", "rejection-")) or f.rule in PUSHY_TIMING
    ]
    others = [f for f in result.findings if f not in pushy]
    head = "**Ready to send**" if result.passed else "**Not ready to send**"
    head += f": {c['error']} error(s), {c['warning']} warning(s)"
    kind = KIND_LABELS.get(result.kind, str(result.kind)) if result.kind else "message"
    head += f" (checked as a {kind.lower()}{' I detected' if result.kind_inferred else ''}"
    head += f" to {result.to})." if result.to else ")."
    parts = [head]
    asked_tone = bool(
        re.search(r"push|tone|rude|desperate|needy|aggressive|polite|sound", question, re.I)
    )
    if pushy:
        parts.append("**Tone and pressure**, what reads as pushy:")
        parts += [finding_line(n, f) for n, f in enumerate(pushy, 1)]
    elif asked_tone or not others:
        tone_ids = [r for r in rules if r.startswith("tone-")]
        parts.append(
            f"**Not pushy:** none of the {len(tone_ids)} tone rules fired "
            "(demanding, accusatory, desperate, overeager, passive-aggressive...)."
        )
    if others:
        parts.append("**Other things to change:**")
        parts += [finding_line(n, f) for n, f in enumerate(others, len(pushy) + 1)]
    if ctx.notes is None:
        parts.append(
            "_Checked without your notes, so names, details and timing were not "
            "checked. Fill in the Notes tab for those._"
        )
    ids = [f.rule for f in result.findings] or [r for r in rules if r.startswith("tone-")][:3]
    return Reply("\n\n".join(parts) + cite(ids), intent="review", rules=ids)


def timing(question: str, ctx: Context) -> Reply:
    from ui.plan_view import label, next_sentence, plan_for, short, window

    rules = load_rules()
    if ctx.notes is None:
        timing_rules = [rules[r] for r in TIMING_BASICS if r in rules]
        lines = [f"- `{r.id}`: {_first_sentence(r.rationale)}" for r in timing_rules]
        why = f" ({ctx.notes_problem})" if ctx.notes_problem else ""
        return Reply(
            "I need your interview notes to give you dates: fill in the Notes tab"
            f"{why}. Meanwhile, the general timing rules:\n"
            + "\n".join(lines)
            + cite([r.id for r in timing_rules]),
            intent="timing",
        )
    plan = plan_for(ctx.notes, ctx.now)
    wanted = kind_in(question, generic=False)
    who = person_in(question, ctx.notes)
    items = [i for i in plan.items if i.status != "skip"]
    if wanted is not None:
        items = [i for i in items if str(i.kind) == wanted.value] or items
    if who is not None:
        items = [i for i in items if i.to in (who, None) or i.scope == "application"] or items
    parts = [
        f"**{next_sentence(plan, ctx.now)}**",
        f"Today is {short(plan.now)} in the interview's zone (UTC{plan.zone}).",
    ]
    ids: list[str] = []
    for item in items:
        if item.status == "done":
            parts.append(f"- {label(item)}: sent {short(item.sent_at)}.")
            continue
        if item.status == "overdue":
            when = f"overdue: send it now (it was due by {short(item.latest)})"
        elif item.status == "due":
            when = f"due now: send it by {short(item.latest)}" if item.latest else "due now"
        else:
            when = f"not yet: send {short(item.target or item.earliest)}; window {window(item)}"
        parts.append(f"- **{label(item)}**, {when}. {item.reason}")
        ids += item.rules
    if HOW_MANY.search(question):
        ids.append("timing-too-many")
    return Reply("\n".join(parts) + cite(ids), intent="timing", rules=ids)


def rejected(ctx: Context) -> Reply:
    rules = load_rules()
    ids = [
        "rejection-follow-up",
        "rejection-reconsider",
        "rejection-argues",
        "rejection-feedback-pressed",
        "rejection-future-missing",
    ]
    lines = [f"- `{i}`: {_first_sentence(rules[i].rationale)}" for i in ids if i in rules]
    stage = ""
    if ctx.notes is not None and ctx.notes.stage.value != "rejected":
        stage = "\n\nSet the stage to *Rejected* in the Notes tab so the plan and checks know."
    return Reply(
        "Reply once, graciously: thank them, accept the decision and ask to be kept in "
        "mind for future openings. Don't check in again.\n" + "\n".join(lines) + stage + cite(ids),
        intent="rejected",
        rules=ids,
    )


def explain(rule: Rule) -> Reply:
    kinds = (
        "every kind"
        if rule.applies_to.kinds == "all"
        else ", ".join(KIND_LABELS[k].lower() for k in rule.applies_to.kinds)
    )
    bad = rule.examples.bad[0].text.strip().replace("\n", " ")
    good = rule.examples.good[0].text.strip().replace("\n", " ")
    text = (
        f"**`{rule.id}`** ({rule.severity}, {rule.family}; applies to {kinds}).\n\n"
        f"{' '.join(rule.rationale.split())}\n\n- Fires on: “{bad}”\n- Fine: “{good}”"
    )
    return Reply(text + cite([rule.id]), intent="explain", rules=[rule.id])


def checklist(question: str, ctx: Context) -> Reply:
    kind = kind_in(question) or Kind.thank_you
    rules = [
        r
        for r in load_rules().values()
        if r.family in ("names", "detail", "tone", "form", "rejection")
        and r.applies_to.kinds != "all"
        and kind in r.applies_to.kinds
    ]
    general = [
        "greeting-missing",
        "subject-missing",
        "signoff-missing",
        "name-misspelled",
        "too-long",
    ]
    catalogue = load_rules()
    chosen = rules + [catalogue[i] for i in general if i in catalogue]
    lines = [f"- `{r.id}`: {_first_sentence(r.rationale)}" for r in chosen]
    details = ""
    if ctx.notes is not None and ctx.notes.details and kind in (Kind.thank_you, Kind.check_in):
        details = "\n\nFrom your notes, mention one of: " + "; ".join(ctx.notes.details) + "."
    return Reply(
        f"A good {KIND_LABELS[kind].lower()}, rule by rule:\n"
        + "\n".join(lines)
        + details
        + cite([r.id for r in chosen]),
        intent="checklist",
    )


def search_rules(question: str) -> list[Rule]:
    words = {w for w in re.findall(r"[a-z]{4,}", question.lower())}
    scored = []
    for rule in load_rules().values():
        hay = f"{rule.id} {rule.message} {rule.rationale}".lower()
        score = sum(w in hay for w in words)
        if score:
            scored.append((score, rule.id, rule))
    return [r for _, _, r in sorted(scored, key=lambda t: (-t[0], t[1]))[:3]]


def route(question: str, ctx: Context, draft_fn: Callable[[Kind, str | None], str] | None) -> Reply:
    """Pick the answer for a question. Deterministic: the same question, notes and clock give
    the same answer."""
    ask, pasted = split_pasted(question)
    if pasted:
        return review(ask, pasted, ctx)
    if not ask:
        return Reply(HELP, intent="help")
    rule = rule_in(ask)
    if rule is not None:
        return explain(rule)
    if DRAFT_ASK.search(ask) and (
        kind_in(ask) or re.search(r"\b(?:note|email|message)\b", ask, re.I)
    ):
        return drafting(ask, ctx, draft_fn)
    if REVIEW.search(ask) and not WHEN.search(ask) or re.search(r"\bthis\b.*\?", ask):
        if ctx.draft.strip():
            reply = review(ask, ctx.draft, ctx)
            reply.text = "About the draft in the Critique tab:\n\n" + reply.text
            return reply
        if REVIEW.search(ask):
            return Reply(
                "Paste the draft under your question (or in the Critique tab) and I'll "
                "check it against the rules.",
                intent="review",
            )
    if REJECTED.search(ask):
        return rejected(ctx)
    if INCLUDE.search(ask):
        return checklist(ask, ctx)
    if WHEN.search(ask) or HOW_MANY.search(ask) or re.search(r"follow[- ]?up", ask, re.I):
        return timing(ask, ctx)
    found = search_rules(ask)
    if found:
        lines = [f"- `{r.id}`: {_first_sentence(r.rationale)}" for r in found]
        return Reply(
            "These rules look relevant:\n"
            + "\n".join(lines)
            + "\n\n"
            + HELP
            + cite([r.id for r in found]),
            intent="search",
        )
    return Reply(HELP, intent="help")


def drafting(ask: str, ctx: Context, draft_fn: Callable[[Kind, str | None], str] | None) -> Reply:
    if ctx.notes is None:
        why = f" ({ctx.notes_problem})" if ctx.notes_problem else ""
        return Reply(f"To draft, I need your notes: fill in the Notes tab{why}.", intent="draft")
    kind = kind_in(ask) or Kind.thank_you
    who = person_in(ask, ctx.notes)
    target = who or (
        "each interviewer" if len(ctx.notes.interviewers) > 1 else ctx.notes.interviewers[0].name
    )
    text = f"Writing a {KIND_LABELS[kind].lower()} to {target}…"
    if draft_fn is None:
        return Reply("Drafting is not available here.", intent="draft")
    return Reply(text, work=lambda: draft_fn(kind, who), intent="draft")
