"""TIMEX3 evaluation benchmark: timeline vs HeidelTime vs spaCy+dateparser.

Usage (from the repository root)::

    python benchmarks/timex_eval.py [--corpus tempeval3|wikiwars|all]
        [--systems timeline,heideltime,baseline] [--limit N] [--json out.json]
        [--errors timeline_errors.jsonl] [--data DIR] [--heideltime-type news]

Gold data (read in place, never copied): ``<data>/tempeval3/{TimeBank,AQUAINT}/*.tml``
(scored together as "tempeval3") and ``<data>/wikiwars/*.tml``.  ``<data>``
defaults to ``$TIMELINE_SHARED_DATA`` or ``<repo>/../shared/data``.

Each system tags the plain text of ``<TEXT>`` with the document creation time
(DCT) as reference date.  Metrics, TempEval-3 Task A style, micro-averaged over
all documents of a corpus:

* strict P/R/F1   -- predicted span equals a gold span exactly;
* relaxed P/R/F1  -- one-to-one matching of overlapping spans, greedy by overlap size;
* value accuracy  -- exact TIMEX3 ``value`` equality over relaxed matches
  (gold ``value="null"`` skipped); value F1 = relaxed F1 x value accuracy;
* type accuracy   -- over relaxed matches (not scored on WikiWars: all gold types are DATE);
* s/doc, docs/s   -- wall clock of ``annotate`` only (corpus loading and the
  one-time set-up, reported as "load s", excluded).

``--errors FILE`` writes one JSON object per mismatch of the ``timeline`` system
(missed, spurious, or matched with a wrong span/value/type) to help find failing rules.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tml import CORPORA, Document, GoldTimex, default_data_dir, load_corpus  # noqa: E402
from timex_systems import SYSTEMS, Prediction, System, SystemUnavailable, timed_load  # noqa: E402

#: corpora whose gold ``type`` is meaningless (TIMEX2 conversion: all DATE)
NO_TYPE_CORPORA = {"wikiwars"}


@dataclass
class Counts:
    """Additive counts from which all metrics are derived."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
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
        vacc = self.value_ok / self.value_n if self.value_n else None
        tacc = self.type_ok / self.type_n if score_type and self.type_n else None
        return {
            "docs": self.docs, "gold": self.gold, "pred": self.pred,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "value_acc": vacc, "value_f1": rf * vacc if vacc is not None else None,
            "type_acc": tacc,
            "seconds": self.seconds,
            "sec_per_doc": self.seconds / self.docs if self.docs else None,
            "docs_per_sec": self.docs / self.seconds if self.seconds else None,
        }  # fmt: skip


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
    out: TextIO, doc: Document, pred: list[Prediction], pairs: list[tuple[int, int]], score_type: bool
) -> int:
    """Write the mismatches of one document as JSON lines; return how many."""

    def g_dict(g: GoldTimex) -> dict[str, Any]:
        return {"text": g.text, "start": g.start, "end": g.end, "type": g.type, "value": g.value}

    def p_dict(p: Prediction) -> dict[str, Any]:
        return {"text": p.text, "start": p.start, "end": p.end, "type": p.type, "value": p.value}

    base = {"corpus": doc.corpus, "doc": doc.doc_id, "dct": doc.dct}
    records = []
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
            records.append({"kind": "+".join(issues), "gold": g_dict(g), "pred": p_dict(p), "context": ctx})
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


def _fmt(x: float | int | None, pct: bool = True, digits: int = 1) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.{digits}f}" if pct else f"{x:.{digits}f}"


def print_table(corpus: str, docs: list[Document], results: dict[str, dict[str, Any]]) -> None:
    """Print one corpus' results, systems as rows."""
    n_gold = sum(len(d.timexes) for d in docs)
    print(f"\n== {corpus}: {len(docs)} documents, {n_gold} gold timexes ==")
    head = ("system", "pred", "strP", "strR", "strF1", "relP", "relR", "relF1",
            "valAcc", "valF1", "typAcc", "s/doc", "docs/s", "load s")  # fmt: skip
    widths = (11, 6, 6, 6, 6, 6, 6, 6, 7, 6, 7, 8, 8, 7)
    print(" ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(head, widths))))
    for name, r in results.items():
        if "unavailable" in r:
            print(f"{name.ljust(widths[0])} unavailable: {r['unavailable']}")
            continue
        cells = [name, str(r["pred"])]
        cells += [_fmt(r[k]) for k in ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r")]
        cells += [_fmt(r[k]) for k in ("relaxed_f1", "value_acc", "value_f1", "type_acc")]
        cells += [_fmt(r["sec_per_doc"], False, 3), _fmt(r["docs_per_sec"], False, 2)]
        cells += [_fmt(r["load_seconds"], False, 2)]
        print(" ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
        for note in r.get("notes", []):
            print(f"{'':{widths[0]}} note: {note}")
    t, h = results.get("timeline", {}), results.get("heideltime", {})
    if t.get("docs_per_sec") and h.get("docs_per_sec"):
        ratio = t["docs_per_sec"] / h["docs_per_sec"]
        print(f"throughput timeline / heideltime: {ratio:.1f}x ({_fmt(t['docs_per_sec'], False, 2)} vs "
              f"{_fmt(h['docs_per_sec'], False, 2)} docs/s)")  # fmt: skip


def run_corpus(
    corpus: str, docs: list[Document], systems: dict[str, System | str], errors: TextIO | None,
    progress: bool,
) -> dict[str, dict[str, Any]]:  # fmt: skip
    """Run every available system over ``docs``; return metrics per system name."""
    score_type = corpus not in NO_TYPE_CORPORA
    results: dict[str, dict[str, Any]] = {}
    for name, system in systems.items():
        if isinstance(system, str):
            results[name] = {"unavailable": system}
            continue
        counts = Counts()
        failures_before, notes_before = system.failures, len(system.notes)
        unaligned_before = getattr(system, "unaligned", 0)
        for i, doc in enumerate(docs, 1):
            t0 = time.perf_counter()
            try:
                pred = system.annotate(doc)
            except Exception as exc:  # a crash on one document must not end the benchmark
                system.failures += 1
                system.notes.append(f"{doc.doc_id}: {exc!r}")
                pred = []
            counts.seconds += time.perf_counter() - t0
            pairs = score_document(doc, pred, counts, score_type)
            if errors is not None and name == "timeline":
                write_errors(errors, doc, pred, pairs, score_type)
            if progress:
                print(f"\r  {corpus}/{name}: {i}/{len(docs)} docs, {counts.seconds:.1f}s",
                      end="", file=sys.stderr, flush=True)  # fmt: skip
        if progress:
            print(file=sys.stderr)
        res: dict[str, Any] = counts.metrics(score_type)
        res["load_seconds"] = system.load_seconds
        notes = []
        if system.failures > failures_before:
            notes.append(f"{system.failures - failures_before} documents failed (scored as no output)")
            notes += system.notes[notes_before : notes_before + 3]
        unaligned = getattr(system, "unaligned", 0) - unaligned_before
        if unaligned:
            notes.append(f"{unaligned} predicted timexes could not be aligned to the text (dropped)")
        if notes:
            res["notes"] = notes
        results[name] = res
    return results


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    ap.add_argument("--systems", default="timeline,heideltime,baseline",
                    help="comma-separated subset of: " + ",".join(SYSTEMS))  # fmt: skip
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each corpus")
    ap.add_argument("--json", type=Path, default=None, help="write all metrics to this JSON file")
    ap.add_argument("--errors", type=Path, default=None, help="timeline mismatches as JSON lines")
    ap.add_argument("--data", type=Path, default=None,
                    help="data dir (default: $TIMELINE_SHARED_DATA or <repo>/../shared/data)")  # fmt: skip
    ap.add_argument("--heideltime-type", default="news",
                    choices=["news", "narratives", "colloquial", "scientific"],
                    help="HeidelTime document type (default news)")  # fmt: skip
    ap.add_argument("--quiet", action="store_true", help="no progress line on stderr (shown on a tty)")
    args = ap.parse_args(argv)
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in names if s not in SYSTEMS]
    if unknown:
        ap.error(f"unknown system(s) {unknown}; known: {', '.join(SYSTEMS)}")
    args.system_names = names
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = args.data or default_data_dir()
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    systems: dict[str, System | str] = {}
    for name in args.system_names:
        system = SYSTEMS[name](args.heideltime_type) if name == "heideltime" else SYSTEMS[name]()
        try:
            timed_load(system)
            systems[name] = system
        except SystemUnavailable as exc:
            systems[name] = str(exc)
            print(f"[{name}] unavailable: {exc}", file=sys.stderr)
    print(f"data: {data_dir}   systems: {', '.join(args.system_names)}"
          + (f"   heideltime type: {args.heideltime_type}" if "heideltime" in systems else ""))  # fmt: skip
    report: dict[str, Any] = {"data": str(data_dir), "limit": args.limit,
                              "heideltime_type": args.heideltime_type, "corpora": {}}  # fmt: skip
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    try:
        for corpus in corpora:
            docs = load_corpus(corpus, data_dir, args.limit)
            progress = not args.quiet and sys.stderr.isatty()
            results = run_corpus(corpus, docs, systems, errors, progress)
            print_table(corpus, docs, results)
            report["corpora"][corpus] = {"docs": len(docs), "gold": sum(len(d.timexes) for d in docs),
                                         "systems": results}  # fmt: skip
    finally:
        if errors is not None:
            errors.close()
        for system in systems.values():
            if isinstance(system, System):
                system.close()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
