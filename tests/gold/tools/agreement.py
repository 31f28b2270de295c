"""Pairwise agreement of a second annotator's events with a story set's gold.

The second annotation (``tests/gold/agreement/<set>_second.json``) maps each gold mention,
as ``"<article>:<start>"``, to the annotator's event label. Scored with the pairwise
same-event precision and recall of ``benchmarks/dedup_eval.py``, the gold as reference:

    python tests/gold/tools/agreement.py stories_dev12 stories_dev13
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1]


def agreement(name: str) -> tuple[float, float, int, int, int]:
    second = json.loads((GOLD / "agreement" / f"{name}_second.json").read_text("utf-8"))
    pairs = []
    for line in (GOLD / name / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            event = json.loads(line)
            pairs += [(event["event_id"], second[f"{m['article']}:{m['start']}"])
                      for m in event["mentions"]]
    tp = fp = fn = 0
    for (g1, s1), (g2, s2) in itertools.combinations(pairs, 2):
        tp += g1 == g2 and s1 == s2
        fp += g1 != g2 and s1 == s2
        fn += g1 == g2 and s1 != s2
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1), tp, fp, fn


if __name__ == "__main__":
    for name in sys.argv[1:]:
        p, r, tp, fp, fn = agreement(name)
        print(f"{name}: precision {100 * p:.1f} recall {100 * r:.1f} "
              f"(same-event pairs agreed {tp}, extra {fp}, missed {fn})")
