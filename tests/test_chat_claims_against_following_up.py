"""A claim against following up, asked about ("my uncle says employers hate being chased, is he
right?"), is answered No; asked whether following up helps, the answer stays Yes."""

from __future__ import annotations

from coach.chat import ask


def test_a_reported_claim_that_follow_ups_annoy_is_answered_no() -> None:
    for question in (
        "my uncle reckons employers hate it when you chase them after an interview. is he right?",
        "won't interviewers find a follow-up email annoying?",
    ):
        lead = ask(question).answer.split("\n")[0]
        assert lead.startswith("No"), (question, lead)
        assert "helps" in lead


def test_asked_whether_following_up_helps_the_answer_is_yes() -> None:
    lead = ask("does following up after an interview actually do anything?").answer.split("\n")[0]
    assert lead.startswith("Yes")
