"""`coach check` in-process: exit statuses, output formats, fixes and every kind of bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from coach.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GOOD = """---
kind: thank_you
to: Sarah Chen
send_at: 2026-11-20T19:30:00-05:00
notes: acme.yaml
---
Subject: Thank you for today's Data Analyst interview

Dear Sarah,

Thank you for meeting with me today. I enjoyed hearing how you are moving the dashboards
from Tableau to Looker.

I remain very interested in the Data Analyst role.

Best regards,
Priya Raman
"""


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, ["check", *args], input=stdin)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES / "acme.yaml", tmp_path / "acme.yaml")
    (tmp_path / "good.md").write_text(GOOD, "utf-8")
    return tmp_path


def test_good_message_passes(folder):
    result = run(str(folder / "good.md"))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("1 of 1 message passed: 0 errors, 0 warnings")


def test_bad_message_fails_with_ruff_style_lines():
    result = run(str(EXAMPLES / "thank-you-bad.md"))
    assert result.exit_code == 1
    assert (
        f"{EXAMPLES / 'thank-you-bad.md'}:3:4: name-misspelled 'Sara' looks like a "
        "misspelling of 'Sarah'" in result.stdout
    )


def test_json_follows_the_interface(folder):
    result = run(str(EXAMPLES / "thank-you-bad.md"), "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["version"] == 1 and set(doc) == {"version", "results", "summary"}
    res = doc["results"][0]
    assert set(res) == {"path", "kind", "kind_inferred", "to", "passed", "text_passed", "findings"}
    finding = next(f for f in res["findings"] if f["rule"] == "name-misspelled")
    assert set(finding) == {
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "start",
        "end",
        "excerpt",
        "suggestion",
        "fix",
        "sources",
    }
    text = (EXAMPLES / "thank-you-bad.md").read_text().split("---\n", 2)[2]
    assert text[finding["start"] : finding["end"]] == "Sara" == finding["excerpt"]
    assert finding["fix"] == {
        "start": finding["start"],
        "end": finding["end"],
        "replacement": "Sarah",
    }
    # the warning is interest-missing: "Subject: Thanks" states the note's point, not bare
    assert doc["summary"] == {"messages": 1, "passed": 0, "errors": 4, "warnings": 1}


def test_junit_sarif_and_github_formats():
    bad = str(EXAMPLES / "thank-you-bad.md")
    suite = ET.fromstring(run(bad, "--format", "junit").stdout.split("\n", 1)[1])
    assert suite.get("failures") == "1" and suite.find("testcase/failure") is not None
    sarif = json.loads(run(bad, "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    driver = sarif["runs"][0]["tool"]["driver"]
    assert {r["id"] for r in driver["rules"]} >= {"name-misspelled", "tone-demanding"}
    result = sarif["runs"][0]["results"][0]
    assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    lines = run(bad, "--format", "github").stdout.splitlines()
    assert any(ln.startswith("::error file=") and "title=name-misspelled::" in ln for ln in lines)


def test_select_ignore_and_fail_on():
    bad = str(EXAMPLES / "thank-you-bad.md")
    only_names = run(bad, "--select", "names", "--format", "json")
    rules = {f["rule"] for f in json.loads(only_names.stdout)["results"][0]["findings"]}
    assert rules == {"name-misspelled"}
    assert run(bad, "--ignore", "name-misspelled,tone,timing,detail").exit_code == 0
    assert run(bad, "--select", "interest-missing", "--fail-on", "warning").exit_code == 1
    unknown = run(bad, "--select", "no-such-rule")
    assert unknown.exit_code == 2 and "no-such-rule" in unknown.stderr


def test_fix_and_diff(folder):
    target = folder / "typo.md"
    target.write_text(GOOD.replace("Dear Sarah", "Dear Sara"), "utf-8")
    diff = run(str(target), "--diff")
    assert "-Dear Sara," in diff.stdout and "+Dear Sarah," in diff.stdout
    assert "Dear Sara," in target.read_text()
    fixed = run(str(target), "--fix")
    assert fixed.exit_code == 0, fixed.output
    assert target.read_text() == GOOD


def test_stdin_with_notes(folder):
    body = GOOD.split("---\n", 2)[2]
    result = run(
        "-",
        "--notes",
        str(folder / "acme.yaml"),
        "--kind",
        "thank_you",
        "--to",
        "Sarah Chen",
        "--send-at",
        "2026-11-20T19:30:00-05:00",
        stdin=body,
    )
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("front.md", "---\nkind: [thank_you\n---\nDear Sarah,\n", "malformed YAML"),
        ("unclosed.md", "---\nkind: thank_you\nDear Sarah,\n", "no closing '---'"),
        (
            "missing.md",
            "---\nnotes: nowhere.yaml\n---\nDear Sarah,\n",
            "nowhere.yaml: no such file",
        ),
        (
            "offset.md",
            "---\nsend_at: 2026-11-20T19:30:00\nnotes: acme.yaml\n---\nDear Sarah,\n",
            "send_at: time has no UTC offset",
        ),
        (
            "who.md",
            "---\nto: Sam Jones\nnotes: acme.yaml\n---\nDear Sam,\n",
            "to: unknown recipient 'Sam Jones'",
        ),
        ("kind.md", "---\nkind: thanks\n---\nDear Sarah,\n", "kind: unknown kind 'thanks'"),
        ("key.md", "---\nsender: me\n---\nDear Sarah,\n", "sender: unknown front-matter key"),
        ("empty.md", "---\nkind: thank_you\n---\n\n", "empty body"),
        # a key given twice: which one was meant is the person's call, not a silent last-wins
        (
            "twice.md",
            "---\nto: Sarah Chen\nkind: thank_you\nto: Bob Smith\n---\nDear Sarah,\n",
            "line 4, column 1: the key 'to' is given twice",  # the file's line
        ),
        ("subject-only.md", "Subject: Thanks\n", "empty body"),
    ],
)
def test_bad_input_is_one_line_exit_2(folder, name, content, expected):
    path = folder / name
    path.write_text(content, "utf-8")
    result = run(str(path), str(folder / "good.md"), "--format", "json")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert [r["path"] for r in doc["results"]] == [str(folder / "good.md")]  # the rest is checked
    (error,) = doc["errors"]
    assert error["path"] == str(path) and expected in error["message"]
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"Dear Sarah,\n\xff\xfe thanks",
            "is not UTF-8: byte 0xff at offset 12 (line 2); save it as UTF-8 text",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"Dear Sarah, " + b"thanks " * 150_000, "the limit is 1,000,000"),
    ],
)
def test_unreadable_files_are_reported_by_name(folder, data, expected):
    path = folder / "bad.txt"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 2
    assert f"{path}: input-error" in result.stdout and expected in result.stdout


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("candidate: {name: Priya}\n", "company: required key is missing"),
        (
            "candidate: {name: Priya}\ncompany: {name: Acme}\nrole: Analyst\n"
            "interview: {start: 2026-11-20T14:00:00}\ninterviewers: [{name: Sarah Chen}]\n",
            "interview.start: time has no UTC offset",
        ),
        (
            "candidate: {name: Priya}\ncompany: {name: Acme}\nrole: Analyst\n"
            "interview: {start: 2026-02-30T14:00:00-05:00}\ninterviewers: [{name: Sarah Chen}]\n",
            "interview.start: '2026-02-30T14:00:00-05:00' is not a real date or time",
        ),
        (
            "candidate: {name: Priya}\ncompany: {name: Acme}\nrole: Analyst\ncolour: blue\n"
            "interview: {start: 2026-11-20T14:00:00-05:00}\ninterviewers: [{name: Sarah Chen}]\n",
            "colour: unknown key",
        ),
        ("candidate: {name: Priya\n", "malformed YAML: line 2"),
        (
            "candidate: {name: Priya}\ncompany: {name: Acme}\nrole: Analyst\n"
            "interview: {start: 2026-11-20T14:00:00-05:00}\n"
            "interviewers:\n  - name: Sarah Chen\n    name: Sara Chen\n",
            "line 7, column 5: the key 'name' is given twice",
        ),
    ],
)
def test_bad_notes_name_the_file_and_key(folder, notes, expected):
    path = folder / "notes.yaml"
    path.write_text(notes, "utf-8")
    result = run(str(folder / "good.md"), "--notes", str(path))
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith(f"coach: {path}") and expected in line


NOTES_HEAD = "candidate: {name: Priya}\ncompany: {name: Acme}\nrole: Analyst\n"
START = "interview: {start: 2026-11-20T14:00:00-05:00}\n"


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        # a required key misspelt: the typo is the fault, not the key it leaves missing
        (
            NOTES_HEAD + START + "interviewrs: [{name: Sarah Chen}]\n",
            "interviewrs: unknown key (did you mean 'interviewers'?)",
        ),
        (
            NOTES_HEAD + START + "interviewer: [{name: Sarah Chen}]\n",
            "interviewer: unknown key (did you mean 'interviewers'?)",
        ),
        # an optional key misspelt, at the top and inside an interviewer
        (
            NOTES_HEAD + START + "interviewers: [{name: Sarah Chen}]\ndetials: [Looker]\n",
            "detials: unknown key (did you mean 'details'?)",
        ),
        (
            NOTES_HEAD + START + "interviewers: [{name: Sarah Chen, titel: Manager}]\n",
            "interviewers.0.titel: unknown key (did you mean 'title'?)",
        ),
    ],
)
def test_a_misspelt_notes_key_is_named_with_the_key_meant(folder, notes, expected):
    path = folder / "notes.yaml"
    path.write_text(notes, "utf-8")
    result = run(str(folder / "good.md"), "--notes", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"coach: {path}: {expected}\n"


def test_a_misspelt_key_in_notes_opened_in_the_page_is_named_likewise():
    from ui.notes_view import load_notes_text

    values, error = load_notes_text(NOTES_HEAD + START + "interviewrs: [{name: Sam}]\n", "n.yaml")
    assert values is None and "interviewrs: unknown key (did you mean &#x27;interviewers" in error


@pytest.mark.parametrize("content", ["", "# notes to come\n"])
def test_an_empty_notes_file_is_said_to_be_empty(folder, content):
    path = folder / "notes.yaml"
    path.write_text(content, "utf-8")
    result = run(str(folder / "good.md"), "--notes", str(path))
    assert result.exit_code == 2 and result.stderr.startswith(f"coach: {path}: the file is empty")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--kind", "thankyou"], "coach: --kind: unknown kind 'thankyou' (expected one of: "),
        (["--send-at", "tomorrow"], "coach: --send-at: not an ISO 8601 time: 'tomorrow'\n"),
    ],
)
def test_a_bad_option_value_names_the_option_once(folder, args, expected):
    result = run(str(folder / "good.md"), *args)
    assert result.exit_code == 2 and result.stderr.startswith(expected)


def test_missing_notes_file(folder):
    result = run(str(folder / "good.md"), "--notes", str(folder / "nope.yaml"))
    assert result.exit_code == 2 and "nope.yaml: no such file" in result.stderr


def test_eml_html_only_quoted_reply_and_signature(folder):
    eml = folder / "reply.eml"
    eml.write_text(
        "From: Priya Raman <priya@example.com>\nTo: Sarah Chen <sarah.chen@acme.example>\n"
        "Subject: Thank you for today's Data Analyst interview\n"
        "Date: Fri, 20 Nov 2026 19:30:00 -0500\nX-Coach-Kind: thank_you\nX-Coach-Notes: acme.yaml\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        "<p>Dear Sarah,</p><p>Thank you for meeting me today. I enjoyed hearing how the "
        "dashboards are moving from Tableau to Looker, and I remain very interested in the "
        "role.</p><p>Best regards,<br>Priya Raman</p>"
        "<p>On Fri, Nov 20, 2026, Sarah Chen wrote:</p>"
        "<blockquote>Respond ASAP, Sara!!!</blockquote>",
        "utf-8",
    )
    result = run(str(eml), "--format", "json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0, result.output
    assert doc["results"][0]["to"] == "Sarah Chen"
    assert not [f for f in doc["results"][0]["findings"] if f["rule"].startswith("tone")]


def test_folder_is_searched_recursively(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "again.md").write_text(GOOD.replace("acme.yaml", "../acme.yaml"), "utf-8")
    (folder / "ignored.json").write_text("{}", "utf-8")
    result = run(str(folder), "--format", "json")
    assert json.loads(result.stdout)["summary"]["messages"] == 2


def test_rules_catalogue_lists_every_rule():
    from coach.rulebook import load_rules

    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    ids = [r["id"] for r in json.loads(result.stdout)["rules"]]
    assert ids == list(load_rules()) and len(ids) == 38
    one = CliRunner().invoke(cli, ["rules", "name-misspelled"])
    assert "003_56dc57431e3c9f42.txt" in one.stdout and "Use instead" in one.stdout


CRASH = (
    b'From: Priya Raman <priya@example.com>\nTo: "Macrae, Douglas" <dmacrae@\n'
    b"Subject: Thank you\nDate: Fri, 20 Nov 2026 20:15:00 -0500\n\nDear Douglas,\n\nThanks.\n"
)


def test_a_cut_off_to_header_is_one_line_and_the_batch_goes_on(folder):
    """`coach check crash.eml ok.md`: the stdlib raises IndexError on the To header; that is
    crash.eml's one-line error, and ok.md is still checked and reported."""
    (folder / "crash.eml").write_bytes(CRASH)
    (folder / "ok.md").write_text(GOOD, "utf-8")
    crash, ok = str(folder / "crash.eml"), str(folder / "ok.md")
    result = run(crash, ok)
    assert result.exit_code == 2 and "Traceback" not in result.output
    lines = result.stdout.splitlines()
    assert lines == [
        f"{crash}: input-error To: unreadable To header '\"Macrae, Douglas\" <dmacrae@': "
        "IndexError: string index out of range",
        "1 of 1 message passed: 0 errors, 0 warnings, 1 unreadable",
    ]
    doc = json.loads(run(crash, ok, "--format", "json").stdout)
    assert [r["path"] for r in doc["results"]] == [ok]
    assert [e["path"] for e in doc["errors"]] == [crash]


def test_an_unreadable_header_an_option_replaces_is_a_warning(folder):
    (folder / "crash.eml").write_bytes(CRASH.replace(b"Douglas", b"Sarah"))
    result = run(str(folder / "crash.eml"), "--to", "Sarah Chen", "--format", "json")
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    doc = json.loads(result.stdout)
    assert doc["results"][0]["to"] == "Sarah Chen" and "errors" not in doc
    (warning,) = doc["input_warnings"]
    assert warning["path"] == str(folder / "crash.eml")
    assert warning["message"].endswith("; --to is used instead")
    assert result.stderr == f"{folder / 'crash.eml'}: input-warning {warning['message']}\n"


LATIN1 = (
    "From: =?ISO-8859-1?Q?Priya_Raman?= <priya@example.com>\n"
    "To: Sarah Chen <sarah.chen@acme.example>\n"
    "Subject: Thank you for today's Data Analyst interview\n"
    "Date: Fri, 20 Nov 2026 19:30:00 -0500\nX-Coach-Kind: thank_you\nX-Coach-Notes: acme.yaml\n"
    "User-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset={charset}; format=flowed\n"
    "Content-Transfer-Encoding: 8bit\n\n"
) + GOOD.split("---\n", 2)[2].split("\n", 2)[2].replace(
    "Looker", "Looker (and Power BI à la carte)"
)


def test_a_latin1_email_passes_and_a_mislabelled_one_warns(folder):
    (folder / "latin1.eml").write_bytes(LATIN1.format(charset="ISO-8859-1").encode("latin-1"))
    result = run(str(folder / "latin1.eml"))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    (folder / "wrong.eml").write_bytes(LATIN1.format(charset="UTF-8").encode("latin-1"))
    result = run(str(folder / "wrong.eml"))
    assert result.exit_code == 0, result.output  # read with U+FFFD, checked, not refused
    assert result.stderr == (
        f"{folder / 'wrong.eml'}: input-warning the text/plain part is not valid 'utf-8' "
        "(byte 0xe0 at offset 139, line 4); 1 character read as U+FFFD\n"
    )
    github = run(str(folder / "wrong.eml"), "--format", "github").stdout
    assert f"::warning file={folder / 'wrong.eml'},title=input-warning::" in github


def test_a_latin1_email_on_standard_input(folder):
    data = LATIN1.format(charset="ISO-8859-1").replace("acme.yaml", str(folder / "acme.yaml"))
    result = run("-", "--format", "json", stdin=data.encode("latin-1"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["to"] == "Sarah Chen"


def test_an_internal_error_names_the_file_and_the_exception(folder, monkeypatch):
    import coach.eml_read

    def broken(*args, **kwargs):
        raise KeyError("no such thing")

    monkeypatch.setattr(coach.eml_read, "eml_text", broken)
    (folder / "any.eml").write_bytes(LATIN1.format(charset="utf-8").encode())
    result = run(str(folder / "any.eml"), str(folder / "good.md"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stdout.splitlines() == [
        f"{folder / 'any.eml'}: input-error internal error while reading it: "
        "KeyError: 'no such thing' (please report this)",
        "1 of 1 message passed: 0 errors, 0 warnings, 1 unreadable",
    ]
