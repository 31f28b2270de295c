"""Shared helpers of the event benchmarks: span matching, P/R/F1, table printing.

Usage::

    from event_common import greedy_match, prf, print_table
    pairs = greedy_match(pred_spans, gold_spans)  # [(pred_index, gold_index), ...]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    """Number of characters shared by two half-open spans (0 if disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy_match(
    pred: Sequence[Span],
    gold: Sequence[Span],
    bonus: Callable[[int, int], int] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one matching of overlapping spans, greedy.

    Candidate pairs (spans sharing at least one character) are taken best first:
    highest ``bonus(pred_index, gold_index)`` (e.g. 1 when the types agree), then
    largest overlap, then document order.  Returns ``(pred_index, gold_index)`` pairs.
    """
    cands: list[tuple[int, int, int, int, int]] = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = overlap(p, g)
            if ov > 0:
                b = bonus(i, j) if bonus else 0
                cands.append((-b, -ov, min(p[0], g[0]), i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def ratio(num: int | float, den: int | float) -> float | None:
    """``num / den`` or None when ``den`` is 0."""
    return num / den if den else None


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int | None]:
    """Precision, recall and F1 from counts (None when undefined)."""
    p = ratio(tp, n_pred)
    r = ratio(tp, n_gold)
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r > 0 else None
    if p is not None and r is not None and p + r == 0:
        f1 = 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": p, "r": r, "f1": f1}


def fmt(x: Any, pct: bool = True) -> str:
    """A table cell: percentages with one decimal, ints as is, None as ``-``."""
    if x is None:
        return "-"
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return f"{100 * x:.1f}" if pct else f"{x:.2f}"
    return str(x)


def print_table(title: str, head: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print a left-aligned first column and right-aligned numeric columns."""
    cells = [[str(h) for h in head]] + [[fmt(c) for c in row] for row in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(head))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        line = "  ".join(
            c.ljust(w) if k == 0 else c.rjust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        print(line.rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def context(text: str, start: int, end: int, width: int = 70) -> str:
    """A one-line snippet of ``text`` around ``[start, end)``, the span in ``[[...]]``."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    snippet = f"{left}[[{text[start:end]}]]{right}"
    return " ".join(snippet.split())
