"""The alias table: one actor under many names; capitals-only aliases stay case-sensitive."""

from __future__ import annotations

import json

import pytest

from timeline.aliases import load_aliases


@pytest.mark.parametrize("alias", ["US", "U.S.", "United States", "the United States",
                                   "America", "USA"])
def test_united_states_aliases(alias):
    assert load_aliases().lookup(alias).name == "United States"


@pytest.mark.parametrize("alias,name", [
    ("WHO", "World Health Organization"), ("World Health Organisation", "World Health Organization"),
    ("Doctors Without Borders", "Médecins Sans Frontières"), ("al-Shabab", "al-Shabaab"),
    ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"), ("Clan del Golfo", "Gulf Clan"),
])
def test_organizations_and_armed_groups_news_names(alias, name):
    assert load_aliases().lookup(alias).name == name


@pytest.mark.parametrize("word", ["us", "is", "it", "who"])
def test_lower_case_words_are_not_actors(word):
    assert load_aliases().lookup(word) is None


@pytest.mark.parametrize("text,relation,name", [
    ("Iran-backed", "backed_by", "Iran"), ("Iranian-backed", "backed_by", "Iran"),
    ("US-led", "led_by", "United States"), ("Russian-supported", "backed_by", "Russia"),
])
def test_compound_modifiers(text, relation, name):
    rel, ref = load_aliases().linked(text)
    assert (rel, ref.name) == (relation, name)


def test_demonyms_and_capitals():
    table = load_aliases()
    assert table.adjective("American").name == "United States"
    assert table.adjective("Iranian").name == "Iran"
    assert table.adjective("Tehran").name == "Iran"
    assert table.lookup("Tehran") is None  # as a place, Tehran stays Tehran


def test_user_alias_file_extends_the_table(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"groups": [{"name": "Wagner Group", "kind": "armed_group",
                                             "aliases": ["Wagner", "PMC Wagner"]}]}))
    table = load_aliases([extra])
    assert table.lookup("PMC Wagner").name == "Wagner Group"
    assert table.lookup("US").name == "United States"


def test_a_body_of_the_un_is_on_the_un_timeline(tmp_path):
    """``member_of`` in the actors file: UNICEF's statement is found by the United Nations'
    timeline (which follows member_of links by default), not by the World Bank's."""
    import timeline

    db = timeline.open(tmp_path / "t.db")
    db.ingest_text("GENEVA - UNICEF said on Monday that 40 children had died in the floods.",
                   published="2027-03-10")
    assert [e.trigger for e in db.actor_timeline("UNICEF")] == ["said"]
    assert [e.trigger for e in db.actor_timeline("United Nations")] == ["said"]
    assert db.actor_timeline("World Bank") == []
