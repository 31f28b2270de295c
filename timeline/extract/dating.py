"""Tense, modality and date of an event trigger, from the parse and the timexes.

An event takes the date of a time expression only when the expression hangs off the
trigger in the parse (directly, through a preposition, or through the verb a noun
trigger is the object of) without crossing another clause. Otherwise its date comes
from its basis: ``reported`` (on or before publication), ``expected`` (after it) or
``unknown`` (no publication date to bound it). Nothing is dated by the day of ingestion.
"""

from __future__ import annotations

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
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should"}
FUTURE_GOVERNORS = {"plan", "expect", "intend", "aim", "hope", "want", "seek", "schedule",
                    "set", "threaten", "vow", "pledge", "prepare", "propose", "promise",
                    "due", "slate", "likely", "decide", "agree", "consider", "try", "going"}
FUTURE_PARTICIPLES = {"approach", "loom", "come", "near", "upcoming", "pend", "forthcoming"}
REPORTING_LEMMAS = {"say", "tell", "report", "state", "announce", "claim", "confirm", "add",
                    "quote", "acknowledge", "according", "deny", "warn", "write", "insist"}
CLAUSE_BOUNDARIES = {"ccomp", "relcl", "advcl", "parataxis", "acl", "csubj", "xcomp"}
DATE_TYPES = ("DATE", "TIME")
NOUN_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


def clause_tense(token: Token) -> str | None:
    """"past", "present", "future" or None for the clause ``token`` stands in."""
    if token.pos_ not in VERBAL:
        for child in token.children:  # "the deadline approaching"
            if child.dep_ == "acl" and child.lemma_ in FUTURE_PARTICIPLES:
                return "future"
        if token.lemma_ in FUTURE_PARTICIPLES:
            return "future"
        if token.dep_ not in NOUN_ARGUMENT_DEPS or token.head.pos_ not in VERBAL:
            return None  # "under the pact, they will deploy": the verb's tense is not the noun's
        if token.head.lemma_ in FUTURE_GOVERNORS:  # "a meeting is scheduled for..."
            return "future"
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
        if verb.head.lemma_ != "going" or verb.head.morph.get("Tense", []) != ["Past"]:
            return "future" if not verb.head.morph.get("Tense", []) == ["Past"] else "past"
    if any(a.lower_ == "going" for a in verb.children):
        return "future"
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
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return "hypothetical"
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & {"could", "might", "may", "should"}:
        return "hypothetical"
    if tense == "future" or "would" in auxes or (
        trigger.pos_ not in VERBAL and trigger.head.lemma_ in FUTURE_GOVERNORS
        and trigger.dep_ in NOUN_ARGUMENT_DEPS
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


def timex_spans(doc: Doc, timexes: list[Timex]) -> list[tuple[Timex, Span]]:
    out = []
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((t, span))
    return out


def _attached(span: Span, trigger: Token) -> int | None:
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
        if node.dep_ in CLAUSE_BOUNDARIES and node.i not in inside:
            return None
        node = node.head
        steps += 1
    return None


def attached_timex(trigger: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """The DATE/TIME timex that the parse attaches to ``trigger``, nearest first."""
    anchors = [trigger]
    noun = trigger
    if trigger.pos_ not in VERBAL and trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        noun = trigger.head  # "the ratification process concluded", "last month's shooting death"
        anchors.append(noun)
    verb = governing_verb(noun)
    if noun.pos_ not in VERBAL and verb is not None and (
        noun.head.i == verb.i and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
        or noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during")
        and noun.head.head.i == verb.i
    ):
        anchors.append(verb)  # "the attack took place on Monday", "joins NATO ... in a ceremony"
    best: tuple[int, Timex] | None = None
    sent = trigger.sent
    for timex, span in candidates:
        if timex.type not in DATE_TYPES or span.start < sent.start or span.end > sent.end:
            continue
        if trigger.i in range(span.start, span.end):
            continue
        for rank, anchor in enumerate(anchors):
            steps = _attached(span, anchor)
            if steps is not None:
                score = steps + 10 * rank
                if best is None or score < best[0]:
                    best = (score, timex)
                break
    return best[1] if best else None


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
    if timex is not None:
        start, end, precision = value_interval(timex.value, published)
        if timex.range_end:  # "from June 3 to 5": the range's bounds
            end = value_interval(timex.range_end, published)[1] or end
        return EventDate(start, end, precision, BASIS_EXPLICIT, timex.value, timex.text)
    if modality in ("negated", "hypothetical"):
        return EventDate(None, None, "unknown", BASIS_UNKNOWN)
    future = tense == "future" or default_tense == "future" or modality == "expected"
    if published is None:
        return EventDate(None, None, "unknown", BASIS_EXPECTED if future else BASIS_UNKNOWN)
    if future:
        return EventDate(published + timedelta(days=1), None, "vague", BASIS_EXPECTED)
    return EventDate(None, published, "vague", BASIS_REPORTED)


def inherited_timex(trigger: Token, candidates: list[tuple[Timex, Span]]) -> Timex | None:
    """The date of the clause a participle or coordinated verb hangs off: "bombs exploded
    Friday, killing 81 and injuring 1,700"; not for "vowed to hunt down" (xcomp)."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.pos_ not in VERBAL:
            return None
        node = node.head
        if (timex := attached_timex(node, candidates)) is not None:
            return timex
    return None
