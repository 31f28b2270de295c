"""Canonical actors and their aliases ("US", "U.S.", "America", "American" -> United States).

The table is data: ``timeline/data/actors.json``, extended by any JSON files of the same
shape named in ``TIMELINE_ALIASES`` (``os.pathsep``-separated) or passed to :func:`load_aliases`.
This module needs neither spaCy nor SQLAlchemy, so extraction and queries share it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

KIND_COUNTRY = "country"
KIND_MEDIA = "media"

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LINK_SUFFIX = re.compile(r"^(?P<base>.+?)[-‐–](?P<suffix>[a-z]+)$", re.IGNORECASE)


def norm(text: str) -> str:
    """A lookup key: no leading "the", no possessive, single spaces, case-folded."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text))
    return text.casefold().strip()


def _exact_key(alias: str) -> str:
    """Key of a capitals-only alias: "U.S." and "US" are one key, "us" is not."""
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", alias)).replace(".", "")


@dataclass(frozen=True)
class ActorRef:
    name: str
    kind: str
    member_of: str | None = None  # "UNICEF" is a body of the United Nations


@dataclass
class AliasTable:
    """Alias lookups. Aliases written in capitals ("US", "IS", "AP") match only in capitals."""

    exact: dict[str, ActorRef] = field(default_factory=dict)
    folded: dict[str, ActorRef] = field(default_factory=dict)
    adjectives: dict[str, ActorRef] = field(default_factory=dict)
    link_suffixes: dict[str, str] = field(default_factory=dict)

    def add(self, alias: str, ref: ActorRef) -> None:
        alias = " ".join(alias.split())
        letters = re.sub(r"[^A-Za-z]", "", alias)
        if letters and letters.isupper() and len(letters) <= 4:
            self.exact.setdefault(_exact_key(alias), ref)
        else:
            self.folded.setdefault(norm(alias), ref)

    def lookup(self, text: str) -> ActorRef | None:
        """The actor that ``text`` names, if the table knows it."""
        clean = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
        bare = _POSSESSIVE.sub("", _LEADING_THE.sub("", clean))
        if _exact_key(bare) in self.exact:
            return self.exact[_exact_key(bare)]
        return self.folded.get(norm(clean))

    def adjective(self, text: str) -> ActorRef | None:
        """The country of a demonym or adjectival form ("Iranian" -> Iran)."""
        return self.lookup(text) or self.adjectives.get(norm(text))

    def linked(self, text: str) -> tuple[str, ActorRef] | None:
        """A compound modifier such as "Iran-backed" or "US-led": (relation, actor)."""
        m = _LINK_SUFFIX.match(text.strip())
        if not m:
            return None
        relation = self.link_suffixes.get(m["suffix"].lower())
        ref = self.adjective(m["base"]) if relation else None
        return (relation, ref) if relation and ref else None

    def canonical_names(self) -> set[str]:
        return {r.name for r in [*self.exact.values(), *self.folded.values()]}

    def aliases_of(self, name: str) -> list[str]:
        """Every alias (and adjective) of the actor whose canonical name is ``name``."""
        found = [a for a, r in self.exact.items() if r.name == name]
        found += [a for a, r in self.folded.items() if r.name == name]
        found += [a for a, r in self.adjectives.items() if r.name == name]
        return found

    def _group_aliases(self) -> Iterator[tuple[list[str], ActorRef, bool]]:
        """(words, actor, case-sensitive) of every alias of an organization, group or outlet."""
        for table, case_sensitive in ((self.exact, True), (self.folded, False)):
            for alias, ref in table.items():
                if ref.kind != KIND_COUNTRY:
                    yield alias.replace("-", " - ").split(), ref, case_sensitive

    def one_word_groups(self) -> tuple[frozenset[str], frozenset[str]]:
        """The one-word aliases of organizations, groups and outlets: (case-sensitive,
        lower-cased), as ``group_patterns(True)`` matches them."""
        ones = [(words[0], case) for words, _, case in self._group_aliases() if len(words) == 1]
        return (frozenset(w for w, case in ones if case),
                frozenset(w.lower() for w, case in ones if not case))

    def group_patterns(self, single: bool | None = None) -> list[dict[str, Any]]:
        """SpanRuler patterns that mark the table's organizations, groups and outlets
        (with ``single``, only the one-word aliases, or only the longer ones)."""
        patterns: list[dict[str, Any]] = []
        for words, ref, case_sensitive in self._group_aliases():
            if single is not None and (len(words) == 1) != single:
                continue
            key = "ORTH" if case_sensitive else "LOWER"
            pattern = [{key: w if case_sensitive else w.lower()} for w in words]
            patterns.append({"label": "ORG", "pattern": pattern, "id": ref.kind})
        return patterns


def _read(path: Path | str) -> dict[str, Any]:
    return json.loads(Path(path).read_text("utf-8"))


def _fill(table: AliasTable, data: dict[str, Any]) -> None:
    for c in data.get("countries", []):
        ref = ActorRef(c["name"], KIND_COUNTRY)
        for alias in [c["name"], *c.get("aliases", [])]:
            table.add(alias, ref)
        for adj in c.get("demonyms", []):
            table.adjectives.setdefault(norm(adj.rstrip("-")), ref)
        if c.get("capital"):
            table.adjectives.setdefault(norm(c["capital"]), ref)
    for g in data.get("groups", []):
        ref = ActorRef(g["name"], g.get("kind", "organization"), g.get("member_of"))
        for alias in [g["name"], *g.get("aliases", [])]:
            table.add(alias, ref)
    for outlet in data.get("media", []):  # a name, or {"name": ..., "aliases": [...]}
        entry = {"name": outlet} if isinstance(outlet, str) else outlet
        ref = ActorRef(_LEADING_THE.sub("", entry["name"]), KIND_MEDIA)
        for alias in [entry["name"], *entry.get("aliases", [])]:
            table.add(alias, ref)
    table.link_suffixes.update(data.get("link_suffixes", {}))


def load_aliases(extra: Iterable[Path | str] = ()) -> AliasTable:
    """The packaged alias table plus ``extra`` files and those named in ``TIMELINE_ALIASES``."""
    files = [*extra, *filter(None, os.environ.get("TIMELINE_ALIASES", "").split(os.pathsep))]
    return _load(tuple(str(f) for f in files))


@lru_cache(maxsize=8)
def _load(files: tuple[str, ...]) -> AliasTable:
    table = AliasTable()
    # user files first: their entries take precedence over the packaged ones
    for f in files:
        _fill(table, _read(f))
    packaged = resources.files("timeline").joinpath("data/actors.json").read_text("utf-8")
    _fill(table, json.loads(packaged))
    return table
