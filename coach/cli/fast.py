"""A plain `coach check` command line, read without click.

`parse` takes the arguments only when click would read them the same way: `check`, then paths
and the check's options, each option once, in the forms `--name value` or `--name=value`, and
every value one that click would accept unchanged. Anything else (help, a version, an unknown
or repeated option, a value that looks like an option, a choice click would refuse, a notes or
database path that is a folder or cannot be read, shell completion) returns None, and click reads
the line as before, with its own messages and exit statuses.
"""

from __future__ import annotations

import os
import stat
import sys
from typing import Any

#: the check's options that take a value, by name, and the parameter each fills
VALUED = {
    "--notes": "notes_path",
    "--kind": "kind",
    "--to": "to",
    "--send-at": "send_at",
    "--format": "fmt",
    "--select": "select",
    "--ignore": "ignore",
    "--fail-on": "fail_on",
    "--db": "db",
}
FLAGS = {"--fix": "fix", "--diff": "diff"}
CHOICES = {
    "fmt": ("text", "json", "junit", "sarif", "github"),
    "fail_on": ("error", "warning"),
}
#: click.Path(dir_okay=False): a folder or an unreadable file is click's usage error
PATHS = ("notes_path", "db")


def parse(argv: list[str] | None) -> dict[str, Any] | None:
    """The check's parameters from a plain command line, or None for click to read it."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or args[0] != "check" or os.environ.get("_COACH_COMPLETE"):
        return None
    options: dict[str, Any] = {
        "notes_path": None,
        "kind": None,
        "to": None,
        "send_at": None,
        "fmt": "text",
        "select": None,
        "ignore": None,
        "fail_on": "error",
        "fix": False,
        "diff": False,
        "db": None,
    }
    given: set[str] = set()
    paths: list[str] = []
    rest = args[1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        i += 1
        if not isinstance(arg, str):
            return None
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=")
        if name in FLAGS and not eq:
            key = FLAGS[name]
            options[key] = True
        elif name in VALUED:
            key = VALUED[name]
            if not eq:
                if i >= len(rest):
                    return None
                value = rest[i]
                i += 1
            if not isinstance(value, str) or value.startswith("-"):
                return None
            options[key] = value
        else:
            return None
        if key in given:
            return None
        given.add(key)
    if not paths:
        return None
    for key, allowed in CHOICES.items():
        if options[key] not in allowed:
            return None
    for key in PATHS:
        if options[key] is not None and not _plain_file_path(options[key]):
            return None
    options["paths"] = tuple(paths)
    return options


def _plain_file_path(path: str) -> bool:
    """True where click.Path(dir_okay=False) passes the value on unchanged."""
    if not path:
        return False
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True  # click lets a missing file through; reading it says what is wrong
    return not stat.S_ISDIR(mode) and os.access(path, os.R_OK)


def run(options: dict[str, Any]) -> bool:
    """Run the check as click would, ending the process with its exit status; False (before
    anything is written) when click should read the line instead: a usage error."""
    from coach.cli import end_start_up, missing_part

    try:
        from coach.cli import check_run
    except ModuleNotFoundError as exc:
        line, status = missing_part("check", exc)
        _stderr_line(line)
        sys.exit(status)
    end_start_up()
    from coach.errors import CoachError

    try:
        check_run.run_check(**options)
    except check_run.UsageProblem:
        return False
    except CoachError as exc:
        _stderr_line(f"coach: {exc}")
        sys.exit(exc.exit_code)
    except ModuleNotFoundError as exc:
        line, status = missing_part("check", exc)
        _stderr_line(line)
        sys.exit(status)
    except (EOFError, KeyboardInterrupt):
        import click

        click.echo(file=sys.stderr)
        click.echo("Aborted!", file=sys.stderr)
        sys.exit(1)
    except OSError as exc:
        import errno

        if exc.errno != errno.EPIPE:
            raise
        from click.utils import _PacifyFlushWrapper  # what click's main does on a closed pipe

        sys.stdout = _PacifyFlushWrapper(sys.stdout)  # type: ignore[assignment]
        sys.stderr = _PacifyFlushWrapper(sys.stderr)  # type: ignore[assignment]
        sys.exit(1)
    return True


def _stderr_line(line: str) -> None:
    from coach.cli.echo import echo

    echo(line, err=True)
