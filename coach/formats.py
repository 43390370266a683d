"""Output formats for `coach check`: text (as ruff prints), json, junit, sarif 2.1.0, github.

`xml.etree` (and the expat parser it loads) is imported by the junit format alone, so the
other formats start without it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import Enum
from typing import Any

from coach.models import Report, Result
from coach.plain import Plain
from coach.rulebook import Rule, articles

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def counted(n: int, word: str) -> str:
    """'1 error', '2 errors': a count and its noun, in the plural when it is not one."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def _errors_line(path: str, error: str) -> str:
    return f"{path}: {error}"


def text(report: Report, rules: dict[str, Rule], input_errors: list[tuple[str, str]]) -> str:
    lines = []
    for result in report.results:
        for f in result.findings:
            lines.append(f"{result.path}:{f.line}:{f.column}: {f.rule} {f.message}")
    for path, error in input_errors:
        lines.append(f"{path}: input-error {error}")
    s = report.summary
    verdict = f"{s.passed} of {counted(s.messages, 'message')} passed"
    lines.append(
        f"{verdict}: {counted(s.errors, 'error')}, {counted(s.warnings, 'warning')}"
        + (f", {len(input_errors)} unreadable" if input_errors else "")
    )
    return "\n".join(lines)


def as_json(report: Report, rules: dict[str, Rule], input_errors: list[tuple[str, str]]) -> str:
    """The report as pydantic's `model_dump_json` writes it: compact, UTF-8 kept, the fields in
    their declared order. It is written by `json` from plain values, which writes the same text
    (serde's escapes, in lowercase hex), whatever its size: pydantic's serializer first turns
    each plain object into its model (coach.plain.as_model), which made it slower per result
    (23 against 18 ms for 1,000 real-length results, measured), and building it cost a one-file
    `coach check --format json` a fourteenth of its instructions."""
    doc = _plain(report)
    if input_errors:
        doc["errors"] = [{"path": p, "message": m} for p, m in input_errors]
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> Any:
    """A model as the dict `model_dump(mode="json")` gives, for the report's value types: models
    by their fields in order (less any excluded), enums by value, lists item by item."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    if isinstance(value, Plain):
        names = _FIELDS.get(kind)
        if names is None:
            names = _FIELDS[kind] = tuple(k for k in kind._fields if k not in kind._excluded)
        return {k: _plain(getattr(value, k)) for k in names}
    if isinstance(value, Enum):
        return value.value
    return value


_ATOMS = frozenset({str, int, bool, type(None)})
#: each model type's dumped fields, in order (pydantic builds the table on each access)
_FIELDS: dict[type, tuple[str, ...]] = {}


def junit(report: Report, rules: dict[str, Rule], input_errors: list[tuple[str, str]]) -> str:
    from xml.etree import ElementTree as ET

    s = report.summary
    suite = ET.Element(
        "testsuite",
        name="coach check",
        tests=str(s.messages + len(input_errors)),
        failures=str(s.messages - s.passed),
        errors=str(len(input_errors)),
    )
    for result in report.results:
        case = ET.SubElement(suite, "testcase", classname="coach", name=result.path)
        errors = [f for f in result.findings if f.severity == "error"]
        if errors:
            failure = ET.SubElement(
                case, "failure", message=f"{len(errors)} error(s)", type=errors[0].rule
            )
            failure.text = "\n".join(
                f"{f.line}:{f.column}: {f.rule} {f.message}" for f in result.findings
            )
        elif result.findings:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{f.line}:{f.column}: {f.rule} {f.message}" for f in result.findings
            )
    for path, error in input_errors:
        case = ET.SubElement(suite, "testcase", classname="coach", name=path)
        ET.SubElement(case, "error", message=error, type="input-error")
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode")


def sarif(report: Report, rules: dict[str, Rule], input_errors: list[tuple[str, str]]) -> str:
    ids = sorted({f.rule for r in report.results for f in r.findings} | set(rules))
    index = {rule_id: i for i, rule_id in enumerate(ids)}
    library = articles()
    descriptors = []
    for rule_id in ids:
        rule = rules[rule_id]
        descriptors.append(
            {
                "id": rule.id,
                "name": "".join(w.capitalize() for w in rule.id.split("-")),
                "shortDescription": {"text": rule.short_description},
                "fullDescription": {"text": " ".join(rule.rationale.split())},
                "help": {
                    "text": " ".join(rule.rationale.split())
                    + " Sources: "
                    + "; ".join(
                        f"{library[s.article]['file']} ({library[s.article]['title']}), {s.section}"
                        for s in rule.sources
                    )
                },
                "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
                "properties": {"family": rule.family, "sources": rule.source_ids},
            }
        )
    results = []
    for result in report.results:
        for f in result.findings:
            item = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": result.path},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "charOffset": f.start,
                                "charLength": f.end - f.start,
                                "snippet": {"text": f.excerpt},
                            },
                        }
                    }
                ],
            }
            if f.fix is not None:
                item["fixes"] = [
                    {
                        "description": {"text": f.suggestion or "Apply the safe fix"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": result.path},
                                "replacements": [
                                    {
                                        "deletedRegion": {
                                            "charOffset": f.fix.start,
                                            "charLength": f.fix.end - f.fix.start,
                                        },
                                        "insertedContent": {"text": f.fix.replacement},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            results.append(item)
    notifications = [
        {
            "level": "error",
            "message": {"text": error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": path}}}],
        }
        for path, error in input_errors
    ]
    run = {
        "tool": {
            "driver": {
                "name": "follow-up-coach",
                "informationUri": "https://pypi.org/project/follow-up-coach/",
                "rules": descriptors,
            }
        },
        "results": results,
        "invocations": [
            {"executionSuccessful": not input_errors, "toolExecutionNotifications": notifications}
        ],
    }
    return json.dumps(
        {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        },
        ensure_ascii=False,
        indent=1,
    )


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(report: Report, rules: dict[str, Rule], input_errors: list[tuple[str, str]]) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for result in report.results:
        for f in result.findings:
            props = (
                f"file={_gh_escape(result.path, True)},line={f.line},col={f.column},"
                f"title={_gh_escape(f.rule, True)}"
            )
            lines.append(f"::{level[f.severity]} {props}::{_gh_escape(f.message)}")
    for path, error in input_errors:
        lines.append(
            f"::error file={_gh_escape(path, True)},title=input-error::{_gh_escape(error)}"
        )
    return "\n".join(lines)


FORMATS: dict[str, Callable[[Report, dict[str, Rule], list[tuple[str, str]]], str]] = {
    "text": text,
    "json": as_json,
    "junit": junit,
    "sarif": sarif,
    "github": github,
}


def result_lines(result: Result) -> list[str]:
    return [f"{result.path}:{f.line}:{f.column}: {f.rule} {f.message}" for f in result.findings]
