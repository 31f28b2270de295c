"""Engines, sessions and migrations.

``upgrade(url)`` brings any database to the newest schema with Alembic. The migration
scripts ship inside the package (``timeline._migrations``, mapped from the top-level
``migrations/`` folder), so an installed wheel needs no checkout and no ``alembic.ini``.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


def to_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL: URLs pass through, anything else is a SQLite file path."""
    text = str(path_or_url)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser()}"


def make_engine(path_or_url: str | Path) -> Engine:
    """An engine; SQLite connections get foreign keys on and, for files, WAL journaling."""
    url = make_url(to_url(path_or_url))
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        file_db = url.database not in (None, "", ":memory:")

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if file_db:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def migrations_dir() -> Path:
    """Where the Alembic scripts are: inside the installed package, else the checkout."""
    try:
        packaged = Path(str(resources.files("timeline._migrations")))
        if (packaged / "env.py").exists():
            return packaged
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[1] / "migrations"


def alembic_config(engine: Engine | None = None, url: str | None = None):  # type: ignore[no-untyped-def]
    """An Alembic Config that needs no ini file."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind ``engine`` to ``revision`` (default: the newest)."""
    from alembic import command

    with engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def head_revision() -> str | None:
    """The newest revision the migration scripts define."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
