"""Exceptions raised by timeline. Every one derives from :class:`TimelineError`."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""


class SourceFormatError(TimelineError):
    """An input could not be read as an article (empty, binary, bad encoding, malformed...).

    The message is one line and names the input, e.g. ``notes.txt: file is empty``.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class InvalidDateError(TimelineError, ValueError):
    """A date given by the user or found in metadata is not a real calendar date."""


class ModelNotInstalledError(TimelineError):
    """The spaCy pipeline asked for is not installed."""


class NotFoundError(TimelineError):
    """An actor, location or entity named in a query is not in the database."""
