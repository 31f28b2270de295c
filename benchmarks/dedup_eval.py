"""Cross-article event deduplication, scored on the hand-made stories.

Usage (from the repository root)::

    python benchmarks/dedup_eval.py [--stories tests/gold/stories] [--json OUT] [--show]

Ingests ``articles.jsonl`` (12 stories, 3 articles each, written for this purpose) into a
fresh database, finds for every gold mention (``gold.jsonl``) the stored event whose
trigger overlaps it, and scores "same event" over all pairs of found gold mentions:
pairwise precision (pairs we put in one cluster that gold calls one event) and recall
(gold same-event pairs we put in one cluster). Mentions we did not extract at all are
reported as mention recall, and the pairs found and joined out of every gold same-event
pair (missed mentions included) as end-to-end recall.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402
from timeline.models import Document, Event  # noqa: E402


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def evaluate(stories: Path, show: bool = False) -> dict[str, Any]:
    articles = _load(stories / "articles.jsonl")
    gold = _load(stories / "gold.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        db = timeline.open(Path(tmp) / "dedup.db")
        t0 = time.perf_counter()
        for a in articles:
            db.ingest_text(a["text"], published=a["published"], source=a["id"], title=a["title"])
        seconds = time.perf_counter() - t0
        with db.sessions() as s:
            rows = s.execute(
                Event.__table__.select()
                .with_only_columns(Event.trigger_start, Event.trigger_end, Event.cluster_id,
                                   Event.id, Event.type, Document.source)
                .join_from(Event.__table__, Document.__table__)
            ).all()
        db.close()
    by_article: dict[str, list[Any]] = {}
    for start, end, cluster, event_id, etype, source in rows:
        by_article.setdefault(source, []).append((start, end, cluster or -event_id, etype))
    found: list[tuple[str, int]] = []  # (gold event id, our cluster)
    missed = 0
    for g in gold:
        for m in g["mentions"]:
            hits = [c for s, e, c, _ in by_article.get(m["article"], [])
                    if s < m["end"] and m["start"] < e]
            if hits:
                found.append((g["event_id"], hits[0]))
            else:
                missed += 1
                if show:
                    print(f"missed: {g['event_id']} {m['article']} {m['trigger']!r}")
    tp = fp = fn = 0
    for (g1, c1), (g2, c2) in itertools.combinations(found, 2):
        same_gold, same_ours = g1 == g2, c1 == c2
        tp += same_gold and same_ours
        fp += same_ours and not same_gold
        fn += same_gold and not same_ours
        if show and same_gold != same_ours:
            print(f"{'split' if same_gold else 'merged'}: {g1} / {g2}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    total = len(found) + missed
    gold_pairs = sum(len(g["mentions"]) * (len(g["mentions"]) - 1) // 2 for g in gold)
    return {
        "articles": len(articles),
        "gold_events": len(gold),
        "gold_mentions": total,
        "mention_recall": len(found) / total if total else 0.0,
        "pairs_tp": tp, "pairs_fp": fp, "pairs_fn": fn,
        "pairwise_precision": p,
        "pairwise_recall": r,
        "pairwise_f1": 2 * p * r / (p + r) if p + r else 0.0,
        # over every gold same-event pair, found mentions or not: what a reader gets end to end
        "gold_pairs": gold_pairs,
        "end_to_end_recall": tp / gold_pairs if gold_pairs else 0.0,
        "ingest_seconds": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=Path, default=ROOT / "tests" / "gold" / "stories")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--show", action="store_true", help="list missed mentions and wrong pairs")
    args = ap.parse_args(argv)
    res = evaluate(args.stories, args.show)
    print(f"{res['articles']} articles, {res['gold_events']} gold events, "
          f"{res['gold_mentions']} gold mentions; mention recall {100 * res['mention_recall']:.1f}%")
    print(f"same-event pairs: precision {100 * res['pairwise_precision']:.1f}  "
          f"recall {100 * res['pairwise_recall']:.1f}  F1 {100 * res['pairwise_f1']:.1f}  "
          f"(tp {res['pairs_tp']}, fp {res['pairs_fp']}, fn {res['pairs_fn']}); "
          f"ingest {res['ingest_seconds']} s")
    print(f"end to end: {res['pairs_tp']} of {res['gold_pairs']} gold same-event pairs found "
          f"and joined ({100 * res['end_to_end_recall']:.1f}%)")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
