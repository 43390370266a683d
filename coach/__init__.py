"""Follow-up Coach: drafts and checks the messages that follow a job interview."""

__version__ = "0.1.0"
APP_NAME = "follow-up-coach"  # the folder name for user data, config and cache
