"""Frozen dataclasses that cross layer boundaries.

The flow is ``ArticleIn`` (sources) -> ``ExtractedEvent`` (extract) -> rows (store)
-> ``TimelineEntry`` (query). No spaCy ``Doc`` and no ORM object ever crosses a layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# How an article's publication date is known.
PUBLISHED_GIVEN = "given"  # passed by the caller (--published, published=...)
PUBLISHED_METADATA = "metadata"  # found in the input's metadata (HTML meta, JSON field, header)
PUBLISHED_UNKNOWN = "unknown"

# How an event's date is known.
BASIS_EXPLICIT = "explicit"  # a time expression attached to the event
BASIS_REPORTED = "reported"  # no date of its own: happened on or before publication
BASIS_EXPECTED = "expected"  # no date of its own: expected after publication
BASIS_UNKNOWN = "unknown"  # no date and no publication date to bound it
DATE_BASES = (BASIS_EXPLICIT, BASIS_REPORTED, BASIS_EXPECTED, BASIS_UNKNOWN)

# Granularity of a date, finest first (the order used to sort a day before its month).
PRECISIONS = (
    "time",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "vague",
    "unknown",
)

ROLE_AGENT = "agent"
ROLE_PATIENT = "patient"
ROLE_RECIPIENT = "recipient"
ROLE_LOCATION = "location"
ROLE_MENTION = "mention"  # named anywhere in the article, no role in an event
ACTOR_ROLES = (ROLE_AGENT, ROLE_PATIENT, ROLE_RECIPIENT)


@dataclass(frozen=True)
class ArticleIn:
    """One article as read from an input, before any NLP."""

    text: str
    source: str | None = None
    title: str | None = None
    published: date | None = None
    published_from: str = PUBLISHED_UNKNOWN
    url: str | None = None


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text (TimeML TIMEX3 conventions).

    ``start``/``end`` are character offsets into the text that was searched; ``value``
    is a TIMEX3 value such as ``2015-06-03``, ``XXXX-06-03``, ``2015-W23``, ``P3D`` or
    ``PAST_REF``; ``mod`` is ``START``, ``END``, ``MID``, ``APPROX``, ``BEFORE``... or None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False  # True when the value was resolved against a reference date
    range_end: str | None = None  # "from June 3 to 5": the value of the range's other end
    anchor: date | None = field(default=None, compare=False, repr=False)  # the day last
    # told before it, which "two days later" or "the next morning" counts from


@dataclass(frozen=True)
class EventDate:
    """When an event happened: inclusive bounds (None = open), precision and basis."""

    start: date | None
    end: date | None
    precision: str
    basis: str
    value: str | None = None  # TIMEX3 value, e.g. "2015-06-03", "XXXX-06-03", "PAST_REF"
    text: str | None = None  # the words the date came from

    @property
    def sort_date(self) -> date | None:
        return self.start if self.start is not None else self.end


@dataclass(frozen=True)
class EntityLink:
    """A relation from a participant to another entity, e.g. ``backed_by`` Iran."""

    relation: str
    name: str
    kind: str


@dataclass(frozen=True)
class Participant:
    """An actor or location of an event, resolved to a canonical entity."""

    role: str
    name: str  # canonical name, e.g. "United States"
    kind: str  # country, person, organization, group, location, facility...
    text: str  # the words in the article
    start: int
    end: int
    links: tuple[EntityLink, ...] = ()


@dataclass(frozen=True)
class ExtractedEvent:
    """One event found in one sentence of one article."""

    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    date: EventDate
    sentence: str
    sentence_start: int
    sentence_end: int
    participants: tuple[Participant, ...] = ()
    modality: str = "asserted"
    confidence: float = 0.5
    quantities: tuple[str, ...] = ()
    anaphoric: bool = False  # a definite noun that refers back: "the deal", "its pullout"
    # told only as the time of another event: "bombed Nyala two days after a drone attack";
    # an anaphor ("the raid") names the main event before it
    backgrounded: bool = False
    ordinal: str | None = None  # "the first attack": "1"; "a second round": "2"; "a fresh
    # protest": "2+" (see ``timeline.extract.component._ordinal``)
    cumulative: bool = False  # adds to a count told before, whose event began earlier: "a
    # fourth victim died of burns on Thursday, raising the death toll to four"

    def role(self, role: str) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.role == role)

    @property
    def agents(self) -> tuple[Participant, ...]:
        return self.role(ROLE_AGENT)

    @property
    def locations(self) -> tuple[Participant, ...]:
        return self.role(ROLE_LOCATION)


@dataclass(frozen=True)
class Extraction:
    """The events of one article."""

    article: ArticleIn
    events: tuple[ExtractedEvent, ...] = field(default_factory=tuple)
    entities: tuple[Participant, ...] = field(default_factory=tuple)  # every named mention


@dataclass(frozen=True)
class TimelineEntry:
    """One row of a timeline, as returned by the query helpers."""

    event_id: int
    event_type: str
    trigger: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    date_basis: str
    date_value: str | None
    modality: str
    actors: tuple[tuple[str, str], ...]  # (role, canonical name)
    locations: tuple[str, ...]
    evidence: str
    evidence_start: int
    evidence_end: int
    source: str | None
    published: date | None
    confidence: float
    document_id: int
    cluster_id: int | None = None
    mentions: int = 1  # reports of this real-world event stored, across articles
    sources: int = 1  # distinct documents among them


@dataclass(frozen=True)
class KeyDate:
    """A date of a timeline ranked by how many independent sources report events on it."""

    date: date
    sources: int
    events: int
    types: tuple[str, ...]
