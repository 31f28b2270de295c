"""Which time expression dates an event trigger, read off the dependency parse.

A timex dates a trigger when it hangs off it (directly, through a preposition, or through
the verb a noun trigger is the subject or object of) without crossing another clause, a
quotation or another event's topic phrase; a participle or coordinated verb inherits the
date of the clause it hangs off, and a clause linked by "as"/"when" that of its head.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..types import Timex
from .dating import FUTURE_AUX, REPORTING_LEMMAS, awaited_prep, invited_for, to_infinitive
from .roles import (
    CAUSING,
    VERBAL,
    carries,
    ends_object,
    going_on_in,
    governing_verb,
    performed_in,
)

JUDGING_LEMMAS = {"condemn", "denounce", "deplore", "praise", "welcome", "criticise",
                  "criticize"}  # "condemned the attack on Monday": the day of the condemning
CLAUSE_BOUNDARIES = {"ccomp", "relcl", "advcl", "parataxis", "acl", "csubj", "xcomp"}
DATE_TYPES = ("DATE", "TIME")
# "a day after 40 were arrested", "before the victim died": the clause is placed relative
# to the main clause's time, so it does not share its date
SHIFTING_MARKS = {"after", "before", "since", "until", "till", "once"}
# "the mayor said as night fell Thursday": the clause's time is the main clause's time
SIMULTANEOUS_MARKS = {"as", "when", "while"}
# what an event is about, not when or where it happens ("talks on the ceasefire")
TOPIC_PREPS = {"about", "on", "over", "for", "regarding", "concerning", "toward", "towards"}
DELIVERING = {"deliver", "send", "hand", "present", "submit", "file", "lodge", "issue",
              "publish", "release"}  # "signed by the minister and delivered on Monday"
# "a day of talks", "a second round of voting": the stretch of time the event fills
ENDING = {"disperse", "break", "quell", "stop", "halt", "suppress"}  # "to break up a protest"
LEAVING = {"leave"}  # "the blast left five dead": the day of the verb is the deaths' day
STRETCHES = {"day", "round", "week", "hour", "night", "series", "month", "weekend"}
RESCHEDULING = {"postpone", "delay", "reschedule", "plan", "expect", "set", "schedule",
                "slate", "call", "announce", "order", "organise", "organize"}
PRESENT_PERFECT_AUX = {"has", "have", "'s", "'ve"}  # "has been arrested"
AHEAD_AUXILIARIES = frozenset(FUTURE_AUX | {"would"})  # "will report", "would sign"
STATE_VERBS = frozenset({"be", "remain", "stay"})  # "have been on strike since Monday"
STATIVE_PARTICIPLES = {"use", "own", "run", "operate", "occupy", "hold", "base", "locate",
                       "know", "call", "name", "inhabit", "control", "frequent"}  # "a water
# point used by herders": the object's participle, as "a bus carrying 31 people", tells no time
RAISING = {"expect", "set", "schedule", "slate", "due", "likely", "go", "going", "seem",
           "appear", "poised"}  # "the talks are expected to be held": the talks are the
# subject of "held" too (not "seek to", "threaten to", "forced the government to")
OPEN_QUOTES = {"``", "`", "\u201c"}
CLOSE_QUOTES = {"''", "\u201d"}
# a day, or a part of one ("2026-05-17TMO"), not a clock time: "at 6 a.m." named no day
_DAY_PART = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI|DT))?")
_DAYS = re.compile(r"P(\d{1,3})([DW])")


def timex_spans(doc: Doc, timexes: list[Timex]) -> list[tuple[Timex, Span]]:
    out = []
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((t, span))
    return out


def _quote_ids(sent: Span) -> dict[int, int]:
    """Token index -> number of the quotation it stands in (0: outside any)."""
    marks = [t.text for t in sent if t.text in OPEN_QUOTES | CLOSE_QUOTES | {'"'}]
    ids: dict[int, int] = {}
    count = current = 0
    if marks and marks[0] in CLOSE_QUOTES:
        count = current = 1  # a quotation that began in an earlier sentence
    for tok in sent:
        if tok.text in OPEN_QUOTES or tok.text == '"' and current == 0:
            if current == 0:
                count += 1
                current = count
            ids[tok.i] = current
        elif tok.text in CLOSE_QUOTES or tok.text == '"':
            ids[tok.i] = current
            current = 0
        else:
            ids[tok.i] = current
    return ids


def _after_reporting_verb(span: Span, trigger: Token) -> bool:
    """"said Tuesday the army arrested": news style puts the report's date right after
    the reporting verb, so it is that verb's, not the reported clause's."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (before.i != trigger.i and before.pos_ in VERBAL
            and before.lemma_ in REPORTING_LEMMAS)


def _premodifier(span: Span, trigger: Token) -> bool:
    """"the May 2024 bombing": a date between a determiner and its event noun."""
    return (
        trigger.tag_.startswith("NN") and span.end == trigger.i and span.start > 0
        and span.doc[span.start - 1].dep_ == "det"
        and span.doc[span.start - 1].head.i in (trigger.i, *(t.i for t in span))
    )


def _perfect(verb: Token) -> bool:
    """"has been arrested": a present perfect, which takes no definite past time."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT_AUX for c in verb.children)


def _comparison_since(span: Span) -> bool:
    """"the worst week since 2020", "the longest dispute since 2023", "came after the worst
    week since 2020": a "since" phrase on a noun, an adjective or a simple tense measures a
    comparison and is no event's day; not "have died since Tuesday", "crews deployed there
    since Monday" (a perfect or a participle: the day it started)."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    head = prep.head
    return head.pos_ in ("NOUN", "PROPN", "ADJ") or head.tag_ in ("VBD", "VBZ", "VBP") \
        and head.dep_ not in ("acl", "relcl") and not any(
            c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT_AUX | {"had", "'d"}
            for c in head.children)


RANKS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "latest", "only"}


def _ranking_period(span: Span, timex: Timex) -> bool:
    """"The drone attack was the third on a military target this year", "it was the
    deadliest attack this year": a period a ranking counts over, not the event's day (a
    year, month or week hung on "be" or on what ranks with it; not "the attack in March
    was the deadliest", where the period is the subject's own)."""
    if _DAY_PART.fullmatch(timex.value):
        return False
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head

    def ranked(token: Token) -> bool:
        return token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be" and (
            token.tag_ == "JJS" or token.lower_ in RANKS or any(
                a.dep_ == "amod" and (a.tag_ == "JJS" or a.lower_ in RANKS)
                for a in token.children))

    return ranked(head) or head.lemma_ == "be" and any(
        ranked(c) and c.i < span.start for c in head.children)  # after the ranking


def _raised_carriers(verb: Token, light_verbs: frozenset[str]) -> list[Token]:
    """The to-infinitives that carry the event of the subject of ``verb`` (or of its
    adjective), a raising word (``RAISING``): "are expected | to be held", "is due | to
    take place", "are going | to be held"; not "are expected to collapse", nor "are
    unlikely" or "not due to take place" (no day of its own)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    if any(c.dep_ == "neg" or c.lower_ == "longer" for h in heads for c in h.children) \
            or any(h.lower_ == "unlikely" for h in heads):
        return []
    return [x for h in heads if h.lemma_ in RAISING or h.lower_ in RAISING
            for x in h.children if x.dep_ == "xcomp" and x.lemma_ != "be"
            and carries(x, light_verbs) and to_infinitive(x)]


def _start_of_other(span: Span, anchors: set[int]) -> bool:
    """The timex is a "from" phrase of another noun than the event's: the day what the
    event gives or sets begins ("a rise from July", "new fares from Monday"), not the
    event's."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "from" and prep.dep_ == "prep" \
        and prep.head.pos_ == "NOUN" and prep.head.i not in anchors \
        and prep.head.ent_type_ not in ("DATE", "TIME")  # "a strike for 48 hours from
    # Tuesday": a length of the event's own


def _announced_before(noun: Token, verb: Token) -> bool:
    """"Their deployment had been announced in January": a past perfect passive tells
    when the event was made known, earlier than the story's events; the event itself is
    told elsewhere."""
    return noun.dep_ == "nsubjpass" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _definite_past(timex: Timex) -> bool:
    text = timex.text.lower()
    return text.startswith(("last ", "yesterday")) or text.endswith(" ago")


def _cleft_copula(verb: Token) -> Token | None:
    """"it was only on Tuesday that the ministry announced": the copula whose time phrase
    dates the clause after "that"."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "relcl") or head.lemma_ != "be":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return None
    return head


def _noun_as_clause(node: Token) -> bool:
    """"Gunmen ambushed a United Nations patrol ... on Friday", parsed with "patrol" as a
    clause of its own: a noun with no subject of its own heads no clause."""
    return node.pos_ == "NOUN" and node.dep_ in ("ccomp", "xcomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark") for c in node.children)


def _attached(
    span: Span, trigger: Token, events: frozenset[int] = frozenset()
) -> int | None:
    """Path length from the timex up to the trigger, or None if it crosses a clause."""
    inside = {t.i for t in span}
    node = span.root
    steps = 0
    while steps < 10:
        if node.i == trigger.i:
            return steps
        if node.head.i == node.i:
            return None
        carrying = node.dep_ == "acl" and (
            node.tag_ == "VBG" or node.tag_ == "VBN" and node.lemma_ in STATIVE_PARTICIPLES
        ) and node.i not in events and (
            node.head.dep_ == "dobj" and node.head.head.i == trigger.i)  # "hijacked a bus
        # carrying 31 people on Tuesday": the object's participle tells no time of its own
        if node.i not in inside and node.pos_ in VERBAL and not carrying:
            return None  # another verb stands between the timex and the trigger
        if node.i in events and node.i not in inside and node.pos_ == "NOUN" and not (
            node.dep_ in ("nsubj", "nsubjpass")  # "the Aug. 7 bombings killed 200"
            or node.dep_ == "pobj" and node.head.lower_ in ("in", "at", "during")
            or _claimed(node) and node.head.i == trigger.i and span.root.head.lower_ == "on"
            or _responsibility_for(node) and node.head.head.head.i == trigger.i
            and _told_after(span, node)
        ):  # "injured in an attack on Friday"; "condemned the attack on Tuesday"; "rejected
            # responsibility for the shooting last Tuesday": the rejecting's day
            return None  # "talking about the visit in June", "focused on ... the shelling of
            # the town on Tuesday": the other event's date
        if node.dep_ in CLAUSE_BOUNDARIES and node.i not in inside and not _noun_as_clause(node) \
                and not carrying:
            return None
        node = node.head
        steps += 1
    return None


def _called_off(verb: Token) -> bool:
    """"called off a four-day general strike on Thursday": the day it ended or was
    cancelled, not its own."""
    return verb.lemma_ == "call" and ends_object(verb)  # not "talks broke off"


def _told_after(span: Span, noun: Token) -> bool:
    """The timex hangs on ``noun`` as "on Thursday" or a bare "last Tuesday"."""
    root = span.root
    return root.head.lower_ == "on" and root.head.head.i == noun.i \
        or root.dep_ == "npadvmod" and root.head.i == noun.i


def _responsibility_for(noun: Token) -> bool:
    """"rejected responsibility for the shooting last Tuesday": a definite event noun
    whose responsibility is claimed or denied; a day after it is the claim's."""
    prep = noun.head
    return noun.pos_ not in VERBAL and noun.dep_ == "pobj" and prep.lower_ == "for" \
        and prep.head.lemma_ == "responsibility" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _claimed(noun: Token) -> bool:
    """"claimed the convoy raid", "condemned the attack": a definite event noun a reporting
    or judging verb takes; a day after it ("on Thursday") is the verb's."""
    return noun.pos_ not in VERBAL and noun.dep_ == "dobj" and (
        noun.head.lemma_ in REPORTING_LEMMAS | JUDGING_LEMMAS) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _acted_on_while_going_on(noun: Token) -> Token | None:
    """The verb of a clause done to end the event ``noun`` names, while it went on: "fired
    tear gas on Thursday to break up a protest", "moved in on Friday to disperse the
    demonstration"; not "called on Friday for an end to the strike"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ not in ("advcl", "xcomp") \
            or verb.lemma_ not in ENDING or verb.head.pos_ not in VERBAL:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return verb.head


def _resulting_state_of(adjective: Token) -> Token | None:
    """The verb that left the state an adjective trigger tells: "left three people dead",
    "left 12 dead", "left four more dead"; not "flew four injured people to hospital on
    Monday", who were hurt before."""
    head = adjective.head
    if adjective.dep_ == "amod" and head.dep_ == "dobj":
        head = head.head
    elif adjective.dep_ not in ("oprd", "dobj"):
        return None
    return head if head.pos_ in VERBAL and head.lemma_ in LEAVING else None


def attached_timex(
    trigger: Token,
    candidates: list[tuple[Timex, Span]],
    light_verbs: frozenset[str] | None = None,
    events: frozenset[int] = frozenset(),
    relative_carriers: frozenset[str] = frozenset(),
) -> Timex | None:
    """The DATE/TIME timex that the parse attaches to ``trigger``, nearest first
    (``relative_carriers``: verbs of a subject relative clause that carry the event too,
    "the ultimatum that ran out on July 10").

    A noun trigger also takes the date of a verb it is the subject or object of when that
    verb only carries the event ("launched an attack on Monday", "the talks began
    Tuesday"), not when it is an event of its own ("condemned the attacks Thursday")."""
    anchors = [trigger]
    noun = trigger
    if (trigger.pos_ not in VERBAL or trigger.tag_ == "VBG") and trigger.dep_ == "compound" \
            and trigger.head.pos_ == "NOUN":
        noun = trigger.head  # "the ratification process concluded", "last month's shooting death"
        anchors.append(noun)
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
            and trigger.head.head.lemma_.lower() in STRETCHES and not _the_day(trigger.head.head):
        noun = trigger.head.head  # "ended a day of talks on Tuesday"
        anchors.append(noun)
    if trigger.pos_ in VERBAL and (copula := _cleft_copula(trigger)) is not None:
        anchors.append(copula)
    if trigger.pos_ in VERBAL and light_verbs and carries(trigger, light_verbs):
        anchors.extend(c for c in trigger.children if c.dep_ == "dobj" and c.i in events)
        # "signed an agreement on Thursday setting the price": the parser hangs the day on
        # the object the verb carries; it is one event, with one day
    if trigger.pos_ not in VERBAL and light_verbs:  # "a deal signed on Tuesday"; not "the
        # vote, postponed on Tuesday", "a summit planned for June": that day is not its own
        participles = [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_ in light_verbs and c.lemma_ not in RESCHEDULING
                       and c.i > trigger.i]
        anchors.extend(participles)  # also "the letter, signed by the minister and
        anchors.extend(c for p in participles for c in p.conjuncts  # delivered on Monday"
                       if c.tag_ in ("VBN", "VBD") and c.lemma_ in DELIVERING)  # not "ended
        # by Trump in 2018", "broken by strikes on Monday": another event's day
        anchors.extend(performed_in(trigger))  # "the rally they held on May 9"
        anchors.extend(going_on_in(trigger))  # "talks that began on Friday"
    if trigger.pos_ not in VERBAL and relative_carriers:
        anchors.extend(v for v in going_on_in(trigger, relative_carriers) if v not in anchors)
        # "the ultimatum, which expired on July 10", whatever the noun's own place
    if (purpose := _acted_on_while_going_on(noun)) is not None:
        anchors.append(purpose)  # "fired tear gas on Thursday to break up a protest": the
        # protest was going on that day
    verb = governing_verb(noun)
    in_state = verb is not None and _in_state(noun, verb)  # "on strike since Monday"
    carrier = light_verbs is None or (verb is not None and carries(verb, light_verbs)
                                      and not _announced_before(noun, verb)
                                      and not _called_off(verb))
    if noun.pos_ not in VERBAL and verb is not None and (
        carrier and noun.head.i == verb.i and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
        or noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during")
        and noun.head.head.i == verb.i  # "welcomed the figures at a news conference Friday"
        or noun.dep_ == "pobj" and noun.head.head.i == verb.i
        and (verb.lemma_, noun.head.lower_) in CAUSING  # "led to a strike last Thursday"
        or noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i
        # "villas were destroyed by explosions late on Saturday": what did it, then
        or in_state
    ):
        anchors.append(verb)  # "the attack took place on Monday", "joins NATO ... in a ceremony"
    if noun.pos_ not in VERBAL and light_verbs and verb is not None \
            and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i:
        anchors.extend(_raised_carriers(verb, light_verbs))  # "the talks are expected to
        # be held on Friday", "the summit is set to open in Rome on Friday"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and (
        noun.head.head.i in events and noun.head.head.pos_ == "NOUN"
    ):
        anchors.append(noun.head.head)  # "the March 2025 murder ... at a rally"
    if trigger.pos_ not in VERBAL and (timex := _awaited_on(trigger, candidates)) is not None:
        return timex
    if (timex := _invited_to(trigger, candidates)) is not None:
        return timex
    if trigger.pos_ == "NOUN" and (timex := _in_apposition(trigger, candidates)
                                   or _named_as(trigger, candidates)) is not None:
        return timex
    claimed = _claimed(trigger) or trigger.dep_ == "dobj" and _called_off(trigger.head) \
        or _responsibility_for(trigger)
    best: tuple[int, int, Timex] | None = None
    sent = trigger.sent
    quotes = _quote_ids(sent)
    anchor_ids = {a.i for a in anchors}
    blockers = events - anchor_ids
    for timex, span in candidates:
        if timex.type not in DATE_TYPES or span.start < sent.start or span.end > sent.end:
            continue
        if trigger.i in range(span.start, span.end):
            continue
        if quotes.get(span.root.i, 0) != quotes.get(trigger.i, 0):
            continue  # a date inside a quotation is not the date of its reporting verb
        if _after_reporting_verb(span, trigger):
            continue
        if invited_for(span.root) and span.root.head.head.i in anchor_ids:
            continue  # "invited the unions to talks on Friday": the talks' day
        if _comparison_since(span) or _ranking_period(span, timex):
            continue  # "the worst week since 2020", "the third this year"
        if _start_of_other(span, anchor_ids):
            continue  # "the agreement gives nurses a rise from July": when the rise begins
        if claimed and span.start > trigger.i and _told_after(span, trigger):
            continue  # "claimed the convoy raid on Thursday": the day of the claim (or of
            # the calling off: "called off a four-day general strike on Thursday")
        if _premodifier(span, trigger):
            return timex
        if span.root.dep_ == "poss" and not _possessed_by(span.root.head, anchor_ids, trigger):
            continue  # "condemned Friday night's attack": Friday dates the attack only;
            # "a report on the causes of Monday's crash": the crash, not the report
        if trigger.pos_ in VERBAL and (span.start == trigger.i + 1 or span.end == trigger.i) \
                and not (span.root.dep_ == "pobj" and span.root.head.head.i != trigger.i):
            return timex  # "said Tuesday", "Clinton Thursday condemned": news style; not
            # "inmates who broke out on Sunday night ambushed a patrol on Tuesday"
        for rank, anchor in enumerate(anchors):
            if _perfect(anchor) and _definite_past(timex):
                continue  # "has been detained ... last year": the year is another event's
            if in_state and anchor is verb and not (
                    span.root.dep_ == "pobj" and span.root.head.lower_ == "since"):
                continue  # "were on strike on Monday": a day of the strike, not its first
            steps = _attached(span, anchor, blockers)
            if steps is not None:
                # ties go to the nearer timex: "founded it decades ago at a march Sunday"
                # "extended the mandate on Friday until November 2027": "until" ends a state
                # the event set up; it dates the event only when nothing else does
                until = span.root.dep_ == "pobj" and span.root.head.lower_ in ("until", "till")
                key = (steps + 10 * rank + 5 * until, min(abs(span.start - trigger.i),
                                                          abs(span.end - 1 - trigger.i)))
                if best is None or key < best[:2]:
                    best = (*key, timex)
                break
    return best[2] if best else None


def _in_state(noun: Token, verb: Token) -> bool:
    """"have been on strike since Monday", "have remained in talks since Friday": the
    event is a state the verb says someone is in; its "since" day is the event's first."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in", "under") \
        and noun.head.head.i == verb.i and verb.lemma_ in STATE_VERBS


def _ahead(verb: Token) -> bool:
    """The verb has an auxiliary of the future of its own ("will report", "would sign")."""
    return any(c.dep_ == "aux" and c.lower_ in AHEAD_AUXILIARIES for c in verb.children)


def _marks(verb: Token) -> set[str]:
    """The words that tie a clause to its head: "as", "when", "after" (also "a day after"
    when the parser hangs "after" off the "day" it measures)."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    marks |= {c.lower_ for c in _measured_preps(verb)}  # "three days after X killed"
    return marks | {g.lower_ for c in verb.children if c.dep_ == "npadvmod"
                    for g in c.children if g.dep_ == "prep" and g.i > c.i}


def _measured_preps(verb: Token) -> list[Token]:
    """"three days after a capsizing killed 27", parsed with "after" as a preposition of
    the verb: before it, and measured by a gap, it marks the clause."""
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "before")
            and c.i < verb.i and any(g.dep_ == "npadvmod" for g in c.children)]


def _relative_when(verb: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"Unlike Thursday, when 40 people were arrested": the "when" clause
    right after a date is about that date, however the parser attached it."""
    when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod"
                 and c.i < verb.i), None)
    if when is None or when.i < 1:
        return None
    prev = when.i - 1 if when.doc[when.i - 1].is_punct else when.i
    for timex, span in candidates:
        if span.end == prev and timex.type in DATE_TYPES:
            return timex
    return None


def _shifted(clause: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"(on Thursday,) a day after 40 were arrested": the main clause's day moved back
    (after) or forward (before) by the stated days or weeks; None without both."""
    after, gap = _clause_gap(clause, candidates)
    sign = -after  # the main clause lies after: this one's day is back from it
    if not sign or gap is None:
        return None
    head = clause.head
    main = attached_timex(head, candidates, frozenset())
    first = clause.left_edge
    set_off = first.i > 0 and first.nbor(-1).text == ","  # "..., eight days after"
    for _ in range(2):  # "raided a warehouse on Sunday, wounding a guard and carrying off
        # food, five days after trucks were ambushed": the day of the clause it hangs off
        if main is not None or head.dep_ not in ("advcl", "conj") or head.tag_ != "VBG" and not (
                set_off and head.dep_ == "conj") or head.head.pos_ not in VERBAL:
            break  # not from "and charged him two days after": its own event; but "raided
            # a water point on Sunday and took three men away, eight days after": the whole
        head = head.head
        main = attached_timex(head, candidates, frozenset())
    if main is None and _fronted(clause, head):
        main = _now(head)  # "Three weeks after seven people died near Cornesti, Moldova has
        # two explanations": said today
    return _moved(main, gap, sign) if main is not None else None


def _clause_gap(clause: Token, candidates: list[tuple[Timex, Span]]) -> tuple[int, Timex | None]:
    """How a clause is placed against its head: 1 for "after", -1 for "before", 0 for
    neither, and the gap that measures it ("[two days] after they appealed")."""
    marks = _marks(clause)
    after = 1 if "after" in marks else -1 if "before" in marks else 0
    measured = [*clause.children, *(g for c in clause.children if c.dep_ == "mark"
                                    for g in c.children),
                *(g for c in _measured_preps(clause) for g in c.children)]
    return after, _gap(measured, candidates)


def _prep_gap(prep: Token, head: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """The gap that measures an "after"/"before" phrase of ``head``: under the phrase, or
    hung beside it on the head ("[Seventeen days] [after the offensive]")."""
    return _gap([*prep.children, *(c for c in head.children if c.dep_ == "npadvmod"
                                   and c.right_edge.i == prep.i - 1)], candidates)


def _gap(tokens: list[Token], candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """The duration timex ("two days", "a week") heading one of ``tokens`` as a measure."""
    spans = {span.root.i: timex for timex, span in candidates if timex.type == "DURATION"}
    return next((spans[t.i] for t in tokens if t.dep_ == "npadvmod" and t.i in spans), None)


def _moved(main: Timex, gap: Timex, sign: int) -> Timex | None:
    """``main``'s day moved by ``gap`` (days or weeks) forward (1) or back (-1)."""
    day, days = _DAY_PART.fullmatch(main.value), gap_days(gap)
    if day is None or days is None:
        return None
    moved = date.fromisoformat(day[1]) + timedelta(days=sign * days)
    word = "after" if sign > 0 else "before"
    return Timex(gap.start, gap.end, f"{gap.text} {word} {main.text}", "DATE",
                 moved.isoformat(), anchored=True)


def _event_antecedent(clause: Token, events: frozenset[int]) -> Token | None:
    """The event noun a relative clause is about: the noun it hangs off, or, when the
    clause starts with "that"/"which" (not "who": a person's own doing), the event whose
    "of" phrase that noun ends ("the bombing of a clinic that killed a guard")."""
    noun = clause.head
    if noun.i in events and noun.pos_ == "NOUN":
        return noun
    if not any(c.lower_ in ("that", "which") and c.i < clause.i for c in clause.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in events \
            and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None


def _in_apposition(noun: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"by June 10, the deadline set by the utility": the date the noun stands beside,
    whether the parser made it an apposition or, as it often does, a second object right
    after the date's comma (not a subject: "As of Monday, the strike had entered")."""
    doc = noun.doc
    for timex, span in candidates:
        if timex.type not in DATE_TYPES:
            continue
        if noun.dep_ == "appos" and span.start <= noun.head.i < span.end:
            return timex
        if noun.dep_ in ("dobj", "conj", "npadvmod") and noun.i >= 2 \
                and span.end == noun.i - 2 and doc[noun.i - 2].text == "," \
                and doc[noun.i - 1].dep_ == "det" and doc[noun.i - 1].head.i == noun.i:
            return timex
    return None


def _named_as(noun: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"has set May 15 as the deadline", "named June 3 as the day of the vote": the date the
    verb takes as its object, which the "as" phrase names; not the day of the setting
    ("on Monday set a new deadline")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in VERBAL:
        return None
    return next((timex for timex, span in candidates if timex.type in DATE_TYPES
                 and span.root.dep_ == "dobj" and span.root.head.i == prep.head.i), None)


def _possessed_by(noun: Token, ids: set[int], trigger: Token) -> bool:
    """A possessive date ("Monday's") dates its own noun; it dates the trigger when that
    noun is one of its anchors (``ids``), or, for a noun trigger, the cause or setting it
    stands in ("the death toll from Wednesday's quake", "the deaths at Sunday's derby")."""
    if noun.i in ids:
        return True
    return trigger.pos_ not in VERBAL and noun.dep_ == "pobj" and noun.head.lower_ in (
        "from", "in", "at", "during") and noun.head.head.i in ids


def _awaited_on(noun: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"a vote expected on Thursday", "talks scheduled for May 4", "a summit planned for
    June", "a letter dated May 18": the day a participle of waiting, planning or dating
    names is the event's own; not "a summit planned on Monday" (the day of the planning)."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.i > noun.i):
        for timex, span in candidates:
            if timex.type not in DATE_TYPES:
                continue
            if span.root.head.head.i == verb.i and awaited_prep(span.root):
                return timex
            if verb.lower_ == "dated" and span.root.head.i == verb.i:
                return timex  # "a letter dated May 18"
    return None


def _invited_to(noun: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"invited the unions to talks in Warsaw on Friday": the day the parser hangs on the
    inviting verb after the noun's "to" phrase is the noun's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    return next((timex for timex, span in candidates if timex.type in DATE_TYPES
                 and span.start > noun.i and invited_for(span.root)
                 and span.root.head.head.i == noun.head.head.i), None)


def _gapped(verb: Token, conj: Token) -> bool:
    """"17 workers were killed and more than 40 injured": a passive participle with a
    subject but no auxiliary of its own, borrowing the first verb's."""
    return conj.tag_ == "VBN" and not any(g.dep_ in ("aux", "auxpass") for g in conj.children) \
        and any(g.dep_ == "auxpass" for g in verb.children)


def _simultaneous_of_conjunct(verb: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"were killed and more than 40 injured when fire swept through a factory on
    Wednesday": the "when" clause of the second, gapped verb dates the first too."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERBAL
                 and _gapped(verb, c)):
        for child in conj.children:
            if child.dep_ == "advcl" and _marks(child) & SIMULTANEOUS_MARKS and (
                    timex := attached_timex(child, candidates, frozenset())) is not None:
                return timex
    return None


def _shared_by_conjunct(verb: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"Masked men set fire to two excavators and beat a guard late on Saturday": a date at
    the end of a coordinated verb with no subject of its own dates the first verb too."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERBAL
                 and any(g.dep_ == "cc" and verb.i < g.i < c.i for g in verb.children)
                 # "and", not a misparse: "..., the agency said on Tuesday"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
        for timex, span in candidates:
            if timex.type in DATE_TYPES and span.start > conj.i and (
                    span.root.dep_ == "pobj" and span.root.head.head.i == conj.i
                    or span.root.dep_ in ("advmod", "npadvmod") and span.root.head.i == conj.i
                    and all(t.is_punct for t in conj.subtree if t.i >= span.end)
                    ) and span.sent.end == conj.sent.end:  # "... three weeks ago" at its end,
                return timex  # not "and warned three weeks ago that they would return"
    return None


def _in_which(clause: Token) -> bool:
    """A relative clause set in its noun: "in which", "during which", "at which"."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(
        g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in clause.children)


def _own_timex(noun: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """A timex that is the noun's own modifier ("Sunday's debate", "the May 3 meeting") or
    that of a participle describing it ("the letter, dated Monday", "a poll completed on
    Saturday")."""
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]
    for timex, span in candidates:
        if timex.type not in DATE_TYPES:
            continue
        if _modifies(span, noun):
            return timex
        if any((steps := _attached(span, p)) is not None and steps <= 2 for p in participles):
            return timex
    return None


def _modifies(span: Span, noun: Token) -> bool:
    """The time expression stands before ``noun`` as its modifier: "Sunday's debate", "the
    May 3 meeting"."""
    return span.root.head.i == noun.i and span.end <= noun.i and span.root.dep_ in (
        "poss", "compound", "nmod", "nummod", "npadvmod")


def _the_day(noun: Token) -> bool:
    """"set the day of the election": the day on which it happens, not a day it fills."""
    return noun.lemma_.lower() == "day" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _counted_from(noun: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"arrested him on Friday, two days after the attack": the attack lies the stated
    days before (or, with "before", after) the day of the clause the phrase hangs off."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "before") or prep.head.pos_ not in VERBAL:
        return None
    return _measured_from(prep, prep.head, candidates)


def _measured_from(prep: Token, head: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """The day of ``head``'s clause moved by the gap that measures ``prep`` ("two days
    after": two days back; "a week before": a week on); None without both."""
    gap = _prep_gap(prep, head, candidates)
    main = attached_timex(head, candidates, frozenset()) if gap is not None else None
    if main is None and gap is not None and _fronted(prep, head):
        main = _now(head)  # "Seventeen days after the offensive, the state is ..."
    if main is None or gap is None:
        return None
    return _moved(main, gap, -1 if prep.lower_ == "after" else 1)


def _fronted(prep: Token, head: Token) -> bool:
    """The phrase (or clause) opens its head's clause, set off by a comma before the
    subject."""
    after = prep.right_edge.i + 1
    return prep.i < head.i and after < len(prep.doc) and prep.doc[after].text == "," and any(
        c.dep_ in ("nsubj", "expl") and after < c.i < head.i for c in head.children)


def _now(verb: Token) -> Timex | None:
    """The publication day, for a clause in the simple present with no time of its own:
    "Seventeen days after the offensive, the state is more visible" is said today."""
    published = verb.doc._.published if Doc.has_extension("published") else None
    if published is None or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return Timex(verb.idx, verb.idx + len(verb.text), "now", "DATE", published.isoformat(),
                 anchored=True)


def _misparsed_after(verb: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"detained the director on Friday, a day after 2,000 miners and their families
    marched": parsed as "after 2,000 miners" and a second clause "their families marched"
    coordinated with the first; the "and" that closes the measured phrase shows that the
    clause is the phrase's, a day before Friday."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in VERBAL or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "before") or prep.i > verb.i:
            continue
        closing = prep.right_edge.i + 1
        if closing >= verb.i or verb.doc[closing].dep_ != "cc" or verb.doc[closing].head.i != head.i:
            continue
        if (timex := _measured_from(prep, head, candidates)) is not None:
            return timex
    return None


def inherited_timex(
    trigger: Token, candidates: list[tuple[Timex, Span]], events: frozenset[int] = frozenset(),
    light_verbs: frozenset[str] = frozenset(),
) -> Timex | None:
    """The date of the clause a participle or coordinated verb hangs off: "bombs exploded
    Friday, killing 81 and injuring 1,700"; not for "vowed to hunt down" (xcomp) nor for
    "shortly before the victim died" (a clause placed relative to the main one). A verb
    also takes the date of its own "as"/"when" clause ("the mayor said as night fell
    Thursday") or of the dated event it happened at ("at Monday's meeting, she said"); a
    relative clause on an event noun (one of ``events``) takes that event's date ("the 2019
    bombing that killed 12", also "the bombing of a hotel that killed 12"), and one set in
    its noun takes the noun's ("Sunday's derby, in which a fan was killed")."""
    if trigger.pos_ not in VERBAL:
        if (timex := _counted_from(trigger, candidates)) is not None:
            return timex
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during") \
                and trigger.head.head.pos_ in VERBAL and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in trigger.head.head.children):
            # "eight days after seven herders died in an attack": the attack's day is the
            # deaths', however they were dated; only from a clause with a subject of its own,
            # not "a May 31 deadline laid down in a letter" (the letter is not the
            # deadline's) nor "figures as of Monday for the injured in the bombings"
            if (timex := inherited_timex(trigger.head.head, candidates, events,
                                         light_verbs)) is not None:
                return timex
        verb = trigger.head  # "a day after the talks broke up": the talks' day
        if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.dep_ == "advcl" \
                and _marks(verb) & SHIFTING_MARKS and (
                    verb.lemma_ in light_verbs or trigger.dep_ == "nsubj" and verb.pos_ == "VERB"
                    or trigger.dep_ != "dobj" and _raised_carriers(verb, light_verbs)):
            # "a day before an ultimatum was due to expire": the day it runs out; "two days
            # after an ELN assault on hamlets left nine civilians dead": what it did then
            return _shifted(verb, candidates)
    if trigger.pos_ == "ADJ" and (maker := _resulting_state_of(trigger) or (
            trigger.head if trigger.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "advmod")
            and trigger.head.pos_ in VERBAL else None)) is not None:
        # "found seven people dead on Wednesday", "shot dead a guard on Monday"; also "two
        # days after an assault left nine civilians dead", "the aftershock two days later
        # left four more dead" (the day of the verb that brought the state about)
        return attached_timex(maker, candidates, frozenset()) or (
            _shifted(maker, candidates)
            if maker.dep_ == "advcl" and _marks(maker) & SHIFTING_MARKS else None)
    if trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "the Feb. 23 accord signed by Annan": the participle shares its noun's date, also
        # one counted from another ("three days after a capsizing killed 27")
        return attached_timex(trigger.head, candidates, frozenset()) or _counted_from(
            trigger.head, candidates)
    if trigger.dep_ == "relcl" and (event := _event_antecedent(trigger, events)):
        return attached_timex(event, candidates, frozenset())
    if trigger.dep_ == "relcl" and trigger.pos_ in VERBAL and _in_which(trigger):
        # "Sunday's derby, in which a fan was killed": the clause happened at the derby
        noun = trigger.head  # "Sunday's derby", "a derby on Sunday in which"; not "the
        # film, released on Friday, in which a soldier is killed"
        return next((timex for timex, span in candidates if timex.type in DATE_TYPES and (
            _modifies(span, noun) or span.root.dep_ == "pobj" and span.root.head.head.i == noun.i
            and span.root.head.lower_ in ("on", "in"))), None)
    if trigger.pos_ in VERBAL:
        if (timex := _relative_when(trigger, candidates)) is not None:
            return timex
        if (timex := _misparsed_after(trigger, candidates)) is not None:
            return timex
        for child in trigger.children:
            if child.dep_ == "advcl" and _marks(child) & SIMULTANEOUS_MARKS and (
                timex := attached_timex(child, candidates, frozenset())
                or _shared_by_conjunct(child, candidates)  # "when the bus left the road
            ) is not None:  # and plunged into a ravine late on Tuesday"
                return timex
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "during"):
                for noun in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                    if (timex := _own_timex(noun, candidates)) is not None:
                        return timex
        if trigger.dep_ != "conj" and (timex := _shared_by_conjunct(trigger, candidates)):
            return timex
        if (timex := _simultaneous_of_conjunct(trigger, candidates)) is not None:
            return timex
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.pos_ not in VERBAL:
            return None
        if node.dep_ == "advcl" and _marks(node) & SHIFTING_MARKS:
            return _shifted(node, candidates)
        if node.dep_ == "conj" and _ahead(node) and node.head.tag_ in ("VBD", "VBN"):
            return None  # "took samples on Wednesday and will report": a time still to come
            # (not "convenes on Tuesday and will vote": both ahead)
        if node.dep_ == "conj" and _after_relative_clause(node):
            return None  # "elected on Saturday, after a week in which two runners were
            # suspended and a pharmacist was arrested": the parse hangs the last clause on
            # the main verb, but it may as well go on the relative clause before it
        if node.dep_ == "advcl" and node.tag_ in ("VBD", "VBN") and _ahead(node.head) \
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in node.children):
            return None  # "Under the settlement, signed in Astana, the consortium will pay
            # by March 2027": what was done is not dated by what will be
        node = node.head
        if (timex := attached_timex(node, candidates, frozenset())) is not None:
            return timex
        if (timex := _relative_when(node, candidates)) is not None:
            return timex  # "on Sunday, when residents set tyres alight and blockaded"
    return None


def _after_relative_clause(conj: Token) -> bool:
    """A coordinated clause with a subject of its own right after a relative clause that
    hangs between it and the verb it is coordinated with: "... after a week in which two
    runners were suspended and a pharmacist was arrested"."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    ccs = [c for c in conj.head.children if c.dep_ == "cc" and conj.head.i < c.i < conj.i]
    if not ccs:
        return False
    before = ccs[-1].i - 1
    return any(t.dep_ == "relcl" and conj.head.i < t.i < conj.i
               and t.right_edge.i == before for t in conj.head.subtree)


def measured_after(trigger: Token, candidates: list[tuple[Timex, Span]], via_verb: bool = True
                   ) -> tuple[Token, Timex, int] | None:
    """"[sent a letter] two days after the rally", "Two days after the battery landed, [a
    flotilla held drills]": the event word the trigger's clause is measured from, the gap
    and its direction (1 after, -1 before); None without a gap. Looked for on the trigger
    and, for a noun (with ``via_verb``), on the verb it is the subject or object of."""
    hosts = [trigger]
    if via_verb and trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            trigger.head.pos_ in VERBAL) and attached_timex(trigger.head, candidates,
                                                            frozenset()) is None:
        hosts.append(trigger.head)  # not "lifted their blockade on Saturday, a day after
        # the deadline passed": the phrase counts the lifting's day back, not the blockade's
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
                continue
            gap = _prep_gap(prep, host, candidates)
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if gap is not None and objects:
                return objects[0], gap, 1 if prep.lower_ == "after" else -1
        for clause in host.children:
            if clause.dep_ != "advcl":
                continue
            after, gap = _clause_gap(clause, candidates)
            if after and gap is not None:
                return clause, gap, after
    return None


def gap_days(gap: Timex) -> int | None:
    """The whole days of a gap timex ("two days": 2, "a week": 7); None for others."""
    amount = _DAYS.fullmatch(gap.value)
    return int(amount[1]) * (7 if amount[2] == "W" else 1) if amount else None
