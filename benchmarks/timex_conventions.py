"""How consistent are the gold TIMEX3 values? A ceiling for value accuracy.

Usage (from the repository root)::

    python benchmarks/timex_conventions.py [--corpus tempeval3] [--data DIR] [--top 25]
        [--no-system]

The same expression is often normalized at different granularities in the gold
corpora: "last week" is ``1989-W43`` in some documents, ``1989-WXX`` in others,
``1989-10`` or ``P1W`` in others; "a year ago" is a quarter, a year, a month or a day.
This script groups gold timexes by their expression (lower case, leading article
dropped, weekday / month names and numbers replaced by placeholders) and, within a
group, by the *shape* of the gold value (digits replaced: ``9-W9``, ``9-WXX``, ``P9W``).
A gold value whose shape is not its group's most common shape is "off-convention".

Printed:

* the groups with most off-convention values and their shapes;
* the share of gold values that are off-convention -- a system that gives one
  expression one granularity misses all of them, so ``relaxed F1 x (1 - share)`` is
  a rough ceiling of its value F1 (context may justify some variation, e.g. quarters
  in earnings reports, so this is an estimate, not a proof);
* unless ``--no-system``: our engine's value accuracy on relaxed matches, split into
  on-convention and off-convention gold values.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_score import match_relaxed  # noqa: E402
from timex_systems import SYSTEMS  # noqa: E402
from tml import CORPORA, Document, default_data_dir, load_corpus  # noqa: E402

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MONTH = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?")
_NUMBER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"(?:a )?few)\b")


def expression_key(text: str) -> str:
    """The expression with its particulars replaced: "Last Friday" -> "last WD"."""
    t = " ".join(text.lower().split()).strip(" .,")
    t = re.sub(r"^(?:the|a|an) ", "", t)
    t = _WEEKDAY.sub("WD", t)
    t = _MONTH.sub("MON", t)
    return _NUMBER.sub("N", t)


def value_shape(value: str) -> str:
    """The granularity of a TIMEX3 value: ``1989-W43`` -> ``9-W9``, ``P12Y`` -> ``P9Y``."""
    return re.sub(r"\d+", "9", value)


def conventions(docs: list[Document]) -> dict[str, Counter[str]]:
    """Gold value shapes per expression key."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for g in doc.timexes:
            if g.value and g.value != "null":
                groups[expression_key(g.text)][value_shape(g.value)] += 1
    return groups


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=CORPORA, default="tempeval3")
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--top", type=int, default=25, help="groups to list")
    ap.add_argument("--no-system", action="store_true", help="gold analysis only")
    args = ap.parse_args(argv)
    docs = load_corpus(args.corpus, args.data or default_data_dir())
    groups = conventions(docs)
    majority = {k: c.most_common(1)[0][0] for k, c in groups.items()}
    n = sum(sum(c.values()) for c in groups.values())
    off = {k: sum(c.values()) - c[majority[k]] for k, c in groups.items()}
    n_off = sum(off.values())
    print(f"{args.corpus}: {len(docs)} documents, {n} gold values, {len(groups)} expressions")
    print(f"\n{'off':>4} {'all':>4}  expression -> gold value shapes")
    for k in sorted(groups, key=lambda k: (-off[k], k))[: args.top]:
        if not off[k]:
            break
        shapes = ", ".join(f"{s} {c}" for s, c in groups[k].most_common(5))
        print(f"{off[k]:4d} {sum(groups[k].values()):4d}  {k!r} -> {shapes}")
    share = n_off / n if n else 0.0
    print(f"\noff-convention gold values: {n_off} of {n} ({100 * share:.1f}%)")
    print(f"value accuracy ceiling of a one-convention system: {100 * (1 - share):.1f}%")
    if args.no_system:
        return 0
    system = SYSTEMS["timeline"]()
    system.load()
    ok: Counter[bool] = Counter()
    seen: Counter[bool] = Counter()
    relaxed = pred = 0
    for doc in docs:
        preds = system.annotate(doc)
        pred += len(preds)
        pairs = match_relaxed(doc.timexes, preds)
        relaxed += len(pairs)
        for gi, pi in pairs:
            g = doc.timexes[gi]
            if not g.value or g.value == "null":
                continue
            on = value_shape(g.value) == majority[expression_key(g.text)]
            seen[on] += 1
            ok[on] += preds[pi].value == g.value
    rel_f1 = 2 * relaxed / (pred + n) if pred + n else 0.0
    for on, label in ((True, "on-convention"), (False, "off-convention")):
        if seen[on]:
            print(f"timeline value accuracy, {label} gold: {100 * ok[on] / seen[on]:.1f}% "
                  f"({ok[on]} of {seen[on]})")
    print(f"timeline relaxed F1 {100 * rel_f1:.1f}; value F1 ceiling at that F1: "
          f"{100 * rel_f1 * (1 - share):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
