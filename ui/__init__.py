"""The Follow-up Coach web app (Gradio). `from ui import build_demo`; `ui.app.demo` is the app.

Nothing heavy is imported until asked for: `ui.form`, `ui.critique` and friends work without
loading gradio.
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_demo", "serve"]


def __getattr__(name: str) -> Any:
    if name == "build_demo":
        from ui.app import build_demo

        return build_demo
    if name == "serve":
        from ui.server import serve

        return serve
    if name == "demo":
        from ui import app

        return app.demo
    raise AttributeError(name)
