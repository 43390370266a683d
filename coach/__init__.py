"""Follow-up Coach: drafts and checks the messages that follow a job interview."""

__version__ = "0.1.0"
