"""Score the gazetteer (``timeline.gazetteer``) on the entity gold set, for countries and places.

Usage (from the repository root)::

    python benchmarks/entity_eval.py [--gold tests/gold/entity_mentions.jsonl] [--quiet]

Three groups of gold rows:

* ``country`` rows: ``Gazetteer.country(mention)`` (which falls back to the hand-made alias
  table); if that fails, the first word that resolves ("The Russian leadership" -> Russian).
  The baseline column is ``load_aliases().adjective(mention)`` alone.
* ``place`` rows: ``Gazetteer.lookup(mention, context)``. ``context`` is the set of countries
  the gazetteer itself finds among the *other* mention strings of the same document (no gold
  label is used). Scored: the canonical name, and ``within`` (the last name of
  ``Gazetteer.within(place)``, i.e. the country, against the gold ``within``).
* ``demonym`` rows: group / armed-group mentions linked (``member_of``, ``backed_by``, ...) to a
  gold country ("Iraqi troops", "Iran-backed militia", "4,000 U.S. soldiers"): the first word
  that resolves to a country, through ``Gazetteer.country`` or ``AliasTable.linked``.
* ``person`` and ``organization`` rows (organizations, armed groups, news outlets), with
  ``--actors``: the article (the seed, or a TempEval-3 document read from ../shared/data) runs
  through the real pipeline, and the mention resolves as an event participant would
  (``MentionResolver.from_token`` on the head of its span). Gold names are canonical world
  names ("George H. W. Bush" for "President Bush") that no rule can know, so what is scored is
  alias and merge correctness as pairs: precision and recall of "same entity" over all pairs
  of mentions of a kind, across articles (our entity = the resolved name; an unresolved
  mention is an entity of its own).

Names are compared after folding case, diacritics, a leading "the", punctuation, and one
trailing qualifier: ", Alabama", " (U.S. state)", " Province" / " Governorate" / " State".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.aliases import KIND_COUNTRY, load_aliases, norm  # noqa: E402
from timeline.gazetteer import Gazetteer, Place, fold, load_gazetteer  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "entity_mentions.jsonl"
_QUALIFIER = re.compile(r"(?:,\s*(?P<comma>[^,]+)|\s*\((?P<paren>[^)]+)\)"
                        r"|\s+(?:province|governorate|state|region))$", re.I)
_SKIP = re.compile(r"^(?:the|a|an|one|two|three|some|several|anti|[\d,]+)$", re.I)


def same_name(pred: str | None, gold: str | None) -> bool:
    if pred is None or gold is None:
        return pred == gold
    p, g = fold(pred).replace(",", ""), fold(gold).replace(",", "")
    if p == g:
        return True
    m = _QUALIFIER.search(gold)
    return m is not None and fold(gold[:m.start()]) == fold(_QUALIFIER.sub("", pred))


def resolve_country(gaz: Gazetteer, text: str) -> str | None:
    hit = gaz.country(text)
    if hit:
        return hit
    for word in re.split(r"\s+", text):
        if _SKIP.match(word):
            continue
        if word[:1].isupper() and (hit := gaz.country(word)):
            return hit
    return None


def resolve_linked(gaz: Gazetteer, table: Any, text: str) -> str | None:
    for word in re.split(r"\s+", text):
        if _SKIP.match(word) or not word[:1].isupper():
            continue
        link = table.linked(word)
        if link:
            return link[1].name
        if (hit := gaz.country(word)):
            return hit
    return None


def doc_context(gaz: Gazetteer, rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Per row: ``Gazetteer.context_countries`` of the *other* mention strings of the same
    document (no gold label is used)."""
    per_row = {r["id"]: gaz.context_countries([r["mention"]]) for r in rows}
    by_doc: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_doc[r["source"]].append(r["id"])
    return {r["id"]: set().union(*(per_row[i] for i in by_doc[r["source"]] if i != r["id"]))
            for r in rows}


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    gaz = load_gazetteer()
    base = load_aliases()
    table = gaz.alias_table()
    countries = {r["entity"] for r in rows if r["kind"] == "country"}
    ctx = doc_context(gaz, rows)
    res: dict[str, dict[str, Any]] = {k: {"n": 0, "ok": 0, "base": 0, "fail": []}
                                      for k in ("country", "place", "place_within", "demonym")}
    for r in rows:
        m, kind, gold = r["mention"], r["kind"], r["entity"]
        if kind == "country":
            pred = resolve_country(gaz, m)
            ref = base.adjective(m)
            _score(res["country"], r, pred, gold, ref.name if ref and ref.kind == KIND_COUNTRY
                   else None)
        elif kind == "place":
            place: Place | None = gaz.lookup(m, ctx[r["id"]])
            _score(res["place"], r, place.name if place else None, gold, None)
            within = gaz.within(place)[-1] if place and gaz.within(place) else None
            _score(res["place_within"], r, within, r["within"], None,
                   label=f"{place.name if place else None} in {within}")
        elif kind in ("group", "armed_group"):
            targets = [t for _, t in r.get("linked", []) if t in countries]
            if targets:
                pred = resolve_linked(gaz, table, m)
                _score(res["demonym"], r, pred, pred if pred in targets else targets[0], None)
    return res


ACTOR_KINDS = {"person": "person", "organization": "organization",
               "armed_group": "organization", "media": "organization"}


def evaluate_actors(rows: list[dict[str, Any]], data_dir: Path) -> dict[str, dict[str, Any]]:
    """Pairwise "same entity" precision/recall for person and organization mentions."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import tml  # noqa: PLC0415

    from timeline.extract import load_pipeline  # noqa: PLC0415

    texts = {d.doc_id: d.text for d in tml.load_corpus("tempeval3", data_dir)}
    for seed in (ROOT / "seeds").glob("*.txt"):
        texts[seed.stem] = seed.read_text("utf-8")
    nlp = load_pipeline()
    resolver = nlp.get_pipe("timeline_events").resolver
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)  # kind -> (gold, ours)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["kind"] in ACTOR_KINDS and r["source"] in texts:
            by_doc[r["source"]].append(r)
    for source, doc_rows in sorted(by_doc.items()):
        doc = nlp(texts[source])  # also tells the resolver the article's names
        for r in doc_rows:
            span = doc.char_span(r["doc_start"], r["doc_end"], alignment_mode="expand")
            part = resolver.from_token(span.root, "agent") if span is not None else None
            ours = norm(part.name) if part is not None else f"<unresolved {r['id']}>"
            found[ACTOR_KINDS[r["kind"]]].append((r["entity"], ours))
    out: dict[str, dict[str, Any]] = {}
    for kind, pairs in found.items():
        tp = fp = fn = 0
        for i, (g1, o1) in enumerate(pairs):
            for g2, o2 in pairs[i + 1:]:
                tp += g1 == g2 and o1 == o2
                fp += g1 != g2 and o1 == o2
                fn += g1 == g2 and o1 != o2
        out[kind] = {"n": len(pairs), "pair_precision": tp / (tp + fp) if tp + fp else 0.0,
                     "pair_recall": tp / (tp + fn) if tp + fn else 0.0, "tp": tp, "fp": fp,
                     "fn": fn}
    return out


def _score(bucket: dict[str, Any], row: dict[str, Any], pred: str | None, gold: str | None,
           base: str | None, label: str | None = None) -> None:
    bucket["n"] += 1
    ok = same_name(pred, gold)
    bucket["ok"] += ok
    bucket["base"] += base is not None and same_name(base, gold)
    if not ok:
        bucket["fail"].append((row["id"], row["mention"], gold, label or pred))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--quiet", action="store_true", help="no list of failures")
    ap.add_argument("--json", type=Path, default=None, help="write accuracies as JSON")
    ap.add_argument("--actors", action="store_true",
                    help="also score persons and organizations through the pipeline")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line]
    t0 = time.perf_counter()
    load_gazetteer()
    load_s = time.perf_counter() - t0
    res = evaluate(rows)
    print(f"gold: {args.gold.name}, gazetteer built in {load_s:.2f} s")
    print(f"{'kind':<14}{'n':>5}{'accuracy':>10}{'alias-table only':>18}")
    for kind, b in res.items():
        acc = b["ok"] / b["n"] if b["n"] else float("nan")
        base = f"{b['base'] / b['n']:.3f}" if kind == "country" and b["n"] else "-"
        print(f"{kind:<14}{b['n']:>5}{acc:>10.3f}{base:>18}")
    scores = {kind: b["ok"] / b["n"] for kind, b in res.items() if b["n"]}
    if args.actors:
        actors = evaluate_actors(rows, args.data)
        print(f"\n{'kind':<14}{'n':>5}{'pair P':>9}{'pair R':>9}   (same-entity pairs)")
        for kind, a in actors.items():
            print(f"{kind:<14}{a['n']:>5}{a['pair_precision']:>9.3f}{a['pair_recall']:>9.3f}"
                  f"   tp {a['tp']}, fp {a['fp']}, fn {a['fn']}")
            scores[f"{kind}_pair_precision"] = a["pair_precision"]
            scores[f"{kind}_pair_recall"] = a["pair_recall"]
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1) + "\n")
    if not args.quiet:
        for kind, b in res.items():
            if b["fail"]:
                print(f"\nfailures: {kind} ({len(b['fail'])})")
                for rid, mention, gold, pred in b["fail"]:
                    print(f"  {rid:<8} {mention!r:<36} gold={gold!r:<28} got={pred!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
