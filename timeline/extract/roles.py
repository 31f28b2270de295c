"""Arguments of an event trigger, read off the dependency parse.

Functions here return head tokens; :mod:`mentions` turns them into participants.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

VERBAL = {"VERB", "AUX"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PLACE_PREPS = {"in", "at", "near", "into", "to", "inside", "outside", "across", "throughout",
               "around", "from", "on", "off", "within", "toward", "towards", "over"}
TOPIC_PREPS = {"on", "over"}
RECIPIENT_PREPS = {"to", "for"}
COUNTERPART_PREPS = {"with", "against", "between"}
TARGET_PREPS = {"on", "against"}
MEANS_PREPS = {"in", "through", "via", "by"}
# verbs that keep up or end what their subject holds: "Kyiv will lift its ban"
KEEPING = {"lift", "keep", "maintain", "extend", "end", "suspend", "reverse", "withdraw",
           "renew", "tighten", "ease", "impose"}
ELSEWHEN_PREPS = {"after", "before", "since", "until", "following", "ahead", "prior"}  # another event
LIGHT_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj"}


def conjuncts(token: Token) -> list[Token]:
    """``token`` and those coordinated with it, also through its apposition: "Spain's
    minister Fernando Ruiz and Senegal's minister Ousmane Diallo" ("and" hangs off the
    name)."""
    out = [token, *token.conjuncts]
    for appos in (c for c in token.children if c.dep_ == "appos"):
        out += [c for c in appos.conjuncts if c not in out]
    return out


# verbs whose object relative clause carries out its noun's event ("the rally that union
# leaders held"); not "announce" (the day of the announcing), "see", "break", "end"
PERFORMING = {"hold", "stage", "mount", "launch", "carry", "conduct", "organise", "organize",
              "lead", "sign", "seal", "reach", "negotiate", "broker", "host", "convene",
              "chair", "attend", "issue", "file", "lodge", "send", "deliver", "publish",
              "release", "submit", "write", "deploy", "impose", "begin", "start"}
# subject relative clauses that tell the event take place ("talks that began on Friday")
OCCURRING = {"begin", "start", "open", "end", "conclude", "resume", "happen", "occur", "erupt"}


def performed_in(noun: Token) -> list[Token]:
    """The verbs of object relative clauses that carry out the noun's event: "the rally
    that union leaders held in Suva on October 9", "the march the students staged". Their
    subject did the event, and their date and place are its own; not "the strike that
    unions announced on Monday" (the day of the announcing) nor "the rally that drew
    thousands" (a subject relative)."""
    out = []
    for verb in _relative_clauses(noun):
        if verb.lemma_ not in PERFORMING:
            continue  # not "the attack that investigators see as", "the truce that
            # militants broke", "the strike that the government ended"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if subjects and all(s.lower_ not in RELATIVE_PRONOUNS for s in subjects) and all(
                o.lower_ in RELATIVE_PRONOUNS for o in objects):
            out.append(verb)
    return out


def going_on_in(noun: Token, also: frozenset[str] = frozenset()) -> list[Token]:
    """The verbs of subject relative clauses that carry the noun's event: "negotiations
    that began on Friday morning", "the talks, which opened in Geneva on Monday"; not "the
    strike that was called on Monday" (a passive) nor a verb whose day is not the event's
    ("the agreement, which gives nurses a rise from July", "sanctions, which take effect on
    Friday"). ``also``: more verbs that carry it ("the ultimatum, which expired on July
    10", for a deadline)."""
    return [verb for verb in _relative_clauses(noun)
            if (verb.lemma_ in OCCURRING or verb.lemma_ in also) and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)]


def _relative_clauses(noun: Token) -> list[Token]:
    """The relative clauses after ``noun``, also one the parser hangs on the first noun of
    a coordination that ends with it: "the fisheries and port deal that he signed"."""
    heads = [noun] + ([noun.head] if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else [])
    return [verb for head in heads for verb in head.children
            if verb.dep_ == "relcl" and verb.i > noun.i]


def _relative(pronoun: Token, verb: Token) -> bool:
    """"who", "which", "that" standing for the noun ``verb``'s relative clause hangs off."""
    return pronoun.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl"


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (itself when it is one)."""
    node: Token | None = token
    for _ in range(12):
        if node is None:
            return None
        if node.pos_ in VERBAL:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(token: Token, preps: set[str]) -> Iterator[Token]:
    for child in token.children:
        if any(c.dep_ == "npadvmod" for c in child.children):
            continue  # "150 kilometres from the border": a distance, not a source or target
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from conjuncts(obj)
        elif child.dep_ == "agent" and "by" in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from conjuncts(obj)


def _dateline(token: Token) -> bool:
    """"ATLANTA - Georgia Governor Ellen Tate sent", "KHAR, Pakistan - Gunmen killed": a
    capitalised place opening the article before a dash is where it was written, not who
    acted (whatever the tagger took it for)."""
    start = token.sent.start
    if not token.is_upper or token.i - start > 2 or not all(
            t.is_upper for t in token.doc[start : token.i + 1]):
        return False
    placed = token.ent_type_ in ("GPE", "LOC") or token.i + 1 < len(token.doc) and (
        token.nbor(1).text == ",")  # "KHAR, Pakistan -"; not "NATO - the alliance -"
    if not placed:
        return False
    for nxt in token.doc[token.i + 1 : token.i + 6]:
        if nxt.text in ("-", "\u2013", "\u2014", "_"):
            return True
        if not (nxt.is_upper or nxt.text == "," or nxt.pos_ == "PROPN"):
            return False
    return False


def _undatelined(subject: Token) -> list[Token]:
    if _dateline(subject):
        return [c for c in subject.children if c.dep_ == "appos"]
    return [subject]


SAYING = {"say", "tell", "add", "announce", "state", "warn", "insist", "claim"}


def _sayer_of(subject: Token, verb: Token, depth: int) -> list[Token] | None:
    """"UNSMIL said it strongly condemns the violations": "it" (or "they") reporting on
    itself is the one who says so, when that one is a name or a noun, not a pronoun; "he"
    or "she" likewise, when that one is a person named ("Letsie said he would meet")."""
    if subject.lower_ not in ("it", "they", "he", "she") or verb.dep_ != "ccomp" or depth >= 2:
        return None
    saying = verb.head
    if saying.lemma_ not in SAYING:
        return None
    sayers = [t for t in verb_subjects(saying, depth + 1) if t.pos_ in ("NOUN", "PROPN")]
    if subject.lower_ in ("he", "she"):  # not "Maria Lopez, the wife of the jailed
        # activist, said he would": another person stands beside the sayer
        return sayers if len(sayers) == 1 and sayers[0].ent_type_ == "PERSON" and not any(
            c.dep_ == "appos" for c in sayers[0].children) else None
    return sayers if _agrees(subject, sayers) else None


def verb_subjects(verb: Token, depth: int = 0, controlled: bool = False) -> list[Token]:
    """The doer of ``verb``: its subject, the "by" phrase of a passive, or its controller
    (also the subject of a passive it completes: "Denmark is expected to send troops",
    ``controlled``)."""
    subjects = _children(verb, {"nsubj", "csubj"})
    if subjects:
        out: list[Token] = []
        for s in subjects:
            if _relative(s, verb):
                out.extend(conjuncts(verb.head))
            elif (sayer := _sayer_of(s, verb, depth)) is not None:
                out.extend(sayer)
            else:
                out.extend(t for c in conjuncts(s) for t in _undatelined(c))
        return out
    if (misread := _subject_read_as_object(verb)) is not None:
        return conjuncts(misread)  # "three days after the entity's assembly voted"
    by_agents = list(_pobjs(verb, {"by"}))
    if controlled and not by_agents and (passive := _children(verb, {"nsubjpass"})):
        return [t for p in passive for t in conjuncts(p)]
    if by_agents or _children(verb, {"nsubjpass"}):
        return by_agents
    if verb.dep_ == "xcomp" and (objects := _children(verb.head, {"dobj"})):
        return [t for o in objects for t in conjuncts(o)]  # "invited Geremek to visit"
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.pos_ in VERBAL:
        return verb_subjects(verb.head, depth + 1, controlled=verb.dep_ == "xcomp")
    if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" \
            and verb.head.head.pos_ in VERBAL:  # "the navy staged drills after dispatching
        # warships": the navy dispatched; but "arrested two men suspected of gunning down
        # two workers": the men, whom the participle is about
        if (suspected := _participle_about(verb.head.head)) is not None:
            return conjuncts(suspected)
        return verb_subjects(verb.head.head, depth + 1)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return []
    return []


def _participle_about(participle: Token) -> Token | None:
    """The noun a subjectless passive participle tells of: "two men suspected of ...",
    also when the parser hangs it on the verb ("arrested two men on Saturday suspected
    of"): the verb's object."""
    if participle.tag_ != "VBN" or _children(participle, {"nsubj", "nsubjpass", "auxpass"}):
        return None
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
        return participle.head
    if participle.dep_ == "advcl" and (objects := _children(participle.head, {"dobj"})):
        return objects[0]
    return None


def _subject_read_as_object(verb: Token) -> Token | None:
    """"three days after the entity's assembly voted", parsed as "after the assembly" and
    a verb with no subject: the noun right before the verb, object of its own "after"
    or "before", is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _children(verb, {"nsubjpass"}):
        return None
    for prep in _children(verb, {"prep"}):
        if prep.lower_ in ("after", "before", "since", "until") and prep.i < verb.i:
            for noun in _children(prep, {"pobj"}):
                if noun.right_edge.i + 1 == verb.i and noun.pos_ in ("NOUN", "PROPN"):
                    return noun
    return None


def elsewhen(noun: Token) -> bool:
    """The object of "after", "before", "since", "ahead of", "prior to": another event's
    time ("two days after the attack", "met ahead of the summit")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        prep = prep.head
    return prep.lower_ in ELSEWHEN_PREPS


def _owner_of_pronoun(owner: Token, trigger: Token,
                      carriers: frozenset[str] = frozenset()) -> list[Token]:
    """"Kyiv will lift its ban": "its" is the subject of the clause whose verb carries or
    keeps up the noun it owns, or says something through it ("the Audit Office, in its
    report, said"); nothing for other pronouns, for a verb that judges the event
    ("Kenya welcomed their withdrawal") or when that subject is a pronoun too. "its" goes
    with one subject, "their" with a plural or several. "whose" is the noun its relative
    clause hangs off ("fishermen, whose blockade ended")."""
    if owner.lower_ == "whose":
        node = trigger
        for _ in range(4):
            if node.dep_ == "relcl":
                return [node.head] if node.head.pos_ in ("NOUN", "PROPN") else []
            node = node.head
        return []
    if owner.lower_ not in ("its", "their"):
        return []
    means = trigger.dep_ == "pobj" and trigger.head.lower_ in MEANS_PREPS - {"by"}
    if means and trigger.head.head.dep_ == "nsubj":  # ", in its report," hung on the subject
        noun = trigger.head.head
        return [noun] if noun.pos_ in ("NOUN", "PROPN") and _agrees(owner, [noun]) else []
    if means and trigger.head.head.pos_ in VERBAL:  # "the Audit Office, in its report, said"
        verb = trigger.head.head
    elif trigger.dep_ == "dobj" and (trigger.head.lemma_ in carriers
                                     or trigger.head.lemma_ in KEEPING):
        verb = trigger.head
    elif owner.lower_ == "its" and trigger.dep_ in ("nsubj", "nsubjpass") \
            and trigger.head.dep_ == "ccomp" and trigger.head.head.lemma_ in SAYING:
        # "the department said its report would be ready": a named body's own report; not
        # "the prime minister said its report", "officials said their strike"
        bodies = [s for s in verb_subjects(trigger.head.head)
                  if s.ent_type_ in ("ORG", "GPE", "NORP")]
        return bodies if _agrees(owner, bodies) else []
    else:
        return []
    subjects = [s for s in verb_subjects(verb) if s.pos_ in ("NOUN", "PROPN")]
    return subjects if _agrees(owner, subjects) else []


def _agrees(pronoun: Token, referents: list[Token]) -> bool:
    """"it"/"its" stand for one referent, "they"/"their" for several or a plural; a
    country, organisation or people may be either ("Kenya said they would send")."""
    if not referents:
        return False
    plural = len(referents) > 1 or any(t.tag_ in ("NNS", "NNPS") for t in referents)
    return plural == (pronoun.lower_ in ("they", "their")) or any(
        t.ent_type_ in ("ORG", "GPE", "NORP") for t in referents)


def definite(noun: Token) -> bool:
    """"the attack", "this deal", "its pullout": a noun that names something known."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               or c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.lefts)


CAUSING = {("lead", "to"), ("result", "in")}  # a verb that tells what its subject caused


def carries(verb: Token, light_verbs: frozenset[str]) -> bool:
    """``verb`` only carries the event its object names ("called a strike"), unless it
    judges it ("called the shooting an attack on democracy", "declared the vote void")."""
    return verb.lemma_ in light_verbs and not any(
        c.dep_ == "oprd" or c.dep_ == "prep" and (verb.lemma_, c.lower_) in CAUSING
        for c in verb.children)  # "that killing led to a strike last Thursday": the strike's


def agents(trigger: Token, light_verbs: frozenset[str] = frozenset()) -> list[Token]:
    """Who did it. A noun trigger takes the subject of a ``light_verbs`` verb it is the
    object of ("Kenya signed an agreement", "they launched an attack")."""
    if trigger.pos_ in VERBAL:
        return verb_subjects(trigger)
    owners = _children(trigger, {"poss"}) + list(_pobjs(trigger, {"by", "from"}))
    if not owners:  # "whose harbour blockade": the parser hangs "whose" on "harbour"
        owners = [p for c in _children(trigger, {"compound"}) for p in _children(c, {"poss"})]
    owners = [s for o in owners for s in (_owner_of_pronoun(o, trigger, light_verbs) or [o])]
    if owners:
        return [t for o in owners for t in conjuncts(o)]
    compounds = [c for c in trigger.lefts if c.dep_ in ("compound", "nmod", "amod")
                 and c.ent_type_ in ("PERSON", "ORG", "NORP")]  # "the Tanzania blast": a place
    if compounds:
        return compounds
    if performers := [s for v in performed_in(trigger) for s in verb_subjects(v)
                      if s.pos_ != "PRON"]:
        return performers  # "the rally that union leaders held"; not "the protest they began"
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in MEANS_PREPS:
        head = head.head  # "confirmed in a letter", "announced through a statement"
    elif trigger.dep_ != "dobj" or not carries(head, light_verbs):
        return []  # "welcomed the deal": the welcomer did not make the deal
    if head.pos_ in VERBAL and head.i != trigger.i:
        return verb_subjects(head)
    return []


def patients(trigger: Token, of_is_agent: bool = False) -> list[Token]:
    """Whom it was done to: the object, the passive subject, "attack on X", "killing of X"."""
    if trigger.pos_ in VERBAL:
        objs = _children(trigger, {"dobj", "nsubjpass"})
        if (not objs and trigger.dep_ == "acl" and trigger.tag_ == "VBN"
                and trigger.head.pos_ in ("NOUN", "PROPN") and 0 < trigger.i - trigger.head.i <= 2):
            objs = [trigger.head]  # "four aid workers kidnapped in Mali": they were kidnapped
        if trigger.head.pos_ in ("NOUN", "PROPN"):
            # "the manager and the safety officer, who were arrested": "who" is the head noun
            objs = [trigger.head if _relative(o, trigger) else o for o in objs]
        out = [t for o in objs for t in conjuncts(o)]
        return out + list(_pobjs(trigger, {"against"}))
    return list(_pobjs(trigger, TARGET_PREPS if of_is_agent else TARGET_PREPS | {"of"}))


def of_agents(trigger: Token) -> list[Token]:
    """"the visit of Commerce Secretary Daley": the of-phrase of some event nouns is the doer."""
    return list(_pobjs(trigger, {"of"})) if trigger.pos_ not in VERBAL else []


def recipients(trigger: Token) -> list[Token]:
    """To whom: "a letter to seven senators", "gave them arms"."""
    out = list(_pobjs(trigger, RECIPIENT_PREPS))
    out += [c for c in trigger.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
    return out


def counterparts(trigger: Token) -> list[Token]:
    """With whom: "met with X", "a deal with X", "fighting against X"."""
    return list(_pobjs(trigger, COUNTERPART_PREPS))


def place_candidates(trigger: Token, targeted: bool = False) -> list[Token]:
    """Heads of the places where the event happened, by syntax.

    Prepositional phrases of the trigger (or of the verb a noun trigger depends on),
    their nested "in" phrases ("the base in Anbar"), and the noun a "where" clause
    modifies ("Anbar, where Obama sent troops"); with ``targeted``, also where the target
    of a noun trigger is ("a raid on a farmhouse in the village of Arman").
    """
    found: list[Token] = []
    anchors = [trigger]
    verb = governing_verb(trigger)
    if trigger.pos_ not in VERBAL and verb is not None and trigger.dep_ in LIGHT_DEPS and (
        trigger.head.i == verb.i or trigger.head.head.i == verb.i
    ) and not elsewhen(trigger):
        anchors.append(verb)  # not "bombed Nyala two days after the attack on Port Sudan"
    if trigger.pos_ not in VERBAL:
        anchors.extend(performed_in(trigger))  # "the rally they held in Suva"
        anchors.extend(going_on_in(trigger))  # "talks, which opened in Geneva"
    objects = [o for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
               for o in conjuncts(c)]  # "struck a depot and a substation in Port Sudan"
    if trigger.pos_ not in VERBAL and targeted:  # "a raid on a farmhouse in the village of
        objects += list(_pobjs(trigger, {"on"}))  # Arman"; not "a protest against the war
        # in Gaza", "talks on the conflict in Sudan"
    for obj in objects:  # "attacked a bus near Moyale", "blew up a jet over Scotland"
        for place in _pobjs(obj, {"in", "near", "outside", "at"} | ({"over"} if targeted
                                                                   else set())):
            found.append(place)
            found.extend(_pobjs(place, {"of"}))  # "the village of Arman"
    for anchor in anchors:
        # "a summit on Myanmar", "talks over Kashmir": what a noun is about, not where
        nominal = anchor.pos_ in ("NOUN", "PROPN") or anchor is not trigger
        preps = PLACE_PREPS - TOPIC_PREPS if nominal else PLACE_PREPS
        for obj in _pobjs(anchor, preps):
            found.append(obj)
            found.extend(_pobjs(obj, {"in", "near", "outside", "of"}))
        node = anchor
        if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
            found.append(node.head)
            found.extend(_pobjs(node.head, {"in", "near"}))
    for child in trigger.children:  # "Baghdad bombing", "Syrian offensive" are not places
        if child.dep_ in ("compound", "nmod") and (
                child.ent_type_ in ("GPE", "LOC", "FAC") or child.pos_ == "PROPN"):
            found.append(child)  # a name tagged otherwise is checked by the caller
    return found


def ends_object(verb: Token) -> bool:
    """"call off", "break off": a phrasal verb that ends its object, not one that carries
    it ("would not call off the stoppage" still tells a stoppage)."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def negated(trigger: Token, carriers: frozenset[str] | None = None) -> bool:
    """"did not sign a deal", "no one was arrested". A noun shares the negation of the verb
    it is the object of only when that verb carries it (one of ``carriers``, when given):
    "has not withdrawn its letter" still tells a letter."""
    verb = governing_verb(trigger) or trigger
    if trigger.pos_ not in VERBAL and not (
        trigger.head.i == verb.i and trigger.dep_ in ("dobj", "nsubjpass", "attr")
        and (carriers is None or verb.lemma_ in carriers and not ends_object(verb))
    ):
        verb = trigger  # "no one claimed responsibility for the attacks": the attacks happened
    for tok in {trigger, verb}:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
    if any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod")
           for c in trigger.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in ("nobody", "none", "nothing") or any(
        d.lower_ == "no" and d.dep_ == "det" for d in s.children) for s in subjects)  # "No one has claimed"
