"""Names within one article: surnames, initials, acronyms, company suffixes, possessives."""

from __future__ import annotations

import pytest

import timeline
from timeline.extract.mentions import _clean_name, company_name, person_key


@pytest.mark.parametrize("name,key", [
    ("James A. Baker III", "James Baker"),
    ("Martin Luther King Jr.", "Martin Luther King"),
    ("James Charles Kopp", "James Charles Kopp"),
])
def test_person_key(name, key):
    assert person_key(name) == key


@pytest.mark.parametrize("text,name", [
    ("Sony Corp.", "Sony"), ("Reuters Holdings PLC", "Reuters"), ("Apple Inc.", "Apple"),
    ("Corp Council", "Corp Council"),
])
def test_company_name(text, name):
    assert company_name(text) == name


def test_clean_name_drops_quotes():
    assert _clean_name('"Hamas"') == "Hamas"


def test_a_possessive_is_not_part_of_a_name(nlp):
    doc = nlp("Elian Gonzalez's father arrived in Havana on Monday.")
    (person,) = [e for e in doc.ents if e.label_ == "PERSON"]
    resolver = nlp.get_pipe("timeline_events").resolver
    assert resolver.from_entity(person, "agent").name == "Elian Gonzalez"


def _agents(text: str, trigger: str) -> list[list[str]]:
    return [[p.name for p in e.agents] for e in timeline.extract_events(text, published="2026-03-28")
            if e.trigger == trigger]


def test_first_name_surname_and_title_forms_are_one_person(nlp):
    text = ("Iraqi President Saddam Hussein met King Hussein of Jordan on Monday. "
            "Saddam said the talks went well. Mr. Hussein said nothing.")
    # "Saddam" is Saddam Hussein; "Mr. Hussein" could be either Hussein, so it is not guessed
    assert _agents(text, "said") == [["Saddam Hussein"], ["Hussein"]]


def test_an_acronym_is_the_organization_the_article_spelled_out(nlp):
    text = ("The Kenya Ports Authority closed the terminal on Wednesday. "
            "The KPA said it would reopen on Friday.")
    assert _agents(text, "said") == [["Kenya Ports Authority"]]


def test_a_bare_surname_joins_the_one_stored_person_of_that_name(db):
    db.ingest_text("President Bill Clinton met Tony Blair in London on Monday.",
                   published="2026-03-10", source="a")
    db.ingest_text("Clinton said on Tuesday that the talks had gone well.",
                   published="2026-03-11", source="b")
    db.ingest_text("George Bush and Jeb Bush met in Miami on Monday. ", published="2026-03-10",
                   source="c")
    db.ingest_text("Bush said on Tuesday that he would run.", published="2026-03-11", source="d")
    assert len(db.actor_timeline("Bill Clinton")) == 2
    assert len(db.actor_timeline("Bush")) == 1  # two Bushes stored: the surname stays apart


def test_a_place_or_known_name_is_not_taken_for_a_person_of_the_same_name(nlp):
    text = "Michael Jordan spoke on Monday. Jordan signed a deal with Israel on Tuesday."
    (signed,) = [e for e in timeline.extract_events(text, published="2026-03-10")
                 if e.trigger == "signed"]
    assert [(p.name, p.kind) for p in signed.agents] == [("Jordan", "country")]


@pytest.mark.parametrize("text,person,office", [
    ("Lithuanian Foreign Minister Rūta Baranauskienė condemned the flights on Monday.",
     "Rūta Baranauskienė", ["Lithuania"]),
    ("Marta Lindqvist, the UN human rights chief, said on Monday that talks had failed.",
     "Marta Lindqvist", ["United Nations"]),
    # "Defense" of "Defense Secretary" is an office, not a body the alias table knows
    ("Defense Secretary Mark Hollis said on Monday that troops had arrived.",
     "Mark Hollis", []),
])
def test_a_persons_title_names_the_country_or_body_they_serve(nlp, text, person, office):
    found = [p for e in timeline.extract_events(text, published="2026-04-10")
             for p in e.participants if p.name == person]
    assert found
    assert sorted(link.name for link in found[0].links if link.relation == "member_of") == office


@pytest.mark.parametrize("text,person,titles", [
    ("Lithuanian Foreign Minister Rūta Baranauskienė condemned the flights on Monday.",
     "Rūta Baranauskienė", ["foreign minister"]),
    ("Marta Lindqvist, the UN human rights chief, said on Monday that talks had failed.",
     "Marta Lindqvist", ["human rights chief"]),
    # one word names no one office
    ("In a statement, spokeswoman Marta Lindqvist said talks had failed.", "Marta Lindqvist",
     []),
    # nor one held no longer; a day before the title is no part of it
    ("Britain's former Prime Minister Tony Blair said the plan was fair.", "Tony Blair", []),
    ("Then-Prime Minister Tony Blair said the plan was fair.", "Tony Blair", []),
    ("On Monday Foreign Minister Rūta Baranauskienė said that talks would resume.",
     "Rūta Baranauskienė", ["foreign minister"]),
])
def test_a_persons_title_is_kept_without_the_body_it_names(nlp, text, person, titles):
    """The office a person holds, for "the foreign ministry" or "the rights chief" of
    another report (``titled`` links; session 10)."""
    found = [p for e in timeline.extract_events(text, published="2026-04-10")
             for p in e.participants if p.name == person]
    assert found
    assert sorted(link.name for link in found[0].links if link.relation == "titled") == titles


def test_a_ministers_statement_is_on_the_timeline_of_the_country_she_serves(tmp_path):
    db = timeline.open(tmp_path / "t.db")
    db.ingest_text("Lithuanian Foreign Minister Rūta Baranauskienė condemned the flights on "
                   "Monday.", published="2026-04-10", source="a")
    assert [e.trigger for e in db.actor_timeline("Lithuania")] == ["condemned"]
    assert not db.actor_timeline("Georgia")
    db.close()


@pytest.mark.parametrize("text,trigger,agent", [
    ("Prime Minister Hassan al-Karimi said on Monday the talks failed. The prime minister "
     "added that troops would stay.", "added", "Hassan al-Karimi"),
    ("Marta Lindqvist, the UN human rights chief, said on Monday that talks had failed. "
     "The rights chief urged calm.", "urged", "Marta Lindqvist"),
    # two ministers: "the minister" is not guessed, "the defence minister" is one of them
    ("Foreign Minister Ana Diaz and Defence Minister Luis Soto met on Monday. The minister "
     "warned of unrest.", "warned", "minister"),
    ("Foreign Minister Ana Diaz and Defence Minister Luis Soto met on Monday. The defence "
     "minister warned of unrest.", "warned", "Luis Soto"),
])
def test_a_title_told_again_is_the_person_who_holds_it(nlp, text, trigger, agent):
    (event,) = [e for e in timeline.extract_events(text, published="2026-04-10")
                if e.trigger == trigger]
    assert [p.name for p in event.agents] == [agent]


def test_a_group_told_by_its_name_in_apposition_is_that_group(nlp):
    """"A little-known militant group, the Jabal Front, claimed ... The group said": both
    are the Jabal Front."""
    events = timeline.extract_events(
        "A little-known militant group, the Jabal Front, claimed responsibility on Tuesday. "
        "The group said more attacks would follow.", published="2027-05-12")
    agents = {e.trigger: [p.name for p in e.agents] for e in events}
    assert agents["claimed"] == ["Jabal Front"]
    assert agents["said"] == ["Jabal Front"]


@pytest.mark.parametrize("text,agent", [
    ("Islamic State claimed the raid on Thursday. The group said its fighters had seized "
     "weapons.", ["Islamic State"]),
    ("Islamic State claimed the raid on Thursday. The militant group said its fighters had "
     "seized weapons.", ["Islamic State"]),
    # two armed groups the alias table knows: "the group" is not guessed
    ("Islamic State and al-Qaeda were blamed on Thursday. The group said its fighters had "
     "seized weapons.", ["group"]),
    # another kind of group: not the armed one
    ("Islamic State claimed the raid on Thursday. The rights group said its staff had "
     "counted the dead.", ["rights group"]),
])
def test_the_group_after_a_known_armed_group_is_that_group(nlp, text, agent):
    """``group_nouns``: "the group" told after the one armed group the article names."""
    (said,) = [e for e in timeline.extract_events(text, published="2027-08-06")
               if e.trigger == "said"]
    assert [p.name for p in said.agents] == agent


def test_a_spokesman_for_a_body_speaks_for_it(nlp):
    """"A spokesman for the TTP told journalists": the TTP said it, and the Pakistani
    Taliban are not the Afghan Taliban."""
    events = timeline.extract_events(
        "A spokesman for the Tehreek-e-Taliban Pakistan (TTP) told journalists on Tuesday "
        "that it had no role. The Pakistani Taliban denied any role.", published="2026-10-21")
    agents = {e.trigger: [p.name for p in e.agents] for e in events}
    assert agents["told"] == ["Tehrik-i-Taliban Pakistan"]
    assert agents["denied"] == ["Tehrik-i-Taliban Pakistan"]


def test_an_envoy_for_a_country_is_not_that_country(nlp):
    """Only a spokesperson or lawyer "for" a body speaks for it."""
    (met,) = [e for e in timeline.extract_events(
        "The US special envoy for Iran met officials on Monday.", published="2026-03-10")
        if e.trigger == "met"]
    assert "Iran" not in [p.name for p in met.agents]


def test_a_bare_demonym_the_tagger_missed_is_its_country(nlp):
    """"Kyrgyz and Tajik border guards clashed": the model names neither word; the bare
    "Kyrgyz" stands for Kyrgyzstan's guards."""
    (clash,) = [e for e in timeline.extract_events(
        "BATKEN, Kyrgyzstan - Kyrgyz and Tajik border guards clashed on Tuesday near a "
        "disputed canal head, the service said.", published="2026-06-10")
        if e.trigger == "clashed"]
    assert "Kyrgyzstan" in {p.name for p in clash.agents}


def test_an_organization_told_by_its_last_word_is_the_one_named_in_full(nlp):
    """"the Commission's letter" after "the European Commission"; with two commissions in the
    article, "the Commission" stays as told."""
    text = ("The European Commission wrote to Norway on Friday.\n\nNorway's fisheries ministry "
            "said it had received the Commission's letter.")
    (letter,) = [e for e in timeline.extract_events(text, published="2026-11-07")
                 if e.trigger == "letter"]
    assert [p.name for p in letter.agents] == ["European Commission"]
    two = ("The European Commission and the Andean Development Commission met on Friday. "
           "The Commission said it would reply.")
    (said,) = [e for e in timeline.extract_events(two, published="2026-11-07")
               if e.trigger == "said"]
    assert [p.name for p in said.agents] == ["Commission"]


@pytest.mark.parametrize("text,name", [
    ("The UN cultural agency's statement, issued on Wednesday, said the pieces were listed.",
     "United Nations Educational, Scientific and Cultural Organization"),
    ("The UN health agency warned on Monday of cholera.", "World Health Organization"),
])
def test_un_agencies_told_by_their_descriptions(nlp, text, name):
    event = timeline.extract_events(text, published="2026-03-12")[0]
    assert [p.name for p in event.agents] == [name]


def test_a_title_before_a_person_the_article_named_is_that_person(nlp):
    """"General Rustam Nazarzoda", tagged as an organization, after "Rustam Nazarzoda"."""
    text = ("Rustam Nazarzoda spoke to reporters. The accord was signed by the commanders of "
            "the two border services, General Rustam Nazarzoda and General Almaz Sydykov, who "
            "had first discussed a pullback in a hotline call on Wednesday.")
    (call,) = [e for e in timeline.extract_events(text, published="2026-06-13")
               if e.trigger == "hotline call"]
    assert ("Rustam Nazarzoda", "person") in [(p.name, p.kind) for p in call.agents]


def test_a_title_is_no_body_its_holders_belong_to(tmp_path):
    """``include_linked`` follows membership, not titles: "foreign minister" is no actor
    whose timeline holds every foreign minister's events."""
    db = timeline.open(tmp_path / "t.db")
    db.ingest_text("Lithuanian Foreign Minister Rūta Baranauskienė met Russian officials in "
                   "Geneva on Wednesday.", published="2026-02-05", source="a")
    assert db.actor_timeline("Rūta Baranauskienė")
    assert not db.actor_timeline("foreign minister", include_linked=True)
    db.close()
