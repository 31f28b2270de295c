"""Validate the gold files in tests/gold/ (entity_mentions.jsonl, stories/*).

    /tmp/venv/bin/python tests/gold/tools/validate.py [--sources]

--sources additionally re-checks every entity mention against the original documents
(/work/shared TempEval-3 files and the seed article), which are not part of the repo.
Exit status 0 = all checks passed.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
KINDS = {"country", "person", "organization", "armed_group", "media", "place", "group"}
TYPES = {"deployment", "withdrawal", "letter", "statement", "report", "deadline", "attack",
         "casualties", "agreement", "meeting", "support", "arrest", "protest", "sanction", "election"}


def load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: invalid JSON: {exc}") from exc
    return rows


def check_entities(errors: list[str], sources: bool) -> None:
    rows = load(GOLD / "entity_mentions.jsonl")
    ids = set()
    for r in rows:
        where = f"entity_mentions {r.get('id')}"
        for key in ("id", "mention", "context", "start", "end", "source", "kind", "entity", "within",
                    "linked", "hard"):
            if key not in r:
                errors.append(f"{where}: missing {key}")
        if r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        if r["context"] is not None and r["context"][r["start"]:r["end"]] != r["mention"]:
            errors.append(f"{where}: context[start:end] != mention")
        if r["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {r['kind']}")
        if r["kind"] == "place" and r["within"] is not None and not isinstance(r["within"], str):
            errors.append(f"{where}: within must be a string or null")
        if r["kind"] != "place" and r["within"] is not None:
            errors.append(f"{where}: within set for a non-place")
        if not all(isinstance(x, list) and len(x) == 2 for x in r["linked"]):
            errors.append(f"{where}: linked must be [[relation, entity], ...]")
        if r["context"] is not None and len(r["context"]) > 300:
            errors.append(f"{where}: context longer than 300 characters")
    if len(rows) < 250:
        errors.append(f"entity_mentions: only {len(rows)} rows")
    hard = sum(r["hard"] for r in rows)
    if hard < 30:
        errors.append(f"entity_mentions: only {hard} hard cases")
    if sources:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from build_entity_mentions import SEED_FILE, TE3, te3_text  # noqa: E402
        from entity_spec import SEED  # noqa: E402
        cache: dict[str, str] = {}
        for r in rows:
            src = r["source"]
            if src not in cache:
                cache[src] = SEED_FILE.read_text(encoding="utf-8") if src == SEED else te3_text(src, TE3)
            span = cache[src][r["doc_start"]:r["doc_start"] + 4 * len(r["mention"])]
            if re.sub(r"\s+", " ", span).find(r["mention"]) != 0:
                errors.append(f"entity_mentions {r['id']}: doc_start does not point at the mention")
    kinds = collections.Counter(r["kind"] for r in rows)
    print(f"entity_mentions.jsonl: {len(rows)} mentions, {hard} hard, "
          f"{len({r['entity'] for r in rows})} entities, {len({r['source'] for r in rows})} documents; "
          + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


def check_synthetic(errors: list[str]) -> None:
    path = GOLD / "entity_mentions_synthetic.jsonl"
    if not path.exists():
        return
    rows = load(path)
    texts = {a["id"]: a["text"] for a in load(GOLD / "stories" / "articles.jsonl")}
    for r in rows:
        where = f"entity_mentions_synthetic {r['id']}"
        if r["context"][r["start"]:r["end"]] != r["mention"]:
            errors.append(f"{where}: context[start:end] != mention")
        text = texts.get(r["source"].removeprefix("stories/"), "")
        if text[r["doc_start"]:r["doc_start"] + len(r["mention"])] != r["mention"]:
            errors.append(f"{where}: doc_start does not point at the mention")
        if r["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {r['kind']}")
    print(f"entity_mentions_synthetic.jsonl: {len(rows)} mentions from the story articles")


def check_stories(errors: list[str]) -> None:
    arts = load(GOLD / "stories" / "articles.jsonl")
    gold = load(GOLD / "stories" / "gold.jsonl")
    by_id = {}
    for a in arts:
        for key in ("id", "story", "source", "published", "title", "text"):
            if key not in a:
                errors.append(f"article {a.get('id')}: missing {key}")
        if a["id"] in by_id:
            errors.append(f"article {a['id']}: duplicate id")
        by_id[a["id"]] = a
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]):
            errors.append(f"article {a['id']}: bad published date")
        words = len(a["text"].split())
        if not 120 <= words <= 300:
            errors.append(f"article {a['id']}: {words} words")
    stories = collections.defaultdict(list)
    for a in arts:
        stories[a["story"]].append(a)
    for sid, items in stories.items():
        if len(items) < 3:
            errors.append(f"story {sid}: {len(items)} articles")
        if len({a["published"] for a in items}) < 2 or len({a["source"] for a in items}) < 2:
            errors.append(f"story {sid}: needs different dates and sources")
    seen_spans = {}
    per_story = collections.Counter()
    for g in gold:
        eid = g["event_id"]
        per_story[g["story"]] += 1
        if g["type"] not in TYPES:
            errors.append(f"{eid}: bad type")
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["date"]):
            errors.append(f"{eid}: bad date")
        if not isinstance(g["participants"], list):
            errors.append(f"{eid}: participants must be a list")
        for m in g["mentions"]:
            a = by_id.get(m["article"])
            if a is None:
                errors.append(f"{eid}: unknown article {m['article']}")
                continue
            if a["story"] != g["story"]:
                errors.append(f"{eid}: mention in another story's article")
            if a["text"][m["start"]:m["end"]] != m["trigger"]:
                errors.append(f"{eid}: offsets do not match trigger {m['trigger']!r} in {m['article']}")
            key = (m["article"], m["start"], m["end"])
            if key in seen_spans:
                errors.append(f"{eid}: span also annotated for {seen_spans[key]}")
            seen_spans[key] = eid
    for sid in stories:
        if not 2 <= per_story[sid] <= 5:
            errors.append(f"story {sid}: {per_story[sid]} gold events")
    if len(stories) < 12:
        errors.append(f"only {len(stories)} stories")
    n_m = sum(len(g["mentions"]) for g in gold)
    pairs = sum(len(g["mentions"]) * (len(g["mentions"]) - 1) // 2 for g in gold)
    print(f"stories: {len(stories)} stories, {len(arts)} articles, {len(gold)} gold events, "
          f"{n_m} mentions, {pairs} coreferent mention pairs")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", action="store_true")
    args = ap.parse_args()
    errors: list[str] = []
    check_entities(errors, args.sources)
    check_stories(errors)
    check_synthetic(errors)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
