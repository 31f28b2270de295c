"""End to end on the seed article (issue: foundation, "must show")."""

from __future__ import annotations

from datetime import date

import pytest

import timeline
from tests.conftest import SEED

PUBLISHED = date(2015, 6, 12)


def _of_type(events, kind):
    return [e for e in events if e.type == kind]


def test_deployment_of_450_soldiers_to_anbar(seed_events):
    deployments = _of_type(seed_events, "deployment")
    assert deployments, "no deployment event"
    ev = next(e for e in deployments if "450 soldiers" in e.sentence)
    assert {p.name for p in ev.agents} & {"Barack Obama", "United States"}
    assert "Anbar" in {p.name for p in ev.locations}
    assert ev.date.basis == "reported"
    assert ev.date.start is None and ev.date.end == PUBLISHED
    assert "450 soldiers" in ev.quantities


def test_evidence_offsets_point_into_the_article(seed_events, seed_text):
    text = timeline.sources.clean_text(seed_text)
    for ev in seed_events:
        assert text[ev.sentence_start : ev.sentence_end] == ev.sentence
        assert text[ev.trigger_start : ev.trigger_end] == ev.trigger
        assert ev.sentence_start <= ev.trigger_start < ev.trigger_end <= ev.sentence_end


def test_clapper_letter_dated_june_3(seed_events):
    letters = _of_type(seed_events, "letter")
    assert len(letters) == 1
    ev = letters[0]
    assert [p.name for p in ev.agents] == ["James Clapper"]
    assert ev.date.start == ev.date.end == date(2015, 6, 3)
    assert ev.date.precision == "day"
    assert ev.date.basis == "explicit"
    assert ev.date.value == "2015-06-03"


def test_nuclear_deal_deadline_is_expected(seed_events):
    deadlines = _of_type(seed_events, "deadline")
    assert len(deadlines) == 1
    ev = deadlines[0]
    assert ev.date.basis == "expected"
    assert ev.date.start is not None and ev.date.start > PUBLISHED
    assert ev.date.end is None
    assert "nuclear deal" in ev.sentence


def test_past_killings_by_iranian_backed_troops(seed_events):
    attacks = [e for e in _of_type(seed_events, "attack") if "in the past" in e.sentence]
    assert len(attacks) == 1
    ev = attacks[0]
    (agent,) = ev.agents
    assert "paramilitary troops" in agent.name
    assert ("backed_by", "Iran") in {(link.relation, link.name) for link in agent.links}
    patients = ev.role("patient")
    assert [p.name for p in patients] == ["US soldiers"]
    assert ("member_of", "United States") in {(k.relation, k.name) for k in patients[0].links}
    # before publication, and no day invented
    assert ev.date.start is None
    assert ev.date.end is not None and ev.date.end <= PUBLISHED
    assert ev.date.precision != "day"
    assert ev.date.value == "PAST_REF"


def test_alias_queries_return_the_same_events(db, seed_text):
    db.ingest_text(seed_text, published="2015-06-12", source=str(SEED))
    ids = {name: [e.event_id for e in db.actor_timeline(name)]
           for name in ("US", "U.S.", "United States", "America", "American")}
    assert ids["US"], "the US takes part in events of the seed"
    assert len({tuple(v) for v in ids.values()}) == 1, ids


def test_iran_timeline_and_linked_groups(db, seed_text):
    db.ingest_text(seed_text, published="2015-06-12", source=str(SEED))
    direct = db.actor_timeline("Iran")
    linked = db.actor_timeline("Iranian", include_linked=True)
    assert {e.event_id for e in direct} < {e.event_id for e in linked}
    killed = [e for e in linked if e.trigger == "killed" and e.date_value == "PAST_REF"]
    assert killed and killed[0].date_end <= PUBLISHED


def test_without_published_date_nothing_is_invented(nlp, seed_text):
    events = timeline.extract_events(seed_text)
    (letter,) = [e for e in events if e.type == "letter"]
    assert letter.date.value == "XXXX-06-03"
    assert letter.date.start is None and letter.date.end is None
    assert letter.date.precision == "day"
    today_year = str(date.today().year)
    for ev in events:
        for d in (ev.date.start, ev.date.end):
            assert d is None, (ev.trigger, d)
        assert today_year not in (ev.date.value or "")
        assert "2026" not in (ev.date.value or "")
        assert ev.date.basis in ("explicit", "unknown", "expected")


def test_same_file_twice_is_stored_once(db, seed_text):
    first = db.ingest_text(seed_text, published="2015-06-12", source="a.txt")
    second = db.ingest_text(seed_text, published="2015-06-12", source="b.txt")
    assert first.created and not second.created
    assert second.document_id == first.document_id
    assert db.counts()["documents"] == 1
    assert db.counts()["events"] == first.events


def test_location_timeline_with_filters(db, seed_text):
    db.ingest_text(seed_text, published="2015-06-12", source=str(SEED))
    anbar = db.location_timeline("Anbar", since="2015-01-01", until="2015-12-31",
                                 types=["deployment"])
    assert [e.event_type for e in anbar] == ["deployment"]
    assert db.location_timeline("Anbar", since="2016-01-01") == []
    assert db.location_timeline("Anbar", types=["letter"]) == []


@pytest.mark.parametrize("name", ["Nowhere Land", "Atlantis"])
def test_unknown_names_give_empty_timelines(db, seed_text, name):
    db.ingest_text(seed_text, published="2015-06-12")
    assert db.actor_timeline(name) == []
    assert not db.knows(name)


def test_places_roll_up_to_their_country(db, seed_text):
    db.ingest_text(seed_text, published="2015-06-12", source=str(SEED))
    within = db.location_timeline("Iraq")
    direct = db.location_timeline("Iraq", include_within=False)
    assert "deployment" in {e.event_type for e in within}  # in Anbar, which lies in Iraq
    assert "deployment" not in {e.event_type for e in direct}
    assert {e.event_id for e in direct} < {e.event_id for e in within}
