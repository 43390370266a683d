"""Answering on a pasted draft, or on words the user means to say: the verdict first, when it
may go if the timing rules hold it back, then the checker's findings, one line per rule, and the
sections and rule ids they rest on."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.answer import cite_line, join, unique, word_count
from coach.formats import counted
from coach.guide import load_guide
from coach.models import Finding
from coach.rulebook import Source, load_rules

#: asked whether the words are a fault, not whether to say them: "does that count as arguing?",
#: "is that too pushy?" (a clean check is then a no)
ASKS_FAULT = re.compile(
    r"\b(?:counts? as|is (?:that|it|this)|would (?:that|it|this) (?:be|seem|look|sound|come"
    r" across as)|does (?:that|it|this) (?:sound|look|read|seem)|too)\s+(?:\w+\s+)?(?:arguing"
    r"|argumentative|begging|desperate|pushy|rude|passive[- ]aggressive|harsh|bitter|demanding"
    r"|needy|much|strong|bad|unprofessional)\b",
    re.I,
)

#: an excerpt longer than this many words is quoted by its opening words only
QUOTE_WORDS = 8


#: a placeholder's field the notes can fill: "[Company]" -> the company, "<Position>" -> the role
_FIELD_COMPANY = re.compile(r"compan|employer|organi[sz]ation|firm", re.I)
_FIELD_ROLE = re.compile(r"role|position|job|title", re.I)


def _quoted(f: Finding) -> str:
    excerpt = " ".join((f.excerpt or "").split())
    if len(excerpt.split()) > QUOTE_WORDS:  # a whole paragraph: its opening is enough to find it
        excerpt = " ".join(excerpt.split()[:QUOTE_WORDS]) + " …"
    return excerpt


def _fill(excerpt: str, company: str | None, role: str | None) -> str | None:
    """What the notes say goes where a placeholder stands: "[Company]" -> the company."""
    if _FIELD_COMPANY.search(excerpt):
        return company
    return role if _FIELD_ROLE.search(excerpt) else None


def finding_line(
    f: Finding,
    company: str | None = None,
    role: str | None = None,
    also: list[Finding] | None = None,
) -> str:
    """One finding as a line; `also` are more findings of the same rule, quoted after it."""
    excerpt = _quoted(f)
    # a finding on the whole message or its timing points at its start, which says nothing
    anchored = f.rule in WHOLE_MESSAGE or f.rule.startswith("timing-")
    quote = f" (“{excerpt}”)" if excerpt and f.excerpt not in f.message and not anchored else ""
    message = f.message.rstrip(".")
    if f.suggestion and re.search(r" \([^()]*;[^()]*\)$", message):
        # "none of the details (a; b; c; d)": the suggestion names one, which is enough here
        message = message[: message.rindex(" (")]
    more = [x for x in (_quoted(g) for g in also or []) if x]
    extra = f" (also ‘{'’, ‘'.join(dict.fromkeys(more))}’)" if more else ""
    change = ""
    if f.suggestion and f.suggestion.rstrip(".").lower() not in message.lower():
        change = " " + f.suggestion + ("" if f.suggestion.endswith((".", "?", "!")) else ".")
    if f.rule == "company-misspelled" and company and f"'{company}'" not in change:
        change += f" The notes spell it {company}."  # the fix is one word; show the whole name
    if f.rule == "placeholder-left":  # "[Company]": the notes say what goes there
        values = [_fill(x, company, role) for x in [excerpt, *more]]
        said = list(dict.fromkeys(v for v in values if v))
        change += f" Your notes say: {'; '.join(said).rstrip('.')}." if said else ""
    stop = "" if (quote or extra) == "" and message.endswith(("?", "!")) else "."
    return f"- {f.rule}: {message}{quote}{extra}{stop}{change}"


#: the guide entry on what a message of each kind should be, cited when a draft is checked
KIND_ENTRY = {
    "thank_you": "thank-you-content",
    "check_in": "check-in-content",
    "final_follow_up": "no-response",
    "rejection_reply": "rejection",
    "linkedin_note": "linkedin",
    "handwritten_note": "handwritten-note",
    "materials": "materials",
}


#: rejection rules about pressing the employer, reported with the tone findings
PRESSING = ("rejection-reconsider", "rejection-argues", "rejection-feedback-pressed")
#: how a tone finding reads, for the verdict's words
TONE_WORDS = {
    "tone-passive-aggressive": "passive-aggressive",
    "tone-accusatory": "blaming",
    "tone-hostile": "hostile",
    "tone-unprofessional": "unprofessional",
    "rejection-argues": "arguing with their decision",
    "rejection-reconsider": "pressing them to reconsider",
    "rejection-feedback-pressed": "pressing for feedback",
}
#: the faults a draft's verdict calls "pushy", named exactly for a sentence the user means to say
EXACT_TONE = {"tone-demanding": "demanding", "tone-desperate": "desperate"}
#: rules about a whole message, which a quoted sentence or two cannot be judged by
WHOLE_MESSAGE = (
    "greeting-missing",
    "signoff-missing",
    "subject-missing",
    "gratitude-missing",
    "interest-missing",
    "detail-missing",
    "rejection-future-missing",
    "timing-thank-you-late",
)


#: the rules about when a message is sent, whose suggestion is the day it may go
SEND_DAY = ("timing-check-in-early", "timing-too-soon-after-last")
#: the rules a reader judges against the interview's own date
INTERVIEW_DAY = ("timing-thank-you-late", "timing-claim-mismatch")
#: the kinds whose timing a draft checked without notes leaves open
TIMED = ("thank_you", "check_in", "final_follow_up")


def _short_line(group: list[Finding]) -> str:
    """A rule's finding by its message alone, for an answer that has no room for more."""
    return f"- {group[0].rule}: {group[0].message.rstrip('.')}."


def _by_rule(findings: list[Finding]) -> list[list[Finding]]:
    """The findings grouped by rule and fix ("Write the words out in full" for 'thx' and 'u';
    "Replace '…' with the real text" for each placeholder), in the order each first fired;
    findings with fixes of their own ('Siobhan' -> 'Siobhán') stay apart."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        fix = f.suggestion or ""
        for quote in ("'{}'", "‘{}’", "“{}”"):  # the fix's own words less the quoted excerpt
            fix = fix.replace(quote.format(f.excerpt), "…")
        groups.setdefault((f.rule, fix), []).append(f)
    return list(groups.values())


def _when(findings: list[Finding], interview: dt.date | None, kind: object) -> str:
    """The day the draft may go, when the timing rules hold it back, and the interview's day
    where a finding is about it; without notes, the timing rules it could not check."""
    said = []
    for f in findings:
        if f.rule in SEND_DAY and f.suggestion and f.suggestion.startswith("Wait until"):
            said.append(re.sub(r" \(.*\)$", "", f.suggestion.rstrip(".")) + " to send it.")
            break
    if interview is not None and any(f.rule in INTERVIEW_DAY for f in findings):
        said.append(f"The interview was on {interview:%A} {interview.day} {interview:%B}.")
    if interview is None and str(kind) in TIMED:
        from coach.plan import limits

        rule = limits()
        said.append(
            "Without your notes I could not check when it goes: a thank-you within "
            f"{rule.thank_you_hours} hours of the interview, a check-in no sooner than "
            f"{rule.check_in_business_days} business days after it."
        )
    return " ".join(said)


def review_answer(
    findings: list[Finding],
    passed: bool,
    asked_tone: bool,
    limit: int,
    kind: object = None,
    drafts: int = 1,
    company: str | None = None,
    role: str | None = None,
    intended: bool = False,
    interview: dt.date | None = None,
    words: int | None = None,
    question: str = "",
) -> tuple[str, list[Source], list[str]]:
    """The checker's findings on a pasted draft, or on words the user means to say
    (`intended`), with the verdict first. `interview` is the notes' interview day (None
    without notes); `words` the answer's length budget, within which the lines are fitted;
    `question` the words asked with it, whose yes or no the verdict gives (draft_verdict)."""
    held = [f for f in findings if f.rule == "placeholder-left"]
    # a placeholder's words are not a detail or a misspelling: that finding covers them
    findings = [
        f for f in findings if f in held or not any(h.start <= f.start < h.end for h in held)
    ]
    tone = [f for f in findings if f.rule.startswith("tone-") or f.rule in PRESSING]
    others = [f for f in findings if f not in tone and f.severity != "info"]
    # errors first: they stop the send; then what an edit fixes, before when it is sent (the
    # verdict already says when)
    others.sort(key=lambda f: (f.severity != "error", f.rule.startswith("timing-")))
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    # words the user means to say are named by their fault; a draft's tone, as a whole
    words_for = {**TONE_WORDS, **(EXACT_TONE if intended else {})}
    felt = [words_for.get(f.rule, "pushy") for f in tone]
    reads = "pushy" if "pushy" in felt else (felt[0] if felt else "")
    if intended and tone:
        lead = f"No, I wouldn't put it that way: it reads as {reads}."
    elif intended and others:  # "it's been over a month" 17 days on: the words, against the dates
        lead = "No, not as written: those words don't fit your dates."
    elif intended and not others and ASKS_FAULT.search(question) and not _may_i(question):
        # "is that arguing?"; but "can I say '...'? or is that pushy?" asks whether to say it
        lead = "No, that reads fine: none of the tone or rejection rules fire on those words."
    elif intended and not others:  # words the user means to say, and none of the rules fire
        lead = "Yes, you can say that: none of the tone or rejection rules fire on those words."
    elif tone and asked_tone:
        lead = f"Yes, it reads as {reads}: {counted(len(tone), 'tone finding')} in that draft."
    elif tone:
        lead = f"No, not as it stands: it reads as {reads} ({counted(len(tone), 'tone finding')})."
    elif asked_tone:
        lead = "No, the tone is fine: none of the tone rules fired on that draft."
    else:
        them = "they are" if drafts > 1 else "that draft is"
        if passed and not others:
            lead = f"Yes, {them} fine."
        elif passed and any(f.rule == "timing-too-soon-after-last" for f in others):
            lead = f"No, not yet: {them} sendable, but not so soon after your last follow-up."
        elif passed:
            lead = f"Nearly: {them} sendable, but fix the warnings first."
        else:
            lead = f"No, not yet: I checked {'them together' if drafts > 1 else 'that draft'}."
    lead = draft_verdict(lead, question, passed, bool(tone or others))
    state = f"Not ready: {counted(errors, 'error')}, {counted(warnings, 'warning')}."
    if passed:
        state = "Ready to send." if not tone else "It passes, but rewrite that wording first."
        if lead.startswith("Yes, it passes"):  # said already
            state = "Rewrite that wording first." if tone else ""
    if intended:
        state = "Say it politely instead:" if tone else ""
    else:
        state = join(state, _fits(findings, kind), _when(findings, interview, kind))
        state = state.replace("\n\n", " ")
    groups = _by_rule([*tone, *others])
    ids = list(dict.fromkeys(g[0].rule for g in groups))
    head = f"{lead} {state}".strip()
    cited = cited_kind(kind, question)
    tail = cite_line(_sources(groups, bool(tone or asked_tone), cited), ids[:6])
    # room kept for the line naming the rules that do not fit
    reserve = word_count("- and 9 more rules: " + ", ".join(ids[1:])) if len(ids) > 1 else 0
    budget = (words or 10**6) - word_count(head) - word_count(tail) - reserve
    lines: list[str] = []
    shown: list[list[Finding]] = []
    for group in groups[:limit]:
        # each rule in full while the answer stays short, then by its message alone
        for line in (finding_line(group[0], company, role, group[1:]), _short_line(group)):
            if word_count("\n".join([*lines, line])) <= budget or not lines:
                lines.append(line)
                shown.append(group)
                break
    if not findings:
        lines = [] if intended else ["No findings."]
    rest = [i for i in ids if i not in {g[0].rule for g in shown}]
    if rest:
        lines.append(f"- and {counted(len(rest), 'more rule')}: {', '.join(rest)}.")
    sources = _sources(shown, bool(tone or asked_tone), cited)
    text = join(head, "\n".join(lines), cite_line(sources, ids[:6]))
    return text, unique(sources), ids


def _fits(findings: list[Finding], kind: object) -> str:
    """A LinkedIn note's size against its budget, said whether or not it fits: the request box
    cuts a note off at its limit, so the budget is what the user asks about."""
    if str(kind) != "linkedin_note":
        return ""
    budget = load_rules()["too-long"].check["budgets"].get("linkedin_note")
    if budget is None:
        return ""
    if any(f.rule == "too-long" for f in findings):
        return f"It is over the {budget} characters a LinkedIn note may take (too-long)."
    return f"It fits the {budget} characters a LinkedIn note may take."


#: the question asks whether the draft passes the checker as such: "does it pass?"
PASS_ASKED = re.compile(r"\b(?:pass(?:es)?|sendable|ready to (?:send|go)|good to go)\b", re.I)


def draft_verdict(lead: str, question: str, passed: bool, found: bool) -> str:
    """The verdict worded for the yes or no asked with the draft. "Does it pass?" is answered by
    the checker's pass; "is it ok / fine / accurate enough?" on a draft with warnings is a no
    until they are fixed, where no question keeps "Nearly"; "does that matter?" on a draft
    with findings is a yes: a finding is what matters."""
    from coach.chat.yes_no import asked

    yes_no = asked(question) if question else None
    if yes_no is None:
        return lead
    if yes_no.frame != "fault" and PASS_ASKED.search(yes_no.clause):
        if passed and found and not lead.startswith("Yes"):
            rest = re.sub(r"^(?:No, not as it stands|Nearly): ?", "", lead)
            return f"Yes, it passes, but {rest}".rstrip()
        return lead
    if yes_no.frame in ("ok", "need") and lead.startswith("Nearly: "):
        return "No, not quite: " + lead.removeprefix("Nearly: ")
    if yes_no.frame == "fault" and found and re.search(r"\bmatter", yes_no.clause, re.I):
        if lead.startswith("Yes"):
            return lead
        rest = re.sub(r"^(?:No, not yet|No, not as it stands|Nearly): ?", "", lead)
        rest = "fix what follows before it goes." if rest.startswith("I checked") else rest
        return f"Yes, it matters: {rest}".rstrip()
    return lead


def cited_kind(kind: object, question: str) -> object:
    """The kind whose advice a review cites: the one the question names ("does this check-in
    look good?", "writing my check-in, ok to put '...'?"), else the one read from the draft."""
    from coach.chat.kinds import kind_in

    named = kind_in(question) if question else None
    return named.value if named is not None else kind


def _sources(groups: list[list[Finding]], tone: bool, kind: object) -> list[Source]:
    """The sections the answer rests on: the guide's advice on tone, on copies across
    interviewers or on this kind of message, and each rule's own source."""
    rules, guide = load_rules(), load_guide().entries
    ids = list(dict.fromkeys(g[0].rule for g in groups))
    sources = [rules[i].sources[0] for i in ids if i in rules and rules[i].sources]
    if "duplicate-across-interviewers" in ids:
        sources = [*guide["unique-notes"].sources[:2], *sources]
    elif tone:
        sources = [*guide["tone"].sources[:3], *sources]
        if any(i.startswith("rejection-") for i in ids):  # the advice after a no, too
            sources += guide["rejection"].sources[:2]
        elif str(kind) in KIND_ENTRY:  # and what this kind of message should be
            sources += guide[KIND_ENTRY[str(kind)]].sources[:1]
    elif str(kind) in KIND_ENTRY:
        sources = [*guide[KIND_ENTRY[str(kind)]].sources[:2], *sources]
    elif not sources:
        sources = list(guide["tone"].sources[:2])
    return sources


def _may_i(question: str) -> bool:
    """The question asks first whether to say it ("can I say '...', or is that pushy?"), not
    only whether the words are a fault ("is that arguing?")."""
    return MAY_SAY.search(question) is not None


#: asking leave to write the words: "can I say", "could I put", "is it ok to write"
MAY_SAY = re.compile(
    r"\b(?:(?:can|could|may|should|shall) I|is it (?:ok|okay|fine|alright) to)\s+"
    r"(?:just\s+|still\s+)?(?:say|write|put|use|add|include|open|close|end|sign off|start)\b",
    re.I,
)
