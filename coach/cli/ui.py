"""`coach ui`: serve the web app, on loopback unless told otherwise."""

from __future__ import annotations

import os

import click

from coach.errors import InputError


@click.command("ui")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind. Anything but loopback should have --auth.",
)
@click.option(
    "--port",
    default=7860,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port (0 picks a free one).",
)
@click.option(
    "--auth",
    "auth_value",
    metavar="USER:PASSWORD",
    envvar="COACH_UI_AUTH",
    help="Require a login (several: 'ada:pw1 grace:pw2'); each login has its own history. "
    "Prefer $COACH_UI_AUTH: a command line is visible to others.",
)
@click.option(
    "--backend",
    type=click.Choice(["embedded", "openai"]),
    default=None,
    help="Model backend for drafts (default: $COACH_BACKEND, else embedded).",
)
@click.option("--model", default=None, help="Model name (openai) or .gguf file (embedded).")
def ui(
    host: str, port: int, auth_value: str | None, backend: str | None, model: str | None
) -> None:
    """The web app: notes, drafts, critique, coach chat and next steps."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    from ui.server import is_loopback, parse_logins

    auth = parse_logins(auth_value, "--auth / COACH_UI_AUTH")
    if not is_loopback(host) and auth is None:
        click.echo(
            f"coach ui: warning: serving on {host} without a login; anyone who can reach "
            "this address can use the app. Set COACH_UI_AUTH=user:password.",
            err=True,
        )
    if port == 0:
        port = _free_port(host)
    elif not _port_free(host, port):
        raise InputError("--port", f"port {port} on {host} is in use (try --port 0)")

    from coach.backends import get_backend
    from ui.app import build_demo
    from ui.server import serve

    demo = build_demo(backend_factory=lambda: get_backend(backend, model))
    users = [repr(user) for user, _ in auth or []]
    who = (
        f", login required for user {users[0]}"
        if len(users) == 1
        else f", login required for users {', '.join(users)} (a history each)"
        if users
        else ""
    )
    click.echo(
        f"Follow-up Coach: starting on http://{host}:{port}{who}. Ctrl-C stops it.", err=True
    )
    try:
        serve(demo, host, port, auth, quiet=True)
    except KeyboardInterrupt:
        pass
    finally:
        services = getattr(demo, "coach_services", None)  # stops the embedded model, if started
        if services is not None:
            services.backends.close()


def _free_port(host: str) -> int:
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True
