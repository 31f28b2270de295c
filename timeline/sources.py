"""Read articles from files, folders and standard input: plain text, HTML, JSON Lines.

``read_articles`` yields an :class:`ArticleIn` per article and, for every input that
cannot be read, a :class:`SourceFormatError` whose message is one line naming the input,
so a caller can report it and go on with the rest. No spaCy and no database here.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from .errors import InvalidDateError, SourceFormatError
from .types import PUBLISHED_GIVEN, PUBLISHED_METADATA, ArticleIn

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FORMATS = ("auto", "text", "html", "jsonl")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"

TEXT_FIELDS = ("text", "content", "body", "article", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "published_at", "date", "publication_date", "datePublished",
               "pub_date", "pubdate")
SOURCE_FIELDS = ("source", "url", "link", "id")
_HEADER_KEYS = {"title": "title", "date": "published", "published": "published",
                "source": "source", "url": "url"}
_HEADER_LINE = re.compile(r"^(title|date|published|source|url)\s*:\s*(.+)$", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Unify line ends and odd spaces, one character for one, so offsets stay meaningful."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate({0x00A0: " ", 0x2007: " ", 0x202F: " ", 0xFEFF: None})


def parse_date(value: str | date | datetime | None, what: str = "date") -> date | None:
    """A calendar date from ISO text (``2015-06-12``) or any common written form.

    Raises:
        InvalidDateError: the text is not a real date ("2015-02-30", "someday").
    """
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError as exc:
            raise InvalidDateError(f"{what} {text!r} is not a valid date ({exc})") from None
    import dateparser  # slow to import: only when a date is not ISO

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    if parsed is None:
        raise InvalidDateError(f"{what} {text!r} is not a valid date (expected YYYY-MM-DD)")
    return parsed.date()


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes of input ``name`` as text; a one-line :class:`SourceFormatError` when they are
    empty, binary or not in ``encoding`` (UTF-8 by default)."""
    if not data.strip():
        raise SourceFormatError(name, "empty input, nothing to read")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceFormatError(name, "binary data, not text (pass text, HTML or JSON Lines)")
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise SourceFormatError(
            name,
            f"not valid {encoding or 'UTF-8'} (byte 0x{bad} at offset {exc.start}); "
            "convert the file or pass --encoding",
        ) from None
    except LookupError:
        raise SourceFormatError(name, f"unknown encoding {encoding!r}") from None


def _sniff(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(body|p|div)\b", head):
        return "html"
    return "text"


def _format_of(path: Path, fmt: str) -> str:
    if fmt != "auto":
        return fmt
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "auto"


def _text_article(text: str, name: str) -> ArticleIn:
    """Plain text; a leading block of ``Title:``/``Date:``/``Source:`` lines is metadata."""
    text = clean_text(text)
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i].strip())):
        meta[_HEADER_KEYS[m[1].lower()]] = m[2].strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        text = "\n".join(lines[i:]).lstrip("\n")
    else:
        meta = {}
    if not text.strip():
        raise SourceFormatError(name, "empty input, nothing to read")
    published = _metadata_date(meta.get("published"), name)
    return ArticleIn(
        text=text,
        source=meta.get("source") or name,
        title=meta.get("title"),
        published=published,
        published_from=PUBLISHED_METADATA if published else "unknown",
        url=meta.get("url"),
    )


def _metadata_date(value: object, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(str(value), "published date")
    except InvalidDateError as exc:
        raise SourceFormatError(name, str(exc)) from None


def _html_article(html: str, name: str) -> ArticleIn:
    import trafilatura
    from trafilatura.settings import set_date_params

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=set_date_params(False),
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise SourceFormatError(name, "HTML page has no article text")
    published = _metadata_date(getattr(doc, "date", None), name)
    return ArticleIn(
        text=clean_text(text),
        source=name,
        title=getattr(doc, "title", None),
        published=published,
        published_from=PUBLISHED_METADATA if published else "unknown",
        url=getattr(doc, "url", None),
    )


def _first(record: dict[str, object], fields: tuple[str, ...]) -> object:
    for key in fields:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _jsonl_articles(text: str, name: str) -> Iterator[ArticleIn | SourceFormatError]:
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceFormatError(where, f"malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield SourceFormatError(where, "JSON line is not an object")
            continue
        body = _first(record, TEXT_FIELDS)
        if not isinstance(body, str) or not body.strip():
            yield SourceFormatError(where, f"no text (expected one of: {', '.join(TEXT_FIELDS)})")
            continue
        try:
            published = _metadata_date(_first(record, DATE_FIELDS), where)
        except SourceFormatError as exc:
            yield exc
            continue
        source = _first(record, SOURCE_FIELDS)
        yield ArticleIn(
            text=clean_text(body),
            source=str(source) if source is not None else where,
            title=str(_first(record, TITLE_FIELDS) or "") or None,
            published=published,
            published_from=PUBLISHED_METADATA if published else "unknown",
            url=str(record["url"]) if record.get("url") else None,
        )


def _parse(text: str, name: str, fmt: str) -> Iterator[ArticleIn | SourceFormatError]:
    fmt = _sniff(text) if fmt == "auto" else fmt
    try:
        if fmt == "jsonl":
            yield from _jsonl_articles(text, name)
        elif fmt == "html":
            yield _html_article(text, name)
        else:
            yield _text_article(text, name)
    except SourceFormatError as exc:
        yield exc


def _read_bytes(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceFormatError(
            name, f"larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )
    return data


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """(name, path) for each input file; folders are walked in sorted order, "-" is stdin."""
    for raw in paths:
        if str(raw) == STDIN:
            yield "<stdin>", None
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield str(child), child
        else:
            yield str(raw), path


def read_articles(
    paths: Iterable[str | Path],
    *,
    fmt: str = "auto",
    published: date | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[ArticleIn | SourceFormatError]:
    """Articles from files, folders and ``-`` (standard input), in order.

    Args:
        paths: files, folders (walked recursively) or "-".
        fmt: "auto" (by extension, else by content), "text", "html" or "jsonl".
        published: a publication date given by the user; it overrides metadata.
        encoding: the inputs' encoding (default UTF-8).
        max_bytes: inputs larger than this are refused.

    Yields:
        An ArticleIn per article, a SourceFormatError per input (or line) that failed.
    """
    for name, path in expand_paths(paths):
        try:
            if path is None:
                data = _read_bytes(stdin or sys.stdin.buffer, name, max_bytes)
                kind = fmt
            else:
                if not path.exists():
                    raise SourceFormatError(name, "no such file or folder")
                kind = _format_of(path, fmt)
                with path.open("rb") as fh:
                    data = _read_bytes(fh, name, max_bytes)
            text = decode(data, name, encoding)
        except SourceFormatError as exc:
            yield exc
            continue
        except OSError as exc:
            yield SourceFormatError(name, f"cannot read ({exc.strerror or exc})")
            continue
        for item in _parse(text, name, kind):
            if isinstance(item, ArticleIn) and published is not None:
                item = replace(item, published=published, published_from=PUBLISHED_GIVEN)
            yield item
