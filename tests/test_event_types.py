"""Trigger words whose type depends on their words around: a strike by workers is a protest."""

from __future__ import annotations

import pytest

import timeline


@pytest.mark.parametrize("text,trigger,etype", [
    ("Dockworkers began a 48-hour strike at the port on Monday.", "strike", "protest"),
    ("The union called off the strike on Monday.", "strike", "protest"),
    ("A general strike shut the capital on Monday.", "strike", "protest"),
    ("A drone strike killed three militants on Monday.", "strike", "attack"),
    ("Israel carried out an air strike on Gaza on Monday.", "strike", "attack"),
])
def test_strike_type_follows_its_modifiers(nlp, text, trigger, etype):
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-02-10")}
    assert events[trigger].type == etype
