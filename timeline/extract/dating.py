"""Tense, modality and date of an event trigger, from the parse and the timexes.

An event takes the date of a time expression only when the expression hangs off the
trigger in the parse (directly, through a preposition, or through the verb a noun
trigger is the object of) without crossing another clause. Otherwise its date comes
from its basis: ``reported`` (on or before publication), ``expected`` (after it) or
``unknown`` (no publication date to bound it). Nothing is dated by the day of ingestion.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..temporal import value_interval
from ..types import (
    BASIS_EXPECTED,
    BASIS_EXPLICIT,
    BASIS_REPORTED,
    BASIS_UNKNOWN,
    EventDate,
    Timex,
)
from .roles import VERBAL, governing_verb, negated

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
ON_CALENDAR = {"slated", "scheduled", "upcoming", "forthcoming"}
FUTURE_PARTICIPLES = {"approach", "loom", "come", "near", "upcoming", "pend", "forthcoming"}
REPORTING_LEMMAS = {"say", "tell", "report", "state", "announce", "claim", "confirm", "add",
                    "quote", "acknowledge", "according", "deny", "warn", "write", "insist"}
# "protesters planned a demonstration on Saturday": the day named is the plan's target
PLANNING = {"plan", "schedule", "slate", "prepare", "organise", "organize"}
CLAUSE_BOUNDARIES = {"ccomp", "relcl", "advcl", "parataxis", "acl", "csubj", "xcomp"}
DATE_TYPES = ("DATE", "TIME")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAYS = re.compile(r"P(\d{1,3})([DW])")
NOUN_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")
# "a day after 85 were arrested", "before Slepian died": the clause is placed relative to
# the main clause's time, so it does not share its date
SHIFTING_MARKS = {"after", "before", "since", "until", "till", "once"}
# "officials said as dawn broke Saturday": the clause's time is the main clause's time
SIMULTANEOUS_MARKS = {"as", "when", "while"}
# what an event is about, not when or where it happens ("talks on the ceasefire")
TOPIC_PREPS = {"about", "on", "over", "for", "regarding", "concerning", "toward", "towards"}
OPEN_QUOTES = {"``", "`", "\u201c"}
CLOSE_QUOTES = {"''", "\u201d"}


def clause_tense(token: Token) -> str | None:
    """"past", "present", "future" or None for the clause ``token`` stands in."""
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
        if token.dep_ not in NOUN_ARGUMENT_DEPS or token.head.pos_ not in VERBAL:
            return None  # "under the pact, they will deploy": the verb's tense is not the noun's
        if token.head.lemma_ in SCHEDULING and token.dep_ in ("nsubj", "nsubjpass"):
            return "future"  # "a meeting is scheduled for..."
    verb = governing_verb(token)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        if aux.lower_ in FUTURE_AUX:
            return "future"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_GOVERNORS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return "future"  # "vowed to hunt down", "invited him to visit": not done yet
    if any(a.lower_ == "going" and a.dep_ not in ("ccomp", "parataxis") for a in verb.children):
        return "future"  # not: "We are going to stay," said the spokesman
    tenses = [t for tok in [*auxes, verb] for t in tok.morph.get("Tense", [])]
    if "Past" in tenses or verb.tag_ in ("VBD", "VBN"):
        return "past"
    if "Pres" in tenses or verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def modality(trigger: Token, tense: str | None) -> str:
    """asserted, negated, hypothetical, expected or reported (embedded in reported speech)."""
    if negated(trigger):
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
    if auxes & {"could", "might", "may", "should"}:
        return "hypothetical"
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJECTIVES for c in trigger.children):
        return "hypothetical"  # "possible attacks", "a proposed deal"
    if any(c.dep_ == "amod" and c.lower_ in ON_CALENDAR for c in trigger.children):
        return "expected"  # "talking about the slated visit": it is on the calendar
    if (trigger.pos_ not in VERBAL or trigger.tag_ == "VBG") and _wanted(trigger):
        return "hypothetical"  # "a reward for his capture", "talk about killing him"
    if tense == "future" or "would" in auxes or (
        trigger.pos_ not in VERBAL and trigger.head.lemma_ in SCHEDULING
        and trigger.dep_ in ("nsubj", "nsubjpass")
    ):
        return "expected"
    node = verb
    for _ in range(6):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in REPORTING_LEMMAS:
            return "reported"
        if node.head.i == node.i:
            break
        node = node.head
    return "asserted"


def _wanted(trigger: Token) -> bool:
    """"any deal", "a reward for his capture", "talk about killing Rabin"."""
    if any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        return True
    prep = trigger.head
    return (
        trigger.dep_ in ("pobj", "pcomp") and prep.dep_ in ("prep", "dative")
        and prep.lower_ in ("for", "about", "to") and prep.head.lemma_.lower() in WANTED_HEADS
    )


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
    """"said Tuesday his government told": news style puts the report's date right after
    the reporting verb, so it is that verb's, not the reported clause's."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (before.i != trigger.i and before.pos_ in VERBAL
            and before.lemma_ in REPORTING_LEMMAS)


def _premodifier(span: Span, trigger: Token) -> bool:
    """"the October 1998 shooting": a date between a determiner and its event noun."""
    return (
        trigger.tag_.startswith("NN") and span.end == trigger.i and span.start > 0
        and span.doc[span.start - 1].dep_ == "det"
        and span.doc[span.start - 1].head.i in (trigger.i, *(t.i for t in span))
    )


def _perfect(verb: Token) -> bool:
    """"has been arrested": a present perfect, which takes no definite past time."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)


def _definite_past(timex: Timex) -> bool:
    text = timex.text.lower()
    return text.startswith(("last ", "yesterday")) or text.endswith(" ago")


def _cleft_copula(verb: Token) -> Token | None:
    """"it was not until Tuesday that Castro revealed": the copula whose time phrase
    dates the clause after "that"."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "relcl") or head.lemma_ != "be":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return None
    return head


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
        if node.i not in inside and node.pos_ in VERBAL:
            return None  # another verb stands between the timex and the trigger
        if node.i in events and node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
            return None  # "talking about the visit in September": the visit's date
        if node.dep_ in CLAUSE_BOUNDARIES and node.i not in inside:
            return None
        node = node.head
        steps += 1
    return None


def attached_timex(
    trigger: Token,
    candidates: list[tuple[Timex, Span]],
    light_verbs: frozenset[str] | None = None,
    events: frozenset[int] = frozenset(),
) -> Timex | None:
    """The DATE/TIME timex that the parse attaches to ``trigger``, nearest first.

    A noun trigger also takes the date of a verb it is the subject or object of when that
    verb only carries the event ("launched an attack on Monday", "the talks began
    Tuesday"), not when it is an event of its own ("condemned the attacks Thursday")."""
    anchors = [trigger]
    noun = trigger
    if (trigger.pos_ not in VERBAL or trigger.tag_ == "VBG") and trigger.dep_ == "compound" \
            and trigger.head.pos_ == "NOUN":
        noun = trigger.head  # "the ratification process concluded", "last month's shooting death"
        anchors.append(noun)
    if trigger.pos_ in VERBAL and (copula := _cleft_copula(trigger)) is not None:
        anchors.append(copula)
    verb = governing_verb(noun)
    carrier = light_verbs is None or (verb is not None and verb.lemma_ in light_verbs)
    if noun.pos_ not in VERBAL and verb is not None and (
        carrier and noun.head.i == verb.i and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
        or noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during")
        and noun.head.head.i == verb.i  # "welcomed the figures at a news conference Friday"
    ):
        anchors.append(verb)  # "the attack took place on Monday", "joins NATO ... in a ceremony"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and (
        noun.head.head.i in events and noun.head.head.pos_ == "NOUN"
    ):
        anchors.append(noun.head.head)  # "the November 1995 assassination at a peace rally"
    best: tuple[int, int, Timex] | None = None
    sent = trigger.sent
    quotes = _quote_ids(sent)
    blockers = events - {a.i for a in anchors}
    for timex, span in candidates:
        if timex.type not in DATE_TYPES or span.start < sent.start or span.end > sent.end:
            continue
        if trigger.i in range(span.start, span.end):
            continue
        if quotes.get(span.root.i, 0) != quotes.get(trigger.i, 0):
            continue  # a date inside a quotation is not the date of its reporting verb
        if _after_reporting_verb(span, trigger):
            continue
        if _premodifier(span, trigger):
            return timex
        if span.root.dep_ == "poss" and span.root.head.i not in (a.i for a in anchors):
            continue  # "condemned Friday night's attack": Friday dates the attack only
        if trigger.pos_ in VERBAL and (span.start == trigger.i + 1 or span.end == trigger.i):
            return timex  # "said Tuesday", "Clinton Thursday condemned": news style
        for rank, anchor in enumerate(anchors):
            if _perfect(anchor) and _definite_past(timex):
                continue  # "has been arrested ... last year": the year is another event's
            steps = _attached(span, anchor, blockers)
            if steps is not None:
                # ties go to the nearer timex: "launched ... decades ago in a rally Saturday"
                key = (steps + 10 * rank, min(abs(span.start - trigger.i),
                                              abs(span.end - 1 - trigger.i)))
                if best is None or key < best[:2]:
                    best = (*key, timex)
                break
    return best[2] if best else None


def event_date(
    timex: Timex | None,
    tense: str | None,
    published: date | None,
    default_tense: str | None,
    modality: str = "asserted",
) -> EventDate:
    """The date of an event from its attached timex, or else from its basis.

    A negated or hypothetical event did not happen by publication: its basis is unknown.
    """
    if modality in ("negated", "hypothetical"):
        return EventDate(None, None, "unknown", BASIS_UNKNOWN)  # it did not (yet) happen
    if timex is not None:
        start, end, precision = value_interval(timex.value, published)
        if timex.range_end:  # "from June 3 to 5": the range's bounds
            end = value_interval(timex.range_end, published)[1] or end
        return EventDate(start, end, precision, BASIS_EXPLICIT, timex.value, timex.text)
    future = tense == "future" or default_tense == "future" or modality == "expected"
    if published is None:
        return EventDate(None, None, "unknown", BASIS_EXPECTED if future else BASIS_UNKNOWN)
    if future:
        return EventDate(published + timedelta(days=1), None, "vague", BASIS_EXPECTED)
    return EventDate(None, published, "vague", BASIS_REPORTED)


def _marks(verb: Token) -> set[str]:
    """The words that tie a clause to its head: "as", "when", "after" (also "a day after"
    when the parser hangs "after" off the "day" it measures)."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    return marks | {g.lower_ for c in verb.children if c.dep_ == "npadvmod"
                    for g in c.children if g.dep_ == "prep" and g.i > c.i}


def _relative_when(verb: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """"In contrast to Thursday, when 133 people were arrested": the "when" clause
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
    """"(on Wednesday,) a day after 85 were arrested": the main clause's day moved back
    (after) or forward (before) by the stated days or weeks; None without both."""
    marks = _marks(clause)
    sign = -1 if "after" in marks else 1 if "before" in marks else 0
    spans = {span.root.i: timex for timex, span in candidates if timex.type == "DURATION"}
    gap = next((spans[c.i] for c in clause.children
                if c.dep_ == "npadvmod" and c.i in spans), None)
    main = attached_timex(clause.head, candidates, frozenset()) if sign and gap else None
    if main is None or gap is None:
        return None
    day, amount = _DAY.fullmatch(main.value), _DAYS.fullmatch(gap.value)
    if day is None or amount is None:
        return None
    days = int(amount[1]) * (7 if amount[2] == "W" else 1)
    moved = date.fromisoformat(main.value) + timedelta(days=sign * days)
    word = "after" if sign > 0 else "before"
    return Timex(gap.start, gap.end, f"{gap.text} {word} {main.text}", "DATE",
                 moved.isoformat(), anchored=True)


def inherited_timex(trigger: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """The date of the clause a participle or coordinated verb hangs off: "bombs exploded
    Friday, killing 81 and injuring 1,700"; not for "vowed to hunt down" (xcomp) nor for
    "before Slepian died" (a clause placed relative to the main one). A verb also takes
    the date of its own "as"/"when" clause: "officials said as dawn broke Saturday"."""
    if trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "the Feb. 23 accord signed by Annan": the participle shares its noun's date
        return attached_timex(trigger.head, candidates, frozenset())
    if trigger.pos_ in VERBAL:
        if (timex := _relative_when(trigger, candidates)) is not None:
            return timex
        for child in trigger.children:
            if child.dep_ == "advcl" and _marks(child) & SIMULTANEOUS_MARKS and (
                timex := attached_timex(child, candidates, frozenset())
            ) is not None:
                return timex
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.pos_ not in VERBAL:
            return None
        if node.dep_ == "advcl" and _marks(node) & SHIFTING_MARKS:
            return _shifted(node, candidates)
        node = node.head
        if (timex := attached_timex(node, candidates, frozenset())) is not None:
            return timex
    return None


def verb_tense_of(token: Token) -> str | None:
    """Tense of the verb a time expression hangs off, for placing "Monday" in time: a
    present tense ("meet Monday", "is leaving Tuesday") points forward, unless it is a
    reporting verb ("says Monday")."""
    verb = governing_verb(token)
    if verb is None:
        return None
    tense = clause_tense(verb)
    if tense == "present":
        return "past" if verb.lemma_ in REPORTING_LEMMAS else "future"
    return tense


def planned_for(token: Token) -> bool:
    """"Protesters planned a demonstration on Saturday", "talks are scheduled for Monday":
    the time phrase names when the planned event is to happen, which lies ahead even when
    the planning verb is in the past tense (not after "had planned", a plan overtaken)."""
    verb = governing_verb(token)
    if verb is None or verb.lemma_ not in PLANNING or token.i == verb.i:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "xcomp") for c in verb.children)
