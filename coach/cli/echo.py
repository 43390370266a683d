"""`click.echo` without importing click, for the output of a plain `coach check`."""

from __future__ import annotations

import codecs
import sys
from typing import TextIO


def echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """Write and flush, as click.echo does. Where click would change the text (an escape code
    on a stream that is not a terminal: it strips them) or the stream (standard output set to
    ASCII: it writes UTF-8), click.echo itself writes it."""
    stream: TextIO | None = sys.stderr if err else sys.stdout
    if stream is None or "\x1b" in message or not _plain(stream):
        import click

        click.echo(message, err=err, nl=nl)
        return
    stream.write(message + "\n" if nl else message)
    stream.flush()


def _plain(stream: TextIO) -> bool:
    """A text stream in UTF-8, the one click writes to unchanged."""
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str) or not hasattr(stream, "buffer"):
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
