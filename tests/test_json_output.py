"""`coach check --format json` writes a small report with `json` and a large one with pydantic's
serializer: both must write the same text, byte for byte, whatever the strings hold."""

from __future__ import annotations

import json

import pytest

from coach import formats
from coach.models import Finding, Fix, Kind, Report, Result

#: a report as large as a folder's (once written by pydantic's serializer)
LARGE = 101

#: strings a message, a path or a name can hold: quotes, backslashes, control characters,
#: letters outside ASCII, line and paragraph separators, DEL, an emoji, a lone ampersand
AWKWARD = [
    "plain",
    'a "quoted" word',
    "back\\slash",
    "tab\tnew\nline\rreturn\bbell\fform",
    "\x00\x01\x1f\x7f",
    "Zoë Łukasiewicz, Ōtsuka 大塚",
    "line\u2028para\u2029end",
    "emoji 🙂 & </script>",
    "",
]


def _report(count: int) -> Report:
    results = []
    for i in range(count):
        text = AWKWARD[i % len(AWKWARD)]
        findings = [
            Finding.model_construct(
                rule="tone-sample",
                severity=("error", "warning", "info")[i % 3],
                message=f"message {text}",
                line=i + 1,
                column=2,
                start=3,
                end=9,
                excerpt=text,
                suggestion=None if i % 2 else f"say {text}",
                fix=Fix.model_construct(start=3, end=9, replacement=text) if i % 2 else None,
                sources=["003", "017"][: i % 3],
            )
            for _ in range(i % 3)
        ]
        results.append(
            Result.model_construct(
                path=f"mail/{text or 'x'}.md",
                kind=list(Kind)[i % len(Kind)] if i % 4 else None,
                kind_inferred=bool(i % 5 == 1),
                to=text if i % 3 else None,
                passed=not findings,
                text_passed=i % 2 == 0,
                findings=findings,
            )
        )
    return Report.of(results)


@pytest.mark.parametrize("count", [0, 1, len(AWKWARD) * 3, LARGE])
def test_json_report_is_what_pydantic_writes(count: int) -> None:
    report = _report(count)
    assert formats.as_json(report, {}, []) == report.model_dump_json()


@pytest.mark.parametrize("count", [2, LARGE])
def test_json_report_with_unreadable_files_keeps_them_last(count: int) -> None:
    report = _report(count)
    errors = [("bad\u00e9.md", 'is not UTF-8: "byte" 0xff'), ("gone.md", "no such file")]
    written = formats.as_json(report, {}, errors)
    doc = json.loads(report.model_dump_json())
    doc["errors"] = [{"path": p, "message": m} for p, m in errors]
    assert written == json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    assert list(json.loads(written)) == ["version", "results", "summary", "errors"]
