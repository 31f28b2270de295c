"""Turn the head token of an argument into a canonical participant.

A named entity becomes that entity (resolved through the alias table). A common noun
phrase ("US soldiers", "Iranian-backed paramilitary troops") becomes a group entity
named by its words, linked to the actors its modifiers name (``member_of`` United States,
``backed_by`` Iran). Pronouns and vague quantifiers ("some of the troops") are followed
to the noun they stand for where the parse shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..aliases import KIND_MEDIA, ActorRef, AliasTable
from ..gazetteer import Gazetteer, Place
from ..types import ROLE_LOCATION, EntityLink, Participant

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "NORP": "group",
    "LOC": "place",
    "FAC": "facility",
}
_QUANTIFIERS = {"some", "many", "most", "all", "several", "few", "none", "one", "two", "three",
                "dozens", "hundreds", "thousands", "tens", "part", "members", "each", "both",
                "any", "much", "number", "majority", "rest"}
_DROP_DEPS = {"det", "predet", "punct", "prep", "relcl", "acl", "appos", "cc", "conj",
              "advmod", "nummod", "quantmod", "case", "poss"}
_DROP_WORDS = {"same", "such", "other", "those", "these", "this", "that", "extra", "additional",
               "own", "several", "various", "some"}
_TITLE = re.compile(r"^(?:(?:president|prime minister|minister|secretary|senator|sen\.|gen\.|"
                    r"general|chairman|director|king|queen|prince|leader|ayatollah|dr\.|mr\.|"
                    r"mrs\.|ms\.)\s+)+", re.IGNORECASE)


def entity_of(token: Token) -> Span | None:
    """The named entity that ``token`` belongs to, if any."""
    if not token.ent_type_:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            for part in split_dateline(ent):
                if part.start <= token.i < part.end:
                    return part
            return None
    return None


def split_dateline(ent: Span) -> list[Span]:
    """"NAIROBI - Police", tagged as one name by the model, is a dateline and a name."""
    for tok in ent[1:-1]:
        if tok.text in _DASHES and tok.whitespace_ and tok.nbor(-1).whitespace_:
            return [Span(ent.doc, ent.start, tok.i, label=ent.label_),
                    Span(ent.doc, tok.i + 1, ent.end, label=ent.label_)]
    return [ent]


def follow_quantifier(token: Token) -> Token:
    """"some of the troops" -> troops; "one of them" stays "one"."""
    if token.lower_ in _QUANTIFIERS or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                    return objs[0]
    return token


_DASHES = ("-", "‐", "–", "—")
_NP_DEPS = {"compound", "amod", "nmod", "npadvmod", "punct", "poss", "case"}


SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "lawyer"}


def _the_noun(head: Token) -> bool:
    """"the agency", "the prime minister": a common noun with "the", which may name what
    the article named before."""
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in head.children)


def _np_tokens(head: Token) -> list[Token]:
    """The words of a compact noun phrase: the head and its adjacent left modifiers."""
    keep: list[Token] = []

    def visit(tok: Token) -> None:
        for child in tok.lefts:
            if child.dep_ not in _NP_DEPS or child.lower_ in _DROP_WORDS:
                continue
            if child.dep_ == "poss" and child.pos_ == "PRON":
                continue  # "its chief safety officer" is the chief safety officer told before
            if child.dep_ == "punct" and child.text not in _DASHES:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children):
                continue  # a clause misparsed as a modifier
            visit(child)
        keep.append(tok)

    visit(head)
    allowed = {t.i for t in keep}
    allowed |= {c.i for t in keep for c in t.children if c.dep_ == "case"}  # "Kenya 's"
    start = head.i
    while start - 1 in allowed:
        start -= 1
    for tok in head.doc[start : head.i]:  # "VILNIUS - Lithuania's ministry": a dateline
        if tok.text in _DASHES and (tok.whitespace_ or tok.i and tok.nbor(-1).whitespace_):
            start = tok.i + 1
    return list(head.doc[start : head.i + 1])

_COMPANY_SUFFIX = re.compile(r",?\s+(?:Inc|Corp|Co|Ltd|PLC|plc|LLC|AG|SA|NV|Holdings)\.?$")


def _clean_name(text: str) -> str:
    text = " ".join(text.replace("\u00a0", " ").split())
    text = re.sub(r"\s*([-‐–])\s*", r"\1", text)
    return text.strip(" ,.;:\"'“”‘’")


_ROYAL = re.compile(r"(?:king|queen|prince|princess|emperor|pope|sheikh|crown prince)\s",
                    re.IGNORECASE)
_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")
_GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")


def facility_name(text: str) -> str:
    """"the Tapa military base" and "Tapa base" are one facility: its proper name and its
    head noun, without the article and the common words between them."""
    words = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).split()
    if len(words) < 3 or not words[-1].islower() or not words[0][:1].isupper():
        return " ".join(words)
    return " ".join([w for w in words[:-1] if not w.islower()] + words[-1:])


def person_key(name: str) -> str:
    """"James A. Baker III" and "James Baker" are one person: no middle initials, no
    generational suffix."""
    return _GENERATION.sub("", _INITIAL.sub("", name))


def company_name(text: str) -> str:
    """"Sony Corp." and "Sony" are one company; "Reuters Holdings PLC" is Reuters."""
    previous = None
    while previous != text:
        previous, text = text, _COMPANY_SUFFIX.sub("", text)
    return text


class MentionResolver:
    """Resolves argument head tokens to participants with canonical names."""

    def __init__(
        self,
        aliases: AliasTable,
        actor_nouns: frozenset[str] = frozenset(),
        title_nouns: frozenset[str] = frozenset(),
        gazetteer: Gazetteer | None = None,
        group_nouns: frozenset[str] = frozenset(),
        group_modifiers: frozenset[str] = frozenset(),
        past_office: frozenset[str] = frozenset(),
    ) -> None:
        self.aliases = aliases
        self.gazetteer = gazetteer
        self.context_countries: frozenset[str] = frozenset()  # countries the article names
        self.full_names: dict[str, str] = {}  # "Benedetti" -> "Carla Benedetti", per article
        self.people: set[str] = set()  # full personal names, per article
        self.acronyms: dict[str, str] = {}  # "INS" -> "Immigration and Naturalization Service"
        self.organizations: dict[str, list[Span]] = {}  # "agency" -> the article's "... Agency"
        self.titled: dict[str, list[tuple[frozenset[str], str]]] = {}  # "minister" -> the
        # article's ({"prime", "minister"}, "Hassan al-Karimi")
        self.actor_nouns = actor_nouns  # "officials said": a common noun that still acts
        self.title_nouns = title_nouns
        self.group_nouns = group_nouns  # "the group" after a known armed group
        self.group_modifiers = group_modifiers  # "the militant group", not "the aid group"
        self.generic: set[str] = set()  # names of the article's known armed groups
        self.past_office = past_office  # "former", "late": an office no longer held

    def _links(self, tokens: list[Token]) -> tuple[EntityLink, ...]:
        """Actors named by the modifiers of a noun phrase ("Iran-backed", "US", "Hezbollah")."""
        links: list[EntityLink] = []
        head = tokens[-1]
        span = head.doc[tokens[0].i : head.i]
        linked_words: set[str] = set()
        for word in _clean_name(span.text).split():
            linked = self.aliases.linked(word)
            if linked:
                relation, ref = linked
                links.append(EntityLink(relation, ref.name, ref.kind))
                linked_words.update(word.replace("‐", "-").replace("–", "-").split("-"))
        parts = {(e.start, e.end): e for tok in span if (e := entity_of(tok)) is not None
                 and span.start <= e.start and e.end <= span.end}  # not the dateline's
        for ent in parts.values():
            if ent.text in linked_words:
                continue
            part = self.from_entity(ent, "member")
            if part.kind != KIND_MEDIA:
                links.append(EntityLink("member_of", part.name, part.kind))
        for tok in span:
            if not tok.ent_type_ and tok.text[:1].isupper() and tok.text not in linked_words:
                adj = self.aliases.adjective(tok.text)
                if adj and adj.kind != KIND_MEDIA:
                    links.append(EntityLink("member_of", adj.name, adj.kind))
        unique: dict[tuple[str, str], EntityLink] = {}
        for link in links:
            unique.setdefault((link.relation, link.name), link)
        return tuple(unique.values())

    def _office(self, ent: Span) -> tuple[EntityLink, ...]:
        """"Lithuanian Foreign Minister Rūta Baranauskienė", "Marta Lindqvist, the UN human
        rights chief": the country or known organization a person's title names."""
        root = ent.root
        titles = [t for t in _np_tokens(root) if t.i < ent.start]
        titles += [t for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                   for t in _np_tokens(c)]
        links: list[EntityLink] = []
        for head in {t.i: t for t in titles if t.lemma_.lower() in self.title_nouns}.values():
            links.extend(link for link in self._links(_np_tokens(head))
                         if link.relation == "member_of" and (
                             link.kind == "country" or self.aliases.lookup(link.name)))
            # not "Defense" of "Defense Secretary Mark Hollis": an office, not a body
        links.extend(self._titles(ent))
        return tuple({link.name: link for link in links}.values())

    def _titles(self, ent: Span) -> list[EntityLink]:
        """"Iraqi Prime Minister Hassan al-Karimi" holds the title "prime minister", and
        "Lithuanian Foreign Minister Rūta Baranauskienė" that of "foreign minister": the
        words of an office right before the name (or in an apposition), without the
        country or body it names. One word alone ("spokeswoman") names no one office, and
        one held no longer ("former Prime Minister Tony Blair", "the late", "Then-") none
        he holds."""
        found = []
        for words in self._title_phrases(ent):
            heads = [i for i, t in enumerate(words) if t.lemma_.lower() in self.title_nouns]
            if not heads:
                continue
            before = ent.doc[max(0, words[0].i - 2) : words[0].i]
            if any(t.lower_ in self.past_office for t in [*before, *words]):
                continue
            office = [t.lower_ for t in words[: heads[-1] + 1] if t.dep_ != "det"
                      and t.ent_type_ not in ("GPE", "NORP", "ORG")
                      and self.aliases.adjective(t.text) is None]
            if len(office) >= 2:
                found.append(EntityLink("titled", " ".join(office), "group"))
        return found

    def _title_phrases(self, ent: Span) -> list[list[Token]]:
        """The words that may title a person: the run of capitalised or title words right
        before the name ("Prime Minister", "Lithuanian Foreign Minister"; not a day or a
        sentence's first word before them: "On Monday Foreign Minister ...") and the
        noun phrases in apposition to it (", the rights chief,")."""
        left: list[Token] = []
        for tok in reversed(ent.doc[max(ent.sent.start, ent.start - 4) : ent.start]):
            if not tok.is_alpha or not (tok.text[:1].isupper() or tok.lemma_.lower()
                                        in self.title_nouns):
                break  # words right before the name, whatever the parse made of them
            if tok.ent_type_ == "DATE" or tok.is_stop and tok.lemma_.lower() not in self.title_nouns:
                break  # "On Monday Foreign Minister ...": no part of the title
            left.insert(0, tok)
        phrases = [left] if left else []
        phrases += [_np_tokens(c) for c in ent.root.children
                    if c.dep_ == "appos" and c.pos_ == "NOUN"]  # ", the rights chief,"
        return phrases

    def _named_holder(self, token: Token) -> Token:
        """"Hungarian head of state Arpad Goencz" -> Goencz; "the presidents of Poland" ->
        Poland, "a spokesman for the TTP" -> the TTP: a title stands for the person or the
        body it names; "a militant group, the Jabal Front" -> the Jabal Front."""
        if token.pos_ != "NOUN":
            return token
        if token.lemma_.lower() not in self.title_nouns:  # "a militant group, the Jabal
            for child in token.children:  # Front": the name it goes by
                named = entity_of(child) if child.dep_ == "appos" else None
                if named is not None and named.label_ in ("ORG", "NORP") and (
                        named.root.i == child.i):
                    return child
            return token
        for child in token.children:
            if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON":
                return child
        speaks_for = token.lemma_.lower() in SPEAKING_FOR  # "a spokesman for the TTP", not
        # "the US envoy for Iran"
        for child in token.rights:
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "for"
                                         and speaks_for):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in (
                            ("GPE", "ORG", "NORP") if child.lower_ == "of" else ("ORG", "NORP")):
                        return obj
        return token

    def place(self, ent: Span, role: str) -> Participant | None:
        """A place entity resolved in the gazetteer, linked to the places it lies in."""
        if self.gazetteer is None or ent.label_ not in ("GPE", "LOC", "FAC"):
            return None
        text = _clean_name(ent.text)
        links: list[EntityLink] = []
        if ent.label_ == "FAC":  # "the Taqqadum military base in Anbar"
            for prep in ent.root.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside"):
                    for obj in prep.children:
                        inner = entity_of(obj) if obj.dep_ == "pobj" else None
                        where = self.place(inner, role) if inner is not None else None
                        if where is not None and where.kind != "facility":
                            links.append(EntityLink("located_in", where.name, where.kind))
                            links.extend(where.links)
            name = facility_name(text)
            return Participant(role, name, "facility", ent.text, ent.start_char, ent.end_char,
                               tuple(links))
        found = self.gazetteer.lookup(text, self.context_countries)
        if found is None:
            return None
        return Participant(role, found.name, found.kind, ent.text, ent.start_char, ent.end_char,
                           self._within_links(found))

    def _within_links(self, place: Place) -> tuple[EntityLink, ...]:
        """``located_in`` links from a place to its region and country."""
        assert self.gazetteer is not None
        return tuple(EntityLink("located_in", parent,
                                "country" if parent == place.country else "region")
                     for parent in self.gazetteer.within(place) if parent != place.name)

    def capitals(self, token: Token, role: str) -> list[Participant]:
        """"the Indonesian capital", "the Kenyan and Tanzanian capitals": those countries'
        capital cities; none for "the Tanzanian capital of Dar es Salaam" or "the Kenyan
        capital, Nairobi", which name their city."""
        if self.gazetteer is None or token.lemma_.lower() != "capital" or token.pos_ != "NOUN":
            return []
        if any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return []
        found = []
        mods = [m for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                for m in (c, *c.conjuncts)]
        for mod in mods:
            country = self.gazetteer.country(mod.text)
            city = self.gazetteer.capital_of(country) if country else None
            if city is not None:
                found.append(Participant(role, city.name, city.kind, f"{mod.text} {token.text}",
                                         mod.idx, token.idx + len(token.text),
                                         self._within_links(city)))
        return found

    def learn_names(self, people: Iterable[str]) -> None:
        """Remember the article's full personal names, so that a later "Benedetti" or
        "Mr. Benedetti" is the "Carla Benedetti" named before (a surname two people of the
        article share stays as it is)."""
        by_tail: dict[str, set[str]] = {}
        full: set[str] = set()
        for text in map(_clean_name, people):
            name = person_key(_TITLE.sub("", text))
            words = name.split()
            if len(words) >= 2 or _ROYAL.match(text):
                full.add(name.casefold())  # "King Hussein": Hussein is a name in full here
            for k in range(1, len(words)):  # "Laden", "Bin Laden" of "Osama Bin Laden"
                tail = " ".join(words[k:])
                if tail[:1].isupper() or k == len(words) - 1:
                    by_tail.setdefault(tail.casefold(), set()).add(name)
            if len(words) >= 2:  # "Saddam" of "Saddam Hussein"
                by_tail.setdefault(words[0].casefold(), set()).add(name)
        self.full_names = {tail: next(iter(names)) for tail, names in by_tail.items()
                           if len(names) == 1 and tail not in full}
        self.people = full  # "General Rustam Nazarzoda", tagged as an organization, after
        # "Rustam Nazarzoda": a title before a name the article gave a person

    def learn_acronyms(self, names: Iterable[str]) -> None:
        """"INS" after "the Immigration and Naturalization Service": the article's
        organizations by their initials."""
        found: dict[str, set[str]] = {}
        for text in names:
            name = company_name(re.sub(r"^the\s+", "", _clean_name(text), flags=re.I))
            words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
            if len(words) >= 2:
                found.setdefault("".join(w[0] for w in words), set()).add(name)
        self.acronyms = {a: next(iter(n)) for a, n in found.items() if len(n) == 1}

    def learn_organizations(self, ents: Iterable[Span]) -> None:
        """The article's named organizations by their head word ("agency" of "the
        International Atomic Energy Agency"), for "the agency" told after them; its known
        armed groups also by ``group_nouns`` ("the group" after "Islamic State")."""
        found: dict[str, list[Span]] = {}
        self.generic = set()
        for ent in ents:
            known = self.aliases.lookup(_clean_name(ent.text))
            if known is not None and known.kind == "armed_group":
                for noun in self.group_nouns:
                    found.setdefault(noun, []).append(ent)
                self.generic.add(known.name)
            if ent.label_ != "ORG":
                continue
            words = _clean_name(ent.text).split()
            if len(words) >= 2 and words[-1][:1].isupper():
                found.setdefault(words[-1].casefold(), []).append(ent)
            root = ent.root  # "a militant group, the Jabal Front": "the group" after it
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                found.setdefault(root.head.lower_, []).append(ent)
        self.organizations = found

    def learn_titles(self, ents: Iterable[Span]) -> None:
        """The article's people by their titles ("Prime Minister Hassan al-Karimi", "Marta
        Lindqvist, the UN human rights chief"), for "the prime minister" told after them."""
        found: dict[str, list[tuple[frozenset[str], str]]] = {}
        for ent in ents:
            name = self.person_name(_clean_name(ent.text))
            for words in self._title_phrases(ent):
                heads = [t for t in words if t.lemma_.lower() in self.title_nouns]
                if heads:
                    found.setdefault(heads[-1].lemma_.lower(), []).append(
                        (frozenset(t.lower_ for t in words if t.dep_ != "det"), name))
        self.titled = found

    def _titled_person(self, head: Token, tokens: list[Token], role: str) -> Participant | None:
        """"the prime minister", "the foreign minister": the one person of the article
        whose title holds those words. None when the phrase is not definite, or two people
        fit ("the minister" in an article with two ministers)."""
        if not _the_noun(head):
            return None
        words = {t.lower_ for t in tokens if t.dep_ != "det"}
        names = {name for title, name in self.titled.get(head.lemma_.lower(), ())
                 if words <= title}
        if len(names) != 1:
            return None
        return Participant(role, names.pop(), "person", head.doc[tokens[0].i : head.i + 1].text,
                           tokens[0].idx, head.idx + len(head.text))

    def _named_organization(self, head: Token, tokens: list[Token], role: str
                            ) -> Participant | None:
        """"the agency", "the observer group", "the multinational observer group": the one
        organization of the article whose name ends in that word and holds every other word
        of the phrase. None when the phrase is not definite, or two organizations fit."""
        if not _the_noun(head):
            return None
        words = {t.lower_ for t in tokens if t.dep_ != "det" and t.i != head.i}
        named = {}
        for ent in self.organizations.get(head.lower_, ()):
            part = self.from_entity(ent, role)
            if words <= {w.casefold() for w in _clean_name(ent.text).split()} or (
                    part.name in self.generic and head.lower_ in self.group_nouns
                    and all(t.lower_ in self.group_modifiers for t in tokens
                            if t.i != head.i and t.dep_ != "det")):
                named[part.name] = part  # "the militant group", not "the rights group"
        if len(named) != 1:
            return None
        (part,) = named.values()
        return Participant(role, part.name, part.kind, head.doc[tokens[0].i : head.i + 1].text,
                           tokens[0].idx, head.idx + len(head.text), part.links)

    def person_name(self, text: str) -> str:
        name = person_key(_TITLE.sub("", text))
        return self.full_names.get(name.casefold(), name)

    def knows(self, text: str) -> bool:
        name = _TITLE.sub("", text)
        return name.casefold() in self.full_names or name != text and person_key(
            name).casefold() in self.people

    def from_entity(self, ent: Span, role: str) -> Participant:
        if len(ent) > 1 and ent[-1].tag_ == "POS":  # "Elian Gonzalez's": not "McDonald's"
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # a slice has none
        text = _clean_name(ent.text)
        if role == ROLE_LOCATION and (place := self.place(ent, role)) is not None:
            return place
        ref = self.aliases.lookup(text)
        if ent.label_ in ("PERSON", "ORG") and self.knows(text) and ref is None:
            # "Benedetti said", tagged as an organization, after "Carla Benedetti"
            return Participant(role=role, name=self.person_name(text), kind="person",
                               text=ent.text, start=ent.start_char, end=ent.end_char)
        initials = text.replace(".", "")
        if ref is None and text.isupper() and initials in self.acronyms:
            text = self.acronyms[initials]
            ref = self.aliases.lookup(text)
        if ref is None and (ent.label_ == "NORP" or role != ROLE_LOCATION):
            ref = self.aliases.adjective(text)  # "Iranian" -> Iran; "Washington" acts for the US
        if ref is None and ent.label_ in ("GPE", "LOC") and (
                place := self.place(ent, role)) is not None:
            return place  # "attacked Kandahar", "Port Sudan's depot": the gazetteer's city
        if ref is None and ent.label_ == "ORG" and (whole := self._whole_name(text)) is not None:
            part = self.from_entity(whole, role)  # "the Commission's letter": the European
            return replace(part, text=ent.text, start=ent.start_char, end=ent.end_char)
        links: tuple[EntityLink, ...] = ()
        if ref is not None:
            name, kind, links = ref.name, ref.kind, self._parent(ref)
        else:
            name = self.person_name(text) if ent.label_ == "PERSON" else text
            if ent.label_ == "ORG":
                name = company_name(name)
            name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
            if ent.label_ == "FAC":
                name = facility_name(name)
            kind = _KIND_OF_LABEL.get(ent.label_, "other")
        return Participant(role=role, name=name, kind=kind, text=ent.text,
                           start=ent.start_char, end=ent.end_char, links=links)

    def _whole_name(self, word: str) -> Span | None:
        """The one organization of the article whose name ends in ``word`` when the name is
        told by its last word alone ("the Commission" after "the European Commission")."""
        if " " in word:
            return None
        whole = {_clean_name(e.text).casefold(): e for e in self.organizations.get(
            word.casefold(), ()) if _clean_name(e.text).casefold() != word.casefold()}
        return next(iter(whole.values())) if len(whole) == 1 else None

    def _parent(self, ref: ActorRef) -> tuple[EntityLink, ...]:
        """The body a known organization belongs to ("member_of" in the actors file)."""
        parent = self.aliases.lookup(ref.member_of) if ref.member_of else None
        return (EntityLink("member_of", parent.name, parent.kind),) if parent else ()

    def from_token(self, token: Token, role: str) -> Participant | None:
        """The participant whose syntactic head is ``token``; None for pronouns and the like."""
        token = follow_quantifier(token)
        token = self._named_holder(token)
        ent = entity_of(token)
        if ent is not None and ent.text.islower() and ent.label_ in ACTOR_LABELS:
            ent = None  # "China's navy" tagged with "navy" as a name: a common noun
        if ent is not None and ent.label_ in ACTOR_LABELS | PLACE_LABELS:
            if ent.root.i == token.i or token.pos_ == "PROPN":
                part = self.from_entity(ent, role)
                if part.kind == "person" and (links := self._office(ent)):
                    part = replace(part, links=(*part.links, *links))
                return part
        if token.pos_ not in ("NOUN", "PROPN") or ent is not None:
            return None  # pronouns; dates, numbers and money are no participants
        tokens = _np_tokens(token)
        text = _clean_name(token.doc[tokens[0].i : token.i + 1].text)
        if not text:
            return None
        ref = self.aliases.lookup(text)
        if ref is None and token.pos_ == "PROPN" and len(tokens) == 1:
            ref = self.aliases.adjective(text)  # "Kyrgyz and Tajik guards": the tagger
            # named neither; the bare demonym stands for its country's guards
        if ref is not None:
            return Participant(role, ref.name, ref.kind, text, tokens[0].idx,
                               token.idx + len(token.text), self._parent(ref))
        named = self._named_organization(token, tokens, role) or self._titled_person(
            token, tokens, role)
        if named is not None:
            return named
        links = self._links(tokens)
        actor_noun = token.lemma_.lower() in self.actor_nouns
        if not links and not any(t.ent_type_ for t in tokens) and not actor_noun:
            return None  # "the building", "the idea": not an actor
        return Participant(role=role, name=text, kind="group", text=text,
                           start=tokens[0].idx, end=token.idx + len(token.text), links=links)
