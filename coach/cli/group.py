"""The `coach` command as a click group. Each subcommand lives in its own module, imported only
when it runs, so `coach check` never pays for gradio or openai."""

from __future__ import annotations

import importlib
from typing import Any, NoReturn

import click

from coach.cli import COMMANDS, end_start_up, missing_part


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
        end_start_up()
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


def _missing_part(ctx: click.Context, command: str, exc: ModuleNotFoundError) -> NoReturn:
    line, status = missing_part(command, exc)
    click.echo(line, err=True)
    raise click.exceptions.Exit(status)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="follow-up-coach")
def cli() -> None:
    """Follow-up Coach: draft and check the messages that follow a job interview."""
