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

import functools
import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib import resources
from typing import Any, cast

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from .models import DocumentEntity, Entity, EntityLink, Event, EventCluster, EventEntity
from .temporal.lexicon import load_lexicon
from .types import ACTOR_ROLES, ROLE_AGENT, ROLE_LOCATION

log = logging.getLogger(__name__)

REPORTED_WINDOW = 10  # days
SEQUENCE_MARGIN = 0.5  # "the first walkout" picks the earliest of clusters this close
CANDIDATE_WINDOW = 45  # days either side of a mention's date, to look for clusters
CANDIDATES = 500  # at most this many mentions, the nearest in time, are compared
MIN_SCORE = 1.0
BRIDGE_SCORE = MIN_SCORE  # a mention this close to two clusters makes them one
UNREALIZED = ("expected", "hypothetical", "negated")  # modalities of events not (yet) real
SPEECH_TYPES = {"statement", "report"}  # each act of saying is its own event
STORY_MIN_SHARED = 2  # named entities two articles share to be reports of one story
STORY_BONUS = 0.75
STORY_DOCUMENTS = 50  # an undated report is also compared with the events of this many
STORY_EVENTS = 100  # ...articles of its story (at most this many events), however old
COMMON_SHARE = 0.02  # an entity named by more than this share of all articles...
COMMON_MIN_DOCUMENTS = 50  # ...and by more than this many does not mark a story
ANTECEDENTS = 20  # an anaphor looks this far back in its article for its own word
ANTECEDENT_MEMBERS = 50  # an anaphor is checked against this many (latest) of a cluster's
MOST_TOLD_MIN = 2  # articles that told a story event, for a bare retelling to pick it of several
RETOLD_MARGIN = 1.0  # a retelling this much closer than any recent cluster is preferred
PLACE_KINDS = ("city", "region", "area")  # below a country: where an attack on it happened
STEM = 5  # "deployed" and "deployment" are one word for clustering
MAJORITY = 0.67  # more than this share of a cluster's members in the time window must fit a
# mention the cluster as a whole does not (in effect, clusters of four or more)
CONTEXT_WEIGHT = 0.5  # how much alike sentences count when a mention fits two clusters
DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_NUMBER = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[^\W\d_][\w'-]{2,}|\d[\d,.]*")


class StoryIndex:
    """Which articles tell one story: they name at least ``STORY_MIN_SHARED`` of the same
    actors and places (anywhere in the text, resolved to entities). Cached per document."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._named: dict[int, frozenset[int]] = {}
        self._documents: int | None = None
        self._common: dict[int, bool] = {}
        self._related: dict[int, list[int]] = {}
        self._story_events: dict[int, list[tuple[int, str, date | None]]] = {}

    def load(self, document_ids: set[int]) -> None:
        todo = [d for d in document_ids if d and d not in self._named]
        if not todo:
            return
        found: dict[int, set[int]] = {d: set() for d in todo}
        for doc_id, entity_id in self.session.execute(
            select(DocumentEntity.document_id, DocumentEntity.entity_id)
            .where(DocumentEntity.document_id.in_(todo))
        ):
            found[doc_id].add(entity_id)
        for doc_id, entities in found.items():
            self._named[doc_id] = frozenset(entities)

    def shared(self, a: int, b: int) -> int:
        """How many named entities two articles share, leaving out those that a large share
        of all articles name ("United States" tells no story apart)."""
        if a == b:
            return 0
        self.load({a, b})
        both = self._named[a] & self._named[b]
        return sum(1 for entity in both if not self._is_common(entity))

    def related(self, document_id: int, limit: int = STORY_DOCUMENTS) -> list[int]:
        """The other articles of this article's story, most shared entities first."""
        if document_id in self._related:
            return self._related[document_id]
        self.load({document_id})
        own = [e for e in self._named.get(document_id, ()) if not self._is_common(e)]
        if len(own) < STORY_MIN_SHARED:
            return []
        shared = func.count().label("shared")
        self._related[document_id] = list(self.session.scalars(
            select(DocumentEntity.document_id)
            .where(DocumentEntity.entity_id.in_(own), DocumentEntity.document_id != document_id)
            .group_by(DocumentEntity.document_id).having(shared >= STORY_MIN_SHARED)
            .order_by(shared.desc(), DocumentEntity.document_id.desc()).limit(limit)
        ))
        return self._related[document_id]

    def events_of_story(self, document_id: int) -> list[tuple[int, str, date | None]]:
        """(id, type, sort date) of the events of the other articles of this article's
        story, read once per article."""
        if document_id not in self._story_events:
            docs = self.related(document_id)
            self._story_events[document_id] = [(i, t, d) for i, t, d in self.session.execute(
                select(Event.id, Event.type, Event.sort_date).where(Event.document_id.in_(docs))
            )] if docs else []
        return self._story_events[document_id]

    def _is_common(self, entity_id: int) -> bool:
        if entity_id not in self._common:
            if self._documents is None:
                self._documents = self.session.scalar(
                    select(func.count(func.distinct(DocumentEntity.document_id)))) or 0
            limit = max(COMMON_MIN_DOCUMENTS, COMMON_SHARE * self._documents)
            named_by = self.session.scalar(
                select(func.count()).select_from(
                    select(DocumentEntity.document_id)
                    .where(DocumentEntity.entity_id == entity_id).limit(int(limit) + 1)
                    .subquery()
                )
            ) or 0
            self._common[entity_id] = named_by > limit
        return self._common[entity_id]


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
    document_id: int = 0
    named: frozenset[int] = frozenset()  # actors with a name (not "officials", "its embassy")
    numbers: frozenset[str] = frozenset()  # "900" of "900 soldiers"
    agents: frozenset[int] = frozenset()  # the countries that did it ("Denmark will send",
    # "British troops arrived"); a minister is not set against his country
    window: tuple[date | None, date | None] | None = None  # a cluster's: all members agree
    words: frozenset[str] = frozenset()  # a cluster's: every trigger word of its members
    named_kinds: frozenset[str] = frozenset()  # kinds of the named actors: person, country...
    ordinals: frozenset[str] = frozenset()  # "the first attack": {"1"} (a cluster's: all)
    contexts: tuple[frozenset[str], ...] = ()  # the words of its sentence (a cluster's:
    # one set per member), but for the trigger and ``context_ignore`` of the types file
    descriptions: frozenset[str] = frozenset()  # the actors told by a common noun
    # ("health ministry", "experts"), by name
    organizations: frozenset[str] = frozenset()  # the organizations named, by name
    midnight: bool = False  # dated to a midnight ("2026-02-07T24:00"), on either day's edge
    titles: frozenset[str] = frozenset()  # the titles of the people told ("prime
    # minister" for "Prime Minister Hassan al-Karimi")
    served: frozenset[int] = frozenset()  # the countries and bodies those people serve
    fuzz: tuple[int, int] = (0, 0)  # days its date may lie before and after what it says:
    # "three weeks ago" means about that long, "a week before Monday" maybe a day more
    sites: frozenset[int] = frozenset()  # the places as told that the gazetteer knows
    # ("Quetta"); ``places`` adds the places they lie in ("Balochistan", "Pakistan") and
    # those it does not know ("Chai", "the Gulf of Oman")
    cumulative: bool = False  # adds to a count told before: its event may have begun up to
    # ``REPORTED_WINDOW`` days before its date ("a fourth victim died on Thursday")


def _interval(m: Mention) -> tuple[date | None, date | None]:
    if m.window is not None:
        return m.window
    if m.basis == "reported" and m.published is not None:
        return m.published - timedelta(days=REPORTED_WINDOW), m.published
    if m.basis == "expected" and m.published is not None:
        return m.published + timedelta(days=1), None  # not yet: after publication day
    if m.fuzz != (0, 0) and m.start is not None and m.end is not None:
        return m.start - timedelta(days=m.fuzz[0]), m.end + timedelta(days=m.fuzz[1])
    if m.cumulative and m.start is not None:  # "a fourth victim died of burns on Thursday":
        return m.start - timedelta(days=REPORTED_WINDOW), m.end  # one of Tuesday's dead
    return m.start, m.end


def compatible_dates(a: Mention, b: Mention) -> bool:
    if a.basis == "unknown" or b.basis == "unknown":
        return False
    a0, a1 = _interval(a)
    b0, b1 = _interval(b)
    if a0 is None and a1 is None or b0 is None and b1 is None:
        return False
    if a.type == b.type and (a.midnight or b.midnight) and (
            slack := date_slack().get(a.type)):  # "a midnight deadline on Friday" and "the
        # deadline that ran out on Saturday"; not Friday's and Saturday's deadlines
        gap = timedelta(days=slack)
        a0, a1 = (a0 - gap if a0 else None), (a1 + gap if a1 else None)
    return (a0 is None or b1 is None or a0 <= b1) and (b0 is None or a1 is None or b0 <= a1)


def _conflict(a: Mention, b: Mention) -> bool:
    """What makes two mentions two events: different ranks in a sequence ("the first
    attack", "the second attack"), different kinds (a march and a strike), different
    places, different named actors of one kind (with no place or doer shared), or different
    doing countries, even in one place (Denmark's troops after Britain's)."""
    if any(_other_in_sequence(x, y) for x in a.ordinals for y in b.ordinals):
        return True  # "the first attack" and "the second attack"
    if _other_kind(a, b):
        return True  # "the march" and "the general strike"
    if _other_places(a, b):
        return True
    shared_places = a.places & b.places
    same_doers = a.agents & b.agents
    if _different_named(a, b) and not shared_places and not same_doers:
        return True
    if a.agents and b.agents and not same_doers:  # unless one's doer takes part in the
        # other ("the Chinese agreement" of the deal the Cook Islands signed with China)
        return not (a.agents <= b.actors or b.agents <= a.actors)
    return False


def _other_places(a: Mention, b: Mention) -> bool:
    """Told in places neither of which lies in the other: Quetta and Mastung, two cities
    of one province; not Kabul and Afghanistan. A place the gazetteer does not know may
    lie anywhere ("off Fujairah" and "in the Gulf of Oman"): it sets nothing apart."""
    if not a.sites or not b.sites:
        return False
    if len(a.sites) != 1 or len(b.sites) != 1:  # a cluster told in several places: a
        return not a.places & b.places  # country in common
    return not (a.sites & b.places or b.sites & a.places)


def _other_in_sequence(x: str, y: str) -> bool:
    """Two places in a sequence of like events that cannot be one: "1" and "2", "1" and
    "2+" ("a fresh protest" after the first); "2+" may be the second or the third."""
    if x == y:
        return False
    if "2+" in (x, y):
        return "1" in (x, y)
    return True


def _different_named(a: Mention, b: Mention) -> bool:
    """Named actors of one kind on both sides, none in common: two people, two countries.
    A minister and his country are not set against each other."""
    return bool(a.named and b.named and not a.named & b.named
                and a.named_kinds & b.named_kinds)


def _described_alike(a: Mention, b: Mention) -> bool:
    """Actors told by common nouns of one head (or one of them by an organization's name),
    the words of one within the other's: "the ministry" and "Malawi's health ministry",
    "experts" and "engineering experts", "the observer group" and the Multinational Observer
    Group; not two names ("Security Council", "National Security Council"). A common noun's
    words that only characterise it (``generic_modifiers`` of the types file) are left out
    against a name that has none: "a parliamentary committee" and the Public Accounts
    Committee."""
    pairs = [(x, y, y in b.organizations) for x in a.descriptions
             for y in b.descriptions | b.organizations]
    pairs += [(y, x, True) for x in a.organizations for y in b.descriptions]
    generic = generic_modifiers()
    one_article = bool(a.document_id) and a.document_id == b.document_id
    for x, y, named in pairs:  # x: a description
        wx, wy = x.casefold().split(), y.casefold().split()
        if one_article and _owned(wx) != _owned(wy):
            continue  # "the government" and "Finland's government" of one article: the
            # article's own and another country's
        kept = set(wx[:-1]) - generic | {wx[-1]} if named and not generic & set(wy) else set(wx)
        if wx[-1] == wy[-1] and (kept <= set(wy) or set(wy) <= set(wx)):
            return True  # not "federal government" and "provincial government": two
    return False  # descriptions keep all their words


def _owned(words: list[str]) -> bool:
    """Told with its owner: "finland's government", "the ministry's"."""
    return any(w.endswith(("'s", "’s")) for w in words[:-1])


def _holds_office(a: Mention, b: Mention) -> bool:
    """A person of ``a`` holds the office ``b`` tells by a common noun (or an
    organization's name): "Prime Minister Hassan al-Karimi" and "the prime minister",
    "Foreign Minister Rūta Baranauskienė" and "Lithuania's foreign ministry" (a title
    turned into its office by ``title_offices`` of the types file). The words before the
    head must be the same but for a possessor ("Lithuania's"): not "the former prime
    minister", "the deputy foreign minister". Only when ``b`` names no person of its own,
    and no country but one the person serves: not Russia's foreign ministry for
    Lithuania's minister."""
    if not a.titles or "person" in b.named_kinds:
        return False
    if a.served and b.agents and not a.served & b.agents:
        return False
    offices = title_offices()
    for title in a.titles:
        *words, head = title.split()
        for told in b.descriptions | b.organizations:
            *other, last = told.casefold().split()
            own = {w for w in other if not w.endswith(("'s", "’s"))}
            if last in (head, offices.get(head)) and own == set(words):
                return True
    return False


@functools.cache
def title_offices() -> dict[str, str]:
    """A title's head -> the office it heads ("minister" -> "ministry"), from the types
    file."""
    return dict(_types_file().get("title_offices", {}))


@functools.cache
def generic_modifiers() -> frozenset[str]:
    return frozenset(_types_file().get("word_lists", {}).get("generic_modifiers", ()))


def _told_before(a: Mention, b: Mention) -> bool:
    """``a`` is undated and ``b`` ended before ``a``'s report: a later report of the story
    may tell its event again ("the four aid workers kidnapped in central Mali"), however
    long ago, when the same word, the same story and a shared actor or place tie them."""
    if a.basis != "reported" or a.window is not None or a.published is None:
        return False
    _, b1 = _interval(b)
    return b1 is not None and b1 <= a.published


def _dated(m: Mention) -> bool:
    """Dated by a time expression with a known start ("in the past" is not)."""
    return m.basis == "explicit" and m.start is not None


def _firm(m: Mention) -> bool:
    """Dated by a time expression, or still ahead when reported ("the summit" due)."""
    return _dated(m) or m.basis == "expected" and m.published is not None


def _words_match(a: Mention, b: Mention, by_root: bool = True) -> bool:
    """Any word a cluster was told with matches any of the other's ("the ultimatum" of a
    cluster that holds "deadline" and "ultimatum"; with ``by_root``, also "killed" of one
    that holds "killing"); words of one synonym group of the types file match ("aid" and
    "assistance", "talks" and "negotiations")."""
    return any(_same_word(x, y) or by_root and _root(x) == _root(y) or _synonyms(x, y)
               for x in a.words or (a.trigger,) for y in b.words or (b.trigger,))


def _synonyms(a: str, b: str) -> bool:
    groups = word_groups("synonyms")
    return groups.get(_root(a), -1) == groups.get(_root(b), -2)


def _kind(words: frozenset[str] | tuple[str, ...]) -> int | None:
    """The kind (``kinds`` of the event types file: a street protest, a labour strike) all of
    a mention's or cluster's words name; None when they name none or several."""
    groups = word_groups("kinds")
    found = {groups[_root(w)] for w in words if _root(w) in groups}
    return found.pop() if len(found) == 1 else None


def _other_kind(a: Mention, b: Mention) -> bool:
    """"the march" and "the general strike": two protests of two kinds."""
    x, y = _kind(a.words or (a.trigger,)), _kind(b.words or (b.trigger,))
    return x is not None and y is not None and x != y


@functools.cache
def _types_file() -> dict[str, Any]:
    """The event types file, read once (here, not through the spaCy-side loader, so that
    clustering does not import the pipeline)."""
    return cast(dict[str, Any], json.loads(
        resources.files("timeline.extract").joinpath("patterns/event_types.json")
        .read_text("utf-8")))


@functools.cache
def word_groups(key: str) -> dict[str, int]:
    """Root of a word ("negotiat") -> its group in the ``key`` list of groups of the event
    types file (``synonyms``, ``kinds``)."""
    return {_root(word): i for i, group in enumerate(_types_file().get(key, ()))
            for word in group}


_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s")


def _root(word: str) -> str:
    """"killed", "killing", "kills" -> "kill"; "deployment" -> "deploy"."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _same_word(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM]


def score(a: Mention, b: Mention, story: int = 0) -> float:
    """How strongly two mentions look like one event (0: not at all; ``MIN_SCORE`` joins).

    Evidence: the same dated day (1.0) or overlapping dates (0.5, or 0.25 when one is only
    bounded by its report), shared actors (1.0 each, up to two) and places (0.75), the same
    trigger word (0.25), the same count (0.5: "900 soldiers"), and the same article (0.75:
    "the deal" two sentences after "signed a deal" is that deal) or the same story
    (``story`` shared named entities between the two articles; 0.75 from
    ``STORY_MIN_SHARED``: "the strike" in two reports of one port strike). Conflicts rule a
    pair out: different places, named actors on both sides with none in common (and no
    shared place or doer), or doers on both sides with none in common, a group of soldiers
    or officials standing for its country ("British troops" and Denmark's soldiers).
    """
    if a.type != b.type:
        return 0.0
    shared_actors = len(a.actors & b.actors)
    if not shared_actors and a.type in SPEECH_TYPES and (
            _described_alike(a, b) or _holds_office(a, b) or _holds_office(b, a)):
        shared_actors = 1  # "the ministry" of one report, "the health ministry" of another;
        # "Foreign Minister Rūta Baranauskienė" of one and "the foreign ministry" of another
    shared_places = len(a.places & b.places)
    if not compatible_dates(a, b) and not (
        story >= STORY_MIN_SHARED and _told_before(a, b)
        and (_words_match(a, b) or a.agents & b.agents)
        and (shared_actors or shared_places or a.numbers & b.numbers)  # "The army sent about
        # 400 soldiers on the morning of the disaster", two weeks on
    ):
        return 0.0
    if _conflict(a, b):
        return 0.0
    same_doers = bool(a.agents & b.agents)  # "British troops" and "the British reinforcement"
    same_word = _words_match(a, b, by_root=False)  # any word the cluster was told with
    if _dated(a) and _dated(b):
        same_day = a.start == b.start and a.end == b.end
        value = 1.0 if same_day else 0.5
    elif not _dated(a) and not _dated(b) and not shared_places and not same_word and not (
            a.type in SPEECH_TYPES and shared_actors and a.document_id == b.document_id):
        return 0.0  # two undated "attacks" in one article are two attacks unless more ties
        # them; "in a statement, Lindqvist said" is one act of saying
    else:
        value = 0.25
    value += 1.0 * min(max(shared_actors, same_doers), 2) + 0.75 * bool(shared_places)
    if _same_word(a.trigger, b.trigger):
        value += 0.25
    if a.numbers & b.numbers:
        value += 0.5
    if a.document_id and a.document_id == b.document_id and a.type not in SPEECH_TYPES:
        value += 0.75
    elif story >= STORY_MIN_SHARED:
        value += STORY_BONUS
    one_speaker = same_doers and bool(a.agents & a.actors or b.agents & b.actors)
    if a.type in SPEECH_TYPES and not shared_actors and not one_speaker and not (
            not a.actors and not b.actors and same_word and _dated(a) and _dated(b)
            and a.start == b.start and a.end == b.end) and not (
            not (a.actors and b.actors) and same_word and story >= STORY_MIN_SHARED):
        return 0.0  # "X said" and "Y said" are two statements; an unsigned "communique"
        # issued on the 27th and another of the 27th are one, and "the findings" of
        # another report of the story are the "report" it told; "Madagascar's government
        # declared" and "Madagascar declared" have one speaker (not two ministries of one
        # country, where neither side is the country itself)
    return value


def _mentions(session: Session, events: list[Event]) -> list[Mention]:
    ids = [e.id for e in events]
    parts: dict[int, tuple[set[int], set[int], set[int]]] = {i: (set(), set(), set()) for i in ids}
    agents: dict[int, set[int]] = {i: set() for i in ids}
    kinds: dict[int, set[str]] = {i: set() for i in ids}
    groups: dict[int, set[int]] = {}  # unnamed actors ("British soldiers") -> their events
    doing: dict[int, set[int]] = {}  # ... of which they are the doers
    unplaced: set[int] = set()  # places the gazetteer does not know ("Chai", "Gulf of Oman")
    people: dict[int, set[int]] = {}  # people -> their events
    described: dict[int, set[str]] = {i: set() for i in ids}
    organized: dict[int, set[str]] = {i: set() for i in ids}
    for event_id, entity_id, role, kind, name in session.execute(
        select(EventEntity.event_id, EventEntity.entity_id, EventEntity.role, Entity.kind,
               Entity.norm_name)
        .join(Entity, Entity.id == EventEntity.entity_id)
        .where(EventEntity.event_id.in_(ids))
    ):
        if kind == "group" and role in ACTOR_ROLES:
            described[event_id].add(name)  # "the observer group"
        elif kind == "organization" and role in ACTOR_ROLES:
            organized[event_id].add(name)  # "Multinational Observer Group"
        actors, places, named = parts[event_id]
        if role == ROLE_LOCATION:
            places.add(entity_id)
            if kind not in PLACE_KINDS and kind not in ("country", "facility"):
                unplaced.add(entity_id)
        elif role in ACTOR_ROLES:
            actors.add(entity_id)
            if kind in PLACE_KINDS and role != ROLE_AGENT:
                places.add(entity_id)  # "attacked Kandahar": where it happened
            if kind != "group":
                named.add(entity_id)
                kinds[event_id].add(kind)
            if role == ROLE_AGENT and kind == "country":
                agents[event_id].add(entity_id)
            elif kind == "group":
                groups.setdefault(entity_id, set()).add(event_id)
                if role == ROLE_AGENT:
                    doing.setdefault(entity_id, set()).add(event_id)
            elif kind == "person":
                people.setdefault(entity_id, set()).add(event_id)
    if groups:  # "British soldiers" act for the United Kingdom, "Danish soldiers" do not;
        # "the UN Secretary-General" is the United Nations written to
        for group, parent, parent_kind in session.execute(
            select(EntityLink.source_id, EntityLink.target_id, Entity.kind)
            .join(Entity, Entity.id == EntityLink.target_id)
            .where(EntityLink.source_id.in_(groups), EntityLink.relation == "member_of",
                   Entity.kind.in_(("country", "organization", *PLACE_KINDS)))
        ):  # "Southeast Asian leaders" name no one country
            for event_id in groups[group]:
                if parent_kind == "organization":
                    parts[event_id][0].add(parent)
                elif parent_kind in PLACE_KINDS:  # "Port Sudan's fuel depot"
                    parts[event_id][1].add(parent)
                elif event_id in doing.get(group, ()):
                    agents[event_id].add(parent)
    titles: dict[int, set[str]] = {i: set() for i in ids}
    served: dict[int, set[int]] = {i: set() for i in ids}
    if people:  # "Lithuanian Foreign Minister Rūta Baranauskienė" speaks for Lithuania: a
        # statement of hers and one of "Lithuania" share an actor (not a doer: two
        # ministers of one country are still two speakers)
        for person, target, relation, title in session.execute(
            select(EntityLink.source_id, EntityLink.target_id, EntityLink.relation,
                   Entity.norm_name)
            .join(Entity, Entity.id == EntityLink.target_id)
            .where(EntityLink.source_id.in_(people), or_(
                and_(EntityLink.relation == "member_of",
                     Entity.kind.in_(("country", "organization"))),
                EntityLink.relation == "titled"))
        ):
            for event_id in people[person]:
                if relation == "titled":
                    titles[event_id].add(title)  # "foreign minister"
                else:
                    parts[event_id][0].add(target)
                    served[event_id].add(target)
    all_places = {p for _, places, _ in parts.values() for p in places}
    parents: dict[int, set[int]] = {}
    if all_places:  # "Nairobi" and "Kenya" are not different places
        for child, parent in session.execute(
            select(EntityLink.source_id, EntityLink.target_id).where(
                EntityLink.source_id.in_(all_places), EntityLink.relation == "located_in")
        ):
            parents.setdefault(child, set()).add(parent)
    sites = {i: frozenset(places - unplaced) for i, (_, places, _) in parts.items()}
    for _, places, _ in parts.values():
        places |= {p for place in list(places) for p in parents.get(place, ())}
    return [
        Mention(e.id, e.type, e.date_start, e.date_end, e.date_basis, e.document.published,
                frozenset(parts[e.id][0]), frozenset(parts[e.id][1]), e.trigger, e.document_id,
                frozenset(parts[e.id][2]), _numbers(e.quantities), frozenset(agents[e.id]),
                named_kinds=frozenset(kinds[e.id]),
                ordinals=frozenset((e.ordinal,)) if e.ordinal else frozenset(),
                sites=sites[e.id], contexts=(_context(e.sentence, e.trigger),),
                descriptions=frozenset(described[e.id]),
                organizations=frozenset(organized[e.id]), titles=frozenset(titles[e.id]),
                served=frozenset(served[e.id]), fuzz=_fuzz(e.date_text, e.date_start == e.date_end),
                midnight=(e.date_value or "").endswith(("T24:00", "T00:00")),
                cumulative=e.cumulative)
        for e in events
    ]


@functools.lru_cache(maxsize=4096)
def _fuzz(date_text: str | None, one_day: bool = False) -> tuple[int, int]:
    """Days before and after its date a date counted in weeks or months may mean
    (``approximate_offsets`` of the types file): a day counted so ("a week before
    Monday") may be a day or so off either way; a calendar week or month so counted
    ("three weeks ago" on a Tuesday) may have meant a day just before it (counting back)
    or just after it (counting on)."""
    if not date_text:
        return 0, 0
    units, back, ahead = approximate_offsets()
    words = date_text.lower().split()
    if words and words[-1] in times_of_day() and not any(
            w[0].isdigit() or w in DEICTIC_DAYS or w in load_lexicon().weekdays for w in words):
        return 1, 1  # "shortly before midnight": on the day last told, maybe not its own
    for unit, direction in zip(words, words[1:], strict=False):
        if unit in units and direction in back | ahead:
            day, period = units[unit]
            if one_day:
                return day, day
            return (period, 0) if direction in back else (0, period)
    return 0, 0


@functools.cache
def times_of_day() -> frozenset[str]:
    return frozenset(_types_file().get("approximate_offsets", {}).get("times_of_day", ()))


@functools.cache
def approximate_offsets() -> tuple[dict[str, tuple[int, int]], frozenset[str], frozenset[str]]:
    spec = _types_file().get("approximate_offsets", {})
    return ({str(k): (int(v["day"]), int(v["period"])) for k, v in spec.get("units", {}).items()},
            frozenset(spec.get("back", ())), frozenset(spec.get("ahead", ())))


@functools.lru_cache(maxsize=65536)
def _context(sentence: str, trigger: str) -> frozenset[str]:
    """The telling words of a mention's sentence, cut to their first ``STEM`` letters
    (cached: a stored event is compared again with each later one of its type)."""
    ignore = context_ignore()
    own = trigger.lower()
    return frozenset(w[:STEM] for w in map(str.lower, _WORD.findall(sentence))
                     if w not in ignore and w != own)


@functools.cache
def context_ignore() -> frozenset[str]:
    return frozenset(_types_file().get("context_ignore", ()))


def likeness(a: Mention, b: Mention) -> float:
    """How alike the sentences of a mention and of the closest member of a cluster are
    (Jaccard overlap of their telling words): "the committee session" and "the committee
    met" rather than "the ministers' meeting"."""
    return max((len(x & y) / len(x | y) for x in a.contexts for y in b.contexts if x | y),
               default=0.0)


def _numbers(quantities: str | None) -> frozenset[str]:
    """The telling counts: not 2 or 3, which anything may share, nor years."""
    found = {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(quantities or "")}
    return frozenset(n for n in found if n.isdigit() and int(n) >= 10
                     and not 1900 <= int(n) <= 2100)


def _best_of(cluster: list[Mention]) -> Mention:
    """A cluster seen as one mention: its best-dated member's date, everyone's participants."""
    rank = {"explicit": 0, "reported": 1, "expected": 2, "unknown": 3}
    best = min(cluster, key=lambda m: (rank.get(m.basis, 4),
                                       (m.end - m.start).days if m.start and m.end else 9999,
                                       m.id))  # ties: the first stored
    union = lambda attr: frozenset().union(*(getattr(m, attr) for m in cluster))  # noqa: E731
    return Mention(best.id, best.type, best.start, best.end, best.basis, best.published,
                   union("actors"), union("places"), best.trigger, best.document_id,
                   union("named"), union("numbers"), union("agents"), _common_window(cluster),
                   frozenset(m.trigger.lower() for m in cluster),
                   union("named_kinds"), union("ordinals"),
                   contexts=tuple(c for m in cluster for c in m.contexts), sites=union("sites"),
                   descriptions=union("descriptions"), organizations=union("organizations"),
                   titles=union("titles"), served=union("served"), fuzz=best.fuzz,
                   midnight=any(m.midnight for m in cluster), cumulative=best.cumulative)


def _common_window(cluster: list[Mention]) -> tuple[date | None, date | None] | None:
    """The dates every member allows: "the summit" still ahead on the 14th and reported on
    the 16th took place on the 15th or 16th. None when they allow none (one is wrong)."""
    lo: date | None = None
    hi: date | None = None
    for m in cluster:
        if m.basis == "unknown":
            continue
        a, b = _interval(m)
        if a is not None and (lo is None or a > lo):
            lo = a
        if b is not None and (hi is None or b < hi):
            hi = b
    if lo is None and hi is None or lo is not None and hi is not None and lo > hi:
        return None
    return lo, hi


@functools.cache
def date_slack() -> dict[str, int]:
    """Event type -> days by which two reports of one event may place it apart
    (``date_slack`` in the event types file: a deadline "at midnight on Friday")."""
    return {name: int(spec["date_slack"]) for name, spec in _types_file()["types"].items()
            if spec.get("date_slack")}


@functools.cache
def ahead_types() -> frozenset[str]:
    """Event types told as ahead by default (``default_tense`` "future": a deadline)."""
    return frozenset(name for name, spec in _types_file()["types"].items()
                     if spec.get("default_tense") == "future")


@functools.cache
def anaphor_types() -> dict[str, tuple[str, ...]]:
    """Event type -> the other types an anaphor of it may name when the article told of
    none of its own type before it (``anaphor_of`` in the event types file)."""
    return {name: tuple(spec["anaphor_of"]) for name, spec in _types_file()["types"].items()
            if spec.get("anaphor_of")}


def _antecedent(session: Session, event: Event, mention: Mention) -> tuple[int, Mention] | None:
    """The cluster that "the deal" refers to: that of the event of its type told last
    before it in the same article, the main events before those told only as another's time
    ("the raid" after "bombed Nyala two days after a drone attack"); with none of its type,
    one of a related type (``anaphor_of``: "the declaration" after "leaders agreed"). Not
    when the anaphor names actors where that event names none, or others of the same kind
    ("the attack by the Taliban" after one by ISIS), or a place or date that cannot be that
    event's or its cluster's. "Iraq has written to the UN ... In the letter, the minister
    says" is one letter: a person and a country are not set against each other. The
    cluster may then hold mentions of two types; it keeps the type of its first."""
    earlier = select(Event).where(
        Event.document_id == event.document_id, Event.trigger_start < event.trigger_start,
        Event.cluster_id.is_not(None),
    ).order_by(Event.backgrounded, Event.trigger_start.desc()).limit(ANTECEDENTS)
    before = list(session.scalars(earlier.where(Event.type == event.type)))
    published = event.document.published  # all of one article
    realized = not _unrealized(event, published)
    if realized:  # "criticised the accord": the deal signed,
        # before the cabinet's "will meet on Monday to endorse the roadmap"
        before.sort(key=lambda e: (e.backgrounded, _unrealized(e, published)))
    if event.type in SPEECH_TYPES:  # "the spokeswoman said the declaration would...": the
        # saying that tells the anaphor is not what it names
        before = [e for e in before if e.sentence_start != event.sentence_start]
    same_word = [e for e in before if _root(e.trigger) == _root(event.trigger)
                 or _same_word(e.trigger, event.trigger)]  # "declared", "the declaration"
    before = same_word[:1] or before[:1]  # "the convoy ambush" is the one "ambushed", not
    # the shooting told after it
    if not before and (other_types := anaphor_types().get(event.type)):
        before = [e for e in session.scalars(earlier.where(Event.type.in_(other_types)))
                  if not (realized and _unrealized(e, published))][:1]  # "the walkout
        # was peaceful" does not name "a promise of no strikes" told before it
    if not before:
        return None
    (other,) = _mentions(session, before)
    if _other_kind(mention, other):
        return None  # "the demonstration" after "announced a general strike"
    if mention.named and (not other.named and not _pointed_at(event)
                          or _different_named(mention, other)):
        return None  # "the attack by the Taliban" after an attack nobody claimed; but
        # "Jordan never admitted carrying out that strike" points at the strike told
    if _other_places(mention, other):
        return None  # "the attack in Kandahar" after one in Kabul
    if mention.basis in ("explicit", "expected") and not compatible_dates(mention, other) \
            and not _going_on(mention, other):
        return None  # "the attack on Tuesday" after Monday's attack
    members = list(session.scalars(
        select(Event).options(selectinload(Event.document))
        .where(Event.cluster_id == before[0].cluster_id)
        .order_by(Event.id.desc()).limit(ANTECEDENT_MEMBERS)))
    cluster = _best_of(_mentions(session, members))
    if _other_places(mention, cluster):
        return None  # "the Port Sudan strike" after the strikes on Nyala
    if mention.basis == "explicit" and not compatible_dates(mention, cluster):
        return None  # the strike "on Tuesday" when the event told before was on Thursday
    if _dated(mention) and not _firm(cluster):
        return None  # "the March 20 shooting" is matched by its day, not by an undated raid
    assert before[0].cluster_id is not None
    return before[0].cluster_id, cluster


def _unrealized(event: Event, published: date | None) -> bool:
    """Told as yet to happen, or as not happening: expected, hypothetical or negated, or
    dated after its article's day ``published`` ("will meet on Monday to endorse the
    roadmap", he said)."""
    if event.modality in UNREALIZED:
        return True
    return published is not None and event.date_start is not None \
        and event.date_start > published


_DEMONSTRATIVE = re.compile(r"\b(?:(this|that)|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _pointed_at(event: Event) -> bool:
    """The anaphor is pointed at with a demonstrative: "that strike", "this deadly attack",
    "those talks" (not "said that talks would resume": "that" with a plural noun)."""
    before = event.sentence[: max(0, event.trigger_start - event.sentence_start)]
    found = _DEMONSTRATIVE.search(before)
    return found is not None and not (found.group(1) and event.trigger.lower().endswith("s"))


def _going_on(anaphor: Mention, antecedent: Mention) -> bool:
    """"opened two days of talks on Monday ... The negotiations are expected to produce a
    protocol": an undated anaphor told as still ahead names an event that began on the day
    of its report, or that its article tells as begun with no day of its own ("marched
    through Ljubljana while the strike went on ... said the strike would go on"), which
    may still be going on."""
    if anaphor.basis != "expected" or anaphor.published is None:
        return False
    if antecedent.basis == "reported" and antecedent.document_id == anaphor.document_id \
            and anaphor.type not in ahead_types():  # not a deadline: a day, not a stretch
        return True
    return _dated(antecedent) and antecedent.start == anaphor.published


def _story_events(session: Session, stories: StoryIndex, event: Event, before: date,
                  seen: set[int]) -> list[Event]:
    """The latest ``STORY_EVENTS`` clustered events of ``event``'s type told before
    ``before`` in the other articles of its story. Rows are found by document
    (``ix_events_document_id``), once per article, and filtered here: a query on type and
    date would walk every older event of the type."""
    rows = stories.events_of_story(event.document_id)
    ids = [i for when, i in sorted(
        ((when, i) for i, etype, when in rows
         if etype == event.type and when is not None and when < before and i not in seen
         and i != event.id), reverse=True)][:STORY_EVENTS]
    if not ids:
        return []
    return list(session.scalars(
        select(Event).where(Event.id.in_(ids), Event.cluster_id.is_not(None))))


def _merge_clusters(session: Session, source_id: int, target_id: int) -> None:
    session.execute(update(Event).where(Event.cluster_id == source_id).values(cluster_id=target_id))
    source = session.get(EventCluster, source_id)
    if source is not None:
        session.delete(source)
    session.flush()


def _bridge(session: Session, event: Event, best: tuple[float, int], joined_to: Mention,
            matches: list[tuple[float, int]], aggregates: dict[int, Mention]) -> None:
    """Merge into ``best`` the other clusters the mention ties strongly to, unless their
    dates or participants set them apart from what is joined already."""
    joined = [joined_to]
    for other_score, other_id in matches:
        b = aggregates[other_id]
        if any(_firm(a) and _firm(b) and not compatible_dates(a, b) for a in joined):
            continue  # a vague mention does not join the 14th's meeting to the 15th's
        if any(_conflict(a, b) for a in joined):
            continue  # nor Britain's deployment to Denmark's, Kabul's attack to Kandahar's
        if other_score >= BRIDGE_SCORE:  # strong on both sides: one event after all
            log.debug("event %s bridges cluster %s into %s", event.id, other_id, best[1])
            _merge_clusters(session, other_id, best[1])
            joined.append(b)


def _sole_retold(mention: Mention, story: dict[int, Mention], anaphoric: bool = True,
                 sources: dict[int, int] | None = None,
                 realized: bool = True) -> list[tuple[float, int]]:
    """"Critics point out that the reinforcements were mostly taken from the southern
    border": a definite noun of a later report, undated and naming no one, is the one
    event of its story told with its word before, when there is just one, or one told
    by more articles than the others (``_most_told``); a "second" one, or one not (yet)
    realized, picks none of several. A mention that is no anaphor ("it took eleven days
    to get from an angry note to a signed readmission protocol") is so only when its
    story told just one event of its type before, whatever its words."""
    if mention.basis != "reported" or mention.actors or mention.places:
        return []
    told = [c for c, other in story.items()  # all of the mention's type (the candidates')
            if (_words_match(mention, other) or not anaphoric) and _told_before(mention, other)]
    if len(told) > 1 and sources and realized and not (mention.ordinals - {"1"}):
        told = _most_told(told, sources)
    if len(told) != 1 or not _words_match(mention, story[told[0]]):
        return []
    return [(MIN_SCORE, told[0])]


def _most_told(told: list[int], sources: dict[int, int]) -> list[int]:
    """Of several story events a bare retelling may be, the one told by the most articles
    (at least ``MOST_TOLD_MIN``, more than any other): a wrap-up's "two days after the
    jailbreak" is the break every report covered, not the ambush one article told."""
    ranked = sorted(told, key=lambda c: sources.get(c, 0), reverse=True)
    top, runner_up = sources.get(ranked[0], 0), sources.get(ranked[1], 0)
    if top >= MOST_TOLD_MIN and top > runner_up:
        return ranked[:1]
    return told


def _first_of_story(mention: Mention, story: dict[int, Mention]) -> list[tuple[float, int]]:
    """"Dushanbe's response to the first attack was quick": an undated "first" of a later
    report is the earliest event of its type its story has told, when the story has told
    more than one (with one, "first" adds nothing to what the story's words say)."""
    if mention.basis != "reported" or mention.ordinals != frozenset({"1"}):
        return []
    told: list[tuple[date, int]] = []
    for c, other in story.items():
        start = _interval(other)[0]
        if start is not None and _dated(other) and _told_before(mention, other) \
                and not _conflict(mention, other):
            told.append((start, c))
    if len(told) < 2:
        return []
    earliest = min(start for start, _ in told)
    firsts = [c for start, c in told if start == earliest]
    return [(MIN_SCORE, firsts[0])] if len(firsts) == 1 else []


def _in_sequence(mention: Mention, matches: list[tuple[float, int]],
                 aggregates: dict[int, Mention]) -> list[tuple[float, int]]:
    """"a week after their first walkout": of several clusters a mention may join about
    as well (within ``SEQUENCE_MARGIN`` of the best), one placed first in its sequence
    joins the earliest dated one; one placed later ("the second strike", "a fresh
    protest") any but the earliest. Not against a clearly better match: "the talks were
    the first meeting of the two ministers on Chilean soil since 2019"."""
    top = max(score for score, _ in matches)
    dated = {c: start for score, c in matches if score >= top - SEQUENCE_MARGIN
             and _dated(aggregates[c]) and (start := _interval(aggregates[c])[0]) is not None}
    if len(dated) < 2 or not mention.ordinals:
        return matches
    earliest = min(dated.values())
    first = [c for c, start in dated.items() if start == earliest]
    if len(first) != 1:
        return matches
    if mention.ordinals == frozenset({"1"}):
        return [(top + SEQUENCE_MARGIN, first[0])] + [m for m in matches if m[1] != first[0]]
    if "1" not in mention.ordinals:
        return [m for m in matches if m[1] != first[0]]
    return matches


def assign_cluster(
    session: Session, event: Event, stories: StoryIndex | None = None
) -> EventCluster:
    """Put a freshly stored event (participants flushed) into its cluster."""
    stories = stories or StoryIndex(session)
    (mention,) = _mentions(session, [event])
    around = mention.start or mention.end or mention.published
    best: tuple[float, int] | None = None
    antecedent = _antecedent(session, event, mention) if event.anaphoric else None
    if antecedent is not None:
        log.debug("event %s %r refers back to cluster %s", event.id, event.trigger,
                  antecedent[0])
        best = (MIN_SCORE, antecedent[0])
    if around is not None:
        window = timedelta(days=CANDIDATE_WINDOW)
        near = select(Event).where(
            Event.type == event.type, Event.cluster_id.is_not(None), Event.id != event.id)
        # the nearest in time on either side (index ix_events_type_sort_date), not any 500
        candidates = list(session.scalars(
            near.where(Event.sort_date.between(around - window, around))
            .order_by(Event.sort_date.desc()).limit(CANDIDATES // 2)
        )) + list(session.scalars(
            near.where(Event.sort_date > around, Event.sort_date <= around + window)
            .order_by(Event.sort_date).limit(CANDIDATES // 2)
        ))
        if mention.basis == "reported":  # "the aid workers kidnapped" weeks later
            candidates += _story_events(session, stories, event, around,
                                        {c.id for c in candidates})
        clusters: dict[int, list[Mention]] = {}
        for candidate, other in zip(candidates, _mentions(session, candidates), strict=True):
            clusters.setdefault(candidate.cluster_id or 0, []).append(other)
        stories.load({mention.document_id} | {c.document_id for c in candidates})
        matches: list[tuple[float, int]] = []
        aggregates: dict[int, Mention] = {}
        shared: dict[int, int] = {}  # cluster -> names its closest article shares with ours
        for cluster_id, members in clusters.items():
            same_doc = any(m.document_id == mention.document_id for m in members)
            aggregate = _best_of(members)
            if same_doc:
                aggregate = replace(aggregate, document_id=mention.document_id)
            story = max(stories.shared(mention.document_id, m.document_id) for m in members)
            shared[cluster_id] = story
            s = score(mention, aggregate, story)
            if s < MIN_SCORE and len(members) > 2 and compatible_dates(mention, aggregate):  # one member's odd place or doer: the
                # rest of the cluster, when most of it fits ("died in hospital in Mexico City")
                fitting = [m for m in members if not _conflict(mention, m)
                           and compatible_dates(mention, m)]
                if len(fitting) > MAJORITY * len(members):
                    rest = _best_of(fitting)
                    if same_doc:
                        rest = replace(rest, document_id=mention.document_id)
                    s = score(mention, rest, story)
            log.debug("event %s %r vs cluster %s: %.2f", event.id, event.trigger, cluster_id, s)
            aggregates[cluster_id] = aggregate
            if s >= MIN_SCORE:
                matches.append((s, cluster_id))
        mine = mention.actors | mention.places

        def rank(m: tuple[float, int]) -> tuple[float, int, int]:
            other = aggregates[m[1]]  # ties: the cluster sharing more of its entities,
            return (m[0] + CONTEXT_WEIGHT * likeness(mention, other),
                    len(mine & (other.actors | other.places)), m[1])  # any role

        if antecedent is not None:  # the anaphor's own cluster; it may still bridge others
            own_id, own = antecedent
            matches = [m for m in matches if m[1] != own_id
                       and compatible_dates(mention, aggregates[m[1]])]
            _bridge(session, event, (MIN_SCORE, own_id), aggregates.get(own_id) or own,
                    matches, aggregates)
            matches = []
        told = [m for m in matches if not compatible_dates(mention, aggregates[m[1]])]
        if told and len(told) < len(matches):  # a retelling is the last resort, unless
            # it is far the closer: "a week after investigators detained Batbayar"
            recent = max(m[0] for m in matches if m not in told)
            matches = [m for m in matches if m not in told or m[0] >= recent + RETOLD_MARGIN]
        elif told:  # and joins one story event, bridging none: the latest one it may be
            matches = [max(told, key=lambda m: (_interval(aggregates[m[1]])[1] or date.min,
                                                rank(m)))]
        def in_story(least: int = STORY_MIN_SHARED) -> dict[int, Mention]:
            """The clusters told by another article of the story (sharing ``least`` names)."""
            return {c: aggregates[c] for c, n in shared.items() if n >= least}

        if not matches and antecedent is None:  # a bare mention, no anaphor, needs a
            # closer story: one more shared name
            matches = _sole_retold(
                mention, in_story(STORY_MIN_SHARED + (not event.anaphoric)), event.anaphoric,
                {c: len({m.document_id for m in members}) for c, members in clusters.items()},
                not _unrealized(event, mention.published))
        if not matches and antecedent is None:
            matches = _first_of_story(mention, in_story())
        if len(matches) > 1:
            matches = _in_sequence(mention, matches, aggregates)
        if matches:
            matches.sort(key=rank, reverse=True)
            best = matches[0]
            _bridge(session, event, best, aggregates[best[1]], matches[1:], aggregates)
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


def recluster(session: Session, batch: int = 1000) -> int:
    """Cluster the events stored without one (before migration 0002); returns how many."""
    done = 0
    while True:
        events = list(session.scalars(
            select(Event).where(Event.cluster_id.is_(None)).order_by(Event.document_id, Event.id)
            .limit(batch)
        ))
        if not events:
            return done
        stories = StoryIndex(session)
        for event in events:
            assign_cluster(session, event, stories)
            done += 1
        session.flush()
