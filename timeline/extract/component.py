"""The ``timeline_events`` spaCy component: trigger spans -> typed, dated events.

It reads the trigger spans that a ``span_ruler`` put in ``doc.spans[triggers_key]``,
finds each trigger's arguments in the parse, attaches time expressions, and writes
:class:`~timeline.types.ExtractedEvent` objects to ``doc._.events``. The reference date
for relative expressions is ``doc._.published`` (None: nothing is resolved against
today). It does no database work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..aliases import KIND_COUNTRY, KIND_MEDIA, load_aliases
from ..gazetteer import load_gazetteer
from ..temporal import find_timexes, text_tense
from ..types import (
    BASIS_EXPLICIT,
    ROLE_AGENT,
    ROLE_LOCATION,
    ROLE_MENTION,
    ROLE_PATIENT,
    ROLE_RECIPIENT,
    EventDate,
    ExtractedEvent,
    Participant,
    Timex,
)
from . import roles
from .attach import attached_timex, gap_days, inherited_timex, measured_after, timex_spans
from .dating import (
    REPORTING_LEMMAS,
    aimed_at,
    clause_tense,
    event_date,
    modality,
    planned_for,
    possessed_tense,
    prospective,
    spoken_of,
    told_as_past,
    told_with_past_verb,
    verb_tense_of,
)
from .mentions import (
    PLACE_LABELS,
    MentionResolver,
    entity_of,
    follow_quantifier,
    split_dateline,
)
from .paragraphs import _dateline_end
from .triggers import trigger_patterns

ANOTHER_ONE = {"first", "second", "third", "fourth", "another", "other", "new", "latest",
               "next", "fresh", "further", "separate", "renewed", "earlier", "previous", "last",
               "later", "subsequent", "similar"}
SAYING_TYPES = {"statement", "letter", "report"}  # nouns that say: "the statement said"
ONGOING = {"continue", "remain"}  # carriers that tell an event goes on: it has begun
NAMED_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"}
_EXTENSIONS = (("events", None), ("timexes", None), ("published", None), ("entities", None))
for _name, _default in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@dataclass(frozen=True)
class EventType:
    name: str
    cameo: str | None = None
    plover: str | None = None
    default_tense: str | None = None
    own_date_only: bool = False  # a noun trigger takes no date from the verb carrying it...
    date_carriers: frozenset[str] = frozenset()  # ... but these ("the deadline expires Friday")
    constraints: dict[str, dict[str, Any]] = field(default_factory=dict)
    theme_object: bool = False  # the object is what moves ("sent 450 soldiers"), not a patient
    of_is_agent: bool = False  # "the visit of X": X did it
    of_agent_words: str | None = None  # ... only when X is one of this list ("the pullout of
    # 300 British troops"; not "the deployment of Patriot missiles")
    place_object: bool = False  # "visited Baghdad": the object is where it happened
    target_places: bool = False  # "a raid on a farmhouse in Arman": the target's place is its
    called_is_planned: bool = False  # "called for a march on Saturday": organised, not wished
    cumulative_cues: dict[str, str] = field(default_factory=dict)  # cue -> word list of the
    # words telling a mention adds to a count told before ("raising the death toll")


def load_ontology() -> tuple[dict[str, EventType], dict[str, set[str]], dict[str, int]]:
    """Event types, the word lists their trigger constraints name, and the ordinal ranks
    ("first" -> 1, "second" -> 2...: the ``ordinal_numbers`` list, in its order)."""
    raw = json.loads(
        resources.files("timeline.extract").joinpath("patterns/event_types.json").read_text("utf-8")
    )
    types = {
        name: EventType(
            name=name,
            cameo=spec.get("cameo"),
            plover=spec.get("plover"),
            default_tense=spec.get("default_tense"),
            own_date_only=bool(spec.get("own_date_only", False)),
            date_carriers=frozenset(spec.get("date_carriers", ())),
            constraints=spec.get("constraints", {}),
            target_places=bool(spec.get("target_places", False)),
            theme_object=bool(spec.get("theme_object", False)),
            of_is_agent=bool(spec.get("of_is_agent", False)),
            of_agent_words=spec.get("of_agent_words"),
            place_object=bool(spec.get("place_object", False)),
            called_is_planned=bool(spec.get("called_is_planned", False)),
            cumulative_cues=dict(spec.get("cumulative_cues", {})),
        )
        for name, spec in raw["types"].items()
    }
    lists = {name: set(words) for name, words in raw["word_lists"].items()}
    ranks = {word: rank for rank, word in enumerate(raw["word_lists"]["ordinal_numbers"], 1)}
    return types, lists, ranks


@Language.factory(
    "timeline_events",
    requires=["doc.ents", "doc.sents", "token.dep", "token.lemma"],
    assigns=["doc._.events", "doc._.timexes"],
    default_config={"triggers_key": "event_triggers", "alias_files": []},
)
def make_event_extractor(
    nlp: Language, name: str, triggers_key: str, alias_files: list[str]
) -> EventExtractor:
    return EventExtractor(triggers_key=triggers_key, alias_files=alias_files)


class EventExtractor:
    """Pairs each trigger with its actors, places and date."""

    def __init__(
        self, triggers_key: str = "event_triggers", alias_files: Sequence[str] = ()
    ) -> None:
        self.triggers_key = triggers_key
        self.aliases = load_aliases(alias_files)
        self.types, self.word_lists, self.ordinal_ranks = load_ontology()
        self.gazetteer = load_gazetteer()
        self.aliases = self.gazetteer.alias_table() if not alias_files else self.aliases
        self._doc_words: frozenset[str] = frozenset()
        self.resolver = MentionResolver(
            self.aliases,
            gazetteer=self.gazetteer,
            actor_nouns=frozenset(self.word_lists.get("actor_nouns", ())),
            title_nouns=frozenset(self.word_lists.get("title_nouns", ())),
            group_nouns=frozenset(self.word_lists.get("group_nouns", ())),
            group_modifiers=frozenset(self.word_lists.get("group_modifiers", ())),
            past_office=frozenset(self.word_lists.get("past_office", ())),
        )
        self.event_nouns = frozenset(
            lemma for p in trigger_patterns() for tok in p["pattern"][:1]
            if isinstance(lemma := tok.get("LEMMA"), str)
        )
        self.light_verbs = frozenset(self.word_lists.get("light_verbs", ()))
        self._trigger_heads: frozenset[int] = frozenset()  # of the doc being processed
        self._trigger_labels: dict[int, str] = {}  # their types

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        # The engine's own word-based tense guess places "Friday" and "June 3" better
        # than the parse does (measured on TempEval-3); the parse only fills its gaps:
        # "He and Arafat meet separately Monday" (a present tense with no marker word).
        words = text_tense(doc.text)

        def tense(start: int, end: int) -> str | None:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and (planned_for(span.root) or aimed_at(span.root)
                                     or prospective(span.root)):
                return "future"
            if span is not None and told_with_past_verb(span.root):
                return "past"  # "the deadline of April 17 passed"
            if span is not None and span.root.dep_ == "poss" and (
                    own := possessed_tense(span.root)) is not None:
                return own  # "review the way Wednesday's vote was run": its own verb's
            guess = words(start, end)
            if guess is not None:
                return guess
            return verb_tense_of(span.root) if span is not None else None

        timexes = find_timexes(doc.text, published, tense=tense)
        self.resolver.context_countries = frozenset(self.gazetteer.context_countries(
            ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC", "NORP")))
        self.resolver.learn_names(ent.text for ent in doc.ents if ent.label_ == "PERSON")
        self.resolver.learn_acronyms(ent.text for ent in doc.ents if ent.label_ == "ORG")
        self.resolver.learn_organizations(
            ent for ent in doc.ents if ent.label_ in ("ORG", "NORP", "GPE", "PERSON"))
        self.resolver.learn_titles(ent for ent in doc.ents if ent.label_ == "PERSON")
        doc._.timexes = timexes
        # "the future of the force": what becomes of it, no time an event can take
        spans = [(t, s) for t, s in timex_spans(doc, timexes) if not (
            t.value.endswith("_REF") and any(c.dep_ == "prep" and c.lower_ == "of"
                                             for c in s.root.children))]
        events: list[ExtractedEvent] = []
        seen: set[int] = set()
        self._trigger_labels = {s.root.i: s.label_ for s in doc.spans.get(self.triggers_key, [])}
        self._trigger_heads = frozenset(self._trigger_labels)
        self._doc_words = frozenset(  # "14 striking pluckers", not "gunmen striking a base"
            w for t in doc if t.tag_ != "VBG" or t.dep_ == "amod"
            for w in (t.lower_, t.lemma_.lower()))
        for trigger_span in _outermost(doc.spans.get(self.triggers_key, [])):
            event = self._event(trigger_span, spans, published)
            if event is not None and event.anaphoric:
                event = self._already_told(self._like_antecedent(
                    event, trigger_span.root, events), trigger_span.root, events, published)
            if event is not None and trigger_span.root.i not in seen:
                seen.add(trigger_span.root.i)
                events.append(event)
        events = self._counted_on(doc, events, spans, published)
        doc._.events = _lead_told_again(doc, events)
        doc._.entities = self._named_mentions(doc)
        return doc

    def _counted_on(self, doc: Doc, events: list[ExtractedEvent],
                    timexes: list[tuple[Timex, Span]], published: date | None
                    ) -> list[ExtractedEvent]:
        """"Two days after the rally, the governor sent a letter": an event with no day of
        its own lies the stated gap after (or before) an event the article told, on that
        event's day, or, for a mention with no day ("the rally"), on the day of the
        article's latest earlier event of its kind told with one."""
        spans = [doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
                 for e in events]
        heads = {span.root.i: k for k, span in enumerate(spans) if span is not None}
        out = list(events)
        for k, (event, trigger) in enumerate(zip(events, spans, strict=True)):
            if trigger is None or event.date.value is not None or event.modality in (
                    "negated", "hypothetical"):
                continue
            found = measured_after(trigger.root, timexes, not self.types[event.type].own_date_only)
            # ("the ultimatum was announced a day after the ban": its announcement's gap)
            if found is None or (j := heads.get(found[0].i)) is None or j == k:
                continue
            anchor = found[0]
            definite = anchor.pos_ == "NOUN" and (roles.definite(anchor) or any(
                c.dep_ == "poss" for c in anchor.lefts))  # "the rally", "the ministers' meeting"
            day, days = self._day_of(out, j, definite), gap_days(found[1])
            if day is None or days is None:
                continue
            moved = day + timedelta(days=found[2] * days)
            if published is not None and moved > published and event.modality != "expected":
                continue  # a told event cannot lie after publication
            word = "after" if found[2] > 0 else "before"
            out[k] = replace(event, date=EventDate(
                moved, moved, "day", BASIS_EXPLICIT, moved.isoformat(),
                f"{found[1].text} {word} {events[j].trigger}"))
            out = _rechained(out, timexes, found[1], moved, published)
        return out

    @staticmethod
    def _day_of(events: list[ExtractedEvent], k: int, definite: bool) -> date | None:
        """The day of ``events[k]``: its own, or else, for a ``definite`` mention, which
        names an event told before ("the rally", "the ministers' meeting"), that of the
        latest earlier event of its type told with a day; not a clause ("after gunmen shot
        at a boat")."""
        told = (events[k], *reversed(events[:k])) if definite else (events[k],)
        for event in told:
            if event.type == events[k].type and event.date.precision == "day" and (
                    event.date.start is not None and event.date.start == event.date.end):
                return event.date.start
        return None

    def _named_mentions(self, doc: Doc) -> list[Participant]:
        """Every named actor or place of the article, resolved like a participant: what
        the article is about, so that reports of one story can be told apart."""
        found: list[Participant] = []
        dash = _dateline_end(doc, 0) if len(doc) else None  # "KAMPALA -", "ANALYSIS -"
        for ent in (part for whole in doc.ents for part in split_dateline(whole)):
            if ent.label_ not in NAMED_LABELS:
                continue
            part = None
            slug = dash is not None and ent.end <= dash + 1  # in the opening capitals
            if dash is not None and ent.end == dash + 1 and ent.start < dash:
                ent = Span(doc, ent.start, dash, label="GPE")  # "KAMPALA -": the dash too
            if ent.label_ in PLACE_LABELS:
                part = self.resolver.place(ent, ROLE_MENTION)
            if part is None:
                part = self.resolver.from_entity(ent, ROLE_MENTION)
                if slug and self.resolver.aliases.lookup(part.name) is None:
                    continue  # "ANALYSIS - Three weeks after ...": a kind of article, not
                    # a place or body known by that name
            if part.kind != KIND_MEDIA and part.name:
                found.append(part)
        return found

    def _like_antecedent(self, event: ExtractedEvent, trigger: Token,
                         before: list[ExtractedEvent]) -> ExtractedEvent:
        """``retype_if_antecedent``: "the blockade" after "truckers blocked nine highways"
        is that protest, not a sanction, when the article's latest event of either type
        was the protest."""
        others = self.types[event.type].constraints.get(trigger.lemma_, {}).get(
            "retype_if_antecedent", ())
        if not others or any(c.dep_ in ("amod", "compound", "poss", "nmod")
                             and c.pos_ != "PRON" and c.tag_ not in ("JJR", "JJS")
                             or c.dep_ == "prep" and c.lower_ in roles.TARGET_PREPS
                             for c in trigger.children):
            return event  # "the drone strike", "the naval blockade": told as their own kind;
            # not "their blockade", "the wider blockade"; nor one told with its target ("the
            # raid on the police station": an attack)
        others = (others,) if isinstance(others, str) else tuple(others)
        told = [e for e in before if (e.type in others or e.type == event.type)
                and e.sentence_start != event.sentence_start]  # not the verbs of its own
        # sentence ("Sharipov said DABS had acknowledged the warning")
        if not told:
            return event
        last = [e.type for e in told if e.sentence_start == told[-1].sentence_start]
        if kind := next((t for t in reversed(last) if t in others), None):
            event = replace(event, type=kind)  # the latest sentence told one: "In a letter
            # dated May 18, the utility told its client ... the warning" is the letter
        return event

    def _already_told(self, event: ExtractedEvent, trigger: Token,
                      before: list[ExtractedEvent], published: date | None) -> ExtractedEvent:
        """"reached an agreement on Tuesday ... the accord would support reforms": an anaphor
        whose only future is its clause's names an event the article told as done; it is
        that past event, not one ahead; not when the verb carries the event ("the ceremony
        will take place", "will present the report")."""
        if event.date.basis != "expected" or event.date.value is not None or published is None:
            return event
        verb = trigger.head
        acting = trigger.dep_ == "nsubj" and any(c.dep_ == "prt" for c in verb.children) and any(
            c.dep_ == "dobj" for c in verb.children)  # "the deployment would set up posts"
        if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.lemma_ in (
                self.light_verbs) and verb.lemma_ not in ONGOING and not acting:
            return event  # "the ceremony will take place"; not "the deployment will continue"
        same = [e for e in before if e.type == event.type]
        if not same or same[-1].date.basis not in ("explicit", "reported") or (
                same[-1].modality not in ("asserted", "reported")):
            return event  # "arrived on Monday, the army said": told as done, by a source
        told = EventDate(None, published, "vague", "reported")
        return replace(event, date=told, modality=same[-1].modality)

    def _allowed(self, etype: EventType, trigger: Token) -> bool:
        rule = etype.constraints.get(trigger.lemma_)
        if not rule:
            return True
        if "object" in rule:
            words = self.word_lists.get(str(rule["object"]), set())
            objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
            objs += [o for c in trigger.children if c.dep_ == "prep" for o in c.children
                     if o.dep_ == "pobj"]
            if trigger.dep_ == "acl" or trigger.dep_ == "relcl":
                objs.append(trigger.head)
            if not any(follow_quantifier(o).lemma_.lower() in words
                       or o.ent_type_ == "PERSON" and "<person>" in words for o in objs):
                return False  # "<person>" in a list: any named person ("police picked up
                # Ahmed Ali")
        if rule.get("intransitive") and any(c.dep_ == "dobj" for c in trigger.children):
            return False  # "ministers gathered in Riyadh", not "officials gathered evidence"
        if "subject" in rule:  # "900 British soldiers arrived": troops arriving are deployed
            words = self.word_lists.get(str(rule["subject"]), set())
            subjects = [t for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "poss")
                        for t in roles.conjuncts(c)]  # "crews and aircraft arrived"
            if trigger.dep_ in ("xcomp", "conj"):  # "the battalion began arriving"
                subjects += [c for c in trigger.head.children if c.dep_ == "nsubj"]
            subjects += _of_objects(trigger)  # "the arrival of troops"
            subjects += [p for c in trigger.children if c.dep_ == "agent"  # "villas were
                         for p in c.children if p.dep_ == "pobj"]  # destroyed by bombs"
            if not any(follow_quantifier(o).lemma_.lower() in words for o in subjects):
                return False
        if "subject_phrase" in rule:  # "a car packed with explosives went off", "a device
            # that went off": a word of the list anywhere in the subject's phrase
            words = self.word_lists.get(str(rule["subject_phrase"]), set())
            subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
            if trigger.dep_ == "relcl" and any(
                    c.lower_ in ("that", "which") for c in subjects):
                subjects.append(trigger.head)
            if not any(t.lemma_.lower() in words or t.lower_ in words
                       for s in subjects for t in s.subtree
                       if t.i < trigger.i and t.dep_ != "relcl"):
                return False
        if "child_dep" in rule:
            deps = set(rule["child_dep"])
            if not any(c.dep_ in deps for c in trigger.children) and not any(
                c.text == ":" for c in trigger.rights
            ):
                return False
        if "preposition" in rule:  # "wrote to the secretary": a letter, "wrote in a blog" not
            preps = set(rule["preposition"])
            if not any(c.dep_ in ("prep", "dative") and c.lower_ in preps for c in trigger.children):
                return False
        if "modifier" in rule:  # "a note of protest", "a diplomatic note"; not "a note"
            words = self.word_lists.get(str(rule["modifier"]), set())
            mods = [c for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")]
            mods += _of_objects(trigger)
            if not any(m.lemma_.lower() in words for m in mods):
                return False
        if "tag" in rule and trigger.tag_ not in rule["tag"]:  # "the findings", not "the
            return False  # finding of a mass grave"
        if "counted_over" in rule and any(  # "won by 13,435 votes": ballots, not polls
                c.dep_ == "nummod" and c.ent_type_ not in ("DATE", "TIME")  # not "the 2023 vote"
                and _number(c) > rule["counted_over"] for c in trigger.children):
            return False
        if rule.get("no_complement") and any(  # "left three protesters dead"
                c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in trigger.children):
            return False
        if "particle" in rule:
            parts = set(rule["particle"])
            if not any(c.dep_ == "prt" and c.lower_ in parts for c in trigger.children):
                return False
        return True

    @staticmethod
    def _named_place(noun: Token) -> Span | None:
        """The place a common noun names by apposition, "of" or as its first word: "the
        capital, Nairobi", "the town of Tapa", "Kaabong district"."""
        named = [c for c in noun.children if c.dep_ == "appos"]
        named += _of_objects(noun)
        named += [c for c in noun.children if c.dep_ == "compound"]  # "in Kaabong district"
        for n in named:
            ent = entity_of(n)
            if ent is not None and ent.label_ in PLACE_LABELS:
                return ent
        return None

    def _country_named(self, ent: Span) -> bool:
        """"kidnapped in central Mali" with "Mali" tagged PERSON: a country's name is a place
        whatever the tagger said (its demonym "Malian" is not)."""
        ref = self.resolver.aliases.lookup(ent.text)
        return ref is not None and ref.kind == KIND_COUNTRY and ent.root.pos_ == "PROPN"

    def _mistagged_place(self, ent: Span | None) -> bool:
        """"a bombing in nearby Quetta" with Quetta tagged an organization, "the Lautoka
        protest" with Lautoka tagged a person: a name that is no known actor or person of
        the article, and that the gazetteer places in a country the article names, is that
        place."""
        if ent is None or ent.label_ in PLACE_LABELS or ent.root.pos_ != "PROPN":
            return False
        text = ent.text.strip()
        if any(e.label_ in PLACE_LABELS and e.text.strip() == text for e in ent.doc.ents):
            return True  # "in Morvant" earlier in the article: one name, one sense
        if self.resolver.aliases.lookup(text) is not None or self.resolver.knows(text):
            return False
        place = self.gazetteer.lookup(text, self.resolver.context_countries)
        return place is not None and place.kind != KIND_COUNTRY and (
            place.country in self.resolver.context_countries)

    def _told_again_by(self, trigger: Token, etype: str) -> bool:
        """A noun event is the subject of a verb that tells an event of the same kind: "a
        second air strike hit the town", "the protest spread to the capital"; not a strike
        retyped a protest ("the strike by dock workers hit exports")."""
        verb = trigger.head  # not "since March, the war has killed 500": a perfect
        # verb's time is a stretch, not the day of a retelling; also a verb of its
        # unfolding ("an explosion tore through the stairwell on Saturday": unfolding_verbs)
        return trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and verb.pos_ == "VERB" \
            and self._trigger_labels.get(trigger.i) == etype \
            and (self._trigger_labels.get(verb.i) == etype
                 or verb.lemma_ in self.word_lists.get("unfolding_verbs", set())) \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)

    def _participants(self, trigger: Token, etype: EventType) -> list[Participant]:
        found: list[Participant] = []
        extra_places: list[Token] = []

        def add(tokens: list[Token], role: str) -> None:
            for tok in tokens:
                part = self.resolver.from_token(tok, role)
                if part is None or part.kind == KIND_MEDIA and role != ROLE_AGENT:
                    continue
                if any(p.name == part.name and p.role == role for p in found):
                    continue
                found.append(part)

        doers = [t for t in roles.agents(trigger, self.light_verbs)
                 if not (t.pos_ == "NOUN" and t.lemma_ in self.event_nouns)  # "blasts killed"
                 and not (t.dep_ == "compound" and self._mistagged_place(entity_of(t)))]
        # "the Lautoka protest" with Lautoka tagged a person: where, not who
        if etype.of_is_agent:
            doers += [t for t in roles.of_agents(trigger) if etype.of_agent_words is None
                      or follow_quantifier(t).lemma_.lower() in self.word_lists.get(
                          etype.of_agent_words, set())
                      or t.ent_type_ in ("NORP", "PERSON")]  # "the 12 New Zealanders"
        undergoes = etype.constraints.get(trigger.lemma_, {}).get("subject_undergoes")
        add(doers, ROLE_PATIENT if undergoes else ROLE_AGENT)  # "two workers died": victims
        if not etype.theme_object:
            objects = roles.patients(trigger, etype.of_is_agent)
            if etype.place_object:  # "visited Baghdad": a place, not a patient
                # "a summit on Myanmar": what it is about, neither place nor patient
                objects = [t for t in objects if t.head.lower_ not in roles.TOPIC_PREPS]
                places = [t for t in objects if t.ent_type_ in ("GPE", "LOC", "FAC")]
                objects = [t for t in objects if t not in places]
                extra_places = places
            add(objects, ROLE_PATIENT)
        add(roles.recipients(trigger), ROLE_RECIPIENT)
        add(roles.counterparts(trigger), ROLE_PATIENT)
        actor_spans = [(p.start, p.end) for p in found]
        for tok in [*extra_places, *roles.place_candidates(trigger, etype.target_places)]:
            ent = entity_of(tok)
            if ent is None and tok.lemma_.lower() in self.word_lists.get("place_nouns", ()):
                ent = self._named_place(tok)  # "the Kenyan capital, Nairobi", "the town of Tapa"
            if ent is None and (cities := self.resolver.capitals(tok, ROLE_LOCATION)):
                for city in cities:  # "at a summit in the Indonesian capital"
                    if not any(p.name == city.name and p.role == ROLE_LOCATION for p in found):
                        found.append(city)
                continue
            if ent is not None and self._mistagged_place(ent):
                ent = Span(ent.doc, ent.start, ent.end, label="GPE")
            if ent is None or ent.label_ not in PLACE_LABELS and not self._country_named(ent):
                continue
            if any(s <= ent.start_char < e for s, e in actor_spans):
                continue
            part = self.resolver.from_entity(ent, ROLE_LOCATION)
            if not any(p.name == part.name and p.role == ROLE_LOCATION for p in found):
                found.append(part)
        return found

    def _event(
        self, span: Span, timexes: list[tuple[Timex, Span]], published: date | None
    ) -> ExtractedEvent | None:
        etype = self.types.get(span.label_)
        trigger = span.root
        if etype is None or not self._allowed(etype, trigger) or _in_compound_modifier(span):
            return None
        heads = self.word_lists.get("descriptive_heads", set())
        if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in heads or (
                trigger.dep_ == "pobj" and trigger.head.lower_ == "of"
                and trigger.head.head.lemma_.lower() in self.word_lists.get("message_heads", ())):
            return None  # "aid workers", "attack helicopters", "a note of protest": a kind
        if trigger.pos_ == "VERB" and trigger.lemma_ in REPORTING_LEMMAS and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN"
                and self._trigger_labels.get(c.i) in SAYING_TYPES for c in trigger.children):
            return None  # "the agency's statement said", "the letter said": the noun tells it
            # (not "the attack claimed 17 lives")
        etype = self._told_as(trigger, etype)
        sense = etype.constraints.get(trigger.lemma_, {}).get("retype_in_sense")
        if sense and self._in_sense(trigger, sense):
            etype = self.types[sense["type"]]  # "the strike" of an article on a walkout
        tense = clause_tense(trigger)
        counted = bool(etype.constraints.get(trigger.lemma_, {}).get("tells_a_count")) \
            and _counting(trigger, self.word_lists.get("count_verbs", set()))
        if tense == "future" and counted:
            tense = None  # "the death toll was expected to rise": the count will, not the
            # deaths told
        if tense == "future" and spoken_of(trigger, self.light_verbs):
            tense = None  # "the attack would not go unanswered": told already (its date too)
        carriers = self.light_verbs if not etype.own_date_only else (
            etype.date_carriers if trigger.dep_ == "nsubj" else frozenset())  # "the deadline
        # expired on Friday"; not "passed the deadline extension on Tuesday"
        if self._told_again_by(trigger, etype.name):
            carriers = carriers | {trigger.head.lemma_}  # "a second air strike hit the town
            # on Thursday": the verb tells the noun's event again, with its day
        timex = attached_timex(  # a deadline's date is when it runs out, not when it was set
            trigger, timexes, carriers, self._trigger_heads,
            etype.date_carriers if etype.own_date_only else frozenset(),
        ) or inherited_timex(trigger, timexes, self._trigger_heads, carriers)
        mood = modality(trigger, tense, self.light_verbs)
        if mood == "expected" and counted:  # "the toll was expected to rise, they said":
            # the deaths are told as the clause that counts them is (reported here), save
            # that its own future is the count's
            mood = modality(trigger.head, None, self.light_verbs)
            mood = "asserted" if mood == "expected" else mood
        if mood == "hypothetical" and etype.called_is_planned and _called_for(trigger):
            mood = "expected"  # "the party called for a mass march": a protest ahead
        default = etype.default_tense
        if default == "future" and told_as_past(trigger, tense, etype.date_carriers):
            default = None  # "the deadline passed", "the ultimatum expired": behind us
        date_ = event_date(timex, tense, published, default, mood,
                           trigger.pos_ in roles.VERBAL)
        if mood == "asserted" and published and date_.start and date_.start > published:
            mood = "expected"  # "the summit in April", "they meet Monday": still to come
        participants = self._participants(trigger, etype)
        sent = trigger.sent
        text = sent.text
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        confidence = 0.4 + 0.2 * bool(any(p.role == ROLE_AGENT for p in participants))
        confidence += 0.2 * (timex is not None) + 0.1 * bool(participants)
        return ExtractedEvent(
            type=etype.name,
            trigger=span.text,
            trigger_start=span.start_char,
            trigger_end=span.end_char,
            date=date_,
            sentence=body,
            sentence_start=sent.start_char + lead,
            sentence_end=sent.start_char + lead + len(body),
            participants=tuple(participants),
            modality=mood,
            confidence=round(min(confidence, 0.95), 2),
            quantities=tuple(_quantities(trigger)),
            anaphoric=_refers_back(trigger, self._trigger_heads),
            backgrounded=_backgrounded(trigger),
            ordinal=self._ordinal(trigger),
            cumulative=self._adds_to_count(trigger, etype),
        )

    def _adds_to_count(self, trigger: Token, etype: EventType) -> bool:
        """The mention adds to a count told before (``cumulative_cues`` of its type): the
        toll itself, and a death "raising the death toll to 13", of "a fourth victim" (a
        subject placed in a sequence) or of "four of the injured", one "of burns" or "in
        hospital". Such a death, days after a blast, is one more of the blast's deaths."""
        cues = {cue: self.word_lists.get(name, set()) for cue, name in etype.cumulative_cues.items()}
        if not cues:
            return False

        def among(token: Token, cue: str) -> bool:
            return token.lemma_.lower() in cues.get(cue, ()) or token.lower_ in cues.get(cue, ())

        if among(trigger, "tally"):
            return True  # "the death toll rose to six"
        verb = trigger if trigger.pos_ in roles.VERBAL else None
        if verb is None:
            return False
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp", "conj") and among(child, "raising") and any(
                    o.dep_ == "dobj" and among(o, "tally") for o in child.children):
                return True  # "died in hospital, bringing the death toll to three"
            if child.dep_ == "nsubjpass" or child.dep_ == "nsubj" and not any(
                    o.dep_ == "dobj" for o in verb.children):  # the dead, not what killed
                if any(m.dep_ == "amod" and self._ordinal_word(m) for m in child.children):
                    return True  # "a fourth victim died", "a third person died"
                if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                        among(o, "hurt") for o in p.children) for p in child.children):
                    return True  # "four of the injured died"
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "to") and any(
                    among(o, "wounds") for o in child.children if o.dep_ == "pobj"):
                return True  # "died of burns", "succumbed to his injuries"
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    among(o, "care") for o in child.children if o.dep_ == "pobj"):
                return True  # "died in hospital", "died in a Chisinau hospital"
        return False

    def _told_as(self, trigger: Token, etype: EventType) -> EventType:
        """The type the trigger's own words give it: its object, doer, modifiers ("a 48-hour
        strike": a protest; "killing at least 81 people": deaths)."""
        retype = etype.constraints.get(trigger.lemma_, {}).get("retype_if_counted")
        if retype and _counted_victims(trigger):  # "killing at least 81 people": casualties
            etype = self.types[retype]
        rule = etype.constraints.get(trigger.lemma_, {})
        passive = rule.get("retype_if_passive")
        causes = self.word_lists.get(str(rule.get("passive_by")), set())
        if passive and _passive(trigger) and not any(
                c.dep_ == "agent" and not _caused_by(c, causes) for c in trigger.children):
            etype = self.types[passive]  # "a deminer was killed", "those killed": a death,
            # no doer told; "people killed by the wave": by no doer either
        elif passive and causes and trigger.pos_ == "VERB" and any(
                s.lemma_.lower() in causes for s in roles.verb_subjects(trigger)):
            etype = self.types[passive]  # "the virus that killed a rubber tapper"
        taking = etype.constraints.get(trigger.lemma_, {}).get("retype_if_object")
        if taking and any(follow_quantifier(o).lemma_.lower() in self.word_lists.get(
                taking["words"], set()) for o in trigger.children if o.dep_ == "dobj"):
            etype = self.types[taking["type"]]  # "fires that claimed 17 lives": deaths
        done_by = etype.constraints.get(trigger.lemma_, {}).get("retype_if_done_by")
        if done_by and _done_by(trigger, self.word_lists.get(done_by["words"], set()),
                                self.word_lists.get("title_nouns", set())):
            etype = self.types[done_by["type"]]  # "the government's protest": a diplomatic one
        sent = etype.constraints.get(trigger.lemma_, {}).get("retype_if_sent")
        if sent and _sent(trigger, self.word_lists.get(sent["verbs"], set()),
                          sent.get("addressed", True)):
            etype = self.types[sent["type"]]  # "sent a protest to the embassy": a note
        told = etype.constraints.get(trigger.lemma_, {}).get("retype_if_complement")
        if told and _followed_by(trigger, self.word_lists.get(told["words"], set())):
            etype = self.types[told["type"]]  # "declared three diplomats persona non grata"
        modified = etype.constraints.get(trigger.lemma_, {}).get("retype_if_modified_by")
        if modified and (trigger.pos_ == "NOUN" or not modified.get("noun_only")) and \
                _modified_by(trigger, self.word_lists.get(modified["words"], set())):
            etype = self.types[modified["type"]]  # "a 48-hour strike by dockworkers": a protest
        return etype

    def _in_sense(self, trigger: Token, sense: dict[str, str]) -> bool:
        """One sense per article (``retype_in_sense``): a noun of an article that tells one
        of ``words`` anywhere ("strikers", "the walkout", "14 striking pluckers") takes that
        sense ("a lawful strike": a labour strike), unless told with one of ``unless`` or
        with its target ("the drone strike", "the strike on the convoy")."""
        if trigger.pos_ != "NOUN":
            return False
        near = self.word_lists.get(sense.get("sentence_words", ""), set())
        if not self._doc_words & self.word_lists.get(sense["words"], set()) and not any(
                t.lower_ in near for t in trigger.sent):  # "the Labour Ministry ... ten
            return False  # days after the strike began": a word of its own sentence
        unless = self.word_lists.get(sense.get("unless", ""), set())
        return not any(c.dep_ in ("amod", "compound", "nmod", "poss")
                       and (c.lemma_.lower() in unless or c.lower_ in unless)
                       or c.dep_ == "prep" and c.lower_ in roles.TARGET_PREPS
                       for c in trigger.children)

    def _ordinal_word(self, word: Token) -> bool:
        """"fourth", "fourteenth", "another": a word that places one among like ones."""
        return word.lower_ in self.ordinal_ranks or word.ent_type_ == "ORDINAL" \
            or word.lower_ in self.word_lists.get("ordinal_later", ())

    def _ordinal(self, trigger: Token) -> str | None:
        """Where the mention places its event among like ones: "the first attack", "the
        pilots first struck" -> "1"; "a second round" -> "2"; "an earlier protest" -> "1";
        "a fresh protest", "another raid" -> "2+" (later than a first, maybe not second).
        Not a plural: "further walkouts", "no new strikes" are no one event of a sequence."""
        if trigger.tag_ in ("NNS", "NNPS"):
            return None
        owners = [trigger] + ([trigger.head] if trigger.dep_ == "compound" else [])
        words = [c for owner in owners for c in owner.children if c.i < trigger.i and (
            c.dep_ in ("amod", "advmod") or c.dep_ == "compound" and c.tag_ == "JJ")
            and not (c.text.isupper() and len(c.text) > 1)]  # "the NEW report": a name;
        # "five days after the first attack police detained", parsed "first ... police"
        for word in words:
            text = word.lower_.split("-")[0]  # "first-round"
            if text in self.ordinal_ranks:
                return str(self.ordinal_ranks[text])
            if text in self.word_lists.get("ordinal_earlier", ()):
                return "1"
            if text in self.word_lists.get("ordinal_later", ()):
                return "2+"
        return None


LODGING = {"lodge", "file", "issue", "deliver", "send", "register", "submit", "voice"}
STAGING = {"stage", "staged", "mount", "set", "hold", "begin", "start"}  # "fishermen staged a
# blockade" (the model's lemma of "staged" is "stag")
DOING = LODGING | STAGING  # verbs whose subject does the event that is their object


def _lead_told_again(doc: Doc, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The inverted pyramid: the sentence after the lead tells the lead's event again with
    its details. "Two health workers ... have died of the virus, officials said on Friday.
    A nurse and a clinical officer died on Thursday": one deaths, on Thursday; "arrested
    two journalists on Saturday ... Reporter Dilan Karim and cameraman Shwan Omer were
    detained in the main square": one arrest, on Saturday. Only for a type the lead tells
    once, between a dated and an undated past verb, neither told as background; not for
    speech (the next paragraph often quotes another speaker)."""
    def within(e: ExtractedEvent, sent: Span) -> bool:
        return sent.start_char <= e.trigger_start < sent.end_char

    sents = list(doc.sents)  # the lead: the first sentence that tells an event (not a
    first_told = next((i for i, sent in enumerate(sents)  # dateline the parser cut off)
                       if any(within(e, sent) for e in events)), len(sents))
    if first_told + 1 >= len(sents):
        return events
    lead, second = sents[first_told], sents[first_told + 1]

    def past_verb(e: ExtractedEvent) -> bool:
        span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        return span is not None and span.root.tag_ in ("VBD", "VBN") and not e.anaphoric \
            and not e.backgrounded and e.modality in ("asserted", "reported")

    def dated(e: ExtractedEvent) -> bool:
        return e.date.basis == "explicit" and e.date.value is not None and (
            e.date.end is None or doc._.published is None or e.date.end <= doc._.published)

    out = list(events)
    for etype in {e.type for e in events if within(e, lead)} - SAYING_TYPES:  # not one
        # speaker's words for another's
        firsts = [i for i, e in enumerate(events) if e.type == etype and within(e, lead)]
        seconds = [i for i, e in enumerate(events) if e.type == etype and within(e, second)]
        if len(firsts) != 1 or not seconds:
            continue
        first, nxt = events[firsts[0]], events[seconds[0]]
        if not (past_verb(first) and past_verb(nxt)):
            continue
        if dated(first) and nxt.date.value is None and nxt.date.basis == "reported":
            out[seconds[0]] = replace(nxt, date=first.date)
        elif dated(nxt) and first.date.value is None and first.date.basis == "reported":
            out[firsts[0]] = replace(first, date=nxt.date)
    return out


def _of_objects(token: Token) -> list[Token]:
    """The objects of the noun's "of" phrases: "the arrival of troops", "the town of Tapa"."""
    return [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]


def _done_by(trigger: Token, words: set[str], titles: Collection[str] = frozenset()) -> bool:
    """The trigger's doer is one of ``words``: its possessor ("the ministry's protest", "the
    Lithuanian government's protest"), its "by" phrase, or the subject of a verb of lodging
    it ("the foreign ministry lodged a protest"); not "a protest against the government",
    "an anti-government protest" or "the government banned the protest"."""
    near = [t for c in trigger.children if c.dep_ == "poss" for t in c.subtree]
    near += [o for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
             for p in c.children if p.dep_ == "pobj" for o in _noun_phrase(p, titles)]
    near += [t for c in trigger.children if c.dep_ == "acl"  # "the blockade, organised by
             for a in c.children if a.dep_ == "agent"  # a union"
             for p in a.children if p.dep_ == "pobj" for t in _noun_phrase(p, titles)]
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children)
    if trigger.dep_ == "dobj" and ({trigger.head.lemma_, trigger.head.lower_} & DOING or owned):
        # "the ministry lodged a protest", "farmers lifted their blockade"
        near += [t for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree]
        if trigger.head.dep_ == "relcl":  # "fishermen's leaders, who staged a blockade"
            near += [t for t in trigger.head.head.subtree if t.i < trigger.head.i]
    if trigger.pos_ in ("VERB", "AUX"):  # "farmers blockaded roads", "fishermen, who blockaded"
        near += [t for c in roles.verb_subjects(trigger) for t in c.subtree]
        if trigger.dep_ == "relcl":
            near.append(trigger.head)
    elif any(c.lower_ == "whose" for c in trigger.subtree):  # "fishermen, whose blockade"
        near += roles.agents(trigger)
    return any((t.lemma_.lower() in words or t.lower_ in words)
               and not _in_long_name(t)  # not "the Soviet Union", "the African Union"
               for t in near)


def _counting(noun: Token, verbs: set[str]) -> bool:
    """The noun is the subject of a verb that changes a count, or of one whose
    complement does: "the toll will rise", "the toll was expected to climb"; not "take a
    heavy toll", "a toll is feared"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = noun.head
    return head.lemma_ in verbs or any(c.dep_ == "xcomp" and c.lemma_ in verbs
                                       for c in head.children)


def _outermost(spans: Sequence[Span]) -> list[Span]:
    """The trigger spans in text order, without those inside a longer one whose words they
    belong to: "went on strike" is one event, not a second one on its "strike"; but "went
    on strike missions" keeps the strike, a modifier of a noun outside the phrase."""
    return sorted((s for s in spans if not any(
        o.start <= s.start and s.end <= o.end and len(o) > len(s)
        and o.start <= s.root.head.i < o.end for o in spans)), key=lambda s: s.start)


def _noun_phrase(head: Token, titles: Collection[str] = frozenset()) -> list[Token]:
    """A noun with its words, conjuncts and appositions, not what its prepositions or
    clauses add: "patients" of "patients outside the ministry", "unions and students" of
    "unions and students from Harare", "Coldiretti, the farmers' association"; through a
    quantity to what it counts ("hundreds of farmers", "members of the union"), and
    through a title (``titles``) to the body it serves ("officials of the foreign
    ministry", "a spokesman for the ministry")."""
    counted = follow_quantifier(head)
    found = [head] if counted is head else [head, *_noun_phrase(counted, titles)]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and head.lemma_ in titles:
            found += [t for p in child.children if p.dep_ == "pobj"
                      for t in _noun_phrase(p, titles)]
        if child.dep_ in ("prep", "relcl", "acl", "punct", "cc"):
            continue
        found += _noun_phrase(child, titles) if child.dep_ in ("conj", "appos") \
            else list(child.subtree)
    return found


def _in_long_name(token: Token) -> bool:
    """Part of a name of two words or more (the tagger also calls "Farmers" a name)."""
    ent = entity_of(token)
    return ent is not None and len(ent) > 1


def _sent(trigger: Token, verbs: set[str], addressed: bool = True) -> bool:
    """A noun addressed to someone ("a separate protest to Guyana"; unless not
    ``addressed``: "an appeal to the public" is spoken) or that is sent ("Venezuela sent a
    protest", "the protest was delivered", "an appeal that 14 groups sent", "a note,
    delivered on Monday"): a written message; with signing verbs, a signed document."""
    if trigger.pos_ != "NOUN":
        return False
    if addressed and any(c.dep_ == "prep" and c.lower_ == "to"
                         and any(g.dep_ == "pobj" for g in c.children) for c in trigger.children):
        return True
    if any(c.dep_ == "relcl" and c.lemma_ in verbs and not any(
            g.dep_ in ("dobj", "nsubjpass") and g.tag_ not in ("WDT", "WP")  # "that", "which"
            for g in c.children) for c in trigger.children):
        return True  # the noun is what the relative clause sends
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in verbs for c in trigger.children):
        return True  # "the memorandum, signed in Putrajaya by the two ministers"
    return trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_ in verbs


def _followed_by(trigger: Token, phrases: set[str]) -> bool:
    """One of ``phrases`` among the words after the trigger, up to the first preposition
    (bar "of") or comma: its complement, read by words because the parser often strands
    it ("declared a first secretary and two attaches persona non grata"), not "declared a
    state of emergency after the persona non grata row"."""
    after: list[str] = []
    for t in trigger.doc[trigger.i + 1 : min(trigger.sent.end, trigger.i + 10)]:
        if t.pos_ == "ADP" and t.lower_ != "of" or t.text in (",", ";"):
            break
        after.append(t.lower_)
    words = f" {' '.join(after)} "
    return any(f" {phrase} " in words for phrase in phrases)


def _modified_by(trigger: Token, words: set[str]) -> bool:
    """The trigger's modifiers, doers or "on strike" name one of ``words``."""
    near = [t for c in trigger.children
            if c.dep_ in ("compound", "amod", "nmod", "poss", "agent")
            or c.dep_ == "prep" and c.lower_ not in (
                "on", "against", "upon", "in", "near", "off", "after", "before", "since",
                "until", "during")
            or c.dep_ == "prt" and c.lower_ == "over"  # "to strike over wages"
            for t in c.subtree]  # also "called by the union", "over pay"; not "a strike on
    # a tanker off the port of Fujairah", what was struck, nor "five days after the deal,
    # gunmen struck", when
    near += [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.dep_ == "nsubjpass":  # "the strike was called by the union"
        near += [t for c in trigger.head.children if c.dep_ == "agent" for t in c.subtree]
    if trigger.head.lower_ == "on" and trigger.dep_ == "pobj" and not any(
            c.dep_ in ("det", "poss") for c in trigger.children):
        return True  # "went on strike"; not "did not comment on the strike"
    return any((t.lemma_.lower() in words or t.lower_ in words)
               and t.pos_ != "PROPN"  # "a port strike", not "Port Sudan"; "a 24-hour strike"
               and t.ent_type_ in ("", "DATE", "TIME")
               for t in near)


def _refers_back(trigger: Token, events: frozenset[int] = frozenset()) -> bool:
    """"the deal", "this attack", "its pullout": a definite event noun that names an event
    the article has already told of; not one placed before or after the event whose clause
    it is in ("met on Monday ahead of the three-day meeting")."""
    if trigger.pos_ != "NOUN":
        return False
    if roles.elsewhen(trigger):
        verb = roles.governing_verb(trigger.head)
        for _ in range(3):  # "met to coordinate ahead of the meeting"
            if verb is None or verb.i in events:
                break
            verb = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") else None
        if verb is not None and verb.i in events:
            return False
    if any(c.dep_ in ("amod", "nummod", "compound") and (
        c.lower_ in ANOTHER_ONE or c.pos_ == "NUM" or c.tag_ in ("JJS", "CD")
    ) for c in trigger.lefts):
        return False  # "the second attack", "the new deal", "the 2019 accord": another one
    return roles.definite(trigger)


def _called_for(trigger: Token) -> bool:
    """"called for a march": the event is called for."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_ == "call"


def _backgrounded(trigger: Token) -> bool:
    """Told only as the time of another event: in an "after"/"before"/"since" phrase or
    clause ("bombed Nyala two days after a drone attack on Port Sudan", "a day after rockets
    hit the airport"). Not a relative clause:
    "the gunmen who raided the trawler" often tells the event the article is about."""
    node = trigger
    for _ in range(6):
        if roles.elsewhen(node) or _answered(node):
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in roles.ELSEWHEN_PREPS
                                        for c in node.children):
            return True  # "a day after rockets hit the airport"
        if node.dep_ in ("advcl", "ccomp", "relcl", "ROOT", "conj", "parataxis") \
                or node.head.i == node.i:
            return False
        node = node.head
    return False


ANSWERING = {"reprisal", "revenge", "retaliation", "retribution", "response", "answer"}


def _answered(noun: Token) -> bool:
    """Told as what another event answers: "a reprisal for Saturday's massacre", "revenge
    for the killing of a clan leader", "in response to the raid"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("for", "to") \
        and prep.head.lemma_.lower() in ANSWERING


def _passive(verb: Token) -> bool:
    """"was killed", "those killed", and a participle without "have" or an object
    ("Miners killed in the explosion had signed...", tagged VBN after a dateline)."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) or verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or not any(
            c.dep_ in ("aux", "dobj") or c.lemma_ == "have" for c in children))


def _caused_by(agent: Token, causes: set[str]) -> bool:
    """"killed by Sunday night's wave": the "by" phrase names a cause of the list, no doer."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in causes for o in agent.children)


def _counted_victims(trigger: Token) -> bool:
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        t.like_num or t.ent_type_ == "CARDINAL" for v in victims for t in v.subtree
    ) or any(c.dep_ == "nsubjpass" and c.like_num for c in trigger.children)


def _number(token: Token) -> float:
    """The value of a number written in digits ("13,435"), 0 for any other."""
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return 0.0


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CHAINED = re.compile(  # told from the day last told: "six days later", "the next morning"
    r"(?:\blater|\bearlier|\b(?:after|before) that|\bthe (?:next|following|previous) "
    r"(?:day|morning|afternoon|evening|night)|\bthat (?:morning|afternoon|evening|night)|"
    r"\bthe (?:day|night|morning|evening) (?:after|before))$", re.IGNORECASE)


def _rechained(events: list[ExtractedEvent], timexes: list[tuple[Timex, Span]], gap: Timex,
               day: date, published: date | None) -> list[ExtractedEvent]:
    """"Two days after the blast, police detained the supervisor. Six days later, they
    arrested the director": the times after ``gap`` that count on from the day last told
    ("six days later", then "the next day" from that) count from ``day``, the day the gap
    gave, not from the date written before it. The chain ends at the first day told
    otherwise (a date, a weekday)."""
    moved: dict[tuple[str, str], str] = {}
    delta: timedelta | None = None
    previous: date | None = None
    for timex in sorted((t for t, _ in timexes if t.start >= gap.end), key=lambda t: t.start):
        if not _DAY_VALUE.match(timex.value):
            continue  # "P6D", "2026-W11": no day the next one counts from
        if not _CHAINED.search(timex.text) or timex.anchor is None or (
                previous is not None and timex.anchor != previous):
            break
        told = date.fromisoformat(timex.value[:10])
        delta = delta if delta is not None else day - timex.anchor
        previous = told
        moved[(timex.text, timex.value)] = (told + delta).isoformat() + timex.value[10:]
    if not delta:
        return events
    out = []
    for event in events:
        d = event.date
        value = moved.get((d.text or "", d.value or ""))
        if value is not None and d.start is not None and d.end is not None and (
                event.trigger_start >= gap.start) and (
                published is None or d.end + delta <= published or event.modality == "expected"):
            event = replace(event, date=replace(d, start=d.start + delta, end=d.end + delta,
                                                value=value))
        out.append(event)
    return out


def _in_compound_modifier(span: Span) -> bool:
    """"Iran-backed", "US-led": a relation between actors, not an event of its own."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text in ("-", "‐", "–") and not before.whitespace_ and (
        span.start < 2 or not doc[span.start - 2].whitespace_
    )


_CLAUSAL = {"ccomp", "advcl", "relcl", "parataxis", "conj", "xcomp", "csubj", "acl", "punct"}


def _quantities(trigger: Token) -> list[str]:
    """Numbers that matter: "450 soldiers", "$150 billion", "12 people"."""
    out: list[str] = []
    region = {trigger.i}
    for child in trigger.children:
        if child.dep_ not in _CLAUSAL:
            region.update(t.i for t in child.subtree)
    for ent in trigger.doc.ents:
        if ent.label_ not in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
            continue
        if ent.root.i not in region or ent.sent.start != trigger.sent.start:
            continue
        text = ent.text
        if ent.root.dep_ == "nummod" and ent.root.head.pos_ == "NOUN":
            text = f"{text} {ent.root.head.text}"
        out.append(text)
    return out
