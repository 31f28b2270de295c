"""Shared fixtures. Real-pipeline tests use the packaged English pipeline (a declared
dependency, no download); databases live under pytest's tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "us-iran-militia-taqaddum.txt"
ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def nlp():
    from timeline.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_events(nlp, seed_text):
    return timeline.extract_events(seed_text, published="2015-06-12")


@pytest.fixture
def db(tmp_path):
    database = timeline.open(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def alembic_config():
    from timeline.db import migrations_dir

    return {"script_location": str(migrations_dir())}


@pytest.fixture
def alembic_engine(tmp_path):
    from timeline.db import make_engine

    return make_engine(tmp_path / "alembic.db")
