"""The coach chat's intent and answers: the issue's examples, answered from the guide, the plan
and the checker, short, with real sections cited and rule ids named."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from coach.chat import WORD_LIMIT, ask
from coach.chat.facts import Facts
from coach.chat.intent import classify, split_pasted
from coach.guide import load_guide
from coach.plan import build_plan
from coach.readers import load_notes

ROOT = Path(__file__).resolve().parent.parent
NOTES = load_notes(ROOT / "examples" / "acme.yaml")
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
ZOE = (
    "Is this too pushy?\n\nHi Zoe, just checking in AGAIN on my application. Please respond "
    "ASAP!! I need to know by Monday."
)


def sections(answer: object) -> set[tuple[str, str]]:
    return {(c.article, c.section) for c in answer.citations}  # type: ignore[attr-defined]


def words(text: str) -> int:
    return len(re.findall(r"\S+", text))


# --- understanding the question


def test_a_draft_pasted_under_the_question_is_split_off() -> None:
    assert split_pasted(ZOE)[1].startswith("Hi Zoe, just checking in AGAIN")
    inline = "Can you check this? Hi Sarah, thanks for today, I enjoyed it a lot."
    assert split_pasted(inline) == (
        "Can you check this?",
        "Hi Sarah, thanks for today, I enjoyed it a lot.",
    )
    subject = "Is this OK?\nSubject: Thanks\n\nHi Sara, thanks for the interview."
    assert split_pasted(subject)[1].startswith("Subject: Thanks")
    assert split_pasted("When should I follow up?") == ("When should I follow up?", "")


@pytest.mark.parametrize(
    ("question", "mode", "topic"),
    [
        ("Can I connect with Michael on LinkedIn?", "guide", "linkedin"),
        (
            "What if I forgot to mention my Python skills in the interview?",
            "guide",
            "forgot-something",
        ),
        ("Should I send a handwritten card too?", "guide", "handwritten-note"),
        ("How many times can I follow up?", "guide", "how-many"),
        ("Should I call or email them?", "guide", "phone-or-email"),
        ("Should I mention my salary expectations in the thank-you?", "out_of_scope", None),
        ("I got an offer! How do I reply?", "out_of_scope", None),
        ("What does tone-overeager mean?", "explain", None),
        ("Write me a check-in", "draft", None),
        (ZOE, "review", None),
    ],
)
def test_intent(question: str, mode: str, topic: str | None) -> None:
    intent = classify(question, Facts(), Facts())
    assert intent.mode == mode
    if topic:
        assert intent.hits[0].entry.id == topic


# --- the examples


def test_an_offer_is_honestly_not_covered() -> None:
    a = ask("I got an offer! How do I reply?", NOTES, now=NOW)
    assert not a.in_scope and "don't cover job offers" in a.answer
    assert not any(r.startswith("rejection") for r in a.rules)


def test_linkedin_has_its_own_section() -> None:
    a = ask("Can I connect with Michael on LinkedIn?", NOTES, now=NOW)
    assert a.answer.startswith("Yes") and ("002", "Connect on LinkedIn") in sections(a)
    assert "rejection-argues" not in a.rules


def test_a_forgotten_point_goes_in_the_follow_up() -> None:
    a = ask("What if I forgot to mention my Python skills in the interview?", NOTES, now=NOW)
    cited = {s for _, s in sections(a)}
    assert any(s.startswith("FAQ 5") for s in cited) and "Provide Additional Information" in cited


def test_eight_days_without_a_reply_uses_the_plan_and_is_short() -> None:
    a = ask("It's been 8 days since my interview with Sarah and no reply. What should I do?", NOTES)
    assert "Monday 30 November" in a.answer and "Friday 27 November" in a.answer
    assert "timing-check-in-early" in a.rules and words(a.answer) <= WORD_LIMIT
    assert ("004", "Continue Follow Ups") in sections(a)
    assert "8 days since the interview" in a.facts


def test_eight_days_changes_the_dates_when_there_is_no_timeline() -> None:
    notes = NOTES.model_copy(
        update={"timeline": NOTES.timeline.model_copy(update={"said": None, "decision_by": None})}
    )
    before = ask("When should I check in?", notes, now=NOW)
    said = [{"role": "user", "content": "It's been 8 days"}]
    after = ask("When should I check in?", notes, said, now=NOW)  # the interview moves back
    assert before.answer.startswith("From Monday 30 November: send")  # a date was asked
    assert "now (from Friday 20 November)" in after.answer


def test_salary_is_not_covered_and_says_what_is() -> None:
    a = ask("Should I mention my salary expectations in the thank-you?", NOTES, now=NOW)
    assert not a.in_scope and "don't cover salary" in a.answer and "They cover" in a.answer


def test_the_pasted_draft_is_the_one_checked() -> None:
    a = ask(ZOE, NOTES, now=NOW)
    assert a.intent == "review" and a.answer.startswith("Yes, it reads as pushy")
    rules = {f.rule for f in a.findings}
    assert {"tone-demanding", "tone-overeager"} <= rules
    assert any("ASAP" in f.excerpt for f in a.findings)


def test_not_before_a_date_is_respected() -> None:
    a = ask("they asked me not to get in touch before Monday 11 January", NOTES, now=NOW)
    assert "Monday 11 January 2027" in a.answer and "29 December" not in a.answer
    assert a.answer.startswith("No, not yet") and "Going by what you told me" in a.answer
    assert "timeline.no_contact_before: 2027-01-11" in a.answer  # offered for recording


def test_no_third_follow_up() -> None:
    now = dt.datetime(2026, 12, 4, 9, tzinfo=NOW.tzinfo)
    a = ask("I sent a final follow-up on 27 Nov too… one more?", NOTES, now=now)
    assert a.answer.split("\n\n")[0].startswith("No:") and "timing-too-many" in a.rules
    assert "send it now" not in a.answer.lower()


def test_dates_are_the_plans() -> None:
    a = ask("When should I send the check-in?", NOTES, now=NOW)
    item = next(i for i in build_plan(NOTES, None, NOW).items if str(i.kind) == "check_in")
    assert item.earliest is not None
    assert f"{item.earliest:%A} {item.earliest.day} {item.earliest:%B}" in a.answer


def test_rejection_stops_check_ins_and_a_draft_request_is_composed() -> None:
    a = ask("They turned me down. Should I still check in next week?", NOTES, now=NOW)
    assert a.answer.split("\n\n")[0].startswith("No") and "rejection-follow-up" in a.rules
    d = ask("Write a thank-you note to Michael", NOTES, now=NOW)
    assert d.intent == "draft" and d.draft is not None and d.draft.to == "Michael O'Brien"
    assert d.draft.origin == "composer" and d.backend == "none" and "Dear Michael" in d.answer


def test_every_answer_cites_real_entries_and_stays_short() -> None:
    guide = load_guide()
    known = {(s.article, s.section) for e in guide.entries.values() for s in e.sources}
    from coach.rulebook import load_rules

    known |= {(s.article, s.section) for r in load_rules().values() for s in r.sources}
    from coach.chat.citing import PARENTS  # the heading a cited list item sits under

    known |= {(article, heading) for (article, _), heading in PARENTS.items()}
    for entry in guide.entries.values():
        a = ask(entry.questions[0], NOTES, now=NOW)
        assert sections(a) <= known, entry.id
        assert words(a.answer) <= WORD_LIMIT + 10, (entry.id, a.answer)
        assert a.answer == ask(entry.questions[0], NOTES, now=NOW).answer  # deterministic


def test_asking_for_more_lifts_the_length_limit() -> None:
    short = ask(ZOE, NOTES, now=NOW)
    longer = ask(ZOE.replace("too pushy?", "too pushy? Explain in detail."), NOTES, now=NOW)
    assert words(longer.answer) >= words(short.answer)


# --- generalising to how people ask


def test_a_name_question_gets_the_notes_spelling_or_the_accented_form() -> None:
    a = ask("How is the data engineering head's surname spelt?", NOTES, now=NOW)
    assert "Michael O'Brien" in a.answer and "name-misspelled" in a.rules
    b = ask("Her name is Renée but can I just leave out the accent?")
    assert "Renée" in b.answer and "name-misspelled" in b.rules


def test_a_rule_id_that_is_a_plain_word_is_explained_only_when_called_a_rule() -> None:
    assert ask("Is my spelling of Sarah's name right?", NOTES, now=NOW).intent != "explain"
    assert ask("What does the spelling rule look for?", NOTES, now=NOW).intent == "explain"


def test_a_quoted_line_of_my_own_is_checked_but_a_quote_of_theirs_is_not() -> None:
    mine = ask("I drafted this line: 'Why has nobody bothered to answer my emails?' Too blunt?")
    assert mine.intent == "review" and any(r.startswith("tone-") for r in mine.rules)
    assert "greeting-missing" not in mine.rules  # one line is not judged as a whole message
    theirs = ask('Sarah said "we will let you know within two weeks" so when can I write?', NOTES)
    assert theirs.intent != "review"


def test_drafts_pasted_together_are_compared() -> None:
    body = (
        "Subject: Thank you for the interview\nDear {0}, thank you for meeting me today to talk "
        "about migrating dashboards from Tableau to Looker. I am keen on the Data Analyst role. "
        "Best regards, Priya Raman"
    )
    sarah, michael = body.format("Sarah"), body.format("Michael")
    pasted = f"Are these OK?\n\nTo Sarah:\n{sarah}\n\nTo Michael:\n{michael}"
    a = ask(pasted, NOTES, now=dt.datetime(2026, 11, 20, 18, tzinfo=NOW.tzinfo))
    assert "duplicate-across-interviewers" in a.rules
    assert ("002", "Do's: Do Customize Your Messages") in sections(a)


def test_a_follow_up_after_the_check_in_waits_for_a_new_decision_date() -> None:
    now = dt.datetime(2026, 12, 4, 9, tzinfo=NOW.tzinfo)
    said = [{"role": "user", "content": "I sent my check-in on Monday 30 November."}]
    a = ask("Now they need until Thursday the 10th. When can I write again?", NOTES, said, now)
    assert "From Friday 11 December" in a.answer and "timing-check-in-early" in a.rules


def test_after_the_thank_you_or_just_wait_is_about_the_check_in() -> None:
    a = ask(
        "I thanked both of them on Friday evening. Anything more now, or just wait?", NOTES, now=NOW
    )
    assert a.intent == "timing" and "Monday 30 November" in a.answer


def test_after_a_rejection_an_invitation_is_fine_but_reconsidering_is_not() -> None:
    now = dt.datetime(2026, 12, 4, 9, tzinfo=NOW.tzinfo)
    a = ask(
        "They rejected me, but Sarah told me to email her on 1 February. Can I?", NOTES, now=now
    )
    assert "Monday 1 February 2027" in a.answer and a.answer.split("\n\n")[0].startswith("Yes")
    b = ask("They rejected me. Can I ask Sarah to reconsider?", NOTES, now=now)
    assert b.answer.split("\n\n")[0].startswith("No") and "rejection-reconsider" in b.rules


def test_calls_the_day_after_and_on_an_invited_day() -> None:
    saturday = dt.datetime(2026, 11, 21, 10, tzinfo=NOW.tzinfo)  # the day after the interview
    a = ask("Can I call Sarah today to ask how I did?", NOTES, now=saturday)
    assert a.answer.startswith("No: a call the day after") and "timing-next-day-call" in a.rules
    b = ask(
        "Sarah asked me to phone her on Wednesday the 25th. Is a call then OK?", NOTES, now=saturday
    )
    assert "Yes, on Wednesday 25 November" in b.answer


def test_a_late_promised_material_goes_now_and_the_preferred_channel_is_named() -> None:
    late = dt.datetime(2026, 11, 21, 12, tzinfo=NOW.tzinfo)
    a = ask(
        "The three references still aren't sent. Wait and add them to my check-in?", NOTES, now=late
    )
    assert a.answer.startswith("Yes, send it now") and "timing-materials-late" in a.rules
    b = ask("Phone or email for my follow-up, which do they prefer?", NOTES, now=NOW)
    assert "they prefer email" in b.answer


def test_what_was_sent_is_read_from_the_notes() -> None:
    data = NOTES.model_dump(mode="json")
    data["history"] = [
        {"kind": "thank_you", "to": "Sarah Chen", "sent_at": "2026-11-20T18:00:00-05:00"}
    ]
    notes = type(NOTES).model_validate(data)
    a = ask("I lost track: who did I already send a thank-you to?", notes, now=NOW)
    assert "thank-you to Sarah Chen on Friday 20 November" in a.answer
    assert ("002", "Don'ts: Don't Overdo It") in sections(a)


def test_the_interviewer_the_user_means_to_write_to_is_named() -> None:
    a = ask("When can I email Michael about the role?", NOTES, now=NOW)
    assert "check-in to Michael O'Brien" in a.answer
    b = ask("Michael told me they are busy. When can I check in?", NOTES, now=NOW)
    assert "check-in to Sarah Chen" in b.answer  # the plan's contact; Michael only told them


def test_a_keyword_beats_a_close_vector() -> None:
    a = ask("Is the 27th their decision day or the first day I may email?", NOTES, now=NOW)
    assert a.intent == "timing" and "Monday 30 November" in a.answer


def test_everyday_wordings_reach_their_topic() -> None:
    asked = {
        "Is it better to thank them right away or wait until the next morning?": "thank-you-timing",
        "I called her Sara instead of Sarah in my email. What now?": "names-and-titles",
        "Can I text the recruiter on WhatsApp for an update?": "phone-or-email",
        "Should the receptionist get a thank-you too?": "unique-notes",
        "I emailed, called and messaged her on LinkedIn the same afternoon. Too much?": (
            "multiple-platforms"
        ),
    }
    for question, topic in asked.items():
        intent = classify(question, Facts(), Facts())
        assert intent.mode == "guide" and intent.hits[0].entry.id == topic, question


def test_a_keyword_outside_the_best_three_still_answers_a_weak_match() -> None:
    a = classify("Is the decision day today for them?", Facts(), Facts())
    assert a.mode == "guide" and a.hits[0].entry.id == "check-in-timing"


def test_a_message_that_only_states_facts_gets_the_next_step() -> None:
    now = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    a = ask("My interview was yesterday at 2pm with Dana.", None, None, now)
    assert a.intent == "timing" and "Tuesday 1 December, 15:00" in a.answer


def test_a_template_field_in_the_question_names_the_placeholder_rule() -> None:
    a = ask("One of my notes still says [Company Name]. Is that a big deal?", NOTES, now=NOW)
    assert "placeholder-left" in a.rules and "fill in [Company Name]" in a.answer


def test_interview_formats_are_not_out_of_scope_and_rejection_needs_a_word_of_one() -> None:
    for question in (
        "I interviewed remotely over Zoom. Do I still send a thank-you?",
        "They offered me a second interview. Do I still thank them for the first?",
        "I had a phone screen with HR, does that need a thank-you too?",
    ):
        a = classify(question, Facts(), Facts())
        assert a.mode == "guide" and a.hits[0].entry.id != "phone-or-email", question
    group = classify(
        "It was a group interview with 5 other candidates. Thank-you?", Facts(), Facts()
    )
    assert group.hits[0].entry.intent != "rejection"


# --- how real people ask


def _sent_thanks() -> object:
    from coach.models import Channel, HistoryEntry, Kind

    zone = NOTES.interview.zone
    return NOTES.model_copy(
        update={
            "history": [
                HistoryEntry(
                    kind=Kind.thank_you,
                    channel=Channel.email,
                    to=name,
                    sent_at=dt.datetime(2026, 11, 20, 19, 0, tzinfo=zone),
                )
                for name in ("Sarah Chen", "Michael O'Brien")
            ]
        }
    )


def test_a_forwarded_rejection_is_answered_with_whom_to_reply_to() -> None:
    answer = ask(
        "Gutted. Do I reply?\n\n---------- Forwarded message ---------\n"
        "From: Sarah Chen <sarah.chen@acme.example>\nSubject: Data Analyst\n\nHi Priya,\n"
        "We have decided to move forward with other candidates.\nKind regards,\nSarah",
        NOTES,
        now=NOW,
    )
    assert answer.intent == "rejection" and answer.findings == []
    assert "reply to Sarah Chen" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Can they ask my references how many sick days I took?",
        "How do I word my resignation letter to my current employer?",
        "Can I be dismissed without notice during probation?",
    ],
)
def test_more_topics_the_articles_do_not_cover(question: str) -> None:
    answer = ask(question, NOTES, now=NOW)
    assert not answer.in_scope and "don't cover" in answer.answer


def test_asking_whether_to_say_something_is_not_a_draft_to_review() -> None:
    answer = ask("Is it ok to tell them how much I need this job?", NOTES, now=NOW)
    assert answer.intent != "review" and ("002", "Don'ts: Don't Sound Desperate") in sections(
        answer
    )


def test_a_panel_thank_you_names_everyone_and_the_honorific_is_given() -> None:
    evening = dt.datetime(2026, 11, 20, 18, 0, tzinfo=NOTES.interview.zone)
    panel = ask("Who all do I need to thank after the panel?", NOTES, now=evening)
    assert "Sarah Chen" in panel.answer and "Michael O'Brien" in panel.answer
    title = ask("Is Michael a Mr or a Dr?", NOTES, now=NOW)
    assert "Mr. Michael O'Brien" in title.answer


def test_a_time_zone_question_gets_the_interviews_own_day() -> None:
    answer = ask("In UTC the interview was on another day, which date counts?", NOTES, now=NOW)
    assert "UTC-05:00" in answer.answer and "Friday 20 November" in answer.answer


def test_the_day_asked_about_is_judged() -> None:
    notes = _sent_thanks()
    early = ask("Is it OK if I email Sarah the day after tomorrow?", notes, now=NOW)  # type: ignore[arg-type]
    assert early.answer.startswith("No: Tuesday 24 November is too early")
    assert "Monday 30 November" in early.answer
    later = ask("Is it OK if I email Sarah a week on Monday?", notes, now=NOW)  # type: ignore[arg-type]
    assert later.answer.startswith("Yes: Monday 30 November is fine")


def test_what_went_out_answers_yes_or_no_for_the_person_asked() -> None:
    from coach.models import Channel, HistoryEntry, Kind

    zone = NOTES.interview.zone
    one = NOTES.model_copy(
        update={
            "history": [
                HistoryEntry(
                    kind=Kind.thank_you,
                    channel=Channel.email,
                    to="Sarah Chen",
                    sent_at=dt.datetime(2026, 11, 20, 19, 0, tzinfo=zone),
                )
            ]
        }
    )
    assert ask("Did I already thank Sarah?", one, now=NOW).answer.startswith("Yes.")
    assert ask("Did I already thank Michael?", one, now=NOW).answer.startswith("Not that")


def test_a_later_end_moves_the_thank_you_deadline() -> None:
    evening = dt.datetime(2026, 11, 20, 19, 0, tzinfo=NOTES.interview.zone)
    answer = ask(
        "It overran: the interview finished at 6pm. When is my thank-you due?", NOTES, now=evening
    )
    assert "Saturday 21 November, 18:00" in answer.answer


def test_after_a_no_a_check_in_question_gets_the_rejection_advice() -> None:
    turned_down = NOTES.model_copy(update={"stage": "rejected"})
    answer = ask("Can I send Sarah a normal check-in next week anyway?", turned_down, now=NOW)
    assert answer.intent == "rejection"
    assert answer.answer.startswith("No: they have said no")
    back = ask(
        "Ignore the rejection in my notes, I mixed them up. Can I check in?", turned_down, now=NOW
    )
    assert back.intent != "rejection"


def test_a_pasted_draft_whose_subject_follows_up_is_checked_as_a_check_in() -> None:
    notes = _sent_thanks()
    answer = ask(
        "sending this to Sarah tomorrow\n\nSubject: Following up on the Data Analyst role\n\n"
        "Hi Sarah,\n\nI hope your week is going well. I remain very interested in the Data "
        "Analyst role and the Looker migration.\n\nBest regards,\nPriya Raman",
        notes,  # type: ignore[arg-type]
        now=NOW,
    )
    rules = {f.rule for f in answer.findings}
    assert "timing-thank-you-late" not in rules and "gratitude-missing" not in rules
    assert "timing-check-in-early" in rules


def test_a_newer_form_of_a_name_the_user_quotes_is_the_one_to_use() -> None:
    answer = ask(
        "Sarah's emails are now signed 'Sarah Chen-Okafor'. Which surname do I spell?",
        NOTES,
        now=NOW,
    )
    assert "Use Sarah Chen-Okafor" in answer.answer
    same = ask("How do I spell Sarah's name exactly?", NOTES, now=NOW)
    assert "Your notes spell it Ms. Sarah Chen" in same.answer


def test_a_thank_you_for_a_further_round_counts_from_that_round() -> None:
    notes = _sent_thanks().model_copy(update={"stage": "rejected"})  # type: ignore[attr-defined]
    answer = ask(
        "They want me back for a final round next Thursday, 10 till 11. By when is my thank-you "
        "due after it?",
        notes,
        now=NOW,  # Sunday 22 November
    )
    assert "Friday 27 November, 11:00" in answer.answer
    assert "said no" not in answer.answer


def test_a_question_about_what_went_out_cites_the_advice_on_that_kind() -> None:
    answer = ask("Did I actually thank both of them? I can't remember", _sent_thanks(), now=NOW)  # type: ignore[arg-type]
    assert answer.answer.startswith("Yes.")
    assert ("004", "Express your gratitude for their time") in sections(answer)


def test_after_a_no_a_pasted_draft_is_checked_as_the_reply_to_it() -> None:
    turned_down = _sent_thanks().model_copy(update={"stage": "rejected"})  # type: ignore[attr-defined]
    answer = ask(
        "here is my reply\n\nSubject: Re: Data Analyst\n\nDear Sarah,\n\nThanks for letting me "
        "know, and for the conversation about the Looker migration. All the best to the team.\n\n"
        "Kind regards,\nPriya Raman",
        turned_down,
        now=NOW,
    )
    rules = {f.rule for f in answer.findings}
    assert "rejection-future-missing" in rules and "timing-thank-you-late" not in rules


def test_a_pasted_draft_s_counts_are_written_in_words_a_person_reads():
    """'3 tone findings', '1 error': the plural only where the count is not one."""
    a = ask(ZOE, NOTES, now=NOW)
    assert "(s)" not in a.answer
    assert re.search(r"\b\d+ tone findings? in that draft", a.answer)
    assert re.search(r"Not ready: \d+ errors?, \d+ warnings?\.", a.answer)
