"""The command line: data on stdout, messages on stderr, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import SEED
from timeline.cli import cli
from timeline.db import head_revision
from timeline.export import FIELDNAMES


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def loaded(runner, tmp_path, nlp):
    db = str(tmp_path / "cli.db")
    result = run(runner, "ingest", str(SEED), "--published", "2015-06-12", "--db", db)
    assert result.exit_code == 0, result.stderr
    return db


def test_ingest_reports_on_stderr_only(runner, loaded):
    result = run(runner, "ingest", str(SEED), "--published", "2015-06-12", "--db", loaded)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "already stored" in result.stderr
    assert "1 article read, 0 stored, 1 already stored" in result.stderr


def test_show_actor_table(runner, loaded):
    result = run(runner, "show", "--actor", "United States", "--db", loaded)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("WHEN")
    assert any("United States (agent)" in line for line in lines)
    assert "events" in result.stderr and "events" not in result.stdout.splitlines()[-1][:6]


def test_export_csv_columns_and_rows(runner, loaded, tmp_path):
    out = tmp_path / "iran.csv"
    result = run(runner, "export", "--actor", "Iran", "--format", "csv", "-o", str(out),
                 "--db", loaded)
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0].keys()) == FIELDNAMES
    assert all("Iran" in r["actors"] for r in rows)
    assert all(r["published"] == "2015-06-12" for r in rows)


def test_export_to_stdout_as_json(runner, loaded):
    result = run(runner, "export", "--actor", "America", "--format", "jsonl", "--db", loaded)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all("date_basis" in r for r in records)
    plain = run(runner, "export", "--actor", "US", "--db", loaded).stdout
    assert len(list(csv.DictReader(io.StringIO(plain)))) == len(records)


def test_db_upgrade(runner, tmp_path):
    db = str(tmp_path / "new.db")
    result = run(runner, "db", "upgrade", "--db", db)
    assert result.exit_code == 0
    head = head_revision()
    assert f"revision {head}" in result.stderr
    assert run(runner, "db", "current", "--db", db).stdout.strip() == head


def test_impossible_published_date_is_a_usage_error(runner, tmp_path):
    result = run(runner, "ingest", str(SEED), "--published", "2015-02-30",
                 "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert "2015-02-30" in result.stderr and "not a valid date" in result.stderr


def test_bad_files_in_a_folder(runner, tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED.read_text("utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "long.txt").write_text("Troops arrived. " * 70_000)  # under --max-bytes,
    # over the 1,000,000 characters spaCy parses
    (folder / "latin1.txt").write_bytes("Le président a parlé à Paris le 3 juin.".encode("latin-1"))
    (folder / "bad.jsonl").write_text('{"text": "Troops were deployed in Iraq on June 3."}\n'
                                      '{not json}\n', encoding="utf-8")
    db = str(tmp_path / "mixed.db")
    result = run(runner, "ingest", str(folder), "--db", db, "--published", "2015-06-12")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5, result.stderr
    joined = "\n".join(errors)
    for name in ("empty.txt", "binary.txt", "long.txt", "latin1.txt", "bad.jsonl:2"):
        assert name in joined
    assert "not valid UTF-8" in joined and "binary" in joined and "malformed JSON" in joined
    assert "more than the pipeline's limit" in joined
    assert result.stderr.count("empty.txt") == 1  # one line per bad input, not a log line too
    assert "2 stored" in result.stderr
    # what was stored stays, and a later run keeps it
    shown = run(runner, "export", "--db", db, "--format", "jsonl")
    assert len(shown.stdout.splitlines()) > 5


def test_encoding_option_reads_latin1(runner, tmp_path, nlp):
    path = tmp_path / "latin1.txt"
    path.write_bytes("The président met Macron in Paris on June 3.".encode("latin-1"))
    result = run(runner, "ingest", str(path), "--encoding", "latin-1", "--db",
                 str(tmp_path / "l.db"), "--published", "2015-06-12")
    assert result.exit_code == 0, result.stderr


def test_stdin_ingest(runner, tmp_path, nlp):
    result = run(runner, "ingest", "-", "--db", str(tmp_path / "s.db"),
                 input="Iran sent troops to Syria on Monday.\n")
    assert result.exit_code == 0, result.stderr
    assert "<stdin>" in result.stderr


def test_timex_command_prints_json_lines(runner, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("He wrote on June 3 and will leave next year.", encoding="utf-8")
    result = run(runner, "timex", str(path), "--reference", "2015-06-12")
    values = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert values == ["2015-06-03", "2016"]


@pytest.mark.parametrize("data,message", [
    (b"", "empty input"),
    (b"\x00\x01\x02binary", "binary data"),
    ("caf\u00e9 on Monday".encode("latin-1"), "not valid UTF-8"),
])
def test_timex_command_refuses_bad_input_in_one_line(runner, tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = run(runner, "timex", str(path), "--reference", "2015-06-12")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.txt" in lines[0] and message in lines[0]


def test_timex_command_reads_another_encoding(runner, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le pr\u00e9sident left on June 3.".encode("latin-1"))
    result = run(runner, "timex", str(path), "--reference", "2015-06-12", "--encoding", "latin-1")
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["2015-06-03"]


@pytest.mark.parametrize("command", [[], ["ingest"], ["show"], ["export"], ["db"],
                                     ["db", "upgrade"], ["db", "current"], ["db", "recluster"],
                                     ["timex"], ["aliases"], ["aliases", "add"], ["entities"],
                                     ["entities", "merge"], ["entities", "split"]])
def test_every_command_has_help(runner, command):
    result = run(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_show_key_dates(runner, loaded):
    result = run(runner, "show", "--key", "3", "--db", loaded)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["DATE", "SOURCES", "EVENTS", "TYPES"]
    assert any(line.startswith("2015-06-03") for line in lines[1:])  # the Clapper letter
