"""Model backends behind one small interface (`Backend`), chosen by `get_backend`.

| backend    | what it is                                                        |
|------------|-------------------------------------------------------------------|
| `embedded` | SmolLM2-135M on the CPU in a child process (default: works offline) |
| `openai`   | any OpenAI-compatible endpoint: OPENAI_BASE_URL, OPENAI_API_KEY, COACH_MODEL |
| FakeBackend| canned replies for tests; never chosen from the environment        |

Nothing here imports `openai` or `xllamacpp` until a backend is used, so importing this package
is cheap and has no side effects.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from coach.backends.base import Backend, ChatResult, Message
from coach.backends.fake import FakeBackend
from coach.errors import InputError, ModelUnavailable

BACKENDS = ("embedded", "openai")

__all__ = [
    "BACKENDS",
    "Backend",
    "ChatResult",
    "FakeBackend",
    "Message",
    "backend_name",
    "get_backend",
]


def backend_name(name: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """`name`, else COACH_BACKEND, else `openai` when OPENAI_BASE_URL is set, else `embedded`."""
    env = os.environ if env is None else env
    source = "--backend"
    if not name:
        name, source = env.get("COACH_BACKEND", "").strip(), "COACH_BACKEND"
    if not name:
        return "openai" if env.get("OPENAI_BASE_URL") else "embedded"
    name = name.strip().lower()
    if name not in BACKENDS:
        raise InputError(source, f"expected one of {', '.join(BACKENDS)}, got {name!r}")
    return name


def get_backend(
    name: str | None = None, model: str | None = None, *, env: Mapping[str, str] | None = None
) -> Backend:
    """The backend a command should use; `name`/`model` are the --backend/--model overrides.

    Cheap: no process is started and no connection made until the first `chat()`.
    For `embedded`, `model` may be a path to another GGUF file (COACH_MODEL_PATH works too);
    COACH_MODEL is the endpoint's model name and only applies to `openai`.
    """
    env = os.environ if env is None else env
    chosen = backend_name(name, env)
    _require("openai", "tiktoken", *(("xllamacpp",) if chosen == "embedded" else ()))
    if chosen == "openai":
        from coach.backends.openai_compat import OpenAICompatBackend

        model = model or env.get("COACH_MODEL", "").strip()
        if not model:
            raise ModelUnavailable(
                "openai backend", "no model name: set COACH_MODEL (or pass --model)"
            )
        return OpenAICompatBackend(
            name="openai",
            model=model,
            base_url=env.get("OPENAI_BASE_URL") or None,
            api_key=env.get("OPENAI_API_KEY") or "",
        )
    from coach.backends.embedded import EmbeddedBackend
    from coach.model_fetch import MODEL_NAME

    if not model or model == MODEL_NAME:
        return EmbeddedBackend()
    path = Path(model).expanduser()
    if path.suffix.lower() == ".gguf":
        if not path.is_file():
            raise ModelUnavailable("--model", f"{path} is not a file")
        return EmbeddedBackend(path)
    raise InputError(
        "--model", f"the embedded backend serves {MODEL_NAME} or a .gguf file, not {model!r}"
    )


def _require(*modules: str) -> None:
    """The model backends are the 'models' extra: a lean install (the checker only) lacks them.
    Say so before a model file or an endpoint is looked for (the CLI names the extra)."""
    import importlib.util

    for module in modules:
        if importlib.util.find_spec(module) is None:
            raise ModuleNotFoundError(f"No module named {module!r}", name=module)
