"""What a chat message states, as read by coach.chat.facts: the messages sent (and not sent),
the dates given, the stage. None means "not said"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coach.chat.promises import Promise
from coach.models import Kind, Stage

#: the phrases a stated stage is echoed by: a later turn's stage replaces an earlier one's, and
#: so does its phrase ("going by what you told me: you have an offer; they turned you down")
STAGE_SAID = frozenset(
    {
        "they have not turned you down",
        "they turned you down",
        "you have an offer",
        "supposing you were still waiting",
    }
)


@dataclass
class Sent:
    kind: Kind
    day: dt.date
    panel: bool = False  # to every interviewer ("I thanked both of them")
    at: dt.time | None = None  # "Thursday night": the evening
    to: str | None = None  # the interviewer named ("I thanked Anneliese")
    only: bool = False  # "I only thanked Anneliese": the notes' other ones of this kind are wrong
    just: bool = False  # "I just emailed it", "a minute ago": at the time of asking
    that_day: bool = False  # "the same night", "the night of the interview": the interview's day
    by: bool = False  # "over a week since I checked in": that day or before (one on record)
    planned: bool = False  # "plan is to email on the 2nd": counted from, never recorded


@dataclass
class Unsent:
    """ "I forgot Tobias": the notes' record of this kind to that person is wrong."""

    kind: Kind
    to: str


@dataclass
class Retracted:
    """ "I never sent that check-in on the 21st": the notes' record of it is wrong (any day of
    that kind when None)."""

    kind: Kind
    day: dt.date | None = None


@dataclass
class Facts:
    """What the user told us; None means "not said"."""

    days_since_interview: int | None = None
    interview_day: dt.date | None = None
    interview_at: dt.time | None = None  # "my interview was at 3pm"
    interview_end_at: dt.time | None = None  # "it actually finished at 1pm"
    moved_to: dt.time | None = None  # "it got pushed to 3pm": the start, as long as before
    material: str | None = None  # the notes' promised material the message names
    promise: Promise | None = None  # "I said by Wednesday": a material deadline stated
    no_contact_before: dt.date | None = None
    decision_by: dt.date | None = None
    contact_on: dt.date | None = None
    wait_days: int | None = None  # "they said to wait two weeks": counted from the interview
    wait_business_days: int | None = None  # "10 working days": the same wait, exactly
    delay_days: int | None = None  # "the process is delayed by two weeks"
    today: dt.date | None = None  # "today is 1 December": the clock, when none is given
    asked_day: dt.date | None = None  # "is Thursday OK to email?": the day the user asks about
    country: str | None = None  # "I'm in Nairobi": whose public holidays count, without notes
    days_off: list[dt.date] = field(default_factory=list)  # "Thursday was Corpus Christi"
    stage: Stage | None = None
    no_timeline: bool = False  # "they didn't actually give any date": the notes' dates are wrong
    supposed: bool = False  # "if they hadn't given a date": no timeline, asked as a supposition
    # "what if I haven't heard back in two weeks?": days_since_interview moves the clock, as a
    # supposition, so the notes' interview stays and nothing is offered to record
    span_supposed: bool = False
    revised: bool = False  # "they now expect to decide by...": that date replaces earlier ones
    sent: list[Sent] = field(default_factory=list)
    unsent: list[Unsent] = field(default_factory=list)
    retracted: list[Retracted] = field(
        default_factory=list
    )  # "I never sent that check-in on the 21st"
    names: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # the phrases read, for the answer to echo

    def merge(self, newer: Facts) -> Facts:
        """Later turns win; what they do not say, the earlier turns keep."""
        out = Facts(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        for key in (
            "days_since_interview",
            "interview_day",
            "interview_at",
            "interview_end_at",
            "moved_to",
            "material",
            "promise",
            "no_contact_before",
            "decision_by",
            "contact_on",
            "wait_days",
            "delay_days",
            "stage",
            "today",
            "asked_day",
            "country",
        ):
            if getattr(newer, key) is not None:
                setattr(out, key, getattr(newer, key))
        if newer.no_timeline:  # "no date was given after all": earlier turns' dates go
            for key in (
                "no_contact_before",
                "decision_by",
                "contact_on",
                "wait_days",
                "wait_business_days",
            ):
                setattr(out, key, getattr(newer, key))
            out.no_timeline = True
            out.supposed = newer.supposed
        if newer.wait_days is not None:  # a wait in calendar days replaces one in business days
            out.wait_business_days = newer.wait_business_days
        out.supposed = out.supposed and newer.stage is None or newer.supposed
        out.span_supposed = newer.span_supposed or (
            self.span_supposed and newer.days_since_interview is None
        )
        out.revised = newer.revised or (self.revised and newer.decision_by is None)
        if newer.days_since_interview is not None and newer.interview_day is None:
            out.interview_day = None
        out.sent = [*self.sent, *(s for s in newer.sent if s not in self.sent)]
        out.unsent = [*self.unsent, *(u for u in newer.unsent if u not in self.unsent)]
        out.retracted = [*self.retracted, *(r for r in newer.retracted if r not in self.retracted)]
        out.names = list(dict.fromkeys([*newer.names, *self.names]))
        out.days_off = list(dict.fromkeys([*self.days_off, *newer.days_off]))
        said = self.said
        if newer.stage is not None:  # "they rejected me" after "they offered me the job"
            said = [s for s in said if s not in STAGE_SAID]
        out.said = [*said, *newer.said]
        return out

    @property
    def empty(self) -> bool:
        """Nothing stated but, at most, where the user is (no date, message or stage)."""
        return Facts(country=self.country, days_off=self.days_off) == self

    @property
    def only_names(self) -> bool:
        """Nothing stated but who: "can I write to Sam and Alex together?" gives no dates."""
        return (
            not self.empty
            and Facts(
                names=self.names, said=self.said, country=self.country, days_off=self.days_off
            )
            == self
        )
