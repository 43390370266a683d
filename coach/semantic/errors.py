"""A missing or damaged file of the semantic layer is a broken install: one line, exit 4.

There is no fallback that would change verdicts: a guardrail that silently stops reading tone
would pass messages it should fail.
"""

from __future__ import annotations

from pathlib import Path

from coach.errors import CoachError

EXIT_INSTALL = 4


class InstallError(CoachError):
    """A file the guardrail needs is missing or damaged: reinstall (exit status 4)."""

    exit_code = EXIT_INSTALL


def damaged(path: Path | str, exc: BaseException | str, fix: str = "") -> InstallError:
    what = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    hint = fix or "reinstall follow-up-coach (make install, or pip install --force-reinstall)"
    return InstallError(str(path), f"damaged or unreadable ({what}); {hint}")


def missing(path: Path | str, fix: str = "") -> InstallError:
    hint = fix or "reinstall follow-up-coach (make install, or pip install --force-reinstall)"
    return InstallError(str(path), f"missing; {hint}")
