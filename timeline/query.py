"""Chronological timelines per actor or location. Functions take a session; no spaCy.

Order: by date (``date_start``, else ``date_end``), then precision (a day before its
month), undated events last. Names are resolved through the alias table and the
aliases stored with each entity, so "US", "U.S." and "America" find the same events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from .aliases import AliasTable, norm
from .models import Document, Entity, EntityAlias, EntityLink, Event, EventEntity
from .types import ACTOR_ROLES, ROLE_LOCATION, TimelineEntry

# Relations followed by default: a member of an actor is part of it ("US soldiers").
DEFAULT_RELATIONS = ("member_of",)
WITHIN_RELATIONS = ("located_in",)


def find_entities(session: Session, name: str, aliases: AliasTable) -> list[Entity]:
    """Entities that ``name`` may denote: by canonical name, alias table or stored alias."""
    keys = {norm(name)}
    ref = aliases.lookup(name)
    if ref is not None:
        keys.add(norm(ref.name))
    by_alias = select(EntityAlias.entity_id).where(EntityAlias.norm_alias.in_(keys))
    return list(
        session.scalars(
            select(Entity).where(or_(Entity.norm_name.in_(keys), Entity.id.in_(by_alias)))
        )
    )


def expand_linked(
    session: Session, ids: set[int], relations: Sequence[str] | None, depth: int = 3
) -> set[int]:
    """``ids`` plus the entities linked to them by ``relations`` (None: any relation)."""
    found = set(ids)
    frontier = set(ids)
    for _ in range(depth):
        if not frontier:
            break
        stmt = select(EntityLink.source_id).where(EntityLink.target_id.in_(frontier))
        if relations is not None:
            stmt = stmt.where(EntityLink.relation.in_(relations))
        new = set(session.scalars(stmt)) - found
        found |= new
        frontier = new
    return found


def _dates_filter(stmt, since: date | None, until: date | None):  # type: ignore[no-untyped-def]
    if since is not None:
        stmt = stmt.where(Event.sort_date.is_not(None))
        stmt = stmt.where(or_(Event.date_end.is_(None), Event.date_end >= since))
    if until is not None:
        stmt = stmt.where(Event.sort_date.is_not(None), Event.sort_date <= until)
    return stmt


def timeline_for(
    session: Session,
    entity_ids: Iterable[int],
    roles: Sequence[str],
    since: date | None = None,
    until: date | None = None,
    types: Sequence[str] | None = None,
) -> list[TimelineEntry]:
    """The events in which any of ``entity_ids`` plays one of ``roles``, in order."""
    ids = list(entity_ids)
    if not ids:
        return []
    matching = select(EventEntity.event_id).where(
        EventEntity.entity_id.in_(ids), EventEntity.role.in_(roles)
    )
    stmt = select(Event).where(Event.id.in_(matching))
    stmt = _dates_filter(stmt, since, until)
    if types:
        stmt = stmt.where(Event.type.in_(list(types)))
    stmt = stmt.order_by(
        Event.sort_date.is_(None), Event.sort_date, Event.precision_rank, Event.id
    ).options(
        selectinload(Event.participants).selectinload(EventEntity.entity),
        selectinload(Event.document).load_only(Document.source, Document.published),
    )
    return [to_entry(ev) for ev in session.scalars(stmt)]


def all_events(
    session: Session,
    since: date | None = None,
    until: date | None = None,
    types: Sequence[str] | None = None,
) -> list[TimelineEntry]:
    stmt = _dates_filter(select(Event), since, until)
    if types:
        stmt = stmt.where(Event.type.in_(list(types)))
    stmt = stmt.order_by(
        Event.sort_date.is_(None), Event.sort_date, Event.precision_rank, Event.id
    ).options(
        selectinload(Event.participants).selectinload(EventEntity.entity),
        selectinload(Event.document).load_only(Document.source, Document.published),
    )
    return [to_entry(ev) for ev in session.scalars(stmt)]


def actor_timeline(
    session: Session,
    name: str,
    aliases: AliasTable,
    since: date | None = None,
    until: date | None = None,
    types: Sequence[str] | None = None,
    include_linked: bool = False,
) -> list[TimelineEntry]:
    """Events where the actor (or its members; with include_linked, anything linked to
    it, e.g. groups it backs) is agent, patient or recipient."""
    ids = {e.id for e in find_entities(session, name, aliases)}
    ids = expand_linked(session, ids, None if include_linked else DEFAULT_RELATIONS)
    return timeline_for(session, ids, ACTOR_ROLES, since, until, types)


def location_timeline(
    session: Session,
    name: str,
    aliases: AliasTable,
    since: date | None = None,
    until: date | None = None,
    types: Sequence[str] | None = None,
    include_within: bool = True,
) -> list[TimelineEntry]:
    """Events located at the place (and, with include_within, at places inside it)."""
    ids = {e.id for e in find_entities(session, name, aliases)}
    if include_within:
        ids = expand_linked(session, ids, WITHIN_RELATIONS)
    return timeline_for(session, ids, (ROLE_LOCATION,), since, until, types)


def to_entry(ev: Event) -> TimelineEntry:
    actors = tuple(
        (p.role, p.entity.name)
        for p in sorted(ev.participants, key=lambda p: (ACTOR_ROLES.index(p.role)
                                                        if p.role in ACTOR_ROLES else 9, p.start))
        if p.role in ACTOR_ROLES
    )
    locations = tuple(
        p.entity.name for p in sorted(ev.participants, key=lambda p: p.start)
        if p.role == ROLE_LOCATION
    )
    return TimelineEntry(
        event_id=ev.id,
        event_type=ev.type,
        trigger=ev.trigger,
        date_start=ev.date_start,
        date_end=ev.date_end,
        date_precision=ev.date_precision,
        date_basis=ev.date_basis,
        date_value=ev.date_value,
        modality=ev.modality,
        actors=actors,
        locations=locations,
        evidence=ev.sentence,
        evidence_start=ev.sentence_start,
        evidence_end=ev.sentence_end,
        source=ev.document.source,
        published=ev.document.published,
        confidence=ev.confidence,
        document_id=ev.document_id,
    )
