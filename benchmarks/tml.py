"""Read TimeML (``.tml``) gold corpora for temporal-expression evaluation.

The corpora (TempEval-3 TBAQ-cleaned and the TIMEX3 conversion of WikiWars)
live outside the repository, by default in ``<repo>/../shared/data``; they are
read in place and never copied.  Each file becomes a :class:`Document`:

* ``dct`` -- the ``value`` of the TIMEX3 with ``functionInDocument="CREATION_TIME"``
  (the reference date for relative expressions);
* ``text`` -- the content of ``<TEXT>`` with every tag stripped (``EVENT``,
  ``SIGNAL``, ``TIMEX3`` ...), whitespace kept exactly as parsed by
  :mod:`xml.etree.ElementTree`;
* ``timexes`` -- the gold TIMEX3 elements inside ``<TEXT>`` with character
  offsets into ``text``.

Usage::

    from tml import load_corpus, default_data_dir
    docs = load_corpus("tempeval3", default_data_dir())
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

#: corpus name -> sub-directories (relative to the data dir) holding ``*.tml``
CORPORA: dict[str, tuple[str, ...]] = {
    "tempeval3": ("tempeval3/TimeBank", "tempeval3/AQUAINT"),
    "wikiwars": ("wikiwars",),
}


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3 annotation; ``start``/``end`` index ``Document.text``."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    mod: str | None = None


@dataclass
class Document:
    """A TimeML document reduced to what timex evaluation needs."""

    doc_id: str
    corpus: str
    path: Path
    dct: str
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)

    @property
    def dct_date(self) -> str:
        """The DCT as ``YYYY-MM-DD`` (time of day dropped)."""
        return self.dct[:10]


def default_data_dir() -> Path:
    """``$TIMELINE_SHARED_DATA`` if set, else ``<repo>/../shared/data``."""
    env = os.environ.get("TIMELINE_SHARED_DATA")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "data"


def _flatten(elem: ET.Element, parts: list[str], timexes: list[GoldTimex], pos: int) -> int:
    """Append ``elem``'s text content to ``parts``, recording TIMEX3 offsets.

    Returns the new character position.  ``elem.tail`` is handled by the caller.
    """
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _flatten(child, parts, timexes, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":
        text = "".join(parts)[start:pos] if start != pos else ""
        timexes.append(
            GoldTimex(
                start=start,
                end=pos,
                text=text,
                type=elem.get("type", ""),
                value=elem.get("value", ""),
                tid=elem.get("tid", ""),
                mod=elem.get("mod"),
            )
        )
    return pos


def parse_tml(path: Path, corpus: str = "") -> Document:
    """Parse one ``.tml`` file into a :class:`Document`."""
    root = ET.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")
            break
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    # The TEXT element's own tail is outside the document text.
    _flatten(text_elem, parts, timexes, 0)
    text = "".join(parts)
    timexes.sort(key=lambda t: (t.start, t.end))
    for t in timexes:  # sanity check of the offset bookkeeping
        assert text[t.start : t.end] == t.text, (path, t)
    return Document(doc_id=doc_id, corpus=corpus, path=path, dct=dct, text=text, timexes=timexes)


def load_corpus(name: str, data_dir: Path, limit: int | None = None) -> list[Document]:
    """Load every document of corpus ``name`` (sorted by path), optionally the first ``limit``."""
    if name not in CORPORA:
        raise KeyError(f"unknown corpus {name!r}; known: {', '.join(CORPORA)}")
    paths: list[Path] = []
    for sub in CORPORA[name]:
        folder = data_dir / sub
        if not folder.is_dir():
            raise FileNotFoundError(f"corpus folder not found: {folder}")
        paths.extend(sorted(folder.glob("*.tml")))
    if limit is not None:
        paths = paths[:limit]
    return [parse_tml(p, corpus=name) for p in paths]
