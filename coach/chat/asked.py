"""The day a question asks about: "is the end of next week OK for the last one?", "if I email
her the day after tomorrow, is that alright?", "Monday the 21st. Good to go?". The verdict then
judges that day, not the clock's."""

from __future__ import annotations

import datetime as dt
import re

from coach.chat.dates import DATE, DURATION, days_of, first_date, resolve

#: words asking whether a day will do
ASKS = re.compile(
    r"\b(?:ok|okay|alright|all right|fine|good(?: to go)?|too (?:early|soon|late)|acceptable"
    r"|allowed|reasonable|can I|could I|should I|shall I|might I|may I|if I|is it|do I"
    r"|the earliest)\b"
    r"|\b(?:would|will|does|do)\b[^.?!]{0,40}\b(?:work|do|suit)\b",
    re.I,
)


#: a clause shaped as a question though it ends without "?": "is the 13th ok to check in"
QUESTION_SHAPE = re.compile(
    r"^\W*(?:(?:so|and|or|ok|okay|but|then|also|just|hi|hey)\W+)*(?:is|are|can|could|should"
    r"|shall|would|will|do|does|may|might|when|what|how|which)\b(?!\s+(?:\w+\s+)?(?:said|told))",
    re.I,
)


#: a choice between now and another day: "do I send today or wait till Wednesday?" asks which,
#: not whether the later day will do
NOW_OR_LATER = re.compile(
    r"\b(?:today|now|tonight|right away)\b[^.?!]{0,40}\bor\b|\bor\b[^.?!]{0,40}\b(?:today|now"
    r"|tonight|right away)\b",
    re.I,
)


#: the question is about a day gone: "would my call on Monday have been ok?"
PAST_ASKED = re.compile(
    r"\b(?:would|could|should|might)\b[^.?!]{0,50}?\bhave\s+been\b"
    r"|\b(?:was|were)\s+(?:my|the|that|it)\b[^.?!]{0,40}?\btoo\s+(?:early|soon|late)\b",
    re.I,
)


#: a plan stated for approval: "i was going to email tuesday 5th may", "gonna ring him on the
#: 9th" (said without a question, it still asks whether that day will do)
PLANNED = re.compile(
    r"\b(?:(?:i\s*(?:was|am|'m)\s+)?(?:going|planning|hoping|about)\s+to|i(?:'ll|\s+will|\s+plan"
    r"\s+to|\s+intend\s+to|\s+want\s+to)|gonna"
    # the subject dropped, as chat does: "want to chase the day after tomorrow. ok?"
    r"|^\W*(?:(?:want|wanting|need|plan|planning|hoping|hope|intend|meaning)\s+to|wanna)"
    r"|(?:i\s*(?:was|am|'m)\s+)?(?:thinking|planning)\s+"
    r"(?:of|on|about))\s+(?:\w+\s+)?(?:email|e-mail|call|phone|ring|write|send|message|text"
    r"|check(?:ing)?\s+in|follow(?:ing)?\s+up|chase|chasing|nudge|contact|reach(?:ing)?\s+out"
    r"|emailing|calling|phoning|ringing|writing|sending|messaging)\b",
    re.I,
)


#: a question inside a clause, its verb before its subject: "if I send it on the 29th, will it
#: look late", "... would that be ok"
INVERTED = re.compile(
    r"\b(?:is|will|would|does|can|could|should|was)\s+(?:it|that|this|they)\s+(?:\w+\s+)?"
    r"(?:look|be|seem|come across|read|sound|count|matter|work|ok|okay|fine|alright|all right"
    r"|acceptable|late|early|too)\b",
    re.I,
)


#: "if I still hear nothing can I check in mon 2 nov": the question after a condition
AUX_I = re.compile(
    r"^(?:(?!\b(?:how|what|when|which|who|where|why)\b).)*?\b(?:can|could|should|shall|may)\s+I"
    r"\s+(?:still\s+|just\s+|then\s+)?\w",
    re.I,
)


def asking(clauses: list[str]) -> bool:
    """The message asks something: a question mark, or a clause worded as a question (chat
    messages often drop the mark), its question perhaps after a condition."""
    return any(
        "?" in c or QUESTION_SHAPE.match(c) or INVERTED.search(c) or AUX_I.search(c)
        for c in clauses
    )


def fixed_holiday(text: str, today: dt.date) -> dt.date | None:
    """A day named by a holiday on a fixed date ("christmas eve"), its next one from today."""
    from coach.checks.restated_dates import _HOLIDAYS

    folded = re.sub(r"['’.]", "", text.lower())
    for name in sorted(_HOLIDAYS, key=len, reverse=True):
        plain = re.sub(r"['.]", "", name)
        if re.search(rf"\b{re.escape(plain)}\b", folded):
            month, number = _HOLIDAYS[name]
            day = dt.date(today.year, month, number)
            day = day if day >= today else dt.date(today.year + 1, month, number)
            # "the day after boxing day": the day named counts from the holiday
            side = re.search(rf"\bday (after|before) {re.escape(plain)}\b", folded)
            return day + dt.timedelta(days=(1 if side.group(1) == "after" else -1)) if side else day
    return None


#: the day a clause before stated: "they said to ring on the 2nd. calling that day is ok?"
THAT_DAY = re.compile(r"\b(?:that|the same) (?:day|date)\b|\bon the day\b", re.I)
#: a question after a stated fact, in the same sentence: "today is 2 dec, is tomorrow ok?"
_TAIL = re.compile(
    r"[,;]\s*(?:so\s+)?(?P<q>(?:is|would|will|could|can|should|shall|may|might|what about|how "
    r"about)\b[^,;]*\?)",
    re.I,
)


def _asked_tail(clause: str, today: dt.date) -> dt.date | None:
    """The day the question after a stated fact asks about, when it names its own."""
    tail = _TAIL.search(clause)
    if tail is None or not ASKS.search(tail.group("q")) or PAST_ASKED.search(tail.group("q")):
        return None
    day = first_date(tail.group("q"), today, past=False)
    return day if day is not None and day >= today else None


def _asked_head(clause: str, today: dt.date) -> dt.date | None:
    """The day a clause opens by asking about, before the fact it goes on to state or quote:
    "is Friday the 6th itself ok, or does 'not before the 6th' mean the 7th?"."""
    head = re.split(r",|\s['‘“\"]", clause, maxsplit=1)[0]
    if not QUESTION_SHAPE.match(head) or not ASKS.search(head) or PAST_ASKED.search(head):
        return None
    day = first_date(head, today, past=False)
    return day if day is not None and day >= today else None


def asked_day(clauses: list[str], today: dt.date, read: list[bool]) -> dt.date | None:
    """The day asked about: a date in a question that asks whether it will do, or a clause that
    is nothing but a date in a message asking a question. `read[i]` is True when clause i
    already stated another fact (a date they gave, a message sent), whose date is not asked."""
    from coach.chat.channels import channels_at_once

    if channels_at_once(" ".join(clauses)):
        return None  # "email and WhatsApp her on the 24th?": two channels at once, not the day
    asks = asking(clauses)
    # with no question at all, a plan put forward is the question ("going to email on the 5th")
    planned = not asks and any(PLANNED.search(c) for c in clauses)
    asks = asks or planned
    stated: dt.date | None = None  # the last date a clause stated, which "that day" names
    counted = _counted_from(clauses, today) if asks else None
    if counted is not None:  # "so ten days after the 23rd is when I send the second one?"
        return counted
    for i, clause in enumerate(clauses):
        if read[i]:
            head = _asked_head(clause, today) if asks else None
            if head is not None:
                return head
            stated = first_date(clause, today, past=False) or stated
            tail = _asked_tail(clause, today) if asks else None
            if tail is not None:
                return tail
            continue
        if asks and stated is not None and THAT_DAY.search(clause) and ASKS.search(clause):
            return stated if stated >= today else None  # "calling him that day is ok?"
        bare = re.sub(r"^\W*(?:on|how about|what about)\s+|\W*$", "", clause, flags=re.I)
        whole = DATE.fullmatch(bare)
        # "is today the day?? friday 18th, can I send it": the question mark may end another clause
        if NOW_OR_LATER.search(clause) or PAST_ASKED.search(clause):
            continue  # "would my check-in on Monday have been early?": a day gone, not to come
        if asks and (
            ASKS.search(clause) or whole is not None or PLANNED.search(clause)
        ):  # a plan put forward beside another question is asked about too
            day = first_date(clause, today, past=False) or fixed_holiday(clause, today)
            if day is not None and day >= today:
                return day
    return None


def _counted_from(clauses: list[str], today: dt.date) -> dt.date | None:
    """A day asked as a span counted from a date: "ten days after the 23rd", "a week after 2
    March" (calendar days; business days are the plan's to count)."""
    for clause in clauses:
        for span in DURATION.finditer(clause):
            if span.group("biz"):
                continue
            after = re.match(r"\s+(?:after|from|past)\s+", clause[span.end() :], re.I)
            if after is None:
                continue
            at = span.end() + after.end()
            date = DATE.match(clause, at)
            if date is None or date.group("wd2"):  # "a week from Monday" is DATE's own reading
                continue
            base = resolve(date, today, past=True)
            if base is not None:
                day = base + dt.timedelta(days=days_of(span))
                return day if day >= today else None
    return None
