"""TimeML event layer: EVENT offsets, MAKEINSTANCE and TLINK elements of a ``.tml`` file.

:mod:`tml` reads the text and the TIMEX3 of a document; this module re-reads the
same file and adds what event evaluation needs, with offsets into the very same
``Document.text`` (checked):

* ``events``    -- ``eid`` -> :class:`TmlEvent` (EVENT tag: offsets, text, class);
* ``instances`` -- ``eiid`` -> ``eid`` (MAKEINSTANCE);
* ``timexes``   -- ``tid`` -> :class:`TmlTimex`, including the document creation
  time (``functionInDocument="CREATION_TIME"``, ``is_dct=True``, outside ``<TEXT>``);
* ``tlinks``    -- every TLINK, as :class:`TLink` with the source and target kind.

Usage::

    from tml import load_corpus, default_data_dir
    from event_tml import read_annotations
    doc = load_corpus("tempeval3", default_data_dir())[0]
    ann = read_annotations(doc)
    for link in ann.tlinks: ...
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from tml import Document


@dataclass(frozen=True)
class TmlEvent:
    """One gold EVENT tag; ``start``/``end`` index ``Document.text``."""

    eid: str
    start: int
    end: int
    text: str
    cls: str


@dataclass(frozen=True)
class TmlTimex:
    """One TIMEX3 (in the text or the DCT); offsets are -1 for the DCT."""

    tid: str
    type: str
    value: str
    text: str
    start: int
    end: int
    is_dct: bool = False


@dataclass(frozen=True)
class TLink:
    """One TLINK: ``source relType target``; kinds are ``"event"`` or ``"time"``.

    Event ends are given as EVENT ids (``eid``, resolved through MAKEINSTANCE).
    """

    lid: str
    rel_type: str
    source_kind: str
    source: str
    target_kind: str
    target: str


@dataclass
class TmlAnnotations:
    """The event-layer annotations of one document."""

    doc_id: str
    events: dict[str, TmlEvent] = field(default_factory=dict)
    instances: dict[str, str] = field(default_factory=dict)
    timexes: dict[str, TmlTimex] = field(default_factory=dict)
    tlinks: list[TLink] = field(default_factory=list)
    #: TLINKs whose instance or time id could not be resolved (dangling references)
    unresolved: int = 0


def _flatten(
    elem: ET.Element,
    parts: list[str],
    pos: int,
    events: dict[str, TmlEvent],
    timexes: dict[str, TmlTimex],
) -> int:
    """Append ``elem``'s text to ``parts`` (same walk as :func:`tml._flatten`), recording
    EVENT and TIMEX3 offsets; returns the new position."""
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _flatten(child, parts, pos, events, timexes)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag in ("EVENT", "TIMEX3"):
        text = "".join(parts)[start:pos]
        if elem.tag == "EVENT":
            eid = elem.get("eid", "")
            events[eid] = TmlEvent(eid, start, pos, text, elem.get("class", ""))
        else:
            tid = elem.get("tid", "")
            timexes[tid] = TmlTimex(
                tid, elem.get("type", ""), elem.get("value", ""), text, start, pos
            )
    return pos


def read_annotations(doc: Document) -> TmlAnnotations:
    """Parse EVENT / MAKEINSTANCE / TIMEX3 / TLINK of ``doc.path``.

    Raises:
        ValueError: the re-flattened text differs from ``doc.text`` (offsets would be wrong).
    """
    root = ET.parse(doc.path).getroot()
    ann = TmlAnnotations(doc_id=doc.doc_id)
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError(f"{doc.path}: no <TEXT> element")
    parts: list[str] = []
    _flatten(text_elem, parts, 0, ann.events, ann.timexes)
    if "".join(parts) != doc.text:
        raise ValueError(f"{doc.path}: flattened text differs from tml.Document.text")
    for ev in ann.events.values():
        assert doc.text[ev.start : ev.end] == ev.text, (doc.path, ev)
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            tid = timex.get("tid", "")
            ann.timexes[tid] = TmlTimex(
                tid,
                timex.get("type", ""),
                timex.get("value", ""),
                timex.text or "",
                -1,
                -1,
                is_dct=True,
            )
    for mi in root.iter("MAKEINSTANCE"):
        ann.instances[mi.get("eiid", "")] = mi.get("eventID", "")
    for tl in root.iter("TLINK"):
        ends: list[tuple[str, str]] = []
        ok = True
        for ev_attr, t_attr in (
            ("eventInstanceID", "timeID"),
            ("relatedToEventInstance", "relatedToTime"),
        ):
            if tl.get(ev_attr):
                eid = ann.instances.get(tl.get(ev_attr, ""))
                ok = ok and eid in ann.events
                ends.append(("event", eid or ""))
            elif tl.get(t_attr):
                tid = tl.get(t_attr, "")
                ok = ok and tid in ann.timexes
                ends.append(("time", tid))
            else:
                ok = False
                ends.append(("", ""))
        if not ok:
            ann.unresolved += 1
            continue
        (sk, s), (tk, t) = ends
        ann.tlinks.append(TLink(tl.get("lid", ""), tl.get("relType", ""), sk, s, tk, t))
    return ann
