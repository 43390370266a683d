"""Saying the verdict: a question that asks for a yes or no ("is it still ok?", "can I just
reuse it?", "too late?", "does that matter?", "right?") gets an explicit "Yes" or "No" first,
for the thing it asks about, read from the question's structure rather than its wording:

- the frame: "may I / should I / is it ok" asks whether to do it (yes = do it); "is that too
  much / pushy / have I blown it / does it matter" asks whether it is a fault (yes = it is);
  "do I need to" asks whether it is required (an optional practice is a no);
- the stance: what the answer already says, a practice the question names
  (coach.chat.practices), the plan's lead ("send it by ..." is in time, "past the limit" is
  late), or the guide entry's own yes or no.

Where none of these gives a stance, no verdict is invented: the answer stays as it was."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coach.chat.context import Situation
from coach.guide import Entry
from coach.rulebook import Source

Frame = Literal["ok", "fault", "need"]

#: the judgement words of a fault question: "too late?", "is that pushy?", "was that bad?"
_FAULT_WORDS = (
    r"bad|rude|pushy|weird|wrong|desperate|annoying|unprofessional|awkward|overkill|cringe"
    r"|strange|odd|creepy|needy|a problem|an issue|a mistake|(?:a )?big deal|too \w+|much|strong"
    r"|late|early|overdue"
)
_FAULT = re.compile(
    r"\btoo (?:late|soon|early|much|many|often|pushy|casual|strong|formal|long|keen|forward)\b"
    r"|\b(?:blown|blew|ruined|messed up|screwed up|missed) (?:it|my chance)\b"
    r"|\b(?:does|did|would|will) (?:it|that|this) (?:even |really )?matter\b"
    rf"|\b(?:is|was|were|are|am|would|will|does|did) (?:it|that|this|they|these|those|i|we)"
    rf"(?: \w+)? (?:be |have been |been |seem |look |sound "
    rf"|come across as )?(?:a bit |too |really |kind of |a little )?(?:{_FAULT_WORDS})\b"
    r"|\banything wrong\b|\bsound(?:s)? (?:too )?(?:pushy|desperate|needy|rude)\b"
    # "would it hurt to add it?": whether it does harm; "bad?", "too much?": the clause is the fault
    r"|\b(?:would|will|could|can|does|did|might) (?:it|that|this) (?:\w+ )?(?:hurt|harm|backfire)\b"
    rf"|^(?:(?:so|and|but|is that|was that|that|a bit|kinda|kind of|really)\W+)*"
    rf"(?:{_FAULT_WORDS})$"
    # "was thanking him at 9:15 the morning after late?": a longer subject, the fault last
    rf"|^(?:(?:so|and|but|ok|okay)\W+)*(?:is|was|were|would|will)\b(?:(?!\b(?:ok|okay|fine|alright)\b).)*\b"
    rf"(?:a bit |too |really "
    rf"|weirdly |overly |kind of )?(?:{_FAULT_WORDS}|keen|eager|overeager)$",
    re.I,
)
_NEED = re.compile(
    r"\b(?:do|does) (?:i|it|we) (?:really |even |still |actually |absolutely |definitely )?"
    r"(?:need|have) (?:to\b|an?\b|the\b|'|‘|\")|\bmust i\b"
    r"|\bis (?:it|that|one|a \w+) (?:really |even |strictly )?(?:necessary|required|needed|"
    r"mandatory|expected)\b",
    re.I,
)
#: a clause that asks whether to do it: an auxiliary first, "ok to", or a tag at its end
_OK = re.compile(
    r"^(?:(?:so|and|but|ok|okay|also|then|or|now|lazy q but|quick q|honestly)\W+)*"
    r"(?:can|could|may|might|should|shall|would|will|is|was|am|are|do|does|did|any point"
    r"|is there any point|ok|okay|fine|alright|surely|still)\b"
    r"|\b(?:ok|okay|fine|alright|all right|acceptable|allowed|worth it|worth \w+ing|good idea"
    r"|good plan|in time|on time|enough|quick enough|still ok|still fine)\W*$"
    r"|\b(?:right|yeah|yes|correct|innit|no)\W*$"
    r"|\b(?:isn'?t|wasn'?t|aren'?t|doesn'?t|don'?t|won'?t|didn'?t|right) (?:it|that|i|they)\W*$",
    re.I,
)
#: asked how bad it is: "is that a big deal or fine?", "a disaster or just meh?"
SEVERITY = re.compile(
    r"\b(?:big deal|disaster|catastroph\w*|end of the world|how bad|a huge problem)\b", re.I
)
#: an auxiliary before its subject, after a few words ("on the 1st should i ring her?")
_AUX_SUBJECT = re.compile(
    r"\b(?:can|could|may|should|shall|would|will|is|was|do|does|did)\s+(?:i|we|it|that|this)\b",
    re.I,
)
#: a request to the coach, worded as a question: "can you check it?", "could you look over this"
REQUEST = re.compile(
    r"^(?:\W*(?:so|and|but|ok|okay|pls|please)\W+)*(?:can|could|would|will) (?:you|u)\s+"
    r"(?:please\s+|pls\s+|just\s+|quickly\s+)?(?:check|look|review|help|tell|proofread|read|go over"
    r"|have a look|verify|give|draft|write|rewrite|fix|improve|explain)\b",
    re.I,
)
#: a comparison or a choice between ways: "better than", "which", "would you rather"
_CHOICE = re.compile(r"\b(?:better|worse|rather|prefer(?:able)?|which)\b", re.I)
_WH = re.compile(
    r"^(?:\W*(?:so|and|but|ok|also|then)\W+)*(?:what|when|how|which|who|where|why)\b", re.I
)

#: the question word put last, as chat does: "first check in when?", "and after that, what?"
_WH_LAST = re.compile(r"\b(?:what|when|how|which|who|where|why)\W*$", re.I)


@dataclass(frozen=True)
class Asked:
    frame: Frame
    clause: str
    sentence: str = ""


def clauses(question: str) -> list[tuple[str, bool, str]]:
    """The question's clauses, each with whether it ended in a question mark and its sentence;
    split at sentence ends, commas and ", or" alternatives."""
    out: list[tuple[str, bool, str]] = []
    for sentence in re.findall(r"[^?.!\n]+[?.!]*", question):
        mark = "?" in sentence
        # "can I send it today or still too early": the judgement after "or" is the other
        # alternative, as "or is it too early" is
        parts = re.split(r",\s*|\s+\bor\b\s+(?=(?:is|was|does|do|would|should|can|will|am|"
                         r"have|(?:still |already |just )?too)\b)",
                         sentence.strip(" ?.!"))  # fmt: skip
        parts = [p.strip() for p in parts if p and p.strip()]
        out += [(p, mark and i == len(parts) - 1, sentence.strip()) for i, p in enumerate(parts)]
    return out


def asked(question: str) -> Asked | None:
    """The yes/no question asked, with its frame; None for a question that is not one ("when
    can I?", "what do I say?"). The first alternative sets the frame: "can I add it, or is that
    weird?" asks whether to do it. A short clause ending in a question mark that no question
    word opens ("too late?", "try a third time?") is one too, unless it offers alternatives
    ("who gets it, Ana or Raj?", "by email or a card?")."""
    found: list[Asked] = []
    for clause, marked, sentence in clauses(question):
        if REQUEST.search(clause):
            continue  # "can you check it?": a request to the coach, not a yes or no

        if _CHOICE.search(clause):
            continue  # "is a card better than an email?": a choice, not a yes or no
        if (_WH.search(clause) or _WH_LAST.search(clause)) and not _FAULT.search(clause):
            continue  # "when can I?", "first check in when?": a when-question, not a yes or no
        if _NEED.search(clause):
            found.append(Asked("need", clause, sentence))
        elif re.search(r"\b(?:any point|worth)\b", clause, re.I):
            found.append(Asked("ok", clause, sentence))
        elif _FAULT.search(clause):
            found.append(Asked("fault", clause, sentence))
        elif (
            _OK.search(clause)
            or _AUX_SUBJECT.search(clause)
            or (marked and not re.search(r"\bor\b", clause) and len(clause.split()) <= 8)
        ):
            found.append(Asked("ok", clause, sentence))
    if not found:
        return None
    ok = next((a for a in found if a.frame in ("ok", "need")), None)
    return ok or found[0]


def says_verdict(text: str) -> bool:
    """The answer already starts with its yes or no."""
    return re.match(r"(?:Yes|No|Not|Nearly|Either)\b", text.lstrip()) is not None


def worded(frame: Frame, do: bool, optional: bool = False) -> str:
    """The leading word for the frame: `do` is whether to do it, or that it is fine."""
    if frame == "need":
        return "Yes" if do and not optional else "No, not required"
    if frame == "fault":
        return "No" if do else "Yes"
    return "Yes" if do else "No"


#: the plan's leads, read for their stance: in time, or late or early
_FINE_LEAD = re.compile(r"^(?:Send your thank-you to .+ by |Yes\b|From .+: the first)", re.S)
_BAD_LEAD = re.compile(
    r"past the limit|will read as late|^Not ideal|^No\b|^There is nothing to chase", re.S
)


def lead_stance(lead: str) -> bool | None:
    """Whether the plan's lead says the thing asked is fine (True), not (False), or neither."""
    if not lead:
        return None
    if _BAD_LEAD.search(lead):
        return False
    if _FINE_LEAD.search(lead):
        return True
    return None


def body_stance(body: str) -> tuple[bool, bool] | None:
    """(do it, optional) from a guide entry's advice: "Yes, ..." or "No, ..." or "Optional"."""
    if re.match(r"Yes\b", body):
        return True, False
    if re.match(r"No\b", body):
        return False, False
    if re.match(r"Optional\b", body):
        return True, True
    return None


def lateness(frame: Frame, fine: bool, clause: str) -> str:
    """A verdict on time ("is it still ok?", "too late?", "have I blown it?") in words."""
    late = re.search(r"\blate\b|\bblown\b|\bblew\b|\bmissed\b|\bworth\b|\bpoint\b", clause, re.I)
    if frame == "fault":
        return "No, not too late." if fine else "Yes, it is late now."
    if late or frame == "ok":
        return "Yes, still in time." if fine else "No, it is late now."
    return "Yes." if fine else "No."


#: the entries on how to follow up, where "both" or "as well" means a second message that day
CHANNEL_ENTRIES = ("phone-or-email", "multiple-platforms", "preferred-contact")


def practice_first(
    lead: str, rules: list[str], entry: Entry, situation: Situation, question: str
) -> tuple[str, list[str], list[Source]]:
    """A yes/no question about a practice the sources judge ("reuse her note?", "ring and email
    the same day?") is answered for that practice, before the plan's dates: the plan's own
    "Yes: Thursday is fine" answers when, not whether."""
    from coach.chat.followups import FOLLOW_UP_PLAN
    from coach.chat.practices import asked_practice

    yes_no = asked(question)
    if yes_no is None:
        return lead, rules, []
    follow_up = entry.plan in FOLLOW_UP_PLAN or entry.id in CHANNEL_ENTRIES
    judged = asked_practice(question, situation, follow_up, yes_no.sentence)
    if judged is None:
        return lead, rules, []
    p = judged.practice
    word = worded(yes_no.frame, p.say == "yes")
    if yes_no.frame == "fault" and word == "No":  # "is it weird to?": "No, not weird"
        word = _not_a_fault(yes_no.clause).rstrip(".")
    because = p.because[:1].upper() + p.because[1:]
    # a date the plan gives, unless the plan's lead answered another yes or no (when, not whether)
    if says_verdict(lead) and re.search(r"\bbut\b", lead):
        return lead, rules, []  # "Yes, one of them today, but no, not both": weighed already
    said = re.findall(r"(?:^|\. )(Yes|No)\b", lead)
    if said and all(w == word.split(",")[0] for w in said) and says_verdict(lead):
        return lead, [*p.rules, *rules], list(p.sources)  # the plan said the same yes or no
    kept = lead if all(w == word.split(",")[0] for w in said) else ""
    do = "Yes" if p.say == "yes" else "No"
    if not kept and yes_no.frame == "fault" and said and all(w == do for w in said):
        # "would it be weird to ring tomorrow?": "Yes" (it is) says what the plan's "No: a call
        # the day after..." says (don't); its dates stay, without its own yes or no
        rest = re.sub(r"^(?:Yes|No)\b[,:.]?\s*", "", lead)
        kept = rest[:1].upper() + rest[1:]
    return f"{word}. {because} {kept}".strip(), [*p.rules, *rules], list(p.sources)


def verdict_first(lead: str, body: str, question: str) -> str:
    """The lead with the yes or no the question asks for in front, when the answer has none
    yet and its lead or the entry's advice gives a stance; unchanged otherwise."""
    yes_no = asked(question)
    if yes_no is None or says_verdict(lead or body):
        return lead
    fine = lead_stance(lead)
    if fine is not None:
        return f"{lateness(yes_no.frame, fine, yes_no.clause)} {lead}".strip()
    stance = body_stance(body)
    if stance is None:
        return lead
    word = worded(yes_no.frame, stance[0], stance[1])
    return f"{word}. {lead}".strip() if lead else f"{word}."


#: a plan's lead or an entry's advice that says yes as permission: "Yes: you can send a check-in
#: now", "Yes, thank every person you met"
_PERMIT = re.compile(
    r"^Yes(?:[:,]\s+(?=you can\b|you may\b|send\b|go ahead\b|thank\b|do\b|it is fine\b"
    r"|that is fine\b|that's fine\b|once\b|as long as\b|if\b|one\b|a short\b|a brief\b|still\b"
    r"|asking\b))",  # "Yes: asking when they decide is expected" answers "is it rude to ask?"
)


def fault_reversed(lead: str, body: str, question: str) -> tuple[str, str]:
    """(lead, body) with a permission's "Yes" turned to "No" when the question asks whether it is
    a fault ("is it weird to thank the recruiter too?", "would it hurt to add LinkedIn?"): there
    "Yes, thank every person you met" says the opposite of what it means."""
    yes_no = asked(question)
    if yes_no is None or yes_no.frame != "fault":
        return lead, body
    if lead and _PERMIT.match(lead):
        return "No" + lead[3:], body
    if not lead and _PERMIT.match(body):
        rest = body[3:].lstrip(",:. ")
        return _not_a_fault(yes_no.clause), rest[:1].upper() + rest[1:]
    return lead, body


def _not_a_fault(clause: str) -> str:
    """ "No, it won't hurt.", "No, not weird.": the fault the question named, denied."""
    if re.search(r"\b(?:hurt|harm|backfire)\b", clause, re.I):
        return "No, it won't hurt."
    word = re.search(rf"\b(?:{_FAULT_WORDS})\b", clause, re.I)
    return f"No, not {word.group(0).lower()}." if word else "No."
