"""TIMEX3 evaluation benchmark: timeline vs HeidelTime vs spaCy+dateparser.

Usage (from the repository root)::

    python benchmarks/timex_eval.py [--corpus tempeval3|wikiwars|all]
        [--systems timeline,heideltime,baseline] [--limit N] [--json out.json]
        [--errors timeline_errors.jsonl] [--data DIR] [--heideltime-type news]
        [--baseline-prefer past] [--quiet]

Files: ``tml.py`` reads the corpora, ``timex_systems.py`` wraps the taggers
(see its docstring for how HeidelTime is run), ``timex_score.py`` scores.

Gold data (read in place, never copied): ``<data>/tempeval3/{TimeBank,AQUAINT}/*.tml``
(scored together as "tempeval3") and ``<data>/wikiwars/*.tml``.  ``<data>``
defaults to ``$TIMELINE_SHARED_DATA`` or ``<repo>/../shared/data``.

Each system tags the plain text of ``<TEXT>`` with the document creation time
(DCT) as reference date.  Metrics, TempEval-3 Task A style, micro-averaged over
all documents of a corpus:

* strict P/R/F1   -- predicted span equals a gold span exactly;
* relaxed P/R/F1  -- one-to-one matching of overlapping spans, greedy by overlap size;
* anyF1           -- relaxed F1 without the one-to-one constraint (P = predictions
  overlapping any gold, R = gold overlapped by any prediction), for comparison
  with scorers that count overlaps that way;
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
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_score import Counts, score_document, write_errors  # noqa: E402
from timex_systems import (  # noqa: E402
    SYSTEMS,
    BaselineSystem,
    HeidelTimeSystem,
    System,
    SystemUnavailable,
    timed_load,
)
from tml import CORPORA, Document, default_data_dir, load_corpus  # noqa: E402

#: corpora whose gold ``type`` is meaningless (TIMEX2 conversion: all DATE)
NO_TYPE_CORPORA = {"wikiwars"}


def _fmt(x: float | int | None, pct: bool = True, digits: int = 1) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.{digits}f}" if pct else f"{x:.{digits}f}"


def print_table(corpus: str, docs: list[Document], results: dict[str, dict[str, Any]]) -> None:
    """Print one corpus' results, systems as rows."""
    n_gold = sum(len(d.timexes) for d in docs)
    print(f"\n== {corpus}: {len(docs)} documents, {n_gold} gold timexes ==")
    head = (
        "system",
        "pred",
        "strP",
        "strR",
        "strF1",
        "relP",
        "relR",
        "relF1",
        "anyF1",
        "valAcc",
        "valF1",
        "typAcc",
        "s/doc",
        "docs/s",
        "load s",
    )
    widths = (11, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6, 7, 8, 8, 7)
    print(
        " ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(head, widths, strict=True))
        )
    )
    for name, r in results.items():
        if "unavailable" in r:
            print(f"{name.ljust(widths[0])} unavailable: {r['unavailable']}")
            continue
        cells = [name, str(r["pred"])]
        cells += [
            _fmt(r[k]) for k in ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r")
        ]
        cells += [
            _fmt(r[k])
            for k in ("relaxed_f1", "any_overlap_f1", "value_acc", "value_f1", "type_acc")
        ]
        cells += [_fmt(r["sec_per_doc"], False, 3), _fmt(r["docs_per_sec"], False, 2)]
        cells += [_fmt(r["load_seconds"], False, 2)]
        print(
            " ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
        )
        for note in r.get("notes", []):
            print(f"{'':{widths[0]}} note: {note}")
    t, h = results.get("timeline", {}), results.get("heideltime", {})
    if t.get("docs_per_sec") and h.get("docs_per_sec"):
        ratio = t["docs_per_sec"] / h["docs_per_sec"]
        print(
            f"throughput timeline / heideltime: {ratio:.1f}x ({_fmt(t['docs_per_sec'], False, 2)} vs "
            f"{_fmt(h['docs_per_sec'], False, 2)} docs/s)"
        )


def run_corpus(
    corpus: str,
    docs: list[Document],
    systems: dict[str, System | str],
    errors: TextIO | None,
    progress: bool,
) -> dict[str, dict[str, Any]]:
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
                print(
                    f"\r  {corpus}/{name}: {i}/{len(docs)} docs, {counts.seconds:.1f}s",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )
        if progress:
            print(file=sys.stderr)
        res: dict[str, Any] = counts.metrics(score_type)
        res["load_seconds"] = system.load_seconds
        notes = []
        if system.failures > failures_before:
            notes.append(
                f"{system.failures - failures_before} documents failed (scored as no output)"
            )
            notes += system.notes[notes_before : notes_before + 3]
        unaligned = getattr(system, "unaligned", 0) - unaligned_before
        if unaligned:
            notes.append(
                f"{unaligned} predicted timexes could not be aligned to the text (dropped)"
            )
        if notes:
            res["notes"] = notes
        results[name] = res
    return results


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    ap.add_argument(
        "--systems",
        default="timeline,heideltime,baseline",
        help="comma-separated subset of: " + ",".join(SYSTEMS),
    )
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each corpus")
    ap.add_argument("--json", type=Path, default=None, help="write all metrics to this JSON file")
    ap.add_argument("--errors", type=Path, default=None, help="timeline mismatches as JSON lines")
    ap.add_argument(
        "--data",
        type=Path,
        default=None,
        help="data dir (default: $TIMELINE_SHARED_DATA or <repo>/../shared/data)",
    )
    ap.add_argument(
        "--heideltime-type",
        default="news",
        choices=["news", "narratives", "colloquial", "scientific"],
        help="HeidelTime document type (default news)",
    )
    ap.add_argument(
        "--baseline-prefer",
        default="past",
        choices=["past", "current_period", "future"],
        help="dateparser PREFER_DATES_FROM for the baseline (default past)",
    )
    ap.add_argument(
        "--quiet", action="store_true", help="no progress line on stderr (shown on a tty)"
    )
    args = ap.parse_args(argv)
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in names if s not in SYSTEMS]
    if unknown:
        ap.error(f"unknown system(s) {unknown}; known: {', '.join(SYSTEMS)}")
    args.system_names = names
    return args


def make_system(name: str, args: argparse.Namespace) -> System:
    """Instantiate system ``name`` with its command-line options."""
    if name == "heideltime":
        return HeidelTimeSystem(doc_type=args.heideltime_type)
    if name == "baseline":
        return BaselineSystem(prefer_dates_from=args.baseline_prefer)
    return SYSTEMS[name]()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data_dir = args.data or default_data_dir()
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    systems: dict[str, System | str] = {}
    for name in args.system_names:
        new = make_system(name, args)
        try:
            timed_load(new)
            systems[name] = new
        except SystemUnavailable as exc:
            systems[name] = str(exc)
            print(f"[{name}] unavailable: {exc}", file=sys.stderr)
    print(
        f"data: {data_dir}   systems: {', '.join(args.system_names)}"
        + (f"   heideltime type: {args.heideltime_type}" if "heideltime" in systems else "")
        + (
            f"   baseline PREFER_DATES_FROM: {args.baseline_prefer}"
            if "baseline" in systems
            else ""
        )
    )
    report: dict[str, Any] = {
        "data": str(data_dir),
        "limit": args.limit,
        "heideltime_type": args.heideltime_type,
        "baseline_prefer": args.baseline_prefer,
        "corpora": {},
    }
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    try:
        for corpus in corpora:
            docs = load_corpus(corpus, data_dir, args.limit)
            progress = not args.quiet and sys.stderr.isatty()
            results = run_corpus(corpus, docs, systems, errors, progress)
            print_table(corpus, docs, results)
            report["corpora"][corpus] = {
                "docs": len(docs),
                "gold": sum(len(d.timexes) for d in docs),
                "systems": results,
            }
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
