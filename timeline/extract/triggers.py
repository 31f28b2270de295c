"""Compile the trigger lexicon (``patterns/triggers.json``) into span_ruler patterns.

The lexicon lists, per event type, lemmas by part of speech and multiword phrases (the
first word a lemma, optionally held to a part of speech: "called on them to" but not "a
telephone call on Wednesday"); one entry becomes one pattern whose ``id`` is ``type:lemma``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

POS_TAGS = {"VERB": ["VERB"], "NOUN": ["NOUN", "PROPN"], "ADJ": ["ADJ"]}


@lru_cache(maxsize=1)
def trigger_patterns() -> tuple[dict[str, Any], ...]:
    raw = json.loads(
        resources.files("timeline.extract").joinpath("patterns/triggers.json").read_text("utf-8")
    )
    patterns: list[dict[str, Any]] = []
    for label, entries in raw["types"].items():
        for pos, lemmas in entries.items():
            if pos == "PHRASE":  # ["call", "for"], or {"words": ["call", "on"], "pos": "VERB"}
                for entry in lemmas:
                    words = entry["words"] if isinstance(entry, dict) else entry
                    first: dict[str, Any] = {"LEMMA": words[0]}
                    if isinstance(entry, dict) and "pos" in entry:
                        first["POS"] = {"IN": POS_TAGS[entry["pos"]]}
                    pattern = [first, *({"LOWER": w} for w in words[1:])]
                    patterns.append({"label": label, "pattern": pattern,
                                     "id": f"{label}:{' '.join(words)}"})
                continue
            for lemma in lemmas:
                pattern = [{"LEMMA": lemma, "POS": {"IN": POS_TAGS[pos]}}]
                if pos == "ADJ":  # "12 people dead", "three wounded"
                    pattern = [{"LOWER": lemma, "POS": {"IN": POS_TAGS[pos]}}]
                patterns.append({"label": label, "pattern": pattern, "id": f"{label}:{lemma}"})
    return tuple(patterns)
