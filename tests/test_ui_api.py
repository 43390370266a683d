"""The web app's API through gradio_client, and the app's pure parts (the notes form, the
critique, the chat's routing) called directly. No browser and no model: drafts come from a
FakeBackend (a queue of canned replies)."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from coach.backends import FakeBackend
from coach.errors import InputError, ModelUnavailable
from coach.models import Draft, DraftReport, Result, Tokens

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

ROOT = Path(__file__).resolve().parent.parent
NOTES = (ROOT / "examples" / "acme.yaml").read_text("utf-8")
BAD_FILE = ROOT / "examples" / "thank-you-bad.md"
BAD_BODY = BAD_FILE.read_text("utf-8").split("---\n", 2)[2]
NOW = dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
GOOD = (
    "Subject: Thank you for Friday's Data Analyst interview\n\nDear {first},\n\nThank you for "
    "meeting me. I enjoyed hearing about migrating dashboards from Tableau to Looker.\n\n"
    "I remain very interested in the Data Analyst role.\n\nBest regards,\nPriya Raman"
)


def canned_drafter(notes: Any, kind: Any, to: str | None = None, backend: Any = None) -> Any:
    """coach.drafting.draft_messages' signature: one canned model reply per recipient."""
    people = [notes.interviewer(to)] if to else notes.interviewers
    drafts = []
    for person in people:
        reply = backend.chat([{"role": "user", "content": f"{kind} to {person.name}"}])
        subject, _, body = reply.text.replace("{first}", person.first).partition("\n\n")
        drafts.append(
            Draft(
                to=person.name,
                kind=kind,
                channel="email",
                subject=subject.removeprefix("Subject: "),
                body=body,
                send_at=NOW,
                passed=True,
                findings=[],
                origin="model",
                backend=backend.name,
                model=backend.model,
                model_calls=1,
                tokens=Tokens(),
                seconds=0.1,
            )
        )
    return DraftReport(drafts=drafts)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(**kwargs: Any) -> tuple[Any, str]:
    from ui.app import build_demo
    from ui.server import serve

    demo = build_demo(clock=lambda: NOW, secret="api-test-secret-0123456789", **kwargs)
    _, url = serve(demo, "127.0.0.1", _free_port(), block=False, quiet=True)
    return demo, url


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from gradio_client import Client

    demo, url = _serve(backend=FakeBackend(*[GOOD] * 20), drafter=canned_drafter)
    # ssl_verify=False: plain http on loopback; it spares building a CA store per call
    yield Client(url, verbose=False, ssl_verify=False)
    demo.close()


@pytest.fixture(scope="module")
def broken_client() -> Iterator[Any]:
    from gradio_client import Client

    failing = FakeBackend(*[ModelUnavailable("embedded model server", "no model file")] * 5)
    demo, url = _serve(backend=failing, drafter=canned_drafter)
    yield Client(url, verbose=False, ssl_verify=False)
    demo.close()


def critique(
    client: Any, draft: str, notes: str = NOTES, kind: str = "", to: str = "", send_at: str = ""
) -> dict[str, Any]:
    return dict(json.loads(client.predict(draft, notes, kind, to, send_at, api_name="/critique")))


# --- the API


def test_only_the_documented_endpoints_are_named(client: Any) -> None:
    api = client.view_api(print_info=False, return_format="dict")
    assert sorted(api["named_endpoints"]) == ["/chat", "/critique", "/draft"]
    chat = [p["parameter_name"] for p in api["named_endpoints"]["/chat"]["parameters"]]
    assert chat == ["message", "notes", "history"]
    params = [p["parameter_name"] for p in api["named_endpoints"]["/critique"]["parameters"]]
    assert params == ["draft", "notes", "kind", "recipient", "send_at"]


def test_critique_returns_one_check_result(client: Any) -> None:
    result = critique(
        client, BAD_BODY, kind="thank_you", to="Sarah Chen", send_at="2026-11-23T10:00:00-05:00"
    )
    Result.model_validate(result)  # the `coach check --format json` result schema
    assert (result["kind"], result["kind_inferred"], result["to"], result["passed"]) == (
        "thank_you",
        False,
        "Sarah Chen",
        False,
    )
    sara = next(f for f in result["findings"] if f["rule"] == "name-misspelled")
    assert BAD_BODY[sara["start"] : sara["end"]] == "Sara"
    assert sara["fix"] == {"start": sara["start"], "end": sara["end"], "replacement": "Sarah"}
    assert sara["sources"] == ["003", "004"]


def test_critique_matches_coach_check(client: Any) -> None:
    from coach.cli import cli

    run = CliRunner().invoke(cli, ["check", str(BAD_FILE), "--format", "json"])
    expected = json.loads(run.output)["results"][0]
    got = critique(
        client, BAD_BODY, kind="thank_you", to="Sarah Chen", send_at="2026-11-23T10:00:00-05:00"
    )
    assert got["findings"] == expected["findings"]
    assert got["passed"] == expected["passed"]


def test_critique_without_notes_infers_the_kind(client: Any) -> None:
    result = critique(
        client, "Subject: Status\n\nDear Sarah,\n\nAny update? Respond ASAP.\n", notes=""
    )
    assert result["kind"] == "check_in" and result["kind_inferred"] is True
    assert "tone-demanding" in {f["rule"] for f in result["findings"]}


def test_critique_never_reads_a_notes_path_from_the_draft(client: Any) -> None:
    draft = "---\nnotes: /etc/passwd\nto: Sarah Chen\n---\nDear Sara,\n\nThank you.\n"
    result = critique(client, draft)
    assert "name-misspelled" in {f["rule"] for f in result["findings"]}


@pytest.mark.parametrize(
    ("notes", "send_at", "message"),
    [
        ("candidate: [unclosed", "", "notes: malformed YAML: line 2"),
        (NOTES + "colour: blue\n", "", "colour: unknown key"),
        (NOTES, "2026-11-20 19:30", "send_at: time has no UTC offset"),
    ],
)
def test_critique_bad_input_is_one_clear_message(
    client: Any, notes: str, send_at: str, message: str
) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as info:
        critique(client, BAD_BODY, notes=notes, send_at=send_at)
    assert message in str(info.value)
    assert "Traceback" not in str(info.value)


def test_draft_returns_the_draft_document(client: Any) -> None:
    doc = json.loads(client.predict(NOTES, "thank_you", "", api_name="/draft"))
    report = DraftReport.model_validate(doc)  # the `coach draft --format json` document
    assert [d.to for d in report.drafts] == ["Sarah Chen", "Michael O'Brien"]
    assert report.drafts[1].body.startswith("Dear Michael,")
    one = json.loads(
        client.predict(NOTES, "thank_you", "michael.obrien@acme.example", api_name="/draft")
    )
    assert [d["to"] for d in one["drafts"]] == ["Michael O'Brien"]


def test_draft_errors(client: Any, broken_client: Any) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="unknown recipient 'Bob'"):
        client.predict(NOTES, "thank_you", "Bob", api_name="/draft")
    with pytest.raises(AppError, match="unknown kind 'note'"):
        client.predict(NOTES, "note", "", api_name="/draft")
    with pytest.raises(AppError, match="embedded model server: no model file"):
        broken_client.predict(NOTES, "thank_you", "", api_name="/draft")


def test_draft_with_the_real_drafting_loop() -> None:
    from gradio_client import Client

    reply = {
        "detail_sentence": "I enjoyed learning about migrating dashboards from Tableau to Looker.",
        "interest_sentence": "I am very interested in the Data Analyst role at Acme Analytics.",
    }
    demo, url = _serve(backend=FakeBackend(reply, reply))
    try:
        doc = json.loads(
            Client(url, verbose=False, ssl_verify=False).predict(
                NOTES, "thank_you", "Sarah Chen", api_name="/draft"
            )
        )
        (draft,) = DraftReport.model_validate(doc).drafts
        assert (draft.to, draft.backend, draft.passed) == ("Sarah Chen", "fake", True)
        assert draft.origin in ("model", "model+fixes", "composer")
        assert draft.body.startswith("Dear Sarah") and draft.send_at is not None
    finally:
        demo.close()


# --- the notes form


def test_form_round_trip_keeps_every_field() -> None:
    from ui import form as F
    from ui.notes_files import from_notes, parse_notes_text

    notes = parse_notes_text(NOTES, "acme.yaml")
    values = from_notes(notes)
    assert values["zone"] == "UTC-05:00" and values["start"] == "14:00"
    assert values["mat0_promised_by"] == "2026-11-21 09:00"
    again = F.to_notes(values)
    assert again.problems == []
    assert again.notes == notes


def test_form_names_every_problem_by_its_label() -> None:
    from ui import form as F

    values = F.empty_form()
    values.update(
        candidate="Priya",
        date="2026-13-01",
        start="2 pm",
        zone="Mars/Base",
        iv0_email="sarah@acme.example",
        n_history=1,
        hist0_kind="thank_you",
    )
    outcome = F.to_notes(values)
    assert outcome.notes is None
    assert (
        "Interview date: 2026-13-01 is not a date: there is no month 13 (months run from 01 to 12)"
        in outcome.problems
    )
    # each field says its own fault at once, not after the others are fixed
    assert "Interviewer 1's name is empty" in outcome.problems
    values.update(date="2026-11-20", zone="America/New_York")
    problems = F.to_notes(values).problems
    assert "Company: required" in problems and "Role: required" in problems
    assert "Interviewer 1's name is empty" in problems
    assert "Message already sent 1's sent at is empty" in problems
    values.update(date="2026-02-30")
    assert "Interview date: 2026-02-30 is not a date: February has no 30th (it has 28 days)" in (
        F.to_notes(values).problems
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", dt.time(14)),
        ("2 pm", dt.time(14)),
        ("9:30am", dt.time(9, 30)),
        ("12 a.m.", dt.time(0)),
        ("12pm", dt.time(12)),
    ],
)
def test_clock_times(text: str, expected: dt.time) -> None:
    from ui.timefields import parse_clock

    assert parse_clock(text, "Start time") == expected


def test_named_zone_becomes_that_days_offset() -> None:
    from ui.timefields import resolve_zone

    summer = resolve_zone("America/New_York", dt.date(2026, 7, 1), dt.time(14), "Time zone")
    winter = resolve_zone("America/New_York", dt.date(2026, 11, 20), dt.time(14), "Time zone")
    assert (summer.utcoffset(None), winter.utcoffset(None)) == (
        dt.timedelta(hours=-4),
        dt.timedelta(hours=-5),
    )
    with pytest.raises(InputError, match="unknown time zone"):
        resolve_zone("Mars/Base", dt.date(2026, 7, 1), dt.time(14), "Time zone")


# --- the critique and its HTML


def test_highlights_escape_the_draft_and_list_whole_message_faults() -> None:
    from ui.critique import critique as check
    from ui.notes_files import parse_notes_text
    from ui.render import findings_html, highlight_html

    notes = parse_notes_text(NOTES)
    text = "Subject: Hi\n\nHi Sara <script>alert(1)</script>, respond ASAP.\n\nPriya"
    checked = check(text, notes, "thank_you", "Sarah Chen", "2026-11-20T19:30:00-05:00")
    html = highlight_html(checked.message.text, checked.result.findings)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "About the whole message" in html  # detail-missing has no words of its own
    assert "<mark class='fc-mark fc-error'" in html
    listing = findings_html(checked.result.findings, text=checked.message.text)
    assert "Following Up After The Job Interview" in listing  # article 003, by title
    assert "the whole message" in listing


def test_safe_fixes_keep_the_front_matter() -> None:
    from ui.critique import critique as check
    from ui.notes_files import parse_notes_text

    raw = BAD_FILE.read_text("utf-8")
    checked = check(raw, parse_notes_text(NOTES))
    fixed, applied, diff = checked.fixed()
    assert applied == 1 and fixed.startswith("---\nkind: thank_you\n")
    assert "Hi Sarah, thanks" in fixed and "notes: acme.yaml" in fixed
    assert "-Hi Sara, thanks" in diff and "+Hi Sarah, thanks" in diff


# --- emails in other charsets: read from their bytes, what was guessed said in the page

SIOBHAN_NOTES = NOTES.replace("Sarah Chen", "Siobhán Kelly").replace("sarah.chen", "s.kelly")
LATIN1_EML = (
    "From: Priya Raman <priya@example.com>\n"
    "To: =?ISO-8859-1?Q?Siobh=E1n_Kelly?= <s.kelly@acme.example>\n"
    "Subject: Thank you for Friday's Data Analyst interview\n"
    "Date: Fri, 20 Nov 2026 19:30:00 -0500\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=ISO-8859-1\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "Dear Siobhán,\n\n"
    "Thank you for meeting me, and for the café after the interview. I enjoyed hearing about "
    "migrating dashboards from Tableau to Looker – the “weekly metrics review” too.\n\n"
    "I remain very interested in the Data Analyst role.\n\nBest regards,\nPriya Raman\n"
)


def _siobhan_state() -> Any:
    from ui.notes_files import parse_notes_text
    from ui.notes_view import NotesState

    return NotesState(parse_notes_text(SIOBHAN_NOTES))


def _check_latin1(text: str, verdict: str, marked: str, findings: str) -> None:
    for sample in ("Dear Siobhán,", "the café after", "Looker – the “weekly metrics review”"):
        assert sample in text and escape(sample) in marked
    assert "Ã" not in text + marked + findings and "\ufffd" not in text
    assert "name-misspelled" not in findings and "to Siobhán Kelly" in verdict
    assert "read with a guess" not in verdict


def test_an_uploaded_latin1_eml_is_read_by_its_charset(tmp_path: Path) -> None:
    """ISO-8859-1 with 8bit bytes (as Outlook and Thunderbird send it; cp1252's curly quotes
    and dashes in 0x80-0x9F) used to be refused as "not UTF-8"."""
    from ui.critique_view import open_draft_file, run_critique

    path = tmp_path / "reply.eml"
    path.write_bytes(LATIN1_EML.replace("\n", "\r\n").encode("cp1252"))
    state = _siobhan_state()
    text, kind, to, send, note, opened = open_draft_file(str(path), state)
    assert text.startswith("Subject: Thank you for Friday's Data Analyst interview\n\nDear Siob")
    assert (to, send) == ("Siobhán Kelly", "2026-11-20T19:30:00-05:00")
    assert "Opened reply.eml." in note and "read with a guess" not in note
    assert opened.warnings == [] and opened.text == text
    verdict, marked, findings = run_critique(text, kind, to, send, state, NOW, opened)
    _check_latin1(text, verdict, marked, findings)


def test_a_pasted_latin1_eml_is_read_as_its_bytes(client: Any) -> None:
    """Pasted, the email is characters: its 8bit part is encoded back into the charset it
    declares before it is read, not read as UTF-8 under that charset ("SiobhÃ¡n")."""
    from ui.critique import eml_bytes
    from ui.critique_view import run_critique

    assert eml_bytes(LATIN1_EML) == LATIN1_EML.encode("cp1252")  # the headers are ASCII
    state = _siobhan_state()
    verdict, marked, findings = run_critique(LATIN1_EML, "", "", "", state, NOW)
    _check_latin1(LATIN1_EML, verdict, marked, findings)
    result = critique(client, LATIN1_EML, notes=SIOBHAN_NOTES)  # the /critique endpoint too
    assert result["to"] == "Siobhán Kelly"
    assert "name-misspelled" not in {f["rule"] for f in result["findings"]}


def test_a_pasted_multipart_email_keeps_each_parts_charset() -> None:
    from coach.readers import parse_message
    from ui.critique import eml_bytes

    raw = (
        "From: a@x.example\nTo: b@x.example\nSubject: Merci – Hélène\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative;\n boundary="=_b1"\n\nThis is MIME.\n'
        "--=_b1\nContent-Type: text/plain;\n charset=windows-1252\n"
        "Content-Transfer-Encoding: 8bit\n\nDear Hélène, “thanks” – Zoë\n"
        "--=_b1\nContent-Type: text/html; charset=utf-8\n\n<p>Dear Hélène</p>\n--=_b1--\n"
    )
    data = eml_bytes(raw)
    assert "Dear Hélène, “thanks” – Zoë".encode("cp1252") in data
    assert "<p>Dear Hélène</p>".encode() in data and "Merci – Hélène".encode() in data
    message = parse_message(data, "x.eml", eml=True)
    assert message.text == "Subject: Merci – Hélène\n\nDear Hélène, “thanks” – Zoë"
    assert message.warnings == []
    # a character typed after pasting that the declared charset cannot hold: declared UTF-8
    typed = raw.replace("Zoë", "Zoë 🙂")
    message = parse_message(eml_bytes(typed), "x.eml", eml=True)
    assert message.text.endswith("Dear Hélène, “thanks” – Zoë 🙂") and message.warnings == []
    assert eml_bytes("Subject: plain ASCII\n\nHi") == b"Subject: plain ASCII\n\nHi"


def test_what_the_reader_guessed_is_said_in_plain_words(tmp_path: Path) -> None:
    from ui.critique_view import open_draft_file, run_critique

    path = tmp_path / "mislabelled.eml"  # says UTF-8, holds ISO-8859-1 bytes
    path.write_bytes(LATIN1_EML.replace("charset=ISO-8859-1", "charset=UTF-8").encode("cp1252"))
    state = _siobhan_state()
    text, kind, to, send, note, opened = open_draft_file(str(path), state)
    assert "Dear Siobh\ufffdn," in text
    (warning,) = opened.warnings
    for html in (note, run_critique(text, kind, to, send, state, NOW, opened)[0]):
        assert "Part of mislabelled.eml was read with a guess." in html
        assert "The email&#x27;s text is not valid &#x27;utf-8&#x27; text;" in html
        assert "5 characters shown as “\ufffd”." in html
        assert "U+FFFD" not in html and "offset" not in html and "text/plain" not in html
    edited = text.replace("\ufffd", "á")  # once fixed by hand, no longer said
    assert "read with a guess" not in run_critique(edited, kind, to, send, state, NOW, opened)[0]
    # pasted, the text is what was typed, whatever charset it declares: nothing is guessed
    pasted = LATIN1_EML.replace("charset=ISO-8859-1", "charset=x-klingon")
    verdict, _, findings = run_critique(pasted, "", "", "", state, NOW)
    assert "read with a guess" not in verdict and "name-misspelled" not in findings
    # but a header that cannot be read, whose value a field gives, is said
    cut_off = LATIN1_EML.replace("<s.kelly@acme.example>", "<s.kelly@")
    verdict = run_critique(cut_off, "", "Siobhán Kelly", "", state, NOW)[0]
    assert "Part of this email was read with a guess." in verdict
    assert "the Recipient field is used instead." in verdict and "--to" not in verdict


def test_plain_words_for_the_readers_warnings() -> None:
    from ui.render import plain_reading

    assert plain_reading("unreadable To header 'x@': IndexError: bad; --to is used instead") == (
        "Unreadable To header 'x@': IndexError: bad; the Recipient field is used instead."
    )
    assert plain_reading("the Subject header holds raw 8-bit bytes; read as latin1") == (
        "The Subject header holds unencoded accented letters or symbols; read as latin1."
    )
    assert plain_reading(
        "the text/html part declares no charset and is not UTF-8 (byte 0xe9 at offset 3, line 2); "
        "1 character read as U+FFFD"
    ) == (
        "The email's HTML text does not say which character set it is in and is not UTF-8; "
        "1 character shown as “\ufffd”."
    )


# --- the chat (its answers are tested in tests/test_chat_*.py; here: the endpoint and the page)


def chat(client: Any, message: str, notes: str = NOTES, history: str = "") -> dict[str, Any]:
    return dict(json.loads(client.predict(message, notes, history, api_name="/chat")))


def test_chat_endpoint_returns_the_coach_ask_document(client: Any) -> None:
    from coach.chat import ask
    from coach.readers import notes_from_text

    doc = chat(client, "When should I check in with Sarah?")
    assert set(doc) >= {"version", "answer", "intent", "citations", "rules", "findings", "draft"}
    assert doc["version"] == 1 and doc["backend"] == "none" and doc["intent"] == "timing"
    assert "Monday 30 November" in doc["answer"] and "timing-check-in-early" in doc["rules"]
    same = ask("When should I check in with Sarah?", notes_from_text(NOTES), clock=NOW)
    assert doc == same.document()  # the page's API and `coach ask` agree


def test_chat_endpoint_reads_the_history_and_a_pasted_draft(client: Any) -> None:
    history = json.dumps(
        [
            {"role": "user", "content": "they asked me not to get in touch before 14 December"},
            {"role": "assistant", "content": "Noted."},
        ]
    )
    doc = chat(client, "So when can I check in?", history=history)
    assert "Monday 14 December" in doc["answer"]
    pasted = chat(client, "Is this too pushy?\n\nHi Sarah, please respond ASAP!! I need to know.")
    assert "tone-demanding" in {f["rule"] for f in pasted["findings"]}
    assert pasted["answer"].startswith("Yes")


def test_chat_endpoint_refuses_bad_input(client: Any) -> None:
    with pytest.raises(Exception, match="history"):
        chat(client, "When?", history="{not json")
    with pytest.raises(Exception, match="message"):
        chat(client, "   ")
    assert chat(client, "Can I connect on LinkedIn?", notes="")["citations"]


def test_chat_presentation_marks_rule_ids_and_streams() -> None:
    from ui.chat import chunks, render

    doc = {
        "answer": "Wait.\n\nSources: 004 Continue Follow Ups. Rules: timing-too-many.",
        "draft": None,
    }
    shown = render(doc)
    assert "**Sources:**" in shown and "`timing-too-many`" in shown
    pieces = list(chunks(shown, 3))
    assert pieces[-1] == shown and len(pieces) > 2


# --- serving


def test_auth_and_binding() -> None:
    from ui.server import is_loopback, parse_auth

    assert parse_auth("ada:se:cret") == ("ada", "se:cret")
    assert parse_auth("") is None
    with pytest.raises(InputError, match="expected user:password") as info:
        parse_auth("ada:")
    assert "ada" not in str(info.value).split(":", 1)[1]
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("0.0.0.0")


def test_coach_ui_refuses_a_busy_port_without_a_traceback() -> None:
    from coach.cli import cli

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        port = busy.getsockname()[1]
        run = CliRunner().invoke(cli, ["ui", "--port", str(port)])
    assert run.exit_code == 2
    assert f"port {port} on 127.0.0.1 is in use" in run.output
    assert "Traceback" not in run.output


def test_coach_ui_serves_behind_a_login_and_never_prints_the_password(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time
    import urllib.request

    from gradio_client import Client

    port = _free_port()
    env = dict(os.environ, COACH_UI_AUTH="ada:s3cret-pass", COACH_UI_SECRET="x" * 24,
               PYTHONPATH=str(ROOT))  # fmt: skip
    log = tmp_path / "ui.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", "from coach.cli import main; main()", "ui", "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=2)
                except urllib.error.HTTPError:
                    break  # up, and asking for a login
                except OSError:
                    time.sleep(0.2)
            with pytest.raises(Exception):  # noqa: B017 - any refusal will do
                Client(f"http://127.0.0.1:{port}/", verbose=False)
            client = Client(f"http://127.0.0.1:{port}/", auth=("ada", "s3cret-pass"),
                            verbose=False, ssl_verify=False)  # fmt: skip
            result = json.loads(client.predict(BAD_BODY, NOTES, "", "Sarah Chen", "",
                                               api_name="/critique"))  # fmt: skip
            assert result["to"] == "Sarah Chen"
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    printed = log.read_text("utf-8", "replace")
    assert f"http://127.0.0.1:{port}" in printed and "user 'ada'" in printed
    assert "s3cret-pass" not in printed


def test_importing_the_app_starts_nothing() -> None:
    import ui.app

    assert "demo" not in vars(ui.app)  # built on first access only
