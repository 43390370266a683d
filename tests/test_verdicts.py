"""Honest verdicts (issue 12, items 4 and 5): a draft failing only on when it is sent has text that
is ready (`text_passed`), while `passed` and the exit status keep their meaning; and the reason
for waiting says something true on the day it is read."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from coach.cli import cli
from ui.render import timing_advice, verdict_html

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SARAH = (EXAMPLES / "thank-you-sarah.md").read_text("utf-8")
SENT_ON_TIME = "send_at: 2026-11-20T19:30:00-05:00"
LATE = (
    SARAH.replace(SENT_ON_TIME, "send_at: 2026-11-23T10:00:00-05:00")
    .replace("meet with me today", "meet with me on Friday")
    .replace("today's Data Analyst interview", "Friday's Data Analyst interview")
)


def check(tmp_path: Path, text: str, *args: str) -> tuple[int, dict]:
    (tmp_path / "acme.yaml").write_text((EXAMPLES / "acme.yaml").read_text("utf-8"), "utf-8")
    path = tmp_path / "draft.md"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)["results"][0]


def test_a_polite_thank_you_sent_67_hours_late_has_text_ready_to_send(tmp_path: Path) -> None:
    # the interview ended Fri 20 Nov 15:00 -05:00; 67 hours later is Mon 23 Nov 10:00
    code, result = check(tmp_path, LATE)
    rules = {(f["rule"], f["severity"]) for f in result["findings"]}
    assert rules == {("timing-thank-you-late", "error")}
    assert code == 1 and result["passed"] is False  # passed keeps its meaning
    assert result["text_passed"] is True
    from coach.models import Result

    verdict = verdict_html(Result.model_validate(result))
    assert "Ready to send" in verdict and "Late: send it today." in verdict
    assert "Not ready" not in verdict


def test_a_text_error_beside_lateness_is_not_ready(tmp_path: Path) -> None:
    code, result = check(tmp_path, LATE.replace("Dear Sarah,", "Dear Sara,"))
    assert code == 1 and result["passed"] is False and result["text_passed"] is False


def test_on_time_both_pass(tmp_path: Path) -> None:
    code, result = check(tmp_path, SARAH)
    assert code == 0 and result["passed"] is True and result["text_passed"] is True


def test_an_early_check_in_says_wait_and_nothing_false(tmp_path: Path) -> None:
    """Saturday 21 November, before the decision date (Friday 27 November): the reason for
    waiting must not say the decision date has passed. The clock is the message's send time."""
    early = (
        "---\nkind: check_in\nto: Sarah Chen\nsend_at: 2026-11-21T10:00:00-05:00\n"
        "notes: acme.yaml\n---\nSubject: Data Analyst role\n\nDear Sarah,\n\nI wanted to check "
        "in on the Data Analyst role; I enjoyed our talk about migrating dashboards from "
        "Tableau to Looker.\n\nBest regards,\nPriya Raman\n"
    )
    code, result = check(tmp_path, early)
    found = [f for f in result["findings"] if f["rule"] == "timing-check-in-early"]
    assert found, result["findings"]
    message = found[0]["message"]
    assert "has passed" not in message
    assert "Monday 30 November 2026" in message
    assert "the first business day after the decision date, Friday 27 November" in message
    from coach.models import Finding

    advice = timing_advice([Finding.model_validate(f) for f in found])
    assert advice.startswith("Not yet: Wait until Monday 30 November 2026")


def test_the_draft_card_and_banner_agree_with_the_verdict() -> None:
    from coach.models import Draft, Finding, Tokens
    from ui.drafts_view import draft_card_html

    late = Finding(
        rule="timing-thank-you-late",
        severity="error",
        message="Sent 67 hours after",
        line=1,
        column=1,
        start=0,
        end=5,
        excerpt="Dear ",
        suggestion="Send it as soon as you can",
    )
    draft = Draft(
        to="Sarah Chen",
        kind="thank_you",
        channel="email",
        subject="Thanks",
        body="Dear Sarah,",
        send_at=None,
        passed=False,
        text_passed=True,
        findings=[late],
        origin="model",
        backend="fake",
        model="m",
        model_calls=1,
        tokens=Tokens(),
        seconds=0.1,
    )
    card = draft_card_html(draft, 0)
    assert "Ready to send" in card and "Late: send it today." in card and "error(s)" not in card
    assert "passed the checks as written" not in card
    warned = draft.model_copy(
        update={"passed": True, "findings": [late.model_copy(update={"severity": "warning"})]}
    )
    card = draft_card_html(warned, 0)
    assert "Passes the checks" in card and "Late: send it today." in card
