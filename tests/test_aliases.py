"""The alias table: one actor under many names; capitals-only aliases stay case-sensitive."""

from __future__ import annotations

import json

import pytest

from timeline.aliases import load_aliases


@pytest.mark.parametrize("alias", ["US", "U.S.", "United States", "the United States",
                                   "America", "USA"])
def test_united_states_aliases(alias):
    assert load_aliases().lookup(alias).name == "United States"


@pytest.mark.parametrize("word", ["us", "is", "it"])
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
