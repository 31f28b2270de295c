"""Tense, modality and date of an event trigger, from the parse and the timexes.

An event takes the date of the time expression that :mod:`.attach` finds for it in the
parse. Otherwise its date comes from its basis: ``reported`` (on or before publication), ``expected`` (after it) or
``unknown`` (no publication date to bound it). Nothing is dated by the day of ingestion.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from ..temporal import value_interval
from ..types import (
    BASIS_EXPECTED,
    BASIS_EXPLICIT,
    BASIS_REPORTED,
    BASIS_UNKNOWN,
    EventDate,
    Timex,
)
from .roles import VERBAL, definite, ends_object, governing_verb, negated

_RELATIVE = re.compile(r"\b(?:following|next|later|after|subsequent)\b", re.IGNORECASE)
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
HYPOTHETICAL_ADJECTIVES = {"possible", "potential", "proposed", "prospective", "planned",
                           "future", "hypothetical", "eventual", "likely", "threatened"}
FUTURE_GOVERNORS = {"plan", "expect", "intend", "aim", "hope", "want", "seek", "schedule",
                    "set", "threaten", "vow", "pledge", "prepare", "propose", "promise",
                    "due", "slate", "likely", "decide", "agree", "consider", "try", "going",
                    "invite", "urge", "ask", "order", "call", "wish", "offer", "refuse",
                    "demand", "need"}
# "a reward for his capture", "talk about killing him", "calls for the arrest of",
# "information leading to the arrest": the event is wanted or spoken of, not told
WANTED_HEADS = {"reward", "bounty", "offer", "talk", "call", "demand", "appeal", "plea",
                "lead", "warrant", "threat", "campaign", "push", "bid"}
SCHEDULING = {"schedule", "set", "slate", "due", "expect", "plan", "propose"}
PRESENT_MODALS = {"can", "may", "might", "must", "should"}
FACING = {"survive", "win", "lose", "face", "attend", "hold", "boycott", "contest", "join",
          "host", "chair"}  # "can survive Thursday's vote": an event still ahead
JUDGED = {"justify", "excuse", "explain", "defend", "condemn", "describe", "blame",
          "tolerate", "forgive", "forget"}  # "the attack could not be justified": it exists
AWAITED = {"expect", "schedule", "slate", "set", "plan"}  # "a vote expected on Thursday"
ON_CALENDAR = {"slated", "scheduled", "upcoming", "forthcoming"}
FUTURE_PARTICIPLES = {"approach", "loom", "come", "near", "upcoming", "pend", "forthcoming"}
REPORTING_LEMMAS = {"say", "tell", "report", "state", "announce", "claim", "confirm", "add",
                    "quote", "acknowledge", "according", "deny", "warn", "write", "insist"}
# "farmers planned a protest on Saturday": the day named is the plan's target
ALLEGING = {"suspect", "accuse", "allege"}  # "two men suspected of blowing up a jet"
PLANNING = {"plan", "schedule", "slate", "prepare", "organise", "organize"}
ORGANISING = {"organise", "organize"}  # "organised a rally" may be one that took place
AFTER_PREPS = ("after", "since", "following")  # what they govern lies before their clause
SCHEDULING_FOR = {"call", "set", "fix", "announce"}  # "... a rally for Saturday": ahead
DIRECTING = {"call", "urge", "ask", "invite"}  # "urged X to march": not "told them to leave"
INVITING = {"invite", "summon", "call"}  # "invited them to talks on Wednesday": ahead
INVITING_OR_DIRECTING = INVITING | DIRECTING
# "are eligible to vote on Saturday": what one is fit or due to do lies ahead
PROSPECTIVE_ADJECTIVES = {"eligible", "due", "ready", "poised", "likely", "able", "free",
                          "certain", "sure", "set"}
INVITED_TO = {"talk", "talks", "meeting", "summit", "conference", "negotiation", "negotiations",
              "session", "round", "consultation", "consultations", "dialogue"}
# verbs that act on an event that exists: "will investigate the attack", "will lift its ban"
ACTING_ON = {"investigate", "probe", "review", "reverse", "lift", "condemn", "suspend",
             "extend", "renew", "challenge", "appeal", "examine", "last",  # "will last"
             "honour", "honor", "respect", "implement", "uphold", "observe", "violate",
             "breach", "abide", "enforce", "ratify"}  # "to honour the deal they signed"
NOUN_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


def _taking_part(verb: Token) -> bool:
    """"take part in", "participate in", "engage in": the verb is the taking part in the
    event its "in" phrase names, so it has the verb's tense."""
    return verb.pos_ in VERBAL and (verb.lemma_ in ("participate", "engage", "join") or (
        verb.lemma_ == "take" and any(c.lower_ == "part" and c.dep_ == "dobj" for c in verb.children)))


def _present_for_future(token: Token) -> bool:
    """"a week before the Council votes", "until the rebels withdraw": a clause placed
    before something, in the simple present, tells of what is still to come (also when the
    parser reads "votes" as a noun heading the clause)."""
    return token.dep_ == "advcl" and token.tag_ in ("VBZ", "VBP", "NNS") and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until", "till", "once") for c in token.children
    ) and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def to_infinitive(verb: Token) -> bool:
    """"to vote", "to gather": a verb with its infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _prospective(verb: Token) -> bool:
    """A to-infinitive has no tense of its own; under a present clause it lies ahead ("are
    eligible to vote on Saturday", "is ready to sign"); under a past one it may have been
    done, so nothing is said."""
    if verb.tag_ != "VB" or verb.lemma_ == "blame" or not to_infinitive(verb):
        return False  # not "Russia is to blame for the attack on Monday"
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "ADJ" and node.lower_ not in PROSPECTIVE_ADJECTIVES:
            return False  # "is unable to confirm", "are afraid to return"
        if node.pos_ in VERBAL and node.tag_ != "VB":
            return node.tag_ in ("VBZ", "VBP") and node.lemma_ not in REPORTING_LEMMAS
    return False


def prospective(token: Token) -> bool:
    """The time expression hangs off a to-infinitive under a present clause: "are eligible
    to vote on Saturday" (whatever tense words stand around it)."""
    verb = governing_verb(token)
    direct = token.head if token.dep_ != "pobj" else token.head.head  # "to vote on
    # Saturday"; not "afraid to return home after the attack on Monday"
    return verb is not None and direct.i == verb.i and _prospective(verb)


def clause_tense(token: Token) -> str | None:
    """"past", "present", "future" or None for the clause ``token`` stands in."""
    if _present_for_future(token):
        return "future"
    if token.pos_ not in VERBAL:
        for child in token.children:  # "the deadline approaching"
            if child.dep_ == "acl" and child.lemma_ in FUTURE_PARTICIPLES:
                return "future"
        if token.lemma_ in FUTURE_PARTICIPLES:
            return "future"
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "to") and (
            governing_verb(token) is not None
            and clause_tense(governing_verb(token)) == "future"  # type: ignore[arg-type]
        ):
            return "future"  # "will ask Congress for more funding"
        if token.dep_ == "pobj" and token.head.lower_ == "in" and _taking_part(token.head.head):
            return clause_tense(token.head.head)  # "agreed to take part in talks"
        if token.dep_ not in NOUN_ARGUMENT_DEPS or token.head.pos_ not in VERBAL:
            return None  # "under the pact, they will deploy": the verb's tense is not the noun's
        if _scheduled(token):
            return "future"  # "a meeting is scheduled for..."
    verb = governing_verb(token)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        if aux.lower_ in FUTURE_AUX:
            return "future"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_GOVERNORS \
            and to_infinitive(verb):
        return "future"  # "vowed to hunt down", "invited him to visit": not done yet
    if verb.dep_ == "xcomp" and verb.head.lower_ in ("is", "are") and verb.lemma_ != "blame" \
            and to_infinitive(verb):
        return "future"  # "ministers are to gather on Friday"; not "is to blame"
    if any(a.lower_ == "going" and a.dep_ not in ("ccomp", "parataxis")
           and a.i + 1 < len(a.doc) and a.doc[a.i + 1].lower_ == "to" for a in verb.children):
        return "future"  # not: "We are going to stay," said the spokesman; nor "voted
        # against the lights going off"
    if _prospective(verb):
        return "future"  # "17 million people are eligible to vote on Saturday"
    tenses = [t for tok in [*auxes, verb] for t in tok.morph.get("Tense", [])]
    if "Past" in tenses or verb.tag_ in ("VBD", "VBN"):
        return "past"
    if "Pres" in tenses or verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def modality(trigger: Token, tense: str | None, carriers: frozenset[str] | None = None) -> str:
    """asserted, negated, hypothetical, expected or reported (embedded in reported speech).
    ``carriers``: the verbs whose negation a noun object shares (see ``roles.negated``)."""
    if negated(trigger, carriers):
        return "negated"
    verb = governing_verb(trigger) or trigger
    # a noun inside a prepositional phrase does not share its clause's mood:
    # "she may have been with him after the murder" does not make the murder hypothetical
    clause = verb if trigger.pos_ in VERBAL or (
        trigger.head.i == verb.i and trigger.dep_ in NOUN_ARGUMENT_DEPS
    ) else trigger
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in clause.children):
        return "hypothetical"
    if clause.pos_ in VERBAL and any(  # "would strike Iraq unless it gave access"
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                  for m in c.children)
        for c in clause.children
    ) and {a.lower_ for a in clause.children if a.dep_ == "aux"} & {"would", "will", "could"}:
        return "hypothetical"
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if auxes & {"could", "might", "may", "should"} and not _judged_subject(trigger, carriers):
        return "hypothetical"
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJECTIVES and c.i < trigger.i
           for c in trigger.children):  # not "a letter that makes a strike more likely"
        return "hypothetical"  # "possible attacks", "a proposed deal"
    if any(c.dep_ == "amod" and c.lower_ in ON_CALENDAR for c in trigger.children):
        return "expected"  # "the scheduled visit": it is on the calendar
    if (trigger.pos_ not in VERBAL or trigger.tag_ == "VBG") and _wanted(trigger):
        return "hypothetical"  # "a reward for his capture", "talk about killing him"
    if (trigger.pos_ not in VERBAL and trigger.dep_ == "dobj"
            and trigger.head.lemma_ in PLANNING - ORGANISING | {"draft"}
            and trigger.head.tag_ in ("VB", "VBZ", "VBP", "VBG")):
        return "expected"  # "met to prepare a summit", "plans a strike", "are drafting a
        # letter"; not "planned the attacks", which may have taken place since
    if (tense == "future" or "would" in auxes or (
        trigger.pos_ not in VERBAL and _scheduled(trigger)
    )) and not spoken_of(trigger, carriers):
        return "expected"
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "of" \
            and trigger.head.head.lemma_ in ALLEGING and trigger.head.head.tag_ == "VBN":
        return "reported"  # "two men suspected of gunning down a driver": what is alleged
    node = verb
    for _ in range(6):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in REPORTING_LEMMAS:
            return "reported"
        if node.head.i == node.i:
            break
        node = node.head
    return "asserted"


def _scheduled(noun: Token) -> bool:
    """"a meeting is scheduled for Monday", "the talks are due": the subject of a verb that
    puts it on the calendar; not of a phrasal verb ("the violence has set off protests")."""
    return noun.head.lemma_ in SCHEDULING and noun.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ == "prt" or c.dep_ == "dobj" and noun.dep_ == "nsubj" for c in noun.head.children
    )  # not "the ministers' meeting set no date for the survey": it sets, it is not set


def spoken_of(trigger: Token, carriers: frozenset[str] | None) -> bool:
    """"the attack would not go unanswered", "will not reverse its sanctions": a definite
    event noun that is the subject or object of a verb that does not carry it (not "the
    summit will take place", "will sign the deal") is an event told already; the verb's
    future is not its own."""
    if carriers is None or trigger.pos_ != "NOUN" or trigger.dep_ not in (
            "nsubj", "nsubjpass", "dobj"):  # "will not reverse its sanctions"
        return False
    verb = trigger.head
    judged = any(c.dep_ in ("acomp", "oprd") for c in verb.children)  # "go unanswered"
    if verb.pos_ not in VERBAL or verb.lemma_ in carriers and not judged \
            and not ends_object(verb) or verb.lemma_ in SCHEDULING:
        return False
    # only a frame that looks back at the event: negated ("will not reverse"), judged ("would
    # not go unanswered") or acting on what exists ("will investigate the attack"); not "the
    # summit will bring together 40 leaders", "ministers will approve the deal"
    if not (judged or verb.lemma_ in ACTING_ON or any(c.dep_ == "neg" for c in verb.children)):
        return False
    return definite(trigger)


def _judged_subject(trigger: Token, carriers: frozenset[str] | None) -> bool:
    """"the Bambari attack may constitute a war crime", "the strike could spread": a definite
    event noun, subject of a verb that does not carry it, exists; the modal is about what it
    is or does, or what is done about it ("the attack could not be justified"); "the attack
    could come at any time" is still hypothetical."""
    if carriers is None or trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trigger.head
    if trigger.dep_ == "nsubjpass" and verb.lemma_ not in JUDGED:
        return False  # "the summit may be cancelled" is still hypothetical
    return verb.pos_ in VERBAL and verb.lemma_ not in carriers and definite(trigger)


def _wanted(trigger: Token) -> bool:
    """"any deal", "a reward for his capture", "talk about killing Rabin"."""
    if any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        return True
    prep = trigger.head
    if prep.head.lemma_ == "lead" and prep.head.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        return False  # "which led to the deaths of three rescuers": they died
    return (
        trigger.dep_ in ("pobj", "pcomp") and prep.dep_ in ("prep", "dative")
        and prep.lower_ in ("for", "about", "to") and prep.head.lemma_.lower() in WANTED_HEADS
    )


def event_date(
    timex: Timex | None,
    tense: str | None,
    published: date | None,
    default_tense: str | None,
    modality: str = "asserted",
    verbal: bool = True,
) -> EventDate:
    """The date of an event from its attached timex, or else from its basis.

    A negated or hypothetical event did not happen by publication: its basis is unknown.
    A timex counted from another time ("the following day") that would put an asserted
    past-tense event after publication is dropped; not for an event noun (``verbal``
    false), whose verb's tense is not its own ("called a strike for next Thursday").
    """
    if modality in ("negated", "hypothetical"):
        return EventDate(None, None, "unknown", BASIS_UNKNOWN)  # it did not (yet) happen
    if timex is not None:
        start, end, precision = value_interval(timex.value, published)
        if timex.range_end:  # "from June 3 to 5": the range's bounds
            end = value_interval(timex.range_end, published)[1] or end
        unanchored = (published is not None and start is None and end is None
                      and timex.value.startswith("XXXX"))  # "the following day" of nothing
        if not unanchored and not (
            verbal and tense == "past" and modality in ("asserted", "reported") and published
            and start is not None and start > published and _RELATIVE.search(timex.text)
        ):
            return EventDate(start, end, precision, BASIS_EXPLICIT, timex.value, timex.text)
        # a told past event cannot lie after publication: "were killed ... the following
        # day" was counted from the wrong day
    future = tense == "future" or default_tense == "future" or modality == "expected"
    if published is None:
        return EventDate(None, None, "unknown", BASIS_EXPECTED if future else BASIS_UNKNOWN)
    if future:
        return EventDate(published + timedelta(days=1), None, "vague", BASIS_EXPECTED)
    return EventDate(None, published, "vague", BASIS_REPORTED)


def verb_tense_of(token: Token) -> str | None:
    """Tense of the verb a time expression hangs off, for placing "Monday" in time: a
    present tense ("meet Monday", "is leaving Tuesday") points forward, unless it is a
    reporting verb ("says Monday")."""
    verb = governing_verb(token)
    if verb is None:
        return None
    tense = clause_tense(verb)
    if tense == "present":
        if verb.lemma_ in REPORTING_LEMMAS or _behind(token, verb) or _followed(token, verb):
            return "past"
        return "future"
    return tense


def possessed_tense(token: Token) -> str | None:
    """The tense that places a day told as a possessive ("Wednesday's vote") by the verb of
    its noun, when that verb tells it better than the words around: a past ("the way
    Wednesday's election was conducted") or a present modal on a verb that faces the event
    ahead ("can survive Thursday's vote"; not "must explain Monday's shooting"); "ahead of
    Saturday's summit" is ahead; None otherwise. The verb is the nearest one above the
    day's noun (not a participle: "the leadership chosen at Saturday's polls")."""
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead":
        return "future"  # "ahead of Saturday's summit"
    verb = governing_verb(token)
    if verb is None or verb.dep_ == "acl":
        return None  # "the leadership chosen at Saturday's polls": a participle, no tense
    if verb.tag_ == "VB" and verb.lemma_ in FACING and noun.head.i == verb.i \
            and noun.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ in PRESENT_MODALS
                                            for c in verb.children):
        return "future"  # not "must explain Monday's shooting", which is behind
    return "past" if verb_tense_of(token) == "past" else None


def _followed(token: Token, verb: Token) -> bool:
    """"The arrest follows the arrival of a battalion on Wednesday": what a present
    "follows" names came before it."""
    return verb.lemma_ == "follow" and any(
        c.dep_ == "dobj" and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children)


def _behind(token: Token, verb: Token) -> bool:
    """"remains in custody after his arrest on Thursday", "has been held since Monday":
    the time lies in a phrase of "after" or "since" under a present verb, so it is past."""
    node = token
    for _ in range(8):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in AFTER_PREPS:
            return True
        node = node.head
    return False


def told_as_past(trigger: Token, tense: str | None,
                 carriers: frozenset[str] = frozenset()) -> bool:
    """A verb trigger in the past tense, a noun trigger that is the subject of a verb in the
    past tense, or one after which a past or present event happened, is past whatever its
    type's default ("a deadline" is ahead); so is one a past "let" lets run out (one of
    ``carriers``: "the company let the union's deadline pass", however it is parsed)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return tense == "past"
    if _let_lapse(trigger, carriers):
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ in AFTER_PREPS:
        # "banned imports a day after its deadline passed": before a past or present time
        return clause_tense(trigger.head.head) in ("past", "present")
    return trigger.dep_ in ("nsubj", "nsubjpass") and clause_tense(trigger.head) == "past"


def _let_lapse(noun: Token, carriers: frozenset[str]) -> bool:
    """"let their union's deadline pass": the word after the noun is one of ``carriers``
    and a past "let" opens the noun's phrase, a few words before it."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lemma_.lower() not in carriers:
        return False
    return any(t.lower_ == "let" and t.tag_ in ("VBD", "VBN")
               for t in doc[max(0, noun.i - 5) : noun.i])


def aimed_at(token: Token) -> bool:
    """"marched on Saturday to urge voters to vote no in Wednesday's referendum": a time
    phrase of an infinitive that a verb of wanting or urging governs lies ahead."""
    verb = governing_verb(token)
    for _ in range(2):
        if verb is None or verb.dep_ != "xcomp" or not to_infinitive(verb):
            return False
        if verb.head.lemma_ in FUTURE_GOVERNORS:
            return True
        verb = verb.head  # "to urge Fijians to vote"
    return False


def told_with_past_verb(token: Token) -> bool:
    """"The unions' deadline of April 17 passed quietly": a day in the "of" phrase of the
    subject of a past verb lies behind, whatever the words around it ("deadline") say."""
    prep = token.head
    noun = prep.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and noun.pos_ == "NOUN" \
        and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ == "VBD"


def awaited_prep(token: Token) -> bool:
    """``token`` is the object of a time phrase on a participle of waiting or planning that
    describes a noun: "a vote expected on Thursday", "talks scheduled for May 4", "a summit
    planned for June"; not "a summit planned on Monday" (the day of the planning)."""
    prep, verb = token.head, token.head.head
    if token.dep_ != "pobj" or verb.dep_ != "acl" or verb.tag_ != "VBN" or (
            verb.lemma_ not in AWAITED):
        return False
    return prep.lower_ in (("for",) if verb.lemma_ in ("plan", "set") else (
        "for", "on", "in", "at"))


def invited_for(token: Token) -> bool:
    """A day the parse hangs on an inviting verb after its "to" event: "invited the
    unions to talks in Warsaw on Friday" names the talks' day, not the inviting's."""
    prep = token.head
    verb = prep.head
    return token.dep_ == "pobj" and prep.lower_ in ("on", "for") and verb.lemma_ == "invite" \
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < prep.i and any(
            g.dep_ == "pobj" and g.lemma_.lower() in INVITED_TO for g in c.children)
            for c in verb.children)  # not "summoned the envoy to the ministry on Sunday"


def planned_for(token: Token) -> bool:
    """"farmers planned a protest on Saturday", "talks are scheduled for Monday",
    "invited them to talks on Wednesday": the time phrase names when the planned event is
    to happen, which lies ahead even when the planning verb is in the past tense (not
    after "had planned", a plan overtaken)."""
    if invited_for(token):
        return True  # "invited the unions to talks in Warsaw on Friday"
    noun = token.head.head if token.head.dep_ == "prep" else token.head
    for _ in range(3 if token.dep_ == "pobj" else 1):  # "called on supporters to march on
        # the headquarters on Wednesday"; not "ordered troops to the scene of Monday's attack"
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and (
                noun.head.head.lemma_ in INVITING_OR_DIRECTING):
            return True  # "invited the transporters to talks on Wednesday"
        if noun.dep_ != "pobj":
            break
        noun = noun.head.head
    verb = governing_verb(token)
    if verb is None or token.i == verb.i:
        return False
    if awaited_prep(token):
        return True  # "a no-confidence vote expected on Thursday", "talks scheduled for May"
    if verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ") and verb.head.tag_ in ("VBP", "VBZ") \
            and any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in verb.children):
        return True  # "the ban comes days before members elect a president on Saturday"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in DIRECTING and to_infinitive(verb):
        return True  # "called on his supporters to march on Wednesday": told to, ahead
    # "called a rally for Saturday", "set a vote for May 4", "announced a general strike
    # from Monday": "for"/"from" a day names when
    calling = verb.lemma_ in SCHEDULING_FOR and token.head.lower_ in ("for", "from")
    if verb.lemma_ not in PLANNING and not calling:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "xcomp") for c in verb.children)
