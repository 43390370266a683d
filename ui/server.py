"""Serving the app safely: loopback by default, no analytics, optional login, and the look.

Gradio 6 takes the theme and CSS in `launch()`, so `serve` is the one place that starts the app
(the `coach ui` command, the tests and the benchmark all use it).
"""

from __future__ import annotations

import gc
import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # read by gradio at call time; never send any
# Gradio's queue re-summarises its per-event records with pandas after every event (for the
# monitoring dashboard, which we do not enable): ~15 ms of CPU per /critique call. Summarise rarely.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "10000")
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "2000")

import ipaddress
import secrets
from pathlib import Path
from typing import Any

from coach.errors import InputError
from ui.upload_limit import HEAD_JS as UPLOAD_LIMIT_JS
from ui.upload_limit import MAX_UPLOAD_BYTES

CSS_PATH = Path(__file__).resolve().parent / "style.css"
# gradio scopes style.css to the blocks' container; the page's own margin sits outside it
PAGE_HEAD = (
    "<style>@media (max-width: 640px) { .gradio-container > .app "
    "{ padding-left: 8px !important; padding-right: 8px !important; } }</style>"
)
AUTH_ENV = "COACH_UI_AUTH"
SECRET_ENV = "COACH_UI_SECRET"
LOOPBACK = "127.0.0.1"


def parse_auth(value: str | None, source: str = AUTH_ENV) -> tuple[str, str] | None:
    """`user:password` (the password may itself hold colons); never echoes the password."""
    if value is None or not value.strip():
        return None
    user, sep, password = value.strip().partition(":")
    if not sep or not user or not password:
        raise InputError(source, "expected user:password (both non-empty)")
    return user, password


def parse_logins(value: str | None, source: str = AUTH_ENV) -> list[tuple[str, str]] | None:
    """One login or several, separated by spaces or new lines: `ada:pw1 grace:pw2`. Each login
    has its own history (ui.app, coach.history.login_db_path)."""
    if value is None or not value.strip():
        return None
    logins = [parse_auth(part, source) for part in value.split()]
    users = [login[0] for login in logins if login]
    if len(set(users)) != len(users):
        raise InputError(source, "the same user is listed twice")
    return [login for login in logins if login]


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def state_secret() -> str:
    """The key that encrypts the notes kept in the browser: COACH_UI_SECRET, else one made once
    per user and kept in their config folder, so saved notes still open after a restart."""
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV]
    from platformdirs import user_config_dir

    path = Path(user_config_dir("follow-up-coach")) / "ui-secret"
    try:
        if path.is_file():
            text = path.read_text("utf-8").strip()
            if len(text) >= 16:
                return text
        path.parent.mkdir(parents=True, exist_ok=True)
        text = secrets.token_urlsafe(24)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        return text
    except OSError:  # a read-only home: notes then last until the app restarts
        return secrets.token_urlsafe(24)


def _no_matplotlib_probe() -> None:
    """Gradio tries `import matplotlib` twice per event (to set its backend); when it is not
    installed each failed import scans sys.path on the event loop: ~10 ms a call. Mark it absent
    so the import fails at once. Nothing changes where matplotlib is installed."""
    import importlib.util
    import sys

    if "matplotlib" not in sys.modules and importlib.util.find_spec("matplotlib") is None:
        sys.modules["matplotlib"] = None  # type: ignore[assignment]


def theme() -> Any:
    """Gradio's Soft theme with system fonts: nothing is fetched from a font service."""
    import gradio as gr

    sans = [
        "system-ui",
        "-apple-system",
        "Segoe UI",
        "Roboto",
        "Helvetica Neue",
        "Arial",
        "sans-serif",
    ]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    return gr.themes.Soft(
        primary_hue="indigo", secondary_hue="slate", neutral_hue="slate", font=sans, font_mono=mono
    )


def serve(
    demo: Any,
    host: str = LOOPBACK,
    port: int | None = 7860,
    auth: tuple[str, str] | list[tuple[str, str]] | None = None,
    *,
    block: bool = True,
    quiet: bool = False,
) -> tuple[Any, str]:
    """Start the server; returns (the FastAPI app, the local URL). Blocks unless `block=False`."""
    _no_matplotlib_probe()
    # compile the semantic layer (token table, classifier) before the first request, not during
    # it: on a fresh cache that takes a second, and a broken install stops here, as one line
    from coach import chat, semantic

    semantic.classifier()
    chat.warm()  # the guide and its vectors, for the chat's first answer
    demo.queue(default_concurrency_limit=None, max_size=256)
    # The app's tens of thousands of long-lived objects (gradio, fastapi and pydantic schemas,
    # rules) leave the cyclic collector's sight, so its passes during requests stay short.
    gc.collect()
    gc.freeze()
    app, url, _ = demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        auth_message="Follow-up Coach: sign in with the user and password set in COACH_UI_AUTH.",
        share=False,
        inbrowser=False,
        prevent_thread_lock=not block,
        show_error=False,
        quiet=quiet,
        footer_links=["api"],
        max_file_size=MAX_UPLOAD_BYTES,
        enable_monitoring=False,
        mcp_server=False,
        ssr_mode=False,
        pwa=False,
        strict_cors=True,
        theme=theme(),
        css_paths=[CSS_PATH],
        head=PAGE_HEAD + UPLOAD_LIMIT_JS,
    )
    return app, url
