"""Build ../entity_mentions.jsonl from entity_spec.ROWS and the source texts.

    /tmp/venv/bin/python tests/gold/tools/build_entity_mentions.py [--te3 DIR] [--seed FILE]

The TempEval-3 texts are read from /work/shared (never copied); the plain text of a
.tml file is the concatenated text of its <TEXT> element (all inner tags stripped),
the same definition as in the corpus README.  Only the sentence around each mention
(capped at ~240 characters) is written out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entity_spec import ROWS, SEED  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "entity_mentions.jsonl"
TE3 = Path("/work/shared/data/tempeval3")
SEED_FILE = Path("/work/shared/seeds/us-iran-militia-taqaddum.txt")

KINDS = {"country", "person", "organization", "armed_group", "media", "place", "group"}
ABBREV = {"U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Gov.", "Sen.", "Rep.", "St.", "Jan.",
          "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "N.Y.", "N.J.", "Calif.", "Fla.", "D.C.",
          "Inc.", "Co.", "Corp.", "Lt.", "Col.", "Maj.", "Sgt.", "Jr.", "Ala.", "Mass.", "a.m.", "p.m.",
          "U.K.", "E.U.", "No.", "Ltd.", "Bros.", "Va.", "Md.", "Ga.", "Tenn.", "R-N.C.", "Dept.",
          "Adm.", "Capt.", "Prof.", "Sr.", "Mt.", "A.", "C.", "H.", "W.", "J.", "E.", "P.J."}
MAX_CTX = 240


def te3_text(doc: str, root: Path) -> str:
    for sub in ("TimeBank", "AQUAINT"):
        p = root / sub / f"{doc}.tml"
        if p.exists():
            return "".join(ET.parse(p).getroot().find("TEXT").itertext())
    raise FileNotFoundError(doc)


def is_boundary(text: str, i: int) -> bool:
    """True if a sentence ends at text[i] (a . ! ? or closing quote) followed by space+Upper."""
    if text[i] == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
        return True
    if text[i] not in ".!?":
        return False
    j = i + 1
    while j < len(text) and text[j] in "'\"’”`":
        j += 1
    if j >= len(text) or not text[j].isspace():
        return False
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if k < len(text) and not (text[k].isupper() or text[k] in "`'\"‘“_("):
        return False
    word = re.search(r"(\S+)$", text[:i + 1]).group(1).lstrip("(`'\"")
    return word not in ABBREV


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and not is_boundary(text, a - 1):
        a -= 1
    b = end
    while b < len(text) and not is_boundary(text, b):
        b += 1
    b = min(len(text), b + 1)
    while b < len(text) and text[b] in "'\"’”`":
        b += 1
    return a, b


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def context_for(text: str, start: int, end: int) -> tuple[str, int, int]:
    a, b = sentence_span(text, start, end)
    while len(clean(text[a:b])) < 60 and b < len(text):  # datelines, headlines: add a sentence
        _, b2 = sentence_span(text, b + 1, b + 1) if b + 1 < len(text) else (a, b)
        if b2 <= b or len(clean(text[a:b2])) > MAX_CTX:
            break
        b = b2
    if b - a > MAX_CTX:  # long sentence: ~window around the mention, cut at spaces
        half = max(60, (MAX_CTX - (end - start)) // 2)
        a2, b2 = max(a, start - half), min(b, end + half)
        if a2 > a:
            sp = text.find(" ", a2)
            a2 = sp + 1 if 0 <= sp < start else a2
        if b2 < b:
            sp = text.rfind(" ", end, b2)
            b2 = sp if sp > end else b2
        a, b = a2, b2
    pre, men, post = text[a:start], text[start:end], text[end:b]
    pre_c = re.sub(r"\s+", " ", pre).lstrip()
    men_c = re.sub(r"\s+", " ", men)
    post_c = re.sub(r"\s+", " ", post).rstrip()
    ctx = pre_c + men_c + post_c
    return ctx, len(pre_c), len(pre_c) + len(men_c)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--te3", type=Path, default=TE3)
    ap.add_argument("--seed", type=Path, default=SEED_FILE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    texts: dict[str, str] = {}
    out, errors, seen = [], [], set()
    for n, row in enumerate(ROWS, 1):
        src = row["source"]
        if src not in texts:
            texts[src] = args.seed.read_text(encoding="utf-8") if src == SEED else te3_text(src, args.te3)
        text = texts[src]
        hint = row["hint"] or row["mention"]
        if row["mention"] not in hint:
            errors.append(f"row {n}: mention {row['mention']!r} not inside hint {hint!r}")
            continue
        # hints may span line breaks in the source: match with flexible whitespace
        pat = r"\s+".join(re.escape(w) for w in hint.split())
        m = re.search(pat, text)
        if not m:
            errors.append(f"row {n}: {src}: hint not found: {hint!r}")
            continue
        seg = text[m.start():m.end()]
        mpat = r"\s+".join(re.escape(w) for w in row["mention"].split())
        mm = re.search(mpat, seg)
        start, end = m.start() + mm.start(), m.start() + mm.end()
        if row["kind"] not in KINDS:
            errors.append(f"row {n}: bad kind {row['kind']}")
        if (src, start, end) in seen:
            errors.append(f"row {n}: duplicate mention span {src}:{start}")
        seen.add((src, start, end))
        ctx, cs, ce = context_for(text, start, end)
        if re.sub(r"\s+", " ", ctx[cs:ce]) != re.sub(r"\s+", " ", row["mention"]):
            errors.append(f"row {n}: context offsets wrong")
        if src != SEED:
            # TempEval-3 text stays in ../shared: evaluations rebuild the context from
            # doc_start/doc_end with context_for(); the repository keeps labels only.
            ctx, cs, ce = None, None, None
        rec = {
            "id": f"em{len(out) + 1:03d}",
            "mention": row["mention"],
            "context": ctx,
            "start": cs,
            "end": ce,
            "source": src,
            "doc_start": start,
            "doc_end": end,
            "kind": row["kind"],
            "entity": row["entity"],
            "within": row["within"],
            "linked": row["linked"],
            "hard": row["hard"],
        }
        if row["note"]:
            rec["note"] = row["note"]
        out.append(rec)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with args.out.open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} mentions to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
