"""Query-speed benchmark: one-year actor and location timelines on a large synthetic DB.

Usage (from the repository root)::

    PYTHONPATH=. python benchmarks/query_speed.py [--events 1000000] [--entities 50000]
        [--db PATH] [--keep] [--extra-index] [--analyze] [--year 2020] [--repeat 5]
        [--json OUT]

Fills a SQLite file (``query_data.build``: schema from the Alembic migrations, rows by
``executemany``) unless ``--db`` names one that already holds events, then times the real
query functions -- ``timeline.query.actor_timeline`` / ``location_timeline`` and, for the
"flat" modes, ``find_entities`` + ``timeline_for`` without link expansion -- for a
one-year window, on ~48 actors and places sampled from the head, middle and tail of the
popularity distribution. Each query runs once to warm up, then ``--repeat`` times, each in
a fresh session (as ``timeline.Database`` does). Reported: median / p90 / max wall time,
rows returned, and "sql" -- the time SQLite alone needs for the statements the call
emitted (replayed with ``execute`` + ``fetchall`` on a raw connection), so the rest is ORM
and Python. The statements are captured with a ``before_cursor_execute`` listener and
their ``EXPLAIN QUERY PLAN`` is printed with each step marked INDEX, SCAN or TEMP.

``--extra-index`` creates the candidate indexes of ``EXTRA_INDEXES`` on the benchmark DB
(dropped again at the end unless ``--keep``); ``--analyze`` runs ``ANALYZE`` first.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from query_data import Sizes, build  # noqa: E402

from timeline.aliases import AliasTable, load_aliases  # noqa: E402
from timeline.db import make_engine, make_sessionmaker  # noqa: E402
from timeline.query import (  # noqa: E402
    actor_timeline,
    find_entities,
    location_timeline,
    timeline_for,
)
from timeline.types import ACTOR_ROLES  # noqa: E402

TARGET_MS = 50.0
REPO = Path(__file__).resolve().parents[1]
# Candidate indexes for --extra-index: the date filter of the candidate events read from an
# index instead of the wide events rows, and the participants loader (selectinload) covered.
EXTRA_INDEXES: dict[str, str] = {
    "ix_bench_events_id_dates":
        "CREATE INDEX IF NOT EXISTS ix_bench_events_id_dates ON events "
        "(id, sort_date, date_end, precision_rank, confidence, cluster_id)",
    "ix_bench_event_entities_cover":
        "CREATE INDEX IF NOT EXISTS ix_bench_event_entities_cover ON event_entities "
        '(event_id, entity_id, role, text, start, "end")',
}

Query = Callable[[Session, str, AliasTable, date, date], list[Any]]


def _flat_actor(s: Session, name: str, aliases: AliasTable, since: date, until: date
                ) -> list[Any]:
    ids = {e.id for e in find_entities(s, name, aliases)}
    return timeline_for(s, ids, ACTOR_ROLES, since, until)


MODES: dict[str, tuple[str, Query]] = {
    "actor +members": ("actor", lambda s, n, a, f, u: actor_timeline(s, n, a, f, u)),
    "actor +linked": ("actor", lambda s, n, a, f, u: actor_timeline(
        s, n, a, f, u, include_linked=True)),
    "actor flat": ("actor", _flat_actor),
    "location +within": ("location", lambda s, n, a, f, u: location_timeline(
        s, n, a, f, u, include_within=True)),
    "location flat": ("location", lambda s, n, a, f, u: location_timeline(
        s, n, a, f, u, include_within=False)),
}


@dataclass
class Sample:
    name: str
    tier: str
    events_total: int  # direct mentions in the role, all years


@dataclass
class Run:
    mode: str
    name: str
    tier: str
    rows: int
    open_before: int  # rows with no end date that start before the window ("expected")
    sql_ms: float
    ms: list[float] = field(default_factory=list)


class Capture:
    """Collects the (statement, parameters) that the engine sends while ``on``."""

    def __init__(self, engine: Engine) -> None:
        self.on = False
        self.statements: list[tuple[str, tuple[Any, ...]]] = []
        event.listen(engine, "before_cursor_execute", self._hook)

    def _hook(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if self.on:
            self.statements.append((statement, tuple(parameters or ())))

    def __enter__(self) -> Capture:
        self.statements, self.on = [], True
        return self

    def __exit__(self, *exc: object) -> None:
        self.on = False


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def sample_entities(engine: Engine, rnd: random.Random, per_tier: int) -> dict[str, list[Sample]]:
    """Actors by rank of their event count, places by kind (country/region/city)."""
    with engine.connect() as c:
        actors = c.execute(text(
            "SELECT e.name, count(*) AS n FROM event_entities ee JOIN entities e "
            "ON e.id = ee.entity_id WHERE ee.role IN ('agent','patient','recipient') "
            "GROUP BY ee.entity_id ORDER BY n DESC, e.id")).all()
        places = c.execute(text(
            "SELECT e.name, e.kind, count(*) AS n FROM event_entities ee JOIN entities e "
            "ON e.id = ee.entity_id WHERE ee.role = 'location' GROUP BY ee.entity_id "
            "ORDER BY n DESC, e.id")).all()
        region_names = {r[0] for r in c.execute(text(
            "SELECT e.name FROM entities e JOIN entity_links l ON l.source_id = e.id "
            "JOIN entities t ON t.id = l.target_id "
            "WHERE l.relation = 'located_in' AND t.kind = 'country'"))}
    n = len(actors)
    bands = {"head": actors[:per_tier], "middle": actors[n // 100: n // 20],
             "tail": actors[n // 4: n // 2]}
    out: dict[str, list[Sample]] = {"actor": [], "location": []}
    for tier, rows in bands.items():
        picked = rows if tier == "head" else rnd.sample(list(rows), min(per_tier, len(rows)))
        out["actor"] += [Sample(r[0], tier, r[1]) for r in picked]
    by_kind: dict[str, list[Any]] = {"country": [], "region": [], "city": []}
    for name, kind, count in places:
        key = "country" if kind == "country" else "region" if name in region_names else "city"
        by_kind[key].append((name, count))
    for tier, key in (("head", "country"), ("middle", "region"), ("tail", "city")):
        rows = by_kind[key][:per_tier] if key == "country" else rnd.sample(
            by_kind[key], min(per_tier, len(by_kind[key])))
        out["location"] += [Sample(name, tier, count) for name, count in rows]
    return out


def replay_ms(engine: Engine, statements: list[tuple[str, tuple[Any, ...]]]) -> float:
    """SQLite time alone: every captured statement, executed and fully fetched."""
    raw = engine.raw_connection()
    try:
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for sql, params in statements:
                cur = raw.cursor()
                cur.execute(sql, params)
                cur.fetchall()
                cur.close()
            best = min(best, (time.perf_counter() - t0) * 1000)
        return best
    finally:
        raw.close()


def measure(engine: Engine, capture: Capture, samples: dict[str, list[Sample]], year: int,
            repeat: int) -> tuple[list[Run], dict[str, list[tuple[str, tuple[Any, ...]]]]]:
    sessions = make_sessionmaker(engine)
    aliases = load_aliases()
    since, until = date(year, 1, 1), date(year, 12, 31)
    runs: list[Run] = []
    head_statements: dict[str, list[tuple[str, tuple[Any, ...]]]] = {}
    for mode, (target, query) in MODES.items():
        t_mode = time.perf_counter()
        for sample in samples[target]:
            with capture, sessions() as s:
                entries = query(s, sample.name, aliases, since, until)
            statements = list(capture.statements)
            head_statements.setdefault(mode, statements)
            stale = sum(1 for e in entries if e.date_end is None and e.date_start
                        and e.date_start < since)
            run = Run(mode, sample.name, sample.tier, len(entries), stale,
                      replay_ms(engine, statements))
            for _ in range(repeat):
                t0 = time.perf_counter()
                with sessions() as s:
                    query(s, sample.name, aliases, since, until)
                run.ms.append((time.perf_counter() - t0) * 1000)
            runs.append(run)
        print(f"  {mode:<17} {len(samples[target])} names x {repeat} in "
              f"{time.perf_counter() - t_mode:5.1f} s", flush=True)
    return runs, head_statements


def _shape(sql: str) -> str:
    return re.sub(r"\?(\s*,\s*\?)+", "?, ...", " ".join(sql.split()))


def _verdict(detail: str, tables: set[str]) -> str:
    if detail.startswith("SEARCH"):
        return "INDEX" if " USING " in detail else "SEARCH (no index!)"
    if detail.startswith("SCAN"):
        target = detail.split()[1]
        if target not in tables:
            return "scan of subquery result"
        return "FULL INDEX SCAN" if " USING " in detail else "TABLE SCAN"
    if "TEMP B-TREE" in detail:
        return "TEMP sort"
    return ""


def explain(engine: Engine, statements: list[tuple[str, tuple[Any, ...]]]
            ) -> list[dict[str, Any]]:
    """EXPLAIN QUERY PLAN of each distinct statement shape, with a verdict per step."""
    raw = engine.raw_connection()
    out: list[dict[str, Any]] = []
    try:
        cur = raw.cursor()
        tables = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        seen: set[str] = set()
        for sql, params in statements:
            shape = _shape(sql)
            if shape in seen:
                continue
            seen.add(shape)
            rows = cur.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            depth: dict[int, int] = {0: -1}
            steps = []
            for node, parent, _, detail in rows:
                depth[node] = depth.get(parent, -1) + 1
                steps.append({"depth": depth[node], "detail": detail,
                              "verdict": _verdict(detail, tables)})
            out.append({"sql": shape, "plan": steps})
    finally:
        raw.close()
    return out


def summarize(runs: list[Run]) -> list[dict[str, Any]]:
    rows = []
    for mode in MODES:
        mine = [r for r in runs if r.mode == mode]
        for tier in ("head", "middle", "tail", "all"):
            group = [r for r in mine if tier in (r.tier, "all")]
            if not group:
                continue
            times = [t for r in group for t in r.ms]
            per_name = [statistics.median(r.ms) for r in group]
            rows.append({
                "mode": mode, "tier": tier, "names": len(group),
                "median_ms": statistics.median(times), "p90_ms": _pct(times, 0.9),
                "max_ms": max(times), "sql_median_ms": statistics.median(r.sql_ms for r in group),
                "rows_median": statistics.median(r.rows for r in group),
                "rows_max": max(r.rows for r in group),
                "open_before_pct": 100 * sum(r.open_before for r in group)
                / max(1, sum(r.rows for r in group)),
                "slowest": max(zip(per_name, (r.name for r in group), strict=True))[1],
            })
    return rows


def prepare_db(args: argparse.Namespace) -> tuple[Path, dict[str, Any] | None]:
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="tl_bench_")) / "bench.db"
    if path.exists() and path.stat().st_size > 0:
        print(f"reusing {path} ({path.stat().st_size / 2**20:,.0f} MiB)")
        return path, None
    print(f"loading {args.events:,} events / {args.entities:,} entities into {path}", flush=True)
    report = build(path, Sizes(args.events, args.entities))
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"load: {report.seconds:.1f} s, {size / 2**20:,.0f} MiB; "
          + ", ".join(f"{k} {v:,}" for k, v in report.counts.items()))
    return path, {"seconds": report.seconds, "bytes": size, "counts": report.counts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=50_000)
    ap.add_argument("--db", help="SQLite file; reused if it exists (else created)")
    ap.add_argument("--keep", action="store_true", help="keep the DB (and extra indexes)")
    ap.add_argument("--extra-index", action="store_true", help="add EXTRA_INDEXES first")
    ap.add_argument("--analyze", action="store_true", help="run ANALYZE first")
    ap.add_argument("--year", type=int, default=2020)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--per-tier", type=int, default=8)
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args(argv)

    code = {f: hashlib.sha256((REPO / f).read_bytes()).hexdigest()[:12]
            for f in ("timeline/query.py", "timeline/models.py")}
    print("code: " + ", ".join(f"{f} {h}" for f, h in code.items()))
    path, load = prepare_db(args)
    engine = make_engine(path)
    created: list[str] = []
    with engine.begin() as c:
        if args.extra_index:
            for name, sql in EXTRA_INDEXES.items():
                t0 = time.perf_counter()
                c.exec_driver_sql(sql)
                created.append(name)
                print(f"extra index {name}: {time.perf_counter() - t0:.1f} s")
        if args.analyze:
            t0 = time.perf_counter()
            c.exec_driver_sql("ANALYZE")
            print(f"ANALYZE: {time.perf_counter() - t0:.1f} s")
    capture = Capture(engine)
    samples = sample_entities(engine, random.Random(7), args.per_tier)
    print(f"window {args.year}-01-01..{args.year}-12-31, {args.repeat} timed runs per name")
    runs, head_statements = measure(engine, capture, samples, args.year, args.repeat)
    table = summarize(runs)

    print("\nplans (head sample of each mode; IN-lists shown as '?, ...'):")
    plans = {mode: explain(engine, st) for mode, st in head_statements.items()}
    problems: set[str] = set()
    for mode, stmts in plans.items():
        print(f"\n[{mode}]")
        for st in stmts:
            print(f"  SQL: {st['sql'][:150]}{'...' if len(st['sql']) > 150 else ''}")
            for step in st["plan"]:
                print(f"    {'  ' * step['depth']}{step['detail']:<70} {step['verdict']}")
                if step["verdict"] in ("TABLE SCAN", "FULL INDEX SCAN", "SEARCH (no index!)"):
                    problems.add(f"{mode}: {step['detail']}")

    print(f"\n{'mode':<17} {'tier':<6} {'n':>2} {'median':>8} {'p90':>8} {'max':>8} "
          f"{'sql med':>8} {'rows med':>8} {'rows max':>8} {'open%':>5}  x target")
    for r in table:
        print(f"{r['mode']:<17} {r['tier']:<6} {r['names']:>2} {r['median_ms']:>8.1f} "
              f"{r['p90_ms']:>8.1f} {r['max_ms']:>8.1f} {r['sql_median_ms']:>8.1f} "
              f"{r['rows_median']:>8.0f} {r['rows_max']:>8} {r['open_before_pct']:>5.1f}  "
              f"{r['median_ms'] / TARGET_MS:5.2f}")
    print("(ms; 'sql med' = SQLite alone, replayed; 'open%' = rows without end date that start"
          " before the window; 'x target' = median / 50 ms)")
    for mode in ("actor +members", "location +within"):
        for tier in ("all", "head"):
            r = next(x for x in table if x["mode"] == mode and x["tier"] == tier)
            ratio = r["median_ms"] / TARGET_MS
            print(f"TARGET {mode:<17} {tier:<4}: median {r['median_ms']:7.1f} ms = "
                  f"{ratio:6.2f} x 50 ms -> {'MET' if ratio < 1 else 'MISSED'}")
    print("plan scans: " + ("none" if not problems else "; ".join(sorted(problems))))
    details = " ".join(s["detail"] for st in plans.values() for x in st for s in x["plan"])
    for name in created:
        print(f"extra index {name}: {'used' if name in details else 'NOT used'} by the planner")

    if args.json_out:
        Path(args.json_out).write_text(json.dumps({
            "code": code, "args": vars(args), "load": load, "summary": table,
            "runs": [asdict(r) for r in runs], "plans": plans,
            "samples": {k: [asdict(s) for s in v] for k, v in samples.items()},
        }, indent=1, default=str))
    if created and not args.keep:
        with engine.begin() as c:
            for name in created:
                c.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    engine.dispose()
    if not args.keep and not args.db:
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
        path.parent.rmdir()
    elif args.keep:
        print(f"kept {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
