"""Word lists of the temporal engine, loaded once from ``timeline/data/temporal.json``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    ambiguous_weekdays: frozenset[str]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    vague: dict[str, str]
    sets: dict[str, str]
    modifiers: dict[str, str]
    future_markers: tuple[str, ...]
    past_markers: tuple[str, ...]
    spelled_tens: dict[str, int]
    decade_words: dict[str, int]
    reporting_verbs: frozenset[str]
    attribution_verbs: frozenset[str]  # "the ministry said on Wednesday": when told
    clause_openers: tuple[str, ...]  # "a week after that the ministers met": not "that meeting"
    holidays: dict[str, dict[str, Any]]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = json.loads(resources.files("timeline").joinpath("data/temporal.json").read_text("utf-8"))
    return Lexicon(
        months=raw["months"],
        ambiguous_months=frozenset(raw["ambiguous_month_words"]),
        weekdays=raw["weekdays"],
        ambiguous_weekdays=frozenset(raw["ambiguous_weekday_words"]),
        numbers=raw["numbers"],
        vague_numbers=tuple(raw["vague_numbers"]),
        ordinals=raw["ordinals"],
        units=raw["units"],
        seasons=raw["seasons"],
        parts_of_day=raw["parts_of_day"],
        vague=raw["vague"],
        sets=raw["sets"],
        modifiers=raw["modifiers"],
        future_markers=tuple(raw["future_markers"]),
        past_markers=tuple(raw["past_markers"]),
        spelled_tens=raw["spelled_tens"],
        decade_words=raw["decade_words"],
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        attribution_verbs=frozenset(raw["attribution_verbs"]),
        clause_openers=tuple(raw["clause_openers"]),
        holidays=raw["holidays"],
    )
