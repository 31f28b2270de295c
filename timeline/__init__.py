"""timeline: turn news articles into a database of dated events.

Example:
    >>> import timeline
    >>> db = timeline.open("timeline.db")
    >>> db.ingest_text(text, published="2015-06-12", source="article.txt")
    >>> for entry in db.actor_timeline("US"):
    ...     print(entry.date_start, entry.event_type, entry.trigger)
"""

from __future__ import annotations

import logging
from datetime import date

from .api import Database, open
from .errors import (
    InvalidDateError,
    ModelNotInstalledError,
    NotFoundError,
    SourceFormatError,
    TimelineError,
)
from .types import (
    ArticleIn,
    EventDate,
    ExtractedEvent,
    Participant,
    TimelineEntry,
    Timex,
)

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract_events(
    text: str, published: date | str | None = None, *, model: str | None = None
) -> list[ExtractedEvent]:
    """The events of one text, without a database (see :mod:`timeline.extract`)."""
    from .extract import extract_events as _extract_events

    return _extract_events(text, published, model=model)


def find_timexes(text: str, reference: date | str | None = None) -> list[Timex]:
    """The time expressions of ``text``, normalized against ``reference`` (TIMEX3 values)."""
    from .temporal import find_timexes as _find_timexes

    return _find_timexes(text, reference)


__all__ = [
    "ArticleIn",
    "Database",
    "EventDate",
    "ExtractedEvent",
    "InvalidDateError",
    "ModelNotInstalledError",
    "NotFoundError",
    "Participant",
    "SourceFormatError",
    "TimelineEntry",
    "TimelineError",
    "Timex",
    "__version__",
    "extract_events",
    "find_timexes",
    "open",
]
