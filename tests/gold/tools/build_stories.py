"""Build ../stories/articles.jsonl and ../stories/gold.jsonl from stories_spec.STORIES.

    /tmp/venv/bin/python tests/gold/tools/build_stories.py
    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_heldout_spec \
        --out tests/gold/stories_heldout

--spec names a module in this folder defining STORIES (default stories_spec);
--out is the output folder (default ../stories).

Inline markers [[eN|trigger]] are removed from the article text; each becomes a mention
{"article", "trigger", "start", "end"} of event "<story>-eN" with text[start:end] == trigger.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

OUT = Path(__file__).resolve().parent.parent / "stories"
MARK = re.compile(r"\[\[(e\d+)\|([^\]|]+)\]\]")
TYPES = {"deployment", "withdrawal", "letter", "statement", "report", "deadline", "attack",
         "casualties", "agreement", "meeting", "support", "arrest", "protest", "sanction", "election"}


def strip_markers(raw: str) -> tuple[str, list[tuple[str, str, int, int]]]:
    out, mentions, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        mentions.append((m.group(1), m.group(2), start, start + len(m.group(2))))
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), mentions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", default="stories_spec", help="spec module in tests/gold/tools (default stories_spec)")
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default tests/gold/stories)")
    args = ap.parse_args()
    stories = importlib.import_module(args.spec).STORIES
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    articles, gold, errors = [], [], []
    for st in stories:
        sid = st["story"]
        events = {e["e"]: dict(event_id=f"{sid}-{e['e']}", story=sid, type=e["type"], date=e["date"],
                               participants=e["participants"], location=e["location"], mentions=[])
                  for e in st["events"]}
        for ev in events.values():
            if ev["type"] not in TYPES:
                errors.append(f"{ev['event_id']}: bad type {ev['type']}")
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", ev["date"]):
                errors.append(f"{ev['event_id']}: bad date {ev['date']}")
        for a in st["articles"]:
            aid = f"{sid}-{a['id']}"
            text, mentions = strip_markers(a["text"].strip())
            if "[[" in text or "]]" in text:
                errors.append(f"{aid}: unparsed marker")
            words = len(text.split())
            if not 120 <= words <= 300:
                errors.append(f"{aid}: {words} words")
            for e, trig, s, t in mentions:
                if e not in events:
                    errors.append(f"{aid}: unknown event {e}")
                    continue
                assert text[s:t] == trig
                events[e]["mentions"].append(dict(article=aid, trigger=trig, start=s, end=t))
            articles.append(dict(id=aid, story=sid, source=a["source"], published=a["published"],
                                 title=a["title"], text=text))
        for ev in events.values():
            if not ev["mentions"]:
                errors.append(f"{ev['event_id']}: no mentions")
            if len({m["article"] for m in ev["mentions"]}) < 2:
                print(f"note: {ev['event_id']} is mentioned in one article only")
        gold.extend(events.values())
        if len({a["source"] for a in st["articles"]}) < 2:
            errors.append(f"{sid}: fewer than 2 distinct sources")
        if len(st["articles"]) < 3 or len({a["published"] for a in st["articles"]}) < 2:
            errors.append(f"{sid}: needs at least 3 articles and 2 publication dates")
        if not 2 <= len(events) <= 5:
            errors.append(f"{sid}: {len(events)} gold events")
        for a, b, _why in st["tricky"]:
            if a not in events or b not in events or events[a]["type"] != events[b]["type"]:
                errors.append(f"{sid}: tricky pair {a}/{b} must name two events of the same type")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with (out / "articles.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with (out / "gold.jsonl").open("w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    meta = [dict(story=st["story"], topic=st["topic"],
                 tricky_pairs=[[f"{st['story']}-{a}", f"{st['story']}-{b}", why] for a, b, why in st["tricky"]],
                 note=st.get("note"))
            for st in stories]
    with (out / "stories.json").open("w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_m = sum(len(g["mentions"]) for g in gold)
    print(f"wrote {len(articles)} articles, {len(gold)} events, {n_m} mentions to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
