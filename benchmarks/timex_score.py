"""Scoring of predicted timexes against TimeML gold, TempEval-3 Task A style.

All metrics are derived from additive :class:`Counts`, so they can be
micro-averaged over documents: strict and relaxed (one-to-one, greedy by
overlap) P/R/F1, any-overlap P/R/F1, value and type accuracy over relaxed
matches.  :func:`write_errors` dumps per-timex mismatches as JSON lines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TextIO

from timex_systems import Prediction
from tml import Document, GoldTimex


@dataclass
class Counts:
    """Additive counts from which all metrics are derived."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    any_pred: int = 0  # predictions overlapping some gold timex (not one-to-one)
    any_gold: int = 0  # gold timexes overlapped by some prediction (not one-to-one)
    value_n: int = 0
    value_ok: int = 0
    type_n: int = 0
    type_ok: int = 0
    seconds: float = 0.0

    def metrics(self, score_type: bool = True) -> dict[str, float | int | None]:
        def prf(tp: int) -> tuple[float, float, float]:
            p = tp / self.pred if self.pred else 0.0
            r = tp / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        ap = self.any_pred / self.pred if self.pred else 0.0
        ar = self.any_gold / self.gold if self.gold else 0.0
        vacc = self.value_ok / self.value_n if self.value_n else None
        tacc = self.type_ok / self.type_n if score_type and self.type_n else None
        return {
            "docs": self.docs,
            "gold": self.gold,
            "pred": self.pred,
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": sf,
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": rf,
            "any_overlap_p": ap,
            "any_overlap_r": ar,
            "any_overlap_f1": 2 * ap * ar / (ap + ar) if ap + ar else 0.0,
            "value_acc": vacc,
            "value_f1": rf * vacc if vacc is not None else None,
            "type_acc": tacc,
            "seconds": self.seconds,
            "sec_per_doc": self.seconds / self.docs if self.docs else None,
            "docs_per_sec": self.docs / self.seconds if self.seconds else None,
        }


def match_relaxed(gold: list[GoldTimex], pred: list[Prediction]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping spans, greedy by overlap."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                exact = (g.start, g.end) == (p.start, p.end)
                cands.append((-overlap, not exact, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def score_document(
    doc: Document, pred: list[Prediction], counts: Counts, score_type: bool
) -> list[tuple[int, int]]:
    """Add one document's counts; return its relaxed matches."""
    gold = doc.timexes
    counts.docs += 1
    counts.gold += len(gold)
    counts.pred += len(pred)
    pred_spans = {(p.start, p.end) for p in pred}
    counts.strict += sum((g.start, g.end) in pred_spans for g in gold)
    pairs = match_relaxed(gold, pred)
    counts.relaxed += len(pairs)
    overlaps = [
        (gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if min(g.end, p.end) > max(g.start, p.start)
    ]
    counts.any_gold += len({gi for gi, _ in overlaps})
    counts.any_pred += len({pi for _, pi in overlaps})
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.value != "null":
            counts.value_n += 1
            counts.value_ok += p.value == g.value
        if score_type:
            counts.type_n += 1
            counts.type_ok += p.type == g.type
    return pairs


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def write_errors(
    out: TextIO,
    doc: Document,
    pred: list[Prediction],
    pairs: list[tuple[int, int]],
    score_type: bool,
) -> int:
    """Write the mismatches of one document as JSON lines; return how many."""

    def g_dict(g: GoldTimex) -> dict[str, Any]:
        return {"text": g.text, "start": g.start, "end": g.end, "type": g.type, "value": g.value}

    def p_dict(p: Prediction) -> dict[str, Any]:
        return {"text": p.text, "start": p.start, "end": p.end, "type": p.type, "value": p.value}

    base = {"corpus": doc.corpus, "doc": doc.doc_id, "dct": doc.dct}
    records: list[dict[str, Any]] = []
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        g, p = doc.timexes[gi], pred[pi]
        issues = []
        if (g.start, g.end) != (p.start, p.end):
            issues.append("span")
        if g.value != "null" and p.value != g.value:
            issues.append("value")
        if score_type and p.type != g.type:
            issues.append("type")
        if issues:
            ctx = _context(doc.text, min(g.start, p.start), max(g.end, p.end))
            records.append(
                {"kind": "+".join(issues), "gold": g_dict(g), "pred": p_dict(p), "context": ctx}
            )
    for gi, g in enumerate(doc.timexes):
        if gi not in matched_g:
            ctx = _context(doc.text, g.start, g.end)
            records.append({"kind": "missed", "gold": g_dict(g), "pred": None, "context": ctx})
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            ctx = _context(doc.text, p.start, p.end)
            records.append({"kind": "spurious", "gold": None, "pred": p_dict(p), "context": ctx})
    for rec in records:
        out.write(json.dumps({**base, **rec}, ensure_ascii=False) + "\n")
    return len(records)
