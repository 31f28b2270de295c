"""Write extractions to the database. Functions take a session and never commit.

Idempotent: a document whose text hash is already stored is not stored again; entities
are got-or-created by ``(kind, norm_name)``; aliases and links likewise.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .aliases import AliasTable, norm
from .dedup import StoryIndex, assign_cluster
from .models import (
    Document,
    DocumentEntity,
    Entity,
    EntityAlias,
    EntityLink,
    EntityMerge,
    Event,
    EventEntity,
)
from .types import PRECISIONS, Extraction, Participant


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def precision_rank(precision: str) -> int:
    return PRECISIONS.index(precision) if precision in PRECISIONS else len(PRECISIONS)


@dataclass(frozen=True)
class SaveResult:
    document_id: int
    created: bool  # False: the same text was stored before
    events: int


def find_document(session: Session, text: str) -> Document | None:
    return session.scalars(
        select(Document).where(Document.content_sha256 == content_hash(text))
    ).first()


class EntityStore:
    """Get-or-create entities, aliases and links, with a per-session cache."""

    def __init__(self, session: Session, aliases: AliasTable) -> None:
        self.session = session
        self.aliases = aliases
        self._entities: dict[tuple[str, str], Entity] = {}
        self._alias_keys: set[tuple[int, str]] = set()
        self._links: set[tuple[int, int, str]] = set()
        self._surnames: dict[str, Entity | None] = {}

    def entity(self, name: str, kind: str) -> Entity:
        key = (kind, norm(name))
        if key in self._entities:
            return self._entities[key]
        merged = self.session.scalars(
            select(Entity).join(EntityMerge, EntityMerge.entity_id == Entity.id).where(
                EntityMerge.norm_name == key[1]
            )
        ).first()
        if merged is not None:  # a hand-made merge or alias decides
            self._entities[key] = merged
            return merged
        found = self.session.scalars(
            select(Entity).where(Entity.kind == kind, Entity.norm_name == key[1])
        ).first()
        if found is None and kind == "person" and " " not in key[1]:
            found = self._known_by_surname(key[1])
        if found is None:
            found = Entity(name=name, norm_name=key[1], kind=kind)
            self.session.add(found)
            self.session.flush()
            for alias in {name, *self.aliases.aliases_of(name)}:
                self.alias(found, alias)
        self._entities[key] = found
        return found

    def _known_by_surname(self, surname: str) -> Entity | None:
        """"Clinton" in an article that never gives his first name is the one person
        of that surname already stored ("Bill Clinton"); with two ("George Bush", "Jeb
        Bush") or none, the surname stays a name of its own."""
        if surname not in self._surnames:  # a scan of the people stored: once per ingest
            found = list(self.session.scalars(
                select(Entity).where(Entity.kind == "person",
                                     Entity.norm_name.endswith(" " + surname, autoescape=True))
                .limit(2)
            ))
            self._surnames[surname] = found[0] if len(found) == 1 else None
        return self._surnames[surname]

    def alias(self, entity: Entity, alias: str) -> None:
        key = (entity.id, norm(alias))
        if not key[1] or key in self._alias_keys:
            return
        self._alias_keys.add(key)
        exists = self.session.scalars(
            select(EntityAlias.id).where(
                EntityAlias.entity_id == entity.id, EntityAlias.norm_alias == key[1]
            )
        ).first()
        if exists is None:
            self.session.add(EntityAlias(entity_id=entity.id, alias=alias, norm_alias=key[1]))

    def link(self, source: Entity, target: Entity, relation: str) -> None:
        key = (source.id, target.id, relation)
        if key in self._links or source.id == target.id:
            return
        self._links.add(key)
        if self.session.get(EntityLink, key) is None:
            self.session.add(EntityLink(source_id=source.id, target_id=target.id, relation=relation))

    def participant(self, part: Participant) -> Entity:
        entity = self.entity(part.name, part.kind)
        self.alias(entity, part.text)
        for link in part.links:
            self.link(entity, self.entity(link.name, link.kind), link.relation)
        return entity


def save_extraction(
    session: Session, extraction: Extraction, aliases: AliasTable, model: str | None = None
) -> SaveResult:
    """Store one article and its events unless its text is stored already."""
    article = extraction.article
    existing = find_document(session, article.text)
    if existing is not None:
        return SaveResult(existing.id, False, 0)
    doc = Document(
        source=article.source,
        title=article.title,
        url=article.url,
        published=article.published,
        published_from=article.published_from,
        content_sha256=content_hash(article.text),
        text=article.text,
        model=model,
        ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
    )
    session.add(doc)
    session.flush()
    entities = EntityStore(session, aliases)
    named = Counter(entities.participant(part).id for part in extraction.entities)
    session.add_all(DocumentEntity(document_id=doc.id, entity_id=entity_id, mentions=count)
                    for entity_id, count in named.items())
    rows: list[Event] = []
    for ev in extraction.events:
        row = Event(
            document_id=doc.id,
            type=ev.type,
            trigger=ev.trigger,
            trigger_start=ev.trigger_start,
            trigger_end=ev.trigger_end,
            date_start=ev.date.start,
            date_end=ev.date.end,
            sort_date=ev.date.sort_date,
            date_precision=ev.date.precision,
            precision_rank=precision_rank(ev.date.precision),
            date_basis=ev.date.basis,
            date_value=ev.date.value,
            date_text=ev.date.text,
            modality=ev.modality,
            sentence=ev.sentence,
            sentence_start=ev.sentence_start,
            sentence_end=ev.sentence_end,
            confidence=ev.confidence,
            quantities="; ".join(ev.quantities) or None,
            anaphoric=ev.anaphoric,
            backgrounded=ev.backgrounded,
            ordinal=ev.ordinal,
            cumulative=ev.cumulative,
        )
        session.add(row)
        session.flush()
        seen: set[tuple[int, str]] = set()
        for part in ev.participants:
            entity = entities.participant(part)
            if (entity.id, part.role) in seen:
                continue
            seen.add((entity.id, part.role))
            session.add(EventEntity(event_id=row.id, entity_id=entity.id, role=part.role,
                                    text=part.text, start=part.start, end=part.end,
                                    first_date=row.sort_date,
                                    last_date=row.date_end or row.sort_date))
        rows.append(row)
    session.flush()
    stories = StoryIndex(session)  # every event is stored before any is clustered
    for row in rows:
        assign_cluster(session, row, stories)
    session.flush()
    return SaveResult(doc.id, True, len(extraction.events))
