"""Articles in, rows out: the one module that uses both spaCy and the database.

Each article is stored in its own transaction, so a failure on one article loses
nothing already stored and the run goes on with the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from sqlalchemy.orm import Session, sessionmaker

from .aliases import AliasTable
from .errors import SourceFormatError
from .extract import extract
from .store import SaveResult, content_hash, find_document, save_extraction
from .types import ArticleIn

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What an ingestion run did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    results: list[SaveResult] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        return (
            f"{self.read} article{'s' if self.read != 1 else ''} read, {self.stored} stored, "
            f"{self.duplicates} already stored, {self.events} events, {self.failed} failed"
        )


def ingest(
    sessions: sessionmaker[Session],
    items: Iterable[ArticleIn | SourceFormatError],
    nlp: Language,
    aliases: AliasTable,
    *,
    model: str | None = None,
    on_error: Callable[[str], None] | None = None,
    on_article: Callable[[ArticleIn, SaveResult], None] | None = None,
) -> IngestReport:
    """Extract and store every article of ``items``; errors are reported, not raised."""
    report = IngestReport()

    def fail(message: str) -> None:
        report.errors.append(message)
        if on_error:  # the caller reports it (the CLI: one "error:" line per input)
            on_error(message)
        else:
            log.warning(message)

    def fresh() -> Iterator[ArticleIn]:
        seen: set[str] = set()
        for item in items:
            if isinstance(item, SourceFormatError):
                fail(str(item))
                continue
            report.read += 1
            if len(item.text) > nlp.max_length:  # spaCy refuses it (and would need about
                # 1 GB of memory per 100,000 characters to parse it)
                fail(f"{item.source or '<text>'}: {len(item.text):,} characters, more than "
                     f"the pipeline's limit of {nlp.max_length:,}; split it into articles")
                continue
            digest = content_hash(item.text)
            with sessions() as session:
                known = find_document(session, item.text)
            if known is not None or digest in seen:
                report.duplicates += 1
                result = SaveResult(known.id if known else 0, False, 0)
                report.results.append(result)
                if on_article:
                    on_article(item, result)
                continue
            seen.add(digest)
            yield item

    for extraction in extract(nlp, fresh()):
        article = extraction.article
        name = article.source or "<text>"
        try:
            with sessions.begin() as session:
                result = save_extraction(session, extraction, aliases, model=model)
        except Exception as exc:  # one bad article must not stop the run
            fail(f"{name}: could not be stored ({type(exc).__name__}: {exc})")
            continue
        report.results.append(result)
        if result.created:
            report.stored += 1
            report.events += result.events
        else:
            report.duplicates += 1
        if on_article:
            on_article(article, result)
    return report
