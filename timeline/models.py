"""The database schema (SQLAlchemy 2.0 typed ORM). Schema only: no queries, no spaCy.

Alembic migrations in ``migrations/`` create it; ``alembic check`` must find no drift.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Document(Base):
    """One ingested article. ``content_sha256`` (of the text) makes ingestion idempotent."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str | None] = mapped_column(String(1024))
    title: Mapped[str | None] = mapped_column(String(1024))
    url: Mapped[str | None] = mapped_column(String(2048))
    published: Mapped[date | None] = mapped_column(Date)
    published_from: Mapped[str] = mapped_column(String(16), default="unknown")
    content_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    model: Mapped[str | None] = mapped_column(String(128))
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    events: Mapped[list[Event]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    entities: Mapped[list[DocumentEntity]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class DocumentEntity(Base):
    """A named entity the document mentions anywhere (not only as an event participant):
    what the article is about, used to tell which reports tell one story."""

    __tablename__ = "document_entities"
    __table_args__ = (Index("ix_document_entities_entity", "entity_id", "document_id"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    mentions: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[Document] = relationship(back_populates="entities")


class Event(Base):
    """One event found in one sentence of one document."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_sort_date", "sort_date", "precision_rank"),
        Index("ix_events_type_sort_date", "type", "sort_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(64))
    trigger: Mapped[str] = mapped_column(String(256))
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    # date_start, else date_end: what a timeline is ordered by (NULL = undated, last)
    sort_date: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16))
    precision_rank: Mapped[int] = mapped_column(Integer)
    date_basis: Mapped[str] = mapped_column(String(16))
    date_value: Mapped[str | None] = mapped_column(String(64))
    date_text: Mapped[str | None] = mapped_column(String(256))
    modality: Mapped[str] = mapped_column(String(16))
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    quantities: Mapped[str | None] = mapped_column(String(512))
    # a definite noun that refers back ("the deal"): clustering joins it to the event before
    anaphoric: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # told only as the time of another event ("two days after a drone attack")
    backgrounded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # its place in a sequence of like events: "the first attack" 1, "a second round" 2,
    # "a fresh protest" 2+ (later than a first one, maybe not the second)
    ordinal: Mapped[str | None] = mapped_column(String(8))
    # adds to a count told before ("a fourth victim died on Thursday, raising the death
    # toll"): the event it belongs to may have begun days earlier
    cumulative: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the real-world event this mention belongs to (one cluster per event across articles)
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_clusters.id", ondelete="SET NULL"), index=True
    )

    document: Mapped[Document] = relationship(back_populates="events")
    cluster: Mapped[EventCluster | None] = relationship(back_populates="events")
    participants: Mapped[list[EventEntity]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class EventCluster(Base):
    """One real-world event, reported by one or more mentions (events) in one or more
    documents. ``mentions`` and ``sources`` (distinct documents) are kept up to date."""

    __tablename__ = "event_clusters"
    __table_args__ = (Index("ix_event_clusters_type_sort_date", "type", "sort_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(64))
    sort_date: Mapped[date | None] = mapped_column(Date)
    mentions: Mapped[int] = mapped_column(Integer, default=0)
    sources: Mapped[int] = mapped_column(Integer, default=0)

    events: Mapped[list[Event]] = relationship(back_populates="cluster")


class EntityMerge(Base):
    """A hand-made decision that one name denotes another entity ("Daesh" -> Islamic
    State); consulted whenever entities are stored, so it survives re-ingestion."""

    __tablename__ = "entity_merges"

    norm_name: Mapped[str] = mapped_column(String(512), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Entity(Base):
    """A canonical actor or place; ``(kind, norm_name)`` is unique."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "norm_name", name="uq_entities_kind_norm_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    norm_name: Mapped[str] = mapped_column(String(512), index=True)
    kind: Mapped[str] = mapped_column(String(32))

    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True
    )


class EntityAlias(Base):
    """A surface form seen for an entity ("U.S.", "American")."""

    __tablename__ = "entity_aliases"
    __table_args__ = (
        UniqueConstraint("norm_alias", "entity_id", name="uq_entity_aliases_norm_alias_entity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(512))
    norm_alias: Mapped[str] = mapped_column(String(512), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class EventEntity(Base):
    """An entity's part in an event: agent, patient, recipient or location."""

    __tablename__ = "event_entities"
    __table_args__ = (
        Index("ix_event_entities_entity_role", "entity_id", "role", "event_id"),
        # a timeline query reads one entity's mentions for a date window from this index alone
        Index("ix_event_entities_timeline", "entity_id", "role", "last_date", "first_date",
              "event_id"),
    )

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(String(512))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    # copies of the event's window: first_date = sort_date, last_date = date_end, or the
    # sort date for an open-ended event (kept in step by the store)
    first_date: Mapped[date | None] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)

    event: Mapped[Event] = relationship(back_populates="participants")
    entity: Mapped[Entity] = relationship()


class EntityLink(Base):
    """A relation between entities: ``member_of``, ``backed_by``, ``led_by``..."""

    __tablename__ = "entity_links"
    __table_args__ = (Index("ix_entity_links_target", "target_id", "relation"),)

    source_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    relation: Mapped[str] = mapped_column(String(32), primary_key=True)
