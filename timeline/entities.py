"""Hand corrections of entities: aliases, merges and splits that survive re-ingestion.

Every decision is written to ``entity_merges`` (a name -> an entity); the store consults
that table before it creates an entity, so articles ingested later follow it too.
Functions take a session and never commit.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .aliases import AliasTable, norm
from .errors import NotFoundError, TimelineError
from .models import Entity, EntityAlias, EntityLink, EntityMerge, EventEntity
from .query import find_entities


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def resolve_one(session: Session, name: str, aliases: AliasTable) -> Entity:
    """The single entity ``name`` denotes.

    Raises:
        NotFoundError: no stored entity answers to the name.
        TimelineError: several do (the message lists them).
    """
    found = find_entities(session, name, aliases)
    exact = [e for e in found if e.norm_name == norm(name)]
    found = exact or found
    if not found:
        raise NotFoundError(f"no entity named {name!r} in the database")
    if len(found) > 1:
        listing = ", ".join(f"{e.name} ({e.kind})" for e in found)
        raise TimelineError(f"{name!r} is ambiguous: {listing}")
    return found[0]


def _remember(session: Session, name: str, target: Entity) -> None:
    key = norm(name)
    row = session.get(EntityMerge, key)
    if row is None:
        session.add(EntityMerge(norm_name=key, entity_id=target.id, created_at=_now()))
    else:
        row.entity_id = target.id
    if session.scalars(select(EntityAlias.id).where(
        EntityAlias.entity_id == target.id, EntityAlias.norm_alias == key
    )).first() is None:
        session.add(EntityAlias(entity_id=target.id, alias=name, norm_alias=key))


def add_alias(
    session: Session, alias: str, canonical: str, aliases: AliasTable, kind: str = "organization"
) -> Entity:
    """Make ``alias`` a name of ``canonical`` (created with ``kind`` if not stored yet).

    An entity already stored under the alias is merged into the canonical one.
    """
    try:
        target = resolve_one(session, canonical, aliases)
    except NotFoundError:
        target = Entity(name=canonical, norm_name=norm(canonical), kind=kind)
        session.add(target)
        session.flush()
    for other in session.scalars(select(Entity).where(Entity.norm_name == norm(alias))):
        if other.id != target.id:
            _move(session, other, target)
    _remember(session, alias, target)
    session.flush()
    return target


def _move(session: Session, source: Entity, target: Entity) -> None:
    """Repoint everything of ``source`` to ``target`` and delete ``source``."""
    taken = set(session.execute(
        select(EventEntity.event_id, EventEntity.role).where(EventEntity.entity_id == target.id)
    ).all())
    for row in list(session.scalars(select(EventEntity).where(EventEntity.entity_id == source.id))):
        if (row.event_id, row.role) in taken:
            session.delete(row)
        else:
            session.execute(update(EventEntity).where(
                EventEntity.event_id == row.event_id, EventEntity.entity_id == source.id,
                EventEntity.role == row.role,
            ).values(entity_id=target.id))
    known = set(session.scalars(
        select(EntityAlias.norm_alias).where(EntityAlias.entity_id == target.id)))
    for alias in list(session.scalars(select(EntityAlias).where(EntityAlias.entity_id == source.id))):
        if alias.norm_alias in known:
            session.delete(alias)
        else:
            alias.entity_id = target.id
    for link in list(session.scalars(select(EntityLink).where(
        (EntityLink.source_id == source.id) | (EntityLink.target_id == source.id)
    ))):
        new = (target.id if link.source_id == source.id else link.source_id,
               target.id if link.target_id == source.id else link.target_id, link.relation)
        session.delete(link)
        session.flush()
        if new[0] != new[1] and session.get(EntityLink, new) is None:
            session.add(EntityLink(source_id=new[0], target_id=new[1], relation=new[2]))
    session.execute(update(EntityMerge).where(EntityMerge.entity_id == source.id)
                    .values(entity_id=target.id))
    session.flush()
    session.delete(source)
    session.flush()


def merge(session: Session, name: str, into: str, aliases: AliasTable) -> Entity:
    """Merge the entity ``name`` into ``into``; later ingests map ``name`` to it as well."""
    source = resolve_one(session, name, aliases)
    target = resolve_one(session, into, aliases)
    if source.id == target.id:
        return target
    source_name = source.name
    _move(session, source, target)
    _remember(session, source_name, target)
    session.flush()
    return target


def split(session: Session, name: str, from_: str, aliases: AliasTable) -> Entity:
    """Undo a merge: mentions written ``name`` leave ``from_`` for an entity of their own."""
    source = resolve_one(session, from_, aliases)
    key = norm(name)
    session.execute(delete(EntityMerge).where(EntityMerge.norm_name == key))
    session.execute(delete(EntityAlias).where(
        EntityAlias.entity_id == source.id, EntityAlias.norm_alias == key))
    target = session.scalars(
        select(Entity).where(Entity.kind == source.kind, Entity.norm_name == key)
    ).first()
    if target is None:
        target = Entity(name=name, norm_name=key, kind=source.kind)
        session.add(target)
        session.flush()
        session.add(EntityAlias(entity_id=target.id, alias=name, norm_alias=key))
    rows = [r for r in session.scalars(select(EventEntity).where(EventEntity.entity_id == source.id))
            if norm(r.text) == key]
    for row in rows:
        session.execute(update(EventEntity).where(
            EventEntity.event_id == row.event_id, EventEntity.entity_id == source.id,
            EventEntity.role == row.role,
        ).values(entity_id=target.id))
    session.add(EntityMerge(norm_name=key, entity_id=target.id, created_at=_now()))
    session.flush()
    return target
