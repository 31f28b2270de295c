"""The Python entry point: ``timeline.open(path_or_url)`` returns a :class:`Database`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from . import entities
from .aliases import AliasTable, load_aliases
from .db import make_engine, make_sessionmaker, to_url, upgrade
from .errors import SourceFormatError, TimelineError
from .ingest import IngestReport, ingest
from .models import Document, Entity, Event
from .query import (
    actor_timeline,
    all_events,
    find_entities,
    key_dates,
    location_timeline,
    mentions_of,
)
from .sources import DEFAULT_MAX_BYTES, clean_text, parse_date, read_articles
from .store import SaveResult
from .types import PUBLISHED_GIVEN, PUBLISHED_UNKNOWN, ArticleIn, KeyDate, TimelineEntry

DateLike = date | str | None


def _day(value: DateLike, what: str) -> date | None:
    return parse_date(value, what) if isinstance(value, str) else value


class Database:
    """A timeline database: ingest articles, query timelines.

    Args:
        path_or_url: a SQLite file path or any SQLAlchemy URL.
        model: spaCy pipeline name used when ingesting (default: ``TIMELINE_MODEL`` or
            the packaged English pipeline); loaded on first use.
        migrate: bring the schema to the newest revision on open (default True).
        alias_files: extra alias tables (JSON) beside the packaged one.
    """

    def __init__(
        self,
        path_or_url: str | Path,
        *,
        model: str | None = None,
        migrate: bool = True,
        alias_files: Iterable[str | Path] = (),
    ) -> None:
        self.url = to_url(path_or_url)
        try:
            self.engine = make_engine(self.url)
            if migrate:
                upgrade(self.engine)
        except SQLAlchemyError as exc:
            raise TimelineError(f"cannot open database {str(path_or_url)!r}: {exc}") from exc
        self.sessions = make_sessionmaker(self.engine)
        self.model = model
        self._alias_files = tuple(alias_files)
        self.aliases: AliasTable = load_aliases(self._alias_files)

    # lifecycle
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        from .extract import load_pipeline

        return load_pipeline(self.model)

    # ingestion
    def ingest_articles(
        self, items: Iterable[ArticleIn | SourceFormatError], **callbacks: object
    ) -> IngestReport:
        """Store articles (and report the SourceFormatErrors among ``items``)."""
        from .extract import default_model
        from .gazetteer import load_gazetteer

        # storing wants every country's aliases and demonyms (kept with each entity, so
        # later queries find "Tanzanian" without loading the gazetteer again)
        aliases = self.aliases if self._alias_files else load_gazetteer().alias_table()
        return ingest(self.sessions, items, self.nlp, aliases,
                      model=self.model or default_model(), **callbacks)  # type: ignore[arg-type]

    def ingest_text(
        self,
        text: str,
        published: DateLike = None,
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> SaveResult:
        """Extract the events of one article and store them; storing twice is a no-op.

        Args:
            text: the article text.
            published: publication date (``date`` or ``YYYY-MM-DD``); None when unknown.
            source: where the text came from (a path or URL), shown in timelines.

        Raises:
            InvalidDateError: ``published`` is not a real date.
            SourceFormatError: the text is empty.
        """
        day = _day(published, "published")
        body = clean_text(text)
        if not body.strip():
            raise SourceFormatError(source or "<text>", "empty input, nothing to read")
        article = ArticleIn(
            text=body, source=source, title=title, published=day, url=url,
            published_from=PUBLISHED_GIVEN if day else PUBLISHED_UNKNOWN,
        )
        report = self.ingest_articles([article])
        if report.errors:
            raise TimelineError(report.errors[0])
        return report.results[0]

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        *,
        published: DateLike = None,
        fmt: str = "auto",
        encoding: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        **callbacks: object,
    ) -> IngestReport:
        """Ingest files, folders or "-" (stdin); bad inputs are reported in the result."""
        items = read_articles(paths, fmt=fmt, published=_day(published, "published"),
                              encoding=encoding, max_bytes=max_bytes)
        return self.ingest_articles(items, **callbacks)

    # queries
    def actor_timeline(
        self,
        name: str,
        since: DateLike = None,
        until: DateLike = None,
        types: Sequence[str] | None = None,
        include_linked: bool = False,
        limit: int | None = None,
    ) -> list[TimelineEntry]:
        """Chronological events in which the actor (any alias) takes part; the first
        ``limit`` only if given."""
        with self.sessions() as s:
            return actor_timeline(s, name, self.aliases, _day(since, "since"),
                                  _day(until, "until"), types, include_linked, limit)

    def location_timeline(
        self,
        name: str,
        since: DateLike = None,
        until: DateLike = None,
        types: Sequence[str] | None = None,
        include_within: bool = True,
        limit: int | None = None,
    ) -> list[TimelineEntry]:
        """Chronological events that took place at the location (or inside it)."""
        with self.sessions() as s:
            return location_timeline(s, name, self.aliases, _day(since, "since"),
                                     _day(until, "until"), types, include_within, limit)

    def events(
        self, since: DateLike = None, until: DateLike = None, types: Sequence[str] | None = None
    ) -> list[TimelineEntry]:
        """Every stored event, in timeline order."""
        with self.sessions() as s:
            return all_events(s, _day(since, "since"), _day(until, "until"), types)

    def key_dates(
        self,
        actor: str | None = None,
        location: str | None = None,
        n: int = 10,
        since: DateLike = None,
        until: DateLike = None,
        types: Sequence[str] | None = None,
    ) -> list[KeyDate]:
        """The days of a timeline (an actor's, a location's, or all events) that the most
        independent sources report events on: the date-selection step of timeline
        summarization."""
        if actor and location:
            raise ValueError("give actor or location, not both")
        if actor:
            entries = self.actor_timeline(actor, since, until, types)
        elif location:
            entries = self.location_timeline(location, since, until, types)
        else:
            entries = self.events(since, until, types)
        with self.sessions() as s:
            return key_dates(s, entries, n)

    def mentions(self, event_id: int) -> list[TimelineEntry]:
        """Every stored report (document, sentence, offsets) of the event ``event_id``."""
        with self.sessions() as s:
            return mentions_of(s, event_id)

    def add_alias(self, alias: str, canonical: str, kind: str = "organization") -> None:
        """Make ``alias`` a name of ``canonical`` from now on (and merge what it named)."""
        with self.sessions.begin() as s:
            entities.add_alias(s, alias, canonical, self.aliases, kind)

    def merge_entities(self, name: str, into: str) -> None:
        """Merge entity ``name`` into ``into``; the choice holds for later ingests."""
        with self.sessions.begin() as s:
            entities.merge(s, name, into, self.aliases)

    def split_entity(self, name: str, from_: str) -> None:
        """Give the mentions written ``name`` back an entity of their own, out of ``from_``."""
        with self.sessions.begin() as s:
            entities.split(s, name, from_, self.aliases)

    def recluster(self) -> int:
        """Group into real-world events the events stored before clustering existed."""
        from .dedup import recluster

        with self.sessions.begin() as s:
            return recluster(s)

    def knows(self, name: str) -> bool:
        """Whether any stored entity answers to ``name``."""
        with self.sessions() as s:
            return bool(find_entities(s, name, self.aliases))

    def counts(self) -> dict[str, int]:
        with self.sessions() as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(Document)) or 0,
                "events": s.scalar(select(func.count()).select_from(Event)) or 0,
                "entities": s.scalar(select(func.count()).select_from(Entity)) or 0,
            }


def open(path_or_url: str | Path, **options: object) -> Database:  # noqa: A001
    """Open (and migrate to the newest schema) a timeline database.

    Args:
        path_or_url: a SQLite file path (``timeline.db``) or any SQLAlchemy URL
            (``postgresql+psycopg://user@host/db``).
        **options: see :class:`Database` (``model``, ``migrate``, ``alias_files``).
    """
    return Database(path_or_url, **options)  # type: ignore[arg-type]
