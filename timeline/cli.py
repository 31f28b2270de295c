"""The ``timeline`` command. Thin: parse options, call the API, print.

Data goes to stdout (tables, CSV, JSON); messages, progress and errors go to stderr.
Exit codes: 0 ok, 1 something failed (for ``ingest``: any input failed), 2 usage error.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import InvalidDateError, TimelineError
from .sources import DEFAULT_MAX_BYTES, parse_date
from .sources import FORMATS as INPUT_FORMATS
from .types import TimelineEntry

F = TypeVar("F", bound=Callable[..., Any])


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            day = parse_date(str(value), "date")
        except InvalidDateError as exc:
            self.fail(str(exc), param, ctx)
        if day is None:
            self.fail("empty date", param, ctx)
        return day


DATE = DateParam()


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db_path",
        envvar="TIMELINE_DB",
        default="timeline.db",
        show_default=True,
        help="SQLite file or SQLAlchemy URL (env TIMELINE_DB).",
    )(f)


def filter_options(f: F) -> F:
    f = click.option("--type", "types", multiple=True, help="Only these event types (repeatable).")(f)
    f = click.option("--until", type=DATE, help="Only events on or before this date.")(f)
    f = click.option("--since", type=DATE, help="Only events on or after this date.")(f)
    f = click.option("--linked", is_flag=True,
                     help="Actor: also events of groups linked to it (e.g. backed by it).")(f)
    f = click.option("--location", help="Timeline of this place.")(f)
    f = click.option("--actor", help="Timeline of this actor (any alias: US, U.S., America).")(f)
    return f


def _open(db_path: str, model: str | None = None):  # type: ignore[no-untyped-def]
    from .api import open as open_db

    try:
        return open_db(db_path, model=model)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    except Exception as exc:  # a bad URL or an unreachable server: say so, no traceback
        raise click.ClickException(f"cannot open database {db_path!r}: {exc}") from exc


@contextmanager
def _database(db_path: str, model: str | None = None) -> Iterator[Any]:
    """An open database; a TimelineError becomes a one-line message and exit code 1."""
    db = _open(db_path, model)
    try:
        yield db
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv: debug).")
def cli(verbose: int) -> None:
    """Turn news articles into a database of dated events.

    Example:

        timeline ingest seeds/ --published 2015-06-12 --db timeline.db

        timeline show --actor "United States" --db timeline.db
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", type=DATE, help="Publication date of the articles (YYYY-MM-DD); "
              "overrides dates found in metadata.")
@click.option("--format", "fmt", type=click.Choice(INPUT_FORMATS), default="auto",
              show_default=True, help="Input format; auto: by extension, else by content.")
@click.option("--encoding", help="Encoding of the inputs (default UTF-8).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
              show_default=True, help="Refuse inputs larger than this.")
@click.option("--model", envvar="TIMELINE_MODEL", help="spaCy pipeline to use (env TIMELINE_MODEL).")
@click.option("-q", "--silent", is_flag=True, help="No per-article lines, only errors and the summary.")
def ingest(paths: tuple[str, ...], db_path: str, published: date | None, fmt: str,
           encoding: str | None, max_bytes: int, model: str | None, silent: bool) -> None:
    """Read articles (text, HTML, JSON Lines; files, folders, - for stdin) and store their events.

    Example:

        timeline ingest seeds/us-iran-militia-taqaddum.txt --published 2015-06-12
    """
    db = _open(db_path, model)

    def on_error(message: str) -> None:
        click.echo(f"error: {message}", err=True)

    def on_article(article, result) -> None:  # type: ignore[no-untyped-def]
        if silent:
            return
        what = f"{result.events} events" if result.created else "already stored"
        day = article.published.isoformat() if article.published else "date unknown"
        click.echo(f"{article.source or '<text>'} ({day}): {what}", err=True)

    try:
        report = db.ingest_paths(paths, published=published, fmt=fmt, encoding=encoding,
                                 max_bytes=max_bytes, on_error=on_error, on_article=on_article)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()
    click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


def _timeline(db_path: str, actor: str | None, location: str | None, linked: bool,
              since: date | None, until: date | None, types: tuple[str, ...]) -> list[TimelineEntry]:
    if actor and location:
        raise click.UsageError("give --actor or --location, not both")
    db = _open(db_path)
    try:
        if actor or location:
            name = actor or location or ""
            if not db.knows(name):
                click.echo(f"note: no {'actor' if actor else 'location'} named {name!r} "
                           "in the database", err=True)
        if actor:
            return db.actor_timeline(actor, since, until, types or None, include_linked=linked)
        if location:
            return db.location_timeline(location, since, until, types or None)
        return db.events(since, until, types or None)
    finally:
        db.close()


def _when(entry: TimelineEntry) -> str:
    start = entry.date_start.isoformat() if entry.date_start else ""
    end = entry.date_end.isoformat() if entry.date_end else ""
    if entry.date_basis == "reported":
        return f"by {end}"
    if entry.date_basis == "expected":
        return f"after {start}" if start else "expected"
    if entry.date_value and entry.date_value.startswith("XXXX"):
        return entry.date_value
    if start and start == end:
        return start
    if start or end:
        return f"{start or '…'}/{end or '…'}"
    return "undated"


@cli.command()
@db_option
@filter_options
@click.option("--key", "key", type=click.IntRange(min=1), default=None, metavar="N",
              help="Show the N key dates (most independent sources) instead.")
def show(db_path: str, actor: str | None, location: str | None, linked: bool,
         since: date | None, until: date | None, types: tuple[str, ...], key: int | None) -> None:
    """Print a timeline as a readable table.

    Example:

        timeline show --actor "United States" --since 2015-01-01

        timeline show --location Iraq --key 5
    """
    if key is not None:
        db = _open(db_path)
        try:
            dates = db.key_dates(actor=actor, location=location, n=key, since=since,
                                 until=until, types=types or None)
        finally:
            db.close()
        click.echo(f"{'DATE':<12} {'SOURCES':>7} {'EVENTS':>6}  TYPES")
        for k in dates:
            click.echo(f"{k.date.isoformat():<12} {k.sources:>7} {k.events:>6}  {', '.join(k.types)}")
        return
    entries = _timeline(db_path, actor, location, linked, since, until, types)
    width = max(shutil.get_terminal_size((120, 20)).columns, 80)
    head = f"{'WHEN':<23} {'PREC':<7} {'BASIS':<9} {'TYPE':<11} {'TRIGGER':<14} ACTORS / LOCATIONS"
    click.echo(head)
    for e in entries:
        who = "; ".join(f"{n} ({r})" for r, n in e.actors)
        where = ", ".join(e.locations)
        people = " @ ".join(x for x in (who, where) if x) or "-"
        reports = f" [{e.sources} sources]" if e.sources > 1 else ""
        click.echo(f"{_when(e):<23} {e.date_precision:<7} {e.date_basis:<9} {e.event_type:<11} "
                   f"{e.trigger[:14]:<14} {people}{reports}")
        evidence = textwrap.shorten(e.evidence, width=width - 8, placeholder=" …")
        click.echo(f"    “{evidence}” [{e.source or '?'}]")
    click.echo(f"{len(entries)} events", err=True)


@cli.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="csv",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of stdout.")
def export(db_path: str, actor: str | None, location: str | None, linked: bool,
           since: date | None, until: date | None, types: tuple[str, ...], fmt: str,
           output: Path | None) -> None:
    """Export a timeline (or, with no --actor/--location, every event) as CSV, JSON or JSONL.

    Example:

        timeline export --actor Iran --format csv -o iran.csv
    """
    from .export import write

    entries = _timeline(db_path, actor, location, linked, since, until, types)
    if output is None:
        count = write(entries, sys.stdout, fmt)
    else:
        with output.open("w", encoding="utf-8", newline="") as fp:
            count = write(entries, fp, fmt)
    click.echo(f"{count} events written{f' to {output}' if output else ''}", err=True)


@cli.command()
@click.argument("file", type=click.File("rb"))
@click.option("--reference", type=DATE, help="Reference (publication) date, YYYY-MM-DD.")
@click.option("--encoding", help="Encoding of FILE (default UTF-8).")
def timex(file: Any, reference: date | None, encoding: str | None) -> None:
    """Print the time expressions of FILE (- for stdin), one JSON object per line.

    Example:

        timeline timex seeds/us-iran-militia-taqaddum.txt --reference 2015-06-12
    """
    from .errors import SourceFormatError
    from .sources import clean_text, decode
    from .temporal import find_timexes

    try:
        text = clean_text(decode(file.read(), file.name, encoding))
    except SourceFormatError as exc:
        raise click.ClickException(str(exc)) from exc
    for t in find_timexes(text, reference):
        record = {"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                  "value": t.value, "mod": t.mod}
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.group()
def aliases() -> None:
    """Teach the database names: aliases hold for every later ingest."""


@aliases.command("add")
@click.argument("alias")
@click.argument("canonical")
@click.option("--kind", default="organization", show_default=True,
              help="Kind of the canonical entity if it is not stored yet.")
@db_option
def aliases_add(alias: str, canonical: str, kind: str, db_path: str) -> None:
    """Make ALIAS a name of CANONICAL.

    Example:

        timeline aliases add "Daesh" "Islamic State"
    """
    with _database(db_path) as db:
        db.add_alias(alias, canonical, kind)
    click.echo(f"{alias!r} now names {canonical!r}", err=True)


@cli.group()
def entities() -> None:
    """Correct entities by hand: merges and splits survive re-ingestion."""


@entities.command("merge")
@click.argument("name")
@click.argument("into")
@db_option
def entities_merge(name: str, into: str, db_path: str) -> None:
    """Merge entity NAME into entity INTO.

    Example:

        timeline entities merge "Hizbollah" "Hezbollah"
    """
    with _database(db_path) as db:
        db.merge_entities(name, into)
    click.echo(f"merged {name!r} into {into!r}", err=True)


@entities.command("split")
@click.argument("name")
@click.option("--from", "from_", required=True, help="The entity NAME was merged into.")
@db_option
def entities_split(name: str, from_: str, db_path: str) -> None:
    """Give the mentions written NAME an entity of their own again.

    Example:

        timeline entities split "Georgia" --from "United States"
    """
    with _database(db_path) as db:
        db.split_entity(name, from_)
    click.echo(f"{name!r} is its own entity again", err=True)


@cli.group()
def db() -> None:
    """Manage the database schema."""


@db.command("upgrade")
@db_option
@click.option("--revision", default="head", show_default=True)
def db_upgrade(db_path: str, revision: str) -> None:
    """Create the schema or bring it to the newest revision.

    Example:

        timeline db upgrade --db timeline.db
    """
    from .db import current_revision, make_engine, upgrade

    engine = make_engine(db_path)
    try:
        upgrade(engine, revision)
        click.echo(f"database at revision {current_revision(engine)}", err=True)
    except Exception as exc:
        raise click.ClickException(f"cannot upgrade {db_path!r}: {exc}") from exc
    finally:
        engine.dispose()


@db.command("recluster")
@db_option
def db_recluster(db_path: str) -> None:
    """Group events stored before revision 0002 into real-world events.

    Example:

        timeline db recluster --db timeline.db
    """
    db = _open(db_path)
    try:
        count = db.recluster()
    finally:
        db.close()
    click.echo(f"{count} events clustered", err=True)


@db.command("current")
@db_option
def db_current(db_path: str) -> None:
    """Print the schema revision of the database."""
    from .db import current_revision, make_engine

    engine = make_engine(db_path)
    try:
        click.echo(current_revision(engine) or "none")
    finally:
        engine.dispose()
