"""pytest plugin: `pytest --coach PATH` (or the `coach_paths` ini option) collects each message
file (.eml, .md, .txt) under PATH as one test item that fails when the guardrail fails it.

A file with a sibling `NAME.expected` is a golden fixture instead: the item passes when the
findings, printed as `path:line:col: rule-id message`, equal that file's lines exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SUFFIXES = (".eml", ".md", ".txt")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("coach", "Follow-up Coach message checks")
    group.addoption(
        "--coach",
        action="append",
        default=[],
        metavar="PATH",
        help="check the message files under PATH, one test item each",
    )
    group.addoption(
        "--coach-notes",
        default=None,
        metavar="FILE",
        help="interview notes for messages that name none",
    )
    group.addoption(
        "--coach-fail-on",
        choices=["error", "warning"],
        default=None,
        help="lowest severity that fails an item (default: error)",
    )
    parser.addini("coach_paths", "folders or files of messages to check", type="paths", default=[])
    parser.addini("coach_notes", "interview notes for messages that name none", default="")
    parser.addini("coach_fail_on", "lowest severity that fails an item", default="error")


def _roots(config: pytest.Config) -> list[Path]:
    given = [Path(p) for p in config.getoption("coach")]
    return [p.resolve() for p in (*given, *config.getini("coach_paths"))]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "coach: a message file checked by the guardrail")
    # paths given with --coach are collected even when they are not under testpaths
    for path in config.getoption("coach"):
        if path not in config.args:
            config.args.append(path)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix not in SUFFIXES:
        return None
    resolved = file_path.resolve()
    for root in _roots(parent.config):
        if resolved == root or root in resolved.parents:
            return MessageFile.from_parent(parent, path=file_path)
    return None


class MessageFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        yield MessageItem.from_parent(self, name=self.path.name)


class CoachFailure(Exception):
    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


class MessageItem(pytest.Item):
    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.add_marker("coach")

    def runtest(self) -> None:
        from coach.errors import CoachError
        from coach.readers import load_notes, read_message

        config = self.config
        notes_file = config.getoption("coach_notes") or config.getini("coach_notes")
        try:
            notes = load_notes(Path(notes_file)) if notes_file else None
            message = read_message(self.path, notes=notes) if notes else read_message(self.path)
        except CoachError as exc:
            raise CoachFailure([f"input error: {exc}"]) from None
        result = _checker().check(message)
        expected = self.path.with_name(self.path.name + ".expected")
        if expected.exists():
            self._compare(result, expected)
            return
        fail_on = config.getoption("coach_fail_on") or config.getini("coach_fail_on")
        failing = {"error"} if fail_on == "error" else {"error", "warning"}
        bad = [f for f in result.findings if f.severity in failing]
        if bad:
            raise CoachFailure(_describe(result.findings))

    def _compare(self, result: Any, expected: Path) -> None:
        got = [
            f"{self.path.name}:{f.line}:{f.column}: {f.rule} {f.message}" for f in result.findings
        ]
        want = [ln for ln in expected.read_text("utf-8").splitlines() if ln.strip()]
        if got != want:
            import difflib

            raise CoachFailure(
                [
                    "findings differ from " + expected.name + ":",
                    *difflib.unified_diff(want, got, "expected", "got", lineterm=""),
                ]
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CoachFailure):
            return "\n".join(excinfo.value.lines)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"coach check {self.path.name}"


_CHECKER: Any = None


def _checker() -> Any:
    global _CHECKER
    if _CHECKER is None:
        from coach.engine import Checker

        _CHECKER = Checker()
    return _CHECKER


def _describe(findings: list[Any]) -> list[str]:
    from coach.rulebook import articles, load_rules

    rules, library = load_rules(), articles()
    lines = []
    for f in findings:
        lines.append(f"{f.line}:{f.column}: {f.rule} ({f.severity}) {f.message}")
        lines.append(f"    excerpt: {f.excerpt!r}")
        if f.suggestion:
            lines.append(f"    suggestion: {f.suggestion}")
        for src in rules[f.rule].sources:
            lines.append(
                f"    source: {library[src.article]['file']} "
                f'"{library[src.article]["title"]}", {src.section}'
            )
    return lines
