"""Event clusters across reports: one story, anaphora, and the extraction cues they use."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

import timeline
from timeline.aliases import load_aliases
from timeline.db import make_engine, make_sessionmaker, upgrade
from timeline.models import Document, DocumentEntity, Event
from timeline.store import save_extraction
from timeline.types import (
    ArticleIn,
    EntityLink,
    EventDate,
    ExtractedEvent,
    Extraction,
    Participant,
)

DAY3 = EventDate(date(2026, 4, 3), date(2026, 4, 3), "day", "explicit", "2026-04-03")
KENYA_STORY = (("Kenya", "country"), ("Nairobi", "city"), ("Law Society of Kenya", "organization"))
FRANCE_STORY = (("France", "country"), ("Lyon", "city"), ("CGT", "organization"))


def _event(trigger: str, when: EventDate, start: int = 0, anaphoric: bool = False,
           actor: str | None = None, etype: str = "arrest",
           parts: tuple[Participant, ...] = ()) -> ExtractedEvent:
    if actor:
        parts = (Participant("agent", actor, "group", actor, 0, 1), *parts)
    return ExtractedEvent(type=etype, trigger=trigger, trigger_start=start,
                          trigger_end=start + len(trigger), date=when, sentence=trigger,
                          sentence_start=start, sentence_end=start + len(trigger),
                          participants=parts, anaphoric=anaphoric)


def test_a_person_and_the_office_she_holds_are_one_speaker():
    """"Foreign Minister Rūta Baranauskienė said" of one report and "Lithuania's foreign
    ministry" of another are one speaker (her title's office), and "Prime Minister Hassan
    al-Karimi" and "the prime minister" too; not the finance ministry, nor a statement that
    names a person of its own, nor a title of one word ("spokeswoman")."""
    from timeline.dedup import Mention, score

    ids = {"Rūta Baranauskienė": 1, "lithuania's foreign ministry": 2, "prime minister": 3,
           "finance ministry": 4, "Jonas Petraitis": 5, "ministry": 6,
           "former prime minister": 7, "deputy foreign ministry": 8}

    def said(actor: str, titles: tuple[str, ...] = (), person: bool = False) -> Mention:
        return Mention(1, "statement", None, None, "reported", date(2026, 5, 10),
                       frozenset({ids[actor]}), frozenset(), "said",
                       named=frozenset({ids[actor]}) if person else frozenset(),
                       named_kinds=frozenset({"person"}) if person else frozenset(),
                       descriptions=frozenset() if person else frozenset({actor}),
                       titles=frozenset(titles))

    minister = said("Rūta Baranauskienė", ("foreign minister",), person=True)
    assert score(minister, said("lithuania's foreign ministry"), story=2) >= 1.0
    assert score(said("lithuania's foreign ministry"), minister, story=2) >= 1.0
    assert score(said("Rūta Baranauskienė", ("prime minister",), person=True),
                 said("prime minister"), story=2) >= 1.0
    assert score(minister, said("finance ministry"), story=2) == 0.0
    assert score(minister, said("Jonas Petraitis", ("foreign minister",), person=True),
                 story=2) == 0.0
    assert score(said("Rūta Baranauskienė", person=True), said("ministry"), story=2) == 0.0
    # the same office, not a former or a deputy one (review, session 10)
    assert score(said("Rūta Baranauskienė", ("prime minister",), person=True),
                 said("former prime minister"), story=2) == 0.0
    assert score(minister, said("deputy foreign ministry"), story=2) == 0.0
    # nor the ministry of another country than the one she serves
    lithuanian = replace(minister, served=frozenset({21}))
    assert score(lithuanian, replace(said("lithuania's foreign ministry"),
                                     agents=frozenset({21})), story=2) >= 1.0
    assert score(lithuanian, replace(said("lithuania's foreign ministry"),
                                     agents=frozenset({22})), story=2) == 0.0


def _article(text: str, published: date, named: tuple[tuple[str, str], ...],
             *events: ExtractedEvent) -> Extraction:
    entities = tuple(Participant("mention", name, kind, name, 0, 1) for name, kind in named)
    return Extraction(ArticleIn(text=text, published=published), events, entities)


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(tmp_path / "d.db")
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


def _clusters(session) -> dict[str, int]:
    rows = session.execute(select(Document.text, Event.cluster_id).join(Event)).all()
    return {text: cluster for text, cluster in rows}


def test_a_bare_report_joins_the_event_of_its_own_story_only(sessions):
    """"The arrests" with no actor and only its report's date joins the dated arrests of an
    article that names the same people and places, not those of another story."""
    reported = EventDate(None, date(2026, 4, 5), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 4, 4), KENYA_STORY,
                                    _event("arrested", DAY3)), aliases)
        save_extraction(s, _article("same story", date(2026, 4, 5), KENYA_STORY,
                                    _event("detentions", reported)), aliases)
        save_extraction(s, _article("other story", date(2026, 4, 5), FRANCE_STORY,
                                    _event("detentions", reported)), aliases)
    with sessions() as s:
        clusters = _clusters(s)
        assert clusters["same story"] == clusters["first"]
        assert clusters["other story"] != clusters["first"]
        named = s.scalars(select(DocumentEntity.entity_id)).all()
        assert len(named) == 9  # three entities named by each of three documents


def test_an_anaphor_joins_the_event_told_before_it_in_the_article(sessions):
    aliases = load_aliases()
    monday = EventDate(date(2026, 4, 6), date(2026, 4, 6), "day", "explicit", "2026-04-06")
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 4, 10)), (
            _event("arrested", DAY3, 0, actor="police"),
            _event("detained", monday, 50, actor="soldiers"),
            _event("sweep", EventDate(None, None, "unknown", "unknown"), 90, anaphoric=True),
            _event("detentions", EventDate(None, None, "unknown", "unknown"), 120),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
        assert by_trigger["sweep"] == by_trigger["detained"]  # the last one told
        assert by_trigger["arrested"] != by_trigger["detained"]  # two dates, two events
        assert by_trigger["detentions"] not in (by_trigger["arrested"], by_trigger["detained"])


def test_an_anaphor_with_its_own_other_date_is_another_event(sessions):
    aliases = load_aliases()
    later = EventDate(date(2026, 4, 20), date(2026, 4, 20), "day", "expected", "2026-04-20")
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="two", published=date(2026, 4, 10)), (
            _event("arrested", DAY3, 0, actor="police"),
            _event("arrests", later, 40, anaphoric=True),
        )), aliases)
    with sessions() as s:
        assert len({e.cluster_id for e in s.scalars(select(Event))}) == 2


@pytest.mark.parametrize("text,trigger,anaphoric", [
    ("Rebels attacked the town on Monday. The attack was condemned.", "attack", True),
    ("Rebels attacked the town on Monday.", "attacked", False),
    ("The army said its withdrawal was complete.", "withdrawal", True),
    ("A new attack hit the town on Monday.", "attack", False),
    ("Rebels attacked the town on Monday. The second attack came on Tuesday.", "attack", False),
    # an event placed before or after the one whose clause it is in is not that one
    ("Ministers met on Monday to coordinate their position ahead of the three-day meeting.",
     "meeting", False),
    ("The summit opened on Tuesday. Ministers spoke after the meeting.", "meeting", True),
    ("Ministers met on Monday ahead of the summit in Nairobi.", "summit", False),
])
def test_definite_event_nouns_are_marked_anaphoric(nlp, text, trigger, anaphoric):
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-04-10")}
    assert events[trigger].anaphoric is anaphoric


def test_a_dateline_is_not_part_of_the_agent(nlp):
    (event, *_rest) = timeline.extract_events(
        "NAIROBI - Police detained 40 people on Monday.", published="2026-04-10")
    assert [p.name for p in event.agents] == ["Police"]


def test_a_dateline_before_its_country_is_not_the_agent(nlp):
    """"KHAR, Pakistan - Gunmen killed": the tagger takes KHAR for a person, the subject of
    the verb; it is where the report was written."""
    events = timeline.extract_events(
        "KHAR, Pakistan - Gunmen on a motorcycle killed two polio vaccinators on Monday.",
        published="2026-10-20")
    assert all(p.name != "KHAR" for e in events for p in e.participants)


def test_the_agency_is_the_agency_the_article_named(nlp):
    """"the agency", "the observer group": the one organization of the article whose name
    ends in that word; none when two would fit."""
    one = timeline.extract_events(
        "The International Atomic Energy Agency sent inspectors on Monday. The agency "
        "published its report on Thursday.", published="2026-04-10")
    (report,) = [e for e in one if e.trigger == "report"]
    assert [p.name for p in report.agents] == ["International Atomic Energy Agency"]
    two = timeline.extract_events(
        "The International Atomic Energy Agency and the European Space Agency met on "
        "Monday. The agency published its report on Thursday.", published="2026-04-10")
    (report,) = [e for e in two if e.trigger == "report"]
    assert [p.name for p in report.agents] == ["agency"]


def test_a_country_after_a_dateline_still_stands_behind_its_ministry(nlp):
    """"BANGKOK - Thailand's foreign ministry": the model tags the dateline and the
    possessive as one name; the ministry is still Thailand's."""
    (event, *_rest) = timeline.extract_events(
        "BANGKOK - Thailand's foreign ministry delivered a letter on Thursday.",
        published="2026-11-13")
    (agent,) = event.agents
    assert [(link.relation, link.name) for link in agent.links] == [("member_of", "Thailand")]


def test_what_a_summit_is_about_is_not_where_it_is(nlp):
    events = timeline.extract_events(
        "Leaders held a summit on Myanmar in Jakarta on Tuesday.", published="2026-09-16")
    (summit,) = [e for e in events if e.trigger == "summit"]
    assert [p.name for p in summit.locations] == ["Jakarta"]


def test_a_surname_is_the_person_the_article_named_in_full(nlp):
    text = ("ROME - Foreign Minister Carla Benedetti thanked Qatar on Saturday. "
            "Benedetti said the four were tired. Mr. Benedetti met Lazaro Gonzalez and "
            "Marisleysis Gonzalez on Monday. Gonzalez said they would appeal.")
    agents = [[p.name for p in e.agents] for e in timeline.extract_events(
        text, published="2026-03-28") if e.trigger == "said"]
    assert agents[0] == ["Carla Benedetti"]
    assert agents[-1] == ["Gonzalez"]  # two Gonzalezes: which one is not guessed


def test_an_anaphor_in_another_place_is_another_event(sessions):
    aliases = load_aliases()
    kabul = Participant("location", "Kabul", "city", "Kabul", 0, 5)
    kandahar = Participant("location", "Kandahar", "city", "Kandahar", 0, 8)
    unknown = EventDate(None, None, "unknown", "unknown")
    with sessions.begin() as s:
        first = _event("attacked", DAY3, 0, actor="gunmen")
        later = _event("attack", unknown, 60, anaphoric=True)
        save_extraction(s, Extraction(ArticleIn(text="three", published=date(2026, 4, 10)), (
            ExtractedEvent(**{**first.__dict__, "participants": (*first.participants, kabul)}),
            ExtractedEvent(**{**later.__dict__, "participants": (kandahar,)}),
        )), aliases)
    with sessions() as s:
        assert len({e.cluster_id for e in s.scalars(select(Event))}) == 2


def test_entities_most_articles_name_do_not_make_a_story(sessions, monkeypatch):
    import timeline.dedup as dedup

    monkeypatch.setattr(dedup, "COMMON_MIN_DOCUMENTS", 2)
    monkeypatch.setattr(dedup, "COMMON_SHARE", 0.0)
    aliases = load_aliases()
    common = (("United States", "country"), ("Washington", "city"))
    with sessions.begin() as s:
        for k in range(3):  # three unrelated articles name both
            save_extraction(s, _article(f"other {k}", date(2026, 3, 1), common), aliases)
        save_extraction(s, _article("first", date(2026, 4, 4), common,
                                    _event("arrested", DAY3)), aliases)
        save_extraction(s, _article("second", date(2026, 4, 5), common, _event(
            "detentions", EventDate(None, date(2026, 4, 5), "vague", "reported"))), aliases)
    with sessions() as s:
        clusters = _clusters(s)
        assert clusters["second"] != clusters["first"]


def _doer(name: str, kind: str, country: str | None = None) -> Participant:
    links = (EntityLink("member_of", country, "country"),) if country else ()
    return Participant("agent", name, kind, name, 0, 1, links)


def test_doers_of_two_countries_are_two_events_and_one_country_one(sessions):
    """Britain's soldiers arriving and Denmark sending troops the same month are two
    deployments, though told in one article; "the British reinforcement" told later is
    the British soldiers' arrival (a group of soldiers acts for its country)."""
    monday = EventDate(date(2026, 3, 2), date(2026, 3, 2), "day", "explicit", "2026-03-02")
    march = EventDate(date(2026, 3, 1), date(2026, 3, 31), "month", "explicit", "2026-03")
    reported = EventDate(None, date(2026, 3, 10), "vague", "reported")

    def deployment(trigger: str, when: EventDate, start: int, doer: Participant) -> ExtractedEvent:
        return _event(trigger, when, start, etype="deployment", parts=(doer,))

    with sessions.begin() as s:
        aliases = load_aliases()
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 3, 2)), (
            deployment("arrived", monday, 0, _doer("British soldiers", "group", "United Kingdom")),
            deployment("send", march, 60, _doer("Denmark", "country")),
        )), aliases)
        save_extraction(s, Extraction(ArticleIn(text="two", published=date(2026, 3, 10)), (
            deployment("reinforcement", reported, 0, _doer("United Kingdom", "country")),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["send"] != by_trigger["arrived"]
    assert by_trigger["reinforcement"] == by_trigger["arrived"]


def test_a_cluster_date_is_what_all_its_reports_allow():
    """A summit still ahead on the 14th and reported on the 16th took place on the 15th or
    the 16th, so the cluster cannot take the ministers' meeting of the 14th."""
    from timeline.dedup import Mention, _common_window, compatible_dates

    ahead = Mention(1, "meeting", None, None, "expected", date(2026, 9, 14), frozenset(),
                    frozenset(), "summit")
    told = Mention(2, "meeting", None, None, "reported", date(2026, 9, 16), frozenset(),
                   frozenset(), "summit")
    met = Mention(3, "meeting", date(2026, 9, 14), date(2026, 9, 14), "explicit",
                  date(2026, 9, 14), frozenset(), frozenset(), "met")
    assert _common_window([ahead, told]) == (date(2026, 9, 15), date(2026, 9, 16))
    assert compatible_dates(met, told)  # alone, the report would allow the 14th
    cluster = Mention(2, "meeting", None, None, "reported", date(2026, 9, 16), frozenset(),
                      frozenset(), "summit", window=_common_window([ahead, told]))
    assert not compatible_dates(met, cluster)


def test_a_later_report_retells_its_story_event_however_long_ago(sessions):
    """Weeks after a kidnapping, "the aid workers kidnapped in Mali" (undated) is that
    kidnapping: same story, same word, same place. An undated "attack" there is not."""
    mali = (("Mali", "country"), ("JNIM", "organization"), ("Mopti", "city"))
    jan11 = EventDate(date(2026, 1, 11), date(2026, 1, 11), "day", "explicit", "2026-01-11")
    told = EventDate(None, date(2026, 4, 3), "vague", "reported")
    place = Participant("location", "Mali", "country", "Mali", 0, 1)

    def kidnap(trigger: str, when: EventDate) -> ExtractedEvent:
        return _event(trigger, when, etype="attack", parts=(place,))

    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 1, 12), mali, kidnap("kidnapped", jan11)),
                        aliases)
        save_extraction(s, _article("later", date(2026, 4, 3), mali, kidnap("kidnapped", told)),
                        aliases)
        save_extraction(s, _article("other", date(2026, 4, 3), mali, kidnap("attacked", told)),
                        aliases)
    with sessions() as s:
        assert _clusters(s)["later"] == _clusters(s)["first"]
        assert _clusters(s)["other"] != _clusters(s)["first"]


def test_a_later_report_retells_a_counted_event_with_its_count():
    """Two weeks after "the defence ministry sent about 400 soldiers to Gharm", "the army
    sent about 400 soldiers" (undated, another doer's word, no place) is that deployment:
    same story, same word, same count. Without the count it ties to nothing."""
    from timeline.dedup import Mention, score

    feb17 = dict(start=date(2026, 2, 17), end=date(2026, 2, 17), basis="explicit")
    sent = Mention(1, "deployment", **feb17, published=date(2026, 2, 17),
                   actors=frozenset({1}), places=frozenset({2}), trigger="sent",
                   numbers=frozenset({"400"}))
    retold = Mention(2, "deployment", None, None, "reported", date(2026, 3, 5),
                     frozenset({3}), frozenset(), "sent", numbers=frozenset({"400"}))
    assert score(retold, sent, story=5) > 0
    assert score(replace(retold, numbers=frozenset()), sent, story=5) == 0


def test_a_minister_is_not_set_against_his_country():
    """Named actors of different kinds (a person, a country) are no conflict; two people
    or two countries with none in common are."""
    from timeline.dedup import Mention, _different_named

    def m(*named: tuple[int, str]) -> Mention:
        return Mention(1, "letter", None, None, "reported", date(2026, 7, 8), frozenset(),
                       frozenset(), "letter", named=frozenset(e for e, _ in named),
                       named_kinds=frozenset(k for _, k in named))

    iraq, minister, other_minister, turkey = (1, "country"), (2, "person"), (3, "person"), (4, "country")
    assert not _different_named(m(minister), m(iraq))
    assert _different_named(m(minister), m(other_minister))
    assert _different_named(m(iraq), m(turkey))
    assert not _different_named(m(iraq, minister), m(iraq))


def test_a_vague_report_does_not_chain_two_dated_events_together(sessions):
    """Rounds of voting on Monday and on Tuesday are two events. A later undated "votes"
    that ties with both of them and with a third, undated cluster joins that one, but never
    makes Monday's and Tuesday's rounds one event."""
    parliament = (("Riigikogu", "organization"), ("Tallinn", "city"))
    college = (("Mart Saar", "person"), ("Kadri Tamm", "person"))
    monday = EventDate(date(2026, 8, 31), date(2026, 8, 31), "day", "explicit", "2026-08-31")
    tuesday = EventDate(date(2026, 9, 1), date(2026, 9, 1), "day", "explicit", "2026-09-01")
    told = EventDate(None, date(2026, 9, 2), "vague", "reported")

    def vote(trigger: str, when: EventDate) -> ExtractedEvent:
        return _event(trigger, when, etype="election")

    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("monday", date(2026, 8, 31), parliament,
                                    vote("vote", monday)), aliases)
        save_extraction(s, _article("tuesday", date(2026, 9, 1), parliament,
                                    vote("vote", tuesday)), aliases)
        save_extraction(s, _article("candidates", date(2026, 9, 2), college,
                                    vote("votes", told)), aliases)
        save_extraction(s, _article("later", date(2026, 9, 2), parliament + college,
                                    vote("votes", told)), aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert cluster["monday"] != cluster["tuesday"]


def test_a_mention_without_a_place_does_not_bridge_two_places(sessions):
    """Taliban attacks reported in Kabul and in Kandahar are two events; a later "attack"
    by the Taliban that names no place joins one of them, not both."""
    told = EventDate(None, date(2026, 5, 4), "vague", "reported")
    taliban = Participant("agent", "Taliban", "organization", "Taliban", 0, 1)

    def attack(text_place: str | None) -> ExtractedEvent:
        parts = (taliban,) + ((Participant("location", text_place, "city", text_place, 0, 1),)
                              if text_place else ())
        return _event("attack", told, etype="attack", parts=parts)

    aliases = load_aliases()
    with sessions.begin() as s:
        for text, place in (("kabul", "Kabul"), ("kandahar", "Kandahar"), ("vague", None)):
            save_extraction(s, Extraction(ArticleIn(text=text, published=date(2026, 5, 4)),
                                          (attack(place),)), aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert cluster["kabul"] != cluster["kandahar"]
    assert cluster["vague"] in (cluster["kabul"], cluster["kandahar"])


def test_a_retelling_joins_the_latest_story_event_it_may_be(sessions):
    """Weeks after a quake, "the quake killed 131" joins this month's killing, not the
    2023 quake the first report recalled, though both lie before it ("killed" and
    "killing" are one word for this)."""
    nepal = (("Nepal", "country"), ("Jumla", "city"), ("Kathmandu", "city"))
    feb8 = EventDate(date(2026, 2, 8), date(2026, 2, 8), "day", "explicit", "2026-02-08")
    nov23 = EventDate(date(2023, 11, 1), date(2023, 11, 30), "month", "explicit", "2023-11")
    told = EventDate(None, date(2026, 2, 27), "vague", "reported")
    place = Participant("location", "Nepal", "country", "Nepal", 0, 1)

    def deaths(trigger: str, when: EventDate, start: int) -> ExtractedEvent:
        return _event(trigger, when, start, etype="casualties", parts=(place,))

    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 2, 9), nepal,
                                    deaths("killing", feb8, 0), deaths("killed", nov23, 50)),
                        aliases)
        save_extraction(s, _article("later", date(2026, 2, 27), nepal,
                                    deaths("killed", told, 0)), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("later", "killed")] == cluster[("first", "killing")]


def test_a_retelling_far_closer_than_any_recent_event_joins_the_old_one(sessions):
    """"His arrest came a week after investigators detained the chief executive": the
    detention told in passing, undated, is the named man's arrest of twelve days before,
    not the article's own new arrest (which only shares the investigators with it)."""
    ceo = Participant("patient", "Ganzorig Batbayar", "person", "Batbayar", 0, 1)
    mar12 = EventDate(date(2026, 3, 12), date(2026, 3, 12), "day", "explicit", "2026-03-12")
    mar19 = EventDate(date(2026, 3, 19), date(2026, 3, 19), "day", "explicit", "2026-03-19")
    told = EventDate(None, date(2026, 3, 24), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 3, 13), KENYA_STORY,
                                    _event("detained", mar12, 0, actor="investigators",
                                           parts=(ceo,))), aliases)
        save_extraction(s, _article("later", date(2026, 3, 24), KENYA_STORY,
                                    _event("arrested", mar19, 0, actor="investigators"),
                                    _event("detained", told, 60, actor="investigators",
                                           parts=(ceo,))), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("later", "detained")] == cluster[("first", "detained")]
    assert cluster[("later", "arrested")] != cluster[("first", "detained")]


def test_an_anaphor_naming_its_doer_joins_the_event_of_that_doer(sessions):
    """"Iraq has written to the UN ... In the letter, Foreign Minister al-Hashimi says":
    the letter names a person and the earlier event a country, so nothing sets them apart;
    a letter signed by another person than the earlier one's is another letter."""
    unknown = EventDate(None, None, "unknown", "unknown")
    iraq = Participant("agent", "Iraq", "country", "Iraq", 0, 1)
    minister = Participant("agent", "Raad al-Hashimi", "person", "al-Hashimi", 0, 1)
    other = Participant("agent", "Ali al-Saadi", "person", "al-Saadi", 0, 1)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 7, 8)), (
            _event("written", unknown, 0, etype="letter", parts=(iraq,)),
            _event("letter", unknown, 40, etype="letter", parts=(minister,), anaphoric=True),
        )), aliases)
        save_extraction(s, Extraction(ArticleIn(text="two", published=date(2026, 7, 8)), (
            _event("wrote", unknown, 0, etype="letter", parts=(minister,)),
            _event("letter", unknown, 40, etype="letter", parts=(other,), anaphoric=True),
        )), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("one", "letter")] == cluster[("one", "written")]
    assert cluster[("two", "letter")] != cluster[("two", "wrote")]


def test_an_undated_report_matches_any_word_its_event_was_told_with(sessions):
    """"Iraq has written to the UN ... in the letter" and, a week later, "with a letter to
    the UN": two undated reports tie by the word "letter", though the cluster's first
    mention is "written"."""
    iraq = Participant("agent", "Iraq", "country", "Iraq", 0, 1)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 7, 8), KENYA_STORY,
                                    _event("written", EventDate(None, date(2026, 7, 8), "vague",
                                                                "reported"),
                                           0, etype="letter", parts=(iraq,)),
                                    _event("letter", EventDate(None, date(2026, 7, 8), "vague",
                                                               "reported"),
                                           40, etype="letter", anaphoric=True)), aliases)
        save_extraction(s, _article("later", date(2026, 7, 15), KENYA_STORY,
                                    _event("letter", EventDate(None, date(2026, 7, 15), "vague",
                                                               "reported"),
                                           0, etype="letter", parts=(iraq,))), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("first", "letter")] == cluster[("first", "written")]
    assert cluster[("later", "letter")] == cluster[("first", "written")]


def test_a_vague_report_does_not_join_a_summit_still_ahead_to_a_meeting_before_it(sessions):
    """On the 14th ministers met and a summit was still ahead; a later undated "summit"
    that ties with both joins one of them, but does not make them one event."""
    jakarta = (("ASEAN", "organization"), ("Jakarta", "city"))
    place = Participant("location", "Jakarta", "city", "Jakarta", 0, 1)
    sep14 = EventDate(date(2026, 9, 14), date(2026, 9, 14), "day", "explicit", "2026-09-14")
    ahead = EventDate(date(2026, 9, 15), None, "vague", "expected")
    told = EventDate(None, date(2026, 9, 16), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("met", date(2026, 9, 14), jakarta,
                                    _event("met", sep14, etype="meeting", parts=(place,))),
                        aliases)
        save_extraction(s, _article("ahead", date(2026, 9, 14), jakarta,
                                    _event("summit", ahead, etype="meeting", actor="leaders")),
                        aliases)
        save_extraction(s, _article("later", date(2026, 9, 16), jakarta,
                                    _event("summit", told, etype="meeting", actor="leaders",
                                           parts=(place,))), aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert cluster["met"] != cluster["ahead"]
    assert cluster["later"] in (cluster["met"], cluster["ahead"])


def test_an_anaphor_names_an_event_of_another_type_only_when_none_of_its_own_came_before(
        sessions):
    """"Leaders agreed on Tuesday ... The declaration calls on": with no statement told
    before it, the declaration is the agreement (``anaphor_of`` in the types file); after a
    statement, "the declaration" is that statement."""
    unknown = EventDate(None, None, "unknown", "unknown")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 9, 16)), (
            _event("agreed", DAY3, 0, etype="agreement", actor="leaders"),
            _event("declaration", unknown, 60, etype="statement", anaphoric=True),
        )), aliases)
        save_extraction(s, Extraction(ArticleIn(text="two", published=date(2026, 9, 16)), (
            _event("agreed", DAY3, 0, etype="agreement", actor="leaders"),
            _event("said", DAY3, 30, etype="statement", actor="leaders"),
            _event("declaration", unknown, 60, etype="statement", anaphoric=True),
        )), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("one", "declaration")] == cluster[("one", "agreed")]
    assert cluster[("two", "declaration")] == cluster[("two", "said")]
    assert cluster[("two", "declaration")] != cluster[("two", "agreed")]


def test_an_anaphor_of_another_type_does_not_name_an_event_that_did_not_happen(sessions):
    """"Leaders agreed on Tuesday ... and ruled out any deal on the border ... The declaration
    calls on": an anaphor told as done names the agreement made, not the one denied after
    it (nor "the walkout was peaceful" a promise of "no strikes" told before it)."""
    unknown = EventDate(None, None, "unknown", "unknown")
    denied = replace(_event("deal", unknown, 30, etype="agreement"), modality="negated")
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 9, 16)), (
            _event("agreed", DAY3, 0, etype="agreement", actor="leaders"), denied,
            _event("declaration", unknown, 60, etype="statement", anaphoric=True),
        )), load_aliases())
    with sessions() as s:
        rows = s.execute(select(Event.trigger, Event.cluster_id)).all()
    cluster = dict(rows)
    assert cluster["declaration"] == cluster["agreed"]
    assert cluster["declaration"] != cluster["deal"]


def test_an_officer_of_an_organization_stands_for_it(sessions):
    """A letter to "the UN Secretary-General" and, weeks later, "its letter to the United
    Nations" share their addressee: the office holder stands for the organization."""
    jul6 = EventDate(date(2026, 7, 6), date(2026, 7, 6), "day", "explicit", "2026-07-06")
    told = EventDate(None, date(2026, 7, 24), "vague", "reported")
    chief = Participant("recipient", "UN Secretary-General", "group", "UN Secretary-General",
                        0, 1, (EntityLink("member_of", "United Nations", "organization"),))
    un = Participant("recipient", "United Nations", "organization", "United Nations", 0, 1)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 7, 8), KENYA_STORY,
                                    _event("letter", jul6, etype="letter", parts=(chief,))),
                        aliases)
        save_extraction(s, _article("later", date(2026, 7, 24), KENYA_STORY,
                                    _event("letter", told, etype="letter", parts=(un,))),
                        aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert cluster["later"] == cluster["first"]


def test_a_city_attacked_is_where_the_attack_happened(sessions):
    """An attack "on Kandahar" and one in Kabul on the same day are two attacks: a city
    that is attacked counts as the event's place; so does the city a target belongs to."""
    day = DAY3
    kandahar = Participant("patient", "Kandahar", "city", "Kandahar", 0, 1)
    kabul = Participant("location", "Kabul", "city", "Kabul", 0, 1)
    depot = Participant("patient", "Kabul's fuel depot", "group", "Kabul's fuel depot", 0, 1,
                        (EntityLink("member_of", "Kabul", "city"),))
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("kandahar", date(2026, 4, 4), KENYA_STORY,
                                    _event("attacked", day, etype="attack", actor="rebels",
                                           parts=(kandahar,))), aliases)
        save_extraction(s, _article("kabul", date(2026, 4, 4), KENYA_STORY,
                                    _event("attack", day, etype="attack", actor="rebels",
                                           parts=(kabul,))), aliases)
        save_extraction(s, _article("depot", date(2026, 4, 4), KENYA_STORY,
                                    _event("struck", day, etype="attack", actor="rebels",
                                           parts=(depot,))), aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert cluster["kandahar"] != cluster["kabul"]
    assert cluster["depot"] == cluster["kabul"]


def test_an_anaphor_checks_the_date_of_the_whole_event_it_would_join(sessions):
    """"The strikes hit a market" (undated) after Thursday's bombing, then "the strike on
    Tuesday": the last event told was undated, but its event is Thursday's, so Tuesday's
    strike is another one."""
    tue = EventDate(date(2026, 3, 3), date(2026, 3, 3), "day", "explicit", "2026-03-03")
    thu = EventDate(date(2026, 3, 5), date(2026, 3, 5), "day", "explicit", "2026-03-05")
    told = EventDate(None, date(2026, 3, 6), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 3, 6)), (
            _event("bombed", thu, 0, etype="attack", actor="army"),
            _event("hit", told, 40, etype="attack", anaphoric=True),
            _event("strike", tue, 80, etype="attack", anaphoric=True),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["hit"] == by_trigger["bombed"]
    assert by_trigger["strike"] != by_trigger["bombed"]


def test_two_unsigned_communiques_of_one_day_are_one(sessions):
    """Statements need a shared speaker, but "the communique" issued on the 27th, told with
    no speaker by two reports of one story, is one; two speakers' statements stay two."""
    aug27 = EventDate(date(2026, 8, 27), date(2026, 8, 27), "day", "explicit", "2026-08-27")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 8, 28), KENYA_STORY,
                                    _event("communique", aug27, etype="statement")), aliases)
        save_extraction(s, _article("later", date(2026, 9, 2), KENYA_STORY,
                                    _event("communique", aug27, etype="statement")), aliases)
        save_extraction(s, _article("x said", date(2026, 8, 28), KENYA_STORY,
                                    _event("said", aug27, etype="statement", actor="X")), aliases)
        save_extraction(s, _article("y said", date(2026, 8, 28), KENYA_STORY,
                                    _event("said", aug27, etype="statement", actor="Y")), aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert cluster["later"] == cluster["first"]
    assert cluster["x said"] != cluster["y said"]


def test_an_anaphor_names_the_main_event_not_one_told_as_its_time(sessions, nlp):
    """"The army bombed Nyala on Thursday, two days after a drone attack on Port Sudan.
    The raid destroyed two planes": the raid is the bombing; the attack is told only as the
    bombing's time (``backgrounded``)."""
    text = ("The army bombed the airport in Nyala on Thursday, two days after a drone attack "
            "on Port Sudan. The raid destroyed two cargo planes.")
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-03-06")}
    assert events["attack"].backgrounded and not events["bombed"].backgrounded
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text=text, published=date(2026, 3, 6)),
                                      tuple(events.values())), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["raid"] == by_trigger["bombed"] != by_trigger["attack"]


@pytest.mark.parametrize("text,trigger,backgrounded", [
    ("Leaders met on Monday ahead of the summit in Nairobi.", "summit", True),
    ("Police arrested him on Friday, two days after the attack.", "attack", True),
    ("Clashes broke out on Sunday, a day after rockets hit the airport.", "hit", True),
    ("The talks resumed after a pause during which rebels attacked the capital.", "attacked",
     False),
])
def test_an_event_told_as_another_ones_time_is_backgrounded(nlp, text, trigger, backgrounded):
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-06-09")}
    assert events[trigger].backgrounded is backgrounded



def test_a_dated_anaphor_is_matched_by_its_day_not_by_an_undated_event_before_it(sessions):
    """"seized in a pre-dawn raid ... a day after the March 20 shooting": the shooting
    names its own day, so it joins the shooting told on that day elsewhere, not the
    undated raid told just before it."""
    mar20 = EventDate(date(2026, 3, 20), date(2026, 3, 20), "day", "explicit", "2026-03-20")
    told = EventDate(None, date(2026, 3, 28), "vague", "reported")
    babahoyo = (Participant("location", "Babahoyo", "city", "Babahoyo", 0, 1),)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="first", published=date(2026, 3, 21)), (
            _event("attack", mar20, 0, etype="attack", parts=babahoyo),
        )), aliases)
        save_extraction(s, Extraction(ArticleIn(text="later", published=date(2026, 3, 28)), (
            _event("raid", told, 0, etype="attack"),
            _event("shooting", mar20, 40, etype="attack", anaphoric=True, parts=babahoyo),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["shooting"] == by_trigger["attack"]


def test_one_speaker_saying_twice_in_one_article_is_one_statement(sessions):
    """"In a statement, spokeswoman Marta Lindqvist said ...": the statement and the saying
    are one act; another speaker's saying is another."""
    told = EventDate(None, date(2026, 6, 17), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 6, 17)), (
            _event("statement", told, 0, etype="statement", actor="Marta Lindqvist"),
            _event("said", told, 40, etype="statement", actor="Marta Lindqvist"),
            _event("told", told, 80, etype="statement", actor="a defence lawyer"),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["statement"] == by_trigger["said"]
    assert by_trigger["told"] != by_trigger["said"]


def test_a_retelling_by_the_same_doer_may_use_another_word(sessions):
    """"drills China's navy staged after dispatching four warships", two weeks after China
    "sent" them: the same doing country retells its deployment in other words; a retelling
    that names no doer still needs a word the event was told with."""
    story = (("China", "country"), ("Scarborough Shoal", "area"), ("Manila", "city"))
    apr6 = EventDate(date(2026, 4, 6), date(2026, 4, 6), "day", "explicit", "2026-04-06")
    told = EventDate(None, date(2026, 4, 20), "vague", "reported")
    china = (Participant("agent", "China", "country", "China", 0, 1),)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 4, 8), story,
                                    _event("sent", apr6, etype="deployment", parts=china)), aliases)
        save_extraction(s, _article("later", date(2026, 4, 20), story,
                                    _event("dispatching", told, etype="deployment", parts=china)),
                        aliases)
        save_extraction(s, _article("unsigned", date(2026, 4, 20), story,
                                    _event("reinforcements", told, etype="deployment")), aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert clusters["later"] == clusters["first"]
    assert clusters["unsigned"] != clusters["first"]


def test_an_anaphor_also_ties_its_event_to_the_same_event_told_elsewhere(sessions):
    """"... after a meeting between the two ministers. The Dakar talks came ...": the
    meeting and "the talks" are one; the talks another article said were coming are that
    meeting too, though the meeting's own words did not tie it to them."""
    story = (("Spain", "country"), ("Senegal", "country"), ("Dakar", "city"))
    ahead = EventDate(date(2026, 9, 26), None, "vague", "expected")
    told = EventDate(None, date(2026, 9, 30), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 9, 25), story,
                                    _event("talks", ahead, etype="meeting")), aliases)
        save_extraction(s, _article("later", date(2026, 9, 30), story,
                                    _event("meeting", told, 0, etype="meeting"),
                                    _event("talks", told, 60, etype="meeting", anaphoric=True)),
                        aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("later", "talks")] == cluster[("later", "meeting")]
    assert cluster[("later", "meeting")] == cluster[("first", "talks")]


@pytest.mark.parametrize("text,ordinals", [
    ("The first attack set fire to a store. No group claimed the second attack.", ["1", "2"]),
    ("The pilots first struck for 24 hours on April 14.", ["1"]),
    ("Manila filed a fresh diplomatic protest. An earlier protest was filed in April.",
     ["2+", "1"]),
    ("The union warned that further walkouts were possible.", [None]),
    # an acronym is a name, not a word of the sequence: "NEW" (National Election Watch)
    ("Sesay cited the problems listed in the NEW report.", [None]),
])
def test_a_mention_may_place_its_event_in_a_sequence(nlp, text, ordinals):
    """Ordinal words come from the types file (``ordinal_numbers``, ``ordinal_earlier``,
    ``ordinal_later``); a plural ("further walkouts") is no one event of a sequence."""
    events = [e for e in timeline.extract_events(text, published="2026-04-20")
              if e.trigger in ("attack", "struck", "protest", "walkouts", "report")]
    assert [e.ordinal for e in events] == ordinals


def test_the_first_and_the_second_attack_are_two_events(sessions):
    """Undated, in one story and at one place, "the first attack" and "the second attack"
    are still two; "a fresh attack" may be the second, not the first."""
    erbil = (Participant("location", "Erbil", "city", "Erbil", 0, 1),)
    story = (("Erbil", "city"), ("Iraq", "country"), ("Kurdistan", "region"))
    told = EventDate(None, date(2026, 10, 8), "vague", "reported")

    def attack(trigger: str, start: int, ordinal: str) -> ExtractedEvent:
        return replace(_event(trigger, told, start, etype="attack", parts=erbil), ordinal=ordinal)

    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("one", date(2026, 10, 8), story, attack("attack", 0, "1")),
                        aliases)
        save_extraction(s, _article("two", date(2026, 10, 8), story, attack("attack", 0, "2")),
                        aliases)
        save_extraction(s, _article("three", date(2026, 10, 8), story,
                                    attack("attack", 0, "2+")), aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert clusters["one"] != clusters["two"]
    assert clusters["three"] == clusters["two"]


@pytest.mark.parametrize("first,later,joined", [
    ("aid", "assistance", True),
    ("talks", "negotiation", True),
    ("aid", "funding", False),
])
def test_undated_reports_of_one_story_tie_by_synonyms(sessions, first, later, joined):
    """Two undated reports of one story tie by one word or by words of one synonym group
    of the types file ("aid" and "assistance"), not by any two words of the type."""
    etype = "meeting" if first == "talks" else "support"
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 6, 4), KENYA_STORY, _event(
            first, EventDate(None, date(2026, 6, 4), "vague", "reported"), etype=etype)),
            aliases)
        save_extraction(s, _article("later", date(2026, 6, 6), KENYA_STORY, _event(
            later, EventDate(None, date(2026, 6, 6), "vague", "reported"), etype=etype)),
            aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert (clusters["first"] == clusters["later"]) is joined


def test_a_march_and_a_strike_are_two_protests(sessions):
    """"Thousands marched ... and unions announced a general strike. The demonstration ...":
    the demonstration is the march, not the strike told just before it (``kinds`` in the
    types file: street protests, labour strikes); an undated strike does not join a march."""
    told = EventDate(None, date(2027, 1, 20), "vague", "reported")
    tue = EventDate(date(2027, 1, 19), date(2027, 1, 19), "day", "explicit", "2027-01-19")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2027, 1, 20)), (
            _event("marched", tue, 0, etype="protest"),
            _event("strike", told, 40, etype="protest"),
            _event("demonstration", told, 80, etype="protest", anaphoric=True),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["demonstration"] == by_trigger["marched"]
    assert by_trigger["strike"] != by_trigger["marched"]


@pytest.mark.parametrize("first,later,joined", [
    ("killed", "deaths", True),
    ("died", "dead", True),
    ("report", "findings", True),
    ("detained", "arrests", True),
    ("killed", "wounded", False),
])
def test_words_of_one_synonym_group_tie_casualties_reports_and_arrests(first, later, joined):
    from timeline.dedup import Mention, _words_match

    def m(trigger: str) -> Mention:
        return Mention(1, "casualties", None, None, "reported", date(2026, 6, 4),
                       frozenset(), frozenset(), trigger)

    assert _words_match(m(first), m(later)) is joined


def test_two_cities_of_one_province_are_two_places_a_city_and_its_country_one():
    """Quetta and Mastung both lie in Balochistan, Pakistan: told there, two attacks are
    two. Kabul lies in Afghanistan: no conflict. A place the gazetteer does not know
    ("the Gulf of Oman") sets nothing apart, nor does a cluster told in several places."""
    from timeline.dedup import Mention, _other_places

    pakistan, balochistan, quetta, mastung, gulf, kabul, afghanistan = range(1, 8)

    def m(sites: set[int], places: set[int]) -> Mention:
        return Mention(1, "attack", None, None, "reported", date(2027, 5, 12), frozenset(),
                       frozenset(places | sites), "attack", sites=frozenset(sites))

    in_quetta = m({quetta}, {balochistan, pakistan})
    assert _other_places(in_quetta, m({mastung}, {balochistan, pakistan}))
    assert not _other_places(m({kabul}, {afghanistan}), m({afghanistan}, set()))
    assert not _other_places(in_quetta, m(set(), {gulf}))
    assert not _other_places(in_quetta, m({mastung, quetta}, {balochistan, pakistan}))


def test_an_unsigned_report_joins_the_signed_report_of_its_story(sessions):
    """"the findings" that no one signs, in another report of the story, are the report
    the monitors issued; two reports signed by two others are not one."""
    told = EventDate(None, date(2026, 8, 18), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("signed", date(2026, 8, 16), KENYA_STORY, _event(
            "report", replace(DAY3, start=date(2026, 8, 16), end=date(2026, 8, 16),
                              value="2026-08-16"), etype="report", actor="monitors")), aliases)
        save_extraction(s, _article("unsigned", date(2026, 8, 18), KENYA_STORY, _event(
            "findings", told, etype="report")), aliases)
        save_extraction(s, _article("other", date(2026, 8, 18), KENYA_STORY, _event(
            "findings", told, etype="report", actor="auditors")), aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert clusters["unsigned"] == clusters["signed"]
    assert clusters["other"] != clusters["signed"]


def test_an_anaphor_names_the_event_told_with_its_own_word(sessions):
    """"Insurgents ambushed a convoy on August 3, and three days later gunmen fired on a
    minibus. ... the convoy ambush": the ambush, not the shooting told last."""
    aug3 = EventDate(date(2027, 8, 3), date(2027, 8, 3), "day", "explicit", "2027-08-03")
    aug6 = EventDate(date(2027, 8, 6), date(2027, 8, 6), "day", "explicit", "2027-08-06")
    told = EventDate(None, date(2027, 8, 11), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2027, 8, 11)), (
            _event("ambushed", aug3, 0, etype="attack"),
            _event("fired", aug6, 40, etype="attack"),
            _event("ambush", told, 80, etype="attack", anaphoric=True),
        )), aliases)
    with sessions() as s:
        by_trigger = {e.trigger: e.cluster_id for e in s.scalars(select(Event))}
    assert by_trigger["ambush"] == by_trigger["ambushed"] != by_trigger["fired"]


def test_a_mention_that_fits_two_events_joins_the_one_told_alike(sessions):
    """An undated "meeting" of a later report fits both the committee's meeting and the
    ministers' meeting of its story; its sentence ("the committee ... video link") tells
    which."""
    from timeline.dedup import Mention, likeness

    def m(*words: str) -> Mention:
        return Mention(1, "meeting", None, None, "reported", date(2026, 12, 4), frozenset(),
                       frozenset(), "meeting", contexts=(frozenset(words),))

    assert likeness(m("committee", "video"), m("committee", "video", "link")) == 2 / 3
    assert likeness(m("committee"), m("hotel")) == 0.0

    mon = EventDate(date(2026, 11, 30), date(2026, 11, 30), "day", "explicit", "2026-11-30")
    thu = EventDate(date(2026, 12, 3), date(2026, 12, 3), "day", "explicit", "2026-12-03")
    told = EventDate(None, date(2026, 12, 4), "vague", "reported")
    story = (("OPEC", "organization"), ("Riyadh", "city"), ("Saudi Arabia", "country"))

    def meeting(trigger: str, when: EventDate, sentence: str) -> ExtractedEvent:
        return replace(_event(trigger, when, etype="meeting"), sentence=sentence)

    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("committee", date(2026, 12, 1), story, meeting(
            "met", mon, "The monitoring committee met by video link on Monday.")), aliases)
        save_extraction(s, _article("ministers", date(2026, 12, 3), story, meeting(
            "met", thu, "Twenty-two ministers met at a Riyadh hotel on Thursday.")), aliases)
        save_extraction(s, _article("later", date(2026, 12, 4), story, meeting(
            "meeting", told, "The committee's video link meeting had no power.")), aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert clusters["later"] == clusters["committee"] != clusters["ministers"]


def test_statements_of_bodies_told_alike_share_their_speaker():
    """"the ministry" of one report and "Malawi's health ministry" of another may be one
    speaker; "the ministry" and "the army" are not, nor two ministries of other names."""
    from timeline.dedup import Mention, score

    ids = {"ministry": 1, "malawi's health ministry": 2, "experts": 3,
           "engineering experts": 4, "army": 5, "health ministry": 6, "finance ministry": 7}

    def said(*described: str) -> Mention:
        return Mention(1, "report", None, None, "reported", date(2026, 1, 14),
                       frozenset(ids[d] for d in described), frozenset(), "report",
                       descriptions=frozenset(described))

    assert score(said("ministry"), said("malawi's health ministry"), story=2) >= 1.0
    assert score(said("experts"), said("engineering experts"), story=2) >= 1.0
    assert score(said("ministry"), said("army"), story=2) == 0.0
    assert score(said("health ministry"), said("finance ministry"), story=2) == 0.0


@pytest.mark.parametrize("in_nairobi,joined", [(1, True), (2, False)])
def test_one_members_odd_place_does_not_keep_a_report_out(sessions, in_nairobi, joined):
    """Four reports of deaths on the 3rd, one of them "died in hospital in Nairobi"; a
    fifth places the deaths in Mombasa. It still joins them, since most of the cluster fits
    it; when half of it is placed in Nairobi, it does not."""
    nairobi = Participant("location", "Nairobi", "city", "Nairobi", 0, 1)
    mombasa = Participant("location", "Mombasa", "city", "Mombasa", 0, 1)
    aliases = load_aliases()
    with sessions.begin() as s:
        for i in range(4):
            parts = (nairobi,) if i < in_nairobi else ()
            save_extraction(s, _article(f"r{i}", date(2026, 4, 4), KENYA_STORY, _event(
                "died", DAY3, etype="casualties", parts=parts)), aliases)
        save_extraction(s, _article("site", date(2026, 4, 5), KENYA_STORY, _event(
            "killed", DAY3, etype="casualties", parts=(mombasa,))), aliases)
    with sessions() as s:
        cluster = _clusters(s)
    assert len({cluster[f"r{i}"] for i in range(4)}) == 1
    assert (cluster["site"] == cluster["r0"]) is joined


def test_a_committee_named_and_described_alike_is_one_speaker():
    """"the observer group" of one report and the Multinational Observer Group of another
    are one speaker (a named organization is compared with a description by its words, case
    aside), and so are the Public Accounts Committee and "a parliamentary committee"
    ("parliamentary" only characterises it; session 9); two names ("Security Council",
    "National Security Council") are not."""
    from timeline.dedup import Mention, score

    ids = {"multinational observer group": 1, "Multinational Observer Group": 2,
           "parliamentary committee": 3, "Public Accounts Committee": 4, "health committee": 7,
           "Security Council": 5, "National Security Council": 6}

    def said(name: str, named: bool = False) -> Mention:
        return Mention(1, "report", None, None, "reported", date(2026, 1, 14),
                       frozenset({ids[name]}), frozenset(), "report",
                       descriptions=frozenset() if named else frozenset({name}),
                       organizations=frozenset({name}) if named else frozenset())

    assert score(said("multinational observer group"),
                 said("Multinational Observer Group", named=True), story=2) >= 1.0
    assert score(said("parliamentary committee"),
                 said("Public Accounts Committee", named=True), story=2) >= 1.0
    assert score(said("health committee"),
                 said("Public Accounts Committee", named=True), story=2) == 0.0
    assert score(said("Security Council", named=True),
                 said("National Security Council", named=True), story=2) == 0.0


def test_a_named_organization_is_compared_with_descriptions_in_the_database(sessions):
    """Stored statements: the observer group's of one article and the Multinational Observer
    Group's of another, on the same day, are one report."""
    day = EventDate(date(2027, 10, 15), date(2027, 10, 15), "day", "explicit", "2027-10-15")
    group = Participant("agent", "multinational observer group", "group",
                        "the multinational observer group", 0, 1)
    named = Participant("agent", "Multinational Observer Group", "organization",
                        "the Multinational Observer Group", 0, 1)
    aliases = load_aliases()
    story = (("Kosovo", "country"), ("Pristina", "city"))
    with sessions.begin() as s:
        save_extraction(s, _article("one", date(2027, 10, 16), story, _event(
            "report", day, etype="report", parts=(group,))), aliases)
        save_extraction(s, _article("two", date(2027, 10, 16), story, _event(
            "assessment", day, etype="report", parts=(named,))), aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert clusters["one"] == clusters["two"]


def test_a_government_and_its_country_are_one_speaker():
    """"Madagascar's government declared" and "Madagascar declared" have one speaker: the
    declarations may be one; two ministries of one country, or two countries, may not."""
    from timeline.dedup import Mention, score

    def declared(actor: int, country: int) -> Mention:
        return Mention(1, "statement", None, None, "reported", date(2026, 7, 9),
                       frozenset({actor}), frozenset(), "declared",
                       agents=frozenset({country}))

    country = Mention(1, "statement", None, None, "reported", date(2026, 7, 9),
                      frozenset({10}), frozenset(), "declared", agents=frozenset({10}))
    assert score(declared(1, 10), country, story=2) >= 1.0
    # two bodies of one country, neither the country itself: two speakers
    assert score(declared(1, 10), declared(2, 10), story=2) == 0.0
    assert score(declared(1, 10), declared(2, 11), story=2) == 0.0


def test_a_telephone_call_is_not_the_meeting_it_arranged():
    """Calls and meetings are two kinds of contact: a hotline call on Wednesday and a
    meeting told undated in the same article stay apart; two calls do not, nor talks and a
    call."""
    from timeline.dedup import Mention, score

    wed = date(2026, 6, 10)

    def met(trigger: str, day: date | None) -> Mention:
        basis = "explicit" if day else "reported"
        return Mention(1, "meeting", day, day, basis, date(2026, 6, 13), frozenset({1}),
                       frozenset(), trigger, document_id=7)

    assert score(met("hotline call", wed), met("meeting", None), story=2) == 0.0
    assert score(met("telephone call", wed), met("hotline call", wed), story=2) >= 1.0
    assert score(met("talks", wed), met("meeting", None), story=2) >= 1.0
    # talks may be held by video call
    assert score(met("talks", wed), met("video call", wed), story=2) >= 1.0


def test_a_statement_anaphor_names_the_statement_told_before_its_sentence(sessions):
    """"Madagascar's government declared a state of disaster on Tuesday. ... The spokeswoman
    said the declaration would...": the declaration is the one declared (its word told
    another way), not the saying in its own sentence nor one told between."""
    tue = EventDate(date(2026, 7, 7), date(2026, 7, 7), "day", "explicit", "2026-07-07")
    told = EventDate(None, date(2026, 7, 8), "vague", "reported")

    def said(trigger: str, when: EventDate, start: int, sentence: int, actor: str,
             anaphoric: bool = False) -> ExtractedEvent:
        event = _event(trigger, when, start, anaphoric, actor=actor, etype="statement")
        return replace(event, sentence_start=sentence, sentence_end=sentence + 60)

    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, Extraction(ArticleIn(text="one", published=date(2026, 7, 8)), (
            said("declared", tue, 10, 0, "government"),
            said("said", told, 120, 100, "meteorological service"),
            said("said", told, 220, 200, "spokeswoman"),
            replace(_event("declaration", told, 240, True, etype="statement"),
                    sentence_start=200, sentence_end=260),
        )), aliases)
    with sessions() as s:
        clusters = {(e.trigger, e.trigger_start): e.cluster_id for e in s.scalars(select(Event))}
    assert clusters[("declaration", 240)] == clusters[("declared", 10)]
    assert clusters[("declaration", 240)] not in (clusters[("said", 120)],
                                                  clusters[("said", 220)])


def test_an_anaphor_pointed_at_joins_its_event_though_it_names_a_doer(sessions):
    """"Jets struck a farmhouse on Tuesday ... Jordan never admitted carrying out that
    strike": a demonstrative points at the strike told before, although the strike named no
    doer; "the strike by Jordan" after it is not pointed at and stays apart."""
    jordan = Participant("agent", "Jordan", "country", "Jordan", 0, 1)
    tuesday = EventDate(date(2026, 1, 13), date(2026, 1, 13), "day", "explicit", "2026-01-13")
    unknown = EventDate(None, None, "unknown", "unknown")
    aliases = load_aliases()

    def anaphor(sentence: str, start: int) -> ExtractedEvent:
        at = sentence.index("strike")
        return replace(_event("strike", unknown, start + at, anaphoric=True, etype="attack",
                              parts=(jordan,)), sentence=sentence, sentence_start=start)

    pointed = "Jordan never admitted carrying out that strike."
    plain = "Jordan never admitted carrying out the strike."
    with sessions.begin() as s:
        for text, sentence in (("one", pointed), ("two", plain)):
            save_extraction(s, Extraction(ArticleIn(text=text, published=date(2026, 1, 20)), (
                _event("struck", tuesday, 0, etype="attack"), anaphor(sentence, 40))), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("one", "strike")] == cluster[("one", "struck")]
    assert cluster[("two", "strike")] != cluster[("two", "struck")]


@pytest.mark.parametrize("sentence,pointed", [
    ("Jordan never admitted carrying out that strike.", True),
    ("Nobody claimed this deadly attack.", True),
    ("Those talks failed.", True),
    ("Officials said that talks would resume.", False),
    ("Jordan never admitted carrying out the strike.", False),
])
def test_what_points_at_an_anaphor(sentence, pointed):
    from timeline.dedup import _pointed_at
    trigger = next(w for w in ("strike", "attack", "talks") if w in sentence)
    event = Event(sentence=sentence, sentence_start=100, trigger=trigger,
                  trigger_start=100 + sentence.index(trigger))
    assert _pointed_at(event) == pointed


def test_an_anaphor_still_ahead_names_an_event_begun_on_its_report_day(sessions):
    """"opened two days of talks on Monday ... The negotiations are expected to produce a
    protocol" (both told on Monday): the talks may still be going on; an anaphor ahead of
    talks held the day before its report is another event."""
    aliases = load_aliases()
    monday = EventDate(date(2026, 6, 8), date(2026, 6, 8), "day", "explicit", "2026-06-08")
    sunday = EventDate(date(2026, 6, 7), date(2026, 6, 7), "day", "explicit", "2026-06-07")
    ahead = EventDate(date(2026, 6, 9), None, "after", "expected")
    with sessions.begin() as s:
        for text, when in (("one", monday), ("two", sunday)):
            save_extraction(s, Extraction(ArticleIn(text=text, published=date(2026, 6, 8)), (
                _event("talks", when, 0, etype="meeting"),
                _event("negotiations", ahead, 40, anaphoric=True, etype="meeting"),
            )), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("one", "negotiations")] == cluster[("one", "talks")]
    assert cluster[("two", "negotiations")] != cluster[("two", "talks")]



def test_an_anaphor_still_ahead_names_an_event_its_article_tells_as_begun(sessions):
    """"marched through Ljubljana while the strike went on ... said the strike would go on":
    an undated anaphor ahead names the event its article told as begun with no day of its
    own; not one its article dates a week back ("joining the troops who deployed a week
    earlier ... Its deployment is planned for six months"), nor a deadline, which is a day
    and does not go on ("agreed to settle after the deadline ... had let the original
    deadline of May 15 pass")."""
    aliases = load_aliases()
    begun = EventDate(None, date(2026, 4, 22), "vague", "reported")
    week_back = EventDate(date(2026, 4, 15), date(2026, 4, 15), "day", "explicit", "2026-04-15")
    ahead = EventDate(date(2026, 4, 23), None, "after", "expected")
    with sessions.begin() as s:
        for text, when, etype in (("one", begun, "protest"), ("two", week_back, "protest"),
                                  ("three", begun, "deadline")):
            save_extraction(s, Extraction(ArticleIn(text=text, published=date(2026, 4, 22)), (
                _event("strike", when, 0, etype=etype),
                _event("strike", ahead, 40, anaphoric=True, etype=etype),
            )), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger_start, Event.cluster_id)
                         .join(Event)).all()
    cluster = {(text, start): c for text, start, c in rows}
    assert cluster[("one", 40)] == cluster[("one", 0)]
    assert cluster[("two", 40)] != cluster[("two", 0)]
    assert cluster[("three", 40)] != cluster[("three", 0)]


def test_an_anaphor_told_as_done_names_an_event_done_before_one_still_ahead(sessions):
    """"signed an agreement on Thursday ... The cabinet will meet on Monday to endorse the
    roadmap, he said. Opposition members criticised the accord": the accord is the one
    signed, not the endorsement still ahead (told after it); an anaphor still ahead may
    name the endorsement."""
    aliases = load_aliases()
    thursday = EventDate(date(2026, 3, 12), date(2026, 3, 12), "day", "explicit", "2026-03-12")
    monday = EventDate(date(2026, 3, 16), date(2026, 3, 16), "day", "explicit", "2026-03-16")
    unknown = EventDate(None, None, "unknown", "unknown")
    with sessions.begin() as s:
        for text, modality in (("done", "asserted"), ("ahead", "expected")):
            endorse = replace(_event("endorse", monday, 40, etype="agreement"),
                              modality="reported")
            accord = replace(_event("accord", unknown, 80, anaphoric=True, etype="agreement"),
                             modality=modality)
            save_extraction(s, Extraction(ArticleIn(text=text, published=date(2026, 3, 13)), (
                _event("signed", thursday, 0, etype="agreement"), endorse, accord)), aliases)
    with sessions() as s:
        rows = s.execute(select(Document.text, Event.trigger, Event.cluster_id).join(Event)).all()
    cluster = {(text, trigger): c for text, trigger, c in rows}
    assert cluster[("done", "accord")] == cluster[("done", "signed")]
    assert cluster[("done", "endorse")] != cluster[("done", "signed")]
    assert cluster[("ahead", "accord")] == cluster[("ahead", "endorse")]


@pytest.mark.parametrize("description,organization,alike", [
    ("parliamentary committee", "Public Accounts Committee", True),
    ("committee", "Public Accounts Committee", True),
    # a word that tells which one it is still counts
    ("health committee", "Public Accounts Committee", False),
    ("ministry", "Foreign Ministry", True),
])
def test_words_that_only_characterise_a_body_are_left_out(description, organization, alike):
    from timeline.dedup import Mention, _described_alike

    def m(**kw) -> Mention:
        return Mention(1, "report", None, None, "reported", date(2026, 9, 16), frozenset(),
                       frozenset(), "report", **kw)

    assert _described_alike(m(descriptions=frozenset({description})),
                            m(organizations=frozenset({organization}))) == alike
    assert _described_alike(m(organizations=frozenset({organization})),
                            m(descriptions=frozenset({description}))) == alike


@pytest.mark.parametrize("x,y", [("federal government", "provincial government"),
                                 ("local police", "national police")])
def test_two_descriptions_keep_all_their_words(x, y):
    """The review's counter-examples: two descriptions told apart by a characterising word
    are two speakers."""
    from timeline.dedup import Mention, _described_alike

    def m(name: str) -> Mention:
        return Mention(1, "statement", None, None, "reported", date(2026, 9, 16), frozenset(),
                       frozenset(), "said", descriptions=frozenset({name}))

    assert not _described_alike(m(x), m(y))


@pytest.mark.parametrize("same_article", [True, False])
def test_a_bare_government_and_another_countrys_in_one_article_are_two(same_article):
    """"Norway will close the border, the government announced ... a week after Finland's
    government said ...": in one article the bare "the government" is the article's own,
    told apart from the one it names an owner for; across articles it may be that one."""
    from timeline.dedup import Mention, _described_alike

    def m(name: str, document: int) -> Mention:
        return Mention(1, "statement", None, None, "reported", date(2026, 9, 16), frozenset(),
                       frozenset(), "said", document_id=document,
                       descriptions=frozenset({name}))

    assert _described_alike(m("government", 1), m("finland's government", 1 if same_article
                                                   else 2)) != same_article
    assert _described_alike(m("health ministry", 1), m("ministry", 1))


def test_two_reports_may_place_a_deadline_a_day_apart():
    """"a midnight deadline on Friday" and "the deadline passed on Saturday": a deadline's
    day is told a day either way (``date_slack``); other events' days are not."""
    from timeline.dedup import Mention, compatible_dates

    def m(etype: str, day: int, midnight: bool = False) -> Mention:
        when = date(2026, 2, day)
        return Mention(1, etype, when, when, "explicit", date(2026, 2, 9), frozenset(),
                       frozenset(), etype, midnight=midnight)

    assert compatible_dates(m("deadline", 6), m("deadline", 7, midnight=True))
    assert not compatible_dates(m("deadline", 6), m("deadline", 8, midnight=True))
    assert not compatible_dates(m("attack", 6), m("attack", 7, midnight=True))
    # not a deadline of Friday and another of Saturday (the review's Hungary and Poland)
    assert not compatible_dates(m("deadline", 6), m("deadline", 7))


def test_weeks_counted_back_may_mean_a_day_before_their_calendar_week():
    """"three weeks ago" on Tuesday 3 November is the week of 12 October, but a reader
    takes it for about then: the Sunday before (11 October) fits, a day after that week
    does not; "a week later" may run past its week, not before it (approximate_offsets)."""
    from timeline.dedup import Mention, _fuzz, compatible_dates

    def m(start: date, end: date, text: str | None = None) -> Mention:
        return Mention(1, "attack", start, end, "explicit", date(2026, 11, 3), frozenset(),
                       frozenset(), "attack", fuzz=_fuzz(text))

    week = (date(2026, 10, 12), date(2026, 10, 18))
    sunday_before = m(date(2026, 10, 11), date(2026, 10, 11))
    assert compatible_dates(m(*week, "three weeks ago"), sunday_before)
    assert not compatible_dates(m(*week), sunday_before)
    assert not compatible_dates(m(*week, "three weeks ago"),
                                m(date(2026, 10, 19), date(2026, 10, 19)))
    assert compatible_dates(m(*week, "a week later"), m(date(2026, 10, 20), date(2026, 10, 20)))
    assert not compatible_dates(m(*week, "a week later"), sunday_before)
    assert _fuzz("Tuesday") == (0, 0) and _fuzz(None) == (0, 0)
    # a day counted in weeks ("a week before Monday", the 3rd) may be two days off either
    # way: "a week after a shooting" on Saturday the 10th was Monday the 5th's
    day = date(2026, 8, 3)
    counted = Mention(1, "attack", day, day, "explicit", date(2026, 8, 11), frozenset(),
                      frozenset(), "fired", fuzz=_fuzz("a week before Monday", True))
    assert compatible_dates(counted, m(date(2026, 8, 5), date(2026, 8, 5)))
    assert compatible_dates(counted, m(date(2026, 8, 1), date(2026, 8, 1)))
    assert not compatible_dates(counted, m(date(2026, 8, 6), date(2026, 8, 6)))


@pytest.mark.parametrize("twins", [False, True])
def test_a_bare_definite_noun_of_a_later_report_is_its_story_sole_event(sessions, twins):
    """Weeks later, "the reinforcements" (undated, naming no one, a definite noun) of an
    analysis are the story's one deployment told with that word; with two such
    deployments in the story it joins neither."""
    story = (("Ecuador", "country"), ("Sucumbios", "region"), ("Quito", "city"))
    apr8 = EventDate(date(2026, 4, 8), date(2026, 4, 8), "day", "explicit", "2026-04-08")
    apr2 = EventDate(date(2026, 4, 2), date(2026, 4, 2), "day", "explicit", "2026-04-02")
    told = EventDate(None, date(2026, 4, 24), "vague", "reported")
    border = Participant("location", "Sucumbios", "region", "Sucumbios", 0, 1)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 4, 9), story, _event(
            "reinforcements", apr8, etype="deployment", parts=(border,))), aliases)
        if twins:
            save_extraction(s, _article("twin", date(2026, 4, 3), story, _event(
                "reinforcements", apr2, etype="deployment", actor="marines")), aliases)
        save_extraction(s, _article("later", date(2026, 4, 24), story, _event(
            "reinforcements", told, etype="deployment", anaphoric=True)), aliases)
    with sessions() as s:
        clusters = _clusters(s)
        assert (clusters["later"] == clusters["first"]) is not twins
        if twins:
            assert clusters["later"] != clusters["twin"]


@pytest.mark.parametrize("twin_word", [None, "signed", "accord"])
def test_a_bare_mention_of_a_later_report_is_its_story_sole_event_of_its_type(
        sessions, twin_word):
    """Two weeks later, "a signed readmission protocol" (undated, naming no one, no anaphor)
    of an analysis is the story's one agreement, told with that word; with another
    agreement in the story it joins neither, whatever that one's word; in a story that
    shares only two names with it, it joins nothing."""
    story = (("Chile", "country"), ("Bolivia", "country"), ("Colchane", "city"),
             ("Arica", "city"))
    apr24 = EventDate(date(2026, 4, 24), date(2026, 4, 24), "day", "explicit", "2026-04-24")
    apr20 = EventDate(date(2026, 4, 20), date(2026, 4, 20), "day", "explicit", "2026-04-20")
    told = EventDate(None, date(2026, 5, 8), "vague", "reported")
    arica = Participant("location", "Arica", "city", "Arica", 0, 1)
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 4, 25), story, _event(
            "signed", apr24, etype="agreement", parts=(arica,))), aliases)
        if twin_word:
            save_extraction(s, _article("twin", date(2026, 4, 21), story, _event(
                twin_word, apr20, etype="agreement", actor="ministers")), aliases)
        save_extraction(s, _article("later", date(2026, 5, 8), story, _event(
            "signed", told, etype="agreement")), aliases)
        save_extraction(s, _article("other story", date(2026, 5, 8), story[:2], _event(
            "signed", told, etype="agreement")), aliases)
    with sessions() as s:
        clusters = _clusters(s)
    assert (clusters["later"] == clusters["first"]) is (twin_word is None)
    assert clusters["other story"] != clusters["first"]


@pytest.mark.parametrize("ordinal", ["1", None])
def test_the_first_of_a_later_report_is_its_story_earliest_event(sessions, ordinal):
    """Weeks later, "the first attack" (undated) of an analysis is the earliest attack its
    story told, when the story told two; without "first" it joins neither."""
    from dataclasses import replace

    story = (("Tajikistan", "country"), ("Darvoz", "region"), ("Dushanbe", "city"))
    may2 = EventDate(date(2026, 5, 2), date(2026, 5, 2), "day", "explicit", "2026-05-02")
    may7 = EventDate(date(2026, 5, 7), date(2026, 5, 7), "day", "explicit", "2026-05-07")
    told = EventDate(None, date(2026, 5, 19), "vague", "reported")
    aliases = load_aliases()
    with sessions.begin() as s:
        save_extraction(s, _article("camp", date(2026, 5, 3), story, _event(
            "attacked", may2, etype="attack")), aliases)
        save_extraction(s, _article("drone", date(2026, 5, 8), story, _event(
            "struck", may7, etype="attack")), aliases)
        save_extraction(s, _article("later", date(2026, 5, 19), story, replace(_event(
            "attack", told, etype="attack"), ordinal=ordinal)), aliases)
    with sessions() as s:
        clusters = _clusters(s)
        assert (clusters["later"] == clusters["camp"]) is (ordinal == "1")
        assert clusters["later"] != clusters["drone"]


def test_a_mention_placed_in_a_sequence_picks_among_clusters_it_fits_alike():
    """"a week after their first walkout": of two strikes the mention fits alike, "first"
    takes the earlier, "second" the later; a far better match stands ("the first meeting
    of the two ministers on Chilean soil since 2019")."""
    from timeline.dedup import Mention, _in_sequence

    def strike(cid: int, day: int) -> Mention:
        when = date(2026, 2, day)
        return Mention(cid, "protest", when, when, "explicit", when, frozenset(), frozenset(),
                       "strike")

    clusters = {1: strike(1, 10), 9: strike(9, 17)}
    told = Mention(30, "protest", None, None, "reported", date(2026, 2, 18), frozenset(),
                   frozenset(), "walkout")

    def chosen(ordinal: str, scores: tuple[float, float] = (1.0, 1.0)) -> int:
        matches = [(scores[1], 9), (scores[0], 1)]
        picked = _in_sequence(replace(told, ordinals=frozenset({ordinal})), matches, clusters)
        return max(picked)[1]

    assert chosen("1") == 1
    assert chosen("2") == 9
    assert chosen("1", scores=(1.0, 2.0)) == 9  # the later one fits far better


@pytest.mark.parametrize("text,trigger,cumulative", [
    ("A fourth victim died of burns in hospital on Thursday, raising the death toll to four.",
     "died", True),
    ("A fourth victim died of burns in hospital on Thursday, raising the death toll to four.",
     "death toll", True),
    ("Four of the injured died overnight, officials said.", "died", True),
    ("The fourteenth victim, a 16-year-old boy, died on Friday morning.", "died", True),
    ("A third person, a 61-year-old man, died on Wednesday.", "died", True),
    # a blast placed in a sequence is what killed, not the dead
    ("A second blast killed five people on Wednesday.", "killed", False),
    ("A 70-year-old woman died in a Chisinau hospital on Saturday.", "died", True),
    ("A driver died of his injuries on Monday.", "died", True),
    # the deaths of the event itself add to nothing told before
    ("Three workers were killed on Tuesday when grain dust exploded.", "killed", False),
    ("Two herders died in the blizzard on Sunday.", "died", False),
])
def test_a_later_death_adds_to_a_count_told_before(text, trigger, cumulative):
    (event,) = [e for e in timeline.extract_events(text, published="2026-03-13")
                if e.trigger == trigger]
    assert event.cumulative is cumulative


def test_a_later_death_joins_the_deaths_days_before_it(sessions):
    """"Three workers were killed on Tuesday" and, two days later in another report, "a fourth
    victim died of burns on Thursday, raising the death toll to four": one event, the
    blast's deaths; a death told with no such cue on Thursday is another."""
    aliases = load_aliases()
    tuesday = EventDate(date(2026, 3, 10), date(2026, 3, 10), "day", "explicit", "2026-03-10")
    thursday = EventDate(date(2026, 3, 12), date(2026, 3, 12), "day", "explicit", "2026-03-12")
    with sessions.begin() as s:
        save_extraction(s, _article("first", date(2026, 3, 11), KENYA_STORY,
                                    _event("killed", tuesday, etype="casualties")), aliases)
        save_extraction(s, _article("later death", date(2026, 3, 13), KENYA_STORY, replace(
            _event("died", thursday, etype="casualties"), cumulative=True)), aliases)
        save_extraction(s, _article("other death", date(2026, 3, 13), KENYA_STORY,
                                    _event("died", thursday, etype="casualties")), aliases)
    with sessions() as s:
        clusters = _clusters(s)
        stored = s.scalars(select(Event.cumulative).order_by(Event.id)).all()
    assert stored == [False, True, False]
    assert clusters["later death"] == clusters["first"]
    assert clusters["other death"] != clusters["first"]


def test_a_bare_retelling_of_several_story_events_joins_the_one_most_articles_told():
    """A wrap-up's undated "the negotiations" may be either meeting its story told
    before: it joins the one three articles reported over the one a single article did,
    but not on a tie, not when it is a "second" one, and not when it did not happen."""
    from timeline.dedup import Mention, _sole_retold

    def meeting(day: int, trigger: str) -> Mention:
        when = date(2026, 5, day)
        return Mention(day, "meeting", when, when, "explicit", when, frozenset({1}),
                       frozenset({2}), trigger, words=frozenset({trigger}))

    story = {10: meeting(6, "talks"), 20: meeting(13, "negotiations")}
    retold = Mention(3, "meeting", None, None, "reported", date(2026, 5, 25), frozenset(),
                     frozenset(), "negotiations", document_id=9)
    sources = {10: 1, 20: 3}
    assert _sole_retold(retold, story, True, sources) == [(1.0, 20)]
    assert _sole_retold(retold, story, True, {10: 3, 20: 1}) == [(1.0, 10)]
    assert _sole_retold(retold, story, True, {10: 2, 20: 2}) == []  # a tie
    assert _sole_retold(retold, story, True, {10: 1, 20: 1}) == []  # each told once
    assert _sole_retold(retold, story, True) == []  # counts unknown: as before
    assert _sole_retold(replace(retold, ordinals=frozenset({"2"})), story, True, sources) == []
    assert _sole_retold(retold, story, True, sources, realized=False) == []


def test_a_doer_who_takes_part_in_the_other_event_sets_it_apart_from_nothing():
    """"The Chinese agreement" (China told as its doer) is the deal the Cook Islands
    signed with China, where China takes part; Denmark's deployment is not Britain's
    when Denmark takes no part in Britain's."""
    from timeline.dedup import Mention, _conflict

    def m(agents: set[int], actors: set[int]) -> Mention:
        return Mention(1, "agreement", None, None, "reported", date(2026, 3, 3),
                       frozenset(actors), frozenset(), "agreement", agents=frozenset(agents))

    china, cook_islands, britain, denmark, estonia = 1, 2, 3, 4, 5
    assert not _conflict(m({china}, {china}), m({cook_islands}, {cook_islands, china}))
    assert not _conflict(m({cook_islands}, {cook_islands, china}), m({china}, {china}))
    assert _conflict(m({denmark}, {denmark, estonia}), m({britain}, {britain, estonia}))


def test_a_time_of_day_with_no_day_of_its_own_may_be_a_day_off():
    """"The shooting happened shortly before midnight", after "late on Saturday ... On
    Sunday the government declared": the midnight took Sunday, the day last told; it may
    be Saturday's. A day told with it ("Sunday afternoon", "at dawn on May 3") is firm."""
    from timeline.dedup import _fuzz

    assert _fuzz("midnight", True) == (1, 1)
    assert _fuzz("dawn", True) == (1, 1)
    assert _fuzz("Sunday midnight", True) == (0, 0)
    assert _fuzz("dawn on May 3", True) == (0, 0)
    assert _fuzz("Sunday afternoon", True) == (0, 0)
