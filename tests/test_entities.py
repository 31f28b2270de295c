"""Hand corrections: aliases, merges and splits, and that they survive re-ingestion."""

from __future__ import annotations

import pytest

import timeline
from timeline.cli import cli


@pytest.fixture
def db(tmp_path, nlp):
    database = timeline.open(tmp_path / "e.db")
    yield database
    database.close()


TEXT_A = "Fighters of Daesh attacked the town of Sinjar on June 3, 2015, officials said."
TEXT_B = "Daesh fighters attacked Kirkuk on June 9, 2015, police said."


def test_alias_added_by_hand_holds_for_later_articles(db):
    db.ingest_text(TEXT_A, published="2015-06-04")
    db.add_alias("Daesh", "Islamic State")
    before = db.actor_timeline("Islamic State")
    db.ingest_text(TEXT_B, published="2015-06-10")
    after = db.actor_timeline("Islamic State")
    assert len(after) == len(before) + 1
    assert db.actor_timeline("Daesh") == after


def test_merge_survives_reingestion_and_split_undoes_it(db):
    db.ingest_text("President Bashar al-Assad met Vladimir Putin in Moscow on May 3, 2013.",
                   published="2013-05-04")
    db.ingest_text("Assad met Sergei Lavrov in Damascus on May 5, 2013.", published="2013-05-06")
    assert len(db.actor_timeline("Bashar al-Assad")) == 1
    db.merge_entities("Assad", "Bashar al-Assad")
    assert len(db.actor_timeline("Bashar al-Assad")) == 2
    db.ingest_text("Assad met Ali Larijani in Damascus on May 9, 2013.", published="2013-05-10")
    assert len(db.actor_timeline("Bashar al-Assad")) == 3  # the merge holds for new articles
    db.split_entity("Assad", "Bashar al-Assad")
    assert len(db.actor_timeline("Bashar al-Assad")) == 1
    assert len(db.actor_timeline("Assad")) == 2


def test_cli_alias_and_merge_errors(runner, tmp_path, nlp):
    path = str(tmp_path / "c.db")
    result = runner.invoke(cli, ["aliases", "add", "Daesh", "Islamic State", "--db", path])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(cli, ["entities", "merge", "Nobody", "Islamic State", "--db", path])
    assert result.exit_code == 1
    assert "no entity named 'Nobody'" in result.stderr


@pytest.mark.parametrize("text,names", [
    ("ANALYSIS - Workers in San Salvador approved their new contract on January 27.",
     [("San Salvador", "city")]),
    ("KAMPALA - Police in Uganda arrested two men on Monday.",
     [("Kampala", "city"), ("Uganda", "country")]),
    ("NATO - The alliance met in Brussels.", [("NATO", "organization"), ("Brussels", "city")]),
])
def test_an_opening_slug_names_no_one_and_a_dateline_its_place(nlp, text, names):
    """"ANALYSIS -" is a kind of article, not an organization every analysis shares (which
    would tie unrelated stories); "KAMPALA -" is the city; a known body stays itself."""
    found = [(p.name, p.kind) for p in nlp(text)._.entities]
    assert all(name in found for name in names), found
    assert not any(name.isupper() and len(name) > 4 for name, _ in found), found
