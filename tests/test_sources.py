"""Reading inputs: formats, metadata dates, and one-line errors for bad input."""

from __future__ import annotations

import io
from datetime import date

import pytest

from timeline.errors import InvalidDateError, SourceFormatError
from timeline.sources import clean_text, parse_date, read_articles
from timeline.types import ArticleIn


def _read(*paths, **kw):
    return list(read_articles([str(p) for p in paths], **kw))


@pytest.mark.parametrize("text,expected", [
    ("2015-06-12", date(2015, 6, 12)),
    ("2015-6-2", date(2015, 6, 2)),
    ("2015-06-12T10:00:00Z", date(2015, 6, 12)),
    ("June 12, 2015", date(2015, 6, 12)),
    ("Fri, 12 Jun 2015 10:00:00 GMT", date(2015, 6, 12)),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2015-02-30", "2015-13-01", "someday", "June 2015"])
def test_parse_date_refuses_impossible_or_partial_dates(text):
    with pytest.raises(InvalidDateError, match="not a valid date"):
        parse_date(text)


def test_clean_text_keeps_offsets():
    raw = "a\u00a0b\r\nc"
    assert clean_text(raw) == "a b\nc"


def test_text_with_header_block(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title: Talks resume\nDate: 2020-01-05\n\nThe talks resumed.", encoding="utf-8")
    (art,) = _read(p)
    assert isinstance(art, ArticleIn)
    assert (art.title, art.published, art.published_from) == ("Talks resume", date(2020, 1, 5),
                                                              "metadata")
    assert art.text == "The talks resumed."


def test_plain_text_has_unknown_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("NCRI\n\nSomething happened.", encoding="utf-8")
    (art,) = _read(p)
    assert art.published is None and art.published_from == "unknown"
    assert art.text.startswith("NCRI")


def test_given_date_overrides_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Date: 2020-01-05\n\nText.", encoding="utf-8")
    (art,) = _read(p, published=date(2021, 2, 3))
    assert (art.published, art.published_from) == (date(2021, 2, 3), "given")


def test_html_with_metadata_date(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(
        "<html><head><title>Border pact</title>"
        '<meta property="article:published_time" content="2023-03-17T08:00:00Z"></head>'
        "<body><article><h1>Border pact</h1><p>Kenya and Ethiopia signed a border security "
        "agreement in Addis Ababa on Tuesday, officials said. The deal covers joint patrols "
        "along the frontier and the exchange of intelligence between both police forces.</p>"
        "</article></body></html>", encoding="utf-8")
    (art,) = _read(p)
    assert isinstance(art, ArticleIn), art
    assert art.published == date(2023, 3, 17)
    assert "Addis Ababa" in art.text and "<p>" not in art.text


def test_jsonl_records_and_line_errors(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        '{"text": "One.", "published": "2015-06-12", "url": "http://x/1", "title": "T"}\n'
        "\n"
        "{broken\n"
        '{"title": "no text"}\n'
        '{"text": "Two.", "date": "2015-02-30"}\n'
        '["not", "an", "object"]\n'
        '{"content": "Three."}\n', encoding="utf-8")
    items = _read(p)
    ok = [i for i in items if isinstance(i, ArticleIn)]
    bad = [str(i) for i in items if isinstance(i, SourceFormatError)]
    assert [a.text for a in ok] == ["One.", "Three."]
    assert ok[0].published == date(2015, 6, 12) and ok[0].source == "http://x/1"
    assert ok[1].published is None
    assert bad[0].startswith(f"{p}:3: malformed JSON line")
    assert bad[1].startswith(f"{p}:4: no text")
    assert bad[2].startswith(f"{p}:5:") and "2015-02-30" in bad[2]
    assert bad[3] == f"{p}:6: JSON line is not an object"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("caf\u00e9".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_files_give_one_line_errors(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    (err,) = _read(p)
    assert isinstance(err, SourceFormatError)
    message = str(err)
    assert message.startswith(str(p)) and reason in message and "\n" not in message


def test_huge_input_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 1000, encoding="utf-8")
    (err,) = _read(p, max_bytes=100)
    assert isinstance(err, SourceFormatError) and "larger than the limit" in str(err)


def test_missing_path_and_folder_walk(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "d" / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "d" / ".hidden.txt").write_text("H.", encoding="utf-8")
    items = _read(tmp_path / "d", tmp_path / "nope.txt")
    assert [getattr(i, "text", None) for i in items[:2]] == ["A.", "B."]
    assert isinstance(items[2], SourceFormatError) and "no such file" in str(items[2])


def test_stdin_sniffs_jsonl():
    items = list(read_articles(["-"], stdin=io.BytesIO(b'{"text": "From stdin."}\n')))
    assert [a.text for a in items] == ["From stdin."]
