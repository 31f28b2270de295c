"""Places named without a place name: "the Indonesian capital", "the town of X", a country
the tagger took for a person; and the victims a participle describes."""

from __future__ import annotations

import pytest

import timeline


def _places(text: str, trigger: str) -> list[str]:
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-04-03")}
    return sorted(p.name for p in events[trigger].participants if p.role == "location")


@pytest.mark.parametrize("text,trigger,places", [
    ("Leaders met on Tuesday at a summit in the Indonesian capital.", "summit", ["Jakarta"]),
    ("A bomb exploded in the Iraqi capital on Monday.", "exploded", ["Baghdad"]),
    ("Bombs exploded outside the embassies in the Kenyan and Ugandan capitals on Friday.",
     "exploded", ["Kampala", "Nairobi"]),
    # a capital that names its city is that city, whatever the country's capital is today
    ("Seven were reported dead in the Tanzanian capital of Dar es Salaam.", "reported",
     ["Dar es Salaam"]),
    ("Protesters rallied in the Kenyan capital, Nairobi, on Friday.", "rallied", ["Nairobi"]),
    ("Protesters rallied in the capital on Friday.", "rallied", []),
    # a place noun named by its first word
    ("Uganda sent soldiers a day after a revenge raid in Kaabong district left five dead.",
     "raid", ["Kaabong"]),
])
def test_a_capital_is_its_country_capital_or_the_city_it_names(nlp, text, trigger, places):
    assert _places(text, trigger) == places


def test_participle_victims_and_a_country_tagged_as_a_person(nlp):
    text = "Details emerged of the captivity of four aid workers kidnapped in central Mali."
    events = {e.trigger: e for e in timeline.extract_events(text, published="2026-04-03")}
    kidnapped = events["kidnapped"]
    assert [p.name for p in kidnapped.participants if p.role == "patient"] == ["aid workers"]
    assert [p.name for p in kidnapped.participants if p.role == "location"] == ["Mali"]


@pytest.mark.parametrize("text,name", [
    ("the Tapa military base", "Tapa base"),
    ("Tapa base", "Tapa base"),
    ("Erbil international airport", "Erbil airport"),
    ("the Lithuanian embassy", "Lithuanian embassy"),
    ("Camp Harlow", "Camp Harlow"),
])
def test_a_facility_is_its_proper_name_and_head_noun(text, name):
    from timeline.extract.mentions import facility_name

    assert facility_name(text) == name


@pytest.mark.parametrize("text,trigger,places", [
    # the place of an event counted from another event is that event's own
    ("The army bombed the airport in Nyala two days after a drone attack on the depot.",
     "attack", []),
    ("The army bombed the airport in Nyala two days after a drone attack on the depot.",
     "bombed", ["Nyala"]),
    # a place phrase on the second of two objects places the event
    ("Drones struck a fuel depot and a power substation in Port Sudan on Tuesday.",
     "struck", ["Port Sudan"]),
    # the place of a noun event's target places the event, also a "city of" name
    ("The attack on a bus near Kandahar killed nine.", "attack", ["Kandahār"]),
    ("Two days later a raid on a farmhouse in the city of Kandahar killed seven people.",
     "raid", ["Kandahār"]),
])
def test_where_an_event_happened(nlp, text, trigger, places):
    assert _places(text, trigger) == places


def test_a_place_attacked_is_the_gazetteer_place_and_a_possessive_keeps_its_label(nlp):
    """"attacked Kandahar": the city, linked to its country, though it is no location
    phrase; "Port Sudan's fuel depot" belongs to the city (a possessive name sliced off its
    "'s" keeps its entity label)."""
    events = {e.trigger: e for e in timeline.extract_events(
        "Rebels attacked Kandahar on Monday, a day after a drone attack on Port Sudan's fuel "
        "depot.", published="2026-04-03")}
    (target,) = [p for p in events["attacked"].participants if p.role == "patient"]
    assert target.kind == "city"
    assert ("located_in", "Afghanistan") in [(link.relation, link.name) for link in target.links]
    (depot,) = [p for p in events["attack"].participants if p.role == "patient"]
    assert [(link.relation, link.name, link.kind) for link in depot.links] == [
        ("member_of", "Port Sudan", "city")]


@pytest.mark.parametrize("text,trigger,places", [
    # the tagger takes Quetta for an organization, Lautoka for a person
    ("Pakistan mourned on Monday, after a bombing on a university bus in nearby Quetta "
     "that left 17 people dead.", "bombing", ["Quetta"]),
    ("In Fiji, the Lautoka protest was smaller than the rally in Suva.", "protest",
     ["Fiji", "Lautoka"]),
    # a town of a country the article does not name is not taken for a place
    ("In Fiji, the Macomia protest was smaller than the rally in Suva.", "protest",
     ["Fiji"]),
])
def test_a_place_name_the_tagger_took_for_another_name_is_still_a_place(nlp, text, trigger,
                                                                         places):
    assert _places(text, trigger) == places
