"""Follow-up Coach: drafts and checks the messages that follow a job interview."""

__version__ = "0.1.0"
APP_NAME = "follow-up-coach"  # the folder name for user data, config and cache


def __getattr__(name: str) -> object:
    """`coach.Checker` and `coach.Batch` (the library API, coach/library.py), imported when
    first used, so that the command line does not pay for them."""
    if name in ("Checker", "Batch"):
        from coach import library

        return getattr(library, name)
    raise AttributeError(f"module 'coach' has no attribute {name!r}")
