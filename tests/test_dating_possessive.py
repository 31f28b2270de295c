"""A possessive time expression ("Friday night's attack") dates the noun it belongs to."""

from __future__ import annotations

import timeline


def test_possessive_timex_dates_its_noun_not_the_verb_before_it(nlp):
    events = {e.trigger: e for e in timeline.extract_events(
        "Lithuania's foreign ministry condemned Friday night's attack on its embassy.",
        published="2026-05-09")}
    assert events["attack"].date.value == "2026-05-08TNI"
    assert events["condemned"].date.basis == "reported"


def test_possessive_timex_still_dates_a_noun_it_modifies_through_a_phrase(nlp):
    events = {e.trigger: e for e in timeline.extract_events(
        "The death toll from Wednesday's earthquake rose to 41.", published="2026-06-05")}
    assert events["death toll"].date.value == "2026-06-03"
