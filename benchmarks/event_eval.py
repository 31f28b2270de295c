"""Event-extraction benchmark of ``timeline.extract_events``: TLINK dating and gold events.

Usage (from the repository root, with the project venv)::

    python benchmarks/event_eval.py [--task tlinks|gold|all] [--limit N] [--data DIR]
        [--gold tests/gold/events.jsonl] [--json OUT.json] [--errors OUT.jsonl] [--progress]

Tasks (details in the module docstrings):

* ``tlinks`` (:mod:`event_tlinks`) -- every TempEval-3 document (TimeBank + AQUAINT,
  ``<data>/tempeval3``); gold events dated by a TLINK to a DATE timex that contains
  them; our events matched to gold EVENT tags by trigger overlap; dating coverage and
  precision (strict value equality and lenient interval containment);
* ``gold`` (:mod:`event_gold`) -- the 44 hand-annotated articles of
  ``tests/gold/events.jsonl``: trigger / trigger+type P/R/F1, participant spans per
  role, role / date / modality / full-event accuracy, per type.

``--limit N`` keeps the first N documents of each task (sorted by path for tlinks, file
order for gold).  ``<data>`` defaults to ``$TIMELINE_SHARED_DATA`` or
``<repo>/../shared/data`` (as :mod:`tml`).

``--json OUT`` writes ``{"meta": ..., "headline": {flat name: number}, "tlinks": ...,
"gold": ...}``; ``headline`` holds the numbers a regression test can compare to floors
(fractions in [0, 1], None when undefined), e.g. ``gold_trigger_type_f1``,
``gold_agent_acc``, ``gold_date_acc``, ``tlink_precision``, ``tlink_coverage``.
``--errors OUT`` writes one JSON object per mismatch (``task``, ``kind`` in
missed / spurious / wrong_type / wrong_roles / wrong_date / wrong_modality for gold,
undated / wrong_date / lenient_only for tlinks, ``doc_id``, offsets, gold and
predicted details, ``context`` with the trigger in ``[[...]]``).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from event_gold import GOLD_PATH, evaluate_gold, load_gold, print_gold  # noqa: E402
from event_tlinks import evaluate_tlinks, print_tlinks  # noqa: E402
from tml import default_data_dir, load_corpus  # noqa: E402

import timeline  # noqa: E402


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--task", choices=("tlinks", "gold", "all"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N documents per task")
    ap.add_argument("--data", type=Path, default=None, help="shared data dir (default: as tml.py)")
    ap.add_argument("--gold", type=Path, default=GOLD_PATH, help="gold events JSONL")
    ap.add_argument("--json", type=Path, default=None, metavar="OUT", help="write all numbers")
    ap.add_argument("--errors", type=Path, default=None, metavar="FILE", help="mismatch JSONL")
    ap.add_argument("--progress", action="store_true", help="print progress for tlinks")
    ap.add_argument(
        "--split",
        choices=("all", "dev", "test"),
        default="all",
        help="gold articles: dev = every other one in doc_id order (rules were tuned looking "
        "at its errors only), test = the rest (held out)",
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    data_dir = args.data or default_data_dir()
    t_start = time.perf_counter()
    t0 = time.perf_counter()
    docs = load_corpus("tempeval3", data_dir)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    timeline.extract_events("Warm-up.", "2000-01-01")  # load the spaCy pipeline once
    warm_s = time.perf_counter() - t0
    print(
        f"loaded {len(docs)} TempEval-3 documents from {data_dir} in {load_s:.1f} s; "
        f"pipeline warm-up {warm_s:.1f} s"
    )
    errors: list[dict[str, Any]] | None = [] if args.errors else None
    out: dict[str, Any] = {"headline": {}}
    timings: dict[str, float] = {}
    if args.task in ("tlinks", "all"):
        t0 = time.perf_counter()
        tdocs = docs[: args.limit] if args.limit is not None else docs
        res = evaluate_tlinks(tdocs, errors=errors, progress=args.progress)
        timings["tlinks_seconds"] = round(time.perf_counter() - t0, 2)
        print_tlinks(res)
        out["tlinks"] = res
        out["headline"].update(res["headline"])
    if args.task in ("gold", "all"):
        t0 = time.perf_counter()
        gold_docs = load_gold(args.gold)
        if args.split != "all":
            ordered = sorted(d["doc_id"] for d in gold_docs)
            keep = set(ordered[:: 2] if args.split == "dev" else ordered[1::2])
            gold_docs = [d for d in gold_docs if d["doc_id"] in keep]
        if args.limit is not None:
            gold_docs = gold_docs[: args.limit]
        res = evaluate_gold({d.doc_id: d for d in docs}, gold_docs, errors=errors)
        timings["gold_seconds"] = round(time.perf_counter() - t0, 2)
        print_gold(res)
        out["gold"] = res
        out["headline"].update(res["headline"])
    timings["total_seconds"] = round(time.perf_counter() - t_start, 2)
    out["meta"] = {
        "task": args.task,
        "limit": args.limit,
        "data_dir": str(data_dir),
        "gold_file": str(args.gold),
        "python": platform.python_version(),
        "warmup_seconds": round(warm_s, 2),
        **timings,
    }
    print("\nHeadline: " + ", ".join(
        f"{k} {'-' if v is None else f'{100 * v:.1f}'}" for k, v in out["headline"].items()
    ))  # fmt: skip
    print("Timings (s): " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        out["headline"] = {
            k: None if v is None else round(v, 4) for k, v in out["headline"].items()
        }
        ordered = {k: out[k] for k in ("meta", "headline", "tlinks", "gold") if k in out}
        args.json.write_text(json.dumps(ordered, indent=2, sort_keys=False) + "\n")
        print(f"wrote {args.json}")
    if args.errors and errors is not None:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(f"wrote {len(errors)} mismatches to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
