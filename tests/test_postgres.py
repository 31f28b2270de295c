"""The same schema, migrations and queries on PostgreSQL.

Starts a throwaway PostgreSQL cluster listening on a Unix socket only (no TCP), as the
``postgres`` system user; skipped where the server binaries or that user are missing.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import timeline
from tests.conftest import SEED


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / name).exists():
            return str(root / name)
    return None


@pytest.fixture(scope="module")
def pg_url():
    pytest.importorskip("psycopg")
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        user = None
    if not (initdb and pg_ctl and user and shutil.which("runuser")) or os.geteuid() != 0:
        pytest.skip("no PostgreSQL server binaries or no way to run them as 'postgres'")
    base = Path(tempfile.mkdtemp(prefix="timeline-pg-"))
    os.chown(base, user.pw_uid, user.pw_gid)
    data, sock = base / "data", base

    def as_pg(*cmd: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *cmd], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    as_pg(initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
    as_pg(pg_ctl, "-D", str(data), "-w", "-l", str(base / "log"), "-o",
          f"-k {sock} -c listen_addresses='' -p 54329 -c fsync=off", "start")
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}&port=54329"
    finally:
        as_pg(pg_ctl, "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


def test_ingest_and_query_on_postgres(pg_url, nlp, seed_text):
    with timeline.open(pg_url) as db:
        first = db.ingest_text(seed_text, published="2015-06-12", source=str(SEED))
        again = db.ingest_text(seed_text, published="2015-06-12", source=str(SEED))
        assert first.created and not again.created
        us = db.actor_timeline("US")
        assert us and us == db.actor_timeline("America")
        letter = [e for e in db.events(types=["letter"])]
        assert [(e.date_start.isoformat(), e.date_basis) for e in letter] == [
            ("2015-06-03", "explicit")]
        assert [e.event_type for e in db.location_timeline("Anbar")] == ["deployment"]
