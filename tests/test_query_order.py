"""Timeline order and filters, on hand-made extractions (no NLP)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.aliases import load_aliases
from timeline.db import make_engine, make_sessionmaker, upgrade
from timeline.query import actor_timeline
from timeline.store import save_extraction
from timeline.types import ArticleIn, EventDate, ExtractedEvent, Extraction, Participant


def _event(trigger: str, when: EventDate, actor: str = "United States") -> ExtractedEvent:
    return ExtractedEvent(
        type="meeting", trigger=trigger, trigger_start=0, trigger_end=len(trigger), date=when,
        sentence=trigger, sentence_start=0, sentence_end=len(trigger),
        participants=(Participant("agent", actor, "country", actor, 0, 2),),
    )


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(tmp_path / "q.db")
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


def test_day_before_its_month_and_undated_last(sessions):
    events = (
        _event("undated", EventDate(None, None, "unknown", "unknown")),
        _event("june", EventDate(date(2015, 6, 1), date(2015, 6, 30), "month", "explicit",
                                 "2015-06")),
        _event("june-1", EventDate(date(2015, 6, 1), date(2015, 6, 1), "day", "explicit",
                                   "2015-06-01")),
        _event("may", EventDate(date(2015, 5, 2), date(2015, 5, 2), "day", "explicit")),
        _event("reported", EventDate(None, date(2015, 6, 12), "vague", "reported")),
    )
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="x"), events), aliases)
    with sessions() as s:
        order = [e.trigger for e in actor_timeline(s, "U.S.", aliases)]
        assert order == ["may", "june-1", "june", "reported", "undated"]
        since = [e.trigger for e in actor_timeline(s, "US", aliases, since=date(2015, 6, 2))]
        assert since == ["june", "reported"]
        until = [e.trigger for e in actor_timeline(s, "US", aliases, until=date(2015, 5, 31))]
        assert until == ["may"]
