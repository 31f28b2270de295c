"""Modality and its effect on dates: what is wanted, offered or spoken of is not dated."""

from __future__ import annotations

import pytest

import timeline

CASES = [
    # (sentence, trigger, modality)
    ("Police arrested two men in Mombasa on Monday.", "arrested", "asserted"),
    ("Police did not arrest anyone on Monday.", "arrest", "negated"),
    # a verb that ends its object ("call off") does not negate it: the strike goes on
    ("The union did not call off the strike.", "strike", "asserted"),
    ("The union did not call a strike.", "strike", "negated"),
    ("The government offered a reward for his capture on Monday.", "capture", "hypothetical"),
    ("The envoy said any deal must allow inspectors full access.", "deal", "hypothetical"),
    ("Residents called for the arrest of the commander on Monday.", "arrest", "hypothetical"),
    # a protest called for is organised: ahead, not wished (called_is_planned)
    ("The opposition party called for a mass march in the capital on Saturday.", "march",
     "expected"),
    ("A reward was posted for information leading to the arrest of the gunmen.", "arrest",
     "hypothetical"),
    ("The deal signed on Monday allows inspectors full access.", "deal", "asserted"),
    ("The team was sent in too early, which led to the deaths of three rescuers.", "deaths",
     "asserted"),
    # an event the text dates after publication is still to come
    ("Rebel and army leaders meet in Geneva on Monday.", "meet", "expected"),
    ("The summit in June will focus on trade.", "summit", "expected"),
    # what is being prepared or planned is ahead; what was planned may have happened since
    ("Ministers met on Monday to prepare a summit on Myanmar.", "summit", "expected"),
    ("The unions are planning a strike.", "strike", "expected"),
    ("The group planned the attacks.", "attacks", "asserted"),
    # a noun shares the negation of a verb that carries it, not of any verb
    ("The two sides did not sign a deal on Monday.", "deal", "negated"),
    ("Iraq has not withdrawn its letter to the United Nations.", "letter", "asserted"),
    ("The government did not condemn the attack.", "attack", "asserted"),
    # a definite event noun spoken of in the future was told already: not expected
    ("The army said the attack would not go unanswered.", "attack", "reported"),
    ("The summit will take place in Geneva.", "summit", "expected"),
    ("Japan will not reverse its sanctions on the tankers.", "sanctions", "asserted"),
    ("Japan will sign the deal in Geneva.", "deal", "expected"),
    ("The president will present the report to Congress.", "report", "expected"),
    ("The summit will bring together 40 leaders in Nairobi.", "summit", "expected"),
    ("Ministers will approve the deal on Friday.", "deal", "expected"),
    # a modal about what a told event is or does leaves it told; one about it happening not
    ("The spokesman said the attack may constitute a war crime.", "attack", "reported"),
    ("The attack could come at any time.", "attack", "hypothetical"),
    ("He said the attack on three officers could not be justified.", "attack", "reported"),
    ("The attack could be launched at any time.", "attack", "hypothetical"),
    ("Officials said the summit may be cancelled.", "summit", "hypothetical"),
    ("The protest could be banned.", "protest", "hypothetical"),
    ("The deployment will last at least two weeks.", "deployment", "asserted"),
    # a verb that keeps to an event acts on one that exists
    ("The UN called on both sides to honour the truce.", "truce", "asserted"),
    ("The rebels will respect the ceasefire.", "ceasefire", "asserted"),
    # taking part in an event shares its tense
    ("The airline agreed on Thursday to take part in talks with the union.", "talks",
     "expected"),
    ("Envoys will participate in a meeting in Doha.", "meeting", "expected"),
    ("Rebels took part in talks in Doha.", "talks", "asserted"),
    # an event that sets something is not itself set: it has taken place
    ("The ministers' meeting set no date for the survey.", "meeting", "asserted"),
    ("The meeting is set for Monday.", "meeting", "expected"),
    # what someone is suspected or accused of is alleged: reported, not asserted
    ("Police arrested two men suspected of killing a priest.", "killing", "reported"),
    ("Police arrested two men for killing a priest.", "killing", "asserted"),
]


@pytest.mark.parametrize("text,trigger,mood", CASES)
def test_modality(nlp, text, trigger, mood):
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-04-10")}
    assert events[trigger].modality == mood
    if mood in ("hypothetical", "negated"):
        assert events[trigger].date.basis == "unknown"  # never dated by the sentence's timex
