"""Something the interviewer never asked for (a certificate, a portfolio link, a work sample) is
answered as material to send, from 002's "Provide Additional Information", not as a check-in's
timing or wording; material they did ask for stays with the promise (001). Our own wording."""

from __future__ import annotations

import pytest

from coach.chat import ask


@pytest.mark.parametrize(
    "question",
    [
        "can i attach my forklift licence to the thank you even though they didnt ask",
        "would it be weird to add a link to my github in the check in",
        "is sending a writing sample nobody asked for too much",
    ],
)
def test_unrequested_extras_cite_additional_information(question: str) -> None:
    reply = ask(question)
    cited = [(c.article, c.section) for c in reply.citations]
    assert ("002", "Provide Additional Information") in cited
    assert reply.in_scope


def test_requested_material_keeps_the_promise_advice() -> None:
    reply = ask("they asked for my portfolio, how soon should I send it?")
    assert reply.citations[0].section == "Send follow-up material when requested"
