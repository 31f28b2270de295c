"""Synthetic timeline database for ``query_speed.py``: documents, events, entities, links.

The schema comes from the Alembic migrations (``timeline.db.upgrade``); rows are then
streamed in with ``sqlite3`` ``executemany`` in batches on the same file. The secondary
indexes the migrations made are dropped before the load and re-created afterwards from
their stored SQL (``sqlite_master``), so the final schema is exactly the migrated one.

Shape (for 1,000,000 events over 50,000 entities, fixed seed):

* ~20,000 documents (one per 50 events) published 2010..2024, ~3 % without a date;
* entities: 0.4 % countries (the packaged alias table's countries first), 6 % regions,
  30 % cities, the rest persons / organizations / groups; each with an alias row for its
  name, some with a second surface form; countries with their packaged aliases;
* links: city ``located_in`` region ``located_in`` country; persons ``member_of``
  organizations / groups, groups ``member_of`` or ``backed_by`` countries;
* events: 1-3 actors (agent / patient / recipient) and 0-2 locations each, drawn with a
  Zipf (s=1) popularity, so the head actors have tens of thousands of events; dates mix
  precisions (day / month / year / week / vague / unknown) and bases (explicit / reported
  / expected / undated) the way ``timeline.extract.dating`` produces them.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from itertools import accumulate
from pathlib import Path

from timeline.aliases import norm
from timeline.db import make_engine, upgrade
from timeline.store import precision_rank

EVENT_TYPES = ("attack", "meeting", "statement", "agreement", "protest", "election",
               "arrest", "visit", "sanction", "negotiation", "killing", "deployment",
               "withdrawal", "announcement", "trial", "ceasefire", "strike", "aid")
FIRST = date(2010, 1, 1)
YEARS = 15
BATCH = 20_000


@dataclass(frozen=True)
class Sizes:
    events: int
    entities: int
    seed: int = 20240601

    @property
    def documents(self) -> int:
        return max(1, self.events // 50)


@dataclass(frozen=True)
class LoadReport:
    seconds: float
    bytes: int
    counts: dict[str, int]


@dataclass
class World:
    """Entity ids by kind, names, and the popularity order used to draw participants."""

    names: dict[int, str]
    countries: list[int]
    regions: list[int]
    cities: list[int]
    actors: list[int]  # head first


def _zipf_cum(n: int, s: float = 1.0) -> list[float]:
    return list(accumulate(1.0 / (rank + 1) ** s for rank in range(n)))


def _packaged_countries() -> list[dict[str, object]]:
    text = resources.files("timeline").joinpath("data/actors.json").read_text("utf-8")
    return list(json.loads(text)["countries"])


def _entities(sizes: Sizes, rnd: random.Random, db: sqlite3.Connection) -> World:
    n = sizes.entities
    n_countries = max(5, n * 4 // 1000)
    n_regions = max(5, n * 6 // 100)
    n_cities = max(5, n * 30 // 100)
    n_people = max(5, n * 40 // 100)
    n_orgs = max(5, n * 14 // 100)
    n_groups = max(5, n - n_countries - n_regions - n_cities - n_people - n_orgs)
    packaged = _packaged_countries()
    rows: list[tuple[int, str, str, str]] = []
    aliases: list[tuple[int, str, str]] = []
    names: dict[int, str] = {}
    by_kind: dict[str, list[int]] = {}

    def add(name: str, kind: str, extra: list[str]) -> int:
        eid = len(rows) + 1
        rows.append((eid, name, norm(name), kind))
        names[eid] = name
        by_kind.setdefault(kind, []).append(eid)
        for alias in dict.fromkeys([name, *extra]):
            aliases.append((eid, alias, norm(alias)))
        return eid

    for i in range(n_countries):
        if i < len(packaged):
            c = packaged[i]
            add(str(c["name"]), "country", [str(a) for a in c.get("aliases", [])])  # type: ignore[attr-defined]
        else:
            add(f"Country {i:03d}", "country", [f"Republic of Country {i:03d}"])
    for kind, count, label in (("place", n_regions, "Region"), ("place", n_cities, "City"),
                               ("person", n_people, "Person"),
                               ("organization", n_orgs, "Organization"),
                               ("group", n_groups, "Group")):
        for i in range(count):
            extra = [f"{label[0]}. {i:06d}"] if rnd.random() < 0.3 else []
            add(f"{label} {i:06d}", kind, extra)
    db.executemany("INSERT INTO entities (id, name, norm_name, kind) VALUES (?,?,?,?)", rows)
    db.executemany("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm_alias) "
                   "VALUES (?,?,?)", aliases)
    places = by_kind["place"]
    world = World(names, by_kind["country"], places[:n_regions], places[n_regions:], [])
    # actors: the packaged countries and a few groups at the head, then the rest shuffled
    others = by_kind["person"] + by_kind["organization"] + by_kind["group"] + world.countries[len(packaged):]
    rnd.shuffle(others)
    head = world.countries[: len(packaged)] + others[:40]
    rnd.shuffle(head)
    world.actors = head + others[40:]
    _links(world, by_kind, rnd, db)
    return world


def _links(world: World, by_kind: dict[str, list[int]], rnd: random.Random,
           db: sqlite3.Connection) -> None:
    links: set[tuple[int, int, str]] = set()
    country_cum = _zipf_cum(len(world.countries), 0.8)  # big countries have more regions
    for region in world.regions:
        links.add((region, rnd.choices(world.countries, cum_weights=country_cum)[0], "located_in"))
    for city in world.cities:
        links.add((city, rnd.choice(world.regions), "located_in"))
    collectives = by_kind["organization"] + by_kind["group"]
    for person in by_kind["person"]:
        if rnd.random() < 0.2:
            links.add((person, rnd.choice(collectives), "member_of"))
    for group in by_kind["group"]:
        roll = rnd.random()
        if roll < 0.3:
            links.add((group, rnd.choices(world.countries, cum_weights=country_cum)[0], "member_of"))
        elif roll < 0.4:
            links.add((group, rnd.choices(world.countries, cum_weights=country_cum)[0], "backed_by"))
    for org in by_kind["organization"]:
        if rnd.random() < 0.05:
            links.add((org, rnd.choice(world.countries), "member_of"))
    db.executemany("INSERT INTO entity_links (source_id, target_id, relation) VALUES (?,?,?)",
                   sorted(links))


def _documents(sizes: Sizes, rnd: random.Random, db: sqlite3.Connection) -> list[date | None]:
    span = (date(FIRST.year + YEARS, 1, 1) - FIRST).days
    body = "Lorem ipsum dolor sit amet, officials said on condition of anonymity. " * 40
    published: list[date | None] = []
    rows = []
    now = datetime(2025, 1, 1).isoformat(sep=" ")
    for i in range(sizes.documents):
        day = None if rnd.random() < 0.03 else FIRST + timedelta(days=rnd.randrange(span))
        published.append(day)
        rows.append((i + 1, f"https://news.example/{i}", f"Report {i}", f"https://news.example/{i}",
                     day.isoformat() if day else None, "metadata" if day else "unknown",
                     hashlib.sha256(f"doc-{i}".encode()).hexdigest(), f"Report {i}. {body}",
                     "synthetic", now))
    db.executemany("INSERT INTO documents (id, source, title, url, published, published_from,"
                   " content_sha256, text, model, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    return published


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _event_date(pub: date | None, rnd: random.Random
                ) -> tuple[date | None, date | None, str, str, str | None]:
    """(start, end, precision, basis, timex value), as ``dating.event_date`` makes them."""
    roll = rnd.random()
    if pub is None or roll < 0.06:
        return None, None, "unknown", "unknown", None
    if roll < 0.24:
        return None, pub, "vague", "reported", "PAST_REF"
    if roll < 0.30:
        return pub + timedelta(days=1), None, "vague", "expected", "FUTURE_REF"
    back = rnd.random()
    if back < 0.70:
        day = pub - timedelta(days=rnd.randrange(0, 8))
    elif back < 0.92:
        day = pub - timedelta(days=rnd.randrange(8, 400))
    elif back < 0.97:
        day = pub + timedelta(days=rnd.randrange(1, 200))
    else:
        day = date(rnd.randrange(1950, 2010), rnd.randrange(1, 13), 1)
    kind = rnd.random()
    if kind < 0.62:
        return day, day, "day", "explicit", day.isoformat()
    if kind < 0.80:
        first = day.replace(day=1)
        return first, _month_end(day), "month", "explicit", first.isoformat()[:7]
    if kind < 0.90:
        return (date(day.year, 1, 1), date(day.year, 12, 31), "year", "explicit",
                str(day.year))
    if kind < 0.96:
        monday = day - timedelta(days=day.weekday())
        return (monday, monday + timedelta(days=6), "week", "explicit",
                f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}")
    return day, day, "time", "explicit", f"{day.isoformat()}T10:00"


def _event_rows(sizes: Sizes, world: World, published: list[date | None], rnd: random.Random
                ) -> Iterator[tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """Batches of (event rows, event_entities rows)."""
    actor_cum = _zipf_cum(len(world.actors))
    # per place kind: ids in a shuffled popularity order, Zipf weights
    place_kinds = tuple((rnd.sample(ids, len(ids)), _zipf_cum(len(ids)))
                        for ids in (world.countries, world.regions, world.cities))
    names = world.names
    events: list[tuple[object, ...]] = []
    parts: list[tuple[object, ...]] = []
    for eid in range(1, sizes.events + 1):
        doc = (eid - 1) * sizes.documents // sizes.events
        start, end, precision, basis, value = _event_date(published[doc], rnd)
        sort = start or end
        etype = rnd.choice(EVENT_TYPES)
        n_actors = rnd.choices((1, 2, 3), (0.35, 0.45, 0.20))[0]
        actors = rnd.choices(world.actors, cum_weights=actor_cum, k=n_actors)
        n_places = rnd.choices((0, 1, 2), (0.25, 0.55, 0.20))[0]
        places = []
        for _ in range(n_places):
            ids, cum = place_kinds[rnd.choices((0, 1, 2), (0.3, 0.2, 0.5))[0]]
            places.append(rnd.choices(ids, cum_weights=cum)[0])
        words = [names[a] for a in actors]
        sentence = (f"{words[0]} reported a {etype} involving {', '.join(words[1:]) or 'others'}"
                    f" in {', '.join(names[p] for p in places) or 'the region'}, according "
                    f"to officials who spoke on condition of anonymity.")
        pos = 0
        first = sort.isoformat() if sort else None
        last = (end or sort).isoformat() if (end or sort) else None
        seen: set[tuple[int, str]] = set()
        for i, actor in enumerate(actors):
            role = "agent" if i == 0 else rnd.choice(("patient", "patient", "recipient"))
            if (actor, role) not in seen:
                seen.add((actor, role))
                parts.append((eid, actor, role, names[actor], pos, pos + len(names[actor]),
                              first, last))
            pos += len(names[actor]) + 2
        for place in places:
            if (place, "location") not in seen:
                seen.add((place, "location"))
                parts.append((eid, place, "location", names[place], pos,
                              pos + len(names[place]), first, last))
            pos += len(names[place]) + 2
        events.append((eid, doc + 1, etype, etype, 10, 10 + len(etype),
                       start.isoformat() if start else None, end.isoformat() if end else None,
                       sort.isoformat() if sort else None, precision, precision_rank(precision),
                       basis, value, value, "asserted", sentence, 0, len(sentence),
                       round(rnd.uniform(0.3, 0.95), 2), None))
        if len(events) >= BATCH:
            yield events, parts
            events, parts = [], []
    if events:
        yield events, parts


def build(path: Path, sizes: Sizes, log: bool = True) -> LoadReport:
    """Create ``path`` (must not exist) with the migrated schema and synthetic rows."""
    t0 = time.perf_counter()
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    rnd = random.Random(sizes.seed)
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-1000000",
                   "temp_store=MEMORY"):
        db.execute(f"PRAGMA {pragma}")
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' "
                         "AND sql IS NOT NULL").fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    db.execute("BEGIN")
    world = _entities(sizes, rnd, db)
    published = _documents(sizes, rnd, db)
    done = 0
    for events, parts in _event_rows(sizes, world, published, rnd):
        db.executemany("INSERT INTO events (id, document_id, type, \"trigger\", trigger_start,"
                       " trigger_end, date_start, date_end, sort_date, date_precision,"
                       " precision_rank, date_basis, date_value, date_text, modality, sentence,"
                       " sentence_start, sentence_end, confidence, quantities)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
        db.executemany("INSERT INTO event_entities (event_id, entity_id, role, text, start,"
                       " \"end\", first_date, last_date) VALUES (?,?,?,?,?,?,?,?)", parts)
        done += len(events)
        if log and done % 200_000 < BATCH:
            print(f"  loaded {done:>9,} events  {time.perf_counter() - t0:6.1f} s", flush=True)
    db.execute("COMMIT")
    t_idx = time.perf_counter()
    for _, sql in indexes:
        db.execute(sql)
    if log:
        print(f"  re-created {len(indexes)} indexes in {time.perf_counter() - t_idx:.1f} s",
              flush=True)
    db.execute("PRAGMA journal_mode=WAL")  # what timeline.db.make_engine uses
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "entities", "entity_aliases", "event_entities",
                        "entity_links")}
    db.close()
    return LoadReport(time.perf_counter() - t0, path.stat().st_size, counts)
