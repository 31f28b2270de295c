"""Helper for hand-annotating tests/gold/events.jsonl.

Usage (from anywhere, with the project venv):

    python annotate_tools.py show DOC_ID            # print text with offsets, sentences, gold timexes
    python annotate_tools.py compile SRC... -o OUT  # compile annotation sources (DSL below) to JSONL
    python annotate_tools.py validate [FILE]        # validate a JSONL gold file against the corpus

Texts come from benchmarks/tml.py (``load_corpus("tempeval3", default_data_dir())``);
offsets index ``Document.text``.  Nothing from the corpus is stored except offsets and
the short trigger / participant strings in the JSONL.

Annotation source DSL (one block per article)::

    ## DOC_ID
    type | trigger | agent | patient | location | date | modality | quantities

* trigger: the trigger words, optionally inside a context: ``the [bombing] of`` (the
  bracketed part is the trigger).  Matching is case-sensitive on word boundaries and
  searches forward from the end of the previous event's trigger (so list events in
  text order); a leading ``^`` searches from the document start, ``#k`` takes the k-th match.
* agent / patient / location: ``;``-separated items ``text`` or ``text=Canonical Name``
  (also with ``[...]`` context); the occurrence in the trigger's sentence nearest to
  the trigger is taken.
* date: a TIMEX3 value (basis "explicit"), or R / E / U (basis reported / expected /
  unknown, value null); empty = derived from modality (asserted/reported -> R,
  expected -> E, negated/hypothetical -> U).
* modality: a(sserted) n(egated) h(ypothetical) e(xpected) r(eported); empty = a.
* quantities: ``;``-separated strings.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "benchmarks"))

TYPES = {
    "deployment", "withdrawal", "letter", "statement", "report", "deadline", "attack",
    "casualties", "agreement", "meeting", "support", "arrest", "protest", "sanction",
    "election",
}
MODALITIES = {"asserted", "negated", "hypothetical", "expected", "reported"}
BASES = {"explicit", "reported", "expected", "unknown"}
MOD_CODES = {"a": "asserted", "n": "negated", "h": "hypothetical", "e": "expected", "r": "reported"}
BASIS_CODES = {"R": "reported", "E": "expected", "U": "unknown"}
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T[\dA-Z:]+)?|-XX)?|-W\d{2}|-Q\d|-(SU|SP|FA|WI|H\d))?|\d{3}X|\d{2}XX"
    r"|PAST_REF|PRESENT_REF|FUTURE_REF|XXXX(-\w+)*)$"
)

_DOCS = None


def docs() -> dict:
    global _DOCS
    if _DOCS is None:
        from tml import default_data_dir, load_corpus

        _DOCS = {d.doc_id: d for d in load_corpus("tempeval3", default_data_dir())}
    return _DOCS


def subcorpus(doc) -> str:
    return doc.path.parent.name  # "TimeBank" or "AQUAINT"


_SENT_RE = re.compile(r"(?<=[.!?])(?:''|\"|')?\s+(?=[A-Z`\"(])|\n\s*\n")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries (start, end)."""
    out, pos = [], 0
    for m in _SENT_RE.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    merged = []
    for s, e in out:
        if merged and _ABBR_END.search(text[merged[-1][0]: merged[-1][1]]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_ABBR_END = re.compile(
    r"(?:\b(?:U\.S|U\.N|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Lt|Col|Gov|Jr|Sr|Inc|Corp|Co|Ltd|Sgt|Capt|Adm|Maj|Prof|Rev|No|Mt|Ft|a\.m|p\.m|Jan|Feb|Aug|Sept|Oct|Nov|Dec|D\.C|N\.Y|N\.J|Mo|Calif|Fla|Wash)\.|\b[A-Z]\.)$"
)


def sent_of(sents, off):
    for i, (s, e) in enumerate(sents):
        if s <= off < e or (off == e):
            return i
    return len(sents) - 1


def show(doc_id: str) -> None:
    d = docs()[doc_id]
    text = d.text
    print(f"# {doc_id} {subcorpus(d)} dct={d.dct_date} len={len(text)}")
    tx = {t.start: t for t in d.timexes}
    for i, (s, e) in enumerate(sentences(text)):
        buf, j = [], s
        for t in sorted(d.timexes, key=lambda t: t.start):
            if s <= t.start < e:
                buf.append(text[j:t.end])
                buf.append(f"{{{t.value}}}")
                j = t.end
        buf.append(text[j:e])
        print(f"[{i}@{s}] " + " ".join("".join(buf).split()))


def _parse_ctx(spec: str):
    """'a [b] c' -> (full 'a b c', offset of b in full, 'b')."""
    m = re.search(r"\[([^\]]+)\]", spec)
    if not m:
        return spec, 0, spec
    full = spec[: m.start()] + m.group(1) + spec[m.end():]
    return full, m.start(), m.group(1)


def _find_all(text, full):
    pat = (r"\b" if full[0].isalnum() else "") + re.escape(full) + (r"\b" if full[-1].isalnum() else "")
    return [m.start() for m in re.finditer(pat, text)]


class AnnError(Exception):
    pass


def compile_block(doc_id: str, lines: list[str], verbose=False) -> dict:
    d = docs()[doc_id]
    text = d.text
    sents = sentences(text)
    events = []
    cursor = 0
    for ln in lines:
        f = [x.strip() for x in ln.split("|")]
        f += [""] * (8 - len(f))
        etype, trig, ag, pa, lo, date, mod, qs = f[:8]
        if etype not in TYPES:
            raise AnnError(f"{doc_id}: bad type {etype!r} in {ln!r}")
        k = 1
        m = re.search(r"#(\d+)$", trig)
        if m:
            k = int(m.group(1))
            trig = trig[: m.start()].strip()
        start_from = cursor
        if trig.startswith("^"):
            trig, start_from = trig[1:], 0
        full, off, word = _parse_ctx(trig)
        hits = [h for h in _find_all(text, full) if h >= start_from]
        if len(hits) < k and start_from > 0:  # tolerate disorder inside the previous sentence
            sent_start = sents[sent_of(sents, start_from - 1)][0]
            used = {(e["start"], e["trigger"]) for e in events}
            hits = [h for h in _find_all(text, full)
                    if h >= sent_start and (h + off, word) not in used]
        if len(hits) < k:
            raise AnnError(f"{doc_id}: trigger {trig!r} not found after {start_from}")
        ts = hits[k - 1] + off
        te = ts + len(word)
        si = sent_of(sents, ts)
        cursor = max(cursor, te)

        def spans(spec):
            out = []
            for item in [x.strip() for x in spec.split(";") if x.strip()]:
                if "=" in item:
                    stext, name = [x.strip() for x in item.split("=", 1)]
                else:
                    stext, name = item, None
                sfull, soff, sword = _parse_ctx(stext)
                occ = _find_all(text, sfull)
                if not occ:
                    raise AnnError(f"{doc_id}: span {stext!r} not found (event {ln!r})")
                same = [o for o in occ if sent_of(sents, o + soff) == si]
                pool = same or occ
                if not same:
                    print(f"WARN {doc_id}: span {sword!r} not in trigger sentence ({ln!r})", file=sys.stderr)
                o = min(pool, key=lambda o: abs(o + soff - ts)) + soff
                out.append({"text": sword, "start": o, "end": o + len(sword), "name": name or sword})
            return out

        modality = MOD_CODES[mod] if mod else "asserted"
        if date and date in BASIS_CODES:
            dobj = {"value": None, "basis": BASIS_CODES[date]}
        elif date:
            if not VALUE_RE.match(date):
                raise AnnError(f"{doc_id}: bad date value {date!r}")
            dobj = {"value": date, "basis": "explicit"}
        else:
            basis = {"asserted": "reported", "reported": "reported", "expected": "expected"}.get(modality, "unknown")
            dobj = {"value": None, "basis": basis}
        ev = {
            "type": etype, "trigger": word, "start": ts, "end": te,
            "agent": spans(ag), "patient": spans(pa), "location": spans(lo),
            "date": dobj, "modality": modality,
            "quantities": [q.strip() for q in qs.split(";") if q.strip()],
        }
        events.append(ev)
        if verbose:
            s, e = sents[si]
            def fmt(sp):
                return ",".join(x["text"] + ("=" + x["name"] if x["name"] != x["text"] else "") for x in sp)
            print(f"  {etype:10s} {word!r}@{ts} A[{fmt(ev['agent'])}] P[{fmt(ev['patient'])}] "
                  f"L[{fmt(ev['location'])}] D[{dobj['value'] or dobj['basis']}] M[{modality[:3]}] "
                  f"Q{ev['quantities']} :: ...{' '.join(text[max(s, ts-60):ts].split())} <<{word}>> "
                  f"{' '.join(text[te:min(e, te+40)].split())}")
    events.sort(key=lambda e: (e["start"], e["end"]))
    return {"doc_id": doc_id, "corpus": subcorpus(d), "dct": d.dct_date, "events": events}


def parse_source(path: Path) -> list[tuple[str, list[str]]]:
    blocks, cur = [], None
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("## "):
            cur = (line[3:].strip(), [])
            blocks.append(cur)
        else:
            cur[1].append(line)
    return blocks


def validate_record(rec: dict) -> list[str]:
    errs = []
    d = docs().get(rec.get("doc_id"))
    if d is None:
        return [f"unknown doc_id {rec.get('doc_id')}"]
    text = d.text
    if rec.get("corpus") != subcorpus(d):
        errs.append(f"{d.doc_id}: corpus {rec.get('corpus')} != {subcorpus(d)}")
    if rec.get("dct") != d.dct_date:
        errs.append(f"{d.doc_id}: dct mismatch")
    seen = set()
    for i, ev in enumerate(rec["events"]):
        tag = f"{d.doc_id} ev{i} {ev.get('type')} {ev.get('trigger')!r}"
        if ev["type"] not in TYPES:
            errs.append(f"{tag}: bad type")
        if text[ev["start"]: ev["end"]] != ev["trigger"]:
            errs.append(f"{tag}: trigger offsets wrong")
        key = (ev["type"], ev["start"], ev["end"])
        if key in seen:
            errs.append(f"{tag}: duplicate event")
        seen.add(key)
        for role in ("agent", "patient", "location"):
            for sp in ev[role]:
                if text[sp["start"]: sp["end"]] != sp["text"]:
                    errs.append(f"{tag}: {role} span {sp} offsets wrong")
                if not sp.get("name"):
                    errs.append(f"{tag}: {role} span without name")
        if ev["modality"] not in MODALITIES:
            errs.append(f"{tag}: bad modality")
        dt = ev["date"]
        if dt["basis"] not in BASES:
            errs.append(f"{tag}: bad basis")
        if (dt["value"] is None) != (dt["basis"] != "explicit"):
            errs.append(f"{tag}: value/basis inconsistent")
        if dt["value"] is not None and not VALUE_RE.match(dt["value"]):
            errs.append(f"{tag}: odd date value {dt['value']}")
        if not isinstance(ev.get("quantities", []), list):
            errs.append(f"{tag}: quantities not a list")
    return errs


def main(argv):
    cmd = argv[0]
    if cmd == "show":
        for doc_id in argv[1:]:
            show(doc_id)
    elif cmd == "compile":
        out = None
        if "-o" in argv:
            out = Path(argv[argv.index("-o") + 1])
            argv = argv[: argv.index("-o")] + argv[argv.index("-o") + 2:]
        verbose = "-v" in argv
        srcs = [a for a in argv[1:] if a != "-v"]
        recs = []
        for src in srcs:
            for doc_id, lines in parse_source(Path(src)):
                if verbose:
                    print(f"## {doc_id}")
                recs.append(compile_block(doc_id, lines, verbose))
        if out:
            with out.open("w", encoding="utf-8") as fh:
                for r in recs:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            print(f"wrote {len(recs)} docs, {sum(len(r['events']) for r in recs)} events to {out}")
    elif cmd == "validate":
        path = Path(argv[1]) if len(argv) > 1 else HERE / "events.jsonl"
        errs, n_docs, n_ev, ids = [], 0, 0, set()
        from collections import Counter
        types = Counter()
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec["doc_id"] in ids:
                errs.append(f"duplicate doc {rec['doc_id']}")
            ids.add(rec["doc_id"])
            n_docs += 1
            n_ev += len(rec["events"])
            types.update(e["type"] for e in rec["events"])
            errs += validate_record(rec)
        print(f"{n_docs} docs, {n_ev} events; {len(errs)} errors")
        print(dict(types.most_common()))
        for e in errs:
            print("ERROR", e)
        return 1 if errs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
