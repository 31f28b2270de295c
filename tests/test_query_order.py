"""Timeline order and filters, on hand-made extractions (no NLP)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.aliases import load_aliases
from timeline.db import make_engine, make_sessionmaker, upgrade
from timeline.query import actor_timeline
from timeline.store import save_extraction
from timeline.types import ArticleIn, EventDate, ExtractedEvent, Extraction, Participant


def _event(trigger: str, when: EventDate, actor: str = "United States",
           kind: str | None = None) -> ExtractedEvent:
    return ExtractedEvent(
        type=kind or f"type-{trigger}", trigger=trigger, trigger_start=0, trigger_end=len(trigger), date=when,
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


def _article(text: str, published: date, *events: ExtractedEvent) -> Extraction:
    return Extraction(ArticleIn(text=text, published=published), events)


def test_one_event_reported_by_several_articles_is_one_row(sessions):
    aliases = load_aliases()
    day = EventDate(date(2015, 6, 3), date(2015, 6, 3), "day", "explicit", "2015-06-03")
    with sessions.begin() as s:
        save_extraction(s, _article("a", date(2015, 6, 4), _event("met", day, kind="meeting")),
                        aliases)
        save_extraction(s, _article("b", date(2015, 6, 5),
                                    _event("talks", EventDate(None, date(2015, 6, 5), "vague",
                                                              "reported"), kind="meeting")),
                        aliases)
        save_extraction(s, _article("c", date(2015, 6, 6), _event("met", day, kind="meeting")),
                        aliases)
    with sessions() as s:
        (entry,) = actor_timeline(s, "US", aliases)
        assert (entry.mentions, entry.sources) == (3, 3)
        assert entry.date_start == date(2015, 6, 3)  # the best-dated report stands for all


def test_two_attacks_on_consecutive_days_stay_apart(sessions):
    aliases = load_aliases()
    with sessions.begin() as s:
        for text, day in (("a", 3), ("b", 4), ("c", 3)):
            when = EventDate(date(2015, 6, day), date(2015, 6, day), "day", "explicit")
            save_extraction(s, _article(text, date(2015, 6, 5),
                                        _event("shelled", when, kind="attack")), aliases)
    with sessions() as s:
        rows = actor_timeline(s, "US", aliases)
        assert [(e.date_start.day, e.mentions) for e in rows] == [(3, 2), (4, 1)]


def test_different_actors_same_day_stay_apart(sessions):
    aliases = load_aliases()
    when = EventDate(date(2015, 6, 3), date(2015, 6, 3), "day", "explicit")
    with sessions.begin() as s:
        save_extraction(s, _article("a", date(2015, 6, 5),
                                    _event("met", when, "Iran", kind="meeting")), aliases)
        save_extraction(s, _article("b", date(2015, 6, 5),
                                    _event("met", when, "Iraq", kind="meeting")), aliases)
    with sessions() as s:
        assert len(actor_timeline(s, "Iran", aliases)) == 1
        assert actor_timeline(s, "Iran", aliases)[0].mentions == 1


def test_key_dates_rank_by_independent_sources(tmp_path):
    import timeline

    with timeline.open(tmp_path / "k.db") as db:
        with db.sessions.begin() as s:
            aliases = load_aliases()
            d3 = EventDate(date(2015, 6, 3), date(2015, 6, 3), "day", "explicit")
            d4 = EventDate(date(2015, 6, 4), date(2015, 6, 4), "day", "explicit")
            save_extraction(s, _article("a", date(2015, 6, 5), _event("met", d3, kind="meeting"),
                                        _event("shelled", d4, kind="attack")), aliases)
            save_extraction(s, _article("b", date(2015, 6, 5), _event("met", d3, kind="meeting")),
                            aliases)
        (first, second) = db.key_dates(actor="America", n=5)
        assert (first.date, first.sources, second.date, second.sources) == (
            date(2015, 6, 3), 2, date(2015, 6, 4), 1)
        (entry, *_rest) = db.actor_timeline("US")
        assert len(db.mentions(entry.event_id)) == 2


def test_recluster_groups_events_stored_without_a_cluster(tmp_path):
    import timeline
    from timeline.models import Event

    with timeline.open(tmp_path / "r.db") as db:
        day = EventDate(date(2015, 6, 3), date(2015, 6, 3), "day", "explicit")
        with db.sessions.begin() as s:
            for text in ("a", "b"):
                save_extraction(s, _article(text, date(2015, 6, 4), _event("met", day, kind="meeting")),
                                load_aliases())
            s.execute(Event.__table__.update().values(cluster_id=None))  # as before revision 0002
        assert [e.mentions for e in db.actor_timeline("US")] == [1, 1]
        assert db.recluster() == 2
        assert [e.mentions for e in db.actor_timeline("US")] == [2]
