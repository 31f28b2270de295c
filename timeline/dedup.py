"""One real-world event, many reports: assign each stored mention to an event cluster.

A new mention joins an existing cluster when the cluster holds a mention of the same
type whose date is compatible with its own and whose participants overlap with its own
(a shared actor, or a shared place with no conflicting actors); otherwise it starts a
cluster. Dates are compatible when their intervals overlap; a mention dated only by its
report ("reported": on or before publication) is compatible with a dated one within
``REPORTED_WINDOW`` days before that publication, and with another reported one whose
publication lies within ``REPORTED_WINDOW`` days. Two attacks on consecutive days in the
same city stay apart, as their day-precision dates do not overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Event, EventCluster, EventEntity
from .types import ACTOR_ROLES, ROLE_LOCATION

REPORTED_WINDOW = 10  # days
CANDIDATE_WINDOW = 45  # days either side of a mention's date, to look for clusters
MIN_SCORE = 1.0


@dataclass(frozen=True)
class Mention:
    """What clustering needs to know of one stored event."""

    id: int
    type: str
    start: date | None
    end: date | None
    basis: str
    published: date | None
    actors: frozenset[int]
    places: frozenset[int]
    trigger: str


def _interval(m: Mention) -> tuple[date | None, date | None]:
    if m.basis == "reported" and m.published is not None:
        return m.published - timedelta(days=REPORTED_WINDOW), m.published
    if m.basis == "expected" and m.published is not None:
        return m.published, None
    return m.start, m.end


def compatible_dates(a: Mention, b: Mention) -> bool:
    if a.basis == "unknown" or b.basis == "unknown":
        return False
    a0, a1 = _interval(a)
    b0, b1 = _interval(b)
    if a0 is None and a1 is None or b0 is None and b1 is None:
        return False
    return (a0 is None or b1 is None or a0 <= b1) and (b0 is None or a1 is None or b0 <= a1)


def score(a: Mention, b: Mention) -> float:
    """How strongly two mentions look like one event (0: not at all)."""
    if a.type != b.type or not compatible_dates(a, b):
        return 0.0
    shared_actors = len(a.actors & b.actors)
    shared_places = len(a.places & b.places)
    if a.places and b.places and not shared_places:
        return 0.0  # different places
    if a.actors and b.actors and not shared_actors and not shared_places:
        return 0.0
    value = 1.5 * shared_actors + 1.0 * shared_places
    if a.trigger.lower() == b.trigger.lower():
        value += 0.25
    if a.basis == b.basis == "explicit" and a.start == b.start and a.end == b.end:
        value += 0.5  # the same dated day, month...
    if not (a.actors or a.places) or not (b.actors or b.places):
        value += 0.5 if a.basis == b.basis == "explicit" else 0.0
    return value


def _mentions(session: Session, events: list[Event]) -> list[Mention]:
    ids = [e.id for e in events]
    parts: dict[int, tuple[set[int], set[int]]] = {i: (set(), set()) for i in ids}
    for event_id, entity_id, role in session.execute(
        select(EventEntity.event_id, EventEntity.entity_id, EventEntity.role).where(
            EventEntity.event_id.in_(ids)
        )
    ):
        actors, places = parts[event_id]
        if role == ROLE_LOCATION:
            places.add(entity_id)
        elif role in ACTOR_ROLES:
            actors.add(entity_id)
    return [
        Mention(e.id, e.type, e.date_start, e.date_end, e.date_basis, e.document.published,
                frozenset(parts[e.id][0]), frozenset(parts[e.id][1]), e.trigger)
        for e in events
    ]


def assign_cluster(session: Session, event: Event) -> EventCluster:
    """Put a freshly stored event (participants flushed) into its cluster."""
    (mention,) = _mentions(session, [event])
    around = mention.start or mention.end or mention.published
    best: tuple[float, int] | None = None
    if around is not None:
        window = timedelta(days=CANDIDATE_WINDOW)
        candidates = list(session.scalars(
            select(Event).where(
                Event.type == event.type,
                Event.cluster_id.is_not(None),
                Event.id != event.id,
                Event.sort_date.between(around - window, around + window),
            ).limit(500)
        ))
        for other in _mentions(session, candidates):
            s = score(mention, other)
            cluster_id = next(c.cluster_id for c in candidates if c.id == other.id)
            if s >= MIN_SCORE and cluster_id is not None and (best is None or s > best[0]):
                best = (s, cluster_id)
    if best is not None:
        cluster = session.get(EventCluster, best[1])
        assert cluster is not None
    else:
        cluster = EventCluster(type=event.type, sort_date=event.sort_date, mentions=0, sources=0)
        session.add(cluster)
        session.flush()
    event.cluster_id = cluster.id
    session.flush()
    cluster.mentions = session.scalar(
        select(func.count()).select_from(Event).where(Event.cluster_id == cluster.id)
    ) or 0
    cluster.sources = session.scalar(
        select(func.count(func.distinct(Event.document_id))).where(Event.cluster_id == cluster.id)
    ) or 0
    if cluster.sort_date is None or (event.sort_date and event.date_basis == "explicit"):
        cluster.sort_date = cluster.sort_date or event.sort_date
    return cluster
