"""End to end on an article of our own, on another topic, so nothing is tuned to the seed."""

from __future__ import annotations

from datetime import date

import pytest

import timeline
from tests.conftest import ARTICLES

ARTICLE = ARTICLES / "kenya-ethiopia-border-pact.txt"
PUBLISHED = "2023-03-17"  # a Friday


@pytest.fixture(scope="module")
def events(nlp):
    return timeline.extract_events(ARTICLE.read_text("utf-8"), published=PUBLISHED)


def _find(events, kind, trigger):
    found = [e for e in events if e.type == kind and e.trigger == trigger]
    assert found, f"no {kind} event with trigger {trigger!r}"
    return found[0]


def test_signing_on_tuesday_in_addis_ababa(events):
    ev = _find(events, "agreement", "signed")
    assert {p.name for p in ev.agents} == {"Kenya", "Ethiopia"}
    assert [p.name for p in ev.locations] == ["Addis Ababa"]
    assert (ev.date.start, ev.date.precision, ev.date.basis) == (date(2023, 3, 14), "day",
                                                                 "explicit")


def test_weekday_statement_and_protest(events):
    said = [e for e in events if e.type == "statement" and e.date.basis == "explicit"]
    assert said and said[0].date.start == date(2023, 3, 15)
    assert "Kenya" in {k.name for p in said[0].agents for k in p.links}
    protest = _find(events, "protest", "marched")
    assert protest.date.start == date(2023, 3, 16)


def test_future_deployment_by_june_30(events):
    ev = _find(events, "deployment", "deploy")
    assert ev.date.start == date(2023, 6, 30)
    assert ev.modality == "expected"


def test_last_week_arrests_have_week_precision(events):
    ev = _find(events, "arrest", "arrested")
    assert ev.date.value == "2023-W10"
    assert (ev.date.start, ev.date.end, ev.date.precision) == (date(2023, 3, 6),
                                                               date(2023, 3, 12), "week")
    assert [p.name for p in ev.locations] == ["Marsabit"]
    assert "40 suspects" in ev.quantities


def test_month_precision_dates(events):
    attack = _find(events, "attack", "attacked")
    assert (attack.date.start, attack.date.end) == (date(2022, 2, 1), date(2022, 2, 28))
    assert attack.date.precision == "month"
    killing = _find(events, "casualties", "killing")  # a count of dead: casualties, dated by its head
    assert killing.date.value == "2022-02"
    meeting = _find(events, "meeting", "meeting")
    assert meeting.date.value == "2023-04" and meeting.modality == "expected"


def test_timeline_order_and_demonym_lookup(tmp_path, nlp):
    with timeline.open(tmp_path / "k.db") as db:
        db.ingest_text(ARTICLE.read_text("utf-8"), published=PUBLISHED, source=ARTICLE.name)
        kenya = db.actor_timeline("Kenya")
        assert kenya and kenya == db.actor_timeline("Kenyan")
        keys = [(e.date_start or e.date_end) for e in kenya if (e.date_start or e.date_end)]
        assert keys == sorted(keys)
        addis = db.location_timeline("Addis Ababa")
        assert {e.trigger for e in addis} >= {"signed", "met"}


def test_cities_roll_up_to_countries(tmp_path, nlp):
    with timeline.open(tmp_path / "g.db") as db:
        db.ingest_text(ARTICLE.read_text("utf-8"), published=PUBLISHED, source=ARTICLE.name)
        ethiopia = {e.trigger for e in db.location_timeline("Ethiopia")}
        kenya = {e.trigger for e in db.location_timeline("Kenya")}
        assert {"signed", "met"} <= ethiopia  # in Addis Ababa
        assert "arrested" in kenya  # in Marsabit
        assert "arrested" not in ethiopia
