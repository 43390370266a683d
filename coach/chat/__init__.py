"""The coach chat: answers about the user's own follow-ups, grounded in the articles (the guide,
rules/guide/), the rulebook, the plan and the checker.

`ask()` is the one function the CLI (`coach ask`), the web app's `/chat` endpoint and its chat
tab call, so all three give the same answer. It reads the facts the conversation states,
lays them over the notes, classifies the question (coach.chat.intent), and composes a short
answer (coach.chat.answer) citing article sections and rule ids. No model is used unless the
user asks for a message and a model backend is chosen; with backend "none" the drafting loop's
composer writes it, checked like any draft.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from coach.calendar import days_off
from coach.chat import answer as A
from coach.chat.changes import CHANGE_ASKED
from coach.chat.channels import channel_choice, channels_at_once, followed_up_today
from coach.chat.citing import with_headings
from coach.chat.context import Situation, situate
from coach.chat.facts import Facts, extract
from coach.chat.intended import CLAIM_RULE, READS
from coach.chat.intent import (
    PUSHY,
    Intent,
    classify,
    kind_in,
    split_pasted,
)
from coach.chat.names import aliases_named
from coach.chat.owed import owed_first
from coach.chat.pasted import SPOKEN, check_all, checker, stated_send
from coach.chat.planned import read_planned
from coach.chat.relative import weekdays_after
from coach.chat.review import WHOLE_MESSAGE, review_answer
from coach.chat.review_days import with_send_day
from coach.chat.when_asked import date_first
from coach.models import Channel, Draft, Finding, Kind, Notes, Stage
from coach.rulebook import Source

__all__ = ["ChatAnswer", "Turn", "ask", "warm"]

Backend = Literal["none", "embedded", "openai"]
#: (notes, kind, recipient or None, now) -> one draft; for a model backend
Drafter = Callable[[Notes, Kind, str | None, dt.datetime], Draft]
WORD_LIMIT = 120
MAX_QUESTION = 20_000


class Turn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: str
    content: str


class ChatAnswer(BaseModel):
    """The `coach ask --format json` document (INTERFACES.md), plus `in_scope`, `facts` (what
    was read from the conversation) and `record` (notes keys the user may want to save)."""

    version: Literal[1] = 1
    answer: str
    intent: str
    citations: list[Source]
    rules: list[str]
    findings: list[Finding]
    draft: Draft | None
    backend: str
    in_scope: bool
    facts: list[str]
    record: list[str]

    def document(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def conversation_facts(
    history: list[Turn],
    question: str,
    today: dt.date,
    names: list[str],
    notes: Notes | None = None,
) -> tuple[Facts, Facts]:
    """(all the facts stated so far, this message's own): pasted drafts are not read for facts,
    and a later statement wins over an earlier one."""
    anchor, country, titles, materials = None, None, {}, []
    people = notes.interviewers if notes is not None else []
    if notes is not None:
        anchor = notes.interview.start.astimezone(notes.interview.zone).date()
        country = notes.country
        titles = {p.name: p.title for p in notes.interviewers if p.title}
        materials = [m.what for m in notes.materials]
    known: dict[str, Any] = {"titles": titles, "materials": materials}
    facts, kind = Facts(), None
    for turn in history:
        if turn.role == "user":
            asked, pasted = split_pasted(turn.content)
            asked = aliases_named(asked, people)
            said = extract(
                asked, today, names, anchor or _said_interview(facts, today), country,
                **known, drafted=bool(pasted), prior_kind=kind,
            )  # fmt: skip
            facts = facts.merge(read_planned(asked, today, said))
            kind = kind_in(asked) or kind  # what "it" means in the next turn
    asked, pasted = split_pasted(question)
    asked = aliases_named(asked, people)
    own = extract(
        asked, today, names, anchor or _said_interview(facts, today), country,
        **known, drafted=bool(pasted), prior_kind=kind,
    )  # fmt: skip
    own = read_planned(asked, today, own)  # "I'm emailing on the 2nd, then when?"
    return facts.merge(own), own


def _said_interview(facts: Facts, today: dt.date) -> dt.date | None:
    """The interview day an earlier turn gave, from which later relative words count."""
    if facts.interview_day is not None:
        return facts.interview_day
    if facts.days_since_interview is not None:
        return today - dt.timedelta(days=facts.days_since_interview)
    return None


def ask(
    question: str,
    notes: Notes | None = None,
    history: list[Turn] | list[dict[str, Any]] | None = None,
    now: dt.datetime | None = None,
    *,
    backend: Backend = "none",
    drafter: Drafter | None = None,
    clock: dt.datetime | None = None,
    model: Any | None = None,
) -> ChatAnswer:
    """Answer one chat message. With `now` None the clock is `clock` (default: the machine's),
    and a stated duration such as "it's been 8 days" may set it instead; an explicit `now` is
    kept, and the duration moves the interview. `model` (an openai-compatible backend) may
    phrase a guide answer; its text is kept only when coach.chat.phrasing verifies it."""
    from coach.errors import InputError

    if len(question) > MAX_QUESTION:
        raise InputError("question", f"over {MAX_QUESTION:,} characters")
    turns = [t if isinstance(t, Turn) else Turn.model_validate(t) for t in history or []]
    now_given = now is not None
    clock = now or clock or dt.datetime.now(dt.UTC)
    if notes is not None:
        clock = clock.astimezone(notes.interview.zone)
    names = [p.name for p in notes.interviewers] if notes else []
    if notes is not None and not split_pasted(question)[1]:
        # "the friday after the interview": that date, for every reader (a draft stays as typed)
        question = weekdays_after(question, notes.interview.start.astimezone(clock.tzinfo).date())
    facts, own = conversation_facts(turns, question, clock.date(), names, notes)
    if facts.today is not None and not now_given:
        # "today is 1 December": the user's clock, and relative words read from it
        clock = dt.datetime.combine(facts.today, dt.time(9, 0), tzinfo=clock.tzinfo or dt.UTC)
        facts, own = conversation_facts(turns, question, clock.date(), names, notes)
    with days_off(facts.days_off):  # "Thursday was Corpus Christi": skipped like a holiday
        return _answer(
            question, notes, turns, facts, own, clock, now_given, backend, drafter, model
        )


def _answer(
    question: str,
    notes: Notes | None,
    turns: list[Turn],
    facts: Facts,
    own: Facts,
    clock: dt.datetime,
    now_given: bool,
    backend: Backend,
    drafter: Drafter | None,
    model: Any | None,
) -> ChatAnswer:
    """The answer once the conversation's facts are read (`ask`'s second half)."""
    names = [p.name for p in notes.interviewers] if notes else []
    situation = situate(notes, facts, clock, now_given)
    if not own.empty and CHANGE_ASKED.search(question):  # "does that change my dates?"
        before = conversation_facts(turns, "", clock.date(), names, notes)[0]
        situation.prior = situate(notes, before, clock, now_given)
    interview = notes.interview.start.astimezone(notes.interview.zone).date() if notes else None
    stage = situation.notes.stage if notes and situation.notes else None  # as the facts leave it
    same_day = followed_up_today(situation, split_pasted(question)[0])
    intent = classify(question, facts, own, interview, stage, same_day, notes, clock.date())
    named = [*(u.to for u in facts.unsent), *facts.names]  # "I forgot Tobias": he is the one
    person = next((n for n in named if notes and notes.interviewer(n)), None)
    if person is not None and _addressed(split_pasted(question)[0], person):
        situation.to = person
    return _respond(intent, situation, person, backend, drafter, model)


def _addressed(question: str, person: str) -> bool:
    """The question is about writing to this interviewer: "when can I email Sam?", "a check-in
    to Sam Lee", not "Sam told me they need more time"."""
    from coach.chat.names import fold

    forms = "|".join(re.escape(fold(p)) for p in [person, *person.split()] if len(p) > 2)
    verbs = (
        r"to|with|email|e-mail|call|phone|ring|ping|message|contact|text|nudge|chase|write|send"
        r"|sending|for|thank|thanked|thanking"
    )
    # "for Sam" is the reader; "for Sam's team" is not
    title = r"(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?"  # "for Dr. O'Connell"
    return bool(re.search(rf"\b(?:{verbs})\s+{title}(?:{forms})(?![\w'’])", fold(question)))


def _respond(
    intent: Intent,
    s: Situation,
    person: str | None,
    backend: Backend,
    drafter: Drafter | None,
    model: Any | None = None,
) -> ChatAnswer:
    findings: list[Finding] = []
    draft: Draft | None = None
    in_scope, used = True, "none"
    rules: list[str] = []
    sources: list[Source] = []
    limit = 12 if intent.longer else 4
    if intent.mode == "review":
        if not intent.pasted:
            text = (
                "Paste the draft under your question (a blank line between them) and I'll "
                "check it against the rules."
            )
        else:
            spoken = Channel.phone if SPOKEN.search(intent.question) else None
            asked = kind_in(intent.question)
            if intent.intended:  # words for the next message: the reply to a no, or a check-in
                rejected = (s.notes.stage if s.notes else s.facts.stage) == Stage.rejected
                asked = asked or (Kind.rejection_reply if rejected else Kind.check_in)
            then = None if intent.intended else stated_send(intent.question, s)
            if then is not None:  # "going to Graça on the 8th at 9": judged as sent then
                s = replace(s, now=then, _plan=None)
            results = check_all(intent.pasted, s, asked, spoken, intent.intended)
            findings = [f for r in results for f in r.findings]
            if intent.fragment:  # a quoted sentence: judge its words, not a whole message's form
                findings = [f for f in findings if f.rule not in WHOLE_MESSAGE]
            if intent.intended:  # typed in the chat, to be worded later: how it reads, only
                findings = [f for f in findings if f.rule.startswith(READS) or f.rule == CLAIM_RULE]
            asked_tone = bool(PUSHY.search(intent.question)) or not intent.question
            text, sources, rules = review_answer(
                findings,
                all(r.passed for r in results) or not any(f.severity == "error" for f in findings),
                asked_tone,
                limit,
                kind=results[0].kind,
                drafts=len(results),
                company=None if s.synthetic or s.notes is None else s.notes.company.name,
                role=None if s.synthetic or s.notes is None else s.notes.role,
                intended=intent.intended,
                interview=interview_day(s),
                words=None if intent.longer else WORD_LIMIT + 10,
                question=intent.question,
            )
            text = _with_alias(text, intent.pasted, s)
            text = with_send_day(text, s, person, intent.question, intent.intended, results)
            if then is not None:  # the moment it was judged at, said with the verdict
                from coach.chat.followups import moment

                first, _, rest = text.partition("\n")
                text = f"{first} (Checked as sent {moment(then, then)}.)\n{rest}".rstrip("\n")
    elif intent.mode == "explain":
        assert intent.rule is not None
        text, sources, rules = A.explain_answer(intent.rule)
    elif intent.mode == "draft":
        from coach.chat.drafts import draft_answer

        text, sources, rules, draft, used = draft_answer(intent, s, person, backend, drafter)
    elif intent.mode == "out_of_scope":
        assert intent.uncovered is not None
        text, sources, rules = A.out_of_scope_answer(intent.uncovered, intent.hits, s)
        in_scope = False
    elif intent.mode == "guide":
        from coach.chat.verdicts import CHANNEL_CHOICE

        q = intent.question  # "phone or email?": the notes' preferred channel answers it
        entries = [intent.hits[0].entry]
        top = intent.hits[0].score
        entries += [h.entry for h in intent.hits[1:2] if h.cues and h.score >= top - 0.1]
        asked = kind_in(intent.question) if entries[0].id == "already-sent" else None
        if asked is not None:  # "did I thank both?": the advice on that kind of message too
            entries += [h.entry for h in intent.hits[1:] if h.entry.plan == asked.value][:1]
        if entries[0].id == "phone-or-email" and _preferred(s) and CHANNEL_CHOICE.search(q):
            from coach.guide import load_guide

            entries.append(load_guide().entries["preferred-contact"])
        if channel_choice(q):  # "a text, or does it have to be email?": what they prefer, and
            # that any one channel is fine (004 on asking their preferred method, 002 FAQ 4)
            from coach.guide import load_guide

            guide = load_guide().entries
            ids = {e.id for e in entries}
            entries += [
                guide[k] for k in ("preferred-contact", "multiple-platforms") if k not in ids
            ]
        if entries[0].id != "multiple-platforms" and channels_at_once(q):
            # "ring him on the 6th, and email her that afternoon?": a second question in one
            from coach.guide import load_guide

            entries.append(load_guide().entries["multiple-platforms"])
        text, sources, rules = A.guide_answer(entries, s, person, intent.question)
        text = owed_first(text, entries[0].id, s, person, intent.question)
        text = date_first(text, intent.question)  # "when can I?": the date, not "no, not yet"
        if model is not None:
            from coach.chat.budget import budget_line
            from coach.chat.phrasing import rephrase

            # the model rewords the advice without the length budget, which is added back after
            bare = A.guide_answer(entries, s, person, intent.question, sized=False)[0]
            phrased = rephrase(intent.question, bare, entries, s, model)
            if phrased is not None:
                length = budget_line(entries[0].id, q, A.rejected(s), phrased)[0]
                text = A.join(phrased, length, A.cite_line([], rules))
                used = getattr(model, "name", "openai")
    elif intent.mode == "help":
        text = A.unknown_answer()
    else:
        text, in_scope = A.unknown_answer(), False
    if intent.mode in ("guide", "review"):  # "too early?": the literal yes or no and the verdict
        from coach.chat.both_ways import both_ways

        text = both_ways(text, intent.question)
    if not intent.longer and intent.mode not in ("draft", "review"):  # those fit themselves
        text = _trim(text)
    if intent.mode in ("guide", "review"):  # "friday lunchtime": say what went unread
        from coach.chat.unread import with_unread

        text = with_unread(text, intent.question)
    return ChatAnswer(
        answer=text,
        intent=intent.name,
        citations=with_headings(A.unique(sources)),
        rules=list(dict.fromkeys(rules)),
        findings=findings,
        draft=draft,
        backend=used,
        in_scope=in_scope,
        facts=list(dict.fromkeys(s.facts.said)),
        record=s.record,
    )


def _with_alias(text: str, pasted: str, s: Situation) -> str:
    """After the verdict, that a greeting by a listed alias ("Dear Dai,") is right."""
    from coach.chat.intent import GREETING
    from coach.chat.names import alias_greeted

    greeting = GREETING.search(" " + pasted)
    if greeting is None or s.notes is None or s.synthetic:
        return text
    note = alias_greeted(greeting.group("g"), s.notes.interviewers)
    head, _, rest = text.partition("\n\n")
    return A.join(head, note, rest) if note else text


def interview_day(s: Situation) -> dt.date | None:
    """The interview's day in its own zone, from real notes (None without them)."""
    if s.notes is None or s.synthetic:
        return None
    return s.notes.interview.start.astimezone(s.notes.interview.zone).date()


def _preferred(s: Situation) -> bool:
    return s.notes is not None and not s.synthetic and s.notes.preferred_channel is not None


def _trim(text: str) -> str:
    """About WORD_LIMIT words: whole lines from the top, always keeping the last paragraph
    (the sources and rule ids)."""
    if A.word_count(text) <= WORD_LIMIT + 10:
        return text
    paras = text.split("\n\n")
    tail = paras[-1] if paras[-1].startswith(("Sources:", "Rules:")) else ""
    body = "\n\n".join(paras[:-1] if tail else paras)
    budget = WORD_LIMIT + 10 - A.word_count(tail)
    kept: list[str] = []
    for line in body.split("\n"):
        if kept and A.word_count("\n".join([*kept, line])) > budget:
            break
        kept.append(line)
    return "\n".join(kept).rstrip() + ("\n\n" + tail if tail else "")


def warm() -> None:
    """Load what the first answer needs (guide, vectors, rules, checker) ahead of time."""
    from coach.chat.places import warm as warm_places
    from coach.chat.retrieval import warm as warm_retrieval

    warm_retrieval()
    warm_places()
    checker()
