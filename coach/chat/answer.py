"""Composing an answer: a verdict from the plan (every date is the timing rules'), the guide
entry's advice, the offer to record what the user told us, and the sources and rule ids.
Deterministic: the same conversation, notes and clock give the same words."""

from __future__ import annotations

import re

from coach.chat.budget import budget_line
from coach.chat.changes import answer_to_change
from coach.chat.context import Situation
from coach.chat.followups import FOLLOW_UP_PLAN
from coach.chat.holidays import holiday_line, holiday_named_on
from coach.chat.length import asked_second
from coach.chat.owners import their_date_sources, verdict_sources
from coach.chat.spelling import spelling_line
from coach.chat.verdicts import verdict
from coach.chat.worries import worried_rules
from coach.chat.yes_no import asked as asked_yes_no
from coach.chat.yes_no import fault_reversed, practice_first, verdict_first
from coach.guide import Entry, load_guide, section_label
from coach.models import Stage
from coach.rulebook import Source, load_rules


def unique(sources: list[Source]) -> list[Source]:
    seen = {(s.article, s.section): s for s in reversed(sources)}
    return [seen[k] for k in dict.fromkeys((s.article, s.section) for s in sources)]


def cite_line(sources: list[Source], rules: list[str]) -> str:
    labels = list(dict.fromkeys(section_label(s) for s in sources))[:3]
    parts = []
    if labels:
        parts.append("Sources: " + "; ".join(labels) + ".")
    if rules:
        parts.append("Rules: " + ", ".join(dict.fromkeys(rules)) + ".")
    return " ".join(parts)


def moved_line(situation: Situation) -> str:
    """The user's interview day against the notes': both said plainly, and which one counts, so
    the dates computed and the one offered for the notes are never different days unsaid."""
    if situation.moved_day is None or situation.synthetic:
        return ""
    noted, said = (f"{day:%A} {day.day} {day:%B}" for day in situation.moved_day)
    return f"Your notes have the interview on {noted}; this answer counts from {said}, as you said."


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


#: a template's field named in the question: "[Interviewer Name]", "{company}", "<Name>"
PLACEHOLDER = re.compile(r"\[[A-Za-z][^\]\n]{0,30}\]|\{[A-Za-z_][^}\n]{0,30}\}|<[A-Z][^>\n]{0,30}>")


#: the question is about time zones: "in UTC it was the 7th", "my time or theirs?"
ZONE_ASKED = re.compile(
    r"\b(?:UTC|GMT)\b|(?i:time ?zones?|\b(?:my|their|local) time\b|which day counts"
    r"|midnight)"
)


def zone_line(question: str, situation: Situation) -> str:
    """With notes, the interview's day and times in its own zone, where every date counts."""
    notes = situation.notes
    if notes is None or situation.synthetic or not ZONE_ASKED.search(question):
        return ""
    zone = notes.interview.zone
    start = notes.interview.start.astimezone(zone)
    end = notes.interview.finished.astimezone(zone)
    offset = start.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "its zone"
    return (
        f"Every date counts in the interview's own time zone ({utc}): the interview was on "
        f"{start:%A} {start.day} {start:%B}, {start:%H:%M} to {end:%H:%M} there, whatever the "
        "date in UTC or where you are."
    )


# --- whole answers

#: the verdict tells the user to stop following up and move on
MOVE_ON_SAID = re.compile(r"\b(?:stop and move on|move on (?:from|to))\b", re.I)


def join(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


#: "is a third email too much?", "too early to write, right?": a yes means don't send
TOO_ASKED = re.compile(r"\btoo (?:much|many|soon|early|often|pushy)\b[^.!]*\?", re.I)


def answer_to_too(lead: str, question: str) -> str:
    """The verdict worded as the answer to a "too much?" question: the plan's "No, not yet" or
    "No: don't send another" is its "Yes", and "Yes: send now" its "No"."""
    asked = TOO_ASKED.search(question)
    if asked is None:
        return lead
    word = re.sub(r"\W", "", asked.group(0).split()[1]).lower()  # much, many, soon, early...
    if lead.startswith("No, not yet: "):
        early = word if word in ("soon", "early") else "early"
        return f"Yes, too {early}: " + lead.removeprefix("No, not yet: ")
    if lead.startswith("No: you have sent"):
        return "Yes, too much: " + lead.removeprefix("No: ")
    if lead.startswith("Yes: you can send") or lead.startswith("Yes: send"):
        return f"No, not too {word}: " + lead.removeprefix("Yes: ")
    return lead


#: the plan's "not yet" lead: "No, not yet: wait until Thursday 13 August to send a W (why)."
_NOT_YET = re.compile(
    r"^No, not yet: wait until (?P<day>[^.]+?) to send (?P<what>.+?)\. Sooner is early\."
)


def the_day_named(lead: str, situation: Situation, question: str) -> str:
    """ "can the last one be a call on the 13th?", "does the 12th itself count?": when the plan's
    "not yet, wait until D" names the very day the question puts forward, the answer to the
    question asked is yes, that day is fine, not "not yet" (which answers "may I now?")."""
    from coach.chat.dates import DATE, first_date
    from coach.chat.yes_no import asked

    found = _NOT_YET.match(lead)
    if (
        found is None
        or situation.facts.supposed
        or (asked(question) is None and "?" not in question)
    ):
        return lead  # "they asked me not to write before the 11th": told, not put forward
    today = situation.now.date()
    # days named by number ("the 13th", "mon 12 oct"): a bare weekday may be a story's
    named = {
        first_date(m.group(0), today, past=False)
        for m in DATE.finditer(question)
        if re.search(r"\d", m.group(0))
    }
    first = first_date(found.group("day"), today, past=False)
    if first is None or first not in named or first <= today:
        return lead
    if any(d is not None and d > today and d != first for d in named):
        return lead  # "on leave till the 28th: email again on the 25th?": another day is asked
    rest = lead[found.end() :].strip()
    return (
        f"Yes: {found.group('day')} is fine to send {found.group('what')}; it is the first day it "
        f"may go, and sooner would be early. {rest}"
    ).strip()


#: a question asking whether doing something is bad: "is that too much?", "is it cringe to..."
WORRY_ASKED = re.compile(
    r"\b(?:is|would|does|will|was)\s+(?:it|that|this)\s+(?:be\s+|look\s+|seem\s+|sound\s+|come "
    r"across as\s+)?(?:a bit\s+|too\s+|really\s+|kind of\s+)?(?P<w>too much|overkill|cringe|weird"
    r"|rude|bad|annoying|pushy|desperate|unprofessional|over the top|awkward|strange)\b",
    re.I,
)


#: the question also asks the "should I?" way ("is it OK to... or is that cringe?"): no flip
OK_ASKED = re.compile(
    r"\b(?:is it|would it be|is that|it's)\s+(?:ok|okay|fine|alright|acceptable|a good idea)\b"
    r"|\b(?:should|can|may) I\b",
    re.I,
)


def answer_to_worry(body: str, question: str) -> str:
    """An entry's "Yes"/"No" answers "should I?"; asked "is it bad to?", the word flips:
    "Yes, say it" is "No, it isn't cringe", "No, not all at once" is "Yes, too much"."""
    asked = WORRY_ASKED.search(question)
    if asked is None or not body.startswith(("Yes", "No")) or OK_ASKED.search(question):
        return body
    word = asked.group("w").lower()
    rest = body.split(" ", 1)[1].lstrip(",:; ")
    rest = rest[:1].upper() + rest[1:]
    if body.startswith("Yes"):
        return f"No, it isn't {word}. {rest}"
    return f"Yes, that is {word}. {rest}"


#: a claim against following up, reported or supposed: "HR finds it annoying", "recruiters
#: hate it", "it makes you look needy"
_CONTRARY = re.compile(
    r"\b(?:annoy\w*|hates?|hated|needy|bother\w*|pester\w*|irritat\w*|mind|pointless"
    r"|waste of (?:their )?time)\b",
    re.I,
)
#: asked whether such a claim holds: "is she right?", "is that true?", "don't hiring managers
#: find follow-ups annoying?", "will they be annoyed?"
_CLAIM_ASKED = re.compile(
    r"\b(?:is|are) (?:she|he|they|that|this|it|my \w+) (?:right|true|correct)\b"
    r"|\b(?:don'?t|doesn'?t|do|does|won'?t|will|would|wouldn'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:recruiters?|hiring managers?|employers?|hr|they|companies|interviewers?|people)\s+"
    r"(?:really\s+|actually\s+)?(?:find|hate|mind|get|be)\b",
    re.I,
)


def answer_to_claim(body: str, question: str) -> str:
    """An entry's "Yes, it helps" answers "should I?"; asked whether a claim against it holds
    ("my friend says recruiters hate follow-ups, is she right?"), the answer is "No"."""
    if not body.startswith("Yes") or not (
        _CLAIM_ASKED.search(question) and _CONTRARY.search(question)
    ):
        return body
    rest = body.split(" ", 1)[1].lstrip(",:; ")
    return f"No, not when it is done politely. {rest[:1].upper() + rest[1:]}"


#: a question for the day itself: "when would it have been?", "which day", "how long"
WHEN_ASKED = re.compile(r"\b(?:when|which day|what day|how long|earliest|first day)\b", re.I)
#: a choice between two ways: "is it better to call or email?", "which is best, X or Y?"
#: a choice between ways ("is it better to call or email?"), not "a better answer" to add
CHOICE_ASKED = re.compile(
    r"\b(?:which|(?<!\ba )(?<!\bmy )better|rather)\b[^.?!]*\bor\b|\bor\b[^.?!]*\bbetter\b", re.I
)


def guide_answer(
    entries: list[Entry],
    situation: Situation,
    person: str | None,
    question: str = "",
    sized: bool = True,
) -> tuple[str, list[Source], list[str]]:
    """The answer from a guide entry; `sized` False leaves out the message's length budget
    (coach.chat.budget), which a model's rewording gets back afterwards."""
    entry = entries[0]
    lead, rules = verdict(entry, situation, person, question)
    lead = answer_to_change(answer_to_too(lead, question), situation, question)
    lead = the_day_named(lead, situation, question)
    lead, rules, practice_sources = practice_first(lead, rules, entry, situation, question)
    if (
        situation.facts.supposed
        and lead.startswith("No, not yet: wait until ")
        # "before the offer, could I email today?" is answered no; "when would...?" by the day
        and (asked_yes_no(question) is None or WHEN_ASKED.search(question) is not None)
    ):
        lead = "Supposing that, the earliest would be " + lead.removeprefix(
            "No, not yet: wait until "
        )
    held = holiday_line(question, situation) if entry.plan in FOLLOW_UP_PLAN else ""
    asked = situation.facts.asked_day
    if (
        held
        and asked not in (None, holiday_named_on(question, situation))
        and lead[:2] in ("Ye", "No")
    ):
        # "can I send it the day after Boxing Day?": the day's verdict first, the holiday as why
        why = re.sub(r"^(?:Yes|No): ", "", held)
        lead = join(lead, why[:1].upper() + why[1:])
    elif held:  # "is Matariki a public holiday?": that yes or no first, then the plan's verdict
        lead = held if "that is why your" in held else join(held, lead)
    sources = [*practice_sources, *entry.sources[:3]][:3]
    if entry.plan in FOLLOW_UP_PLAN:  # a call on the day they invited: those sections first
        from coach.chat.routes import invited_call_sources

        sources[:0] = [s for s in invited_call_sources(question, situation) if s not in sources]
    owned = verdict_sources(entry, lead, rules, situation)  # the verdict's rule's entry first
    sources[:0] = [s for s in owned if s not in sources]
    if entry.id == "thank-you-timing":  # past the 24 hours: 000's and 004's 1-2 days first
        from coach.chat.routes import late_thanks_sources

        sources[:0] = [s for s in late_thanks_sources(situation) if s not in sources]
    sources += [s for s in their_date_sources(entry, lead) if s not in sources]
    for extra in entries[1:]:
        sources.append(extra.sources[0])
    if entry.id != "move-on" and MOVE_ON_SAID.search(lead):
        # the plan's last step, "then stop and move on", rests on 004's section on other openings
        sources.append(load_guide().entries["move-on"].sources[0])
    # the worry the question voices ("without sounding pushy") names its rule, whatever the topic,
    # and a second topic cited names the rules behind it too
    more = [r for extra in entries[1:] for r in extra.rules]
    rules = list(dict.fromkeys([*rules, *worried_rules(question), *entry.rules, *more]))
    said = situation.facts.said
    # what was read from the question, after the answer it changed: the user can see it was heard
    heard = f"Going by what you told me: {'; '.join(dict.fromkeys(said))}." if said else ""
    heard = join(heard, moved_line(situation))
    body = entry.answer.strip()
    if lead.startswith("No") and body.startswith("Yes"):
        body = body.split(" ", 1)[1].lstrip(",:; ")
        body = body[:1].upper() + body[1:]
    elif lead.startswith(("No", "Yes")) and re.match(r"No\b[^:.]{0,30}:", body):
        # "No, not all at once: pick one channel": the verdict said yes or no already
        body = body.split(":", 1)[1].strip()
        body = body[:1].upper() + body[1:]
    elif not lead and CHOICE_ASKED.search(question) and re.match(r"(?:Yes|No)\b,? ", body):
        # "is it better to call or email?" is no yes-or-no question: "Either works..."
        body = body.split(" ", 1)[1]
        body = body[:1].upper() + body[1:]
    elif not lead:
        body = answer_to_claim(answer_to_worry(body, question), question)
    if lead.startswith("Keep a") and "too-long" in rules and asked_second(question):
        body, lead = join(body, lead), ""  # the budget answers the second question
    if sized:
        length, budget = budget_line(entry.id, question, rejected(situation), join(lead, body))
        body, rules = join(body, length).replace("\n\n", " "), rules + budget
    dates = no_dates_line(situation) if entry.plan else ""
    spelled, named = spelling_line(question, situation, person)
    if spelled:
        rules += [r for r in named if r not in rules]
        sources.append(load_guide().entries["names-and-titles"].sources[0])
        if spelled.startswith(("Yes", "No")):
            lead = ""  # the question was the name's yes or no, not the plan's
    field = PLACEHOLDER.search(question)
    if field is not None:  # "my template still says [Interviewer Name]"
        rule = load_rules()["placeholder-left"]
        spelled = join(
            spelled,
            f"Yes, a reader notices: fill in {field.group(0)} before sending. "
            + " ".join(rule.rationale.split()).split(". ")[0].rstrip(".")
            + ".",
        )
        rules.insert(0, "placeholder-left")
        sources.append(rule.sources[0])
    if not spelled:  # "is it still ok?": the yes or no the question asks for, first
        lead, body = fault_reversed(lead, body, question)  # "is it weird to?": no, not weird
        lead = verdict_first(lead, body, question)
    text = join(
        zone_line(question, situation),
        spelled,
        lead,
        heard,
        " ".join(body.split()),
        dates,
        record_line(situation),
        cite_line(sources, rules),
    )
    return text, sources, rules


def rejected(situation: Situation) -> bool:
    """The stage as the notes and the conversation leave it is a rejection."""
    stage = situation.notes.stage if situation.notes else situation.facts.stage
    return stage == Stage.rejected


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
