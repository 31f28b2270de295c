"""TLINK dating benchmark: are our events dated like the TimeML TLINKs date them?

Usage (normally through ``event_eval.py --task tlinks``)::

    from event_tlinks import evaluate_tlinks, print_tlinks
    result = evaluate_tlinks(docs)          # docs: tml.Document list (TimeBank + AQUAINT)
    print_tlinks(result)

Gold dates.  A TLINK between a gold EVENT and a DATE-type TIMEX3 dates the event when
the time *contains or equals* the event.  Links are read from the event's side (a link
``t REL e`` becomes ``e inverse(REL) t``) and these event-side relations qualify::

    IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS
    (= e IS_INCLUDED t | t INCLUDES e, e DURING t | t DURING_INV e, SIMULTANEOUS either way,
       e BEGINS t | t BEGUN_BY e, e ENDS t | t ENDED_BY e)

``e BEGUN_BY t`` / ``e ENDED_BY t`` (the time is only the start / end point of a
longer event) and ``e INCLUDES t`` do not date the event; they are shown in the
per-relation table for information only.  An event with several qualifying links
gets the *set* of their values: our value is correct if it equals any of them
(events whose links give more than one distinct value are counted as ``multi``).

Variants: ``calendar`` (headline) -- timexes in ``<TEXT>`` whose value is a calendar
interval (``timeline.temporal.value_interval`` gives both bounds: 1998-08-07,
1998-W32, 1998-Q3, 199X ...; not PRESENT_REF/PAST_REF/FUTURE_REF, not XXXX-...);
``all_values`` -- any in-text DATE timex; ``calendar+dct`` -- calendar plus links to
the document creation time (t0), which the text does not express.

Scores, per variant, over gold events with a qualifying link (``gold``):

* ``matched``   -- gold events whose EVENT span overlaps one of our triggers
  (one-to-one greedy match of our events to *all* gold EVENTs);
* ``trig_recall`` = matched / gold;
* ``dated``     -- matched events whose date basis is ``explicit``;
* ``coverage``  = dated / matched;
* ``precision`` = dated events whose ``date.value`` equals a gold value / dated;
* ``same_date_p`` -- same, but correct when our ``[start, end]`` days equal a gold
  value's interval: the event's date is right though the timex value differs in a
  finer part the event date does not keep ("1999-10-07TMO" for gold "1999-10-07", the
  morning of that day) or in notation;
* ``lenient_p`` -- same, but correct when our ``[start, end]`` lies inside a gold
  value's interval (gold values without bounds fall back to equality);
* ``accuracy``  = strictly correct / matched (coverage x precision).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from event_common import context, greedy_match, print_table, ratio
from event_tml import TmlAnnotations, read_annotations
from tml import Document

from timeline import ExtractedEvent, extract_events
from timeline.temporal import value_interval

INVERSE: dict[str, str] = {
    "INCLUDES": "IS_INCLUDED",
    "IS_INCLUDED": "INCLUDES",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
    "DURING": "DURING_INV",
    "DURING_INV": "DURING",
    "BEFORE": "AFTER",
    "AFTER": "BEFORE",
    "IBEFORE": "IAFTER",
    "IAFTER": "IBEFORE",
}
#: event-side relations meaning "the time contains or equals the event"
CONTAINED: frozenset[str] = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS"})
#: event-side relations shown for information only (the time does not contain the event)
INFORMATIVE: frozenset[str] = frozenset({"BEGUN_BY", "ENDED_BY", "INCLUDES"})
VARIANTS = ("calendar", "all_values", "calendar+dct")
HEADLINE_VARIANT = "calendar"


@dataclass(frozen=True)
class DateLink:
    """One TLINK from a gold event to a DATE timex, seen from the event."""

    eid: str
    rel: str  # event-side relation
    label: str  # as written, e.g. "t INCLUDES e"
    value: str
    is_dct: bool
    calendar: bool


@dataclass
class DatingCounts:
    """Counters of one variant / relation / sub-corpus."""

    gold: int = 0
    matched: int = 0
    dated: int = 0
    strict: int = 0
    lenient: int = 0
    same_date: int = 0
    multi: int = 0
    basis: Counter[str] = field(default_factory=Counter)

    def add(self, values: set[str], pred: ExtractedEvent | None, dct: date) -> tuple[bool, bool]:
        """Count one gold event; returns (strict ok, lenient ok)."""
        self.gold += 1
        self.multi += len(values) > 1
        if pred is None:
            return False, False
        self.matched += 1
        self.basis[pred.date.basis] += 1
        if pred.date.basis != "explicit":
            return False, False
        self.dated += 1
        ok = pred.date.value in values
        lenient = ok or any(_within(pred, v, dct) for v in values)
        self.same_date += ok or any(_same_days(pred, v, dct) for v in values)
        self.strict += ok
        self.lenient += lenient
        return ok, lenient

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "matched": self.matched,
            "trig_recall": ratio(self.matched, self.gold),
            "dated": self.dated,
            "coverage": ratio(self.dated, self.matched),
            "strict_correct": self.strict,
            "precision": ratio(self.strict, self.dated),
            "same_date_correct": self.same_date,
            "same_date_p": ratio(self.same_date, self.dated),
            "lenient_correct": self.lenient,
            "lenient_p": ratio(self.lenient, self.dated),
            "accuracy": ratio(self.strict, self.matched),
            "multi": self.multi,
            "basis": dict(sorted(self.basis.items())),
        }


def _same_days(pred: ExtractedEvent, value: str, dct: date) -> bool:
    """Our date interval is the gold value's interval (both bounded)."""
    gs, ge, _ = value_interval(value, dct)
    return gs is not None and ge is not None and (pred.date.start, pred.date.end) == (gs, ge)


def _within(pred: ExtractedEvent, value: str, dct: date) -> bool:
    """Our date interval lies inside the gold value's interval (open gold bounds are
    unbounded; a gold value with no bound at all is only matched by equality)."""
    gs, ge, _ = value_interval(value, dct)
    if gs is None and ge is None:
        return False
    ps, pe = pred.date.start, pred.date.end
    if gs is not None and (ps is None or ps < gs):
        return False
    return ge is None or (pe is not None and pe <= ge)


def _is_calendar(value: str) -> bool:
    start, end, _ = value_interval(value, None)
    return start is not None and end is not None


def date_links(ann: TmlAnnotations) -> list[DateLink]:
    """Every TLINK between an event and a DATE timex, from the event's side."""
    links: list[DateLink] = []
    for tl in ann.tlinks:
        if tl.source_kind == "event" and tl.target_kind == "time":
            eid, tid, rel, label = tl.source, tl.target, tl.rel_type, f"e {tl.rel_type} t"
        elif tl.source_kind == "time" and tl.target_kind == "event":
            eid, tid = tl.target, tl.source
            rel, label = INVERSE.get(tl.rel_type, tl.rel_type), f"t {tl.rel_type} e"
        else:
            continue
        tx = ann.timexes[tid]
        if tx.type != "DATE":
            continue
        links.append(DateLink(eid, rel, label, tx.value, tx.is_dct, _is_calendar(tx.value)))
    return links


def _in_variant(link: DateLink, variant: str) -> bool:
    if link.rel not in CONTAINED:
        return False
    if variant == "calendar":
        return link.calendar and not link.is_dct
    if variant == "all_values":
        return not link.is_dct
    return link.calendar  # calendar+dct


def _pred_info(pred: ExtractedEvent) -> dict[str, Any]:
    d = pred.date
    return {
        "type": pred.type,
        "trigger": pred.trigger,
        "basis": d.basis,
        "value": d.value,
        "date_text": d.text,
        "start": d.start.isoformat() if d.start else None,
        "end": d.end.isoformat() if d.end else None,
    }


def evaluate_tlinks(
    docs: list[Document],
    extractor: Callable[[str, str], list[ExtractedEvent]] = extract_events,
    errors: list[dict[str, Any]] | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Score the dating of our events against TLINK-dated gold events (see module doc)."""
    variants = {v: DatingCounts() for v in VARIANTS}
    by_rel: dict[str, DatingCounts] = {}
    by_corpus: dict[str, DatingCounts] = {}
    n_pred = n_pred_matched = n_gold_events = unresolved = 0
    seconds = 0.0
    for k, doc in enumerate(docs):
        ann = read_annotations(doc)
        unresolved += ann.unresolved
        t0 = time.perf_counter()
        preds = extractor(doc.text, doc.dct_date)
        seconds += time.perf_counter() - t0
        dct = date.fromisoformat(doc.dct_date)
        gold = sorted(ann.events.values(), key=lambda e: (e.start, e.end))
        n_gold_events += len(gold)
        pairs = greedy_match(
            [(p.trigger_start, p.trigger_end) for p in preds], [(g.start, g.end) for g in gold]
        )
        n_pred += len(preds)
        n_pred_matched += len(pairs)
        pred_of = {gold[j].eid: preds[i] for i, j in pairs}
        links_of: dict[str, list[DateLink]] = {}
        for link in date_links(ann):
            links_of.setdefault(link.eid, []).append(link)
        sub = doc.path.parent.name
        for eid, links in sorted(links_of.items()):
            pred = pred_of.get(eid)
            for v in VARIANTS:
                values = {lk.value for lk in links if _in_variant(lk, v)}
                if not values:
                    continue
                ok, lenient = variants[v].add(values, pred, dct)
                if v == HEADLINE_VARIANT:
                    by_corpus.setdefault(sub, DatingCounts()).add(values, pred, dct)
                    if errors is not None and pred is not None and not ok:
                        ev = ann.events[eid]
                        kind = "lenient_only" if lenient else "wrong_date"
                        if pred.date.basis != "explicit":
                            kind = "undated"
                        errors.append(
                            {
                                "task": "tlinks",
                                "kind": kind,
                                "doc_id": doc.doc_id,
                                "eid": eid,
                                "gold_trigger": ev.text,
                                "start": ev.start,
                                "end": ev.end,
                                "gold_values": sorted(values),
                                "gold_links": sorted({lk.label for lk in links}),
                                "pred": _pred_info(pred),
                                "context": context(doc.text, ev.start, ev.end),
                            }
                        )
            for label in sorted({lk.label for lk in links}):
                rel_links = [
                    lk for lk in links if lk.label == label and lk.calendar and not lk.is_dct
                ]
                if rel_links and (rel_links[0].rel in CONTAINED | INFORMATIVE):
                    by_rel.setdefault(label, DatingCounts()).add(
                        {lk.value for lk in rel_links}, pred, dct
                    )
        if progress and (k + 1) % 25 == 0:
            print(f"  tlinks: {k + 1}/{len(docs)} documents", flush=True)
    head = variants[HEADLINE_VARIANT].as_dict()
    return {
        "documents": len(docs),
        "gold_events": n_gold_events,
        "pred_events": n_pred,
        "pred_matched_to_gold_event": n_pred_matched,
        "unresolved_tlinks": unresolved,
        "extract_seconds": round(seconds, 2),
        "headline": {
            "tlink_precision": head["precision"],
            "tlink_same_date_precision": head["same_date_p"],
            "tlink_lenient_precision": head["lenient_p"],
            "tlink_coverage": head["coverage"],
            "tlink_accuracy": head["accuracy"],
            "tlink_trigger_recall": head["trig_recall"],
        },
        "variants": {v: c.as_dict() for v, c in variants.items()},
        "by_corpus": {c: n.as_dict() for c, n in sorted(by_corpus.items())},
        "by_relation": {
            label: dict(n.as_dict(), counted=_label_rel(label) in CONTAINED)
            for label, n in sorted(by_rel.items())
        },
    }


def _label_rel(label: str) -> str:
    side, rel, _ = label.split()
    return rel if side == "e" else INVERSE.get(rel, rel)


_COLS = ("gold", "matched", "trig_recall", "dated", "coverage", "precision", "same_date_p",
         "lenient_p")
_COLS2 = ("accuracy", "multi")


def _row(name: str, d: dict[str, Any]) -> list[Any]:
    return [name] + [d[c] for c in _COLS + _COLS2]


def print_tlinks(res: dict[str, Any]) -> None:
    """Print the TLINK dating tables."""
    print(
        f"\n== TLINK dating: {res['documents']} documents, {res['gold_events']} gold EVENTs; "
        f"{res['pred_events']} predicted events, {res['pred_matched_to_gold_event']} overlap a "
        f"gold EVENT; {res['extract_seconds']:.1f} s extraction =="
    )
    head = ["variant", *_COLS, *_COLS2]
    print_table(
        "Gold events dated by a TLINK (time contains event); percentages",
        head,
        [_row(v, d) for v, d in res["variants"].items()],
    )
    print_table(
        f"By sub-corpus ({HEADLINE_VARIANT})",
        ["corpus", *_COLS, *_COLS2],
        [_row(c, d) for c, d in res["by_corpus"].items()],
    )
    rows = [
        _row(("  " if d["counted"] else "* ") + label, d)
        for label, d in sorted(res["by_relation"].items(), key=lambda kv: -kv[1]["gold"])
    ]
    print_table(
        "By TLINK as written (calendar in-text timexes; an event counts once per relation; "
        "* = not a dating relation, for information)",
        ["relation", *_COLS, *_COLS2],
        rows,
    )
    basis = res["variants"][HEADLINE_VARIANT]["basis"]
    print(f"\nDate basis of matched linked events ({HEADLINE_VARIANT}): {basis}")
