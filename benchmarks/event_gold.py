"""Gold-event benchmark: score ``timeline.extract_events`` on ``tests/gold/events.jsonl``.

Usage (normally through ``event_eval.py --task gold``)::

    from event_gold import evaluate_gold, load_gold, print_gold
    result = evaluate_gold(docs_by_id, load_gold(GOLD_PATH))
    print_gold(result)

Each gold article (offsets into :class:`tml.Document` ``.text``) is extracted with its
DCT as publication date.  Matching and scores (micro-averaged over all articles):

* predicted and gold events are matched one-to-one by trigger-span overlap, greedily:
  same-type pairs first, then larger overlap.  ``trigger`` P/R/F1 counts all matched
  pairs; ``trigger+type`` only pairs with equal types (per type: P over predictions of
  that type, R over gold events of that type);
* on *correctly typed* matches, for each role (agent, patient, location; our
  ``recipient`` counts as patient) participant spans are matched one-to-one by overlap:
  span P/R/F1, ``name`` = matched spans with the same canonical name (case-insensitive),
  and role accuracy = share of events whose predicted spans and gold spans of that role
  match completely (both empty = correct); ``roles`` = all three roles correct;
* date accuracy on correctly typed matches: basis equal and, when the gold basis is
  ``explicit``, value equal; ``basis`` = basis equal only; ``explicit value`` = value
  equal on gold-explicit events;
* modality accuracy on correctly typed matches;
* full event = type, agent, patient, location and date all correct: ``full acc`` over
  trigger matches, ``full R`` over gold events, ``full P`` over predicted events.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from event_common import context, greedy_match, prf, print_table, ratio
from tml import REPO_ROOT, Document

from timeline import ExtractedEvent, extract_events

GOLD_PATH = REPO_ROOT / "tests" / "gold" / "events.jsonl"
ROLES = ("agent", "patient", "location")
#: our participant role -> gold role
ROLE_MAP = {"agent": "agent", "patient": "patient", "recipient": "patient", "location": "location"}
TYPES = (
    "deployment", "withdrawal", "letter", "statement", "report", "deadline", "attack",
    "casualties", "agreement", "meeting", "support", "arrest", "protest", "sanction", "election",
)  # fmt: skip
PER_EVENT = ("agent", "patient", "location", "roles", "date", "basis", "modality", "full")


def load_gold(path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """The gold articles, one dict per JSON line (see ``tests/gold/README.md``)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pred_spans(ev: ExtractedEvent, role: str) -> list[tuple[int, int, str, str]]:
    """Our participants of a gold role, as (start, end, text, name), duplicates dropped."""
    seen: dict[tuple[int, int], tuple[int, int, str, str]] = {}
    for p in ev.participants:
        if ROLE_MAP.get(p.role) == role:
            seen.setdefault((p.start, p.end), (p.start, p.end, p.text, p.name))
    return sorted(seen.values())


def _pred_info(ev: ExtractedEvent) -> dict[str, Any]:
    return {
        "type": ev.type,
        "trigger": ev.trigger,
        "start": ev.trigger_start,
        "end": ev.trigger_end,
        "date": {"basis": ev.date.basis, "value": ev.date.value, "text": ev.date.text},
        "modality": ev.modality,
        "participants": [[p.role, p.text, p.name] for p in ev.participants],
    }


def _gold_info(g: dict[str, Any]) -> dict[str, Any]:
    info = {k: g[k] for k in ("type", "trigger", "start", "end", "date", "modality")}
    info["participants"] = [[r, s["text"], s["name"]] for r in ROLES for s in g[r]]
    return info


class GoldScorer:
    """Accumulates the counts of the gold-event benchmark over articles."""

    def __init__(self) -> None:
        self.trig = Counter[str]()  # tp, typed_tp, pred, gold
        self.by_type: dict[str, Counter[str]] = {}
        self.role_spans = {r: Counter[str]() for r in ROLES}  # tp, pred, gold, name
        self.per_event = Counter[str]()  # correct counts over typed matches (+ "n")
        self.per_type_event: dict[str, Counter[str]] = {}
        self.full = 0
        self.basis_confusion = Counter[tuple[str, str]]()
        self.modality_confusion = Counter[tuple[str, str]]()

    def _type(self, t: str) -> Counter[str]:
        return self.by_type.setdefault(t, Counter())

    def score_document(
        self, doc: Document, gold: list[dict[str, Any]], preds: list[ExtractedEvent],
        errors: list[dict[str, Any]] | None,
    ) -> None:  # fmt: skip
        """Match one article's events and add its counts; append mismatches to ``errors``."""
        pairs = greedy_match(
            [(p.trigger_start, p.trigger_end) for p in preds],
            [(g["start"], g["end"]) for g in gold],
            bonus=lambda i, j: int(preds[i].type == gold[j]["type"]),
        )
        self.trig.update(pred=len(preds), gold=len(gold), tp=len(pairs))
        for p in preds:
            self._type(p.type)["pred"] += 1
        for g in gold:
            self._type(g["type"])["gold"] += 1

        def err(kind: str, start: int, end: int, **extra: Any) -> None:
            if errors is not None:
                errors.append(
                    {"task": "gold", "kind": kind, "doc_id": doc.doc_id, "start": start,
                     "end": end, **extra, "context": context(doc.text, start, end)}
                )  # fmt: skip

        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for j, g in enumerate(gold):
            if j not in matched_g:
                err("missed", g["start"], g["end"], gold=_gold_info(g))
        for i, p in enumerate(preds):
            if i not in matched_p:
                err("spurious", p.trigger_start, p.trigger_end, pred=_pred_info(p))
        for i, j in pairs:
            p, g = preds[i], gold[j]
            self._type(g["type"])["trigger_matched"] += 1
            if p.type != g["type"]:
                err("wrong_type", g["start"], g["end"], gold=_gold_info(g), pred=_pred_info(p))
                continue
            self.trig["typed_tp"] += 1
            self._type(g["type"])["tp"] += 1
            ok = self._score_typed(p, g)
            self.per_event.update(k for k, v in ok.items() if v)
            self.per_event["n"] += 1
            te = self.per_type_event.setdefault(g["type"], Counter())
            te.update(k for k, v in ok.items() if v)
            te["n"] += 1
            self.full += ok["full"]
            wrong_roles = [r for r in ROLES if not ok[r]]
            if wrong_roles:
                err(
                    "wrong_roles", g["start"], g["end"], roles=wrong_roles,
                    gold=_gold_info(g), pred=_pred_info(p),
                )  # fmt: skip
            if not ok["date"]:
                err("wrong_date", g["start"], g["end"], gold=_gold_info(g), pred=_pred_info(p))
            if not ok["modality"]:
                err("wrong_modality", g["start"], g["end"], gold=_gold_info(g),
                    pred=_pred_info(p))  # fmt: skip

    def _score_typed(self, p: ExtractedEvent, g: dict[str, Any]) -> dict[str, bool]:
        """Role, date and modality correctness of one correctly typed match."""
        ok: dict[str, bool] = {}
        for role in ROLES:
            ps = _pred_spans(p, role)
            gs = g[role]
            m = greedy_match([(s[0], s[1]) for s in ps], [(s["start"], s["end"]) for s in gs])
            c = self.role_spans[role]
            c.update(tp=len(m), pred=len(ps), gold=len(gs))
            c["name"] += sum(ps[a][3].casefold() == gs[b]["name"].casefold() for a, b in m)
            ok[role] = len(m) == len(ps) == len(gs)
        ok["roles"] = all(ok[r] for r in ROLES)
        gb, gv = g["date"]["basis"], g["date"]["value"]
        ok["basis"] = p.date.basis == gb
        ok["date"] = ok["basis"] and (gb != "explicit" or p.date.value == gv)
        ok["explicit_value"] = gb == "explicit" and p.date.value == gv
        ok["modality"] = p.modality == g["modality"]
        ok["full"] = ok["roles"] and ok["date"]
        self.basis_confusion[(gb, p.date.basis)] += 1
        self.modality_confusion[(g["modality"], p.modality)] += 1
        return ok

    def result(self) -> dict[str, Any]:
        """All numbers as a JSON-ready dict (see :func:`evaluate_gold`)."""
        t = self.trig
        n_typed = self.per_event["n"]
        n_explicit = sum(n for (gb, _), n in self.basis_confusion.items() if gb == "explicit")
        per_event = {k: ratio(self.per_event[k], n_typed) for k in PER_EVENT}
        per_event["explicit_value"] = ratio(self.per_event["explicit_value"], n_explicit)
        types: dict[str, Any] = {}
        for ty in [*TYPES, *sorted(set(self.by_type) - set(TYPES))]:
            c = self.by_type.get(ty, Counter())
            te = self.per_type_event.get(ty, Counter())
            types[ty] = {
                **prf(c["tp"], c["pred"], c["gold"]),
                "trigger_matched": c["trigger_matched"],
                **{f"{k}_acc": ratio(te[k], te["n"]) for k in PER_EVENT},
            }
        roles = {}
        for role, c in self.role_spans.items():
            roles[role] = {
                **prf(c["tp"], c["pred"], c["gold"]),
                "name_acc": ratio(c["name"], c["tp"]),
            }
            roles[role]["acc"] = per_event[role]
        return {
            "trigger": prf(t["tp"], t["pred"], t["gold"]),
            "trigger_type": prf(t["typed_tp"], t["pred"], t["gold"]),
            "typed_matches": n_typed,
            "roles": roles,
            "per_event_acc": per_event,
            "full": {
                "correct": self.full,
                "acc": ratio(self.full, t["tp"]),
                "p": ratio(self.full, t["pred"]),
                "r": ratio(self.full, t["gold"]),
            },
            "types": types,
            "basis_confusion": {
                f"{a}->{b}": n for (a, b), n in sorted(self.basis_confusion.items())
            },
            "modality_confusion": {
                f"{a}->{b}": n for (a, b), n in sorted(self.modality_confusion.items())
            },
        }


def evaluate_gold(
    docs_by_id: dict[str, Document],
    gold_docs: list[dict[str, Any]],
    extractor: Callable[[str, str], list[ExtractedEvent]] = extract_events,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Extract every gold article and score it (see module doc); ``errors`` collects mismatches."""
    scorer = GoldScorer()
    seconds = 0.0
    for gdoc in gold_docs:
        doc = docs_by_id[gdoc["doc_id"]]
        for g in gdoc["events"]:  # the gold offsets must index this text
            assert doc.text[g["start"] : g["end"]] == g["trigger"], (doc.doc_id, g)
        t0 = time.perf_counter()
        preds = extractor(doc.text, doc.dct_date)
        seconds += time.perf_counter() - t0
        scorer.score_document(doc, gdoc["events"], preds, errors)
    res = scorer.result()
    res["documents"] = len(gold_docs)
    res["extract_seconds"] = round(seconds, 2)
    pe = res["per_event_acc"]
    res["headline"] = {
        "gold_trigger_f1": res["trigger"]["f1"],
        "gold_trigger_type_f1": res["trigger_type"]["f1"],
        "gold_trigger_type_p": res["trigger_type"]["p"],
        "gold_trigger_type_r": res["trigger_type"]["r"],
        **{f"gold_{k}_acc": pe[k] for k in PER_EVENT if k != "full"},
        "gold_full_acc": res["full"]["acc"],
        "gold_full_r": res["full"]["r"],
    }
    return res


def print_gold(res: dict[str, Any]) -> None:
    """Print the gold-event tables."""
    tr, tt = res["trigger"], res["trigger_type"]
    print(
        f"\n== Gold events: {res['documents']} articles, {tr['gold']} gold events, "
        f"{tr['pred']} predicted; {res['extract_seconds']:.1f} s extraction =="
    )
    print_table(
        "Event detection (micro; percentages)",
        ["match", "tp", "pred", "gold", "P", "R", "F1"],
        [[name, d["tp"], d["pred"], d["gold"], d["p"], d["r"], d["f1"]]
         for name, d in (("trigger", tr), ("trigger+type", tt))],
    )  # fmt: skip
    cols = ("agent", "patient", "location", "date", "modality", "full")
    rows = []
    for ty, d in res["types"].items():
        if d["gold"] or d["pred"]:
            rows.append(
                [ty, d["gold"], d["pred"], d["trigger_matched"], d["tp"], d["p"], d["r"], d["f1"]]
                + [d[f"{c}_acc"] for c in cols]
            )
    pe = res["per_event_acc"]
    rows.append(
        ["micro", tt["gold"], tt["pred"], tr["tp"], tt["tp"], tt["p"], tt["r"], tt["f1"]]
        + [pe[c] for c in cols]
    )
    print_table(
        "Per type: trigger+type P/R/F1 (trig = gold events whose trigger matched, any type); "
        "accuracies on correctly typed matches",
        ["type", "gold", "pred", "trig", "tp", "P", "R", "F1", *(f"{c}Acc" for c in cols)],
        rows,
    )
    print_table(
        f"Participants on {res['typed_matches']} correctly typed matches (spans, overlap)",
        ["role", "tp", "pred", "gold", "P", "R", "F1", "nameAcc", "roleAcc"],
        [[r, d["tp"], d["pred"], d["gold"], d["p"], d["r"], d["f1"], d["name_acc"], d["acc"]]
         for r, d in res["roles"].items()],
    )  # fmt: skip
    print_table(
        "Per-event accuracies on correctly typed matches",
        ["measure", "acc"],
        [
            ["roles (agent+patient+location)", pe["roles"]],
            ["date (basis, + value if explicit)", pe["date"]],
            ["date basis only", pe["basis"]],
            ["explicit value (gold explicit)", pe["explicit_value"]],
            ["modality", pe["modality"]],
            ["full event (over typed matches)", pe["full"]],
        ],
    )
    f = res["full"]
    print(
        f"\nFull event (type+agent+patient+location+date): {f['correct']} correct; "
        f"acc over trigger matches {100 * (f['acc'] or 0):.1f}, P {100 * (f['p'] or 0):.1f}, "
        f"R {100 * (f['r'] or 0):.1f}"
    )
    print(f"Date basis gold->pred: {res['basis_confusion']}")
    print(f"Modality gold->pred: {res['modality_confusion']}")
