"""Alembic environment. The connection comes, in order, from ``config.attributes``
("connection" or "engine", set by ``timeline.db.upgrade`` and pytest-alembic), the
``TIMELINE_DB_URL`` environment variable, or ``sqlalchemy.url`` in alembic.ini."""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Engine, engine_from_config, pool

from timeline.db import make_engine
from timeline.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _url() -> str:
    return os.environ.get("TIMELINE_DB_URL") or config.get_main_option("sqlalchemy.url") or ""


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands over an engine
        connection, engine = None, connection
    else:
        engine = config.attributes.get("engine")
    if connection is not None:
        _run(connection)
        return
    if engine is None:
        url = _url()
        engine = make_engine(url) if url else engine_from_config(
            config.get_section(config.config_ini_section, {}),
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
        )
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
